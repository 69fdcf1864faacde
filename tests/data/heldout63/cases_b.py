"""Cases 9106-9112: 萍乡瓷峰化工填料有限公司 (industrial ceramic tower packing maker, B)."""
from hl63_case import Case, alimail, alt, coremail, exmail, foxmail, mixed, render_html, render_text
from hl63_lib import attachment, bot, hx, leaf, make_pdf, message, multi, person, rfc_date, ts

P = person


def c9106():
    c = Case(9106, "pack-by-person-foxmail-gbk", "minutes", "B", ts("2026-05-11 17:48:09"),
             "Foxmail GBK base64 alternative; minutes grouped by person (【姓名】 headings, '【我】' = the sender); "
             "a done line (已完成) inside a person's block; 本周内 / 周三前 / 这周五之前 / 下周一 / 月底前 / 5月20日前")
    text = """各位好，今天产销协调会纪要如下，按人列出，请各自认领：

【刘建波】
- 宏达焦化那批50mm陶瓷鲍尔环，本周内排产完毕
- 3号窑温控表周三前更换

【文超】
- 给连云港客户出一份规整填料选型说明（这周五之前）

【易晓琴】
- 上周投诉的吸水率超标问题，复测报告已发客户（已完成）
- 出厂检验规程修订稿，下周一交钟总审

【钟敏】
- 高铝矾土又涨价了，月底前拿到第二家供应商的报价

【我】
- 宏达化工尾款催收，5月20日前回款

下次会议：下周一下午4点，二楼会议室。

彭丽华
销售部
萍乡瓷峰化工填料有限公司"""
    cs = "GBK"
    body = alt(text.replace("\n", "\r\n"), render_html(text, cs, flavor="foxmail"), cs, "base64",
               "----=_001_NextPart462913087110_=----")
    c.eml = foxmail(c, P("彭丽华"), [P("刘建波"), P("文超"), P("易晓琴"), P("钟敏")], [P("钟志鹏"), bot("B")],
                    "5月11日产销协调会纪要", body, cs=cs)
    c.item("刘建波", "宏达焦化50mm陶瓷鲍尔环排产完毕", (("week_end",), "2026-05-17"))
    c.item("刘建波", "更换3号窑温控表", (("wd", 2), "2026-05-13"))
    c.item("文超", "给连云港客户出规整填料选型说明", (("this", 4), "2026-05-15"))
    c.item("易晓琴", "出厂检验规程修订稿交钟总审", (("next", 0), "2026-05-18"))
    c.item("钟敏", "拿到第二家高铝矾土供应商的报价", (("month_end",), "2026-05-31"))
    c.item("彭丽华", "宏达化工尾款催收回款", (("abs", "2026-05-20"), "2026-05-20"))
    c.fu(("next", 0), "2026-05-18", "16:00")
    c.notes = ("Sent Mon 2026-05-11 17:48. Items are grouped under 【person】 headings; '【我】' is the sender 彭丽华. "
               "'本周内' -> Sunday 2026-05-17 (calendar-week end, as in date-phrases.tsv); '周三前' -> 05-13; "
               "'这周五之前' -> 05-15; '下周一' -> 05-18; '月底前' -> 05-31. The 易晓琴 line marked '已完成' reports work "
               "done and is not an item. Next meeting '下周一下午4点' -> 05-18 16:00.")
    return c


