#!/usr/bin/env python3
"""Write the minutes2 set: 1NN-slug.eml (the bytes a mail server stores) + 1NN-slug.json (the gold), issue #12.

    python3 tests/data/minutes2/make_minutes2.py          # rewrite every case beside this file
    python3 tests/data/minutes2/make_minutes2.py --check  # only check the gold dates against the calendar

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
EXTERNAL = {"魏建": "weijian@lanwan.example.cn", "王磊": "wanglei@lanwan.example.cn", "王芳": "wangfang@lanwan.example.cn",
            "钱素琴": "qiansuqin@mingde.example.edu.cn", "Lisa Chen": "lisa.chen@northwind.example.com",
            "Marco Rossi": "marco.rossi@northwind.example.com", "Tom Becker": "tom.becker@northwind.example.com",
            "严可欣": "yankexin@hengda-law.example.cn", "Jonas Vogel": "jonas.vogel@kranich.example.de"}
BOT = {"lanwan": ("纪要助手", "minutes@lanwan.example.cn"), "mingde": ("纪要助手", "minutes@mingde.example.edu.cn"),
       "northwind": ("minutebot", "minutes@northwind.example.com")}


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


# == 1. owners written with a role or title ========================================================================

@case
def c101():
    """Roles before the name (仓储主管韦志远：, 安保科魏建：, 财务BP小林：, 调度员鲍春明：) and 王工负责…: the person is
    the name; 王工 = the one Cc person surnamed 王; 鲍春明 is known to nobody but is still a name."""
    text = """各位好，

10月13日上午仓储运营周会纪要如下：

一、本周重点
双十一备货量预计比去年增加30%，B区库位紧张。

二、待办事项
1. 仓储主管韦志远：10月17日前完成双十一备货库位规划
2. 安保科魏建：本周五前更换B区监控硬盘
3. 财务BP小林：10月20日前提交三季度仓储费用分摊表
4. 王工负责叉车充电桩线路改造，10月24日前完成
5. 运输调度员鲍春明：明天上午10点前确认干线车辆排班

三、下次会议
10月20日（周一）上午9:30，仓储部会议室。

仓储部 何志强
"""
    sent = D(2025, 10, 13)
    head = headers(who("何志强"), [who("韦志远"), who("林晓")], "仓储运营周会纪要（10月13日）", "2025-10-13 11:02:15 +0800",
                   "<202510131102150311@lanwan.example.cn>", cc=[who("魏建"), who("王磊"), BOT["lanwan"]], extra=FOXMAIL)
    items = [item("韦志远", "完成双十一备货库位规划", "2025-10-17"),
             item("魏建", "更换B区监控硬盘", expect("本周五", this_or_next(sent, 4), "2025-10-17")),
             item("林晓", "提交三季度仓储费用分摊表", "2025-10-20"),
             item("王磊", "叉车充电桩线路改造", "2025-10-24"),
             item("鲍春明", "确认干线车辆排班", "2025-10-14", "10:00")]
    return "101-role-before-name-foxmail", plain_mail(head, text), gold(
        "Owners written with a role first (仓储主管, 安保科, 财务BP, 运输调度员): the owner is the name. 小林 = the "
        "roster's 林晓; 王工 = the one To/Cc person surnamed 王 (王磊, not in the roster); 鲍春明 is in no header and "
        "no roster: named as written, no address. Sent Mon 10-13: 本周五 = 10-17, 明天上午10点 = 10-14 10:00.",
        items, fu("2025-10-20", "09:30"))


@case
def c102():
    """A school's Outlook HTML minutes: 初三年级组长孔令辉：, 钱老师：(the Cc 钱素琴), 教务处副主任周敏负责…,
    信息中心技术员蒋一帆：(nobody knows him), 各班主任 (everyone: no owner)."""
    blocks = [("b", "明德中学初三年级期中工作协调会纪要"), "会议时间：2025年10月15日 15:00-16:20",
              "参会人员：周敏、孔令辉、钱素琴、各班班主任", "",
              ("b", "会议议定："),
              "（一）初三年级组长孔令辉：10月24日前上交期中考试质量分析报告。",
              "（二）钱老师：本周四前整理物理竞赛报名名单并报教务处。",
              "（三）教务处副主任周敏负责排定期中监考安排表，10月20日前发布。",
              "（四）信息中心技术员蒋一帆：周五前修复录播教室投影仪。",
              "（五）各班主任于10月17日前完成家长会通知发放。", "",
              "下次协调会：10月29日（周三）15:00。", "", "初三年级组"]
    sent = D(2025, 10, 15)
    head = headers(who("孔令辉"), [who("周敏"), who("钱素琴")], "初三年级期中工作协调会纪要", "2025-10-15 16:41:09 +0800",
                   "<000c01dc3d9e$8a1b2c30$9e518490$@mingde.example.edu.cn>", cc=[BOT["mingde"]], extra=OUTLOOK)
    items = [item("孔令辉", "上交期中考试质量分析报告", "2025-10-24"),
             item("钱素琴", "整理物理竞赛报名名单并报教务处", expect("本周四", this_or_next(sent, 3), "2025-10-16")),
             item("周敏", "排定期中监考安排表，发布", "2025-10-20"),
             item("蒋一帆", "修复录播教室投影仪", expect("周五", this_or_next(sent, 4), "2025-10-17")),
             item(None, "完成家长会通知发放", "2025-10-17")]
    return "102-school-titles-outlook-gb2312", outlook_mail(head, blocks), gold(
        "Outlook gb2312 HTML. 会议议定 lines that give a person work with a date are items. Titles: 初三年级组长, "
        "教务处副主任, 信息中心技术员 before the name; 钱老师 = the one To person surnamed 钱 (钱素琴). 各班主任 is every "
        "class teacher: no owner. Sent Wed 10-15: 本周四 = 10-16, 周五 = 10-17.", items, fu("2025-10-29", "15:00"))


@case
def c103():
    """English roles before the name: 'Product owner Lisa - …', 'QA lead Marco Rossi: …', 'Eng manager Priya to …'."""
    text = """Hi all,

Notes from today's release readiness meeting.

Attendees: Priya, Marco, Lisa, Tom, Dana

Decisions
- We ship 4.2 to the beta channel first.

Action items
- Product owner Lisa - finalize the onboarding copy by Mar 6
- QA lead Marco Rossi: full regression pass on build 4.2 by Friday
- Eng manager Priya to confirm the on-call rota by Mar 9
- Designer Tom: export the new icon set, due Mar 5
- Release captain Dana Kim - draft the release notes by Thursday

Next check-in: Wed Mar 11, 3pm

Thanks,
Ben
"""
    sent = D(2026, 3, 3)
    head = headers(who("Ben Carter"), [who("Marco Rossi"), who("Tom Becker"), who("Priya Nair"), who("Dana Kim")],
                   "Release readiness - notes & actions", "2026-03-03 18:05:44 +0800",
                   "<CAJx7Lr0-release-readiness-0303@mail.gmail.com>", cc=[who("Lisa Chen"), BOT["northwind"]], extra=GMAIL)
    items = [item("Lisa Chen", "finalize the onboarding copy", "2026-03-06"),
             item("Marco Rossi", "full regression pass on build 4.2", expect("by Friday", this_or_next(sent, 4), "2026-03-06")),
             item("Priya Nair", "confirm the on-call rota", "2026-03-09"),
             item("Tom Becker", "export the new icon set", "2026-03-05"),
             item("Dana Kim", "draft the release notes", expect("by Thursday", this_or_next(sent, 3), "2026-03-05"))]
    return "103-english-roles-before-name-gmail", plain_mail(head, text, "utf-8", "quoted-printable"), gold(
        "Gmail English: a role or title precedes each owner (Product owner, QA lead, Eng manager, Designer, Release "
        "captain). Lisa = the Cc Lisa Chen; Tom = the To Tom Becker. Sent Tue 03-03: Friday 03-06, Thursday 03-05.",
        items, fu("2026-03-11", "15:00"))


@case
def c104():
    """张总牵头…, 黄总：…, 采购专员邱婷婷：…, 法务顾问严律师：(the Cc 严可欣), 设备工程师汤文斌负责… (unknown)."""
    text = """会议纪要：冷链仓储设备采购评审会
