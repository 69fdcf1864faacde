#!/usr/bin/env python3
"""Write the minutes10 set: 11NN-slug.eml + 11NN-slug.json, issues #12: minutes from writers the rules never saw.

    python3 tests/data/minutes10/make_minutes10.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/minutes10/make_minutes10.py --check   # only check the gold dates against the calendar

New industries (a hospital, 青禾医院; a logistics company, Northwind) and new phrasings of issue #12's shapes,
written before reading the parser's rules for them. Mail bytes come from ../heldout/mailkit.py, gold answers from
../heldout/goldkit.py; weekday gold dates are re-checked with chinesecalendar (../heldout/goldcal.py).
Most mails are sent on Tue 2026-05-19 (+0800): 周五 = 05-22, 下周一 = 05-25, 下周二 = 05-26, 下周三 = 05-27.
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
SENT = D(2026, 5, 19)
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL = {"孟凡": "mengfan@huaxin-med.example.cn", "殷若彤": "yinruotong@huaxin-med.example.cn",
            "Lisa Brandt": "lisa.brandt@balticfreight.example.com"}
BOT = {"qh": ("纪要助手", "minutes@qinghe.example.cn"), "nw": ("minutebot", "minutes@northwind.example.com")}
WHEN = "2026-05-19 16:20:00 +0800"

CAST = Cast(ROSTER, EXTERNAL, infer_flags=True)
who, item = CAST.who, CAST.item
CASES, case = case_list()


def zh_head(frm, to, subject, n, date=WHEN, extra=FOXMAIL, label="utf-8", **kw):
    return headers(who(frm), [who(t) for t in to], subject, date, f"<20260519{n}@qinghe.example.cn>",
                   cc=[BOT["qh"]], label=label, extra=extra, **kw)


def en_head(frm, to, subject, n, date=WHEN, extra=GMAIL, **kw):
    return headers(who(frm), [who(t) for t in to], subject, date, f"<nw-{n}@northwind.example.com>",
                   cc=[BOT["nw"]], extra=extra, **kw)


def fri():
    return expect("周五", this_or_next(SENT, 4), "2026-05-22")


def next_mon():
    return expect("下周一", next_weekday(SENT, 0), "2026-05-25")


def next_tue():
    return expect("下周二", next_weekday(SENT, 1), "2026-05-26")


def next_wed():
    return expect("下周三", next_weekday(SENT, 2), "2026-05-27")


# == 1. owners with a role or title in new positions ==================================================================

@case
def c1101():
    """Role before the name (药剂科主任蒋文华：), unit + name + 负责, title after the unit and before the name + 牵头."""
    text = """药品供应保障协调会纪要

时间：2026年5月19日 9:30
地点：行政楼三楼会议室
参会：董一鸣、蒋文华、邓超、马琳、潘越

一、会议事项
1. 药剂科主任蒋文华：5月22日前梳理短缺药品清单并报院办。
2. 采购中心潘越负责联系两家备选供应商，5月26日前给出比价结果。
3. 护理部护士长马琳：本周五前完成病区基数药品盘点。
4. 设备科科长邓超牵头，5月29日前完成冷链冰箱温控探头更换。

二、下次会议
下周二上午9:30，原地点。
"""
    head = zh_head("董一鸣", ["蒋文华", "邓超", "马琳", "潘越"], "药品供应保障协调会纪要", "1101", extra=OUTLOOK, label="gb2312")
    items = [item("蒋文华", "梳理短缺药品清单并报院办", "2026-05-22"), item("潘越", "联系两家备选供应商，给出比价结果", "2026-05-26"),
             item("马琳", "完成病区基数药品盘点", fri()), item("邓超", "完成冷链冰箱温控探头更换", "2026-05-29")]
    return "1101-hospital-role-before-name", plain_mail(head, text, "gb2312", "base64"), gold(
        "Unit and title before the name (药剂科主任蒋文华, 护理部护士长马琳, 设备科科长邓超); 下周二上午9:30 = 05-26.",
        items, fu(next_tue(), "09:30"))


@case
def c1102():
    """Surname + title of people the roster does not know (孟工, 殷老师): the To person with that surname."""
    text = """各位：

今天与华信医疗对接了检验科信息系统接口改造，纪要如下：
1、孟工：5月21日前提供接口文档V2.0；
2、殷老师负责组织检验科老师完成用户验收测试，6月5日前反馈问题清单；
3、韩雪：5月25日前开通测试环境VPN账号。

下次对接：5月26日（周二）下午2点，线上会议。