def c9107():
    c = Case(9107, "pack-ec-followup-table-exmail-gb18030", "minutes", "B", ts("2026-05-21 11:05:37"),
             "Tencent Exmail gb18030 HTML+text seed 外部沟通跟进表 with two customer rows (one foreign): ①② inside the "
             "解决方案 cell, row 负责人 owns unnamed sub-items, '(5月25日前)' / '下周三前' / '待定'; 下次沟通时间 one date and one 待定")
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
             "下次沟通时间", "负责人"],
            ["EC2026-0521-01", "2026-05-21", "湘东焦化/谭主管", "销售部/欧阳帆", "客户",
             "上批76mm矩鞍环破损率偏高，客户要求提供装填指导并考虑补发",
             "①技术部文工出具装填指导书（5月25日前）②5月27日前答复客户补发数量", "2026-05-28", "欧阳帆"],
            ["EC2026-0521-02", "2026-05-21", "Delta Petrochem（埃及）/Karim Mansour", "销售部/彭丽华", "客户",
             "询价2000立方陶瓷鲍尔环，出口需原产地证",
             "①财务部黄会计核算FOB报价（下周三前）②原产地证办理流程待定", "待定", "彭丽华"]]
    text = """钟总、各位：

今天上午两个客户的沟通情况整理如下（外部沟通跟进表）：

[[T0]]

湘东焦化的补发费用由谁承担，等装填指导书出来后再议。

欧阳帆
销售部"""
    cs = "gb18030"
    html = render_html(text, cs, tables=[rows], flavor="qq", cell_style=' style="border:1px solid #999"')
    body = alt(render_text(text, [rows]), html, cs, "base64", "----=_NextPart_6A4D1C2B_0E7F3A58_3C9B1D22")
    c.eml = exmail(c, P("欧阳帆"), [P("钟志鹏")], [P("彭丽华"), P("文超"), P("黄秀兰"), bot("B")],
                   "外部沟通跟进表 0521（湘东焦化、Delta Petrochem）", body, cs=cs)
    c.item("文超", "出具76mm矩鞍环装填指导书", (("abs", "2026-05-25"), "2026-05-25"))
    c.item("欧阳帆", "答复湘东焦化补发数量", (("abs", "2026-05-27"), "2026-05-27"))
    c.item("黄秀兰", "核算Delta Petrochem FOB报价", (("next", 2), "2026-05-27"))
    c.item("彭丽华", "确认原产地证办理流程", ("vague",))
    c.fu(("abs", "2026-05-28"), "2026-05-28")
    c.notes = ("Seed 外部沟通跟进表 (two rows), sent Thu 2026-05-21. Row 1: ① names 技术部文工 (= 文超) '(5月25日前)'; "
               "② names nobody, so the row 负责人 欧阳帆 owns it, 05-27. Row 2: ① 财务部黄会计 (= 黄秀兰) '下周三前' -> "
               "05-27; ② nobody named -> row 负责人 彭丽华, '流程待定' -> vague_due. 下次沟通时间: row 1 gives 2026-05-28, "
               "row 2 待定, so next_followup 2026-05-28 without time. '补发费用…再议' is an open question, not an item.")
    return c


def c9108():
    c = Case(9108, "pack-zhuze-peihe-mailmaster-html-only", "minutes", "B", ts("2026-06-02 14:30:55"),
             "NetEase Mail Master (enterprise, Coremail backend) single-part HTML, QP utf-8: 负责人 cell '主责：X；配合：Y' "
             "(owner = 主责), ①② sub-tasks with their own dates in one cell, 端午节前 (-> 06-18), owner 行政（待定）+ 尽快")
    rows = [["序号", "事项", "负责人", "完成时间"],
            ["1", "新型蜂窝陶瓷蓄热体试产：①确定配方（6月5日前）②小批量试烧（6月12日前）", "主责：文超；配合：刘建波",
             "见事项"],
            ["2", "耐酸度检测设备校准", "主责：易晓琴", "6月10日"],
            ["3", "客户审厂资料准备（ISO证书、检测报告汇编）", "主责：欧阳帆；配合：易晓琴、文超", "端午节前"],
            ["4", "窑渣外运处置协议续签", "行政（待定）", "尽快"]]
    text = """各位：

技术质量专题会纪要（6月2日）

参会：钟总、文超、刘建波、易晓琴、欧阳帆、钟敏

[[T0]]

下次专题会6月16日（周二）上午，地点另行通知。

发自网易邮箱大师"""
    html = render_html(text, "utf-8", tables=[rows], flavor="coremail",
                       cell_style=' style="border:1px solid #bbb;padding:4px 8px"')
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    c.eml = coremail(c, P("文超"), [P("钟志鹏"), P("刘建波"), P("易晓琴"), P("欧阳帆"), P("钟敏")], [bot("B")],
                     "技术质量专题会纪要（6.2）", body, cs="utf-8", mailer="NetEase Mail Master 5.3.2.1014")
    c.item("文超", "确定新型蜂窝陶瓷蓄热体配方", (("abs", "2026-06-05"), "2026-06-05"))
    c.item("文超", "新型蜂窝陶瓷蓄热体小批量试烧", (("abs", "2026-06-12"), "2026-06-12"))
    c.item("易晓琴", "耐酸度检测设备校准", (("abs", "2026-06-10"), "2026-06-10"))
    c.item("欧阳帆", "客户审厂资料准备（ISO证书、检测报告汇编）", (("before_holiday", "端午"), "2026-06-18"))
    c.item(None, "窑渣外运处置协议续签", ("vague",))
    c.fu(("abs", "2026-06-16"), "2026-06-16")
    c.notes = ("HTML-only, sent Tue 2026-06-02. The 负责人 cell holds '主责：X；配合：Y': the owner is the 主责 person. Row 1 "
               "splits into two items ①② with their own dates (06-05, 06-12). '端午节前' -> last working day before the "
               "Dragon Boat block 06-19..21 = Thu 2026-06-18. Row 4 '行政（待定）' names no person and 行政 is no "
               "department of the roster -> no_owner, department null; '尽快' -> vague_due. Next meeting 06-16 '上午' "
               "(no clock time, gold time null).")
    return c