时间：10月16日 9:30
地点：总部三楼会议室

会议结论：
1. 同意采购两台冷库温控系统，预算不超过80万元。

后续工作：
1. 张总牵头与供应商进行最终价格谈判，10月22日前给出结论。
2. 黄总：下周一前确认冷库选址方案。
3. 采购专员邱婷婷：10月21日前完成三家供应商资质复核。
4. 法务顾问严律师：10月24日前出具采购合同审核意见。
5. 设备工程师汤文斌负责编写设备验收标准，10月31日前提交。

采购部
"""
    sent = D(2025, 10, 16)
    head = headers(who("邱婷婷"), [who("张建国"), who("黄海波"), who("何志强")], "冷链仓储设备采购评审会纪要",
                   "2025-10-16 11:20:31 +0800", "<202510161120312205@lanwan.example.cn>",
                   cc=[who("严可欣"), BOT["lanwan"]], label="gbk", extra=FOXMAIL)
    items = [item("张建国", "与供应商进行最终价格谈判，给出结论", "2025-10-22"),
             item("黄海波", "确认冷库选址方案", expect("下周一", next_weekday(sent, 0), "2025-10-20")),
             item("邱婷婷", "完成三家供应商资质复核", "2025-10-21"),
             item("严可欣", "出具采购合同审核意见", "2025-10-24"),
             item("汤文斌", "编写设备验收标准，提交", "2025-10-31")]
    return "104-surname-titles-foxmail-gbk", plain_mail(head, text, "gbk"), gold(
        "Foxmail GBK. 张总 = 张建国, 黄总 = 黄海波 (each the one roster/To person with that surname); 严律师 = the Cc "
        "严可欣 (律师 is a title too); 设备工程师汤文斌 is known to nobody. The 会议结论 line is a decision. Sent Thu "
        "10-16: 下周一 = 10-20.", items)


# == 2. English action-item conventions ============================================================================

@case
def c105():
    """AI: Martin to …, Action: Ben - …, ACTION ITEM (Dana): …, - [ ] @priya …, and a ticked [x] line."""
    text = """Platform sync - Nov 3

Discussion
- Martin presented the new deploy pipeline; p95 latency is down 20%.
- Dana reported that the cost review is done.

Action items
AI: Martin to migrate the staging cluster to the new pipeline by Nov 7
Action: Ben - update the runbook for the failover drill, due Nov 10
ACTION ITEM (Dana): share the Q4 cost forecast with finance by Wednesday
- [ ] @priya review the alerting thresholds by Nov 12
- [x] @ben rotate the API keys

Next sync: Monday Nov 10, 10:00
"""
    sent = D(2025, 11, 3)
    head = headers(who("Ben Carter"), [who("Martin Weber"), who("Dana Kim"), who("Priya Nair")], "Platform sync - Nov 3",
                   "2025-11-03 17:30:02 +0800", "<8f2c1d0e-5a6b-4c7d-9e8f-platform-sync@northwind.example.com>",
                   cc=[BOT["northwind"]], extra=THUNDERBIRD)
    items = [item("Martin Weber", "migrate the staging cluster to the new pipeline", "2025-11-07"),
             item("Ben Carter", "update the runbook for the failover drill", "2025-11-10"),
             item("Dana Kim", "share the Q4 cost forecast with finance", expect("by Wednesday", this_or_next(sent, 2), "2025-11-05")),
             item("Priya Nair", "review the alerting thresholds", "2025-11-12")]
    return "105-english-ai-action-conventions", plain_mail(head, text, "utf-8", "7bit"), gold(
        "Thunderbird plain text. The usual action prefixes: 'AI: X to …', 'Action: X - …', 'ACTION ITEM (X): …', "
        "'- [ ] @x …'; the ticked '- [x]' line is done. Discussion lines (presented, reported … done) are no items. "
        "Sent Mon 11-03: Wednesday = 11-05.", items, fu("2025-11-10", "10:00"))


@case
def c106():
    """'Name (Company) - task, due …' lines and Task:/Owner:/Due: blocks, one of them 'Owner: X / Due: Y' on one line."""
    text = """Hello all,

Minutes of the joint logistics review (Lanwan / Northwind).

Follow-ups
Lisa Chen (Northwind) - send the revised SLA draft, due Nov 12
Ben Carter (Northwind) - confirm the pallet label format, due Friday
韦志远 (Lanwan) - share the Q4 warehouse capacity plan, due Nov 14

Open items
Task: Align the customs broker cut-off times
Owner: Martin Weber
Due: Nov 11

Task: Prepare the joint KPI dashboard mock-up
Owner: Dana Kim / Due: Nov 19

Next call: Wed Nov 19, 10:00

Regards,
Ben Carter
"""
    sent = D(2025, 11, 5)
    head = headers(who("Ben Carter"), [who("Lisa Chen"), who("韦志远"), who("Martin Weber"), who("Dana Kim")],
                   "Joint logistics review - minutes", "2025-11-05 16:12:40 +0800",
                   "<DB9PR03MB7-joint-review-1105@northwind.example.com>", cc=[BOT["northwind"]], extra=OUTLOOK[:1])
    items = [item("Lisa Chen", "send the revised SLA draft", "2025-11-12"),
             item("Ben Carter", "confirm the pallet label format", expect("due Friday", this_or_next(sent, 4), "2025-11-07")),
             item("韦志远", "share the Q4 warehouse capacity plan", "2025-11-14"),
             item("Martin Weber", "Align the customs broker cut-off times", "2025-11-11"),
             item("Dana Kim", "Prepare the joint KPI dashboard mock-up", "2025-11-19")]
    return "106-english-company-dash-owner-blocks", plain_mail(head, text, "utf-8", "quoted-printable"), gold(
        "Outlook English plain. 'Name (Company) - task, due …': the company in brackets is no owner. Task:/Owner:/Due: "
        "blocks, the last with 'Owner: X / Due: Y' on one line. Sent Wed 11-05: due Friday = 11-07.",
        items, fu("2025-11-19", "10:00"))


@case
def c107():
    """Numbered 'AI (Martin): …', 'Action - Priya: …', '[Action] Dana Kim to …', 'TODO Ben - … (due …)'; the next
    call in a stated zone (10:00 CEST = 16:00 in Shanghai)."""
    blocks = ["Hi team,", "", ("b", "Weekly ops call - June 2"), "",
              ("b", "Action Items:"),
              "1. AI (Martin): renew the TLS certificates on the edge proxies - by Jun 5",
              "2. Action - Priya: publish the incident postmortem, due Jun 8",
              "3. [Action] Dana Kim to book the offsite venue by Jun 12",
              "4. TODO Ben - fill in the vendor security questionnaire (due Jun 10)", "",
              "Next call: Tue Jun 9, 10:00 CEST (16:00 Beijing)", "", "Jonas"]
    head = headers(who("Jonas Vogel"), [who("Martin Weber"), who("Priya Nair"), who("Dana Kim"), who("Ben Carter")],
                   "Weekly ops call - action items", "2026-06-02 11:40:12 +0200",
                   "<AM6PR07MB5-ops-call-0602@kranich.example.de>", cc=[BOT["northwind"]], label="utf-8", extra=OUTLOOK[:1])
    items = [item("Martin Weber", "renew the TLS certificates on the edge proxies", "2026-06-05"),
             item("Priya Nair", "publish the incident postmortem", "2026-06-08"),
             item("Dana Kim", "book the offsite venue", "2026-06-12"),
             item("Ben Carter", "fill in the vendor security questionnaire", "2026-06-10")]
    return "107-english-ai-parens-cest-outlook", outlook_mail(head, blocks, "utf-8"), gold(
        "Outlook HTML from a German partner (+0200). Action prefixes with the owner in brackets, after a dash, in "
        "square brackets and after TODO. 'Next call: Tue Jun 9, 10:00 CEST (16:00 Beijing)': the stated zone wins, "
        "16:00 in Shanghai.", items, fu("2026-06-09", "16:00"))


# == 3. grouped by person, 主责/配合, ①② cells ======================================================================

@case
def c108():
    """Minutes grouped by person: 【韦志远】 / 【林晓】 headings and '魏建：' alone on a line, items below each."""
    text = """仓储部周会纪要（10月14日）

