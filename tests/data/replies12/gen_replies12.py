#!/usr/bin/env python3
"""Blind held-out set replies12 (cases 2601-2650): replies to minutebot recaps.
Deterministic: no clock, no randomness.  python gen.py [OUTDIR]  |  python gen.py --check [OUTDIR]"""
import base64, quopri, json, sys, hashlib, html, datetime as dt
from pathlib import Path
import chinese_calendar as ccal

DOM = "jingfan.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
SH = dt.timezone(dt.timedelta(hours=8))

def hx(seed, n): return hashlib.sha1(seed.encode()).hexdigest()[:n]

ROSTER = [
 ("邓伟", "dengwei", "仓储部", "", "邓总;Deng Wei;David Deng"),
 ("周建华", "zhoujianhua", "仓储部", "dengwei", "周主管;Zhou Jianhua;老周;Jimmy Zhou"),
 ("郑国强", "zhengguoqiang", "仓储部", "dengwei", "郑主管;Zheng Guoqiang;强哥"),
 ("陈氏梅", "tranthimai", "仓储部", "dengwei", "Trần Thị Mai;Tran Thi Mai;Mai;阿梅"),
 ("林晓彤", "linxiaotong", "运营部", "", "林经理;Lin Xiaotong;Cindy Lin;彤彤"),
 ("黄雅琪", "huangyaqi", "运营部", "linxiaotong", "Huang Yaqi;Kiki Huang;琪琪"),
 ("朴智勋", "parkjihoon", "运营部", "linxiaotong", "Park Ji-hoon;박지훈;Jihoon;小朴"),
 ("高峻", "gaojun", "技术部", "", "高总;Gao Jun;CTO"),
 ("沈一帆", "shenyifan", "技术部", "gaojun", "Shen Yifan;Evan Shen;一帆"),
 ("许可", "xuke", "技术部", "gaojun", "Xu Ke;Kris Xu"),
 ("陈思远", "chensiyuan", "技术部", "gaojun", "Chen Siyuan;Sean Chen;思远"),
 ("渡边健二", "watanabe.kenji", "技术部", "gaojun", "Kenji Watanabe;渡辺健二;Kenji"),
 ("刘振宇", "liuzhenyu", "国际业务部", "", "刘总;Liu Zhenyu;Leo Liu"),
 ("吴婷", "wuting", "国际业务部", "liuzhenyu", "Wu Ting;Tina Wu;婷姐"),
 ("陈嘉欣", "chenjiaxin", "国际业务部", "liuzhenyu", "陳嘉欣;Chen Chia-hsin;Grace Chen"),
 ("何丽娟", "helijuan", "行政人事部", "", "何姐;He Lijuan;Lily He"),
 ("孙婉清", "sunwanqing", "财务部", "", "孙总监;Sun Wanqing;Wendy Sun"),
 ("罗佳", "luojia", "财务部", "sunwanqing", "Luo Jia;小罗;Joy Luo"),
 ("方俊", "fangjun", "销售部", "", "方总;Fang Jun;Jason Fang"),
 ("唐悦", "tangyue", "销售部", "fangjun", "Tang Yue;Yoyo Tang"),
]
EXT = [
 ("Dewi Santoso", "dewi.santoso@nusantara-express.example.co.id", "Dewi;Bu Dewi"),
 ("Lucas Ferreira", "lucas.ferreira@rotasul.example.com.br", "Lucas"),
 ("Carlos Méndez", "carlos.mendez@rotasul.example.com.br", "Carlos"),
 ("Giulia Rossi", "giulia.rossi@lombardahub.example.it", "Giulia"),
 ("Sophie Laurent", "sophie.laurent@lombardahub.example.it", "Sophie"),
 ("Marta Kowalska", "marta.kowalska@lombardahub.example.it", "Marta"),
 ("Erik Lindqvist", "erik.lindqvist@nordfrakt.example.se", "Erik"),
 ("Daan de Vries", "daan.devries@nordfrakt.example.se", "Daan"),
 ("Jonas Becker", "jonas.becker@nordfrakt.example.se", "Jonas"),
 ("Mehmet Yılmaz", "mehmet.yilmaz@bosporlojistik.example.com.tr", "Mehmet;Mehmet Yilmaz"),
 ("Anna Volkova", "a.volkova@transsib-cargo.example.ru", "Anna;Анна Волкова"),
]
EMAIL = {n: e + "@" + DOM for n, e, *_ in ROSTER}
EMAIL.update({n: e for n, e, _ in EXT})
def P(n): return (n, EMAIL[n])

# ---------------------------------------------------------------- meetings and the bot's recaps
M = {
 "M1": dict(subject="双11备货入仓协调会纪要（东莞仓）", org="林晓彤", t="2025-09-22 16:10", cutoff="2025-09-22 18:00",
            rows=[("东莞仓B区货架改造验收", "周建华", "2025-09-26"), ("双11预售SKU入仓计划表提交", "林晓彤", "2025-09-25"),
                  ("义乌仓临时工招聘（30人）", "郑国强", "2025-09-30"), ("WMS波次拣货规则上线", "陈思远", "2025-10-10"),
                  ("客户入仓预约系统通知", "黄雅琪", "2025-09-24")], cc=["邓伟"]),
 "M2": dict(subject="印尼专线清关异常复盘会议纪要", org="刘振宇", t="2025-09-24 11:20", cutoff="2025-09-24 18:00",
            rows=[("补齐第38周清关缺失的COO文件", "Dewi Santoso", "2025-09-26"), ("更新印尼HS编码对照表", "吴婷", "2025-09-30"),
                  ("与客户沟通滞港费分摊方案", "陈嘉欣", "2025-09-29"), ("输出清关异常处理SOP v2", "吴婷", "2025-10-15")], cc=[]),
 "M3": dict(subject="运价引擎重构评审会纪要", org="高峻", t="2025-09-25 15:05", cutoff="2025-09-25 18:00",
            rows=[("运价引擎灰度发布方案文档", "沈一帆", "2025-09-29"), ("巴西线燃油附加费规则迁移", "许可", "2025-10-10"),
                  ("压测报告（峰值5000 QPS）", "沈一帆", "2025-10-14"), ("接口变更通知商户", "黄雅琪", "2025-09-30"),
                  ("日本线API对接联调", "渡边健二", "2025-10-17")], cc=[]),
 "M4": dict(subject="Partner sync: LatAm & Europe lines, Q4 peak", org="刘振宇", t="2025-09-26 17:45", cutoff="2025-09-26 18:00", lang="en",
            rows=[("Share Q4 volume forecast for the Brazil line", "Lucas Ferreira", "2025-10-03"),
                  ("Confirm Milan hub November cut-off times", "Giulia Rossi", "2025-09-30"),
                  ("Send updated DDP price sheet to Nordic clients", "Erik Lindqvist", "2025-10-09"),
                  ("Renew Istanbul transit customs bond", "Mehmet Yılmaz", "2025-10-15"),
                  ("Book Moscow consolidated rail slots for November", "Anna Volkova", "2025-10-10"),
                  ("Issue partner rate card v3", "刘振宇", "2025-09-30"),
                  ("Spanish tracking page copy for LatAm shoppers", "Carlos Méndez", "2025-10-08"),
                  ("Review French customs invoice template", "Sophie Laurent", "2025-10-09"),
                  ("Draft Rotterdam cross-dock SLA", "Daan de Vries", "2025-10-10"),
                  ("Polish returns address list", "Marta Kowalska", "2025-10-07"),
                  ("Check German EPR packaging registration", "Jonas Becker", "2025-10-13")], cc=["吴婷"]),
 "M5": dict(subject="国庆节前安全检查与值班安排会议纪要", org="何丽娟", t="2025-09-28 10:30", cutoff="2025-09-28 18:00",
            rows=[("发布国庆值班表", "何丽娟", "2025-09-29"), ("东莞仓消防设施检查", "周建华", "2025-09-30"),
                  ("义乌仓叉车年检", "郑国强", "2025-09-30"), ("节后复工安全培训", "何丽娟", "2025-10-13")], cc=["邓伟"]),
 "M6": dict(subject="Q3月结及应收应付对账会议纪要", org="孙婉清", t="2025-10-09 16:00", cutoff="2025-10-09 18:00",
            rows=[("提交9月供应商对账单", "罗佳", "2025-10-14"), ("雅加达合作方应付款核对", "罗佳", "2025-10-15"),
                  ("巴西线汇率损益分析", "孙婉清", "2025-10-17"), ("客服退款工单清理", "黄雅琪", "2025-10-13")], cc=[]),
 "M7": dict(subject="双11大促作战会会议纪要", org="方俊", t="2025-10-20 17:05", cutoff="2025-10-21 18:00",
            rows=[("大客户专属线路报价", "方俊", "2025-10-24"), ("客服高峰期排班", "黄雅琪", "2025-10-27"),
                  ("义乌仓夜班拣货线增开", "郑国强", "2025-10-31"), ("运单轨迹推送延迟修复", "陈思远", "2025-10-23"),
                  ("大促海报及落地页", "唐悦", "2025-10-22"), ("越南供应商入仓标签培训", "陈氏梅", "2025-10-24"),
                  ("韩国客户双11运费公告", "朴智勋", "2025-10-24")], cc=["林晓彤"]),
}
for k, m in M.items():
    m["key"] = k
    m["dt"] = dt.datetime.strptime(m["t"], "%Y-%m-%d %H:%M").replace(tzinfo=SH)
    m["mid_minutes"] = "<%s.%s@%s>" % (m["dt"].strftime("%Y%m%d%H%M"), hx("min" + k, 12), DOM)
    m["mid"] = "<r.%s.%s@%s>" % (m["dt"].strftime("%Y%m%d%H%M"), hx("rec" + k, 10), DOM)
    m["reply_to"] = ("纪要助手", "minutes+r%s@%s" % (hx("token" + k, 16), DOM))
    owners = []
    for _, o, _ in m["rows"]:
        if o not in owners: owners.append(o)
    m["to"] = [m["org"]] + [o for o in owners if o != m["org"]]

