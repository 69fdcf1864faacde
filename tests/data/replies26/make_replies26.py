#!/usr/bin/env python3
"""Generator for the replies26 blind set (minutebot). Deterministic: no clock, no randomness.
Usage: make_replies26.py [OUTDIR]       write NNN-slug.eml/.json + roster.csv
       make_replies26.py --check [DIR]  re-check every gold date against chinesecalendar and the files on disk
"""
import base64, datetime as dt, hashlib, html, json, quopri, sys
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
import chinese_calendar as cc

CST = dt.timezone(dt.timedelta(hours=8))
def tz(h, m=0): return dt.timezone(dt.timedelta(hours=h, minutes=m))
DOM = "lunergy.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

# ---------------------------------------------------------------- calendar helpers (chinesecalendar)
def sh_date(t): return t.astimezone(CST).date()
def is_wd(d): return cc.is_workday(d)
def this_or_next_wd(d, wd):  # weekday word: this week's if not past else next week's
    x = d + dt.timedelta((wd - d.weekday()) % 7); return x
def next_week(d, wd): return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + wd)
def first_wd_after_holiday(d):
    x = d
    while is_wd(x): x += dt.timedelta(1)
    while not is_wd(x): x += dt.timedelta(1)
    return x
def add_days(d, n): return d + dt.timedelta(n)

# ---------------------------------------------------------------- people
R = {}
def P(name, email, dept="", mgr="", aliases=""):
    R[name] = dict(name=name, email=email, department=dept, manager_email=mgr, aliases=aliases)
L = lambda u: f"{u}@{DOM}"
P("陈思远", L("chensiyuan"), "海外服务部", "", "陈总;Chen Siyuan;Simon Chen;Mr Chen;Simon")
P("林佳怡", L("linjiayi"), "海外服务部", L("chensiyuan"), "Lin Jiayi;Joy Lin;佳怡;Joy")
P("黄俊杰", L("huangjunjie"), "海外服务部", L("chensiyuan"), "Huang Junjie;Jay Huang;俊杰;黄工")
P("周立强", L("zhouliqiang"), "采购部", "", "周经理;Zhou Liqiang;Leo Zhou")
P("邱雅婷", L("qiuyating"), "采购部", L("zhouliqiang"), "Qiu Yating;Tina Qiu;雅婷")
P("马国栋", L("maguodong"), "质量部", "", "马经理;Ma Guodong")
P("苏晴", L("suqing"), "质量部", L("maguodong"), "Su Qing;Sunny Su;苏工")
P("吴倩", L("wuqian"), "物流部", "", "吴经理;Wu Qian;Cindy Wu")
P("郭海", L("guohai"), "物流部", L("wuqian"), "Guo Hai;小郭")
P("许文博", L("xuwenbo"), "研发部", "", "许工;Xu Wenbo;Wilson Xu")
P("叶子豪", L("yezihao"), "研发部", L("xuwenbo"), "Ye Zihao;Eric Ye;子豪")
P("郑凯", L("zhengkai"), "储能事业部", "", "郑总;Zheng Kai;Kevin Zheng")
P("Marco Bellini", "marco.bellini@solareveneto.example.it", aliases="Marco;Bellini")
P("Thabo Nkosi", "thabo@sunvolt.example.co.za", aliases="Thabo")
P("Usman Tariq", "usman.tariq@lahoresolar.example.pk", aliases="Usman")
P("Nguyễn Văn Minh", "minh.nv@mekongepc.example.vn", aliases="Minh;Nguyen Van Minh;Mr Minh")
P("Kovács Péter", "peter.kovacs@napenergia.example.hu", aliases="Péter Kovács;Peter Kovacs;Péter")
P("Piotr Nowak", "piotr.nowak@napenergia.example.hu", aliases="Piotr")
P("Andrés Gómez", "andres.gomez@solandes.example.co", aliases="Andres Gomez;Andrés")
P("Omar Haddad", "omar.haddad@gulfsun.example.ae", aliases="Omar")
P("Claire Martin", "claire.martin@gulfsun.example.ae", aliases="Claire")
P("刘志刚", "liuzhigang@huaxinpcb.example.cn", aliases="刘工;Liu Zhigang")
P("何晓东", "hexiaodong_hx@126.com", aliases="何经理;He Xiaodong")
P("孟凡", "mengfan_tjcustoms@163.com", aliases="孟经理;Meng Fan")
P("王静怡", "wangjingyi@cqc-bj.example.cn", aliases="王老师;Wang Jingyi")
P("蔡明宏", "mh.tsai@yonglian.example.com.tw", aliases="蔡先生;Ming-Hung Tsai;Tsai")
P("김민수", "minsu.kim@hanfilm.example.kr", aliases="Kim Minsu;Minsu Kim")
P("佐藤健", "k.sato@fujipower.example.jp", aliases="Sato Ken;Ken Sato;佐藤")
P("Jonas Weber", "jonas.weber@voltazell.example.de", aliases="Jonas")
P("Anna Schmidt", "anna.schmidt@voltazell.example.de", aliases="Anna")
P("Sanne de Vries", "sanne.devries@voltazell.example.de", aliases="Sanne")
E = lambda n: R[n]["email"]