【韦志远】
- 10月17日前完成冷库区域温湿度传感器校准
- 周五前提交B区货架改造报价

【林晓】
· 10月20日前核对9月仓储租金发票
· 整理供应商付款计划（10月22日前）

魏建：
1）10月16日前完成消防通道巡检
2）周四前更新门禁授权名单

何志强
"""
    sent = D(2025, 10, 14)
    head = headers(who("何志强"), [who("韦志远"), who("林晓"), who("魏建")], "仓储部周会纪要（10月14日）",
                   "2025-10-14 17:48:03 +0800", "<tencent_6A1B2C3D4E5F@qq-exmail.lanwan.example.cn>",
                   cc=[BOT["lanwan"]], extra=[("X-QQ-mid", "bizesmtp21t1760435283t5k2")])
    items = [item("韦志远", "完成冷库区域温湿度传感器校准", "2025-10-17"),
             item("韦志远", "提交B区货架改造报价", expect("周五", this_or_next(sent, 4), "2025-10-17")),
             item("林晓", "核对9月仓储租金发票", "2025-10-20"),
             item("林晓", "整理供应商付款计划", "2025-10-22"),
             item("魏建", "完成消防通道巡检", "2025-10-16"),
             item("魏建", "更新门禁授权名单", expect("周四", this_or_next(sent, 3), "2025-10-16"))]
    return "108-grouped-by-person-exmail", plain_mail(head, text, "utf-8", "base64"), gold(
        "Tencent Exmail plain: a heading per person (【name】, or 'name：' alone on a line), the items below it are "
        "that person's. Sent Tue 10-14: 周五 = 10-17, 周四 = 10-16.", items)


@case
def c109():
    """English minutes grouped by owner: a name alone on a line (with or without a colon), indented bullets below."""
    text = """Action items by owner:

Martin Weber
  - finish the Terraform module for the queue service by Nov 6
  - pair with Ben on the failover test, due Nov 7

Dana:
  * send the budget variance report by Wednesday
  * book the Q1 planning room by Nov 14

Priya Nair
  - review the hiring loop feedback by Friday

Cheers,
Ben
"""
    sent = D(2025, 11, 3)
    head = headers(who("Ben Carter"), [who("Martin Weber"), who("Dana Kim"), who("Priya Nair")], "Actions from Monday's sync",
                   "2025-11-03 19:02:55 +0800", "<CAB1x9-actions-by-owner-1103@mail.gmail.com>", cc=[BOT["northwind"]],
                   extra=GMAIL)
    items = [item("Martin Weber", "finish the Terraform module for the queue service", "2025-11-06"),
             item("Martin Weber", "pair with Ben on the failover test", "2025-11-07"),
             item("Dana Kim", "send the budget variance report", expect("by Wednesday", this_or_next(sent, 2), "2025-11-05")),
             item("Dana Kim", "book the Q1 planning room", "2025-11-14"),
             item("Priya Nair", "review the hiring loop feedback", expect("by Friday", this_or_next(sent, 4), "2025-11-07"))]
    return "109-english-grouped-by-owner-gmail", plain_mail(head, text, "utf-8", "7bit"), gold(
        "Gmail English, grouped by owner: 'Martin Weber' / 'Dana:' alone on a line, bullets below; 'pair with Ben' "
        "does not make Ben the owner. Sent Mon 11-03.", items)


@case
def c110():
    """Outlook HTML table: 主责：何志强；配合：邱婷婷、林晓 in one cell, 魏建（主责）、王磊（配合）, 牵头：黄海波 配合：…,
    and a task cell with ①② sub-tasks under one row due."""
    rows = [["序号", "工作事项", "责任人", "完成时间"],
            ["1", "双十一临时仓租赁谈判", "配合：邱婷婷、林晓；主责：何志强", "10月24日"],
            ["2", "①核对B区库存差异②输出差异分析报告", "韦志远", "10月21日"],
            ["3", "叉车驾驶员安全培训", "王磊（配合）、魏建（主责）", "10月28日"],
            ["4", "运输车辆GPS设备更换", "牵头：黄海波  配合：鲍春明", "10月31日"]]
    blocks = ["各位：", "", "双十一专项协调会议定事项如下，请各责任人按时推进。", "", ("table", rows), "",
              "下次会议时间待定。", "", "何志强"]
    head = headers(who("何志强"), [who("邱婷婷"), who("林晓"), who("韦志远"), who("黄海波")], "双十一专项协调会纪要",
                   "2025-10-15 15:30:21 +0800", "<001a01dc3d94$5c6d7e80$15294380$@lanwan.example.cn>",
                   cc=[who("魏建"), who("王磊"), BOT["lanwan"]], extra=OUTLOOK)
    items = [item("何志强", "双十一临时仓租赁谈判", "2025-10-24"),
             item("韦志远", "核对B区库存差异", "2025-10-21"),
             item("韦志远", "输出差异分析报告", "2025-10-21"),
             item("魏建", "叉车驾驶员安全培训", "2025-10-28"),
             item("黄海波", "运输车辆GPS设备更换", "2025-10-31")]
    return "110-table-lead-support-cells-outlook", outlook_mail(head, blocks), gold(
        "Outlook gb2312 table. The 主责/牵头 person owns the row, 配合 people do not, whichever is written first. A "
        "task cell with ①② is two items with the row's due. '下次会议时间待定' -> no follow-up.", items)


@case
def c111():
    """Tab table from WPS mail: 孔令辉牵头，钱素琴、周敏配合; 主责：蒋一帆 / 配合：孔令辉; a ①② cell whose second
    sub-task carries its own date."""
    rows = [["事项", "负责人", "截止时间"],
            ["校运会筹备", "孔令辉牵头，钱素琴、周敏配合", "10月30日"],
            ["①打印期中成绩单②10月20日前完成家长签字回收", "周敏", "10月24日"],
            ["期中考试考场布置", "配合：孔令辉 / 主责：蒋一帆", "10月27日"]]
    text = "各位老师：\n\n本周教务会待办如下：\n\n" + "\n".join(plain_rows(rows)) + "\n\n下次教务会：10月23日（周四）16:00\n\n教务处\n"
    head = headers(who("周敏"), [who("孔令辉"), who("钱素琴")], "教务会待办（10月16日）", "2025-10-16 17:05:00 +0800",
                   "<2025101617050012@mingde.example.edu.cn>", cc=[BOT["mingde"]], extra=[("X-Mailer", "WPS Mail 1.0")])
    items = [item("孔令辉", "校运会筹备", "2025-10-30"),
             item("周敏", "打印期中成绩单", "2025-10-24"),
             item("周敏", "完成家长签字回收", "2025-10-20"),
             item("蒋一帆", "期中考试考场布置", "2025-10-27")]
    return "111-tab-table-lead-support-wps", plain_mail(head, text, "utf-8", "base64"), gold(
        "Plain tab table. '孔令辉牵头，钱素琴、周敏配合' -> 孔令辉; '配合：孔令辉 / 主责：蒋一帆' -> 蒋一帆 (known to nobody). "
        "A ①② cell: ① takes the row's due, ② its own 10月20日.", items, fu("2025-10-23", "16:00"))


# == 4. things that look like items and are not ======================================================================

@case
def c112():
    """DingTalk AI minutes (钉钉闪记 智能纪要): summary with reports, chapter time stamps, a transcript '00:21 何志强：“…”',
    then 待办事项, and the 'AI生成' footer: only the 待办 section holds items."""
    text = """【钉钉闪记】双十一备货协调会 智能纪要

