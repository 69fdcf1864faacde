"""Cases 9913-9918."""
from cases71_a import BOT_A, BOT_B, BOT_C, BOT_D
from lib71 import (DA, DB, DC, DD, HQ, PARS, Case, I, P, addr, addrs, en, envelope, esc, ew, hx, lines_html, message,
                   multi, table_html, table_tabs, text, upper_hx, who)


# ------------------------------------------------------------------ 9913
def c9913():
    date = "Tue, 9 Jun 2026 18:20:44 +0800"
    body = """Team,

Short notes from today's ops sync (16:30-17:15, small meeting room).

[ ] William - finalise DFMEA rev C for the TB-40 bracket - by Thu
[ ] Cathy - chase the Dalian castings supplier on the late lot 2605-D - ASAP
[x] Ben - line 3 layout approved by HQ (done, no action)
[ ] Kevin - book hotel and airport pickup for the HQ delegation (arriving 22 June) - by 16 June
[ ] Lydia (with Ben) - joint 5S audit of the finished-goods warehouse - before the Dragon Boat holiday

Next sync: same time next Tuesday.

Marek
"""
    part = text("text/plain", body, "UTF-8", "quoted-printable")
    s = P["marek"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "MAREK-MBP.lan", "10.66.1.9", date, "9913") + [
        "User-Agent: Microsoft-MacOutlook/16.98.26060714",
        "Date: " + date,
        "Subject: ops sync 9 June - actions",
        "From: " + addr("Marek Kováč", s),
        "To: " + addrs([en("zhong"), en("deng"), en("huang"), en("wen"), en("luo")]),
        "CC: " + addr(*BOT_C),
        "Message-ID: <%s-%s-%s@%s>" % (upper_hx("m9913", 8), upper_hx("n9913", 4), upper_hx("o9913", 12), DC),
        "Thread-Topic: ops sync 9 June - actions",
        "Mime-version: 1.0",
        "@CT",
    ]
    items = [
        I("zhong", "finalise DFMEA rev C for the TB-40 bracket", ("wkday", 3), "2026-06-11"),
        I("deng", "chase the Dalian castings supplier on the late lot 2605-D", "vague"),
        I("wen", "book hotel and airport pickup for the HQ delegation", ("abs", "2026-06-16"), "2026-06-16"),
        I("luo", "joint 5S audit of the finished-goods warehouse", ("before_hol", "2026-06-19"), "2026-06-18"),
    ]
    notes = ("Outlook for Mac in plain-text mode (UTF-8 QP), markdown-style checkboxes. Sent Tue 2026-06-09 18:20. "
             "'[x]' line is done/approved -> not an item. 'by Thu' -> Thu 2026-06-11. 'ASAP' -> vague_due. 'by 16 June' -> "
             "2026-06-16 ('arriving 22 June' is context). 'before the Dragon Boat holiday' -> last working day before "
             "06-19 = 2026-06-18. 'Lydia (with Ben)': Lydia Luo (罗慧) owns it, Ben helps. Names are first names: William = "
             "钟伟明, Cathy = 邓嘉欣, Kevin = 温志强 (roster aliases and To display names). 'Next sync: same time next Tuesday' "
             "-> 2026-06-16 16:30 (today's sync started 16:30).")
    return Case(9913, "tb-checkbox-actions-outlook-mac-plain", "minutes", date, message(hdr, part, mime_version=None),
                notes, "Outlook for Mac plain text '[ ] Name - task - due' checkboxes, [x] done line; by Thu / ASAP / before "
                "the Dragon Boat holiday; 'same time next Tuesday'", items, (("next", 1), "2026-06-16", "16:30"))


