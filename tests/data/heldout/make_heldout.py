#!/usr/bin/env python3
"""Write the held-out cases: 2NN-slug.eml (the bytes a mail server stores) + 2NN-slug.json (the gold answer).

    python3 tests/data/heldout/make_heldout.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/heldout/make_heldout.py --check   # only check the gold dates against the calendar

A company the parser was not written for: 远帆供应链 (Yuanfan Supply Chain, Shanghai logistics,
yuanfan.example.com) with a Hong Kong trading desk writing Traditional Chinese, and the people it works
with: Kitebit (a Shenzhen hardware start-up whose staff write English), the 顺驰物流 fleet (163.com), the
IT department of a hospital (市第六人民医院信息科), a law firm (衡正律师事务所) and a Hong Kong customs broker.
Clients: Outlook desktop (gb2312/big5, MsoNormal, merged cells), Foxmail (GBK), NetEase 163, Feishu minutes,
DingTalk/Alimail, WeCom/Exmail, Gmail, Apple Mail, Thunderbird, Outlook for Mac, Coremail, an Android phone.
Send dates are in 2025 (Spring Festival 01-28..02-04 with make-up days 01-26 and 02-08, Dragon Boat
05-31..06-02, National Day + Mid-Autumn 10-01..10-08 with make-up days 09-28 and 10-11). Every gold date was
worked out by hand (the reasoning is in each case's notes) and is re-checked here with chinesecalendar.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from mailkit import (addr, addrs, docx_bytes, esc, headers, leaf, message, multi, outlook_html,  # noqa: E402
                     plain_rows, rfc_date, words)
from goldcal import add_workdays, expect, next_weekday, this_or_next, workday_after, workday_before  # noqa: E402
from goldkit import Cast, case_list, fu, gold, recap_en, recap_zh, rep, write_cases  # noqa: E402

HERE = Path(__file__).resolve().parent
DOM = "yuanfan.example.com"
BOT = ("纪要助手", f"minutes@{DOM}")
D = dt.date

ROSTER = """name,email,department,manager_email,aliases
顾明轩,gumingxuan@yuanfan.example.com,运营中心,,顾总;Vincent Gu;Vincent
沈佳怡,shenjiayi@yuanfan.example.com,运营中心,gumingxuan@yuanfan.example.com,Jenny Shen;Jenny;佳怡
钱国栋,qianguodong@yuanfan.example.com,仓储部,gumingxuan@yuanfan.example.com,钱经理;老钱;Dong Qian
蒋婷,jiangting@yuanfan.example.com,仓储部,qianguodong@yuanfan.example.com,Tina Jiang;Tina;婷婷
陆一鸣,luyiming@yuanfan.example.com,运输部,gumingxuan@yuanfan.example.com,陆经理;Ethan Lu;Ethan
范晓东,fanxiaodong@yuanfan.example.com,运输部,luyiming@yuanfan.example.com,晓东;小范;Tony Fan
韩雪,hanxue@yuanfan.example.com,信息技术部,,韩经理;Snow Han
邵宇,shaoyu@yuanfan.example.com,信息技术部,hanxue@yuanfan.example.com,Ryan Shao;Ryan;小邵
潘珺,panjun@yuanfan.example.com,信息技术部,hanxue@yuanfan.example.com,小潘;June Pan;June
曹凯,caokai@yuanfan.example.com,财务部,,曹总监;Kevin Cao;Kevin
许诺,xunuo@yuanfan.example.com,财务部,caokai@yuanfan.example.com,Nora Xu;Nora
魏琳,weilin@yuanfan.example.com,客服中心,gumingxuan@yuanfan.example.com,魏主管;Lynn Wei;Lynn
杜鹃,dujuan@yuanfan.example.com,采购部,,杜经理;Daisy Du;Daisy
彭博,pengbo@yuanfan.example.com,法务合规部,,彭经理;Bob Peng
陳嘉慧,karen.chan@yuanfan.example.com,香港貿易部,,Karen Chan;Karen;嘉慧
梁志偉,ricky.leung@yuanfan.example.com,香港貿易部,karen.chan@yuanfan.example.com,Ricky Leung;Ricky;梁生
"""
EXTERNAL = {"Mark Ellison": "mark@kitebit.example.com", "Priya Raman": "priya@kitebit.example.com",
            "刘建军": "liujianjun1979@163.com", "邱志华": "qiuzhihua@sixthhospital.example.cn",
            "任婧": "renjing@hengzheng-law.example.cn", "Alan Cheung": "alan.cheung@hkbroker.example.com.hk"}
CAST = Cast(ROSTER, EXTERNAL)
PEOPLE, who, item = CAST.people, CAST.who, CAST.item
CASES, case = case_list()


# == minutes ======================================================================================================

@case
def c201():
    """Outlook 2016 desktop, gb2312 label with a GBK-only name (珺), HTML in quoted-printable, a table whose
    责任部门 cell is merged over two rows and whose columns are 工作内容/责任部门/对接人/完成时限/备注."""
    sent = D(2025, 9, 22)                      # Monday
    table = [["序号", "工作内容", "责任部门", "对接人", "完成时限", "备注"],
             ["1", "确认临时仓租赁合同条款", "采购部", "杜鹃", "9月26日前", ""],
             ["2", "制定双十一夜班排班表", ("仓储部", 2, 1), "蒋婷", "本周四前", "需与人事确认加班费标准"],
             ["3", "盘点现有托盘及叉车数量", None, "钱经理", "本月底", ""],
             ["4", "评估WMS波次拣货配置", "信息技术部", "潘珺", "5个工作日内", ""],
             ["5", "与承运商确认国庆期间运力", "运输部", "", "国庆前", "含冷链车"],
             ["6", "更新异常件处理SOP", "客服中心", "魏琳", "待定", ""]]
    blocks = ["各位好，", "", "今天下午双十一备货协调会的纪要如下，请查收。", "",
              "会议时间：2025年9月22日 14:00-15:30", "会议地点：嘉定仓2楼会议室",
              "参会人员：钱国栋、蒋婷、陆一鸣、范晓东、杜鹃、潘珺、魏琳", "",
              ("b", "一、会议结论"), "1. 嘉定仓自10月20日起启用夜班，双十一结束后恢复单班。",
              "2. 临时仓租赁预算上限为30万元，由钱国栋统一申请。", "",
              ("b", "二、待办事项"), ("table", table), "",
              ("b", "三、下次会议：10月13日（周一）10:00，嘉定仓2楼会议室"), "", "谢谢！", "",
              "钱国栋", "仓储部 经理", "远帆供应链管理（上海）有限公司", "电话：021-5988 1234  手机：139 1234 5678"]
    plain = []
    for block in blocks:
        if isinstance(block, str):
            plain.append(block)
        elif block[0] == "b":
            plain.append(block[1])
        else:
            plain.extend(plain_rows(block[1]))
    body = multi("alternative", [
        leaf("text/plain", "\n".join(plain) + "\n", "gb2312", "base64"),
        leaf("text/html", outlook_html(blocks, "gb2312"), "gb2312", "quoted-printable")],
        "----=_NextPart_000_0017_01DC2BB7.5F3A1C20", preamble="This is a multipart message in MIME format.")
    raw = message(headers(who("钱国栋"), [who(n) for n in ("蒋婷", "陆一鸣", "范晓东", "杜鹃", "潘珺", "魏琳")],
                          "【会议纪要】华东仓双十一备货协调会", "2025-09-22 17:45:12 +0800",
                          "<000c01dc2bb7$5f3a1c20$1dae5460$@yuanfan.example.com>", cc=[BOT], label="gb2312",
                          extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdwrtzmW7m1cE2d1SqKg3tWvQ8Jk0A=="),
                                 ("Content-Language", "zh-cn")]), body, crlf=True)
    items = [
        item("杜鹃", "确认临时仓租赁合同条款", expect("9月26日前", D(2025, 9, 26), "2025-09-26")),
        item("蒋婷", "制定双十一夜班排班表", expect("本周四前", this_or_next(sent, 3), "2025-09-25")),
        item("钱国栋", "盘点现有托盘及叉车数量", "2025-09-30"),
        item("潘珺", "评估WMS波次拣货配置", expect("5个工作日内", add_workdays(sent, 5), "2025-09-28")),
        item(None, "与承运商确认国庆期间运力", expect("国庆前", workday_before(D(2025, 10, 1)), "2025-09-30"),
             flags=["no_owner"], department="运输部"),
        item("魏琳", "更新异常件处理SOP", None, flags=["vague_due"])]
    notes = ("Outlook desktop, gb2312 label carrying GBK-only 珺 (潘珺), QP HTML and a base64 plain part whose table rows "
             "are tab-separated with the merged 仓储部 cell empty on the second row. Columns 工作内容/责任部门/对接人/"
             "完成时限/备注: 对接人 is the owner, 责任部门 only where 对接人 is empty (row 5 -> 运输部, no_owner). "
             "Sent Mon 2025-09-22: 本周四前 = 09-25; 本月底 = 09-30; 5个工作日内 = 09-23,24,25,26 and the make-up "
             "Sunday 09-28 -> 09-28; 国庆前 = the last working day before the 10-01 holiday = 09-30; 待定 -> vague. "
             "钱经理 is 钱国栋's alias. Decisions (夜班 10月20日起, 由钱国栋统一申请) are no items. Next meeting "
             "'三、下次会议：10月13日（周一）10:00'.")
    return "201-outlook-gb2312-merged-dept-table", raw, gold("minutes", notes, items, fu("2025-10-13", "10:00"))


@case
def c202():
    """Foxmail, GBK base64, (1)(2) numbered items, 国庆后第一个工作日前 / 9.30前 / 节后, background with a name."""
    sent = D(2025, 9, 26)                      # Friday
    text = """各位：

本周运输部例会纪要如下。

一、本周运营情况
本周干线准点率96.5%，较上月提升2个百分点；华南线路受台风影响延误3天，9月25日已恢复正常。
范晓东反馈承运商旺季报价普遍上浮8%-10%，需提前锁定运力。

二、下周工作安排
(1) 范晓东负责完成国庆期间干线排班，国庆后第一个工作日前发给各仓。
(2) 晓东同步对接承运商，9.30前确认临时加车报价。
(3) 陆一鸣：10月15日前提交Q4运力预算（需财务部曹总监会签）。
(4) 信息技术部评估TMS轨迹接口改造，节后给出方案。

三、其他
下周例会因国庆假期暂停，10月10日（周五）恢复。
国庆期间值班安排另行通知。