信息科 韩雪
"""
    head = zh_head("韩雪", ["孟凡", "殷若彤", "邓超"], "检验科接口改造对接纪要", "1102")
    items = [item("孟凡", "提供接口文档V2.0", "2026-05-21"), item("殷若彤", "组织检验科老师完成用户验收测试，反馈问题清单", "2026-06-05"),
             item("韩雪", "开通测试环境VPN账号", "2026-05-25")]
    return "1102-vendor-surname-titles", plain_mail(head, text), gold(
        "孟工 and 殷老师 are the To people 孟凡 and 殷若彤 (outside the roster).", items, fu("2026-05-26", "14:00"))


# == 2. English action-item conventions ==============================================================================

@case
def c1103():
    """'AI: Martin to … by Friday' lines of an incident review, after a summary line with times."""
    text = """Hi team,

Notes from today's incident review (INC-4471, checkout latency).

Summary: p95 latency spiked to 4.2s between 09:10 and 09:55; root cause was a missing index on orders.created_at.

AI: Martin to add the missing index to the migration checklist by Friday
AI: Mike to set up a latency alert on the checkout service by May 27
AI: Aisha to draft the customer-facing post-mortem by EOD tomorrow

Next review: Thursday May 28, 4pm

Grace
"""
    head = en_head("Grace Lin", ["Martin Keller", "Mike Sato", "Aisha Rahman"], "Incident review INC-4471", "1103")
    items = [item("Martin Keller", "add the missing index to the migration checklist", fri()),
             item("Mike Sato", "set up a latency alert on the checkout service", "2026-05-27"),
             item("Aisha Rahman", "draft the customer-facing post-mortem", "2026-05-20")]
    return "1103-incident-review-ai-lines", plain_mail(head, text, "us-ascii", "7bit"), gold(
        "'AI: X to … by …' lines; 'EOD tomorrow' = 05-20; the summary's clock times are no deadlines.", items,
        fu("2026-05-28", "16:00"))


@case
def c1104():
    """A Confluence page pasted into mail: '- [ ] @Name task by 2026-05-22'; a ticked box is done."""
    text = """Sprint 42 planning - meeting notes

Date: 19 May 2026
Attendees: @Martin Keller @Mike Sato @Dana Whitfield @Grace Lin

Discussion
- Carry-over: the SSO work slipped because of the vendor outage.
- We agreed to freeze scope on Thursday.

Action items
- [ ] @Mike Sato finish the SSO callback handler by 2026-05-22
- [ ] @Dana Whitfield review the new data-processing addendum by 2026-05-26
- [x] @Martin Keller rotate the staging secrets
- [ ] @Grace Lin book the demo room for the sprint review
"""
    head = en_head("Martin Keller", ["Mike Sato", "Dana Whitfield", "Grace Lin"], "Sprint 42 planning - meeting notes", "1104",
                   extra=THUNDERBIRD)
    items = [item("Mike Sato", "finish the SSO callback handler", "2026-05-22"),
             item("Dana Whitfield", "review the new data-processing addendum", "2026-05-26"),
             item("Grace Lin", "book the demo room for the sprint review")]
    return "1104-confluence-checkboxes", plain_mail(head, text, "utf-8", "quoted-printable"), gold(
        "Confluence task list: '[x]' is done (status); '[ ]' without a date is no_due.", items)


@case
def c1105():
    """A Notion export: each follow-up a title line with 'Owner:' and 'Due:' lines under it; 'Due: TBD' is vague."""
    text = """Vendor onboarding sync

Decisions
- We go with Baltic Freight for the EU lane.

Follow-ups

Update the vendor master data
Owner: Ben Okafor
Due: May 22, 2026

Send the signed NDA to Baltic Freight
Owner: Dana Whitfield
Due: May 25, 2026

Prepare the pallet labelling spec
Owner: Tomas Ortega
Due: TBD
"""
    head = en_head("Grace Lin", ["Ben Okafor", "Dana Whitfield", "Tomas Ortega"], "Vendor onboarding sync", "1105")
    items = [item("Ben Okafor", "Update the vendor master data", "2026-05-22"),
             item("Dana Whitfield", "Send the signed NDA to Baltic Freight", "2026-05-25"),
             item("Tomas Ortega", "Prepare the pallet labelling spec", flags=["vague_due"])]
    return "1105-notion-owner-due-blocks", plain_mail(head, text), gold(
        "Title line + Owner:/Due: lines; Due: TBD -> vague_due.", items)


@case
def c1106():
    """Outlook: 'Name (Company) - task, due May 22'; the next call in CEST with Beijing time in brackets."""
    blocks = ["Hello all,", "", "Thanks for joining the carrier review today. Action items:", "",
              "Lisa Brandt (Baltic Freight) - send the revised rate card, due May 22",
              "Tomas Ortega (Northwind) - confirm the dock schedule for June, due May 26",
              "Ben Okafor (Northwind) - raise the PO for the pilot shipment, due May 29", "",
              "Next call: Tue Jun 2, 10:00 CEST (16:00 Beijing)", "", "Best,", "Grace"]
    head = en_head("Grace Lin", ["Lisa Brandt", "Tomas Ortega", "Ben Okafor"], "Carrier review - action items", "1106",
                   extra=OUTLOOK[:1])
    items = [item("Lisa Brandt", "send the revised rate card", "2026-05-22"),
             item("Tomas Ortega", "confirm the dock schedule for June", "2026-05-26"),
             item("Ben Okafor", "raise the PO for the pilot shipment", "2026-05-29")]
    return "1106-outlook-name-company-dash", outlook_mail(head, blocks, "utf-8"), gold(
        "'Name (Company) - task, due …'; Lisa Brandt is outside the roster (To); 10:00 CEST = 16:00 +08:00.", items,
        fu("2026-06-02", "16:00"))


@case
def c1107():
    """'ACTION ITEM (Dana): …' and 'Action: Ben - …' lines; an FYI line with a date is no item."""
    text = """Legal & finance touchpoint

