#!/usr/bin/env python3
"""Write the minutes4 set: 5NN-slug.eml + 5NN-slug.json, issue #12: third variants of the shapes, new writers.

    python3 tests/data/minutes4/make_minutes4.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/minutes4/make_minutes4.py --check   # only check the gold dates against the calendar

Each case is one of issue #12's shapes 1..10 (listed in ../minutes2/make_minutes2.py), written as new mail:
third variants, written after the minutes3 rules: 华康医院 (a hospital), 远帆外贸 (a trading company,
English).
Mail bytes come from ../heldout/mailkit.py, gold answers from ../heldout/goldkit.py; gold dates are re-checked
with chinesecalendar (../heldout/goldcal.py).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import FOXMAIL, headers, leaf, message, OUTLOOK, outlook_mail, plain_mail, THUNDERBIRD  # noqa: E402
from goldcal import expect, this_or_next  # noqa: E402
from goldkit import Cast, case_list, fu, minutes_gold as gold, write_cases  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL = {"卢国平": "luguoping@huakang.example.cn", "王明": "wangming@huakang.example.cn", "王涛": "wangtao@huakang.example.cn"}
BOT = {"huakang": ("纪要助手", "minutes@huakang.example.cn"), "yuanfan": ("minutebot", "minutes@yuanfan.example.com")}

CAST = Cast(ROSTER, EXTERNAL, infer_flags=True)
who, item = CAST.who, CAST.item
CASES, case = case_list()


# == third variants: 华康医院 (a hospital), 远帆外贸 (a trading company, English) ====================================

@case
def c501():
    """Roles after the name ('姚佳（设备科科长）：', '信息科孟凡工程师：'), '由医务科主任 杜建平 牵头', '@卢主任 请…', an
    ambiguous 王总 (two 王 in To: as written), 李老师 known to nobody (as written)."""
    text = """各位主任：

4月13日院务会纪要如下。

二、工作安排
1. 姚佳（设备科科长）：4月17日前完成CT机年度保养
2. 由医务科主任 杜建平 牵头，4月20日前修订危急值报告制度
3. @卢主任 请于4月16日前确认门诊楼消防整改方案
4. 王总：4月24日前审批二季度设备采购预算
5. 李老师：周五前完成实习护士带教排班
6. 信息科孟凡工程师：4月15日前完成HIS系统补丁升级

院办
"""
    sent = D(2026, 4, 13)
    head = headers(who("杜建平"), [who("姚佳"), who("孟凡"), who("卢国平"), who("王明"), who("王涛")], "院务会纪要（4月13日）",
                   "2026-04-13 17:00:00 +0800", "<202604131700000501@huakang.example.cn>", cc=[BOT["huakang"]], extra=FOXMAIL)
    items = [item("姚佳", "完成CT机年度保养", "2026-04-17"),
             item("杜建平", "修订危急值报告制度", "2026-04-20"),
             item("卢国平", "确认门诊楼消防整改方案", "2026-04-16"),
             item("王总", "审批二季度设备采购预算", "2026-04-24"),
             item("李老师", "完成实习护士带教排班", expect("周五", this_or_next(sent, 4), "2026-04-17")),
             item("孟凡", "完成HIS系统补丁升级", "2026-04-15")]
    return "501-roles-after-name-ambiguous-title", plain_mail(head, text), gold(
        "Roles after the name (in brackets, or 孟凡工程师), 由+role+name+牵头, '@卢主任' = the To 卢国平; 王总 fits two To "
        "people (王明, 王涛): as written, no address; 李老师 fits nobody: as written.", items)


@case
def c502():
    """English: 'Action point 1 – Sam to …', 'AP: Kim – …', 'Owner: Grace — Task: … — Due: …', '@kim to …',
    '- Sam will …', 'Sam & Kim: …' (the first named)."""
    text = """Hi all,

Notes from the Q2 shipping review.

Action points
Action point 1 – Sam to confirm the new freight rates with the forwarder by Apr 17
AP: Kim – update the packing list template, due Apr 20
Owner: Grace — Task: release the deposit for PO 4471 — Due: Apr 16
@kim to book the container inspection by Apr 22
- Sam will send the revised quotation to the buyer by Apr 15
- Sam & Kim: walk the buyer through the new QC process by Apr 24

