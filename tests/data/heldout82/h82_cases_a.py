"""heldout82 cases 11001-11008."""
import datetime as dt

from h82_lib import (BOTS, Case, Item, P, addr, bin_part, docx_bytes, div_lines, dstr, esc, html_doc, html_table, inbound,
                     message, mso_paras, multipart, std, text_part, text_part_q)

RF_MX = "mail.runfan-yacht.example.cn"
SP_MX = "mx.sialkot-wh.example.cn"
DQ_MX = "mail.dqgjj.example.gov.cn"
XL_MX = "mx.xueling-hotel.example.cn"


def c11001():
    d = dstr(2026, 4, 13, 17, 42, 18)
    frm = P("蒋雨桐")
    to = [P("钱文博"), P("苗志强"), P("戴立群"), P("卞海燕")]
    cc = [P("韦国栋"), BOTS["rf"]]
    rows = [
        ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
        ["NC2026-04-13-01", "2026-04-13", "设计研发部/钱工", "生产部、品质部", "RF-42飞桥艇内饰方案评审",
         "船东要求主舱改为浅色橡木饰面；生产部确认舾装周期不变", "①设计研发部4月17日前提交内饰三维渲染终稿（钱工）"
         "②生产部下周三前输出舾装工时评估（苗工）", "进行中", "需补充船东确认的配色卡"],
        ["NC2026-04-13-02", "2026-04-13", "采购部/戴经理", "品质部、设计研发部", "柚木甲板替代材料",
         "缅甸柚木到货不稳定，讨论改用合成柚木", "①4月20日前确认合成柚木替代方案报价（戴经理）②品质部本周五前出具来料检验标准（卞主管）",
         "进行中", ""],
        ["NC2026-04-07-03", "2026-04-07", "设计研发部/钱工", "生产部", "RF-42船模水池试验",
         "试验已按计划完成，阻力数据优于预期", "①4月10日前完成船模水池试验（钱工）", "已办结", "报告已归档"],
    ]
    intro = "各位好：\n\n今天下午内饰与材料协调会的沟通记录如下，请各位按时间节点推进。\n"
    outro = ("\n下次沟通：4月20日（周一）上午9:30，设计部会议室。\n\n蒋雨桐\n设计研发部\n"
             "扬州润帆游艇制造有限公司\n电话：0514-8765 2231")
    text = intro + "\n内部沟通记录表\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    html = html_doc(mso_paras(intro) + '\n<p class="MsoNormal"><b>内部沟通记录表</b></p>\n' +
                    html_table(rows, cell_style="border:solid windowtext 1.0pt;padding:0cm 5.4pt") +
                    mso_paras(outro), "gb2312", "outlook")
    body = multipart("alternative", [text_part_q("plain", text, "gb2312", "base64"),
                                     text_part_q("html", html, "gb2312", "quoted-printable")],
                     "----=_NextPart_000_0019_01DCCB41.6A2F3E50", preamble="This is a multipart message in MIME format.")
    hs = std(frm, to, cc, "内饰与材料协调会沟通记录（NC2026-04-13）", d,
             "<001901dccb41$6a2f3e50$3e8dbaf0$@runfan-yacht.example.cn>", cs="gb2312",
             pre=inbound(BOTS["rf"][1], RF_MX, "JIANGYT-PC (unknown [192.168.10.57])", "4FZ2L81Q7Xz9vK", d, frm[1]),
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzLQWotmdV7Rk1PSI2hX0c6n9Bq7w=="),
                   ("Content-Language", "zh-cn")])
    items = [
        Item("钱文博", "提交内饰三维渲染终稿", ("2026-04-17", "abs")),
        Item("苗志强", "输出舾装工时评估", ("2026-04-22", "next:2")),
        Item("戴立群", "确认合成柚木替代方案报价", ("2026-04-20", "abs")),
        Item("卞海燕", "出具来料检验标准", ("2026-04-17", "this:4")),
    ]
    notes = ("Seed 内部沟通记录表 in Outlook gb2312 (text base64 + HTML QP). Sent Mon 2026-04-13. Each ① names its owner in "
             "brackets by title: 钱工 = 钱文博, 苗工 = 苗志强, 戴经理 = 戴立群, 卞主管 = 卞海燕. '4月17日前' -> 04-17; '下周三' -> "
             "Wednesday of next week 04-22; '4月20日前' -> 04-20; '本周五' -> 04-17. The third row is 已办结 (done) with a past "
             "date: status, not an item. '下次沟通：4月20日（周一）上午9:30' -> follow-up 2026-04-20 09:30.")
    return Case(11001, "outlook-gb2312-internal-record-table", "minutes", message(hs, body), items,
                ("2026-04-20", "abs", "09:30"), notes,
                "Outlook gb2312 seed 内部沟通记录表: ①② per cell with owners as titles (钱工/苗工/戴经理/卞主管); 已办结 row skipped")