ACTION ITEM (Dana): circulate the redlined MSA to the customer by May 22.
Action: Ben - reconcile the April credit notes by May 26.
ACTION ITEM (Martin): confirm the data-residency setting in the EU tenant by May 27.

FYI: the external audit starts June 15.
"""
    head = en_head("Grace Lin", ["Dana Whitfield", "Ben Okafor", "Martin Keller"], "Legal & finance touchpoint", "1107")
    items = [item("Dana Whitfield", "circulate the redlined MSA to the customer", "2026-05-22"),
             item("Ben Okafor", "reconcile the April credit notes", "2026-05-26"),
             item("Martin Keller", "confirm the data-residency setting in the EU tenant", "2026-05-27")]
    return "1107-action-item-parens", plain_mail(head, text), gold(
        "ACTION ITEM (first name): and Action: Name - …; first names are roster aliases.", items)


@case
def c1108():
    """Numbered 'Name - task (by Fri)' lines under 'To do', and 'Next check-in: Thu May 28, 2pm'."""
    text = """Hi all,

Quick notes from the returns-process workshop.

To do
1. Aisha - rewrite the returns macro in Zendesk (by Fri)
2. Tomas - set up a returns shelf in Hall A (by May 26)
3. Ben - check whether refunds can be batched daily (by May 29)

Next check-in: Thu May 28, 2pm
"""
    head = en_head("Grace Lin", ["Aisha Rahman", "Tomas Ortega", "Ben Okafor"], "Returns workshop notes", "1108")
    items = [item("Aisha Rahman", "rewrite the returns macro in Zendesk", fri()),
             item("Tomas Ortega", "set up a returns shelf in Hall A", "2026-05-26"),
             item("Ben Okafor", "check whether refunds can be batched daily", "2026-05-29")]
    return "1108-todo-name-dash-by-in-brackets", plain_mail(head, text), gold(
        "'(by Fri)' in brackets after the task; next check-in with a weekday and a 12-hour time.", items,
        fu("2026-05-28", "14:00"))


# == 3. grouped by person, 主责/配合 in one cell ======================================================================

@case
def c1109():
    """Minutes grouped by person: 【name】 headings with numbered items below each."""
    text = """病区护理质量周会纪要（5月19日）

【马琳】
1. 5月22日前完成压疮高风险患者名单复核
2. 下周一前组织新入职护士的院感培训

【韩雪】
1. 5月21日前修复护理记录系统的打印分页问题

【骆明】
1. 本周五前更换三病区走廊的损坏扶手
2. 月底前完成病区空调滤网清洗

下次周会：5月26日 15:00
"""
    head = zh_head("马琳", ["韩雪", "骆明", "董一鸣"], "病区护理质量周会纪要", "1109")
    items = [item("马琳", "完成压疮高风险患者名单复核", "2026-05-22"), item("马琳", "组织新入职护士的院感培训", next_mon()),
             item("韩雪", "修复护理记录系统的打印分页问题", "2026-05-21"), item("骆明", "更换三病区走廊的损坏扶手", fri()),
             item("骆明", "完成病区空调滤网清洗", "2026-05-31")]
    return "1109-grouped-by-person-brackets", plain_mail(head, text), gold(
        "Each 【name】 heading owns the numbered lines below it; the numbering restarts per person.", items,
        fu("2026-05-26", "15:00"))


@case
def c1110():
    """A table whose 责任人 cell reads '主责：潘越；配合：邓超、谢婉清' / '牵头：邓超 配合：韩雪' / '谢婉清（配合：潘越）'."""
    rows = [["序号", "工作事项", "责任人", "完成时间"],
            ["1", "制定手术室耗材二级库管理办法", "主责：潘越；配合：邓超、谢婉清", "5月29日"],
            ["2", "完成高值耗材扫码出库试点", "牵头：邓超 配合：韩雪", "6月5日"],
            ["3", "核对4月耗材结算差异", "谢婉清（配合：潘越）", "5月22日"]]
    blocks = ["各位领导、同事：", "", "耗材管理专题会议定事项如下：", ("table", rows), "", "院办 董一鸣"]
    head = zh_head("董一鸣", ["潘越", "邓超", "谢婉清", "韩雪"], "耗材管理专题会议纪要", "1110", extra=OUTLOOK, label="gb2312")
    items = [item("潘越", "制定手术室耗材二级库管理办法", "2026-05-29"), item("邓超", "完成高值耗材扫码出库试点", "2026-06-05"),
             item("谢婉清", "核对4月耗材结算差异", "2026-05-22")]
    return "1110-lead-and-support-in-one-cell", outlook_mail(head, blocks, "gb2312"), gold(
        "The 主责/牵头 person (or the name outside the 配合 bracket) owns the row; 配合 names are not owners.", items,
        numbers=[1, 2, 3])


# == 4. reports and transcripts that look like items ==================================================================

@case
def c1111():
    """Reports with verbs (通报了, 展示了, 回顾了, 说明了) before the tasks; '请大家预留下周四上午'."""
    text = """安全生产月度例会纪要