会议时间：2025-10-16 14:00-15:10
参会人：何志强、韦志远、林晓、邱婷婷

一、会议摘要
本次会议围绕双十一备货进行讨论。韦志远汇报了B区库位改造进度，已完成60%。林晓已完成三季度费用核算测试。会议决定临时仓租赁预算上限为50万元。

二、章节速览
00:00 开场与议程
05:12 库位改造进度
21:40 费用与预算

三、发言记录
00:21 何志强：“今天主要把备货的几件事定下来，大家尽快推进。”
05:12 韦志远：“B区货架下周三前能改完。”
21:40 林晓：“费用表我10月20日前发出来。”

四、待办事项
1. 韦志远：10月22日前完成B区货架改造并验收
2. 邱婷婷：10月20日前确认临时仓租赁合同条款
3. 林晓：10月21日前提交双十一备货资金计划

内容由AI生成，仅供参考
"""
    head = headers(who("何志强"), [who("韦志远"), who("林晓"), who("邱婷婷")], "双十一备货协调会 智能纪要",
                   "2025-10-16 18:30:44 +0800", "<dingtalk-minutes-7a8b9c0d1e2f@lanwan.example.cn>", cc=[BOT["lanwan"]],
                   extra=[("X-Mailer", "DingTalk Mail")])
    items = [item("韦志远", "完成B区货架改造并验收", "2025-10-22"),
             item("邱婷婷", "确认临时仓租赁合同条款", "2025-10-20"),
             item("林晓", "提交双十一备货资金计划", "2025-10-21")]
    return "112-dingtalk-ai-minutes-transcript", plain_mail(head, text, "utf-8", "base64"), gold(
        "DingTalk AI minutes: 汇报了 / 已完成 in the summary are reports; the transcript lines '05:12 韦志远：“…下周三前…”' "
        "are speech, not items; only 待办事项 counts. No next meeting.", items)


@case
def c113():
    """Feishu AI minutes as HTML only: 总结 (reports), 待办 with 'name task（date）' and '@name', 要点 rules, AI footer."""
    html = """<html><body><div style="font-family:PingFang SC">
<h2>智能会议纪要 | 供应商月度复盘</h2>
<p>会议时间：2025年10月17日 10:00-11:00</p>
<h3>总结</h3>
<ul><li>会议回顾了9月供应商交付表现，准时率92%。</li>
<li>邱婷婷介绍了新供应商准入流程，已完成试点测试。</li></ul>
<h3>待办</h3>
<ul><li>何志强 完成供应商年度评级方案（10月24日）</li>
<li>邱婷婷 10月22日前发起两家备选供应商的现场审核</li>
<li>@林晓 核对9月供应商对账差异 10月20日前</li></ul>
<h3>要点</h3>
<ul><li>准时率低于90%的供应商自11月1日起列入观察名单。</li></ul>
<p style="color:#999">智能纪要由 AI 生成，可能存在错误，请核实</p>
</div></body></html>
"""
    head = headers(who("邱婷婷"), [who("何志强"), who("林晓")], "供应商月度复盘 智能会议纪要", "2025-10-17 11:32:08 +0800",
                   "<feishu-vc-minutes-20251017113208@lanwan.example.cn>", cc=[BOT["lanwan"]],
                   extra=[("X-Mailer", "Feishu Mail")])
    raw = message(head, leaf("text/html", html, "utf-8", "base64"))
    items = [item("何志强", "完成供应商年度评级方案", "2025-10-24"),
             item("邱婷婷", "发起两家备选供应商的现场审核", "2025-10-22"),
             item("林晓", "核对9月供应商对账差异", "2025-10-20")]
    return "113-feishu-ai-minutes-html", raw, gold(
        "Feishu AI minutes, HTML only: 总结 reports (介绍了, 已完成) and a 要点 rule with a date are no items; the 待办 "
        "list names the owner first (with a space) or @-mentions them.", items)


@case
def c114():
    """English: Updates (presented, has completed, reported), Decisions with dates and rules, then Action items."""
    text = """Q4 kickoff notes

Updates
- Priya presented the hiring plan for Q4.
- Martin has completed the load tests on the new cluster.
- Dana reported that the vendor contracts were signed on Oct 30.

Decisions
- Code freeze starts Dec 15.
- Every PR needs two approvals from now on.

Action items
- Martin Weber to write the capacity report by Nov 10
- Dana: circulate the signed contracts to legal by Nov 5
"""
    head = headers(who("Ben Carter"), [who("Priya Nair"), who("Martin Weber"), who("Dana Kim")], "Q4 kickoff notes",
                   "2025-11-03 12:10:00 +0800", "<q4-kickoff-notes-1103@northwind.example.com>", cc=[BOT["northwind"]],
                   extra=THUNDERBIRD)
    items = [item("Martin Weber", "write the capacity report", "2025-11-10"),
             item("Dana Kim", "circulate the signed contracts to legal", "2025-11-05")]
    return "114-english-updates-decisions-actions", plain_mail(head, text, "utf-8", "7bit"), gold(
        "Reports of what was done (presented, has completed, reported … were signed) and decisions (a freeze date, a "
        "rule) are no items; only the action items are.", items)


@case
def c115():
    """One numbered list with no headings: reports (汇报了, 已完成…测试), a rule (会议明确：自…起…), then items."""
    text = """各位，今天例会情况如下：
1. 韦志远汇报了10月库存周转情况，周转天数降至18天。
2. 魏建已完成10月消防设施联动测试，无异常。
3. 会议明确：自11月10日起，出库单须经双人复核。
4. 林晓：11月10日前完成10月仓储成本核算。
5. 邱婷婷负责与冷链供应商续签合同，11月14日前完成。
6. 鲍春明：11月7日前提交车辆年检计划。

