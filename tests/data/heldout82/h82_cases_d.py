"""heldout82 cases 11025-11030."""
from h82_lib import (BOTS, Case, Item, P, div_lines, dstr, esc, html_doc, html_table, inbound, message, mso_paras,
                     multipart, std, text_part, text_part_q)
from h82_cases_c import _bom_mail

RF_MX = "mail.runfan-yacht.example.cn"
SP_MX = "mx.sialkot-wh.example.cn"
XL_MX = "mx.xueling-hotel.example.cn"
HIMALAYAN = ("Sunil Shrestha", "sunil.shrestha@himalayangateway.example.com.np")


def c11025():
    d = dstr(2026, 8, 10, 16, 0, 52)
    frm = P("宫晓宁")
    to = [P("于海鹏"), P("栾月")]
    cc = [P("Faisal Qureshi"), BOTS["sp"]]
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
            "解决方案/进展", "下次沟通时间", "负责人"]
    row = ["EC2026-0810-01", "2026-08-10", "鲁钢特钢/孔经理", "供应链/宫晓宁", "供应商",
           "原定8月12日到货的420J2棒材因轧机检修推迟至8月20日",
           "①与生产部确认能否调整8月排产（8月11日前，于经理）②若无法调整，启动备选供应商询价（宫晓宁，本周五前）",
           "2026-08-12", "宫晓宁"]
    intro = "于经理、栾月：\n\n下午和鲁钢特钢电话沟通了棒材延期的事，跟进表如下：\n"
    outro = ("\n另：请财务栾月在3个工作日内确认延期到货是否影响付款条款（合同约定到货后30天付款）。\n\n"
             "宫晓宁 Nina Gong\n供应链部")
    text = (intro + "\n外部沟通跟进表\n" + "\n".join(f"{h}：{v}" for h, v in zip(head, row)) + "\n" + outro)
    html = html_doc(div_lines(intro) + "<div><b>外部沟通跟进表</b></div>\n" +
                    html_table([head, row], cell_style="border:1px solid #000;padding:3px") + div_lines(outro),
                    "gbk", font="宋体")
    body = multipart("alternative", [text_part("plain", text, "GBK", "base64"),
                                     text_part("html", html, "GBK", "base64")],
                     "----=_001_NextPart316258420847_=----")
    hs = std(frm, to, cc, "外部沟通跟进表-鲁钢棒材延期", d, "<202608101600520286457@sialkot-wh.example.cn>", cs="GBK",
             pre=inbound(BOTS["sp"][1], SP_MX, "NINA-PC (unknown [172.20.1.46])", "4GWc1r9FhNz3mB", d, frm[1]),
             post=[("X-Priority", "3"), ("X-GUID", "3A7E0C92-5B14-4F8D-A2C6-0E9B71D45F38"), ("X-Has-Attach", "no"),
                   ("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    items = [
        Item("于海鹏", "与生产部确认能否调整8月排产", ("2026-08-11", "abs")),
        Item("宫晓宁", "启动备选供应商询价", ("2026-08-14", "this:4")),
        Item("栾月", "确认延期到货是否影响付款条款", ("2026-08-13", "wk:3")),
    ]
    notes = ("Seed 外部沟通跟进表 (supplier row) as an HTML table in Foxmail GBK, with the text part in 'header：value' "
             "lines. Sent Mon 2026-08-10. ① '8月11日前，于经理' -> 于海鹏 08-11; ② is conditional ('若无法调整') but has owner "
             "and date -> 宫晓宁, '本周五前' -> 08-14; the line under the table gives 栾月 '3个工作日内' -> 08-11, 08-12, 08-13 -> "
             "08-13. '推迟至8月20日' is the supplier's new delivery date and '到货后30天付款' a contract term, not items. "
             "下次沟通时间 2026-08-12 -> follow-up, no time.")
    return Case(11025, "foxmail-gbk-seed-supplier-followup", "minutes", message(hs, body), items,
                ("2026-08-12", "abs", None), notes,
                "Foxmail GBK seed 外部沟通跟进表 (supplier): conditional ② with date, extra line item with 3个工作日内")


def c11026():
    d = dstr(2026, 8, 12, 10, 20, 15)
    frm = P("卞海燕")
    to = [P("苗志强"), P("戴立群"), P("管春雷")]
    cc = [P("韦国栋"), P("邵振宇"), BOTS["rf"]]
    text = """各位：

今早RF-42试航发现右舷油管接头渗漏，已停航回港。问题记录和临时分工如下，请立即执行。

问题协调解决记录表
问题编号：Q2026-0812-01
问题描述：RF-42试航中右舷主机燃油管接头渗漏
提交人：管春雷
提交时间：2026-08-12 08:40
紧急程度（高/中/低）：高
影响范围：RF-42交付（原定8月20日）
责任部门：生产部
责任人：苗志强
计划解决时间：2026-08-14 18:00
解决方案：更换同规格不锈钢接头，全船燃油管路保压复检

临时措施：
1. 苗志强2小时内更换接头并完成保压试验
2. 卞海燕4小时内出具渗漏原因初步分析
3. 戴立群明天上午10点前清点同批次接头库存并隔离
4. 管春雷今天下班前通知船东试航延期

卞海燕
品质部
"""
    body = multipart("alternative", [text_part("plain", text, "UTF-8", "8bit"),
                                     text_part("html", html_doc(div_lines(text), "UTF-8"), "UTF-8", "8bit")],
                     "------------0B7D2E91C4A35F6081E2B9D7")
    hs = std(frm, to, cc, "【紧急】RF-42试航燃油管渗漏问题记录", d, "<8a3d51c7-2f0e-4b96-b1e4-7c60d92a3f05@runfan-yacht.example.cn>",
             pre=inbound(BOTS["rf"][1], RF_MX, "[192.168.10.72] (unknown [192.168.10.72])", "4GXp5d2HwQz9vM", d, frm[1]),
             post=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN")])
    items = [
        Item("苗志强", "解决RF-42右舷主机燃油管接头渗漏问题", ("2026-08-14", "abs"), time="18:00"),
        Item("苗志强", "更换接头并完成保压试验", ("2026-08-12", "h:2")),
        Item("卞海燕", "出具渗漏原因初步分析", ("2026-08-12", "h:4")),
        Item("戴立群", "清点同批次接头库存并隔离", ("2026-08-13", "d:1"), time="10:00"),
        Item("管春雷", "通知船东试航延期", ("2026-08-12", "today")),
    ]
    notes = ("Seed 问题协调解决记录表 as 'key：value' lines, Thunderbird 8bit UTF-8 text+HTML. The record itself is an item: "
             "责任人 苗志强 solves the issue by 计划解决时间 2026-08-14 18:00. Sent Wed 2026-08-12 10:20:15: '2小时内' -> "
             "12:20, '4小时内' -> 14:20 (from the Date header, not from 提交时间 08:40); '明天上午10点前' -> 08-13 10:00; "
             "'今天下班前' -> 08-12, no time. '原定8月20日' is the delivery date, not a task.")
    return Case(11026, "thunderbird-seed-issue-record-hours", "minutes", message(hs, body), items, None, notes,
                "Thunderbird 8bit seed 问题协调解决记录表 + hour deadlines (2小时内/4小时内) from the Date header")


def c11027():
    d = dstr(2026, 8, 18, 16, 45, 3)
    frm = P("那春艳")
    to = [P("关英杰"), P("佟博"), P("初永辉"), P("富德明"), P("么晓丹")]
    cc = [P("房德胜"), P("常玉梅"), BOTS["dq"]]
    rows = [["序号", "督办事项", "责任单位", "责任人", "完成时限"],
            ["1", "落实省中心审计反馈意见整改", "稽核审计科", "关英杰", "8月31日前"],
            ["2", "中秋、国庆期间业务窗口值班安排", "办公室", "那春艳", "中秋节前"],
            ["3", "异地贷款业务协查函回复", "贷款管理科", "佟博", "10个工作日内"],
            ["4", "信息系统等级保护复测", "信息科", "初永辉", "国庆节前"],
            ["5", "年度缴存基数调整政策宣传", "归集管理科（牵头）、各管理部", "", "9月15日前"]]
    intro = ("各科室、管理部：\n\n8月18日主任办公会议研究了下半年重点工作。会议指出，上半年各项指标完成较好，"
             "下半年要重点抓好审计整改、节日值班和系统安全。会议议定事项列入督办清单（见下表），请各责任单位"
             "按时限办结，并将办理情况报中心办公室。\n")
    outro = "\n中心办公室\n2026年8月18日"
    text = intro + "\n督办事项清单\n" + "\n".join(" | ".join(r) for r in rows) + "\n" + outro
    html = html_doc(div_lines(intro) + "<div><b>督办事项清单</b></div>\n" +
                    html_table(rows, cell_style="border:1px solid #333;padding:3px 6px") + div_lines(outro),
                    "GBK", font="仿宋")
    body = multipart("alternative", [text_part("plain", text, "GBK", "quoted-printable"),
                                     text_part("html", html, "GBK", "quoted-printable")],
                     "----=_Part_730215_1554906713.1787042703118")
    hs = std(frm, to, cc, "8月18日主任办公会议督办事项清单", d,
             "<4b8e2d17.73a0.1a0b8c2f4e6.Coremail.nachunyan@dqgjj.example.gov.cn>", cs="GBK",
             pre=inbound(BOTS["dq"][1], "mail.dqgjj.example.gov.cn", "nachunyan$dqgjj.example.gov.cn ( [10.12.4.31] )",
                         "4GZk3w7NcTz5sQ", d, frm[1]),
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230606(3ad3b7e6)"
                                           " Copyright (c) 2002-2026 www.mailtech.cn gov"),
                   ("X-Originating-IP", "[10.12.4.31]"), ("X-Coremail-Locale", "zh_CN"),
                   ("X-CM-TRANSID", "AQAAfwBnSq0Y8qdqL0kDAA--.2271W")])
    items = [
        Item("关英杰", "落实省中心审计反馈意见整改", ("2026-08-31", "abs")),
        Item("那春艳", "中秋、国庆期间业务窗口值班安排", ("2026-09-24", "pre:2026-09-25")),
        Item("佟博", "异地贷款业务协查函回复", ("2026-09-01", "wk:10")),
        Item("初永辉", "信息系统等级保护复测", ("2026-09-30", "pre:2026-10-01")),
        Item(None, "年度缴存基数调整政策宣传", ("2026-09-15", "abs"), dept="归集管理科"),
    ]
    notes = ("Government 督办事项清单 table (Coremail GBK QP); the body text before it gives context only. Sent Tue "
             "2026-08-18. '8月31日前' -> 08-31; '中秋节前' -> Mid-Autumn holiday is Fri 09-25..Sun 09-27, last working day "
             "before it Thu 09-24; '10个工作日内' -> 08-19..08-21, 08-24..08-28, 08-31, 09-01 -> 09-01; '国庆节前' -> National "
             "Day 10-01..10-07, last working day before it Wed 09-30; row 5 has no 责任人 and two units with 归集管理科 牵头 "
             "-> no_owner, department 归集管理科, 09-15. '会议指出…' is narration. No next meeting.")
    return Case(11027, "coremail-gov-supervision-list-mid-autumn", "minutes", message(hs, body), items, None, notes,
                "Coremail GBK gov 督办事项清单: 中秋节前 / 国庆节前 / 10个工作日内; blank 责任人 with 牵头 unit")


def c11028():
    d = dstr(2026, 8, 20, 8, 30, 40, tz=0)
    frm = ("Amy Ding", P("丁思雨")[1])
    to = [HIMALAYAN]
    cc = [("Lily Mu", P("木丽娟")[1]), ("Cherry Duan", P("段春燕")[1]), ("Kevin He", P("和志华")[1]), BOTS["xl"]]
    text = """Dear Sunil,

Thank you for joining the call today. Please see the minutes and action items below.

Attendees: Sunil Shrestha (Himalayan Gateway Treks); Amy Ding, Lily Mu, Cherry Duan (Xueling Hotel Lijiang)

Summary
- Himalayan Gateway will run six October groups on the Lijiang - Shangri-La route, 18-22 guests each.
- Rates as per the 2026 contract; breakfast and one Naxi dinner included.

Action 1
Task: Send the group contract for the October series (6 groups)
Owner: Amy Ding
Due: 25 Aug 2026

Action 2
Task: Confirm vegetarian meal counts per group
Owner: Sunil Shrestha
Due: by next Friday

Action 3
Task: Quote for airport transfers with a 35-seat coach
Owner: Lily Mu
Due: Monday

Action 4
Task: Check the room block for the Golden Week groups (1-7 Oct)
Owner: Cherry Duan
Due: before the Mid-Autumn holiday

Action 5
Task: Issue the deposit invoice
Owner: Finance (TBC)
Due: ASAP

Next call: Thursday 3 September, 10:15 Kathmandu / 12:30 Lijiang

Best regards,
Amy Ding
Sales Manager | Xueling Hotel Lijiang
"""
    html = html_doc(div_lines(text), "utf-8", font="Calibri, sans-serif")
    body = multipart("alternative", [text_part_q("plain", text, "utf-8", "quoted-printable"),
                                     text_part_q("html", html, "utf-8", "quoted-printable")],
                     "_000_TY0PR01MB5483C2E7A91F4D0B36E5A8D1C41D2TY0PR01MB5483jpnp_")
    mid = "<TY0PR01MB5483C2E7A91F4D0B36E5A8D1C41D2@TY0PR01MB5483.jpnprd01.prod.outlook.com>"
    hs = std(frm, to, cc, "Minutes & action items - October series call (20 Aug)", d, mid,
             pre=inbound(BOTS["xl"][1], XL_MX, "JPN01-TYC-obe.outbound.protection.outlook.com (mail-tycjpn01on2119.outbound."
                         "protection.outlook.com [40.107.114.119])", "4H0a2m5XbRz6tG", d, frm[1]),
             post=[("Thread-Topic", "Minutes & action items - October series call (20 Aug)"),
                   ("Thread-Index", "AdwweNk3p2Vh9XhQR0m6e1y0c8FzLg=="), ("Accept-Language", "en-US, zh-CN"),
                   ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    items = [
        Item("丁思雨", "Send the group contract for the October series (6 groups)", ("2026-08-25", "abs")),
        Item(HIMALAYAN, "Confirm vegetarian meal counts per group", ("2026-08-28", "next:4")),
        Item("木丽娟", "Quote for airport transfers with a 35-seat coach", ("2026-08-24", "wd:0")),
        Item("段春燕", "Check the room block for the Golden Week groups", ("2026-09-24", "pre:2026-09-25")),
        Item(None, "Issue the deposit invoice", vague=True),
    ]
    notes = ("Exchange Online English minutes to a Nepalese tour operator in Task/Owner/Due blocks. Date 08:30 +0000 = "
             "Thu 2026-08-20 16:30 Shanghai. Amy Ding = 丁思雨 (sender), Lily Mu = 木丽娟, Cherry Duan = 段春燕 (aliases and Cc "
             "names); Sunil Shrestha is external via To. '25 Aug 2026' -> 08-25; 'by next Friday' -> Friday of next week "
             "08-28; 'Monday' -> next Monday 08-24; 'before the Mid-Autumn holiday' -> holiday starts Fri 09-25, so Thu "
             "09-24; 'Finance (TBC)' -> no_owner (team written in English, department null), 'ASAP' -> vague_due. '1-7 Oct' "
             "is part of the task. Next call 'Thursday 3 September, 10:15 Kathmandu / 12:30 Lijiang' (NPT = UTC+5:45) -> "
             "2026-09-03 12:30.")
    return Case(11028, "m365-english-owner-due-blocks-nepal", "minutes", message(hs, body), items,
                ("2026-09-03", "abs", "12:30"), notes,
                "Exchange Online English Task/Owner/Due blocks; 'before the Mid-Autumn holiday'; Kathmandu/Lijiang next call")


def c11029():
    d = dstr(2026, 8, 24, 17, 30, 8)
    frm = P("隋立新")
    to = [P("谭婷"), P("曲志刚"), P("冷佳慧"), P("于海鹏")]
    cc = [P("Faisal Qureshi"), BOTS["sp"]]
    text = """各位：

8月质量月会纪要如下。

一、本月质量情况
8月出货批次合格率99.2%，客户投诉1起（已关闭）。热处理硬度波动较上月减小。

二、待办事项
1. 8月出货抽检报告 —— 谭婷，月底前
2. 热处理炉年度校验 —— 曲工，中秋节前
3. MDR技术文件更新并提交公告机构 —— 冷主管，9月10日前
4. 2号抛光机器人验收 —— 于经理，下周三
5. 组织内审员培训 —— 隋立新，国庆节后第一周内（暂定10月8日）

三、下月质量例会
9月21日（周一）下午2点，二楼质量部会议室。

隋立新
质量部"""
    html = html_doc(div_lines(text), "gb18030", font="微软雅黑")
    body = multipart("alternative", [text_part("plain", text, "gb18030", "base64"),
                                     text_part("html", html, "gb18030", "base64")],
                     "----=_NextPart_68AAE8A0_0C5D2B71_1F3E9A46")
    hs = std(frm, to, cc, "8月质量月会纪要", d, "<tencent_2D7B0E9F5C13A84E6F07B291@sialkot-wh.example.cn>", cs="gb18030",
             pre=inbound(BOTS["sp"][1], SP_MX, "smtpbg156.exmail.example.net (smtpbg156.exmail.example.net [43.154.54.17])",
                         "4H2m8v1RsXz3mP", d, frm[1]),
             post=[("X-QQ-mid", "bizesmtp77t1787563808tq3v5h1n"), ("X-QQ-SSF", "00400000000000F0"),
                   ("X-Mailer", "Tencent ExMail Web 2.0")])
    items = [
        Item("谭婷", "8月出货抽检报告", ("2026-08-31", "me")),
        Item("曲志刚", "热处理炉年度校验", ("2026-09-24", "pre:2026-09-25")),
        Item("冷佳慧", "MDR技术文件更新并提交公告机构", ("2026-09-10", "abs")),
        Item("于海鹏", "2号抛光机器人验收", ("2026-09-02", "next:2")),
        Item("隋立新", "组织内审员培训", ("2026-10-08", "post:2026-10-01")),
    ]
    notes = ("Tencent Exmail gb18030 base64 minutes. Owners by title: 曲工 = 曲志刚, 冷主管 = 冷佳慧, 于经理 = 于海鹏. Sent "
             "Mon 2026-08-24. '月底前' -> 08-31; '中秋节前' -> 09-24 (holiday 09-25..09-27); '9月10日前' -> 09-10; '下周三' -> "
             "09-02; '国庆节后第一周内（暂定10月8日）' -> the writer pins 10-08, the first working day after National Day "
             "(10-01..10-07). Section 一 is facts (99.2%). Follow-up '9月21日（周一）下午2点' -> 2026-09-21 14:00. "
             "AMBIGUOUS: '国庆节后第一周内' alone could mean by 10-11 or later; the bracketed 10月8日 decides.")
    return Case(11029, "exmail-gb18030-mid-autumn-national-day", "minutes", message(hs, body), items,
                ("2026-09-21", "abs", "14:00"), notes,
                "Exmail gb18030: 中秋节前 (09-24), 国庆节后第一周内（暂定10月8日）, 月底前, 下周三; owners by title")


def c11030():
    d = dstr(2026, 7, 21, 9, 10, 17)
    intro = ("各位：\n【更正】昨天发的生产计划会事项第3项时间有误，长周期件下单由本周四调整为7月24日（周五），"
             "其他不变。以本邮件为准。\n")
    old = "<3e9a0c51.2b7f.19f9e0c4a11.Coremail.weiguodong@runfan-yacht.example.cn>"
    hs, body = _bom_mail(11030, d, "<5a17d2e8.3c90.19fa2b71e05.Coremail.weiguodong@runfan-yacht.example.cn>",
                         "【更正】Re:生产计划会事项（7月20日）", intro, True, irt=old)
    items = [
        Item("蒋雨桐", "更新BOM表", ("2026-07-22", "abs")),
        Item("钱文博", "更新BOM表", ("2026-07-24", "abs")),
        Item("戴立群", "长周期件（主机、发电机）下单", ("2026-07-24", "abs")),
        Item("韦国栋", "7月安全月报", ("2026-07-31", "me")),
        Item("管春雷", "试航前电气系统检查", vague=True),
    ]
    notes = ("【更正】 re-send of 11018 in the same thread (In-Reply-To its Message-ID), sent Tue 2026-07-21: still minutes "
             "with the full corrected table. Row 3 is now '7月24日（周五）' with 备注 '由本周四调整为7月24日' -> 07-24 (the old "
             "'本周四' is gone). Other rows unchanged: two '更新BOM表' items (07-22 蒋雨桐, 07-24 钱文博), '月底' -> 07-31, "
             "'待定' -> vague_due. Next plan meeting 2026-07-27 15:30.")
    return Case(11030, "coremail-corrected-resend-in-thread", "minutes", message(hs, body), items,
                ("2026-07-27", "abs", "15:30"), notes,
                "【更正】 re-send of 11018 in thread: corrected date replaces 本周四; duplicate task text kept twice")


def cases():
    return [c11025(), c11026(), c11027(), c11028(), c11029(), c11030()]
