#!/usr/bin/env python3
"""Write the minutes9 set: 10NN-slug.eml + 10NN-slug.json, issue #12: eighth variants of the shapes.

    python3 tests/data/minutes9/make_minutes9.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/minutes9/make_minutes9.py --check   # only check the gold dates against the calendar

Each case is one of issue #12's shapes 1..10 (listed in ../minutes2/make_minutes2.py), written as new mail:
eighth variants, written after the minutes8 rules: 安居物业 and BrightPath.
Mail bytes come from ../heldout/mailkit.py, gold answers from ../heldout/goldkit.py; gold dates are re-checked
with chinesecalendar (../heldout/goldcal.py).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import FOXMAIL, headers, OUTLOOK, outlook_mail, plain_mail  # noqa: E402
from goldcal import expect, this_or_next  # noqa: E402
from goldkit import Cast, case_list, fu, minutes_gold as gold, write_cases  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL = {"李娜": "lina@anju.example.cn", "王强": "wangqiang@anju.example.cn"}
BOT = {"anju": ("纪要助手", "minutes@anju.example.cn"), "brightpath": ("minutebot", "minutes@brightpath.example.io")}

CAST = Cast(ROSTER, EXTERNAL, infer_flags=True)
who, item = CAST.who, CAST.item
CASES, case = case_list()


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


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv))
