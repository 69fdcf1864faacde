"""heldout52 cases 8011-8020 (May - mid June 2026)."""
from _case import Case, I, U, build, hop, register, server_headers, sh, tz
from _dates import (ABS, BEFORE, MD, MONTH_END, NEXT, NONE, VAGUE, WDAY, WORKDAYS)
from _kit import binary_part, esc, html_table, make_docx, multipart, paras_html, rfc2231, text_part
from _people import P, bot
from _styles import (MIME, exchange, exo_boundary, foxmail, foxmail_boundary, foxmail_html, gmail, gmail_boundary,
                     lark, lark_boundary, lark_html, mailmaster, netease_boundary, qq_boundary, wecom, word_html)

K = "@kessler-buehne.example.de"


# ============================================================================ 8011
def c8011():
    seed = 8011
    sent = tz(sh(2026, 5, 8, 15, 15, 22), 2)
    text = """Hi Vivian, hi Jason,

thanks for the call yesterday. As agreed, here are my notes - please correct me if I missed something.

Participants: Vivian Chen, Jason Zhong, Mandy Liang, Jun Ouyang (Huiying); Markus Vogel, Stefan Brandt (Kessler)

Summary
- 11 of 200 cabinets from shipment HY-DE-0412 show clusters of dead pixels after 3 days of operation.
- Huiying's preliminary failure analysis points to a wire-bonding issue in the LED package (supplier side).
- Kessler needs the cabinets back in the rental pool before the festival season starts on June 12.

Action items

1) Replacement modules for the 11 cabinets
   Owner: Vivian
   Due: May 15 (ex works Zhongshan)

2) 8D report, D1–D4
   Owner: Mandy Liang
   Due: next Wednesday

3) Check whether the firmware of the receiving cards needs the new gamma table
   Owner: Huiying R&D
   Due: TBD

4) Send photos and serial numbers of all affected cabinets
   Owner: Stefan Brandt (Kessler)
   Due: EOD Monday

5) Credit note proposal
   Owner: Jason
   Due: before the next call

Next sync: Tue May 19, 10:00 CEST (16:00 Beijing)

Best regards
Markus

--
Markus Vogel
Project Manager LED | Kessler Bühnentechnik GmbH
Gutenbergstraße 14, 70771 Leinfelden-Echterdingen, Germany
"""
    html = word_html([text], "utf-8", body_lang="DE")
    root = multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable", crlf_body=True),
                                     text_part(html, "html", "utf-8", "quoted-printable", crlf_body=True)],
                     exo_boundary(seed))
    frm = ("Markus Vogel", "markus.vogel" + K)
    hops = [hop("FR2P281MB2476.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:4b::9)", "2603:10a6:d10:4b::9",
                "FR2P281MB2476.DEUP281.PROD.OUTLOOK.COM", "Microsoft SMTP Server (version=TLS1_2)", seed, sent),
            hop("mail-fr3deu01on2107.outbound.protection.outlook.com", "52.100.29.107",
                "smtp.huiying-led.example.cn (Alimail)", "ESMTPS", seed, sent, )]
    h = server_headers("B", frm[1], sent, seed, hops=hops[::-1], delay=4)
    h += exchange(frm, [("Vivian Chen", "chenwei@huiying-led.example.cn"),
                        ("Jason Zhong", "zhongjiahao@huiying-led.example.cn")],
                  [("Mandy Liang", "liangxiaomin@huiying-led.example.cn"),
                   ("Jun Ouyang", "ouyangjun@huiying-led.example.cn"),
                   ("Brandt, Stefan", "stefan.brandt" + K), bot("B")],
                  "Minutes – P3.9 rental panel dead-pixel issue – call 7 May", sent, seed, lang="de-DE")
    items = [
        I("chenwei", "Replacement modules for the 11 cabinets", MD(5, 15), "2026-05-15"),
        I("liangxiaomin", "8D report, D1–D4", NEXT("wed"), "2026-05-13"),
        U("研发部", "Check whether the firmware of the receiving cards needs the new gamma table", VAGUE),
        I(None, "Send photos and serial numbers of all affected cabinets", WDAY("mon"), "2026-05-11",
          name="Stefan Brandt", email="stefan.brandt" + K),
        I("zhongjiahao", "Credit note proposal", MD(5, 19), "2026-05-19"),
    ]
    notes = ("Minutes written by the German customer in Outlook (Microsoft 365, de-DE), English, UTF-8 QP text + Word "
             "HTML, CRLF. Date 'Fri, 8 May 2026 09:15:22 +0200' = Fri 15:15 in Shanghai (same day). Owner/Due blocks: "
             "Vivian = 陈薇 (alias), 'Mandy Liang' = 梁小敏, Jason = 钟嘉豪. 'Huiying R&D' is a unit of ours -> "
             "no_owner, department 研发部 (English name of our department); 'Due: TBD' -> vague_due. 'Stefan Brandt "
             "(Kessler)' is an outsider in Cc (display name 'Brandt, Stefan') -> that address, department null; 'EOD "
             "Monday' -> 2026-05-11, no time. 'next Wednesday' -> Wednesday of next calendar week 2026-05-13. 'before "
             "the next call' -> the next call's date 2026-05-19, no time (AMBIGUOUS: a reader might leave it undated; "
             "the call date is stated in the same mail, so a careful assistant writes it down). 'June 12' in the "
             "summary is context, not a task. 'Next sync: Tue May 19, 10:00 CEST (16:00 Beijing)' -> 2026-05-19 16:00.")
    return register(Case(8011, "customer-owner-due-blocks-outlook-de", "minutes", "B",
                         "Outlook (Microsoft 365) English, sender in Germany",
                         "multipart/alternative; UTF-8; quoted-printable; CRLF; Date +0200",
                         "Owner/Due blocks from a foreign customer; English aliases; department in English (Huiying "
                         "R&D); outsider owner from Cc 'Last, First'; EOD Monday; before the next call; CEST->Beijing",
                         notes, build(h, root, crlf=True), sent, items, MD(5, 19, "16:00", wd=1),
                         ("2026-05-19", "16:00")))


