"""heldout74 cases 10212-10217: Kvist Enzymes (Chuzhou) Co., Ltd. (Danish-owned enzyme plant, Chuzhou, Anhui)."""
from h74_lib import (It, VAGUE, E, addr, addrs, subj, text, text_q, multi, message, rfcdate0, rfcdate, hexid, esc,
                     attachment)
from h74_clients import (BOT_KV, envelope, outlook_thread, word_html, html_table, simple_html, paras_html,
                         m365_msgid, apple_msgid, tb_msgid)
import h74_docs as D

KP = ("Somchai Wongsakul", "somchai.w@koratpremix.example.co.th")


def c10212():
    sent = "2026-08-18 09:12:37 +0800"
    frm = ("Jenny Wu", E("吴静"))
    rows = [["#", "Action", "Owner", "Due"],
            ["1", "Submit CAPA plan for minor finding m1 (pest control log)", "Weiguo Tao", "28 Aug 2026"],
            ["2", "Re-validate the metal detector on packing line 2", "Liqun Zhou", "4 Sep 2026"],
            ["3", "Send calibration certificates for the QC balances", "Wentao Ge", "21 Aug 2026"],
            ["4", "Confirm acceptance of the CAPA plan", "Somchai Wongsakul", "11 Sep 2026"]]
    pdf = D.pdf_bytes("Customer Audit Close-out Meeting - Minutes", [
        "Date: 17 August 2026, 14:00-15:30, meeting room 2 and Teams",
        "Customer: Korat Premix Co., Ltd. (Nakhon Ratchasima, Thailand)",
        "Attendees: Somchai Wongsakul, Pimchanok Srisuk (Korat Premix); Jenny Wu, Wentao Ge, Liqun Zhou,",
        "Weiguo Tao (Kvist Enzymes Chuzhou)",
        "## 1. Result",
        "No major findings. Three minor findings (m1 pest control log, m2 metal detector records,",
        "m3 balance calibration traceability). Certificate renewal recommended subject to CAPA.",
        "## 2. Closed during the audit",
        "Allergen matrix updated and accepted on site (no further action).",
        "## 3. Actions",
    ], rows, author="Jenny Wu")
    body1 = ("Hi all,\n\nAttached are the minutes of yesterday's close-out meeting with Korat Premix. The actions "
             "are in section 3 - note that Khun Somchai wants our CAPA plan before 28 Aug.\n\n"
             "Follow-up call: 15 Sep 2026, 10:00 Bangkok time (11:00 Beijing).\n\nJenny\n\n")
    bnd = "Apple-Mail=_%s" % apple_msgid("b10212", "x")[1:37]
    root = multi("mixed", [text(body1, "us-ascii", "7bit"),
                           attachment(pdf, "application/pdf", "Korat Premix audit close-out minutes 2026-08-17.pdf",
                                      ),
                           text("\n", "us-ascii", "7bit")], bnd)
    hdr = envelope(BOT_KV, frm[1], "kvist", [("[192.168.31.24]", "117.64.12.203")], sent, "4ZfH1n5RcPz7qTk") + [
        ("From", addr(*frm)),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
        ("Subject", "Minutes: Korat Premix audit close-out (17 Aug)"),
        ("Message-Id", apple_msgid("10212", "kvist-cz.example.cn")),
        ("Date", rfcdate(sent)),
        ("Cc", addrs([KP, ("Mette Sørensen", E("Mette Sørensen")), BOT_KV])),
        ("To", addrs([("Weiguo Tao", E("陶卫国")), ("Liqun Zhou", E("周立群")), ("Wentao Ge", E("葛文涛"))])),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    items = [
        It("陶卫国", "Submit CAPA plan for minor finding m1 (pest control log)", ("md", 8, 28), "2026-08-28"),
        It("周立群", "Re-validate the metal detector on packing line 2", ("md", 9, 4), "2026-09-04"),
        It("葛文涛", "Send calibration certificates for the QC balances", ("md", 8, 21), "2026-08-21"),
        It("Somchai Wongsakul", "Confirm acceptance of the CAPA plan", ("md", 9, 11), "2026-09-11", email=KP[1]),
    ]
    notes = ("Apple Mail: a short us-ascii body and the minutes as a PDF attachment (reportlab, invariant) whose "
             "section 3 is an Action/Owner/Due table. Sent Tue 2026-08-18. Owners in English given-name-first "
             "order (Weiguo Tao, Liqun Zhou, Wentao Ge) are roster aliases; Somchai Wongsakul is the Thai customer in "
             "Cc -> his address, department null. Due dates are written with the year. 'Closed during the audit' is "
             "status, not an item; the body's 'before 28 Aug' repeats action 1. 'Follow-up call: 15 Sep 2026, 10:00 "
             "Bangkok time (11:00 Beijing)' in the body -> next_followup 2026-09-15 11:00 (ICT = UTC+7).")
    return dict(no=10212, slug="kv-apple-mail-pdf-minutes-attachment", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items,
                follow=(("tz", "2026-09-15 10:00", 7), "2026-09-15 11:00"), notes=notes,
                tests="Apple Mail with the minutes only in a PDF attachment (Action/Owner/Due table); Thai customer "
                      "owner in Cc; follow-up call in Bangkok time -> Beijing time")


def c10213():
    sent = "2026-04-23 18:06:19 +0800"
    frm = ("程蕾", E("程蕾"))
    todo = [("☐", "@汪蓓", "联系芜湖客户确认第二轮饲喂试验的栏舍安排", "4月28日前"),
            ("☑", "@程蕾", "发送第一轮试验数据汇总", "已完成"),
            ("☐", "@葛文涛", "对试验用样品做酶活复测", "下周一"),
            ("☐", "@Tina He", "跟进美国客户样品的清关资料", "五一节前"),
            ("☐", "", "整理饲喂试验方案V2", "本周五")]
    lines = ["飞书智能纪要｜饲料客户应用试验周会", "2026年4月23日 周四 15:30 - 16:25 ｜ 参会人：程蕾、汪蓓、葛文涛、何雨桐",
             "", "总结",
             "第一轮肉鸡饲喂试验（植酸酶 PhyPlus 5000）已结束，磷利用率提升结果符合预期；第二轮试验计划5月中旬在芜湖"
             "客户养殖场启动。美国客户的样品仍卡在清关环节。",
             "", "待办"] + ["%s %s %s %s" % t for t in todo] + [
             "", "智能章节",
             "00:01 第一轮试验结果：汪蓓 说客户很认可，要尽快把第二轮定下来",
             "00:14 样品与复测：葛文涛 建议复测后再出报告",
             "00:31 清关：何雨桐 表示资料还差原产地证",
             "", "以上内容由 AI 生成，可能不准确。在飞书中查看完整纪要。"]
    plain = "\n".join(lines) + "\n"
    li = "".join("<li style=\"list-style:none\">%s <span style=\"color:#3370ff\">%s</span> %s <span style=\"color:#8f959e\">"
                 "%s</span></li>" % (esc(a), esc(b), esc(c), esc(d)) for a, b, c, d in todo)
    inner = ("<div style=\"font-size:16px;font-weight:600\">%s</div><div style=\"color:#8f959e\">%s</div>"
             "<h3>总结</h3><p>%s</p><h3>待办</h3><ul>%s</ul><h3>智能章节</h3>%s<p style=\"color:#8f959e\">%s</p>"
             % (esc(lines[0]), esc(lines[1]), esc(lines[4]), li, paras_html(lines[14:17]), esc(lines[18])))
    html = simple_html(inner, body_style="font-family:-apple-system,PingFang SC;font-size:14px")
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 hexid("b10213", 28))
    hdr = envelope(BOT_KV, frm[1], "kvist", [("va-1-33.ptr.blmpb.larkmail.example.net", "209.127.231.33")],
                   sent, "4ZkJ0d2YmSz5hBv") + [
        ("X-Lms-Return-Path", "<lba+1%s+%s@kvist-cz.example.cn>" % (hexid("r10213", 10), hexid("s10213", 6))),
        ("From", addr(*frm)),
        ("To", addrs([("汪蓓", E("汪蓓")), ("葛文涛", E("葛文涛")), ("何雨桐", E("何雨桐"))])),
        ("Cc", addr(*BOT_KV)),
        ("Subject", subj("飞书智能纪要：饲料客户应用试验周会 2026-04-23")),
        ("Date", rfcdate0(sent)),
        ("Message-Id", "<%s@kvist-cz.example.cn>" % hexid("10213", 32)),
        ("Mime-Version", "1.0"),
        ("X-Mailer", "Lark Mail"),
        ("X-Original-From", addr(*frm)),
    ]
    items = [
        It("汪蓓", "联系芜湖客户确认第二轮饲喂试验的栏舍安排", ("md", 4, 28), "2026-04-28"),
        It("葛文涛", "对试验用样品做酶活复测", ("next_wd", 0), "2026-04-27"),
        It("何雨桐", "跟进美国客户样品的清关资料", ("before_hol", "Labour"), "2026-04-30"),
        It(None, "整理饲喂试验方案V2", ("this_wd", 4), "2026-04-24"),
    ]
    notes = ("Feishu/Lark 智能纪要 mailed by a person (text + HTML, UTF-8 base64). Only 待办 counts; ☑ 已完成 line is "
             "done, not an item. Sent Thu 2026-04-23. '4月28日前' -> 2026-04-28; '下周一' -> 2026-04-27; '五一节前' "
             "-> last working day before the Labour Day block (05-01..05-05) = Thu 2026-04-30; '@Tina He' = 何雨桐 "
             "(alias). The last 待办 has no @ and no department -> no_owner, department null; '本周五' -> 2026-04-24. "
             "智能章节 ('要尽快把第二轮定下来') and 总结 ('5月中旬') are not items.")
    return dict(no=10213, slug="kv-lark-ai-minutes-checkbox-at", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Lark 智能纪要 with ☐/☑ @mentions: done box skipped, 五一节前 (last workday before Labour Day), "
                      "English alias @Tina He, unassigned box -> no_owner; AI chapters ignored")


