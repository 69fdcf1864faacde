"""heldout59 cases 8726-8728 and 8730 (government x2, Kallio x2)."""
from h59_base import BOT, E, P, case, esc, html_lines, html_table, it, nf
from h59_cases_a import GOVD
from h59_cases_b import KD, PE
from h59_mime import addr, addrs, ew, message, multipart, received, text_part


def c8726():
    date = "Tue, 28 Jul 2026 11:20:36 +0800"
    pre = "周局、各位：\n\n今天上午臭氧防控调度视频会的腾讯会议智能纪要如下，待办事项我已核对过。\n\n撒文静\n大气环境科\n"
    ai = """腾讯会议 · 智能纪要
会议主题：7月臭氧污染防控调度视频会
会议时间：2026/07/28 09:00-10:20
参会人：周立平、马宏伟、纳斌、何蕾、撒文静、大武口区分局、惠农区分局、平罗县分局

会议摘要
会议通报了7月以来全市臭氧污染情况，7月共出现臭氧超标天8天，主要集中在7月中旬高温时段。周立平要求各分局严格落实错峰生产措施，执法支队加大夜查力度，监测站做好设备保障。

主题一：臭氧污染形势
马宏伟介绍，7月臭氧超标天数同比增加3天，惠农区贡献最大。他表示月底前会把各区县污染过程分析做出来。

主题二：执法检查
纳斌汇报，7月共检查涉VOCs企业46家，发现问题12个，惠农区有2家企业夜间超标排放嫌疑较大。

主题三：监测保障
何蕾表示臭氧激光雷达需要重新校准，厂家工程师下周到。

待办事项
· 马宏伟：7月31日前汇总各区县7月臭氧污染过程分析
· 各分局：每日报送重点企业错峰生产执行情况
· 纳斌：对惠农区2家疑似超标企业开展夜查，8月3日前反馈结果
· 何蕾：完成臭氧激光雷达校准，下周五前

以上内容由 AI 生成，仅供参考"""
    text = pre + "\n" + ai + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_lines(pre)
            + '<div style="border-left:3px solid #0a6cff;padding-left:12px;margin-top:10px">' + html_lines(ai)
            + '</div></div></body></html>')
    alt = multipart("alternative", "----=_Part_412907_1894302776.1785208836412",
                    [text_part(text, "plain", "UTF-8", "base64"), text_part(html, "html", "UTF-8", "base64")])
    hs = ["Return-Path: <sawj@%s>" % GOVD, "Delivered-To: %s" % BOT["gov"],
          received("mail.%s" % GOVD, "sawj$%s ( [10.64.12.52] )" % GOVD, "10.64.12.52", date + " (CST)",
                   "AJKf7wDnr5ZUEWhqHt4BAA--.30871S2", BOT["gov"], "HTTP"),
          "Date: " + date,
          "From: " + addr("撒文静", E("撒文静")),
          "To: " + addrs([P("周立平"), P("马宏伟"), P("纳斌"), P("何蕾")]),
          "Cc: " + addrs([P("杨志刚"), ("纪要助手", BOT["gov"])]),
          "Subject: " + ew("7月臭氧污染防控调度视频会 智能纪要"),
          "X-Priority: 3", "X-Mailer: Coremail Webmail Server Version 2023.2-cmXT5 build 20240112(9d1b5f4c)",
          "Message-ID: <3fa19c02.6e1b.19f4c8a7d52.Coremail.sawj@%s>" % GOVD, "MIME-Version: 1.0",
          "X-Coremail-Locale: zh_CN"]
    items = [
        it("马宏伟", "汇总各区县7月臭氧污染过程分析", "2026-07-31", "md:7-31"),
        it(None, "每日报送重点企业错峰生产执行情况", None, None, flags=["no_due"]),
        it("纳斌", "对惠农区2家疑似超标企业开展夜查，反馈结果", "2026-08-03", "md:8-3"),
        it("何蕾", "完成臭氧激光雷达校准", "2026-08-07", "nwk:4"),
    ]
    notes = ("Coremail forward of a 腾讯会议 智能纪要 (摘要/主题/待办事项), UTF-8 base64, sent Tue 2026-07-28. Only 待办事项 "
             "count: the 主题 paragraphs restate promises ('月底前会把…分析做出来', '厂家工程师下周到') that are not separate "
             "items. '各分局' is a group of outside units with a daily standing duty -> owner null, department null, "
             "[no_owner, no_due]; AMBIGUOUS: a reader could treat a daily duty as a rule rather than an item, but it is listed "
             "under 待办事项. '下周五前' -> 2026-08-07. No next meeting.")
    return case(8726, "gov-tencent-meeting-ai-minutes-coremail", "minutes", message(hs, alt, mime_version=False), items,
                None, notes, "Coremail + 腾讯会议 智能纪要: only 待办事项 count, group owner '各分局' with a daily duty (no_owner/no_due, AMBIGUOUS), 下周五前")