# ------------------------------------------------------------------ 9914
def c9914():
    date = "Wed, 10 Jun 2026 16:02:19 +0800"
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
            "解决方案/进展", "下次沟通时间", "负责人"]
    rows = [
        ["EC2026-06-10-1", "2026-06-10", "Pars Zagros Foods/Reza Tehrani", "外贸部/杨文博", "客户",
         "客户要求第4批货改为分割冻品，希望6月底前拿到新规格报价",
         "①品控部丁经理出具出口检验批次清单（6月12日前）②6月15日前回复客户新规格报价及船期", "2026-06-16", "杨文博"],
        ["EC2026-06-10-2", "2026-06-10", "盐池县惠安堡滩羊养殖合作社/何社长", "采购部/马小龙", "供应商",
         "合作社6月出栏羔羊推迟约10天", "①与生产部确认屠宰排班能否调整（6月11日前）②若无法调整，启动备选养殖户沟通",
         "2026-06-16", "马小龙"],
    ]
    intro = "马总：\n\n今天两个外部沟通的跟进情况整理如下，抄送纪要助手跟踪。\n"
    outro = "\n杨文博\n外贸部 | 吴忠鑫源滩羊食品有限公司\nTel: +86 953 2021 6687"
    plain = intro + "\n外部沟通跟进表\n" + table_tabs([head] + rows) + "\n" + outro + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang=ZH-CN>'
            '<div class=WordSection1>' + lines_html(intro, "p", "margin:0") +
            '<p class=MsoNormal><b>外部沟通跟进表</b></p>' +
            table_html([head] + rows, style='class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                       'style="border-collapse:collapse;border:none"', cell_style="border:solid windowtext 1.0pt;"
                       "padding:0cm 5.4pt 0cm 5.4pt") + lines_html(outro, "p", "margin:0") + '</div></body></html>\n')
    alt = multi("alternative", "----=_NextPart_000_0041_01DCF8A3.2E1B7C50", [
        text("text/plain", plain, "utf-8", "quoted-printable"), text("text/html", html, "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    s = P["yang"]["email"]
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "YANGWB-PC", "10.88.0.33", date, "9914") + [
        "From: " + addr("杨文博", s),
        "To: " + addr("马建国", P["ma"]["email"]),
        "Cc: " + addrs(["ding", "maxl", "sa", BOT_D]),
        "Subject: " + ew("外部沟通跟进表 2026-06-10（伊朗客户/盐池合作社）"),
        "Date: " + date,
        "Message-ID: <004101dcf8a3$2e1b7c50$%s$@%s>" % (hx("m9914", 8), DD),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: Adz4oy4b" + hx("t9914", 14),
        "Content-Language: zh-cn",
    ]
    items = [
        I("ding", "出具出口检验批次清单", ("abs", "2026-06-12"), "2026-06-12"),
        I("yang", "回复客户新规格报价及船期", ("abs", "2026-06-15"), "2026-06-15"),
        I("maxl", "与生产部确认屠宰排班能否调整", ("abs", "2026-06-11"), "2026-06-11"),
        I("maxl", "启动备选养殖户沟通", None),
    ]
    notes = ("Seed 外部沟通跟进表 (customer row + supplier row) in Outlook UTF-8 QP. Sent Wed 2026-06-10. Row 1: ① names "
             "丁经理 (= 丁秀兰) inline -> her item, 2026-06-12; ② names nobody -> the row 负责人 杨文博, 2026-06-15. '希望6月底前"
             "拿到新规格报价' is the customer's wish (核心需求), not an item. Row 2 (负责人 马小龙): ① 2026-06-11; ② conditional "
             "'若无法调整，启动备选养殖户沟通' has no date -> no_due. Both rows give 下次沟通时间 2026-06-16 (no time) -> "
             "next_followup 2026-06-16. 何社长 (the cooperative) is external and owns nothing.")
    return Case(9914, "xy-ec-followup-table-outlook-utf8-qp", "minutes", date, message(hdr, alt, mime_version=None),
                notes, "Outlook UTF-8 QP seed 外部沟通跟进表 (customer + supplier rows): inline title owner vs row 负责人, "
                "customer wish not an item, conditional undated item; 下次沟通时间", items,
                (("abs", "2026-06-16"), "2026-06-16", None))


# ------------------------------------------------------------------ 9915
def c9915():
    date = "Fri, 29 May 2026 09:15:02 +0800"
    pre = """纪要助手及各位：

转发昨天社会救助工作调度会的腾讯会议智能纪要，待办已和雷股长核对过，没有问题。
另外补充一项会上谭局口头交代的：请李湘6月3日前核对今年临时救助资金的拨付进度。

曹丽萍"""
    fwd_hdr = ('-------- 转发邮件信息 --------\n发件人："腾讯会议" <notice@tmeet-mail.example.com>\n发送日期：2026-05-28 17:42\n'
               '收件人："曹丽萍"<caoliping@%s>\n主题：腾讯会议智能纪要｜社会救助工作调度会' % DA)
    ai = """腾讯会议 · 智能纪要
会议主题：社会救助工作调度会
会议时间：2026/05/28 15:00-16:20
会议号：836 214 579

AI 总结
会议通报了1—4月全区低保、特困、临时救助工作情况。与会人员认为动态监测预警机制运行总体平稳，但部门间数据比对仍有滞后，预计6月中旬完成与残联、医保系统的对接。会议强调，6月底前各街道要完成一轮入户走访。

待办事项
· 雷振宇：6月5日前完成困难群众台账与残联数据比对
· 廖春燕：下周五汇总各街道临时救助数据
· 许国平：尽快上报燕泉街道低保边缘户名单

本纪要由腾讯会议 AI 生成，请核实后使用"""
    plain = pre + "\n\n" + fwd_hdr + "\n\n" + ai + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><style>body { line-height: 1.5; }'
            '</style></head><body>\n' + lines_html(pre) + '<div><br></div>'
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            '<div style="border-top:#b5c4df 1px solid;padding:3px 0 0 0;font-family:tahoma;font-size:10pt">'
            + "".join("<div>%s</div>" % esc(l) for l in fwd_hdr.split("\n")[1:]) + '</div><div><br></div>'
            + lines_html(ai) + '</blockquote>\n</body></html>\n')
    alt = multi("alternative", "----=_001_NextPart721405187612_=----", [
        text("text/plain", plain, "UTF-8", "base64"), text("text/html", html, "UTF-8", "base64")])
    s = P["cao"]["email"]
    hdr = envelope(s, BOT_A[1], "mx.%s" % DA, "CAOLP-PC", "10.12.3.45", date, "9915") + [
        "Date: " + date,
        "From: " + addr("曹丽萍", s),
        "To: " + addrs([BOT_A, "lei", "liao", "xu", "lix"]),
        "Cc: " + addr(*who("tan")),
        "Subject: " + ew("Fw: 腾讯会议智能纪要｜社会救助工作调度会"),
        "X-Priority: 3",
        "X-GUID: %s-%s-%s-%s" % (upper_hx("g9915", 8), upper_hx("h9915", 4), upper_hx("i9915", 4), upper_hx("j9915", 12)),
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <2026052909150216207514@%s>" % DA,
        "@CT",
    ]
    items = [
        I("lix", "核对今年临时救助资金的拨付进度", ("abs", "2026-06-03"), "2026-06-03"),
        I("lei", "完成困难群众台账与残联数据比对", ("abs", "2026-06-05"), "2026-06-05"),
        I("liao", "汇总各街道临时救助数据", ("next", 4), "2026-06-05"),
        I("xu", "上报燕泉街道低保边缘户名单", "vague"),
    ]
    notes = ("Foxmail UTF-8 forward ('Fw:') of a 腾讯会议 智能纪要 with a preface that ADDS an item: '请李湘6月3日前核对今年临时救助"
             "资金的拨付进度' -> 李湘, 2026-06-03. The forwarded 待办事项 give the other three; the AI 总结 ('6月中旬完成…对接', "
             "'6月底前各街道要完成一轮入户走访') is narrative with no owner. Forward sent Fri 2026-05-29; the AI minutes were made "
             "Thu 05-28. '下周五' is 2026-06-05 from either anchor (both days are in the week of 05-25). 雷振宇 '6月5日前' -> "
             "2026-06-05; 许国平 '尽快' -> vague_due. No next meeting.")
    return Case(9915, "mzj-fwd-tencent-meeting-ai-foxmail", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "Foxmail 'Fw:' of Tencent Meeting AI minutes; the preface adds an item of its own; only 待办 counts; "
                "下周五 from forward vs original date (same answer)", items)


# ------------------------------------------------------------------ 9916
def c9916():
    date = "Tue, 16 Jun 2026 14:05:37 +0800"
    body = ("各位：\n\n设备部今天上午开了端午停产检修准备会，纪要如下。\n\n"
            "1. 灌装车间二楼空压机房排水沟改造：施工队6月19日进场，进场前需完成 \n"
            "管线标识和停气确认（负责人：姜涛；截止：6月18日（周四）前）。\n"
            "2. 变频器备件采购：2号线主电机变频器备件（ABB ACS580，2台）由采购部 \n"
            "高雪负责下单，端午节后第一个工作日前到货【供应商承诺6月20日发货， \n"
            "如有变化另行通知】。\n"
            "3. 与白山市供电公司确认7月计划停电窗口，于主任负责（月底前〔若供电 \n"
            "公司未书面回复则先电话确认〕）。\n"
            "4. 检修期间值班表：朴经理明天中午12点前排好发群里。\n"
            "5. 上次提出的灌装阀密封圈更换已于6月5日完成，关闭。\n\n"
            "下次碰头：检修结束后的第一个工作日，时间另行通知。\n\n"
            "-- \n姜涛\n设备部 | 白山松泉矿泉水饮品有限公司\n")
    part = text("text/plain", body, "UTF-8", "8bit", params="; format=flowed", csq=False)
    s = P["jiang"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "[10.30.5.61]", "10.30.5.61", date, "9916") + [
        "Message-ID: <%s-%s-%s@%s>" % (hx("m9916", 8), hx("n9916", 4), hx("o9916", 4), DB),
        "Date: " + date,
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: zh-CN",
        "To: " + addrs(["piao", "gao", "yu"]),
        "Cc: " + addrs(["jin", BOT_B]),
        "From: " + addr("姜涛", s),
        "Subject: " + ew("端午停产检修准备会纪要"),
        "@CT",
    ]
    items = [
        I("jiang", "完成管线标识和停气确认", ("abs", "2026-06-18"), "2026-06-18"),
        I("gao", "变频器备件采购", ("after_hol", "2026-06-19"), "2026-06-22"),
        I("yu", "与白山市供电公司确认7月计划停电窗口", ("monthend",), "2026-06-30"),
        I("piao", "检修期间值班表", ("day", 1), "2026-06-17", "12:00"),
    ]
    notes = ("Thunderbird text/plain format=flowed, 8bit UTF-8; long items wrap over soft line breaks (trailing space) and "
             "carry deadlines in nested brackets. Sent Tue 2026-06-16. 1: '截止：6月18日（周四）前' -> 2026-06-18 (the 19th "
             "is the crew's entry date, not the due). 2: owner 采购部高雪 written across the wrap; '端午节后第一个工作日前到货' -> "
             "Dragon Boat holiday 06-19..06-21 -> 2026-06-22; '6月20日发货' inside 【】 is the supplier's promise. 3: 于主任 = "
             "于海波, '月底前〔若…〕' -> 2026-06-30. 4: 朴经理 = 朴成哲, '明天中午12点前' -> 2026-06-17 12:00. 5 is done "
             "(closed) -> not an item. '下次碰头：检修结束后的第一个工作日，时间另行通知' -> no definite meeting time -> "
             "next_followup null.")
    return Case(9916, "sq-wrapped-nested-brackets-thunderbird-flowed", "minutes", date,
                message(hdr, part, mime_version=None), notes,
                "Thunderbird format=flowed 8bit: items wrapped over lines, deadlines inside nested （（））/〔〕/【】 brackets, "
                "端午节后第一个工作日, 明天中午12点前; closed item; follow-up 'time to be announced'", items)


# ------------------------------------------------------------------ 9917
def c9917():
    date = "Mon, 22 Jun 2026 08:15:33 +0200"
    body = """Hello all,

Minutes of the quality escalation call on customer claim Q-2026-031 (22 June, 07:30-08:05 CEST / 13:30-14:05 CST).

Attendees: Zuzana Horváthová, Marek Kováč, Lydia Luo, Ben Huang

Summary
- 14 calipers with porosity in the bracket bore were found at the customer's incoming inspection.
- Suspect lot 2606-B; the customer accepts a 100% sort instead of a return.

AI: Lydia Luo – submit the 8D up to D4 (root cause) for claim Q-2026-031 – due 26 June
AI: Ben Huang – 100% sort of lot 2606-B at the Shaoguan warehouse – within 2 working days
AI: Zuzana – align with the customer on reduced sampling after the sort – by next Monday
AI: Marek – approve the overtime budget for the sort – EOD

Next check-in: Thursday 25 June, 09:00 CEST / 15:00 China.

Regards,
Zuzana"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n'
            + "".join("<p style=\"margin:0\">%s</p>\n" % (esc(l) if l else "<br>") for l in body.split("\n"))
            + "</div>\n</body>\n</html>\n")
    alt = multi("alternative", "_000_VI1PR02MB6048C3D1A2B7E4F9A0C8E21D96VI1PR02MB6048eurp_", [
        text("text/plain", body + "\n", "utf-8", "base64"), text("text/html", html, "utf-8", "base64")])
    s = P["zuzana"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "mail-vi1eur02on2101.outbound.protection.outlook.com",
                   "40.107.241.101", date, "9917") + [
        "From: " + addr("Zuzana Horváthová", s),
        "To: " + addrs([who("marek"), en("luo"), en("huang")]),
        "CC: " + addr(*BOT_C),
        "Subject: Claim Q-2026-031 escalation call - minutes",
        "Thread-Topic: Claim Q-2026-031 escalation call - minutes",
        "Thread-Index: AQHc" + hx("t9917", 22),
        "Date: " + date,
        "Message-ID:\n <VI1PR02MB6048C3D1A2B7E4F9A0C8E21D96@VI1PR02MB6048.eurprd02.prod.outlook.com>",
        "Accept-Language: sk-SK, en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "@CT",
        "MIME-Version: 1.0",
    ]
    items = [
        I("luo", "submit the 8D up to D4 (root cause) for claim Q-2026-031", ("abs", "2026-06-26"), "2026-06-26"),
        I("huang", "100% sort of lot 2606-B at the Shaoguan warehouse", ("wd", 2), "2026-06-24"),
        I("zuzana", "align with the customer on reduced sampling after the sort", ("next", 0), "2026-06-29"),
        I("marek", "approve the overtime budget for the sort", ("day", 0), "2026-06-22"),
    ]
    notes = ("M365 English from HQ, 'AI: Name – task – due' lines with en dashes. Date 'Mon, 22 Jun 2026 08:15:33 +0200' = "
             "Mon 2026-06-22 14:15 in Shanghai, the first working day after the Dragon Boat holiday. 'due 26 June' -> "
             "2026-06-26; 'within 2 working days' -> 06-23, 06-24 -> 2026-06-24; 'by next Monday' -> 2026-06-29; 'EOD' -> "
             "send date 2026-06-22 (Marek works in Shaoguan; the Shanghai date is the rule). 'AI:' here means action item, "
             "not artificial intelligence. Summary bullets are facts. 'Next check-in: Thursday 25 June, 09:00 CEST / 15:00 "
             "China' -> 2026-06-25 15:00.")
    return Case(9917, "tb-ai-colon-lines-two-tz-m365-hq", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "M365 English from HQ (+0200): 'AI: Name – task – due' lines; within 2 working days after 端午; by next "
                "Monday; EOD; next check-in in CEST and China time", items, (("abs", "2026-06-25"), "2026-06-25", "15:00"))


# ------------------------------------------------------------------ 9918
def c9918():
    date = "Thu, 25 Jun 2026 17:40:16 +0800"
    head = ["事项", "主责/配合", "完成时间", "备注"]
    rows = [["冷库氨制冷系统年度检验", "纳晓东（主责）/撒海燕（配合）", "7月3日", "需提前一天清空2号库"],
            ["新增2辆冷藏车GPS温度监控", "主责：马小龙；配合：纳晓东", "7月10日前", ""],
            ["冷链运输SOP修订", "丁经理主责，晓东配合", "下周三", "按新版HACCP要求"],
            ["冷藏车司机健康证复查", "撒海燕", "已完成", ""]]
    intro = "马总、各位：\n\n今天下午冷链安全会的事项整理如下（从表格里直接贴的）：\n"
    plain = intro + "\n" + table_tabs([head] + rows) + "\n\n\n发自网易邮箱大师\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + lines_html(intro)
            + '<table border="0" cellpadding="0" cellspacing="0" width="620" style="border-collapse:collapse;width:465pt">'
            '<colgroup><col width="200"><col width="220"><col width="90"><col width="110"></colgroup>'
            + "".join("<tr height=\"19\">" + "".join(
                '<td class="xl65" style="border:.5pt solid windowtext;height:14.25pt">%s</td>' % esc(c) for c in r)
                + "</tr>" for r in [head] + rows)
            + '</table><div><br></div><div><br></div><div style="color:#909090;font-size:12px">发自网易邮箱大师</div></div>\n')
    alt = multi("alternative", "----=_Part_%s" % hx("b9918", 20), [
        text("text/plain", plain, "UTF-8", "base64", csq=False), text("text/html", html, "UTF-8", "base64", csq=False)])
    s = P["na"]["email"]
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "m16-mailmaster.%s" % DD, "10.88.2.40", date, "9918") + [
        "Date: " + date,
        "From: " + addr("纳晓东", s),
        "To: " + addrs(["ma", "sa", "maxl", "ding"]),
        "Cc: " + addr(*BOT_D),
        "Message-ID: <%s.%s.%s@%s>" % (hx("m9918", 8), hx("n9918", 4), hx("o9918", 11), DD),
        "Subject: " + ew("冷链安全会事项 6.25"),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: NetEase Mail Master 7.18.6",
        "X-NTES-SC: AL_Qu2" + hx("x9918", 30),
    ]
    items = [
        I("na", "冷库氨制冷系统年度检验", ("abs", "2026-07-03"), "2026-07-03"),
        I("maxl", "新增2辆冷藏车GPS温度监控", ("abs", "2026-07-10"), "2026-07-10"),
        I("ding", "冷链运输SOP修订", ("next", 2), "2026-07-01"),
    ]
    notes = ("NetEase Mail Master (mobile) with an Excel range pasted: tab-separated in text/plain, an Excel-styled table "
             "(xl65 cells) in HTML. Sent Thu 2026-06-25. The 主责/配合 cell names two people in three different ways; the "
             "owner is the 主责 person: 纳晓东 ('（主责）/…（配合）'), 马小龙 ('主责：…；配合：…'), 丁秀兰 ('丁经理主责，晓东配合'). "
             "'7月3日' -> 2026-07-03; '7月10日前' -> 2026-07-10; '下周三' -> 2026-07-01. Row 4 完成时间 '已完成' -> done, not "
             "an item. 备注 cells are notes. No next meeting.")
    return Case(9918, "xy-zhuze-peihe-excel-paste-mailmaster", "minutes", date, message(hdr, alt, mime_version=None),
                notes, "Mail Master with a pasted Excel range: 主责/配合 in one cell written three ways; 已完成 in the due "
                "column; 下周三", items)


CASES = [c9913, c9914, c9915, c9916, c9917, c9918]
