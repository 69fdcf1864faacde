#!/usr/bin/env python3
"""Write the minutes7 set: 8NN-slug.eml + 8NN-slug.json, issue #12: sixth variants of the shapes.

    python3 tests/data/minutes7/make_minutes7.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/minutes7/make_minutes7.py --check   # only check the gold dates against the calendar

Each case is one of issue #12's shapes 1..10 (listed in ../minutes2/make_minutes2.py), written as new mail:
sixth variants, written after the minutes6 rules: 安居物业 and BrightPath.
Mail bytes come from ../heldout/mailkit.py, gold answers from ../heldout/goldkit.py; gold dates are re-checked
with chinesecalendar (../heldout/goldcal.py).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import FOXMAIL, GMAIL, headers, leaf, message, plain_mail, THUNDERBIRD  # noqa: E402
from goldcal import expect, next_weekday  # noqa: E402
from goldkit import Cast, case_list, fu, minutes_gold as gold, write_cases  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL: dict[str, str] = {}
BOT = {"anju": ("纪要助手", "minutes@anju.example.cn"), "brightpath": ("minutebot", "minutes@brightpath.example.io")}

CAST = Cast(ROSTER, EXTERNAL, infer_flags=True)
who, item = CAST.who, CAST.item
CASES, case = case_list()


# == sixth variants, written after the minutes6 rules ===============================================================

@case
def c801():
    """WeCom HTML: each task on a line, '负责人：X' and '截止：下周五' on the lines below it."""
    html = """<html><body><div>各位同事：</div><div>今天的物业服务例会待办如下：</div><div><br></div>
<div>一、门岗访客登记系统升级</div><div>负责人：魏宁</div><div>截止：下周五</div><div><br></div>
<div>二、维修工单超时复盘</div><div>负责人：郑凯</div><div>截止：4月24日</div><div><br></div>
<div>胡婷</div></body></html>
"""
    sent = D(2026, 4, 20)
    head = headers(who("胡婷"), [who("魏宁"), who("郑凯")], "物业服务例会待办", "2026-04-20 17:45:00 +0800",
                   "<wecom-0420-801@anju.example.cn>", cc=[BOT["anju"]], extra=[("X-Mailer", "WeCom Mail")])
    raw = message(head, leaf("text/html", html, "utf-8", "base64"))
    items = [item("魏宁", "门岗访客登记系统升级", expect("下周五", next_weekday(sent, 4), "2026-05-01")),
             item("郑凯", "维修工单超时复盘", "2026-04-24")]
    return "801-wecom-task-then-owner-due-lines", raw, gold(
        "HTML-only WeCom minutes: a heading-numbered task, then 负责人/截止 on their own lines. 下周五 = 05-01 (a "
        "holiday: the date as written, no flag).", items)


@case
def c802():
    """English 'Who / What / When' on one line each item: 'Who: Sam | What: … | When: Fri'."""
    text = """Marketing sync

Who: Sam | What: draft the May newsletter | When: Apr 24
Who: Leo | What: refresh the banner set | When: Apr 27
"""
    head = headers(who("Priya Das"), [who("Sam Reyes"), who("Leo Martin")], "Marketing sync", "2026-04-20 15:00:00 +0800",
                   "<mkt-sync-0420@brightpath.example.io>", cc=[BOT["brightpath"]], extra=GMAIL)
    items = [item("Sam Reyes", "draft the May newsletter", "2026-04-24"), item("Leo Martin", "refresh the banner set", "2026-04-27")]
    return "802-english-who-what-when-line", plain_mail(head, text, "utf-8", "7bit"), gold(
        "One record a line: Who | What | When.", items)


@case
def c803():
    """Numbered sections '2. 待办' with sub-numbers '2.1 张三：…', and '由X负责' at the end of a sentence."""
    text = """1. 会议情况