def c8727():
    date = "Mon, 1 Jun 2026 18:12:09 +0800"
    rows = [["序号", "工作内容", "责任单位", "配合单位", "完成时限"],
            ["1", "制定入河排污口专项执法行动方案", "执法支队（纳斌）", "水生态环境科", "6月5日前"],
            ["2", "重点排污口水质采样监测", "监测站（何蕾）", "执法支队", "6月12日前（每周五报送进展（遇节假日提前））"],
            ["3", "排污口台账比对，移交问题线索", "水生态环境科（海玉兰）", "—", "6月中旬（视采样结果）"],
            ["4", "专项行动宣传报道", "办公室", "各科室", "行动期间"],
            ["5", "专项行动总结报局党组", "执法支队（纳斌）", "各参与单位", "7月10日前"]]
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 '
            '(filtered medium)"><style><!-- p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;} --></style></head>'
            '<body lang=ZH-CN><div class=WordSection1>'
            '<p class=MsoNormal>各位：</p><p class=MsoNormal>&nbsp;</p>'
            '<p class=MsoNormal>今天下午周局主持召开入河排污口专项执法行动部署会，现将议定事项及分工印发如下：</p>'
            '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal><b>一、行动范围</b></p><p class=MsoNormal>黄河石嘴山段及沙湖、星海湖周边'
            '已登记的入河排污口87个，重点核查未批先设、超标排放问题。</p><p class=MsoNormal>&nbsp;</p>'
            '<p class=MsoNormal><b>二、任务分工</b></p>'
            + html_table(rows, attrs="class=MsoTableGrid style='border-collapse:collapse'") +
            '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal><b>三、下一步</b></p>'
            '<p class=MsoNormal>6月15日（周一）下午3点在局二楼会议室召开推进会，各责任单位汇报进展。</p>'
            '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>纳斌</p><p class=MsoNormal>市生态环境保护综合执法支队</p>'
            '</div></body></html>')
    part = text_part(html, "html", "utf-8", "base64")
    hs = ["Return-Path: <nabin@%s>" % GOVD, "Delivered-To: %s" % BOT["gov"],
          received("mail.%s" % GOVD, "NABIN-PC", "10.64.13.8", date + " (CST)", "4ZVq3w9KcHz7yB", BOT["gov"]),
          "From: " + addr("纳斌", E("纳斌")),
          "To: " + addrs([P("何蕾"), P("海玉兰"), P("杨志刚")]),
          "Cc: " + addrs([P("周立平"), ("纪要助手", BOT["gov"])]),
          "Subject: " + ew("入河排污口专项执法行动部署会议定事项及分工"),
          "Date: " + date, "Message-ID: <000e01dcf19a$4b2c7d10$e1857730$@%s>" % GOVD,
          "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdzxmksseRDhhXcwQ2Gp5l8TNRv4cA==",
          "Content-Language: zh-cn"]
    items = [
        it("纳斌", "制定入河排污口专项执法行动方案", "2026-06-05", "md:6-5"),
        it("何蕾", "重点排污口水质采样监测", "2026-06-12", "md:6-12"),
        it("海玉兰", "排污口台账比对，移交问题线索", None, None, flags=["vague_due"]),
        it(None, "专项行动宣传报道", None, None, flags=["no_due"], dept="办公室"),
        it("纳斌", "专项行动总结报局党组", "2026-07-10", "md:7-10"),
    ]
    notes = ("Outlook single-part text/html (utf-8 base64, Word-generated) from the enforcement unit, sent Mon 2026-06-01. The "
             "责任单位 cell carries the person in brackets ('执法支队（纳斌）') -> that person owns the row; 配合单位 are not owners. "
             "Row 2 deadline in nested brackets '6月12日前（每周五报送进展（遇节假日提前））' -> 2026-06-12 (the weekly progress "
             "report is a standing rule). Row 3 '6月中旬（视采样结果）' -> vague_due. Row 4 only 办公室 and '行动期间' -> owner "
             "null, department 办公室, [no_owner, no_due]. Next: '6月15日（周一）下午3点…推进会' -> 2026-06-15 15:00.")
    return case(8727, "gov-responsibility-unit-html-only-outlook", "minutes", message(hs, part, mime_version=False), items,
                nf("2026-06-15", "15:00", "md:6-15"), notes,
                "Outlook HTML-only gov 任务分工 table: person inside the 责任单位 cell, 配合单位 ignored, nested brackets, 6月中旬 vague, unit-only row without date")