def recap_lines(m):
    if m.get("lang") == "en":
        L = ["Hello all,", "", "Minutes Assistant has recorded the following action items:", "| # | Action item | Owner | Due |"]
        L += ["| %d | %s | %s | %s |" % (i, t, o, d) for i, (t, o, d) in enumerate(m["rows"], 1)]
        L += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % m["cutoff"],
              'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or "extend to Oct 20".',
              "", "-- Minutes Assistant (automated message)"]
        return L
    L = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
    L += ["| %d | %s | %s | %s |" % (i, t, o, d) for i, (t, o, d) in enumerate(m["rows"], 1)]
    L += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % m["cutoff"],
          "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
          "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return L

# ---------------------------------------------------------------- date words for quote headers
WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def loc(m, off):  # recap time in the client's own zone
    return m["dt"].astimezone(dt.timezone(dt.timedelta(hours=off)))
def ampm_zh(t):
    h = t.hour
    return ("上午" if h < 12 else "下午") + "%d:%02d" % (h if h <= 12 else h - 12, t.minute)
def ampm_en(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")
def names(m, fmt, sep):
    return sep.join(fmt % (n, EMAIL[n]) for n in m["to"])
def ccnames(m, fmt, sep):
    return sep.join(fmt % (n, EMAIL[n]) for n in m["cc"])
RT = lambda m: m["reply_to"][1]
SUBJ = lambda m: "Re: " + m["subject"]

def qh(style, m, off=8):
    """(attribution/header lines, prefix quoted lines with '> ')"""
    t = loc(m, off); a = RT(m); s = SUBJ(m)
    Y, Mo, D, h, mi = t.year, t.month, t.day, t.hour, t.minute
    wd = t.weekday()
    def block(lines):
        return [l for l in lines if l is not None]
    if style == "qq":
        return block(["------------------ 原始邮件 ------------------", '发件人: "纪要助手"<%s>;' % a,
                      "发送时间: %d年%d月%d日(星期%s) %s" % (Y, Mo, D, WD_ZH[wd], ampm_zh(t)),
                      "收件人: " + names(m, '"%s"<%s>;', ""), ("抄送: " + ccnames(m, '"%s"<%s>;', "")) if m["cc"] else None,
                      "主题: " + s, ""]), False
    if style == "foxmail":
        return block(["", "发件人： 纪要助手", "发送时间： %d-%02d-%02d %02d:%02d" % (Y, Mo, D, h, mi),
                      "收件人： " + "; ".join(m["to"]), ("抄送： " + "; ".join(m["cc"])) if m["cc"] else None,
                      "主题： " + s, ""]), False
    if style == "outlook_cn":
        return block(["-----原始邮件-----", "发件人: 纪要助手 <%s>" % a, "发送时间: %d年%d月%d日 %d:%02d" % (Y, Mo, D, h, mi),
                      "收件人: " + names(m, "%s <%s>", "; "), ("抄送: " + ccnames(m, "%s <%s>", "; ")) if m["cc"] else None,
                      "主题: " + s, ""]), False
    if style == "owa_cn":
        return block(["________________________________", "发件人: 纪要助手 <%s>" % a, "发送时间: %d年%d月%d日 %d:%02d" % (Y, Mo, D, h, mi),
                      "收件人: " + names(m, "%s <%s>", "; "), ("抄送: " + ccnames(m, "%s <%s>", "; ")) if m["cc"] else None,
                      "主题: " + s, ""]), False
    if style == "outlook_tw":
        return block(["-----原始郵件-----", "寄件者: 纪要助手 <%s>" % a,
                      "寄件日期: %d年%d月%d日 %s %02d:%02d" % (Y, Mo, D, "上午" if h < 12 else "下午", h if h <= 12 else h - 12, mi),
                      "收件者: " + names(m, "%s <%s>", "; "), "主旨: " + s, ""]), False
    if style == "outlook_en":
        return block(["________________________________", "From: 纪要助手 <%s>" % a,
                      "Sent: %s, %s %d, %d %s" % (WD_EN[wd], MON_EN[Mo - 1], D, Y, ampm_en(t)),
                      "To: " + names(m, "%s <%s>", "; "), ("Cc: " + ccnames(m, "%s <%s>", "; ")) if m["cc"] else None,
                      "Subject: " + s, ""]), False
    if style == "outlook_mac_en":
        return block(["From: 纪要助手 <%s>" % a, "Date: %s, %s %d, %d at %d:%02d" % (WD_EN[wd], MON_EN[Mo - 1], D, Y, h, mi),
                      "To: " + names(m, "%s <%s>", ", "), "Subject: " + s, ""]), False
    if style == "netease_web":
        return ["在 %d-%02d-%02d %02d:%02d:17，\"纪要助手\" <%s> 写道：" % (Y, Mo, D, h, mi, a)], True
    if style == "mailmaster":
        return block(["---- 回复的原邮件 ----", "| 发件人 | 纪要助手<%s> |" % a, "| 日期 | %d年%02d月%02d日 %02d:%02d |" % (Y, Mo, D, h, mi),
                      "| 收件人 | " + names(m, "%s<%s>", "、") + " |", ("| 抄送至 | " + ccnames(m, "%s<%s>", "、") + " |") if m["cc"] else None,
                      "| 主题 | " + s + " |", ""]), False
    if style == "gmail_zh":
        return ["纪要助手 <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (a, Y, Mo, D, WD_ZH[wd], h, mi)], True
    if style == "gmail_zh_wrapped":
        return ["纪要助手 <%s>" % a, "于%d年%d月%d日周%s %02d:%02d写道：" % (Y, Mo, D, WD_ZH[wd], h, mi)], True
    if style == "gmail_zhtw":
        return ["纪要助手 <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (a, Y, Mo, D, WD_ZH[wd], "上午" if h < 12 else "下午", h if h <= 12 else h - 12, mi)], True
    if style == "gmail_android_en":
        return ["On %s, %s %d, %d, %02d:%02d 纪要助手 <%s> wrote:" % (WD_EN[wd][:3], MON_EN[Mo - 1][:3], D, Y, h, mi, a)], True
    if style == "iphone_zh":
        return ["在 %d年%d月%d日，%02d:%02d，纪要助手 <%s> 写道：" % (Y, Mo, D, h, mi, a)], True
    if style == "iphone_zhtw":
        return ["%d年%d月%d日 %s%d:%02d，纪要助手 <%s> 寫道：" % (Y, Mo, D, "上午" if h < 12 else "下午", h if h <= 12 else h - 12, mi, a)], True
    if style == "applemail_zh":
        return ["> %d年%d月%d日 %02d:%02d，纪要助手 <%s> 写道：" % (Y, Mo, D, h, mi, a), ">"], True
    if style == "thunderbird_en":
        return ["On %d/%d/%02d %s, 纪要助手 wrote:" % (Mo, D, Y % 100, ampm_en(t)), ], True
    if style == "thunderbird_zh":
        return ["在 %d/%d/%d %02d:%02d, 纪要助手 写道:" % (Y, Mo, D, h, mi)], True
    if style == "coremail":
        return block(["-----原始邮件-----", '发件人:"纪要助手" <%s>' % a, "发送时间:%d-%02d-%02d %02d:%02d:17 (星期%s)" % (Y, Mo, D, h, mi, WD_ZH[wd]),
                      "收件人:" + names(m, '"%s" <%s>', ", "), ("抄送:" + ccnames(m, '"%s" <%s>', ", ")) if m["cc"] else None,
                      "主题:" + s, ""]), False
    if style == "alimail":
        return block(["------------------------------------------------------------------", "发件人：纪要助手 <%s>" % a,
                      "发送时间：%d年%d月%d日(星期%s) %02d:%02d" % (Y, Mo, D, WD_ZH[wd], h, mi),
                      "收件人：" + names(m, "%s<%s>", "; "), ("抄　送：" + ccnames(m, "%s<%s>", "; ")) if m["cc"] else None,
                      "主　题：" + s, ""]), False
    if style == "lark":
        return block(["发件人: 纪要助手<%s>" % a, "发送时间: %d年%d月%d日 (周%s) %02d:%02d" % (Y, Mo, D, WD_ZH[wd], h, mi),
                      "主题: " + s, "收件人: " + names(m, "%s<%s>", ", "), ""]), True
    # foreign-language attributions
    if style == "gmail_pt":
        ab = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."][wd]; mo = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."][Mo - 1]
        return ["Em %s, %d de %s de %d às %02d:%02d, 纪要助手 <%s> escreveu:" % (ab, D, mo, Y, h, mi, a)], True
    if style == "gmail_es":
        ab = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][wd]; mo = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][Mo - 1]
        return ["El %s, %d %s %d a las %d:%02d, 纪要助手 (<%s>) escribió:" % (ab, D, mo, Y, h, mi, a)], True
    if style == "gmail_fr":
        ab = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][wd]; mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][Mo - 1]
        return ["Le %s %d %s %d à %02d:%02d, 纪要助手 <%s> a écrit :" % (ab, D, mo, Y, h, mi, a)], True
    if style == "gmail_id":
        ab = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"][wd]; mo = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"][Mo - 1]
        return ["Pada %s, %d %s %d pukul %02d.%02d 纪要助手 <%s> menulis:" % (ab, D, mo, Y, h, mi, a)], True
    if style == "gmail_vi":
        return ["Vào Th %d, %d thg %d, %d vào lúc %02d:%02d 纪要助手 <%s> đã viết:" % (wd + 2, D, Mo, Y, h, mi, a)], True
    if style == "gmail_ko":
        return ["%d년 %d월 %d일 (%s) %s %d:%02d, 纪要助手 <%s>님이 작성:" % (Y, Mo, D, "월화수목금토일"[wd], "오전" if h < 12 else "오후", h % 12 or 12, mi, a)], True
    if style == "outlook_ja":
        return block(["差出人: 纪要助手 <%s>" % a, "送信日時: %d年%d月%d日 %d:%02d" % (Y, Mo, D, h, mi),
                      "宛先: " + names(m, "%s <%s>", "; "), "件名: " + s, ""]), False
    if style == "outlook_it":
        g = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"][wd]
        mo = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"][Mo - 1]
        return block(["________________________________", "Da: 纪要助手 <%s>" % a, "Inviato: %s %d %s %d %02d:%02d" % (g, D, mo, Y, h, mi),
                      "A: " + names(m, "%s <%s>", "; "), "Oggetto: " + s, ""]), False
    if style == "outlook_tr":
        g = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"][wd]
        mo = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"][Mo - 1]
        return block(["________________________________", "Kimden: 纪要助手 <%s>" % a, "Gönderildi: %d %s %d %s %02d:%02d" % (D, mo, Y, g, h, mi),
                      "Kime: " + names(m, "%s <%s>", "; "), "Konu: " + s, ""]), False
    if style == "outlook_ru":
        mo = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"][Mo - 1]
        return block(["-----Original Message-----", "От: 纪要助手 <%s>" % a, "Отправлено: %d %s %d г. %d:%02d" % (D, mo, Y, h, mi),
                      "Кому: " + names(m, "%s <%s>", "; "), "Тема: " + s, ""]), False
    if style == "outlook_pl":
        g = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"][wd]
        mo = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"][Mo - 1]
        return block(["________________________________", "Od: 纪要助手 <%s>" % a, "Wysłano: %s, %d %s %d %02d:%02d" % (g, D, mo, Y, h, mi),
                      "Do: " + names(m, "%s <%s>", "; "), "Temat: " + s, ""]), False
    if style == "outlook_de":
        g = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][wd]
        mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][Mo - 1]
        return block(["________________________________", "Von: 纪要助手 <%s>" % a, "Gesendet: %s, %d. %s %d %02d:%02d" % (g, D, mo, Y, h, mi),
                      "An: " + names(m, "%s <%s>", "; "), "Betreff: " + s, ""]), False
    if style == "apple_sv":
        mo = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."][Mo - 1]
        return ["%d %s %d kl. %02d:%02d skrev 纪要助手 <%s>:" % (D, mo, Y, h, mi, a), ""], True
    if style == "apple_nl":
        mo = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][Mo - 1]
        return ["Op %d %s %d, om %02d:%02d heeft 纪要助手 <%s> het volgende geschreven:" % (D, mo, Y, h, mi, a), ""], True
    raise KeyError(style)

