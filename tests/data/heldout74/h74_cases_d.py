"""heldout74 cases 10218-10223: Kvist Enzymes (cont.) and 吉安庐陵琴韵乐器 (acoustic guitars, Ji'an, Jiangxi)."""
from h74_lib import (It, VAGUE, E, addr, addrs, subj, text, text_q, multi, message, rfcdate0, rfcdate, hexid, esc,
                     attachment, Part, ew)
from h74_clients import (BOT_KV, BOT_QY, envelope, outlook_thread, simple_html, paras_html, m365_msgid,
                         gmail_msgid, exmail_msgid, foxmail_msgid, outlook_msgid_onprem)
import h74_docs as D

QY = "qinyun-guitar.example.cn"
MDP = "delplata-musica.example.com.ar"
MARTIN = ("Martín Echeverría", "martin.echeverria@" + MDP)
LUCIA = ("Lucía Ferreyra", "lucia.ferreyra@" + MDP)


def c10218():
    sent = "2026-06-30 10:14:09 +0800"
    recap_id = "<minutebot.%s@kvist-cz.example.cn>" % hexid("recap10218", 16)
    diag = ("Your message to lars.bech@kvist.example.dk couldn't be delivered.\n\n"
            "lars.bech wasn't found at kvist.example.dk.\n\n"
            "Minutes Bot    Office 365    lars.bech\n"
            "Action Required                Recipient\n\n"
            "Unknown To address\n\n"
            "How to Fix It\n"
            "The address may be misspelled or may not exist. Try one or more of the following:\n"
            "- Retype the recipient's address, then resend the message.\n\n"
            "Original message headers are attached. The recap it carried listed items due 2026-07-03 and "
            "2026-07-10.\n")
    status = Part([("Content-Type", "message/delivery-status")],
                  ("Reporting-MTA: dns;SEZPR06MB6958.apcprd06.prod.outlook.com\n"
                   "Received-From-MTA: dns;mail.kvist-cz.example.cn\n"
                   "Arrival-Date: Tue, 30 Jun 2026 02:14:05 +0000\n\n"
                   "Final-Recipient: rfc822;lars.bech@kvist.example.dk\n"
                   "Action: failed\n"
                   "Status: 5.1.1\n"
                   "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                   "address lookup\n").encode())
    orig = Part([("Content-Type", "text/rfc822-headers")],
                ("Return-Path: <minutes@kvist-cz.example.cn>\n"
                 "From: Minutes Bot <minutes@kvist-cz.example.cn>\n"
                 "To: lars.bech@kvist.example.dk\n"
                 "Subject: %s\n"
                 "Date: Tue, 30 Jun 2026 02:14:01 +0000\n"
                 "Message-ID: %s\n"
                 "Auto-Submitted: auto-generated\n"
                 "X-Auto-Response-Suppress: OOF, AutoReply\n"
                 "MIME-Version: 1.0\n" % (ew("【待办确认】6月30日 发酵车间周会（3项）"), recap_id)).encode())
    root = multi("report", [text(diag, "utf-8", "quoted-printable"), status, orig],
                 "_%s_" % hexid("b10218", 24), params=" report-type=delivery-status;")
    hdr = [("Return-Path", "<>"), ("Delivered-To", BOT_KV[1]),
           ("Received", "from mail-sgaapc01on2098.outbound.protection.outlook.com (mail-sgaapc01on2098.outbound."
            "protection.outlook.com [40.107.215.98])\n\tby mail.kvist-cz.example.cn (Postfix) with ESMTPS id "
            "4ZqH7w2NcRz5sLk\n\tfor <%s>; %s" % (BOT_KV[1], rfcdate0(sent, " (CST)"))),
           ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kvist-cz.example.cn>"),
           ("To", addr(*BOT_KV)),
           ("Date", rfcdate0("2026-06-30 02:14:09 +0000")),
           ("Subject", "Undeliverable: " + ew("【待办确认】6月30日 发酵车间周会（3项）")),
           ("Message-ID", "<%s@SEZPR06MB6958.apcprd06.prod.outlook.com>" % hexid("10218", 32)),
           ("In-Reply-To", recap_id),
           ("References", recap_id),
           ("MIME-Version", "1.0"),
           ("Content-Language", "en-US"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-PublicTrafficType", "Email")]
    notes = ("Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Return-Path <>, "
             "Auto-Submitted: auto-replied, X-MS-Exchange-Message-Is-Ndr) for a recap the bot sent to a mistyped "
             "Group HQ address. The diagnostic text mentions item dates and the returned headers carry the recap "
             "subject: kind auto, never a reply or minutes.")
    return dict(no=10218, slug="kv-auto-ndr-exchange-online", kind="auto", sent=sent, raw=message(hdr, root, None),
                items=[], follow=None, notes=notes,
                tests="Exchange Online NDR (multipart/report, Return-Path <>, Auto-Submitted) for a recap -> auto")


def c10219():
    sent = "2026-06-16 15:52:27 +0800"
    frm = ("陶卫国", E("陶卫国"))
    body = """各位：

6月16日EHS月度安全检查纪要如下，请各整改责任人按期完成并在系统中上传整改照片。

一、上次检查问题复查
上月检查发现的5项问题已全部关闭。

二、本次检查发现问题及整改要求
序号  问题描述                        整改要求                          责任人    整改期限
1     发酵车间2号罐操作平台护栏松动   紧固2号罐平台护栏并挂牌确认       潘晓东    6月18日前
2     危化品库部分MSDS不是最新版本    更新危化品库全部MSDS并重新张贴    陶卫国    5个工作日内
3     QC实验室洗眼器每周测试记录缺失  补齐洗眼器测试记录并指定专人      葛文涛    立即整改
4     仓库叉车充电区消防通道堆放杂物  清理叉车充电区消防通道            何雨桐    明天下班前
5     全厂应急预案年度演练未开展      组织全厂应急预案年度演练          EHS部     7月底前

三、其他
端午假期前各部门完成节前安全自查，自查表交EHS部（不单独跟踪）。

下次月度安全检查：7月14日（周二）上午9:00，集合地点门卫室。

陶卫国
EHS主管 | 克维斯特酶制剂（滁州）有限公司
"""
    root = text_q(body, "gb2312", "base64")
    hdr = envelope(BOT_KV, frm[1], "kvist", [("SEZPR06MB5120.apcprd06.prod.outlook.com", "2603:1096:101:1c::7"),
                                             ("mail-sgaapc01on2113.outbound.protection.outlook.com", "40.107.215.113")],
                   sent, "4ZtC8m1XvPz4kJr") + [
        ("From", addr(*frm, charset="gb2312")),
        ("To", addrs([("潘晓东", E("潘晓东")), ("葛文涛", E("葛文涛")), ("何雨桐", E("何雨桐"))], charset="gb2312")),
        ("CC", addrs([("周立群", E("周立群")), ("Mette Sørensen", E("Mette Sørensen")), BOT_KV])),
        ("Subject", subj("6月16日EHS月度安全检查纪要", "gb2312")),
        ("Thread-Topic", subj("6月16日EHS月度安全检查纪要", "gb2312")),
        ("Thread-Index", outlook_thread("10219")),
        ("Date", rfcdate0("2026-06-16 07:52:27 +0000")),
        ("Message-ID", m365_msgid("10219", pod="SEZPR06MB")),
        ("Accept-Language", "zh-CN, en-US"),
        ("Content-Language", "zh-CN"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    items = [
        It("潘晓东", "紧固2号罐平台护栏并挂牌确认", ("md", 6, 18), "2026-06-18"),
        It("陶卫国", "更新危化品库全部MSDS并重新张贴", ("workdays", 5), "2026-06-24"),
        It("葛文涛", "补齐洗眼器测试记录并指定专人", VAGUE),
        It("何雨桐", "清理叉车充电区消防通道", ("days", 1), "2026-06-17"),
        It(None, "组织全厂应急预案年度演练", ("month_end", 1), "2026-07-31", dept="EHS"),
    ]
    notes = ("Outlook (M365) plain-text-only message, gb2312 base64, with a table pasted as space-aligned columns. "
             "Sent Tue 2026-06-16 (Date +0000 07:52 = 15:52 Shanghai). The task is the 整改要求 column, not the 问题描述. "
             "'6月18日前' -> 2026-06-18; '5个工作日内' skips the Dragon Boat block: 06-17, 06-18, 06-22, 06-23, 06-24 "
             "-> 2026-06-24; '立即整改' has no date -> vague_due; '明天下班前' -> 2026-06-17, no time; 'EHS部' is the "
             "EHS department -> no_owner, department EHS, '7月底前' -> 2026-07-31. 上次检查复查 is status; the 节前自查 "
             "line says '不单独跟踪'. '下次月度安全检查：7月14日（周二）上午9:00' -> 2026-07-14 09:00.")
    return dict(no=10219, slug="kv-ehs-inspection-outlook-plain-gb2312", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 7, 14, "09:00"), "2026-07-14 09:00"),
                notes=notes, tests="Outlook plain gb2312, space-aligned pasted table (task = 整改要求 column); 5个工作日内 "
                "across Dragon Boat; 立即整改 -> vague; 明天下班前; EHS部 dept owner")


def c10220():
    sent = "2026-05-12 11:26:48 +0800"
    frm = ("曾慧", E("曾慧"))
    body = """罗总、各位：

5月11日与客户、供应商的沟通情况按外部沟通跟进表整理如下，请相关同事跟进。

【记录一】
沟通编号：EC2026-05-11
沟通日期：2026-05-11
对方单位/联系人：阿根廷Del Plata乐器行/Martin Echeverria
我方对接人：外贸部/曾慧
沟通类型：客户
核心需求/反馈：首批200把D型琴有12把出现琴颈微弯，客户要求提供处理方案；另询问下半年追加400把的交期。
解决方案/进展：①品质部分析琴颈微弯原因并出具分析报告（5月15日前）②评估改用碳纤维加强筋的成本（肖俊跟进，5月20日前）③回复客户下半年400把的交期（待生产部排产后）
下次沟通时间：2026-05-19
负责人：曾慧

【记录二】
沟通编号：EC2026-05-12
沟通日期：2026-05-11
对方单位/联系人：永新县林丰木业/钟经理
我方对接人：采购部/彭志强
沟通类型：供应商
核心需求/反馈：第三批云杉面板含水率超标（实测13%，要求8%以下），需退回重新窑干。
解决方案/进展：①督促供应商重新窑干后复检（5月18日前）②胡工到厂验收（复检合格后）
下次沟通时间：待定（复检后）
负责人：彭志强

曾慧
外贸部
"""
    root = text_q(body, "GBK", "base64")
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("DESKTOP-ZH8830", "192.168.10.23"),
                                              ("smtpbg150.exmail-relay.example.net", "203.205.250.150")],
                   sent, "4ZmB1y6TrKz8dNw") + [
        ("Date", rfcdate0(sent)),
        ("From", addr(*frm, charset="GBK")),
        ("To", addrs([("罗家明", E("罗家明")), ("欧阳雪", E("欧阳雪")), ("肖俊", E("肖俊")), ("彭志强", E("彭志强"))],
                     charset="GBK")),
        ("Cc", addrs([("胡斌", E("胡斌")), BOT_QY], charset="GBK")),
        ("Subject", subj("外部沟通跟进表 EC2026-05-11/12", "GBK")),
        ("X-Priority", "3"),
        ("X-GUID", "3C9E07B1-%s" % hexid("10220", 12).upper()),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", foxmail_msgid(sent, "10220", QY)),
    ]
    items = [
        It(None, "分析琴颈微弯原因并出具分析报告", ("md", 5, 15), "2026-05-15", dept="品质部"),
        It("肖俊", "评估改用碳纤维加强筋的成本", ("md", 5, 20), "2026-05-20"),
        It("曾慧", "回复客户下半年400把的交期", None),
        It("彭志强", "督促供应商重新窑干后复检", ("md", 5, 18), "2026-05-18"),
        It("胡斌", "到厂验收", None),
    ]
    notes = ("Seed 外部沟通跟进表 written as key：value blocks, two records (customer and supplier), Foxmail GBK base64. "
             "Sent Tue 2026-05-12. Record 1: ① names only 品质部 -> no_owner, department 品质部, 5月15日前 -> "
             "2026-05-15 (AMBIGUOUS: some readers give it to the row 负责人 曾慧; a named department is someone "
             "else, so it stays department-only); ② 肖俊 -> 2026-05-20; ③ names nobody -> row 负责人 曾慧, only a "
             "condition (待生产部排产后) -> no_due. Record 2: ① names nobody -> 负责人 彭志强, 5月18日前 -> 2026-05-18; "
             "② 胡工 = 胡斌, '复检合格后' is a condition without a date -> no_due. next_followup: record 1's 下次沟通时间 "
             "2026-05-19 (record 2's is 待定).")
    return dict(no=10220, slug="qy-external-followup-records-foxmail-gbk", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 5, 19), "2026-05-19"), notes=notes,
                tests="Foxmail GBK seed 外部沟通跟进表 as key：value records (customer + supplier): row 负责人 owns "
                      "unnamed items, dept-only ①, conditional items no_due, 下次沟通时间 from the dated record")