# ============================================================================ 8012
def c8012():
    seed = 8012
    sent = sh(2026, 5, 9, 17, 45, 30)
    rows = [["序号", "问题/事项", "负责人", "完成时间", "状态"],
            ["1", "2号线贴片机吸嘴堵塞频繁，更换吸嘴并做保养", "覃海燕", "周一", "进行中"],
            ["2", "锡膏印刷机钢网张力检测", "冯志鹏", "5/14", "未开始"],
            ["3", "新员工上岗培训考核", "覃海燕", "5/8", "已完成"],
            ["4", "P1.86模组首件确认流程更新，发品质会签", "欧阳俊", "2个工作日内", "未开始"],
            ["5", "SMT车间静电手环测试记录补齐", "黎志诚", "下周二前", "未开始"],
            ["6", "AOI误判率统计分析", "黎志诚", "尽快", "进行中"]]
    intro = """各位：

今天调休上班，下午开了SMT车间周例会，跟踪表如下（从Excel贴过来的）："""
    outro = """另外：下周六（5月16日）不上班，下次例会改到下周五（5月15日）16:00。

覃海燕
SMT车间"""
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">%s%s%s</div></body></html>'
            % (paras_html(intro, "div"), html_table(rows, style="excel"), paras_html("\n" + outro, "div")))
    root = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64", quoted=False),
                                     text_part(html, "html", "UTF-8", "base64", quoted=False)],
                     netease_boundary(seed))
    frm = "qinhaiyan"
    hops = [hop("DESKTOP-SMT01 (unknown [120.236.41.90])", "authenticated", "smtp.huiying-led.example.cn (Alimail)",
                "ESMTPA", seed, sent)]
    h = server_headers("B", P(frm)["email"], sent, seed, hops=hops)
    h += mailmaster(frm, ["fengzhipeng", "ouyangjun", "lizhicheng"], ["luoguoqiang", bot("B")],
                    "SMT车间周例会纪要 5/9（调休上班）", sent, seed)
    items = [
        I("qinhaiyan", "2号线贴片机吸嘴堵塞频繁，更换吸嘴并做保养", WDAY("一"), "2026-05-11"),
        I("fengzhipeng", "锡膏印刷机钢网张力检测", MD(5, 14), "2026-05-14"),
        I("ouyangjun", "P1.86模组首件确认流程更新，发品质会签", WORKDAYS(2), "2026-05-12"),
        I("lizhicheng", "SMT车间静电手环测试记录补齐", NEXT("二"), "2026-05-12"),
        I("lizhicheng", "AOI误判率统计分析", VAGUE),
    ]
    notes = ("NetEase Mail Master (PC) minutes sent on Sat 2026-05-09, the Labour Day make-up working day; the table "
             "was pasted from Excel (HTML table in the HTML part, tab-separated in the text part), UTF-8 base64. Row "
             "1 bare '周一' from a Saturday -> the coming Monday 2026-05-11. Row 2 '5/14' -> 2026-05-14. Row 3 状态 "
             "已完成 -> not an item. Row 4 '2个工作日内' from the day after sending: Sun 05-10 is a rest day, Mon 05-11 "
             "(1), Tue 05-12 (2) -> 2026-05-12. Row 5 '下周二前' -> Tuesday of next calendar week (05-11..05-17) = "
             "2026-05-12. Row 6 尽快 -> vague_due. '下次例会改到下周五（5月15日）16:00' -> 2026-05-15 16:00 (the "
             "'下周六（5月16日）不上班' sentence is not a meeting).")
    return register(Case(8012, "smt-weekly-excel-paste-makeup-saturday", "minutes", "B", "NetEase Mail Master (PC)",
                         "multipart/alternative; UTF-8; base64",
                         "sent on the 05-09 make-up Saturday: bare 周一, 下周二前, 2个工作日内 over Sunday; Excel-pasted "
                         "table (tabs in text); 已完成 row; 尽快",
                         notes, build(h, root), sent, items, MD(5, 15, "16:00", wd=4), ("2026-05-15", "16:00")))


