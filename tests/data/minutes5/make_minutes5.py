#!/usr/bin/env python3
"""Write the minutes5 set: 6NN-slug.eml + 6NN-slug.json, issue #12: fourth variants of the shapes, new writers.

    python3 tests/data/minutes5/make_minutes5.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/minutes5/make_minutes5.py --check   # only check the gold dates against the calendar

Each case is one of issue #12's shapes 1..10 (listed in ../minutes2/make_minutes2.py), written as new mail:
fourth variants, written after the minutes4 rules: 安居物业 (property management), BrightPath (an English
start-up).
Mail bytes come from ../heldout/mailkit.py, gold answers from ../heldout/goldkit.py; gold dates are re-checked
with chinesecalendar (../heldout/goldcal.py).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import FOXMAIL, GMAIL, headers, OUTLOOK, outlook_mail, plain_mail, THUNDERBIRD  # noqa: E402
from goldcal import expect, next_weekday, this_or_next  # noqa: E402
from goldkit import Cast, case_list, fu, minutes_gold as gold, write_cases  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL: dict[str, str] = {}
BOT = {"anju": ("纪要助手", "minutes@anju.example.cn"), "brightpath": ("minutebot", "minutes@brightpath.example.io")}

CAST = Cast(ROSTER, EXTERNAL, infer_flags=True)
who, item = CAST.who, CAST.item
CASES, case = case_list()


# == fourth variants: 安居物业 (property management), BrightPath (an English start-up) ===============================

@case
def c601():
    """Outlook table 序号/工作任务/牵头人/配合人/完成节点/备注, an owner cell with a phone number, 负责人：A、B (each)."""
    rows = [["序号", "工作任务", "牵头人", "配合人", "完成节点", "备注"],
            ["1", "小区电梯年检", "郑凯 13800001111", "魏宁", "4月24日", ""],
            ["2", "物业费催缴", "蔡明", "吕静、胡婷", "4月30日", "重点跟进3栋"],
            ["3", "业主满意度回访", "吕静", "", "4月27日", ""]]
    blocks = ["各位：", "", "4月20日物业管理例会分工如下：", "", ("table", rows), "",
              "另：消防通道清理（负责人：魏宁、郑凯，4月22日前完成）。", "", "胡婷"]
    head = headers(who("胡婷"), [who("郑凯"), who("蔡明"), who("吕静"), who("魏宁")], "物业管理例会分工（4月20日）",
                   "2026-04-20 16:00:00 +0800", "<008c01dcd0f1$aa3b4c5d$@anju.example.cn>", cc=[BOT["anju"]], extra=OUTLOOK)
    items = [item("郑凯", "小区电梯年检", "2026-04-24"), item("蔡明", "物业费催缴", "2026-04-30"),
             item("吕静", "业主满意度回访", "2026-04-27"), item("魏宁", "消防通道清理", "2026-04-22"),
             item("郑凯", "消防通道清理", "2026-04-22")]
    return "601-table-lead-person-phone-two-owners", outlook_mail(head, blocks), gold(
        "牵头人 column owns (配合人 does not); a phone number after the name; '负责人：魏宁、郑凯' -> each of them "
        "(session 18: two people in an owner label, marked neither lead nor helper, each get the item, as in an owner "
        "cell; the blind golds of heldout28, 31, 33, 34, 37, 38, 43 and 51 record it).", items)


@case
def c602():
    """English: Decisions / Action items with '(Owner: Sam, Due: 4/24)' after the task / Parking lot (no items)."""
    text = """Growth weekly - Apr 21

Decisions
- Pause the paid social test until May.

Action items
- Rewrite the onboarding email sequence (Owner: Sam, Due: 4/24)
- Fix the signup funnel tracking bug (Owner: Priya, Due: 4/23)
- New landing page hero (Owner: Leo, Due: Apr 28)

Parking lot
- Referral program redesign
- Pricing page A/B test
"""
    head = headers(who("Leo Martin"), [who("Sam Reyes"), who("Priya Das")], "Growth weekly - Apr 21", "2026-04-21 18:00:00 +0800",
                   "<growth-weekly-0421@brightpath.example.io>", cc=[BOT["brightpath"]], extra=GMAIL)
    items = [item("Sam Reyes", "Rewrite the onboarding email sequence", "2026-04-24"),
             item("Priya Das", "Fix the signup funnel tracking bug", "2026-04-23"),
             item("Leo Martin", "New landing page hero", "2026-04-28")]
    return "602-english-owner-due-in-brackets-parking-lot", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'(Owner: X, Due: 4/24)' after the task; Parking lot topics have no owner or date: no items.", items)


@case
def c603():
    """'三、下一步工作' as one paragraph: （1）张三：…；（2）李四…；(3) 各部门…."""
    text = """物业品质提升会纪要

一、会议情况
4月21日召开品质提升专题会，胡婷主持。

二、下一步工作
（1）郑凯：4月28日前完成地下车库照明改造；（2）吕静负责制定业主投诉闭环流程，4月25日前发布；（3）各部门要持续做好日常巡查。