def c10214():
    sent = "2026-05-18 17:42:05 +0800"
    frm = ("Frank Fang", E("方志远"))
    body = """Hi Mette, all,

Supply chain weekly, 18 May. Short version, grouped by person as usual.

Frank (me)
- Renew the glucose syrup contract with the Bengbu supplier before 29 May, including the Q3 price review clause.

Tina
- Book the reefer containers for the Korat shipment by Wednesday.
- Update the safety stock sheet for antifoam and send it round by 22/5.

Liqun
- Share the June fermentation schedule so we can plan raw material call-offs, by Thursday.

Bella
- Confirm the Q3 forecast from the two Anhui feed groups; no date yet, depends on their budget round.

FYI: the May bulk salt delivery arrived on Friday, all released by QC.

Next weekly: Monday 25 May, 9:00, small meeting room.

Frank
-- 
Frank Fang (方志远)
Supply Chain Manager | Kvist Enzymes (Chuzhou) Co., Ltd.
"""
    root = text(body, "utf-8", "quoted-printable", flowed=True)
    root.headers[0] = ("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    root.headers.append(("Content-Language", "en-GB"))
    hdr = envelope(BOT_KV, frm[1], "kvist", [("[10.88.2.31]", "10.88.2.31")], sent, "4ZnM8t1QxWz3yCd") + [
        ("Message-ID", tb_msgid("10214", "kvist-cz.example.cn")),
        ("Date", rfcdate(sent)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("From", addr(*frm)),
        ("To", addrs([("Mette Sørensen", E("Mette Sørensen")), ("Tina He", E("何雨桐")), ("Liqun Zhou", E("周立群")),
                      ("Bella Wang", E("汪蓓"))], sep=",\n ")),
        ("Cc", addr(*BOT_KV)),
        ("Subject", "Supply chain weekly - 18 May"),
    ]
    items = [
        It("方志远", "Renew the glucose syrup contract with the Bengbu supplier", ("md", 5, 29), "2026-05-29"),
        It("何雨桐", "Book the reefer containers for the Korat shipment", ("wd", 2), "2026-05-20"),
        It("何雨桐", "Update the safety stock sheet for antifoam and send it round", ("md", 5, 22), "2026-05-22"),
        It("周立群", "Share the June fermentation schedule", ("wd", 3), "2026-05-21"),
        It("汪蓓", "Confirm the Q3 forecast from the two Anhui feed groups", VAGUE),
    ]
    notes = ("Thunderbird plain text, format=flowed, UTF-8 QP: long item lines are soft-wrapped (trailing space) and "
             "must be re-joined. Minutes grouped by person: a name heading owns the bullets below it. 'Frank (me)' = "
             "the sender 方志远; Tina = 何雨桐, Liqun = 周立群, Bella = 汪蓓 (aliases). Sent Mon 2026-05-18. 'before 29 "
             "May' -> 2026-05-29; 'by Wednesday' -> 2026-05-20; 'by 22/5' (day/month) -> 2026-05-22; 'by Thursday' -> "
             "2026-05-21. Bella's 'no date yet, depends on their budget round' -> due null + vague_due (like TBD). "
             "FYI line is a fact. 'Next weekly: Monday 25 May, 9:00' -> 2026-05-25 09:00.")
    return dict(no=10214, slug="kv-thunderbird-flowed-grouped-by-person", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 5, 25, "09:00"), "2026-05-25 09:00"),
                notes=notes, tests="Thunderbird format=flowed English grouped by person headings (Frank (me), Tina, "
                "Liqun, Bella); soft-wrapped lines; by Wednesday/Thursday; 22/5; 'no date yet' -> vague")


