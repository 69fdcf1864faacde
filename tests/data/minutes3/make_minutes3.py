#!/usr/bin/env python3
"""Write the minutes3 set: 4NN-slug.eml + 4NN-slug.json, issue #12: second variants of the shapes, new writers.

    python3 tests/data/minutes3/make_minutes3.py          # rewrite every case beside this file
    python3 tests/data/minutes3/make_minutes3.py --check  # only check the gold dates against the calendar

Each case is one of the issue's shapes 1..10, written as new mail (not copied from the issue's examples):
owners with a role or title (仓储主管韦志远, 钱老师, Product owner Lisa), English action-item conventions (AI:,
ACTION ITEM (x), - [ ] @x, Owner:/Due:), minutes grouped by person, 主责/配合 in one cell, ①② cells, things
that look like items and are not (汇报了, 已完成, AI transcripts), government styles (一是…二是…, 责任单位：…
完成时限：…), threads and forwards, wrapped lines, repeated tasks, the next meeting as a sentence, and the
seeds' own tables. Writers: 蓝湾供应链 (a logistics company), 明德中学 (a school), Northwind (an English team).
Mail bytes come from ../heldout/mailkit.py; gold dates are re-checked with chinesecalendar (../heldout/goldcal.py).
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import addr, addrs, leaf, message, multi, outlook_html, plain_rows, rfc_date, words  # noqa: E402
from goldcal import CHECKS, add_workdays, check_dates, expect, next_weekday, this_or_next, workday_after  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
PEOPLE = {row.split(",")[0]: row.split(",") for row in ROSTER.strip().splitlines()[1:]}
EXTERNAL = {"邓立军": "denglijun@qiming.example.cn", "Noah Fischer": "noah.fischer@harbor.example.com"}
BOT = {"qiming": ("纪要助手", "minutes@qiming.example.cn"), "harbor": ("minutebot", "minutes@harbor.example.com")}


def who(name: str) -> tuple[str, str]:
    return (name, PEOPLE[name][1]) if name in PEOPLE else (name, EXTERNAL[name])


def item(owner, task, due=None, time=None, flags=(), department=None) -> dict:
    email = None
    if owner in PEOPLE:
        email, department = PEOPLE[owner][1], PEOPLE[owner][2]
    elif owner in EXTERNAL:
        email = EXTERNAL[owner]
    flags = set(flags) | ({"no_owner"} if owner is None else set()) | ({"no_due"} if due is None and "vague_due"
                                                                       not in flags else set())
    return {"owner_name": owner, "owner_email": email, "department": department, "task": task, "due_date": due,
            "due_time": time, "flags": sorted(flags)}


def gold(notes, items=(), followup=None, numbers=None) -> dict:
    out = {"kind": "minutes", "items": list(items), "next_followup": followup, "reply": None, "notes": notes}
    if numbers:
        out["numbers"] = numbers           # the item numbers as the minutes write them (checked by the tests)
    return out


def fu(date, time=None) -> dict:
    return {"date": date, "time": time}


def headers(frm, to, subject, date, msgid, cc=(), label="utf-8", extra=()):
    out = [("From", addr(*frm, label=label)), ("To", addrs(to, label))]
    if cc:
        out.append(("Cc", addrs(cc, label)))
    out += [("Subject", words(subject, label)), ("Date", rfc_date(date)), ("Message-ID", msgid), *extra,
            ("MIME-Version", "1.0")]
    return out


def plain_mail(head, text, label="utf-8", cte="base64", crlf=False) -> bytes:
    return message(head, leaf("text/plain", text, label, cte), crlf=crlf)


def outlook_mail(head, blocks, label="gb2312") -> bytes:
    body = multi("alternative", [leaf("text/plain", plain_of(blocks), label, "base64"),
                                 leaf("text/html", outlook_html(blocks, label), label, "quoted-printable")],
                 "----=_NextPart_000_0042_01DC3C11.5A6B7C80", preamble="This is a multipart message in MIME format.")
    return message(head, body, crlf=True)


def plain_of(blocks) -> str:
    out = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block)
        elif block[0] == "b":
            out.append(block[1])
        elif block[0] == "table":
            out.extend(plain_rows(block[1]))
    return "\n".join(out) + "\n"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn")]
FOXMAIL = [("X-Mailer", "Foxmail 7.2.25.375[cn]")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ2n1x")]
CASES: list = []


def case(fn):
    CASES.append(fn)
    return fn


# == second variants, new writers: 启明软件 (qiming), 滨江区 (gov), Harbor Partners (English) ======================

@case
def c401():
    """Roles around names, other words: 测试组长陆文涛：, '运维工程师 贺晓东 负责…' (spaces), HRBP钟丽华：, 邓工：
    (the Cc 邓立军), 实习生彭小雨：(known to nobody), 财务经理程雪牵头…."""
    text = """各位好，