def c10221():
    sent = "2026-05-14 18:20:33 -0300"
    frm = MARTIN
    lines = ["Hola Sunny, Kevin,", "",
             "Thanks for staying up late for the call. My notes below, correct me if I missed something.", "",
             "1) Neck issue on the first 200 D-28: you will replace the 12 guitars free of charge, shipped with the "
             "Q3 order.",
             "2) Q3 order: 400 pcs confirmed in principle, split still open.", "",
             "Next steps:",
             "- Sunny to send the neck-relief inspection report by May 22.",
             "- Kevin to share the revised packing spec (double carton, humidity packs) next Wednesday.",
             "- Lucía to confirm the Q3 quantity split (D-28 vs OM-16) by end of May.",
             "- Martín (me) to check the import licence renewal with our customs broker - ASAP.",
             "- Jiaming Luo to decide on the carbon-fibre reinforcement option, no deadline set.", "",
             "Next call: Thu 21 May, 9:00 Buenos Aires / 20:00 Beijing.", "",
             "Saludos,", "Martín", "", "-- ", "Martín Echeverría", "Compras | Música del Plata S.A.",
             "Av. Corrientes 3420, CABA, Argentina"]
    plain = "\n".join(lines) + "\n"
    inner = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines[:18]) + \
        "<div><br></div>-- <br><div dir=\"ltr\" class=\"gmail_signature\">" + "<br>".join(esc(l) for l in lines[20:]) + \
        "</div></div>\n"
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable"),
                                 text(inner, "utf-8", "quoted-printable", "html")], "000000000000" + hexid("b10221", 14))
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("mail-sor-f69.google.com", "209.85.220.69")],
                   "2026-05-15 05:20:37 +0800", "4ZnQ3r8VbXz2wFt") + [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=google; t=1778793633;\n"
         "\th=cc:to:subject:message-id:date:from:mime-version; bh=%s" % (MDP, hexid("bh10221", 43))),
        ("MIME-Version", "1.0"),
        ("From", addr(*frm)),
        ("Date", rfcdate(sent)),
        ("Message-ID", gmail_msgid("10221")),
        ("Subject", "Call notes - Q3 order & neck issue (May 14)"),
        ("To", addrs([("Sunny Zeng", E("曾慧")), ("Kevin Xiao", E("肖俊"))])),
        ("Cc", addrs([LUCIA, ("Jiaming Luo", E("罗家明")), BOT_QY])),
    ]
    items = [
        It("曾慧", "send the neck-relief inspection report", ("md", 5, 22), "2026-05-22"),
        It("肖俊", "share the revised packing spec (double carton, humidity packs)", ("next_wd", 2), "2026-05-20"),
        It(LUCIA[0], "confirm the Q3 quantity split (D-28 vs OM-16)", ("md", 5, 31), "2026-05-31", email=LUCIA[1]),
        It(MARTIN[0], "check the import licence renewal with our customs broker", VAGUE, email=MARTIN[1]),
        It("罗家明", "decide on the carbon-fibre reinforcement option", None),
    ]
    notes = ("Gmail English (with Spanish greeting/sign-off) from the Argentine distributor, UTF-8 QP with accented "
             "names. Date Thu 18:20 -0300 = Fri 2026-05-15 05:20 in Shanghai. Sunny = 曾慧, Kevin = 肖俊, Jiaming Luo = "
             "罗家明 (aliases); Lucía Ferreyra is in Cc -> her address; 'Martín (me)' = From. 'by May 22' -> "
             "2026-05-22; 'next Wednesday' -> 2026-05-20 (same from either date); 'by end of May' -> 2026-05-31; ASAP -> "
             "vague_due; 'no deadline set' -> no_due. Points 1)-2) are agreements, not items. 'Next call: Thu 21 May, "
             "9:00 Buenos Aires / 20:00 Beijing' -> 2026-05-21 20:00 (ART = UTC-3).")
    return dict(no=10221, slug="qy-gmail-argentine-distributor-x-to", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items,
                follow=(("tz", "2026-05-21 09:00", -3), "2026-05-21 20:00"), notes=notes,
                tests="Gmail English 'X to ...' from Buenos Aires (-0300 evening = next day in Shanghai); English "
                      "aliases; Cc-only external owner; ASAP; no deadline; next call in two time zones")


