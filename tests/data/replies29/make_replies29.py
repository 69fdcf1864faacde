#!/usr/bin/env python3
"""Blind set "replies29": 50 replies (cases 5751-5800) to minutebot's recap mails.

Deterministic: no clock, no randomness.  Usage:
    python3 make_replies29.py           # (re)write every .eml/.json, roster.csv and README.md next to this script
    python3 make_replies29.py --check   # re-parse and re-verify everything that was written

--check needs the `chinesecalendar` package (venv: /work/blind/venv).
"""
import base64
import csv
import hashlib
import io
import json
import os
import quopri
import re
import sys
import zipfile
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SH = timezone(timedelta(hours=8))


def tz(h):
    return timezone(timedelta(hours=h))


def T(s, off=8):
    """'2026-04-01 16:50:12' in UTC+off -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(off))


def h16(*parts):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()


# ----------------------------------------------------------------------------------------------
# Organisations and people
# ----------------------------------------------------------------------------------------------
ORGS = {
    "LY": dict(name="陇原种业股份有限公司", en="Longyuan Seed Co., Ltd. (Lanzhou)", domain="longyuan-seed.example.cn",
               mx="mail.longyuan-seed.example.cn", mta="Coremail"),
    "ZK": dict(name="筑康医疗集团", en="Zhukang Hospital Group (Guiyang)", domain="zhukang-med.example.cn",
               mx="mx.zhukang-med.example.cn", mta="Postfix"),
    "TR": dict(name="通润光能科技有限公司", en="Tongrun Solar Technology Co., Ltd. (Nantong)", domain="tongrun-solar.example.cn",
               mx="mx.tongrun-solar.example.cn", mta="Postfix"),
}

# key: (name, email, department, manager_email_local_or_email, aliases, org, company_if_outsider)
P = {}


def person(name, email, dept="", mgr="", aliases="", org="", company=""):
    P[name] = dict(name=name, email=email, dept=dept, mgr=mgr, aliases=aliases, org=org, company=company)


LYD, ZKD, TRD = (ORGS[k]["domain"] for k in ("LY", "ZK", "TR"))
# Longyuan Seed (Lanzhou)
person("张志刚", f"zhangzhigang@{LYD}", "营销中心", "", "张总;Zhang Zhigang", "LY")
person("马文涛", f"mawentao@{LYD}", "营销中心", f"zhangzhigang@{LYD}", "马经理;Ma Wentao;涛哥", "LY")
person("赵丽娟", f"zhaolijuan@{LYD}", "国际贸易部", f"zhangzhigang@{LYD}", "Zhao Lijuan;Lijuan Zhao;丽娟", "LY")
person("何晓燕", f"hexiaoyan@{LYD}", "质检中心", "", "He Xiaoyan;何工;何主任", "LY")
person("杨建军", f"yangjianjun@{LYD}", "仓储物流部", "", "杨主任;Yang Jianjun;老杨", "LY")
person("李敏", f"limin@{LYD}", "财务部", "", "Li Min;李会计", "LY")
person("周国庆", f"zhouguoqing@{LYD}", "生产部", "", "周经理;Zhou Guoqing", "LY")
person("王磊", f"wanglei@{LYD}", "生产部", f"zhouguoqing@{LYD}", "Wang Lei;王工", "LY")
person("陈颖", f"chenying@{LYD}", "研发中心", "", "陈主任;Chen Ying", "LY")
person("苏静", f"sujing@{LYD}", "研发中心", f"chenying@{LYD}", "Su Jing;小苏", "LY")
person("郭鹏", "hetao_guopeng@126.com", "", "", "Guo Peng;郭总", "", "河套农丰农资有限公司 (Hohhot distributor)")
person("刘振华", "liuzhenhua@lzau.example.edu.cn", "", "", "刘教授;刘老师;Liu Zhenhua", "",
       "陇中农业大学 农学院 (university partner, Lanzhou)")
person("Pieter de Vries", "p.devries@zaadhuis.example.nl", "", "", "Pieter;彼得", "", "Zaadhuis Breeding B.V. (Enkhuizen, NL)")
person("Sanne Bakker", "s.bakker@zaadhuis.example.nl", "", "", "Sanne", "", "Zaadhuis Breeding B.V. (Enkhuizen, NL)")
# Zhukang Hospital Group (Guiyang)
person("杨帆", f"yangfan@{ZKD}", "信息中心", "", "杨主任;Yang Fan", "ZK")
person("韦丽", f"weili@{ZKD}", "信息中心", f"yangfan@{ZKD}", "Wei Li;韦工", "ZK")
person("吴涛", f"wutao@{ZKD}", "信息中心", f"yangfan@{ZKD}", "Wu Tao;吴工", "ZK")
person("潘明", f"panming@{ZKD}", "设备科", "", "潘科长;Pan Ming", "ZK")
person("龙海", f"longhai@{ZKD}", "设备科", f"panming@{ZKD}", "龙工;Long Hai", "ZK")
person("田娟", f"tianjuan@{ZKD}", "采购中心", "", "Tian Juan;田小姐", "ZK")
person("周琳", f"zhoulin@{ZKD}", "质控办", "", "周主任;Zhou Lin", "ZK")
person("黄蕾", f"huanglei@{ZKD}", "医务部", "", "Huang Lei;黄主任", "ZK")
person("石芳", f"shifang@{ZKD}", "护理部", "", "石护士长;Shi Fang", "ZK")
person("林冠廷", "kt.lin@kangshuo.example.com.tw", "", "", "Kuan-Ting Lin;KT Lin", "", "康碩資訊股份有限公司 (HIS vendor, Taipei)")
person("張雅婷", "yt.chang@kangshuo.example.com.tw", "", "", "张雅婷;Ya-Ting Chang", "", "康碩資訊股份有限公司 (HIS vendor, Taipei)")
person("罗浩", "luohao@qianyun-tech.example.cn", "", "", "Luo Hao;罗工", "", "黔云数智科技有限公司 (IT contractor, Guiyang)")
person("陳嘉俊", "kelvin.chan@delin-med.example.com.hk", "", "", "陈嘉俊;Kelvin Chan;陳生", "",
       "德霖醫療器材有限公司 (imaging equipment distributor, Hong Kong)")
# Tongrun Solar (Nantong)
person("沈卫东", f"shenweidong@{TRD}", "运营中心", "", "沈总;Shen Weidong;David Shen", "TR")
person("顾晓峰", f"guxiaofeng@{TRD}", "海外销售部", f"shenweidong@{TRD}", "Gu Xiaofeng;Xiaofeng Gu;Frank Gu", "TR")
person("孙浩", f"sunhao@{TRD}", "技术支持部", f"shenweidong@{TRD}", "Sun Hao;Howard Sun", "TR")
person("陆婷", f"luting@{TRD}", "质量部", f"shenweidong@{TRD}", "Lu Ting", "TR")
person("朱磊", f"zhulei@{TRD}", "物流部", f"shenweidong@{TRD}", "Zhu Lei", "TR")
person("曹敏", f"caomin@{TRD}", "财务部", f"shenweidong@{TRD}", "Cao Min", "TR")
person("Lukas Hoffmann", "l.hoffmann@solarwerk-montage.example.de", "", "", "Lukas", "", "SolarWerk Montage GmbH (Freiburg, DE)")
person("Carmen Ruiz", "carmen.ruiz@soliberica.example.es", "", "", "Carmen", "", "Sol Ibérica Distribución S.L. (Valencia, ES)")
person("高橋健一", "k.takahashi@hokuto-shoji.example.co.jp", "", "", "高桥健一;Kenichi Takahashi;Takahashi", "",
       "北斗商事株式会社 (trading company, Osaka)")
person("季红", "jihong@jianghai-log.example.cn", "", "", "Ji Hong", "", "江海国际货运代理（南通）有限公司 (freight forwarder)")

# ----------------------------------------------------------------------------------------------
# Meetings and the bot's recaps
# ----------------------------------------------------------------------------------------------
M = {}


def meeting(key, org, title, organizer, minutes_at, minutes_mid, recap_at, lang, people, items):
    dom = ORGS[org]["domain"]
    hx = h16("replies29", key)
    M[key] = dict(key=key, org=org, title=title, organizer=organizer, minutes_at=minutes_at,
                  minutes_mid=minutes_mid, recap_at=recap_at, lang=lang, people=people,
                  items=[dict(n=i + 1, task=t, owner=o, due=d) for i, (t, o, d) in enumerate(items)],
                  bot=f"minutes@{dom}", signed=f"minutes+r{hx[:16]}@{dom}",
                  recap_mid=f"<mb-recap.{recap_at.strftime('%Y%m%d%H%M%S')}.{hx[16:26]}@{dom}>")


meeting("M1", "LY", "【会议纪要】春播玉米种子发运协调会（4月1日）", "张志刚", T("2026-04-01 16:18:40"),
        "<3c9a51e2.2b7f.19d4a6e0c1f.Coremail.zhangzhigang@longyuan-seed.example.cn>", T("2026-04-01 16:24:05"), "zh",
        ["张志刚", "马文涛", "何晓燕", "杨建军", "李敏", "郭鹏"],
        [("提交河西走廊经销商发运计划", "马文涛", "2026-04-03"),
         ("完成玉米种子发芽率复检", "何晓燕", "2026-04-03"),
         ("落实春播期间物流车辆", "马文涛", "2026-04-08"),
         ("更新仓储温湿度记录表", "杨建军", "2026-04-07"),
         ("提供内蒙古片区春播需求预测", "郭鹏", "2026-04-09"),
         ("完成经销商回款核对", "李敏", "2026-04-10")])
meeting("M2", "LY", "【会议纪要】张掖制种基地田间管理周例会（4月29日）", "周国庆", T("2026-04-29 16:38:21"),
        "<7e0d14a9.5c31.19dd8f2b6a4.Coremail.zhouguoqing@longyuan-seed.example.cn>", T("2026-04-29 16:42:57"), "zh",
        ["周国庆", "王磊", "苏静", "杨建军", "陈颖", "刘振华"],
        [("完成母本去雄进度统计", "王磊", "2026-04-30"),
         ("提交滴灌设备维修方案", "王磊", "2026-05-08"),
         ("采集土壤样本送检", "苏静", "2026-05-07"),
         ("编制节后农资采购清单", "杨建军", "2026-05-06"),
         ("起草与陇中农业大学合作试验协议", "陈颖", "2026-05-11"),
         ("提供制种隔离区检测报告", "刘振华", "2026-05-12")])
meeting("M3", "LY", "Minutes: Longyuan x Zaadhuis vegetable seed trial sync (14 Apr)", "赵丽娟", T("2026-04-14 14:58:36"),
        "<202604141458364418752@longyuan-seed.example.cn>", T("2026-04-14 15:03:12"), "en",
        ["赵丽娟", "何晓燕", "陈颖", "Pieter de Vries", "Sanne Bakker"],
        [("send the germination test results for lot ZH-2603", "何晓燕", "2026-04-17"),
         ("share the trial plot layout for Jiuquan", "陈颖", "2026-04-21"),
         ("provide copies of the phytosanitary certificates", "Pieter de Vries", "2026-04-20"),
         ("confirm the quantity of the second shipment", "Sanne Bakker", "2026-04-24"),
         ("arrange the customs clearance broker in Lanzhou", "赵丽娟", "2026-04-22")])
meeting("M4", "ZK", "【会议纪要】门诊HIS系统升级协调会（4月28日）", "杨帆", T("2026-04-28 10:29:44"),
        "<000001dcd6b2$4e7a1c90$eb6e55b0$@zhukang-med.example.cn>", T("2026-04-28 10:35:18"), "zh",
        ["杨帆", "林冠廷", "韦丽", "罗浩", "吴涛", "張雅婷"],
        [("提交升级割接方案", "林冠廷", "2026-04-30"),
         ("完成门诊科室用户培训", "韦丽", "2026-05-08"),
         ("核对医保接口测试用例", "罗浩", "2026-05-07"),
         ("准备节假日应急值班表", "吴涛", "2026-04-30"),
         ("完成数据库备份演练", "吴涛", "2026-05-06"),
         ("完成HIS操作手册繁简转换", "張雅婷", "2026-05-11")])
meeting("M5", "ZK", "【会议纪要】影像设备采购及维保协调会（6月16日）", "潘明", T("2026-06-16 15:37:02"),
        "<tencent_8F21C0D94B7E3A6F5D2E81C4A09B7D3E6F05@qq.com>", T("2026-06-16 15:44:31"), "zh",
        ["潘明", "陳嘉俊", "龙海", "田娟"],
        [("提供CT维保合同续签报价", "陳嘉俊", "2026-06-18"),
         ("完成放射科设备巡检报告", "龙海", "2026-06-23"),
         ("提交采购论证材料", "田娟", "2026-06-26"),
         ("安排DR球管更换工程师", "陳嘉俊", "2026-06-24"),
         ("核对设备固定资产台账", "田娟", "2026-06-30")])
meeting("M6", "TR", "Minutes: Q3 order review with SolarWerk and Sol Ibérica (12 May)", "顾晓峰", T("2026-05-12 15:58:09"),
        "<SEZPR06MB69585C2E7F1A9D4B0E3C5A71D2F8B9E0@SEZPR06MB6958.apcprd06.prod.outlook.com>", T("2026-05-12 16:03:11"), "en",
        ["顾晓峰", "孙浩", "陆婷", "Lukas Hoffmann", "Carmen Ruiz", "沈卫东"],
        [("send the updated module datasheet (TR-BG 590W)", "孙浩", "2026-05-15"),
         ("confirm the July container allocation", "顾晓峰", "2026-05-19"),
         ("return the signed quality agreement", "Lukas Hoffmann", "2026-05-22"),
         ("share the installer feedback on frame clamps", "Lukas Hoffmann", "2026-05-29"),
         ("provide the price list for Spanish distributors", "Carmen Ruiz", "2026-05-20"),
         ("book the EL inspection at a third-party lab", "陆婷", "2026-05-21")])
meeting("M7", "TR", "【会议纪要】端午前组件出货及质量协调会（6月17日）", "沈卫东", T("2026-06-17 11:08:50"),
        "<SEZPR06MB6958E41B09C7D2A3F68B1E5C40A7D9F2@SEZPR06MB6958.apcprd06.prod.outlook.com>", T("2026-06-17 11:14:26"), "zh",
        ["沈卫东", "陆婷", "朱磊", "顾晓峰", "季红", "高橋健一", "曹敏"],
        [("完成6月第二批组件EL抽检", "陆婷", "2026-06-18"),
         ("提交端午期间发货计划", "朱磊", "2026-06-18"),
         ("跟进北斗商事信用证开立", "顾晓峰", "2026-06-24"),
         ("确认订舱及集装箱到厂时间", "季红", "2026-06-23"),
         ("提供日本市场认证资料（JET）", "高橋健一", "2026-06-26"),
         ("更新出口退税单证台账", "曹敏", "2026-06-30")])
meeting("M8", "ZK", "【会议纪要】JCI复评迎检筹备会（7月7日）", "周琳", T("2026-07-07 09:47:15"),
        "<tencent_3D7A9E15C2B84F60A1E9D7C3B5F2084A6E91@qq.com>", T("2026-07-07 09:52:40"), "zh",
        ["周琳", "黄蕾", "龙海", "石芳", "吴涛"],
        [("完成病历质控抽查", "黄蕾", "2026-07-10"),
         ("更新消防应急预案", "龙海", "2026-07-14"),
         ("组织全院手卫生培训", "石芳", "2026-07-17"),
         ("提交迎检资料目录", "黄蕾", "2026-07-15"),
         ("整改门诊标识系统", "龙海", "2026-07-24"),
         ("完成信息安全等保自查", "吴涛", "2026-07-20")])


def cutoff_of(recap_at):
    """Objection deadline as the recap states it: today 18:00, or next working day 18:00 (computed by hand here,
    re-checked with chinesecalendar in --check)."""
    return recap_at.astimezone(SH).strftime("%Y-%m-%d") + " 18:00"


WD_ZH = "一二三四五六日"


def recap_rows(m):
    return [(str(it["n"]), it["task"], it["owner"], it["due"]) for it in m["items"]]


def recap_text(m, table="pipe"):
    """The recap's text as a client shows it when quoting (list of lines)."""
    rows = recap_rows(m)
    co = cutoff_of(m["recap_at"])
    if m["lang"] == "zh":
        head = ("序号", "事项", "负责人", "截止时间")
        lines = ["各位好：", "", f"纪要助手已根据《{m['title']}》登记以下待办事项：", ""]
    else:
        head = ("#", "Action item", "Owner", "Due")
        lines = ["Hello all,", "", f"Minutebot has recorded the following action items from \"{m['title']}\":", ""]
    for r in [head] + rows:
        lines.append("| " + " | ".join(r) + " |" if table == "pipe" else "\t".join(r))
    lines.append("")
    if m["lang"] == "zh":
        lines += [f"如有异议请于今日内回复（截止 {co}），逾期视为无异议。",
                  "直接回复本邮件即可更新事项，例如：“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”。",
                  "", "纪要助手（系统自动发送）"]
    else:
        lines += [f"如有异议请于今日内回复（截止 {co}）/ If you disagree, please reply today (by {co}, China time); "
                  "otherwise the items are considered agreed.",
                  "Reply to this mail to update an item: \"confirm\", \"object: reason\", \"item 2 done\", "
                  "\"progress 80%\", \"extend to Oct 20\" (中文亦可：“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”).",
                  "", "纪要助手 / Minutebot (automatic message)"]
    return lines


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def recap_html(m, inline=None):
    """inline: {row_number: html to show under that row} (an answer typed into the quoted table)."""
    rows = recap_rows(m)
    co = cutoff_of(m["recap_at"])
    zh = m["lang"] == "zh"
    head = ("序号", "事项", "负责人", "截止时间") if zh else ("#", "Action item", "Owner", "Due")
    out = ['<div style="font-family:Microsoft YaHei,Arial,sans-serif;font-size:14px">']
    if zh:
        out.append(f"<p>各位好：</p><p>纪要助手已根据《{esc(m['title'])}》登记以下待办事项：</p>")
    else:
        out.append(f"<p>Hello all,</p><p>Minutebot has recorded the following action items from &quot;{esc(m['title'])}&quot;:</p>")
    out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">')
    out.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        if inline and int(r[0]) in inline:
            out.append(f'<tr><td colspan="4">{inline[int(r[0])]}</td></tr>')
    out.append("</table>")
    if zh:
        out.append(f"<p>如有异议请于今日内回复（截止 {co}），逾期视为无异议。</p>")
        out.append("<p>直接回复本邮件即可更新事项，例如：“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”。</p>")
        out.append('<p style="color:#888">纪要助手（系统自动发送）</p>')
    else:
        out.append(f"<p>如有异议请于今日内回复（截止 {co}）/ If you disagree, please reply today (by {co}, China time); "
                   "otherwise the items are considered agreed.</p>")
        out.append("<p>Reply to this mail to update an item: &quot;confirm&quot;, &quot;object: reason&quot;, &quot;item 2 done&quot;, "
                   "&quot;progress 80%&quot;, &quot;extend to Oct 20&quot; (中文亦可：“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”).</p>")
        out.append('<p style="color:#888">纪要助手 / Minutebot (automatic message)</p>')
    out.append("</div>")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# Client quote styles
