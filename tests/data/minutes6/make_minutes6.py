#!/usr/bin/env python3
"""Write the minutes6 set: 7NN-slug.eml + 7NN-slug.json, issue #12: fifth variants of the shapes.

    python3 tests/data/minutes6/make_minutes6.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/minutes6/make_minutes6.py --check   # only check the gold dates against the calendar

Each case is one of issue #12's shapes 1..10 (listed in ../minutes2/make_minutes2.py), written as new mail:
fifth variants, written after the minutes5 rules: 安居物业 again and BrightPath.
Mail bytes come from ../heldout/mailkit.py, gold answers from ../heldout/goldkit.py; gold dates are re-checked
with chinesecalendar (../heldout/goldcal.py).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import FOXMAIL, GMAIL, headers, plain_mail, THUNDERBIRD  # noqa: E402
from goldcal import expect, next_weekday  # noqa: E402
from goldkit import Cast, case_list, fu, minutes_gold as gold, write_cases  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL: dict[str, str] = {}
BOT = {"anju": ("纪要助手", "minutes@anju.example.cn"), "brightpath": ("minutebot", "minutes@brightpath.example.io")}

CAST = Cast(ROSTER, EXTERNAL, infer_flags=True)
who, item = CAST.who, CAST.item
CASES, case = case_list()


# == fifth variants: 安居物业 again and BrightPath, written after the minutes5 rules ===============================

@case
def c701():
    """Inline '（牵头：X；配合：Y；时间：…）' after each task, '张三、李四：…' (the first), '【蔡明】…', '请魏宁于…前…'."""
    text = """物业月度例会纪要

会议议定：
1. 完成3栋外墙渗水维修（牵头：郑凯；配合：魏宁；时间：4月30日前）
2. 吕静、胡婷：4月24日前完成业主微信群公告模板更新
3. 【蔡明】4月27日前出具一季度收支公示表
4. 请魏宁于4月22日前完成地库消防栓巡检。

胡婷
"""
    head = headers(who("胡婷"), [who("郑凯"), who("吕静"), who("蔡明"), who("魏宁")], "物业月度例会纪要", "2026-04-20 17:30:00 +0800",
                   "<202604201730000701@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("郑凯", "完成3栋外墙渗水维修", "2026-04-30"), item("吕静", "完成业主微信群公告模板更新", "2026-04-24"),
             item("胡婷", "完成业主微信群公告模板更新", "2026-04-24"),
             item("蔡明", "出具一季度收支公示表", "2026-04-27"), item("魏宁", "完成地库消防栓巡检", "2026-04-22")]
    return "701-inline-lead-support-labels-two-names", plain_mail(head, text), gold(
        "会议议定 items: inline 牵头/配合/时间 labels (牵头 owns), two names before the colon (an item each), 【name】, "
        "'请X于…前…'.", items)


@case
def c702():
    """'拟于下周三下午召开第二次协调会' as the next meeting."""
    text = """二期改造协调会纪要

一、会议结论
同意二期绿化改造方案A。

二、会后工作
1. 郑凯：4月24日前出具施工图
2. 蔡明：4月27日前完成预算复核

三、拟于下周三下午召开第二次协调会，请各方预留时间。
"""
    sent = D(2026, 4, 20)
    head = headers(who("郑凯"), [who("蔡明"), who("胡婷")], "二期改造协调会纪要", "2026-04-20 18:10:00 +0800",
                   "<202604201810000702@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("郑凯", "出具施工图", "2026-04-24"), item("蔡明", "完成预算复核", "2026-04-27")]
    return "702-next-meeting-planned-next-wednesday-afternoon", plain_mail(head, text), gold(
        "'拟于下周三下午召开第二次协调会' -> Wed 04-29 in the afternoon (14:00).", items,
        fu(expect("下周三", next_weekday(sent, 2), "2026-04-29"), "14:00"))


@case
def c703():
    """English: 'Follow-up session: Thursday, 23 April 2026 — 10:30–11:30 (Teams)'; 'Action: All - …' (no owner);
    'Owner TBD' in a markdown table."""
    text = """Design review notes

Actions
- Leo: circulate the revised mock-ups by Apr 22
- Action: All - add comments to the design doc by Apr 21

| Task | Owner | Due |
| --- | --- | --- |
| Accessibility audit | TBD | Apr 30 |
| Update the icon library | Priya Das | Apr 24 |