何志强
"""
    head = headers(who("何志强"), [who("韦志远"), who("魏建"), who("林晓"), who("邱婷婷")], "11月5日例会纪要",
                   "2025-11-05 16:00:12 +0800", "<202511051600123344@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("林晓", "完成10月仓储成本核算", "2025-11-10"),
             item("邱婷婷", "与冷链供应商续签合同", "2025-11-14"),
             item("鲍春明", "提交车辆年检计划", "2025-11-07")]
    return "115-numbered-reports-rule-items-mixed", plain_mail(head, text), gold(
        "One numbered list: 1-2 report finished work (汇报了, 已完成…测试), 3 is a rule with a start date (会议明确：自…起); "
        "4-6 are items. Minutes' own numbering: 4, 5, 6.", items, numbers=[4, 5, 6])


# == 5. government and SOE styles ===================================================================================

@case
def c116():
    """Government 一是…二是…三是… in one paragraph; units (区应急管理局) own items; a unit directive without a date is
    no item; '下一步，X要在…前完成…'."""
    text = """关于秋冬季安全生产工作的会议纪要

10月13日，副区长主持召开秋冬季安全生产工作调度会，区应急管理局、区住建局、区市场监管局及各街道负责同志参加。现纪要如下：

会议要求，一是区应急管理局牵头，于10月31日前完成全区危化品企业专项检查；二是区住建局负责对在建工地开展消防安全排查，11月15日前报送排查报告；三是各街道要加强安全宣传，营造良好氛围。

下一步，区市场监管局要在11月7日前完成燃气器具市场抽检。

区政府办公室
2025年10月13日
"""
    head = headers(who("张建国"), [who("何志强")], "关于秋冬季安全生产工作的会议纪要", "2025-10-13 17:20:00 +0800",
                   "<5e6f7a8b.1c2d.199d8e7f6a5.Coremail.zhangjianguo@lanwan.example.cn>", cc=[BOT["lanwan"]], label="gbk",
                   extra=[("X-Mailer", "Coremail Webmail Server Version XT5.0.14")])
    items = [item(None, "完成全区危化品企业专项检查", "2025-10-31"),
             item(None, "对在建工地开展消防安全排查，报送排查报告", "2025-11-15"),
             item(None, "完成燃气器具市场抽检", "2025-11-07")]
    return "116-government-yishi-ershi-units", plain_mail(head, text, "gbk", "base64"), gold(
        "Government style: 一是…；二是…；三是… in one sentence, each a unit's task; units (…局) are no persons "
        "(no_owner, not our departments). 三是 has no date: a directive, not an item. '下一步，区市场监管局要在…前完成…' "
        "is an item.", items)


@case
def c117():
    """SOE 会议纪要 with （一）（二）（三） topics; '责任单位：… 责任人：… 完成时限：…' on the line after each."""
    blocks = [("b", "蓝湾供应链有限公司"), ("b", "会议纪要"), "〔2025〕第31期", "",
              "10月16日，公司总经理张建国主持召开安全与运营专题会议。现将议定事项纪要如下：", "",
              ("b", "一、议定事项"),
              "（一）关于仓储安全整改。会议要求对B区消防喷淋系统进行全面检修。",
              "责任单位：仓储部　　责任人：韦志远　　完成时限：10月31日前",
              "（二）关于运输车辆管理。会议要求建立车辆日常点检制度。",
              "责任单位：运输部　　完成时限：11月14日前",
              "（三）关于差旅报销。会议同意差旅报销标准维持不变。", "",
              "总经理办公室", "2025年10月16日"]
    head = headers(who("张建国"), [who("韦志远"), who("黄海波"), who("林晓")], "会议纪要〔2025〕第31期（安全与运营专题会议）",
                   "2025-10-16 17:45:30 +0800", "<002b01dc3e70$1a2b3c40$4e5f6070$@lanwan.example.cn>", cc=[BOT["lanwan"]],
                   extra=OUTLOOK)
    items = [item("韦志远", "对B区消防喷淋系统进行全面检修", "2025-10-31"),
             item(None, "建立车辆日常点检制度", "2025-11-14", department="运输部")]
    return "117-soe-topic-then-labels-line-outlook", outlook_mail(head, blocks), gold(
        "Outlook gb2312 SOE 会议纪要: each （一） topic states the work, the next line gives 责任单位/责任人/完成时限 "
        "(full-width spaces between). （二） has a unit only: no_owner, our 运输部. （三） is a decision.", items)


@case
def c118():
    """会议要求 section: '请安全质量部牵头，于…前完成…', '各部门要严格…' (no date: no item), 'X部何志强负责…'."""
    text = """运营例会纪要

一、会议情况
11月4日上午召开运营例会，张建国主持。

二、会议要求
1. 请安全质量部牵头，于11月20日前完成冬季仓储安全检查。
2. 各部门要严格执行节假日值班制度。
3. 仓储部何志强负责组织冬季消防演练，11月28日前完成。
4. 财务部要在11月14日前报送三季度成本分析。

总经理办公室
"""
    head = headers(who("张建国"), [who("何志强"), who("林晓")], "运营例会纪要（11月4日）", "2025-11-04 15:10:10 +0800",
                   "<202511041510101122@lanwan.example.cn>", cc=[BOT["lanwan"]], label="gbk", extra=FOXMAIL)
    items = [item(None, "完成冬季仓储安全检查", "2025-11-20"),
             item("何志强", "组织冬季消防演练", "2025-11-28"),
             item(None, "报送三季度成本分析", "2025-11-14", department="财务部")]
    return "118-soe-requirements-directives", plain_mail(head, text, "gbk", "base64"), gold(
        "会议要求 lines that name a unit and a deadline are items (安全质量部 is not ours: department null; 财务部 is). "
        "'各部门要严格执行…' has no date: a rule.", items)


# == 6. threads and forwards ========================================================================================

@case
def c119():
    """New minutes posted as 'RE:' in last week's thread, above Outlook's quote of the old minutes."""
    text = """各位好，

本周（10月20日）周会纪要如下：
1. 韦志远：10月24日前完成双十一临时仓启用验收
2. 魏建：10月22日前完成临时仓安保人员排班
3. 林晓：10月27日前提交10月仓储费用预提

下次周会：10月27日（周一）9:30。

何志强

发件人: 何志强
发送时间: 2025年10月13日 11:02
收件人: 韦志远; 魏建; 林晓
主题: 仓储运营周会纪要（10月13日）

各位好，
10月13日周会纪要如下：
1. 韦志远：10月17日前完成双十一备货库位规划
2. 魏建：本周五前更换B区监控硬盘
下次会议：10月20日（周一）上午9:30
"""
    head = headers(who("何志强"), [who("韦志远"), who("魏建"), who("林晓")], "RE: 仓储运营周会纪要（10月13日）",
                   "2025-10-20 11:15:40 +0800", "<003c01dc41a2$7b8c9d00$72a5b700$@lanwan.example.cn>",
                   cc=[BOT["lanwan"]], extra=[("In-Reply-To", "<202510131102150311@lanwan.example.cn>"),
                                             ("References", "<202510131102150311@lanwan.example.cn>"), *OUTLOOK])
    items = [item("韦志远", "完成双十一临时仓启用验收", "2025-10-24"),
             item("魏建", "完成临时仓安保人员排班", "2025-10-22"),
             item("林晓", "提交10月仓储费用预提", "2025-10-27")]
    return "119-re-thread-new-minutes-over-old", plain_mail(head, text), gold(
        "'RE:' in last week's thread, but the new text is this week's minutes: kind minutes, items from the new text "
        "only (the quoted 10月13日 minutes are not items again), next meeting from the new text.",
        items, fu("2025-10-27", "09:30"))


@case
def c120():
    """A forward with the forwarder's preface: its '1. 2.' lines and '第2、3项' are no items; the minutes below are."""
    text = """各位：

转发供应商交期协调会纪要，请重点关注第2、3项，有问题周四前找我。
1. 相关同事请按时完成；
2. 涉及付款的请抄送林晓。

何志强

-----原始邮件-----
发件人: 邱婷婷 <qiutingting@lanwan.example.cn>
发送时间: 2025年10月13日 17:20
收件人: 何志强; 韦志远; 林晓
主题: 供应商交期协调会纪要

会议时间：10月13日15:00
待办：
1. 邱婷婷：10月16日前向东方包装确认纸箱交期
2. 韦志远：10月17日前腾出C区两排货架用于到货暂存
3. 林晓：10月20日前支付东方包装预付款
下次沟通：10月20日（周一）15:00
"""
    head = headers(who("何志强"), [who("韦志远"), who("林晓"), who("黄海波")], "转发: 供应商交期协调会纪要",
                   "2025-10-14 09:05:33 +0800", "<202510140905330001@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("邱婷婷", "向东方包装确认纸箱交期", "2025-10-16"),
             item("韦志远", "腾出C区两排货架用于到货暂存", "2025-10-17"),
             item("林晓", "支付东方包装预付款", "2025-10-20")]
    return "120-forward-preface-numbers", plain_mail(head, text), gold(
        "Forwarded minutes with the forwarder's preface: the preface's numbered lines are requests to everyone without "
        "an owner or date and are not items; the minutes below the 原始邮件 block are.", items, fu("2025-10-20", "15:00"))