一、工作通报
1. 骆明通报了5月上旬消防设施巡检情况，共发现隐患3处，已整改2处。
2. 邓超展示了医用气体管路改造的施工进度，目前完成约60%。
3. 马琳回顾了4月份的跌倒不良事件，已于5月10日完成根因分析。
4. 潘越说明了应急物资储备现状。

二、下步工作
1. 骆明：5月25日前完成剩余1处消防隐患整改。
2. 邓超：6月5日前完成医用气体管路改造并组织验收。
3. 马琳：下周三前制定防跌倒宣教计划。

请大家预留下周四上午，召开季度安全检查总结会。
"""
    head = zh_head("骆明", ["邓超", "马琳", "潘越", "董一鸣"], "安全生产月度例会纪要", "1111")
    items = [item("骆明", "完成剩余1处消防隐患整改", "2026-05-25"), item("邓超", "完成医用气体管路改造并组织验收", "2026-06-05"),
             item("马琳", "制定防跌倒宣教计划", next_wed())]
    return "1111-report-verbs-then-tasks", plain_mail(head, text), gold(
        "工作通报 lines are reports (通报了/展示了/回顾了/说明了); 预留下周四上午 = the next meeting 05-28, no clock.", items,
        fu(expect("下周四", next_weekday(SENT, 3), "2026-05-28")))


@case
def c1112():
    """English updates ('walked us through', 'reported', 'shared', 'demoed') and decisions before 'Next steps'."""
    text = """Weekly ops sync - notes

Updates
- Aisha walked us through the May ticket backlog (312 open, down from 410).
- Tomas reported that the new scanners were rolled out in Hall B last week.
- Ben shared the Q2 freight spend; we're 4% under budget.
- Mike demoed the new shipment-tracking page.

Decisions
- Hall C goes live with the scanners on June 8.

Next steps
- Aisha will close out the duplicate-ticket cleanup by May 22.
- Tomas will order scanner batteries for Hall C by May 27.
- Mike will publish the tracking page to all customers by June 1.
"""
    head = en_head("Grace Lin", ["Aisha Rahman", "Tomas Ortega", "Ben Okafor", "Mike Sato"], "Weekly ops sync", "1112")
    items = [item("Aisha Rahman", "close out the duplicate-ticket cleanup", "2026-05-22"),
             item("Tomas Ortega", "order scanner batteries for Hall C", "2026-05-27"),
             item("Mike Sato", "publish the tracking page to all customers", "2026-06-01")]
    return "1112-english-updates-then-next-steps", plain_mail(head, text), gold(
        "Updates are reports, Decisions are decisions; only 'Next steps' are items.", items)


@case
def c1113():
    """飞书 smart minutes: summary, time-stamped transcript lines, a 待办 section, the AI footer."""
    text = """智能纪要：院感防控月度会议 2026年5月19日

会议总结
本次会议回顾了4月院感监测数据，讨论了多重耐药菌防控措施。

章节
00:02 开场 董一鸣：“今天主要过一下四月的数据。”
03:45 马琳：“我这边下周一前把手卫生依从性的数据再核一遍。”
12:10 蒋文华：“抗菌药物使用强度我们月底前出个分析。”

待办
- 马琳：下周一前复核手卫生依从性数据
- 蒋文华：5月29日前提交抗菌药物使用强度分析报告
- 韩雪：5月27日前在院感系统中增加耐药菌预警规则

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    head = zh_head("董一鸣", ["马琳", "蒋文华", "韩雪"], "智能纪要：院感防控月度会议", "1113", extra=())
    items = [item("马琳", "复核手卫生依从性数据", next_mon()), item("蒋文华", "提交抗菌药物使用强度分析报告", "2026-05-29"),
             item("韩雪", "在院感系统中增加耐药菌预警规则", "2026-05-27")]
    return "1113-feishu-smart-minutes", plain_mail(head, text), gold(
        "Only the 待办 section counts; the time-stamped quotes are transcript.", items)