def c10215():
    sent = "2026-06-17 14:30:55 +0800"
    frm = ("吴静", E("吴静"))
    review = [["序号", "上月事项", "责任人", "状态"],
              ["1", "更新过敏原控制矩阵", "吴静", "已完成"],
              ["2", "QC天平期间核查", "葛文涛", "已完成"]]
    rows = [["序号", "事项", "责任人", "完成时间", "备注"],
            ["1", "完成HACCP体系年度内审", "主责：吴静；配合：葛文涛", "端午节前", ""],
            ["2", "更新下半年供应商审核计划", "主责：方志远  配合：吴静", "节后第一个工作日", "含2家新辅料供应商"],
            ["3", "完成洗消间改造后的环境监测", "主责：葛文涛；配合：陶卫国", "3个工作日内", "至少3个采样点"],
            ["4", "客户投诉（批次P2605-118结块）调查报告", "主责：周立群/配合：吴静", "6月30日", ""],
            ["5", "实验室LIMS系统上线", "主责：集团IT", "待定", "等集团排期"]]
    intro = ["各位好，", "", "6月17日质量月度例会纪要如下，请各位主责人按时完成，配合人员给予支持。", "",
             "一、上月待办回顾"]
    mid = ["", "二、本月待办"]
    outro = ["", "三、其他", "端午假期（6月19日—21日）期间QC实验室安排1人值班，值班表见群公告。", "",
             "吴静", "质量经理 | 克维斯特酶制剂（滁州）有限公司"]
    paras = intro + [("raw", html_table(review, cell_style="border:solid windowtext 1.0pt"))] + mid + \
        [("raw", html_table(rows, cell_style="border:solid windowtext 1.0pt"))] + outro
    html = word_html(paras, charset="utf-8", font="微软雅黑")
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in review) + "\n" + "\n".join(mid) + "\n" + \
        "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    root = multi("alternative", [text_q(plain, "utf-8", "base64"), text_q(html, "utf-8", "base64", "html")],
                 "_000_%s_" % ("SEZPR06MB" + hexid("b10215", 20).upper()))
    hdr = envelope(BOT_KV, frm[1], "kvist", [("SEZPR06MB6958.apcprd06.prod.outlook.com", "2603:1096:101:a3::9"),
                                             ("mail-sgaapc01on2112.outbound.protection.outlook.com", "40.107.215.112")],
                   sent, "4ZtD3h6GwBz1rXm") + [
        ("From", addr(*frm)),
        ("To", addrs([("葛文涛", E("葛文涛")), ("方志远", E("方志远")), ("陶卫国", E("陶卫国")), ("周立群", E("周立群"))])),
        ("CC", addrs([("Mette Sørensen", E("Mette Sørensen")), BOT_KV])),
        ("Subject", subj("【会议纪要】6月17日 质量月度例会")),
        ("Thread-Topic", subj("【会议纪要】6月17日 质量月度例会")),
        ("Thread-Index", outlook_thread("10215")),
        ("Date", rfcdate0("2026-06-17 06:30:55 +0000")),
        ("Message-ID", m365_msgid("10215", pod="SEZPR06MB")),
        ("Accept-Language", "zh-CN, en-US"),
        ("Content-Language", "zh-CN"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    items = [
        It("吴静", "完成HACCP体系年度内审", ("before_hol", "Dragon"), "2026-06-18"),
        It("方志远", "更新下半年供应商审核计划", ("after_hol", "Dragon"), "2026-06-22"),
        It("葛文涛", "完成洗消间改造后的环境监测", ("workdays", 3), "2026-06-23"),
        It("周立群", "客户投诉（批次P2605-118结块）调查报告", ("md", 6, 30), "2026-06-30"),
        It(None, "实验室LIMS系统上线", VAGUE),
    ]
    notes = ("Outlook (Microsoft 365, zh-CN) UTF-8 base64, Word HTML with two tables; Date header 06:30 +0000 = Wed "
             "2026-06-17 14:30 Shanghai, two days before the Dragon Boat block 06-19..06-21. 上月待办回顾 rows are "
             "已完成 status, not items. The 责任人 cell holds '主责：X；配合：Y' in three separator styles (；, two "
             "spaces, /): the 主责 person owns the item. 端午节前 -> last working day before 06-19 = 2026-06-18; "
             "节后第一个工作日 -> 2026-06-22; 3个工作日内 -> 06-18, 06-22, 06-23 -> 2026-06-23; 6月30日 -> 2026-06-30. "
             "Row 5 主责 集团IT is not one of our departments -> no_owner, department null; 待定 -> vague_due.")
    return dict(no=10215, slug="kv-outlook-zhuze-peihe-dragon-boat", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="M365 zh-CN table: 主责/配合 in one cell (3 separator styles), 上月待办回顾 skipped; 端午节前, "
                      "节后第一个工作日, 3个工作日内 across Dragon Boat; group-IT owner -> no_owner")


def c10216():
    sent = "2026-07-24 16:18:40 +0800"
    frm = ("周立群", E("周立群"))
    lines = ["各位，", "", "今天生产周会的纪要（中英文混写，见谅）：", "",
             "1. 2号发酵罐CIP验证：第三次取样结果合格，验证完成。",
             "2. SOP修订：清洁验证SOP需要按新的取样点更新，生产和QC各改各的部分。", "",
             "Actions / 待办：",
             "• 更新清洁验证SOP —— 潘工，7月31日前（生产部分）",
             "• 更新清洁验证SOP —— 葛工，8月7日前（QC取样部分）",
             "• 提交2号发酵罐CIP验证报告 —— 潘晓东，下周三",
             "• 安排8月停机检修计划 —— 周经理，月底", "",
             "Next production weekly: 31 July (Fri) 10:00.", "",
             "周立群 Liqun Zhou", "Production Manager"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines), body_style="font-family:Calibri,PingFang SC;font-size:11pt")
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable"),
                                 text(html, "utf-8", "quoted-printable", "html")], "B_3%d_%s" % (
        1785000000 + 1120, hexid("b10216", 8)))
    hdr = envelope(BOT_KV, frm[1], "kvist", [("[192.168.1.66]", "36.5.170.22")], sent, "4ZsV7p4FjNz9cMd") + [
        ("User-Agent", "Microsoft-MacOutlook/16.87.24071426"),
        ("Date", rfcdate(sent)),
        ("Subject", subj("生产周会纪要 / Production weekly 7-24")),
        ("From", addr(*frm)),
        ("To", addrs([("潘晓东", E("潘晓东")), ("葛文涛", E("葛文涛")), ("吴静", E("吴静"))])),
        ("CC", addr(*BOT_KV)),
        ("Message-ID", "<%s@kvist-cz.example.cn>" % (hexid("10216", 8).upper() + "-" + hexid("u10216", 4).upper() + "-"
                                                      + hexid("v10216", 4).upper())),
        ("Thread-Topic", subj("生产周会纪要 / Production weekly 7-24")),
        ("Mime-version", "1.0"),
    ]
    items = [
        It("潘晓东", "更新清洁验证SOP", ("md", 7, 31), "2026-07-31"),
        It("葛文涛", "更新清洁验证SOP", ("md", 8, 7), "2026-08-07"),
        It("潘晓东", "提交2号发酵罐CIP验证报告", ("next_wd", 2), "2026-07-29"),
        It("周立群", "安排8月停机检修计划", ("month_end", 0), "2026-07-31"),
    ]
    notes = ("Outlook for Mac, UTF-8 QP text + HTML, mixed Chinese/English. Sent Fri 2026-07-24. The first two "
             "待办 have the SAME task text '更新清洁验证SOP' for different owners and dates (潘工 = 潘晓东, 7月31日前; "
             "葛工 = 葛文涛, 8月7日前): both are items and must not be merged. '下周三' -> 2026-07-29; 周经理 = the "
             "sender 周立群, '月底' -> 2026-07-31. Numbered points 1-2 are status/decisions. 'Next production weekly: "
             "31 July (Fri) 10:00' -> 2026-07-31 10:00.")
    return dict(no=10216, slug="kv-mac-outlook-same-task-twice", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 7, 31, "10:00"), "2026-07-31 10:00"),
                notes=notes, tests="Outlook for Mac mixed zh/en; two items with the same task text and different "
                "owners (潘工/葛工); 下周三, 月底; English next-meeting line")