@case
def c121():
    """English Gmail reply in the thread of last week's sync: new minutes on top, the old ones quoted with '>'."""
    text = """Hi all, minutes of today's platform sync below.

Action items
- Martin to cut over staging to the new pipeline by Nov 12
- Priya: finish the alert threshold review by Nov 14

Next sync: Monday Nov 17, 10:00

Ben

On Mon, Nov 3, 2025 at 5:30 PM Ben Carter <ben.carter@northwind.example.com> wrote:
> Platform sync - Nov 3
>
> Action items
> AI: Martin to migrate the staging cluster to the new pipeline by Nov 7
> Action: Ben - update the runbook for the failover drill, due Nov 10
>
> Next sync: Monday Nov 10, 10:00
"""
    head = headers(who("Ben Carter"), [who("Martin Weber"), who("Priya Nair"), who("Dana Kim")], "Re: Platform sync - Nov 3",
                   "2025-11-10 17:40:21 +0800", "<CAB1x9-platform-sync-1110@mail.gmail.com>", cc=[BOT["northwind"]],
                   extra=[("In-Reply-To", "<8f2c1d0e-5a6b-4c7d-9e8f-platform-sync@northwind.example.com>"),
                          ("References", "<8f2c1d0e-5a6b-4c7d-9e8f-platform-sync@northwind.example.com>"), *GMAIL])
    items = [item("Martin Weber", "cut over staging to the new pipeline", "2025-11-12"),
             item("Priya Nair", "finish the alert threshold review", "2025-11-14")]
    return "121-english-re-thread-new-minutes", plain_mail(head, text, "utf-8", "7bit"), gold(
        "Gmail 'Re:' whose new text is new minutes: items and next sync from the new text only, the '>' quote of the "
        "Nov 3 minutes is old.", items, fu("2025-11-17", "10:00"))


# == 7. wrapped lines and brackets in brackets ======================================================================

@case
def c122():
    """Items wrapped over two lines (the deadline on the continuation), a deadline in brackets that contain brackets
    (截止：10月15日（周三）下午5点前 -> 17:00), '2）' inside a bracket, and 截止时间 on the next line."""
    text = """待办事项：
1. 韦志远：组织B区、C区库位重新编码并同步更新WMS系统中的
   库位主数据，10月20日前完成
2. 整理双十一期间临时用工需求并报人力资源部审批（负责人：王芳，截止：10月15日（周三）下午5点前）
3. 林晓：核对9月费用（含1）仓租 2）装卸费），10月22日前出具差异说明
4. 魏建：完成夜班巡逻路线调整
   截止时间：10月17日

何志强
"""
    head = headers(who("何志强"), [who("韦志远"), who("林晓"), who("魏建")], "仓储周会待办（10月13日）",
                   "2025-10-13 18:02:11 +0800", "<b3c4d5e6-7f80-4a1b-8c2d-wrapped@lanwan.example.cn>",
                   cc=[who("王芳"), BOT["lanwan"]], extra=THUNDERBIRD)
    items = [item("韦志远", "组织B区、C区库位重新编码并同步更新WMS系统中的库位主数据", "2025-10-20"),
             item("王芳", "整理双十一期间临时用工需求并报人力资源部审批", "2025-10-15", "17:00"),
             item("林晓", "核对9月费用（含1）仓租 2）装卸费），出具差异说明", "2025-10-22"),
             item("魏建", "完成夜班巡逻路线调整", "2025-10-17")]
    return "122-wrapped-lines-nested-brackets", plain_mail(head, text, "utf-8", "quoted-printable"), gold(
        "Thunderbird plain: item 1 wraps, its deadline on the continuation line; item 2's bracket holds a bracket "
        "（周三） and gives 17:00; '1）…2）' inside item 3's bracket are no new items; item 4's 截止时间 is on the next "
        "line.", items)


@case
def c123():
    """English items hard-wrapped at 76 columns; a '(due' bracket broken across the wrap."""
    text = """Action items:
1. Priya Nair to consolidate the interview feedback from all four panels and
   send a hiring recommendation to HR by Mar 6
2. Martin Weber - migrate the remaining cron jobs to the scheduler service;
   due Mar 13
3. Dana Kim: prepare the budget deck for the board pre-read (due
   Mar 10)

Ben
"""
    head = headers(who("Ben Carter"), [who("Priya Nair"), who("Martin Weber"), who("Dana Kim")], "Staff meeting actions",
                   "2026-03-03 10:02:00 +0800", "<staff-actions-0303@northwind.example.com>", cc=[BOT["northwind"]],
                   extra=THUNDERBIRD)
    items = [item("Priya Nair", "consolidate the interview feedback from all four panels and send a hiring "
                                "recommendation to HR", "2026-03-06"),
             item("Martin Weber", "migrate the remaining cron jobs to the scheduler service", "2026-03-13"),
             item("Dana Kim", "prepare the budget deck for the board pre-read", "2026-03-10")]
    return "123-english-hard-wrapped-items", plain_mail(head, text, "utf-8", "7bit"), gold(
        "Hard-wrapped English items: the continuation line (indented) belongs to the item above, with its date.", items)


# == 8. two items with the same task ================================================================================

@case
def c124():
    """The same task twice for one owner (two weeks' reports) and the same line twice: each is its own item,
    numbered as the minutes number them."""
    text = """本次待办：
1. 韦志远：更新库存周报（10月17日前）
2. 魏建：更新库存周报（10月17日前）
3. 林晓：核对运费发票，10月15日前
4. 韦志远：更新库存周报（10月24日前）
5. 林晓：核对运费发票，10月15日前

何志强
"""
    head = headers(who("何志强"), [who("韦志远"), who("魏建"), who("林晓")], "周会待办（10月13日）", "2025-10-13 16:30:00 +0800",
                   "<202510131630000077@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("韦志远", "更新库存周报", "2025-10-17"), item("魏建", "更新库存周报", "2025-10-17"),
             item("林晓", "核对运费发票", "2025-10-15"), item("韦志远", "更新库存周报", "2025-10-24"),
             item("林晓", "核对运费发票", "2025-10-15")]
    return "124-same-task-twice-numbered", plain_mail(head, text), gold(
        "Two items with the same task are two items (a second week's report; a line written twice): none is "
        "dropped, and the numbers stay 1..5 as written.", items, numbers=[1, 2, 3, 4, 5])


