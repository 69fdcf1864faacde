"""Cases 9901-9906."""
from lib71 import (DA, DB, DC, DD, HQ, Case, I, P, addr, addrs, binary, en, envelope, esc, ew, hx, lines_html,
                   make_pdf, message, multi, table_html, text, upper_hx, who)

BOT_A = ("纪要助手", "minutes@" + DA)
BOT_B = ("纪要助手", "minutes@" + DB)
BOT_C = ("Minutes Bot", "minutes@" + DC)
BOT_D = ("纪要助手", "minutes@" + DD)


# ------------------------------------------------------------------ 9901
def c9901():
    date = "Tue, 7 Apr 2026 16:40:12 +0800 (GMT+08:00)"
    body = """各股室、燕泉街道民政办：

4月7日下午3点，谭志刚局长在局三楼会议室主持召开居家和社区养老服务提质工作专题会议，邝建华、雷振宇、李湘、曹丽萍及燕泉街道民政办许国平参加。现将会议议定事项纪要如下：

一、会议听取了养老服务股关于一季度居家养老服务补贴发放情况的汇报。截至3月底，全区累计为1862名老年人发放服务补贴，服务对象满意度达到96.3%。会议认为，一季度工作总体平稳，但站点覆盖不均衡的问题仍然突出。

二、会议议定以下事项：
一是加快推进社区嵌入式养老服务站建设。养老服务股要会同燕泉街道，对已选定的3处站点逐一开展现场评估，形成建设方案。责任单位：养老服务股；责任人：邝建华；完成时限：4月17日前。
二是做好特困供养人员生活自理能力评估。由社会救助股牵头，各街道民政办配合，完成时限：4月底前。
三是规范服务补贴资金拨付流程。办公室负责起草《居家养老服务补贴资金拨付操作规程》（征求意见稿），责任人：曹丽萍，完成时限：5个工作日内。
四是研究引入第三方评估机构。规划财务股李湘测算评估经费，完成时限：待定（视区财政预算批复情况）。

三、会议要求，各责任单位要严格按照时限要求抓好落实，每周五下班前将工作进展报局办公室汇总。

下次调度会安排在下周二同一时间，地点不变。

郴州市北湖区民政局办公室
2026年4月7日"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + lines_html(body) + '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')
    alt = multi("alternative", "----=_Part_418732_1620093581.1775551212043", [
        text("text/plain", body, "UTF-8", "base64", csq=False),
        text("text/html", html, "UTF-8", "base64", csq=False)])
    sender = P["cao"]["email"]
    hdr = [
        "Return-Path: <%s>" % sender,
        "Delivered-To: " + BOT_A[1],
        "Received: from caoliping$%s ( [10.12.3.45] ) by ajax-webmail-mail (Coremail) ;\n Tue, 7 Apr 2026 16:40:12 +0800 (GMT+08:00)" % DA,
        "X-Originating-IP: [10.12.3.45]",
        "Date: " + date,
        "X-CM-HeaderCharset: UTF-8",
        "From: " + addr(*(P["cao"]["name"], sender)),
        "To: " + addrs(["kuang", "lei", "lix", "xu"]),
        "Cc: " + addrs(["tan", BOT_A]),
        "Subject: " + ew("关于推进居家和社区养老服务提质工作专题会议纪要"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        "Message-ID: <6a1f2c3d.4b5e.19d6a7b8c9d.Coremail.caoliping@%s>" % DA,
        "X-Coremail-Locale: zh_CN",
        "X-CM-TRANSID:" + hx("9901", 24),
    ]
    items = [
        I("kuang", "对已选定的3处站点逐一开展现场评估，形成建设方案", ("abs", "2026-04-17"), "2026-04-17"),
        I(None, "做好特困供养人员生活自理能力评估", ("monthend",), "2026-04-30", dept="社会救助股"),
        I("cao", "起草《居家养老服务补贴资金拨付操作规程》（征求意见稿）", ("wd", 5), "2026-04-14"),
        I("lix", "测算评估经费", "vague"),
    ]
    notes = ("Government 一是/二是 style with 责任单位/责任人/完成时限 written inline. Sent Tue 2026-04-07 16:40 (first working "
             "day after the 清明 holiday 04-04..06). 一是: 责任人 邝建华, '4月17日前' -> 2026-04-17. 二是: only units named "
             "(社会救助股牵头，各街道民政办配合) -> owner null, no_owner, department 社会救助股 (one of ours); '4月底前' -> 2026-04-30. "
             "三是: 曹丽萍, '5个工作日内' from Wed 04-08 -> 04-08/09/10/13/14 -> 2026-04-14. 四是: 李湘, '待定（视…）' -> null, "
             "vague_due. The section-三 requirement '每周五下班前将工作进展报局办公室' is a standing rule for everyone, not an item. "
             "The 一季度 figures are report, not items. '下次调度会安排在下周二同一时间' -> next week's Tuesday 2026-04-14 at the "
             "meeting's own start time 15:00 ('4月7日下午3点'). Coremail webmail, UTF-8 base64, Date header with a "
             "'(GMT+08:00)' comment.")
    return Case(9901, "mzj-yishi-erxi-coremail-utf8", "minutes", date, message(hdr, alt), notes,
                "Coremail gov minutes 一是/二是 with 责任单位/责任人/完成时限 inline; unit-only owner; 5个工作日内 after 清明; "
                "待定; standing rule not an item; next meeting '下周二同一时间'",
                items, (("next", 1), "2026-04-14", "15:00"))


# ------------------------------------------------------------------ 9902
def c9902():
    date = "Thu, 9 Apr 2026 17:12:44 +0800"
    head = ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"]
    row = ["NC2026-04-09", "2026-04-09", "生产部/朴经理", "质量部、设备部、销售部", "夏季旺季前产线准备评审",
           "讨论5月起日产能提升至18万瓶的可行性；设备部确认3号灌装线需停机检修8小时",
           "①质量部4月14日前提交水源地一季度检测报告(孙主管)②设备部4月16日前完成3号灌装线臭氧发生器检修(姜工)"
           "③销售部下周一前反馈经销商补货计划(崔经理)",
           "进行中", "需补充近三年旺季日销数据"]
    intro = "各位：\n\n今天下午产线准备评审会的记录如下，请各部门按时完成待办。\n"
    outro = "\n朴成哲\n生产部\n白山松泉矿泉水饮品有限公司\n电话：0439-3218806"
    plain = intro + "\n内部沟通记录表\n" + "\n".join(head) + "\n" + "\n".join(row) + "\n" + outro + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            ' body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n<div><span></span>各位：</div><div><br></div><div>今天下午产线准备评审会的记录如下，请各部门按时完成待办。</div>'
            '<div><br></div><div><b>内部沟通记录表</b></div>\n'
            + table_html([head, row], style='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;width:100%"')
            + '\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>朴成哲</div><div>生产部</div>'
            '<div>白山松泉矿泉水饮品有限公司</div><div>电话：0439-3218806</div></div></span></div>\n</body></html>\n')
    alt = multi("alternative", "----=_001_NextPart418273645102_=----", [
        text("text/plain", plain, "GBK", "base64"),
        text("text/html", html, "GBK", "base64")])
    s = P["piao"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "PIAOCZ-PC", "10.30.8.21", date, "9902") + [
        "Date: " + date,
        "From: " + addr(P["piao"]["name"], s, "GBK"),
        "To: " + addrs(["sun", "jiang", "cui"], "GBK"),
        "Cc: " + addrs(["jin", BOT_B], "GBK"),
        "Subject: " + ew("内部沟通记录-夏季旺季前产线准备评审(NC2026-04-09)", "GBK"),
        "X-Priority: 3",
        "X-GUID: %s-%s-%s-%s" % (upper_hx("g9902", 8), upper_hx("g9902a", 4), upper_hx("g9902b", 4), upper_hx("g9902c", 12)),
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Message-ID: <202604091712440418736@%s>" % DB,
    ]
    items = [
        I("sun", "提交水源地一季度检测报告", ("abs", "2026-04-14"), "2026-04-14"),
        I("jiang", "完成3号灌装线臭氧发生器检修", ("abs", "2026-04-16"), "2026-04-16"),
        I("cui", "反馈经销商补货计划", ("next", 0), "2026-04-13"),
    ]
    notes = ("Seed 内部沟通记录表 (one header row, one record row) in Foxmail GBK base64, text/plain flattened one cell a "
             "line. Sent Thu 2026-04-09. Items are the ①②③ of 待办事项, owner in the trailing brackets by title: 孙主管 = "
             "孙丽娟, 姜工 = 姜涛, 崔经理 = 崔明浩 (roster aliases). ① '4月14日前' -> 2026-04-14; ② '4月16日前' -> 2026-04-16; "
             "③ '下周一前' -> Monday of next week 2026-04-13. 核心内容摘要 ('日产能…18万瓶', '停机检修8小时') and 备注 "
             "('需补充近三年旺季日销数据', no owner and no date) are information, as in the seed's own example.")
    return Case(9902, "sq-nc-record-table-foxmail-gbk", "minutes", date, message(hdr, alt), notes,
                "Foxmail GBK seed 内部沟通记录表; ①②③ '部门+日期前+任务(职务)' in one cell; 下周一前; 备注 not an item",
                items)


# ------------------------------------------------------------------ 9903
def c9903():
    date = "Wed, 15 Apr 2026 01:20:11 +0000"
    body = """Hi all,