# ---------------------------------------------------------------- the recaps the bot sent
RECAPS = {}
def recap(key, lang, subject, sent, organizer, people, items, note=None):
    mid = f"<r.{sent.strftime('%Y%m%d%H%M')}.{hashlib.sha1(key.encode()).hexdigest()[:10]}@{DOM}>"
    tok = hashlib.sha1(("tok" + key).encode()).hexdigest()[:16]
    minutes_mid = f"<{hashlib.sha1(('m' + key).encode()).hexdigest()[:24]}@{DOM}>"
    RECAPS[key] = dict(key=key, lang=lang, subject="Re: " + subject, sent=sent, organizer=organizer,
                       people=people, items=items, note=note, mid=mid, minutes_mid=minutes_mid,
                       reply_to=f"minutes+r{tok}@{DOM}")

recap("R1", "en", "Overseas service weekly sync (Sep 22)", dt.datetime(2026, 9, 22, 17, 5, tzinfo=CST), "陈思远",
      ["陈思远", "林佳怡", "黄俊杰", "Marco Bellini", "Thabo Nkosi", "Usman Tariq", "Nguyễn Văn Minh", "Kovács Péter",
       "Piotr Nowak", "Andrés Gómez", "Omar Haddad", "Claire Martin"],
      [("ship the two failed SUN-8K units back to Xiamen", "Marco Bellini", "2026-09-24"),
       ("send Q3 failure-rate statistics", "Thabo Nkosi", "2026-09-28"),
       ("upgrade firmware on the Lahore rooftop sites", "Usman Tariq", "2026-09-30"),
       ("collect alarm logs from the Binh Thuan plant", "Nguyễn Văn Minh", "2026-09-24"),
       ("analyse the Binh Thuan alarm logs", "黄俊杰", "2026-09-29"),
       ("relabel inverter stock in the Budapest warehouse", "Kovács Péter", "2026-10-09"),
       ("send stock count of the Budapest warehouse", "Piotr Nowak", "2026-09-24"),
       ("confirm import documents for the Cartagena shipment", "Andrés Gómez", "2026-09-28"),
       ("confirm installation date for the Dubai demo site", "Omar Haddad", "2026-09-29"),
       ("quote spare-part prices for Colombia and UAE", "林佳怡", "2026-09-24")])
recap("R2", "zh", "华鑫电路来料质量沟通会纪要 2026-10-12", dt.datetime(2026, 10, 12, 16, 30, tzinfo=CST), "周立强",
      ["周立强", "苏晴", "马国栋", "刘志刚", "何晓东"],
      [("提交控制板虚焊问题8D报告", "刘志刚", "2026-10-15"),
       ("补发500片SUN-8K主控板", "何晓东", "2026-10-20"),
       ("IQC增加X-ray抽检", "苏晴", "2026-10-16"),
       ("修订PCB采购技术协议", "周立强", "2026-10-23")])
recap("R3", "zh", "10月出口报关协调会纪要", dt.datetime(2026, 10, 13, 17, 20, tzinfo=CST), "吴倩",
      ["吴倩", "郭海", "孟凡", "林佳怡"],
      [("整理10月出口报关单证（发票、箱单）", "郭海", "2026-10-15"),
       ("确认逆变器HS编码归类意见", "孟凡", "2026-10-16"),
       ("预订天津港至卡塔赫纳舱位", "孟凡", "2026-10-19"),
       ("申请阿联酋COC证书", "吴倩", "2026-10-23")])
recap("R4", "zh", "CQC认证进度会纪要（SUN-8K/10K）", dt.datetime(2026, 10, 14, 18, 10, tzinfo=CST), "许文博",
      ["许文博", "叶子豪", "王静怡", "马国栋"],
      [("寄送CQC型式试验样机3台", "叶子豪", "2026-10-16"),
       ("反馈补充资料清单", "王静怡", "2026-10-19"),
       ("更新产品说明书安规章节", "叶子豪", "2026-10-21"),
       ("安排工厂检查日期", "许文博", "2026-10-23")],
      note="after")
recap("R5", "zh", "永聯電子元件交期会议纪要", dt.datetime(2026, 10, 15, 16, 0, tzinfo=CST), "周立强",
      ["周立强", "邱雅婷", "许文博", "蔡明宏", "김민수", "佐藤健"],
      [("确认IGBT模块11月交期", "蔡明宏", "2026-10-19"),
       ("提供薄膜电容替代料样品", "蔡明宏", "2026-10-23"),
       ("提供薄膜电容耐温测试数据", "김민수", "2026-10-21"),
       ("寄送IGBT模块工程样品", "佐藤健", "2026-10-20"),
       ("下达12月备货订单", "邱雅婷", "2026-10-22")])