11月3日研发周会纪要：

【行动项】
1、测试组长陆文涛：11月7日前完成3.2版本回归测试
2、运维工程师 贺晓东 负责生产环境数据库扩容，11月10日前完成
3、HRBP钟丽华：本周四前发布两个后端岗位的招聘需求
4、邓工：周五前修复支付回调超时问题
5、实习生彭小雨：11月6日前整理用户反馈工单
6、财务经理程雪牵头核对10月云服务账单，11月12日前给出结论

下次周会：11月10日（周一）10:00

沈嘉怡
"""
    sent = D(2025, 11, 3)
    head = headers(who("沈嘉怡"), [who("陆文涛"), who("贺晓东"), who("钟丽华"), who("程雪")], "研发周会纪要（11月3日）",
                   "2025-11-03 16:20:00 +0800", "<202511031620000401@qiming.example.cn>", cc=[who("邓立军"), BOT["qiming"]],
                   extra=FOXMAIL)
    items = [item("陆文涛", "完成3.2版本回归测试", "2025-11-07"),
             item("贺晓东", "生产环境数据库扩容", "2025-11-10"),
             item("钟丽华", "发布两个后端岗位的招聘需求", expect("本周四", this_or_next(sent, 3), "2025-11-06")),
             item("邓立军", "修复支付回调超时问题", expect("周五", this_or_next(sent, 4), "2025-11-07")),
             item("彭小雨", "整理用户反馈工单", "2025-11-06"),
             item("程雪", "核对10月云服务账单，给出结论", "2025-11-12")]
    return "401-roles-other-words-foxmail", plain_mail(head, text), gold(
        "Roles before names in other words; 邓工 = the Cc 邓立军; 彭小雨 known to nobody.", items, fu("2025-11-10", "10:00"))


@case
def c402():
    """English roles: 'Engagement lead Olivia: …', 'Data analyst Raj Patel to …', 'PMO (Emma) - …',
    'Our intern Noah will …'."""
    text = """Team,

Summary of today's client steering call.

Next steps
1) Engagement lead Olivia: send the revised statement of work by Nov 7
2) Data analyst Raj Patel to rebuild the churn dashboard by Wednesday
3) PMO (Emma) - update the RAID log, due Nov 6
4) Our intern Noah will collect the survey responses by Nov 10

Regards,
Emma
"""
    sent = D(2025, 11, 3)
    head = headers(who("Emma Schulz"), [who("Olivia Grant"), who("Raj Patel"), who("Noah Fischer")],
                   "Steering call - next steps", "2025-11-03 18:40:00 +0800", "<steering-1103@harbor.example.com>",
                   cc=[BOT["harbor"]], extra=OUTLOOK[:1])
    items = [item("Olivia Grant", "send the revised statement of work", "2025-11-07"),
             item("Raj Patel", "rebuild the churn dashboard", expect("by Wednesday", this_or_next(sent, 2), "2025-11-05")),
             item("Emma Schulz", "update the RAID log", "2025-11-06"),
             item("Noah Fischer", "collect the survey responses", "2025-11-10")]
    return "402-english-roles-other-words", plain_mail(head, text, "utf-8", "quoted-printable"), gold(
        "English roles in other words; the team name PMO with the person in brackets; 'Our intern Noah will'.", items)


@case
def c403():
    """English conventions, other spellings: 'A/I: Raj -', 'ACTION: Olivia to', 'Action item for Emma:', '* [ ] Noah:',
    and a markdown table | Owner | Action | Due |."""
    text = """Weekly analytics sync

Actions
A/I: Raj - refresh the cohort model with October data by Nov 12
ACTION: Olivia to confirm the workshop agenda with the client by Friday
Action item for Emma: circulate the status report, due Nov 10
* [ ] Noah: book the meeting rooms for the workshop by Nov 11
* [x] Raj: archive the old dashboards