Best,
Grace
"""
    head = headers(who("Grace Wu"), [who("Sam Ortiz"), who("Kim Lee")], "Q2 shipping review - action points",
                   "2026-04-14 10:30:00 +0800", "<shipping-review-0414@yuanfan.example.com>", cc=[BOT["yuanfan"]],
                   extra=OUTLOOK[:1])
    items = [item("Sam Ortiz", "confirm the new freight rates with the forwarder", "2026-04-17"),
             item("Kim Lee", "update the packing list template", "2026-04-20"),
             item("Grace Wu", "release the deposit for PO 4471", "2026-04-16"),
             item("Kim Lee", "book the container inspection", "2026-04-22"),
             item("Sam Ortiz", "send the revised quotation to the buyer", "2026-04-15"),
             item("Sam Ortiz", "walk the buyer through the new QC process", "2026-04-24"),
             item("Kim Lee", "walk the buyer through the new QC process", "2026-04-24")]
    return "502-english-action-points-owner-task-due", plain_mail(head, text, "utf-8", "quoted-printable"), gold(
        "Action point/AP prefixes, an Owner — Task — Due line, '@kim to', 'Sam will', two owners (an item each: both are "
        "chased).", items)


@case
def c503():
    """Grouped by person in HTML (bold names, lists below), '谭浩负责：' heading, English 'For Grace:'."""
    html = """<html><body>
<p>各位：本周护理质控会分工如下。</p>
<p><b>苏婉</b></p>
<ul><li>4月17日前完成护理文书抽查</li><li>周四前上报不良事件分析</li></ul>
<p>谭浩负责：</p>
<ol><li>4月20日前完成病区空调清洗</li><li>4月22日前更换住院楼电梯门禁卡</li></ol>
<p>For Grace:</p>
<ul><li>approve the nursing overtime budget by Apr 21</li></ul>
<p>杜建平</p>
</body></html>
"""
    sent = D(2026, 4, 14)
    head = headers(who("杜建平"), [who("苏婉"), who("谭浩"), who("Grace Wu")], "护理质控会分工", "2026-04-14 16:00:00 +0800",
                   "<202604141600000503@huakang.example.cn>", cc=[BOT["huakang"]], extra=[("X-Mailer", "Coremail Webmail")])
    raw = message(head, leaf("text/html", html, "utf-8", "base64"))
    items = [item("苏婉", "完成护理文书抽查", "2026-04-17"),
             item("苏婉", "上报不良事件分析", expect("周四", this_or_next(sent, 3), "2026-04-16")),
             item("谭浩", "完成病区空调清洗", "2026-04-20"),
             item("谭浩", "更换住院楼电梯门禁卡", "2026-04-22"),
             item("Grace Wu", "approve the nursing overtime budget", "2026-04-21")]
    return "503-grouped-by-person-html-bold", raw, gold(
        "HTML only: a bold name above a list, 'X负责：' above a list, 'For Grace:' above a list.", items)


@case
def c504():
    """Not items: 上周完成事项, 讨论了…, 已于…完成, a transcript 'name 00:03:12' style, Feishu 智能待办 section."""
    text = """飞书妙记 | 信息化例会

智能摘要
会议讨论了HIS系统升级计划。孟凡已于4月10日完成服务器迁移。

上周完成事项
1. 孟凡：完成机房UPS巡检
2. 姚佳：完成监护仪校准

智能待办
1. 孟凡 4月17日前完成电子病历系统压力测试
2. 苏婉 4月20日前收集病区对移动护理的需求

文字记录
孟凡 00:03:12
服务器迁移上周已经做完了，压测我周五前弄完。
苏婉 00:05:40
需求我下周一前收上来。

以上内容由飞书妙记智能生成，请注意甄别
"""
    head = headers(who("孟凡"), [who("苏婉"), who("姚佳")], "信息化例会 智能纪要", "2026-04-15 11:00:00 +0800",
                   "<feishu-minutes-0415@huakang.example.cn>", cc=[BOT["huakang"]], extra=[("X-Mailer", "Feishu Mail")])
    items = [item("孟凡", "完成电子病历系统压力测试", "2026-04-17"), item("苏婉", "收集病区对移动护理的需求", "2026-04-20")]
    return "504-feishu-smart-todo-transcript-speaker-lines", plain_mail(head, text), gold(
        "Feishu AI minutes: 讨论了/已于…完成 are reports, 上周完成事项 is a review, transcript speaker lines hold no items.",
        items)


@case
def c505():
    """Government/hospital directive styles: '由X负责，Y配合，…前完成', labels '牵头部门：… 配合部门：… 时间：…', and 十一、."""
    text = """华康医院安全生产委员会会议纪要

一、会议情况
4月15日下午，安全生产委员会召开第二季度会议，院长主持。