@case
def c125():
    """A numbered list with a finished item in the middle: the open items keep the minutes' numbers (1, 3, 4)."""
    text = """行动项：
1. 何志强：10月20日前确认临时仓合同
2. 韦志远：B区货架改造——已完成
3. 林晓：10月22日前提交资金计划
4. 邱婷婷：10月24日前完成供应商现场审核
"""
    head = headers(who("何志强"), [who("韦志远"), who("林晓"), who("邱婷婷")], "双十一专项周会行动项", "2025-10-16 09:40:00 +0800",
                   "<202510160940001188@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("何志强", "确认临时仓合同", "2025-10-20"), item("林晓", "提交资金计划", "2025-10-22"),
             item("邱婷婷", "完成供应商现场审核", "2025-10-24")]
    return "125-numbering-kept-done-in-middle", plain_mail(head, text), gold(
        "A finished item (已完成) in the middle of a numbered list is no item; the others keep the minutes' own numbers "
        "1, 3, 4, so a reply '第3项已完成' changes 林晓's item.", items, numbers=[1, 3, 4])


# == 9. the next meeting as a sentence ==============================================================================

@case
def c126():
    """'下周三同一时间再碰一次': next Wednesday at this meeting's time (会议时间：…14:00-15:00)."""
    text = """双十一备货碰头会纪要
会议时间：2025年10月15日 14:00-15:00
参会人员：何志强、韦志远、邱婷婷

待办：
1. 韦志远：10月17日前完成备货清单复核
2. 邱婷婷：10月20日前确认三家承运商报价

下周三同一时间再碰一次，确认备货进度。
"""
    head = headers(who("何志强"), [who("韦志远"), who("邱婷婷")], "双十一备货碰头会纪要", "2025-10-15 15:20:00 +0800",
                   "<202510151520000099@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("韦志远", "完成备货清单复核", "2025-10-17"), item("邱婷婷", "确认三家承运商报价", "2025-10-20")]
    return "126-next-meeting-same-time-next-week", plain_mail(head, text), gold(
        "'下周三同一时间再碰一次' -> next Wednesday 10-22 at the time this meeting started (14:00).", items,
        fu(expect("下周三", next_weekday(D(2025, 10, 15), 2), "2025-10-22"), "14:00"))


@case
def c127():
    """Sent after midnight: '早上8点半开复盘会' is this morning."""
    text = """大促压测结束，简要纪要：

1. 黄海波：今天中午12点前把压测期间的运输调度异常整理成清单
2. 韦志远：10月17日前完成峰值出库瓶颈分析

早上8点半开复盘会，请各位准时参加。

何志强
"""
    head = headers(who("何志强"), [who("黄海波"), who("韦志远")], "大促压测简要纪要", "2025-10-16 00:40:12 +0800",
                   "<202510160040120005@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("黄海波", "把压测期间的运输调度异常整理成清单", "2025-10-16", "12:00"),
             item("韦志远", "完成峰值出库瓶颈分析", "2025-10-17")]
    return "127-next-meeting-early-morning-after-midnight", plain_mail(head, text), gold(
        "Sent 00:40 on 10-16: '早上8点半开复盘会' is today 08:30 (a meeting, not a deadline); 今天中午12点前 = 10-16 12:00.",
        items, fu("2025-10-16", "08:30"))


@case
def c128():
    """A government section '四、国庆后第一个工作日（10月9日）9:00召开调度会' as the next meeting."""
    text = """节前安全生产调度会纪要

一、会议情况
9月26日，公司召开节前安全生产调度会，张建国主持。

二、工作安排
1. 运输部黄海波：9月30日前完成节前车辆安全检查
2. 仓储部何志强：9月30日前完成节前库区消防检查

三、值班要求
节日期间严格执行24小时值班制度。

四、国庆后第一个工作日（10月9日）9:00召开调度会

总经理办公室
"""
    head = headers(who("张建国"), [who("黄海波"), who("何志强")], "节前安全生产调度会纪要", "2025-09-26 16:00:00 +0800",
                   "<202509261600000066@lanwan.example.cn>", cc=[BOT["lanwan"]], label="gbk", extra=FOXMAIL)
    items = [item("黄海波", "完成节前车辆安全检查", "2025-09-30"), item("何志强", "完成节前库区消防检查", "2025-09-30")]
    return "128-next-meeting-section-sentence-national-day", plain_mail(head, text, "gbk"), gold(
        "The last section is the next meeting as a sentence: 国庆后第一个工作日 (10-09, written) 9:00. '24小时值班' is a rule.",
        items, fu(expect("国庆后第一个工作日", workday_after(D(2025, 10, 8)), "2025-10-09"), "09:00"))


@case
def c129():
    """'请大家预留下周四上午' as the next meeting; a day on one line and its time on the next in a second mail style."""
    text = """各位：

今天供应商评审会的待办：
- 邱婷婷：10月17日前把评审打分表发给大家
- 林晓：10月20日前核对三家供应商的报价单

终审会请大家预留下周四上午，地点另行通知。

邱婷婷
"""
    head = headers(who("邱婷婷"), [who("林晓"), who("何志强")], "供应商评审会待办", "2025-10-14 17:10:00 +0800",
                   "<202510141710000044@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("邱婷婷", "把评审打分表发给大家", "2025-10-17"), item("林晓", "核对三家供应商的报价单", "2025-10-20")]
    return "129-next-meeting-reserve-next-thursday", plain_mail(head, text), gold(
        "'终审会请大家预留下周四上午' -> the next meeting on Thu 10-23 (morning; no exact time).", items,
        fu(expect("下周四", next_weekday(D(2025, 10, 14), 3), "2025-10-23")))


@case
def c130():
    """'Next check-in: Wed Mar 4, 3pm' in English minutes sent the Friday before."""
    text = """Quick notes from the vendor onboarding call.

To do
- Marco Rossi: send the test plan to the vendor by Mar 3
- Tom: share the sandbox credentials by Monday

Next check-in: Wed Mar 4, 3pm
"""
    sent = D(2026, 2, 27)
    head = headers(who("Dana Kim"), [who("Marco Rossi"), who("Tom Becker")], "Vendor onboarding call", "2026-02-27 18:20:00 +0800",
                   "<vendor-onboarding-0227@northwind.example.com>", cc=[BOT["northwind"]], extra=THUNDERBIRD)
    items = [item("Marco Rossi", "send the test plan to the vendor", "2026-03-03"),
             item("Tom Becker", "share the sandbox credentials", expect("by Monday", this_or_next(sent, 0), "2026-03-02"))]
    return "130-english-next-checkin-pm", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'Next check-in: Wed Mar 4, 3pm' -> 2026-03-04 15:00. Sent Fri 02-27: by Monday = 03-02.", items,
        fu("2026-03-04", "15:00"))


@case
def c131():
    """'下次会议：10月21日（周二）' with '时间：下午2:30' on the next line; a stated zone in English ('9:00 BST')."""
    text = """仓储与运输联席会纪要

待办：
1. 黄海波：10月17日前提供10月干线运力计划
2. 韦志远：10月20日前确认双十一期间夜班装车人数

下次会议：10月21日（周二）
时间：下午2:30
地点：3号会议室

何志强
"""
    head = headers(who("何志强"), [who("黄海波"), who("韦志远")], "仓储与运输联席会纪要", "2025-10-14 16:45:00 +0800",
                   "<202510141645000033@lanwan.example.cn>", cc=[BOT["lanwan"]], extra=FOXMAIL)
    items = [item("黄海波", "提供10月干线运力计划", "2025-10-17"), item("韦志远", "确认双十一期间夜班装车人数", "2025-10-20")]
    return "131-next-meeting-day-then-time-line", plain_mail(head, text), gold(
        "The next meeting's day on one line (下次会议：10月21日（周二）) and its time on the next (时间：下午2:30).", items,
        fu("2025-10-21", "14:30"))


@case
def c132():
    """'Next review: Thu Jun 11, 9:00 BST' from a London colleague: 16:00 in Shanghai."""
    text = """Hi all,

Actions from the carrier review:
- Ben Carter to send the carrier scorecards by Jun 5
- Martin: fix the label printer integration by Jun 10

Next review: Thu Jun 11, 9:00 BST

Best,
Dana
"""
    head = headers(who("Dana Kim"), [who("Ben Carter"), who("Martin Weber")], "Carrier review actions", "2026-06-03 08:15:00 +0100",
                   "<carrier-review-0603@northwind.example.com>", cc=[BOT["northwind"]], extra=THUNDERBIRD)
    items = [item("Ben Carter", "send the carrier scorecards", "2026-06-05"),
             item("Martin Weber", "fix the label printer integration", "2026-06-10")]
    return "132-english-next-review-bst", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'9:00 BST' = 08:00 UTC = 16:00 in Shanghai (a stated zone wins over the default).", items,
        fu("2026-06-11", "16:00"))