def c11002():
    d = dstr(2026, 4, 24, 16, 5, 37)
    frm = P("韦国栋")
    to = [P("苗志强"), P("管春雷"), P("蒋雨桐")]
    cc = [P("邵振宇"), BOTS["rf"]]
    text = """各位：

今天生产周会纪要如下，按人汇总，请各自认领。

上周遗留：RF-35螺旋桨动平衡复测——已完成，报告在共享盘。

【苗志强】
1. RF-38交付船舾装收尾（含灯具调试），4月28日前完成
2. 整理本月车间加班工时表，月底前交人事

【管春雷】
1. 联系宁波船东陈堃先生，确认保修期内发电机更换时间，下周二前回复
2. 售后备件库盘点——时间待定，等仓库搬完再说

【蒋雨桐】（设计研发部列席）
1. 出RF-42电缆走向图修订版，下周一下班前

【韦国栋】
1. 与邵总确认五一期间值班安排，今天下班前发群里

下次周会：五一节后第一个工作日上午8:30，车间二楼会议室。

韦国栋
生产部"""
    html = html_doc(div_lines(text), "gbk", font="微软雅黑")
    body = multipart("alternative", [text_part("plain", text, "GBK", "base64"),
                                     text_part("html", html, "GBK", "base64")],
                     "----=_001_NextPart851204667175_=----")
    hs = std(frm, to, cc, "生产周会纪要 4.24", d, "<202604241605375318832@runfan-yacht.example.cn>", cs="GBK",
             pre=inbound(BOTS["rf"][1], RF_MX, "WEIGD-LAPTOP (unknown [192.168.10.83])", "4FZ8q03kRmz9vQ", d, frm[1]),
             post=[("X-Priority", "3"), ("X-GUID", "8E1C2A57-3F0B-4D62-9C4E-7A81B2D6F045"),
                   ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    items = [
        Item("苗志强", "RF-38交付船舾装收尾（含灯具调试）", ("2026-04-28", "abs")),
        Item("苗志强", "整理本月车间加班工时表", ("2026-04-30", "me")),
        Item("管春雷", "联系船东确认保修期内发电机更换时间", ("2026-04-28", "next:1")),
        Item("管春雷", "售后备件库盘点", vague=True),
        Item("蒋雨桐", "出RF-42电缆走向图修订版", ("2026-04-27", "next:0")),
        Item("韦国栋", "与邵总确认五一期间值班安排", ("2026-04-24", "today")),
    ]
    notes = ("Minutes grouped by person (【姓名】 headings own the numbered lines below them). Foxmail GBK base64, with the "
             "GBK-only 堃 in a customer's name. Sent Fri 2026-04-24. '4月28日前' -> 04-28; '月底前' -> 04-30; '下周二前' -> "
             "04-28; '时间待定' -> vague_due; '下周一下班前' -> 04-27 (no clock time given); '今天下班前' -> 04-24. The "
             "'上周遗留…已完成' line is status, not an item. '五一节后第一个工作日上午8:30' -> Labour Day holiday is 05-01..05-05, "
             "so follow-up 2026-05-06 08:30.")
    return Case(11002, "foxmail-gbk-grouped-by-person", "minutes", message(hs, body), items,
                ("2026-05-06", "post:2026-05-01", "08:30"), notes,
                "Foxmail GBK minutes grouped by 【person】; 月底前/下周二/下周一下班前/今天下班前/待定; next meeting 五一节后第一个工作日")


def c11003():
    d = dstr(2026, 4, 21, 3, 12, 44, tz=0)
    frm = P("Faisal Qureshi")
    to = [P("于海鹏"), P("隋立新"), P("冷佳慧"), P("宫晓宁"), P("曲志刚")]
    cc = [P("Ayesha Malik"), BOTS["sp"]]
    to_en = [("Peter Yu", P("于海鹏")[1]), ("Sui Lixin", P("隋立新")[1]), ("Grace Leng", P("冷佳慧")[1]),
             ("Nina Gong", P("宫晓宁")[1]), ("Qu Zhigang", P("曲志刚")[1])]
    text = """Hi all,

Minutes of today's weekly ops review below.

Attendees: Faisal Qureshi, Peter Yu, Sui Lixin, Grace Leng, Nina Gong, Qu Zhigang; Ayesha Malik (Sialkot, via Teams)

1. Forging line 2 downtime
- Die changeover took 6 h on average last week against a 3 h target.
AI: Peter to put together a changeover SOP draft \u2013 due Fri 24 Apr
AI: ZG to log every changeover time on the line board (ongoing, no end date)

2. Customer complaint \u2013 Metzenbaum scissors, batch 2603-117
- 14 pcs returned with loose joints. Containment started Friday.
AI: Lixin to send the 8D D3 containment report to Ayesha by EOD tomorrow
AI: Ayesha to check whether Sialkot stock of the same batch is affected (by 28 Apr)

3. Raw material
AI: Nina to confirm the 420J2 bar delivery date with the mill by next Monday

4. EU MDR technical file
AI: Grace \u2013 update the technical file for the needle holders once the notified body replies; ASAP after that

Decisions
- Overtime is capped at 36 h per person per month from May.
- Line 2 keeps the current die set until the SOP is approved.

Next check-in: Tue 28 Apr, 4:00 pm Weihai / 1:00 pm Sialkot (PKT)

Regards,
Faisal Qureshi
General Manager | Sialkot Precision Instruments (Weihai) Co., Ltd.
"""
    html = html_doc(div_lines(text), "utf-8", font="Aptos, Calibri, sans-serif")
    body = multipart("alternative", [text_part_q("plain", text, "utf-8", "base64"),
                                     text_part_q("html", html, "utf-8", "base64")],
                     "_000_TYZPR03MB7104A1C6E2D95F3B8E40C7A1C21D2TYZPR03MB7104apcp_")
    mid = "<TYZPR03MB7104A1C6E2D95F3B8E40C7A1C21D2@TYZPR03MB7104.apcprd03.prod.outlook.com>"
    hs = std(frm, to_en, [("Ayesha Malik", P("Ayesha Malik")[1]), BOTS["sp"]],
             "Minutes \u2013 Weekly Ops Review 21 Apr", d, mid,
             pre=inbound(BOTS["sp"][1], SP_MX, "APC01-TYZ-obe.outbound.protection.outlook.com (mail-tyzapc01on2112.outbound."
                         "protection.outlook.com [40.107.117.112])", "4FYz5k1Tq8z7wB", d, frm[1]),
             post=[("Thread-Topic", "Minutes \u2013 Weekly Ops Review 21 Apr".replace("\u2013", "-")),
                   ("Thread-Index", "AdzRMwVw3n7oQ0y9SEWv8qJ4o2Xk1A=="), ("Accept-Language", "en-US"),
                   ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                   ("X-MS-Exchange-Organization-SCL", "1")])
    hs = [(k, v) for k, v in hs]
    items = [
        Item("于海鹏", "put together a changeover SOP draft", ("2026-04-24", "abs")),
        Item("曲志刚", "log every changeover time on the line board"),
        Item("隋立新", "send the 8D D3 containment report to Ayesha", ("2026-04-22", "d:1")),
        Item("Ayesha Malik", "check whether Sialkot stock of the same batch is affected", ("2026-04-28", "abs")),
        Item("宫晓宁", "confirm the 420J2 bar delivery date with the mill", ("2026-04-27", "next:0")),
        Item("冷佳慧", "update the technical file for the needle holders", vague=True),
    ]
    notes = ("Exchange Online English minutes, Date 03:12 +0000 = Tue 2026-04-21 11:12 in Shanghai. 'AI:' lines are the items; "
             "owners by first name or initials through roster aliases (Peter = 于海鹏, ZG = 曲志刚, Lixin = 隋立新, Grace = "
             "冷佳慧, Nina = 宫晓宁, Ayesha = Ayesha Malik at HQ). 'Fri 24 Apr' -> 04-24; 'EOD tomorrow' -> 04-22 (no time); "
             "'by 28 Apr' -> 04-28; 'next Monday' -> 04-27; 'ongoing, no end date' -> no_due; 'ASAP after that' -> vague_due. "
             "Decisions are not items. Next check-in 'Tue 28 Apr, 4:00 pm Weihai / 1:00 pm Sialkot (PKT)': PKT is UTC+5, both "
             "name the same instant -> 2026-04-28 16:00 Shanghai time.")
    return Case(11003, "m365-english-ai-lines-two-timezones", "minutes", message(hs, body), items,
                ("2026-04-28", "abs", "16:00"), notes,
                "Exchange Online English 'AI:' lines, owners by initials/first names, +0000 Date; next check-in in two time zones")


def c11004():
    d = dstr(2026, 5, 6, 16, 30, 2)
    frm = P("那春艳")
    to = [P("常玉梅"), P("富德明"), P("鞠红梅"), P("臧丽娟"), P("初永辉"), P("关英杰"), P("么晓丹")]
    cc = [P("房德胜"), BOTS["dq"]]
    text = """各位领导、各科室：

现将2026年第5次主任办公会议纪要印发给你们，请认真抓好落实。

大庆市住房公积金管理中心
主任办公会议纪要
（2026年第5期）

2026年5月6日上午，房德胜主任在中心三楼会议室主持召开主任办公会议，常玉梅副主任及各科室、管理部负责人参加。会议听取了一季度重点工作进展情况汇报，研究了贷款审批提速、归集扩面和资金安全等事项。现纪要如下：

一、关于个人住房贷款审批提速工作
会议指出，一季度个贷平均审批时长为12个工作日，群众反映较多。会议要求：一是贷款管理科要在5月15日前完成个贷审批流程梳理，形成压缩审批时限方案（责任人：鞠红梅）；二是信息科配合优化系统审批节点，6月底前上线运行（责任单位：信息科）；三是各管理部要对积压业务逐笔清理，5个工作日内报送清理台账（责任单位：各管理部）。

二、关于归集扩面工作
会议明确，今年新增缴存职工目标为2.1万人。会议要求：一是归集管理科牵头，会同让胡路管理部，于5月下旬前拟定灵活就业人员缴存试点方案（责任人：富德明、么晓丹）；二是办公室负责做好政策宣传材料印制工作（完成时限：待定）。

三、关于资金安全工作
会议强调，资金安全是公积金管理的生命线，各科室要牢固树立底线思维。稽核审计科于5月29日前完成一季度资金安全专项稽核，形成报告报中心领导（责任人：关英杰）。

下次会议时间另行通知。

大庆市住房公积金管理中心办公室
2026年5月6日"""
    html = html_doc(div_lines(text), "utf-8", font="仿宋_GB2312")
    alt = multipart("alternative", [text_part("plain", text, "GBK", "base64"),
                                    text_part("html", html.replace("charset=utf-8", "charset=GBK"), "GBK", "base64")],
                    "----=_Part_284114_1617350236.1778056202731")
    official = text[text.index("大庆市住房公积金管理中心\n主任办公会议纪要"):text.index("下次会议时间另行通知")]

    def build(doc):
        for i, para in enumerate(official.strip().split("\n")):
            if i < 3:
                doc.add_heading(para, level=1 if i < 2 else 2)
            elif para:
                doc.add_paragraph(para)
    att = bin_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   docx_bytes(build, "主任办公会议纪要（2026年第5期）", "那春艳", dt.datetime(2026, 5, 6, 16, 12, 0)),
                   "2026年第5次主任办公会议纪要.docx")
    body = multipart("mixed", [alt, att], "----=_Part_284113_1093452810.1778056202731")
    hs = std(frm, to, cc, "2026年第5次主任办公会议纪要", d, "<5d1a7c3e.4f21.19e04b2c1a7.Coremail.nachunyan@dqgjj.example.gov.cn>",
             cs="GBK",
             pre=inbound(BOTS["dq"][1], DQ_MX, "nachunyan$dqgjj.example.gov.cn ( [10.12.4.31] )", "4G03nB2xWkz5sR", d, frm[1]),
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230606(3ad3b7e6)"
                                           " Copyright (c) 2002-2026 www.mailtech.cn gov"),
                   ("X-Originating-IP", "[10.12.4.31]"), ("X-Coremail-Locale", "zh_CN"),
                   ("X-CM-TRANSID", "AQAAfwBXLS2qzPppFQYAAA--.4417W"), ("X-CM-SenderInfo", "pqdfu2pqjqnx3qrqtdnvqv")])
    items = [
        Item("鞠红梅", "完成个贷审批流程梳理，形成压缩审批时限方案", ("2026-05-15", "abs")),
        Item(None, "优化系统审批节点并上线运行", ("2026-06-30", "abs"), dept="信息科"),
        Item(None, "对积压业务逐笔清理，报送清理台账", ("2026-05-12", "wk:5")),
        Item("富德明", "拟定灵活就业人员缴存试点方案", vague=True),
        Item(None, "做好政策宣传材料印制工作", vague=True, dept="办公室"),
        Item("关英杰", "完成一季度资金安全专项稽核，形成报告", ("2026-05-29", "abs")),
    ]
    notes = ("Government 主任办公会议纪要 with 一是/二是/三是 requirements and (责任人/责任单位/完成时限) brackets. Coremail GBK "
             "base64; the same 纪要 is also attached as a .docx (the usual 正文 + 附件 habit): each item counts once. Sent Wed 2026-05-06, the first working day after Labour Day. '5月15日前' -> 05-15; '6月底前' -> 06-30 "
             "(信息科 only: no_owner, department 信息科); '5个工作日内' counts 05-07, 05-08, 05-09 (Saturday make-up working day), "
             "05-11, 05-12 -> 05-12, owner '各管理部' is no single unit -> no_owner, department null; '5月下旬前' is a period "
             "word like 中旬 -> vague_due; two 责任人 '富德明、么晓丹' with 归集管理科 牵头 -> 富德明 (lead, named first); "
             "'完成时限：待定' -> vague_due; '5月29日前' -> 05-29. '一季度…12个工作日', '2.1万人' are facts; '下次会议时间另行通知' "
             "-> no follow-up. AMBIGUOUS: '5月下旬前' could be read as 05-31; most readers treat 下旬 as vague like 中旬.")
    return Case(11004, "coremail-gov-yishi-ershi", "minutes", message(hs, body), items, None, notes,
                "Coremail GBK government 纪要 (+ same text as .docx): 一是/二是 with 责任人/责任单位; 5个工作日内 over the 05-09 make-up Saturday")