Minutes of this morning's NPI review for the TB-40 caliper (Teams, 08:30-09:10 CST).

Attendees: Marek Kováč, William Zhong, Lydia Luo, Cathy Deng; Peter Novák (Žilina, dialled in)

Status
- Prototype lot P2 (40 pcs) passed the 200-cycle fatigue test.
- Customer SOP confirmed for 1 September; no change to the launch plan.

Actions

Action 1: Update the DFMEA for the piston seal design change
Owner: William Zhong
Due: Friday 17 April

Action 2: Send the PPAP Level 3 package to the customer
Owner: Lydia Luo
Due: 24 Apr

Action 3: Confirm a second source for the EPDM dust boots
Owner: Cathy Deng
Due: ASAP

Action 4: Share the revised torque specification from Žilina
Owner: Peter Novák
Due: EOD today

Next check-in: Tuesday 21 April, 15:00 China / 09:00 Bratislava (CEST).

Thanks,
Marek

Marek Kováč
General Manager
Tatra Brzdy (Shaoguan) Co., Ltd."""
    blocks = body.split("\n\n")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + "\n".join(
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + "<br>".join(esc(l) for l in b.split("\n"))
                + "</div>\n<div class=\"elementToProof\"><br></div>" for b in blocks) + "\n</body>\n</html>\n")
    alt = multi("alternative", "_000_SG2PR06MB5310A1F7C2B94E0D8E3C5A71B92SG2PR06MB5310apcp_", [
        text("text/plain", body + "\n", "utf-8", "quoted-printable"),
        text("text/html", html, "utf-8", "quoted-printable")])
    s = P["marek"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "mail-sgaapc01on2072.outbound.protection.outlook.com",
                   "40.107.215.72", date, "9903") + [
        "From: " + addr("Marek Kováč", s),
        "To: " + addrs([en("zhong"), en("luo"), en("deng"), who("peter")]),
        "CC: " + addr(*BOT_C),
        "Subject: Minutes - TB-40 NPI review (15 Apr)",
        "Thread-Topic: Minutes - TB-40 NPI review (15 Apr)",
        "Thread-Index: " + "AQHc" + hx("ti9903", 20),
        "Date: " + date,
        "Message-ID:\n <SG2PR06MB5310A1F7C2B94E0D8E3C5A71B92@SG2PR06MB5310.apcprd06.prod.outlook.com>",
        "Accept-Language: en-US, sk-SK",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "msip_labels:",
        "x-ms-publictraffictype: Email",
        "X-MS-Exchange-Organization-SCL: 1",
    ]
    items = [
        I("zhong", "Update the DFMEA for the piston seal design change", ("abs", "2026-04-17"), "2026-04-17"),
        I("luo", "Send the PPAP Level 3 package to the customer", ("abs", "2026-04-24"), "2026-04-24"),
        I("deng", "Confirm a second source for the EPDM dust boots", "vague"),
        I("peter", "Share the revised torque specification from Žilina", ("day", 0), "2026-04-15"),
    ]
    notes = ("M365 English minutes in Action/Owner/Due blocks. Date header 'Wed, 15 Apr 2026 01:20:11 +0000' = Wed "
             "2026-04-15 09:20 in Shanghai. 'Friday 17 April' -> 2026-04-17 (a Friday, checked); '24 Apr' -> 2026-04-24; "
             "'ASAP' -> null + vague_due; 'EOD today' -> the send date 2026-04-15, no time (both in Shanghai and in Žilina "
             "it is 04-15). Owners by full name: William Zhong, Lydia Luo, Cathy Deng are roster aliases of 钟伟明/罗慧/邓嘉欣; "
             "Peter Novák is HQ (Group Engineering) in the roster. Status lines (fatigue test passed, SOP 1 September) are "
             "facts, not items. 'Next check-in: Tuesday 21 April, 15:00 China / 09:00 Bratislava (CEST)' -> 2026-04-21 "
             "15:00 Asia/Shanghai (09:00 CEST = 15:00 CST, consistent).")
    return Case(9903, "tb-owner-due-blocks-m365-en", "minutes", date, message(hdr, alt), notes,
                "M365 English Action/Owner/Due blocks, +0000 Date; Friday 17 April / 24 Apr / ASAP / EOD today; next "
                "check-in given in two time zones", items, (("abs", "2026-04-21"), "2026-04-21", "15:00"))


# ------------------------------------------------------------------ 9904
def c9904():
    date = "Tue, 21 Apr 2026 18:05:33 +0800"
    todo = [("撒海燕", "4月24日前", "完成排酸库温控记录整改"),
            ("纳晓东", "本周内", "联系冷链车队确认银川—西安新路线"),
            ("马小龙", "尽快", "确认5月羔羊收购价")]
    html = ("""<div style="font-size:14px;font-family:PingFang SC,Microsoft YaHei,sans-serif;color:#171a1d">