陆一鸣
运输部 经理
远帆供应链管理（上海）有限公司
Tel: 021-6958 2200
"""
    html_lines = "".join(f"<div>{esc(line) or '<br>'}</div>\n" for line in text.splitlines())
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }</style></head>'
            f'<body>\n<div><span></span></div>\n{html_lines}<div><br></div><hr style="width: 210px; height: 1px;" '
            'color="#b5c4df" size="1" align="left">\n<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: '
            '10pt"><div>luyiming@yuanfan.example.com</div></div></span></div>\n</body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_001_NextPart468213352441_=----", preamble="This is a multi-part message in MIME format.")
    raw = message(headers(who("陆一鸣"), [who("范晓东"), ("运输部全体", f"transport@{DOM}")], "运输部周例会纪要（9.26）",
                          "2025-09-26 16:20:35 +0800", "<202509261620352314218@yuanfan.example.com>", cc=[who("顾明轩"), BOT],
                          label="GBK", extra=[("X-Priority", "3"), ("X-GUID", "5E0C2B1A-33F1-4C0B-9A64-2C1F0F3E9D11"),
                                              ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]), body)
    items = [
        item("范晓东", "完成国庆期间干线排班，发给各仓",
             expect("国庆后第一个工作日", workday_after(D(2025, 10, 8)), "2025-10-09")),
        item("范晓东", "同步对接承运商，确认临时加车报价", "2025-09-30"),
        item("陆一鸣", "提交Q4运力预算", "2025-10-15"),
        item(None, "评估TMS轨迹接口改造，给出方案", expect("节后", workday_after(D(2025, 10, 8)), "2025-10-09"),
             flags=["no_owner"], department="信息技术部")]
    notes = ("Foxmail GBK base64 (plain + div-per-line HTML). '(1)…(4)' items under '二、下周工作安排'. Sent Fri "
             "2025-09-26: 国庆后第一个工作日前 = 10-09 (holiday 10-01..10-08); '9.30前' = 09-30 (a dotted date trusted "
             "because of 前); 10月15日前 beats the 'Q4' inside the budget's name; 节后 = the first working day after "
             "the next holiday = 10-09; 信息技术部 alone -> no_owner. 晓东 = 范晓东. The background line naming 范晓东 "
             "is no item, neither is '值班安排另行通知'. '下周例会…暂停，10月10日（周五）恢复' gives the next meeting date.")
    return "202-foxmail-gbk-paren-numbers-holiday", raw, gold("minutes", notes, items, fu("2025-10-10"))


@case
def c203():
    """NetEase 163 web mail from an outside fleet owner: ①②③ with the owner after an em dash."""
    sent = D(2025, 10, 14)                     # Tuesday
    lines = ["陆经理、范经理：", "", "昨天会议的纪要整理如下，请审阅：", "", "一、会议内容",
             "1. 9月冷藏车准点率91%，未达合同约定的95%，主要原因是GPS设备故障导致调度延误。",
             "2. 双方同意10月起按周对账。", "", "二、待办",
             "①顺驰方补齐5台冷藏车的GPS设备，10月17日前完成——刘建军",
             "②远帆提供新版对账模板——范晓东，本周五前",
             "③双方共同梳理9月份运费差异明细，10月20日前对齐——双方", "",
             "三、下次对账时间：10月27日（周一）下午2点", "", "此致", "刘建军", "顺驰物流 调度部", "手机：13812345678"]
    plain = "\n".join(lines) + "\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in lines)
            + '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')
    body = multi("alternative", [leaf("text/plain", plain, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_Part_183764_1452385418.1760404222614")
    raw = message(headers(who("刘建军"), [who("陆一鸣"), who("范晓东")], "10月13日对接会议纪要（顺驰物流-远帆运输部）",
                          "2025-10-14 09:10:22 +0800", "<3a1f4c2e.8d21.199e0a4c5b6.Coremail.liujianjun1979@163.com>",
                          cc=[BOT], label="GBK", extra=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version "
                                                        "XT5.0.14 build 20240801(9fd1de8e) Copyright (c) 2002-2025 www.mailtech.cn 163com"),
                                                        ("X-NTES-SC", "AL_Qu2cBfuZvEku4yaQbOkZnEYQheY4XMKyuPkg1YJXOp80iSnkxA0cf3BjH2Ho")]),
                  body, crlf=True)
    items = [
        item("刘建军", "补齐5台冷藏车的GPS设备", "2025-10-17"),
        item("范晓东", "提供新版对账模板", expect("本周五前", this_or_next(sent, 4), "2025-10-17")),
        item(None, "梳理9月份运费差异明细", "2025-10-20", flags=["no_owner"])]
    notes = ("163.com web mail (GBK) written by the fleet owner 刘建军 (outside the roster: his From address). Items "
             "'①…——刘建军' put the owner after an em dash with no space; '双方' owns nothing (no_owner). Sent Tue "
             "2025-10-14: 本周五前 = 10-17. '顺驰方'/'远帆' are company names, not owners. The 一、会议内容 lines are facts "
             "and an agreement. '三、下次对账时间：10月27日（周一）下午2点' -> 2025-10-27 14:00.")
    return "203-netease163-circled-owner-after-dash", raw, gold("minutes", notes, items, fu("2025-10-27", "14:00"))


@case
def c204():
    """Feishu (Lark) minutes shared as HTML only: <h3> sections, a todo <ul> with ☐/☑ and @mentions after the task."""
    sent = D(2025, 10, 16)                     # Thursday
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>.mention{color:#3370ff}.checkbox{font-family:sans-serif}</style></head>
<body><div class="lark-minutes" style="font-family:-apple-system,'PingFang SC',sans-serif;font-size:14px">
<h2>仓配一体化项目周会</h2>
<p>会议时间：2025年10月16日 14:00 - 15:00</p>
<p>参会人：韩雪、邵宇、潘珺、蒋婷、沈佳怡</p>
<h3>总结</h3>
<ul>
<li>WMS 与 TMS 接口联调完成约 70%，剩余运单回传与异常状态同步两部分。</li>
<li>嘉定仓试点计划 11 月第一周启动，沈佳怡确认试点客户为 Kitebit。</li>
</ul>
<h3>待办</h3>
<ul class="todo-list">
<li><span class="checkbox">☐</span> 完成运单回传接口联调 <span class="mention">@邵宇</span> 10月24日</li>
<li><span class="checkbox">☑</span> 提交接口字段映射文档 <span class="mention">@潘珺</span></li>
<li><span class="checkbox">☐</span> 输出上线切换方案 <span class="mention">@韩雪</span> 下周二</li>
<li><span class="checkbox">☐</span> 组织嘉定仓一线人员系统培训 <span class="mention">@蒋婷</span></li>
</ul>
<h3>下次会议</h3>
<p>2025年10月23日（周四）15:00</p>
<p style="color:#8f959e;font-size:12px">以上内容由飞书妙记智能纪要生成，仅供参考</p>
</div></body></html>
"""
    body = leaf("text/html", html, "utf-8", "base64")
    raw = message(headers(who("韩雪"), [who(n) for n in ("邵宇", "潘珺", "蒋婷", "沈佳怡")],
                          "会议纪要 | 仓配一体化项目周会 2025年10月16日", "2025-10-16 19:05:41 +0800",
                          "<feishu-7562013541895913491@yuanfan.example.com>", cc=[BOT],
                          extra=[("X-Lms-Return-Path", "<lba+268f0e15a+hanxue@yuanfan.example.com>"),
                                 ("X-Mailer", "Lark Mail")]), body)
    items = [
        item("邵宇", "完成运单回传接口联调", "2025-10-24"),
        item("韩雪", "输出上线切换方案", expect("下周二", next_weekday(sent, 1), "2025-10-21")),
        item("蒋婷", "组织嘉定仓一线人员系统培训", None, flags=["no_due"])]
    notes = ("Feishu/Lark minutes pasted as single-part HTML: the todo list is a <ul> whose items start with a ☐/☑ box "
             "and name the owner as an @mention after the task. The ☑ item is done. Sent Thu 2025-10-16: 10月24日 = "
             "10-24; 下周二 = 10-21; the training has no date (no_due). 总结 bullets are facts (one names 沈佳怡). "
             "'下次会议' heading, date on the next paragraph: 2025-10-23 15:00.")
    return "204-feishu-html-todo-mentions", raw, gold("minutes", notes, items, fu("2025-10-23", "15:00"))


@case
def c205():
    """DingTalk-style plain text from Alimail: 【label】value facts and numbered 待办内容/执行人/截止时间 blocks."""
    text = """【会议主题】客服中心10月质检复盘
【会议时间】2025-10-21 10:00-11:00
【参会人】魏琳、蒋婷、邵宇、沈佳怡
【会议结论】
1. 10月客诉率0.42%，环比下降0.05个百分点。
2. 破损类客诉占比最高（37%），仓库需加强出库复核。
【待办事项】
1. 待办内容：上线退货工单自动分配规则
   执行人：邵宇
   截止时间：2025-10-31 18:00
2. 待办内容：整理10月差评TOP20原因并提出改进建议
   执行人：魏琳
   截止时间：10-24
3. 待办内容：组织破损件拍照留档流程培训
   执行人：仓储部
   截止时间：尽快

——来自钉钉会议纪要
"""
    html = ('<div class="__aliyun_email_body_block">' + "".join(
        f'<div style="clear:both;"><span style="font-family:Tahoma,Arial;font-size:14px;">{esc(line).replace("   ", "&nbsp;&nbsp;&nbsp;")}</span></div>'
        if line else '<div style="clear:both;"><br></div>' for line in text.splitlines()) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "----=ALIBOUNDARY_51731_5f1c5940_6716d7a1_2b1f9")
    raw = message(headers(who("魏琳"), [who(n) for n in ("蒋婷", "邵宇", "沈佳怡")], "客服中心10月质检复盘-会议纪要",
                          "2025-10-21 11:32:09 +0800", "<b4a9e3d1-57f0-4c6e-8d52-0c1f3a9e7b21.weilin@yuanfan.example.com>",
                          cc=[BOT], label="UTF-8", extra=[("X-Mailer", "Alimail-Mailagent revision 2"),
                                                          ("Reply-To", addr(*who("魏琳")))]), body)
    items = [
        item("邵宇", "上线退货工单自动分配规则", "2025-10-31", "18:00"),
        item("魏琳", "整理10月差评TOP20原因并提出改进建议", "2025-10-24"),
        item(None, "组织破损件拍照留档流程培训", None, flags=["no_owner", "vague_due"], department="仓储部")]
    notes = ("DingTalk minutes template sent from Alimail: facts as '【会议时间】…' without a colon, and each todo as a "
             "numbered '1. 待办内容：…' line followed by indented 执行人：/截止时间： lines. Sent Tue 2025-10-21: "
             "'2025-10-31 18:00' gives a time; '10-24' (a labelled due) = 10-24; 仓储部 + 尽快 -> no_owner, vague_due. "
             "No next meeting.")
    return "205-dingtalk-numbered-label-blocks", raw, gold("minutes", notes, items)


@case
def c206():
    """WeCom/Exmail UTF-8: 会议决定 with dates, 后续工作 with 1、 items, 牵头, 尽快, a department with 待定."""
    text = """各位领导、同事：

现将11月5日承运商对账流程优化会议纪要发送如下：

一、会议背景
9月、10月共发生承运商对账差异23笔，涉及金额约4.6万元，主要集中在华南线路。

二、会议决定
1、自12月1日起，承运商对账周期由月结改为半月结。
2、运费差异超过5%的单据，须由运输部经理审批后方可付款。

三、后续工作
1、曹总监牵头制定半月结对账方案，11月20日前提交管理层审批。
2、许诺负责通知各承运商对账周期调整事宜，尽快完成。
3、运输部配合提供近三个月运费差异明细，时间待定。
4、邵宇评估在TMS中增加对账提醒功能，12月5日前给出评估结果。

许诺
财务部 | 远帆供应链管理（上海）有限公司
"""
    html = "<div>" + "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in text.splitlines()) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_NextPart_6909A1C4_0E5B21D8_3F0E7A12")
    raw = message(headers(who("许诺"), [who(n) for n in ("曹凯", "陆一鸣", "邵宇")], "承运商对账流程优化会议纪要",
                          "2025-11-05 18:20:44 +0800", "<tencent_5C1A0E2B7D4F4E0C8B1A@qq.com>", cc=[who("顾明轩"), BOT],
                          extra=[("X-QQ-mid", "bizesmtp21t1762338044tq7y0b2k"), ("X-Mailer", "WeCom Mail")]), body)
    items = [
        item("曹凯", "制定半月结对账方案，提交管理层审批", "2025-11-20"),
        item("许诺", "通知各承运商对账周期调整事宜", None, flags=["vague_due"]),
        item(None, "提供近三个月运费差异明细", None, flags=["no_owner", "vague_due"], department="运输部"),
        item("邵宇", "评估在TMS中增加对账提醒功能，给出评估结果", "2025-12-05")]
    notes = ("WeCom (Exmail) UTF-8. '二、会议决定' lines hold dates and 运输部经理 but are decisions; '三、后续工作' items "
             "numbered '1、'. 曹总监 = 曹凯 (牵头); 尽快 -> vague; '运输部配合…，时间待定' -> no_owner + vague_due; "
             "12月5日前 = 2025-12-05. The background line has money and months, no item. No next meeting.")
    return "206-wecom-decisions-and-followup-work", raw, gold("minutes", notes, items)