# ---------------------------------------------------------------- clients
# style, subject prefix, charset, cte(text), html?, X-Mailer / identifying headers
CL = {
 "qq":          dict(q="qq", pre="回复：", cs="gb18030", cte="base64", html=True, hdr=[("X-Mailer", "QQMail 2.x"), ("X-QQ-MAILER", "QQMail 2.x")]),
 "wecom":       dict(q="qq", pre="回复：", cs="utf-8", cte="base64", html=True, hdr=[("X-Mailer", "WXWork Mail 4.1.x")]),
 "foxmail":     dict(q="foxmail", pre="回复: ", cs="GBK", cte="base64", html=True, hdr=[("X-Priority", "3"), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]),
 "outlook_cn":  dict(q="outlook_cn", pre="答复: ", cs="gb2312", cte="base64", html=True, hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn")]),
 "outlook_cn_u":dict(q="outlook_cn", pre="答复: ", cs="utf-8", cte="base64", html=True, hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn")]),
 "owa_cn":      dict(q="owa_cn", pre="答复: ", cs="utf-8", cte="base64", html=True, hdr=[("X-MS-Has-Attach", ""), ("Content-Language", "zh-CN"), ("X-MS-Exchange-Organization-SCL", "-1")]),
 "outlook_tw":  dict(q="outlook_tw", pre="回覆: ", cs="utf-8", cte="base64", html=True, hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")]),
 "outlook_tw_big5": dict(q=None, pre="回覆: ", cs="big5", cte="base64", html=True, hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")]),
 "outlook_en":  dict(q="outlook_en", pre="RE: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")]),
 "outlook_mac_en": dict(q="outlook_mac_en", pre="Re: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("User-Agent", "Microsoft-MacOutlook/16.89.25091415"), ("Content-Language", "en-US")]),
 "netease_web": dict(q="netease_web", pre="Re:", cs="GBK", cte="base64", html=True, hdr=[("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"), ("X-NTES-SC", "AL_Qu2cAf2ZvU8u5iOfbOkXnE8Sh+k=")]),
 "mailmaster":  dict(q="mailmaster", pre="回复:", cs="utf-8", cte="base64", html=True, hdr=[("X-Mailer", "MailMasterAndroid")]),
 "gmail_zh":    dict(q="gmail_zh", pre="Re: ", cs="UTF-8", cte="base64", html=True, hdr=[]),
 "gmail_zh_wrapped": dict(q="gmail_zh_wrapped", pre="Re: ", cs="UTF-8", cte="base64", html=True, hdr=[]),
 "gmail_zhtw":  dict(q="gmail_zhtw", pre="Re: ", cs="UTF-8", cte="base64", html=True, hdr=[]),
 "gmail_android_en": dict(q="gmail_android_en", pre="Re: ", cs="UTF-8", cte="base64", html=True, hdr=[]),
 "gmail_pt":    dict(q="gmail_pt", pre="Re: ", cs="UTF-8", cte="quoted-printable", html=True, hdr=[]),
 "gmail_es":    dict(q="gmail_es", pre="Re: ", cs="UTF-8", cte="quoted-printable", html=True, hdr=[]),
 "gmail_fr":    dict(q="gmail_fr", pre="Re: ", cs="UTF-8", cte="quoted-printable", html=True, hdr=[]),
 "gmail_id":    dict(q="gmail_id", pre="Re: ", cs="UTF-8", cte="quoted-printable", html=True, hdr=[]),
 "gmail_vi":    dict(q="gmail_vi", pre="Re: ", cs="UTF-8", cte="base64", html=True, hdr=[]),
 "gmail_ko":    dict(q="gmail_ko", pre="Re: ", cs="UTF-8", cte="base64", html=True, hdr=[]),
 "iphone_zh":   dict(q="iphone_zh", pre="回复：", cs="utf-8", cte="base64", html=False, hdr=[("X-Mailer", "iPhone Mail (22G86)")]),
 "iphone_zhtw": dict(q="iphone_zhtw", pre="回覆：", cs="utf-8", cte="base64", html=False, hdr=[("X-Mailer", "iPhone Mail (22G86)")]),
 "applemail_zh":dict(q="applemail_zh", pre="Re: ", cs="utf-8", cte="quoted-printable", html=False, hdr=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]),
 "apple_sv":    dict(q="apple_sv", pre="Sv: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]),
 "apple_nl":    dict(q="apple_nl", pre="Re: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]),
 "thunderbird_en": dict(q="thunderbird_en", pre="Re: ", cs="UTF-8", cte="8bit", html=False, hdr=[("User-Agent", "Mozilla Thunderbird")], flowed=True),
 "thunderbird_zh": dict(q="thunderbird_zh", pre="Re: ", cs="UTF-8", cte="8bit", html=False, hdr=[("User-Agent", "Mozilla Thunderbird")], flowed=True),
 "coremail":    dict(q="coremail", pre="Re:", cs="GBK", cte="base64", html=True, hdr=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT6.0.3 build 20240425(c6ae4d0c) Copyright (c) 2002-2025 www.mailtech.cn jingfan")]),
 "alimail":     dict(q="alimail", pre="回复：", cs="UTF-8", cte="base64", html=True, hdr=[("X-Mailer", "Alimail-Mailagent revision 7"), ("X-Alimail-AntiSpam", "AC=PASS")]),
 "lark":        dict(q="lark", pre="Re: ", cs="UTF-8", cte="base64", html=True, hdr=[("X-Lms-Return-Path", "<lba+168f0e1a2@jingfan.example.cn>"), ("X-Mailer", "LarkMail")]),
 "outlook_ja":  dict(q="outlook_ja", pre="RE: ", cs="utf-8", cte="base64", html=True, hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")]),
 "outlook_it":  dict(q="outlook_it", pre="R: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("X-MS-Has-Attach", ""), ("Content-Language", "it-IT")]),
 "outlook_tr":  dict(q="outlook_tr", pre="YNT: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("X-MS-Has-Attach", ""), ("Content-Language", "tr-TR")]),
 "outlook_ru":  dict(q="outlook_ru", pre="RE: ", cs="utf-8", cte="base64", html=True, hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")]),
 "outlook_pl":  dict(q="outlook_pl", pre="RE: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("X-MS-Has-Attach", "yes"), ("Content-Language", "pl-PL")]),
 "outlook_de":  dict(q="outlook_de", pre="AW: ", cs="utf-8", cte="quoted-printable", html=True, hdr=[("X-MS-Has-Attach", ""), ("Content-Language", "de-DE")]),
}

# ---------------------------------------------------------------- MIME helpers
def ew(text, cs="utf-8"):
    try:
        text.encode("ascii"); return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in text:
        if len(base64.b64encode((cur + ch).encode(cs))) > 45:
            words.append(cur); cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\r\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)
def addr(name, email, cs="utf-8"):
    try:
        name.encode("ascii"); return '"%s" <%s>' % (name, email)
    except UnicodeEncodeError:
        return '"%s" <%s>' % (ew(name, cs), email)
def body_enc(text, cs, cte):
    codec = {"gb2312": "gbk"}.get(cs.lower(), cs)   # Outlook labels cp936 output 'gb2312'
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(codec)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n").replace("\n", "\r\n") + "\r\n"
    return raw.decode(cs) + "\r\n"
def leaf(ctype, text, cs, cte, extra=""):
    return ("Content-Type: %s; charset=\"%s\"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ctype, cs, extra, cte)) + body_enc(text, cs, cte)
def to_html(new_lines, quote_hdr, quote_lines, gt):
    h = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body>"]
    for l in new_lines:
        h.append("<div>%s</div>" % (html.escape(l) if l else "<br>"))
    if quote_lines is not None:
        if gt:
            h.append("<div class=\"gmail_quote\"><div>%s</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" % "<br>".join(html.escape(x) for x in quote_hdr))
        else:
            h.append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p>%s</p></div><div>" % "<br>".join(html.escape(x) for x in quote_hdr if x))
        rows = [l for l in quote_lines if l.startswith("| ")]
        done_table = False
        for l in quote_lines:
            if l.startswith("| "):
                if not done_table:
                    h.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
                    for r in rows:
                        h.append("<tr>" + "".join("<td>%s</td>" % html.escape(c.strip()) for c in r.strip("|").split("|")) + "</tr>")
                    h.append("</table>"); done_table = True
            else:
                h.append("<div>%s</div>" % (html.escape(l) if l else "<br>"))
        h.append("</blockquote></div>" if gt else "</div>")
    h.append("</body></html>")
    return "\r\n".join(h)

def rfcdate(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return d, d.strftime("%a, %d %b %Y %H:%M:%S %z")

# ---------------------------------------------------------------- cases
CASES = []
def R(n, slug, client, meeting, frm, date, text, intent, items=(), percent=None, new_due=None, calc=None, notes="",
      sig=None, cc=(), what="", body=None, pre=None, kind="reply", extra_headers=(), quote=True, attribution_inline=False, subject=None):
    CASES.append(dict(n=n, slug=slug, client=client, m=M[meeting], frm=frm, date=date, text=text, intent=intent, items=list(items),
                      percent=percent, new_due=new_due, calc=calc, notes=notes, sig=sig, cc=list(cc), what=what, body=body,
                      pre=pre, kind=kind, extra_headers=list(extra_headers), quote=quote, attribution_inline=attribution_inline, subject=subject))

# ---- M1 双11备货入仓协调会 (recap Mon 2025-09-22 16:10)
R(2601, "qq-confirm-thumbs", "qq", "M1", "周建华", "2025-09-22 16:41:09 +0800", ["收到👍 没问题"], "confirm",
  sig=["周建华", "东莞仓 仓储主管", "鲸帆跨境物流 | 手机 138 2655 0917"],
  notes="QQ Mail web (gb18030 base64 + HTML) '收到👍 没问题' = confirm of the whole recap; no item number -> items []. The QQ '原始邮件' block quotes the recap footer that lists every command word.",
  what="QQ Mail gb18030 '收到👍 没问题' over a QQ 原始邮件 quote -> confirm, items []")
R(2602, "foxmail-done-by-task-name", "foxmail", "M1", "林晓彤", "2025-09-23 10:12:44 +0800",
  ["各位好，", "", "入仓计划表已经弄好了，附件是终稿，预售SKU一共1,260个，按到仓日期排好了，请查收。"], "done",
  sig=["linxiaotong@jingfan.example.cn"],
  notes="Foxmail GBK. No number: '入仓计划表已经弄好了' names recap row 2 (双11预售SKU入仓计划表提交), which is also the sender's only item in M1 -> done; items [] because the gold lists numbers only as written. '1,260个' is a count, not a percent.",
  what="Foxmail GBK 'X已经弄好了' naming row 2 by its task words, no number")
R(2603, "outlook-cn-extend-makeup-saturday", "outlook_cn", "M1", "郑国强", "2025-09-24 09:05:31 +0800",
  ["晓彤：", "", "义乌那边临时工目前才招到18个，国庆前后劳务市场基本没人，第3项申请延期到10月11日（就是节后调休上班那个周六），到时候应该能补齐30人。", "", "谢谢！"],
  "extend", [3], new_due="2025-10-11", calc=("abs", "2025-10-11"),
  sig=["郑国强", "义乌仓 | 仓储部", "Tel: 0579-8521 3366  Mob: 139 5793 2210"],
  notes="Outlook zh-CN '答复:' gb2312. '第3项申请延期到10月11日' -> extend [3], new 2025-10-11 (a make-up working Saturday, checked). '18个'/'30人' are counts, '国庆前后' is context.",
  what="Outlook zh-CN gb2312 '第3项申请延期到10月11日' (make-up Saturday)")
R(2604, "iphone-done-di5xiang-gaoding", "iphone_zh", "M1", "黄雅琪", "2025-09-23 21:47:02 +0800",
  ["第5项搞定了，预约通知昨晚已经群发给所有入仓客户，短信+邮件都发了", "", "发自我的iPhone"], "done", [5],
  notes="iPhone Mail plain UTF-8, '搞定了' = done; '第5项' -> [5]. '昨晚' is narrative, no date. Quote begins '在 2025年9月22日，16:10，纪要助手 <…> 写道：' with '> ' lines.",
  what="iPhone zh '第5项搞定了…' + 发自我的iPhone")
R(2605, "coremail-progress-by-name-60", "coremail", "M1", "陈思远", "2025-09-26 17:30:12 +0800",
  ["晓彤，波次拣货规则那个目前进度60%左右，测试环境已经跑通，下周做东莞仓的实际单量回放。", "", "--", "陈思远 | 杭州技术中心"], "progress", [], 60,
  notes="Coremail GBK reply. No number; '波次拣货规则' names row 4 (WMS波次拣货规则上线), the sender's only M1 item -> progress 60, items []. '下周' is plan, not a new due.",
  what="Coremail GBK progress 60% naming the task (WMS波次拣货规则) without a number")

# ---- M2 印尼专线清关异常复盘 (recap Wed 2025-09-24 11:20)
R(2607, "gmail-id-item1-done-jakarta", "gmail_id", "M2", "Dewi Santoso", "2025-09-25 14:30:55 +0700",
  ["Dear Mr. Liu and team,", "", "Item 1 done – all missing COO documents for week 38 (17 shipments) have been uploaded to the shared folder.", "Please check and let me know if anything is still missing.", "", "Terima kasih,"],
  "done", [1], sig=["Dewi Santoso", "Customs Operations Manager", "PT Nusantara Express Logistik | Jakarta", "+62 21 2938 4410"],
  notes="Gmail (Google Workspace, Indonesian UI) reply from the Jakarta partner; attribution 'Pada Rab, 24 Sep 2025 pukul 10.20 纪要助手 <…> menulis:' (recap time in WIB). 'Item 1 done' -> done [1]. Date +0700 = 15:30 Shanghai same day. The gold records what the mail says; whether an external sender may change the item is workflow, not parse.",
  what="Gmail Indonesian attribution 'Pada … menulis:'; English 'Item 1 done' from the Jakarta partner")
R(2608, "outlook-tw-progress-qicheng", "outlook_tw", "M2", "陈嘉欣", "2025-09-25 10:03:27 +0800",
  ["振宇：", "", "滯港費分攤方案已經跟客戶談過了，對方原則上同意五五分，書面確認預計下週一前回覆。目前大概完成七成。", "", "嘉欣"],
  "progress", [], 70, sig=["陳嘉欣 Grace Chen", "國際業務部 | 鯨帆跨境物流", "分機 8123"],
  notes="Outlook zh-TW ('回覆:', '-----原始郵件-----', 寄件者/寄件日期/收件者/主旨) in Traditional Chinese, UTF-8 because the quote is Simplified. Names row 3 (与客户沟通滞港费分摊方案, her only item) -> progress; '七成' = 70% (recorded 70, ambiguous wording noted). '下週一前' is the customer's reply, not a new due date.",
  what="Outlook zh-TW Traditional '目前大概完成七成' naming the task -> progress 70")
R(2609, "lark-done-ambiguous-two-items", "lark", "M2", "吴婷", "2025-09-29 11:48:20 +0800",
  ["弄好了，已经传到共享盘/印尼专线 下面了，大家有空看一下。"], "done", [],
  notes="Feishu/Lark mail. '弄好了' = done but names no item and no task; 吴婷 owns rows 2 and 4 of M2, so a careful assistant cannot tell which one (probably row 2, due 09-30, but not stated) -> done, items []; the bot must ask, nothing changes.",
  what="Feishu mail '弄好了' with no item; sender owns two rows -> done, items [] (changes nothing)")
R(2610, "lark-extend-sop-by-name", "lark", "M2", "吴婷", "2025-10-09 14:22:06 +0800",
  ["振宇总，清关异常SOP v2还要等海关总署的新规细则出来，需要再推一下，改到10月22日吧。", "", "吴婷"], "extend", [], new_due="2025-10-22", calc=("abs", "2025-10-22"),
  notes="Feishu mail on the first working day after National Day. No number; 'SOP v2' names row 4 (输出清关异常处理SOP v2) among her two rows -> extend, new 2025-10-22, items [].",
  what="Feishu '改到10月22日吧' naming SOP v2 (one of her two items) -> extend by name")
R(2646, "outlook-tw-big5-done-no-quote", "outlook_tw_big5", "M2", "陈嘉欣", "2025-09-29 16:12:40 +0800",
  ["振宇，", "", "第3項已完成，客戶今天下午已書面同意滯港費五五分攤，郵件已轉給財務。", "", "嘉欣"], "done", [3],
  sig=["陳嘉欣 Grace Chen", "國際業務部"], quote=False,
  notes="Outlook zh-TW, body big5 (Traditional only: the writer deleted the quoted recap, so the body fits big5); the Subject keeps the Simplified original and is encoded as UTF-8 B-words. '第3項已完成' -> done [3]. Matching must rely on In-Reply-To / the signed To address since there is no quote.",
  what="Outlook zh-TW big5, quote deleted, '第3項已完成'")
R(2650, "iphone-zhtw-confirm", "iphone_zhtw", "M2", "陈嘉欣", "2025-09-24 11:36:10 +0800",
  ["已確認，沒問題", "", "從我的 iPhone 傳送"], "confirm",
  notes="iPhone Mail in Traditional Chinese: '已確認，沒問題' -> confirm, items []; footer '從我的 iPhone 傳送'.",
  what="iPhone zh-TW '已確認，沒問題' + 從我的 iPhone 傳送")

# ---- M3 运价引擎重构评审 (recap Thu 2025-09-25 15:05)
R(2611, "thunderbird-inline-object-row2", "thunderbird_en", "M3", "许可", "2025-09-25 15:41:33 +0800", None, "object", [2],
  body="inline_object",
  notes="Thunderbird plain (format=flowed, 8bit). Interleaved answer: the objection is written under the quoted row '> | 2 | 巴西线燃油附加费规则迁移 | 许可 | 2025-10-10 |' and only says '有异议' + reason; the row number comes from the quoted row it answers -> object [2]. Dates in the reason (10月15日, 10号) are not a new due.",
  what="Thunderbird inline answer under quoted row 2: '有异议：…' (item from the row it sits under)")
R(2612, "outlook-mac-done-by-name", "outlook_mac_en", "M3", "沈一帆", "2025-09-29 11:20:08 +0800",
  ["灰度方案文档 done ✅ 已经放到 Confluence：运价引擎/灰度发布方案 v1.2，按商户维度5%→30%→100%三步放量。"], "done", [],
  sig=["Evan Shen 沈一帆", "Tech Lead, Pricing | Hangzhou"],
  notes="Outlook for Mac (English UI) quote 'From:/Date:/To:/Subject:'. No number; '灰度方案文档' names row 1 of M3 (sender owns rows 1 and 3; the name matches only row 1) -> done, items []. '5%→30%→100%' are rollout steps, not progress.",
  what="Outlook for Mac 'X done ✅' naming row 1 (of two own items); percents in text are rollout steps")
R(2613, "gmail-zh-two-more-days-item3", "gmail_zh", "M3", "沈一帆", "2025-10-10 18:40:51 +0800",
  ["高总，", "need two more days on item 3，压测环境这周被双11全链路预演占了，周一才能开始压。"], "extend", [3], new_due="2025-10-16", calc=("plus_days", "2025-10-14", 2),
  notes="Gmail web (zh UI) attribution '纪要助手 <…> 于2025年9月25日周四 15:05写道：'. 'need two more days on item 3' -> extend [3]; convention: N more days = the item's current due (2025-10-14) + N calendar days = 2025-10-16 (ambiguous: could be read from today; a careful assistant adds to the current due). '周一' is the start of the work, not the due.",
  what="Gmail zh mixed 'need two more days on item 3' -> due 10-14 + 2 days")
R(2614, "dingtalk-question-item4", "alimail", "M3", "黄雅琪", "2025-09-26 10:12:37 +0800",
  ["请问第4项的商户名单是技术这边导出给我们，还是运营自己从后台拉？名单定了我这边当天就能发通知。"], "unknown", [4],
  notes="DingTalk mail (Alimail) question about item 4: no command -> intent unknown (SPEC section 5), items [4] as written; nothing changes. '当天' is not a date.",
  what="DingTalk/Alimail question about 第4项 -> unknown (changes nothing)")
R(2615, "gmail-android-thanks", "gmail_android_en", "M3", "高峻", "2025-09-25 15:20:44 +0800",
  ["Thanks, 辛苦各位"], "unknown",
  notes="Gmail Android from the organizer: a thank-you with no command -> intent unknown, items []; a thank-you is not a confirmation of anything and must change nothing.",
  what="Gmail Android 'Thanks, 辛苦各位' from the organizer -> unknown (changes nothing)")
R(2627, "outlook-ja-confirm-item5", "outlook_ja", "M3", "渡边健二", "2025-09-25 16:02:18 +0800",
  ["高さん", "", "第5项确认。联调环境已经申请好了，日本侧的测试账号明天给我。", "", "渡辺"], "confirm", [5],
  sig=["渡辺 健二 (Kenji Watanabe)", "杭州技术中心 / Japan API"],
  notes="Outlook Japanese UI ('RE:', 差出人/送信日時/宛先/件名 block) from a Japanese engineer writing Chinese: '第5项确认' -> confirm [5]; '明天' is about test accounts, not a due.",
  what="Outlook ja quote header (差出人/送信日時/宛先/件名), '第5项确认'")
R(2647, "owa-object-item3-sre", "owa_cn", "M3", "高峻", "2025-09-25 09:31:02 +0000",
  ["第3项有异议：压测不能只放在一帆一个人身上，需要SRE一起做，建议改成SRE组牵头、一帆配合，截止时间不变。"], "object", [3],
  notes="Outlook on the web (Microsoft 365) with a +0000 Date (= 17:31 Shanghai, before the 18:00 cut-off); '________________________________' + 发件人/发送时间 block. '第3项有异议' -> object [3]; '截止时间不变' is part of the reason.",
  what="OWA/M365 (+0000 Date) '第3项有异议：…' from the organizer")

# ---- M4 English partner sync (recap Fri 2025-09-26 17:45)
R(2616, "gmail-pt-forecast-done", "gmail_pt", "M4", "Lucas Ferreira", "2025-09-29 10:15:22 -0300",
  ["Hi all,", "", "Item 1 done, Q4 forecast for the Brazil line attached (weekly, by state). Peak expected in week 46.", "", "Abraço,"],
  "done", [1], sig=["Lucas Ferreira", "Head of Operations | Rota Sul Logística", "São Paulo | +55 11 3045-7781"],
  notes="Gmail Portuguese (Brazil) attribution 'Em sex., 26 de set. de 2025 às 06:45, 纪要助手 <…> escreveu:' (recap time in BRT). 'Item 1 done' -> done [1]; 'week 46' is a forecast fact. Date -0300 = 21:15 Shanghai.",
  what="Gmail pt-BR attribution 'Em … escreveu:', 'Item 1 done'")
R(2617, "outlook-it-done-item2-disclaimer", "outlook_it", "M4", "Giulia Rossi", "2025-09-30 09:10:40 +0200",
  ["Hi Leo,", "", "November cut-off times for the Milan hub confirmed with the airline: Mon/Wed/Fri 14:00 CET for the MXP-PVG flights. Item 2 done.", "", "Best regards,"],
  "done", [2], sig=["Giulia Rossi", "Hub Manager – Lombarda Hub S.r.l.", "Via dell'Aeroporto 12, 21010 Ferno (VA)",
                   "", "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate."],
  notes="Outlook Italian ('R:' subject, Da/Inviato/A/Oggetto block) with an Italian disclaimer. 'cut-off times … confirmed' is content; the command is 'Item 2 done' -> done [2] (not confirm).",
  what="Outlook it 'R:' + Da/Inviato/Oggetto; 'confirmed' in content but command 'Item 2 done'; disclaimer")
R(2618, "apple-sv-push-to-21st", "apple_sv", "M4", "Erik Lindqvist", "2025-10-09 08:30:12 +0200",
  ["Hi,", "", "can we push #3 to the 21st? Two of our Nordic clients are still negotiating the peak surcharge, no point sending the DDP sheet twice.", "", "/Erik"],
  "extend", [3], new_due="2025-10-21", calc=("dom", 21),
  sig=["Erik Lindqvist", "Nordfrakt AB, Stockholm", "+46 8 555 120 44"],
  notes="Apple Mail Swedish attribution '26 sep. 2025 kl. 11:45 skrev 纪要助手 <…>:' ('Sv:' subject). 'can we push #3 to the 21st?' -> extend [3]; 'the 21st' = next 21st on/after the send date (2025-10-09, Shanghai 14:30) = 2025-10-21. A request phrased as a question is still an extension request.",
  what="Apple Mail sv 'skrev', 'can we push #3 to the 21st?'")
R(2619, "outlook-tr-progress-40", "outlook_tr", "M4", "Mehmet Yılmaz", "2025-10-01 11:05:33 +0300",
  ["Hello Leo,", "", "Item 4: bond renewal in progress, around 40% – we are waiting for the bank guarantee letter, should arrive next week."],
  "progress", [4], 40, sig=["Saygılarımla / Best regards,", "Mehmet Yılmaz", "Boğaz Lojistik A.Ş. | İstanbul"],
  notes="Outlook Turkish ('YNT:' subject, Kimden/Gönderildi/Kime/Konu block). 'Item 4 … around 40%' -> progress [4], 40. Sent on 2025-10-01 (a Chinese holiday; irrelevant for progress).",
  what="Outlook tr 'YNT:' + Kimden/Gönderildi; 'Item 4 … around 40%'")
R(2620, "outlook-ru-extend-by-name", "outlook_ru", "M4", "Anna Volkova", "2025-10-06 12:40:09 +0300",
  ["Good afternoon,", "", "regarding the rail slots for November – RZD opens the allocation only on the 14th, so we need one more week. New date Oct 17 please.", "", "Best regards,"],
  "extend", [], new_due="2025-10-17", calc=("abs", "2025-10-17"),
  sig=["Anna Volkova", "TransSib Cargo LLC, Moscow", "+7 495 640-22-17"],
  notes="Outlook Russian (От/Отправлено/Кому/Тема under '-----Original Message-----'). No number: 'the rail slots for November' names row 5 (her only item) -> extend, new 2025-10-17 ('New date Oct 17'; 'one more week' agrees with the due 10-10 + 7). 'the 14th' is the reason.",
  what="Outlook ru От/Отправлено; 'rail slots … New date Oct 17' by task name")
R(2621, "gmail-es-done-item7", "gmail_es", "M4", "Carlos Méndez", "2025-10-03 16:20:47 -0300",
  ["Hola Leo,", "", "el texto en español para la página de seguimiento ya está listo (item 7), lo subí a la carpeta compartida. Cualquier cambio me avisas.", "", "Saludos,", "Carlos"],
  "done", [7], sig=["Carlos Méndez | Rota Sul Logística"],
  notes="Gmail Spanish attribution 'El vie, 26 sept 2025 a las 6:45, 纪要助手 (<…>) escribió:'. Spanish 'ya está listo (item 7)' = done [7].",
  what="Gmail es 'El … escribió:'; Spanish 'ya está listo (item 7)' -> done")
R(2622, "gmail-fr-confirm-item8", "gmail_fr", "M4", "Sophie Laurent", "2025-09-26 12:10:05 +0200",
  ["Bonjour Leo,", "", "Je confirme l'item 8, pas de souci pour le 9 octobre.", "", "Bonne journée,", "Sophie"],
  "confirm", [8],
  notes="Gmail French attribution 'Le ven. 26 sept. 2025 à 11:45, 纪要助手 <…> a écrit :'. 'Je confirme l'item 8' -> confirm [8]; 'le 9 octobre' is the existing due, not an extension. Date +0200 = 18:10 Shanghai (just after the cut-off: the gold is the intent, not its timeliness).",
  what="Gmail fr 'a écrit :'; French 'Je confirme l'item 8'")
R(2623, "apple-nl-progress-halfway", "apple_nl", "M4", "Daan de Vries", "2025-10-02 09:55:30 +0200",
  ["Hi Leo,", "", "Item 9: SLA draft is about 50% done, the cross-dock cut-offs still need sign-off from our Rotterdam team. Rest next week.", "", "Groet,", "Daan"],
  "progress", [9], 50,
  notes="Apple Mail Dutch attribution 'Op 26 sep 2025, om 11:45 heeft 纪要助手 <…> het volgende geschreven:'. 'Item 9 … about 50% done' -> progress [9], 50 (not done).",
  what="Apple Mail nl 'het volgende geschreven:'; 'Item 9 … about 50% done'")
R(2624, "outlook-pl-done-by-name", "outlook_pl", "M4", "Marta Kowalska", "2025-10-07 15:30:18 +0200",
  ["Hi Leo,", "", "the returns address list is done, see the xlsx in our shared folder (42 addresses, grouped by voivodeship).", "", "Pozdrawiam,", "Marta"],
  "done", [], sig=["Marta Kowalska", "Lombarda Hub – EU Returns Desk"],
  notes="Outlook Polish ('RE:' subject, Od/Wysłano/Do/Temat). No number: 'the returns address list' names row 10 (Polish returns address list, her only item) -> done, items []. '42 addresses' is a count.",
  what="Outlook pl Od/Wysłano/Temat; 'the returns address list is done' (by name)")
R(2625, "outlook-de-object-item11", "outlook_de", "M4", "Jonas Becker", "2025-09-26 12:30:00 +0200",
  ["Hi Leo,", "", "objection on item 11: the EPR packaging registration (LUCID) is handled by our client's own compliance team, not by Nordfrakt. Please reassign it to the client side.", "", "Viele Grüße,", "Jonas"],
  "object", [11], sig=["Jonas Becker", "Nordfrakt AB – Hamburg office"],
  notes="Outlook German ('AW:' subject, Von/Gesendet/An/Betreff). 'objection on item 11' -> object [11] (two-digit item number). Date +0200 = 18:30 Shanghai.",
  what="Outlook de 'AW:' Von/Gesendet/Betreff; 'objection on item 11' (two-digit number)")
R(2629, "outlook-en-done-item6-internal", "outlook_en", "M4", "刘振宇", "2025-09-30 10:02:51 +0800",
  ["All,", "", "Rate card v3 has been issued to all partners this morning (PDF + xlsx). Item 6 closed.", "", "Leo"], "done", [6],
  sig=["Liu Zhenyu 刘振宇", "VP International Business | Jingfan Cross-border Logistics", "M: +86 135 1098 4420",
       "", "CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive use of the intended recipient(s). If you are not the intended recipient, please notify the sender and delete it."],
  notes="Outlook English (QP, 'RE:', Sent: Friday, September 26, 2025 5:45 PM). 'Item 6 closed' = done [6]; confidentiality notice is signature noise.",
  what="Outlook en 'Item 6 closed' (= done) + confidentiality notice")

# ---- M5 国庆节前安全检查 (recap Sun 2025-09-28 10:30, a make-up working day)
R(2631, "mailmaster-extend-after-holiday", "mailmaster", "M5", "郑国强", "2025-09-28 11:02:15 +0800",
  ["何姐，叉车年检约的检测站国庆不上班，30号肯定做不完，第3项申请延期到节后第一个工作日。", "", "发自网易邮箱大师"], "extend", [3],
  new_due="2025-10-09", calc=("first_workday_after_holiday", "2025-10-01"),
  notes="NetEase Mail Master '---- 回复的原邮件 ----' with | 发件人 | rows. '第3项申请延期到节后第一个工作日' -> extend [3]; the first working day after the 2025 National Day/Mid-Autumn holiday (10-01..10-08) is Thu 2025-10-09 (chinesecalendar). '30号' is the old due.",
  what="网易邮箱大师 '延期到节后第一个工作日' -> 2025-10-09")
R(2632, "outlook-cn-done-circled-2", "outlook_cn", "M5", "周建华", "2025-09-29 17:50:26 +0800",
  ["何姐：", "", "② 已完成，消防通道、灭火器和喷淋都检查过了，3处小问题已现场整改，整改单附后。"], "done", [2],
  sig=["周建华", "东莞仓 仓储主管"],
  notes="Outlook zh-CN gb2312. '② 已完成' -> done [2]; '3处小问题' is a count.",
  what="Outlook zh-CN '② 已完成'")
R(2633, "wecom-done-diyixiang", "wecom", "M5", "何丽娟", "2025-09-28 14:05:11 +0800",
  ["第一项值班表已经发到企业微信全员群了，搞定。培训的事节后我再排。"], "done", [1],
  notes="企业微信 mail (Tencent Exmail engine, QQ-style '原始邮件' separator). '第一项…搞定' -> done [1] (Chinese numeral). '培训的事节后我再排' is not an extension request for row 4 (no new date, no request).",
  what="企业微信邮件 '第一项…搞定'; mention of row 4 is no command")
R(2634, "applemail-zh-confirm-two-items", "applemail_zh", "M5", "邓伟", "2025-09-28 12:18:40 +0800",
  ["同意，第2、3项按这个来。", "", "邓伟"], "confirm", [2, 3],
  notes="Apple Mail (macOS zh) plain QP; '同意，第2、3项按这个来' -> confirm [2, 3] from the owners' manager.",
  what="Apple Mail zh '同意，第2、3项按这个来' -> confirm [2,3]")

# ---- M6 Q3月结 (recap Thu 2025-10-09 16:00)
R(2635, "netease-web-done-by-name", "netease_web", "M6", "罗佳", "2025-10-13 18:26:03 +0800",
  ["孙总，供应商对账单做完了，已经发到您邮箱，一共37家，差异都标黄了。"], "done", [],
  notes="网易企业邮箱 web (Coremail XT5, GBK): attribution '在 2025-10-09 16:00:17，\"纪要助手\" <…> 写道：' and '> ' quote. No number; '供应商对账单' names row 1 (提交9月供应商对账单); the sender also owns row 2 (应付款核对) but the words match only row 1 -> done, items []. '37家' is a count.",
  what="163/网易企业邮箱 web 'X做完了' naming row 1 of her two items")
R(2636, "applemail-zh-inline-extend-row3", "applemail_zh", "M6", "孙婉清", "2025-10-10 09:14:55 +0800", None, "extend", [3],
  new_due="2025-10-24", calc=("abs", "2025-10-24"), body="inline_extend",
  notes="Apple Mail zh inline (bottom-quoted, answer under the quoted row '> | 3 | 巴西线汇率损益分析 | 孙婉清 | 2025-10-17 |'): '延期至10月24日，…' -> extend [3] from the row it answers, new 2025-10-24. The organizer owns the row.",
  what="Apple Mail zh inline '延期至10月24日' under quoted row 3")
R(2637, "gmail-zh-mobile-progress-98", "gmail_zh", "M6", "黄雅琪", "2025-10-13 20:05:37 +0800",
  ["退款工单清了98%，还剩3单客户一直没回电话，明天再打一轮"], "progress", [], 98,
  notes="Gmail (zh) from a phone, no signature. No number; '退款工单' names row 4 (客服退款工单清理), her only M6 item -> progress 98.",
  what="Gmail zh '退款工单清了98%' naming the task")
R(2638, "outlook-cn-question-item2", "outlook_cn", "M6", "孙婉清", "2025-10-09 16:40:12 +0800",
  ["罗佳：", "第2项雅加达那边的应付款核对，用9月30日的中间价还是按每笔付款日的汇率？你先和我对一下口径再开始。"], "unknown", [2],
  notes="Outlook zh-CN question from the organizer about item 2: no command -> unknown, items [2] as written; '9月30日' is a rate date, not an extension.",
  what="Outlook zh-CN question about 第2项 with a date in it -> unknown (changes nothing)")

# ---- M7 双11大促作战会 (recap Mon 2025-10-20 17:05)
R(2639, "qq-done-by-name-link", "qq", "M7", "唐悦", "2025-10-28 19:52:30 +0800",
  ["海报和落地页都弄好了～ 链接：https://promo.jingfan.example.cn/1111 ，大家帮忙看看有没有错别字🙏"], "done", [],
  sig=["唐悦 Yoyo", "销售部 | 市场推广"],
  notes="QQ Mail (gb18030). No number: '海报和落地页' names row 5 (大促海报及落地页), her only item -> done, items []. The URL contains '1111', not an item number.",
  what="QQ Mail '海报和落地页都弄好了～' by name, URL with digits")
R(2640, "gmail-vi-confirm-item6", "gmail_vi", "M7", "陈氏梅", "2025-10-21 09:12:08 +0800",
  ["第6项确认，培训定在周四下午两点，义乌仓二楼会议室。Cảm ơn anh chị!", "", "Mai"], "confirm", [6],
  notes="Gmail Vietnamese UI attribution 'Vào Th 2, 20 thg 10, 2025 vào lúc 17:05 纪要助手 <…> đã viết:'. '第6项确认' -> confirm [6]; '周四下午两点' is the training session time, not a new due.",
  what="Gmail vi 'Vào … đã viết:'; '第6项确认' + session time that is not a due")
R(2641, "lark-done-by-name-tracking", "lark", "M7", "陈思远", "2025-10-22 23:10:45 +0800",
  ["轨迹推送延迟那个已经修好上线了，监控看P95延迟从8分钟降到40秒，明天再观察一天。"], "done", [],
  notes="Feishu mail late evening. No number: '轨迹推送延迟' names row 4 of M7 (运单轨迹推送延迟修复), his only M7 item -> done. '明天再观察一天' is monitoring, not an extension.",
  what="Feishu '…已经修好上线了' by task name")
R(2642, "gmail-android-attribution-same-line", "gmail_android_en", "M7", "方俊", "2025-10-20 17:31:20 +0800",
  None, "confirm", [1], body="attr_inline",
  notes="Gmail Android where the short answer runs onto the attribution line: '第1项确认 👍On Mon, Oct 20, 2025, 17:05 纪要助手 <…> wrote:' (no line break before 'On'). The new text is only '第1项确认 👍' -> confirm [1].",
  what="Gmail Android reply written on the attribution line ('第1项确认 👍On … wrote:')")
R(2643, "dingtalk-extend-3-more-workdays", "alimail", "M7", "郑国强", "2025-10-24 15:40:19 +0800",
  ["方总，夜班拣货线增开需要再多3个工作日，输送线设备周一才到货，到了还要调试。"], "extend", [], new_due="2025-11-05", calc=("plus_workdays", "2025-10-31", 3),
  notes="DingTalk mail (Alimail). No number; '夜班拣货线增开' names row 3, his only M7 item. '再多3个工作日' -> extend; convention: counted from the item's current due 2025-10-31 -> 11-03, 11-04, 11-05 = 2025-11-05 (ambiguous; counting from the send date would give 10-29, earlier than the current due, which cannot be meant).",
  what="DingTalk '需要再多3个工作日' by name -> current due + 3 working days")
R(2644, "gmail-zh-wrapped-attribution-progress", "gmail_zh_wrapped", "M7", "黄雅琪", "2025-10-23 11:05:00 +0800",
  ["第2项进度50%，白班都排好了，夜班还差4个人，已经找HR要外包。"], "progress", [2], 50,
  notes="Gmail zh where the attribution is wrapped over two lines ('纪要助手 <minutes+r…>' / '于2025年10月20日周一 17:05写道：'). '第2项进度50%' -> progress [2], 50.",
  what="Gmail zh attribution wrapped over two lines; '第2项进度50%'")
R(2628, "gmail-ko-progress-by-name", "gmail_ko", "M7", "朴智勋", "2025-10-22 10:30:42 +0800",
  ["韩国客户的运费公告进度80%，韩文版在做最后校对，明天上午发。", "", "박지훈 / 朴智勋"], "progress", [], 80,
  notes="Gmail Korean UI attribution '2025년 10월 20일 (월) 오후 5:05, 纪要助手 <…>님이 작성:'. No number; '韩国客户的运费公告' names row 7 (his only item) -> progress 80; '明天上午发' is a plan, not an extension.",
  what="Gmail ko '님이 작성:'; progress 80 naming the task")
R(2648, "outlook-en-extend-top-post", "outlook_en", "M7", "方俊", "2025-10-23 09:48:13 +0800",
  ["Pls note the #1 quote will slip – extend to Oct 29, the customer's SKU volume numbers only came in last night.", "", "Jason"], "extend", [1],
  new_due="2025-10-29", calc=("abs", "2025-10-29"),
  sig=["Jason Fang 方俊 | Sales Director", "Jingfan Cross-border Logistics (Shenzhen) Co., Ltd.", "T: +86 755 8666 2310"],
  notes="Outlook en top-post from the row-1 owner: '#1 … extend to Oct 29' -> extend [1], new 2025-10-29.",
  what="Outlook en top-post '#1 quote will slip – extend to Oct 29'")
R(2649, "thunderbird-zh-bottom-post-done", "thunderbird_zh", "M1", "周建华", "2025-09-26 16:48:20 +0800",
  ["B区货架验收已完成，验收单和整改照片见附件。", "", "-- ", "周建华 东莞仓"], "done", [], body="bottom",
  notes="Thunderbird (zh UI) bottom-post: the full '> ' quote comes first ('在 2025/9/22 16:10, 纪要助手 写道:'), the new text follows it. No number; 'B区货架验收' names row 1 (his only M1 item) -> done, items [].",
  what="Thunderbird zh bottom-posting under the quote; done by task name")
R(2645, "coremail-confirm-with-reason-words", "coremail", "M7", "林晓彤", "2025-10-21 09:30:02 +0800",
  ["方总，", "没有异议。第2项排班我会盯着琪琪那边，有问题随时同步。"], "confirm", [],
  notes="Coremail GBK from a Cc'd manager: '没有异议' = confirm (contains '异议' but negated). '第2项' appears in a follow-up remark, not as the target of the confirmation; a careful assistant records a general confirm, items [] (ambiguous: items [2] defensible).",
  what="Coremail '没有异议。第2项…我会盯着' -> confirm (negated 异议)")
R(2626, "outlook-cn-u-extend-next-wed", "outlook_cn_u", "M7", "唐悦", "2025-10-22 10:02:33 +0800",
  ["方总，第5项的落地页英文版还要等法务审一下，能不能延期到下周三？中文版已经好了。"], "extend", [5],
  new_due="2025-10-29", calc=("next_week", 2),
  notes="Outlook zh-CN (utf-8). '第5项…能不能延期到下周三？' -> extend [5]; 下周三 from Wed 2025-10-22 = Wed of the following calendar week = 2025-10-29. The same sender reports the item done later in 2639.",
  what="Outlook zh-CN '能不能延期到下周三？' -> next week's Wednesday")

AUTOS = [
 dict(n=2606, slug="coremail-autoreply-ooo", m="M1", frm="邓伟", date="2025-09-22 16:10:40 +0800",
      what="Coremail auto-reply '自动回复：' (Auto-Submitted: auto-replied, X-Autoreply) to the M1 recap, body with dates and 确认 -> auto",
      notes="Server auto-reply (Coremail vacation rule) seconds after the recap: Auto-Submitted: auto-replied, X-Autoreply: yes. The body mentions dates and '确认' but no person wrote it -> kind auto, reply null."),
 dict(n=2630, slug="exchange-ooo-italian", m="M4", frm="Giulia Rossi", date="2025-09-26 11:45:52 +0200",
      what="Exchange out-of-office 'Risposta automatica:' (Italian/English) to the English recap -> auto",
      notes="Exchange Online OOF in Italian and English: Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, X-Auto-Response-Suppress: All. 'back on 29 September' is not an extension -> kind auto, reply null."),
]

# ---------------------------------------------------------------- build
def quote_parts(c, cl):
    m = c["m"]; rl = recap_lines(m)
    hdr, gt = qh(cl["q"], m, off=c["qoff"])
    return hdr, rl, gt

def zone_off(date):
    d, _ = rfcdate(date); return d.utcoffset().total_seconds() / 3600

def plain_body(c, cl):
    new = list(c["text"] or [])
    if c["sig"]:
        new = new + [""] + c["sig"]
    if not c["quote"] or cl["q"] is None:
        return "\n".join(new) + "\n", new, None, None, False
    hdr, rl, gt = quote_parts(c, cl)
    q = []
    for l in hdr:
        q.append(l)
    for l in rl:
        q.append(("> " + l if l else ">") if gt else l)
    if cl["q"] == "applemail_zh":
        q = hdr + [("> " + l if l else ">") for l in rl]
    if c["body"] == "bottom":
        return "\n".join(q + [""] + new) + "\n", new, hdr, rl, gt
    return "\n".join(new + [""] + q) + "\n", new, hdr, rl, gt

def special_body(c, cl):
    m = c["m"]; rl = recap_lines(m); hdr, gt = qh(cl["q"], m, off=c["qoff"])
    if c["body"] == "inline_object":
        out = ["一帆、高总：", "", "第2项我这边有点问题，见下面。", ""] + hdr
        for l in rl:
            out.append("> " + l if l else ">")
            if l.startswith("| 2 |"):
                out += ["", "有异议：巴西那边ANTT的新费率10月15日才公布，10号之前做不了迁移。建议先由产品出规则文档，费率公布后一周内迁移。", ""]
        out += ["", "-- ", "许可 Kris Xu", "杭州技术中心 计费组"]
        return "\n".join(out) + "\n"
    if c["body"] == "inline_extend":
        out = [hdr[0], ">"]
        for l in rl:
            out.append("> " + l if l else ">")
            if l.startswith("| 3 |"):
                out += ["", "延期至10月24日，巴西那边9月的银行对账单下周才到，汇率数据要等它。", ""]
        out += ["", "孙婉清", "财务总监"]
        return "\n".join(out) + "\n"
    if c["body"] == "attr_inline":
        out = ["第1项确认 👍" + hdr[0]] + [("> " + l if l else ">") for l in rl]
        return "\n".join(out) + "\n"
    raise KeyError(c["body"])

def headers_common(c, cl, subj_prefix):
    m = c["m"]; d, ds = rfcdate(c["date"]); cs = cl["cs"] if cl["cs"].lower() != "big5" else "utf-8"
    hcs = "GBK" if cl["cs"] in ("GBK", "gb2312", "gb18030") else "utf-8"
    sender = c["frm"]
    subj = c.get("subject") or (SUBJ(m) if subj_prefix == "Re: " else subj_prefix + SUBJ(m))  # Gmail/Apple/Thunderbird/Lark do not double "Re: "
    mid = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hx("reply%d" % c["n"], 12), EMAIL[sender].split("@")[1])
    to = [m["reply_to"]]
    ccl = [P(x) for x in c.get("cc", [])]
    H = [("Return-Path", "<%s>" % EMAIL[sender]), ("Delivered-To", BOT[1].replace("minutes@", "minutes@")),
         ("Received", "from mx.%s (unknown [203.0.113.%d])\r\n\tby mail.%s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" %
          (EMAIL[sender].split("@")[1], 10 + c["n"] % 200, DOM, hx("q%d" % c["n"], 11).upper(), m["reply_to"][1], ds)),
         ("Date", ds), ("From", addr(sender, EMAIL[sender], hcs)), ("To", addr(*m["reply_to"], hcs))]
    if ccl:
        H.append(("Cc", ",\r\n ".join(addr(n, e, hcs) for n, e in ccl)))
    H += [("Subject", ew(subj, hcs)), ("Message-ID", mid), ("In-Reply-To", m["mid"]),
          ("References", "%s\r\n %s" % (m["mid_minutes"], m["mid"]))]
    return H, mid

def build(c):
    cl = CL[c["client"]]
    c["qoff"] = zone_off(c["date"])
    if c["client"] in ("gmail_vi",):
        c["qoff"] = 8
    pre = c["pre"] or cl["pre"]
    H, mid = headers_common(c, cl, pre)
    H += cl["hdr"] + c["extra_headers"]
    if c["body"] in ("inline_object", "inline_extend", "attr_inline"):
        text = special_body(c, cl); new, hdr, rl, gt = None, None, None, None
        html_ok = cl["html"] and c["body"] == "attr_inline"
    else:
        text, new, hdr, rl, gt = plain_body(c, cl); html_ok = cl["html"]
    cs, cte = cl["cs"], cl["cte"]
    flowed = '; format=flowed' if cl.get("flowed") else ""
    if not html_ok:
        H += [("MIME-Version", "1.0")]
        body_hdr = leaf("text/plain", text, cs, cte, flowed)
        out = "".join("%s: %s\r\n" % kv for kv in H) + body_hdr
    else:
        if c["body"] == "attr_inline":
            hdr0, gt0 = qh(cl["q"], c["m"], off=c["qoff"])
            ht = to_html(["第1项确认 👍"], hdr0, recap_lines(c["m"]), True)
        elif hdr is None:
            ht = to_html(new, [], None, False)
        else:
            ht = to_html(new, hdr, rl, gt)
        ht = ht.replace("%CS%", cs)
        b = "----=_Part_%s" % hx("b%d" % c["n"], 16)
        H += [("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b)]
        out = "".join("%s: %s\r\n" % kv for kv in H) + "\r\n"
        out += "--%s\r\n%s--%s\r\n%s--%s--\r\n" % (b, leaf("text/plain", text, cs, cte), b, leaf("text/html", ht, cs, cte), b)
    return out.encode("utf-8" if cte == "8bit" else "ascii")

def build_auto(a):
    m = M[a["m"]]; d, ds = rfcdate(a["date"]); sender = a["frm"]; dom = EMAIL[sender].split("@")[1]
    if a["n"] == 2606:
        subj = "自动回复：" + SUBJ(m)
        text = ("您好，我于9月22日至9月24日在义乌仓出差，期间邮件回复可能不及时。\n紧急事项请联系周建华（13826550917）确认，"
                "9月25日起恢复正常办公。\n\n邓伟 | 仓储部\n（此邮件为系统自动回复）\n")
        H = [("Return-Path", "<%s>" % EMAIL[sender]), ("Date", ds), ("From", addr(sender, EMAIL[sender], "GBK")),
             ("To", addr(*m["reply_to"], "GBK")), ("Subject", ew(subj, "GBK")),
             ("Message-ID", "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hx("auto%d" % a["n"], 10), dom)),
             ("In-Reply-To", m["mid"]), ("References", m["mid"]), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("Precedence", "auto_reply"), ("X-Mailer", "Coremail Webmail Server Version XT6.0.3"), ("MIME-Version", "1.0")]
        body = leaf("text/plain", text, "GBK", "base64")
    else:
        subj = "Risposta automatica: " + SUBJ(m)
        text = ("Sono fuori ufficio fino al 29 settembre con accesso limitato alla posta. Per urgenze contattare hub.ops@lombardahub.example.it.\n\n"
                "I am out of the office until 29 September with limited access to email. For urgent matters please contact hub.ops@lombardahub.example.it.\n\n"
                "Giulia Rossi\n")
        H = [("Return-Path", "<%s>" % EMAIL[sender]), ("Date", ds), ("From", addr(sender, EMAIL[sender])),
             ("To", addr(*m["reply_to"])), ("Subject", ew(subj)),
             ("Message-ID", "<%s@%s.prod.outlook.com>" % (hx("auto%d" % a["n"], 32).upper(), "AM9PR02MB" + hx("s", 4).upper())),
             ("In-Reply-To", m["mid"]), ("References", m["mid"]), ("Auto-Submitted", "auto-replied"),
             ("X-MS-Exchange-Inbox-Rules-Loop", EMAIL[sender]), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"), ("Content-Language", "it-IT"), ("MIME-Version", "1.0")]
        body = leaf("text/plain", text, "utf-8", "quoted-printable")
    return ("".join("%s: %s\r\n" % kv for kv in H) + body).encode("ascii")

def gold(c):
    if c.get("kind") == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": c["intent"], "items": c["items"], "percent": c["percent"], "new_due_date": c["new_due"]},
            "notes": c["notes"]}

# ---------------------------------------------------------------- check
def sh_date(date):
    d, _ = rfcdate(date); return d.astimezone(SH).date()
def compute(calc, sent):
    k = calc[0]
    if k == "abs":
        return dt.date.fromisoformat(calc[1])
    if k == "plus_days":
        return dt.date.fromisoformat(calc[1]) + dt.timedelta(days=calc[2])
    if k == "plus_workdays":
        d = dt.date.fromisoformat(calc[1]); n = calc[2]
        while n:
            d += dt.timedelta(days=1)
            if ccal.is_workday(d): n -= 1
        return d
    if k == "first_workday_after_holiday":
        d = dt.date.fromisoformat(calc[1])
        assert not ccal.is_workday(d)
        while not ccal.is_workday(d): d += dt.timedelta(days=1)
        return d
    if k == "dom":
        d = sent
        while d.day != calc[1]: d += dt.timedelta(days=1)
        return d
    if k == "next_week":
        monday = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=calc[1])  # 0 = Monday
    raise KeyError(k)

def check(out):
    errs = []
    for c in CASES:
        sent = sh_date(c["date"])
        if c["intent"] == "extend":
            got = compute(c["calc"], sent).isoformat()
            if got != c["new_due"]: errs.append("%d: new_due %s != computed %s" % (c["n"], c["new_due"], got))
            if not ccal.is_workday(dt.date.fromisoformat(c["new_due"])): errs.append("%d: new due %s is not a working day" % (c["n"], c["new_due"]))
            if c["new_due"] <= sent.isoformat(): errs.append("%d: new due not after send date" % c["n"])
        elif c["new_due"] or c["calc"]:
            errs.append("%d: new_due on non-extend" % c["n"])
        if c["m"]["dt"].date() > sent: errs.append("%d: reply before recap" % c["n"])
        for i in c["items"]:
            if not 1 <= i <= len(c["m"]["rows"]): errs.append("%d: item %d not in recap" % (c["n"], i))
        if c["percent"] is not None and c["intent"] != "progress": errs.append("%d: percent on non-progress" % c["n"])
    # every recap due date is a working day (except weekend-less deadlines written by people)
    for k, m in M.items():
        for t, o, d in m["rows"]:
            if o not in EMAIL: errs.append("%s: owner %s not in roster" % (k, o))
    if out:
        for c in CASES + AUTOS:
            p = out / ("%d-%s" % (c["n"], c["slug"]))
            g = json.loads(p.with_suffix(".json").read_text("utf-8"))
            if g != gold(c if "intent" in c else dict(c, kind="auto")): errs.append("%d: json differs from generator" % c["n"])
            import email
            msg = email.message_from_bytes(p.with_suffix(".eml").read_bytes())
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_payload(decode=True).decode(part.get_content_charset())
    return errs

def main():
    args = sys.argv[1:]
    chk = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if chk:
        e = check(out)
        print("\n".join(e) if e else "OK: %d cases checked" % (len(CASES) + len(AUTOS)))
        sys.exit(1 if e else 0)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        f.write("name,email,department,manager_email,aliases\n")
        for n, e, dpt, mg, al in ROSTER:
            f.write("%s,%s@%s,%s,%s,%s\n" % (n, e, DOM, dpt, (mg + "@" + DOM) if mg else "", al))
        for n, e, al in EXT:
            f.write("%s,%s,,,%s\n" % (n, e, al))
    for c in sorted(CASES, key=lambda x: x["n"]):
        base = out / ("%d-%s" % (c["n"], c["slug"]))
        base.with_suffix(".eml").write_bytes(build(c))
        base.with_suffix(".json").write_text(json.dumps(gold(c), ensure_ascii=False, indent=2) + "\n", "utf-8")
    for a in AUTOS:
        base = out / ("%d-%s" % (a["n"], a["slug"]))
        base.with_suffix(".eml").write_bytes(build_auto(a))
        base.with_suffix(".json").write_text(json.dumps(gold(dict(a, kind="auto")), ensure_ascii=False, indent=2) + "\n", "utf-8")
    e = check(out)
    print("\n".join(e) if e else "wrote %d cases" % (len(CASES) + len(AUTOS)))
    sys.exit(1 if e else 0)

if __name__ == "__main__":
    main()