def c11005():
    d = dstr(2026, 5, 12, 18, 20, 9)
    frm = P("丁思雨")
    to = [P("和志华"), P("木丽娟"), P("段春燕"), P("普建国"), P("彭晓雯")]
    cc = [BOTS["xl"]]
    text = """各位好，
以下为钉钉会议「AI听记」生成的会议纪要，待办事项我已人工核对，抄送纪要助手跟踪。

【会议主题】五月下旬至六月团队接待协调会
【会议时间】2026-05-12 14:00-15:10
【参会人】和志华、丁思雨、木丽娟、段春燕、普建国

【AI摘要】
本次会议围绕五月下旬至六月的团队接待展开。丁思雨介绍了三个旅行团的预订情况，预计共占用客房186间夜；段春燕提出客房部布草周转压力较大，需要与洗涤公司沟通加量；普建国表示餐饮部可提供纳西风味团餐，并建议提前确定菜单；和志华强调旺季服务质量不能下降。

【章节速览】
00:02 团队预订情况：丁思雨提到需要尽快确认团队房价，并与旅行社核对入住名单。
00:18 客房布草：段春燕认为需要与洗涤公司沟通加量，预计每日增加约300套。
00:35 团餐方案：普建国建议准备两版菜单供旅行社选择。
00:52 人员安排：和志华要求人力资源部提前招聘临时服务员。

【待办事项】
· 丁思雨：5月15日前向旅行社发送团队房价确认函
· 段春燕：与洁云洗涤确认六月布草加量，下周一前反馈
· 普建国：出纳西风味团餐菜单两版，本周五前
· 木丽娟：团队入住快速通道方案（截止时间：未定）
· 彭晓雯：旺季临时服务员招聘，5月底前到岗

以上内容由AI生成，仅供参考。

丁思雨 | 销售部
丽江雪岭酒店管理有限公司"""
    html = html_doc(div_lines(text), "utf-8", font="PingFang SC")
    body = multipart("alternative", [text_part("plain", text, "UTF-8", "base64"),
                                     text_part("html", html, "UTF-8", "base64")],
                     "----=ALIBOUNDARY_62371_7f3a1c0e9b40_6a0274e9_3b21a")
    hs = std(frm, to, cc, "【会议纪要】五月下旬至六月团队接待协调会", d,
             "<1b2c7e90-4a3f-4d71-8c55-61f0e2d4a918.dingsiyu@xueling-hotel.example.cn>",
             pre=inbound(BOTS["xl"][1], XL_MX, "out30-71.freemail.mail.aliyun.example.com (out30-71.freemail.mail.aliyun."
                         "example.com [115.124.30.71])", "4G0Kx51mZLz6tD", d, frm[1]),
             post=[("X-Mailer", "DingTalk Mail Client 7.6.15"), ("X-Priority", "3"),
                   ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07436282|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|"
                    "ham_regular_dialog|0.0162;FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033037;MF=dingsiyu@"
                    "xueling-hotel.example.cn;NM=1;PH=DS;RN=6;RT=6;SR=0")])
    items = [
        Item("丁思雨", "向旅行社发送团队房价确认函", ("2026-05-15", "abs")),
        Item("段春燕", "与洁云洗涤确认六月布草加量", ("2026-05-18", "next:0")),
        Item("普建国", "出纳西风味团餐菜单两版", ("2026-05-15", "this:4")),
        Item("木丽娟", "团队入住快速通道方案", vague=True),
        Item("彭晓雯", "旺季临时服务员招聘到岗", ("2026-05-31", "me")),
    ]
    notes = ("DingTalk 'AI听记' minutes pasted into an Alimail/DingTalk mail. Only 【待办事项】 counts: the AI summary and the "
             "chapter notes ('需要尽快确认团队房价', '需要与洗涤公司沟通加量', '建议准备两版菜单', '要求人力资源部提前招聘') repeat or "
             "paraphrase the to-dos and are not extra items. Sent Tue 2026-05-12. '5月15日前' -> 05-15; '下周一前' -> 05-18; "
             "'本周五前' -> 05-15; '截止时间：未定' -> vague_due; '5月底前到岗' -> 05-31. 彭晓雯 did not attend but owns an item "
             "(roster). No next meeting.")
    return Case(11005, "dingtalk-ai-minutes-todo-only", "minutes", message(hs, body), items, None, notes,
                "DingTalk AI听记 minutes: only 【待办事项】 count, AI summary/chapters with 需要/建议 are not items")