@case
def c207():
    """Gmail (English) from a Shenzhen start-up PM: Action items with @names, (due 10/28), end of week,
    next Friday, ASAP, owner/target TBD, EOD; Next sync in CST."""
    sent = D(2025, 10, 23)                     # Thursday
    text = """Hi all,

Thanks for the time today. Quick recap below.

Decisions
- We'll ship the pilot batch (2,000 units) from the Dongguan factory on Nov 3.
- Yuanfan handles customs brokerage for the HK leg.

Action items
- @Ryan Shao to share the API spec for the tracking webhook (due 10/28)
- @Priya to confirm carton dimensions with the factory by end of week
- Vincent: send the revised rate card by next Friday
- Jenny to set up the shared SLA dashboard \u2014 ASAP
- Label printer integration: owner TBD, target date TBD
- @Mark finalize the pilot SKU list by EOD

Next sync: Thursday, Oct 30, 4pm CST

Cheers,
Mark

--
Mark Ellison | Head of Operations | Kitebit
Shenzhen, China | +86 755 8666 1200
"""
    paras = text.split("\n\n")
    html = '<div dir="ltr">' + "".join(
        "<div>" + "<br>".join(esc(line) for line in para.splitlines()) + "</div><div><br></div>" for para in paras[:-1]) + \
        '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' + \
        "<br>".join(esc(line) for line in paras[-1].splitlines()[1:]) + "</div></div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")], "000000000000b5e2a30641d8c7f1")
    raw = message(headers(who("Mark Ellison"), [("Vincent Gu", PEOPLE["顾明轩"][1]), ("Ryan Shao", PEOPLE["邵宇"][1]),
                                                ("Jenny Shen", PEOPLE["沈佳怡"][1]), who("Priya Raman")],
                          "Kitebit x Yuanfan \u2013 weekly sync notes (Oct 23)", "2025-10-23 18:42:10 +0800",
                          "<CAJd7pX1kq3Zr0f9nTQWm2s8Lh4b6y0v1Ue5gA@mail.gmail.com>", cc=[BOT]), body)
    items = [
        item("邵宇", "share the API spec for the tracking webhook", "2025-10-28"),
        item("Priya Raman", "confirm carton dimensions with the factory", expect("end of week", this_or_next(sent, 4), "2025-10-24")),
        item("顾明轩", "send the revised rate card", expect("next Friday", next_weekday(sent, 4), "2025-10-31")),
        item("沈佳怡", "set up the shared SLA dashboard", None, flags=["vague_due"]),
        item(None, "Label printer integration", None, flags=["no_owner", "vague_due"]),
        item("Mark Ellison", "finalize the pilot SKU list", "2025-10-23")]
    notes = ("Gmail English from Kitebit (outside the roster) to Yuanfan. Owners: '@Ryan Shao' (alias of 邵宇), '@Priya' "
             "(Cc display name Priya Raman), 'Vincent:' (alias of 顾明轩), 'Jenny' (alias of 沈佳怡), '@Mark' (the sender). "
             "Sent Thu 2025-10-23: (due 10/28) = 10-28; by end of week = Fri 10-24; by next Friday = Friday of the "
             "following week = 10-31 (corpus rule for 下周X/next X); ASAP -> vague; 'owner TBD, target date TBD' -> "
             "no_owner + vague_due; by EOD = the send date, no time. Decisions (ship on Nov 3) are no items. "
             "'Next sync: Thursday, Oct 30, 4pm CST' -> 2025-10-30 16:00.")
    return "207-gmail-english-action-items-mentions", raw, gold("minutes", notes, items, fu("2025-10-30", "16:00"))


@case
def c208():
    """Apple Mail plain text (format=flowed, QP) from the HK desk: '- [x]' done list and '- [ ]' open items with
    'Name – task – ETA …' / 'Deadline: 2025/11/20' / 'ETA Q4'."""
    text = """Hi team,

Notes from this afternoon's cross-border trucking review.

Attendees: Karen Chan, Ricky Leung, Ethan Lu, Nora Xu

Done since last review
- [x] Renew the Lok Ma Chau closed-road permit (Ricky)
- [x] Share the Q3 cross-border volume forecast (Karen)

Open actions
- [ ] Ricky \u2013 get quotes from two backup trucking vendors \u2013 ETA 11/14
- [ ] Ethan Lu: align the Shenzhen Bay crossing schedule with Futian DC, ETA: Nov 17
- [ ] Nora \u2013 reconcile the October HKD invoices \u2013 Deadline: 2025/11/20
- [ ] Karen \u2013 draft the customs broker SLA \u2013 ETA Q4

Regards,
Ricky
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params="; format=flowed")
    raw = message(headers(("Ricky Leung", PEOPLE["梁志偉"][1]), [("Karen Chan", PEOPLE["陳嘉慧"][1]),
                                                               ("Ethan Lu", PEOPLE["陆一鸣"][1]), ("Nora Xu", PEOPLE["许诺"][1])],
                          "HK cross-border trucking review \u2013 notes", "2025-11-10 15:05:00 +0800",
                          "<8B1F2C3D-4E5F-4A6B-9C7D-0E1F2A3B4C5D@yuanfan.example.com>", cc=[BOT],
                          extra=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]), body)
    items = [
        item("梁志偉", "get quotes from two backup trucking vendors", "2025-11-14"),
        item("陆一鸣", "align the Shenzhen Bay crossing schedule with Futian DC", "2025-11-17"),
        item("许诺", "reconcile the October HKD invoices", "2025-11-20"),
        item("陳嘉慧", "draft the customs broker SLA", "2025-12-31")]
    notes = ("Apple Mail plain text from the HK desk. Ticked '- [x]' lines are done. Open items put the owner first and "
             "separate owner, task and date with en dashes. Sent Mon 2025-11-10: 'ETA 11/14' = 11-14, 'ETA: Nov 17' = "
             "11-17, 'Deadline: 2025/11/20' = 11-20, 'ETA Q4' = the end of Q4 = 2025-12-31. Ricky/Karen/Nora/Ethan Lu "
             "are roster aliases.")
    return "208-applemail-english-checkbox-dashes", raw, gold("minutes", notes, items)


@case
def c209():
    """Thunderbird 8bit UTF-8 plain: 上次待办回顾 with 已完成 and 进行中 status lines, then 本次待办 with
    2025/11/19前, 11-21前, 本周五前, 下周一前."""
    sent = D(2025, 11, 12)                     # Wednesday
    text = """各位好：

信息技术部双周会纪要如下。

一、上次待办回顾
1. WMS波次拣货配置评估（潘珺）——已完成
2. 仓配接口联调（邵宇）——进行中，完成80%，预计11月14日完成
3. 打印机驱动批量升级（小潘）——已完成

二、本次待办
1. 邵宇：2025/11/19前完成嘉定仓RF枪系统升级
2. 潘珺：11-21前输出机房UPS巡检报告
3. 韩雪：本周五前确认2026年IT预算初稿
4. 小潘协助客服中心排查工单系统卡顿问题，下周一前反馈结果

三、下次会议
2025年11月26日（周三）14:00，腾讯会议