@case
def c1114():
    """钉钉 AI minutes: 发言要点 lines 'name：…' (reports) and 行动项 '1. name date task'; '内容由AI生成' footer."""
    text = """【钉钉闪记】采购例会 AI纪要

会议摘要：讨论了二季度采购计划执行情况和供应商评估。

发言要点
潘越：二季度采购计划已执行62%，部分进口试剂到货延迟。
谢婉清：付款审批流程已简化，平均用时缩短到3天。

行动项
1. 潘越 5月26日前与进口试剂供应商确认到货时间
2. 谢婉清 5月29日前完成供应商付款台账核对

内容由AI生成，仅供参考
"""
    head = zh_head("潘越", ["谢婉清", "董一鸣"], "采购例会 AI纪要", "1114", extra=())
    items = [item("潘越", "与进口试剂供应商确认到货时间", "2026-05-26"), item("谢婉清", "完成供应商付款台账核对", "2026-05-29")]
    return "1114-dingtalk-ai-minutes", plain_mail(head, text), gold(
        "发言要点 'name：report' lines are no items; 行动项 'N. name date task' are.", items)


# == 5. government and SOE styles =====================================================================================

@case
def c1115():
    """一是…二是…三是… each with '责任单位：unit（name），完成时限：date'."""
    text = """关于做好汛期后勤安全保障工作的会议纪要

5月19日，董一鸣主持召开汛期后勤安全保障专题会议，会议要求：

一是全面排查地下车库、配电房等重点部位的防汛隐患。责任单位：后勤保障部（骆明），完成时限：5月25日。
二是补充防汛沙袋、抽水泵等应急物资。责任单位：采购中心（潘越），完成时限：5月29日。
三是修订防汛应急预案并组织一次演练。责任单位：院办（董一鸣），完成时限：6月12日。

会议强调，各部门要高度重视，压实责任。
"""
    head = zh_head("董一鸣", ["骆明", "潘越"], "关于做好汛期后勤安全保障工作的会议纪要", "1115", extra=OUTLOOK, label="gb2312")
    items = [item("骆明", "全面排查地下车库、配电房等重点部位的防汛隐患", "2026-05-25"),
             item("潘越", "补充防汛沙袋、抽水泵等应急物资", "2026-05-29"),
             item("董一鸣", "修订防汛应急预案并组织一次演练", "2026-06-12")]
    return "1115-gov-yishi-unit-with-name", plain_mail(head, text, "gb2312", "quoted-printable"), gold(
        "一是/二是/三是 directives; the person in the 责任单位 bracket owns each.", items, numbers=[1, 2, 3])


@case
def c1116():
    """（一）（二）（三）议定事项 with '由X牵头，Y配合' and '责任人：name' at the end; '7月底前'."""
    text = """设备采购专项工作会议纪要

会议议定事项如下：
（一）关于CT球管备件采购。由采购中心牵头，设备科配合，6月10日前完成招标文件编制。责任人：潘越。
（二）关于预算调整。财务科于5月29日前提交预算调整方案，责任人：谢婉清。
（三）关于旧设备报废。设备科负责，7月底前完成报废设备的评估鉴定。责任人：邓超。
"""
    head = zh_head("董一鸣", ["潘越", "谢婉清", "邓超"], "设备采购专项工作会议纪要", "1116")
    items = [item("潘越", "完成招标文件编制", "2026-06-10"), item("谢婉清", "提交预算调整方案", "2026-05-29"),
             item("邓超", "完成报废设备的评估鉴定", "2026-07-31")]
    return "1116-soe-paren-numbers-responsible-last", plain_mail(head, text), gold(
        "（一）（二）（三）; the 责任人 at the end of each paragraph is the owner; 7月底前 = 07-31.", items, numbers=[1, 2, 3])


# == 6. threads and forwards ==========================================================================================