def c11006():
    d = dstr(2026, 5, 20, 17, 10, 51)
    frm = P("于海鹏")
    to = [P("曲志刚"), P("谭婷"), P("宫晓宁"), P("冷佳慧")]
    cc = [P("Faisal Qureshi"), BOTS["sp"]]
    text = """各位，飞书智能纪要如下，待办已同步到纪要助手。

生产周复盘 2026年5月20日
参会人：于海鹏、曲志刚、谭婷、宫晓宁、冷佳慧

总结
会议回顾了本周热处理、抛光和包装三条线的情况。2号热处理炉温控偏差超过±5℃，曲志刚建议尽快校准仪表；抛光工序首件检验记录有缺失；420J2棒材到货延迟可能影响下月排产。

智能章节
00:00 热处理炉温控偏差
06:42 抛光首件检验记录
13:15 原材料到货
19:30 FDA补充资料

待办
@曲志刚 5月22日前完成2号热处理炉温控仪表校准
@谭婷 本周内把抛光工序首件检验记录补齐
@宫晓宁 跟进420J2棒材到货，下周三前给出确切到货日
@冷佳慧 整理FDA 510(k)补充资料清单（截止时间待确认）
@于海鹏 组织一次热处理工序安全培训，6月5日前

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    html = html_doc(div_lines(text), "utf-8", font="-apple-system, PingFang SC")
    body = multipart("alternative", [text_part("plain", text, "utf-8", "quoted-printable"),
                                     text_part("html", html, "utf-8", "quoted-printable")],
                     "d4e8a91f37c2b5e06f1a2b3c4d5e6f70")
    hs = std(frm, to, cc, "生产周复盘 5/20 智能纪要", d, "<a91f37c2-5b0e-4e6f-9d21-0c3b7e4d8f12@sialkot-wh.example.cn>",
             pre=inbound(BOTS["sp"][1], SP_MX, "va-2-45.ptr.feishu-mail.example.net (va-2-45.ptr.feishu-mail.example.net "
                         "[101.45.255.45])", "4G0Q8c3Rbhz3mW", d, frm[1]),
             post=[("X-Mailer", "Lark Mail"), ("X-Lms-Return-Path", "<lba+26a0c3b7e.peter.yu@sialkot-wh.example.cn>")])
    items = [
        Item("曲志刚", "完成2号热处理炉温控仪表校准", ("2026-05-22", "abs")),
        Item("谭婷", "把抛光工序首件检验记录补齐", ("2026-05-24", "week")),
        Item("宫晓宁", "跟进420J2棒材到货，给出确切到货日", ("2026-05-27", "next:2")),
        Item("冷佳慧", "整理FDA 510(k)补充资料清单", vague=True),
        Item("于海鹏", "组织一次热处理工序安全培训", ("2026-06-05", "abs")),
    ]
    notes = ("Feishu/Lark 智能纪要 in Chinese from a foreign-owned plant. Only the 待办 list with @mentions counts; the summary's "
             "'曲志刚建议尽快校准仪表' is the same task as the first to-do, not a second one. Sent Wed 2026-05-20. '5月22日前' -> "
             "05-22; '本周内' -> end of this calendar week, Sunday 05-24 (research date-phrases.tsv policy); '下周三前' -> 05-27; "
             "'截止时间待确认' -> vague_due; '6月5日前' -> 06-05. AMBIGUOUS: '本周内' could be read as Friday 05-22; the set follows "
             "the calendar-week reading of the research notes.")
    return Case(11006, "lark-ai-minutes-at-mentions", "minutes", message(hs, body), items, None, notes,
                "Feishu/Lark 智能纪要 (Chinese) with '@姓名' to-dos; 本周内 -> Sunday; summary sentence not an extra item")


def c11007():
    d = dstr(2026, 6, 2, 10, 45, 30)
    frm = P("卞海燕")
    to = [P("苗志强"), P("戴立群"), P("韦国栋"), P("钱文博")]
    cc = [BOTS["rf"]]
    text = """各位：