# ============================================================================ 8013
def c8013():
    seed = 8013
    sent = sh(2026, 5, 11, 17, 20, 9)
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
            "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [head,
            ["1", "左机翼后梁腐蚀区结构修理方案", "定检车间", "工程技术部", "蒙晓东", "罗敏", "2026-05-06", "2026-05-13",
             "-", "进行中（已完成60%）", "超手册损伤需厂家批复，已发技术请求"],
            ["2", "起落架作动筒送修", "定检车间", "航材保障部", "田茂松", "石静", "2026-05-06", "2026-05-08",
             "2026-05-08", "已完成", "-"],
            ["3", "客舱座椅安全带批量更换航材到货", "航材保障部", "定检车间", "石静", "蒙晓东", "2026-05-07",
             "2026-05-19（原5月15日）", "-", "延期（供应商发货推迟）", "已催厂家加急空运"],
            ["4", "NRC非例行工卡审核", "定检车间", "质量管理部", "蒙晓东", "陈淑芬", "2026-05-11", "2026-05-14", "-",
             "未开始", "-"],
            ["5", "出厂试车及放行文件准备", "定检车间", "航线维修车间", "田茂松", "王磊", "2026-05-18", "2026-05-20",
             "-", "未开始", "试车需提前一天申请机坪"]]
    intro = """各位：

B-652K C检第二周跨部门协作事项跟踪表如下，请各位协作人关注时间节点，有变化及时在群里说。

跨部门协作事项跟踪表（B-652K C检，第2周）"""
    outro = """下周一（5月18日）上午10点在定检机库现场碰头。

田茂松
定检车间 | 黔翔航空贵阳维修基地"""
    plain = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    html = word_html([intro, ("html", html_table(rows, style="excel")), "", outro], "utf-8")
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64", crlf_body=True),
                                     text_part(html, "html", "utf-8", "base64", crlf_body=True)],
                     exo_boundary(seed))
    frm = "tianmaosong"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (::1)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "mapi", seed, sent)]
    h = server_headers("C", P(frm)["email"], sent, seed, hops=hops)
    h += exchange(frm, ["mengxiaodong", "luomin", "shijing", "chenshufen", "wanglei"],
                  ["yangguanghui", "zhangguodong", bot("C")], "B-652K C检 跨部门协作事项跟踪表（第2周）", sent, seed)
    items = [
        I("mengxiaodong", "左机翼后梁腐蚀区结构修理方案", ABS(2026, 5, 13), "2026-05-13"),
        I("shijing", "客舱座椅安全带批量更换航材到货", ABS(2026, 5, 19), "2026-05-19"),
        I("mengxiaodong", "NRC非例行工卡审核", ABS(2026, 5, 14), "2026-05-14"),
        I("tianmaosong", "出厂试车及放行文件准备", ABS(2026, 5, 20), "2026-05-20"),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 pasted from Excel into Outlook (Microsoft 365), UTF-8 base64, CRLF. Sent Mon "
             "2026-05-11. Owner = 责任人（发起方）; 责任人（协作方） is the cooperating side (like 配合) and never an "
             "owner. Due = 计划完成时间. Row 2 is 已完成 (with an 实际完成时间) -> not an item. Row 3 is delayed and its "
             "计划完成时间 reads '2026-05-19（原5月15日）' -> the new date 2026-05-19. 进展情况 percentages and 风险点 "
             "cells are status/remarks. 计划开始时间 is not a deadline. '下周一（5月18日）上午10点' -> next_followup "
             "2026-05-18 10:00.")
    return register(Case(8013, "mro-collab-tracking-table-outlook", "minutes", "C", "Outlook 16 (Microsoft 365), zh-CN",
                         "multipart/alternative; UTF-8; base64; CRLF",
                         "seed 跨部门协作事项跟踪表 (11 columns): 发起方 owns, 协作方 does not; 已完成 row; delayed row "
                         "with '新日期（原…）'; 下周一 next meeting",
                         notes, build(h, root, crlf=True), sent, items, NEXT("一", "10:00"), ("2026-05-18", "10:00")))