行政部
"""
    head = headers(who("胡婷"), [who("郑凯"), who("吕静")], "物业品质提升会纪要", "2026-04-21 17:00:00 +0800",
                   "<202604211700000603@anju.example.cn>", cc=[BOT["anju"]], label="gbk", extra=FOXMAIL)
    items = [item("郑凯", "完成地下车库照明改造", "2026-04-28"), item("吕静", "制定业主投诉闭环流程，发布", "2026-04-25")]
    return "603-next-work-one-paragraph-inline", plain_mail(head, text, "gbk"), gold(
        "（1）（2）（3） inline in one paragraph under 下一步工作; （3） is a rule for everyone without a date.", items)


@case
def c604():
    """Feishu AI minutes: 智能待办 with '@name' after the task and '截止 4月24日'."""
    text = """飞书智能纪要 · 业主活动筹备会

会议摘要
吕静介绍了五一业主活动方案，预算约2万元。

智能待办
□ 确认活动场地与物料清单 @吕静 截止 4月24日
□ 申请活动预算 @蔡明 截止 4月23日
□ 活动当天安保排班 @魏宁 截止 4月28日

本纪要由AI生成
"""
    head = headers(who("吕静"), [who("蔡明"), who("魏宁")], "业主活动筹备会 智能纪要", "2026-04-21 11:00:00 +0800",
                   "<feishu-0421@anju.example.cn>", cc=[BOT["anju"]], extra=[("X-Mailer", "Feishu Mail")])
    items = [item("吕静", "确认活动场地与物料清单", "2026-04-24"), item("蔡明", "申请活动预算", "2026-04-23"),
             item("魏宁", "活动当天安保排班", "2026-04-28")]
    return "604-feishu-smart-todo-mention-after", plain_mail(head, text), gold(
        "Feishu AI minutes: '□ task @name 截止 date'; the summary's 介绍了 is a report.", items)


@case
def c605():
    """'Re:' in last week's thread whose new text is minutes written as free sentences (no list)."""
    text = """各位，本周例会纪要：郑凯周五前提交二期绿化改造报价。蔡明下周二前完成一季度物业费对账。下次例会4月27日（周一）上午9点。

胡婷

> 发件人: 胡婷
> 发送时间: 2026年4月13日 17:00
> 主题: 例会纪要
>
> 1. 郑凯：4月17日前完成水泵维修
"""
    sent = D(2026, 4, 20)
    head = headers(who("胡婷"), [who("郑凯"), who("蔡明")], "Re: 例会纪要", "2026-04-20 12:00:00 +0800",
                   "<202604201200000605@anju.example.cn>", cc=[BOT["anju"]],
                   extra=[("In-Reply-To", "<202604131700000999@anju.example.cn>"), *FOXMAIL])
    items = [item("郑凯", "提交二期绿化改造报价", expect("周五", this_or_next(sent, 4), "2026-04-24")),
             item("蔡明", "完成一季度物业费对账", expect("下周二", next_weekday(sent, 1), "2026-04-28"))]
    return "605-re-thread-minutes-as-sentences", plain_mail(head, text), gold(
        "A 'Re:' whose new text calls itself 例会纪要 and gives work as sentences (a name, a verb, a date): minutes.",
        items, fu("2026-04-27", "09:00"))


@case
def c606():
    """English next steps 'Sam — confirm rates (Fri)', 'Priya — ship the fix (Thu)'; the next sync 'Tuesday 9:30am PT'."""
    text = """Quick sync notes

Next steps:
Sam — confirm the partner rates (Fri)
Priya — ship the checkout fix (Thu)
Leo — share the new icon set (Apr 27)

We'll meet again Tuesday Apr 28, 9:30am PT.
"""
    sent = D(2026, 4, 21)
    head = headers(who("Leo Martin"), [who("Sam Reyes"), who("Priya Das")], "Quick sync notes", "2026-04-21 09:00:00 +0800",
                   "<quick-sync-0421@brightpath.example.io>", cc=[BOT["brightpath"]], extra=THUNDERBIRD)
    items = [item("Sam Reyes", "confirm the partner rates", expect("(Fri)", this_or_next(sent, 4), "2026-04-24")),
             item("Priya Das", "ship the checkout fix", expect("(Thu)", this_or_next(sent, 3), "2026-04-23")),
             item("Leo Martin", "share the new icon set", "2026-04-27")]
    return "606-english-dash-owner-day-in-brackets-pt", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'Name — task (Fri)'; 'meet again Tuesday Apr 28, 9:30am PT' = 16:30 UTC = 00:30 on 04-29 in Shanghai (PT in "
        "April is PDT, UTC-7).", items, fu("2026-04-29", "00:30"))


@case
def c607():
    """Labels before the task on one line: '责任人：郑凯　工作：…　时限：4月24日'."""
    text = """工程部周会待办：
责任人：郑凯　工作：完成2号楼屋面防水维修　时限：4月24日
责任人：魏宁　工作：更换东门道闸　时限：4月27日
"""
    head = headers(who("胡婷"), [who("郑凯"), who("魏宁")], "工程部周会待办", "2026-04-20 18:00:00 +0800",
                   "<202604201800000607@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("郑凯", "完成2号楼屋面防水维修", "2026-04-24"), item("魏宁", "更换东门道闸", "2026-04-27")]
    return "607-labels-before-task-one-line", plain_mail(head, text), gold(
        "Each line: 责任人 / 工作 / 时限 labels separated by full-width spaces: one item a line.", items)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv))