def c9109():
    c = Case(9109, "pack-quality-pdf-foxmail", "minutes", "B", ts("2026-06-12 16:22:40"),
             "Foxmail GBK text-only body + a .pdf (reportlab, CJK) holding the 品质异常处理会议纪要: 责任人/完成时间 lines, "
             "下周三 from a Friday, 端午节后第一个工作日 (-> 06-22), 2个工作日内 (-> 06-16), dept-only verification item")
    lines = ["# 品质异常处理会议纪要", "编号：QA-2026-018",
             "时间：2026年6月12日 14:00-15:10    地点：品管部会议室",
             "参加：易晓琴、刘建波、欧阳帆、钟敏、文超",
             "问题描述：批号CF260603 陶瓷拉西环抗压强度不合格（客户：湘东焦化），抽检12件不合格3件。",
             "原因分析：3号窑烧成温度偏低约30℃，高铝矾土批次铝含量偏低。",
             "纠正措施：",
             "1. 隔离库存不合格品并重新抽检 —— 责任人：易晓琴，完成时间：6月15日",
             "2. 调整3号窑烧成曲线，保温时间延长40分钟 —— 责任人：刘建波，完成时间：下周三",
             "3. 向客户提交8D报告 —— 责任人：欧阳帆，完成时间：端午节后第一个工作日",
             "4. 高铝矾土原料批次追溯 —— 责任人：钟敏，完成时间：2个工作日内",
             "效果验证：6月30日前由品管部统一验证。",
             "记录：易晓琴"]
    pdf = make_pdf(lines, cjk=True, title="QA-2026-018")
    text = "各位：\r\n\r\n附件是今天品质异常处理会的纪要（QA-2026-018），请相关同事按时完成，8D报告请欧阳帆发客户前先给我过一下。\r\n\r\n易晓琴\r\n品管部\r\n"
    body = mixed(leaf("text/plain", text, "GBK", "base64"),
                 [attachment("品质异常处理会议纪要QA-2026-018.pdf", pdf, "application/pdf", cs="GBK")],
                 "----=_001_NextPart730218664293_=----", preamble="This is a multi-part message in MIME format.")
    c.eml = foxmail(c, P("易晓琴"), [P("刘建波"), P("欧阳帆"), P("钟敏"), P("文超")], [P("钟志鹏"), bot("B")],
                    "品质异常处理会议纪要 QA-2026-018", body, attach=True, host="QC-01", ip="192.168.1.57")
    c.item("易晓琴", "隔离库存不合格品并重新抽检", (("abs", "2026-06-15"), "2026-06-15"))
    c.item("刘建波", "调整3号窑烧成曲线，保温时间延长40分钟", (("next", 2), "2026-06-17"))
    c.item("欧阳帆", "向客户提交8D报告", (("after_holiday", "端午"), "2026-06-22"))
    c.item("钟敏", "高铝矾土原料批次追溯", (("workdays", 2), "2026-06-16"))
    c.item(None, "纠正措施效果验证", (("abs", "2026-06-30"), "2026-06-30"), dept="品管部")
    c.notes = ("The minutes are only in the PDF attachment; the body is a cover note (its '8D报告请…先给我过一下' is a "
               "review step, not a new item). Sent Fri 2026-06-12. '下周三' -> 06-17; '端午节后第一个工作日' -> block "
               "06-19..21, so Mon 2026-06-22; '2个工作日内' -> 06-15, 06-16. '效果验证：6月30日前由品管部统一验证' is a "
               "department-only item (no_owner, department 品管部). No next meeting.")
    return c


