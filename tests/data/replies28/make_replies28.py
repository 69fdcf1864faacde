#!/usr/bin/env python3
"""Generator for the blind set "replies28": 50 replies (cases 5651-5700) to minutebot's recap mails.

Deterministic: no clock, no randomness. Every identifier is derived from a SHA-256 of fixed strings.

    python3 make_replies28.py            # (re)write every .eml/.json, roster.csv and README.md
    python3 make_replies28.py --check    # re-parse every .eml with email.policy.default and re-derive every gold date

The --check mode needs the `chinesecalendar` package (import chinese_calendar); see README.md.
"""
import argparse
import base64
import datetime as dt
import email
import email.policy
import hashlib
import io
import json
import os
import quopri
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SH = dt.timezone(dt.timedelta(hours=8))


def hx(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# --------------------------------------------------------------------------------------------------
# Organisations and people
# --------------------------------------------------------------------------------------------------
LANMEI = "lanmei-tea.example.cn"        # 澜湄茶业有限公司, Kunming: Pu'er / Dianhong tea, export + e-commerce
LUDAO = "ludao-dental.example.cn"       # 鹭岛齿科器械股份有限公司, Xiamen: dental implants and abutments

# key: (name, email, department, manager_key or None, aliases)
PEOPLE = {
    # 澜湄茶业 (Tencent Exmail hosted)
    "duan":   ("段志刚", f"duanzhigang@{LANMEI}", "总经办", None, "段总;Duan Zhigang"),
    "pu":     ("普建林", f"pujianlin@{LANMEI}", "原料采购部", "duan", "普经理;Pu Jianlin"),
    "yanwen": ("岩温", f"yanwen@{LANMEI}", "原料采购部", "pu", "Yan Wen;小岩"),
    "dao":    ("刀建华", f"daojianhua@{LANMEI}", "生产部", "duan", "刀主管;老刀;Dao Jianhua"),
    "lixw":   ("李晓雯", f"lixiaowen@{LANMEI}", "质量部", "duan", "小雯;Sharon Li;Li Xiaowen"),
    "zhoumin": ("周敏", f"zhoumin@{LANMEI}", "仓储物流部", "duan", "周姐;Zhou Min"),
    "chenrx": ("陈若溪", f"chenruoxi@{LANMEI}", "国际销售部", "duan", "陈经理;Ruoxi Chen;Ruoxi"),
    "wangke": ("王珂", f"wangke@{LANMEI}", "品牌电商部", "chenrx", "王小姐;Coco Wang;珂珂"),
    # partners of 澜湄
    "tan":    ("Tan Wei Liang", "tan.weiliang@harimau-trading.example.my", "", None, "Wei Liang;陈伟良;WL Tan"),
    "nurul":  ("Nurul Aisyah", "nurul.aisyah@harimau-trading.example.my", "", None, "Nurul;Aisyah"),
    "kelly":  ("黃嘉欣", "kelly.wong@wingchun-pack.example.hk", "", None, "黄嘉欣;Kelly Wong;Kelly"),
    "majun":  ("马俊", "majun@diancang-scm.example.cn", "", None, "马经理;Ma Jun"),
    # 鹭岛齿科 (Microsoft 365)
    "ke":     ("柯俊杰", f"kejunjie@{LUDAO}", "运营中心", None, "柯总;Jason Ke;Jason"),
    "hong":   ("洪志明", f"hongzhiming@{LUDAO}", "研发部", "ke", "洪总;Hong Zhiming"),
    "zheng":  ("郑雅琴", f"zhengyaqin@{LUDAO}", "研发部", "hong", "郑工;Grace Zheng;Yaqin"),
    "linzp":  ("林志鹏", f"linzhipeng@{LUDAO}", "注册法规部", "hong", "林工;Kevin Lin;Zhipeng Lin"),
    "huangsh": ("黄淑华", f"huangshuhua@{LUDAO}", "质量部", "ke", "黄经理;Huang Shuhua"),
    "cai":    ("蔡文博", f"caiwenbo@{LUDAO}", "质量部", "huangsh", "蔡工;Cai Wenbo"),
    "wujh":   ("吴佳慧", f"wujiahui@{LUDAO}", "质量部", "huangsh", "Jenny Wu;佳慧"),
    "xu":     ("许晓东", f"xuxiaodong@{LUDAO}", "采购部", "ke", "小许;Tony Xu;Xu Xiaodong"),
    "su":     ("苏婉清", f"suwanqing@{LUDAO}", "行政部", "ke", "苏姐;Su Wanqing"),
    # partners of 鹭岛
    "kychen": ("陳冠宇", "ky.chen@hongyue-prec.example.com.tw", "", None, "陈冠宇;Kuan-Yu Chen;KY"),
    "peggy":  ("林佩君", "peggy.lin@hongyue-prec.example.com.tw", "", None, "Peggy Lin;Peggy"),
    "katrin": ("Katrin Vogel", "k.vogel@dentanord.example.de", "", None, "Katrin"),
    "jonas":  ("Jonas Becker", "j.becker@dentanord.example.de", "", None, "Jonas"),
    "schulz": ("Markus Schulz", "m.schulz@dentanord.example.de", "", None, "Markus"),
}
COMPANY = {
    "tan": "Harimau Trading Sdn Bhd (Kuala Lumpur)", "nurul": "Harimau Trading Sdn Bhd (Kuala Lumpur)",
    "kelly": "永晉印刷包裝有限公司 (Hong Kong)", "majun": "滇仓供应链（昆明）有限公司",
    "kychen": "宏岳精密工業股份有限公司 (Taichung)", "peggy": "宏岳精密工業股份有限公司 (Taichung)",
    "katrin": "DentaNord Vertriebs GmbH (Hamburg)", "jonas": "DentaNord Vertriebs GmbH (Hamburg)",
    "schulz": "DentaNord Vertriebs GmbH (Hamburg; left the company, mailbox deleted)",
}


def pname(k):
    return PEOPLE[k][0]


def pmail(k):
    return PEOPLE[k][1]


# --------------------------------------------------------------------------------------------------
# Meetings and the bot's recaps
# --------------------------------------------------------------------------------------------------
def T(y, mo, d, h, mi, s=0, off=8):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


MEETINGS = {
    "M1": dict(domain=LANMEI, lang="zh", organizer="pu",
               subject="【会议纪要】2026春茶收购与初制协调会（4月2日）",
               minutes_at=T(2026, 4, 2, 16, 38, 12), recap_at=T(2026, 4, 2, 16, 43, 5),
               participants=["pu", "yanwen", "dao", "lixw", "zhoumin", "duan"],
               items=[("提交春茶鲜叶收购价格表", "yanwen", "2026-04-03"),
                      ("完成勐海初制所杀青机检修", "dao", "2026-04-08"),
                      ("与布朗山茶农合作社签订收购协议", "yanwen", "2026-04-10"),
                      ("输出春茶质检抽样方案", "lixw", "2026-04-03"),
                      ("更新仓库温湿度监控台账", "zhoumin", "2026-04-03")]),
    "M2": dict(domain=LANMEI, lang="en", organizer="chenrx",
               subject="Minutes: Lanmei x Harimau Q2 business review (22 Apr)",
               minutes_at=T(2026, 4, 22, 15, 29, 40), recap_at=T(2026, 4, 22, 15, 32, 8),
               participants=["chenrx", "lixw", "duan", "tan", "nurul"],
               items=[("send the revised FOB price list", "chenrx", "2026-04-24"),
                      ("confirm the container booking for the May shipment", "tan", "2026-04-28"),
                      ("share Q1 sell-through data by outlet", "nurul", "2026-04-29"),
                      ("provide copies of the halal and organic certificates", "lixw", "2026-04-27"),
                      ("draft the artwork for the co-branded gift box", "tan", "2026-05-08")]),
    "M3": dict(domain=LANMEI, lang="zh", organizer="wangke",
               subject="【会议纪要】五一前礼盒包材协调会（4月28日）",
               minutes_at=T(2026, 4, 28, 18, 55, 30), recap_at=T(2026, 4, 28, 19, 2, 14),
               participants=["wangke", "zhoumin", "dao", "kelly", "chenrx"],
               items=[("确认礼盒打样（第二版）", "kelly", "2026-04-30"),
                      ("提交外箱唛头文件", "zhoumin", "2026-04-29"),
                      ("安排节后首批包材入库", "dao", "2026-05-07"),
                      ("完成礼盒印刷色差确认", "kelly", "2026-05-08"),
                      ("更新包材BOM", "wangke", "2026-05-06")]),
    "M4": dict(domain=LUDAO, lang="zh", organizer="hong",
               subject="【周例会纪要】骨水平种植体项目第19周（5月11日）",
               minutes_at=T(2026, 5, 11, 11, 30, 2), recap_at=T(2026, 5, 11, 11, 33, 47),
               participants=["hong", "zheng", "linzp", "cai", "xu", "huangsh"],
               items=[("完成骨水平种植体疲劳测试报告", "zheng", "2026-05-15"),
                      ("提交注册检验样品清单", "linzp", "2026-05-13"),
                      ("更新洁净车间环境监测记录", "cai", "2026-05-14"),
                      ("联系宏岳确认钛棒交期", "xu", "2026-05-12"),
                      ("准备NMPA发补资料初稿", "linzp", "2026-05-29")]),
    "M5": dict(domain=LUDAO, lang="zh", organizer="huangsh",
               subject="【会议纪要】宏岳精密钛棒供货及加工质量检讨会 EC2026-05-20",
               minutes_at=T(2026, 5, 20, 16, 5, 51), recap_at=T(2026, 5, 20, 16, 10, 22),
               participants=["huangsh", "cai", "xu", "kychen", "peggy"],
               items=[("提供TC4钛棒材质证明（MTC）", "kychen", "2026-05-22"),
                      ("回复CNC加工毛刺问题8D报告", "kychen", "2026-05-29"),
                      ("确认6月来料检验标准", "cai", "2026-05-25"),
                      ("更新合格供应商名录", "xu", "2026-05-29")]),
    "M6": dict(domain=LUDAO, lang="en", organizer="ke",
               subject="Minutes: DentaNord EU distribution review (9 June)",
               minutes_at=T(2026, 6, 9, 17, 18, 33), recap_at=T(2026, 6, 9, 17, 22, 40),
               participants=["ke", "linzp", "xu", "katrin", "jonas", "schulz"],
               items=[("send the updated CE technical file summary", "linzp", "2026-06-18"),
                      ("proofread the German IFU translation", "katrin", "2026-06-16"),
                      ("confirm the booth order for the Hamburg dental fair", "jonas", "2026-06-12"),
                      ("ship 200 demo kits to Hamburg", "xu", "2026-06-24"),
                      ("share the Q3 sales forecast", "jonas", "2026-06-30")]),
    "M7": dict(domain=LUDAO, lang="zh", organizer="ke",
               subject="【会议纪要】端午节前生产排期协调会（6月17日）",
               minutes_at=T(2026, 6, 17, 14, 15, 9), recap_at=T(2026, 6, 17, 14, 20, 31),
               participants=["ke", "cai", "su", "zheng", "xu", "wujh", "huangsh"],
               items=[("完成6月第3批种植体包装灭菌", "cai", "2026-06-18"),
                      ("提交端午值班安排表", "su", "2026-06-18"),
                      ("完成基台产线工艺验证报告", "zheng", "2026-06-26"),
                      ("盘点钛棒及包材库存", "xu", "2026-06-23"),
                      ("更新客户投诉台账", "wujh", "2026-06-30")]),
    "M8": dict(domain=LANMEI, lang="zh", organizer="chenrx",
               subject="【会议纪要】秋茶预售及直播协调会（7月6日）",
               minutes_at=T(2026, 7, 6, 10, 40, 26), recap_at=T(2026, 7, 6, 10, 45, 3),
               participants=["chenrx", "zhoumin", "wangke", "dao", "lixw", "majun", "duan"],
               items=[("确定秋茶预售价格方案", "chenrx", "2026-07-10"),
                      ("完成直播间样品寄送", "zhoumin", "2026-07-08"),
                      ("输出预售活动页面文案", "wangke", "2026-07-09"),
                      ("对接云仓发货时效并出具承诺函", "dao", "2026-07-15"),
                      ("完成上半年质检报告归档", "lixw", "2026-07-31"),
                      ("联系主播团队确认直播排期", "wangke", "2026-07-13"),
                      ("提供预售期间仓内打包产能测算", "majun", "2026-07-10")]),
}

MINUTES_MSGID_STYLE = {  # the organizer's client wrote the minutes
    "M1": lambda m: f"<000001dc{hx('M1min', n=4)}${hx('M1a', n=8)}${hx('M1b', n=8)}$@{LANMEI}>",
    "M2": lambda m: f"<tencent_{hx('M2min', n=36).upper()}@qq.com>",
    "M3": lambda m: f"<{hx('M3min', n=8)}.{hx('M3x', n=5)}.{hx('M3y', n=11)}@{LANMEI}>",
    "M4": lambda m: f"<TYZPR06MB{hx('M4min', n=28).upper()}@TYZPR06MB{hx('M4h', n=4).upper()}.apcprd06.prod.outlook.com>",
    "M5": lambda m: f"<TYZPR06MB{hx('M5min', n=28).upper()}@TYZPR06MB{hx('M5h', n=4).upper()}.apcprd06.prod.outlook.com>",
    "M6": lambda m: f"<TYZPR06MB{hx('M6min', n=28).upper()}@TYZPR06MB{hx('M6h', n=4).upper()}.apcprd06.prod.outlook.com>",
    "M7": lambda m: f"<TYZPR06MB{hx('M7min', n=28).upper()}@TYZPR06MB{hx('M7h', n=4).upper()}.apcprd06.prod.outlook.com>",
    "M8": lambda m: f"<tencent_{hx('M8min', n=36).upper()}@qq.com>",
}

for _k, _m in MEETINGS.items():
    _m["key"] = _k
    _m["bot"] = f"minutes@{_m['domain']}"
    _m["reply_addr"] = f"minutes+r{hx('reply-token', _k)}@{_m['domain']}"
    _m["recap_id"] = f"<r.{_m['recap_at']:%Y%m%d%H%M}.{hx('recap', _k, n=10)}@{_m['domain']}>"
    _m["minutes_id"] = MINUTES_MSGID_STYLE[_k](_m)
    _m["recap_subject"] = "Re: " + _m["subject"]


def is_workday(d):
    import chinese_calendar as cc
    return cc.is_workday(d)


# the objection cut-off written in each recap (checked against chinesecalendar in --check)
CUTOFF = {"M1": "2026-04-02 18:00", "M2": "2026-04-22 18:00", "M3": "2026-04-29 18:00",
          "M4": "2026-05-11 18:00", "M5": "2026-05-20 18:00", "M6": "2026-06-09 18:00",
          "M7": "2026-06-17 18:00", "M8": "2026-07-06 18:00"}


def recap_rows(m):
    return [(i + 1, task, pname(owner), due) for i, (task, owner, due) in enumerate(m["items"])]


def recap_plain(m, table="pipe"):
    """The bot's recap body as a client would render it in a plain-text quote.
    table='pipe' keeps the bot's own text/plain rows; 'tab' is how Outlook/Apple render the HTML table."""
    en = m["lang"] == "en"
    L = []
    if en:
        L += ["Hello all,", "", "Minutes Assistant has recorded the following action items:"]
        head = ("#", "Action item", "Owner", "Due")
    else:
        L += ["各位好：", "", "纪要助手已登记本次会议的待办事项："]
        head = ("序号", "事项", "负责人", "截止时间")
    rows = [head] + [tuple(str(x) for x in r) for r in recap_rows(m)]
    for r in rows:
        L.append("| " + " | ".join(r) + " |" if table == "pipe" else "\t".join(r))
    L.append("")
    if en:
        L.append(f"If you disagree, please reply today (by {CUTOFF[m['key']]}); otherwise the items are confirmed.")
        L.append('Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or "extend to Oct 20".')
        L += ["", "-- Minutes Assistant (automated message)"]
    else:
        L.append(f"如有异议请于今日内回复（截止 {CUTOFF[m['key']]}，逾期视为无异议）。")
        L.append("回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。")
        L += ["", "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return L


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def recap_html(m):
    en = m["lang"] == "en"
    head = ("#", "Action item", "Owner", "Due") if en else ("序号", "事项", "负责人", "截止时间")
    h = ['<div>%s</div><div><br></div>' % ("Hello all," if en else "各位好："),
         '<div>%s</div>' % ("Minutes Assistant has recorded the following action items:" if en else "纪要助手已登记本次会议的待办事项："),
         '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">',
         "<tr>" + "".join(f"<th>{esc(x)}</th>" for x in head) + "</tr>"]
    for r in recap_rows(m):
        h.append("<tr>" + "".join(f"<td>{esc(str(x))}</td>" for x in r) + "</tr>")
    h.append("</table><div><br></div>")
    for line in recap_plain(m)[-4:]:
        h.append(f"<div>{esc(line) if line else '<br>'}</div>")
    return "\n".join(h)


# --------------------------------------------------------------------------------------------------
# Formatting helpers for quote headers
# --------------------------------------------------------------------------------------------------
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_EN3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_ZH = "一二三四五六日"
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WD_MS = ["Isn", "Sel", "Rab", "Kha", "Jum", "Sab", "Ahd"]


def recips(m, exclude=None, style="outlook"):
    ppl = [k for k in m["participants"]]
    out = []
    for k in ppl:
        if style == "outlook":
            out.append(f"{pname(k)} <{pmail(k)}>")
        elif style == "qq":
            out.append(f'"{pname(k)}"<{pmail(k)}>;')
        elif style == "nameonly":
            out.append(pname(k))
        elif style == "mm":
            out.append(f"{pname(k)}<{pmail(k)}>")
    return out


def zh_ampm(t):
    h = t.hour
    if h < 6:
        p = "凌晨"
    elif h < 12:
        p = "上午"
    elif h < 13:
        p = "中午"
    elif h < 18:
        p = "下午"
    else:
        p = "晚上"
    h12 = h if h <= 12 else h - 12
    return p, h12


def quote_header(m, style, viewer_off=8):
    """Lines of the quote header a client writes above the quoted recap (times shown in the viewer's zone)."""
    t = m["recap_at"].astimezone(dt.timezone(dt.timedelta(hours=viewer_off)))
    bot = m["bot"]
    subj = m["recap_subject"]
    if style == "outlook_zh":
        return [f"发件人: 纪要助手 <{bot}>",
                f"发送时间: {t.year}年{t.month}月{t.day}日 星期{WD_ZH[t.weekday()]} {t:%H:%M}",
                "收件人: " + "; ".join(recips(m)), f"主题: {subj}"]
    if style == "outlook_zh_old":
        return [f"发件人: 纪要助手 [mailto:{bot}]",
                f"发送时间: {t.year}年{t.month}月{t.day}日 {t:%H:%M}",
                "收件人: " + "; ".join(recips(m)), f"主题: {subj}"]
    if style == "owa_zh":
        return ["________________________________", f"发件人: 纪要助手 <{bot}>",
                f"发送时间: {t.year}年{t.month}月{t.day}日 {t.hour}:{t:%M}",
                "收件人: " + "; ".join(recips(m)), f"主题: {subj}"]
    if style == "outlook_tw":
        p, h12 = zh_ampm(t)
        p = {"凌晨": "上午", "中午": "下午", "晚上": "下午"}.get(p, p)
        return [f"寄件者: 纪要助手 <{bot}>",
                f"寄件日期: {t.year}年{t.month}月{t.day}日 {p} {h12:02d}:{t:%M}",
                "收件者: " + "; ".join(recips(m)), f"主旨: {subj}"]
    if style == "outlook_de":
        return [f"Von: 纪要助手 <{bot}>",
                f"Gesendet: {WD_DE[t.weekday()]}, {t.day}. {MON_DE[t.month - 1]} {t.year} {t:%H:%M}",
                "An: " + "; ".join(recips(m)), f"Betreff: {subj}"]
    if style == "owa_de":
        return ["________________________________", f"Von: 纪要助手 <{bot}>",
                f"Gesendet: {WD_DE[t.weekday()]}, {t.day}. {MON_DE[t.month - 1]} {t.year} {t:%H:%M}",
                "An: " + "; ".join(recips(m)), f"Betreff: {subj}"]
    if style == "owa_en":
        h12 = t.hour % 12 or 12
        return ["________________________________", f"From: 纪要助手 <{bot}>",
                f"Sent: {WD_EN[t.weekday()]}, {MON_EN[t.month - 1]} {t.day}, {t.year} {h12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}",
                "To: " + "; ".join(recips(m)), f"Subject: {subj}"]
    if style == "outlook_mac_en":
        return [f"From: 纪要助手 <{bot}>",
                f"Date: {WD_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} at {t:%H:%M}",
                "To: " + ", ".join(recips(m)), f"Subject: {subj}"]
    if style == "outlook_ios":
        h12 = t.hour % 12 or 12
        return ["________________________________", f"From: 纪要助手 <{bot}>",
                f"Sent: {WD_EN[t.weekday()]}, {MON_EN[t.month - 1]} {t.day}, {t.year} {h12}:{t:%M}:{t:%S} {'AM' if t.hour < 12 else 'PM'}",
                "To: " + "; ".join(recips(m)), f"Subject: {subj}"]
    if style == "foxmail":
        return [f"发件人： 纪要助手", f"发送时间： {t:%Y-%m-%d %H:%M}",
                "收件人： " + "; ".join(recips(m, style="nameonly")), f"主题： {subj}"]
    if style == "foxmail_mac":
        return ["------------------ Original ------------------", f'From:  "纪要助手"<{bot}>;',
                f"Date:  {WD_EN3[t.weekday()]}, {MON3[t.month - 1]} {t.day}, {t.year} {t.hour % 12 or 12:02d}:{t:%M} {'AM' if t.hour < 12 else 'PM'}",
                "To:  " + "".join(recips(m, style="qq")), f"Subject:  {subj}"]
    if style == "qq":
        p, h12 = zh_ampm(t)
        return ["------------------ 原始邮件 ------------------", f'发件人: "纪要助手"<{bot}>;',
                f"发送时间: {t.year}年{t.month}月{t.day}日(星期{WD_ZH[t.weekday()]}) {p}{h12}:{t:%M}",
                "收件人: " + "".join(recips(m, style="qq")), f"主题: {subj}"]
    if style == "wecom":
        p, h12 = zh_ampm(t)
        return ["------------------ 原始邮件 ------------------", f'发件人: "纪要助手"<{bot}>;',
                f"发送时间: {t.year}年{t.month}月{t.day}日(星期{WD_ZH[t.weekday()]}) {p}{h12}:{t:%M}",
                "收件人: " + "".join(recips(m, style="qq")), f"主题: {subj}"]
    if style == "mailmaster":
        return ["---- 回复的原邮件 ----", f"| 发件人 | 纪要助手<{bot}> |", f"| 日期 | {t:%Y年%m月%d日 %H:%M} |",
                "| 收件人 | " + ", ".join(recips(m, style="mm")) + " |", f"| 主题 | {subj} |"]
    if style == "huawei":
        p, h12 = zh_ampm(t)
        return ["-------- 原始邮件 --------", f"发件人：纪要助手 <{bot}>",
                f"日期：{t.year}年{t.month}月{t.day}日周{WD_ZH[t.weekday()]} {p}{h12}:{t:%M}",
                "收件人：" + ", ".join(recips(m)), f"主题：{subj}"]
    if style == "dingtalk":
        return ["------------------------------------------------------------------", f"发件人：纪要助手 <{bot}>",
                f"发送时间：{t.year}年{t.month}月{t.day}日(星期{WD_ZH[t.weekday()]}) {t:%H:%M}",
                "收件人：" + "; ".join(recips(m)), f"主　题：{subj}"]
    if style == "gmail_zh":
        return [f"纪要助手 <{bot}> 于{t.year}年{t.month}月{t.day}日周{WD_ZH[t.weekday()]} {t:%H:%M}写道："]
    if style == "gmail_tw":
        p, h12 = zh_ampm(t)
        p = {"凌晨": "上午", "中午": "下午", "晚上": "下午"}.get(p, p)
        return [f"纪要助手 <{bot}> 於 {t.year}年{t.month}月{t.day}日 週{'一二三四五六日'[t.weekday()]} {p}{h12}:{t:%M}寫道："]
    if style == "gmail_en":
        h12 = t.hour % 12 or 12
        return [f"On {WD_EN3[t.weekday()]}, {MON3[t.month - 1]} {t.day}, {t.year} at {h12}:{t:%M}\u202f{'AM' if t.hour < 12 else 'PM'} 纪要助手 <{bot}> wrote:"]
    if style == "gmail_ms":
        h12 = t.hour % 12 or 12
        return [f"Pada {WD_MS[t.weekday()]}, {t.day} {MON3[t.month - 1]} {t.year} pada {h12}:{t:%M} {'PG' if t.hour < 12 else 'PTG'} 纪要助手 <{bot}> menulis:"]
    if style == "iphone_zh":
        return [f"在 {t.year}年{t.month}月{t.day}日，{t:%H:%M}，纪要助手 <{bot}> 写道："]
    if style == "iphone_en":
        return [f"On {MON3[t.month - 1]} {t.day}, {t.year}, at {t:%H:%M}, 纪要助手 <{bot}> wrote:"]
    if style == "apple_mac_en":
        return [f"On {t.day}. {MON3[t.month - 1]} {t.year}, at {t:%H:%M}, 纪要助手 <{bot}> wrote:"]
    if style == "apple_mac_zh":
        return [f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}，纪要助手 <{bot}> 写道："]
    if style == "thunderbird_zh":
        return [f"在 {t.year}/{t.month}/{t.day} {t:%H:%M}, 纪要助手 写道:"]
    raise KeyError(style)


def gt(lines):
    return [("> " + x) if x else ">" for x in lines]


# --------------------------------------------------------------------------------------------------
# MIME writing (by hand, so that charsets, encodings and header shapes are exactly those of each client)
# --------------------------------------------------------------------------------------------------
def to_charset(text, cs):
    if cs.lower() == "gb2312":
        text = text.replace("\u2014", "\u2015")  # GB2312 A1AA: Python's gb2312 codec maps it to U+2015
    return text.encode(cs)


def encoded_words(text, cs, label=None):
    label = label or cs
    try:
        to_charset(text, cs)
    except UnicodeEncodeError:
        cs, label = "utf-8", ("UTF-8" if label.isupper() else "utf-8")
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if len(f"=?{label}?B?{base64.b64encode(to_charset(cand, cs)).decode()}?=") > 75:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    return [f"=?{label}?B?{base64.b64encode(to_charset(w, cs)).decode()}?=" for w in words]


def hdr_text(text, cs, label=None):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, cs, label))


