"""heldout81 cases 10928-10933: Gulet Marine (auto-reply, thread reply) and 河源恒拓智能锁业 (smart locks)."""
import base64

from h81lib import (Case, It, ad, alist, ew, htmlesc, message, multipart, outlook_html, pa, part, qp, received, table_html,
                    tpart)

GM = "guletmarine-hn.example.cn"
HT = "hengtuo-lock.example.cn"
TS = "travasegura.example.com.br"
BOT_HT = ad("纪要助手", "minutes@" + HT)


def c10928():
    date = "Mon, 3 Aug 2026 01:12:48 +0000"
    text = ("Thank you for your message.\r\n\r\nI am on annual leave until Monday 17 August with limited access to email. For yard "
            "operations please contact Harry Fu (haisheng.fu@guletmarine-hn.example.cn); for commercial matters Selin Koç "
            "(selin.koc@guletmarine-hn.example.cn).\r\n\r\nBest regards,\r\nEmre Aydın\r\nGeneral Manager\r\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div "
            "style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">%s</div></body></html>\n"
            % "".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in text.split("\r\n")))
    ctype, body = multipart("alternative", "_000_OS0PR06MB7421B5D1E9A04C3F8E2D6B17OS0PR06MB7421apcp_",
                            [tpart(text, "utf-8", "base64"), tpart(html, "utf-8", "base64", sub="html")])
    hdr = [
        ("Return-Path", "<emre.aydin@%s>" % GM),
        ("Delivered-To", "minutes@" + GM),
        ("Received", "from OS0PR06MB7421.apcprd06.prod.outlook.example.com (2603:1096:604:1b2::7)\n by "
                     "OS0PR06MB6930.apcprd06.prod.outlook.example.com with HTTPS; Mon, 3 Aug 2026\n 01:12:49 +0000"),
        ("From", ad("Emre Aydın", "emre.aydin@" + GM)),
        ("To", ad("Minutes Bot", "minutes@" + GM)),
        ("Subject", "Automatic reply: [Reminder] due tomorrow: submit the Q3 yard capacity plan"),
        ("Thread-Topic", "[Reminder] due tomorrow: submit the Q3 yard capacity plan"),
        ("Thread-Index", "AQHdAz1Q7m0Y4dKx2EeWr8b3cF5kVQ=="),
        ("Date", date),
        ("Message-ID", "<OS0PR06MB7421B5D1E9A04C3F8E2D6B17@OS0PR06MB7421.apcprd06.prod.outlook.example.com>"),
        ("In-Reply-To", "<remind.20260803091200.a41c@guletmarine-hn.example.cn>"),
        ("References", "<remind.20260803091200.a41c@guletmarine-hn.example.cn>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "emre.aydin@" + GM),
        ("Content-Type", ctype),
        ("MIME-Version", "1.0"),
    ]
    notes = ("Microsoft 365 out-of-office reply ('Automatic reply:') to one of the bot's reminders, WITH Auto-Submitted: "
             "auto-generated, X-Auto-Response-Suppress and X-MS-Exchange-Inbox-Rules-Loop; In-Reply-To points at the bot's mail. "
             "Dates and delegates in the body are not items or commands: kind auto. (Emre's own OOF says 17 August; that is not "
             "an extension request.)")
    return Case(10928, "auto-ooo-m365-autosubmitted-english", "auto", message(hdr, body, crlf=True), [], None, notes,
                "M365 English 'Automatic reply:' with Auto-Submitted + Inbox-Rules-Loop to a bot reminder -> auto")


def c10929():
    date = "Wed, 12 Aug 2026 03:05:27 +0000"
    text = """Hi Mr. Huang,

Thanks for the quote. We accept the price for 120 m2 of the 10 mm teak strips, but please deliver by 20 Aug at the latest; partial delivery of 60 m2 first is OK.

Our PO will follow tomorrow.

Regards,
Wendy Lin
Procurement | Gulet Marine Refit (Hainan) Co., Ltd.

________________________________
From: 黄建明 <huangjianming@qiongbei-timber.example.cn>
Sent: Tuesday, August 11, 2026 16:48
To: Wendy Lin <xiaowen.lin@guletmarine-hn.example.cn>
Subject: Quotation - teak strips 10 mm

Dear Wendy,

Please find our quotation below:
1. Teak strips 10 x 45 mm, grade A, 120 m2 - RMB 1,860 / m2
2. Delivery: 10 days after PO
3. Payment: 30% with PO, balance before delivery

Best regards,
Huang Jianming
Qiongbei Timber
"""
    html = outlook_html(text.split("\n"), "utf-8", lang="EN-US", font="Aptos")
    ctype, body = multipart("alternative", "_000_PS2PR06MB3528C0E7A1F94B2D8E6C5A03PS2PR06MB3528apcp_",
                            [tpart(text, "utf-8", "quoted-printable"), tpart(html, "utf-8", "quoted-printable", sub="html")])
    hdr = [
        ("Return-Path", "<xiaowen.lin@%s>" % GM),
        ("Delivered-To", "minutes@" + GM),
        ("Received", "from PS2PR06MB3528.apcprd06.prod.outlook.example.com (2603:1096:300:4a::15)\n by "
                     "PS2PR06MB3390.apcprd06.prod.outlook.example.com with HTTPS; Wed, 12 Aug 2026\n 03:05:29 +0000"),
        ("From", ad("Wendy Lin", "xiaowen.lin@" + GM)),
        ("To", ad("黄建明", "huangjianming@qiongbei-timber.example.cn")),
        ("CC", alist([ad("Harry Fu", "haisheng.fu@" + GM), ad("Minutes Bot", "minutes@" + GM)])),
        ("Subject", "RE: Quotation - teak strips 10 mm"),
        ("Thread-Topic", "Quotation - teak strips 10 mm"),
        ("Thread-Index", "AQHdCnL0xq3b8R2a4kKZ1y9F0e7rXg=="),
        ("Date", date),
        ("Message-ID", "<PS2PR06MB3528C0E7A1F94B2D8E6C5A03@PS2PR06MB3528.apcprd06.prod.outlook.example.com>"),
        ("References", "<20260811164802.5d3a1e@qiongbei-timber.example.cn>"),
        ("In-Reply-To", "<20260811164802.5d3a1e@qiongbei-timber.example.cn>"),
        ("Accept-Language", "en-US, zh-CN"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", ctype),
        ("MIME-Version", "1.0"),
    ]
    notes = ("A buyer's reply in a supplier quotation thread (M365, 'RE:', Outlook 'From:/Sent:' quote block), with the bot in Cc "
             "by autocomplete. 'please deliver by 20 Aug' and 'PO will follow tomorrow' are commercial terms, not minutes, and it "
             "is not a reply to a bot recap: kind other, no items.")
    return Case(10929, "other-yacht-supplier-thread-reply-m365", "other", message(hdr, body, crlf=True), [], None, notes,
                "M365 'RE:' in a supplier quotation thread ('deliver by 20 Aug') -> other, not minutes and not a recap reply")


def c10930():
    date = "Thu, 16 Apr 2026 19:05:12 +0800"
    rows = [["事项", "负责人", "截止", "备注"],
            ["指纹模组选型结论（对比2家）", "缪工", "4/22", "功耗优先"],
            ["APP配网流程改版原型", "Jay", "4月24日(周五)", ""],
            ["BOM成本核算", "彭主管", "下周三", "目标≤¥385"],
            ["巴西INMETRO认证计划", "谢工", "月底", "找第三方实验室报价"],
            ["外观手板打样", "研发中心", "待定", "等模具厂排期"]]
    tbl = ['<table data-lark-html-role="table" style="border-collapse:collapse;width:100%">',
           "<colgroup><col width=\"260\"><col width=\"100\"><col width=\"120\"><col width=\"180\"></colgroup><tbody>"]
    for r in rows:
        tbl.append("<tr>" + "".join('<td style="border:1px solid #dee0e3;padding:4px 8px"><div data-line-index="0" '
                                    'style="white-space:pre">%s</div></td>' % htmlesc(c) for c in r) + "</tr>")
    tbl.append("</tbody></table>")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:-apple-system,'PingFang SC';font-size:14px\">"
            "<div>各位，今天X9产品评审会的结论和待办，我从飞书文档贴过来了：</div><div><br></div>"
            "<div><b>评审结论</b>：X9维持6月底EVT、8月底DVT的节点不变；外观采用方案B（哑光黑）。</div><div><br></div>"
            "%s<div><br></div><div>Product owner：蓝宇航</div><div>恒拓智能 研发中心</div></div></body></html>\n" % "\n".join(tbl))
    hdr = [
        ("Return-Path", "<lanyuhang@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("mail-out.larksuite.example.com", "203.0.113.61", "mail." + HT, "4bE5gR2yWn", date + " (CST)",
                              "minutes@" + HT)),
        ("Date", date),
        ("From", pa("蓝宇航")),
        ("To", alist([pa("缪启航"), pa("何俊杰"), pa("彭晓燕"), pa("谢思远")])),
        ("Cc", alist([pa("骆文斌"), BOT_HT])),
        ("Subject", ew("X9产品评审会-结论与待办（4/16）")),
        ("Message-ID", "<0a9d3e5c-81f7-4b26-9c0e-4f1a7b2d6e83@larksuite.example.com>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "base64"),
        ("X-Mailer", "Lark Mail"),
    ]
    items = [
        It("缪启航", "指纹模组选型结论（对比2家）", "abs:2026-04-22"),
        It("何俊杰", "APP配网流程改版原型", "abs:2026-04-24"),
        It("彭晓燕", "BOM成本核算", "next:2"),
        It("谢思远", "巴西INMETRO认证计划", "monthend"),
        It(("dept", "研发中心"), "外观手板打样", "vague"),
    ]
    notes = ("Feishu/Lark mail, single-part HTML (base64) with a table pasted from a 飞书文档 (data-lark-html-role). Owners are "
             "written as nicknames/titles: 缪工 = 缪启航, Jay = 何俊杰, 彭主管 = 彭晓燕, 谢工 = 谢思远. Sent Thu 2026-04-16. '4/22' -> "
             "2026-04-22; '4月24日(周五)' -> 2026-04-24; '下周三' -> 2026-04-22; '月底' -> 2026-04-30; owner '研发中心' (department) + "
             "'待定' -> no_owner + vague_due. 评审结论 (EVT/DVT milestones, 方案B) are decisions. 'Product owner：蓝宇航' is the "
             "writer's sign-off, not an owner of an item.")
    return Case(10930, "lock-lark-doc-table-html-only", "minutes", message(hdr, base64.encodebytes(html.encode())), items,
                None, notes, "Feishu/Lark HTML-only table pasted from 飞书文档: nickname/title owners (缪工, Jay, 彭主管, 谢工), "
                "4/22, 下周三, 月底, department owner + 待定, 'Product owner' sign-off")


def c10931():
    date = "Tue, 05 May 2026 22:10:36 +0800"
    text = """Hi Mariana, Paulo,

Thank you for your time this morning (your time). Minutes of our call below - please let me know if anything needs correcting.

Attendees: Mariana Albuquerque, Paulo Henrique Costa (Trava Segura); Sophie Lai, Robin Luo (HengTuo)

Discussion
- Trava Segura plans to launch the X9 in 40 stores in Paraná and Santa Catarina in Q4.
- Door thickness in Brazil is mostly 35-45 mm; our standard kit covers 40-90 mm, so a short spindle kit is needed.
- INMETRO certification is mandatory for door locks sold in retail.

AI: Sophie - send revised quotation with FOB Shenzhen price incl. the short spindle kit - within 2 working days
AI: Paulo - share the local door-thickness survey - by May 15
AI: Robin - confirm whether X9 supports a 12V external backup battery - by Friday
AI: Mariana - confirm trial order quantity (est. 1,200 sets) - by next Wednesday

Next call: Tue 12 May, 9:00 am Curitiba time (8:00 pm Heyuan).

Best regards,
Sophie Lai
Overseas Sales Manager | HengTuo Smart Lock (Heyuan) Co., Ltd.
"""
    html = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
            "<div class=\"WordSection1\">\n%s\n</div>\n</body>\n</html>\n"
            % "\n".join("<p class=\"MsoNormal\"><span style=\"font-size:11.0pt\">%s</span></p>" % (htmlesc(l) or "&nbsp;")
                        for l in text.split("\n")))
    ctype, body = multipart("alternative", "B_3861205836_1830457219",
                            [tpart(text, "UTF-8", "quoted-printable", quote_cs=True),
                             tpart(html, "UTF-8", "quoted-printable", sub="html", quote_cs=True)],
                            preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                                     "this format, some or all of this message may not be legible.")
    hdr = [
        ("Return-Path", "<laishiqi@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("[192.168.31.12]", "192.168.31.12", "mail." + HT, "4bH1jT4zXp", date + " (CST)", "minutes@" + HT)),
        ("User-Agent", "Microsoft-MacOutlook/16.96.25041326"),
        ("Date", date),
        ("Subject", "Minutes - HengTuo / Trava Segura call 05 May"),
        ("From", ad("Sophie Lai", "laishiqi@" + HT)),
        ("To", alist([ad("Mariana Albuquerque", "mariana.albuquerque@" + TS), ad("Paulo Henrique Costa", "paulo.costa@" + TS)])),
        ("CC", alist([ad("Robin Luo", "luowenbin@" + HT), ad("Minutes Bot", "minutes@" + HT)])),
        ("Message-ID", "<7C1E3A92-5B4D-4F60-8A2E-9D0B6C3F1E57@hengtuo-lock.example.cn>"),
        ("Thread-Topic", "Minutes - HengTuo / Trava Segura call 05 May"),
        ("Mime-version", "1.0"),
        ("Content-type", ctype),
    ]
    items = [
        It("赖诗琪", "send revised quotation with FOB Shenzhen price incl. the short spindle kit", "workdays:2"),
        It(("ext", "Paulo Henrique Costa", "paulo.costa@" + TS), "share the local door-thickness survey", "abs:2026-05-15"),
        It("骆文斌", "confirm whether X9 supports a 12V external backup battery", "wd:4"),
        It(("ext", "Mariana Albuquerque", "mariana.albuquerque@" + TS), "confirm trial order quantity (est. 1,200 sets)", "next:2"),
    ]
    notes = ("Outlook for Mac English minutes with 'AI: name - task - due' lines, written on Tue 2026-05-05, the last day of the "
             "Labour Day holiday (05-01..05-05). 'within 2 working days' counts from the day after sending: 05-06, 05-07 -> "
             "2026-05-07. Sophie = 赖诗琪, Robin = 骆文斌 (aliases); Paulo and Mariana are the Brazilian customer (addresses from "
             "To display names, department null). 'by May 15' -> 2026-05-15; 'by Friday' -> 2026-05-08; 'by next Wednesday' -> "
             "2026-05-13. Discussion bullets are facts. 'Next call: Tue 12 May, 9:00 am Curitiba time (8:00 pm Heyuan)' -> "
             "2026-05-12 20:00 Asia/Shanghai (BRT = UTC-3).")
    return Case(10931, "lock-brazil-call-ai-lines-outlook-mac", "minutes", message(hdr, body), items,
                ("abs:2026-05-12", "20:00"), notes,
                "Outlook for Mac English 'AI:' lines sent on a Labour-Day holiday (2 working days), Brazilian owners from To, by "
                "next Wednesday, next call in Curitiba/Heyuan time")


def c10932():
    date = "Wed, 10 Jun 2026 10:20:15 +0800"
    text = """各位：

今早产线反馈X7锁体电机卡滞，紧急协调会记录如下（问题协调解决记录表）：

问题编号：QP-2026-0610-01
问题描述：X7智能锁（批次H2606-03）装配后电机卡滞，抽检50台中7台开锁异常
提交人：黎永强（生产部）
提交时间：2026-06-10 08:40
紧急程度：高
影响范围：在库成品约1,800套；6月15日出货的巴西订单
责任部门：品质部
责任人：朱丽萍
计划解决时间：6月12日
解决方案：
①品质部隔离在库同批次成品并出具排查清单（2小时内，朱丽萍）
②采购部通知电机供应商今天到厂联合分析（今天下班前，彭晓燕）
③研发中心出具失效分析报告（48小时内，缪启航）
④生产部在总装线加装电机电流检测工位（6月12日前，黎永强）
实际解决时间：（待填）

朱丽萍
品质部经理
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<div style=\"font-family:'Microsoft YaHei';font-size:14px\">%s</div></body></html>\n"
            % "".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in text.split("\n")))
    ctype, body = multipart("alternative", "----=_Part_233140_1475022861.1781058015528",
                            [tpart(text, "UTF-8", "quoted-printable", quote_cs=False),
                             tpart(html, "UTF-8", "quoted-printable", sub="html", quote_cs=False)])
    hdr = [
        ("Return-Path", "<zhuliping@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("mail-m15583.qiye.163.example.com", "198.51.100.183", "mail." + HT, "4bK8mW3aZr",
                              date + " (CST)", "minutes@" + HT)),
        ("Date", date),
        ("From", pa("朱丽萍")),
        ("To", alist([pa("黎永强"), pa("彭晓燕"), pa("缪启航")])),
        ("Cc", alist([pa("邓国华"), pa("骆文斌"), BOT_HT])),
        ("Message-ID", "<AMYAkgBfB3cK8ShqLwTZlKpa.3.1781058015528.Hmail.zhuliping@hengtuo-lock.example.cn>"),
        ("Subject", ew("【紧急】X7锁体电机卡滞问题协调记录")),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Priority", "1"),
        ("X-Mailer", "NetEase-Qiye Webmail 2.0"),
        ("X-Originating-IP", "[192.168.31.40]"),
    ]
    items = [
        It("朱丽萍", "隔离在库同批次成品并出具排查清单", "hours:2"),
        It("彭晓燕", "通知电机供应商到厂联合分析", "today"),
        It("缪启航", "出具失效分析报告", "hours:48"),
        It("黎永强", "在总装线加装电机电流检测工位", "abs:2026-06-12"),
    ]
    notes = ("Seed 问题协调解决记录表 as key：value lines (NetEase enterprise webmail, UTF-8 QP), 紧急程度 高. Sent Wed 2026-06-10 "
             "10:20. The four 解决方案 steps are the items, each with its own owner and deadline in brackets: '2小时内' -> "
             "2026-06-10 12:20 (from the Date header); '今天下班前' -> 2026-06-10 (no time); '48小时内' -> 2026-06-12 10:20; "
             "6月12日前 -> 2026-06-12. AMBIGUOUS: the record's own 责任人 朱丽萍 / 计划解决时间 6月12日 describe the problem as a "
             "whole; it is not recorded as a separate item (its steps are). 提交时间 and 6月15日出货 are facts.")
    return Case(10932, "lock-issue-record-hours-netease-qiye", "minutes", message(hdr, body), items, None, notes,
                "Seed 问题协调解决记录表 (NetEase qiye): ①-④ steps with (deadline, owner) brackets; 2小时内/48小时内 from the Date "
                "header; 今天下班前; record-level 责任人 not an extra item (AMBIGUOUS)")


def c10933():
    date = "Fri, 26 Jun 2026 17:55:40 +0800"
    head = ["序号", "项目", "主责部门", "负责人", "配合", "计划完成", "状态", "备注"]
    rows = [["1", "INMETRO送样及整改", "品质部", "谢思远", "研发中心", "2026/7/3", "进行中 70%", ""],
            ["2", "包装跌落测试", "品质部", "朱丽萍", "生产部", "2026/6/19", "已完成", "6/18完成"],
            ["3", "安装说明书葡萄牙语版", "海外销售部", "赖诗琪", "研发中心(蓝宇航)", "2026/7/10", "进行中", "翻译公司已报价"],
            ["4", "后盖模具修改", "研发中心", "骆文斌", "采购部", "待定", "延期", "供应商排产，等通知"],
            ["5", "短锁舌套件打样", "研发中心", "缪启航", "生产部", "2026/7/8", "未开始", "巴西门厚35-45mm"]]
    intro = ["各位：", "", "本周例会（6月26日 16:00-17:30）过了一遍巴西项目跟踪表，更新后如下（从Excel贴过来的）：", ""]
    outro = ["", "下周五同一时间继续过表，请各负责人会前更新状态。", "", "骆文斌", "研发中心"]
    cells = []
    for i, r in enumerate([head] + rows):
        tds = "".join("<td class=xl%d style='border:.5pt solid windowtext;padding:0 5.4pt'><p class=MsoNormal><span "
                      "style='font-size:10.0pt;font-family:等线;color:black'>%s<o:p></o:p></span></p></td>"
                      % (66 if i == 0 else 65, htmlesc(c) or "&nbsp;") for c in r)
        cells.append("<tr style='height:14.25pt'>%s</tr>" % tds)
    tbl = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=820 style='width:615.0pt;"
           "border-collapse:collapse'>\n%s\n</table>" % "\n".join(cells))
    html = outlook_html(intro, "utf-8").replace(
        "\n</div></body>", "\n%s\n%s\n</div></body>" % (
            tbl, "\n".join("<p class=MsoNormal>%s</p>" % (htmlesc(l) or "&nbsp;") for l in outro)))
    text = "\r\n".join(intro + ["\t".join(r) for r in [head] + rows] + outro) + "\r\n"
    ctype, body = multipart("alternative", "----=_NextPart_000_01B4_01DD0535.9A7C2E60",
                            [tpart(text, "utf-8", "base64"), tpart(html, "utf-8", "base64", sub="html")],
                            preamble="This is a multipart message in MIME format.")
    hdr = [
        ("Return-Path", "<luowenbin@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("LUOWB-PC", "192.168.31.25", "mail." + HT, "4bM4nX6bAs", date + " (CST)", "minutes@" + HT)),
        ("From", pa("骆文斌")),
        ("To", alist([pa("谢思远"), pa("朱丽萍"), pa("赖诗琪"), pa("缪启航"), pa("蓝宇航")])),
        ("Cc", alist([pa("邓国华"), pa("彭晓燕"), BOT_HT])),
        ("Subject", ew("巴西项目跟踪表（6/26例会更新）")),
        ("Date", date),
        ("Message-ID", "<01b401dd0535$9a7c2e60$cf748b20$@hengtuo-lock.example.cn>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdsFNZp8LmBf3u2dQy2Xw1sN0a7kBg=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("谢思远", "INMETRO送样及整改", "abs:2026-07-03"),
        It("赖诗琪", "安装说明书葡萄牙语版", "abs:2026-07-10"),
        It("骆文斌", "后盖模具修改", "vague"),
        It("缪启航", "短锁舌套件打样", "abs:2026-07-08"),
    ]
    notes = ("Outlook UTF-8 (base64) with a table pasted from Excel (MsoNormalTable, xl65/xl66 cell classes), plain part "
             "tab-separated. Sent Fri 2026-06-26 (after 端午). 负责人 column owns each row; 配合 is help. Row 2 '已完成' is status. "
             "计划完成 '2026/7/3' -> 2026-07-03, '2026/7/10' -> 2026-07-10, '待定' -> vague_due, '2026/7/8' -> 2026-07-08. "
             "'进行中 70%' is status, not a reply. '下周五同一时间继续过表' with this meeting at 16:00 -> 2026-07-03 16:00.")
    return Case(10933, "lock-excel-paste-tracking-outlook", "minutes", message(hdr, body, crlf=True), items,
                ("next:4", "16:00"), notes,
                "Outlook table pasted from Excel (xl65 classes, 2026/7/3 dates), 已完成 row, 待定, next meeting '下周五同一时间'")


CASES = [c10928, c10929, c10930, c10931, c10932, c10933]