recap("R6", "en", "Volta Zellwerk x Lunergy cell partnership call (Oct 16)", dt.datetime(2026, 10, 16, 17, 30, tzinfo=CST), "郑凯",
      ["郑凯", "叶子豪", "Jonas Weber", "Anna Schmidt", "Sanne de Vries"],
      [("send the cell cycle-life test report", "Jonas Weber", "2026-10-23"),
       ("share BMS CAN protocol v2.3", "郑凯", "2026-10-21"),
       ("confirm the cell shipping schedule for Q1", "Anna Schmidt", "2026-10-30"),
       ("draft the joint UN38.3 test plan", "叶子豪", "2026-10-28")])
recap("R7", "zh", "海外服务部10月复盘会纪要", dt.datetime(2026, 10, 19, 17, 0, tzinfo=CST), "陈思远",
      ["陈思远", "林佳怡", "黄俊杰"],
      [("整理9月海外工单统计", "林佳怡", "2026-10-21"),
       ("更新意大利售后培训课件", "黄俊杰", "2026-10-23"),
       ("对接南非新经销商合同", "林佳怡", "2026-10-26"),
       ("跟进越南电站备件补货", "黄俊杰", "2026-10-22"),
       ("编写巴基斯坦高温降额说明", "黄俊杰", "2026-10-28")])

WD_ZH = "一二三四五六日"
def cutoff(r):
    d = r["sent"].date()
    if r["note"] == "after" or not is_wd(d):
        d = add_days(d, 1)
        while not is_wd(d): d = add_days(d, 1)
    return d

def recap_text(r):
    c = cutoff(r)
    if r["lang"] == "zh":
        out = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
        for i, (t, o, d) in enumerate(r["items"], 1): out.append(f"| {i} | {t} | {o} | {d} |")
        out += ["", f"如有异议请于今日内回复（截止 {c.isoformat()} 18:00，逾期视为无异议）。",
                "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
                "—— 纪要助手（系统自动发送，请勿修改主题）"]
    else:
        out = ["Hello all,", "", "Minutes Assistant has recorded the following action items:", "| # | Action item | Owner | Due |"]
        for i, (t, o, d) in enumerate(r["items"], 1): out.append(f"| {i} | {t} | {o} | {d} |")
        out += ["", f"If you disagree, please reply today (by {c.isoformat()} 18:00); otherwise the items are confirmed.",
                'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or "extend to Oct 20".', "",
                "-- Minutes Assistant (automated message)"]
    return out

# ---------------------------------------------------------------- quote headers per client
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def h12(t): return f"{(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
def ampm_zh(t):
    h = t.hour
    part = "凌晨" if h < 6 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    return f"{part}{(h % 12) or 12}:{t.minute:02d}"
def nm(n): return n
def addrlist(names, style):
    if style == "qq": return "".join(f'"{nm(n)}"<{E(n)}>;' for n in names)
    if style == "angle": return ", ".join(f"{nm(n)} <{E(n)}>" for n in names)
    if style == "semi": return "; ".join(f"{nm(n)} <{E(n)}>" for n in names)
    if style == "names": return "; ".join(nm(n) for n in names)
    return ", ".join(names)