# ============================================================================ 8014
def c8014():
    seed = 8014
    sent = sh(2026, 5, 12, 18, 5, 37)
    rows = [["#", "Action", "Owner", "Due"],
            ["1", "Revised fertigation program for flowering to veraison", "Lan Ma", "May 18"],
            ["2", "Quote for the 12 ha new planting (driplines + filter station)", "Jianping Na", "by next Friday"],
            ["3", "Provide soil analysis results for blocks E–F", "Li Chunsheng (Yinfeng)", "May 20"],
            ["4", "Training for the winery's irrigation workers", "Avi Cohen", "TBD"],
            ["5", "Install 4 soil moisture sensors in Block D", "Zhang Lei (Yinfeng)", "within 5 working days"]]
    intro = """Dear all,

Please find below the minutes of today's meeting with Yinfeng Winery.

Date: 12 May 2026, 14:00–15:30, Yinfeng Winery office
Participants: Li Chunsheng, Zhang Lei (Yinfeng); Avi Cohen, Haidong Yang, Ma Xiaolan (Tzafon)

Key points:
1. The winery accepts the fertigation schedule from budbreak to flowering.
2. The Block C pressure problem was fixed on May 9 (filter screen replaced).
3. Yinfeng plans 12 ha of new Marselan plantings next spring.

Action items:"""
    outro = """Next meeting: May 20 (Wed) 14:00 at the vineyard.

Best regards,
Ma Xiaolan (Lan)
Agronomist | Tzafon Drip Irrigation (Yinchuan)"""
    plain = intro + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + outro + "\n"
    html = lark_html(paras_html(intro, "div") + html_table(rows, style="plain") + paras_html("\n" + outro, "div"))
    root = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64"),
                                     text_part(html, "html", "UTF-8", "base64")], lark_boundary(seed))
    frm = "maxiaolan"
    h = server_headers("D", P(frm)["email"], sent, seed)
    h += lark(frm, [("Li Chunsheng", "licsh@yinfeng-winery.example.cn"), "najianping",
                    "avi.cohen@tzafon-drip.example.cn"],
              ["yanghaidong", "noa.benami@tzafon-drip.example.cn", bot("D")],
              "Yinfeng Winery – fertigation plan review (May 12) – minutes", sent, seed)
    items = [
        I("maxiaolan", "Revised fertigation program for flowering to veraison", MD(5, 18), "2026-05-18"),
        I("najianping", "Quote for the 12 ha new planting (driplines + filter station)", NEXT("fri"), "2026-05-22"),
        I(None, "Provide soil analysis results for blocks E–F", MD(5, 20), "2026-05-20",
          name="Li Chunsheng", email="licsh@yinfeng-winery.example.cn"),
        I("avi.cohen@tzafon-drip.example.cn", "Training for the winery's irrigation workers", VAGUE),
        I(None, "Install 4 soil moisture sensors in Block D", WORKDAYS(5), "2026-05-19", name="Zhang Lei"),
    ]
    notes = ("Customer-meeting minutes in English by a Chinese agronomist, Lark Mail, UTF-8 base64, action table (HTML "
             "table; ' | ' rows in text). Sent Tue 2026-05-12. Lan Ma = 马晓兰, Jianping Na = 纳建平. 'by next Friday' "
             "-> Friday of next calendar week 2026-05-22 per the set's 下周X/next X rule (AMBIGUOUS: said on a Tuesday "
             "some mean this Friday 05-15). Li Chunsheng (the customer) is in To with that display name -> his "
             "address, department null. Zhang Lei (Yinfeng) is in no header -> owner_name as written, email and "
             "department null. 'within 5 working days' from Wed 05-13: 05-13, 05-14, 05-15, 05-18, 05-19 -> "
             "2026-05-19. TBD -> vague_due. Key points (incl. 'fixed on May 9') are reports, not items. 'Next meeting: "
             "May 20 (Wed) 14:00' -> 2026-05-20 14:00.")
    return register(Case(8014, "winery-action-table-lark-en", "minutes", "D", "Lark (Feishu) Mail web, English",
                         "multipart/alternative; UTF-8; base64",
                         "English action table; customer owners (one in To, one nowhere); by next Friday; within 5 "
                         "working days; TBD",
                         notes, build(h, root), sent, items, MD(5, 20, "14:00", wd=2), ("2026-05-20", "14:00")))


# ============================================================================ 8015
def c8015():
    seed = 8015
    sent = sh(2026, 5, 13, 9, 12, 40)
    text = """婉清：

把5月份的排产计划和P2.5订单的物料齐套表发我一份，周五前要给黄总汇报用。另外下周一上午开会前帮我订一下三楼会议室，9点到10点半。

谢谢

发自网易邮箱大师
"""
    html = ('<div style="font-size:14px;line-height:1.6">%s</div>' % paras_html(text, "div"))
    root = multipart("alternative", [text_part(text, "plain", "UTF-8", "base64", quoted=False),
                                     text_part(html, "html", "UTF-8", "base64", quoted=False)],
                     netease_boundary(seed))
    frm = "luoguoqiang"
    hops = [hop("[10.0.0.3] (unknown [223.104.63.18])", "authenticated", "smtp.huiying-led.example.cn (Alimail)",
                "ESMTPA", seed, sent)]
    h = server_headers("B", P(frm)["email"], sent, seed, hops=hops)
    h += mailmaster(frm, ["suwanqing"], ["qinhaiyan", bot("B")], "5月排产计划", sent, seed,
                    mailer="MailMaster/7.21.3 (iPhone; iOS 26.4)")
    notes = ("A one-to-one request from the production manager to the PMC planner on NetEase Mail Master (iPhone), with "
             "the minutes bot left in Cc by address autocomplete. It asks for two files '周五前' and a room booking "
             "'下周一上午', but it records no meeting, owners or action list -> kind other, no items, no follow-up "
             "(the booked meeting is not a next_followup of any minutes).")
    return register(Case(8015, "other-request-mailmaster-iphone", "other", "B", "NetEase Mail Master (iPhone)",
                         "multipart/alternative; UTF-8; base64",
                         "plain person-to-person request with dates (周五前, 下周一上午) and the bot in Cc -> other",
                         notes, build(h, root), sent))