def c9110():
    c = Case(9110, "pack-dingtalk-ai-minutes", "minutes", "B", ts("2026-06-24 18:10:03"),
             "DingTalk mail (Alimail) alternative: 钉钉 智能纪要 shared by the organiser — 智能摘要 and 章节速览 mention "
             "things to do, only the 待办事项 block counts; a 待办 without date (no_due); 本周五前; AI disclaimer")
    text = """【钉钉智能纪要】销售周会

会议时间：2026-06-24 16:00-17:05
参会人：彭丽华、欧阳帆、黄秀兰、文超、钟志鹏

智能摘要
本次会议回顾了上周发货与回款情况。彭丽华指出二季度回款进度偏慢，需要在月底前集中催收；钟志鹏要求销售部下月起每周一提交客户拜访计划。文超介绍了新品蓄热体的测试进展，预计7月初可对外报价。

章节速览
00:00 上周发货回顾
12:40 二季度回款情况
31:15 新品蓄热体推广
52:30 Delta Petrochem 出口单证

待办事项
☐ 欧阳帆：6月30日前完成湘东焦化补货合同签订
☐ 黄秀兰：本周五前核对二季度应收账款明细
☐ 彭丽华：跟进Delta Petrochem原产地证办理
☐ 文超：7月3日前提供新品蓄热体技术参数表

以上内容由AI生成，仅供参考
—— 由 彭丽华 分享自钉钉"""
    body = alt(text, render_html(text, "UTF-8", flavor="plain"), "UTF-8", "base64",
               "----=ALIBOUNDARY_86512_5a1f7b3c_6849a2b3_1c0f4e")
    c.eml = alimail(c, P("彭丽华"), [P("欧阳帆"), P("黄秀兰"), P("文超")], [P("钟志鹏"), bot("B")],
                    "销售周会 智能纪要（6月24日）", body)
    c.item("欧阳帆", "完成湘东焦化补货合同签订", (("abs", "2026-06-30"), "2026-06-30"))
    c.item("黄秀兰", "核对二季度应收账款明细", (("this", 4), "2026-06-26"))
    c.item("彭丽华", "跟进Delta Petrochem原产地证办理", None)
    c.item("文超", "提供新品蓄热体技术参数表", (("abs", "2026-07-03"), "2026-07-03"))
    c.notes = ("AI meeting summary (钉钉智能纪要) shared by 彭丽华, Wed 2026-06-24. Only the 待办事项 checklist is items; "
               "the 智能摘要 sentences ('需要在月底前集中催收', '每周一提交客户拜访计划', '7月初可对外报价') are summary "
               "prose, not items. '本周五前' -> 06-26. The 原产地证 待办 has no date -> no_due. No next meeting.")
    return c