def c10222():
    sent = "2026-06-24 17:48:02 +0800"
    frm = ("邹国平", E("邹国平"))
    table = [["序号", "事项", "责任人", "完成时限", "备注"],
             ["1", "完成OM-16型200把琴体喷漆", "邹国平", "7月3日", "喷漆房湿度控制在55%以下"],
             ["2", "调试新到数控雕刻机并完成试切", "刘晓琳", "6月30日前", ""],
             ["3", "补充云杉面板安全库存至300片", "彭志强", "7月第二周", "视供应商复检结果"],
             ["4", "琴颈微弯问题纠正措施效果验证", "欧阳雪", "下周五前", "抽检不少于50把"],
             ["5", "车间宿舍空调维修", "行政（待定）", "尽快", ""]]
    docx = D.docx_bytes("生产协调会会议纪要", [
        "会议时间：2026年6月24日 14:00-15:30",
        "会议地点：二楼生产会议室",
        "参会人员：邹国平、刘晓琳、彭志强、欧阳雪、胡斌",
        "记录人：邹国平",
        "## 一、会议内容",
        "1. 6月产量：D-28完成186把，OM-16完成142把，达成率93%。",
        "2. 琴颈微弯问题：已更换加强筋供应商，新批次未再发现。",
        "## 二、议定事项",
    ], table, tail=["下次协调会：7月1日（周三）14:00，地点不变。"], author="zouguoping")
    body = "<div>各位：</div><div><br></div><div>附件为今天生产协调会的纪要，请查收。有问题今天下班前反馈给我。</div>" \
           "<div><br></div><div>邹国平</div><div>生产部</div>"
    html = simple_html(body, charset="gb18030")
    root = multi("mixed", [text(html, "gb18030", "base64", "html"),
                           attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "生产协调会纪要0624.docx")],
                 "----=_NextPart_667948E2_0B5F2D90_%s" % hexid("b10222", 8).upper())
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("smtpbg153.exmail-relay.example.net", "203.205.250.153")],
                   sent, "4ZwS2k9PnHz6gQc") + [
        ("X-QQ-mid", "bizesmtp" + hexid("mid10222", 14) + "t1782294482t6ykq1"),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("From", addr(*frm, charset="gb18030")),
        ("To", addrs([("刘晓琳", E("刘晓琳")), ("彭志强", E("彭志强")), ("欧阳雪", E("欧阳雪")), ("胡斌", E("胡斌"))],
                     charset="gb18030")),
        ("Cc", addrs([("罗家明", E("罗家明")), BOT_QY], charset="gb18030")),
        ("Subject", subj("6月24日生产协调会纪要（见附件）", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate0(sent)),
        ("X-Priority", "3"),
        ("Message-ID", exmail_msgid("10222", QY)),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("邹国平", "完成OM-16型200把琴体喷漆", ("md", 7, 3), "2026-07-03"),
        It("刘晓琳", "调试新到数控雕刻机并完成试切", ("md", 6, 30), "2026-06-30"),
        It("彭志强", "补充云杉面板安全库存至300片", VAGUE),
        It("欧阳雪", "琴颈微弯问题纠正措施效果验证", ("next_wd", 4), "2026-07-03"),
        It(None, "车间宿舍空调维修", VAGUE),
    ]
    notes = ("Exmail HTML-only body (gb18030) + the minutes as a .docx attachment (python-docx, fixed timestamps) "
             "with a 议定事项 table. Sent Wed 2026-06-24. '7月3日' -> 2026-07-03; '6月30日前' -> 2026-06-30; "
             "'7月第二周' is a span without a day -> vague_due (AMBIGUOUS: a reader could take the week's end, "
             "07-12); '下周五前' -> 2026-07-03; '行政（待定）' owner undecided and not a roster department -> no_owner, "
             "department null, 尽快 -> vague_due. 会议内容 1-2 are reports. The body's '今天下班前反馈给我' is not an "
             "item. docx tail '下次协调会：7月1日（周三）14:00' -> next_followup 2026-07-01 14:00.")
    return dict(no=10222, slug="qy-exmail-docx-attachment-minutes", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 7, 1, "14:00"), "2026-07-01 14:00"),
                notes=notes, tests="Exmail gb18030 HTML body + .docx minutes (table); 7月第二周 vague; 下周五前; "
                "'行政（待定）' owner; next meeting inside the docx")