# ============================================================================ 8016
def c8016():
    seed = 8016
    sent = sh(2026, 6, 1, 16, 50, 14)
    doc = [("title", "青城区应急管理局"), ("title", "局长办公会议纪要"), ("center", "〔2026〕第9期"),
           ("right", "青城区应急管理局办公室　　2026年6月1日"),
           ("p", "2026年6月1日上午，高振华局长主持召开2026年第9次局长办公会议，乌云其木格副局长，各科室、执法大队、指挥中心"
                 "负责同志参加。会议研究了“安全生产月”活动、端午节前安全检查等事项。现纪要如下："),
           ("h", "一、关于“安全生产月”活动方案"),
           ("p", "会议原则同意宣传教育科提交的“安全生产月”活动方案。会议要求，宣传教育科（李梦瑶）在6月5日前完成活动宣传物料设计"
                 "并报分管领导审核。"),
           ("h", "二、关于端午节前安全检查"),
           ("p", "会议决定，端午节前由局领导带队开展一次全区安全生产综合检查。由安全生产综合协调科负责制定检查方案，"
                 "端午节前完成检查。"),
           ("h", "三、关于防汛物资采购"),
           ("p", "由办公室赵德胜牵头、防灾减灾科配合，6月10日前完成防汛物资采购招标文件编制。"),
           ("h", "四、关于执法大队车辆更新"),
           ("p", "会议同意启动执法车辆更新工作。由执法大队韩冬在本月底前提出车辆更新需求清单，报局党委会研究。"),
           ("h", "五、关于应急指挥平台升级"),
           ("p", "指挥中心陈志刚：3个工作日内完成应急指挥平台视频会商系统升级测试。"),
           ("p", "出席：高振华　乌云其木格"),
           ("p", "列席：赵德胜　巴特尔　许丽华　苏和　王建军　韩冬　李梦瑶　陈志刚"),
           ("p", "记录：刘佳琪"),
           ("p", "送：局领导　　发：各科室、执法大队、指挥中心")]
    fname = "局长办公会议纪要（2026年第9期）.docx"
    docx_bytes = make_docx(doc, (2026, 6, 1, 16, 41, 8), "赵德胜", "局长办公会议纪要")
    body = """各科室、执法大队、指挥中心：

6月1日局长办公会议纪要见附件，请按分工抓好落实。如有异议请于今日内反馈办公室。

赵德胜
办公室
"""
    sig = ["青城区应急管理局办公室", "0471-3962100"]
    plain = body + "\n\n" + "\n".join(sig) + "\n"
    alt = multipart("alternative", [text_part(plain, "plain", "GBK", "base64"),
                                    text_part(foxmail_html(body, sig, "GBK"), "html", "GBK", "base64")],
                    foxmail_boundary(seed + 1))
    att = binary_part(docx_bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      rfc2231("filename", fname, "GBK"), ct_name=rfc2231("name", fname, "GBK"))
    root = multipart("mixed", [alt, att], foxmail_boundary(seed),
                     preamble="This is a multi-part message in MIME format.\n")
    frm = "zhaodesheng"
    hops = [hop("DESKTOP-BGS-ZDS (unknown [10.30.8.12])", "authenticated", "mail.qcyjj.example.cn (Coremail)",
                "SMTP", seed, sent)]
    h = server_headers("A", P(frm)["email"], sent, seed, hops=hops)
    h += foxmail(frm, ["limengyao", "xulihua", "wangjianjun", "handong", "chenzhigang", "bateer", "suhe"],
                 ["gaozhenhua", "wuyunqimuge", bot("A")], "6月1日局长办公会议纪要（2026年第9期）", sent, seed,
                 label="GBK", attach=True)
    items = [
        I("limengyao", "完成活动宣传物料设计并报分管领导审核", MD(6, 5), "2026-06-05"),
        U("安全生产综合协调科", "制定检查方案并完成全区安全生产综合检查", BEFORE("dragon"), "2026-06-18",
          check_task=False),
        I("zhaodesheng", "完成防汛物资采购招标文件编制", MD(6, 10), "2026-06-10"),
        I("handong", "提出车辆更新需求清单", MONTH_END(), "2026-06-30"),
        I("chenzhigang", "完成应急指挥平台视频会商系统升级测试", WORKDAYS(3), "2026-06-04"),
    ]
    notes = ("The minutes are only in the attached .docx (局长办公会议纪要, python-docx, GBK RFC 2231 file name); the "
             "Foxmail body (GBK base64) only says '见附件'. Record what a reader of the attachment records. Sent Mon "
             "2026-06-01. 一 '宣传教育科（李梦瑶）' -> 李梦瑶, 6月5日前. 二 the decision to inspect is not an item, the "
             "task given to 安全生产综合协调科 is (unit only -> no_owner); '端午节前' = the last working day before the "
             "Dragon Boat holiday (06-19..06-21) -> Thu 2026-06-18. 三 '赵德胜牵头、防灾减灾科配合' -> 赵德胜, 06-10. 四 "
             "'本月底前' -> 2026-06-30. 五 '3个工作日内' -> 06-02, 06-03, 06-04 -> 2026-06-04. 会议原则同意/会议决定/"
             "会议同意 are decisions. '如有异议请于今日内反馈' in the body is the usual objection line, not an item. No "
             "next meeting.")
    return register(Case(8016, "gov-director-meeting-docx-foxmail-gbk", "minutes", "A", "Foxmail 7.2 with .docx attachment",
                         "multipart/mixed (alternative GBK base64 + .docx, RFC 2231 GBK filename)",
                         "minutes only in a .docx attachment; 端午节前 = last working day before the holiday; "
                         "牵头/配合; 本月底前; 3个工作日内; decisions not items",
                         notes, build(h, root), sent, items, None))