def c9111():
    c = Case(9111, "pack-other-reschedule-mailmaster", "other", "B", ts("2026-07-07 08:12:26"),
             "NetEase Mail Master mobile, text-only: the boss moves a meeting ('周四的会改到周五下午3点') and asks for a "
             "report; no minutes -> other")
    text = """丽华：

周四的月度经营分析会改到周五下午3点，地点不变，你通知一下大家。另外把6月份的销售报表和应收明细带上，周四下班前先发我看一下。

钟志鹏

发自网易邮箱大师"""
    body = leaf("text/plain", text, "utf-8", "base64")
    c.eml = coremail(c, P("钟志鹏"), [P("彭丽华")], [bot("B")], "经营分析会改期", body, cs="utf-8",
                     mailer="NetEase Mail Master iOS 7.19.8")
    c.notes = ("Sent Tue 2026-07-07. A short person-to-person message rescheduling a meeting and asking for reports "
               "(with '周四下班前'); the bot is in Cc. No meeting was held, nothing to track: kind other, no items, "
               "no follow-up.")
    return c


def c9112():
    c = Case(9112, "pack-auto-dsn-postfix", "auto", "B", ts("2026-05-21 11:07:02"),
             "Postfix DSN (multipart/report; report-type=delivery-status) from MAILER-DAEMON, Return-Path <>, for a bot "
             "recap of 9107 sent to a mistyped Egyptian address; the returned headers carry the recap subject")
    t = c.sent
    dom = "cifeng-packing.example.cn"
    bad = "karim.mansur@delta-petrochem.example.com.eg"
    human = ("This is the mail system at host mx.%s.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
             "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the "
             "attached returned message.\n\n                   The mail system\n\n<%s>: host\n    "
             "mx1.delta-petrochem.example.com.eg[196.219.40.12] said: 550 5.1.1\n    <%s>: Recipient address rejected: "
             "User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n" % (dom, bad, bad))
    status = ("Reporting-MTA: dns; mx.%s\nX-Postfix-Queue-ID: 4Y%s\nX-Postfix-Sender: rfc822; minutes@%s\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
              "Status: 5.1.1\nRemote-MTA: dns; mx1.delta-petrochem.example.com.eg\nDiagnostic-Code: smtp; 550 5.1.1 "
              "<%s>: Recipient\n    address rejected: User unknown in virtual mailbox table\n"
              % (dom, hx(c.name, 9).upper(), dom, rfc_date(t), bad, bad, bad))
    returned = ("Return-Path: <minutes@%s>\nFrom: =?UTF-8?B?57qq6KaB5Yqp5omL?= <minutes@%s>\nTo: %s\n"
                "Subject: =?UTF-8?B?44CQ57qq6KaB56Gu6K6k44CR5aSW6YOo5rKf6YCa6Lef6L+b6KGoIDA1MjE=?=\n"
                "Date: %s\nMessage-ID: <recap.%s@%s>\nAuto-Submitted: auto-generated\n"
                % (dom, dom, bad, rfc_date(t), hx(c.name + "r", 16), dom))
    b = "4Y%s.1779332822/mx.%s" % (hx(c.name, 9).upper(), dom)
    body = multi("report", [leaf("text/plain", human, "us-ascii", "7bit",
                                 headers=[("Content-Description", "Notification")]),
                            "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status,
                            "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
                            + returned],
                 b, preamble="This is a MIME-encapsulated message.", params="; report-type=delivery-status")
    hdr = [("Return-Path", "<>"), ("Delivered-To", "minutes@" + dom),
           ("Received", "by mx.%s (Postfix)\n\tid 4Y%s; %s (CST)" % (dom, hx(c.name + "q", 9).upper(), rfc_date(t))),
           ("Date", rfc_date(t)), ("From", "MAILER-DAEMON@mx.%s (Mail Delivery System)" % dom),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", "minutes@" + dom),
           ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
           ("Message-Id", "<20260521030702.%s@mx.%s>" % (hx(c.name, 10).upper(), dom))]
    c.eml = message(hdr, body)
    c.notes = ("Delivery status notification for the bot's own recap of 9107, sent to a mistyped address of the "
               "Egyptian customer. From MAILER-DAEMON, Return-Path <>, multipart/report. Nothing to parse: kind auto.")
    return c


CASES = [c9106, c9107, c9108, c9109, c9110, c9111, c9112]