def c10217():
    sent = "2026-07-01 10:05:11 +0800"
    frm = ("Kvist Chuzhou Communications", "comms@kvist-cz.example.cn")
    sections = [
        ("Kvist Chuzhou Monthly｜7月刊", ""),
        ("安全生产月圆满收官", "6月安全生产月共开展应急演练3次、隐患排查42项，已整改40项，剩余2项计划7月15日前完成。"),
        ("6月生产之星", "发酵车间 潘晓东 班组：连续30天零偏差，批次收率提升2.1%。"),
        ("通知", "请全体员工于7月10日前完成年度安全培训线上考试；8月1日起食堂午餐时间调整为11:30—12:30。"),
        ("集团动态", "Kvist A/S 卡伦堡新研发中心6月24日启用，Mette 代表滁州工厂出席。"),
        ("", "本期编辑：行政人事部　投稿邮箱 comms@kvist-cz.example.cn"),
    ]
    inner = "".join(("<h2 style=\"color:#00594f\">%s</h2>" % esc(t) if t else "") +
                    ("<p>%s</p>" % esc(b) if b else "") for t, b in sections)
    html = simple_html("<div style=\"max-width:640px\">%s</div>" % inner)
    plain = "\n\n".join((t + "\n" if t else "") + b for t, b in sections) + "\n"
    root = multi("alternative", [text_q(plain, "utf-8", "base64"), text_q(html, "utf-8", "base64", "html")],
                 "_000_%s_" % ("TYZPR06MB" + hexid("b10217", 20).upper()))
    hdr = envelope(BOT_KV, frm[1], "kvist", [("TYZPR06MB4412.apcprd06.prod.outlook.com", "2603:1096:400:1a0::5"),
                                             ("mail-tyzapc01on2101.outbound.protection.outlook.com", "40.107.117.101")],
                   sent, "4ZqF5c9LbDz2vHs") + [
        ("From", addr(*frm)),
        ("To", addr("Kvist Chuzhou All Staff", "allstaff@kvist-cz.example.cn")),
        ("Subject", subj("Kvist Chuzhou Monthly｜7月刊")),
        ("Thread-Topic", subj("Kvist Chuzhou Monthly｜7月刊")),
        ("Thread-Index", outlook_thread("10217")),
        ("Date", rfcdate0("2026-07-01 02:05:11 +0000")),
        ("Message-ID", m365_msgid("10217")),
        ("Content-Language", "zh-CN"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    notes = ("Internal monthly newsletter written and sent by a person in Outlook to the all-staff distribution list, "
             "which includes the bot. No List-Id, Precedence or Auto-Submitted headers. It has dated asks ('7月15日前', "
             "'7月10日前完成年度安全培训线上考试') but no meeting, owners or minutes: kind other, no items. "
             "AMBIGUOUS: a newsletter can be treated as bulk (auto); without bulk/list headers and with a person as "
             "author, most readers file it as ordinary mail (other). Either way the bot must not create items.")
    return dict(no=10217, slug="kv-other-internal-newsletter-outlook", kind="other", sent=sent,
                raw=message(hdr, root, None), items=[], follow=None, notes=notes,
                tests="Internal newsletter from a person via an all-staff list (no bulk headers), dated asks -> other")


CASES = [c10212, c10213, c10214, c10215, c10216, c10217]