<div>各位，今天协调会的钉钉智能纪要转给大家，待办以最后一节为准，纪要助手已抄送。</div><div>丁秀兰</div><br>
<div style="border:1px solid #e5e6eb;border-radius:8px;padding:16px;max-width:720px">
<div style="font-size:18px;font-weight:600">智能纪要：品控与生产协调会</div>
<div style="color:#858b99">会议时间：2026-04-21 16:00-17:10 ｜ 参会人：马建国、丁秀兰、撒海燕、纳晓东、马小龙</div>
<h3 style="font-size:15px">摘要</h3>
<p>本次会议围绕排酸库温控记录缺失、5月羔羊收购计划及冷链车辆调度三项议题展开。丁秀兰通报4月以来排酸库有3天温控记录缺失，存在审核风险；马建国要求月底前完成温控系统升级的可行性评估，并计划5月上旬启动新一轮羔羊收购；纳晓东提出银川—西安线路因限行需调整。</p>
<h3 style="font-size:15px">章节速览</h3>
<p><b>00:02 排酸库温控记录</b><br>丁秀兰指出4月8日、12日、15日记录缺失。撒海燕表示本周内完成整改，并安排专人每日复核。</p>
<p><b>00:25 羔羊收购</b><br>马小龙介绍盐池、同心两地收购价较3月上涨约6%，建议先锁定200只。马建国同意，价格待进一步核实。</p>
<p><b>00:48 冷链路线</b><br>西安绕城高速对冷藏车实行分时段限行，纳晓东将与车队商量新的发车时间。</p>
<h3 style="font-size:15px">待办</h3>
<ul style="list-style:none;padding-left:0">
""" + "\n".join('<li>&#9744; <span style="color:#0089ff">@%s</span>：%s%s</li>' % (n, d, t) for n, d, t in todo)
        + """