def attribution(client, r, loc):
    """Return (lines_before_quote, prefix) for the quoted recap in this client's style; loc = recap time seen by sender."""
    t = loc; bn, be = BOT
    to = r["people"]; subj = r["subject"]
    w = t.weekday()
    if client == "qq" or client == "wecom":
        return (["", "", "------------------ 原始邮件 ------------------", f'发件人: "{bn}"<{be}>;',
                 f"发送时间: {t.year}年{t.month}月{t.day}日(星期{WD_ZH[w]}) {ampm_zh(t)}", f"收件人: {addrlist(to, 'qq')}",
                 f"主题: {subj}", "", ""], "")
    if client == "foxmail":
        return (["", "", f"发件人： {bn}", f"发送时间： {t:%Y-%m-%d %H:%M}", f"收件人： {addrlist(to, 'names')}",
                 f"主题： {subj}", ""], "")
    if client in ("163", "126"):
        return (["", "", f'在 {t:%Y-%m-%d %H:%M:%S}，"{bn}" <{be}> 写道：'], ">")
    if client == "mailmaster":
        return (["", "", "---- 回复的原邮件 ----", f"| 发件人 | {bn}<{be}> |", f"| 日期 | {t.year}年{t.month:02d}月{t.day:02d}日 {t:%H:%M} |",
                 f"| 收件人 | {addrlist(to[:3], 'angle')} |", f"| 主题 | {subj} |", ""], "")
    if client == "outlook_zhcn":
        return (["", "", f"发件人: {bn} <{be}>", f"发送时间: {t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}",
                 f"收件人: {addrlist(to, 'semi')}", f"主题: {subj}", ""], "")
    if client == "outlook_zhtw":
        ap = "上午" if t.hour < 12 else "下午"
        return (["", "", f"寄件者: 紀要助手 <{be}>", f"寄件日期: {t.year}年{t.month}月{t.day}日 {ap} {((t.hour % 12) or 12):02d}:{t.minute:02d}",
                 f"收件者: {addrlist(to, 'semi')}", f"主旨: {subj}", ""], "")
    if client in ("outlook_en", "outlook_android"):
        x = ["", "", "________________________________"] if client == "outlook_android" else ["", "", "-----Original Message-----"]
        return (x + [f"From: {bn} <{be}>", f"Sent: {WD_EN[w]}, {MON_EN[t.month-1]} {t.day}, {t.year} {h12(t)}",
                     f"To: {addrlist(to, 'semi')}", f"Subject: {subj}", ""], "")
    if client == "owa":
        return (["", "", "________________________________", f"From: {bn} <{be}>", f"Sent: {WD_EN[w]}, {MON_EN[t.month-1]} {t.day}, {t.year} {h12(t)}",
                 f"To: {addrlist(to, 'semi')}", f"Subject: {subj}", ""], "")
    if client == "outlook_mac":
        return (["", "", f"From: {bn} <{be}>", f"Date: {WD_EN[w]}, {t.day} {MON_EN[t.month-1]} {t.year} at {t:%H:%M}",
                 f"To: {addrlist(to, 'angle')}", f"Subject: {subj}", ""], "")
    if client == "outlook_it":
        G = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
        M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
        return (["", "", f"Da: {bn} <{be}>", f"Inviato: {G[w]} {t.day} {M[t.month-1]} {t.year} {t:%H:%M}",
                 f"A: {addrlist(to, 'semi')}", f"Oggetto: {subj}", ""], "")
    if client == "outlook_es":
        G = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        return (["", "", "________________________________", f"De: {bn} <{be}>", f"Enviado: {G[w]}, {t.day} de {M[t.month-1]} de {t.year} {t.hour}:{t.minute:02d}",
                 f"Para: {addrlist(to, 'semi')}", f"Asunto: {subj}", ""], "")
    if client == "outlook_fr":
        G = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        return (["", "", f"De : {bn} <{be}>", f"Envoyé : {G[w]} {t.day} {M[t.month-1]} {t.year} {t:%H:%M}",
                 f"À : {addrlist(to, 'semi')}", f"Objet : {subj}", ""], "")
    if client == "outlook_de":
        G = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        return (["", "", f"Von: {bn} <{be}>", f"Gesendet: {G[w]}, {t.day}. {M[t.month-1]} {t.year} {t:%H:%M}",
                 f"An: {addrlist(to, 'semi')}", f"Betreff: {subj}", ""], "")
    if client == "outlook_ko":
        ap = "오전" if t.hour < 12 else "오후"; G = "월화수목금토일"
        return (["", "", f"보낸 사람: {bn} <{be}>", f"보낸 날짜: {t.year}년 {t.month}월 {t.day}일 {G[w]}요일 {ap} {(t.hour % 12) or 12}:{t.minute:02d}",
                 f"받는 사람: {addrlist(to, 'semi')}", f"제목: {subj}", ""], "")
    if client == "gmail_en":   # Gmail wraps the attribution at ~78 columns
        return (["", f"On {WD_EN[w][:3]}, {MON_EN[t.month-1][:3]} {t.day}, {t.year} at {h12(t)} {bn} <", f"{be}> wrote:", ""], ">")
    if client == "gmail_android":
        return (["", f"On {WD_EN[w][:3]}, {t.day} {MON_EN[t.month-1][:3] if t.month != 9 else 'Sept'} {t.year}, {t:%H:%M} {bn}, <{be}> wrote:", ""], ">")
    if client == "gmail_zh":
        return (["", f"{bn} <{be}> 于{t.year}年{t.month}月{t.day}日周{WD_ZH[w]} {t:%H:%M}写道：", ""], ">")
    if client == "gmail_vi":
        return (["", f"Vào Th {w + 2 if w < 6 else 'CN'}, {t.day} thg {t.month}, {t.year} vào lúc {t:%H:%M} {bn} <", f"{be}> đã viết:", ""], ">")
    if client == "gmail_hu":
        G = ["H", "K", "Sze", "Cs", "P", "Szo", "V"]; M = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]
        return (["", f"{bn} <{be}> ezt írta (időpont: {t.year}. {M[t.month-1]} {t.day}., {G[w]}, {t.hour}:{t.minute:02d}):", ""], ">")
    if client == "gmail_pl":
        G = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]; M = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
        return (["", f"{G[w]} {t.day} {M[t.month-1]} {t.year} o {t:%H:%M} {bn} <{be}>", "napisał(a):", ""], ">")
    if client == "gmail_nl":
        G = ["ma", "di", "wo", "do", "vr", "za", "zo"]; M = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        return (["", f"Op {G[w]} {t.day} {M[t.month-1]} {t.year} om {t:%H:%M} schreef {bn} <", f"{be}>:", ""], ">")
    if client == "gmail_ja":
        G = "月火水木金土日"
        return (["", f"{t.year}年{t.month}月{t.day}日({G[w]}) {t.hour}:{t.minute:02d} {bn} <{be}>:", ""], ">")
    if client == "iphone_en":
        return (["", "Sent from my iPhone", "", f"> On {t.day} {MON_EN[t.month-1][:3]} {t.year}, at {t:%H:%M}, {bn} <{be}> wrote:", ">"], ">")
    if client == "iphone_zh":
        return (["", "发自我的iPhone", "", f"> 在 {t.year}年{t.month}月{t.day}日，{t:%H:%M}，{bn} <{be}> 写道：", ">"], ">")
    if client == "applemail_zh":
        return (["", f"> {t.year}年{t.month}月{t.day}日 {t:%H:%M}，{bn} <{be}> 写道：", ">"], ">")
    if client == "coremail":
        return (["", "", "-----原始邮件-----", f'发件人:"{bn}" <{be}>', f"发送时间:{t:%Y-%m-%d %H:%M:%S} (星期{WD_ZH[w]})",
                 f"收件人: {addrlist(to, 'qq').replace(';', ', ').rstrip(', ')}", f"主题: {subj}", ""], "")
    if client == "dingtalk":
        return (["", "", "------------------------------------------------------------------", f"发件人：{bn} <{be}>",
                 f"发送时间：{t.year}年{t.month}月{t.day}日(星期{WD_ZH[w]}) {t:%H:%M}", f"收件人：{addrlist(to, 'angle')}",
                 f"主　题：{subj}", ""], "")
    if client == "feishu":
        return (["", "", f"发件人: {bn} <{be}>", f"日期: {t.year}年{t.month}月{t.day}日 周{WD_ZH[w]} {t:%H:%M}",
                 f"主题: {subj}", f"收件人: {addrlist(to, 'angle')}", ""], "")
    if client == "thunderbird_en":
        return (["", f"On {t.month}/{t.day}/{t:%y} {h12(t)}, {bn} wrote:"], ">")
    if client == "thunderbird_de":
        return (["", f"Am {t:%d.%m.%y} um {t:%H:%M} schrieb {bn}:"], ">")
    if client == "thunderbird_zh":
        return (["", f"在 {t:%Y/%m/%d %H:%M}, {bn} 写道:"], ">")
    raise KeyError(client)