# ============================================================================ 8017
def c8017():
    seed = 8017
    sent = sh(2026, 6, 3, 11, 35, 2)
    pre = """各位，

以下是今天周例会的腾讯会议智能纪要，待办部分我已核对，请按待办执行。下周三（6月10日）同一时间再碰一次。

龙婷
"""
    ai = """——————————————
腾讯会议 · 智能纪要
会议主题：6月运行保障周例会
会议时间：2026/06/03 09:30-10:28
参会人：杨光辉、龙婷、吴昌林、田茂松、潘宏、陈淑芬、敖德福

全文摘要
本次会议主要讨论了6月份航班运行保障、端午节假期保障安排以及近期航材短缺问题。杨光辉强调了雷雨季节的放行标准，要求航线车间在6月10日前修订检查单；潘宏汇报了刹车组件库存偏紧的情况，表示将尽快与供应商沟通；会议还决定端午假期期间MCC实行双岗值班。

章节速览
00:01:12 6月航班计划及运力调整
龙婷介绍了6月航班计划，日均航班量较5月增加12%，夜间过站航班增多。
00:14:40 雷雨季节放行标准
杨光辉要求各车间严格执行雷雨季节放行标准，吴昌林表示会在下周三前完成检查单修订。
00:31:05 航材短缺问题
潘宏表示刹车组件库存仅够两周使用，需在下周二前与供应商确认到货时间。
00:47:20 安全检查与培训
敖德福提出6月底前完成二季度安全检查；陈淑芬建议组织一次放行标准培训。

待办事项
· 吴昌林：6月10日前提交雷雨季节航线放行检查单修订稿
· 潘宏：下周二前与供应商确认刹车组件到货时间
· 田茂松：端午节前完成B-652K定检工卡归档
· 陈淑芬：组织雷雨季节放行标准培训，时间待定
· 敖德福：6月底前完成二季度安全检查报告

智能纪要由AI生成，内容仅供参考，请谨慎甄别。"""
    text = pre + "\n" + ai + "\n"
    html = word_html([pre, ("html", '<div style="border:1px solid #e5e6eb;padding:12px;background:#f7f8fa">%s</div>'
                            % paras_html(ai, "div"))], "utf-8")
    root = multipart("alternative", [text_part(text, "plain", "utf-8", "base64", crlf_body=True),
                                     text_part(html, "html", "utf-8", "base64", crlf_body=True)],
                     exo_boundary(seed))
    frm = "longting"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (::1)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "mapi", seed, sent)]
    h = server_headers("C", P(frm)["email"], sent, seed, hops=hops)
    h += exchange(frm, ["yangguanghui", "wuchanglin", "tianmaosong", "panhong", "chenshufen", "aodefu"], [bot("C")],
                  "【腾讯会议智能纪要】6月运行保障周例会", sent, seed)
    items = [
        I("wuchanglin", "提交雷雨季节航线放行检查单修订稿", MD(6, 10), "2026-06-10"),
        I("panhong", "与供应商确认刹车组件到货时间", NEXT("二"), "2026-06-09"),
        I("tianmaosong", "完成B-652K定检工卡归档", BEFORE("dragon"), "2026-06-18"),
        I("chenshufen", "组织雷雨季节放行标准培训", VAGUE),
        I("aodefu", "完成二季度安全检查报告", MONTH_END(), "2026-06-30"),
    ]
    notes = ("Tencent Meeting 'smart minutes' (AI-generated) pasted into Outlook (Microsoft 365), UTF-8 base64, CRLF. "
             "Only the 待办事项 list counts; 全文摘要 and 章节速览 restate the same tasks with other wording and dates "
             "(e.g. '下周三前完成检查单修订' in a chapter vs '6月10日前' in the to-do) and must not add items. Sent Wed "
             "2026-06-03. #2 下周二前 -> 2026-06-09. #3 端午节前 -> last working day before 06-19..06-21 = Thu "
             "2026-06-18. #4 时间待定 -> vague_due. #5 6月底前 -> 2026-06-30. The organiser's preface sets the next "
             "meeting: '下周三（6月10日）同一时间' = the meeting's 09:30 start -> 2026-06-10 09:30.")
    return register(Case(8017, "tencent-meeting-ai-minutes-outlook", "minutes", "C",
                         "Outlook 16 (Microsoft 365) with pasted 腾讯会议 智能纪要",
                         "multipart/alternative; UTF-8; base64; CRLF",
                         "AI-generated minutes: only 待办 counts (summary/chapters restate tasks); 端午节前; 6月底前; "
                         "'下周三同一时间' next meeting resolved from the meeting start",
                         notes, build(h, root, crlf=True), sent, items, NEXT("三", "09:30"), ("2026-06-10", "09:30")))