def c8728():
    date = "Wed, 29 Apr 2026 08:55:14 +0000"
    text = """All,

Minutes of today's management meeting. Short one before the May Day break.

Present: Mikko, Jukka, Haoran, Spring, Snow

Decisions
- Booking portal: we go with the Harbin agency (fixed price, 12 weeks).
- Summer construction starts 11 May, not 4 May, because of the holiday.

Actions
- Owner TBD: find a replacement supplier for the snow-making nozzles - ASAP
- Snow: Q1 VAT reconciliation - EOD Thursday
- Haoran: book the lake survey with the water authority - before the May Day break
- Spring: customer satisfaction survey results - end of month
- Product owner Spring Liu to write the user stories for the booking portal by next Friday
- Jukka: fire drill for the summer construction crew - by 15 May

Next management meeting: Wed 13 May, 09:00.

Mikko
"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n'
            '<body dir="ltr">\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt;">'
            + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
            + '</div>\n</body>\n</html>\n')
    alt = multipart("alternative", "_000_PA4PR03MB71369C2D1E0F3A4B5C6D7E8F9A0B1PA4PR03MB7136eurp_",
                    [text_part(text, "plain", "us-ascii", "quoted-printable"),
                     text_part(html, "html", "us-ascii", "quoted-printable")])
    hs = ["Return-Path: <mikko.rantanen@%s>" % KD, "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "EUR03-VI1-obe.outbound.protection.outlook.com", "52.101.66.95",
                   "Wed, 29 Apr 2026 16:55:20 +0800 (CST)", "4ZnB5d2LfYz8sC", BOT["kallio"]),
          "From: Mikko Rantanen <mikko.rantanen@%s>" % KD,
          "To: " + addrs([("Jukka Heikkinen", E("Jukka Heikkinen")), PE("孙浩然"), PE("刘春燕"), PE("赵雪")]),
          "CC: Minutes Bot <%s>" % BOT["kallio"],
          "Subject: Management meeting 29 Apr - minutes",
          "Thread-Topic: Management meeting 29 Apr - minutes",
          "Thread-Index: AQHc16Bz3kq0Xy1N6UeU1x9Qm7v0ZQ==",
          "Date: " + date,
          "Message-ID: <PA4PR03MB71369C2D1E0F3A4B5C6D7E8F9A0B1@PA4PR03MB7136.eurprd03.prod.outlook.com>",
          "Accept-Language: en-US, fi-FI", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "MIME-Version: 1.0"]
    items = [
        it(None, "Find a replacement supplier for the snow-making nozzles", None, None, flags=["vague_due"]),
        it("赵雪", "Q1 VAT reconciliation", "2026-04-30", "wk:3"),
        it("孙浩然", "Book the lake survey with the water authority", "2026-04-30", "beforehol"),
        it("刘春燕", "Customer satisfaction survey results", "2026-04-30", "me"),
        it("刘春燕", "Write the user stories for the booking portal", "2026-05-08", "nwk:4"),
        it("Jukka Heikkinen", "Fire drill for the summer construction crew", "2026-05-15", "md:5-15"),
    ]
    notes = ("Microsoft 365 English (us-ascii QP), Date 08:55 +0000 = Wed 2026-04-29 16:55 Shanghai, two days before May Day "
             "(05-01..05). Decisions block (with dates 11 May/4 May) is not items. 'Owner TBD … ASAP' -> [no_owner, vague_due]. "
             "'EOD Thursday' -> 2026-04-30 (no clock time); 'before the May Day break' -> last working day 04-30; 'end of month' "
             "-> 04-30 (tomorrow); 'Product owner Spring Liu to …' -> 刘春燕, 'by next Friday' -> Friday of next week, "
             "2026-05-08. Next: Wed 13 May, 09:00 -> 2026-05-13 09:00.")
    return case(8728, "kallio-decisions-vs-actions-may-day-m365", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-05-13", "09:00", "md:5-13"), notes,
                "M365 English before May Day: Decisions vs Actions, Owner TBD/ASAP, EOD Thursday, 'before the May Day break', end of month = tomorrow, 'Product owner X to …', next Friday")


def c8730():
    date = "Thu, 30 Jul 2026 14:36:51 +0800"
    text = """各位好，