昨天下午质量专题会的腾讯会议智能纪要如下（AI生成，我已核对待办）。

会议主题：RF-40艉部玻璃钢分层质量专题会
会议时间：2026/06/01 14:00-15:20
参会人员：卞海燕、苗志强、戴立群、韦国栋、钱文博

待办事项
1. 苗志强：RF-40艉部玻璃钢分层返修，6月5日前完成并报品质部复检
2. 卞海燕：组织RF-40返修后的水密试验，返修完成后2个工作日内
3. 戴立群：追问胶衣供应商提供同批次检测报告，明天中午12点前
4. 全员：学习新版《玻璃钢成型工艺规范》

会议要点
· 分层原因初步判断为铺层间隔时间过长、环境湿度偏高（当日湿度82%）。
· 今后湿度超过75%时暂停糊制作业。
· 类似问题须在24小时内上报品质部。

分段纪要
14:03 卞海燕通报RF-40艉部分层情况……
14:25 苗志强说明返修工艺，预计需要3天……
14:50 戴立群表示胶衣批次已联系供应商……

下次质量例会：6月9日（周二）14:00

卞海燕
品质部"""
    html = html_doc(div_lines(text), "gb18030", font="微软雅黑")
    body = multipart("alternative", [text_part("plain", text, "gb18030", "base64"),
                                     text_part("html", html, "gb18030", "base64")],
                     "----=_NextPart_683E1A2A_0B7C3D90_4E1F0A62")
    hs = std(frm, to, cc, "RF-40分层质量专题会 智能纪要", d, "<tencent_6C2E1B0F4A3D97E58B21C0D4@runfan-yacht.example.cn>",
             cs="gb18030",
             pre=inbound(BOTS["rf"][1], RF_MX, "smtpbg151.exmail.example.net (smtpbg151.exmail.example.net "
                         "[43.154.54.12])", "4G3T7k6LwFz2xN", d, frm[1]),
             post=[("X-QQ-mid", "bizesmtp92t1780368330tx1lk7d2"), ("X-QQ-SSF", "00400000000000F0"),
                   ("X-QQ-GoodBg", "1"), ("X-Mailer", "Tencent ExMail Web 2.0")])
    items = [
        Item("苗志强", "RF-40艉部玻璃钢分层返修并报品质部复检", ("2026-06-05", "abs")),
        Item("卞海燕", "组织RF-40返修后的水密试验"),
        Item("戴立群", "追问胶衣供应商提供同批次检测报告", ("2026-06-03", "d:1"), time="12:00"),
        Item(None, "学习新版《玻璃钢成型工艺规范》"),
    ]
    notes = ("Tencent Meeting 智能纪要 sent through Tencent Exmail, gb18030 base64. Only 待办事项 count; 会议要点 are findings "
             "and standing rules ('湿度超过75%时暂停', '24小时内上报' are policies, not deadlines); 分段纪要 is narration. Sent "
             "Tue 2026-06-02 10:45 about a meeting held the day before. '6月5日前' -> 06-05; '返修完成后2个工作日内' hangs on "
             "an event with no date -> no_due; '明天中午12点前' -> 06-03 12:00; '全员' is nobody in particular and has no date "
             "-> no_owner + no_due. '下次质量例会：6月9日（周二）14:00' -> follow-up 2026-06-09 14:00.")
    return Case(11007, "exmail-tencent-meeting-ai-minutes", "minutes", message(hs, body), items,
                ("2026-06-09", "abs", "14:00"), notes,
                "Tencent Meeting 智能纪要 via Exmail gb18030: conditional 返修完成后2个工作日内 (no_due), '全员' owner, 明天中午12点前")


def c11008():
    d = dstr(2026, 6, 9, 18, 30, 12)
    frm = P("钱文博")
    to = [P("蒋雨桐"), P("苗志强"), P("卞海燕")]
    cc = [P("韦国栋"), BOTS["rf"]]
    old_mid = "<002a01dcc86f$1c43b0e0$54cd12a0$@runfan-yacht.example.cn>"
    text = """各位，本周例会纪要直接回在这个线程里，方便对照上次的事项。