| Owner | Action | Due |
|---|---|---|
| Emma Schulz | Draft the change request | Nov 14 |
| Raj Patel | Validate the data export | Nov 13 |
"""
    sent = D(2025, 11, 5)
    head = headers(who("Olivia Grant"), [who("Raj Patel"), who("Emma Schulz"), who("Noah Fischer")], "Weekly analytics sync",
                   "2025-11-05 11:00:00 +0800", "<analytics-sync-1105@harbor.example.com>", cc=[BOT["harbor"]],
                   extra=THUNDERBIRD)
    items = [item("Raj Patel", "refresh the cohort model with October data", "2025-11-12"),
             item("Olivia Grant", "confirm the workshop agenda with the client", expect("by Friday", this_or_next(sent, 4), "2025-11-07")),
             item("Emma Schulz", "circulate the status report", "2025-11-10"),
             item("Noah Fischer", "book the meeting rooms for the workshop", "2025-11-11"),
             item("Emma Schulz", "Draft the change request", "2025-11-14"),
             item("Raj Patel", "Validate the data export", "2025-11-13")]
    return "403-english-conventions-other-spellings", plain_mail(head, text, "utf-8", "7bit"), gold(
        "Action conventions spelled otherwise, a ticked box, and a markdown Owner/Action/Due table.", items)


@case
def c404():
    """Grouped by person: 'name：' then indented numbered items; a markdown '## name' heading."""
    text = """产品例会纪要（11月4日）

沈嘉怡：
  1. 11月7日前输出会员体系改版PRD
  2. 周四前约3位重点客户做访谈

## 陆文涛
- 11月10日前完成搜索服务压测
- 评估推荐算法替换方案（11月12日前）

贺晓东：
  1. 周五前完成监控告警规则梳理

范志刚
"""
    sent = D(2025, 11, 4)
    head = headers(who("范志刚"), [who("沈嘉怡"), who("陆文涛"), who("贺晓东")], "产品例会纪要（11月4日）",
                   "2025-11-04 17:30:00 +0800", "<202511041730000404@qiming.example.cn>", cc=[BOT["qiming"]], extra=FOXMAIL)
    items = [item("沈嘉怡", "输出会员体系改版PRD", "2025-11-07"),
             item("沈嘉怡", "约3位重点客户做访谈", expect("周四", this_or_next(sent, 3), "2025-11-06")),
             item("陆文涛", "完成搜索服务压测", "2025-11-10"),
             item("陆文涛", "评估推荐算法替换方案", "2025-11-12"),
             item("贺晓东", "完成监控告警规则梳理", expect("周五", this_or_next(sent, 4), "2025-11-07"))]
    return "404-grouped-by-person-colon-markdown", plain_mail(head, text), gold(
        "Grouped by person: 'name：' with indented numbers, a markdown '## name' heading.", items)


@case
def c405():
    """Outlook table: 主办：X；协办：Y, 'X（牵头）、Y', 'Y（协助）/X', and a cell '①…（11月6日前）；②…' with its own dates."""
    rows = [["序号", "任务", "负责人", "完成时限"],
            ["1", "年度预算编制", "主办：程雪；协办：钟丽华、范志刚", "11月14日"],
            ["2", "①梳理服务器资产清单（11月6日前）；②制定下线计划", "贺晓东", "11月12日"],
            ["3", "客户满意度调研", "沈嘉怡（牵头）、陆文涛", "11月13日"],
            ["4", "代码规范培训", "钟丽华（协助）/陆文涛", "11月10日"]]
    blocks = ["各位：", "", "经营分析会任务分解如下：", "", ("table", rows), "", "范志刚"]
    head = headers(who("范志刚"), [who("程雪"), who("贺晓东"), who("沈嘉怡"), who("陆文涛")], "经营分析会任务分解",
                   "2025-11-05 15:00:00 +0800", "<003d01dc4e11$aa2b3c40$fe81b4c0$@qiming.example.cn>",
                   cc=[who("钟丽华"), BOT["qiming"]], extra=OUTLOOK)
    items = [item("程雪", "年度预算编制", "2025-11-14"),
             item("贺晓东", "梳理服务器资产清单", "2025-11-06"),
             item("贺晓东", "制定下线计划", "2025-11-12"),
             item("沈嘉怡", "客户满意度调研", "2025-11-13"),
             item("陆文涛", "代码规范培训", "2025-11-10")]
    return "405-table-host-assist-cells-outlook", outlook_mail(head, blocks), gold(
        "主办 leads, 协办/协助 help; （牵头） marks the lead; ①② with the first sub-task's own date.", items)


@case
def c406():
    """Tencent Meeting AI minutes: 会议要点 with reports (同步了, 已上线), transcript '[00:12:31] 沈嘉怡: …', 待办事项, footer."""
    text = """腾讯会议 智能纪要