def c10223():
    sent = "2026-06-09 19:12:30 +0800"
    frm = ("罗家明", E("罗家明"))
    lines = ["经营例会纪要（6月9日）", "",
             "1、邹主管：6月出货计划（OM-16 300把、D-28 200把）按周拆解，明天中午12点前发我。",
             "2、胡工：面板木料窑干房温控改造，6月12日（周五）前完成（如设备厂家延期到货，顺延至端午节后第一个工作日（6月22日））。",
             "3、欧阳主管：阿根廷客户投诉的12把琴出具8D报告（完整报告6月15日前；D4根因部分先于6月11日前给曾经理）。",
             "4、彭经理：与遂川、永新两家木材供应商谈下半年价格，月底前。",
             "5、曾经理：8月墨西哥乐器展的参展预算，待定。",
             "6、本人：约见吉安农商行谈流动资金贷款，本周四。", "",
             "下次例会：6月16日（周二）上午8:30。", "",
             "罗家明"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines))
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "----=_NextPart_6667AF8E_0D3C6B20_%s" % hexid("b10223", 8).upper())
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("smtpbg158.exmail-relay.example.net", "203.205.250.158")],
                   sent, "4ZvK6d3QsMz7bWp") + [
        ("X-QQ-mid", "bizesmtp" + hexid("mid10223", 14) + "t1781003550tw2mc8"),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("From", addr(*frm)),
        ("To", addrs([("邹国平", E("邹国平")), ("胡斌", E("胡斌")), ("欧阳雪", E("欧阳雪")), ("彭志强", E("彭志强")),
                      ("曾慧", E("曾慧"))])),
        ("Cc", addr(*BOT_QY)),
        ("Subject", subj("经营例会纪要 6.9")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate0(sent)),
        ("Message-ID", exmail_msgid("10223", QY)),
        ("X-Mailer", "WeCom Mail 4.1.33"),
    ]
    items = [
        It("邹国平", "6月出货计划（OM-16 300把、D-28 200把）按周拆解", ("days", 1, "12:00"), "2026-06-10 12:00"),
        It("胡斌", "面板木料窑干房温控改造", ("md", 6, 12), "2026-06-12"),
        It("欧阳雪", "阿根廷客户投诉的12把琴出具8D报告", ("md", 6, 15), "2026-06-15"),
        It("彭志强", "与遂川、永新两家木材供应商谈下半年价格", ("month_end", 0), "2026-06-30"),
        It("曾慧", "8月墨西哥乐器展的参展预算", VAGUE),
        It("罗家明", "约见吉安农商行谈流动资金贷款", ("this_wd", 3), "2026-06-11"),
    ]
    notes = ("WeCom mail from the general manager, owners written only with titles: 邹主管 = 邹国平, 胡工 = 胡斌, 欧阳主管 = "
             "欧阳雪, 彭经理 = 彭志强, 曾经理 = 曾慧, '本人' = the sender 罗家明. Sent Tue 2026-06-09 19:12. '明天中午12点前' "
             "-> 2026-06-10 12:00. Item 2 nests a fallback date in brackets: the deadline is 6月12日（周五） -> "
             "2026-06-12; the 端午节后 date applies only if a delivery slips. Item 3: the deliverable is the full 8D "
             "report (6月15日前 -> 2026-06-15); the earlier D4 part for 曾经理 is an intermediate step (AMBIGUOUS). "
             "'月底前' -> 2026-06-30; 待定 -> vague_due; '本周四' -> 2026-06-11. '下次例会：6月16日（周二）上午8:30' -> "
             "2026-06-16 08:30.")
    return dict(no=10223, slug="qy-wecom-title-owners-nested-brackets", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 6, 16, "08:30"), "2026-06-16 08:30"),
                notes=notes, tests="WeCom, owners by title only (邹主管/胡工/欧阳主管/彭经理/曾经理/本人); nested-bracket "
                "fallback dates; 明天中午12点前; 本周四")


CASES = [c10218, c10219, c10220, c10221, c10222, c10223]