@case
def c1117():
    """New minutes posted as 'RE:' in last week's thread, last week's minutes quoted below."""
    text = """各位，本周例会纪要如下：

1. 韩雪：5月22日前完成HIS与PACS的接口联调。
2. 邓超：5月27日前完成两台移动DR的到货验收。

下次例会：5月26日 10:00

韩雪

-----原始邮件-----
发件人: 韩雪 <hanxue@qinghe.example.cn>
发送时间: 2026年5月12日 17:02
收件人: 董一鸣; 邓超
抄送: 纪要助手
主题: 信息化项目周例会纪要

各位，上周例会纪要如下：
1. 韩雪：5月15日前完成HIS升级方案评审。
2. 潘越：5月18日前完成移动DR采购合同签订。
下次例会：5月19日 10:00
"""
    head = zh_head("韩雪", ["董一鸣", "邓超"], "RE: 信息化项目周例会纪要", "1117",
                   extra=[*OUTLOOK, ("In-Reply-To", "<202605121702@qinghe.example.cn>"),
                          ("References", "<202605121702@qinghe.example.cn>")])
    items = [item("韩雪", "完成HIS与PACS的接口联调", "2026-05-22"), item("邓超", "完成两台移动DR的到货验收", "2026-05-27")]
    return "1117-re-thread-new-minutes-over-old", plain_mail(head, text), gold(
        "RE: carrying this week's minutes: the quoted old minutes are not items and their next meeting is past.",
        items, fu("2026-05-26", "10:00"))


@case
def c1118():
    """A forward with the forwarder's preface (its 1. 2. are remarks), the minutes below the forward header."""
    text = """董主任：

转发本周物资保障会纪要，请审阅。补充说明两点：1. 本次会议共有6个科室参会；2. 二季度预算执行率为47%。

潘越

---------- 转发的邮件 ----------
发件人：潘越 <panyue@qinghe.example.cn>
日期：2026年5月19日 周二 11:20
主题：物资保障会纪要
收件人：邓超, 骆明, 谢婉清

物资保障会纪要

1. 骆明：5月22日前完成库房温湿度计校准。
2. 谢婉清：5月28日前核对供应商发票与入库单。
3. 邓超：下周一前上报设备维修配件需求。
"""
    head = zh_head("潘越", ["董一鸣"], "转发: 物资保障会纪要", "1118", extra=GMAIL)
    items = [item("骆明", "完成库房温湿度计校准", "2026-05-22"), item("谢婉清", "核对供应商发票与入库单", "2026-05-28"),
             item("邓超", "上报设备维修配件需求", next_mon())]
    return "1118-forward-with-numbered-preface", plain_mail(head, text), gold(
        "Forwarded minutes count; the preface's '1. … 2. …' remarks are not items.", items)


# == 7. wrapped lines, brackets in brackets ===========================================================================

@case
def c1119():
    """Items wrapped over two lines, the deadline on the continuation line; a clock range inside the task."""
    text = """门诊流程优化讨论纪要

待办：
1. 韩雪负责在自助机上增加医保电子凭证扫码功能，需要与医保局的接口
   联调完成后上线，5月29日前完成。
2. 马琳负责重新排班，保证早高峰（7:30-9:00）分诊台至少三人在岗，
   下周一前发布新排班表。
3. 骆明：调整门诊一楼导视牌，
   5月27日前完成。
"""
    head = zh_head("马琳", ["韩雪", "骆明"], "门诊流程优化讨论纪要", "1119", extra=THUNDERBIRD)
    items = [item("韩雪", "在自助机上增加医保电子凭证扫码功能，需要与医保局的接口联调完成后上线", "2026-05-29"),
             item("马琳", "重新排班，保证早高峰（7:30-9:00）分诊台至少三人在岗，发布新排班表", next_mon()),
             item("骆明", "调整门诊一楼导视牌", "2026-05-27")]
    return "1119-wrapped-items-deadline-below", plain_mail(head, text, "utf-8", "8bit"), gold(
        "Each item continues on an indented line that carries its deadline; '7:30-9:00' is part of the task.", items,
        numbers=[1, 2, 3])


@case
def c1120():
    """'（负责人：X，截止：5月22日（周五）下午4点前）' and a bracket holding '1）… 2）…' notes."""
    text = """医保飞检迎检准备会纪要

1. 整理近三年的医保结算明细（负责人：谢婉清，截止：5月22日（周五）下午4点前）
2. 自查高值耗材收费与使用记录是否一致（负责人：潘越，截止：5月26日前；注：1）含外院带入耗材，2）含赠送耗材）
3. 准备迎检汇报材料（负责人：董一鸣，截止：5月27日）
"""
    head = zh_head("董一鸣", ["谢婉清", "潘越"], "医保飞检迎检准备会纪要", "1120")
    items = [item("谢婉清", "整理近三年的医保结算明细", "2026-05-22", "16:00"),
             item("潘越", "自查高值耗材收费与使用记录是否一致", "2026-05-26"),
             item("董一鸣", "准备迎检汇报材料", "2026-05-27")]
    return "1120-nested-brackets-deadline", plain_mail(head, text), gold(
        "Brackets inside the owner/deadline bracket; '1）… 2）…' inside a bracket are notes, no new items.", items,
        numbers=[1, 2, 3])


