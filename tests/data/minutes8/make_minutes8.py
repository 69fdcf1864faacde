#!/usr/bin/env python3
"""Write the minutes8 set: 9NN-slug.eml + 9NN-slug.json, issue #12: seventh variants of the shapes.

    python3 tests/data/minutes8/make_minutes8.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/minutes8/make_minutes8.py --check   # only check the gold dates against the calendar

Each case is one of issue #12's shapes 1..10 (listed in ../minutes2/make_minutes2.py), written as new mail:
seventh variants, written after the minutes7 rules: 安居物业 and BrightPath.
Mail bytes come from ../heldout/mailkit.py, gold answers from ../heldout/goldkit.py; gold dates are re-checked
with chinesecalendar (../heldout/goldcal.py).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import FOXMAIL, GMAIL, headers, OUTLOOK, outlook_mail, plain_mail  # noqa: E402
from goldkit import Cast, case_list, fu, minutes_gold as gold, write_cases  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL: dict[str, str] = {}
BOT = {"anju": ("纪要助手", "minutes@anju.example.cn"), "brightpath": ("minutebot", "minutes@brightpath.example.io")}

CAST = Cast(ROSTER, EXTERNAL, infer_flags=True)
who, item = CAST.who, CAST.item
CASES, case = case_list()


# == seventh variants, written after the minutes7 rules ==============================================================

@case
def c901():
    """Seed 跨部门协作事项跟踪表 in Outlook HTML with a rowspan on 发起部门, 责任人（发起方）/责任人（协作方）, a 延期 row."""
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况（进行中/已完成/延期）", "风险点及应对措施"],
            ["1", "智能门禁上线", ("工程部", 2, 1), "安保部", "郑凯", "魏宁", "2026-04-13", "2026-04-28", "-", "进行中", "-"],
            ["2", "电梯物联网改造", None, "财务部", "郑凯", "蔡明", "2026-04-01", "2026-04-20", "2026-04-20", "已完成", "-"],
            ["3", "业主APP报修入口", "客服部", "工程部", "吕静", "郑凯", "2026-04-15", "2026-04-30", "-", "延期（供应商排期）",
             "每周跟进"]]
    blocks = ["各位：", "", ("b", "跨部门协作事项跟踪表（第17周）"), ("table", rows), "", "胡婷"]
    head = headers(who("胡婷"), [who("郑凯"), who("吕静"), who("魏宁"), who("蔡明")], "跨部门协作事项跟踪（第17周）",
                   "2026-04-21 10:00:00 +0800", "<009d01dcd1aa$bb4c5d6e$@anju.example.cn>", cc=[BOT["anju"]], extra=OUTLOOK)
    items = [item("郑凯", "智能门禁上线", "2026-04-28"), item("吕静", "业主APP报修入口", "2026-04-30")]
    return "901-seed-cross-dept-tracking-rowspan-delay", outlook_mail(head, blocks), gold(
        "Seed 跨部门协作事项跟踪表: the 发起方 责任人 owns, a finished row is status, a 延期 row is still open.", items)


@case
def c902():
    """English grouped by '@name:' headings; an 'Everyone:' group (no owner)."""
    text = """Sprint retro - actions

@sam:
- write the experiment brief for the referral test by Apr 24

@priya:
- add alerting to the billing job by Apr 23
- pair with Leo on the design tokens by Apr 27

Everyone:
- fill in the retro survey by Apr 22
"""
    head = headers(who("Leo Martin"), [who("Sam Reyes"), who("Priya Das")], "Sprint retro - actions", "2026-04-21 18:00:00 +0800",
                   "<retro-0421@brightpath.example.io>", cc=[BOT["brightpath"]], extra=GMAIL)
    items = [item("Sam Reyes", "write the experiment brief for the referral test", "2026-04-24"),
             item("Priya Das", "add alerting to the billing job", "2026-04-23"),
             item("Priya Das", "pair with Leo on the design tokens", "2026-04-27"),
             item(None, "fill in the retro survey", "2026-04-22")]
    return "902-english-at-name-headings-everyone", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'@name:' headings own the bullets below; 'Everyone:' is nobody in particular (no_owner).", items)


@case
def c903():
    """A government-style 纪要 with 主送/抄送 lines (no items) and '请X于…前…' items, 'Next meeting' in SGT."""
    text = """关于物业服务品质提升工作的会议纪要

主送：工程部、客服部、安保部
抄送：总经理办公室

一、会议议定事项
（一）请工程部于4月30日前完成公共设施全面排查。
（二）客服部吕静负责建立业主回访台账，4月28日前完成。

二、下次会议
4月30日（周四）14:00 SGT，线上会议。

行政部
"""
    head = headers(who("胡婷"), [who("郑凯"), who("吕静"), who("魏宁")], "关于物业服务品质提升工作的会议纪要", "2026-04-21 16:30:00 +0800",
                   "<202604211630000903@anju.example.cn>", cc=[BOT["anju"]], label="gbk", extra=FOXMAIL)
    items = [item(None, "完成公共设施全面排查", "2026-04-30", department="工程部"), item("吕静", "建立业主回访台账", "2026-04-28")]
    return "903-government-recipients-please-unit", plain_mail(head, text, "gbk"), gold(
        "主送/抄送 lists name units but ask nothing; '请工程部于…前完成…' is our 工程部's item (no person); '14:00 SGT' = "
        "14:00 in Shanghai.", items, fu("2026-04-30", "14:00"))


@case
def c904():
    """'张三负责的：' heading above numbered items; '@所有人' request (no owner)."""
    text = """周例会分工

郑凯负责的：
1. 4月24日前完成水箱清洗
2. 4月27日前完成楼道照明检修

蔡明负责的：
1. 4月23日前完成供应商付款

@所有人 4月22日前提交五一值班意向
"""
    head = headers(who("胡婷"), [who("郑凯"), who("蔡明")], "周例会分工", "2026-04-21 19:00:00 +0800",
                   "<202604211900000904@anju.example.cn>", cc=[BOT["anju"]], extra=[("X-Mailer", "DingTalk Mail")])
    items = [item("郑凯", "完成水箱清洗", "2026-04-24"), item("郑凯", "完成楼道照明检修", "2026-04-27"),
             item("蔡明", "完成供应商付款", "2026-04-23"), item(None, "提交五一值班意向", "2026-04-22")]
    return "904-name-fuze-de-heading-at-all", plain_mail(head, text), gold(
        "'X负责的：' heads a list that is X's; '@所有人' asks everyone (no_owner).", items)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv))