会议主题：3.2版本发布评审
会议时间：2025-11-05 14:00

会议要点
1. 陆文涛同步了3.2版本测试进展，阻塞缺陷已清零。
2. 搜索优化功能已上线灰度环境。
3. 会议决定3.2版本于11月12日正式发布。

待办事项
1. 贺晓东：11月11日前完成发布回滚预案
2. 沈嘉怡：11月10日前确认发布公告文案

发言摘录
[00:12:31] 沈嘉怡: 公告我周一前给大家看。
[00:25:02] 贺晓东: 回滚预案下周二前没问题。

本纪要由腾讯会议AI生成，仅供参考
"""
    head = headers(who("沈嘉怡"), [who("陆文涛"), who("贺晓东")], "3.2版本发布评审 智能纪要", "2025-11-05 16:00:00 +0800",
                   "<tmeeting-ai-1105@qiming.example.cn>", cc=[BOT["qiming"]], extra=[("X-Mailer", "Tencent Meeting")])
    items = [item("贺晓东", "完成发布回滚预案", "2025-11-11"), item("沈嘉怡", "确认发布公告文案", "2025-11-10")]
    return "406-tencent-ai-minutes", plain_mail(head, text), gold(
        "Tencent Meeting AI minutes: reports, a decision with a date, and transcript lines are no items.", items)


@case
def c407():
    """Government: （一）（二） with '牵头单位：…；配合单位：…；完成时限：…' labels inline, '责成区城管局于…前…', and
    一是…。二是…。 each on its own line."""
    text = """滨江区城市管理工作专题会议纪要

11月6日，区政府召开城市管理工作专题会议。会议议定如下：

（一）开展老旧小区消防通道清理专项行动（牵头单位：区城管局；配合单位：各街道；完成时限：11月30日前）。
（二）会议责成区住建局于11月20日前完成背街小巷路灯修复方案。
（三）会议要求：
一是区市场监管局要在11月15日前完成农贸市场食品安全抽检；
二是各街道要持续做好垃圾分类宣传。

区政府办公室
"""
    head = headers(who("范志刚"), [who("钟丽华")], "滨江区城市管理工作专题会议纪要", "2025-11-06 17:00:00 +0800",
                   "<binjiang-1106@qiming.example.cn>", cc=[BOT["qiming"]], label="gbk", extra=FOXMAIL)
    items = [item(None, "开展老旧小区消防通道清理专项行动", "2025-11-30"),
             item(None, "完成背街小巷路灯修复方案", "2025-11-20"),
             item(None, "完成农贸市场食品安全抽检", "2025-11-15")]
    return "407-government-lead-units-zecheng", plain_mail(head, text, "gbk"), gold(
        "牵头单位 labels inline, 责成 + unit + deadline, 一是…二是… on their own lines; units are no persons.", items)


@case
def c408():
    """Outlook '答复:' with this week's minutes on top of '-----Original Message-----' and last week's minutes."""
    text = """各位，本周例会纪要如下：

1. 陆文涛：11月12日前完成支付模块重构评审
2. 程雪：11月11日前提交11月费用预算

下次例会：11月17日（周一）10:00

范志刚

-----Original Message-----
From: 范志刚
Sent: Monday, November 3, 2025 4:20 PM
To: 陆文涛; 程雪
Subject: 例会纪要（11月3日）

1. 陆文涛：11月7日前完成3.2版本回归测试
2. 程雪：11月5日前核对10月报销
下次例会：11月10日（周一）10:00
"""
    head = headers(who("范志刚"), [who("陆文涛"), who("程雪")], "答复: 例会纪要（11月3日）", "2025-11-10 12:00:00 +0800",
                   "<004e01dc51f0$aa1b2c30$@qiming.example.cn>", cc=[BOT["qiming"]],
                   extra=[("In-Reply-To", "<202511031620000999@qiming.example.cn>"),
                          ("References", "<202511031620000999@qiming.example.cn>"), *OUTLOOK])
    items = [item("陆文涛", "完成支付模块重构评审", "2025-11-12"), item("程雪", "提交11月费用预算", "2025-11-11")]
    return "408-outlook-reply-new-minutes-original-message", plain_mail(head, text), gold(
        "New minutes posted as 答复: in last week's thread; the Original Message below is old.", items, fu("2025-11-17", "10:00"))


@case
def c409():
    """Gmail forward with a preface that numbers its own points; the minutes below the forwarded header."""
    text = """Team - see the notes below, esp. items 2 and 3. Two things from me:
1. please reply-all with questions;
2. keep the client out of this thread.

Olivia

---------- Forwarded message ---------
From: Emma Schulz <emma.schulz@harbor.example.com>
Date: Tue, Nov 4, 2025 at 5:10 PM
Subject: Workshop prep notes
To: Olivia Grant <olivia.grant@harbor.example.com>

Action items
- Raj Patel to prepare the data appendix by Nov 10
- Noah: print the workshop packs by Nov 12
- Emma: send the dial-in details by Nov 7
"""
    head = headers(who("Olivia Grant"), [who("Raj Patel"), who("Noah Fischer"), who("Emma Schulz")], "Fwd: Workshop prep notes",
                   "2025-11-05 09:00:00 +0800", "<fwd-workshop-1105@harbor.example.com>", cc=[BOT["harbor"]], extra=GMAIL)
    items = [item("Raj Patel", "prepare the data appendix", "2025-11-10"), item("Noah Fischer", "print the workshop packs", "2025-11-12"),
             item("Emma Schulz", "send the dial-in details", "2025-11-07")]
    return "409-gmail-forward-preface-numbers", plain_mail(head, text, "utf-8", "7bit"), gold(
        "A forward whose preface numbers requests to everyone (no items); the forwarded action items count.", items)


@case
def c410():
    """Wrapped items: a deadline on the continuation line; （责任人：程雪；时间：11月7日（周五）上午10点前）; English
    bullets wrapped under a dash."""
    text = """会后待办：
1. 陆文涛：牵头梳理订单中心与库存中心之间的接口依赖关系，输出
   接口清单和改造优先级，11月12日前完成
2. 提交10月各项目成本归集表（责任人：程雪；时间：11月7日（周五）上午10点前）
3. 贺晓东：整理近三个月的线上故障（含1）数据库 2）网络 两类），
   11月10日前形成复盘报告

- Raj Patel to reconcile the October invoices against the
  purchase orders by Nov 11
"""
    head = headers(who("范志刚"), [who("陆文涛"), who("程雪"), who("贺晓东"), who("Raj Patel")], "会后待办（11月5日）",
                   "2025-11-05 18:30:00 +0800", "<202511051830000410@qiming.example.cn>", cc=[BOT["qiming"]], extra=THUNDERBIRD)
    items = [item("陆文涛", "牵头梳理订单中心与库存中心之间的接口依赖关系，输出接口清单和改造优先级", "2025-11-12"),
             item("程雪", "提交10月各项目成本归集表", "2025-11-07", "10:00"),
             item("贺晓东", "整理近三个月的线上故障（含1）数据库 2）网络 两类），形成复盘报告", "2025-11-10"),
             item("Raj Patel", "reconcile the October invoices against the purchase orders", "2025-11-11")]
    return "410-wrapped-items-nested-brackets", plain_mail(head, text, "utf-8", "quoted-printable"), gold(
        "Wrapped items with the deadline on the continuation; a time inside nested brackets; 1）2） inside brackets.", items)


@case
def c411():
    """Repeated tasks in a table (two rows, same task, two owners and dates) and ①②③ with ② done (numbers kept)."""
    rows = [["序号", "事项", "负责人", "截止日期"],
            ["1", "提交周报", "沈嘉怡", "11月7日"],
            ["2", "提交周报", "陆文涛", "11月7日"],
            ["3", "客户回访", "沈嘉怡", "11月10日"]]
    text = ("本周事项：\n" + "\n".join(plain_rows(rows)) + "\n\n补充事项：\n① 贺晓东：11月6日前更新值班表\n"
            "② 程雪：报销系统切换――已完成\n③ 钟丽华：11月10日前组织新人培训\n\n范志刚\n")
    head = headers(who("范志刚"), [who("沈嘉怡"), who("陆文涛"), who("贺晓东"), who("钟丽华")], "本周事项",
                   "2025-11-04 09:30:00 +0800", "<202511040930000411@qiming.example.cn>", cc=[BOT["qiming"]], extra=FOXMAIL)
    items = [item("沈嘉怡", "提交周报", "2025-11-07"), item("陆文涛", "提交周报", "2025-11-07"),
             item("沈嘉怡", "客户回访", "2025-11-10"), item("贺晓东", "更新值班表", "2025-11-06"),
             item("钟丽华", "组织新人培训", "2025-11-10")]
    return "411-repeated-tasks-table-and-circled", plain_mail(head, text), gold(
        "The same task for two owners in a table is two items; ② done.", items)


@case
def c412():
    """Next meeting sentences: '下周一老时间见' (会议时间 15:30)."""
    text = """项目组会纪要