def addr(k_or_pair, cs, label=None, quote=False):
    if isinstance(k_or_pair, tuple):
        name, mail = k_or_pair
    else:
        name, mail = pname(k_or_pair), pmail(k_or_pair)
    if all(ord(c) < 128 for c in name):
        return f"{name} <{mail}>"
    enc = " ".join(encoded_words(name, cs, label))
    return f'"{enc}" <{mail}>' if quote else f"{enc} <{mail}>"


def addr_list(items, cs, label=None, quote=False):
    return ",\n ".join(addr(x, cs, label, quote) for x in items)


def encode_body(text, cs, cte):
    data = to_charset(text, cs)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte in ("8bit", "7bit"):
        if not data.endswith(b"\n"):
            data += b"\n"
        return data
    raise ValueError(cte)


def leaf(ctype, text, cs, cte, label=None, extra=""):
    label = label or cs
    h = f"Content-Type: {ctype}; charset=\"{label}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return h.encode(), encode_body(text, cs, cte)


def leaf_bin(ctype, filename, data, cs="utf-8"):
    fn = filename
    if any(ord(c) > 127 for c in filename):
        fn = " ".join(encoded_words(filename, cs))
    h = (f'Content-Type: {ctype};\n name="{fn}"\nContent-Description: {fn}\n'
         f'Content-Disposition: attachment;\n filename="{fn}"\nContent-Transfer-Encoding: base64\n')
    return h.encode(), base64.encodebytes(data)


def multipart(subtype, boundary, parts, preamble=None, extra=""):
    h = f'Content-Type: multipart/{subtype};{extra}\n boundary="{boundary}"\n'.encode()
    b = b""
    if preamble:
        b += preamble.encode() + b"\n"
    for ph, pb in parts:
        b += f"\n--{boundary}\n".encode() + ph + b"\n" + pb
    b += f"\n--{boundary}--\n".encode()
    return h, b


def fold(name, value):
    return f"{name}: {value}"


def rfc_date(t, pad=False):
    d = f"{t.day:02d}" if pad else str(t.day)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{WD_EN3[t.weekday()]}, {d} {MON3[t.month - 1]} {t.year} {t:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"


# --------------------------------------------------------------------------------------------------
# small deterministic attachments
# --------------------------------------------------------------------------------------------------
def fake_xlsx(title, rows):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        add("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        add("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{esc(title)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        add("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        cells = []
        for ri, row in enumerate(rows, 1):
            cs = "".join(f'<c r="{chr(65 + ci)}{ri}" t="inlineStr"><is><t>{esc(str(v))}</t></is></c>' for ci, v in enumerate(row))
            cells.append(f'<row r="{ri}">{cs}</row>')
        add("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(cells) + "</sheetData></worksheet>")
    return buf.getvalue()


def fake_pdf(text):
    body = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


# --------------------------------------------------------------------------------------------------
# HTML renderers for the alternative parts
# --------------------------------------------------------------------------------------------------
def html_lines(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}>{esc(line) if line else '<br>'}</{tag}>")
    return "\n".join(out)


def html_hdr(lines):
    out = []
    for ln in lines:
        mm = re.match(r"^(\|?\s*)?([^:：|]{1,12}?)\s*([:：]|\s\|)\s*(.*)$", ln)
        if ln.startswith("---") or ln.startswith("___") or not mm:
            out.append(f"<div>{esc(ln)}</div>")
        else:
            out.append(f"<div><b>{esc(mm.group(2))}{mm.group(3).strip()}</b>&nbsp;{esc(mm.group(4).rstrip(' |'))}</div>")
    return "\n".join(out)


def html_outlook(c, m, body, qh, charset_label, lang="ZH-CN"):
    quote = ""
    if qh is not None:
        quote = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 '<p class="MsoNormal"><span style="font-size:11.0pt">' +
                 "<br>\n".join(esc(x) for x in qh if not x.startswith("____")) + "</span></p>\n</div>\n"
                 '<p class="MsoNormal">&nbsp;</p>\n' + recap_html(m))
    paras = "\n".join(f'<p class="MsoNormal"><span lang="{lang}">{esc(x) if x else "<o:p>&nbsp;</o:p>"}</span></p>'
                      for x in body.split("\n"))
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset_label}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face {font-family:DengXian;}\np.MsoNormal, li.MsoNormal, div.MsoNormal '
            '{margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:DengXian;}\n--></style>\n'
            f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
            f'<div class="WordSection1">\n{paras}\n<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n'
            f'{quote}</div>\n</body>\n</html>\n')


def html_owa(c, m, body, qh, charset_label):
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset_label}">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            + html_lines(body) + '\n</div>\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + "<br>\n".join(esc(x) for x in qh if not x.startswith("____")) +
            '</font>\n<div>&nbsp;</div>\n</div>\n<div>\n' + recap_html(m) + '\n</div>\n</body>\n</html>\n')


def html_gmail(c, m, body, attr_line):
    return ('<div dir="ltr">' + html_lines(body) + '</div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">' + esc(attr_line) + '<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + recap_html(m) + '</blockquote></div>\n')


def html_apple(c, m, body, attr_line, footer=None, bottom=False):
    q = (f'<div dir="ltr"><br><blockquote type="cite">{esc(attr_line)}<br><br></blockquote></div>'
         f'<blockquote type="cite"><div dir="ltr">{recap_html(m)}</div></blockquote>')
    top = html_lines(body)
    foot = f'<div dir="ltr">{esc(footer)}</div>' if footer else ""
    inner = (q + top) if bottom else (top + foot + q)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{inner}</body></html>\n')


def html_qq(c, m, body, qh, charset_label, footer=None):
    sep = qh[0].replace(" ", "&nbsp;")
    return (f'<meta http-equiv="Content-Type" content="text/html; charset={charset_label}">' + html_lines(body) +
            (f'<div><br></div><div><sup style="color:#a0a0a0">{esc(footer)}</sup></div>' if footer else "") +
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            + sep + '</div><div style="font-size: 12px;background:#efefef;padding:8px;">' + html_hdr(qh[1:]) +
            '</div><div><br></div>' + recap_html(m) + "\n")


def html_foxmail(c, m, body, qh, charset_label):
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset_label}"><style>body '
            '{ line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; '
            'font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + html_lines(body) + '\n<div><br></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; '
            'margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: '
            '#efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">' + html_hdr([x for x in qh if not x.startswith("---")]) +
            '</div></div><div>' + recap_html(m) + '</div></blockquote>\n</body></html>\n')