# ----------------------------------------------------------------------------------------------
def local(d, off):
    return d.astimezone(tz(off))


def addr_list(names, style):
    out = []
    for n in names:
        e = P[n]["email"]
        if style == "outlook":
            out.append(f"{n} <{e}>")
        elif style == "qq":
            out.append(f"\"{n}\"<{e}>;")
        elif style == "name":
            out.append(n)
        elif style == "mm":
            out.append(f"{n}<{e}>")
        elif style == "plain":
            out.append(f"\"{n}\" <{e}>")
    if style == "outlook":
        return "; ".join(out)
    if style == "qq":
        return "".join(out)
    if style == "name":
        return "; ".join(out)
    if style == "mm":
        return "、".join(out)
    return ", ".join(out)


def ampm_zh(d):
    h = d.hour
    return ("上午" if h < 12 else "下午") + f"{(h - 1) % 12 + 1}:{d.minute:02d}"


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def quote_parts(style, m, off=8, inline=None, inline_text=None):
    """Return (attr_lines, prefix, table, html_wrapper(recap_html)->html) for a client quote style."""
    r = local(m["recap_at"], off)
    bot = m["bot"]
    subj = "Re: " + m["title"]
    to = m["people"]
    wd = WD_ZH[r.weekday()]
    if style in ("outlook_zh", "owa_zh"):
        when = f"{r.year}年{r.month}月{r.day}日 星期{wd} {r.hour}:{r.minute:02d}" if style == "outlook_zh" \
            else f"{r.year}年{r.month}月{r.day}日 {r.hour}:{r.minute:02d}"
        attr = [f"发件人: 纪要助手 <{bot}>", f"发送时间: {when}", f"收件人: {addr_list(to, 'outlook')}", f"主题: {subj}"]
        lab = ("发件人:", "发送时间:", "收件人:", "主题:")
    elif style in ("outlook_tw",):
        when = f"{r.year}年{r.month}月{r.day}日 {ampm_zh(r)[:2]} {ampm_zh(r)[2:]}"
        attr = [f"寄件者: 纪要助手 <{bot}>", f"寄件日期: {when}", f"收件者: {addr_list(to, 'outlook')}", f"主旨: {subj}"]
        lab = ("寄件者:", "寄件日期:", "收件者:", "主旨:")
    elif style in ("outlook_hk",):
        when = f"{r.year}年{r.month}月{r.day}日 {ampm_zh(r)[:2]} {ampm_zh(r)[2:]}"
        attr = [f"寄件者: 纪要助手 <{bot}>", f"傳送日期: {when}", f"收件者: {addr_list(to, 'outlook')}", f"主題: {subj}"]
        lab = ("寄件者:", "傳送日期:", "收件者:", "主題:")
    elif style == "outlook_de":
        when = f"{DE_DAYS[r.weekday()]}, {r.day}. {DE_MON[r.month - 1]} {r.year} {r.hour:02d}:{r.minute:02d}"
        attr = [f"Von: 纪要助手 <{bot}>", f"Gesendet: {when}", f"An: {addr_list(to, 'outlook')}", f"Betreff: {subj}"]
        lab = ("Von:", "Gesendet:", "An:", "Betreff:")
    elif style == "outlook_nl":
        when = f"{NL_DAYS[r.weekday()]} {r.day} {NL_MON[r.month - 1]} {r.year} {r.hour:02d}:{r.minute:02d}"
        attr = [f"Van: 纪要助手 <{bot}>", f"Verzonden: {when}", f"Aan: {addr_list(to, 'outlook')}", f"Onderwerp: {subj}"]
        lab = ("Van:", "Verzonden:", "Aan:", "Onderwerp:")
    elif style == "outlook_ja":
        when = f"{r.year}年{r.month}月{r.day}日 {r.hour}:{r.minute:02d}"
        attr = [f"差出人: 纪要助手 <{bot}>", f"送信日時: {when}", f"宛先: {addr_list(to, 'outlook')}", f"件名: {subj}"]
        lab = ("差出人:", "送信日時:", "宛先:", "件名:")
    elif style == "outlook_ios":
        h12 = (r.hour - 1) % 12 + 1
        when = f"{EN_DAYS[r.weekday()]}, {EN_MON[r.month - 1]} {r.day}, {r.year} {h12}:{r.minute:02d}:{r.second:02d} {'AM' if r.hour < 12 else 'PM'}"
        attr = [f"From: 纪要助手 <{bot}>", f"Sent: {when}", f"To: {addr_list(to, 'outlook')}", f"Subject: {subj}"]
        lab = ("From:", "Sent:", "To:", "Subject:")
    if style.startswith("outlook") or style.startswith("owa"):
        sep = ["________________________________"] if style in ("owa_zh", "outlook_ios") else []
        inner = "".join(f"<b>{esc(a.split(' ', 1)[0])}</b> {esc(a.split(' ', 1)[1])}<br>" for a in attr)
        if style in ("owa_zh", "outlook_ios"):
            wrap = lambda rh: ('<hr style="display:inline-block;width:98%" tabindex="-1">'
                               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                               + inner + '</font><div>&nbsp;</div></div>' + rh)
        else:
            wrap = lambda rh: ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                               '<p class="MsoNormal"><b>' + inner[3:] + '</p></div><p class="MsoNormal">&nbsp;</p>' + rh)
        return sep + attr, "", "tab", wrap
    if style == "coremail_web":
        a = f"在 {r:%Y-%m-%d %H:%M:%S}，\"纪要助手\" <{bot}> 写道："
        return [a], ">", "pipe", lambda rh: (
            '<br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f'<pre><br>{esc(a)}<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            + rh + "</blockquote>")
    if style == "coremail_orig":
        attr = ["-----原始邮件-----", f"发件人:\"纪要助手\" <{bot}>", f"发送时间:{r:%Y-%m-%d %H:%M:%S} (星期{wd})",
                f"收件人:{addr_list(to, 'plain')}", "抄送:", f"主题:{subj}"]
        return attr, "", "pipe", lambda rh: (
            '<br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
            'border-left:#b6b6b6 2px solid;margin-right:0;">' + "<br>".join(esc(x) for x in attr) + "<br><br>" + rh + "</blockquote>")
    if style == "foxmail":
        attr = [f"发件人： 纪要助手", f"发送时间： {r:%Y-%m-%d %H:%M}", f"收件人： {addr_list(to, 'name')}", f"主题： {subj}"]
        return [""] + attr, "", "pipe", lambda rh: (
            '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            + "".join(f"<div><b>{esc(x.split(' ', 1)[0])}</b>&nbsp;{esc(x.split(' ', 1)[1])}</div>" for x in attr)
            + '</div></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>'
            + rh + "</div></blockquote>")
    if style == "qq":
        attr = ["------------------ 原始邮件 ------------------", f"发件人: \"纪要助手\"<{bot}>;",
                f"发送时间: {r.year}年{r.month}月{r.day}日(星期{wd}) {ampm_zh(r)}", f"收件人: {addr_list(to, 'qq')}",
                f"主题: {subj}"]
        return attr, "", "pipe", lambda rh: (
            '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
            + "".join(f"<div><b>{esc(x.split(' ', 1)[0])}</b>&nbsp;{esc(x.split(' ', 1)[1])}</div>" for x in attr[1:])
            + "</div><div><br></div>" + rh)
    if style == "mailmaster":
        attr = ["---- 回复的原邮件 ----", f"| 发件人 | 纪要助手<{bot}> |", f"| 日期 | {r.year}年{r.month:02d}月{r.day:02d}日 {r:%H:%M} |",
                f"| 收件人 | {addr_list(to, 'mm')} |", f"| 主题 | {subj} |"]
        return attr, "", "pipe", lambda rh: (
            '<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px; margin-bottom: 12px; '
            'font-size: 14px; line-height: 1.25; color: #89898c;">---- 回复的原邮件 ----</div><table class="ntes-mailmaster-quote-table" '
            'style="font-size: 12px; line-height: 1.5">' + "".join(
                f"<tr><td>{esc(x.split('|')[1].strip())}</td><td>{esc(x.split('|')[2].strip())}</td></tr>" for x in attr[1:])
            + "</table><div>" + rh + "</div></div>")
    if style in ("iphone_zh", "apple_zh", "iphone_hk", "iphone_en"):
        if style == "iphone_zh":
            a = f"在 {r.year}年{r.month}月{r.day}日，{r:%H:%M}，纪要助手 <{bot}> 写道："
        elif style == "apple_zh":
            a = f"{r.year}年{r.month}月{r.day}日 {r:%H:%M}，纪要助手 <{bot}> 写道："
        elif style == "iphone_hk":
            a = f"在 {r.year}年{r.month}月{r.day}日，{ampm_zh(r)}，纪要助手 <{bot}> 寫道："
        else:
            a = f"On {EN_MON[r.month - 1][:3]} {r.day}, {r.year}, at {r:%H:%M}, 纪要助手 <{bot}> wrote:"
        return [a, ""], ">", "tab", lambda rh: (
            f'<div dir="ltr"><br><blockquote type="cite">{esc(a)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
            + rh + "</div></blockquote>")
    if style in ("gmail_tw", "gmail_es"):
        if style == "gmail_tw":
            a = f"纪要助手 <{bot}> 於 {r.year}年{r.month}月{r.day}日 週{'一二三四五六日'[r.weekday()]} {ampm_zh(r)}寫道："
        else:
            a = f"El {ES_DAYS[r.weekday()]}, {r.day} {ES_MON[r.month - 1]} {r.year} a las {r:%H:%M}, 纪要助手 (<{bot}>) escribió:"
        return [a, ""], ">", "pipe", lambda rh: (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(a)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + rh + "</blockquote></div>")
    if style == "thunderbird_zh":
        a = f"在 {r.year}/{r.month}/{r.day} {r.hour}:{r.minute:02d}, 纪要助手 写道:"
        return [a], ">", "pipe", None
    if style in ("alimail",):
        attr = ["------------------------------------------------------------------", f"发件人：纪要助手 <{bot}>",
                f"发送时间：{r.year}年{r.month}月{r.day}日(星期{wd}) {r:%H:%M}", f"收件人：{addr_list(to, 'outlook')}",
                f"主　题：{subj}"]
        return attr, "", "pipe", lambda rh: (
            '<div class="alimail-quote"><div><br></div><div style="clear:both;">------------------------------------------------------------------</div>'
            + "".join(f"<div style=\"clear:both;\">{esc(x)}</div>" for x in attr[1:]) + '<div style="clear:both;"><br></div>' + rh + "</div>")
    if style == "feishu":
        attr = [f"发件人: 纪要助手 <{bot}>", f"发送时间: {r.year}年{r.month}月{r.day}日 {r:%H:%M}",
                f"收件人: {addr_list(to, 'outlook')}", f"主题: {subj}"]
        return attr, "", "pipe", lambda rh: (
            '<div class="history-quote-wrapper"><div data-html-block="quote"><div style="border-left:2px solid #bbbfc4;padding-left:8px;color:#646a73">'
            + "".join(f"<div><b>{esc(x.split(' ', 1)[0])}</b> {esc(x.split(' ', 1)[1])}</div>" for x in attr)
            + "<div><br></div>" + rh + "</div></div></div>")
    raise KeyError(style)