# ============================================================================ 8018
def c8018():
    seed = 8018
    sent = tz(sh(2026, 6, 5, 1, 40, 18), 3)
    text = """Hi Noa, Haidong, Snow,

Notes from today's call (Jun 4, 15:00 IDT / 20:00 Yinchuan):

1. Lot 2605-PC16 (PC drippers): diaphragm hardness out of spec on 3 of 20 samples.
2. HQ lab will retest the retained samples once they arrive.
3. Decision: no shipments from this lot until the retest is done.

Action items:
- Snow: ship 50 retained samples from lot 2605-PC16 to the HQ lab by Sunday.
- Haidong: hold all stock of lot 2605-PC16 and confirm quantities on hand by Monday.
- Eitan: send the updated incoming inspection spec (hardness test) by Jun 10.
- Noa: decide on customer notification once the retest results are in.

Next call: Thu Jun 11, 16:00 IDT (21:00 Beijing).

Thanks,
Eitan

--
Eitan Shapiro
Product Engineering | Tzafon Irrigation HQ, Israel
"""
    html = ('<div dir="ltr">%s</div>\n' % paras_html(text.replace("\n--\n", "\n-- \n"), "div"))
    root = multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                     text_part(html, "html", "UTF-8", "quoted-printable")], gmail_boundary(seed))
    frm = "eitan.shapiro@tzafon.example.co.il"
    hops = [hop("mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])", "209.85.220.41",
                "mail-sg.tzafon-drip.example.cn (LarkMail)", "ESMTPS", seed, sent)]
    h = server_headers("D", frm, sent, seed, hops=hops, delay=5)
    h += gmail(frm, ["noa.benami@tzafon-drip.example.cn", "yanghaidong", "dingxue"], [bot("D")],
               "HQ–Yinchuan call: PC dripper lot 2605-PC16 – notes", sent, seed)
    items = [
        I("dingxue", "ship 50 retained samples from lot 2605-PC16 to the HQ lab", WDAY("sun"), "2026-06-07"),
        I("yanghaidong", "hold all stock of lot 2605-PC16 and confirm quantities on hand", WDAY("mon"), "2026-06-08"),
        I("eitan.shapiro@tzafon.example.co.il", "send the updated incoming inspection spec (hardness test)", MD(6, 10),
          "2026-06-10"),
        I("noa.benami@tzafon-drip.example.cn", "decide on customer notification", NONE),
    ]
    notes = ("Minutes from the Israeli head office on Gmail (Google Workspace), UTF-8 QP. Date 'Thu, 4 Jun 2026 20:40:18 "
             "+0300' is Fri 2026-06-05 01:40 in Shanghai; every phrase resolves against 06-05. 'by Sunday' -> Sun "
             "2026-06-07 (also the writer's Sunday, a working day in Israel). 'by Monday' -> 2026-06-08. 'by Jun 10' "
             "-> 2026-06-10; Eitan is HQ staff in the roster (department 'HQ Engineering'). Noa's item is conditional "
             "('once the retest results are in') with no date -> no_due. Numbered findings and the Decision are not "
             "items. 'Next call: Thu Jun 11, 16:00 IDT (21:00 Beijing)' -> 2026-06-11 21:00 Beijing time.")
    return register(Case(8018, "hq-call-gmail-israel-tz", "minutes", "D", "Gmail web (Google Workspace), sender in Israel",
                         "multipart/alternative; UTF-8; quoted-printable; Date +0300",
                         "Date +0300 in the evening = next day in Shanghai; by Sunday/by Monday; IDT->Beijing next "
                         "call; conditional item no_due; Decision not item",
                         notes, build(h, root), sent, items, MD(6, 11, "21:00", wd=3), ("2026-06-11", "21:00")))


# ============================================================================ 8019
def c8019():
    seed = 8019
    sent = sh(2026, 6, 10, 16, 22, 51)
    text = """何经理您好：

根据今天下午的电话沟通，整理跟进表如下，请确认：

沟通编号：EC2026-06-10
沟通日期：2026-06-10
对方单位/联系人：中山市辉映光电科技有限公司/何丽君经理
我方对接人：销售部/郑浩
沟通类型：客户
核心需求/反馈：辉映6月恒流驱动IC需求量由8万颗增至12万颗，要求6月25日前到货；另反馈4月批次有2卷编带方向反了。
解决方案/进展：①我方6月12日前确认新增4万颗的排产计划（郑浩）②编带问题由我方品质部出具8D报告，下周一前提交 ③辉映下周三前下达正式补充订单（何经理）
下次沟通时间：2026-06-17 10:00
负责人：郑浩

如有异议请于今日内回复，谢谢！

郑浩
乾晶半导体 销售部
"""
    html = ('<div style="font-family:微软雅黑;font-size:14px;">%s</div>' % paras_html(text, "div"))
    root = multipart("alternative", [text_part(text, "plain", "gb18030", "base64"),
                                     text_part(html, "html", "gb18030", "base64")], qq_boundary(seed))
    frm = "zhenghao@qianjing-semi.example.cn"
    hops = [hop("smtpbgsg2.qq.com (smtpbgsg2.qq.com [54.254.200.128])", "54.254.200.128",
                "smtp.huiying-led.example.cn (Alimail)", "ESMTPS", seed, sent)]
    h = server_headers("B", frm, sent, seed, hops=hops, delay=6)
    h += wecom(frm, ["helijun"], ["luxiaowen", bot("B")], "乾晶-辉映 6月供货沟通纪要（EC2026-06-10）", sent, seed)
    items = [
        I("zhenghao@qianjing-semi.example.cn", "确认新增4万颗的排产计划", MD(6, 12), "2026-06-12"),
        U(None, "出具8D报告", NEXT("一"), "2026-06-15"),
        I("helijun", "下达正式补充订单", NEXT("三"), "2026-06-17"),
    ]
    notes = ("Supplier-written 外部沟通跟进表 (seed) as key：value lines, WeCom (企业微信) mail on Tencent Exmail, gb18030 "
             "base64. Sent Wed 2026-06-10 to our buyer; '我方' is the supplier. ① '(郑浩)' -> the writer 郑浩 (outsider in "
             "the roster, department empty -> null), 6月12日前. ② '由我方品质部出具8D报告' is owned by the supplier's "
             "quality department: a unit that is not ours -> no_owner, department null (the row 负责人 郑浩 does not "
             "own an item that names its own unit); 下周一前 -> 2026-06-15. ③ '辉映…（何经理）' -> 何丽君 (alias), "
             "下周三前 -> 2026-06-17. '要求6月25日前到货' is the customer's requirement in 核心需求, not a task. 下次沟通"
             "时间 2026-06-17 10:00 -> next_followup.")
    return register(Case(8019, "supplier-ec-followup-wecom-gb18030", "minutes", "B", "WeCom (企业微信) mail / Tencent Exmail",
                         "multipart/alternative; gb18030; base64",
                         "seed 外部沟通跟进表 key：value from a supplier; ①②③ inline; 我方 = the supplier; outside "
                         "unit no_owner; 下周一前/下周三前; 下次沟通时间",
                         notes, build(h, root), sent, items, ABS(2026, 6, 17, "10:00"), ("2026-06-17", "10:00")))