# == 10. the seeds' tables ===========================================================================================

@case
def c133():
    """外部沟通跟进表 (seed columns) in Outlook HTML: 解决方案/进展 with ①② gives one item each, 下次沟通时间 is the
    next follow-up, 负责人 is the last column."""
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈", "解决方案/进展",
             "下次沟通时间", "负责人"],
            ["EC2025-10-13", "2025-10-13", "东方包装/陈经理", "采购部/邱婷婷", "供应商", "纸箱交期推迟一周",
             "①与仓储部确认到货暂存方案（10月15日前）②10月16日回复供应商最终安排", "2025-10-16", "邱婷婷"]]
    blocks = ["何总：", "", "今天与东方包装的沟通记录如下：", "", ("b", "外部沟通跟进表"), ("table", rows), "", "邱婷婷"]
    head = headers(who("邱婷婷"), [who("何志强")], "外部沟通跟进表-东方包装交期（EC2025-10-13）", "2025-10-13 15:45:00 +0800",
                   "<004d01dc3c1a$2b3c4d50$81b6e7f0$@lanwan.example.cn>", cc=[who("韦志远"), BOT["lanwan"]], extra=OUTLOOK)
    items = [item("邱婷婷", "与仓储部确认到货暂存方案", "2025-10-15"), item("邱婷婷", "回复供应商最终安排", "2025-10-16")]
    return "133-seed-external-followup-table-outlook", outlook_mail(head, blocks), gold(
        "The seed's 外部沟通跟进表: ① and ② of 解决方案/进展 are two items of the row's 负责人; 下次沟通时间 2025-10-16 "
        "(no time).", items, fu("2025-10-16"))


@case
def c134():
    """跨部门协作事项跟踪表 (seed columns) as a tab table: 责任人（发起方）owns, 已完成 rows are status."""
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "双十一仓配方案评审", "仓储部", "运输部", "韦志远", "黄海波", "2025-10-08", "2025-10-12", "2025-10-12",
             "已完成", "-"],
            ["2", "临时仓WMS账号开通", "仓储部", "信息部", "何志强", "-", "2025-10-13", "2025-10-20", "-", "进行中（已完成40%）",
             "账号审批慢，已加急"],
            ["3", "承运商结算对账", "财务部", "运输部", "林晓", "黄海波", "2025-10-14", "2025-10-24", "-", "未开始", "-"]]
    text = "各位：\n\n本周跨部门协作事项跟踪如下：\n\n跨部门协作事项跟踪表\n" + "\n".join(plain_rows(rows)) + "\n\n何志强\n"
    head = headers(who("何志强"), [who("韦志远"), who("黄海波"), who("林晓")], "跨部门协作事项跟踪（第42周）",
                   "2025-10-14 10:00:00 +0800", "<202510141000000022@lanwan.example.cn>", cc=[BOT["lanwan"]], label="gbk",
                   extra=FOXMAIL)
    items = [item("何志强", "临时仓WMS账号开通", "2025-10-20"), item("林晓", "承运商结算对账", "2025-10-24")]
    return "134-seed-cross-dept-tracking-tab", plain_mail(head, text, "gbk"), gold(
        "The seed's 跨部门协作事项跟踪表: the 已完成 row is status; 进行中（已完成40%） is open; the 发起方 责任人 owns; "
        "计划完成时间 is the due (not 实际完成时间).", items)


@case
def c135():
    """A 会议纪要 template (会议主题/时间/地点/主持人/记录人/参会人员 table, 会议内容, 决议事项, 待办事项 table,
    下次会议时间) from Coremail HTML."""
    info = [["会议主题", "双十一仓储保障启动会"], ["会议时间", "2025年10月17日 10:00-11:30"], ["会议地点", "总部5楼会议室"],
            ["主持人", "张建国"], ["记录人", "何志强"], ["参会人员", "张建国、何志强、韦志远、黄海波、林晓"]]
    todo = [["序号", "待办事项", "负责人", "完成时间", "备注"],
            ["1", "制定双十一仓储保障方案", "何志强", "10月24日", ""],
            ["2", "落实临时装卸工招募", "韦志远", "10月27日", "与人力资源部对接"],
            ["3", "锁定双十一干线运力", "黄海波", "10月22日", ""]]
    blocks = [("b", "会议纪要"), ("table", info), "",
              ("b", "一、会议内容"), "会议听取了仓储部关于双十一备货准备情况的汇报，何志强介绍了库容测算结果。", "",
              ("b", "二、决议事项"), "1. 双十一期间仓储部实行两班倒，11月1日起执行。", "",
              ("b", "三、待办事项"), ("table", todo), "",
              "下次会议时间：10月24日（周五）10:00"]
    head = headers(who("何志强"), [who("张建国"), who("韦志远"), who("黄海波"), who("林晓")], "【会议纪要】双十一仓储保障启动会",
                   "2025-10-17 14:20:00 +0800", "<7d8e9f0a.2b3c.199f1a2b3c4.Coremail.hezhiqiang@lanwan.example.cn>",
                   cc=[BOT["lanwan"]], extra=[("X-Mailer", "Coremail Webmail Server Version XT5.0.14")])
    html = outlook_html(blocks, "utf-8")
    raw = message(head, multi("alternative", [leaf("text/plain", plain_of(blocks), "utf-8", "base64"),
                                              leaf("text/html", html, "utf-8", "base64")], "----=_Part_12345_67890.1760682000"))
    items = [item("何志强", "制定双十一仓储保障方案", "2025-10-24"), item("韦志远", "落实临时装卸工招募", "2025-10-27"),
             item("黄海波", "锁定双十一干线运力", "2025-10-22")]
    return "135-seed-minutes-template-coremail", raw, gold(
        "A 会议纪要 template: info table, 会议内容 (a report), 决议事项 (a rule with a date: no item), 待办事项 table, "
        "下次会议时间 10-24 10:00.", items, fu("2025-10-24", "10:00"))


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