</ul>
<div style="color:#858b99;font-size:12px">以上内容由AI生成，仅供参考。来自钉钉会议 · 智能纪要</div>
</div></div>
""")
    part = text("text/html", html, "UTF-8", "base64", csq=False)
    s = P["ding"]["email"]
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "out30-131.freemail.mail.aliyun.com", "115.124.30.131", date, "9904") + [
        "X-Alimail-AntiSpam:AC=PASS;BC=-1|-1;BR=01201311R171e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
        "HT=maildocker-contentspam033037081190;MF=%s;NM=1;PH=DS;RN=6;SR=0;TI=SMTPD_---0Wq%s_1776765933;" % (s, hx("a9904", 5)),
        "Date: " + date,
        "From: " + addr("丁秀兰", s),
        "To: " + addrs(["ma", "sa", "na", "maxl"]),
        "Cc: " + addr(*BOT_D),
        "Subject: " + ew("【智能纪要】品控与生产协调会 04-21"),
        "Message-ID: <%s.dingxiulan@%s>" % (hx("m9904", 20), DD),
        "X-Mailer: DingTalk Mail 7.6.45",
        "X-Priority: 3",
    ]
    items = [
        I("sa", "完成排酸库温控记录整改", ("abs", "2026-04-24"), "2026-04-24"),
        I("na", "联系冷链车队确认银川—西安新路线", ("weekend",), "2026-04-26"),
        I("maxl", "确认5月羔羊收购价", "vague"),
    ]
    notes = ("DingTalk 智能纪要 forwarded as single-part HTML (no text/plain). Sent Tue 2026-04-21 18:05. Only the 待办 "
             "section holds items: the 摘要 ('马建国要求月底前完成温控系统升级的可行性评估', '5月上旬启动新一轮羔羊收购') and "
             "章节速览 ('撒海燕表示本周内完成整改') are AI-written narrative, and the 待办 gives 撒海燕's item a firmer date "
             "(4月24日前 -> 2026-04-24). 纳晓东 '本周内' -> end of this calendar week, Sunday 2026-04-26 (date-phrases rule: "
             "calendar-week end). AMBIGUOUS: some readers would take 本周内 as the last working day, Fri 04-24; the "
             "calendar-week reading is used. 马小龙 '尽快' -> vague_due. Two people surnamed 马 (马建国, 马小龙) are both in To.")
    return Case(9904, "xy-dingtalk-ai-minutes-html-only", "minutes", date, message(hdr, part), notes,
                "DingTalk AI 智能纪要 HTML-only: only 待办 counts (摘要/章节 carry date-bearing narrative); @name owners; "
                "本周内; 尽快", items)


# ------------------------------------------------------------------ 9905
PDF_9905 = None


def pdf9905():
    rows = [["No.", "Action", "Responsible", "Due"],
            ["1", "Calibrate all torque wrenches on line 2", "Ben Huang", "30 Apr 2026"],
            ["2", "Retrain line operators on the 8D procedure", "Lydia Luo", "within 5 working days"],
            ["3", "Submit containment evidence for NC-07", "William Zhong", "8 May 2026"],
            ["4", "Verify the effectiveness of actions 1-3", "Zuzana Horvathova", "at the follow-up audit (date TBD)"]]
    lines = ["Audit no.: PA-2026-07    Date: 23 April 2026    Place: Shaoguan plant (HQ attendees online from Zilina)",
             "Participants: Zuzana Horvathova (lead auditor), Marek Kovac, Ben Huang, Lydia Luo, William Zhong",
             "1. Scope: machining and assembly of TB-40 calipers, lines 1-3; incoming inspection.",
             "2. Result: 3 minor nonconformities (NC-05 torque tool calibration overdue, NC-06 8D training records "
             "incomplete, NC-07 containment of lot 2604-C not documented). No major findings. Process score 87%.",
             "3. Actions"]
    after = ["4. Follow-up audit: Q3 2026, date to be agreed with the plant.",
             "Distribution: Tatra Brzdy (Shaoguan) management team; Group Quality, Zilina."]
    return make_pdf("Process Audit PA-2026-07 - Closing Meeting Minutes", lines, rows, after, "Zuzana Horvathova")


def c9905():
    date = "Thu, 23 Apr 2026 19:31:08 +0200"
    body = """Dear Marek, dear team,