# ---------------------------------------------------------------- client envelopes
CLIENT = {
 "qq": dict(cs="gb18030", cte="base64", html=True, mailer=[("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")], re="回复：", mid="<tencent_{h}@qq.com>"),
 "wecom": dict(cs="gb18030", cte="base64", html=True, mailer=[("X-Mailer", "Tencent WeCom Mail"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")], re="回复：", mid="<tencent_{h}@qq.com>"),
 "foxmail": dict(cs="GBK", cte="base64", html=True, mailer=[("X-Mailer", "Foxmail 7.2.25.254[cn]")], re="回复: ", mid="<2026{h}@{d}>"),
 "163": dict(cs="GBK", cte="base64", html=True, mailer=[("X-Originating-IP", "[223.104.38.21]"), ("X-CM-CTRLDATA", "cQ3ZM2Zvb3Rlcl90eHQ9MTM1OjEw")], re="Re:", mid="<{h}.3e1d.19a2f6@163.com>"),
 "126": dict(cs="GBK", cte="base64", html=True, mailer=[("X-Originating-IP", "[39.144.17.9]")], re="Re:", mid="<{h}.52a4.19a3@126.com>"),
 "mailmaster": dict(cs="utf-8", cte="base64", html=True, mailer=[("X-Mailer", "NetEase Mail Master 7.18.0 (iPhone)")], re="回复：", mid="<{h}@mail.163.com>"),
 "outlook_zhcn": dict(cs="gb2312", cte="base64", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtR{h}"), ("Content-Language", "zh-cn")], re="答复: ", mid="<000{h}$0a1b2c30$@{d}>"),
 "outlook_zhtw": dict(cs="big5", cte="base64", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtS{h}"), ("Content-Language", "zh-tw")], re="回覆: ", mid="<001{h}$5c6d7e80$@{d}>"),
 "outlook_en": dict(cs="us-ascii", cte="quoted-printable", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtT{h}"), ("Content-Language", "en-us")], re="RE: ", mid="<002{h}$1f2e3d40$@{d}>"),
 "outlook_android": dict(cs="utf-8", cte="base64", html=True, mailer=[("X-Mailer", "Outlook-Android/4.2438.0")], re="Re: ", mid="<{h}@{d}>", foot="Get Outlook for Android"),
 "owa": dict(cs="utf-8", cte="base64", html=True, mailer=[("x-ms-exchange-messagesentrepresentingtype", "1"), ("Content-Language", "en-US"), ("msip_labels", "")], re="Re: ", mid="<AM9PR0{h}@AM9PR0.eurprd04.prod.outlook.com>", utc=True),
 "outlook_mac": dict(cs="utf-8", cte="quoted-printable", html=True, mailer=[("User-Agent", "Microsoft-MacOutlook/16.90.24100615")], re="Re: ", mid="<{h}@{d}>"),
 "outlook_it": dict(cs="iso-8859-1", cte="quoted-printable", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")], re="R: ", mid="<003{h}$aa$@{d}>"),
 "outlook_es": dict(cs="iso-8859-1", cte="quoted-printable", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-co")], re="RE: ", mid="<004{h}$bb$@{d}>"),
 "outlook_fr": dict(cs="iso-8859-1", cte="quoted-printable", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")], re="RE : ", mid="<005{h}$cc$@{d}>"),
 "outlook_de": dict(cs="iso-8859-1", cte="quoted-printable", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-de")], re="AW: ", mid="<006{h}$dd$@{d}>"),
 "outlook_ko": dict(cs="ks_c_5601-1987", cte="base64", html=True, mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko")], re="RE: ", mid="<007{h}$ee$@{d}>"),
 "gmail_en": dict(cs="UTF-8", cte="quoted-printable", html=True, mailer=[], re="Re: ", mid="<CA+{h}@mail.gmail.com>"),
 "gmail_android": dict(cs="UTF-8", cte="quoted-printable", html=True, mailer=[], re="Re: ", mid="<CAF{h}@mail.gmail.com>"),
 "gmail_zh": dict(cs="UTF-8", cte="base64", html=True, mailer=[], re="Re: ", mid="<CAK{h}@mail.gmail.com>"),
 "gmail_vi": dict(cs="UTF-8", cte="quoted-printable", html=True, mailer=[], re="Re: ", mid="<CAM{h}@mail.gmail.com>"),
 "gmail_hu": dict(cs="UTF-8", cte="quoted-printable", html=True, mailer=[], re="Re: ", mid="<CAN{h}@mail.gmail.com>"),
 "gmail_pl": dict(cs="UTF-8", cte="quoted-printable", html=True, mailer=[], re="Re: ", mid="<CAP{h}@mail.gmail.com>"),
 "gmail_nl": dict(cs="UTF-8", cte="quoted-printable", html=True, mailer=[], re="Re: ", mid="<CAH{h}@mail.gmail.com>"),
 "gmail_ja": dict(cs="UTF-8", cte="base64", html=True, mailer=[], re="Re: ", mid="<CAJ{h}@mail.gmail.com>"),
 "iphone_en": dict(cs="utf-8", cte="quoted-printable", html=False, mailer=[("X-Mailer", "iPhone Mail (22A3354)")], re="Re: ", mid="<{H}@{d}>"),
 "iphone_zh": dict(cs="utf-8", cte="base64", html=False, mailer=[("X-Mailer", "iPhone Mail (22A3354)")], re="Re: ", mid="<{H}@{d}>"),
 "applemail_zh": dict(cs="utf-8", cte="quoted-printable", html=True, mailer=[("X-Mailer", "Apple Mail (2.3826.200.121)")], re="Re: ", mid="<{H}@{d}>"),
 "coremail": dict(cs="GBK", cte="base64", html=True, mailer=[("X-Mailer", "Coremail Webmail Server Version XT6.0.2 build 20240605(c2f5e8f4)"), ("X-Coremail-Locale", "zh_CN")], re="Re:", mid="<{h}.7a3.19a2c@{d}>"),
 "dingtalk": dict(cs="UTF-8", cte="base64", html=True, mailer=[("X-Mailer", "Alimail-Mailagent revision 2"), ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07")], re="回复：", mid="<{h}.1a2b@{d}>"),
 "feishu": dict(cs="UTF-8", cte="base64", html=True, mailer=[("X-Lms-Return-Path", "<lba+2{h}@{d}>"), ("X-Mailer", "Feishu Mail")], re="回复: ", mid="<{h}@{d}>"),
 "thunderbird_en": dict(cs="UTF-8", cte="8bit", html=False, mailer=[("User-Agent", "Mozilla Thunderbird")], re="Re: ", mid="<{H}@{d}>", ff=True),
 "thunderbird_de": dict(cs="UTF-8", cte="8bit", html=False, mailer=[("User-Agent", "Mozilla Thunderbird")], re="Re: ", mid="<{H}@{d}>", ff=True),
 "thunderbird_zh": dict(cs="UTF-8", cte="8bit", html=False, mailer=[("User-Agent", "Mozilla Thunderbird")], re="Re: ", mid="<{H}@{d}>", ff=True),
}

def hx(seed, n): return hashlib.sha1(seed.encode()).hexdigest()[:n].upper()

def hdr_addr(name, email, cs):
    try:
        name.encode("ascii"); return f'"{name}" <{email}>' if any(c in name for c in ",.") else f"{name} <{email}>"
    except UnicodeEncodeError:
        c = "utf-8" if cs.lower() in ("us-ascii", "iso-8859-1") else cs
        try: b = name.encode(c)
        except UnicodeEncodeError: c, b = "utf-8", name.encode("utf-8")
        return f'"=?{c}?B?{base64.b64encode(b).decode()}?=" <{email}>'

def hdr_text(text, cs):
    try: text.encode("ascii"); return text
    except UnicodeEncodeError: pass
    c = "utf-8" if cs.lower() in ("us-ascii", "iso-8859-1") else cs
    try: text.encode(c)
    except UnicodeEncodeError: c = "utf-8"
    return Header(text, c, maxlinelen=76).encode()

def body_bytes(text, cs, cte):
    """Encode like the client does: its default charset when the text fits (Outlook labels GBK bytes 'gb2312'),
    otherwise the client's automatic fallback to UTF-8 (Outlook/Foxmail do this for text the charset cannot carry)."""
    c, enc = cs, cs
    if cs.lower() == "ks_c_5601-1987": enc = "cp949"
    try:
        data = text.replace("\n", "\r\n").encode(enc)
    except UnicodeEncodeError:
        try:
            if cs.lower() != "gb2312": raise UnicodeEncodeError("x", "", 0, 1, "x")
            data = text.replace("\n", "\r\n").encode("gbk")
        except UnicodeEncodeError:
            c = "UTF-8" if cs.isupper() else "utf-8"
            data = text.replace("\n", "\r\n").encode("utf-8")
    if cte == "base64":
        b = base64.encodebytes(data).decode().replace("\n", "\r\n")
    elif cte == "quoted-printable":
        b = quopri.encodestring(data).decode().replace("\r\n", "\n").replace("\n", "\r\n")
        if not b.endswith("\r\n"): b += "\r\n"
    else:
        b = data.decode("utf-8") + ("\r\n" if not data.endswith(b"\r\n") else "")
    return c, b

def to_html(text_lines, quote_lines, prefix, client):
    esc = lambda s: html.escape(s)
    top = "".join(f"<div>{esc(l) if l else '<br>'}</div>\n" for l in text_lines)
    q = "<br>\n".join(esc(l) for l in quote_lines)
    if client.startswith("outlook") or client == "owa":
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ZH-CN"><div class="WordSection1">\n'
                f'{top}<div id="divRplyFwdMsg" dir="ltr"><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">{q}</p></div></div></div></body></html>\n')
    if client.startswith("gmail"):
        return (f'<div dir="ltr">{top}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{q.split("<br>")[0]}</div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')
    if client in ("qq", "wecom"):
        return f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>{top}</div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{q}</div>\n'
    if client in ("163", "126"):
        return f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{top}<div id="isReplyContent"><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{q}</blockquote></div></div>\n'
    return f"<html><body>{top}<blockquote>{q}</blockquote></body></html>\n"

CASES = []
def case(slug, client, sender, rk, when, body, gold=None, kind="reply", notes="", inline=None, ooo=False, attr_suffix="", cc=(),
         bottom=None, noquote=False):
    CASES.append(dict(slug=slug, client=client, sender=sender, rk=rk, when=when, body=body, gold=gold, kind=kind,
                      notes=notes, inline=inline, ooo=ooo, attr_suffix=attr_suffix, cc=cc, bottom=bottom, noquote=noquote))

def g(intent, items=(), percent=None, new=None): return dict(intent=intent, items=list(items), percent=percent, new_due_date=new)

def build(c, n):
    r = RECAPS[c["rk"]]; cl = CLIENT[c["client"]]; cs = cl["cs"]; client = c["client"]
    s = R[c["sender"]]; dom = s["email"].split("@")[1]
    when = c["when"]
    loc = r["sent"].astimezone(when.tzinfo)
    pre, prefix = attribution(client, r, loc)
    qlines = recap_text(r)
    if c["noquote"] or c["ooo"]: pre, qlines = [], []
    if c["bottom"] is not None:
        text = pre[1:] + [(prefix + " " + l) if l else prefix for l in qlines] + [""] + list(c["bottom"])
    elif c["inline"] is not None:
        # inline answers under quoted rows: body is intro, inline = {row_number: answer_lines}
        text = list(c["body"]) + pre
        for ln in qlines:
            text.append((prefix + " " + ln) if ln else prefix)
            for k, ans in c["inline"].items():
                if ln.startswith(f"| {k} |"): text += [""] + ans + [""]
    else:
        text = list(c["body"])
        if cl.get("foot"): text += ["", cl["foot"]]
        if c["attr_suffix"]:
            # the reply typed onto the attribution line (mobile HTML->text join)
            text = text[:-1] + [text[-1] + pre[1]] + pre[2:]
        else:
            text += pre
        text += [((prefix + " " + l) if l else prefix) if prefix else l for l in qlines]
    text_s = "\n".join(text) + "\n"
    h = hx(c["slug"], 24)
    mid = cl["mid"].format(h=h, H=f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:24]}{h[:8]}", d=dom)
    nodouble = client.startswith(("gmail", "iphone", "applemail", "thunderbird", "outlook_mac"))
    if nodouble and not c["ooo"] and r["subject"].lower().startswith("re:"): subj = r["subject"]
    else: subj = ("自动回复: " if c["ooo"] and r["lang"] == "zh" else "Automatic reply: " if c["ooo"] else cl["re"]) + r["subject"]
    date = when.astimezone(dt.timezone.utc) if cl.get("utc") else when
    heads = [("Return-Path", f"<{s['email']}>"), ("Delivered-To", BOT[1]),
             ("Received", f"from mx.{dom} (mx.{dom} [203.0.113.{int(h[:2], 16) % 250 + 1}])\r\n\tby mail.{DOM} (Postfix) with ESMTPS id {h[:11]}\r\n\tfor <{BOT[1]}>; {format_datetime(when.astimezone(CST))}"),
             ("From", hdr_addr(s["name"], s["email"], cs)),
             ("To", hdr_addr(BOT[0], BOT[1] if c["ooo"] else r["reply_to"], cs))]
    ccs = [p for p in r["people"] if p != c["sender"]][:4] if not c["cc"] else list(c["cc"])
    if not c["ooo"] and ccs: heads.append(("Cc", ",\r\n ".join(hdr_addr(p, E(p), cs) for p in ccs)))
    heads += [("Subject", hdr_text(subj, cs)), ("Date", format_datetime(date)), ("Message-ID", mid),
              ("In-Reply-To", r["mid"]), ("References", f"{r['minutes_mid']}\r\n {r['mid']}")]
    heads += [(k, v.format(h=h[:12], d=dom)) for k, v in cl["mailer"]]
    if c["ooo"]:
        heads += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", s["email"])] if client.startswith("outlook") \
            else [("Auto-Submitted", "auto-replied"), ("X-QQ-AutoReply", "1")]
    heads.append(("MIME-Version", "1.0"))
    out = ""
    if cl["html"] and c["inline"] is None and c["bottom"] is None:
        b = f"----=_NextPart_{h[:8]}_{h[8:16]}"
        tl = list(c["body"]); 
        htm = to_html(tl, pre[2:] + qlines if not prefix else [p for p in pre if p] + qlines, prefix, client)
        c1, b1 = body_bytes(text_s, cs, cl["cte"])
        c2, b2 = body_bytes(htm, cs, cl["cte"])
        heads.append(("Content-Type", f'multipart/alternative;\r\n\tboundary="{b}"'))
        body = (f"This is a multi-part message in MIME format.\r\n\r\n--{b}\r\n"
                f'Content-Type: text/plain;\r\n\tcharset="{c1}"\r\nContent-Transfer-Encoding: {cl["cte"]}\r\n\r\n{b1}\r\n'
                f'--{b}\r\nContent-Type: text/html;\r\n\tcharset="{c2}"\r\nContent-Transfer-Encoding: {cl["cte"]}\r\n\r\n{b2}\r\n--{b}--\r\n')
    else:
        c1, b1 = body_bytes(text_s, cs, cl["cte"])
        ff = "; format=flowed" if cl.get("ff") else ""
        heads.append(("Content-Type", f"text/plain; charset={c1}{ff}"))
        heads.append(("Content-Transfer-Encoding", cl["cte"]))
        body = b1
    raw = "".join(f"{k}: {v}\r\n" for k, v in heads) + "\r\n" + body
    return raw.encode("ascii" if cl["cte"] != "8bit" else "utf-8")


# ---------------------------------------------------------------- the cases
def T(y, mo, d, hh, mm, z=CST): return dt.datetime(y, mo, d, hh, mm, tzinfo=z)
from cases_replies26 import define  # noqa: E402  (case list lives next to this file)

def expected_dates():
    """Gold new_due_date recomputed from the calendar, per case slug."""
    return {c["slug"]: c["calc"] for c in CASES if c.get("calc") is not None}

def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    define(case, g, T, tz, R, RECAPS, dict(sh_date=sh_date, this_or_next_wd=this_or_next_wd, next_week=next_week,
           first_wd_after_holiday=first_wd_after_holiday, add_days=add_days, is_wd=is_wd), CASES)
    bad = 0
    for i, c in enumerate(CASES):
        n = 5301 + i
        name = f"{n}-{c['slug']}"
        gold = {"kind": c["kind"], "items": [], "next_followup": None,
                "reply": c["gold"] if c["kind"] == "reply" else None, "notes": c["notes"]}
        if c["kind"] == "reply":
            nd = c["gold"]["new_due_date"]; calc = c.get("calc")
            if (nd is None) != (calc is None) or (calc is not None and calc.isoformat() != nd):
                print(f"MISMATCH {name}: gold {nd} calc {calc}"); bad += 1
            if c["gold"]["intent"] == "extend" and nd is None: print("extend without date", name)
        if check:
            p = out / f"{name}.json"
            if not p.exists() or json.loads(p.read_text("utf-8")) != gold: print("DIFF json", name); bad += 1
            e = out / f"{name}.eml"
            if not e.exists() or e.read_bytes() != build(c, n): print("DIFF eml", name); bad += 1
        else:
            (out / f"{name}.eml").write_bytes(build(c, n))
            (out / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", "utf-8")
    names = {f"{5301 + i}-{c['slug']}" for i, c in enumerate(CASES)}
    if check:
        for f in sorted(out.glob("53[0-9][0-9]-*.*")):
            if f.stem not in names: print("STRAY", f.name); bad += 1
    if not check:
        with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
            f.write("name,email,department,manager_email,aliases\n")
            for p in R.values(): f.write(f"{p['name']},{p['email']},{p['department']},{p['manager_email']},{p['aliases']}\n")
    print(f"{len(CASES)} cases, {bad} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
