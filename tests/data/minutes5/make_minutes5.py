#!/usr/bin/env python3
"""Write the minutes5 set: 6NN-slug.eml + 6NN-slug.json, issue #12: fourth variants of the shapes, new writers.

    python3 tests/data/minutes5/make_minutes5.py          # rewrite every case beside this file
    python3 tests/data/minutes5/make_minutes5.py --check  # only check the gold dates against the calendar

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
EXTERNAL: dict[str, str] = {}
BOT = {"anju": ("纪要助手", "minutes@anju.example.cn"), "brightpath": ("minutebot", "minutes@brightpath.example.io")}


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


# == fourth variants: 安居物业 (property management), BrightPath (an English start-up) ===============================

@case
def c601():
    """Outlook table 序号/工作任务/牵头人/配合人/完成节点/备注, an owner cell with a phone number, 负责人：A、B (first)."""
    rows = [["序号", "工作任务", "牵头人", "配合人", "完成节点", "备注"],
            ["1", "小区电梯年检", "郑凯 13800001111", "魏宁", "4月24日", ""],
            ["2", "物业费催缴", "蔡明", "吕静、胡婷", "4月30日", "重点跟进3栋"],
            ["3", "业主满意度回访", "吕静", "", "4月27日", ""]]
    blocks = ["各位：", "", "4月20日物业管理例会分工如下：", "", ("table", rows), "",
              "另：消防通道清理（负责人：魏宁、郑凯，4月22日前完成）。", "", "胡婷"]
    head = headers(who("胡婷"), [who("郑凯"), who("蔡明"), who("吕静"), who("魏宁")], "物业管理例会分工（4月20日）",
                   "2026-04-20 16:00:00 +0800", "<008c01dcd0f1$aa3b4c5d$@anju.example.cn>", cc=[BOT["anju"]], extra=OUTLOOK)
    items = [item("郑凯", "小区电梯年检", "2026-04-24"), item("蔡明", "物业费催缴", "2026-04-30"),
             item("吕静", "业主满意度回访", "2026-04-27"), item("魏宁", "消防通道清理", "2026-04-22")]
    return "601-table-lead-person-phone-two-owners", outlook_mail(head, blocks), gold(
        "牵头人 column owns (配合人 does not); a phone number after the name; '负责人：魏宁、郑凯' -> the first.", items)


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