Attached are the minutes of today's closing meeting of the process audit at the Shaoguan plant (audit PA-2026-07). The action list is in section 3 of the PDF; please treat it as the reference.

Thank you for the open discussion and the good preparation.

Best regards
Zuzana

--
Zuzana Horváthová
Group Quality Manager
Tatra Brzdy a.s. | Žilina, Slovakia
"""
    pdf = pdf9905()
    mixed = multi("mixed", "Apple-Mail=_5C1E7A0B-3D4F-4E2A-9B61-%s" % upper_hx("b9905", 12), [
        text("text/plain", body, "utf-8", "quoted-printable", csq=False),
        binary("application/pdf", pdf, "PA-2026-07_closing_minutes.pdf", disp="attachment",
               extra=["Content-Id: <%s@apple.mail>" % upper_hx("cid9905", 32)]),
        text("text/plain", "\n", "us-ascii", "7bit", csq=False),
    ])
    s = P["zuzana"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "smtp.%s" % HQ, "185.17.42.9", date, "9905") + [
        "From: " + addr("Zuzana Horváthová", s, quote=False),
        "@CT",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
        "Subject: Process audit PA-2026-07 - closing meeting minutes",
        "Date: " + date,
        "Message-Id: <%s-%s@%s>" % (upper_hx("i9905", 8), upper_hx("j9905", 4), HQ),
        "To: " + addrs([who("marek"), en("huang"), en("luo"), en("zhong")], quote=False),
        "Cc: " + addr(*BOT_C, quote=False),
        "X-Mailer: Apple Mail (2.3826.400.131.1.6)",
    ]
    raw = message(hdr, mixed, mime_version=None)
    items = [
        I("huang", "Calibrate all torque wrenches on line 2", ("abs", "2026-04-30"), "2026-04-30"),
        I("luo", "Retrain line operators on the 8D procedure", ("wd", 5), "2026-05-06"),
        I("zhong", "Submit containment evidence for NC-07", ("abs", "2026-05-08"), "2026-05-08"),
        I("zuzana", "Verify the effectiveness of actions 1-3", "vague"),
    ]
    notes = ("Apple Mail from HQ (Žilina, +0200) with the minutes only in a PDF (reportlab); the body just points to it. "
             "Date 'Thu, 23 Apr 2026 19:31:08 +0200' = Fri 2026-04-24 01:31 in Shanghai, so every relative phrase uses "
             "04-24. Action 2 'within 5 working days' from Fri 04-24: 04-27, 04-28, 04-29, 04-30, then 05-01..05-05 is the "
             "Labour Day holiday -> 5th working day 2026-05-06 (counting from the writer's local Thursday would give 04-30). "
             "Actions 1 and 3 are absolute (2026-04-30, 2026-05-08). Action 4 'at the follow-up audit (date TBD)' -> null, "
             "vague_due, owner Zuzana Horváthová (written without diacritics in the PDF). Findings NC-05..07 and the score "
             "are facts. 'Follow-up audit: Q3 2026, date to be agreed' is not a dated follow-up -> next_followup null.")
    return Case(9905, "tb-audit-minutes-pdf-apple-mail", "minutes", date, raw, notes,
                "Apple Mail (HQ, +0200 crossing midnight into Shanghai Friday) with minutes only in a PDF attachment; "
                "5 working days across Labour Day; 'date TBD'", items,
                attach_text=["Process Audit PA-2026-07", "Submit containment evidence for NC-07"])


# ------------------------------------------------------------------ 9906
def c9906():
    date = "Wed, 29 Apr 2026 11:46:20 +0800"
    new = """各位领导、同事：

