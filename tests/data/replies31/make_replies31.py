#!/usr/bin/env python3
"""Generator for the blind set "replies31": 50 replies (and 2 auto mails) to minutebot recaps.

Deterministic: no clock, no randomness.  Usage:
    python3 make_replies31.py [OUTDIR]          write every .eml/.json, roster.csv
    python3 make_replies31.py --check [OUTDIR]  re-parse every .eml (email.policy.default, no defects,
                                                every text part decodes) and recompute every gold date
"""
import base64, csv, datetime as dt, hashlib, io, json, os, quopri, sys, zipfile
import email, email.policy, email.utils
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")
HERE = os.path.dirname(os.path.abspath(__file__))

def tz(h):
    return dt.timezone(dt.timedelta(hours=h))

def h16(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

# ---------------------------------------------------------------- people
ROSTER = [
    # name, email, department, manager, aliases
    ("孙蔚", "sunwei@lingfan.example.cn", "总经办", "", "孙总;Sun Wei;Vivian Sun"),
    ("周雅琴", "zhouyaqin@lingfan.example.cn", "商品部", "sunwei@lingfan.example.cn", "周经理;Zhou Yaqin;Joanna Zhou;雅琴"),
    ("陈立", "chenli@lingfan.example.cn", "采购部", "sunwei@lingfan.example.cn", "陈经理;Chen Li;Li Chen;Leo Chen"),
    ("何晓婷", "hexiaoting@lingfan.example.cn", "品牌部", "sunwei@lingfan.example.cn", "晓婷;He Xiaoting;Tina He;Tina"),
    ("吴昊", "wuhao@lingfan.example.cn", "品质部", "chenli@lingfan.example.cn", "吴工;Wu Hao"),
    ("许佳", "xujia@lingfan.example.cn", "电商部", "zhouyaqin@lingfan.example.cn", "佳佳;Xu Jia"),
    ("罗斌", "luobin@lingfan.example.cn", "物流部", "zhouyaqin@lingfan.example.cn", "罗工;Luo Bin;Bin Luo"),
    ("邓敏", "dengmin@lingfan.example.cn", "信息技术部", "sunwei@lingfan.example.cn", "敏姐;Deng Min"),
    ("梁志勇", "liangzhiyong@gangtai-cb.example.cn", "", "", "梁经理;Liang Zhiyong;港泰报关梁志勇"),
    ("林佩君", "lin.peijun@hongzhi-tex.example.com.tw", "", "", "Peggy Lin;林小姐;林佩君 Peggy"),
    ("Giulia Ferri", "giulia.ferri@studiovela.example.it", "", "", "Giulia"),
    ("Marco Bellini", "marco.bellini@studiovela.example.it", "", "", "Marco"),
    ("陈嘉欣", "kayan.chan@kongkoon-retail.example.com.hk", "", "", "陳嘉欣;Kayan Chan;嘉欣;Kayan"),
    ("李永强", "liyongqiang@beilingwind.example.cn", "场长办公室", "", "李场长;Li Yongqiang"),
    ("高峰", "gaofeng@beilingwind.example.cn", "生产运行部", "liyongqiang@beilingwind.example.cn", "高经理;Gao Feng"),
    ("赵婉", "zhaowan@beilingwind.example.cn", "物资部", "liyongqiang@beilingwind.example.cn", "Zhao Wan;婉姐"),
    ("韩志刚", "hanzhigang@beilingwind.example.cn", "安全环保部", "liyongqiang@beilingwind.example.cn", "韩主任;Han Zhigang"),
    ("苏晴", "suqing@beilingwind.example.cn", "信息中心", "liyongqiang@beilingwind.example.cn", "Su Qing;苏工"),
    ("马骏", "qyjx_majun@163.com", "", "", "马工;Ma Jun;青源检修马骏"),
    ("Lars Nielsen", "lars.nielsen@nordvind.example.dk", "", "", "Lars"),
]
EMAIL = {r[0]: r[1] for r in ROSTER}
def P(name):
    return (name, EMAIL[name])

# ---------------------------------------------------------------- meetings and recaps
LF, BW = "lingfan.example.cn", "beilingwind.example.cn"
MEETINGS = {
    "M1": dict(dom=LF, subject="夏季新品上市筹备会 会议纪要 0402", lang="zh",
               minutes_mid="<000a01dcc24b$2f6e1c70$8e4a5550$@lingfan.example.cn>",
               recap_at=dt.datetime(2026, 4, 2, 15, 40, 12, tzinfo=SH),
               to=["孙蔚", "周雅琴", "陈立", "何晓婷", "梁志勇"], cc=[],
               items=[(1, "确定夏季新品首批SKU清单", "周雅琴", "2026-04-08"),
                      (2, "提交面料色卡确认单", "陈立", "2026-04-03"),
                      (3, "完成lookbook拍摄场地预订", "何晓婷", "2026-04-03"),
                      (4, "输出门店陈列指引初稿", "何晓婷", "2026-04-14"),
                      (5, "核对首单报关资料清单", "梁志勇", "2026-04-07")]),
    "M2": dict(dom=LF, subject="【会议纪要】宏织纺织季度供货沟通会 2026-04-21", lang="zh",
               minutes_mid="<202604211548306614372@lingfan.example.cn>",
               recap_at=dt.datetime(2026, 4, 21, 16, 20, 5, tzinfo=SH),
               to=["陈立", "林佩君", "吴昊", "周雅琴"], cc=[],
               items=[(1, "提供春夏面料SGS检测报告", "林佩君", "2026-04-28"),
                      (2, "确认6月批次交期", "林佩君", "2026-04-24"),
                      (3, "更新供应商季度评分表", "陈立", "2026-04-30"),
                      (4, "安排宏织验厂行程", "吴昊", "2026-05-08")]),
    "M3": dict(dom=LF, subject="五一大促及节后补货会议纪要", lang="zh",
               minutes_mid="<000001dcd6b1$0a8f2e30$1fad8a90$@lingfan.example.cn>",
               recap_at=dt.datetime(2026, 4, 28, 11, 30, 40, tzinfo=SH),
               to=["周雅琴", "许佳", "罗斌", "邓敏"], cc=["孙蔚"],
               items=[(1, "提交五一大促备货计划", "许佳", "2026-04-29"),
                      (2, "完成直播间脚本", "许佳", "2026-04-30"),
                      (3, "与快递确认节日揽收安排", "罗斌", "2026-04-30"),
                      (4, "输出节后补货方案", "周雅琴", "2026-05-07"),
                      (5, "更新会员积分规则页面", "邓敏", "2026-05-06")]),
    "M4": dict(dom=LF, subject="Meeting notes: AW26 capsule design review with Studio Vela (May 12)", lang="en",
               minutes_mid="<CAJ7p2Rk0vW3n9sFq1YbHc8uT6dLmXe4ZaPo5Gi2Ks=Nw@mail.gmail.com>",
               recap_at=dt.datetime(2026, 5, 12, 17, 10, 33, tzinfo=SH),
               to=["何晓婷", "Giulia Ferri", "Marco Bellini", "陈立", "罗斌"], cc=[],
               items=[(1, "send revised capsule sketches", "Giulia Ferri", "2026-05-19"),
                      (2, "confirm fabric minimums with Hongzhi", "陈立", "2026-05-15"),
                      (3, "share the trim cost sheet", "何晓婷", "2026-05-14"),
                      (4, "book the sample courier to Milan", "罗斌", "2026-05-18"),
                      (5, "return the signed NDA", "Marco Bellini", "2026-05-13")]),
    "M5": dict(dom=BW, subject="二期风机年度检修协调会纪要 BL-2026-05-08", lang="zh",
               minutes_mid="<5f2c9a1e.3b7d.19e0a6c4d21.Coremail.gaofeng@beilingwind.example.cn>",
               recap_at=dt.datetime(2026, 5, 8, 18, 40, 51, tzinfo=SH),
               to=["高峰", "马骏", "赵婉", "Lars Nielsen", "韩志刚"], cc=["李永强"],
               items=[(1, "提交3号机组齿轮箱检修方案", "马骏", "2026-05-11"),
                      (2, "完成检修期间电网停电申请", "高峰", "2026-05-12"),
                      (3, "采购主轴承密封件备件", "赵婉", "2026-05-20"),
                      (4, "更新检修安全交底记录", "高峰", "2026-05-13"),
                      (5, "提供叶片巡检无人机报告", "Lars Nielsen", "2026-05-15")]),
    "M6": dict(dom=BW, subject="端午节前安全生产检查会 会议纪要", lang="zh",
               minutes_mid="<7a41d0c2.51e8.19f76b2a0c3.Coremail.hanzhigang@beilingwind.example.cn>",
               recap_at=dt.datetime(2026, 6, 16, 15, 30, 8, tzinfo=SH),
               to=["韩志刚", "高峰", "马骏", "苏晴", "赵婉"], cc=[],
               items=[(1, "完成升压站消防设施检查", "韩志刚", "2026-06-18"),
                      (2, "提交端午节值班表", "高峰", "2026-06-17"),
                      (3, "整改集电线路巡检问题", "马骏", "2026-06-26"),
                      (4, "完成风功率预测系统升级", "苏晴", "2026-06-24"),
                      (5, "提交6月发电量分析报告", "苏晴", "2026-06-30")]),
    "M7": dict(dom=LF, subject="香港铜锣湾快闪店筹备会 会议纪要 7/1", lang="zh",
               minutes_mid="<000601dd0946$5c1be7a0$1453b6e0$@lingfan.example.cn>",
               recap_at=dt.datetime(2026, 7, 1, 16, 0, 27, tzinfo=SH),
               to=["孙蔚", "陈嘉欣", "梁志勇", "何晓婷", "罗斌"], cc=[],
               items=[(1, "确认快闪店场地合同", "陈嘉欣", "2026-07-06"),
                      (2, "提交出口货物清单", "梁志勇", "2026-07-03"),
                      (3, "完成快闪店视觉设计", "何晓婷", "2026-07-10"),
                      (4, "安排货物清关及香港段配送", "梁志勇", "2026-07-08"),
                      (5, "招募现场兼职导购", "陈嘉欣", "2026-07-09")]),
}
for k, m in MEETINGS.items():
    m["key"] = k
    m["bot"] = "minutes@" + m["dom"]
    m["reply_to"] = "minutes+r%s@%s" % (h16("reply-" + k), m["dom"])
    m["recap_mid"] = "<r.%s.%s@%s>" % (m["recap_at"].strftime("%Y%m%d%H%M"), h16("recap-" + k, 10), m["dom"])
    m["recap_subject"] = "Re: " + m["subject"]

import chinese_calendar as cc_

def workday(d):
    return cc_.is_workday(d)

def objection_cutoff(t):
    """today 18:00 if a working day before 18:00, else the next working day 18:00 (SPEC 6.1)."""
    d = t.astimezone(SH).date()
    if workday(d) and t.astimezone(SH).time() < dt.time(18, 0):
        return d
    d += dt.timedelta(1)
    while not workday(d):
        d += dt.timedelta(1)
    return d

def recap_lines(m):
    cut = objection_cutoff(m["recap_at"])
    wk = ""
    if cut.weekday() >= 5:
        wk = "，周%s调休上班日" % "一二三四五六日"[cut.weekday()]
    if m["lang"] == "en":
        L = ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
             "| # | Action item | Owner | Due |"]
        for n, t, o, d in m["items"]:
            L.append("| %d | %s | %s | %s |" % (n, t, o, d))
        L += ["", "If you disagree, please reply today (by %s 18:00); otherwise the items are confirmed." % cut,
              'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or "extend to Oct 20".',
              "", "-- Minutes Assistant (automated message)"]
        return L
    L = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
    for n, t, o, d in m["items"]:
        L.append("| %d | %s | %s | %s |" % (n, t, o, d))
    L.append("")
    if m["recap_at"].astimezone(SH).date() != cut:
        L += ["需要注意：", "· 本邮件在当日异议截止时间（18:00）之后发出，异议截止顺延至下一个工作日。", ""]
    L += ["如有异议请于今日内回复（截止 %s 18:00%s，逾期视为无异议）。" % (cut, wk),
          "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
          "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return L

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def recap_html(m):
    """HTML rendering of the recap as it sits inside a reply's quote."""
    out, table = [], []
    for line in recap_lines(m):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            tag = "th" if not table else "td"
            table.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in cells) + "</tr>")
            continue
        if table:
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
                       + "".join(table) + "</table>")
            table = []
        out.append("<div>%s</div>" % (esc(line) if line else "<br>"))
    return "\n".join(out)