Follow-up session: Thursday, 23 April 2026 — 10:30–11:30 (Teams)
"""
    head = headers(who("Sam Reyes"), [who("Leo Martin"), who("Priya Das")], "Design review notes", "2026-04-20 19:00:00 +0800",
                   "<design-review-0420@brightpath.example.io>", cc=[BOT["brightpath"]], extra=GMAIL)
    items = [item("Leo Martin", "circulate the revised mock-ups", "2026-04-22"),
             item(None, "add comments to the design doc", "2026-04-21"),
             item(None, "Accessibility audit", "2026-04-30"),
             item("Priya Das", "Update the icon library", "2026-04-24")]
    return "703-english-follow-up-session-all-tbd", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'Action: All - …' and a TBD owner are no person (no_owner); 'Follow-up session: Thursday, 23 April 2026 — "
        "10:30–11:30' -> 04-23 10:30.", items, fu("2026-04-23", "10:30"))


@case
def c704():
    """A forward of minutes by a manager who adds his own numbered instructions with dates for named people at the top."""
    text = """郑凯、魏宁：

转发安全检查会纪要，另补充两点：
1. 郑凯：4月23日前把整改照片发我
2. 魏宁：整改期间加强夜间巡查

胡婷

-----原始邮件-----
发件人: 魏宁
发送时间: 2026年4月20日 16:00
收件人: 胡婷
主题: 安全检查会纪要

待办：
1. 郑凯：4月25日前完成配电室漏水整改
2. 魏宁：4月24日前更换失效灭火器
"""
    head = headers(who("胡婷"), [who("郑凯"), who("魏宁")], "转发: 安全检查会纪要", "2026-04-21 08:30:00 +0800",
                   "<202604210830000704@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("郑凯", "把整改照片发我", "2026-04-23"), item("郑凯", "完成配电室漏水整改", "2026-04-25"),
             item("魏宁", "更换失效灭火器", "2026-04-24")]
    return "704-forward-preface-with-own-items", plain_mail(head, text), gold(
        "A forward whose preface adds a named, dated task of the forwarder's own: that is an item too (a person and a date); "
        "'魏宁：整改期间加强夜间巡查' has no date under a 补充 list: a standing instruction, no item? It names a person in "
        "a list, so it is kept as an item without a date.", items + [item("魏宁", "整改期间加强夜间巡查")])


@case
def c705():
    """'我们约了下周二上午10点和业主代表再聊' and '下次会议时间：待定' later in the same mail (the sentence wins)."""
    text = """业主代表沟通会纪要

1. 吕静：4月23日前整理业主意见清单
2. 蔡明：4月24日前测算公共收益分配方案

我们约了下周二上午10点和业主代表再聊。
"""
    sent = D(2026, 4, 20)
    head = headers(who("吕静"), [who("蔡明"), who("胡婷")], "业主代表沟通会纪要", "2026-04-20 20:00:00 +0800",
                   "<202604202000000705@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("吕静", "整理业主意见清单", "2026-04-23"), item("蔡明", "测算公共收益分配方案", "2026-04-24")]
    return "705-next-meeting-we-agreed-to-talk-again", plain_mail(head, text), gold(
        "'我们约了下周二上午10点…再聊' -> Tue 04-28 10:00.", items,
        fu(expect("下周二", next_weekday(sent, 1), "2026-04-28"), "10:00"))


@case
def c706():
    """English minutes where the owner is written after the task in square brackets and the date after a pipe:
    'Ship the pricing page [Sam] | Apr 24'."""
    text = """Launch checklist - status meeting

Open actions
1. Ship the pricing page [Sam] | Apr 24
2. Final QA pass on checkout [Priya] | Apr 23
3. Press kit assets [Leo] | Apr 27

Closed
4. Domain renewal [Sam] | done
"""
    head = headers(who("Leo Martin"), [who("Sam Reyes"), who("Priya Das")], "Launch checklist - status", "2026-04-20 10:00:00 +0800",
                   "<launch-status-0420@brightpath.example.io>", cc=[BOT["brightpath"]], extra=THUNDERBIRD)
    items = [item("Sam Reyes", "Ship the pricing page", "2026-04-24"), item("Priya Das", "Final QA pass on checkout", "2026-04-23"),
             item("Leo Martin", "Press kit assets", "2026-04-27")]
    return "706-english-owner-in-square-brackets-pipe-date", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'task [Owner] | date' lines; the Closed section and its 'done' line are status.", items)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv))