会议时间：2025年11月5日 15:30-16:30

1. 沈嘉怡：11月7日前确认需求变更范围
2. 陆文涛：11月10日前给出排期

下周一老时间见。
"""
    head = headers(who("沈嘉怡"), [who("陆文涛")], "项目组会纪要", "2025-11-05 17:00:00 +0800",
                   "<202511051700000412@qiming.example.cn>", cc=[BOT["qiming"]], extra=FOXMAIL)
    items = [item("沈嘉怡", "确认需求变更范围", "2025-11-07"), item("陆文涛", "给出排期", "2025-11-10")]
    return "412-next-meeting-old-time-next-monday", plain_mail(head, text), gold(
        "'下周一老时间见' -> next Monday 11-10 at this meeting's 15:30.", items,
        fu(expect("下周一", next_weekday(D(2025, 11, 5), 0), "2025-11-10"), "15:30"))


@case
def c413():
    """'明早9点再对一下' sent at 22:30; '后续会议定于11月12日（周三）下午3点召开' in another mail style."""
    text = """线上故障处理简报：
1. 贺晓东：今晚24点前完成数据库主从切换
2. 陆文涛：明天中午12点前提交故障报告

明早9点再对一下进展。
"""
    head = headers(who("贺晓东"), [who("陆文涛"), who("范志刚")], "线上故障处理简报", "2025-11-05 22:30:00 +0800",
                   "<202511052230000413@qiming.example.cn>", cc=[BOT["qiming"]], extra=FOXMAIL)
    items = [item("贺晓东", "完成数据库主从切换", "2025-11-05", "23:59"),
             item("陆文涛", "提交故障报告", "2025-11-06", "12:00")]
    return "413-next-meeting-tomorrow-morning-sentence", plain_mail(head, text), gold(
        "'明早9点再对一下进展' -> 11-06 09:00. (今晚24点 -> 23:59 of the day.)", items, fu("2025-11-06", "09:00"))


@case
def c414():
    """'后续会议定于11月12日（周三）下午3点召开'."""
    text = """各位：

需求评审会纪要如下：
一、评审结论
会员体系改版需求评审通过。

二、后续工作
1. 沈嘉怡：11月7日前补充埋点需求
2. 陆文涛：11月11日前完成技术方案

三、后续会议定于11月12日（周三）下午3点召开，地点另行通知。
"""
    head = headers(who("沈嘉怡"), [who("陆文涛"), who("范志刚")], "需求评审会纪要", "2025-11-05 18:00:00 +0800",
                   "<202511051800000414@qiming.example.cn>", cc=[BOT["qiming"]], extra=FOXMAIL)
    items = [item("沈嘉怡", "补充埋点需求", "2025-11-07"), item("陆文涛", "完成技术方案", "2025-11-11")]
    return "414-next-meeting-section-sentence", plain_mail(head, text), gold(
        "'三、后续会议定于11月12日（周三）下午3点召开' -> 11-12 15:00.", items, fu("2025-11-12", "15:00"))


@case
def c415():
    """English: "Let's reconvene Thursday at 2pm EDT" from New York (Date -0500): 02:00+08:00 Friday in Shanghai."""
    text = """Hi all,

Action items:
- Olivia: share the pricing options by Nov 6
- Raj Patel to send the model assumptions by Nov 7

Let's reconvene Thursday Nov 6 at 9am EST.