@case
def c1121():
    """Two items with the same task text (one for each of two owners, and twice for one owner)."""
    text = """6S检查整改会纪要

三病区、五病区和手术室在本次6S检查中均有扣分项，分别整改：
1. 马琳：5月22日前完成整改并上传照片
2. 骆明：5月22日前完成整改并上传照片
3. 马琳：5月29日前完成整改并上传照片
4. 董一鸣：6月1日前组织复查
"""
    head = zh_head("董一鸣", ["马琳", "骆明"], "6S检查整改会纪要", "1121")
    items = [item("马琳", "完成整改并上传照片", "2026-05-22"), item("骆明", "完成整改并上传照片", "2026-05-22"),
             item("马琳", "完成整改并上传照片", "2026-05-29"), item("董一鸣", "组织复查", "2026-06-01")]
    return "1121-same-task-text-twice", plain_mail(head, text), gold(
        "The same task text three times (twice for 马琳) is three items, numbered as written.", items, numbers=[1, 2, 3, 4])


# == 9. the next meeting as a sentence ================================================================================

@case
def c1122():
    """'下周二同一时间再过一次进度': the time of this meeting (时间：… 14:30-15:30), next Tuesday."""
    text = """呼吸机维保续签讨论

时间：5月19日（周二）14:30-15:30
参会：邓超、谢婉清、董一鸣

1. 邓超：5月22日前提交呼吸机维保合同续签意见。
2. 谢婉清：5月25日前测算两种维保方案的费用。

下周二同一时间再过一次进度。
"""
    head = zh_head("邓超", ["谢婉清", "董一鸣"], "呼吸机维保续签讨论", "1122", date="2026-05-19 15:48:00 +0800")
    items = [item("邓超", "提交呼吸机维保合同续签意见", "2026-05-22"), item("谢婉清", "测算两种维保方案的费用", "2026-05-25")]
    return "1122-next-same-time-sentence", plain_mail(head, text), gold(
        "'下周二同一时间' = next Tuesday at this meeting's start 14:30.", items, fu(next_tue(), "14:30"))


@case
def c1123():
    """Sent after midnight: '早上8点半开复盘会' is today; '今天中午12点前' gives a time."""
    text = """各位：

5月19日23:10配电房跳闸导致门诊楼停电约20分钟，已恢复。简要纪要如下：

1. 骆明：今天中午12点前提交停电事件报告。
2. 邓超：5月22日前完成门诊楼UPS电池检测。

早上8点半开复盘会，请相关人员准时参加。

后勤保障部 骆明
"""
    head = zh_head("骆明", ["邓超", "董一鸣"], "门诊楼停电事件处置纪要", "1123", date="2026-05-20 00:40:00 +0800")
    items = [item("骆明", "提交停电事件报告", "2026-05-20", "12:00"), item("邓超", "完成门诊楼UPS电池检测", "2026-05-22")]
    return "1123-after-midnight-morning-review", plain_mail(head, text), gold(
        "Sent 00:40: 今天 = 05-20 and '早上8点半开复盘会' is 05-20 08:30; the incident's 23:10 is no deadline.", items,
        fu("2026-05-20", "08:30"))


@case
def c1124():
    """'下次例会：' with the day on the next line and the time on the line after; aliases 蒋主任 and 小韩."""
    text = """药事管理例会纪要

1）蒋主任：周五前完成4月处方点评报告；
2）小韩：5月26日前上线处方前置审核规则。

下次例会：
5月27日（周三）
上午10:00，行政楼二楼会议室
"""
    head = zh_head("蒋文华", ["韩雪", "董一鸣"], "药事管理例会纪要", "1124")
    items = [item("蒋文华", "完成4月处方点评报告", fri()), item("韩雪", "上线处方前置审核规则", "2026-05-26")]
    return "1124-next-day-and-time-on-own-lines", plain_mail(head, text), gold(
        "The next meeting's day and time are on the two lines under the label.", items, fu("2026-05-27", "10:00"))


# == 10. tables and the ordinary minutes ===============================================================================

@case
def c1125():
    """外部沟通跟进表: one row, ①② in the 解决方案/进展 cell, 下次沟通时间 column."""
    rows = [["沟通对象", "沟通事项", "解决方案/进展", "负责人", "下次沟通时间"],
            ["华信医疗", "检验系统接口延期", "①5月22日前提交延期说明；②5月27日前完成接口联调", "韩雪", "5月28日 10:00"]]
    blocks = ["外部沟通跟进表", ("table", rows), "", "信息科"]
    head = zh_head("韩雪", ["孟凡", "邓超"], "外部沟通跟进表-华信医疗", "1125", extra=OUTLOOK, label="gb2312")
    items = [item("韩雪", "提交延期说明", "2026-05-22"), item("韩雪", "完成接口联调", "2026-05-27")]
    return "1125-external-followup-table-circled", outlook_mail(head, blocks, "gb2312"), gold(
        "①② in one cell give one item each, owned by the row's 负责人; 下次沟通时间 is the next follow-up.", items,
        fu("2026-05-28", "10:00"))