def html_generic_cn(c, m, body, qh, charset_label, cls, footer=None):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset_label}"></head><body>'
            f'<div class="{cls}">' + html_lines(body) + "</div>" +
            (f'<div style="font-size:12px;color:#868686">{esc(footer)}</div>' if footer else "") +
            '<div><br></div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0;">' + html_hdr(qh) +
            "<div><br></div>" + recap_html(m) + "</blockquote></body></html>\n")


# --------------------------------------------------------------------------------------------------
# Receiving-server trace headers
# --------------------------------------------------------------------------------------------------
RELAY = {
    "exmail": ("smtpbg{n}.qq.com", "43.155.65.{n}"),
    "m365_ap": ("mail-tyzapc01on20{n}.outbound.protection.outlook.com", "40.107.117.{n}"),
    "m365_hk": ("mail-psaapc01on21{n}.outbound.protection.outlook.com", "40.107.255.{n}"),
    "m365_eu": ("mail-am6eur05on20{n}.outbound.protection.outlook.com", "40.107.22.{n}"),
    "google": ("mail-sor-f{n}.google.com", "209.85.220.{n}"),
    "aliyun": ("out30-{n}.freemail.mail.aliyun.com", "115.124.30.{n}"),
}


def trace(c, m, received_at):
    host, ip = RELAY[c["relay"]]
    n = int(hx("relay", c["num"], n=4), 16) % 90 + 10
    host, ip = host.format(n=n), ip.format(n=n)
    qid = hx("qid", c["num"], n=11).upper()
    rp = c.get("return_path", pmail(c["sender"]) if c.get("sender") else "")
    lines = [f"Return-Path: <{rp}>", f"Delivered-To: {m['bot']}",
             f"Received: from {host} ({host} [{ip}])",
             f"\tby mx.{m['domain']} (Postfix) with ESMTPS id 4f{qid[:9]}",
             f"\tfor <{c.get('rcpt', m['reply_addr'])}>; {rfc_date(received_at.astimezone(SH))} (CST)"]
    return lines


def subj_for(c, m):
    p = c["subj_prefix"]
    return p + m["recap_subject"]


# --------------------------------------------------------------------------------------------------
# Building one reply
# --------------------------------------------------------------------------------------------------
# client -> (quote-header style, how the quote is marked, how the recap table is rendered)
QSTYLE = {
    "foxmail": ("foxmail", "none", "pipe"), "foxmail_mac": ("foxmail_mac", "none", "pipe"),
    "exmail": ("qq", "none", "pipe"), "wecom": ("wecom", "none", "pipe"), "mailmaster": ("mailmaster", "none", "pipe"),
    "huawei": ("huawei", "none", "pipe"), "dingtalk": ("dingtalk", "none", "pipe"),
    "outlook_zh": ("outlook_zh", "none", "tab"), "outlook_zh_old": ("outlook_zh_old", "none", "tab"),
    "outlook_zh_exo": ("outlook_zh", "none", "tab"),
    "owa_zh": ("owa_zh", "none", "tab"), "owa_en": ("owa_en", "none", "tab"), "owa_de": ("owa_de", "none", "tab"),
    "outlook_tw": ("outlook_tw", "none", "tab"), "outlook_de": ("outlook_de", "none", "tab"),
    "outlook_mac_en": ("outlook_mac_en", "none", "tab"), "outlook_ios": ("outlook_ios", "none", "tab"),
    "gmail_zh": ("gmail_zh", "gt_after", "pipe"), "gmail_en": ("gmail_en", "gt_after", "pipe"),
    "gmail_ms": ("gmail_ms", "gt_after", "pipe"), "gmail_tw": ("gmail_tw", "gt_after", "pipe"),
    "gmail_android": ("gmail_zh", "gt_after", "pipe"),
    "iphone_zh": ("iphone_zh", "gt_all", "tab"), "iphone_en": ("iphone_en", "gt_all", "tab"),
    "apple_mac_en": ("apple_mac_en", "gt_all", "tab"), "apple_mac_zh": ("apple_mac_zh", "gt_all", "tab"),
    "thunderbird_zh": ("thunderbird_zh", "gt_after", "pipe"),
}


def quote_lines(c, m):
    style, mark, table = QSTYLE[c["client"]]
    qh = quote_header(m, style, c.get("viewer_off", 8))
    rec = recap_plain(m, table)
    if mark == "none":
        if style in ("foxmail",):
            return [" "] + qh + rec, qh
        if style in ("qq", "wecom", "foxmail_mac", "dingtalk", "huawei", "mailmaster"):
            return qh + rec, qh
        return qh + [""] + rec, qh
    if mark == "gt_after":
        if style.startswith("thunderbird"):
            return qh + gt(rec), qh  # Thunderbird: no blank line between the attribution and the quote
        return qh + [""] + gt(rec), qh
    return gt(qh + [""] + rec), qh


def compose_plain(c, m):
    layout = c.get("layout", "top")
    body = c["body"].rstrip("\n")
    if layout == "noquote":
        return body + "\n", None
    q, qh = quote_lines(c, m)
    if layout == "top":
        gap = "\n\n\n" if c["client"] in ("exmail", "wecom", "foxmail", "gmail_zh", "gmail_en", "gmail_ms", "gmail_tw") else "\n\n"
        return body + gap + "\n".join(q) + "\n", qh
    if layout == "bottom":
        return "\n".join(q) + "\n\n" + body + "\n", qh
    if layout == "attr":
        # the writer typed on the attribution line itself (no line break between the text and "…写道：")
        return body + q[0] + "\n" + "\n".join(q[1:]) + "\n", qh
    if layout == "inline":
        return c["inline"](c, m, q) , qh
    raise ValueError(layout)


def compose_html(c, m, qh):
    cl = c["client"]
    body = c["body"].rstrip("\n")
    lab = c["label"]
    if cl.startswith("outlook") and cl not in ("outlook_mac_en", "outlook_ios"):
        return html_outlook(c, m, body, qh, lab, "ZH-TW" if cl == "outlook_tw" else ("DE" if cl == "outlook_de" else "ZH-CN"))
    if cl in ("outlook_mac_en", "outlook_ios"):
        return html_outlook(c, m, body, qh, lab, "EN-US")
    if cl.startswith("owa"):
        return html_owa(c, m, body, qh, lab)
    if cl.startswith("gmail"):
        if c.get("layout") == "attr":
            # the text and the attribution share one line in the HTML as well
            return ('<div dir="ltr">' + esc(body) + '<div class="gmail_quote gmail_quote_container" style="display:inline">'
                    '<span class="gmail_attr">' + esc(qh[0]) + '</span><blockquote class="gmail_quote" '
                    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    + recap_html(m) + '</blockquote></div></div>\n')
        return html_gmail(c, m, body, qh[0])
    if cl.startswith("iphone") or cl.startswith("apple"):
        return html_apple(c, m, body, qh[0], bottom=c.get("layout") == "bottom")
    if cl in ("exmail", "wecom"):
        return html_qq(c, m, body, qh, lab)
    if cl == "foxmail":
        return html_foxmail(c, m, body, qh, lab)
    if cl == "mailmaster":
        return html_generic_cn(c, m, body, qh, lab, "ntes-mailmaster-quote")
    if cl == "dingtalk":
        return html_generic_cn(c, m, body, qh, lab, "__aliyun_email_body_block")
    if cl in ("huawei", "foxmail_mac"):
        return html_generic_cn(c, m, body, qh, lab, "mail-body")
    raise ValueError(cl)