def render_quote_text(style, m, off=8, inline_text=None):
    attr, prefix, table, _ = quote_parts(style, m, off)
    body = recap_text(m, table)
    if inline_text:
        out = []
        for ln in body:
            out.append(ln)
            mm = re.match(r"^\| (\d+) \||^(\d+)\t", ln)
            if mm and int(mm.group(1) or mm.group(2)) in inline_text:
                out.append(inline_text[int(mm.group(1) or mm.group(2))])
        body = out
    lines = attr + ([""] if prefix == "" else []) + body
    if style in ("iphone_zh", "apple_zh", "iphone_hk", "iphone_en"):
        return [(">" + (" " + l if l else "")) for l in attr + body]
    if prefix:
        head = attr[:1] + ([""] if "" in attr[1:] else [])
        rest = [x for x in attr[1:] if x] + body
        return head + [(">" + (" " + l if l else "")) for l in rest]
    return lines


def render_quote_html(style, m, off=8, inline=None):
    _, _, _, wrap = quote_parts(style, m, off)
    return wrap(recap_html(m, inline))


# ----------------------------------------------------------------------------------------------
# MIME serialisation (hand-built so that every client's bytes look like that client's)
# ----------------------------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "UTF-8": "utf-8", "gbk": "gbk", "GBK": "gbk", "gb2312": "gb2312", "GB2312": "gb2312",
         "gb18030": "gb18030", "big5": "big5", "Big5": "big5", "us-ascii": "ascii", "iso-2022-jp": "iso2022_jp"}