@case
def c1126():
    """跨部门协作事项跟踪表 with 牵头部门/配合部门/负责人/计划完成时间/进展情况; the 已完成 row is status."""
    rows = [["序号", "协作事项", "牵头部门", "配合部门", "负责人", "计划完成时间", "进展情况"],
            ["1", "病区网络改造", "信息科", "后勤保障部", "韩雪", "2026-06-05", "进行中"],
            ["2", "耗材柜采购", "采购中心", "设备科", "潘越", "2026-05-15", "已完成"],
            ["3", "夜班餐补标准调整", "财务科", "护理部", "谢婉清", "2026-05-29", "未开始"]]
    blocks = ["各位：", "", "本周跨部门协作事项跟踪如下：", ("table", rows), "", "院办"]
    head = zh_head("董一鸣", ["韩雪", "潘越", "谢婉清"], "跨部门协作事项跟踪表（第20周）", "1126", extra=OUTLOOK, label="gb2312")
    items = [item("韩雪", "病区网络改造", "2026-06-05"), item("谢婉清", "夜班餐补标准调整", "2026-05-29")]
    return "1126-cross-dept-tracking-done-row", outlook_mail(head, blocks, "gb2312"), gold(
        "The 已完成 row is status; 负责人 owns each row.", items)


@case
def c1127():
    """The ordinary minutes: a numbered title, then 负责人/完成时间 lines under it; 待定 is vague."""
    text = """各位好，

今天周例会的纪要如下：

1. 新院区搬迁物资清点
负责人：骆明
完成时间：5月29日

2. 搬迁期间门诊排班方案
负责人：马琳
完成时间：5月25日

3. 搬迁预算追加申请
负责人：谢婉清
完成时间：待定

下次例会：5月26日（周二）上午9点

董一鸣
"""
    head = zh_head("董一鸣", ["骆明", "马琳", "谢婉清"], "周例会纪要", "1127")
    items = [item("骆明", "新院区搬迁物资清点", "2026-05-29"), item("马琳", "搬迁期间门诊排班方案", "2026-05-25"),
             item("谢婉清", "搬迁预算追加申请", flags=["vague_due"])]
    return "1127-ordinary-numbered-label-lines", plain_mail(head, text), gold(
        "Numbered titles with 负责人/完成时间 lines; 待定 -> vague_due.", items, fu("2026-05-26", "09:00"))


@case
def c1128():
    """An English Outlook table 'Task | Who | When' with ASAP; the next meeting 'Wednesday, June 3 at 9:30 AM'."""
    rows = [["#", "Task", "Who", "When"], ["1", "Renegotiate the pallet rental contract", "Ben Okafor", "May 29"],
            ["2", "Run the fire drill in Hall B", "Tomas Ortega", "June 3"],
            ["3", "Update the escalation matrix", "Aisha Rahman", "ASAP"]]
    blocks = ["Hi all,", "", "Minutes of the site safety meeting:", ("table", rows), "",
              "Next meeting: Wednesday, June 3 at 9:30 AM", "", "Grace"]
    head = en_head("Grace Lin", ["Ben Okafor", "Tomas Ortega", "Aisha Rahman"], "Site safety meeting - minutes", "1128",
                   extra=OUTLOOK[:1])
    items = [item("Ben Okafor", "Renegotiate the pallet rental contract", "2026-05-29"),
             item("Tomas Ortega", "Run the fire drill in Hall B", "2026-06-03"),
             item("Aisha Rahman", "Update the escalation matrix", flags=["vague_due"])]
    return "1128-english-task-who-when-table", outlook_mail(head, blocks, "utf-8"), gold(
        "Task/Who/When columns; ASAP -> vague_due.", items, fu("2026-06-03", "09:30"))


@case
def c1129():
    """Ordinary Chinese minutes with '- name：task，date' bullets under 会议决定 and 后续安排 headings."""
    text = """Hi 各位，

今天门诊满意度提升会的结论和分工：

会议决定
- 6月1日起门诊实行弹性排班。
- 满意度调查改为每月一次。

后续安排
- 马琳：整理5月患者投诉分类统计，5月25日前
- 韩雪：在公众号上线满意度问卷，下周三前
- 潘越：采购门诊候诊区座椅，6月15日前到货

如有补充请直接回复。
"""
    head = zh_head("马琳", ["韩雪", "潘越", "董一鸣"], "门诊满意度提升会", "1129")
    items = [item("马琳", "整理5月患者投诉分类统计", "2026-05-25"), item("韩雪", "在公众号上线满意度问卷", next_wed()),
             item("潘越", "采购门诊候诊区座椅", "2026-06-15")]
    return "1129-decisions-then-bullets-date-last", plain_mail(head, text), gold(
        "会议决定 lines are decisions (one with a date); 后续安排 bullets carry the date last.", items)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv))