-- 
韩雪 / 信息技术部
远帆供应链管理（上海）有限公司
"""
    body = leaf("text/plain", text, "UTF-8", "8bit", params="; format=flowed")
    raw = message([("Message-ID", "<5d1c6a2e-8f0b-4c55-9a3d-2b7e1f0c9d44@yuanfan.example.com>"),
                   ("Date", rfc_date("2025-11-12 17:30:00 +0800")), ("MIME-Version", "1.0"),
                   ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN"),
                   ("To", addrs([who(n) for n in ("邵宇", "潘珺")])), ("Cc", addrs([BOT])),
                   ("From", addr(*who("韩雪"))), ("Subject", words("信息技术部双周会纪要 2025-11-12"))], body)
    items = [
        item("邵宇", "完成嘉定仓RF枪系统升级", "2025-11-19"),
        item("潘珺", "输出机房UPS巡检报告", "2025-11-21"),
        item("韩雪", "确认2026年IT预算初稿", expect("本周五前", this_or_next(sent, 4), "2025-11-14")),
        item("潘珺", "协助客服中心排查工单系统卡顿问题，反馈结果", expect("下周一前", next_weekday(sent, 0), "2025-11-17"))]
    notes = ("Thunderbird 8bit UTF-8. '一、上次待办回顾' lists old items with their status (已完成 / 进行中 80%): status, "
             "not items. '二、本次待办': 2025/11/19前 = 11-19, '11-21前' = 11-21 (a dashed date trusted with 前), sent Wed "
             "2025-11-12: 本周五前 = 11-14, 下周一前 = 11-17; 小潘 = 潘珺. '三、下次会议' with the date on the next line: "
             "2025-11-26 14:00.")
    return "209-thunderbird-review-then-new-items", raw, gold("minutes", notes, items, fu("2025-11-26", "14:00"))


@case
def c210():
    """Outlook (English UI) 'FW:' of a customs broker's English minutes: From/Sent/To/Subject block, numbered
    'X to …' actions with 'by 21 Nov' / 'by 25 November 2025' / 'by Nov 26', 'Both teams … date TBD'."""
    cover = ["Hi,", "", "Forwarding Alan's minutes so the bot can track the actions.", "", "Karen", ""]
    header = ["From: Alan Cheung <alan.cheung@hkbroker.example.com.hk>",
              "Sent: Tuesday, November 18, 2025 10:12 AM",
              "To: Karen Chan <karen.chan@yuanfan.example.com>; Ricky Leung <ricky.leung@yuanfan.example.com>",
              "Subject: Minutes \u2013 HK customs pre-registration kickoff"]
    minutes = ["Dear Karen, Ricky,", "", "Thank you for joining the kickoff yesterday. Minutes below.", "",
               "Attendees: Alan Cheung (HK Broker), Karen Chan, Ricky Leung (Yuanfan)", "",
               "Agreed", "1. Yuanfan will file under the simplified declaration scheme from January 2026.",
               "2. All invoices to be issued in HKD.", "", "Actions",
               "1. Karen Chan to provide the commercial invoice template \u2013 by 21 Nov",
               "2. Ricky Leung to confirm HS codes for the 12 new SKUs \u2013 by 25 November 2025",
               "3. Alan Cheung to submit the pre-registration to HK Customs \u2013 by Nov 26",
               "4. Both teams to run a mock declaration \u2013 date TBD", "",
               "Best regards,", "Alan Cheung", "Senior Customs Consultant | HK Broker Ltd."]
    plain = "\n".join(cover + header + [""] + minutes) + "\n"
    head_html = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                 + "".join(f"<p class=MsoNormal><b><span lang=EN-US>{esc(h.split(':', 1)[0])}:</span></b><span lang=EN-US> "
                           f"{esc(h.split(':', 1)[1].strip())}<o:p></o:p></span></p>" for h in header) + "</div>\n")
    blocks = [*cover[:-1], ("raw", head_html), "", *minutes]
    body = multi("alternative", [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                                 leaf("text/html", outlook_html(blocks, "utf-8"), "utf-8", "quoted-printable")],
                 "_000_SEYPR06MB6241A1B2C3D4E5F6A7B8C9D0SEYPR06MB6241apcp_")
    raw = message(headers(("Karen Chan", PEOPLE["陳嘉慧"][1]), [BOT],
                          "FW: Minutes \u2013 HK customs pre-registration kickoff", "2025-11-19 09:15:33 +0800",
                          "<SEYPR06MB6241A1B2C3D4E5F6A7B8C9D0@SEYPR06MB6241.apcprd06.prod.outlook.com>",
                          cc=[("Ricky Leung", PEOPLE["梁志偉"][1]), who("Alan Cheung")],
                          extra=[("Thread-Topic", "Minutes \u2013 HK customs pre-registration kickoff"),
                                 ("Thread-Index", "AQHcWOk2b3k0dGVzdA==")]), body, crlf=True)
    items = [
        item("陳嘉慧", "provide the commercial invoice template", "2025-11-21"),
        item("梁志偉", "confirm HS codes for the 12 new SKUs", "2025-11-25"),
        item("Alan Cheung", "submit the pre-registration to HK Customs", "2025-11-26"),
        item(None, "run a mock declaration", None, flags=["no_owner", "vague_due"])]
    notes = ("Outlook English 'FW:' sent Wed 2025-11-19 of minutes first sent Tue 11-18 by the HK customs broker (no "
             "bot then). The minutes sit below Outlook's From:/Sent:/To:/Subject: block, which must not be cut as a "
             "quote. Only absolute dates: 21 Nov, 25 November 2025, Nov 26. 'Both teams … date TBD' -> no_owner + "
             "vague_due. Alan Cheung is outside the roster: his Cc address. 'Agreed' lines are decisions. No next meeting.")
    return "210-outlook-en-forward-broker-minutes", raw, gold("minutes", notes, items)


@case
def c211():
    """Minutes only in a .docx (RFC 2231 file name); the table's columns are 完成时间 | 负责人 | 事项 | 状态."""
    sent = D(2025, 12, 5)                      # Friday

    def build(doc):
        doc.add_heading("2025年度供应商评审会议纪要", level=1)
        for line in ("会议时间：2025年12月4日 9:30-11:30", "会议地点：总部3楼第一会议室",
                     "参会人员：杜鹃、曹凯、钱国栋、许诺", "记录人：杜鹃"):
            doc.add_paragraph(line)
        doc.add_heading("一、评审结论", level=2)
        doc.add_paragraph("1. 三家包材供应商年度评级：A级1家、B级2家。")
        doc.add_paragraph("2. 2026年起包材采购实行季度比价，比价结果报曹总监备案。")
        doc.add_heading("二、行动计划", level=2)
        rows = [("完成时间", "负责人", "事项", "状态"),
                ("12月12日", "杜鹃", "发布2026年包材供应商招标公告", "进行中"),
                ("12月19日前", "曹凯", "审核供应商付款账期调整方案", "未开始"),
                ("12月3日", "杜经理", "完成三家备选供应商现场审核报告", "已完成"),
                ("月底前", "采购部", "更新合格供应商名录", "未开始"),
                ("下周三", "钱国栋", "提供2026年仓储耗材预计用量", "进行中")]
        table = doc.add_table(rows=len(rows), cols=4)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        doc.add_paragraph("下次评审会议时间待定。")

    cover = "各位好：\n\n附件为12月4日供应商年度评审会议纪要，请查收。如有问题请与我联系。\n\n杜鹃\n采购部 | 远帆供应链\n"
    html = "<div>" + "".join(f"<div>{esc(line) or '<br>'}</div>" for line in cover.splitlines()) + "</div>"
    name = "2025年度供应商评审会议纪要.docx"
    from urllib.parse import quote
    attachment = leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", label=None, cte="base64",
                      data=docx_bytes(build), params=f";\n\tname*=utf-8''{quote(name)}",
                      headers=(f"Content-Disposition: attachment;\n\tfilename*=utf-8''{quote(name)}",))
    body = multi("mixed", [multi("alternative", [leaf("text/plain", cover, "utf-8", "base64"),
                                                 leaf("text/html", html, "utf-8", "base64")], "alt-4f1e2d3c"), attachment],
                 "mixed-9a8b7c6d", preamble="This is a multi-part message in MIME format.")
    raw = message(headers(who("杜鹃"), [who(n) for n in ("曹凯", "钱国栋", "许诺")], "供应商年度评审会议纪要（附件）",
                          "2025-12-05 14:00:00 +0800", "<2025120514000011.dujuan@yuanfan.example.com>", cc=[BOT],
                          extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")]), body)
    items = [
        item("杜鹃", "发布2026年包材供应商招标公告", "2025-12-12"),
        item("曹凯", "审核供应商付款账期调整方案", "2025-12-19"),
        item(None, "更新合格供应商名录", "2025-12-31", flags=["no_owner"], department="采购部"),
        item("钱国栋", "提供2026年仓储耗材预计用量", expect("下周三", next_weekday(sent, 2), "2025-12-10"))]
    notes = ("The cover mail says only that the minutes are attached; the .docx (file name in RFC 2231 form) holds them "
             "with a table whose columns run 完成时间 | 负责人 | 事项 | 状态. The 已完成 row is out. Sent Fri 2025-12-05: "
             "12月12日, 12月19日前, 月底前 = 12-31 (采购部 alone -> no_owner), 下周三 = 12-10. '下次评审会议时间待定' -> null.")
    return "211-docx-attachment-date-first-columns", raw, gold("minutes", notes, items)


@case
def c212():
    """Outlook in Hong Kong: big5 Traditional Chinese, 會議紀錄 with 事項/負責人/截止日期/狀態, 下週三, 盡快."""
    sent = D(2025, 11, 27)                     # Thursday
    table = [["事項", "負責人", "截止日期", "狀態"],
             ["確認葵涌新倉租約簽署", "陳嘉慧", "12月5日前", "進行中"],
             ["安排舊倉存貨盤點", "梁生", "下週三", "未開始"],
             ["提供內地段運輸排期", "陸一鳴", "12月10日", "未開始"],
             ["制定搬遷期間系統切換方案", "Ryan", "盡快", "未開始"],
             ["發出舊倉退租通知", "陳嘉慧", "11月20日", "已完成"]]
    blocks = ["各位好：", "", "以下為今日會議紀錄，如有遺漏請指正。", "",
              "會議時間：2025年11月27日 上午10:00-11:00", "出席：陳嘉慧、梁志偉、陸一鳴、邵宇", "",
              ("b", "一、會議決議"), "1. 葵涌新倉定於2026年1月5日正式啟用。", "2. 搬遷期間暫停接收新客戶訂單。", "",
              ("b", "二、跟進事項"), ("table", table), "",
              "下次會議：12月4日（週四）下午3時，視像會議", "", "謝謝！", "",
              "Karen Chan 陳嘉慧", "遠帆貿易（香港）有限公司"]
    plain = []
    for block in blocks:
        plain.extend([block] if isinstance(block, str) else [block[1]] if block[0] == "b" else plain_rows(block[1]))
    body = multi("alternative", [leaf("text/plain", "\n".join(plain) + "\n", "big5", "base64"),
                                 leaf("text/html", outlook_html(blocks, "big5"), "big5", "base64")],
                 "----=_NextPart_000_0041_01DC5F6A.3C2B1A00")
    raw = message(headers(("陳嘉慧", PEOPLE["陳嘉慧"][1]), [("梁志偉", PEOPLE["梁志偉"][1]), ("陸一鳴", PEOPLE["陆一鸣"][1]),
                                                      ("邵宇", PEOPLE["邵宇"][1])], "會議紀錄：香港倉庫遷移進度會議",
                          "2025-11-27 16:40:00 +0800", "<004101dc5f6a$3c2b1a00$b4814e00$@yuanfan.example.com>", cc=[BOT],
                          label="big5", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-hk")]),
                  body, crlf=True)
    items = [
        item("陳嘉慧", "確認葵涌新倉租約簽署", "2025-12-05"),
        item("梁志偉", "安排舊倉存貨盤點", expect("下週三", next_weekday(sent, 2), "2025-12-03")),
        item("陆一鸣", "提供內地段運輸排期", "2025-12-10"),
        item("邵宇", "制定搬遷期間系統切換方案", None, flags=["vague_due"])]
    notes = ("Hong Kong Outlook in big5 Traditional Chinese: headers 事項/負責人/截止日期/狀態, 週 for 周, 盡快 for 尽快, "
             "會議紀錄/跟進事項/下次會議. Owners: 陳嘉慧, 梁生 (alias of 梁志偉), 陸一鳴 (陆一鸣 written in Traditional "
             "characters, also his To display name), Ryan (邵宇). The 已完成 row is out. Sent Thu 2025-11-27: 12月5日前 = "
             "12-05, 下週三 = 12-03, 12月10日, 盡快 -> vague. '下次會議：12月4日（週四）下午3時' -> 2025-12-04 15:00.")
    return "212-big5-traditional-hk-outlook-table", raw, gold("minutes", notes, items, fu("2025-12-04", "15:00"))


@case
def c213():
    """Coremail (GBK) from a hospital's IT department: 问题描述 | 整改措施 | 责任方 | 计划完成时间; owners are a
    department of ours, the hospital's own department, a person, or department + person."""
    sent = D(2025, 12, 8)                      # Monday
    rows = [("序号", "问题描述", "整改措施", "责任方", "计划完成时间"),
            ("1", "病区药品配送箱扫码失败率偏高（约3%）", "排查PDA扫码模块并升级固件", "远帆信息技术部", "3个工作日内"),
            ("2", "夜间急配单据打印乱码", "修改打印模板编码", "邵宇", "12月12日"),
            ("3", "药库与HIS库存数据不一致", "核对接口字段映射，出具差异报告", "医院信息科", "12月15日前"),
            ("4", "配送员账号权限过大", "按岗位重新分配系统权限", "潘珺", "本月底"),
            ("5", "冷链药品温度记录缺失", "补录温度数据并加装温度记录仪", "仓储部 钱国栋", "2025/12/19")]
    intro = ["韩经理及远帆项目组各位：", "", "12月8日上午召开了药品物流系统上线问题第三次协调会，纪要如下。", "",
             "会议时间：2025年12月8日 9:00-10:30", "会议地点：门诊楼5楼信息科会议室",
             "参会人员：邱志华（信息科）、药剂科王主任、韩雪、邵宇、潘珺", "", "一、会议议定",
             "系统正式上线时间推迟至2026年1月5日，上线前完成全部问题整改并通过药剂科验收。", "", "二、问题及整改措施"]
    outro = ["", "三、下次协调会：12月15日（周一）下午3点，门诊楼5楼信息科会议室", "", "信息科 邱志华",
             "市第六人民医院", "电话：0571-8700 6600"]
    # Coremail's plain alternative is the HTML with the tags stripped: one cell a line
    plain = "\n".join(intro + [cell for row in rows for cell in row] + outro) + "\n"
    cell = '<td style="border:1px solid #999;padding:4px">{}</td>'
    table = ('<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:680px">'
             + "".join("<tr>" + "".join(cell.format(esc(c)) for c in row) + "</tr>" for row in rows) + "</table>")
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join(f"<p style=\"margin:0;\">{esc(line) or '<br>'}</p>" for line in intro) + table
            + "".join(f"<p style=\"margin:0;\">{esc(line) or '<br>'}</p>" for line in outro) + "</div>")
    body = multi("alternative", [leaf("text/plain", plain, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_Part_524117_1780293621.1765164000123")
    raw = message(headers(who("邱志华"), [who(n) for n in ("韩雪", "邵宇", "潘珺")], "药品物流系统上线问题协调会纪要（第三次）",
                          "2025-12-08 11:20:00 +0800", "<5f2e1d0c.3b1a.19afd2c4e11.Coremail.qiuzhihua@sixthhospital.example.cn>",
                          cc=[who("钱国栋"), BOT], label="GBK",
                          extra=[("X-Mailer", "Coremail Webmail Server Version XT6.0.2 build 20241105(5f6a1b2c)"),
                                 ("X-Coremail-Antispam", "1UD129KBjvJXoW7uF4xCF1kAryrXr4fZF1kXwb_yoW8Gr")]), body)
    items = [
        item(None, "排查PDA扫码模块并升级固件", expect("3个工作日内", add_workdays(sent, 3), "2025-12-11"),
             flags=["no_owner"], department="信息技术部"),
        item("邵宇", "修改打印模板编码", "2025-12-12"),
        item(None, "核对接口字段映射，出具差异报告", "2025-12-15", flags=["no_owner"]),
        item("潘珺", "按岗位重新分配系统权限", "2025-12-31"),
        item("钱国栋", "补录温度数据并加装温度记录仪", "2025-12-19")]
    notes = ("Written by the hospital's IT head (outside the roster) in Coremail, GBK; the plain alternative has one cell a "
             "line, so the table is read from the HTML. The task column is 整改措施 (not 问题描述); 责任方 holds a "
             "department of ours ('远帆信息技术部' -> no_owner, 信息技术部), the hospital's 信息科 (no_owner, department "
             "null), a person, or '仓储部 钱国栋'. Sent Mon 2025-12-08: 3个工作日内 = 12-09,10,11 -> 12-11; 本月底 = "
             "12-31; 2025/12/19. The 会议议定 line (上线推迟至2026年1月5日) is a decision. Next: 12-15 15:00.")
    return "213-coremail-hospital-it-measures-table", raw, gold("minutes", notes, items, fu("2025-12-15", "15:00"))


@case
def c214():
    """Outlook for Mac (UTF-8 QP) minutes with a law firm: ①–④ items with '（责任人：…；期限：…）'."""
    sent = D(2025, 6, 3)                       # Tuesday, the first working day after Dragon Boat
    text = """各位好，

今天承运商合同范本修订沟通会的纪要如下：

会议时间：2025年6月3日 15:00-16:30
参会：彭博、任婧律师（衡正律师事务所）、陆一鸣、曹凯

一、讨论要点
承运商合同现行版本为2022年修订，赔偿上限条款已不符合最新司法解释，曹凯提出保险免赔额需同步调整。

二、会议结论
合同赔偿上限调整为运费的5倍；争议解决方式改为上海仲裁委员会仲裁。

三、待办事项
①任婧律师出具修订版合同范本（责任人：任婧；期限：6月10日前）
②陆一鸣整理近两年承运商理赔案例清单（期限：本周五）
③曹凯确认赔偿上限调整对2025年度保险预算的影响（期限：6月13日前）
④彭博组织业务部门对修订版范本进行内部评审（期限：待定）

下次沟通：待任律师提交修订稿后另行约定。

彭博
法务合规部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div class="WordSection1">' + "".join(
                f'<p class="MsoNormal"><span style="font-size:11.0pt">{esc(line) or "&nbsp;"}</span></p>'
                for line in text.splitlines()) + "</div></body></html>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")], "B_3831913500_1824375921")
    raw = message(headers(who("彭博"), [who("任婧"), who("陆一鸣"), who("曹凯")], "【纪要】承运商合同范本修订沟通会",
                          "2025-06-03 18:05:00 +0800", "<D1A2B3C4-E5F6-4789-A0B1-C2D3E4F5A6B7@yuanfan.example.com>",
                          cc=[BOT], extra=[("User-Agent", "Microsoft-MacOutlook/16.97.25051114"),
                                           ("Thread-Topic", words("【纪要】承运商合同范本修订沟通会"))]), body)
    items = [
        item("任婧", "出具修订版合同范本", "2025-06-10"),
        item("陆一鸣", "整理近两年承运商理赔案例清单", expect("本周五", this_or_next(sent, 4), "2025-06-06")),
        item("曹凯", "确认赔偿上限调整对2025年度保险预算的影响", "2025-06-13"),
        item("彭博", "组织业务部门对修订版范本进行内部评审", None, flags=["vague_due"])]
    notes = ("Outlook for Mac UTF-8 QP, sent Tue 2025-06-03 (Dragon Boat 05-31..06-02 just over). ①–④ items carry "
             "'（责任人：…；期限：…）' or only '（期限：…）' with the owner leading the sentence. 任婧 is the outside lawyer: "
             "her To address. 本周五 = 06-06; 待定 -> vague. 讨论要点 (names 曹凯) and 会议结论 are no items. "
             "'下次沟通：待…另行约定' has no date -> null.")
    return "214-outlook-mac-law-firm-circled-labels", raw, gold("minutes", notes, items)


@case
def c215():
    """Outlook (Windows, English) from the start-up: Owner | Action | ETA | Status table with WIP/Open/Done,
    'Name (Yuanfan)' owners, EOW, next Tue, a QA team with TBD."""
    sent = D(2025, 11, 19)                     # Wednesday
    table = [["Owner", "Action", "ETA", "Status"],
             ["Mark", "Freeze firmware v1.3 for the pilot units", "Nov 21", "WIP"],
             ["Ryan (Yuanfan)", "Whitelist Kitebit webhook IPs on the WMS gateway", "EOW", "Open"],
             ["Priya", "Ship 20 sample units to Jiading DC", "next Tue", "Open"],
             ["Tina (Yuanfan)", "Prepare the inbound receiving SOP for the pilot", "2025-11-28", "Open"],
             ["Mark", "Share the drop test report", "Nov 14", "Done"],
             ["Factory QA team", "Re-test the battery compartment latch", "TBD", "Open"]]
    blocks = ["Hi all,", "", "Minutes from today's pilot readiness check-in are below.", "", ("b", "Summary"),
              "\u2022 Firmware v1.3 passed the 1.2 m drop test; the battery latch still fails on 2 of 50 units.",
              "\u2022 Jiading DC can receive the pilot batch from Nov 27.", "", ("b", "Actions"), ("table", table), "",
              "Next check-in: Wed Nov 26, 9:30am", "", "Thanks,", "Priya"]
    plain = []
    for block in blocks:
        plain.extend([block] if isinstance(block, str) else [block[1]] if block[0] == "b" else plain_rows(block[1]))
    body = multi("alternative", [leaf("text/plain", "\n".join(plain) + "\n", "utf-8", "quoted-printable"),
                                 leaf("text/html", outlook_html(blocks, "utf-8"), "utf-8", "quoted-printable")],
                 "_000_TYZPR02MB5234C1D2E3F4A5B6TYZPR02MB5234apcp_")
    raw = message(headers(who("Priya Raman"), [who("Mark Ellison"), ("Ryan Shao", PEOPLE["邵宇"][1]),
                                               ("Tina Jiang", PEOPLE["蒋婷"][1])],
                          "Pilot readiness check-in \u2013 minutes & actions", "2025-11-19 20:05:00 +0800",
                          "<TYZPR02MB5234C1D2E3F4A5B6@TYZPR02MB5234.apcprd02.prod.outlook.com>", cc=[BOT],
                          extra=[("Thread-Topic", "Pilot readiness check-in \u2013 minutes & actions"),
                                 ("Content-Language", "en-US")]), body, crlf=True)
    items = [
        item("Mark Ellison", "Freeze firmware v1.3 for the pilot units", "2025-11-21"),
        item("邵宇", "Whitelist Kitebit webhook IPs on the WMS gateway", expect("EOW", this_or_next(sent, 4), "2025-11-21")),
        item("Priya Raman", "Ship 20 sample units to Jiading DC", expect("next Tue", next_weekday(sent, 1), "2025-11-25")),
        item("蒋婷", "Prepare the inbound receiving SOP for the pilot", "2025-11-28"),
        item(None, "Re-test the battery compartment latch", None, flags=["no_owner", "vague_due"])]
    notes = ("Outlook English table with the owner column first and ETA/Status; the Done row is out. 'Ryan (Yuanfan)', "
             "'Tina (Yuanfan)' are aliases with the company in brackets; Mark and Priya are the To/From display names. "
             "Sent Wed 2025-11-19: Nov 21; EOW = Fri 11-21; next Tue = 11-25; 2025-11-28; 'Factory QA team' + TBD -> "
             "no_owner + vague_due. 'Next check-in: Wed Nov 26, 9:30am' -> 2025-11-26 09:30.")
    return "215-outlook-en-owner-first-eta-table", raw, gold("minutes", notes, items, fu("2025-11-26", "09:30"))


@case
def c216():
    """Exmail gb18030 plain: long background and discussion prose full of names and dates, decisions with
    dates, and only two real items under 下一步工作 (牵头/会同, 元旦前)."""
    text = """各位：

12月18日下午公司管理层就2026年仓网规划进行了讨论，纪要如下。

一、背景
2025年公司仓储面积合计8.6万平方米，其中嘉定仓利用率已达95%，昆山仓仅为62%。华南客户订单量同比增长38%，现有广州仓租约将于2026年6月30日到期。

二、讨论情况
钱国栋介绍了嘉定仓扩容的三个方案，预计投资在800-1200万元之间。
陆一鸣提出华南干线成本较去年上涨12%，建议在佛山设立区域仓。
曹凯认为应在2026年3月底前完成投资测算后再做最终决策。

三、会议决议
1. 原则同意在佛山新设华南区域仓，2026年第二季度启动选址。
2. 昆山仓自2026年1月起承接部分嘉定仓溢出订单。

四、下一步工作
1. 钱国栋牵头，会同采购部于2026年1月16日前完成佛山仓选址初步方案。
2. 曹凯负责在元旦前提交投资测算模型。

下次会议时间另行通知。

顾明轩
运营中心
"""
    body = leaf("text/plain", text, "gb18030", "base64")
    raw = message(headers(who("顾明轩"), [who(n) for n in ("钱国栋", "陆一鸣", "曹凯", "杜鹃")], "关于2026年仓网规划的讨论纪要",
                          "2025-12-18 19:40:00 +0800", "<tencent_9F3B2A1C0D4E5F6A7B8C9D0E@exmail.qq.com>", cc=[BOT],
                          label="gb18030", extra=[("X-QQ-mid", "bizesmtp3t1766058000tq1a2b3c"),
                                                  ("X-Mailer", "Tencent Exmail")]), body)
    items = [
        item("钱国栋", "完成佛山仓选址初步方案", "2026-01-16"),
        item("曹凯", "提交投资测算模型", expect("元旦前", workday_before(D(2026, 1, 1)), "2025-12-31"))]
    notes = ("Exmail gb18030 plain. Background and discussion sentences name people and dates (曹凯…2026年3月底前) and "
             "decisions carry dates: none is an item. Under '四、下一步工作': '钱国栋牵头，会同采购部于2026年1月16日前…' "
             "(owner 钱国栋, not 采购部) and '曹凯负责在元旦前提交…' = the last working day before New Year 2026 = "
             "2025-12-31. '下次会议时间另行通知' -> null.")
    return "216-exmail-gb18030-prose-decisions-two-items", raw, gold("minutes", notes, items)


@case
def c217():
    """Gmail from the US (Date -0700): the Shanghai date is the next day. by Monday / within 2 business days over a
    make-up Saturday / by Oct 15 / 'I'll … by Friday' (the sender) / 'Priya + Jenny'."""
    text = """Hi all,

Action items from today's call:

* Ryan: push the webhook retry fix to staging by Monday
* Priya + Jenny: finalize the pilot routing plan within 2 business days
* Jenny to book the Yantian port slot by Oct 15
* I'll send the updated demand forecast by Friday

Next call: Tuesday Oct 14, 9am Beijing time.

Mark
"""
    html = '<div dir="ltr">' + "".join(f"<div>{esc(line) or '<br>'}</div>" for line in text.splitlines()) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit"), leaf("text/html", html, "UTF-8", "7bit")],
                 "0000000000004c1d2e0640f1a2b3")
    raw = message(headers(who("Mark Ellison"), [("Ryan Shao", PEOPLE["邵宇"][1]), who("Priya Raman"),
                                                ("Jenny Shen", PEOPLE["沈佳怡"][1])],
                          "Pilot logistics - action items from today's call", "2025-10-09 19:30:00 -0700",
                          "<CAJd7pX3mZt8Qe2vWn5Rk0b1Yh6c9s4u7Ld2fA@mail.gmail.com>", cc=[BOT]), body)
    local = D(2025, 10, 10)                    # 19:30 -0700 on Thu 10-09 = 10:30 on Fri 10-10 in Shanghai
    items = [
        item("邵宇", "push the webhook retry fix to staging", expect("by Monday", this_or_next(local, 0), "2025-10-13")),
        item("Priya Raman", "finalize the pilot routing plan", expect("2 business days", add_workdays(local, 2), "2025-10-13")),
        item("沈佳怡", "finalize the pilot routing plan", "2025-10-13"),
        item("沈佳怡", "book the Yantian port slot", "2025-10-15"),
        item("Mark Ellison", "send the updated demand forecast", expect("by Friday", this_or_next(local, 4), "2025-10-10"))]
    notes = ("Date: Thu 2025-10-09 19:30 -0700 = Fri 2025-10-10 10:30 in Shanghai: dates resolve from Friday. by Monday "
             "= 10-13; within 2 business days (Chinese working days, corpus rule) = Sat 10-11 (make-up day) and Mon "
             "10-13 -> 10-13; by Oct 15; 'I'll … by Friday' is the sender's item, due that same Friday 10-10. 'Priya + "
             "Jenny' -> an item each (both are chased; first gold: Priya alone). 'Next call: Tuesday Oct 14, 9am Beijing time' -> 10-14 09:00.")
    return "217-gmail-us-timezone-first-person", raw, gold("minutes", notes, items, fu("2025-10-14", "09:00"))


@case
def c218():
    """Alimail HTML only (QP) before Spring Festival 2025: owner/due on the line after each numbered task,
    separated by an ideographic space; 1月26日（周日调休上班）, 节前, 5个工作日内 over the holiday, 节后第一个工作日."""
    sent = D(2025, 1, 24)                      # Friday
    lines = ["各位好，今天下午召开了春节服务保障会议，纪要如下：", "", "一、会议决定",
             "春节期间（1月28日至2月4日）客服热线9:00-18:00服务，在线客服24小时值守。", "", "二、工作安排",
             "1. 发布春节期间客服排班表", "负责人：魏琳\u3000完成时间：1月26日（周日调休上班）",
             "2. 完成仓库异常件清零", "负责人：蒋婷\u3000完成时间：节前",
             "3. 制定节后客诉高峰应急预案", "负责人：沈佳怡\u3000完成时间：5个工作日内",
             "4. 组织复工培训", "负责人：魏琳\u3000完成时间：节后第一个工作日", "",
             "三、节后首次例会：2月5日（周三）上午9:30", "", "魏琳", "客服中心"]
    html = ('<div class="__aliyun_email_body_block">' + "".join(
        f'<div style="clear:both;"><span style="font-family:Tahoma,Arial,STHeiti,SimSun;font-size:14px;color:#000000;">'
        f'{esc(line)}</span></div>' if line else '<div style="clear:both;"><br></div>' for line in lines) + "</div>")
    body = leaf("text/html", html, "UTF-8", "quoted-printable")
    raw = message(headers(who("魏琳"), [who(n) for n in ("蒋婷", "沈佳怡", "顾明轩")], "客服中心春节保障会议纪要",
                          "2025-01-24 17:10:00 +0800", "<6c1a2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.weilin@yuanfan.example.com>",
                          cc=[BOT], extra=[("X-Mailer", "Alimail-Mailagent revision 1")]), body)
    items = [
        item("魏琳", "发布春节期间客服排班表", "2025-01-26"),
        item("蒋婷", "完成仓库异常件清零", expect("节前", workday_before(D(2025, 1, 28)), "2025-01-27")),
        item("沈佳怡", "制定节后客诉高峰应急预案", expect("5个工作日内", add_workdays(sent, 5), "2025-02-07")),
        item("魏琳", "组织复工培训", expect("节后第一个工作日", workday_after(D(2025, 2, 4)), "2025-02-05"))]
    notes = ("Alimail single-part HTML. Each numbered task has its 负责人/完成时间 on the next line, the two labels split "
             "by U+3000. Sent Fri 2025-01-24 (holiday 01-28..02-04, make-up Sun 01-26 and Sat 02-08): 1月26日 = the "
             "make-up Sunday; 节前 = the last working day before the holiday = Mon 01-27; 5个工作日内 = 01-26, 01-27, "
             "02-05, 02-06, 02-07 -> 02-07; 节后第一个工作日 = 02-05. The decision line with dates and 24小时 is no item. "
             "'三、节后首次例会：2月5日（周三）上午9:30' -> 2025-02-05 09:30.")
    return "218-alimail-spring-festival-owner-next-line", raw, gold("minutes", notes, items, fu("2025-02-05", "09:30"))


@case
def c219():
    """WeCom plain QP incident minutes: 2小时内 / 今天下班前 / 明早9点前 / 24小时内 / 下午4点前."""
    text = """各位：

今天9:05嘉定仓WMS数据库主节点宕机，出库作业中断约1小时，10:10已切换至备节点恢复。10:20召开紧急处置会议，纪要如下：

处置安排：
1. 邵宇：2小时内恢复全部出库波次任务
2. 潘珺：今天下班前提交故障时间线及影响订单清单
3. 钱国栋：明早9点前完成积压订单的人工分拣
4. 信息技术部：24小时内出具根因分析报告
5. 魏琳：下午4点前通知受影响的重点客户

韩雪
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    raw = message(headers(who("韩雪"), [who(n) for n in ("邵宇", "潘珺", "钱国栋", "魏琳")], "【紧急】嘉定仓WMS宕机处置会议纪要",
                          "2025-07-15 10:40:00 +0800", "<tencent_0A1B2C3D4E5F60718293A4B5@qq.com>", cc=[who("顾明轩"), BOT],
                          extra=[("X-Priority", "1"), ("X-Mailer", "WeCom Mail")]), body)
    items = [
        item("邵宇", "恢复全部出库波次任务", "2025-07-15", "12:40"),
        item("潘珺", "提交故障时间线及影响订单清单", "2025-07-15"),
        item("钱国栋", "完成积压订单的人工分拣", "2025-07-16", "09:00"),
        item(None, "出具根因分析报告", "2025-07-16", "10:40", flags=["no_owner"], department="信息技术部"),
        item("魏琳", "通知受影响的重点客户", "2025-07-15", "16:00")]
    notes = ("WeCom plain QP, sent Tue 2025-07-15 10:40. Hour deadlines count from the Date header: 2小时内 = 12:40, "
             "24小时内 = 07-16 10:40; 今天下班前 = the send date without a time; 明早9点前 = 07-16 09:00; 下午4点前 = "
             "16:00 today. The opening sentence with clock times is what happened, no item. 信息技术部 alone -> no_owner.")
    return "219-wecom-incident-hour-deadlines", raw, gold("minutes", notes, items)


@case
def c220():
    """Outlook HTML (UTF-8 base64) mixing Chinese and English: Task | Owner | Deadline | 进展 with 3/7, 周三,
    2025.03.14, 下周五前 and a Done row; Next sync with a full-width colon."""
    sent = D(2025, 3, 3)                       # Monday
    table = [["Task", "Owner", "Deadline", "进展"],
             ["完成Q1客户满意度调研问卷", "Jenny", "3/7", "进行中"],
             ["对接Kitebit pilot的入库预约", "Tina", "周三", "未开始"],
             ["退货SOP更新 (returns SOP update)", "Lynn", "2025.03.14", "未开始"],
             ["梳理3月大促仓容预测", "钱经理", "下周五前", "进行中"],
             ["关闭2月遗留工单", "Lynn", "2/28", "Done"]]
    blocks = ["Hi all，本周运营周会纪要如下：", "", "1. 上周数据：订单量12.6万单，环比+8%；准时发货率98.7%。", "",
              ("b", "2. Action items"), ("table", table), "", "Next sync：3月10日（周一）10:00", "", "Jenny"]
    plain = []
    for block in blocks:
        plain.extend([block] if isinstance(block, str) else [block[1]] if block[0] == "b" else plain_rows(block[1]))
    body = multi("alternative", [leaf("text/plain", "\n".join(plain) + "\n", "utf-8", "base64"),
                                 leaf("text/html", outlook_html(blocks, "utf-8"), "utf-8", "base64")],
                 "----=_NextPart_000_0009_01DB8C3A.1F2E3D40")
    raw = message(headers(("Jenny Shen", PEOPLE["沈佳怡"][1]), [who(n) for n in ("蒋婷", "魏琳", "钱国栋")],
                          "运营周会纪要 Weekly Ops Sync 3/3", "2025-03-03 18:00:00 +0800",
                          "<000901db8c3a$1f2e3d40$5d8ab7c0$@yuanfan.example.com>", cc=[who("顾明轩"), BOT],
                          extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body, crlf=True)
    items = [
        item("沈佳怡", "完成Q1客户满意度调研问卷", "2025-03-07"),
        item("蒋婷", "对接Kitebit pilot的入库预约", expect("周三", this_or_next(sent, 2), "2025-03-05")),
        item("魏琳", "退货SOP更新 (returns SOP update)", "2025-03-14"),
        item("钱国栋", "梳理3月大促仓容预测", expect("下周五前", next_weekday(sent, 4), "2025-03-14"))]
    notes = ("Outlook UTF-8 mixing zh and en: English headers Task/Owner/Deadline beside 进展; owners by English alias "
             "(Jenny, Tina, Lynn) and title (钱经理). Sent Mon 2025-03-03: 3/7 = 03-07; 周三 = 03-05; 2025.03.14; 下周五前 = "
             "03-14. The Done row is out; the 上周数据 line is a fact. 'Next sync：3月10日（周一）10:00' -> 03-10 10:00.")
    return "220-outlook-mixed-zh-en-task-owner-table", raw, gold("minutes", notes, items, fu("2025-03-10", "10:00"))


# == replies to the bot's recaps ==================================================================================

R201 = [("确认临时仓租赁合同条款", "杜鹃", "2025-09-26 18:00"), ("制定双十一夜班排班表", "蒋婷", "2025-09-25 18:00"),
        ("盘点现有托盘及叉车数量", "钱国栋", "2025-09-30 18:00"), ("评估WMS波次拣货配置", "潘珺", "2025-09-28 18:00"),
        ("与承运商确认国庆期间运力", "（未指定）", "2025-09-30 18:00"), ("更新异常件处理SOP", "魏琳", "（未定）")]


@case
def c221():
    """Alimail reply: '第1项确认' above Alimail's long-rule 发件人/发送时间 quote; the new text mentions 周五前."""
    new = "收到。第1项确认，合同条款周五前发给大家。\n\n杜鹃\n"
    quote = ("\n------------------------------------------------------------------\n"
             "发件人：纪要助手 <minutes@yuanfan.example.com>\n发送时间：2025年9月22日(星期一) 17:46\n"
             "收件人：杜鹃<dujuan@yuanfan.example.com>; 钱国栋<qianguodong@yuanfan.example.com>\n"
             "主　题：Re: 【会议纪要】华东仓双十一备货协调会\n\n" + recap_zh("华东仓双十一备货协调会", R201) + "\n")
    body = leaf("text/plain", new + quote, "UTF-8", "base64")
    raw = message(headers(who("杜鹃"), [BOT], "回复：Re: 【会议纪要】华东仓双十一备货协调会", "2025-09-23 09:12:00 +0800",
                          "<a7c1e2d3-0b4f-4e6a-9d8c-1f2e3a4b5c6d.dujuan@yuanfan.example.com>", cc=[who("钱国栋")],
                          extra=[("In-Reply-To", "<minutebot.5f1e2d3c4b5a@yuanfan.example.com>"),
                                 ("References", "<000c01dc2bb7$5f3a1c20$1dae5460$@yuanfan.example.com> "
                                                "<minutebot.5f1e2d3c4b5a@yuanfan.example.com>"),
                                 ("X-Mailer", "Alimail-Mailagent revision 2")]), body)
    notes = ("Alimail reply on Tue 2025-09-23 to the recap of 201: '第1项确认' -> confirm [1]; '周五前发给大家' is a "
             "promise, not a command. Quote below Alimail's long rule + 发件人/发送时间/收件人/主　题 block; the recap "
             "footer lists every command word.")
    return "221-reply-confirm-alimail", raw, gold("reply", notes, reply=rep("confirm", [1]))


R206 = [("制定半月结对账方案，提交管理层审批", "曹凯", "2025-11-20 18:00"),
        ("通知各承运商对账周期调整事宜", "许诺", "（未定）"), ("提供近三个月运费差异明细", "运输部", "（未定）"),
        ("评估在TMS中增加对账提醒功能，给出评估结果", "邵宇", "2025-12-05 18:00")]


@case
def c222():
    """NetEase enterprise mail reply objecting to item 3 with a reason, quote as '在 …，"纪要助手" <…> 写道：' + '>'."""
    new = ("对第3项有异议：近三个月的运费差异明细需要财务先从结算系统导出，运输部无法单独提供，建议改由财务部牵头、"
           "运输部配合，12月10日前可以给到。\n\n陆一鸣\n")
    quote = ('\n在 2025-11-05 18:21:30，"纪要助手" <minutes@yuanfan.example.com> 写道：\n'
             + recap_zh("承运商对账流程优化会议纪要", R206, quote=">") + "\n")
    html = ("<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">" + "".join(
        f"<div>{esc(line) or '<br>'}</div>" for line in new.splitlines()) + "<br>"
        + '<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px">'
        + '<div>在 2025-11-05 18:21:30，"纪要助手" &lt;minutes@yuanfan.example.com&gt; 写道：</div><blockquote '
        + 'style="padding-left:1ex;margin:0px 0px 0px 0.8ex;border-left:#ccc 1px solid"><pre>'
        + esc(recap_zh("承运商对账流程优化会议纪要", R206)) + "</pre></blockquote></div></div>")
    body = multi("alternative", [leaf("text/plain", new + quote, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_Part_99821_1630517822.1762394700123")
    raw = message(headers(who("陆一鸣"), [BOT], "Re:承运商对账流程优化会议纪要", "2025-11-06 10:05:00 +0800",
                          "<6d2b1c0a.9e8f.19a56b7c8d9.Coremail.luyiming@yuanfan.example.com>", cc=[who("许诺")], label="GBK",
                          extra=[("In-Reply-To", "<minutebot.8e7d6c5b4a39@yuanfan.example.com>"),
                                 ("References", "<minutebot.8e7d6c5b4a39@yuanfan.example.com>"),
                                 ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801")]), body)
    notes = ("NetEase enterprise mail (Coremail) reply on Thu 2025-11-06 from the 运输部 head to item 3 of 206 (owned by "
             "his department). '对第3项有异议：…' -> object [3]; the reason mentions 财务部牵头 and '12月10日前可以给到', "
             "which is no extension request.")
    return "222-reply-object-netease-reason-with-date", raw, gold("reply", notes, reply=rep("object", [3]))


R212 = [("確認葵涌新倉租約簽署", "陳嘉慧", "2025-12-05 18:00"), ("安排舊倉存貨盤點", "梁志偉", "2025-12-03 18:00"),
        ("提供內地段運輸排期", "陆一鸣", "2025-12-10 18:00"), ("制定搬遷期間系統切換方案", "邵宇", "（未定）")]


@case
def c223():
    """Hong Kong Outlook reply in big5: '第1項已完成' (項, Traditional), quote under 寄件者/寄件日期/收件者/主旨."""
    new = "第1項已完成，葵涌新倉租約已於今早簽署，掃描件稍後發給大家。\n\nKaren\n"
    quote = ("\n寄件者: 紀要助手 <minutes@yuanfan.example.com>\n寄件日期: 2025年11月27日 16:41\n"
             "收件者: 陳嘉慧 <karen.chan@yuanfan.example.com>; 梁志偉 <ricky.leung@yuanfan.example.com>\n"
             "主旨: Re: 會議紀錄：香港倉庫遷移進度會議\n\n" + recap_zh("香港倉庫遷移進度會議", R212) + "\n")
    text = new + quote
    text = text.replace("纪要助手已记录", "紀要助手已記錄")       # the client shows the quote as it got it: keep it big5-safe
    data = text.encode("big5", errors="replace")
    body = leaf("text/plain", label="big5", cte="base64", data=data)
    raw = message(headers(("陳嘉慧", PEOPLE["陳嘉慧"][1]), [BOT], "回覆: Re: 會議紀錄：香港倉庫遷移進度會議",
                          "2025-12-05 11:30:00 +0800", "<005201dc6580$1a2b3c4d$5e6f7a8b$@yuanfan.example.com>",
                          cc=[("梁志偉", PEOPLE["梁志偉"][1])], label="big5",
                          extra=[("In-Reply-To", "<minutebot.1a2b3c4d5e6f@yuanfan.example.com>"),
                                 ("References", "<004101dc5f6a$3c2b1a00$b4814e00$@yuanfan.example.com> "
                                                "<minutebot.1a2b3c4d5e6f@yuanfan.example.com>"),
                                 ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-hk")]), body)
    notes = ("Hong Kong Outlook reply in big5 on Fri 2025-12-05 to the recap of 212: '第1項已完成' (Traditional 項) -> "
             "done [1]. The quote starts at Outlook's Traditional header block 寄件者:/寄件日期:/收件者:/主旨:.")
    return "223-reply-done-big5-traditional", raw, gold("reply", notes, reply=rep("done", [1]))


R205 = [("上线退货工单自动分配规则", "邵宇", "2025-10-31 18:00"), ("整理10月差评TOP20原因并提出改进建议", "魏琳", "2025-10-24 18:00"),
        ("组织破损件拍照留档流程培训", "仓储部", "（未定）")]


@case
def c224():
    """WeCom reply: '第1项进度80%' and a plan with 下周二前完成 (no done, no extension); 原始邮件 quote."""
    new = "第1项进度80%，规则已在测试环境跑通，剩余灰度发布下周二前完成。\n"
    quote = ("\n\n------------------ Original ------------------\nFrom: 纪要助手 <minutes@yuanfan.example.com>\n"
             "Date: Tue, Oct 21, 2025 11:33 AM\nTo: 邵宇 <shaoyu@yuanfan.example.com>\n"
             "Subject: Re: 客服中心10月质检复盘-会议纪要\n\n" + recap_zh("客服中心10月质检复盘", R205) + "\n")
    body = leaf("text/plain", new + quote, "utf-8", "base64")
    raw = message(headers(who("邵宇"), [BOT], "回复：Re: 客服中心10月质检复盘-会议纪要", "2025-10-27 17:20:00 +0800",
                          "<tencent_7E6D5C4B3A29180F7E6D5C4B@qq.com>", cc=[who("魏琳")],
                          extra=[("In-Reply-To", "<minutebot.0f1e2d3c4b5a@yuanfan.example.com>"),
                                 ("References", "<minutebot.0f1e2d3c4b5a@yuanfan.example.com>"),
                                 ("X-Mailer", "WeCom Mail")]), body)
    notes = ("WeCom reply on Mon 2025-10-27 under a '------------------ Original ------------------' block (English UI). "
             "'第1项进度80%' -> progress [1] 80; '剩余灰度发布下周二前完成' is a plan: neither done nor an extension.")
    return "224-reply-progress-wecom-plan-sentence", raw, gold("reply", notes, reply=rep("progress", [1], percent=80))


R211 = [("发布2026年包材供应商招标公告", "杜鹃", "2025-12-12 18:00"), ("审核供应商付款账期调整方案", "曹凯", "2025-12-19 18:00"),
        ("更新合格供应商名录", "采购部", "2025-12-31 18:00"), ("提供2026年仓储耗材预计用量", "钱国栋", "2025-12-10 18:00")]


@case
def c225():
    """Android phone mail (Huawei) reply: '申请将第1项延期至12月19日，原因：…下周三才能返回' + phone footer."""
    new = "申请将第1项延期至12月19日，原因：招标文件需法务合规部审核，预计下周三才能返回。\n\n发自我的华为手机\n"
    quote = ("\n\n-------- 原始邮件 --------\n发件人： 纪要助手 <minutes@yuanfan.example.com>\n"
             "日期： 2025年12月5日周五 下午2:01\n收件人： 杜鹃 <dujuan@yuanfan.example.com>\n"
             "主题： Re: 供应商年度评审会议纪要（附件）\n\n" + recap_zh("供应商年度评审会议纪要", R211) + "\n")
    body = leaf("text/plain", new + quote, "UTF-8", "base64")
    raw = message(headers(who("杜鹃"), [BOT], "回复： Re: 供应商年度评审会议纪要（附件）", "2025-12-10 16:00:00 +0800",
                          "<c9b8a7f6-e5d4-4c3b-a291-8f7e6d5c4b3a@email.android.com>",
                          extra=[("In-Reply-To", "<minutebot.9a8b7c6d5e4f@yuanfan.example.com>"),
                                 ("References", "<minutebot.9a8b7c6d5e4f@yuanfan.example.com>"),
                                 ("X-Mailer", "HuaweiEmail")]), body)
    notes = ("Huawei phone mail reply on Wed 2025-12-10: '申请将第1项延期至12月19日' -> extend [1] to 2025-12-19; the "
             "reason's '下周三' is no new date. '发自我的华为手机' footer, then the '-------- 原始邮件 --------' quote.")
    return "225-reply-extend-android-reason-weekday", raw, gold("reply", notes,
                                                                 reply=rep("extend", [1], new_due="2025-12-19"))


R207 = [("share the API spec for the tracking webhook", "邵宇", "2025-10-28 18:00"),
        ("confirm carton dimensions with the factory", "Priya Raman", "2025-10-24 18:00"),
        ("send the revised rate card", "顾明轩", "2025-10-31 18:00"), ("set up the shared SLA dashboard", "沈佳怡", "(none)"),
        ("Label printer integration", "(none)", "(none)"), ("finalize the pilot SKU list", "Mark Ellison", "2025-10-23 18:00")]


@case
def c226():
    """Gmail English reply 'Done with #2 – …' with measurements, over 'On … wrote:' and '>' lines."""
    new = "Done with #2 \u2013 carton dims are 42 x 32 x 28 cm, confirmed with the factory this morning.\n\nPriya\n"
    quote = ("\nOn Thu, Oct 23, 2025 at 6:43\u202fPM 纪要助手 <minutes@yuanfan.example.com> wrote:\n\n"
             + recap_en("Kitebit x Yuanfan \u2013 weekly sync notes (Oct 23)", R207, quote="> ", bot=BOT[0]) + "\n")
    html = ('<div dir="ltr">' + "".join(f"<div>{esc(line) or '<br>'}</div>" for line in new.splitlines())
            + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Thu, Oct 23, '
            '2025 at 6:43\u202fPM 纪要助手 &lt;<a href="mailto:minutes@yuanfan.example.com">minutes@yuanfan.example.com</a>'
            '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex"><pre>' + esc(recap_en("Kitebit x Yuanfan \u2013 weekly sync notes (Oct 23)",
                                                                      R207, bot=BOT[0])) + "</pre></blockquote></div>\n")
    body = multi("alternative", [leaf("text/plain", new + quote, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")], "000000000000e1f2a3b40641e5c6d7")
    raw = message(headers(who("Priya Raman"), [BOT], "Re: Kitebit x Yuanfan \u2013 weekly sync notes (Oct 23)",
                          "2025-10-24 11:02:00 +0800", "<CAK9pR2s7d1Vb3nXq8Lm4e0Zt6y2u5o1Hc3gW@mail.gmail.com>",
                          cc=[who("Mark Ellison")],
                          extra=[("In-Reply-To", "<minutebot.2b3c4d5e6f70@yuanfan.example.com>"),
                                 ("References", "<CAJd7pX1kq3Zr0f9nTQWm2s8Lh4b6y0v1Ue5gA@mail.gmail.com> "
                                                "<minutebot.2b3c4d5e6f70@yuanfan.example.com>")]), body)
    notes = ("Gmail reply on Fri 2025-10-24 to the English recap of 207: 'Done with #2' -> done [2]. The sizes "
             "(42 x 32 x 28 cm) are no item numbers or dates; the quote has 'On … wrote:' and '> ' lines.")
    return "226-reply-en-done-with-hash-gmail", raw, gold("reply", notes, reply=rep("done", [2]))


R215 = [("Freeze firmware v1.3 for the pilot units", "Mark Ellison", "2025-11-21 18:00"),
        ("Whitelist Kitebit webhook IPs on the WMS gateway", "邵宇", "2025-11-21 18:00"),
        ("Ship 20 sample units to Jiading DC", "Priya Raman", "2025-11-25 18:00"),
        ("Prepare the inbound receiving SOP for the pilot", "蒋婷", "2025-11-28 18:00"),
        ("Re-test the battery compartment latch", "(none)", "(none)")]


@case
def c227():
    """Outlook English reply 'Item 3 at 60% – 12 of the 20 samples have shipped…' over From:/Sent:/To:/Subject:."""
    new = ("Item 3 at 60% \u2013 12 of the 20 samples have shipped, the rest leave Shenzhen on Monday.\n\n"
           "Best,\nPriya\n")
    quote = ("\nFrom: 纪要助手 <minutes@yuanfan.example.com>\nSent: Wednesday, November 19, 2025 8:06 PM\n"
             "To: Priya Raman <priya@kitebit.example.com>\nSubject: Re: Pilot readiness check-in \u2013 minutes & actions\n\n"
             + recap_en("Pilot readiness check-in \u2013 minutes & actions", R215, bot=BOT[0]) + "\n")
    body = leaf("text/plain", new + quote, "utf-8", "quoted-printable")
    raw = message(headers(who("Priya Raman"), [BOT], "RE: Pilot readiness check-in \u2013 minutes & actions",
                          "2025-11-21 16:45:00 +0800", "<TYZPR02MB5234D9E8F7A6B5C4@TYZPR02MB5234.apcprd02.prod.outlook.com>",
                          extra=[("In-Reply-To", "<minutebot.3c4d5e6f7a8b@yuanfan.example.com>"),
                                 ("References", "<minutebot.3c4d5e6f7a8b@yuanfan.example.com>"),
                                 ("Thread-Topic", "Pilot readiness check-in \u2013 minutes & actions")]), body, crlf=True)
    notes = ("Outlook English reply on Fri 2025-11-21: 'Item 3 at 60%' -> progress [3] 60; '12 of the 20 samples' and "
             "'on Monday' are details, not an extension.")
    return "227-reply-en-item-at-percent-outlook", raw, gold("reply", notes, reply=rep("progress", [3], percent=60))


# == machine mail and other mail =================================================================================

@case
def c228():
    """An out-of-office answer with no Auto-Submitted header: '[自动回复]' subject, In-Reply-To the recap, dates."""
    text = ("您好！我于10月1日至10月8日休假，期间无法及时回复邮件。紧急事项请联系陆一鸣（luyiming@yuanfan.example.com，"
            "手机139 1234 5678），10月9日起正常处理。谢谢！\n")
    body = leaf("text/plain", text, "GBK", "base64")
    raw = message(headers(who("范晓东"), [BOT], "[自动回复] 回复：Re: 运输部周例会纪要（9.26）", "2025-10-01 08:00:03 +0800",
                          "<1759276803.0015.fanxiaodong@yuanfan.example.com>", label="GBK",
                          extra=[("In-Reply-To", "<minutebot.4d5e6f7a8b9c@yuanfan.example.com>"),
                                 ("X-Mailer", "Coremail Webmail Server")]), body)
    notes = ("Holiday auto-answer from a server that sets no Auto-Submitted/X-Autoreply header: only the '[自动回复]' "
             "subject says a machine wrote it. The body has dates and a person -> still auto, no items.")
    return "228-auto-ooo-bracket-subject-no-headers", raw, gold("auto", notes)


@case
def c229():
    """Exchange Online NDR for a recap sent to a mistyped broker address: multipart/report, Undeliverable:."""
    report = ("Reporting-MTA: dns;SEYPR06MB6241.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;mail.yuanfan.example.com\n"
              "Arrival-Date: Wed, 19 Nov 2025 01:16:10 +0000\n\nFinal-Recipient: rfc822;alan.cheung@hkbroker.example.com.hk\n"
              "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
              "Recipient not found by SMTP address lookup\n")
    human = ("Your message to alan.cheung@hkbroker.example.com.hk couldn't be delivered.\n"
             "alan.cheung wasn't found at hkbroker.example.com.hk.\n\nAction Required\nUnknown To address\n\n"
             "Original Message Details\nCreated Date: 11/19/2025 1:16:08 AM\n"
             "Subject: Re: FW: Minutes - HK customs pre-registration kickoff\n")
    original = ("From: =?utf-8?B?57qq6KaB5Yqp5omL?= <minutes@yuanfan.example.com>\nTo: alan.cheung@hkbroker.example.com.hk\n"
                "Subject: Re: FW: Minutes - HK customs pre-registration kickoff\nDate: Wed, 19 Nov 2025 09:16:08 +0800\n"
                "Message-ID: <minutebot.5e6f7a8b9c0d@yuanfan.example.com>\n")
    body = multi("report", [leaf("text/plain", human, "us-ascii", "7bit"),
                            leaf("message/delivery-status", report, None, "7bit"),
                            leaf("text/rfc822-headers", original, None, "7bit")],
                 "e5c6d7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80", params="; report-type=delivery-status")
    raw = message([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hkbroker.example.com.hk>"),
                   ("To", "minutes@yuanfan.example.com"), ("Date", rfc_date("2025-11-19 01:16:10 +0000")),
                   ("Subject", "Undeliverable: Re: FW: Minutes - HK customs pre-registration kickoff"),
                   ("Message-ID", "<e5c6d7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80@SEYPR06MB6241.apcprd06.prod.outlook.com>"),
                   ("In-Reply-To", "<minutebot.5e6f7a8b9c0d@yuanfan.example.com>"),
                   ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
                   ("MIME-Version", "1.0")], body, crlf=True)
    notes = "Exchange Online NDR: multipart/report; report-type=delivery-status, Auto-Submitted, 'Undeliverable:' -> auto."
    return "229-auto-exchange-ndr", raw, gold("auto", notes)


@case
def c230():
    """A notice calling a meeting (通知, 议程, 有关要求 with department requests and dates): other, not minutes."""
    blocks = ["各部门：", "",
              "为总结2025年度供应商合作情况，公司定于12月10日（周三）下午2:00在总部1号会议室召开2025年度供应商大会，"
              "现将有关事项通知如下：", "", ("b", "一、会议议程"), "1. 顾总致辞", "2. 2025年度供应商绩效通报（杜鹃）",
              "3. 优秀供应商颁奖", "4. 2026年采购策略发布", "", ("b", "二、参会人员"), "各部门负责人及供应商代表（约60人）。", "",
              ("b", "三、有关要求"), "1. 请各部门于11月28日前将参会名单报送采购部杜鹃。",
              "2. 请财务部于12月3日前准备好颁奖奖金。", "", "采购部", "2025年11月17日"]
    plain = "\n".join(b if isinstance(b, str) else b[1] for b in blocks) + "\n"
    body = multi("alternative", [leaf("text/plain", plain, "gb2312", "base64"),
                                 leaf("text/html", outlook_html(blocks, "gb2312"), "gb2312", "base64")],
                 "----=_NextPart_000_0021_01DC5794.8A9B0C10")
    raw = message(headers(who("杜鹃"), [("全体员工", f"all@{DOM}")], "关于召开2025年度供应商大会的通知",
                          "2025-11-17 10:00:00 +0800", "<002101dc5794$8a9b0c10$9fd12430$@yuanfan.example.com>", cc=[BOT],
                          label="gb2312", extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body, crlf=True)
    notes = ("A notice that calls a meeting (agenda, attendees, requests to departments with dates), sent with the bot in "
             "Cc: no minutes were taken, so kind other and no items; the meeting date is no follow-up.")
    return "230-other-meeting-notice-with-requests", raw, gold("other", notes)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv, files={"roster.csv": ROSTER}, count_kinds=True))