今天上午镜泊汽研冬季试验项目第二次协调会纪要如下，请查阅。

会议时间：7月30日 10:00-11:30（Teams）
参会人员：镜泊汽研 韩振宇、宋琳；Kallio Mikko Rantanen、刘春燕、孙浩然、赵雪

一、会议情况
1. 双方确认试验合同主要条款，试验时段仍为2027年1月5日—1月30日、2月1日—2月26日。
2. 镜泊法务提出保险条款需补充样车运输险。
3. 操稳路周二、周四独占使用，其他客户改到周一、周三、周五。

二、行动项
1. 【镜泊】韩振宇：提供样车运输计划（车辆数、预计到场时间），8月7日前
2. 【镜泊】宋琳：反馈合同修改意见（保险条款），下周三前
3. 【Kallio】赵雪（Snow）：按镜泊要求出具样车运输险保险方案及报价，8月5日前
4. 【Kallio】产品负责人（Product owner）孙浩然：操稳路独占时段排期方案，8月底前
5. 【双方】确认首批样车到场日期，待定

三、下次会议
8月13日（周四）10:00，Teams（赫尔辛基时间05:00）。

刘春燕 Spring Liu
客户项目部 | 卡里奥寒区试验场（黑河）"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body dir="ltr">\n'
            '<div style="font-family: 微软雅黑, Aptos, sans-serif; font-size: 11pt;">'
            + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
            + '</div>\n</body>\n</html>\n')
    alt = multipart("alternative", "_000_SEZPR06MB5823B1A0C9D8E7F6A5B4C3D2E1F07SEZPR06MB5823apcp_",
                    [text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")])
    han = ("韩振宇", "hanzy@jingbo-auto.example.cn")
    song = ("宋琳", "songlin@jingbo-auto.example.cn")
    hs = ["Return-Path: <liucy@%s>" % KD, "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "SEZPR06CU002.outbound.protection.outlook.com", "52.101.128.88", date + " (CST)",
                   "4b3Pq6VmRtz2hD", BOT["kallio"]),
          "From: " + addr("刘春燕 Spring Liu", E("刘春燕")),
          "To: " + addrs([han, song]),
          "CC: " + addrs([("Mikko Rantanen", E("Mikko Rantanen")), P("孙浩然"), P("赵雪"), ("Minutes Bot", BOT["kallio"])]),
          "Subject: " + ew("镜泊汽研冬季试验项目 第二次协调会纪要"),
          "Thread-Topic: " + ew("镜泊汽研冬季试验项目 第二次协调会纪要"),
          "Thread-Index: AQHdIBx0r7TqUe1bSkKq2v9s7m3y8g==",
          "Date: " + date,
          "Message-ID: <SEZPR06MB5823B1A0C9D8E7F6A5B4C3D2E1F07@SEZPR06MB5823.apcprd06.prod.outlook.com>",
          "Accept-Language: zh-CN, en-US", "Content-Language: zh-CN", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "MIME-Version: 1.0"]
    items = [
        it(han, "提供样车运输计划（车辆数、预计到场时间）", "2026-08-07", "md:8-7"),
        it(song, "反馈合同修改意见（保险条款）", "2026-08-05", "nwk:2"),
        it("赵雪", "出具样车运输险保险方案及报价", "2026-08-05", "md:8-5"),
        it("孙浩然", "操稳路独占时段排期方案", "2026-08-31", "md:8-31"),
        it(None, "确认首批样车到场日期", None, None, flags=["vague_due"]),
    ]
    notes = ("Microsoft 365 Chinese minutes from the foreign-owned test site to its customer (UTF-8 base64), sent Thu "
             "2026-07-30. Owners tagged by company 【镜泊】/【Kallio】: the customer's 韩振宇 and 宋琳 resolve from To (not in the "
             "roster, department null); '赵雪（Snow）' and '产品负责人（Product owner）孙浩然' are ours. '下周三前' -> 2026-08-05; "
             "'8月底前' -> 08-31; '【双方】… 待定' -> [no_owner, vague_due]. 会议情况 lines (2027 test windows) are facts. Next: "
             "'8月13日（周四）10:00，Teams（赫尔辛基时间05:00）' -> 2026-08-13 10:00 Shanghai time.")
    return case(8730, "kallio-chinese-customer-minutes-m365", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-08-13", "10:00", "md:8-13"), notes,
                "M365 Chinese minutes to the customer: 【公司】-tagged owners, customer owners from To, 'Product owner' in brackets, 【双方】+待定, next meeting with a second time zone")


CASES = [c8726, c8727, c8728, c8730]