# ============================================================================ 8020
def c8020():
    seed = 8020
    sent = sh(2026, 6, 12, 18, 40, 26)
    text = """各位领导、同事：

下午在企业微信群里讨论了端午期间航材保障，我整理了一下待办，群聊记录附在后面供参考：

1. 潘经理：下周三前和成都航材共享中心确认端午期间AOG借件协议续签。
2. 石静（本人）：端午前把高价周转件清单更新一遍发MCC。
3. 航线车间吴主任：尽快反馈端午期间需要预留的消耗件清单。
4. 定检车间：6月16日前归还借用的扭力扳手校验件。

以下为群聊记录：
【企业微信 · 航材保障群 · 6月12日】
潘宏 15:02
端午前要跟成都那边把借件协议续了，下周三前吧
吴昌林 15:05
我们这边消耗件清单尽快给你们
石静 15:06
收到，我周四前把周转件清单更新发MCC
龙婷 15:10
MCC这边没问题，端午值班手机号周一发群里
田茂松 15:12
扭力扳手我们16号前还回去

石静
航材保障部
"""
    html = word_html([text], "utf-8")
    root = multipart("alternative", [text_part(text, "plain", "utf-8", "base64", crlf_body=True),
                                     text_part(html, "html", "utf-8", "base64", crlf_body=True)],
                     exo_boundary(seed))
    frm = "shijing"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (::1)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "mapi", seed, sent)]
    h = server_headers("C", P(frm)["email"], sent, seed, hops=hops)
    h += exchange(frm, ["panhong", "wuchanglin", "tianmaosong", "longting"], ["yangguanghui", bot("C")],
                  "端午航材保障协调 纪要（含群聊记录）", sent, seed)
    items = [
        I("panhong", "和成都航材共享中心确认端午期间AOG借件协议续签", NEXT("三"), "2026-06-17"),
        I("shijing", "把高价周转件清单更新一遍发MCC", BEFORE("dragon"), "2026-06-18"),
        I("wuchanglin", "反馈端午期间需要预留的消耗件清单", VAGUE),
        U("定检车间", "归还借用的扭力扳手校验件", MD(6, 16), "2026-06-16"),
    ]
    notes = ("Organiser's numbered to-do list followed by a pasted WeCom group chat, Outlook (Microsoft 365), UTF-8 "
             "base64, CRLF. Sent Fri 2026-06-12. Only the list is minutes; the chat log restates it (周四前, 16号前) and "
             "adds a remark (龙婷: 值班手机号周一发群里) that the organiser did not put in the list -> no extra items. "
             "#1 潘经理 = 潘宏, 下周三前 -> 2026-06-17. #2 '石静（本人）' = the writer; '端午前' = last working day before "
             "06-19 -> Thu 2026-06-18 (the chat's 周四前 agrees). #3 吴主任 = 吴昌林, 尽快 -> vague_due. #4 定检车间 "
             "only -> no_owner, department 定检车间, 06-16. No next meeting.")
    return register(Case(8020, "chat-paste-wecom-group-outlook", "minutes", "C", "Outlook 16 (Microsoft 365), zh-CN",
                         "multipart/alternative; UTF-8; base64; CRLF",
                         "to-do list + pasted group chat that restates it (chat lines are not items); 端午前; 本人; "
                         "unit-only item",
                         notes, build(h, root, crlf=True), sent, items, None))


for _f in (c8011, c8012, c8013, c8014, c8015, c8016, c8017, c8018, c8019, c8020):
    _f()