今天（4月29日）上午推进会的纪要接着发在这个邮件里，方便对照上次的安排。

一、上次事项进展
1. 两个助餐点的场地租赁合同已签订（已完成）。
2. 厨房设备采购清单已报区财政局审核（进行中）。

二、本次议定事项
1. 许国平主任：4月30日前报送两个助餐点的消防验收资料；
2. 何雯：节后第一个工作日上午10点前提交助餐点运营方遴选方案（初稿）；
3. 李湘：5月9日（周六，调休上班）前拨付首批建设补贴；
4. 邝建华：与区市场监管局对接食品经营许可办理事宜，时间待定。

下次推进会：5月13日（周三）下午3点，燕泉街道办三楼会议室。

何雯
北湖区民政局养老服务股"""
    old_hdr = ('发件人: "何雯"<hewen@%s>;\n发送时间: 2026年4月15日(星期三) 下午5:32\n收件人: "邝建华"<kuangjianhua@%s>;'
               '"许国平"<xuguoping@%s>;"李湘"<lixiang@%s>;\n主题: 燕泉街道老年助餐点建设推进会纪要（4月15日）' % (DA, DA, DA, DA))
    old = """燕泉街道老年助餐点建设推进会纪要
时间：4月15日上午9点　地点：燕泉街道办三楼会议室
议定事项：
1. 许国平：4月22日前完成两个助餐点场地租赁合同签订；
2. 邝建华：4月24日前将厨房设备采购清单报区财政局审核；
3. 何雯：梳理辖区80岁以上独居老人名单（4月底前）。
下次推进会：4月29日上午9点。"""
    plain = new + "\n\n\n------------------ 原始邮件 ------------------\n" + old_hdr + "\n\n" + old + "\n"
    html = ('<div>' + lines_html(new) + '</div><div><br></div><div><br></div>'
            '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;'
            '------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
            + "".join("<div>%s</div>" % esc(l) for l in old_hdr.split("\n"))
            + '</div><div><br></div><blockquote style="margin:0 0 0 8px;padding-left:8px;border-left:2px solid #ccc">'
            + lines_html(old) + '</blockquote>\n')
    alt = multi("alternative", "----=_NextPart_6A0F2C1E_0D9B8F60_1B6E4C27", [
        text("text/plain", plain, "utf-8", "base64"),
        text("text/html", html, "utf-8", "base64")], preamble="This is a multi-part message in MIME format.")
    s = P["hew"]["email"]
    old_id = "<tencent_7C1B2A%s@%s>" % (upper_hx("old9906", 22), DA)
    hdr = envelope(s, BOT_A[1], "mx.%s" % DA, "smtpbg-wecom.%s" % DA, "10.12.6.17", date, "9906") + [
        "X-QQ-mid: wecomsmtp%st1777434380t%s" % (hx("q9906", 6), hx("q9906b", 8)),
        "X-QQ-Originating-IP: " + hb("9906"),
        "From: " + addr("何雯", s),
        "To: " + addrs(["kuang", "xu", "lix"]),
        "Cc: " + addrs(["tan", BOT_A]),
        "Subject: " + ew("回复：燕泉街道老年助餐点建设推进会纪要（4月15日）"),
        "Mime-Version: 1.0",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_3E9D04%s@%s>" % (upper_hx("n9906", 22), DA),
        "In-Reply-To: " + old_id,
        "References: " + old_id,
        "X-Mailer: WXWork Mail 4.1.36",
    ]
    items = [
        I("xu", "报送两个助餐点的消防验收资料", ("abs", "2026-04-30"), "2026-04-30"),
        I("hew", "提交助餐点运营方遴选方案（初稿）", ("after_hol", "2026-05-01"), "2026-05-06", "10:00"),
        I("lix", "拨付首批建设补贴", ("abs", "2026-05-09"), "2026-05-09"),
        I("kuang", "与区市场监管局对接食品经营许可办理事宜", "vague"),
    ]
    notes = ("New minutes (meeting of 04-29) posted as '回复：' in the thread of the 04-15 minutes, with In-Reply-To/References "
             "and the old minutes quoted under a WeCom/QQ '原始邮件' block. Still kind minutes: the reply text itself is a full "
             "set of minutes. Only the 本次议定事项 count; '上次事项进展' is status, and the quoted 04-15 items (4月22日前, "
             "4月24日前, 4月底前) must not be extracted. Sent Wed 2026-04-29 11:46. '4月30日前' -> 2026-04-30 (last working day "
             "before Labour Day). '节后第一个工作日上午10点前' -> Labour Day is 05-01..05-05 -> 2026-05-06 10:00. '5月9日（周六，调休"
             "上班）前' -> 2026-05-09, a make-up working Saturday. '时间待定' -> vague_due. 许国平主任 = 许国平. "
             "'下次推进会：5月13日（周三）下午3点' -> 2026-05-13 15:00 (Wednesday, checked).")
    return Case(9906, "mzj-new-minutes-in-old-thread-wecom", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "WeCom '回复：' carrying new minutes over the quoted old minutes; 节后第一个工作日上午10点 after Labour Day; "
                "调休 Saturday due; 时间待定", items, (("abs", "2026-05-13"), "2026-05-13", "15:00"))


def hb(seed):
    h = hx("ip" + seed, 6)
    return "10.%d.%d.%d" % (int(h[0:2], 16) % 250, int(h[2:4], 16) % 250, int(h[4:6], 16) % 250 + 1)


CASES = [c9901, c9902, c9903, c9904, c9905, c9906]