def client_headers(c, m):
    """Headers in the order each client writes them (trace headers are added in front later)."""
    cl, cs, lab = c["client"], c["cs"], c["label"]
    t = c["date"]
    frm = addr(c["sender"], cs, lab, quote=cl in ("foxmail", "exmail", "wecom", "mailmaster", "dingtalk"))
    to = addr(("纪要助手", m["reply_addr"]), cs, lab, quote=cl in ("foxmail", "exmail", "wecom", "mailmaster", "dingtalk"))
    cc = addr_list(c["cc"], cs, lab, quote=cl in ("foxmail", "exmail", "wecom", "mailmaster", "dingtalk")) if c["cc"] else None
    subj = hdr_text(subj_for(c, m), cs, lab)
    irt = m["recap_id"]
    refs = f"{m['minutes_id']}\n {m['recap_id']}"
    mid = c["msgid"]
    H = []
    if cl in ("foxmail", "foxmail_mac"):
        H += [f"Date: {rfc_date(t)}", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [
            f"Subject: {subj}", f"In-Reply-To: {irt}", f"References: {refs}", "X-Priority: 3",
            f"X-GUID: {hx('guid', c['num'], n=8).upper()}-{hx('g2', c['num'], n=4).upper()}-{hx('g3', c['num'], n=4).upper()}-{hx('g4', c['num'], n=4).upper()}-{hx('g5', c['num'], n=12).upper()}",
            f"X-Has-Attach: {'yes' if c.get('attach') else 'no'}",
            "X-Mailer: Foxmail 7.2.25.375[cn]" if cl == "foxmail" else "X-Mailer: Foxmail for Mac 1.5.8.94196",
            "Mime-Version: 1.0", f"Message-ID: {mid}"]
    elif cl in ("exmail", "wecom"):
        H += [f"X-QQ-mid: bizesmtp{hx('qqmid', c['num'], n=4)}t{int(t.timestamp())}t{hx('q2', c['num'], n=8)}",
              f"X-QQ-Originating-IP: {hx('ipq', c['num'], n=8)}", "X-QQ-SSF: 0000000000000000000000000000000",
              f"X-QQ-GoodBg: {'0' if cl == 'exmail' else '1'}", f"X-BIZMAIL-ID: {int(hx('biz', c['num'], n=12), 16)}",
              f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [
              f"Subject: {subj}", "Mime-Version: 1.0", f"Date: {rfc_date(t)}", "X-Priority: 3",
              f"Message-ID: {mid}", "X-QQ-MIME: TCMime 1.0 by Tencent",
              "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x",
              f"In-Reply-To: {irt}", f"References: {refs}"]
    elif cl in ("mailmaster", "huawei", "dingtalk"):
        H += [f"Date: {rfc_date(t)}", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [
            f"Message-ID: {mid}", f"In-Reply-To: {irt}", f"References: {refs}", f"Subject: {subj}", "MIME-Version: 1.0"]
        if cl == "mailmaster":
            H.insert(0, "X-NTES-SC: AL_Qu2cAf2Tu0ku5CKdZOkfmUgWjuw/WsG1v/Ul1YBSP556jCzr6AIvTXN6NHTx/s6DCyCmoQmXSTlU7OZ1V4hkf4A3FO5dTS6sHyNl3RyTWWMUGw==")
        if cl == "dingtalk":
            H.insert(0, "X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07436282|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|ham_regular_dialog|0.0232131;FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033037026112;MF=" + pmail(c["sender"]) + ";NM=1;PH=DW;RN=5;RT=5;SR=0;TI=W4_0.2.3_v5ForWebDing_2129DE3A_1751769600004_o7001c120n;")
            H.append("X-Mailer: [Alimail-Mailagent revision 54][W4_0.2.3][v5ForWebDing][Chrome]")
    elif cl in ("outlook_zh", "outlook_zh_old", "outlook_mac_en"):
        # Outlook desktop over plain SMTP (Exmail / Google Workspace): local Date, Outlook Message-ID
        H += [f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [
            f"References: {refs}", f"In-Reply-To: {irt}", f"Subject: {subj}", f"Date: {rfc_date(t)}",
            f"Message-ID: {mid}", "MIME-Version: 1.0"]
        if cl == "outlook_mac_en":
            H += ["User-Agent: Microsoft-MacOutlook/16.96.25041326", f"Thread-Topic: {subj}",
                  f"Thread-Index: {base64.b64encode(bytes.fromhex(hx('ti', c['num'], n=44))).decode()}"]
        else:
            H += ["X-Mailer: Microsoft Outlook 16.0",
                  f"Thread-Index: {base64.b64encode(bytes.fromhex(hx('ti', c['num'], n=44))).decode()}",
                  "Content-Language: zh-cn"]
    elif cl in ("outlook_zh_exo", "owa_zh", "owa_en", "owa_de", "outlook_tw", "outlook_de", "outlook_ios"):
        # sent through Exchange Online (or, for outlook_tw with Date +0800, Outlook over Google Workspace)
        H += [f"From: {frm}", f"To: {to}"] + ([f"CC: {cc}"] if cc else []) + [
            f"Subject: {subj}", f"Thread-Topic: {hdr_text(m['recap_subject'], cs, lab)}",
            f"Thread-Index: {base64.b64encode(bytes.fromhex(hx('ti', c['num'], n=44))).decode()}",
            f"Date: {rfc_date(t)}", f"Message-ID:\n {mid}", f"References: {refs}", f"In-Reply-To: {irt}",
            "Accept-Language: " + {"outlook_tw": "zh-TW, en-US", "outlook_de": "de-DE, en-US", "owa_de": "de-DE, en-US",
                                   "owa_en": "en-US, zh-CN", "outlook_ios": "en-US"}.get(cl, "zh-CN, en-US"),
            "Content-Language: " + {"outlook_tw": "zh-TW", "outlook_de": "de-DE", "owa_de": "de-DE",
                                    "owa_en": "en-US", "outlook_ios": "en-US"}.get(cl, "zh-CN"),
            f"X-MS-Has-Attach: {'yes' if c.get('attach') else ''}".rstrip(), "X-MS-TNEF-Correlator:", "MIME-Version: 1.0"]
        if cl == "outlook_ios":
            H.insert(-1, "x-ms-reactions: allow")
    elif cl.startswith("gmail"):
        H += ["MIME-Version: 1.0", f"References: {refs}", f"In-Reply-To: {irt}", f"From: {frm}",
              f"Date: {rfc_date(t, pad=True)}", f"X-Gm-Features: {hx('gmf', c['num'], n=40)}", f"Message-ID: {mid}",
              f"Subject: {subj}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
    elif cl.startswith("iphone"):
        H += [f"From: {frm}", "Mime-Version: 1.0 (1.0)", f"Date: {rfc_date(t)}", f"Subject: {subj}",
              f"Message-Id: {mid}", f"References: {refs}"] + ([f"Cc: {cc}"] if cc else []) + [
              f"In-Reply-To: {irt}", f"To: {to}", "X-Mailer: iPhone Mail (23E246)"]
    elif cl.startswith("apple_mac"):
        H += [f"From: {frm}", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))", f"Subject: {subj}",
              f"Date: {rfc_date(t)}", f"References: {refs}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [
              f"In-Reply-To: {irt}", f"Message-Id: {mid}", "X-Mailer: Apple Mail (2.3826.600.51.1.1)"]
    elif cl.startswith("thunderbird"):
        H += [f"Message-ID: {mid}", f"Date: {rfc_date(t)}", "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", f"Subject: {subj}", "Content-Language: zh-CN", f"To: {to}"] + (
              [f"Cc: {cc}"] if cc else []) + [f"References: {refs}", f"From: {frm}", f"In-Reply-To: {irt}"]
    else:
        raise ValueError(cl)
    return H


def build_reply(c):
    m = MEETINGS[c["m"]]
    plain, qh = compose_plain(c, m)
    cs, lab, cte = c["cs"], c["label"], c["cte"]
    extra = "; format=flowed" if c["client"].startswith("thunderbird") else ""
    parts = c["parts"]
    bnd = {"foxmail": f"----=_001_NextPart{hx('b', c['num'], n=12)}_=----",
           "exmail": f"----=_NextPart_{hx('b', c['num'], n=8).upper()}_{hx('b2', c['num'], n=8).upper()}_{hx('b3', c['num'], n=8).upper()}",
           "wecom": f"----=_NextPart_{hx('b', c['num'], n=8).upper()}_{hx('b2', c['num'], n=8).upper()}_{hx('b3', c['num'], n=8).upper()}",
           }.get(c["client"])
    if bnd is None:
        if c["client"].startswith("gmail"):
            bnd = "0000000000" + hx("b", c["num"], n=16)
        elif c["client"].startswith("iphone") or c["client"].startswith("apple"):
            bnd = "Apple-Mail-" + "-".join([hx("b", c["num"], n=8), hx("b1", c["num"], n=4), hx("b2", c["num"], n=4),
                                            hx("b3", c["num"], n=4), hx("b4", c["num"], n=12)]).upper()
        elif c["client"] in ("mailmaster", "huawei", "dingtalk", "foxmail_mac"):
            bnd = f"----=_Part_{int(hx('b', c['num'], n=6), 16)}_{int(hx('b2', c['num'], n=8), 16)}.{int(c['date'].timestamp()) * 1000}"
        else:
            bnd = "_000_" + hx("b", c["num"], n=24).upper() + "_"
    if parts == "plain":
        mh, mb = leaf("text/plain", plain, cs, cte, lab, extra)
    elif parts == "html":
        mh, mb = leaf("text/html", compose_html(c, m, qh), cs, cte, lab)
    else:
        p1 = leaf("text/plain", plain, cs, cte, lab, extra)
        p2 = leaf("text/html", compose_html(c, m, qh), cs, c.get("html_cte", cte), lab)
        mh, mb = multipart("alternative", bnd, [p1, p2], preamble="This is a multi-part message in MIME format." if c["client"] in ("exmail", "wecom", "foxmail") else None)
    if c.get("attach"):
        atts = [leaf_bin(ct, fn, data, cs) for fn, ct, data in c["attach"]]
        mh, mb = multipart("mixed", "mixed_" + bnd.strip("-_"), [(mh, mb)] + atts,
                           preamble="This is a multi-part message in MIME format." if c["client"] in ("exmail", "foxmail") else None)
    H = trace(c, m, c["date"] + dt.timedelta(seconds=3)) + client_headers(c, m)
    return ("\n".join(H) + "\n").encode() + mh + b"\n" + mb


def msgid_for(c):
    cl, num, t = c["client"], c["num"], c["date"]
    dom = pmail(c["sender"]).split("@")[1]
    uuid = "-".join([hx("u", num, n=8), hx("u1", num, n=4), hx("u2", num, n=4), hx("u3", num, n=4), hx("u4", num, n=12)])
    exo_region = {"hongyue-prec.example.com.tw": None, "wingchun-pack.example.hk": ("PSAPR03MB", "apcprd03"),
                  "dentanord.example.de": ("AM9PR05MB", "eurprd05"), LUDAO: ("TYZPR06MB", "apcprd06")}.get(dom)
    if cl in ("foxmail", "foxmail_mac"):
        return f"<{t:%Y%m%d%H%M%S}{int(hx('fm', num, n=8), 16) % 10 ** 7:07d}@{dom}>"
    if cl in ("exmail", "wecom"):
        return f"<tencent_{hx('tq', num, n=36).upper()}@qq.com>"
    if cl == "mailmaster":
        return f"<{hx('mm', num, n=8)}.{hx('mm1', num, n=5)}.{hx('mm2', num, n=11)}@{dom}>"
    if cl == "huawei":
        return f"<{hx('hw', num, n=32)}@{dom}>"
    if cl == "dingtalk":
        return f"<{uuid}.{pmail(c['sender']).split('@')[0]}@{dom}>"
    if cl in ("outlook_zh", "outlook_zh_old") or (cl == "outlook_tw" and exo_region is None):
        return f"<000001dc{hx('ol', num, n=4)}${hx('ol1', num, n=8)}${hx('ol2', num, n=8)}$@{dom}>"
    if cl == "outlook_mac_en":
        return f"<{uuid.upper()}@{dom}>"
    if cl in ("outlook_zh_exo", "owa_zh", "owa_en", "owa_de", "outlook_de", "outlook_tw", "outlook_ios"):
        pre, reg = exo_region or ("SEZPR04MB", "apcprd04")
        box = hx("box", dom, n=4).upper()
        return f"<{pre}{box}{hx('exo', num, n=24).upper()}@{pre}{box}.{reg}.prod.outlook.com>"
    if cl.startswith("gmail"):
        return "<CA" + base64.b64encode(bytes.fromhex(hx("gm", num, n=60))).decode().replace("/", "_").replace("+", "-") + "@mail.gmail.com>"
    if cl.startswith("iphone") or cl.startswith("apple"):
        return f"<{uuid.upper()}@{dom}>"
    if cl.startswith("thunderbird"):
        return f"<{uuid}@{dom}>"
    raise ValueError(cl)


def U(y, mo, d, h, mi, s=0):
    return T(y, mo, d, h, mi, s, off=0)


def inline_5673(c, m, q):
    # Thunderbird, answer typed under the quoted recap row 3 (and nothing above the quote but one line)
    out = ["见下方。", ""]
    for line in q:
        out.append(line)
        if line.startswith("> | 3 |"):
            out += ["", "已完成，4月和5月上旬的沉降菌、尘埃粒子数据都已录入QMS，记录编号EM-2026-019。", ""]
    out += ["", "-- ", "蔡文博", "质量部 QA工程师", "鹭岛齿科器械股份有限公司", "Tel: 0592-5713 281"]
    return "\n".join(out) + "\n"


def sig_ludao(name, dept, title="", tel=""):
    L = [name, dept + (f" {title}" if title else ""), "鹭岛齿科器械股份有限公司", "厦门市海沧区新阳工业区翁角路 218 号"]
    if tel:
        L.append(tel)
    return "\n".join(L)


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------
XLSX_PRICES = fake_xlsx("收购价", [["片区", "等级", "鲜叶单价(元/公斤)"], ["勐海", "一级", "68"], ["勐海", "二级", "46"],
                                  ["布朗山", "古树", "420"], ["布朗山", "台地", "75"]])
XLSX_SELLTHRU = fake_xlsx("Q1", [["Outlet", "SKU", "Units"], ["KL Pavilion", "DH-250", "412"], ["Penang Gurney", "PE-357", "198"]])
PDF_SCAN = fake_pdf("Purchase agreement Bulang cooperative 2026 - scanned copy")
PDF_GRN = fake_pdf("Goods receipt note 2026-05-06 packaging materials")
PDF_IFU = fake_pdf("IFU DE proofreading - marked up")

CASES = [
    # ---------------------------------------------------------------- M1 春茶收购与初制协调会
    dict(num=5651, slug="confirm-item2-foxmail-gbk", m="M1", sender="dao", client="foxmail",
         date=T(2026, 4, 2, 17, 5, 20), cs="gbk", label="GBK", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复: ", cc=["pu", "duan"],
         body="普经理：\n\n确认，第2项没问题。杀青机的配件已经在路上，清明前能修好。\n\n刀建华\n澜湄茶业 生产部\n手机：139 8712 4406\n",
         gold=("confirm", [2], None, None), rule=None,
         notes="Plain Foxmail GBK reply before the cut-off. '确认，第2项没问题' confirms item 2 (勐海初制所杀青机检修, his own item) -> confirm, items [2]. '清明前能修好' is a forecast, not a new date. The quoted recap footer (Foxmail's 发件人：/发送时间： block, no '>' prefix) repeats every command word and must be ignored."),
    dict(num=5652, slug="done-item1-exmail-gb18030-xlsx", m="M1", sender="yanwen", client="exmail",
         date=T(2026, 4, 3, 10, 20, 41), cs="gb18030", label="gb18030", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复：", cc=["pu"], attach=[("2026春茶鲜叶收购价格表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX_PRICES)],
         body="普经理：\n\n第1项已完成，收购价格表见附件，勐海、布朗山两个片区分开列了，古树料单独一页。\n\n岩温\n原料采购部 | 澜湄茶业\n",
         gold=("done", [1], None, None), rule=None,
         notes="Common case: Exmail (QQ-style '------------------ 原始邮件 ------------------' quote), gb18030 base64, multipart/mixed with an .xlsx whose file name is RFC 2047 encoded. '第1项已完成' -> done [1]."),
    dict(num=5653, slug="extend-after-qingming-outlook-gb2312", m="M1", sender="lixw", client="outlook_zh",
         date=T(2026, 4, 2, 17, 48, 2), cs="gb2312", label="gb2312", cte="quoted-printable", parts="alt", relay="exmail",
         subj_prefix="答复: ", cc=["pu", "duan"],
         body="普经理好，\n\n第4项抽样方案要按州市场监管局3月底发的新版抽检细则来做，细则的配套表格清明后才下发，申请延期到节后第一个工作日。\n\n谢谢！\n\n李晓雯\n质量部\n澜湄茶业有限公司\nTel：0871-6535 2217\n",
         gold=("extend", [4], None, "2026-04-07"), rule=("after_holiday",),
         notes="Outlook desktop (zh-CN, over Exmail SMTP) gb2312 quoted-printable, sent Thu 2026-04-02. '申请延期到节后第一个工作日' -> the next holiday block is Qingming (04-04..04-06, Sat-Mon), so the first working day after it is Tue 2026-04-07. '3月底' and '清明后' are reasons, not the requested date. Outlook quotes the recap table as tab-separated cells under a '发件人:/发送时间:' block with no '>'."),
    dict(num=5654, slug="extend-3-workdays-over-qingming-wecom-html", m="M1", sender="zhoumin", client="wecom",
         date=T(2026, 4, 3, 11, 2, 37), cs="utf-8", label="utf-8", cte="base64", parts="html", relay="exmail",
         subj_prefix="回复：", cc=["pu"],
         body="普经理：\n\n第5项今天完成不了，仓库两台温湿度记录仪昨天送计量所校准了，申请延期，3个工作日内把台账补齐。\n\n周敏\n仓储物流部\n",
         gold=("extend", [5], None, "2026-04-09"), rule=("workdays", 3),
         notes="企业微信 mail, single-part text/html (no plain alternative). Sent Fri 2026-04-03 (the item's due day). '申请延期，3个工作日内' counts Chinese working days from the day after sending: 04-04..04-06 are the Qingming holiday, so 04-07 (1), 04-08 (2), 04-09 (3) -> 2026-04-09. A plain Mon-Fri count gives 04-08 and a calendar count gives 04-06; both wrong."),
    dict(num=5655, slug="done-by-task-words-iphone-scan", m="M1", sender="yanwen", client="iphone_zh",
         date=T(2026, 4, 10, 11, 26, 50), cs="utf-8", label="utf-8", cte="quoted-printable", parts="plain", relay="exmail",
         subj_prefix="", cc=["pu"], attach=[("布朗山合作社收购协议-扫描件.pdf", "application/pdf", PDF_SCAN)],
         body="布朗山合作社的收购协议今天上午签好了，扫描件见附件。原件下周我带回公司。\n\n发自我的iPhone\n",
         gold=("done", [], None, None), rule=None,
         notes="iPhone Mail, text/plain + PDF. No item number: the sentence names the task (布朗山…合作社…收购协议 = recap row 3, '与布朗山茶农合作社签订收购协议'). 岩温 owns items 1 and 3 of this meeting; item 1 was reported done on 04-03 (case 5652) and only item 3 matches the words -> done, items [], content-match [3]. '下周' (bringing the original back) is not a date request."),
    dict(num=5700, slug="unknown-thanks-gm-exmail", m="M1", sender="duan", client="exmail",
         date=T(2026, 4, 2, 19, 36, 12), cs="gb18030", label="gb18030", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复：", cc=["pu", "yanwen", "dao", "lixw", "zhoumin"],
         body="谢谢各位，辛苦了！春茶收购是今年的头等大事，价格和协议这两块请普经理盯紧。清明假期值班的同事注意安全。\n\n段志刚\n",
         gold=("unknown", [], None, None), rule=None,
         notes="The general manager thanks everyone (Exmail, gb18030). No command, no item number, no date -> intent unknown (a human reply that asks for no change). '价格和协议' names tasks of items 1 and 3 but asks for nothing; '清明假期' is not a date request."),
    # ---------------------------------------------------------------- M2 Harimau (English recap)
    dict(num=5656, slug="done-item3-gmail-en-counts", m="M2", sender="nurul", client="gmail_en",
         date=T(2026, 4, 28, 10, 5, 33), cs="utf-8", label="UTF-8", cte="quoted-printable", parts="alt", relay="google",
         subj_prefix="", cc=["chenrx", "tan"], attach=[("Harimau_Q1_sellthrough_by_outlet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX_SELLTHRU)],
         body="Hi Ruoxi,\n\nItem 3 done - the Q1 sell-through by outlet is attached. It covers 12 of 14 outlets; the two Sabah outlets always report late, I will add them when I have them.\n\nRegards,\nNurul Aisyah\nTrade Marketing Executive\nHarimau Trading Sdn Bhd\n+60 3-7960 2218\n",
         gold=("done", [3], None, None), rule=None,
         notes="Google Workspace Gmail (English UI; the attribution has a U+202F narrow no-break space before PM), .xlsx attached. 'Item 3 done' -> done [3]. '12 of 14 outlets' is a count, not a percent and not items 12/14. The phone number in the signature is not a date."),
    dict(num=5657, slug="done-by-task-words-iphone-en", m="M2", sender="tan", client="iphone_en",
         date=T(2026, 4, 30, 16, 48, 9), cs="utf-8", label="utf-8", cte="quoted-printable", parts="plain", relay="google",
         subj_prefix="", cc=["chenrx"],
         body="Ruoxi, container booking is confirmed with Evergreen, 1x40HQ, vessel cut-off 12 May. This one is done.\n\nSent from my iPhone\n",
         gold=("done", [], None, None), rule=None,
         notes="iPhone Mail in English. 'This one is done' with no number; Tan Wei Liang owns items 2 and 5 of M2, and only item 2 ('confirm the container booking for the May shipment') matches 'container booking' -> done, items [], content-match [2]. 'vessel cut-off 12 May' is shipping information, not an extension. The quote (iOS puts '> ' before the attribution too) repeats 'item N done'."),
    dict(num=5658, slug="extend-next-tuesday-outlook-mac", m="M2", sender="tan", client="outlook_mac_en",
         date=T(2026, 4, 27, 16, 10, 55), cs="utf-8", label="UTF-8", cte="quoted-printable", parts="alt", relay="google",
         subj_prefix="Re: ", cc=["chenrx", "nurul"],
         body="Hi Ruoxi,\n\nOn item 2: the shipping line has not released the May slots out of Qinzhou yet, so I can't confirm the booking by tomorrow. Could we move it to next Tuesday?\n\nThanks,\nWei Liang\n",
         gold=("extend", [2], None, "2026-05-05"), rule=("next_week", 1),
         notes="Outlook for Mac, English. Sent Mon 2026-04-27 (Kuala Lumpur and Shanghai are both UTC+8). 'Could we move it to next Tuesday?' -> extension of item 2; 'next Tuesday' = Tuesday of the following calendar week = 2026-05-05 (not tomorrow 04-28, which is the current due date). That 05-05 is a Chinese holiday does not change the requested date. 'by tomorrow' restates the due date."),
    dict(num=5659, slug="extend-the-21st-outlook-ios", m="M2", sender="tan", client="outlook_ios",
         date=T(2026, 5, 6, 9, 15, 12), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="google",
         subj_prefix="Re: ", cc=["chenrx"],
         body="Hi Ruoxi, for item 5 our designer was on leave over the long weekend and the artwork needs another round with your brand team. Could we move item 5 to the 21st?\n\nWei Liang\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n",
         gold=("extend", [5], None, "2026-05-21"), rule=("dom", 21),
         notes="Outlook for iOS (mobile footer 'Get Outlook for iOS<link>', quote under a '____' line with From/Sent/To/Subject). Sent Wed 2026-05-06. 'move item 5 to the 21st' -> day 21 of the current month (not yet past) = 2026-05-21."),
    dict(num=5660, slug="object-item4-zh-on-english-recap", m="M2", sender="lixw", client="outlook_zh",
         date=T(2026, 4, 22, 17, 20, 18), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="exmail",
         subj_prefix="答复: ", cc=["chenrx", "duan"],
         body="Ruoxi，\n\n第4项有异议：我们的有机证书正在换证，新证书预计5月中旬才能拿到，4月27日只能先提供清真证书的复印件。建议这一项拆成两部分，或者整体放到新证下来以后。\n\n李晓雯\n质量部\n",
         gold=("object", [4], None, None), rule=None,
         notes="Chinese reply (Outlook zh-CN labels) to the English recap, before the 18:00 cut-off. '第4项有异议：…' -> object [4]. The reason proposes a later timing ('5月中旬', '放到新证下来以后') and restates the due date (4月27日); by convention an objection that proposes another date stays object with new_due_date null."),
    dict(num=5661, slug="progress-about-60-by-task-words", m="M2", sender="tan", client="outlook_mac_en",
         date=T(2026, 5, 4, 14, 30, 2), cs="utf-8", label="UTF-8", cte="quoted-printable", parts="alt", relay="google",
         subj_prefix="Re: ", cc=["chenrx"],
         body="Hi Ruoxi,\n\nQuick update: the co-branded gift box artwork is about 60% done - structure and colours are agreed, the Malay/English copy is still being checked. I'll send a draft for your team's comments this week.\n\nBest regards,\nTan Wei Liang\nBusiness Development Manager\nHarimau Trading Sdn Bhd\n",
         gold=("progress", [], 60, None), rule=None,
         notes="Outlook for Mac, English. 'about 60% done' -> progress, percent 60. No item number; the words 'co-branded gift box artwork' match only item 5 of the sender's two items (2 and 5) -> items [], content-match [5]. 'this week' is an intention, not an extension request."),
    dict(num=5662, slug="unknown-question-item3-gmail-malay", m="M2", sender="nurul", client="gmail_ms",
         date=T(2026, 4, 22, 16, 45, 20), cs="utf-8", label="UTF-8", cte="quoted-printable", parts="alt", relay="google",
         subj_prefix="", cc=["chenrx"],
         body="Hi Ruoxi,\n\nFor item 3, do you need the sell-through by outlet only, or also by SKU? Our POS export can do both.\n\nThanks,\nNurul\n",
         gold=("unknown", [3], None, None), rule=None,
         notes="Gmail with a Malay interface: the attribution reads 'Pada Rab, 22 Apr 2026 pada 3:32 PTG 纪要助手 <…> menulis:'. The writer asks a question about item 3 and requests no change -> intent unknown; a question that writes a number keeps it -> items [3]."),
    # ---------------------------------------------------------------- M3 包材协调会 (HK supplier)
    dict(num=5663, slug="done-item1-hk-big5-no-quote", m="M3", sender="kelly", client="outlook_tw",
         date=U(2026, 4, 30, 7, 20, 44), cs="big5", label="big5", cte="base64", parts="alt", relay="m365_hk",
         subj_prefix="回覆: ", cc=["wangke"], layout="noquote",
         body="王小姐：\n\n第1項禮盒打樣（第二版）已完成，樣品已於4月30日經順豐寄出，運單號 SF1402 7781 9360，預計5月6日送達昆明。\n\n如有問題請隨時聯絡。\n\n黃嘉欣 Kelly Wong\n客戶服務部\n永晉印刷包裝有限公司\n香港九龍觀塘鴻圖道 38 號\n電話：+852 2345 6781\n",
         gold=("done", [1], None, None), rule=None,
         notes="Hong Kong supplier, Outlook (Microsoft 365, Date in +0000 = 15:20 HKT) set to Big5 and to not include the original message: both parts are big5 base64, the subject is UTF-8 encoded words (it contains simplified characters). Traditional '第1項…已完成' -> done [1]. '已於4月30日…寄出' and '預計5月6日送達' are shipping facts/ETA, never an extension."),
    dict(num=5664, slug="extend-two-more-days-hk-cantonese", m="M3", sender="kelly", client="outlook_tw",
         date=U(2026, 5, 6, 2, 12, 30), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_hk",
         subj_prefix="回覆: ", cc=["wangke", "zhoumin"],
         body="王小姐：\n\n第4項色差確認要多兩日，印刷廠五一假期後仲未完全開機，麻煩幫我哋延期兩日，唔該。\n\nKelly\n",
         gold=("extend", [4], None, "2026-05-10"), rule=("plus_days_due", 2),
         notes="Hong Kong Cantonese written in Traditional characters (仲未/我哋/唔該), Outlook zh-HK labels (寄件者/寄件日期/收件者/主旨), UTF-8 QP. '第4項…要多兩日…延期兩日' -> extend item 4 by two days: two calendar days after its current due date 2026-05-08 = 2026-05-10 (convention 5)."),
    dict(num=5665, slug="extend-month-end-foxmail-mac", m="M3", sender="wangke", client="foxmail_mac",
         date=T(2026, 5, 6, 17, 30, 8), cs="utf-8", label="UTF-8", cte="quoted-printable", parts="alt", relay="exmail",
         subj_prefix="Re: ", cc=["zhoumin", "dao", "chenrx"],
         body="各位：\n\n第5项包材BOM要等礼盒第二版打样和色差都定下来才能更新，申请延期至月底。\n\n王珂\n品牌电商部 | 澜湄茶业\n",
         gold=("extend", [5], None, "2026-05-31"), rule=("month_end",),
         notes="Foxmail for Mac (English 'Original' quote header). The organizer extends her own item: '第5项…申请延期至月底' sent 2026-05-06 -> last calendar day of May = 2026-05-31 (a Sunday; 月底 is the calendar month end by convention)."),
    dict(num=5666, slug="done-two-items-one-sentence-mailmaster", m="M3", sender="zhoumin", client="mailmaster",
         date=T(2026, 5, 7, 9, 30, 21), cs="utf-8", label="UTF-8", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复：", cc=["wangke", "dao"], attach=[("入库单20260506.pdf", "application/pdf", PDF_GRN)],
         body="第2项和第3项都已完成，老刀让我一起回复一下：唛头文件4月29日已发给永晉，首批包材昨天下午入库，入库单见附件。\n\n发自网易邮箱大师\n",
         gold=("done", [2, 3], None, None), rule=None,
         notes="网易邮箱大师 with its '---- 回复的原邮件 ----' pipe-table quote header and mobile footer. Two items in one sentence: '第2项和第3项都已完成' -> done [2, 3]. Item 3 belongs to 刀建华 (老刀, alias); the parse records what is written, whether the bot accepts a change from a non-owner is a workflow decision. '4月29日已发' is a fact."),
    # ---------------------------------------------------------------- M4 种植体项目周例会 (Microsoft 365)
    dict(num=5668, slug="confirm-plain-outlook-exo-gb2312", m="M4", sender="huangsh", client="outlook_zh_exo",
         date=U(2026, 5, 11, 4, 2, 11), cs="gb2312", label="gb2312", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["hong"],
         body="洪总：\n\n确认。\n\n黄淑华\n质量部经理\n鹭岛齿科器械股份有限公司\n电话：0592-5713 266\n",
         gold=("confirm", [], None, None), rule=None,
         notes="The plainest reply: Outlook (Exchange Online, Date +0000 = 12:02 Shanghai), gb2312 QP. '确认。' -> confirm, no items. The quoted footer's '—' dashes are GB2312 A1AA (decoded by Python as U+2015)."),
    dict(num=5669, slug="progress-qicheng-outlook-gb2312", m="M4", sender="zheng", client="outlook_zh_exo",
         date=U(2026, 5, 14, 9, 40, 27), cs="gb2312", label="gb2312", cte="base64", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["hong", "linzp"],
         body="洪总：\n\n第1项目前完成七成：10组样件里7组已经跑完500万次循环，剩下3组周五上机。\n\n郑雅琴\n研发部 | 鹭岛齿科\n",
         gold=("progress", [1], 70, None), rule=None,
         notes="Outlook (EXO) gb2312 base64. '第1项目前完成七成' -> progress [1], percent 70 ('七成' = 70). '10组/7组/3组/500万次' are counts, not percents or items; '周五上机' is a plan, not an extension."),
    dict(num=5670, slug="extend-next-wed-owa-utc-sunday", m="M4", sender="zheng", client="owa_zh",
         date=U(2026, 5, 17, 16, 32, 10), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["hong"],
         body="洪总，\n\n第1项疲劳测试周五上机的3组里有1组样件在螺纹处提前断裂，需要重新加工补做，申请延期到下周三。\n\n郑雅琴\n",
         gold=("extend", [1], None, "2026-05-27"), rule=("next_week", 2),
         notes="Outlook on the web; Date 'Sun, 17 May 2026 16:32:10 +0000' is Mon 2026-05-18 00:32 in Shanghai. '申请延期到下周三' must be resolved from the Shanghai date: the following calendar week of Mon 05-18 is 05-25..05-31 -> Wed 2026-05-27. Resolving from the UTC date (a Sunday) would wrongly give 05-20."),
    dict(num=5671, slug="done-ambiguous-owner-of-two-iphone", m="M4", sender="linzp", client="iphone_zh",
         date=T(2026, 5, 13, 17, 55, 40), cs="utf-8", label="utf-8", cte="base64", parts="plain", relay="m365_ap",
         subj_prefix="", cc=["hong"],
         body="已完成，已发洪总邮箱，请查收。\n\n发自我的 iPhone\n",
         gold=("done", [], None, None), rule=None,
         notes="AMBIGUOUS by design. iPhone reply '已完成，已发洪总邮箱，请查收。' with no number and no task words. 林志鹏 owns two open items of M4 (2 提交注册检验样品清单, due today 05-13; 5 准备NMPA发补资料初稿, due 05-29). Intent done as written, items [], no content-match: the bot should ask which item (a human would guess item 2 from the date, but nothing in the text says so)."),
    dict(num=5672, slug="progress-half-by-task-words-outlook", m="M4", sender="linzp", client="outlook_zh_exo",
         date=U(2026, 5, 20, 2, 15, 40), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["hong", "zheng"],
         body="洪总：\n\nNMPA发补资料初稿目前写了一半，临床评价部分还在等郑工的疲劳测试数据，其他章节本周可以收尾。\n\n林志鹏\n注册法规部\n鹭岛齿科器械股份有限公司\n",
         gold=("progress", [], 50, None), rule=None,
         notes="Outlook (EXO) UTF-8 QP. '写了一半' -> progress, percent 50. No number; 'NMPA发补资料初稿' matches item 5 of the sender's two items (2 and 5) -> items [], content-match [5]. '疲劳测试' is item 1's task (郑雅琴's, not the sender's) and is only the reason."),
    dict(num=5673, slug="done-inline-under-row3-thunderbird", m="M4", sender="cai", client="thunderbird_zh",
         date=T(2026, 5, 14, 16, 20, 5), cs="utf-8", label="UTF-8", cte="8bit", parts="plain", relay="m365_ap",
         subj_prefix="", cc=["hong", "huangsh"], layout="inline", inline=inline_5673, body="",
         gold=("done", [3], None, None), rule=None,
         notes="Thunderbird 8bit, format=flowed, interleaved reply: the only new text above the quote is '见下方。'; the answer '已完成，…' is typed between quoted recap rows 3 and 4 -> it answers row 3 -> done [3] (convention 2: an inline answer under a quoted row takes that row's number). '4月和5月上旬' and 'EM-2026-019' are not dates or items."),
    dict(num=5674, slug="done-text-on-attribution-line-gmail-app", m="M4", sender="xu", client="gmail_android",
         date=T(2026, 5, 12, 9, 41, 18), cs="utf-8", label="UTF-8", cte="base64", parts="alt", relay="m365_ap",
         subj_prefix="", cc=["hong"], layout="attr",
         body="第4项已完成，宏岳答复TC4钛棒5月25日从台中发货",
         gold=("done", [4], None, None), rule=None,
         notes="Gmail app: the writer deleted the blank lines, so the text runs straight into the attribution on one line: '第4项已完成，宏岳答复TC4钛棒5月25日从台中发货纪要助手 <…> 于2026年5月11日周一 11:33写道：'. The reply is the part before '纪要助手 <…> 于…写道：' -> done [4]. '5月25日从台中发货' is the supplier's ETA, not an extension; the recap date inside the attribution is not a date request either."),
    # ---------------------------------------------------------------- M5 宏岳精密 (Taiwan supplier)
    dict(num=5675, slug="done-item1-taiwan-big5-no-quote", m="M5", sender="kychen", client="outlook_tw",
         date=T(2026, 5, 22, 10, 36, 15), cs="big5", label="big5", cte="base64", parts="alt", relay="google",
         subj_prefix="回覆: ", cc=["huangsh", "peggy"], layout="noquote",
         body="黃經理 您好：\n\n第1項TC4鈦棒材質證明（MTC）已完成，電子檔已上傳貴司供應商平台，正本已於5/21以DHL寄出，追蹤號碼 4417 2093 56。\n\n陳冠宇 Kuan-Yu Chen\n業務部 副理\n宏岳精密工業股份有限公司\n台中市西屯區工業區三十八路 96 號\nTEL: +886-4-2359-6618 #215\n",
         gold=("done", [1], None, None), rule=None,
         notes="Taiwan supplier, Outlook zh-TW (over Google Workspace, Date +0800) in Big5 without the original message. Traditional '第1項…已完成' -> done [1]. '已於5/21以DHL寄出' is a fact (M/D form), not a request; the tracking number and '#215' extension are not items."),
    dict(num=5676, slug="extend-ambiguous-taiwan-next-wed", m="M5", sender="kychen", client="outlook_tw",
         date=T(2026, 5, 20, 17, 30, 48), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="google",
         subj_prefix="回覆: ", cc=["huangsh", "peggy"],
         body="黃經理 您好：\n\n這部分我們工廠需要多一點時間確認，延後到下週三前提供可以嗎？\n\n謝謝！\n陳冠宇\n",
         gold=("extend", [], None, "2026-05-27"), rule=("next_week", 2),
         notes="AMBIGUOUS by design. '這部分…延後到下週三前提供可以嗎？' is an extension request (延後到 … 可以嗎) but names neither a number nor task words, and 陳冠宇 owns two open items of M5 (1 MTC due 05-22, 2 8D report due 05-29). Intent extend as written, items [], no content-match; new_due_date is still the requested date: sent Wed 2026-05-20, 下週三 = Wed of the following calendar week = 2026-05-27 ('X前' = due on X). The bot should ask which item."),
    dict(num=5677, slug="extend-day-15-rolls-to-june-outlook", m="M5", sender="xu", client="outlook_zh_exo",
         date=U(2026, 5, 28, 1, 30, 0), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["huangsh"],
         body="黄经理：\n\n第4项合格供应商名录要等宏岳的8D报告关闭后一起更新，申请延期到15号。\n\n许晓东\n采购部\n",
         gold=("extend", [4], None, "2026-06-15"), rule=("dom", 15),
         notes="Outlook (EXO, 09:30 Shanghai on Thu 2026-05-28). '申请延期到15号': day 15 of May is already past, so it is 15 June -> 2026-06-15. '8D' is a report name, not an item number."),
    dict(num=5678, slug="object-item3-reassign-owa", m="M5", sender="cai", client="owa_zh",
         date=U(2026, 5, 20, 9, 12, 33), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["huangsh", "xu"],
         body="黄经理：\n\n对第3项有异议：6月来料检验标准涉及新的表面粗糙度要求，需要研发部郑工一起评审，建议改为郑雅琴牵头、我配合，时间也需要放到6月初。\n\n蔡文博\n",
         gold=("object", [3], None, None), rule=None,
         notes="OWA (17:12 Shanghai, before the cut-off). '对第3项有异议：…' -> object [3]. The reason proposes another owner and '6月初' (a vague later date); an objection that proposes another date is object with new_due_date null (convention 4)."),
    dict(num=5679, slug="progress-80-taiwan-8d-outlook", m="M5", sender="kychen", client="outlook_tw",
         date=T(2026, 5, 26, 14, 5, 9), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="google",
         subj_prefix="回覆: ", cc=["huangsh", "peggy"],
         body="黃經理 您好：\n\n第2項8D報告目前進度80%，D4根本原因已確認為刀具磨耗，D5/D6永久對策還在驗證，預計5/28回覆完整報告。\n\n陳冠宇\n",
         gold=("progress", [2], 80, None), rule=None,
         notes="Traditional Chinese (zh-TW Outlook, UTF-8 QP). '第2項8D報告目前進度80%' -> progress [2], 80. 'D4/D5/D6' are 8D steps, not items; '預計5/28回覆' is an ETA before the due date 05-29, not an extension."),
    dict(num=5698, slug="confirm-taiwan-gmail-zh-tw", m="M5", sender="peggy", client="gmail_tw",
         date=T(2026, 5, 20, 16, 52, 30), cs="utf-8", label="UTF-8", cte="base64", parts="alt", relay="google",
         subj_prefix="", cc=["huangsh", "kychen"],
         body="黃經理您好，\n\n收到，確認無誤，謝謝！\n\n林佩君 Peggy Lin\n宏岳精密 業務助理\n",
         gold=("confirm", [], None, None), rule=None,
         notes="Gmail with a Traditional Chinese interface: attribution '纪要助手 <…> 於 2026年5月20日 週三 下午4:10寫道：'. '收到，確認無誤' -> confirm, no items. (林佩君 owns no item; the parse records the intent anyway.)"),
    # ---------------------------------------------------------------- M6 DentaNord (English recap)
    dict(num=5680, slug="done-item2-outlook-german", m="M6", sender="katrin", client="outlook_de",
         date=U(2026, 6, 15, 8, 5, 0), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_eu",
         subj_prefix="AW: ", cc=["ke", "jonas"], viewer_off=2, attach=[("IFU_DE_proofread_v2.pdf", "application/pdf", PDF_IFU)],
         body="Hi Jason,\n\nitem 2 is done: the German IFU proofreading is finished, the marked-up PDF is attached (37 comments, mostly terminology).\n\nBest regards\nKatrin\n\nKatrin Vogel\nRegulatory Affairs\nDentaNord Vertriebs GmbH\nGroßer Burstah 31, 20457 Hamburg\nTel. +49 40 3861 2290\n",
         gold=("done", [2], None, None), rule=None,
         notes="German Outlook (Microsoft 365): subject 'AW: Re: …', quote header 'Von:/Gesendet:/An:/Betreff:' with the time in CEST. 'item 2 is done' -> done [2]. '37 comments' and the postcode are not items or dates."),
    dict(num=5681, slug="extend-two-more-days-apple-mail-en", m="M6", sender="jonas", client="apple_mac_en",
         date=T(2026, 6, 11, 9, 0, 44, off=2), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_eu",
         subj_prefix="", cc=["ke"], viewer_off=2,
         body="Hi Jason,\n\nItem 3 - the fair organiser still hasn't sent the final hall plan, so I can't place the booth order yet. I need two more days, can we push it?\n\nCheers,\nJonas\n",
         gold=("extend", [3], None, "2026-06-14"), rule=("plus_days_due", 2),
         notes="Apple Mail (macOS, English UI, German region: 'On 9. Jun 2026, at 11:22, …'), Date +0200 (15:00 Shanghai). 'I need two more days, can we push it?' -> extend item 3; 'two more days' = two calendar days after its current due 2026-06-12 = 2026-06-14."),
    dict(num=5682, slug="confirm-iphone-en-cest", m="M6", sender="jonas", client="iphone_en",
         date=T(2026, 6, 9, 11, 40, 3, off=2), cs="utf-8", label="utf-8", cte="quoted-printable", parts="plain", relay="m365_eu",
         subj_prefix="", cc=["ke", "katrin"], viewer_off=2,
         body="Confirmed from our side. Thanks Jason!\n\nSent from my iPhone\n",
         gold=("confirm", [], None, None), rule=None,
         notes="iPhone, English, Date +0200 (17:40 Shanghai, before the cut-off). 'Confirmed from our side' -> confirm, no items."),
    dict(num=5683, slug="extend-june-30-owa-english", m="M6", sender="xu", client="owa_en",
         date=U(2026, 6, 22, 2, 10, 0), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="m365_ap",
         subj_prefix="RE: ", cc=["ke", "jonas"],
         body="Hi Jason,\n\nItem 4: the last sterilisation batch slipped because of the Dragon Boat holiday, so the 200 demo kits cannot leave Xiamen by 24 June. Please extend item 4 to June 30.\n\nXu Xiaodong (Tony)\nPurchasing & Logistics, Ludao Dental\n",
         gold=("extend", [4], None, "2026-06-30"), rule=("abs", "2026-06-30"),
         notes="OWA in English ('RE: Re: …', '____' + From/Sent/To/Subject) from a Chinese employee. 'Please extend item 4 to June 30' -> 2026-06-30. 'by 24 June' restates the current due date; '200 demo kits' is a count."),
    dict(num=5684, slug="unknown-thanks-owa-german", m="M6", sender="katrin", client="owa_de",
         date=U(2026, 6, 9, 10, 30, 0), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_eu",
         subj_prefix="AW: ", cc=["ke", "jonas", "linzp", "xu"], viewer_off=2,
         body="Thank you Jason, a very productive meeting. Looking forward to welcoming your team in Hamburg in September!\n\nKatrin\n",
         gold=("unknown", [], None, None), rule=None,
         notes="Outlook on the web with a German interface. A thank-you with no command -> intent unknown. 'in September' is not a date request."),
    dict(num=5697, slug="progress-60-english-outlook-zh-labels", m="M6", sender="xu", client="outlook_zh_exo",
         date=U(2026, 6, 16, 7, 45, 0), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["ke", "jonas", "katrin"],
         body="Hi Jason,\n\nItem 4 progress: 60% (120 of 200 kits packed). Flight tentatively booked for 24 June, ETA Hamburg 27 June.\n\nTony\n",
         gold=("progress", [4], 60, None), rule=None,
         notes="English text written in a Chinese Outlook (subject '答复:', quote labels 发件人/发送时间). 'Item 4 progress: 60%' -> progress [4], 60. '120 of 200' is a count; 'booked for 24 June, ETA Hamburg 27 June' are logistics dates, not an extension."),
    dict(num=5699, slug="object-item1-gb2312-on-english-recap", m="M6", sender="linzp", client="outlook_zh_exo",
         date=U(2026, 6, 9, 9, 51, 0), cs="gb2312", label="gb2312", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["ke"],
         body="Jason / 柯总：\n\n对第1项有异议：CE技术文件摘要要等公告机构（TUV SUD）6月下旬的审核意见出来才能更新，6月18日给不了，建议调整到7月初。\n\n林志鹏\n注册法规部\n",
         gold=("object", [1], None, None), rule=None,
         notes="Chinese objection (gb2312 QP, Outlook EXO, 17:51 Shanghai) to the English recap. '对第1项有异议：…' -> object [1]; it restates the due date (6月18日) and suggests '7月初', which by convention does not make it an extension (new_due_date null)."),
    # ---------------------------------------------------------------- M7 端午节前生产排期
    dict(num=5685, slug="done-item2-outlook-exo-plain", m="M7", sender="su", client="outlook_zh_exo",
         date=U(2026, 6, 17, 7, 35, 0), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["ke"],
         body="柯总：\n\n第2项已完成，端午值班表已发各部门，并抄送保安室。\n\n苏婉清\n行政部\n分机 8012\n",
         gold=("done", [2], None, None), rule=None,
         notes="Plain common reply (Outlook, EXO, 15:35 Shanghai). '第2项已完成' -> done [2]. '分机 8012' is not a date or item."),
    dict(num=5686, slug="extend-2-workdays-over-dragon-boat-thunderbird", m="M7", sender="cai", client="thunderbird_zh",
         date=T(2026, 6, 18, 9, 12, 40), cs="utf-8", label="UTF-8", cte="8bit", parts="plain", relay="m365_ap",
         subj_prefix="", cc=["ke", "huangsh"],
         body="柯总：\n\n第1项：灭菌柜今天早上报警停机，厂家工程师明天过来修，申请延期，2个工作日内完成。\n\n-- \n蔡文博 | 质量部 | 鹭岛齿科\n",
         gold=("extend", [1], None, "2026-06-23"), rule=("workdays", 2),
         notes="Thunderbird 8bit format=flowed, sent Thu 2026-06-18 (the due day). '申请延期，2个工作日内完成' counts working days from the day after sending: 06-19..06-21 are the Dragon Boat holiday, so 06-22 (1), 06-23 (2) -> 2026-06-23. '明天过来修' is a reason. The '-- ' signature separator starts the signature."),
    dict(num=5688, slug="done-circled-1-4-outlook", m="M7", sender="ke", client="outlook_zh_exo",
         date=U(2026, 6, 24, 8, 5, 0), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["cai", "xu", "huangsh"],
         body="各位：\n\n①④两项已完成：6月第3批灭菌放行单和钛棒及包材盘点表都已归档到共享盘。\n\n柯俊杰\n运营副总\n",
         gold=("done", [1, 4], None, None), rule=None,
         notes="The organizer closes two items with circled numbers: '①④两项已完成' -> done [1, 4]. '6月第3批' is part of item 1's name ('第3批' is a batch, not '第3项'). Outlook EXO base64."),
    dict(num=5689, slug="progress-80-by-task-words-outlook", m="M7", sender="wujh", client="outlook_zh_exo",
         date=U(2026, 6, 24, 3, 20, 0), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="答复: ", cc=["ke", "huangsh"],
         body="柯总：\n\n客户投诉台账已更新到6月20日，完成80%左右，还有两家经销商的投诉回访记录没收齐。\n\n吴佳慧 Jenny\n质量部\n",
         gold=("progress", [], 80, None), rule=None,
         notes="No item number; '客户投诉台账' is the task of item 5, the sender's only item in M7 -> progress, items [], percent 80 ('80%左右'), content-match [5]. '已更新到6月20日' is a status date, not an extension."),
    dict(num=5690, slug="done-item3-bottom-post-apple-mail", m="M7", sender="zheng", client="apple_mac_zh",
         date=T(2026, 6, 26, 17, 10, 22), cs="utf-8", label="utf-8", cte="quoted-printable", parts="alt", relay="m365_ap",
         subj_prefix="", cc=["ke", "hong"], layout="bottom",
         body="第3项基台产线工艺验证报告已完成，已提交洪总审批。\n\n郑雅琴\n",
         gold=("done", [3], None, None), rule=None,
         notes="Bottom-posting in Apple Mail (macOS, zh): the whole recap is quoted first ('> 2026年6月17日 14:20，纪要助手 <…> 写道：'), the new text comes after it. '第3项…已完成' -> done [3]. A parser that only reads the text above the quote sees nothing."),
    # ---------------------------------------------------------------- M8 秋茶预售及直播协调会
    dict(num=5691, slug="done-item2-shipped-exmail-html-only", m="M8", sender="zhoumin", client="exmail",
         date=T(2026, 7, 7, 15, 12, 6), cs="gb18030", label="gb18030", cte="base64", parts="html", relay="exmail",
         subj_prefix="回复：", cc=["chenrx", "wangke"],
         body="第2项已完成，样品已于7月7日上午寄出（顺丰特快，单号SF1436 0925 7712），预计7月9日到广州直播基地。\n\n周敏\n",
         gold=("done", [2], None, None), rule=None,
         notes="Exmail HTML-only (gb18030 base64). '第2项已完成' -> done [2]. '已于7月7日上午寄出' and '预计7月9日到' are facts/ETA, not an extension (convention 7); 7月9日 is even after the due date 07-08, still no extend."),
    dict(num=5692, slug="confirm-huawei-mobile", m="M8", sender="duan", client="huawei",
         date=T(2026, 7, 6, 11, 2, 51), cs="utf-8", label="UTF-8", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复：", cc=["chenrx"],
         body="确认，辛苦大家。\n\n发自我的华为手机\n",
         gold=("confirm", [], None, None), rule=None,
         notes="Huawei Email app on a phone ('发自我的华为手机', '-------- 原始邮件 --------' quote). '确认，辛苦大家' -> confirm, no items."),
    dict(num=5693, slug="object-item4-reassign-foxmail-gbk", m="M8", sender="dao", client="foxmail",
         date=T(2026, 7, 6, 14, 30, 17), cs="gbk", label="GBK", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复: ", cc=["chenrx", "zhoumin", "duan"],
         body="陈经理：\n\n第4项有异议：对接云仓发货时效属于仓储物流部的工作，生产部这边只负责按单出货，请把负责人改为周敏。\n\n刀建华\n澜湄茶业 生产部\n",
         gold=("object", [4], None, None), rule=None,
         notes="Foxmail GBK. '第4项有异议：…请把负责人改为周敏' -> object [4] (an ownership objection, no date)."),
    dict(num=5694, slug="unknown-question-item7-dingtalk-html", m="M8", sender="majun", client="dingtalk",
         date=T(2026, 7, 6, 16, 20, 33), cs="utf-8", label="UTF-8", cte="base64", parts="html", relay="aliyun",
         subj_prefix="回复：", cc=["chenrx"],
         body="陈经理您好：\n\n请问第7项的打包产能测算，是按预售期日均3000单算，还是按开售首日的峰值算？两种口径差别比较大。\n\n马俊\n滇仓供应链（昆明）有限公司 运营部\n手机 138 8803 5127\n",
         gold=("unknown", [7], None, None), rule=None,
         notes="External 3PL partner on DingTalk/Alimail (HTML-only, UTF-8). A question about item 7 -> intent unknown, items [7] (a question that writes a number keeps it). '3000单' is a count."),
    dict(num=5695, slug="progress-30-month-list-trap-wecom", m="M8", sender="lixw", client="wecom",
         date=T(2026, 7, 15, 10, 30, 2), cs="utf-8", label="utf-8", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复：", cc=["chenrx"],
         body="陈经理：\n\n第5项归档进度30%，4、5月份的报告还在补签字，6月份的本周内可以整理完。\n\n李晓雯\n质量部\n",
         gold=("progress", [5], 30, None), rule=None,
         notes="企业微信 mail. '第5项归档进度30%' -> progress [5], 30. '4、5月份' looks like an item list ('4、5') but is months; '本周内' is a plan, not an extension."),
    dict(num=5696, slug="extend-absolute-jul14-exmail", m="M8", sender="wangke", client="exmail",
         date=T(2026, 7, 9, 17, 40, 55), cs="gb18030", label="gb18030", cte="base64", parts="alt", relay="exmail",
         subj_prefix="回复：", cc=["chenrx"],
         body="陈经理：\n\n第3项申请延期至7月14日：预售价格方案还没定，页面文案没法定稿，价格定了之后两天内给到。\n\n王珂\n",
         gold=("extend", [3], None, "2026-07-14"), rule=("abs", "2026-07-14"),
         notes="Exmail gb18030. '第3项申请延期至7月14日' -> extend [3], 2026-07-14. '价格定了之后两天内' is conditional and relative to another event, not the requested date."),
]


# --------------------------------------------------------------------------------------------------
# The two automatic mails
# --------------------------------------------------------------------------------------------------
def build_ndr():
    """5667: Exchange Online non-delivery report for the M6 recap (recipient mailbox deleted)."""
    m = MEETINGS["M6"]
    t = U(2026, 6, 9, 9, 22, 55)
    rcpt = pmail("schulz")
    bnd = "_" + hx("ndr-b", n=8) + "-" + hx("ndr-b1", n=4) + "-" + hx("ndr-b2", n=4) + "-" + hx("ndr-b3", n=4) + "-" + hx("ndr-b4", n=12) + "_"
    alt_b = "_" + hx("ndr-alt", n=24) + "_"
    box = "AM9PR05MB" + hx("box", "dentanord.example.de", n=4).upper()
    text = (f"Delivery has failed to these recipients or groups:\n\n{rcpt}<mailto:{rcpt}>\n"
            "The email address you entered couldn't be found. Please check the recipient's email address and try to "
            "resend the message. If the problem continues, please contact your helpdesk.\n\n\n\n\n\n"
            "Diagnostic information for administrators:\n\n"
            f"Generating server: {box}.eurprd05.prod.outlook.com\n\n{rcpt}\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
            "Original message headers:\n\n"
            f"Received: from mx.ludao-dental.example.cn (121.41.88.17) by {box}.eurprd05.prod.outlook.com\n"
            f" with Microsoft SMTP Server; {rfc_date(U(2026, 6, 9, 9, 22, 47))}\n"
            f"From: =?UTF-8?B?{base64.b64encode('纪要助手'.encode()).decode()}?= <{m['bot']}>\n"
            f"Subject: Re: {m['subject']}\nMessage-ID: {m['recap_id']}\n"
            f"Date: {rfc_date(m['recap_at'])}\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to " + rcpt +
            " couldn't be delivered.</font></b></p><p><font color=\"#000000\" size=\"2\" face=\"Tahoma\">" + rcpt.split("@")[0] +
            " wasn't found at dentanord.example.de.</font></p><hr><p><b>Diagnostic information for administrators:</b></p>"
            "<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"
            "</body></html>\n")
    ds = (f"Reporting-MTA: dns;{box}.eurprd05.prod.outlook.com\nReceived-From-MTA: dns;mx.ludao-dental.example.cn\n"
          f"Arrival-Date: {rfc_date(U(2026, 6, 9, 9, 22, 47))}\n\n"
          f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    hdrs = (f"Received: from mx.ludao-dental.example.cn (121.41.88.17) by {box}.eurprd05.prod.outlook.com\n"
            f" with Microsoft SMTP Server; {rfc_date(U(2026, 6, 9, 9, 22, 47))}\n"
            f"From: =?UTF-8?B?{base64.b64encode('纪要助手'.encode()).decode()}?= <{m['bot']}>\n"
            f"To: {rcpt}\nSubject: Re: {m['subject']}\nMessage-ID: {m['recap_id']}\n"
            f"In-Reply-To: {m['minutes_id']}\nDate: {rfc_date(m['recap_at'])}\nAuto-Submitted: auto-generated\n")
    p_alt = multipart("alternative", alt_b, [leaf("text/plain", text, "us-ascii", "7bit"),
                                             leaf("text/html", html, "us-ascii", "7bit")])
    p_ds = (b"Content-Type: message/delivery-status\n", ds.encode())
    p_h = (b"Content-Type: text/rfc822-headers\n", hdrs.encode())
    mh, mb = multipart("report", bnd, [p_alt, p_ds, p_h], extra=" report-type=delivery-status;")
    qid = hx("qid", 5667, n=11).upper()
    H = ["Return-Path: <>", f"Delivered-To: {m['bot']}",
         "Received: from mail-am6eur05on2081.outbound.protection.outlook.com (mail-am6eur05on2081.outbound.protection.outlook.com [40.107.22.81])",
         f"\tby mx.{LUDAO} (Postfix) with ESMTPS id 4f{qid[:9]}",
         f"\tfor <{m['bot']}>; {rfc_date((t + dt.timedelta(seconds=2)).astimezone(SH))} (CST)",
         "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@dentanord.example.de>",
         f"To: <{m['bot']}>", f"Date: {rfc_date(t)}", f"Message-ID: <{hx('ndr-id', n=8)}-{hx('ndr-id1', n=4)}-{hx('ndr-id2', n=4)}-{hx('ndr-id3', n=4)}-{hx('ndr-id4', n=12)}@{box}.eurprd05.prod.outlook.com>",
         f"In-Reply-To: {m['recap_id']}", f"References: {m['minutes_id']}\n {m['recap_id']}",
         f"Thread-Topic: Re: {m['subject']}", f"Thread-Index: {base64.b64encode(bytes.fromhex(hx('ndr-ti', n=44))).decode()}",
         f"Subject: Undeliverable: Re: {m['subject']}", "Content-Language: en-US", "X-MS-Has-Attach:",
         "X-MS-Exchange-Message-Is-Ndr:", "X-MS-TNEF-Correlator:", "X-MS-Exchange-Organization-SCL: -1",
         "MIME-Version: 1.0"]
    return ("\n".join(H) + "\n").encode() + mh + b"\n" + mb


def build_ooo():
    """5687: Exmail out-of-office reply to the M3 recap."""
    m = MEETINGS["M3"]
    t = T(2026, 4, 28, 19, 2, 31)
    cs = "gb18030"
    text = ("您好，我已收到您的邮件。\n\n4月28日至5月8日我在马来西亚出差（五一期间不在办公室），邮件回复会有延迟。"
            "急事请联系王珂（wangke@lanmei-tea.example.cn，手机 136 2500 7418），礼盒和包材相关事项5月6日前由她跟进。\n\n"
            "陈若溪\n澜湄茶业 国际销售部\n")
    html = (f'<meta http-equiv="Content-Type" content="text/html; charset=gb18030">' + html_lines(text.rstrip("\n")))
    bnd = f"----=_NextPart_{hx('ooo-b', n=8).upper()}_{hx('ooo-b2', n=8).upper()}_{hx('ooo-b3', n=8).upper()}"
    mh, mb = multipart("alternative", bnd, [leaf("text/plain", text, cs, "base64"), leaf("text/html", html, cs, "base64")],
                       preamble="This is a multi-part message in MIME format.")
    qid = hx("qid", 5687, n=11).upper()
    subj = hdr_text("自动回复: " + m["recap_subject"], cs)
    H = [f"Return-Path: <{pmail('chenrx')}>", f"Delivered-To: {m['bot']}",
         "Received: from smtpbg58.qq.com (smtpbg58.qq.com [43.155.65.58])",
         f"\tby mx.{LANMEI} (Postfix) with ESMTPS id 4f{qid[:9]}",
         f"\tfor <{m['bot']}>; {rfc_date(t + dt.timedelta(seconds=2))} (CST)",
         f"X-QQ-mid: bizesmtp{hx('ooo-mid', n=4)}t{int(t.timestamp())}t{hx('ooo-q2', n=8)}",
         "X-QQ-SSF: 0000000000000000000000000000000",
         f"From: {addr('chenrx', cs, quote=True)}", f"To: {addr(('纪要助手', m['bot']), cs, quote=True)}",
         f"Subject: {subj}", "Mime-Version: 1.0", f"Date: {rfc_date(t)}", f"Message-ID: <tencent_{hx('ooo-id', n=36).upper()}@qq.com>",
         f"In-Reply-To: {m['recap_id']}", "Auto-Submitted: auto-replied", "X-QQ-MIME: TCMime 1.0 by Tencent",
         "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    return ("\n".join(H) + "\n").encode() + mh + b"\n" + mb


AUTO_CASES = [
    dict(num=5667, slug="auto-ndr-exchange-online-recap", m="M6", build=build_ndr, date=U(2026, 6, 9, 9, 22, 55),
         notes="Exchange Online non-delivery report ('Undeliverable: Re: Minutes: DentaNord …') for the M6 recap, sent to the bot's envelope address: one recap recipient (Markus Schulz) left DentaNord and his mailbox is gone. Return-Path <>, multipart/report; report-type=delivery-status, X-MS-Exchange-Message-Is-Ndr, In-Reply-To = the recap. There is no Auto-Submitted header on the report itself; the embedded original headers (text/rfc822-headers and the plain diagnostic) carry the bot's own 'Auto-Submitted: auto-generated'. No person wrote it -> kind auto, never a reply, even though it is in the recap's thread."),
    dict(num=5687, slug="auto-ooo-exmail-labour-day", m="M3", build=build_ooo, date=T(2026, 4, 28, 19, 2, 31),
         notes="Tencent Exmail out-of-office reply from 陈若溪 to the M3 recap, 17 s after the recap (Exmail ignores the bot's X-Auto-Response-Suppress). Auto-Submitted: auto-replied, subject '自动回复: Re: …', sent to minutes@ (the envelope sender), not to the signed reply address. The body has dates ('4月28日至5月8日', '5月6日前') and a delegate; none of it is a command -> kind auto, reply null."),
]


# --------------------------------------------------------------------------------------------------
# README (prose is fixed here; the tables are generated from the same data as the mail)
# --------------------------------------------------------------------------------------------------
CLIENT_DESC = {
    "foxmail": "Foxmail 7.2 (Windows)", "foxmail_mac": "Foxmail for Mac", "exmail": "Tencent Exmail web",
    "wecom": "企业微信 mail (Exmail)", "mailmaster": "网易邮箱大师 (mobile)", "huawei": "Huawei Email app",
    "dingtalk": "DingTalk / Alimail web", "outlook_zh": "Outlook 2021 zh-CN (SMTP)", "outlook_zh_exo": "Outlook zh-CN (Exchange Online)",
    "owa_zh": "Outlook on the web zh-CN", "owa_en": "Outlook on the web en", "owa_de": "Outlook on the web de",
    "outlook_tw": "Outlook zh-TW/zh-HK", "outlook_de": "Outlook de (Exchange Online)", "outlook_mac_en": "Outlook for Mac en",
    "outlook_ios": "Outlook for iOS", "gmail_en": "Gmail web en", "gmail_ms": "Gmail web ms (Malay)", "gmail_tw": "Gmail web zh-TW",
    "gmail_android": "Gmail app (Android)", "iphone_zh": "iPhone Mail zh", "iphone_en": "iPhone Mail en",
    "apple_mac_en": "Apple Mail macOS en", "apple_mac_zh": "Apple Mail macOS zh", "thunderbird_zh": "Thunderbird zh-CN",
}

README_HEAD = """# Blind set "replies28": 50 replies to minutebot's recap mails (cases 5651-5700)

Written blind: nothing under `/work/main` was opened and `minutebot` was never run. Sources used: `/work/shared/SPEC.md`
(section 5 JSON, section 6.1/6.3), `/work/shared/corpus/README.md` (gold schema and conventions), a few corpus
`.eml/.json` files for the format, and `/work/shared/research/dates-eval.md` for date conventions.

Files: `NNNN-slug.eml` (raw bytes as the receiving Postfix stored them: Return-Path, Delivered-To, Received in front of
the client's headers; LF line ends), `NNNN-slug.json` (gold), `roster.csv`, `make_replies28.py` (writes everything,
this README included; deterministic, no clock, no randomness). `python3 make_replies28.py --check` re-parses every
.eml with `email.policy.default` (no defects; every text part decodes with its declared charset, strictly), checks
threading (In-Reply-To = the recap's Message-ID, References contain it, To = the meeting's signed reply address,
From = the roster sender), the gold shape, every `content-match [N]` (N must be an item of the sender), each recap's
objection cut-off, and recomputes every `new_due_date` from the message's own `Date` header converted to
Asia/Shanghai with `chinesecalendar` (venv: `/work/blind/venv`, `chinesecalendar 1.11.0`).

Counts: {counts}.

## Organisations

- **澜湄茶业有限公司 (Lanmei Tea, Kunming)** - Pu'er/Dianhong tea: buying from farmer co-operatives in 勐海/布朗山,
  export to Malaysia, gift boxes, e-commerce live selling. Mail on Tencent Exmail. Bot: `纪要助手 <minutes@lanmei-tea.example.cn>`.
  Partners who write: Harimau Trading Sdn Bhd (Kuala Lumpur distributor, Google Workspace), 永晉印刷包裝有限公司
  (Hong Kong gift-box printer, Microsoft 365, Big5/Traditional/Cantonese), 滇仓供应链（昆明） (3PL warehouse, DingTalk/Alimail).
- **鹭岛齿科器械股份有限公司 (Ludao Dental, Xiamen)** - dental implants and abutments, NMPA/CE registration. Mail on
  Microsoft 365 (so Outlook/OWA `Date` headers are in +0000). Bot: `纪要助手 <minutes@ludao-dental.example.cn>`.
  Partners who write: 宏岳精密工業 (Taichung titanium bar/CNC supplier, Google Workspace, zh-TW, Big5),
  DentaNord Vertriebs GmbH (Hamburg distributor, Microsoft 365 German UI, English text).

`roster.csv` lists staff with departments and managers, and the outsiders who write (plus Markus Schulz, the M6 recap
recipient whose mailbox bounces in 5667) with empty department and manager (their companies: {companies}).

## The meetings and the bot's recaps

Every reply answers one recap. A recap comes `From: 纪要助手 <minutes@DOMAIN>`, Subject `Re: <minutes subject>`,
Message-ID `<r.YYYYMMDDHHMM.<10 hex>@DOMAIN>`, In-Reply-To the minutes, and carries the signed reply address
`minutes+r<16 hex>@DOMAIN` (one per meeting) as Reply-To, so every human reply has `To: 纪要助手 <minutes+r…@DOMAIN>`,
`In-Reply-To: <recap id>`, `References: <minutes id> <recap id>`. Chinese recaps end with
"如有异议请于今日内回复（截止 YYYY-MM-DD 18:00，逾期视为无异议）。" and the command footer
“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”; English recaps (M2, M6) use the corpus wording
(`# | Action item | Owner | Due`, "If you disagree, please reply today (by …)", "confirm", "object: reason", "item N done",
"progress 80%", "extend to Oct 20"). The cut-off is today 18:00, or the next working day 18:00 when the recap is sent
after 18:00 (M3). The bot's text/plain uses `| a | b |` rows; clients that quote the HTML part (Outlook, OWA, Apple)
show the rows tab-separated.

2026 calendar used (chinesecalendar): Qingming 04-04..04-06 (Sat-Mon); Labour Day 05-01..05-05 with make-up working day
Sat 05-09; Dragon Boat 06-19..06-21 (Fri-Sun).
"""

README_CONV = """
## Conventions applied (beyond the corpus README; a scorer must know them)

The brief's conventions 1-7 are applied as written (intent `unknown` for replies that ask for no change; `reply.items`
= numbers written in the reply, sorted and unique, including numbers in questions and the row number of an inline
answer; named-task replies have `items: []` with `content-match [N]` in the notes; 有异议 + another date = `object`
with `new_due_date` null; dates from the reply's own Date header in Asia/Shanghai; 七成 = 70, 一半 = 50, "about 60%" = 60;
dates that are not requests never make `extend`). Added here:

1. **`content-match [N]`** appears in `notes` only (the gold keeps `items: []`); a scorer that credits task matching
   should read N from the notes. It is used only where the sender owns N in that meeting and N is the only one of
   the sender's items whose words match (5655, 5657, 5661, 5672, 5689).
2. **Ambiguous replies** (marked AMBIGUOUS in notes: 5671, 5676) record the intent and any requested date as written
   with `items: []` and no content-match. In 5676 the new date is still recorded (`延後到下週三前` = Wed of next week).
3. **"X前" inside an extension request** means the new due date is X (`延後到下週三前提供` -> that Wednesday).
4. **Text on the attribution line** (5674): everything before `<name> <addr> 于…写道：` on that line is the reply.
5. **Bottom-posting** (5690): the new text below the whole quote is the reply; the quote above it is ignored.
6. **Who may change an item is not a parse question.** Replies from non-owners (the organizer closing others' items
   5688, a colleague reporting an item of someone else 5666, a supplier's assistant confirming 5698) keep the intent
   and numbers written; the bot's permission check happens later.
7. **A confirmation that names items** ('确认，第2项没问题', 5651) is `confirm` with those items.
8. **Not items:** batch/step/report numbers ('6月第3批', 'D4/D5/D6', '8D', 'EM-2026-019'), month lists ('4、5月份'),
   counts ('12 of 14', '120 of 200', '10组里7组', '3000单'), phone numbers, tracking numbers, extensions ('#215').
9. **Time zones:** Exchange Online writes `Date` in +0000; 5670 is 'Sun 16:32 +0000' = Mon 00:32 in Shanghai, and
   '下周三' is resolved from the Monday. DentaNord mail is +0200 (CEST); the quote headers show CEST times.
10. **'还要两天'/'two more days'/'要多兩日…延期兩日'** = the item's current due date + 2 calendar days even when that
    lands on a weekend (5664 -> Sun 05-10, 5681 -> Sun 06-14). '月底' = the calendar month end even on a Sunday (5665).
11. **Auto mail:** an Exchange Online NDR without `Auto-Submitted` (identified by `Return-Path: <>`,
    `multipart/report; report-type=delivery-status`, `X-MS-Exchange-Message-Is-Ndr`) and an Exmail out-of-office
    (`Auto-Submitted: auto-replied`, '自动回复:') sent to `minutes@` rather than the signed address are both `auto`,
    even though both carry `In-Reply-To: <recap id>`.
12. **GB2312 and the em dash:** Outlook's gb2312 bytes A1AA for '——' decode with Python's gb2312 codec as U+2015
    ('――'); the quoted recap footer in gb2312 cases therefore shows U+2015. It is quote text and affects nothing.

## Client and encoding notes

- Charsets: UTF-8 (most), GBK (Foxmail: 5651, 5693), gb2312 label (Outlook: 5653, 5668, 5669, 5699), gb18030 (Exmail:
  5652, 5691, 5696, 5700, 5687), Big5 (5663 Hong Kong, 5675 Taiwan; both sent without the original message, because a
  quote of the simplified recap cannot be written in Big5), us-ascii (NDR). Transfer encodings: base64,
  quoted-printable, 8bit (Thunderbird, format=flowed: 5673, 5686), 7bit (NDR).
- Structures: multipart/alternative (most); single-part text/html with no plain part (5654 企业微信, 5691 Exmail,
  5694 DingTalk); text/plain only (iPhone 5657, 5671, 5682; Thunderbird 5673, 5686); multipart/mixed with attachments
  (.xlsx 5652, 5656; .pdf 5655, 5666, 5680; RFC 2047 file names); multipart/report (5667).
- Quote headers as each client writes them: Outlook zh-CN `发件人:/发送时间:/收件人:/主题:` (no '>'), OWA with a
  `________________________________` line, Outlook zh-TW/HK `寄件者:/寄件日期:/收件者:/主旨:`, German `Von:/Gesendet:/An:/Betreff:`,
  Outlook for Mac `From:/Date:/To:/Subject:`, Outlook for iOS `From:/Sent:` (+ 'Get Outlook for iOS'), Foxmail
  `发件人：/发送时间：` (full-width colons), Foxmail for Mac '------------------ Original ------------------', Exmail/企业微信
  '------------------ 原始邮件 ------------------', 网易邮箱大师 '---- 回复的原邮件 ----' with `| 发件人 | … |` rows, Huawei
  '-------- 原始邮件 --------', Alimail/DingTalk '-----…-----' + `主　题：`, Gmail `… 于2026年5月11日周一 11:33写道：` /
  `On Wed, Apr 22, 2026 at 3:32 PM … wrote:` (U+202F before PM) / Malay `Pada Rab, … menulis:` / zh-TW `… 於 … 寫道：`,
  iPhone `> 在 2026年4月2日，16:43，… 写道：` (attribution inside the quote), Apple Mail macOS, Thunderbird `在 2026/6/17 14:20, 纪要助手 写道:`.
- Reply subject prefixes vary: `答复:`, `回复:`, `回复：`, `回覆:`, `AW:`, `RE:`, `Re:`, and none (Gmail/Apple/Thunderbird
  keep the recap's `Re:`).
- Mobile footers: 发自我的iPhone, 发自我的 iPhone, Sent from my iPhone, 发自网易邮箱大师, 发自我的华为手机, Get Outlook for iOS.
"""


# --------------------------------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------------------------------
def gold_of(c):
    if "build" in c:
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    intent, items, pct, nd = c["gold"]
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": intent, "items": items, "percent": pct, "new_due_date": nd}, "notes": c["notes"]}


def all_cases():
    out = []
    for c in CASES:
        c = dict(c)
        c["msgid"] = msgid_for(c)
        out.append(c)
    out += AUTO_CASES
    return sorted(out, key=lambda c: c["num"])


def write_roster(path):
    import csv
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for k, (name, mail, dept, mgr, aliases) in PEOPLE.items():
            w.writerow([name, mail, dept, pmail(mgr) if mgr else "", aliases])


def generate(outdir):
    cases = all_cases()
    assert [c["num"] for c in cases] == list(range(5651, 5701)), [c["num"] for c in cases]
    for c in cases:
        raw = c["build"]() if "build" in c else build_reply(c)
        base = os.path.join(outdir, f"{c['num']}-{c['slug']}")
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_roster(os.path.join(outdir, "roster.csv"))
    write_readme(outdir, cases)
    print(f"wrote {len(cases)} cases to {outdir}")

WHAT = {
    5651: "confirm naming an item ('确认，第2项没问题'); forecast '清明前' is no date request; Foxmail quote without '>'",
    5652: "plain done; gb18030; RFC 2047 attachment name",
    5653: "extend to 节后第一个工作日 across Qingming (-> Tue 04-07); gb2312 QP; tab-separated quoted table",
    5654: "extend '3个工作日内' over Qingming (-> 04-09); HTML-only",
    5655: "done by task words (content-match [3]) from an owner of two items; iPhone + PDF",
    5656: "done #3 in English; '12 of 14' is a count; U+202F in Gmail attribution",
    5657: "done by task words in English (content-match [2]); 'cut-off 12 May' is no request",
    5658: "'next Tuesday' sent on a Monday = Tue of the following week (05-05), not tomorrow",
    5659: "'the 21st' = 21st of this month; Outlook for iOS footer",
    5660: "object with a proposed later timing stays object; Chinese reply to English recap",
    5661: "'about 60%' progress by task words (content-match [5])",
    5662: "question naming item 3 -> unknown [3]; Malay Gmail attribution",
    5663: "Traditional (HK) done '第1項'; 已於…寄出 / 預計…送達 are not requests; Big5 without quote",
    5664: "Cantonese '要多兩日…延期兩日' = due + 2 days (-> 05-10)",
    5665: "extend to 月底 (-> 05-31); Foxmail for Mac 'Original' quote",
    5666: "two items in one sentence (第2项和第3项) -> [2, 3]; 网易邮箱大师 footer and table quote",
    5667: "Exchange Online NDR (no Auto-Submitted) in the recap thread -> auto",
    5668: "bare '确认。'; gb2312; EXO +0000 Date",
    5669: "'七成' = 70; counts '10组里7组' are not items/percent",
    5670: "UTC Sunday = Shanghai Monday; '下周三' -> 05-27 (not 05-20)",
    5671: "AMBIGUOUS: bare '已完成' from an owner of two items -> items []",
    5672: "'一半' = 50 by task words (content-match [5])",
    5673: "answer typed under quoted row 3 -> done [3]",
    5674: "reply text on the attribution line; ETA date is no request",
    5675: "Traditional (TW) done '第1項'; '已於5/21…寄出'; Big5 without quote",
    5676: "AMBIGUOUS extend ('這部分…延後到下週三前') from an owner of two items -> items [], date 05-27",
    5677: "'15号' already past this month -> 06-15",
    5678: "object with reassignment and '6月初' -> object, no date",
    5679: "80% in zh-TW; 'D4/D5/D6', '8D' not items; '預計5/28' ETA",
    5680: "done in English from a German Outlook (AW:, Von:/Gesendet:)",
    5681: "'two more days' = due 06-12 + 2 = 06-14; +0200 Date",
    5682: "confirm in English from iPhone (+0200)",
    5683: "extend to 'June 30' (absolute); '24 June' restates the due date",
    5684: "thank-you -> unknown; 'in September' no request",
    5685: "plain done #2",
    5686: "'2个工作日内' over Dragon Boat (-> 06-23); '-- ' signature; 8bit flowed",
    5687: "Exmail out-of-office with dates and a delegate -> auto",
    5688: "circled ①④ -> [1, 4]; '第3批' is not an item",
    5689: "'80%左右' by task words (content-match [5]); '已更新到6月20日' no request",
    5690: "bottom-posting: text below the whole quote",
    5691: "done; '已于7月7日寄出', '预计7月9日到' are no requests; Exmail HTML-only gb18030",
    5692: "confirm from Huawei phone app",
    5693: "object asking to change the owner",
    5694: "question naming item 7 -> unknown [7]; DingTalk HTML-only",
    5695: "30%; '4、5月份' is months, not items 4 and 5",
    5696: "extend to absolute 7月14日; conditional '两天内' ignored",
    5697: "English progress 60% in a zh-CN Outlook; '120 of 200', ETA dates",
    5698: "confirm in zh-TW Gmail (於…寫道：)",
    5699: "object in gb2312 to an English recap; '建议调整到7月初' stays object",
    5700: "GM's thank-you -> unknown",
}


def gold_summary(c):
    g = gold_of(c)
    if g["kind"] == "auto":
        return "auto"
    r = g["reply"]
    out = f"{r['intent']} {r['items']}"
    if r["percent"] is not None:
        out += f" {r['percent']}%"
    if r["new_due_date"]:
        out += f" -> {r['new_due_date']}"
    mm = re.search(r"content-match \[(\d+)\]", c["notes"])
    if mm:
        out += f" (content-match [{mm.group(1)}])"
    if "AMBIGUOUS" in c["notes"]:
        out += " AMBIGUOUS"
    return out


def write_readme(outdir, cases):
    counts = {}
    for c in cases:
        g = gold_of(c)
        k = g["kind"] if g["kind"] == "auto" else "reply/" + g["reply"]["intent"]
        counts[k] = counts.get(k, 0) + 1
    ctext = "reply 48 (" + ", ".join(f"{k.split('/')[1]} {v}" for k, v in sorted(counts.items(), key=lambda x: -x[1]) if k.startswith("reply")) + f"), auto {counts.get('auto', 0)}"
    companies = "; ".join(f"{pname(k)} = {v}" for k, v in COMPANY.items())
    L = [README_HEAD.replace("{counts}", ctext).replace("{companies}", companies)]
    for k, m in MEETINGS.items():
        L.append(f"### {k} - {m['subject']}")
        L.append("")
        L.append(f"Organizer {pname(m['organizer'])}; minutes {m['minutes_at'].isoformat()} Message-ID `{m['minutes_id']}`; "
                 f"recap {m['recap_at'].isoformat()} Message-ID `{m['recap_id']}`; reply address `{m['reply_addr']}`; "
                 f"cut-off {CUTOFF[k]}; recap language {m['lang']}; recipients: " + ", ".join(pname(p) for p in m["participants"]) + ".")
        L.append("")
        L.append("| # | task | owner | due |")
        L.append("| --- | --- | --- | --- |")
        for n, task, owner, due in recap_rows(m):
            L.append(f"| {n} | {task} | {owner} | {due} |")
        L.append("")
    L.append(README_CONV)
    L.append("## Cases")
    L.append("")
    L.append("| case | kind | meeting | sender | client / charset / CTE | gold | what it tests |")
    L.append("| --- | --- | --- | --- | --- | --- | --- |")
    for c in cases:
        g = gold_of(c)
        if g["kind"] == "auto":
            cl = "Exchange Online NDR / us-ascii" if c["num"] == 5667 else "Exmail auto-reply / gb18030 base64"
            who = "Microsoft Outlook (postmaster)" if c["num"] == 5667 else pname("chenrx")
        else:
            cl = f"{CLIENT_DESC[c['client']]} / {c['label']} {c['cte']} / {c['parts']}"
            who = pname(c["sender"])
        what = WHAT[c["num"]].replace("|", "/")
        L.append(f"| {c['num']}-{c['slug']} | {g['kind']} | {c['m']} | {who} | {cl} | {gold_summary(c)} | {what} |")
    L.append("")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def resolve_rule(rule, sent, due):
    import chinese_calendar as cc
    kind = rule[0]
    if kind == "abs":
        return dt.date.fromisoformat(rule[1])
    if kind == "workdays":
        d, n = sent, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                n += 1
        return d
    if kind == "after_holiday":
        d = sent + dt.timedelta(days=1)
        while not (cc.is_holiday(d) and cc.get_holiday_detail(d)[1] is not None):
            d += dt.timedelta(days=1)
        while not cc.is_workday(d):
            d += dt.timedelta(days=1)
        return d
    if kind == "next_week":
        return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + rule[1])
    if kind == "dom":
        if rule[1] >= sent.day:
            return sent.replace(day=rule[1])
        y, mo = (sent.year + 1, 1) if sent.month == 12 else (sent.year, sent.month + 1)
        return dt.date(y, mo, rule[1])
    if kind == "month_end":
        nxt = (sent.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1)
    if kind == "plus_days_due":
        return due + dt.timedelta(days=rule[1])
    raise ValueError(rule)


def norm(s):
    return re.sub(r"\s+", "", s)


def check(outdir):
    import chinese_calendar as cc
    errors = []
    cases = {c["num"]: c for c in all_cases()}
    # recap cut-offs: today 18:00 if a working day before the cut-off, else the next working day
    for k, m in MEETINGS.items():
        r = m["recap_at"].astimezone(SH)
        d = r.date()
        if not (cc.is_workday(d) and r.time() < dt.time(18, 0)):
            d += dt.timedelta(days=1)
            while not cc.is_workday(d):
                d += dt.timedelta(days=1)
        if CUTOFF[k] != f"{d.isoformat()} 18:00":
            errors.append(f"{k}: cut-off {CUTOFF[k]} != {d} 18:00")
        for task, owner, due in m["items"]:
            if not dt.date.fromisoformat(due).year == 2026:
                errors.append(f"{k}: due {due} not in 2026")
    files = sorted(f for f in os.listdir(outdir) if f.endswith(".eml"))
    if len(files) != 50:
        errors.append(f"{len(files)} .eml files, expected 50")
    counts = {}
    for fn in files:
        num = int(fn[:4])
        c = cases[num]
        raw = open(os.path.join(outdir, fn), "rb").read()
        gold = json.load(open(os.path.join(outdir, fn[:-4] + ".json"), encoding="utf-8"))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                errors.append(f"{fn}: defects {part.defects}")
            if part.get_content_maintype() == "text":
                try:
                    texts.append(part.get_content())
                except Exception as e:  # noqa
                    errors.append(f"{fn}: text part {part.get_content_type()} does not decode: {e}")
                cs = part.get_content_charset()
                if cs:
                    try:
                        part.get_payload(decode=True).decode(cs, errors="strict")
                    except Exception as e:  # noqa
                        errors.append(f"{fn}: strict {cs} decode failed: {e}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            try:
                if msg[h] is None:
                    errors.append(f"{fn}: missing {h}")
                else:
                    str(msg[h])
            except Exception as e:  # noqa
                errors.append(f"{fn}: header {h}: {e}")
        for h in ("Return-Path", "Delivered-To", "Received"):
            if msg[h] is None:
                errors.append(f"{fn}: missing trace header {h}")
        sent = msg["Date"].datetime.astimezone(SH)
        if sent.year != 2026:
            errors.append(f"{fn}: Date not in 2026")
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append(f"{fn}: gold keys {sorted(gold)}")
        m = MEETINGS[c["m"]]
        if str(msg["In-Reply-To"]).strip() != m["recap_id"]:
            errors.append(f"{fn}: In-Reply-To is not the recap id")
        if gold["kind"] == "auto":
            counts["auto"] = counts.get("auto", 0) + 1
            if gold["reply"] is not None:
                errors.append(f"{fn}: auto with reply")
            continue
        rp = gold["reply"]
        counts[rp["intent"]] = counts.get(rp["intent"], 0) + 1
        if set(rp) != {"intent", "items", "percent", "new_due_date"}:
            errors.append(f"{fn}: reply keys {sorted(rp)}")
        if rp["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            errors.append(f"{fn}: intent {rp['intent']}")
        if rp["items"] != sorted(set(rp["items"])) or any(not 1 <= n <= len(m["items"]) for n in rp["items"]):
            errors.append(f"{fn}: bad items {rp['items']}")
        if (rp["percent"] is not None) != (rp["intent"] == "progress"):
            errors.append(f"{fn}: percent/intent mismatch")
        if (rp["new_due_date"] is not None) != (rp["intent"] == "extend"):
            errors.append(f"{fn}: new_due_date/intent mismatch")
        if m["reply_addr"] not in str(msg["To"]):
            errors.append(f"{fn}: To is not the signed reply address")
        if m["recap_id"] not in str(msg["References"]):
            errors.append(f"{fn}: References lacks the recap id")
        sender = msg["From"].addresses[0].addr_spec
        if sender != pmail(c["sender"]):
            errors.append(f"{fn}: From {sender}")
        mm = re.search(r"content-match \[(\d+)\]", gold["notes"])
        if mm:
            n = int(mm.group(1))
            if rp["items"]:
                errors.append(f"{fn}: content-match but items written")
            if m["items"][n - 1][1] != c["sender"]:
                errors.append(f"{fn}: content-match [{n}] is not the sender's item")
        # the new text must be present in a decoded text part
        probe = c["body"].strip().split("\n")[0] if c["body"].strip() else "已完成，4月和5月上旬"
        probe = re.sub(r"<[^>]+>", "", probe)
        if not any(norm(probe)[:20] in norm(t.replace("&nbsp;", " ")) for t in texts):
            errors.append(f"{fn}: reply text not found in any part")
        # dates
        if c.get("rule"):
            due = None
            if rp["items"]:
                due = dt.date.fromisoformat(m["items"][rp["items"][0] - 1][2])
            got = resolve_rule(c["rule"], sent.date(), due)
            if got.isoformat() != rp["new_due_date"]:
                errors.append(f"{fn}: new_due_date {rp['new_due_date']} != recomputed {got} (rule {c['rule']}, sent {sent})")
            if got.year != 2026:
                errors.append(f"{fn}: date outside 2026")
        elif rp["new_due_date"] is not None:
            errors.append(f"{fn}: new_due_date without a rule")
    for e in errors:
        print("ERROR", e)
    print("counts:", dict(sorted(counts.items())), "total", sum(counts.values()))
    print("check:", "OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate the written set instead of writing it")
    ap.add_argument("dir", nargs="?", default=HERE)
    a = ap.parse_args()
    if a.check:
        sys.exit(check(a.dir))
    os.makedirs(a.dir, exist_ok=True)      # (added when the set joined the tests: write, then check what was written)
    generate(a.dir)
    sys.exit(check(a.dir))