二、议定事项
（一）住院楼消防设施全面检测，由后勤保障部负责，设备科配合，4月30日前完成。
（二）医疗废物暂存点改造。牵头部门：后勤保障部  配合部门：护理部  时间：5月15日前
（三）信息科孟凡负责在4月24日前完成视频监控存储扩容。

院办
"""
    head = headers(who("杜建平"), [who("谭浩"), who("孟凡")], "安全生产委员会会议纪要", "2026-04-15 18:00:00 +0800",
                   "<202604151800000505@huakang.example.cn>", cc=[BOT["huakang"]], label="gbk", extra=FOXMAIL)
    items = [item(None, "住院楼消防设施全面检测", "2026-04-30", department="后勤保障部"),
             item(None, "医疗废物暂存点改造", "2026-05-15", department="后勤保障部"),
             item("孟凡", "完成视频监控存储扩容", "2026-04-24")]
    return "505-directive-unit-responsible-labels", plain_mail(head, text, "gbk"), gold(
        "议定事项: '由X负责，Y配合，…前完成' (the responsible unit, not the helper), 牵头部门/配合部门/时间 labels on the "
        "topic line, a person named inside.", items)


@case
def c506():
    """QQ mail '回复：' with new minutes on top and the old ones under '------------------ 原始邮件 ------------------'."""
    text = """大家好，本周信息化例会纪要：
1. 孟凡：4月24日前完成HIS补丁回归验证
2. 姚佳：4月22日前提交设备物联网网关选型报告
下次例会：4月27日（周一）14:00

------------------ 原始邮件 ------------------
发件人: "孟凡"<mengfan@huakang.example.cn>;
发送时间: 2026年4月13日(星期一) 下午5:10
收件人: "姚佳"<yaojia@huakang.example.cn>;
主题: 信息化例会纪要

1. 孟凡：4月15日前完成HIS系统补丁升级
2. 姚佳：4月17日前完成CT机年度保养
下次例会：4月20日（周一）14:00
"""
    head = headers(who("孟凡"), [who("姚佳")], "回复：信息化例会纪要", "2026-04-20 15:30:00 +0800",
                   "<tencent_5506A1B2@qq-exmail.huakang.example.cn>", cc=[BOT["huakang"]],
                   extra=[("In-Reply-To", "<202604131710000999@huakang.example.cn>"), ("X-QQ-mid", "bizesmtp1t1776669000")])
    items = [item("孟凡", "完成HIS补丁回归验证", "2026-04-24"), item("姚佳", "提交设备物联网网关选型报告", "2026-04-22")]
    return "506-qq-reply-new-minutes-over-original", plain_mail(head, text), gold(
        "QQ '回复：' whose new text is new minutes; the 原始邮件 quote is old.", items, fu("2026-04-27", "14:00"))


@case
def c507():
    """Outlook Chinese '转发:' with a preface that asks for feedback by Friday (no owner: no item)."""
    text = """各位主任：

转发设备管理委员会会议纪要，请大家周五前反馈意见。重点：
1）第2项涉及各病区，请护士长知悉；
2）预算部分以财务科通知为准。

杜建平

发件人: 姚佳
发送时间: 2026年4月14日 16:45
收件人: 杜建平
主题: 设备管理委员会会议纪要

待办事项：
1. 姚佳：4月21日前完成全院输液泵盘点
2. 苏婉：4月23日前组织病区设备使用培训
3. 谭浩：4月28日前完成设备间温湿度改造
"""
    head = headers(who("杜建平"), [who("苏婉"), who("谭浩"), who("孟凡")], "转发: 设备管理委员会会议纪要",
                   "2026-04-15 08:40:00 +0800", "<006a01dcccf0$1a2b3c4d$@huakang.example.cn>", cc=[BOT["huakang"]],
                   extra=OUTLOOK)
    items = [item("姚佳", "完成全院输液泵盘点", "2026-04-21"), item("苏婉", "组织病区设备使用培训", "2026-04-23"),
             item("谭浩", "完成设备间温湿度改造", "2026-04-28")]
    return "507-outlook-forward-preface-request", plain_mail(head, text), gold(
        "Forward with a preface (a request to everyone and 1）2） notes): only the forwarded 待办 are items.", items)


@case
def c508():
    """Items hard-wrapped at the margin without indentation (a plain-text client that wraps at 40 characters)."""
    text = """行动项：