def ew(s, charset="utf-8", mode="B", chunk=12):
    """RFC 2047 encoded words for s (split on characters, never inside a multi-byte sequence)."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = CODEC[charset]
    words = []
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(codec)
        if mode == "B":
            words.append(f"=?{charset}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else f"={x:02X}") for x in b)
            words.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(words)


def fmt_addr(name, email, charset="utf-8", quoted=False, mode="B"):
    if name is None:
        return f"<{email}>" if not quoted else email
    if all(ord(c) < 128 for c in name):
        return f"\"{name}\" <{email}>" if (quoted or " " in name or "." in name) else f"{name} <{email}>"
    e = ew(name, charset, mode, chunk=20)
    return f"\"{e}\" <{email}>" if quoted else f"{e} <{email}>"


def fold_addrs(addrs):
    return ",\n\t".join(addrs) if addrs else ""


def enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte in ("8bit", "7bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def leaf_text(subtype, text, charset, cte, errors="strict", extra="", label_quotes=True):
    codec = CODEC[charset]
    if subtype == "html":
        data = text.encode(codec, "xmlcharrefreplace" if errors != "strict" else "strict")
    else:
        data = text.encode(codec, errors)
    cs = f"\"{charset}\"" if label_quotes else charset
    hdr = f"Content-Type: text/{subtype}; charset={cs}{extra}\nContent-Transfer-Encoding: {cte}\n"
    return hdr.encode() + b"\n" + enc_body(data, cte)


def leaf_att(ctype, filename_hdr, data):
    hdr = (f"Content-Type: {ctype};\n\tname={filename_hdr}\nContent-Transfer-Encoding: base64\n"
           f"Content-Disposition: attachment;\n\tfilename={filename_hdr}\n")
    return hdr.encode() + b"\n" + base64.encodebytes(data)


def multipart(subtype, boundary, parts, preamble=""):
    out = f"Content-Type: multipart/{subtype};\n\tboundary=\"{boundary}\"\n\n".encode()
    if preamble:
        out += (preamble + "\n").encode()
    for p in parts:
        out += f"\n--{boundary}\n".encode() + p
    out += f"\n--{boundary}--\n".encode()
    return out


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("utf-8")


def fake_xlsx(title):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in (("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
                              ("xl/workbook.xml", f"<?xml version=\"1.0\"?><workbook><!-- {title} --></workbook>")):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(zi, content)
    return buf.getvalue()


def rfc2231(fn):
    from urllib.parse import quote
    return f"utf-8''{quote(fn.encode('utf-8'))}"


# ----------------------------------------------------------------------------------------------
# Client profiles: headers, subject prefix, html flavour, message-id, footer
# ----------------------------------------------------------------------------------------------
def subject_for(client, m):
    recap_subj = "Re: " + m["title"]
    pre = {"outlook_zh": "答复: ", "owa_zh": "答复: ", "outlook_tw": "回覆: ", "outlook_hk": "回覆: ", "outlook_de": "AW: ",
           "outlook_nl": "RE: ", "outlook_ja": "RE: ", "outlook_ios": "RE: ", "coremail_web": "Re:", "coremail_orig": "回复:",
           "foxmail": "回复：", "qq": "回复：", "wecom": "回复：", "mailmaster": "回复：", "alimail": "回复：", "feishu": "回复：",
           "web126": "Re:"}.get(client, "")
    if client in ("iphone_zh", "iphone_hk", "iphone_en", "apple_zh", "gmail_tw", "gmail_es", "thunderbird_zh"):
        return recap_subj
    return pre + recap_subj


def mid_for(client, c, sender_email):
    hx = h16("mid", c["num"]).upper()
    lo = hx.lower()
    dom = sender_email.split("@")[1]
    user = sender_email.split("@")[0]
    d = c["dt"]
    if client in ("coremail_web", "coremail_orig"):
        return f"<{lo[:8]}.{lo[8:12]}.{lo[12:23]}.Coremail.{user}@{dom}>"
    if client == "web126":
        return f"<{lo[:8]}.{lo[8:13]}.{lo[13:24]}@126.com>"
    if client == "foxmail":
        return f"<{local(d, 8):%Y%m%d%H%M%S}{int(lo[:6], 16) % 1000000:06d}@{dom}>"
    if client in ("qq", "wecom"):
        return f"<tencent_{hx[:36]}@qq.com>"
    if client == "mailmaster":
        return f"<{lo[:8]}.{lo[8:13]}.{lo[13:24]}@{dom}>"
    if client in ("iphone_zh", "iphone_hk", "iphone_en", "apple_zh"):
        return f"<{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}@{dom}>"
    if client in ("gmail_tw", "gmail_es"):
        raw = base64.b64encode(bytes.fromhex(lo[:48])).decode().replace("/", "_").replace("+", "-")
        return f"<CA{raw}@mail.gmail.com>"
    if client == "thunderbird_zh":
        return f"<{lo[:8]}-{lo[8:12]}-{lo[12:16]}-{lo[16:20]}-{lo[20:32]}@{dom}>"
    if client in ("outlook_zh",) and c.get("m365") is not True:
        return f"<000001{lo[:6]}${lo[6:14]}${lo[14:22]}$@{dom}>"
    if client in ("outlook_zh", "owa_zh", "outlook_ios"):
        return f"<SEZPR06MB6958{hx[:32]}@SEZPR06MB6958.apcprd06.prod.outlook.com>"
    if client == "outlook_tw":
        return f"<TYZPR03MB7281{hx[:32]}@TYZPR03MB7281.apcprd03.prod.outlook.com>"
    if client == "outlook_hk":
        return f"<000301{lo[:6]}${lo[6:14]}${lo[14:22]}$@delin-med.example.com.hk>"
    if client == "outlook_de":
        return f"<FR4P281MB3461{hx[:32]}@FR4P281MB3461.DEUP281.PROD.OUTLOOK.COM>"
    if client == "outlook_nl":
        return f"<AM9PR08MB6613{hx[:32]}@AM9PR08MB6613.eurprd08.prod.outlook.com>"
    if client == "outlook_ja":
        return f"<TYCPR01MB8930{hx[:32]}@TYCPR01MB8930.jpnprd01.prod.outlook.com>"
    if client == "alimail":
        return f"<{lo[:8]}-{lo[8:12]}-{lo[12:16]}-{lo[16:20]}-{lo[20:32]}.alimail@{dom}>"
    if client == "feishu":
        return f"<{lo[:24]}@{dom}>"
    raise KeyError(client)


def client_headers(client, c):
    """Extra headers in the order the client writes them."""
    x = []
    if client == "coremail_web":
        x = [("X-Originating-IP", "[10.21.4.67]"), ("X-Priority", "3"),
             ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 www.mailtech.cn"),
             ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", "0j7mW2Zvb3Rlcl9odG09MTIzNDo1Ng==")]
    elif client == "coremail_orig":
        x = [("X-Priority", "3"), ("X-Mailer", "Coremail Client 4.0.1.1 [cn]"), ("X-Coremail-Locale", "zh_CN")]
    elif client == "foxmail":
        x = [("X-Priority", "3"), ("X-GUID", "5F1A2C3D-7E8B-4A9C-B0D1-E2F3A4B5C6D7"), ("X-Has-Attach", "yes" if c.get("att") else "no"),
             ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    elif client in ("qq", "wecom"):
        x = [("X-QQ-FEAT", "Ekq7sbFcHa9Ybr9tVl1hmJnIaeSKUbQ3pbJQ2PTp"), ("X-QQ-SSF", "00000000000000F0"),
             ("X-HAS-ATTACH", "no"), ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", "106.14.77.203"),
             ("X-QQ-STYLE", ""), ("X-QQ-mid", f"xmsezb{h16('qqmid', c['num'])[:6]}-0t{int(c['dt'].timestamp())}t{h16('q', c['num'])[:7]}")]
        if client == "wecom":
            x.append(("X-Mailer", "WeCom Mail"))
    elif client == "mailmaster":
        x = [("X-Priority", "3"), ("X-Mailer", "MailMaster/7.19.6 (Android 14; zh-CN)"), ("X-NTES-SC", "AL_Qu2cAf2YtkAr5iWZZOkXn0oSh+g=")]
    elif client in ("iphone_zh", "iphone_hk", "iphone_en"):
        x = [("X-Mailer", "iPhone Mail (22F76)")]
    elif client == "apple_zh":
        x = [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
    elif client in ("outlook_zh", "outlook_tw", "outlook_hk", "outlook_de", "outlook_nl", "outlook_ja"):
        lang = {"outlook_zh": "zh-cn", "outlook_tw": "zh-tw", "outlook_hk": "zh-hk", "outlook_de": "de-de",
                "outlook_nl": "nl-nl", "outlook_ja": "ja"}[client]
        x = [("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(h16('ti', c['num'])[:30])).decode()),
             ("Content-Language", lang)]
    elif client in ("owa_zh", "outlook_ios"):
        x = [("Thread-Topic", None), ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(h16('ti', c['num'])[:30])).decode()),
             ("X-MS-Has-Attach", "yes" if c.get("att") else ""), ("X-MS-TNEF-Correlator", ""),
             ("Accept-Language", "zh-CN, en-US" if c.get("m365") else "en-US, de-DE"),
             ("Content-Language", "zh-CN" if c.get("m365") else "en-US")]
    elif client == "alimail":
        x = [("X-Mailer", "DingTalk Mail (Alimail) 3.2"), ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R161e4;CH=green")]
    elif client == "feishu":
        x = [("X-Mailer", "Feishu Mail"), ("X-Lms-Return-Path", f"<lba+{h16('lms', c['num'])[:20]}@{P[c['from']]['email'].split('@')[1]}>")]
    elif client == "thunderbird_zh":
        x = [("User-Agent", "Mozilla Thunderbird")]
    elif client == "web126":
        x = [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 www.mailtech.cn 126com"),
             ("X-NTES-SC", "AL_Qu2cB_6Zuk0o4yaZBukXn0oSh+g=")]
    elif client in ("gmail_tw", "gmail_es"):
        x = []
    return x


# ----------------------------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------------------------
C = []


def case(num, slug, mk, frm, dt, client, charset, cte, struct, text, intent, items=(), percent=None, due=None, rule=None,
         cc=(), notes="", kind="reply", **kw):
    C.append(dict(num=num, slug=slug, m=mk, **{"from": frm}, dt=dt, client=client, charset=charset, cte=cte, struct=struct,
                  text=text, intent=intent, items=list(items), percent=percent, due=due, rule=rule, cc=list(cc),
                  notes=notes, kind=kind, **kw))


# ---- M1: 春播玉米种子发运协调会 (recap Wed 2026-04-01 16:24) ----
case(5751, "m1-confirm-coremail-webmail-plain", "M1", "杨建军", T("2026-04-01 16:50:12"), "coremail_web", "UTF-8", "base64", "alt",
     "收到，确认无异议。\n\n杨建军\n仓储物流部\n陇原种业股份有限公司\n电话：0931-8623417",
     "confirm", cc=["张志刚"],
     notes="Plain confirm from an owner, 26 minutes after the recap and before the 18:00 cut-off. Coremail webmail multipart/alternative, "
           "UTF-8 base64; quote under '在 2026-04-01 16:24:05，\"纪要助手\" <…> 写道：' with '>' lines. No item number -> items []. "
           "The phone number in the signature is not an item.")
case(5752, "m1-done-item2-foxmail-gbk-pdf", "M1", "何晓燕", T("2026-04-02 11:20:33"), "foxmail", "GBK", "base64", "mixed",
     "张总、各位：\n\n第2项已完成。玉米种子发芽率复检结果：发芽率96.5%，纯度99.2%，水分12.8%，均符合国标，复检报告见附件。\n\n何晓燕\n质检中心\n陇原种业股份有限公司",
     "done", [2], cc=["张志刚", "马文涛"], att=("application/pdf", "发芽率复检报告-2026春播.pdf", "pdf"),
     notes="Foxmail GBK base64 with a PDF attachment (non-ASCII filename in RFC 2231 form). '第2项已完成' -> done [2]. The percentages are test "
           "results (germination, purity, moisture), not progress: percent null. Foxmail quote header with full-width colons "
           "('发件人： 纪要助手', '发送时间： 2026-04-01 16:24') and no '>' prefix.")
case(5753, "m1-extend-after-qingming-mailmaster", "M1", "马文涛", T("2026-04-02 17:31:08"), "mailmaster", "UTF-8", "base64", "alt",
     "第1项申请延期至节后第一个工作日。清明放假，有几家经销商已经停止办公，发运计划汇总不全。\n\n发自网易邮箱大师",
     "extend", [1], due="2026-04-07", rule=("after_holiday",), cc=["张志刚"],
     notes="Sent Thu 2026-04-02 17:31 (+08:00). '延期至节后第一个工作日': the next holiday block is Qingming Sat 04-04..Mon 04-06 "
           "(no make-up day), so the first working day after it is Tue 2026-04-07. NetEase Mail Master (Android) with its "
           "'---- 回复的原邮件 ----' table-style quote header and the '发自网易邮箱大师' footer.")
case(5754, "m1-extend-3-workdays-qingming-outlook-gb2312", "M1", "杨建军", T("2026-04-03 10:05:47"), "outlook_zh", "gb2312",
     "quoted-printable", "alt",
     "张总：\n\n第4项温湿度记录表申请延期3个工作日，新库房的温湿度传感器清明节后才安装调试，装好后一并更新。\n\n杨建军\n仓储物流部",
     "extend", [4], due="2026-04-09", rule=("workdays", 3), cc=["张志刚"],
     notes="Outlook 2016 zh-CN, charset gb2312, quoted-printable. Sent Fri 2026-04-03. '申请延期3个工作日' counts Chinese working "
           "days from the day after sending: 04-04..04-06 are the Qingming holiday, so 04-07, 04-08, 04-09 -> 2026-04-09. "
           "'清明节后' is a reason, not a date request. Outlook quote: 发件人/发送时间/收件人/主题 block, recap rows tab-separated.")
case(5755, "m1-progress-half-by-content-126-gbk", "M1", "郭鹏", T("2026-04-07 09:42:19"), "web126", "GBK", "base64", "alt",
     "张总好！\n\n内蒙古片区的需求预测已经做了一半，巴彦淖尔、包头两地的数据已汇总好，鄂尔多斯和赤峰的经销商还在报数，9号前能交给您。\n\n"
     "郭鹏\n河套农丰农资有限公司\n手机：139 4781 2260",
     "progress", [], 50, cc=["张志刚", "马文涛"],
     notes="External distributor on 126.com webmail (GBK base64). No item number; '内蒙古片区的需求预测' names the task: "
           "content-match [5] (郭鹏's only item in M1). '做了一半' -> percent 50. '9号前能交' restates the current due date "
           "(item 5 is due 2026-04-09) and asks for no change -> not an extension, new_due_date null.")
case(5756, "m1-done-items-1-3-one-sentence-coremail-orig", "M1", "马文涛", T("2026-04-08 15:12:26"), "coremail_orig", "GBK",
     "base64", "alt",
     "第1、3项都已完成：发运计划已于4月7日发给各经销商，春播期间物流车辆12台已全部落实（含冷藏车2台）。\n\n马文涛\n营销中心 河西片区",
     "done", [1, 3], cc=["张志刚"],
     notes="Two items in one sentence: '第1、3项都已完成' -> done [1, 3]. '已于4月7日发给' is a past date, not a request; "
           "'12台'/'2台' are counts. Coremail client with the '-----原始邮件-----' quote block, GBK base64.")
case(5757, "m1-question-item6-coremail-qp", "M1", "李敏", T("2026-04-01 17:05:51"), "coremail_web", "UTF-8", "quoted-printable",
     "alt",
     "张总：\n\n请问第6项回款核对，是只核对河西片区的经销商，还是全部经销商都要核？截至3月底有往来的一共43家。\n\n李敏 | 财务部",
     "unknown", [6], cc=["张志刚"],
     notes="A question that names item 6 and asks for no change -> intent unknown, items [6] (the number as written). "
           "'3月底' and '43家' are context, not a date request or an item. Coremail webmail UTF-8 quoted-printable.")

# ---- M2: 张掖制种基地田间管理周例会 (recap Wed 2026-04-29 16:42) ----
case(5758, "m2-object-item3-mailmaster-signature", "M2", "苏静", T("2026-04-29 17:20:04"), "mailmaster", "UTF-8", "base64", "alt",
     "周经理：\n\n对第3项有异议：五一期间检测中心不接样，节后5月6日才能送样，5月7日前出不了结果，建议改为5月12日。\n\n"
     "苏静\n研发中心\nsujing@longyuan-seed.example.cn",
     "object", [3], cc=["周国庆", "陈颖"], mm_sig=True,
     notes="'对第3项有异议：…建议改为5月12日' is an objection with a reason that proposes another date: intent object, items [3], "
           "new_due_date null (convention 4). Sent 17:20, before the 18:00 cut-off. Mail Master with a name-block signature "
           "instead of the default footer.")
case(5759, "m2-done-ambiguous-two-items-iphone", "M2", "王磊", T("2026-04-30 08:10:37"), "iphone_zh", "UTF-8", "quoted-printable",
     "plain",
     "已完成\n\n发自我的iPhone",
     "done", [], cc=["周国庆"],
     notes="AMBIGUOUS. iPhone Mail, text/plain only. '已完成' with no number and no task words; 王磊 owns two open items in M2 "
           "(1 母本去雄进度统计, 2 提交滴灌设备维修方案), so the bot cannot know which: intent done, items [], no content-match "
           "(the bot should ask which item).")
case(5760, "m2-done-by-task-name-coremail-xlsx", "M2", "王磊", T("2026-04-30 09:36:55"), "coremail_web", "UTF-8", "base64", "mixed",
     "周经理：\n\n母本去雄进度统计已完成，截至4月29日全基地去雄完成率92%，明细见附件表格。\n\n王磊\n生产部 张掖基地",
     "done", [], cc=["周国庆"], att=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "去雄进度统计0429.xlsx", "xlsx"),
     notes="Task named without a number: '母本去雄进度统计已完成' -> done, items [], content-match [1] (王磊 owns 1 and 2; only item 1's "
           "words match). '去雄完成率92%' is a field statistic inside a completion report, not the item's progress: percent null. "
           "'截至4月29日' is a past date. Coremail webmail with an .xlsx attachment (filename in RFC 2231 form).")
case(5761, "m2-extend-month-end-thunderbird-flowed", "M2", "刘振华", T("2026-05-07 16:40:13"), "thunderbird_zh", "UTF-8", "8bit",
     "plain",
     "周经理好，\n\n第6项隔离区检测报告：学院检测平台节后样品积压，排到5月下旬，申请延期到5月底。\n\n--\n刘振华\n陇中农业大学 农学院 种子科学与工程系",
     "extend", [6], due="2026-05-31", rule=("month_end",), cc=["周国庆"],
     notes="University partner on Thunderbird: text/plain; format=flowed, UTF-8 8bit, '-- ' signature separator. "
           "'申请延期到5月底' -> 月底 = last calendar day of May = 2026-05-31 (a Sunday; kept as written). '5月下旬' is a reason.")
case(5762, "m2-progress-qicheng-by-content-apple-mail", "M2", "陈颖", T("2026-05-08 11:15:42"), "apple_zh", "UTF-8",
     "quoted-printable", "alt",
     "周经理：\n\n与陇中农业大学的合作试验协议初稿已完成七成，知识产权归属和试验数据使用条款还在和法务确认，11号可以按时给到。\n\n陈颖\n研发中心",
     "progress", [], 70, cc=["周国庆"],
     notes="Apple Mail (macOS) UTF-8 quoted-printable. Named task without number: '合作试验协议' -> content-match [5] (陈颖's only "
           "item in M2). '七成' -> percent 70. '11号可以按时给到' restates the due date (05-11): not an extension.")
case(5763, "m2-extend-next-wednesday-outlook-plain-gb2312", "M2", "杨建军", T("2026-05-06 09:18:30"), "outlook_zh", "gb2312",
     "quoted-printable", "plain",
     "周经理：\n\n第4项节后农资采购清单申请延期到下周三。今天供应商才陆续上班，化肥和地膜的报价还没回齐。\n\n杨建军",
     "extend", [4], due="2026-05-13", rule=("next_week", 2), cc=["周国庆"],
     notes="Outlook zh-CN in plain-text mode (single text/plain part, gb2312 quoted-printable). Sent Wed 2026-05-06, the first "
           "working day after Labour Day. '延期到下周三' = Wednesday of the following calendar week = 2026-05-13 (not today).")
case(5794, "m2-done-bottom-posted-thunderbird-pdf", "M2", "刘振华", T("2026-05-20 10:05:27"), "thunderbird_zh", "UTF-8", "8bit",
     "mixed",
     "第6项隔离区检测报告已出，PDF见附件，请查收。\n\n--\n刘振华\n陇中农业大学 农学院",
     "done", [6], cc=["周国庆"], bottom=True, att=("application/pdf", "张掖制种隔离区检测报告.pdf", "pdf"),
     notes="Bottom-posting: the whole '>' quote of the recap comes first (under Thunderbird's '在 2026/4/29 16:42, 纪要助手 写道:' "
           "line), the new text '第6项隔离区检测报告已出' follows it -> done [6]. Attachment filename in RFC 2231 form.")

# ---- M3: English recap, Longyuan x Zaadhuis (recap Tue 2026-04-14 15:03 +08:00) ----
case(5764, "m3-confirm-outlook-dutch-ui", "M3", "Pieter de Vries", T("2026-04-14 10:20:31", 2), "outlook_nl", "utf-8",
     "quoted-printable", "alt",
     "Hi Lijuan,\n\nConfirmed, no objections from our side.\n\nKind regards,\nPieter de Vries\nExport Manager Asia | Zaadhuis Breeding B.V.\n"
     "Westfriese Dijk 41, 1601 Enkhuizen, The Netherlands",
     "confirm", cc=["赵丽娟"],
     notes="Foreign partner on Outlook with a Dutch UI (quote header Van/Verzonden/Aan/Onderwerp, time shown in CEST: 09:03). "
           "Date 10:20 +0200 = 16:20 in Shanghai, before the cut-off. 'Confirmed, no objections' -> confirm. The street "
           "number and postcode in the signature are not items.")
case(5765, "m3-extend-next-tuesday-outlook-dutch", "M3", "Sanne Bakker", T("2026-04-22 11:30:08", 2), "outlook_nl", "utf-8",
     "quoted-printable", "alt",
     "Hi Lijuan,\n\nItem 4: we are still waiting for the final germination count from our Enkhuizen greenhouse, so I cannot confirm "
     "the quantity of the second shipment yet. Could we move it to next Tuesday?\n\nBest regards,\nSanne Bakker\nLogistics | Zaadhuis Breeding B.V.",
     "extend", [4], due="2026-04-28", rule=("next_week", 1), cc=["赵丽娟"],
     notes="Sent Wed 2026-04-22 11:30 +0200 = 17:30 Shanghai (same day). 'Could we move it to next Tuesday?' is an extension "
           "request; next Tuesday = Tuesday of the following calendar week = 2026-04-28.")
case(5766, "m3-done-item1-english-foxmail", "M3", "何晓燕", T("2026-04-16 14:05:16"), "foxmail", "UTF-8", "base64", "mixed",
     "Dear Pieter, Sanne,\n\nItem 1 done. The germination test results for lot ZH-2603 are attached: 94% at 7 days, 97% at 14 days.\n\n"
     "Best regards,\nHe Xiaoyan\nQuality Inspection Center, Longyuan Seed",
     "done", [1], cc=["赵丽娟"], att=("application/pdf", "ZH-2603 germination results.pdf", "pdf"),
     notes="Chinese staff writing English from Foxmail (Chinese UI quote header). 'Item 1 done' -> done [1]. '94%'/'97%' are "
           "germination rates, not progress; 'ZH-2603' is a lot number.")
case(5767, "m3-extend-to-the-24th-outlook-dutch", "M3", "Pieter de Vries", T("2026-04-17 09:12:44", 2), "outlook_nl", "utf-8",
     "quoted-printable", "alt",
     "Hi Lijuan,\n\nRegarding #3: the NVWA inspection of lot ZH-2603 was rescheduled, so the phytosanitary certificates will be late. "
     "Please extend to the 24th.\n\nKind regards,\nPieter",
     "extend", [3], due="2026-04-24", rule=("day_of_month", 24), cc=["赵丽娟"],
     notes="'#3' = item 3. Sent Fri 2026-04-17 09:12 +0200 (15:12 Shanghai). 'extend to the 24th' = the 24th of the current month, "
           "not yet past -> 2026-04-24.")
case(5768, "m3-progress-about-60-iphone-english", "M3", "赵丽娟", T("2026-04-20 21:05:39"), "iphone_en", "utf-8",
     "quoted-printable", "plain",
     "Quick update on the customs broker: about 60% done. We have quotes from two brokers in Lanzhou, the third one is expected on "
     "April 21. Will decide by Wednesday.\n\nSent from my iPhone",
     "progress", [], 60, cc=["何晓燕"],
     notes="iPhone text/plain in English. Task named, no number: 'the customs broker' -> content-match [5] (赵丽娟's only item in M3; "
           "she is also the organizer). 'about 60%' -> 60. 'expected on April 21' is an ETA and 'by Wednesday' (04-22) restates "
           "the due date: neither is an extension.")

# ---- M4: 门诊HIS系统升级协调会 (recap Tue 2026-04-28 10:35) ----
case(5769, "m4-confirm-names-item1-outlook-zhtw", "M4", "林冠廷", T("2026-04-28 11:02:27"), "outlook_tw", "utf-8",
     "quoted-printable", "alt",
     "楊主任您好：\n\n收到，確認無異議。第1項割接方案會如期於4/30前提供。\n\n林冠廷 Kuan-Ting Lin\n康碩資訊股份有限公司 專案經理\n"
     "Tel: +886-2-2658-7300 #215",
     "confirm", [1], cc=["杨帆"],
     notes="Taiwan vendor, Outlook zh-TW (寄件者/寄件日期/收件者/主旨), Traditional Chinese, UTF-8 QP. '確認無異議' -> confirm; "
           "'第1項' is written -> items [1]. '如期於4/30前提供' restates item 1's due date: no extension. '#215' is a phone "
           "extension, not an item.")
case(5770, "m4-done-item6-gmail-zhtw", "M4", "張雅婷", T("2026-05-08 16:20:05"), "gmail_tw", "UTF-8", "base64", "alt",
     "楊主任、韋麗您好：\n\n第6項操作手冊繁簡轉換已完成，已上傳至共用雲端資料夾「HIS升級/手冊」，麻煩韋麗協助確認。\n\n張雅婷\n康碩資訊 文件組",
     "done", [6], cc=["杨帆", "韦丽"],
     notes="Gmail web in zh-TW ('纪要助手 <…> 於 2026年4月28日 週二 上午10:35寫道：'), Traditional Chinese. '第6項…已完成' -> done [6].")
case(5771, "m4-done-items-4-5-exmail-gb18030", "M4", "吴涛", T("2026-04-30 15:40:22"), "qq", "gb18030", "base64", "alt",
     "杨主任：\n\n第4项、第5项均已完成：节假日应急值班表已发至各科室；数据库备份演练今天上午完成，全库恢复用时38分钟。\n\n吴涛 信息中心 分机8021",
     "done", [4, 5], cc=["杨帆"],
     notes="Tencent Exmail (QQ-style '------------------ 原始邮件 ------------------' quote), gb18030 base64. "
           "'第4项、第5项均已完成' -> done [4, 5]. '38分钟' and '分机8021' are not items or dates.")
case(5772, "m4-extend-5-workdays-labour-day-feishu-html", "M4", "罗浩", T("2026-04-29 09:20:41"), "feishu", "UTF-8", "base64",
     "html",
     "杨主任好，\n\n第3项医保接口测试用例核对需要延期5个工作日：省医保平台测试环境4月30日停机维护，节后才恢复。\n\n罗浩\n黔云数智科技有限公司 实施交付部",
     "extend", [3], due="2026-05-09", rule=("workdays", 5), cc=["杨帆"],
     notes="Contractor on Feishu mail, HTML-only (no text/plain part). Sent Wed 2026-04-29. '延期5个工作日' counted from the "
           "day after sending: 04-30 (1), Labour Day 05-01..05-05 off, 05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 make-up "
           "working day (5) -> 2026-05-09. '4月30日停机维护' is a reason, not the new date.")
case(5773, "m4-progress-80-by-content-outlook-utf8", "M4", "韦丽", T("2026-05-07 17:45:12"), "outlook_zh", "utf-8", "base64", "alt",
     "杨主任：\n\n门诊科室用户培训进度80%，还剩儿科和口腔科两个科室，按计划明天完成。\n\n韦丽\n信息中心",
     "progress", [], 80, cc=["杨帆"],
     notes="Outlook zh-CN UTF-8 base64. No number; '门诊科室用户培训' -> content-match [2] (韦丽's only item in M4). "
           "'进度80%' -> 80. '明天完成' restates the due date (05-08): not an extension. '两个科室' is a count.")
case(5774, "m4-object-item2-outlook-utf8-qp", "M4", "韦丽", T("2026-04-28 11:10:36"), "outlook_zh", "utf-8", "quoted-printable",
     "alt",
     "杨主任：\n\n对第2项有异议：五一前后门诊量大，科室抽不出人参加培训，5月8日前全部完成不现实，建议改到5月15日，并请护理部协调各科室护士长配合。\n\n韦丽",
     "object", [2], cc=["杨帆"],
     notes="Objection before the cut-off with a reason and a proposed date: intent object, items [2], new_due_date null "
           "(convention 4: 有异议 + '建议改到5月15日' is not an extension request). Outlook UTF-8 QP (the quoted recipient 張雅婷 is not in GB2312, so Outlook chose UTF-8).")
case(5775, "m4-auto-gmail-vacation-responder", "M4", "張雅婷", T("2026-04-28 10:35:52"), "gmail_vacation", "UTF-8", "base64",
     "auto", "", None, kind="auto",
     notes="Gmail vacation responder to the M4 recap: 'Auto-Submitted: auto-replied', sent to minutes@ (the recap's From), "
           "In-Reply-To the recap. Body has dates (4月27日至4月30日, 5月4日) and a delegate's phone number; it is mail no "
           "person wrote now -> kind auto, no reply.")

# ---- M5: 影像设备采购及维保协调会 (recap Tue 2026-06-16 15:44) ----
case(5776, "m5-done-item1-outlook-hk-big5-ncr", "M5", "陳嘉俊", T("2026-06-18 11:02:49"), "outlook_hk", "big5", "base64", "mixed",
     "潘科長：\n\n第1項CT保養合約續約報價已於今日上午發送至採購中心田小姐，請查收附件。\n\nBest regards,\n陳嘉俊 Kelvin Chan\n"
     "德霖醫療器材有限公司 銷售經理\nTel: +852 2385 6610",
     "done", [1], cc=["潘明", "田娟"], att=("application/pdf", "CT保養合約續約報價.pdf", "pdf"), big5_lossy=True,
     notes="Hong Kong distributor, Outlook zh-HK forced to Big5: the text/plain part replaces the simplified characters of the "
           "quoted recap that Big5 lacks with '?' (e.g. '?要助手'), the HTML part keeps them as numeric character references "
           "(&#32426;). The reply itself is pure Big5 Traditional Chinese. '第1項…報價已於今日上午發送' -> done [1]; the "
           "send date is a fact, not a request.")
case(5777, "m5-extend-ambiguous-owner-of-two-wecom", "M5", "田娟", T("2026-06-18 16:30:18"), "wecom", "UTF-8", "base64", "alt",
     "潘科长：\n\n我这边需要延期到7月3日，端午前后人手实在不够，抱歉。\n\n田娟\n采购中心",
     "extend", [], due="2026-07-03", rule=("abs", "2026-07-03"), cc=["潘明"],
     notes="AMBIGUOUS. 企业微信 (WeCom) mail. '需要延期到7月3日' is an extension request with an absolute date, but no number and no "
           "task words, and 田娟 owns items 3 (06-26) and 5 (06-30): intent extend, items [], new_due_date 2026-07-03 recorded "
           "as written, no content-match (the bot should ask which item).")
case(5778, "m5-extend-5-working-days-dragon-boat-iphone-hk", "M5", "陳嘉俊", T("2026-06-18 18:40:03"), "iphone_hk", "utf-8",
     "quoted-printable", "plain",
     "潘科長：第4項DR球管更換嘅工程師要由深圳過嚟，佢回鄉證續緊期，麻煩延期，大約5個工作天內安排到。\n\n從我的iPhone傳送",
     "extend", [4], due="2026-06-26", rule=("workdays", 5), cc=["潘明"],
     notes="Hong Kong Cantonese from iPhone (zh-HK footer '從我的iPhone傳送'). '麻煩延期，大約5個工作天內' = extend by 5 working days "
           "counted from the day after sending (Thu 06-18): Dragon Boat 06-19..06-21 off, then 06-22, 06-23, 06-24, 06-25, "
           "06-26 -> 2026-06-26. '工作天' is the HK/TW word for 工作日.")
case(5779, "m5-done-item2-wecom-counts", "M5", "龙海", T("2026-06-22 10:15:33"), "wecom", "UTF-8", "base64", "alt",
     "潘科长：\n\n第2项放射科设备巡检报告已完成，已上传OA。本次共巡检设备14台，发现问题2项，已报修。\n\n龙海\n设备科",
     "done", [2], cc=["潘明"],
     notes="WeCom mail. '第2项…已完成' -> done [2]. '发现问题2项' is a count of findings, not item 2 again, and '14台' is a count "
           "(convention 6); items stay [2].")
case(5780, "m5-progress-60-item3-outlook-qp", "M5", "田娟", T("2026-06-24 17:10:55"), "outlook_zh", "utf-8", "quoted-printable",
     "alt",
     "潘科长：\n\n第3项采购论证材料进度60%，专家意见表还差两份，预计周五前收齐。\n\n田娟",
     "progress", [3], 60, cc=["潘明"],
     notes="'第3项…进度60%' -> progress [3] 60. '预计周五前收齐' (Fri 06-26 = the current due date) is an estimate, not an "
           "extension. '两份' is a count.")
case(5781, "m5-thanks-organizer-reminder-iphone", "M5", "潘明", T("2026-06-16 16:05:21"), "iphone_zh", "UTF-8", "base64", "plain",
     "辛苦了，谢谢！陳生，第1项报价端午前务必发过来。\n\n发自我的iPhone",
     "unknown", [1], cc=["陳嘉俊", "龙海", "田娟"],
     notes="The organizer thanks the bot and reminds the owner of item 1; it asks for no change to any item -> intent unknown, "
           "items [1] (a number written in the reply keeps it). '端午前' is a reminder of the existing deadline, not a request.")

# ---- M6: English recap, Tongrun x SolarWerk / Sol Ibérica (recap Tue 2026-05-12 16:03 +08:00) ----
case(5782, "m6-done-item3-outlook-german-dhl-eta", "M6", "Lukas Hoffmann", T("2026-05-18 09:12:37", 2), "outlook_de", "utf-8",
     "quoted-printable", "mixed",
     "Hi Xiaofeng,\n\nItem 3 done – the signed quality agreement is attached. The hard copy went out by DHL on May 15, ETA May 21.\n\n"
     "Best regards\nLukas Hoffmann\nHead of Procurement\nSolarWerk Montage GmbH | Freiburg im Breisgau",
     "done", [3], cc=["顾晓峰"], att=("application/pdf", "Quality_Agreement_Tongrun_signed.pdf", "pdf"),
     notes="German Outlook UI (AW:, Von/Gesendet/An/Betreff in CEST). 'Item 3 done' -> done [3]. 'went out … on May 15, ETA "
           "May 21' are shipping facts (convention 7), not an extension.")
case(5783, "m6-progress-halfway-ambiguous-outlook-ios", "M6", "Lukas Hoffmann", T("2026-05-14 18:22:09", 2), "outlook_ios",
     "utf-8", "quoted-printable", "alt",
     "We're about halfway there, more next week.\n\nLukas\n\nGet Outlook for iOS<https://aka.ms/o0ukef>",
     "progress", [], 50, cc=["顾晓峰"],
     notes="AMBIGUOUS. Outlook for iOS, English. 'about halfway' -> progress 50 (as '一半' = 50), but no number and no task words "
           "while Lukas owns items 3 and 4: items [], no content-match. 'next week' is not a date request.")
case(5784, "m6-extend-two-more-days-gmail-spanish", "M6", "Carmen Ruiz", T("2026-05-19 12:40:26", 2), "gmail_es", "UTF-8",
     "quoted-printable", "alt",
     "Hi Xiaofeng,\n\nFor item 5 (price list for our distributors) we need two more days, our commercial director is travelling "
     "until Thursday. Sorry for that!\n\nSaludos,\nCarmen Ruiz\nSol Ibérica Distribución S.L. | Valencia",
     "extend", [5], due="2026-05-22", rule=("due_plus", 2), cc=["顾晓峰"],
     notes="Gmail with a Spanish UI ('El mar, 12 may 2026 a las 10:03, 纪要助手 (<…>) escribió:'). 'we need two more days' for "
           "item 5 = two calendar days after its current due date 2026-05-20 -> 2026-05-22. 'until Thursday' is a reason.")
case(5785, "m6-done-item1-owa-utc", "M6", "孙浩", T("2026-05-14 01:48:14", 0), "owa_zh", "utf-8", "base64", "alt",
     "Hi all,\n\nThe updated datasheet for TR-BG 590W was sent to Lukas and Carmen this morning, so item #1 can be closed.\n\nBR\nSun Hao\n"
     "Technical Support | Tongrun Solar",
     "done", [1], cc=["顾晓峰"], m365=True,
     notes="Outlook on the web (Microsoft 365, Chinese UI, English text), Date in +0000 (01:48 UTC = 09:48 Shanghai). "
           "'item #1 can be closed' -> done [1]. '590W' is part of the product name.")
case(5786, "m6-question-item6-outlook-m365", "M6", "陆婷", T("2026-05-13 03:25:50", 0), "outlook_zh", "utf-8",
     "quoted-printable", "alt",
     "Xiaofeng,\n\nQuestion on #6: should the EL inspection go to TÜV Rheinland Shanghai or to the CPVT lab in Wuxi? I need to know "
     "before I book.\n\nThanks,\nLu Ting",
     "unknown", [6], cc=["沈卫东"], m365=True,
     notes="Outlook desktop on Microsoft 365 (+0000 Date, Chinese quote header), English question on '#6' -> intent unknown, "
           "items [6]. No change requested.")
case(5787, "m6-confirm-outlook-android", "M6", "沈卫东", T("2026-05-12 08:40:02", 0), "outlook_ios", "utf-8", "base64", "alt",
     "确认，没问题。\n\n获取 Outlook for Android<https://aka.ms/AAb9ysg>",
     "confirm", cc=["顾晓峰"], m365=True,
     notes="Outlook mobile (Android) with the Outlook-mobile quote block; Date 08:40 +0000 = 16:40 Shanghai, before the cut-off. "
           "'确认，没问题' -> confirm, items [].")

# ---- M7: 端午前组件出货及质量协调会 (recap Wed 2026-06-17 11:14) ----
case(5788, "m7-done-inline-under-row2-outlook", "M7", "朱磊", T("2026-06-17 07:30:18", 0), "outlook_zh", "utf-8", "base64", "alt",
     "沈总，回复见下文红字。\n\n朱磊\n物流部",
     "done", [2], cc=["沈卫东"], m365=True,
     inline={2: "【朱磊】已完成，端午期间发货计划已于今天下午发运营群。"},
     notes="Inline answer typed under a quoted recap row (Outlook '见下文红字' habit): the top text only points to it; under "
           "row 2 of the quoted table the sender wrote '【朱磊】已完成…' (red in HTML). An inline answer takes that row's number -> "
           "done [2]. Date 07:30 +0000 = 15:30 Shanghai.")
case(5789, "m7-extend-to-26th-dingtalk-html-only", "M7", "季红", T("2026-06-22 09:35:11"), "alimail", "UTF-8", "base64", "html",
     "沈总好！\n\n第4项：船公司放舱推迟，订舱确认和集装箱到厂时间需要延期至26号，有变化我第一时间同步。\n\n季红\n"
     "江海国际货运代理（南通）有限公司\n手机：136 1628 4473",
     "extend", [4], due="2026-06-26", rule=("day_of_month", 26), cc=["沈卫东", "朱磊"],
     notes="Freight forwarder on DingTalk mail (Alimail), HTML-only; quote header uses '主　题' with an ideographic space. "
           "'延期至26号' = the 26th of the current month (not yet past on Mon 06-22) -> 2026-06-26.")
case(5790, "m7-extend-july-6-outlook-japanese", "M7", "高橋健一", T("2026-06-23 10:15:40", 9), "outlook_ja", "utf-8", "base64",
     "alt",
     "Dear Mr. Shen,\n\nRegarding item 5 (JET certification documents): JET has not issued the final report yet. Could we move the "
     "deadline to July 6?\n\nBest regards,\nKenichi Takahashi\nHokuto Shoji Co., Ltd. | Osaka\n高橋 健一",
     "extend", [5], due="2026-07-06", rule=("abs", "2026-07-06"), cc=["沈卫东", "顾晓峰"],
     notes="Japanese Outlook UI (RE:, 差出人/送信日時/宛先/件名, times in JST), English text. Date 10:15 +0900 = 09:15 Shanghai. "
           "'Could we move the deadline to July 6?' -> extend [5] 2026-07-06 (absolute date).")
case(5791, "m7-done-item1-owa-batch-not-item", "M7", "陆婷", T("2026-06-18 06:05:29", 0), "owa_zh", "utf-8", "base64", "alt",
     "沈总：\n\n第1项6月第二批组件EL抽检已完成：抽检120片，隐裂2片已隔离返工。报告已于今天上午上传质量系统（编号QR-2606-018）。\n\n陆婷\n质量部",
     "done", [1], cc=["沈卫东"], m365=True,
     notes="OWA (+0000; 06:05 UTC = 14:05 Shanghai). '第1项…已完成' -> done [1]. '第二批' is a batch, '120片'/'2片' are counts, "
           "'QR-2606-018' a report number; none is an item or a date request.")
case(5792, "m7-progress-about-40-by-content-outlook-qp", "M7", "曹敏", T("2026-06-26 08:50:07", 0), "outlook_zh", "utf-8",
     "quoted-printable", "alt",
     "沈总：\n\n出口退税单证台账目前更新了约40%，5月的报关单还没全部回来，货代说预计6月29日到齐，月底前能完成。\n\n曹敏\n财务部",
     "progress", [], 40, cc=["沈卫东"], m365=True,
     notes="No number; '出口退税单证台账' -> content-match [6] (曹敏's only item in M7). '约40%' -> 40. '预计6月29日到齐' is an "
           "ETA of documents and '月底前能完成' restates the due date (06-30): no extension.")
case(5793, "m7-extend-two-more-days-owa-utc", "M7", "顾晓峰", T("2026-06-24 02:10:45", 0), "owa_zh", "utf-8", "base64", "alt",
     "沈总：\n\n第3项北斗商事的信用证，对方银行还要两天才能开出，申请顺延两天。\n\n顾晓峰\n海外销售部",
     "extend", [3], due="2026-06-26", rule=("due_plus", 2), cc=["沈卫东"], m365=True,
     notes="OWA, Date 02:10 +0000 = 10:10 Shanghai on Wed 06-24 (item 3's due day). '还要两天…申请顺延两天' = two calendar days "
           "after the current due date 2026-06-24 -> 2026-06-26.")
case(5800, "m7-auto-postfix-delay-dsn", "M7", None, T("2026-06-17 15:14:27"), "dsn_delay", "us-ascii", "7bit", "auto", "", None,
     kind="auto",
     notes="Postfix delay notification ('Delayed Mail (still being retried)') from the bot's own MTA about the M7 recap to "
           "k.takahashi@…co.jp: Return-Path <>, From MAILER-DAEMON, multipart/report; report-type=delivery-status with "
           "Action: delayed and the recap's headers. Nobody wrote it -> kind auto.")

# ---- M8: JCI复评迎检筹备会 (recap Tue 2026-07-07 09:52) ----
case(5795, "m8-done-typed-on-attribution-line-thunderbird", "M8", "黄蕾", T("2026-07-10 16:45:58"), "thunderbird_zh", "UTF-8",
     "8bit", "plain",
     "第1项病历质控抽查已完成，共抽查运行病历200份，问题病历11份已反馈各科室。",
     "done", [1], cc=["周琳"], on_attr=True,
     notes="Reply typed on the attribution line: the new text and Thunderbird's '在 2026/7/7 9:52, 纪要助手 写道:' share one line "
           "(the user typed before the attribution). Everything before '在 …写道:' is the reply -> done [1]; '200份'/'11份' are counts.")
case(5796, "m8-object-item3-wecom-html-only", "M8", "石芳", T("2026-07-07 10:30:24"), "wecom", "UTF-8", "base64", "html",
     "周主任：\n\n对第3项有异议：全院手卫生培训应由院感科牵头组织，护理部配合；另外7月17日前全院轮训完成不了，最快7月24日。\n\n石芳 护理部",
     "object", [3], cc=["周琳"],
     notes="WeCom mail, HTML-only. '对第3项有异议' with a reason (owner should be 院感科) and another date ('最快7月24日') -> "
           "object [3], new_due_date null (convention 4).")
case(5797, "m8-object-by-task-name-outlook-gb2312", "M8", "龙海", T("2026-07-07 14:20:09"), "outlook_zh", "gb2312",
     "quoted-printable", "alt",
     "周主任：\n\n消防应急预案这项有异议：一直由保卫科负责修订，设备科只负责消防设施维保，请调整负责人。\n\n龙海\n设备科",
     "object", [], cc=["周琳"],
     notes="Objection naming the task, no number: '消防应急预案' -> content-match [2]; 龙海 owns items 2 and 5 (整改门诊标识系统), "
           "only item 2's words match. Intent object, items []. Outlook gb2312 QP, before the cut-off.")
case(5798, "m8-confirm-one-word-iphone", "M8", "吴涛", T("2026-07-07 10:05:47"), "iphone_zh", "UTF-8", "base64", "plain",
     "确认\n\n发自我的iPhone",
     "confirm", cc=["周琳"],
     notes="One-word confirm from iPhone (text/plain, base64) with the '发自我的iPhone' footer; the quoted recap below lists all the "
           "command words, which must be ignored.")
case(5799, "m8-question-item4-foxmail-gbk", "M8", "黄蕾", T("2026-07-08 09:30:14"), "foxmail", "GBK", "base64", "alt",
     "周主任：\n\n请问第4项迎检资料目录，是按JCI第八版标准的章节来编，还是沿用2023年那版的目录？\n\n黄蕾\n医务部",
     "unknown", [4], cc=["周琳"],
     notes="Question naming item 4 -> unknown [4]. '第八版' (edition) and '2023年' are not items or dates to apply. Foxmail GBK base64.")

C.sort(key=lambda c: c["num"])

WHAT = {
    5751: "plain confirm, Coremail webmail '写道：' + '>' quote",
    5752: "第2项已完成 with test-result percentages that are not progress; Foxmail GBK + PDF",
    5753: "延期至节后第一个工作日 before Qingming -> 04-07; Mail Master quote table",
    5754: "3个工作日 over Qingming -> 04-09; Outlook gb2312 QP",
    5755: "named task (content-match), 一半 = 50, '9号前能交' restates due; outsider on 126 GBK",
    5756: "two items in one sentence 第1、3项; past date 已于4月7日; Coremail '-----原始邮件-----'",
    5757: "question with a number -> unknown [6]",
    5758: "有异议 + reason + proposed date -> object, no date; Mail Master name-block signature",
    5759: "bare 已完成 from an owner of two items (AMBIGUOUS); iPhone plain",
    5760: "done by task name (content-match [1]); 完成率92% is not progress; .xlsx attachment",
    5761: "延期到5月底 -> 05-31 (Sunday); Thunderbird format=flowed 8bit",
    5762: "七成 = 70 by task name (content-match [5]); '11号可以按时给到' restates due; Apple Mail",
    5763: "下周三 sent on a Wednesday -> next week's Wednesday; Outlook plain-text gb2312",
    5764: "English confirm from a Dutch Outlook (CEST)",
    5765: "'Could we move it to next Tuesday?' -> 04-28",
    5766: "English 'Item 1 done' with germination percentages; Foxmail",
    5767: "'extend to the 24th' -> 04-24; '#3'",
    5768: "'about 60%' by task name (content-match [5]); ETA and 'by Wednesday' are not requests",
    5769: "Traditional Chinese 確認無異議 + 第1項 -> confirm [1]; '#215' extension; Outlook zh-TW",
    5770: "Traditional Chinese 第6項…已完成; Gmail zh-TW",
    5771: "第4项、第5项均已完成 -> [4, 5]; Exmail gb18030",
    5772: "5个工作日 over Labour Day ends on the Sat 05-09 make-up day; Feishu HTML-only",
    5773: "进度80% by task name (content-match [2]); 明天完成 restates due",
    5774: "有异议 with 建议改到5月15日 -> object, no date",
    5775: "Gmail vacation responder (auto) with dates in the body",
    5776: "第1項…已於今日上午發送 -> done [1]; Outlook zh-HK Big5 with '?' and NCRs in the quote",
    5777: "延期到7月3日 from an owner of two items (AMBIGUOUS, date kept); WeCom",
    5778: "Cantonese 5個工作天 over Dragon Boat -> 06-26; iPhone zh-HK",
    5779: "done [2]; '发现问题2项' is a count, not an item",
    5780: "进度60% with 预计周五前 (= due) not a request",
    5781: "organizer's thanks + reminder naming 第1项 -> unknown [1]",
    5782: "'Item 3 done' with 'sent … May 15, ETA May 21'; German Outlook",
    5783: "'about halfway' from an owner of two items (AMBIGUOUS, 50); Outlook iOS",
    5784: "'two more days' = due 05-20 + 2 -> 05-22; Gmail Spanish UI",
    5785: "'item #1 can be closed' -> done; OWA +0000",
    5786: "English question on '#6' -> unknown [6]; Outlook M365 +0000",
    5787: "确认，没问题 from Outlook for Android (+0000)",
    5788: "answer typed under quoted row 2 ('见下文红字') -> done [2]",
    5789: "延期至26号 -> 06-26; DingTalk/Alimail HTML-only, '主　题'",
    5790: "'move the deadline to July 6' -> 07-06; Japanese Outlook (+0900)",
    5791: "done [1]; '第二批', '120片', report number are not items; OWA",
    5792: "约40% by task name (content-match [6]); ETA 6月29日 and 月底前 are not requests",
    5793: "还要两天…顺延两天 = due 06-24 + 2 -> 06-26; OWA +0000",
    5794: "bottom-posted done [6] under a '>' quote; Thunderbird + PDF (RFC 2231 name)",
    5795: "done [1] typed on the attribution line; Thunderbird",
    5796: "有异议 + other owner + 最快7月24日 -> object [3]; WeCom HTML-only",
    5797: "object by task name (content-match [2]) from an owner of two items; Outlook gb2312",
    5798: "one-word 确认 from iPhone; quoted footer lists every command word",
    5799: "question naming 第4项 -> unknown [4]; '第八版' is not an item; Foxmail GBK",
    5800: "Postfix delay DSN (multipart/report, Return-Path <>) -> auto",
}




# ----------------------------------------------------------------------------------------------
# Building one message
# ----------------------------------------------------------------------------------------------
def html_of_text(text, client):
    paras = []
    for ln in text.split("\n"):
        paras.append(f"<div>{esc(ln) if ln else '<br>'}</div>")
    body = "\n".join(paras)
    if client in ("outlook_zh", "outlook_tw", "outlook_hk", "outlook_de", "outlook_nl", "outlook_ja"):
        body = "\n".join(f'<p class="MsoNormal"><span style="font-size:10.5pt">{esc(ln) if ln else "&nbsp;"}</span></p>'
                         for ln in text.split("\n"))
    return body


def html_doc(client, charset, inner):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if client.startswith("outlook") and client != "outlook_ios":
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                f'<head>{meta}<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
                f'<body lang="ZH-CN" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{inner}\n</div></body></html>\n')
    return f"<html><head>{meta}</head><body>\n{inner}\n</body></html>\n"


def quote_style_of(client):
    return {"web126": "coremail_web", "wecom": "qq"}.get(client, client)


def build_reply(c):
    m = M[c["m"]]
    client = c["client"]
    style = quote_style_of(client)
    sender = P[c["from"]]
    charset = c["charset"]
    # local offset for quote header times = the sender's own offset
    off = int(c["dt"].utcoffset().total_seconds() // 3600)
    if c.get("m365"):
        off = 8  # Chinese M365 users see China time in the quote although Date is UTC
    inline_text = c.get("inline")
    qlines = render_quote_text(style, m, off, inline_text=inline_text)
    new = c["text"]
    if c.get("on_attr"):
        # the user typed before the attribution line: text and attribution share one line
        text = new + qlines[0] + "\n" + "\n".join(qlines[1:]) + "\n"
    elif c.get("bottom"):
        text = "\n".join(qlines) + "\n\n" + new + "\n"
    elif c.get("mm_sig"):
        text = new + "\n\n" + "\n".join(qlines) + "\n"
    else:
        text = new + "\n\n" + "\n".join(qlines) + "\n"
    if client in ("iphone_zh", "iphone_hk", "iphone_en"):
        text = new + "\n\n" + "\n".join(qlines) + "\n"
    inline_html = None
    if inline_text:
        inline_html = {k: f'<span style="color:red">{esc(v)}</span>' for k, v in inline_text.items()}
    newhtml = html_of_text(new, client)
    if client == "mailmaster" and not c.get("mm_sig"):
        newhtml = html_of_text(new.replace("\n\n发自网易邮箱大师", ""), client) + \
            '<div id="ntes-pcmail-signature"><span style="font-size: 12px; color: #868686;">发自网易邮箱大师</span></div>'
    qhtml = render_quote_html(style, m, off, inline=inline_html) if style != "thunderbird_zh" else ""
    html = html_doc(client, charset, newhtml + "\n" + qhtml)

    lossy = "replace" if c.get("big5_lossy") else "strict"
    flowed = "; format=flowed" if client == "thunderbird_zh" else ""
    quotes = client not in ("thunderbird_zh", "gmail_tw", "gmail_es", "iphone_zh", "iphone_hk", "iphone_en", "apple_zh")
    ptext = leaf_text("plain", text, charset, c["cte"], lossy, flowed, quotes)
    phtml = leaf_text("html", html, charset, c["cte"], lossy, "", quotes)
    bnd = "b" + h16("bnd", c["num"])[:22]
    if client in ("qq", "wecom"):
        bnd = f"----=_NextPart_{h16('b', c['num'])[:8].upper()}_{h16('b2', c['num'])[:8].upper()}_{h16('b3', c['num'])[:8].upper()}"
    elif client.startswith("outlook") or client == "owa_zh":
        bnd = f"_000_{h16('b', c['num'])[:40].upper()}_"
    elif client in ("gmail_tw", "gmail_es"):
        bnd = "000000000000" + h16("b", c["num"])[:14]
    elif client in ("iphone_zh", "iphone_hk", "iphone_en", "apple_zh"):
        bnd = "Apple-Mail=_" + h16("b", c["num"])[:8].upper() + "-" + h16("b", c["num"])[8:12].upper() + "-" + h16("b", c["num"])[12:16].upper()
    elif client in ("foxmail", "coremail_web", "coremail_orig", "web126", "mailmaster", "feishu", "alimail"):
        bnd = f"----=_Part_{int(h16('b', c['num'])[:7], 16)}_{int(h16('b2', c['num'])[:8], 16)}.{int(c['dt'].timestamp())}000"

    if c["struct"] == "plain":
        root = ptext
    elif c["struct"] == "html":
        root = phtml
    elif c["struct"] == "alt":
        root = multipart("alternative", bnd, [ptext, phtml])
    elif c["struct"] == "mixed":
        ctype, fn, kindf = c["att"]
        data = fake_pdf(fn) if kindf == "pdf" else fake_xlsx(fn)
        if True:  # RFC 2231 for non-ASCII names (RFC 2047 inside quotes is a defect under policy.default)
            fnh = f"\"{fn}\"" if all(ord(ch) < 128 for ch in fn) else None
            if fnh is None:
                att = (f"Content-Type: {ctype}; name*={rfc2231(fn)}\nContent-Disposition: attachment; filename*={rfc2231(fn)}\n"
                       f"Content-Transfer-Encoding: base64\n").encode() + b"\n" + base64.encodebytes(data)
            else:
                att = leaf_att(ctype, fnh, data)
        else:
            fnh = f"\"{ew(fn, charset if charset.lower() != 'big5' else 'utf-8', 'B', chunk=40)}\""
            att = leaf_att(ctype, fnh.replace("\n ", " "), data)
        if c["struct"] == "mixed" and client == "thunderbird_zh":
            inner = ptext
        else:
            inner = multipart("alternative", "a" + bnd[1:] if not bnd.startswith("_000_") else bnd.replace("_000_", "_004_"),
                              [ptext, phtml])
        root = multipart("mixed", "m" + bnd[1:] if not bnd.startswith("_000_") else bnd.replace("_000_", "_005_"), [inner, att],
                         preamble="This is a multi-part message in MIME format.")
    return root


def build_headers(c, root_ct_already_in_root=True):
    m = M[c["m"]]
    client = c["client"]
    sender = P[c["from"]]
    cs = c["charset"] if c["charset"].lower() not in ("big5",) else "big5"
    hcs = cs if cs.lower() not in ("us-ascii", "big5") else "utf-8"
    quoted = False  # encoded words inside quoted strings are a defect under email.policy.default
    frm = fmt_addr(c["from"], sender["email"], hcs, quoted)
    to = fmt_addr("纪要助手", m["signed"], hcs, quoted)
    ccs = [fmt_addr(n, P[n]["email"], hcs, quoted) for n in c["cc"]]
    subj = ew(subject_for(client, m), hcs, "B", chunk=14)
    refs = f"{m['minutes_mid']}\n {m['recap_mid']}"
    date = format_datetime(c["dt"])
    if client in ("coremail_web", "coremail_orig"):
        date += " (GMT+08:00)"
    mid = mid_for(client, c, sender["email"])
    H = []
    if client in ("gmail_tw", "gmail_es"):
        H += [("MIME-Version", "1.0"), ("References", refs), ("In-Reply-To", m["recap_mid"]), ("From", frm), ("Date", date),
              ("Message-ID", mid), ("Subject", subj), ("To", to)]
        if ccs:
            H.append(("Cc", fold_addrs(ccs)))
    elif client.startswith("outlook") or client == "owa_zh":
        H += [("From", frm), ("To", to)]
        if ccs:
            H.append(("CC", fold_addrs(ccs)))
        H += [("Subject", subj), ("Date", date), ("Message-ID", mid), ("References", refs), ("In-Reply-To", m["recap_mid"])]
        extra = client_headers(client, c)
        for k, v in extra:
            H.append((k, subj if v is None else v))
        H.append(("MIME-Version", "1.0"))
    else:
        H += [("Date", date), ("From", frm), ("To", to)]
        if ccs:
            H.append(("Cc", fold_addrs(ccs)))
        H += [("Subject", subj), ("Message-ID", mid), ("In-Reply-To", m["recap_mid"]), ("References", refs)]
        H += client_headers(client, c)
        H.append(("MIME-Version", "1.0"))
    return H


RELAY = {
    "coremail_web": None, "coremail_orig": None, "foxmail": None, "mailmaster": None, "apple_zh": None,
    "thunderbird_zh": None, "iphone_zh": None, "iphone_en": None,
    "web126": ("m16.mail.126.com", "220.181.15.116"),
    "qq": ("smtpbguseast3.qq.com", "54.243.244.52"), "wecom": ("smtpbg151.qq.com", "18.169.211.239"),
    "outlook_tw": ("mail-tyzapc01on2112.outbound.protection.outlook.com", "40.107.117.112"),
    "outlook_de": ("mail-fr2deu01on2120.outbound.protection.outlook.com", "40.107.135.120"),
    "outlook_nl": ("mail-am6eur05on2093.outbound.protection.outlook.com", "40.107.22.93"),
    "outlook_ja": ("mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.114.101"),
    "gmail_tw": ("mail-pl1-f171.google.com", "209.85.214.171"), "gmail_es": ("mail-wm1-f44.google.com", "209.85.128.44"),
    "iphone_hk": ("mail-hk2apc01on2107.outbound.protection.outlook.com", "40.107.255.107"),
    "outlook_hk": ("mail-hk2apc01on2118.outbound.protection.outlook.com", "40.107.255.118"),
    "feishu": ("va-2-49.ptr.blmpb.com", "209.127.231.49"), "alimail": ("out30-117.freemail.mail.aliyun.com", "115.124.30.117"),
}


def received_lines(c, rcpt, when, envelope_from):
    m = M[c["m"]] if c.get("m") else None
    org = ORGS[m["org"]]
    client = c["client"]
    rid = h16("rcv", c["num"])
    t = format_datetime(when.astimezone(SH)) + " (CST)"
    lines = []
    if org["mta"] == "Coremail":
        relay = RELAY.get(client)
        src = f"{relay[0]} (unknown [{relay[1]}])" if relay else "localhost (unknown [10.21.4.67])"
        lines.append(f"Received: from {src}\n\tby {org['mx']} (Coremail) with SMTP id AQAAf{rid[:22]}\n\tfor <{rcpt}>; {t}")
    else:
        relay = RELAY.get(client)
        if relay is None and c.get("m365"):
            relay = (f"mail-sgaapc01on2101.outbound.protection.outlook.com", "40.107.215.101")
        if relay is None:
            relay = (f"smtp.{org['domain']}", "10.8.2.15")
        lines.append(f"Received: from {relay[0]} ({relay[0]} [{relay[1]}])\n\tby {org['mx']} (Postfix) with ESMTPS id "
                     f"4g{rid[:9].upper()}\n\tfor <{rcpt}>; {t}")
    return [f"Return-Path: <{envelope_from}>", f"Delivered-To: {rcpt}"] + lines


def hdr_bytes(H):
    return "".join(f"{k}: {v}\n" if v != "" else f"{k}: \n" for k, v in H).encode("ascii")


def build_case_bytes(c):
    if c["kind"] == "auto":
        return build_auto(c)
    root = build_reply(c)
    H = build_headers(c)
    m = M[c["m"]]
    when = c["dt"] + timedelta(seconds=3)
    rl = received_lines(c, m["signed"], when, P[c["from"]]["email"])
    return ("\n".join(rl) + "\n").encode("ascii") + hdr_bytes(H) + root


def build_auto(c):
    m = M[c["m"]]
    if c["client"] == "gmail_vacation":
        sender = P[c["from"]]
        body = ("您好：\n\n我於4月27日至4月30日參加台北國際醫療資訊展，5月4日返回辦公室，期間回覆可能延遲。\n"
                "緊急事項請聯絡林冠廷 kt.lin@kangshuo.example.com.tw，電話 +886-2-2658-7300 #215。\n\n張雅婷\n康碩資訊 文件組\n")
        html = html_doc("gmail", "UTF-8", html_of_text(body.rstrip("\n"), "gmail"))
        bnd = "000000000000" + h16("b", c["num"])[:14]
        root = multipart("alternative", bnd, [leaf_text("plain", body, "UTF-8", "base64", label_quotes=False),
                                              leaf_text("html", html, "UTF-8", "base64", label_quotes=False)])
        subj = ew("Re: " + m["title"], "UTF-8", "B", 14)
        H = [("MIME-Version", "1.0"), ("References", f"{m['minutes_mid']}\n {m['recap_mid']}"), ("In-Reply-To", m["recap_mid"]),
             ("Auto-Submitted", "auto-replied"), ("From", fmt_addr(c["from"], sender["email"], "UTF-8")),
             ("Date", format_datetime(c["dt"])), ("Message-ID", mid_for("gmail_tw", c, sender["email"])), ("Subject", subj),
             ("To", fmt_addr("纪要助手", m["bot"], "UTF-8")), ("X-Autoreply", "yes")]
        when = c["dt"] + timedelta(seconds=2)
        rl = received_lines(dict(c, client="gmail_tw"), m["bot"], when, sender["email"])
        return ("\n".join(rl) + "\n").encode() + hdr_bytes(H) + root
    if c["client"] == "dsn_delay":
        dom = ORGS[m["org"]]["domain"]
        rcpt = P["高橋健一"]["email"]
        qid = "4gR" + h16("q", c["num"])[:9].upper()
        arrival = format_datetime(m["recap_at"])
        notice = (f"This is the mail system at host mail.{dom}.\n\n"
                  "####################################################################\n"
                  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                  "####################################################################\n\n"
                  "Your message could not be delivered for more than 4 hour(s).\n"
                  "It will be retried until it is 5 day(s) old.\n\n"
                  "For further assistance, please send mail to postmaster.\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n"
                  "                   The mail system\n\n"
                  f"<{rcpt}>: connect to mx01.hokuto-shoji.example.co.jp[203.0.113.25]:25:\n"
                  "    Connection timed out\n")
        status = (f"Reporting-MTA: dns; mail.{dom}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {m['bot']}\n"
                  f"Arrival-Date: {arrival}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
                  "Action: delayed\nStatus: 4.4.1\n"
                  "Diagnostic-Code: X-Postfix; connect to mx01.hokuto-shoji.example.co.jp[203.0.113.25]:25: Connection\n    timed out\n"
                  f"Will-Retry-Until: {format_datetime(m['recap_at'] + timedelta(days=5))}\n")
        orig = (f"Return-Path: <{m['bot']}>\nFrom: {fmt_addr('纪要助手', m['bot'], 'UTF-8')}\n"
                f"Reply-To: {fmt_addr('纪要助手', m['signed'], 'UTF-8')}\n"
                f"Subject: {ew('Re: ' + m['title'], 'UTF-8', 'B', 14)}\nDate: {format_datetime(m['recap_at'])}\n"
                f"Message-ID: {m['recap_mid']}\nIn-Reply-To: {m['minutes_mid']}\nAuto-Submitted: auto-generated\n"
                "X-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n")
        bnd = f"{qid}.{int(c['dt'].timestamp())}/mail.{dom}"
        parts = [("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + notice).encode(),
                 ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status).encode(),
                 ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig).encode()]
        body = f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{bnd}\"\n".encode() + \
            b"Content-Transfer-Encoding: 8bit\n\nThis is a MIME-encapsulated message.\n"
        for p in parts:
            body += f"\n--{bnd}\n".encode() + p
        body += f"\n--{bnd}--\n".encode()
        H = [("Date", format_datetime(c["dt"])), ("From", f"MAILER-DAEMON@mail.{dom} (Mail Delivery System)"),
             ("Subject", "Delayed Mail (still being retried)"), ("To", m["bot"]), ("Auto-Submitted", "auto-replied"),
             ("MIME-Version", "1.0"), ("Message-Id", f"<{h16('dsn', c['num'])[:14].upper()}.{qid}@mail.{dom}>")]
        rl = ["Return-Path: <>", f"Delivered-To: {m['bot']}",
              f"Received: by mail.{dom} (Postfix)\n\tid 4gS{h16('r2', c['num'])[:9].upper()}; {format_datetime(c['dt'])} (CST)"]
        return ("\n".join(rl) + "\n").encode() + hdr_bytes(H) + body
    raise KeyError(c["client"])


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------
def gold_of(c):
    if c["kind"] == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": c["intent"], "items": sorted(set(c["items"])), "percent": c["percent"], "new_due_date": c["due"]},
            "notes": c["notes"]}


def fname(c):
    return f"{c['num']}-{c['slug']}"


# ----------------------------------------------------------------------------------------------
# Roster and README
# ----------------------------------------------------------------------------------------------
def write_roster():
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for p in P.values():
            w.writerow([p["name"], p["email"], p["dept"], p["mgr"], p["aliases"]])


CLIENT_DESC = {
    "coremail_web": "Coremail webmail", "coremail_orig": "Coremail client (-----原始邮件-----)", "foxmail": "Foxmail 7.2",
    "mailmaster": "网易邮箱大师 (Android)", "iphone_zh": "iPhone Mail", "iphone_hk": "iPhone Mail zh-HK", "iphone_en": "iPhone Mail (en)",
    "apple_zh": "Apple Mail macOS", "outlook_zh": "Outlook 16 zh-CN", "owa_zh": "Outlook on the web (M365) zh-CN",
    "outlook_tw": "Outlook zh-TW", "outlook_hk": "Outlook zh-HK (Big5)", "outlook_de": "Outlook (German UI)",
    "outlook_nl": "Outlook (Dutch UI)", "outlook_ja": "Outlook (Japanese UI)", "outlook_ios": "Outlook mobile",
    "gmail_tw": "Gmail web zh-TW", "gmail_es": "Gmail web (Spanish UI)", "thunderbird_zh": "Thunderbird",
    "qq": "Tencent Exmail (QQ style)", "wecom": "企业微信 mail", "alimail": "DingTalk mail (Alimail)", "feishu": "Feishu mail",
    "web126": "126.com webmail", "gmail_vacation": "Gmail vacation responder", "dsn_delay": "Postfix DSN (delay)",
}


def write_readme():
    from collections import Counter
    kinds = Counter(c["kind"] for c in C)
    intents = Counter(c["intent"] for c in C if c["kind"] == "reply")
    L = []
    L.append('# Blind set "replies29": 50 replies to minutebot\'s recap mails (cases 5751-5800)\n')
    L.append("Written blind: nothing under `/work/main` was opened and `minutebot` was never run. Sources: `/work/shared/SPEC.md` "
             "(sections 5, 6.1, 6.3), `/work/shared/corpus/README.md` (gold schema and conventions), a few corpus files for the "
             "format, `/work/shared/research/dates-eval.md` (date conventions).\n")
    L.append("Files: `NNNN-slug.eml` (raw bytes as the receiving server stored them: Return-Path, Delivered-To, Received in front "
             "of the client's headers; LF line ends), `NNNN-slug.json` (gold), `roster.csv`, `make_replies29.py` (writes all of "
             "it, this README included; deterministic, no clock, no randomness). `python3 make_replies29.py --check` re-parses "
             "every .eml with `email.policy.default` (no defects in any part or address/subject header; every text part decodes "
             "strictly with its declared charset), checks threading (In-Reply-To = the recap's Message-ID, References contain it, "
             "To = the meeting's signed reply address, From in the roster), the gold shape, every `content-match [N]` (N must be "
             "an item of the sender and the sender must have written no number), each recap's objection cut-off, and recomputes "
             "every `new_due_date` from the message's own `Date` header converted to Asia/Shanghai with `chinesecalendar` "
             "(venv `/work/blind/venv`).\n")
    L.append(f"Counts: reply {kinds['reply']} (" + ", ".join(f"{k} {intents[k]}" for k in
                                                            ("done", "extend", "progress", "confirm", "object", "unknown"))
             + f"), auto {kinds['auto']}.\n")
    L.append("## Organisations\n")
    L.append("- **陇原种业股份有限公司 (Longyuan Seed, Lanzhou)**: hybrid maize and vegetable seed; seed-production base in 张掖, "
             "dealers along the 河西走廊 and in Inner Mongolia. Mail on a hosted Coremail server. Bot `纪要助手 <minutes@longyuan-seed.example.cn>`. "
             "Outsiders who write: 郭鹏 (河套农丰农资, Hohhot dealer, 126.com webmail), 刘振华 (陇中农业大学, Thunderbird), "
             "Pieter de Vries and Sanne Bakker (Zaadhuis Breeding B.V., Enkhuizen NL, Microsoft 365 with Dutch UI, +0200).")
    L.append("- **筑康医疗集团 (Zhukang Hospital Group, Guiyang)**: a hospital group; the information centre, equipment section, "
             "quality office. Mail on Tencent Exmail / 企业微信 mail, some staff on Outlook or Foxmail over IMAP, a Postfix MX in front "
             "of the bot mailbox. Bot `纪要助手 <minutes@zhukang-med.example.cn>`. Outsiders: 林冠廷 and 張雅婷 (康碩資訊, Taipei HIS "
             "vendor; Outlook zh-TW and Gmail zh-TW), 罗浩 (黔云数智, Guiyang IT contractor, Feishu mail), 陳嘉俊 (德霖醫療器材, Hong "
             "Kong imaging distributor; Outlook zh-HK set to Big5, iPhone).")
    L.append("- **通润光能科技有限公司 (Tongrun Solar, Nantong)**: a solar-module exporter. Microsoft 365 (Outlook/OWA/Outlook mobile; "
             "their `Date` headers are in +0000). Bot `纪要助手 <minutes@tongrun-solar.example.cn>`. Outsiders: Lukas Hoffmann "
             "(SolarWerk Montage GmbH, Freiburg; Outlook German UI and Outlook for iOS, +0200), Carmen Ruiz (Sol Ibérica "
             "Distribución S.L., Valencia; Gmail Spanish UI), 高橋健一 (北斗商事株式会社, Osaka; Outlook Japanese UI, +0900), "
             "季红 (江海国际货运代理（南通）, DingTalk mail).\n")
    L.append("`roster.csv` lists all staff (department, manager) and the outsiders who write (department and manager empty; the "
             "company is given above).\n")
    L.append("## The meetings and the bot's recaps\n")
    L.append("Every reply answers one recap. A recap is `From: 纪要助手 <minutes@DOMAIN>`, Subject `Re: <minutes subject>`, "
             "Message-ID `<mb-recap.YYYYMMDDHHMMSS.<10 hex>@DOMAIN>`, In-Reply-To the minutes, with the signed reply address "
             "`minutes+r<16 hex>@DOMAIN` (one per meeting) as Reply-To; so every human reply has `To: 纪要助手 <minutes+r…@DOMAIN>`, "
             "`In-Reply-To: <recap id>`, `References: <minutes id> <recap id>`. The auto mails go to `minutes@DOMAIN`. Chinese recaps "
             "end with '如有异议请于今日内回复（截止 YYYY-MM-DD 18:00），逾期视为无异议。' and the command footer "
             "“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”; English recaps (M3, M6) have the table "
             "`# | Action item | Owner | Due`, the same cut-off line in Chinese and English, and the commands in both languages. "
             "All recaps were sent on working days before 18:00, so every cut-off is the same day at 18:00. The bot's text part "
             "uses `| a | b |` rows; clients that quote the HTML part (Outlook, OWA, Apple) show the rows tab-separated.\n")
    L.append("2026 calendar (chinesecalendar): Qingming Sat 04-04..Mon 04-06 (no make-up day); Labour Day Fri 05-01..Tue 05-05 "
             "with make-up working day Sat 05-09; Dragon Boat Fri 06-19..Sun 06-21 (no make-up day).\n")
    for m in M.values():
        L.append(f"### {m['key']} - {m['title']}\n")
        L.append(f"Organizer {m['organizer']}; minutes {m['minutes_at'].isoformat()} Message-ID `{m['minutes_mid']}`; recap "
                 f"{m['recap_at'].isoformat()} Message-ID `{m['recap_mid']}`; reply address `{m['signed']}`; cut-off "
                 f"{cutoff_of(m['recap_at'])}; recap language {m['lang']}; recipients: {', '.join(m['people'])}.\n")
        L.append("| # | task | owner | due |\n| --- | --- | --- | --- |")
        for it in m["items"]:
            L.append(f"| {it['n']} | {it['task']} | {it['owner']} | {it['due']} |")
        L.append("")
    L.append("## Conventions applied (beyond the corpus README; a scorer must know them)\n")
    L.append("The brief's conventions 1-7 are applied as written. Added here:\n")
    conv = [
        "**`content-match [N]` lives only in `notes`**; the gold keeps `items: []`. It is given only where the sender wrote "
        "no number, owns item N in that meeting, and N is the only one of the sender's items whose task words match "
        "(5755, 5760, 5762, 5768, 5773, 5792, 5797). A scorer that credits task matching reads N from the notes.",
        "**AMBIGUOUS replies** (5759, 5777, 5783): no number, no task words, sender owns two open items. Intent (and a requested "
        "date or percent) are recorded as written, `items: []`, no content-match.",
        "**A confirmation or question that writes a number keeps it** (5769 '確認無異議。第1項…如期', 5757, 5781, 5786, 5799).",
        "**An organizer's thank-you with a reminder** (5781 '辛苦了，谢谢！…第1项报价端午前务必发过来') is `unknown`: it restates an "
        "existing deadline and asks for no change.",
        "**An answer typed under a quoted row** (5788) takes the row's number even though the top text has none.",
        "**Text typed on the attribution line** (5795): everything before '在 … 写道:' on that line is the reply.",
        "**Bottom-posting** (5794): the new text below the whole quote is the reply.",
        "**'halfway' = 50** like '一半'; '约40%' = 40 like 'about 80%'.",
        "**Statistics are not progress**: a percentage that measures something else (发芽率96.5%, 去雄完成率92%, '94% at 7 days') "
        "gives percent null; where the sender also says the item is done the intent is done.",
        "**'5個工作天內' (HK/TW) = 'N个工作日'**, counted from the day after sending. '延期至节后第一个工作日' and 'N个工作日' use "
        "the Chinese calendar even when the sender is in Hong Kong.",
        "**'two more days' / '还要两天…顺延两天'** = the item's current due date + 2 calendar days (5784 -> 05-22, 5793 -> 06-26). "
        "**'5月底'** = 2026-05-31 even though it is a Sunday (5761).",
        "**Not items**: batches ('第二批'), counts ('问题2项', '14台', '120片', '两份'), editions ('第八版'), lot/report numbers "
        "('ZH-2603', 'QR-2606-018'), phone extensions ('#215', '分机8021').",
        "**Time zones**: Microsoft 365 mail is dated +0000 (Tongrun) and the foreign partners +0200/+0900; every date is resolved "
        "after conversion to Asia/Shanghai. In these cases the conversion never changes the calendar day, but the quote headers "
        "show the recap time in the writer's zone (e.g. 09:03 CEST, 12:14 JST).",
        "**Big5 with unencodable characters** (5776): Outlook set to Big5 writes '?' for simplified characters in the text part "
        "and numeric character references in the HTML part; only the quoted recap is affected.",
        "**Auto mail**: a Gmail vacation responder (`Auto-Submitted: auto-replied`, In-Reply-To the recap, 5775) and a Postfix "
        "delay DSN from the bot's own MTA (`Return-Path: <>`, `multipart/report; report-type=delivery-status`, Action: delayed, "
        "5800) are `auto`.",
    ]
    for i, x in enumerate(conv, 1):
        L.append(f"{i}. {x}")
    L.append("")
    L.append("## Client and encoding notes\n")
    L.append("Quote headers follow each client: Outlook zh-CN '发件人:/发送时间:/收件人:/主题:' (desktop: no separator; OWA and "
             "Outlook mobile: a line of underscores), Outlook zh-TW '寄件者:/寄件日期:/收件者:/主旨:', zh-HK '寄件者:/傳送日期:/收件者:/主題:', "
             "German 'Von:/Gesendet:/An:/Betreff:', Dutch 'Van:/Verzonden:/Aan:/Onderwerp:', Japanese '差出人:/送信日時:/宛先:/件名:', "
             "Coremail webmail and 126 '在 YYYY-MM-DD HH:MM:SS，\"纪要助手\" <…> 写道：' + '>' lines, Coremail client '-----原始邮件-----', "
             "Foxmail '发件人： …' (full-width colon), Exmail/企业微信 '------------------ 原始邮件 ------------------', Mail Master "
             "'---- 回复的原邮件 ----' with '| 发件人 | … |' rows, Alimail '主　题：', iPhone '在 2026年…，纪要助手 <…> 写道：', Apple Mail "
             "macOS '2026年… 纪要助手 <…> 写道：', Gmail zh-TW '… 於 2026年4月28日 週二 上午10:35寫道：', Gmail Spanish 'El mar, 12 may 2026 "
             "a las 10:03, … escribió:', Thunderbird '在 2026/4/29 16:42, 纪要助手 写道:'. Charsets: UTF-8, GBK, gb2312 (only GB2312 "
             "characters), gb18030, Big5 (lossy quote). Transfer encodings: base64, quoted-printable, 8bit (Thunderbird). "
             "Structures: text/plain only, text/html only (Feishu, DingTalk, 企业微信), multipart/alternative, multipart/mixed "
             "with PDF/XLSX attachments, multipart/report.\n")
    L.append("## Cases\n")
    L.append("| case | kind | gold | client / encoding | what it tests |\n| --- | --- | --- | --- | --- |")
    for c in C:
        g = gold_of(c)
        if c["kind"] == "auto":
            gs = "auto"
        else:
            r = g["reply"]
            gs = f"{r['intent']} {r['items']}" + (f" {r['percent']}%" if r["percent"] is not None else "") + \
                 (f" -> {r['new_due_date']}" if r["new_due_date"] else "")
            cm = re.search(r"content-match \[(\d+)\]", c["notes"])
            if cm:
                gs += f" (content-match [{cm.group(1)}])"
            if "AMBIGUOUS" in c["notes"]:
                gs += " AMBIGUOUS"
        enc = f"{CLIENT_DESC[c['client']]}, {c['charset']} {c['cte']}, {c['struct']}"
        what = WHAT[c["num"]]
        L.append(f"| {fname(c)} | {c['kind']} | {gs} | {enc} | {what} |")
    L.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def write_all():
    for c in C:
        data = build_case_bytes(c)
        with open(os.path.join(OUT, fname(c) + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, fname(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_roster()
    write_readme()
    print(f"wrote {len(C)} cases to {OUT}")


# ----------------------------------------------------------------------------------------------
# --check
# ----------------------------------------------------------------------------------------------
def check():
    import email
    from email import policy
    from email.utils import parsedate_to_datetime, getaddresses
    import chinese_calendar as cc

    def is_work(d):
        return cc.is_workday(d)

    def next_workdays(d, n):
        k = 0
        while k < n:
            d += timedelta(days=1)
            if is_work(d):
                k += 1
        return d

    def after_next_holiday(d):
        x = d + timedelta(days=1)
        while True:
            if cc.is_holiday(x) and cc.get_holiday_detail(x)[1] is not None:
                break
            x += timedelta(days=1)
        while not is_work(x):
            x += timedelta(days=1)
        return x

    errs = []
    # recaps: cut-off must be the same day 18:00 on a working day before 18:00
    for m in M.values():
        r = m["recap_at"].astimezone(SH)
        if not (is_work(r.date()) and r.hour < 18):
            errs.append(f"{m['key']}: recap not on a working day before 18:00 -> cutoff text wrong")
        if not (m["minutes_at"] < m["recap_at"]):
            errs.append(f"{m['key']}: recap before minutes")
        for it in m["items"]:
            if it["owner"] not in P:
                errs.append(f"{m['key']}: owner {it['owner']} not in roster")
            if not it["due"].startswith("2026-"):
                errs.append(f"{m['key']}: due outside 2026")
    roster = {}
    with open(os.path.join(OUT, "roster.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            roster[row["email"].lower()] = row
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    if len(files) != 50:
        errs.append(f"expected 50 .eml files, found {len(files)}")
    bycase = {fname(c): c for c in C}
    for fn in files:
        stem = fn[:-4]
        c = bycase.get(stem)
        if c is None:
            errs.append(f"{fn}: not produced by this script")
            continue
        raw = open(os.path.join(OUT, fn), "rb").read()
        if raw != build_case_bytes(c):
            errs.append(f"{fn}: bytes differ from a fresh build (not deterministic or stale)")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append(f"{fn}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append(f"{fn}: header {k} defects {v.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True)
                try:
                    payload.decode(CODEC.get(cs, cs), "strict")
                    part.get_content()
                except Exception as e:  # noqa
                    errs.append(f"{fn}: text part does not decode with {cs}: {e}")
        g = json.load(open(os.path.join(OUT, stem + ".json"), encoding="utf-8"))
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
            errs.append(f"{fn}: gold keys {sorted(g)}")
        if g["items"] != [] or g["next_followup"] is not None:
            errs.append(f"{fn}: reply/auto gold must have items [] and next_followup null")
        if not g["notes"]:
            errs.append(f"{fn}: empty notes")
        m = M[c["m"]]
        sent = parsedate_to_datetime(str(msg["Date"])).astimezone(SH)
        if g["kind"] == "auto":
            if g["reply"] is not None:
                errs.append(f"{fn}: auto with reply")
            if not (msg.get("Auto-Submitted", "").startswith("auto-") or msg.get("Return-Path") == "<>"):
                errs.append(f"{fn}: auto mail without an auto marker")
            continue
        r = g["reply"]
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            errs.append(f"{fn}: reply keys")
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            errs.append(f"{fn}: intent {r['intent']}")
        if r["items"] != sorted(set(r["items"])):
            errs.append(f"{fn}: items not sorted/unique")
        if any(i < 1 or i > len(m["items"]) for i in r["items"]):
            errs.append(f"{fn}: item number outside the recap")
        if (r["percent"] is not None) != (r["intent"] == "progress"):
            errs.append(f"{fn}: percent only with progress")
        if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
            errs.append(f"{fn}: new_due_date only with extend")
        # threading
        if str(msg["In-Reply-To"]).strip() != m["recap_mid"]:
            errs.append(f"{fn}: In-Reply-To is not the recap id")
        if m["recap_mid"] not in str(msg["References"]):
            errs.append(f"{fn}: References lack the recap id")
        tos = [a for _, a in getaddresses([str(msg["To"])])]
        if tos != [m["signed"]]:
            errs.append(f"{fn}: To is {tos}, not the signed address")
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        if frm not in roster:
            errs.append(f"{fn}: sender {frm} not in roster")
        if sent < m["recap_at"]:
            errs.append(f"{fn}: reply before the recap")
        if not sent.date().year == 2026:
            errs.append(f"{fn}: not 2026")
        # content-match
        cmn = re.findall(r"content-match \[(\d+)\]", g["notes"])
        sender_name = c["from"]
        own = [it["n"] for it in m["items"] if it["owner"] == sender_name]
        for n in cmn:
            if int(n) not in own:
                errs.append(f"{fn}: content-match [{n}] is not an item of {sender_name}")
            if r["items"]:
                errs.append(f"{fn}: content-match with numbers written")
        if "AMBIGUOUS" in g["notes"] and (len(own) < 2 or r["items"] or cmn):
            errs.append(f"{fn}: AMBIGUOUS case must be from an owner of several items, items [] and no content-match")
        # dates
        rule = c["rule"]
        if r["intent"] == "extend":
            d0 = sent.date()
            if rule[0] == "workdays":
                exp = next_workdays(d0, rule[1])
            elif rule[0] == "next_week":
                monday = d0 - timedelta(days=d0.weekday()) + timedelta(days=7)
                exp = monday + timedelta(days=rule[1])  # rule[1] = weekday index, Monday 0
            elif rule[0] == "day_of_month":
                exp = d0.replace(day=rule[1])
                if exp < d0:
                    exp = (exp.replace(day=1) + timedelta(days=32)).replace(day=rule[1])
            elif rule[0] == "month_end":
                exp = (d0.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            elif rule[0] == "after_holiday":
                exp = after_next_holiday(d0)
            elif rule[0] == "due_plus":
                (n,) = r["items"]
                exp = date.fromisoformat(m["items"][n - 1]["due"]) + timedelta(days=rule[1])
            elif rule[0] == "abs":
                exp = date.fromisoformat(rule[1])
            else:
                exp = None
            if exp is None or exp.isoformat() != r["new_due_date"]:
                errs.append(f"{fn}: new_due_date {r['new_due_date']} but rule {rule} from {sent.isoformat()} gives {exp}")
            owned = [it for it in m["items"] if it["owner"] == sender_name]
            targets = [m["items"][n - 1] for n in r["items"]] or owned
            for it in targets:
                if exp is not None and exp <= date.fromisoformat(it["due"]):
                    errs.append(f"{fn}: new date {exp} is not later than item {it['n']} due {it['due']}")
        # the reply text must be present in the plain or html body
        body = ""
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                body += part.get_content()
        first = c["text"].split("\n")[0][:12]
        if c["client"] == "outlook_hk" or "big5" in c["charset"].lower():
            pass
        elif first and esc(first) not in body and first not in body:
            errs.append(f"{fn}: reply text not found in body")
    # counts
    from collections import Counter
    cnt = Counter(c["intent"] if c["kind"] == "reply" else "auto" for c in C)
    want = {"done": 15, "extend": 13, "progress": 7, "confirm": 5, "object": 4, "unknown": 4, "auto": 2}
    if dict(cnt) != want:
        errs.append(f"counts {dict(cnt)} != {want}")
    nums = [c["num"] for c in C]
    if nums != list(range(5751, 5801)):
        errs.append("case numbers are not 5751..5800")
    for e in errs:
        print("FAIL", e)
    print(f"checked {len(files)} messages: {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
    return 0 if not errs else 1


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    if sys.argv[1:]:                       # (added when the set joined the tests: write to OUTDIR, then check it)
        OUT = os.path.abspath(sys.argv[1])
        os.makedirs(OUT, exist_ok=True)
    write_all()
    sys.exit(check())
