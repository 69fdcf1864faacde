#!/usr/bin/env python3
"""Write the minutes9 set: 10NN-slug.eml + 10NN-slug.json, issue #12: eighth variants of the shapes.

    python3 tests/data/minutes9/make_minutes9.py          # rewrite every case beside this file
    python3 tests/data/minutes9/make_minutes9.py --check  # only check the gold dates against the calendar

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
EXTERNAL = {"李娜": "lina@anju.example.cn", "王强": "wangqiang@anju.example.cn"}
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


# == eighth variants, written after the minutes8 rules ===============================================================

@case
def c1001():
    """The seed's inline shape '①市场部…前…（李经理）②技术部…前…（王工）' with titles only: the To people with those surnames."""
    text = """胡总：

今天与业委会沟通确认2件事：①客服部4月24日前提交业主意见汇总（李经理）②工程部4月27日前输出维修计划（王工）。

吕静
"""
    head = headers(who("吕静"), [who("胡婷"), who("李娜"), who("王强")], "业委会沟通确认事项", "2026-04-21 15:00:00 +0800",
                   "<202604211500001001@anju.example.cn>", cc=[BOT["anju"]], label="gb2312", extra=OUTLOOK)
    items = [item("李娜", "提交业主意见汇总", "2026-04-24"), item("王强", "输出维修计划", "2026-04-27")]
    return "1001-seed-inline-circled-title-only", plain_mail(head, text, "gb2312", "quoted-printable"), gold(
        "Seed inline shape with only a title in the brackets: 李经理 = the To 李娜, 王工 = the To 王强.", items)


@case
def c1002():
    """English HTML table 'Action | Owner | Target Date | Status' with Open/Closed statuses."""
    rows = [["Action", "Owner", "Target Date", "Status"],
            ["Renew the SSL certificate", "Priya Das", "Apr 24", "Open"],
            ["Migrate the blog to the new CMS", "Leo Martin", "Apr 30", "Open"],
            ["Cancel the unused Figma seats", "Sam Reyes", "Apr 15", "Closed"]]
    blocks = ["Hi all,", "", ("b", "Ops review - action log"), ("table", rows), "", "Next review: Tue Apr 28, 11am", "", "Sam"]
    head = headers(who("Sam Reyes"), [who("Priya Das"), who("Leo Martin")], "Ops review - action log", "2026-04-21 10:30:00 +0800",
                   "<ops-review-0421@brightpath.example.io>", cc=[BOT["brightpath"]], extra=OUTLOOK[:1])
    items = [item("Priya Das", "Renew the SSL certificate", "2026-04-24"), item("Leo Martin", "Migrate the blog to the new CMS", "2026-04-30")]
    return "1002-english-html-action-log-table", outlook_mail(head, blocks, "utf-8"), gold(
        "An action log table with Open/Closed statuses; the Closed row is status.", items, fu("2026-04-28", "11:00"))


@case
def c1003():
    """'【待办】张三：…' tags on lines among discussion lines, and '下次碰头：周四下午三点'."""
    text = """车库改造讨论记录

讨论了车库照明的两个方案，倾向于LED感应灯方案。
【待办】郑凯：4月24日前提供LED方案报价
业主对施工噪音有顾虑。
【待办】吕静：4月23日前发布施工告示
【结论】施工时间限定在9:00-17:00。

下次碰头：周四下午三点
"""
    sent = D(2026, 4, 21)
    head = headers(who("郑凯"), [who("吕静"), who("胡婷")], "车库改造讨论记录", "2026-04-21 17:20:00 +0800",
                   "<202604211720001003@anju.example.cn>", cc=[BOT["anju"]], extra=FOXMAIL)
    items = [item("郑凯", "提供LED方案报价", "2026-04-24"), item("吕静", "发布施工告示", "2026-04-23")]
    return "1003-todo-tags-among-discussion", plain_mail(head, text), gold(
        "【待办】 tags mark the items among discussion lines; 【结论】 is a decision; '周四下午三点' -> 04-23 15:00.", items,
        fu(expect("周四", this_or_next(sent, 3), "2026-04-23"), "15:00"))


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