1. 谭浩：组织后勤、保卫两个部门对门诊楼地下车库的
照明和排水系统进行联合检查，4月22日前完成
2. 苏婉：协调各病区护士长完成夜班护理人员的
应急培训，4月24日前提交培训记录
3. 孟凡：4月17日前完成院内Wi-Fi覆盖测试
"""
    head = headers(who("杜建平"), [who("谭浩"), who("苏婉"), who("孟凡")], "行政周会行动项", "2026-04-14 11:00:00 +0800",
                   "<202604141100000508@huakang.example.cn>", cc=[BOT["huakang"]], extra=[("X-Mailer", "Mail Master 4.17")])
    items = [item("谭浩", "组织后勤、保卫两个部门对门诊楼地下车库的照明和排水系统进行联合检查", "2026-04-22"),
             item("苏婉", "协调各病区护士长完成夜班护理人员的应急培训，提交培训记录", "2026-04-24"),
             item("孟凡", "完成院内Wi-Fi覆盖测试", "2026-04-17")]
    return "508-hard-wrapped-items-no-indent", plain_mail(head, text), gold(
        "Items wrapped at the margin with no indentation: the continuation (with the date) belongs to the item above.", items)


@case
def c509():
    """'下周同一时间' (next week, same weekday and time as this meeting) and 'same time next week' in English."""
    text = """设备科周会纪要
会议时间：2026年4月16日（周四）10:00-11:00

1. 姚佳：4月20日前完成呼吸机维保合同续签
2. 谭浩：4月21日前完成配电房巡检

下周同一时间继续。
"""
    head = headers(who("姚佳"), [who("谭浩")], "设备科周会纪要", "2026-04-16 11:30:00 +0800",
                   "<202604161130000509@huakang.example.cn>", cc=[BOT["huakang"]], extra=FOXMAIL)
    items = [item("姚佳", "完成呼吸机维保合同续签", "2026-04-20"), item("谭浩", "完成配电房巡检", "2026-04-21")]
    return "509-next-meeting-same-time-next-week-zh", plain_mail(head, text), gold(
        "'下周同一时间继续' -> next week's Thursday 04-23 at 10:00.", items, fu("2026-04-23", "10:00"))


@case
def c510():
    """English 'Same time next week.' under notes whose meeting time is given as 'When: Thu Apr 16, 4pm'."""
    text = """Weekly sales huddle
When: Thu Apr 16, 4pm

Actions
- Sam: chase the overdue invoice from Nordhaus by Apr 17
- Kim: prepare the sample shipment by Apr 21

Same time next week.
"""
    head = headers(who("Grace Wu"), [who("Sam Ortiz"), who("Kim Lee")], "Sales huddle notes", "2026-04-16 17:05:00 +0800",
                   "<huddle-0416@yuanfan.example.com>", cc=[BOT["yuanfan"]], extra=THUNDERBIRD)
    items = [item("Sam Ortiz", "chase the overdue invoice from Nordhaus", "2026-04-17"),
             item("Kim Lee", "prepare the sample shipment", "2026-04-21")]
    return "510-english-same-time-next-week", plain_mail(head, text, "utf-8", "7bit"), gold(
        "'Same time next week.' -> Thu 04-23 16:00 (the meeting's When: line).", items, fu("2026-04-23", "16:00"))


@case
def c511():
    """A seed 内部沟通记录表 (跨部门沟通记录表 columns) in Outlook HTML: 待办事项 '①…(姓名)②…(姓名)', 状态, 备注."""
    rows = [["沟通编号", "发起部门/人", "参与部门", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
            ["NC2026-04-15", "医务科/杜建平", "信息科、护理部", "移动护理上线评审",
             "讨论移动护理系统上线范围；信息科确认开发周期为15个工作日",
             "①信息科4月24日前提交上线方案（孟凡）②护理部4月27日前确认试点病区（苏婉）", "进行中", "需补充培训计划"]]
    blocks = ["各位：", "", ("b", "内部沟通记录表"), ("table", rows), "", "下次沟通时间：4月28日（周二）15:00", "", "杜建平"]
    head = headers(who("杜建平"), [who("孟凡"), who("苏婉")], "内部沟通记录表-移动护理上线评审（NC2026-04-15）",
                   "2026-04-15 17:20:00 +0800", "<007b01dcccf1$2b3c4d5e$@huakang.example.cn>", cc=[BOT["huakang"]],
                   extra=OUTLOOK)
    items = [item("孟凡", "提交上线方案", "2026-04-24"), item("苏婉", "确认试点病区", "2026-04-27")]
    return "511-seed-internal-record-table-outlook", outlook_mail(head, blocks), gold(
        "Seed 内部沟通记录表: ①② each name their person in brackets after a department; 下次沟通时间 below.", items,
        fu("2026-04-28", "15:00"))


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv))