# ---------------------------------------------------------------- clients: quote headers
WD_ZH = "一二三四五六日"
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]
MON_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]

def ampm_zh(t):
    h = t.hour
    return ("上午" if h < 12 else "下午") + "%d:%02d" % (h if h <= 12 else h - 12, t.minute)

def names_semicolon(names, sep="; "):
    return sep.join("%s <%s>" % (n, EMAIL[n]) for n in names)

def quote_block(client, m, ltz):
    """(attribution/header lines, prefixed?) for the recap quoted by `client`; times in the client's zone."""
    t = m["recap_at"].astimezone(ltz)
    bot, subj = m["bot"], m["recap_subject"]
    to, cc = m["to"], m["cc"]
    if client in ("outlook_zh",):
        H = ["发件人: 纪要助手 <%s>" % bot, "发送时间: %d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
             "收件人: " + names_semicolon(to)]
        if cc: H.append("抄送: " + names_semicolon(cc))
        H.append("主题: " + subj)
        return H, False
    if client == "outlook_zh_old":
        H = ["-----原始邮件-----", "发件人: 纪要助手 [mailto:%s]" % bot,
             "发送时间: %d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
             "收件人: " + "; ".join(to)]
        if cc: H.append("抄送: " + "; ".join(cc))
        H.append("主题: " + subj)
        return H, False
    if client == "foxmail":
        H = ["发件人： 纪要助手", "发送时间： %s" % t.strftime("%Y-%m-%d %H:%M"), "收件人： " + "; ".join(to)]
        if cc: H.append("抄送： " + "; ".join(cc))
        H.append("主题： " + subj)
        return H, False
    if client in ("exmail", "wecom"):
        H = ["------------------ 原始邮件 ------------------",
             '发件人: "纪要助手"<%s>;' % bot,
             "发送时间: %d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WD_ZH[t.weekday()],
                                          ("上午" if t.hour < 12 else "下午" if t.hour < 18 else "晚上") + "%d:%02d" % (t.hour if t.hour <= 12 else t.hour - 12, t.minute)),
             "收件人: " + "".join('"%s"<%s>;' % (n, EMAIL[n]) for n in to)]
        if cc: H.append("抄送: " + "".join('"%s"<%s>;' % (n, EMAIL[n]) for n in cc))
        H.append("主题: " + subj)
        return H, False
    if client == "mailmaster":
        H = ["---- 回复的原邮件 ----", "| 发件人 | 纪要助手<%s> |" % bot,
             "| 日期 | %s |" % t.strftime("%Y年%m月%d日 %H:%M"),
             "| 收件人 | " + ", ".join("%s<%s>" % (n, EMAIL[n]) for n in to) + " |"]
        if cc: H.append("| 抄送至 | " + ", ".join("%s<%s>" % (n, EMAIL[n]) for n in cc) + " |")
        H.append("| 主题 | %s |" % subj)
        return H, False
    if client == "163web":
        return ['在 %s，"纪要助手" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), bot)], True
    if client == "coremail":
        H = ["-----原始邮件-----", '发件人："纪要助手" <%s>' % bot,
             "发送时间：%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()]),
             "收件人：" + ", ".join('"%s" <%s>' % (n, EMAIL[n]) for n in to)]
        if cc: H.append("抄送：" + ", ".join('"%s" <%s>' % (n, EMAIL[n]) for n in cc))
        H.append("主题：" + subj)
        return H, False
    if client == "feishu":
        H = ["---------- 原始邮件 ----------", "发件人：纪要助手 <%s>" % bot,
             "发送时间：%d年%d月%d日 (周%s) %d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute),
             "收件人：" + ", ".join("%s <%s>" % (n, EMAIL[n]) for n in to)]
        if cc: H.append("抄送：" + ", ".join("%s <%s>" % (n, EMAIL[n]) for n in cc))
        H.append("主题：" + subj)
        return H, False
    if client == "dingtalk":
        H = ["-" * 66, "发件人：纪要助手 <%s>" % bot,
             "发送时间：%d年%d月%d日(星期%s) %d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute),
             "收件人：" + "；".join("%s<%s>" % (n, EMAIL[n]) for n in to)]
        if cc: H.append("抄　送：" + "；".join("%s<%s>" % (n, EMAIL[n]) for n in cc))
        H.append("主　题：" + subj)
        return H, False
    if client == "huawei":
        H = ["-------- 原始邮件 --------", "发件人：纪要助手 <%s>" % bot,
             "日期：%d年%d月%d日周%s %d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute),
             "收件人：" + ",".join("%s <%s>" % (n, EMAIL[n]) for n in to)]
        if cc: H.append("抄送：" + ",".join("%s <%s>" % (n, EMAIL[n]) for n in cc))
        H.append("主题：" + subj)
        return H, False
    if client == "gmail_zh":
        return ["纪要助手 <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (bot, t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)], True
    if client == "gmail_en":
        return ["On %s, %d %s %d at %02d:%02d, 纪要助手 <%s> wrote:" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute, bot)], True
    if client == "gmail_hk":
        return ["纪要助手 <%s> 於 %d年%d月%d日週%s %s寫道：" % (bot, t.year, t.month, t.day, WD_ZH[t.weekday()], ampm_zh(t))], True
    if client == "iphone_zh":
        return ["在 %d年%d月%d日，%02d:%02d，纪要助手 <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, bot)], True
    if client in ("iphone_tw", "iphone_hk"):
        return ["%d年%d月%d日 %s，纪要助手 <%s> 寫道：" % (t.year, t.month, t.day, ampm_zh(t), bot)], True
    if client == "apple_mac_zh":
        return ["%d年%d月%d日 %02d:%02d，纪要助手 <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, bot)], True
    if client == "thunderbird":
        return ["在 %d/%d/%d %02d:%02d, 纪要助手 写道:" % (t.year, t.month, t.day, t.hour, t.minute)], True
    if client == "outlook_it":
        H = ["Da: 纪要助手 <%s> " % bot,
             "Inviato: %s %d %s %d %02d:%02d" % (WD_IT[t.weekday()], t.day, MON_IT[t.month - 1], t.year, t.hour, t.minute),
             "A: " + "; ".join("%s <%s>" % (n if n != "何晓婷" else "Tina He", EMAIL[n]) for n in to if n != "Marco Bellini")]
        H.append("Cc: Marco Bellini <%s>" % EMAIL["Marco Bellini"])
        H.append("Oggetto: " + subj)
        return H, False
    if client == "outlook_da":
        H = ["Fra: 纪要助手 <%s> " % bot,
             "Sendt: %s den %d. %s %d %02d.%02d" % (["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"][t.weekday()], t.day, MON_DA[t.month - 1], t.year, t.hour, t.minute),
             "Til: " + "; ".join("%s <%s>" % (n, EMAIL[n]) for n in to)]
        if cc: H.append("Cc: " + "; ".join("%s <%s>" % (n, EMAIL[n]) for n in cc))
        H.append("Emne: " + subj)
        return H, False
    if client == "owa_en":
        H = ["_" * 32, "From: 纪要助手 <%s>" % bot,
             "Sent: %s, %s %d, %d %d:%02d %s" % (WD_EN_L[t.weekday()], ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][t.month - 1], t.day, t.year, (t.hour - 1) % 12 + 1, t.minute, "AM" if t.hour < 12 else "PM"),
             "To: " + "; ".join("%s <%s>" % (n, EMAIL[n]) for n in to)]
        if cc: H.append("Cc: " + "; ".join("%s <%s>" % (n, EMAIL[n]) for n in cc))
        H.append("Subject: " + subj)
        return H, False
    raise KeyError(client)

SUBJ_PREFIX = {"outlook_zh": "答复: ", "outlook_zh_old": "答复: ", "foxmail": "回复：", "exmail": "回复：",
               "wecom": "回复：", "mailmaster": "回复：", "163web": "Re:", "coremail": "Re:", "feishu": "回复：",
               "dingtalk": "回复：", "huawei": "回复：", "gmail_zh": "", "gmail_en": "", "gmail_hk": "",
               "iphone_zh": "", "iphone_tw": "", "iphone_hk": "", "apple_mac_zh": "", "thunderbird": "",
               "outlook_tw": "回覆: ", "outlook_it": "R: ", "outlook_da": "SV: ", "owa_en": "RE: "}

# ---------------------------------------------------------------- MIME helpers (byte-exact output)
CODEC = {"utf-8": "utf-8", "UTF-8": "utf-8", "gb2312": "gbk", "GBK": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}

def ew(text, cs):
    """RFC 2047 B-encoded words (folded), or the text itself when ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    codec = CODEC[cs]
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(codec)) > 42:
            words.append(cur); cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(codec)).decode()) for w in words)

def addr(name, email_, cs, quoted=False):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, email_) if (quoted or " " in name or "," in name) else "%s <%s>" % (name, email_)
    except UnicodeEncodeError:
        # encoded words must not sit inside a quoted string (RFC 2047 5.3): never quote them
        return "%s <%s>" % (ew(name, cs), email_)

def addrlist(people, cs, quoted=False):
    return ",\n ".join(addr(n, e, cs, quoted) for n, e in people)

def b64lines(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def encode_body(text, cs, cte):
    raw = text.encode(CODEC[cs])
    if cte == "base64":
        return b64lines(raw).encode() + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "8bit":
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)

class Part:
    def __init__(self, ctype, body_bytes, headers=()):
        self.ctype, self.body, self.headers = ctype, body_bytes, list(headers)

def text_part(sub, text, cs, cte, extra=""):
    return Part('text/%s; charset="%s"%s' % (sub, cs, extra), encode_body(text, cs, cte),
                [("Content-Transfer-Encoding", cte)])

def render_part(p):
    """bytes of a Part or ('multipart/x', boundary, [parts], extra ctype params)"""
    if isinstance(p, Part):
        head = "Content-Type: %s\n" % p.ctype + "".join("%s: %s\n" % kv for kv in p.headers)
        return head.encode() + b"\n" + p.body
    kind, boundary, parts, extra = p
    head = 'Content-Type: %s;%s\n boundary="%s"\n' % (kind, extra, boundary)
    return head.encode() + b"\n" + multipart_body(boundary, parts)

def multipart_body(boundary, parts, preamble=b""):
    out = preamble
    for sp in parts:
        out += b"--" + boundary.encode() + b"\n" + render_part(sp) + b"\n"
    return out + b"--" + boundary.encode() + b"--\n"

def write_message(headers, body):
    """headers: list of (name, value) with value already ASCII/RFC2047; body: Part or multipart tuple."""
    out = ""
    for k, v in headers:
        out += "%s: %s\n" % (k, v) if v != "" else "%s: \n" % k
    b = out.encode("ascii")
    if isinstance(body, Part):
        b += ("Content-Type: %s\n" % body.ctype + "".join("%s: %s\n" % kv for kv in body.headers)).encode() + b"\n" + body.body
    else:
        kind, boundary, parts, extra = body
        pre = b"This is a multi-part message in MIME format.\n\n" if kind != "multipart/report" else b""
        b += ('Content-Type: %s;%s\n boundary="%s"\n' % (kind, extra, boundary)).encode() + b"\n" + multipart_body(boundary, parts, pre)
    return b

# ---------------------------------------------------------------- attachments (deterministic bytes)
def tiny_xlsx(rows):
    bio = io.BytesIO()
    z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2026, 6, 16, 17, 2, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    add("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    add("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="值班表" sheetId="1" r:id="rId1"/></sheets></workbook>')
    add("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    cols = "ABCD"
    data = "".join('<row r="%d">' % (i + 1) + "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[j], i + 1, esc(v)) for j, v in enumerate(r)) + "</row>" for i, r in enumerate(rows))
    add("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % data)
    z.close()
    return bio.getvalue()

def tiny_pdf(line):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = "BT /F1 12 Tf 72 770 Td (%s) Tj ET" % line
    objs[3] = "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out

# ---------------------------------------------------------------- the cases
SIG = {
    "周雅琴": ["周雅琴", "岭帆服饰 商品部", "电话：0553-5812306"],
    "陈立": ["陈立", "岭帆服饰 采购部"],
    "何晓婷": ["何晓婷 Tina He", "岭帆服饰 品牌部"],
    "梁志勇": ["梁志勇", "湛江港泰报关有限公司 报关部", "手机：138 2250 6613"],
    "吴昊": ["吴昊 | 品质部"],
    "许佳": ["许佳"], "罗斌": ["罗斌", "物流部"], "邓敏": ["邓敏", "信息技术部"],
    "高峰": ["高峰", "北岭风电 生产运行部", "0472-5318820"],
    "赵婉": ["赵婉", "物资部"], "韩志刚": ["韩志刚", "安全环保部"], "苏晴": ["苏晴 信息中心"],
    "马骏": ["马骏", "西宁青源风电检修有限公司", "139 0971 2288"],
}

def C(n, slug, m, who, client, when, body, intent, items, percent=None, due=None, rule=None, notes="",
      cs="utf-8", cte="base64", layout="alt", sig=None, mode="top", cc=None, inline_row=None, attach=None,
      kind="reply", footer=None):
    return dict(n=n, slug=slug, m=m, who=who, client=client, when=when, body=body, intent=intent, items=items,
                percent=percent, due=due, rule=rule, notes=notes, cs=cs, cte=cte, layout=layout,
                sig=SIG.get(who, []) if sig is None else sig, mode=mode, cc=cc, inline_row=inline_row,
                attach=attach, kind=kind, footer=footer)

D = dt.datetime
CASES = [
 # ------------------------------------------------------------ M1 夏季新品上市筹备会 (recap Thu 04-02 15:40)
 C(5951, "m1-confirm-outlook-gb2312-qp", "M1", "周雅琴", "outlook_zh", D(2026, 4, 2, 16, 8, 44, tzinfo=tz(8)),
   ["收到，确认无异议。"], "confirm", [], cs="gb2312", cte="quoted-printable", cc=["孙蔚"],
   notes="Plain, common case. Outlook 2016 zh-CN reply '答复: Re: …' (gb2312 label, quoted-printable, multipart/alternative) "
         "to the M1 recap before the 18:00 objection cut-off. '确认无异议' contains '异议' but is a confirmation. "
         "No item number -> items []. The quoted recap (below Outlook's 发件人:/发送时间: block, no '>' prefixes) lists "
         "every command word and all five rows; none of it belongs to the reply."),
 C(5952, "m1-done-item2-foxmail-gbk", "M1", "陈立", "foxmail", D(2026, 4, 3, 10, 22, 18, tzinfo=tz(8)),
   ["孙总：", "", "第2项已完成，面料色卡确认单已请宏织林小姐签回，扫描件放在采购部共享盘“2026夏季/色卡”目录下。"],
   "done", [2], cs="GBK", cte="base64", cc=["孙蔚"],
   notes="Plain, common case. Foxmail 7.2 (GBK, base64) '回复：Re: …'; '第2项已完成' -> done [2]. Foxmail puts the "
         "signature above its own quote header '发件人： 纪要助手 / 发送时间： 2026-04-02 15:40' (full-width colons, no "
         "separator line); the quote is not '>'-prefixed."),
 C(5953, "m1-extend-after-qingming-iphone", "M1", "何晓婷", "iphone_zh", D(2026, 4, 3, 17, 46, 2, tzinfo=tz(8)),
   ["第3项场地方说清明三天不营业，合同盖不了章，申请延期到节后第一个工作日。"], "extend", [3], due="2026-04-07",
   rule=("after_holiday",), cs="utf-8", cte="quoted-printable", layout="plain", sig=[], footer=["发自我的iPhone"], cc=["孙蔚"],
   notes="iPhone Mail (text/plain, UTF-8 quoted-printable) sent Fri 2026-04-03 17:46. '第3项…申请延期到节后第一个工作日' -> "
         "extend [3]. The next holiday block after 04-03 is Qingming 04-04..04-06 (Sat–Mon); the first working day after it "
         "is Tue 2026-04-07. '清明三天' is the reason. Mobile footer '发自我的iPhone' sits between the reply and the "
         "'> 在 2026年4月2日，15:40，纪要助手 … 写道：' quote."),
 C(5954, "m1-extend-workdays-qingming-feishu", "M1", "梁志勇", "feishu", D(2026, 4, 2, 19, 12, 37, tzinfo=tz(8)),
   ["孙总、各位：", "", "第5项申请延期：工厂那边还没给HS编码确认，我们5个工作日内补齐报关资料清单。"],
   "extend", [5], due="2026-04-10", rule=("workdays", 5), cc=["孙蔚"],
   notes="Feishu (Lark) Mail from the customs broker (UTF-8 base64, multipart/alternative), Thu 2026-04-02 19:12 (after "
         "the cut-off; irrelevant for a reply). '第5项申请延期…5个工作日内补齐' -> extend [5] (the item was due 04-07). "
         "5 Chinese working days counted from the day after sending: 04-03 (1), Qingming 04-04..06 skipped, 04-07 (2), "
         "04-08 (3), 04-09 (4), 04-10 (5) -> 2026-04-10. The mobile number in the signature is not a date."),
 C(5955, "m1-progress-qicheng-wecom", "M1", "周雅琴", "wecom", D(2026, 4, 7, 11, 5, 26, tzinfo=tz(8)),
   ["第1项目前完成七成，剩下配饰类SKU明天下午前补齐。"], "progress", [1], percent=70, cc=["孙蔚"],
   notes="企业微信 mail (Tencent Exmail underneath; UTF-8 base64, '------------------ 原始邮件 ------------------' "
         "quote), Tue 2026-04-07 (first day after Qingming). '完成七成' -> progress 70 for item 1. '明天下午前补齐' (04-08) is "
         "the item's own due date restated as an ETA, not a request to move it -> new_due_date null."),
 C(5956, "m1-question-item5-feishu", "M1", "梁志勇", "feishu", D(2026, 4, 2, 16, 31, 9, tzinfo=tz(8)),
   ["孙总好，", "", "请问第5项的报关资料清单是按一般贸易（0110）还是跨境电商9610模式准备？两种要的单证不一样，"
    "确认后我们按对应清单核对。"], "unknown", [5], cc=["孙蔚"],
   notes="Feishu Mail question from the owner of item 5 before the cut-off. Asks which customs mode applies; asks for no "
         "change -> unknown. The question writes '第5项' -> items [5] (convention 2). '0110' and '9610' are customs codes, "
         "not dates or percents."),
 C(5957, "m1-done-by-content-outlook", "M1", "何晓婷", "outlook_zh", D(2026, 4, 13, 9, 40, 55, tzinfo=tz(8)),
   ["孙总：", "", "门店陈列指引初稿已完成，放在共享盘 品牌部/2026SS/陈列指引 下，请查阅。"],
   "done", [], cs="utf-8", cte="base64", cc=["孙蔚", "周雅琴"],
   notes="Outlook zh-CN (UTF-8 base64) Mon 2026-04-13. The task is named, not numbered: '门店陈列指引初稿已完成' -> done, "
         "items []. content-match [4]: 何晓婷 owns items 3 (lookbook 场地预订) and 4 (门店陈列指引初稿) of M1, and only "
         "item 4's words match. '2026SS' in the path is not a date."),
 # ------------------------------------------------------------ M2 宏织纺织季度供货沟通会 (recap Tue 04-21 16:20)
 C(5958, "m2-done-item2-outlook-tw-big5", "M2", "林佩君", "outlook_tw", D(2026, 4, 24, 10, 40, 13, tzinfo=tz(8)),
   ["陳經理您好：", "", "第2項已完成，交期確認如下：6月批次預計6月12日出貨，6月18日前可送達蕪湖倉。", "", "謝謝！"],
   "done", [2], cs="big5", cte="base64", layout="plain", mode="noquote",
   sig=["林佩君 Peggy Lin", "宏織紡織股份有限公司 業務部", "Tel: +886-2-2698-5512 ext. 231"],
   notes="Taiwan supplier, Outlook zh-TW in plain-text format: body charset big5 (base64) while Subject/To use UTF-8 "
         "encoded words (the bot's name 纪要助手 and the subject have simplified characters big5 lacks). She deleted the "
         "quote. '第2項已完成' (Traditional 項) -> done [2]. '6月12日出貨' and '6月18日前可送達' are the delivery schedule "
         "(the content of the task), not a request -> new_due_date null."),
 C(5959, "m2-extend-ambiguous-owner-two-items-iphone-tw", "M2", "林佩君", "iphone_tw", D(2026, 4, 22, 21, 15, 40, tzinfo=tz(8)),
   ["不好意思，工廠這週排程很滿，麻煩幫我延到下週三，謝謝！"], "extend", [], due="2026-04-29", rule=("next_wd", 2),
   cte="quoted-printable", layout="plain", sig=[], footer=["從我的 iPhone 傳送"],
   notes="AMBIGUOUS. iPhone Mail zh-TW, Wed 2026-04-22. '麻煩幫我延到下週三' -> extend; 下週三 = Wednesday of the following "
         "calendar week = 2026-04-29. No item number and no task words, and 林佩君 owns two open items of M2 (1 SGS report "
         "due 04-28, 2 交期 due 04-24) -> items [], no content-match; the bot should ask which item. '工廠這週排程' is the "
         "reason. Footer '從我的 iPhone 傳送'."),
 C(5960, "m2-extend-15hao-huawei", "M2", "陈立", "huawei", D(2026, 4, 29, 15, 20, 31, tzinfo=tz(8)),
   ["第3项评分表要等吴昊验厂回来打分，延期到15号吧。"], "extend", [3], due="2026-05-15", rule=("dom", 15),
   sig=[], footer=["发自我的华为手机"],
   notes="Huawei phone Email app (UTF-8 base64, multipart/alternative, '-------- 原始邮件 --------' quote), Wed 2026-04-29. "
         "'第3项…延期到15号' -> extend [3]. '15号' = the 15th of the current month if not past; April 15 is past -> "
         "2026-05-15. Footer '发自我的华为手机'."),
 C(5961, "m2-progress-yiban-exmail-gb18030", "M2", "吴昊", "exmail", D(2026, 4, 30, 10, 5, 47, tzinfo=tz(8)),
   ["第4项进度一半：机票已订（5月7日出发），台北工厂接待人和酒店还没定。"], "progress", [4], percent=50,
   cs="gb18030", cte="base64", cc=["陈立"],
   notes="Tencent Exmail web (gb18030 base64, QQ-style '原始邮件' quote), Thu 2026-04-30. '第4项进度一半' -> progress 50. "
         "'5月7日出发' is the travel date (a fact), not a new due date."),
 C(5962, "m2-thanks-outlook-old-gb2312", "M2", "周雅琴", "outlook_zh_old", D(2026, 4, 21, 16, 45, 3, tzinfo=tz(8)),
   ["收到，谢谢陈经理整理。"], "unknown", [], cs="gb2312", cte="base64", cc=["陈立"],
   notes="Plain, common case. Outlook (older layout, '-----原始邮件-----' then '发件人: 纪要助手 [mailto:…]'), gb2312 "
         "base64. A thank-you from a participant who owns no item: asks for no change -> unknown, items []."),
 # ------------------------------------------------------------ M3 五一大促及节后补货会 (recap Tue 04-28 11:30)
 C(5963, "m3-done-items-1-2-wecom", "M3", "许佳", "wecom", D(2026, 4, 30, 14, 30, 2, tzinfo=tz(8)),
   ["周经理，", "", "第1、2项都已完成，备货计划和直播脚本已上传企业微信微盘“五一大促”文件夹。"], "done", [1, 2],
   cc=["周雅琴"],
   notes="Plain, common case. 企业微信 mail (UTF-8 base64), Thu 2026-04-30. Two items in one sentence: '第1、2项都已完成' -> "
         "done [1, 2]."),
 C(5964, "m3-confirm-exmail-gb18030", "M3", "罗斌", "exmail", D(2026, 4, 28, 12, 5, 50, tzinfo=tz(8)),
   ["确认，没问题。"], "confirm", [], cs="gb18030", cte="base64",
   notes="Plain, common case. Tencent Exmail (gb18030 base64) '回复：Re: …' within the objection window: '确认' -> "
         "confirm, items []."),
 C(5965, "m3-extend-yuedi-outlook", "M3", "邓敏", "outlook_zh", D(2026, 5, 6, 9, 35, 21, tzinfo=tz(8)),
   ["周经理：", "", "第5项积分规则还在法务审核，页面申请延期到月底上线。"], "extend", [5], due="2026-05-31",
   rule=("month_end",), cs="utf-8", cte="quoted-printable", cc=["周雅琴"],
   notes="Outlook zh-CN (UTF-8 quoted-printable), Wed 2026-05-06, the first working day after the Labour Day holiday "
         "(05-01..05-05). '第5项…申请延期到月底' -> extend [5]; 月底 = last calendar day of the month = 2026-05-31 "
         "(a Sunday; the convention keeps the calendar day)."),
 C(5966, "m3-done-item3-fact-dates-exmail", "M3", "罗斌", "exmail", D(2026, 5, 6, 10, 12, 36, tzinfo=tz(8)),
   ["第3项已完成：节日揽收安排4月30日已和顺丰、中通确认，5月6日起恢复正常揽收。"], "done", [3],
   cs="gb18030", cte="base64",
   notes="Tencent Exmail (gb18030), Wed 2026-05-06. '第3项已完成' -> done [3]. '4月30日已…确认' and '5月6日起恢复' are "
         "facts about the work, not a request -> new_due_date null."),
 C(5967, "m3-extend-xiazhousan-outlook-gb2312", "M3", "周雅琴", "outlook_zh", D(2026, 5, 7, 16, 20, 11, tzinfo=tz(8)),
   ["第4项补货方案要等五一销售数据复盘完，申请延期到下周三。"], "extend", [4], due="2026-05-13", rule=("next_wd", 2),
   cs="gb2312", cte="quoted-printable", cc=["孙蔚"],
   notes="Outlook zh-CN (gb2312 quoted-printable), Thu 2026-05-07 (the item's due day). The organizer extends her own "
         "item: '第4项…申请延期到下周三' -> extend [4]; 下周三 = Wednesday of the following calendar week = 2026-05-13."),
 C(5968, "m3-progress-80-iphone", "M3", "邓敏", "iphone_zh", D(2026, 5, 20, 17, 5, 48, tzinfo=tz(8)),
   ["第5项进度80%，页面已提测，等法务最终确认文案。"], "progress", [5], percent=80, cte="quoted-printable",
   layout="plain", sig=[], footer=["发自我的iPhone"],
   notes="iPhone Mail (UTF-8 QP text/plain), Wed 2026-05-20. '第5项进度80%' -> progress 80 for item 5. Nothing moves."),
 C(5969, "m3-auto-ooo-exmail", "M3", "邓敏", "autoreply", D(2026, 4, 28, 11, 31, 5, tzinfo=tz(8)),
   ["您好，我于4月28日至5月5日休假，期间不能及时回复邮件。", "紧急事务请联系信息技术部值班同事（021-5106 3380转8），"
    "5月6日返岗后回复您。", "", "邓敏"], None, None, kind="auto", sig=[], mode="noquote", layout="plain",
   notes="Tencent Exmail auto-reply ('自动回复：Re: …', Auto-Submitted: auto-replied, X-Autoreply: yes) a minute after the "
         "M3 recap. The body has dates (4月28日至5月5日, 5月6日) and a phone number; no person wrote it -> kind auto, "
         "reply null, nothing to apply."),
 C(5997, "m3-object-proposes-date-mailmaster", "M3", "许佳", "mailmaster", D(2026, 4, 28, 14, 10, 29, tzinfo=tz(8)),
   ["有异议：第1项备货计划要等采购确认面料到货数量，4月29日来不及，建议改为4月30日。"], "object", [1],
   sig=[], footer=["发自网易邮箱大师"], cc=["周雅琴"],
   notes="NetEase Mail Master (Exmail account; UTF-8 base64; '---- 回复的原邮件 ----' quote with | 发件人 | rows), Tue "
         "2026-04-28 14:10, inside the objection window. '有异议：第1项…建议改为4月30日' is an objection with a reason that "
         "proposes another date -> object [1], new_due_date null (convention 4: the organizer decides)."),
 # ------------------------------------------------------------ M4 English recap (Tue 05-12 17:10)
 C(5970, "m4-done-item5-outlook-it-pdf", "M4", "Marco Bellini", "outlook_it", D(2026, 5, 13, 9, 12, 40, tzinfo=tz(2)),
   ["Hi Tina,", "", "item 5 done – signed NDA attached.", ""], "done", [5], cte="quoted-printable", layout="mixed",
   sig=["Cordiali saluti / Best regards", "Marco Bellini", "Studio Vela srl – Milano"],
   attach=("NDA_Lingfan_StudioVela_signed.pdf", "application/pdf", "pdf"), cc=["Giulia Ferri"],
   notes="Italian partner, Outlook (Microsoft 365, it-IT): 'R: Re: …', multipart/mixed (alternative + signed PDF), UTF-8 "
         "QP, Date +0200 (09:12 CEST = 15:12 Shanghai, Wed 2026-05-13). 'item 5 done' -> done [5]. The quote header is "
         "Italian (Da:/Inviato:/A:/Oggetto:) and shows the recap time in Milan time (11:10)."),
 C(5971, "m4-extend-the-21st-gmail-cest", "M4", "Giulia Ferri", "gmail_en", D(2026, 5, 18, 18, 30, 12, tzinfo=tz(2)),
   ["Hi Tina,", "", "Could we move item 1 to the 21st? The printed colour proofs need one more round with the mill.", "",
    "Thanks,", "Giulia"], "extend", [1], due="2026-05-21", rule=("dom", 21), cte="quoted-printable", sig=[],
   cc=["何晓婷", "Marco Bellini"],
   notes="Gmail (Google Workspace, en-GB attribution 'On Tue, 12 May 2026 at 11:10, …'), Date Mon 18:30 +0200 = Tue "
         "2026-05-19 00:30 in Shanghai. 'Could we move item 1 to the 21st?' -> extend [1]; 'the 21st' = the 21st of the "
         "current month, not yet past -> 2026-05-21 (same in either time zone)."),
 C(5972, "m4-extend-two-more-days-outlook", "M4", "罗斌", "outlook_zh", D(2026, 5, 15, 11, 20, 3, tzinfo=tz(8)),
   ["Hi Tina,", "", "Item 4: could we extend it by two more days? The courier only collects for Milan on Wednesdays.", "",
    "Luo Bin"], "extend", [4], due="2026-05-20", rule=("plus_days", 2), cs="utf-8", cte="quoted-printable", sig=["物流部"],
   cc=["何晓婷"],
   notes="English text from a Chinese colleague in Outlook zh-CN (Chinese 发件人:/发送时间: quote header), Fri 2026-05-15. "
         "'Item 4: could we extend it by two more days?' -> extend [4]; 'two more days' = two calendar days after the item's "
         "current due date 2026-05-18 -> 2026-05-20 (a Wednesday, matching the reason)."),
 C(5973, "m4-progress-about-60-by-content-gmail", "M4", "Giulia Ferri", "gmail_en", D(2026, 5, 15, 10, 5, 44, tzinfo=tz(2)),
   ["Hi Tina,", "", "Quick update on the sketches: about 60% done – outerwear is finished, knitwear still in progress.", "",
    "Giulia"], "progress", [], percent=60, cte="quoted-printable", sig=[], cc=["何晓婷"],
   notes="Gmail, Fri 2026-05-15 10:05 +0200 (16:05 Shanghai). No item number: 'update on the sketches: about 60% done' -> "
         "progress 60, items []. content-match [1]: Giulia's only item of M4 is 'send revised capsule sketches'."),
 C(5974, "m4-done-inline-under-row-apple-mail", "M4", "何晓婷", "apple_mac_zh", D(2026, 5, 13, 20, 10, 30, tzinfo=tz(8)),
   ["See inline."], "done", [3], cte="quoted-printable", layout="plain", mode="inline", inline_row=3,
   sig=[], footer=None,
   notes="Apple Mail on macOS (text/plain UTF-8 QP), Wed 2026-05-13. The organizer answers inline: under the quoted row "
         "'> | 3 | share the trim cost sheet | 何晓婷 | 2026-05-14 |' she typed 'Done – sent to Giulia and Marco on 5/13 "
         "via WeTransfer.' -> done, items [3] (an inline answer takes the row's number). '5/13' is when it was sent, not a "
         "date request. The top line 'See inline.' carries no command."),
 C(5975, "m4-extend-next-tuesday-outlook", "M4", "陈立", "outlook_zh", D(2026, 5, 14, 18, 5, 16, tzinfo=tz(8)),
   ["Tina,", "", "Item 2: Hongzhi hasn't come back on the minimums yet, please push it to next Tuesday."],
   "extend", [2], due="2026-05-19", rule=("next_wd", 1), cs="utf-8", cte="base64", cc=["何晓婷"],
   notes="Outlook zh-CN, English text, Thu 2026-05-14. 'please push it to next Tuesday' -> extend [2]; 'next Tuesday' = "
         "Tuesday of the following calendar week = 2026-05-19."),
 C(5999, "m4-question-item3-outlook-it", "M4", "Marco Bellini", "outlook_it", D(2026, 5, 12, 11, 40, 7, tzinfo=tz(2)),
   ["Hi Tina,", "", "thanks for the recap. One question on item 3 – will the trim cost sheet include the Italian zips, or "
    "only the trims sourced in China?", ""], "unknown", [3], cte="quoted-printable",
   sig=["Cordiali saluti / Best regards", "Marco Bellini", "Studio Vela srl – Milano"], cc=["Giulia Ferri"],
   notes="Outlook it-IT (multipart/alternative, UTF-8 QP), 11:40 +0200 = 17:40 Shanghai, inside the objection window. "
         "A thank-you plus a question about item 3; no change asked -> unknown, items [3] (the question writes the number)."),
 # ------------------------------------------------------------ M5 二期风机年度检修协调会 (recap Fri 05-08 18:40)
 C(5976, "m5-done-item1-163web-gbk", "M5", "马骏", "163web", D(2026, 5, 9, 9, 48, 26, tzinfo=tz(8)),
   ["高经理：", "", "第1项已完成，齿轮箱检修方案已于5月9日上午发到您邮箱，请查收。"], "done", [1], cs="GBK", cte="base64",
   notes="Plain, common case. 163.com webmail (Coremail XT5; GBK base64, multipart/alternative; '在 2026-05-08 18:40:51，"
         "\"纪要助手\" <…> 写道：' + '>' quote), Sat 2026-05-09, a make-up working day. '第1项已完成' -> done [1]. '已于5月9日"
         "上午发到' is a fact, not a request."),
 C(5977, "m5-object-item3-outlook", "M5", "赵婉", "outlook_zh", D(2026, 5, 9, 9, 20, 42, tzinfo=tz(8)),
   ["高经理：", "", "有异议：第3项主轴承密封件是进口件，供应商报货期6周，5月20日前到不了货。建议改为6月底前，或先采购国产"
    "替代件应急。"], "object", [3], cs="utf-8", cte="base64", cc=["李永强"],
   notes="Outlook zh-CN, Sat 2026-05-09 09:20 (make-up working day; the recap's cut-off is today 18:00). '有异议：第3项…建议"
         "改为6月底前' -> object [3] with a reason that proposes another date -> new_due_date null (convention 4). "
         "'6周' and '5月20日' are part of the reason."),
 C(5978, "m5-progress-roughly-70-owa-utc", "M5", "Lars Nielsen", "owa_en", D(2026, 5, 12, 2, 30, 19, tzinfo=tz(0)),
   ["Hi Gao Feng,", "", "Item 5: roughly 70% of the blade inspection flights are done (21 of 30 turbines). Report ETA 14 May."],
   "progress", [5], percent=70, cte="quoted-printable",
   sig=["Best regards", "Lars Nielsen", "Service Engineer | Nordvind A/S"], cc=["高峰"],
   notes="Outlook on the web (Microsoft 365, en), Date Tue 02:30 +0000 = 10:30 Shanghai 2026-05-12. 'roughly 70%' -> "
         "progress 70 for item 5. '21 of 30 turbines' is a count, not a percent or items; 'Report ETA 14 May' is before the "
         "due date and is not a request -> new_due_date null."),
 C(5979, "m5-done-items-2-4-dingtalk-html", "M5", "高峰", "dingtalk", D(2026, 5, 12, 17, 30, 58, tzinfo=tz(8)),
   ["第2项、第4项均已完成：停电申请已获地调批复，安全交底记录已更新归档。"], "done", [2, 4], layout="html",
   cc=["李永强"],
   notes="DingTalk mail, HTML-only (single text/html part, UTF-8 base64), Tue 2026-05-12. '第2项、第4项均已完成' -> done "
         "[2, 4]. The quote is a DingTalk dashed-line header block."),
 C(5980, "m5-extend-absolute-with-eta-outlook", "M5", "赵婉", "outlook_zh", D(2026, 5, 19, 14, 0, 35, tzinfo=tz(8)),
   ["高经理：", "", "第3项申请延期至6月5日：进口密封件预计5月28日到港，清关约一周。"], "extend", [3], due="2026-06-05",
   rule=("abs", "2026-06-05"), cs="gb2312", cte="base64", cc=["李永强"],
   notes="Outlook zh-CN (gb2312 base64), Tue 2026-05-19. '第3项申请延期至6月5日' -> extend [3], 2026-06-05. '预计5月28日"
         "到港' is an ETA inside the reason and '约一周' a duration: neither is the requested date."),
 C(5981, "m5-confirm-outlook-da", "M5", "Lars Nielsen", "outlook_da", D(2026, 5, 9, 3, 5, 14, tzinfo=tz(2)),
   ["Confirmed from our side, thanks."], "confirm", [], cte="quoted-printable",
   sig=["Med venlig hilsen / Best regards", "Lars Nielsen", "Nordvind A/S"],
   notes="Danish partner, Outlook da-DK ('SV: Re: …', quote header Fra:/Sendt:/Til:/Emne:), Date 03:05 +0200 = Sat "
         "2026-05-09 09:05 Shanghai, before the 18:00 cut-off of that make-up working day. 'Confirmed' -> confirm, items []."),
 C(5982, "m5-question-item4-coremail", "M5", "韩志刚", "coremail", D(2026, 5, 9, 10, 15, 3, tzinfo=tz(8)),
   ["高经理，第4项的安全交底记录是否需要青源检修的作业人员逐一签字？他们这次来几个人？"], "unknown", [4],
   cc=["马骏"],
   notes="Coremail XT6 webmail (UTF-8 base64, '-----原始邮件-----' quote with full-width colons), Sat 2026-05-09. A "
         "question from a participant who does not own item 4 -> unknown, items [4] (the number is written)."),
 C(6000, "m5-auto-delay-dsn", "M5", None, "dsn", D(2026, 5, 8, 22, 41, 2, tzinfo=tz(8)),
   [], None, None, kind="auto", sig=[], mode="noquote",
   notes="Postfix delay warning ('Delayed Mail (still being retried)', From MAILER-DAEMON, Return-Path <>, "
         "multipart/report; report-type=delivery-status, Action: delayed) for the M5 recap to lars.nielsen@… (greylisting). "
         "The text/rfc822-headers part carries the recap's subject and Message-ID. No person wrote it -> auto."),
 # ------------------------------------------------------------ M6 端午节前安全生产检查会 (recap Tue 06-16 15:30)
 C(5983, "m6-done-bottom-post-thunderbird-xlsx", "M6", "高峰", "thunderbird", D(2026, 6, 17, 9, 15, 40, tzinfo=tz(8)),
   ["第2项已完成，端午值班表见附件。"], "done", [2], cte="8bit", layout="mixed", mode="bottom",
   attach=("端午节值班表2026.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
   cc=["李永强"],
   notes="Thunderbird, bottom-posting: the '在 2026/6/16 15:30, 纪要助手 写道:' attribution and the '>' quote come first; "
         "'第2项已完成，端午值班表见附件。' and the signature are below it. text/plain UTF-8 8bit format=flowed in "
         "multipart/mixed with an .xlsx (RFC 2231 filename). Wed 2026-06-17 -> done [2]."),
 C(5984, "m6-extend-workdays-dragon-boat-mailmaster", "M6", "马骏", "mailmaster", D(2026, 6, 18, 20, 5, 9, tzinfo=tz(8)),
   ["第3项集电线路整改需要停电作业，端午假期不安排登高，申请延期，7个工作日内完成。"], "extend", [3],
   due="2026-06-30", rule=("workdays", 7), sig=[], footer=["发自网易邮箱大师"], cc=["韩志刚"],
   notes="NetEase Mail Master (163 account), Thu 2026-06-18. '第3项…申请延期，7个工作日内完成' -> extend [3]. Working days "
         "from the day after sending: Dragon Boat 06-19..06-21 skipped; 06-22 (1), 23 (2), 24 (3), 25 (4), 26 (5), 29 (6), "
         "30 (7) -> 2026-06-30 (the item was due 06-26)."),
 C(5985, "m6-progress-80-weekday-restated-coremail", "M6", "苏晴", "coremail", D(2026, 6, 22, 10, 20, 33, tzinfo=tz(8)),
   ["第4项进度80%，新版预测模型已部署到测试环境，预计周三切换正式环境。"], "progress", [4], percent=80,
   cc=["韩志刚"],
   notes="Coremail webmail, Mon 2026-06-22 (first working day after Dragon Boat). '第4项进度80%' -> progress 80. '预计周三"
         "切换' = 06-24, the item's own due date restated -> new_due_date null (convention 7)."),
 C(5986, "m6-done-ambiguous-owner-two-items-iphone", "M6", "苏晴", "iphone_zh", D(2026, 6, 24, 19, 40, 2, tzinfo=tz(8)),
   ["已完成，辛苦信息中心的同事们。"], "done", [], cte="quoted-printable", layout="plain", sig=[],
   footer=["发自我的iPhone"],
   notes="AMBIGUOUS. iPhone Mail, Wed 2026-06-24. '已完成' -> done, but no item number and no task words; 苏晴 owns items 4 "
         "(风功率预测系统升级, due today) and 5 (6月发电量分析报告, disputed by her in 5998) of M6 -> items [], no "
         "content-match; the bot should ask which one. A careful human would guess item 4, but nothing in the text says so."),
 C(5987, "m6-done-on-attribution-line-thunderbird", "M6", "韩志刚", "thunderbird", D(2026, 6, 18, 8, 40, 51, tzinfo=tz(8)),
   ["第1项已完成，消防设施检查未发现问题。"], "done", [1], cte="8bit", layout="plain", mode="attrib", sig=[],
   notes="Thunderbird plain text (UTF-8 8bit), Thu 2026-06-18. The reply was typed at the start of the attribution line, "
         "so one line reads '第1项已完成，消防设施检查未发现问题。在 2026/6/16 15:30, 纪要助手 写道:' followed by the '>' "
         "quote. Stripping the whole attribution line would lose the command -> done [1]."),
 C(5995, "m6-confirm-163web-gbk", "M6", "马骏", "163web", D(2026, 6, 16, 16, 2, 38, tzinfo=tz(8)),
   ["收到，无异议。"], "confirm", [], cs="GBK", cte="base64", sig=["马骏"],
   notes="Plain, common case. 163.com webmail (GBK base64), Tue 2026-06-16 16:02. '无异议' -> confirm, items []."),
 C(5998, "m6-object-item5-coremail", "M6", "苏晴", "coremail", D(2026, 6, 16, 16, 40, 17, tzinfo=tz(8)),
   ["韩主任：", "", "有异议：第5项6月发电量分析要用电网月度结算数据，按惯例7月3日才下发，6月30日前交不了。"],
   "object", [5], cc=["高峰"],
   notes="Coremail webmail, Tue 2026-06-16 16:40 (inside the window). '有异议：第5项…' -> object [5]. '7月3日才下发' and '6月"
         "30日前交不了' are the reason; there is no request to move -> new_due_date null."),
 # ------------------------------------------------------------ M7 香港铜锣湾快闪店筹备会 (recap Wed 07-01 16:00)
 C(5988, "m7-extend-xia-xingqiwu-gmail-hk", "M7", "陈嘉欣", "gmail_hk", D(2026, 7, 3, 15, 10, 6, tzinfo=tz(8)),
   ["孫總你好，", "", "第1項：業主想改租約入面嘅裝修條款，律師仲睇緊，麻煩延期到下星期五。", "", "Kayan"],
   "extend", [1], due="2026-07-10", rule=("next_wd", 4), sig=["陳嘉欣 Kayan Chan", "港冠零售有限公司 | 營運部"],
   cc=["孙蔚"],
   notes="Hong Kong partner, Gmail (zh-HK attribution '於 2026年7月1日週三 下午4:00寫道：'), Traditional Chinese with "
         "Cantonese wording, Fri 2026-07-03. '第1項…麻煩延期到下星期五' -> extend [1]; 下星期五 = Friday of the following "
         "calendar week = 2026-07-10."),
 C(5989, "m7-done-item2-sent-date-feishu", "M7", "梁志勇", "feishu", D(2026, 7, 2, 17, 30, 45, tzinfo=tz(8)),
   ["第2项已完成，出口货物清单已于7月2日下午发给孙总和嘉欣，请查收。"], "done", [2], cc=["孙蔚"],
   notes="Plain, common case. Feishu Mail, Thu 2026-07-02. '第2项已完成' -> done [2]; '已于7月2日下午发给' is a fact."),
 C(5990, "m7-progress-sancheng-iphone-hk", "M7", "陈嘉欣", "iphone_hk", D(2026, 7, 6, 12, 20, 55, tzinfo=tz(8)),
   ["第5項進度大約三成，仲要請多5個人。"], "progress", [5], percent=30, cte="quoted-printable", layout="plain",
   sig=[], footer=["從我的iPhone傳送"],
   notes="iPhone Mail zh-HK, Mon 2026-07-06. '第5項進度大約三成' -> progress 30 (三成 = 30, like 七成 = 70). '請多5個人' is a "
         "head count, not a percent or an item."),
 C(5991, "m7-done-item4-feishu-mobile", "M7", "梁志勇", "feishu", D(2026, 7, 8, 11, 5, 14, tzinfo=tz(8)),
   ["第4项已完成：货物7月7日已通关，今天上午送到铜锣湾店。"], "done", [4], sig=[], footer=["发自飞书"], cc=["孙蔚"],
   notes="Feishu Mail from the mobile app (footer '发自飞书'), Wed 2026-07-08. '第4项已完成' -> done [4]; '7月7日已通关' and "
         "'今天上午' are facts."),
 C(5992, "m7-done-item3-emoji-wecom", "M7", "何晓婷", "wecom", D(2026, 7, 10, 16, 50, 21, tzinfo=tz(8)),
   ["第3项已完成 ✅ 快闪店视觉设计终稿已发嘉欣确认，源文件在微盘“香港快闪店”文件夹。"], "done", [3], cc=["孙蔚"],
   notes="Plain, common case. 企业微信 mail (UTF-8), Fri 2026-07-10. '第3项已完成' with an emoji -> done [3]. '发嘉欣确认' "
         "mentions 确认 but the command is 已完成."),
 C(5993, "m7-object-split-item4-exmail", "M7", "罗斌", "exmail", D(2026, 7, 1, 16, 40, 2, tzinfo=tz(8)),
   ["孙总：", "", "有异议：第4项里香港段配送应由港冠那边的车队负责，报关行只负责清关，建议把第4项拆成两项。"],
   "object", [4], cs="gb18030", cte="base64", cc=["孙蔚"],
   notes="Tencent Exmail (gb18030), Wed 2026-07-01 16:40, inside the window. '有异议：第4项…建议把第4项拆成两项' -> "
         "object [4] (written twice, unique). '两项' is a count, not an item number."),
 C(5994, "m2-confirm-item4-with-date-apple-mail", "M2", "吴昊", "apple_mac_zh", D(2026, 4, 21, 17, 2, 9, tzinfo=tz(8)),
   ["第4项确认，验厂时间初定5月7日—8日。"], "confirm", [4], cte="quoted-printable", layout="plain", sig=["吴昊"],
   notes="Apple Mail on macOS (text/plain QP), Tue 2026-04-21 17:02, inside the window. '第4项确认' -> confirm [4]. "
         "'验厂时间初定5月7日—8日' is the plan within the due date (05-08), not a request -> new_due_date null."),
 C(5996, "m7-confirm-cantonese-iphone-hk", "M7", "陈嘉欣", "iphone_hk", D(2026, 7, 1, 16, 25, 31, tzinfo=tz(8)),
   ["OK，冇問題，確認。"], "confirm", [], cte="quoted-printable", layout="plain", sig=[], footer=["從我的iPhone傳送"],
   notes="Plain, common case. iPhone Mail zh-HK, Wed 2026-07-01 (HKSAR Establishment Day is a Hong Kong holiday but not a "
         "mainland one; the bot's calendar is mainland). 'OK，冇問題，確認' -> confirm, items []."),
]
CASES.sort(key=lambda c: c["n"])

# ---------------------------------------------------------------- per-client wire details
PREFIXED = {"163web", "gmail_zh", "gmail_en", "gmail_hk", "iphone_zh", "iphone_tw", "iphone_hk", "apple_mac_zh", "thunderbird"}
ATTR_WITH_GT = {"iphone_zh", "iphone_tw", "iphone_hk", "apple_mac_zh"}
LOCAL_TZ = {"outlook_it": tz(2), "outlook_da": tz(2), "owa_en": tz(2), "gmail_en": tz(2)}

def hx(c, salt, n):
    return hashlib.sha256(("%s-%s" % (c["n"], salt)).encode()).hexdigest()[:n]

def sender_domain(c):
    return EMAIL[c["who"]].split("@")[1]

def message_id(c):
    cl, d, who = c["client"], sender_domain(c), c["who"]
    t = c["when"]
    if cl in ("outlook_zh", "outlook_zh_old", "outlook_tw"):
        return "<%s$%s$%s$@%s>" % ("0000" + hx(c, "a", 8), hx(c, "b", 8), hx(c, "c", 8), d)
    if cl == "foxmail":
        return "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), str(int(hx(c, "f", 8), 16))[:7], d)
    if cl in ("exmail", "wecom", "autoreply"):
        return "<tencent_%s@qq.com>" % hx(c, "q", 32).upper()
    if cl in ("163web", "coremail"):
        return "<%s.%s.%s.Coremail.%s>" % (hx(c, "1", 8), hx(c, "2", 4), hx(c, "3", 11), EMAIL[who])
    if cl == "mailmaster":
        return "<%s.%s.%s@%s>" % (hx(c, "m", 8), hx(c, "n", 4), hx(c, "o", 11), d)
    if cl == "feishu":
        return "<%s-%s-%s@%s>" % (hx(c, "l", 8), hx(c, "k", 4), hx(c, "j", 12), d)
    if cl == "dingtalk":
        return "<%s.%s@%s>" % (hx(c, "d", 16), t.strftime("%Y%m%d%H%M%S"), d)
    if cl == "huawei":
        return "<%s@email.android.com>" % hx(c, "h", 24)
    if cl.startswith("gmail"):
        return "<CA%s@mail.gmail.com>" % base64.urlsafe_b64encode(bytes.fromhex(hx(c, "g", 48))).decode().replace("-", "+").replace("_", "=")[:45]
    if cl.startswith("iphone") or cl == "apple_mac_zh":
        u = hx(c, "i", 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], d)
    if cl == "thunderbird":
        u = hx(c, "t", 32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], d)
    if cl in ("outlook_it", "outlook_da", "owa_en"):
        box = {"outlook_it": "PA4PR06MB7231", "outlook_da": "DB9PR03MB8815", "owa_en": "DB9PR03MB8815"}[cl]
        return "<%s%s@%s.eurprd%s.prod.outlook.com>" % (box, hx(c, "x", 24).upper(), box, box[5:7])
    raise KeyError(cl)

ORIGIN = {
    LF: ("smtpbg156.qq.com (smtpbg156.qq.com [43.155.80.173])", "mx.lingfan.example.cn"),
    BW: ("[10.20.31.44] (unknown [10.20.31.44])", "mail.beilingwind.example.cn"),
}
EXT_ORIGIN = {
    "gangtai-cb.example.cn": "va-2-41.ptr.blmpb.com (va-2-41.ptr.blmpb.com [209.127.231.41])",
    "hongzhi-tex.example.com.tw": "mail.hongzhi-tex.example.com.tw (mail.hongzhi-tex.example.com.tw [203.69.81.17])",
    "studiovela.example.it": "EUR03-AM7-obe.outbound.protection.outlook.com\n (mail-am7eur03on2118.outbound.protection.outlook.com [40.107.105.118])",
    "nordvind.example.dk": "EUR02-DB5-obe.outbound.protection.outlook.com\n (mail-db5eur02on2089.outbound.protection.outlook.com [40.107.249.89])",
    "163.com": "m16.mail.163.com (m16.mail.163.com [220.197.31.3])",
}
def origin(c, m):
    d = sender_domain(c)
    if c["client"].startswith("gmail") or d.endswith(".com.hk"):
        return "mail-pj1-f%d.google.com (mail-pj1-f%d.google.com [209.85.216.%d])" % ((c["n"] % 50) + 40, (c["n"] % 50) + 40, (c["n"] % 50) + 40)
    if d in EXT_ORIGIN:
        return EXT_ORIGIN[d]
    return ORIGIN[d][0]

def received(c, m):
    rt = c["when"].astimezone(SH) + dt.timedelta(seconds=3 + c["n"] % 5)
    mx = ORIGIN[m["dom"]][1]
    rcpt = m["reply_to"] if c["kind"] == "reply" else m["bot"]
    how = "ESMTPSA" if sender_domain(c) == m["dom"] and m["dom"] == BW else "ESMTPS"
    return [("Return-Path", "<%s>" % EMAIL[c["who"]]), ("Delivered-To", m["bot"]),
            ("Received", "from %s\n\tby %s (Postfix) with %s id 4g%s\n\tfor <%s>; %s (CST)" % (
                origin(c, m), mx, how, hx(c, "r", 9).upper(), rcpt, email.utils.format_datetime(rt)))]

def boundary(c, alt=True):
    cl = c["client"]
    if cl.startswith("outlook_zh") or cl == "outlook_tw":
        return "----=_NextPart_%03d_%s_01DC%s" % (0 if alt else 1, hx(c, "b1", 4).upper(), hx(c, "b2", 4).upper() + "." + hx(c, "b3", 8).upper())
    if cl == "foxmail":
        return "----=_001_NextPart%s_=----" % str(int(hx(c, "b", 10), 16))[:12]
    if cl in ("exmail", "wecom"):
        return "----=_NextPart_%s_%s_%s" % (hx(c, "e1", 8).upper(), hx(c, "e2", 8).upper(), hx(c, "e3", 8).upper())
    if cl.startswith("gmail"):
        return "000000000000%s" % hx(c, "gb" + str(alt), 12)
    if cl in ("163web", "coremail"):
        return "----=_Part_%d_%d.%d" % (int(hx(c, "p1", 6), 16), int(hx(c, "p2", 7), 16), 1770000000000 + int(hx(c, "p3", 6), 16))
    if cl in ("outlook_it", "outlook_da", "owa_en"):
        return "_%03d_%s_" % (0 if alt else 4, message_id(c)[1:].split("@")[0])
    if cl == "huawei":
        return "--_com.android.email_%d" % int(hx(c, "hw", 10), 16)
    if cl == "thunderbird":
        return "------------%s" % hx(c, "tb", 24)
    return "----=_%s" % hx(c, "gen" + str(alt), 24)

# ---------------------------------------------------------------- assembling the text
def quoted_plain(c, m):
    cl = c["client"]
    H, pref = quote_block(cl, m, LOCAL_TZ.get(cl, SH))
    R = recap_lines(m)
    if pref:
        attr = ["> " + H[0]] if cl in ATTR_WITH_GT else [H[0]]
        if cl in ATTR_WITH_GT:
            attr.append(">")
        q = [("> " + l) if l else ">" for l in R]
        return attr, q
    return H, [""] + R

def plain_text(c, m):
    body, sig, foot = list(c["body"]), list(c["sig"]), list(c["footer"] or [])
    mode, cl = c["mode"], c["client"]
    tail = ([""] + sig if sig else []) + ([""] + foot if foot else [])
    if mode == "noquote":
        return "\n".join(body + tail) + "\n"
    attr, q = quoted_plain(c, m)
    if mode == "top":
        if cl == "foxmail":
            L = body + ["", ""] + sig + ["", " "] + attr + q
        elif cl in PREFIXED:
            L = body + tail + ["", ""] + attr + q
        else:
            L = body + tail + ["", ""] + attr + q
    elif mode == "bottom":
        L = attr + q + [""] + body + (["", "-- "] + sig if sig else [])
    elif mode == "inline":
        L = body + ["", ""] + attr
        row = "| %d |" % c["inline_row"]
        for l in q:
            L.append(l)
            if l.startswith("> " + row):
                L += ["", "Done – sent to Giulia and Marco on 5/13 via WeTransfer.", ""]
    elif mode == "attrib":
        L = body[:-1] + [body[-1] + attr[0]] + attr[1:] + q
    else:
        raise ValueError(mode)
    return "\n".join(L) + "\n"

def html_text(c, m):
    cl, cs = c["client"], c["cs"]
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
    def divs(lines):
        return "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)
    parts = [divs(c["body"])]
    if c["sig"]:
        parts.append("<div><br></div>" + ('<div style="color:#666">%s</div>' % "<br>".join(esc(s) for s in c["sig"])))
    if c["footer"]:
        parts.append("<div><br></div>" + divs(c["footer"]))
    if c["mode"] != "noquote":
        H, pref = quote_block(cl, m, LOCAL_TZ.get(cl, SH))
        rh = recap_html(m)
        if cl.startswith("gmail"):
            parts.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(H[0]), rh))
        elif pref:
            parts.append("<div><br></div><div>%s</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">%s</blockquote>" % (esc(H[0]), rh))
        elif cl.startswith("outlook") or cl == "owa_en":
            lab = []
            for h in H:
                if ":" in h and not h.startswith("-") and not h.startswith("_"):
                    k, v = h.split(":", 1)
                    lab.append("<b>%s:</b>%s" % (esc(k), esc(v)))
            parts.append('<div><br></div><div id="divRplyFwdMsg" style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         '<p class="MsoNormal">%s</p></div><div>%s</div>' % ("<br>".join(lab), rh))
        else:
            parts.append('<div><br></div><div style="font-size:12px;background:#efefef;padding:8px;">%s</div><div><br></div>%s'
                         % ("<br>".join(esc(h) for h in H), rh))
    return "<html><head>%s</head><body>\n%s\n</body></html>\n" % (meta, "\n".join(parts))

# ---------------------------------------------------------------- message builders
DISPLAY = {"陈嘉欣": "Kayan Chan"}   # the HK partner's own account name; roster alias

def fmt_date(t):
    """RFC 5322 date as most clients write it (day not zero-padded)."""
    s = email.utils.format_datetime(t)
    return s[:5] + s[5:].lstrip("0") if s[5] == "0" else s

def reply_headers(c, m, ctype_line):
    cl, cs = c["client"], c["cs"]
    hcs = "utf-8" if cs == "big5" else cs
    fr = addr(DISPLAY.get(c["who"], c["who"]), EMAIL[c["who"]], hcs, quoted=cl in ("exmail", "wecom", "foxmail", "163web"))
    to = addr("纪要助手", m["reply_to"], hcs, quoted=cl in ("exmail", "wecom", "foxmail"))
    ccp = [(("Tina He" if (n == "何晓婷" and m["lang"] == "en" and cl != "outlook_zh") else n), EMAIL[n]) for n in (c["cc"] or [])]
    subj = SUBJ_PREFIX[cl] + m["recap_subject"]
    refs = "%s\n %s" % (m["minutes_mid"], m["recap_mid"])
    date = fmt_date(c["when"])
    mid = message_id(c)
    S = ew(subj, hcs)
    H = []
    if cl.startswith("outlook_zh") or cl == "outlook_tw":
        H = [("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs))] if ccp else []) + [
            ("References", refs), ("In-Reply-To", m["recap_mid"]), ("Subject", S), ("Date", date), ("Message-ID", mid),
            ("MIME-Version", "1.0"), ctype_line, ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", base64.b64encode(bytes.fromhex(hx(c, "ti", 44))).decode()),
            ("Content-Language", "zh-tw" if cl == "outlook_tw" else "zh-cn")]
    elif cl == "foxmail":
        H = [("Date", date), ("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs, True))] if ccp else []) + [
            ("Subject", S), ("References", refs), ("In-Reply-To", m["recap_mid"]), ("X-Priority", "3"),
            ("X-GUID", "%s-%s-%s-%s-%s" % (hx(c, "u1", 8).upper(), hx(c, "u2", 4).upper(), hx(c, "u3", 4).upper(), hx(c, "u4", 4).upper(), hx(c, "u5", 12).upper())),
            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"), ("Message-ID", mid), ctype_line]
    elif cl in ("exmail", "wecom"):
        H = [("X-QQ-mid", "bizesmtp%st%st%s" % (hx(c, "x1", 2), int(c["when"].timestamp()), hx(c, "x2", 8))),
             ("X-QQ-Originating-IP", "58.%d.%d.%d" % (40 + c["n"] % 30, c["n"] % 200, 10 + c["n"] % 90)),
             ("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs, True))] if ccp else []) + [
            ("Subject", S), ("Mime-Version", "1.0"), ("Date", date), ("X-Priority", "3"), ("Message-ID", mid),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x" if cl == "exmail" else "WXWorkMail 4.1.x"),
            ("X-QQ-Mailer", "QQMail 2.x" if cl == "exmail" else "WXWorkMail 4.1.x"),
            ("In-Reply-To", m["recap_mid"]), ("References", refs), ctype_line]
    elif cl in ("163web", "coremail"):
        xm = ("Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 163com"
              if cl == "163web" else "Coremail Webmail Server Version XT6.0.3 build 20250515(a1c2e3f4)\n Copyright (c) 2002-2026 www.mailtech.cn beilingwind")
        H = [("Date", date), ("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs, True))] if ccp else []) + [
            ("Subject", S), ("X-Priority", "3"), ("X-Mailer", xm), ("In-Reply-To", m["recap_mid"]), ("References", refs),
            ("X-NTES-SC" if cl == "163web" else "X-CM-CTRLDATA", "AL_Qu2%s" % hx(c, "nt", 30)), ctype_line,
            ("MIME-Version", "1.0"), ("Message-ID", mid), ("X-Coremail-Locale", "zh_CN"),
            ("X-CM-TRANSID", "%s--.%s" % (hx(c, "ct", 16), hx(c, "cu", 6))), ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
    elif cl == "mailmaster":
        H = [("Date", date), ("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs))] if ccp else []) + [
            ("Message-ID", mid), ("In-Reply-To", m["recap_mid"]), ("References", refs), ("Subject", S),
            ("MIME-Version", "1.0"), ctype_line, ("X-Mailer", "NetEase Mail Master 7.19.5")]
    elif cl == "feishu":
        H = [("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs))] if ccp else []) + [
            ("Subject", S), ("Date", date), ("Message-Id", mid), ("In-Reply-To", m["recap_mid"]), ("References", refs),
            ("Mime-Version", "1.0"), ("X-Mailer", "Lark Mail (%s)" % ("iOS" if c["footer"] else "Desktop")),
            ("X-Lms-Return-Path", "<lba+2%s+%s@bounce.lark>" % (hx(c, "lb", 10), EMAIL[c["who"]].replace("@", "="))), ctype_line]
    elif cl == "dingtalk":
        H = [("Date", date), ("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs))] if ccp else []) + [
            ("Message-ID", mid), ("Subject", S), ("X-Mailer", "DingTalk Mail 7.6.x"), ("MIME-Version", "1.0"),
            ("In-Reply-To", m["recap_mid"]), ("References", refs), ctype_line]
    elif cl == "huawei":
        H = [("Date", date), ("Subject", S), ("In-Reply-To", m["recap_mid"]), ("References", refs), ("Importance", "normal"),
             ("From", fr), ("To", to)] + ([("Cc", addrlist(ccp, hcs))] if ccp else []) + [
            ("MIME-Version", "1.0"), ctype_line, ("Message-ID", mid)]
    elif cl.startswith("gmail"):
        H = [("MIME-Version", "1.0"), ("References", refs), ("In-Reply-To", m["recap_mid"]), ("From", fr), ("Date", date),
             ("Message-ID", mid), ("Subject", S), ("To", to)] + ([("Cc", addrlist(ccp, hcs))] if ccp else []) + [ctype_line]
    elif cl.startswith("iphone") or cl == "apple_mac_zh":
        build = {"iphone_zh": "iPhone Mail (23E254)", "iphone_tw": "iPhone Mail (23E254)", "iphone_hk": "iPhone Mail (23F79)",
                 "apple_mac_zh": "Apple Mail (2.3826.500.181.1.5)"}[cl]
        H = [ctype_line, ("Content-Transfer-Encoding", c["cte"]),
             ("From", fr), ("Mime-Version", "1.0 (1.0)" if cl != "apple_mac_zh" else "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
             ("Subject", S), ("Date", date), ("Message-Id", mid), ("References", refs)] + ([("Cc", addrlist(ccp, hcs))] if ccp else []) + [
            ("In-Reply-To", m["recap_mid"]), ("To", to), ("X-Mailer", build)]
    elif cl == "thunderbird":
        H = [("Message-ID", mid), ("Date", date), ("MIME-Version", "1.0"),
             ("User-Agent", "Mozilla Thunderbird"), ("Subject", S), ("Content-Language", "zh-CN"), ("To", to)] + (
             [("Cc", addrlist(ccp, hcs))] if ccp else []) + [("References", refs), ("From", fr), ("In-Reply-To", m["recap_mid"]), ctype_line]
    elif cl in ("outlook_it", "outlook_da", "owa_en"):
        H = [("From", fr), ("To", to)] + ([("CC", addrlist(ccp, hcs))] if ccp else []) + [
            ("Subject", S), ("Thread-Topic", ew(m["recap_subject"], hcs)),
            ("Thread-Index", base64.b64encode(bytes.fromhex(hx(c, "ti", 44))).decode()),
            ("Date", date), ("Message-ID", "\n " + mid), ("References", refs), ("In-Reply-To", m["recap_mid"]),
            ("Accept-Language", {"outlook_it": "it-IT, en-US", "outlook_da": "da-DK, en-US", "owa_en": "en-US"}[cl]),
            ("Content-Language", {"outlook_it": "it-IT", "outlook_da": "da-DK", "owa_en": "en-US"}[cl]),
            ("X-MS-Has-Attach", "yes" if c["attach"] else ""), ("X-MS-TNEF-Correlator", ""),
            ("MIME-Version", "1.0"), ctype_line]
    else:
        raise KeyError(cl)
    # Content-Type lines with continuation are passed as (name, value)
    return H

def build_reply(c, m):
    cs, cte, layout = c["cs"], c["cte"], c["layout"]
    flowed = "; format=flowed" if c["client"] == "thunderbird" else ""
    plain = text_part("plain", plain_text(c, m), cs, cte, flowed) if layout != "html" else None
    html = text_part("html", html_text(c, m), cs, "base64" if cte == "8bit" else cte) if layout in ("alt", "html", "mixed") and c["client"] != "thunderbird" else None
    if layout == "plain":
        body = plain
    elif layout == "html":
        body = html
    elif layout == "alt":
        body = ("multipart/alternative", boundary(c, True), [plain, html], "")
    elif layout == "mixed":
        fn, ctyp, kind = c["attach"]
        data = tiny_pdf("Non-Disclosure Agreement - Lingfan Apparel / Studio Vela srl - signed 12/05/2026") if kind == "pdf" else \
            tiny_xlsx([["日期", "值班领导", "值班人员", "联系电话"], ["6月19日", "高峰", "王磊", "0472-5318821"],
                       ["6月20日", "李永强", "刘洋", "0472-5318822"], ["6月21日", "韩志刚", "张帆", "0472-5318823"]])
        try:
            fn.encode("ascii"); disp = 'attachment; filename="%s"' % fn; ctn = '%s; name="%s"' % (ctyp, fn)
        except UnicodeEncodeError:
            q = "".join(ch if ch.isalnum() and ord(ch) < 128 or ch in ".-_" else "".join("%%%02X" % b for b in ch.encode()) for ch in fn)
            disp = "attachment;\n filename*=UTF-8''%s" % q
            ctn = "%s;\n name*=UTF-8''%s" % (ctyp, q)
        att = Part(ctn, b64lines(data).encode() + b"\n", [("Content-Disposition", disp), ("Content-Transfer-Encoding", "base64")])
        inner = plain if html is None else ("multipart/alternative", boundary(c, True), [plain, html], "")
        body = ("multipart/mixed", boundary(c, False), [inner, att], "")
    if isinstance(body, Part):
        ctype_line = ("Content-Type", body.ctype)
        hdrs = reply_headers(c, m, ctype_line)
        if not any(k == "Content-Transfer-Encoding" for k, _ in hdrs):
            hdrs.append(("Content-Transfer-Encoding", cte if layout == "plain" else body.headers[0][1]))
        raw = "".join("%s: %s\n" % (k, v) if v != "" else "%s: \n" % k for k, v in received(c, m) + hdrs).encode("ascii")
        return raw + b"\n" + body.body
    kind, bnd, parts, extra = body
    hdrs = reply_headers(c, m, ("Content-Type", '%s;\n boundary="%s"' % (kind, bnd)))
    raw = "".join("%s: %s\n" % (k, v) if v != "" else "%s: \n" % k for k, v in received(c, m) + hdrs).encode("ascii")
    pre = b"" if c["client"].startswith("gmail") else b"This is a multi-part message in MIME format.\n\n"
    return raw + b"\n" + multipart_body(bnd, parts, pre)

def build_autoreply(c, m):
    text = "\n".join(c["body"]) + "\n"
    part = text_part("plain", text, "gb18030", "base64")
    date = fmt_date(c["when"])
    subj = "自动回复：" + m["recap_subject"]
    hdrs = received(c, m)[:2] + [("Received", "from smtpbg156.qq.com (smtpbg156.qq.com [43.155.80.173])\n\tby mx.lingfan.example.cn (Postfix) with ESMTPS id 4g%s\n\tfor <%s>; %s (CST)" % (hx(c, "r", 9).upper(), m["bot"], email.utils.format_datetime(c["when"] + dt.timedelta(seconds=2))))]
    hdrs += [("X-QQ-mid", "bizesmtp%st%st%s" % (hx(c, "x1", 2), int(c["when"].timestamp()), hx(c, "x2", 8))),
             ("From", addr("邓敏", EMAIL["邓敏"], "gb18030", True)), ("To", addr("纪要助手", m["bot"], "gb18030", True)),
             ("Subject", ew(subj, "gb18030")), ("Mime-Version", "1.0"), ("Date", date), ("Message-ID", message_id(c)),
             ("In-Reply-To", m["recap_mid"]), ("References", m["recap_mid"]), ("Auto-Submitted", "auto-replied"),
             ("X-Autoreply", "yes"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"),
             ("Content-Type", part.ctype), ("Content-Transfer-Encoding", "base64")]
    raw = "".join("%s: %s\n" % kv for kv in hdrs).encode()
    return raw + b"\n" + part.body

def build_dsn(c, m):
    t = c["when"]
    qid = "4g" + hx(c, "q", 9).upper()
    arr = m["recap_at"] + dt.timedelta(seconds=1)
    def pdate(x):
        return x.strftime("%a, ") + str(x.day).rjust(2) + x.strftime(" %b %Y %H:%M:%S +0800 (CST)")
    bnd = "%s.%d/mail.beilingwind.example.cn" % (qid, int(t.timestamp()))
    txt = ("This is the mail system at host mail.beilingwind.example.cn.\n\n"
           "####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
           "####################################################################\n\n"
           "Your message could not be delivered for 4.0 hour(s).\n"
           "It will be retried until it is 5.0 day(s) old.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\n"
           "delete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           "<lars.nielsen@nordvind.example.dk>: host mx1.nordvind.example.dk[185.70.41.12] said:\n"
           "    451 4.7.1 <lars.nielsen@nordvind.example.dk>: Recipient address rejected:\n"
           "    Greylisted, please try again later (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mail.beilingwind.example.cn\nX-Postfix-Queue-ID: %s\n"
              "X-Postfix-Sender: rfc822; minutes@beilingwind.example.cn\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; lars.nielsen@nordvind.example.dk\n"
              "Original-Recipient: rfc822;lars.nielsen@nordvind.example.dk\nAction: delayed\nStatus: 4.7.1\n"
              "Remote-MTA: dns; mx1.nordvind.example.dk\n"
              "Diagnostic-Code: smtp; 451 4.7.1 <lars.nielsen@nordvind.example.dk>: Recipient\n"
              "    address rejected: Greylisted, please try again later\n"
              "Will-Retry-Until: %s\n") % (qid, pdate(arr), pdate(arr + dt.timedelta(days=5)))
    to = ", ".join(addr(n, EMAIL[n], "utf-8") for n in m["to"])
    rh = ("Return-Path: <minutes@beilingwind.example.cn>\nReceived: from localhost (localhost [127.0.0.1])\n"
          "\tby mail.beilingwind.example.cn (Postfix) with ESMTP id %s;\n\t%s\n"
          "From: %s\nTo: %s\nCc: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nIn-Reply-To: %s\nReferences: %s\n %s\n"
          "Reply-To: %s\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n"
          "Content-Type: multipart/alternative; boundary=\"===============%s==\"\n") % (
        qid, pdate(arr), addr("纪要助手", m["bot"], "utf-8"), to.replace(", ", ",\n "),
        addr("李永强", EMAIL["李永强"], "utf-8"), ew(m["recap_subject"], "utf-8"),
        email.utils.format_datetime(m["recap_at"]), m["recap_mid"], m["minutes_mid"], m["minutes_mid"], m["recap_mid"],
        addr("纪要助手", m["reply_to"], "utf-8"), str(int(hx(c, "bb", 12), 16)))
    parts = [Part("text/plain; charset=us-ascii", txt.encode(), [("Content-Description", "Notification"), ("Content-Transfer-Encoding", "7bit")]),
             Part("message/delivery-status", status.encode(), [("Content-Description", "Delivery report")]),
             Part("text/rfc822-headers", rh.encode(), [("Content-Description", "Undelivered Message Headers")])]
    hdrs = [("Return-Path", "<>"), ("Delivered-To", m["bot"]),
            ("Received", "by mail.beilingwind.example.cn (Postfix)\n\tid %s; %s" % (hx(c, "r2", 10).upper(), pdate(t))),
            ("Date", pdate(t)), ("From", "MAILER-DAEMON@mail.beilingwind.example.cn (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"), ("To", m["bot"]), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
            ("Content-Transfer-Encoding", "8bit"),
            ("Message-Id", "<%s%s.%s@mail.beilingwind.example.cn>" % (t.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S"), "", hx(c, "r2", 10).upper()))]
    raw = "".join("%s: %s\n" % kv for kv in hdrs).encode()
    body = b"This is a MIME-encapsulated message.\n\n" + multipart_body(bnd, parts)
    return raw + b"\n" + body

# ---------------------------------------------------------------- gold and date checks
def sh_date(msg):
    return email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(SH).date()

def resolve(rule, sent, c):
    kind = rule[0]
    if kind == "abs":
        return dt.date.fromisoformat(rule[1])
    if kind == "dom":
        d = rule[1]
        if d >= sent.day:
            return sent.replace(day=d)
        y, mo = (sent.year, sent.month + 1) if sent.month < 12 else (sent.year + 1, 1)
        return dt.date(y, mo, d)
    if kind == "next_wd":
        return sent - dt.timedelta(sent.weekday()) + dt.timedelta(7 + rule[1])
    if kind == "workdays":
        d, n = sent, 0
        while n < rule[1]:
            d += dt.timedelta(1)
            if cc_.is_workday(d):
                n += 1
        return d
    if kind == "after_holiday":
        d = sent + dt.timedelta(1)
        while not (cc_.is_holiday(d) and cc_.get_holiday_detail(d)[1] is not None):
            d += dt.timedelta(1)
        while not cc_.is_workday(d):
            d += dt.timedelta(1)
        return d
    if kind == "month_end":
        nxt = (sent.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(1)
    if kind == "plus_days":
        m = MEETINGS[c["m"]]
        (due,) = [d for n, t, o, d in m["items"] if n == c["items"][0]]
        return dt.date.fromisoformat(due) + dt.timedelta(rule[1])
    raise ValueError(rule)

def gold(c):
    if c["kind"] == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": c["intent"], "items": sorted(set(c["items"])), "percent": c["percent"],
                      "new_due_date": c["due"]}, "notes": c["notes"]}

def build(c):
    m = MEETINGS[c["m"]]
    if c["client"] == "autoreply":
        return build_autoreply(c, m)
    if c["client"] == "dsn":
        return build_dsn(c, m)
    return build_reply(c, m)

def fname(c):
    return "%04d-%s" % (c["n"], c["slug"])

def write_all(out):
    os.makedirs(out, exist_ok=True)
    for c in CASES:
        with open(os.path.join(out, fname(c) + ".eml"), "wb") as f:
            f.write(build(c))
        with open(os.path.join(out, fname(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)
    print("wrote %d cases to %s" % (len(CASES), out))

EXPECTED_CUTOFF = {"M1": "2026-04-02", "M2": "2026-04-21", "M3": "2026-04-28", "M4": "2026-05-12",
                   "M5": "2026-05-09", "M6": "2026-06-16", "M7": "2026-07-01"}
CODECS = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8", "us-ascii": "ascii"}

def check(out):
    errs = []
    def err(c, s):
        errs.append("%s: %s" % (fname(c) if c else "-", s))
    for k, m in MEETINGS.items():
        if str(objection_cutoff(m["recap_at"])) != EXPECTED_CUTOFF[k]:
            err(None, "%s cut-off %s" % (k, objection_cutoff(m["recap_at"])))
        for n, t, o, d in m["items"]:
            if not d.startswith("2026-"):
                err(None, "%s item %d not 2026" % (k, n))
    if len(CASES) != 50 or [c["n"] for c in CASES] != list(range(5951, 6001)):
        err(None, "case numbers are not 5951..6000")
    seen_files = set()
    for c in CASES:
        p = os.path.join(out, fname(c) + ".eml")
        raw = open(p, "rb").read()
        seen_files.add(fname(c))
        if raw != build(c):
            err(c, "eml differs from generator output")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err(c, "defects %r" % part.defects)
            for hk, hv in part.items():
                if getattr(hv, "defects", None):
                    err(c, "header %s defects %r" % (hk, hv.defects))
            if part.get_content_maintype() == "text":
                label = (part.get_content_charset() or "us-ascii").lower()
                try:
                    part.get_payload(decode=True).decode(CODECS[label], "strict")
                    part.get_content()
                except Exception as e:
                    err(c, "text part does not decode (%s): %s" % (label, e))
        sent = sh_date(msg)
        if sent.year != 2026:
            err(c, "Date not in 2026")
        g = json.load(open(os.path.join(out, fname(c) + ".json"), encoding="utf-8"))
        if g != gold(c):
            err(c, "json differs from generator gold")
        m = MEETINGS[c["m"]]
        if c["kind"] == "reply":
            if msg["In-Reply-To"] != m["recap_mid"]:
                err(c, "In-Reply-To is not the recap")
            if m["recap_mid"] not in str(msg["References"]):
                err(c, "References lacks the recap")
            if msg["To"].addresses[0].addr_spec != m["reply_to"]:
                err(c, "To is not the signed reply address")
            r = g["reply"]
            if r["intent"] == "extend":
                got = resolve(c["rule"], sent, c)
                if str(got) != r["new_due_date"]:
                    err(c, "new_due_date %s, recomputed %s from %s" % (r["new_due_date"], got, sent))
                if not r["new_due_date"].startswith("2026-"):
                    err(c, "date not in 2026")
                if got < sent:
                    err(c, "new date before sending")
            elif r["new_due_date"] is not None:
                err(c, "non-extend with a date")
            if r["intent"] in ("unknown", "confirm", "object", "done") and r["percent"] is not None:
                err(c, "percent on non-progress")
            if r["intent"] == "progress" and not isinstance(r["percent"], int):
                err(c, "progress without percent")
            body = msg.get_body(("plain", "html")).get_content()
            for n in r["items"]:
                if not any(s in body for s in ("第%d项" % n, "第%d項" % n, "item %d" % n, "Item %d" % n, "| %d |" % n, "#%d" % n, "第%d、" % n, "、%d项" % n)):
                    err(c, "item %d not visible in the body" % n)
        else:
            if g["reply"] is not None:
                err(c, "auto with reply")
    extra = {f.rsplit(".", 1)[0] for f in os.listdir(out) if f.endswith(".eml")} - seen_files
    if extra:
        err(None, "stray files %s" % sorted(extra))
    from collections import Counter
    cnt = Counter(c["intent"] or "auto" for c in CASES)
    print("intents:", dict(sorted(cnt.items())))
    for e in errs:
        print("ERROR", e)
    print("check: %d cases, %d errors" % (len(CASES), len(errs)))
    return 1 if errs else 0

if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--check":
        sys.exit(check(args[1] if len(args) > 1 else HERE))
    os.makedirs(args[0] if args else HERE, exist_ok=True)   # (added when the set joined the tests: write, then check)
    write_all(args[0] if args else HERE)
    sys.exit(check(args[0] if args else HERE))