4月21日召开运营周会，胡婷主持。
2. 待办
2.1 吕静：4月24日前完成五一值班排班
2.2 完成消防演练方案，由魏宁负责，4月28日前提交
2.3 蔡明：4月27日前完成4月物业费收缴统计
3. 下次会议
4月27日（周一）9:00
"""
    head = headers(who("胡婷"), [who("吕静"), who("魏宁"), who("蔡明")], "运营周会纪要", "2026-04-21 17:00:00 +0800",
                   "<202604211700000803@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("吕静", "完成五一值班排班", "2026-04-24"), item("魏宁", "完成消防演练方案，提交", "2026-04-28"),
             item("蔡明", "完成4月物业费收缴统计", "2026-04-27")]
    return "803-numbered-sections-subnumbers", plain_mail(head, text), gold(
        "Sections numbered 1. 2. 3.; items numbered 2.1 2.2; '由魏宁负责' after the task; the next meeting under '3. 下次会议'.",
        items, fu("2026-04-27", "09:00"))


@case
def c804():
    """'下次例会：每周一上午9点' (a standing weekly slot: the next Monday)."""
    text = """客服部周会纪要

待办：
1. 吕静：4月23日前整理投诉TOP10
2. 胡婷：4月24日前审核客服话术

下次例会：每周一上午9点，客服部会议室
"""
    sent = D(2026, 4, 21)
    head = headers(who("吕静"), [who("胡婷")], "客服部周会纪要", "2026-04-21 16:00:00 +0800",
                   "<202604211600000804@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("吕静", "整理投诉TOP10", "2026-04-23"), item("胡婷", "审核客服话术", "2026-04-24")]
    return "804-next-meeting-every-monday", plain_mail(head, text), gold(
        "'每周一上午9点' -> the next Monday 04-27 09:00.", items,
        fu(expect("每周一", next_weekday(sent, 0), "2026-04-27"), "09:00"))


@case
def c805():
    """'X牵头，Y、Z配合，于…前完成…' free sentences under 工作安排, and a decision line with a date."""
    text = """节前安全工作会纪要

一、会议决定
五一期间实行24小时值班，4月30日起执行。

二、工作安排
郑凯牵头，魏宁、吕静配合，于4月29日前完成节前安全大检查。
蔡明负责4月28日前发放节日值班补贴。
"""
    head = headers(who("胡婷"), [who("郑凯"), who("魏宁"), who("蔡明")], "节前安全工作会纪要", "2026-04-21 18:00:00 +0800",
                   "<202604211800000805@anju.example.cn>", cc=[BOT["anju"]], label="gbk", extra=FOXMAIL)
    items = [item("郑凯", "完成节前安全大检查", "2026-04-29"), item("蔡明", "发放节日值班补贴", "2026-04-28")]
    return "805-lead-with-helpers-sentences", plain_mail(head, text, "gbk"), gold(
        "'X牵头，Y、Z配合，于…前完成…' -> X; the decision with a start date is no item.", items)


@case
def c806():
    """English: 'Decisions' then 'Next steps' where one bullet has two owners 'Sam and Priya to …' (an item each)."""
    text = """Pricing review

Decisions:
- Keep the annual discount at 15% (effective May 1).

Next steps:
- Sam and Priya to model the new tiers by Apr 24
- Leo to mock up the pricing table by Apr 23

Next review: Mon Apr 27, 3pm
"""
    head = headers(who("Leo Martin"), [who("Sam Reyes"), who("Priya Das")], "Pricing review", "2026-04-21 11:00:00 +0800",
                   "<pricing-review-0421@brightpath.example.io>", cc=[BOT["brightpath"]], extra=THUNDERBIRD)
    items = [item("Sam Reyes", "model the new tiers", "2026-04-24"), item("Priya Das", "model the new tiers", "2026-04-24"),
             item("Leo Martin", "mock up the pricing table", "2026-04-23")]
    return "806-english-two-owners-next-review", plain_mail(head, text, "utf-8", "7bit"), gold(
        "Two owners joined by 'and': an item each; 'Next review: Mon Apr 27, 3pm'.", items, fu("2026-04-27", "15:00"))


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv))