Olivia
"""
    head = headers(who("Olivia Grant"), [who("Raj Patel"), who("Emma Schulz")], "Pricing call actions", "2025-11-04 10:00:00 -0500",
                   "<pricing-1104@harbor.example.com>", cc=[BOT["harbor"]], extra=GMAIL)
    items = [item("Olivia Grant", "share the pricing options", "2025-11-06"),
             item("Raj Patel", "send the model assumptions", "2025-11-07")]
    return "415-english-reconvene-est", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'reconvene Thursday Nov 6 at 9am EST' = 14:00 UTC = 22:00 in Shanghai.", items, fu("2025-11-06", "22:00"))


@case
def c416():
    """外部沟通跟进表 as a tab table with two rows, each with ①② in 解决方案/进展 and its own 负责人 and 下次沟通时间."""
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2025-11-05", "2025-11-05", "云帆科技/李经理", "产品部/沈嘉怡", "客户", "需要开放订单导出接口",
             "①研发部评估接口开发工作量（11月7日前）②11月10日回复客户排期", "2025-11-10", "沈嘉怡"],
            ["EC2025-11-05-2", "2025-11-05", "数安云/王主管", "运维部/贺晓东", "供应商", "证书续费价格上调",
             "①11月6日前比价两家备选供应商②与财务部确认预算", "2025-11-10", "贺晓东"]]
    text = "范总：\n\n今天两场外部沟通的跟进如下：\n\n外部沟通跟进表\n" + "\n".join(plain_rows(rows)) + "\n\n沈嘉怡\n"
    head = headers(who("沈嘉怡"), [who("范志刚")], "外部沟通跟进表（11月5日）", "2025-11-05 17:40:00 +0800",
                   "<202511051740000416@qiming.example.cn>", cc=[who("贺晓东"), BOT["qiming"]], label="gbk", extra=FOXMAIL)
    items = [item("沈嘉怡", "研发部评估接口开发工作量", "2025-11-07"), item("沈嘉怡", "回复客户排期", "2025-11-10"),
             item("贺晓东", "比价两家备选供应商", "2025-11-06"), item("贺晓东", "与财务部确认预算", None)]
    return "416-seed-external-followup-two-rows", plain_mail(head, text, "gbk"), gold(
        "Seed 外部沟通跟进表, two rows: ①② items owned by each row's 负责人 (研发部评估… names a department as the doer "
        "but the row's 负责人 answers for it, as in the seed); 下次沟通时间 10 Nov.", items, fu("2025-11-10"))


@case
def c417():
    """问题协调解决记录表 (seed 003 columns) in Outlook HTML: 责任人 owns, 计划解决时间 is the due, a solved row."""
    rows = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间", "实际解决时间",
             "解决方案"],
            ["P2025-1101", "APP支付失败率上升", "客服部", "2025-11-03", "高", "全部用户", "研发部", "陆文涛", "2025-11-06", "",
             "排查支付网关超时配置"],
            ["P2025-1102", "报表导出乱码", "财务部", "2025-11-03", "中", "财务部", "研发部", "陆文涛", "2025-11-04", "2025-11-04",
             "已修复编码"],
            ["P2025-1103", "监控告警延迟", "运维部", "2025-11-04", "中", "运维部", "运维部", "贺晓东", "2025-11-10", "",
             "升级告警组件"]]
    blocks = ["各位：", "", "本周问题协调解决记录如下：", "", ("b", "问题协调解决记录表"), ("table", rows), "", "范志刚"]
    head = headers(who("范志刚"), [who("陆文涛"), who("贺晓东")], "问题协调解决记录（第45周）", "2025-11-05 10:00:00 +0800",
                   "<005f01dc4e22$bb2c3d40$@qiming.example.cn>", cc=[BOT["qiming"]], extra=OUTLOOK)
    items = [item("陆文涛", "排查支付网关超时配置", "2025-11-06"), item("贺晓东", "升级告警组件", "2025-11-10")]
    return "417-seed-issue-tracking-table-outlook", outlook_mail(head, blocks), gold(
        "Seed 问题协调解决记录表: 解决方案 is the task, 责任人 the owner, 计划解决时间 the due; a row with 实际解决时间 "
        "and '已修复' is solved.", items)

def main() -> int:
    only_check = "--check" in sys.argv
    CHECKS.clear()
    built = [fn() for fn in CASES]
    problems = check_dates()
    slugs = [slug for slug, _, _ in built]
    if len(set(slugs)) != len(slugs):
        problems.append("duplicate slugs")
    for problem in problems:
        print("GOLD DATE MISMATCH", problem)
    if only_check:
        return 1 if problems else 0
    for slug, raw, answer in built:
        (HERE / f"{slug}.eml").write_bytes(raw)
        (HERE / f"{slug}.json").write_text(json.dumps(answer, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(built)} cases written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