【6月9日设计研发部周例会】时间：15:00-16:10
1. RF-45总布置图第二版，蒋雨桐6月12日前完成
2. 与Pontica确认RF-45欧盟CE认证范围（是否含电气部分），钱文博端午节前回复
3. RF-42舾装件装配问题清单，苗志强下周一反馈
4. 上次的RF-42电缆走向图修订版已完成，不再跟踪

下次例会照旧，下周二同一时间。

钱文博
设计研发部

________________________________
发件人: 钱文博 <qianwenbo@runfan-yacht.example.cn>
发送时间: 2026年5月26日 17:55
收件人: 蒋雨桐 <jiangyutong@runfan-yacht.example.cn>; 苗志强 <miaozhiqiang@runfan-yacht.example.cn>
抄送: 纪要助手 <jiyao@runfan-yacht.example.cn>
主题: 【周例会】设计研发部周例会纪要

【5月26日设计研发部周例会】
1. RF-42电缆走向图修订版，蒋雨桐5月29日前完成
2. RF-45线型优化方案，钱文博6月5日前提交邵总
3. 舾装件样品确认，苗志强本周四前

下次例会：6月2日（周二）15:00"""
    html = html_doc(mso_paras(text), "utf-8", "outlook")
    body = multipart("alternative", [text_part_q("plain", text, "utf-8", "base64"),
                                     text_part_q("html", html, "utf-8", "quoted-printable")],
                     "----=_NextPart_000_0031_01DCF80B.3C9A4E70", preamble="This is a multipart message in MIME format.")
    hs = std(frm, to, cc, "RE: 【周例会】设计研发部周例会纪要", d, "<003101dcf80b$3c9a4e70$b5cfeb50$@runfan-yacht.example.cn>",
             pre=inbound(BOTS["rf"][1], RF_MX, "QIANWB-PC (unknown [192.168.10.41])", "4G7Dq42hNnz9vT", d, frm[1]),
             irt=old_mid,
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzIbxxD3u7lQdKzT1WGrq0bMnD2mAXqTHZA"),
                   ("Content-Language", "zh-cn")])
    items = [
        Item("蒋雨桐", "完成RF-45总布置图第二版", ("2026-06-12", "abs")),
        Item("钱文博", "与Pontica确认RF-45欧盟CE认证范围", ("2026-06-18", "pre:2026-06-19")),
        Item("苗志强", "反馈RF-42舾装件装配问题清单", ("2026-06-15", "next:0")),
    ]
    notes = ("New minutes posted as 'RE:' in the thread of older minutes (In-Reply-To the 05-26 mail). Only the new block "
             "counts: the quoted 5月26日 minutes below the Outlook 发件人/发送时间 header are old items, and line 4 says a previous "
             "item is 已完成. Sent Tue 2026-06-09. '6月12日前' -> 06-12; '端午节前' -> Dragon Boat holiday starts Fri 06-19, last "
             "working day before it is Thu 06-18; '下周一' -> 06-15. '下次例会照旧，下周二同一时间' with today's meeting at "
             "15:00 -> follow-up 2026-06-16 15:00.")
    return Case(11008, "outlook-re-thread-new-minutes-over-old", "minutes", message(hs, body), items,
                ("2026-06-16", "next:1", "15:00"), notes,
                "New minutes as RE: over quoted old minutes (old items must not count); 端午节前; 下周二同一时间 follow-up")


def cases():
    return [c11001(), c11002(), c11003(), c11004(), c11005(), c11006(), c11007(), c11008()]
