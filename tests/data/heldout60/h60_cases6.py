"""Cases 8831-8838."""
import h60_lib as L
from h60_lib import It, Fu, case, esc, table, leaf, multi, message, rfc_date
from h60_clients import mk, gmail_html, outlook_html, o_p, o_table, simple_html

BOT_A, BOT_B, BOT_C, BOT_D = (L.BOTS[k] for k in "ABCD")


# ---------------------------------------------------------------------------------------------------------------
@case(8831, "qiyuan-customer-price-reply-coremail", "other",
      "Customer's Coremail reply-all 'Re:' in a quotation thread (not minutes, not a reply to a recap): asks for a price "
      "cut and an answer '下周二之前'; Coremail '在 … 写道：' quote with '>' lines -> kind other")
def c8831():
    text = """丁经理：

报价收到了，试吃装单价能不能再降0.5元？我们领导希望8月初把活动定下来，您看下周二之前能不能给个答复。

白玉兰
塞上优品 采购部

在 2026-07-22 16:31:05，"丁文博" <dingwenbo@qiyuan-goji.example.cn> 写道：
>白经理您好：
>
>附件是7月试吃活动的报价，试吃装（20g）单价3.8元，500份起订，含运费。
>
>丁文博
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + L.paras(text.split("\n在 ")[0], "div") + '<div style="position:relative;zoom:1">'
            + '<br>在 2026-07-22 16:31:05，"丁文博" &lt;dingwenbo@qiyuan-goji.example.cn&gt; 写道：<br>'
            + '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            + "白经理您好：<br><br>附件是7月试吃活动的报价，试吃装（20g）单价3.8元，500份起订，含运费。<br><br>丁文博"
            + "</blockquote></div></div>")
    raw = mk("A", "coremail", ("白玉兰", L.EXT["白玉兰"]), ["丁文博"], "Re:7月试吃活动报价", "2026-07-24 11:08:30 +0800",
             text, html, cc=["何蕾", BOT_A], cs="GBK", irt="<5c2e91aa.1f0b.190f3c2d8a1.Coremail.dingwenbo@qiyuan-goji.example.cn>")
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Sent Fri 2026-07-24 by the customer, reply-all in a quotation thread that had the bot in Cc. It asks "
                     "for a lower price and an answer '下周二之前'; it is neither minutes nor a command on a recap: kind "
                     "other, no items."}


# ---------------------------------------------------------------------------------------------------------------
@case(8832, "kaarna-role-titles-nested-brackets-outlook", "minutes",
      "Outlook desktop English (UTF-8 QP, CRLF): owners written with roles ('Product owner Aino', 'Service lead Jussi', "
      "'GM Mikko'); deadlines in nested brackets '(target: 14 Aug (Fri) (to be confirmed …))'; end of August; TBD; "
      "next review in CST/EEST")
def c8832():
    text = """Hi all,

Minutes of today's 8D closure review.

Participants: Product owner Aino Virtanen (remote), Service lead Jussi Heikkinen (remote), GM Mikko Laaksonen, Quality Spring Zhao, Engineering Tina Liu

Summary
- Root cause confirmed: clamp wear on fixture #2 caused weld undercut (D4 closed).
- Rev. G drawing adds a 2 mm weld prep; effective from serial H6-0501.

Actions
1. Product owner Aino: approve the 8D report (D5–D8) (target: 5 Aug (Wed))
2. Service lead Jussi: field-retrofit kit instructions (EN + FI) (target: 14 Aug (Fri) (to be confirmed with Jussi's team))
3. Engineering Tina: update the PFMEA for the boom welding cell (target: end of August)
4. GM Mikko: decide whether to notify all dealers (target: TBD)
5. Quality Spring: customer letter for the Lapland contractor (target: 31 Jul (Fri))

Next review: Wednesday 12 August, 15:00 CST / 10:00 EEST

Regards,
Spring Zhao
Quality Manager
"""
    inner = "".join("<p class=MsoNormal><span lang=EN-US>%s</span></p>" % (esc(l) or "&nbsp;") for l in text.split("\n"))
    raw = mk("B", "outlook", ("Spring Zhao", L.P["赵春燕"]["email"]),
             ["Aino Virtanen", "Jussi Heikkinen", "Mikko Laaksonen", ("Tina Liu", L.P["刘雨桐"]["email"])],
             "Minutes: H6 8D closure review (29 Jul)", "2026-07-29 17:05:00 +0800", text,
             outlook_html(inner, cs="utf-8", lang="EN-US"), cc=[BOT_B], cs="utf-8", text_cte="quoted-printable",
             html_cte="quoted-printable", lang="en-US")
    items = [It("Aino Virtanen", "approve the 8D report (D5–D8)", "abs:2026-08-05", "2026-08-05"),
             It("Jussi Heikkinen", "field-retrofit kit instructions (EN + FI)", "abs:2026-08-14", "2026-08-14"),
             It("刘雨桐", "update the PFMEA for the boom welding cell", "abs:2026-08-31", "2026-08-31"),
             It("Mikko Laaksonen", "decide whether to notify all dealers", "vague"),
             It("赵春燕", "customer letter for the Lapland contractor", "abs:2026-07-31", "2026-07-31")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-08-12", "2026-08-12", "15:00"),
            "notes": "Sent Wed 2026-07-29 17:05. Owners carry role words (Product owner Aino = Aino Virtanen, Service lead "
                     "Jussi = Jussi Heikkinen, Engineering Tina = 刘雨桐, GM Mikko, Quality Spring = 赵春燕 the sender). "
                     "'(target: 5 Aug (Wed))' -> 2026-08-05; '(target: 14 Aug (Fri) (to be confirmed …))' -> 2026-08-14 "
                     "(a tentative date is still the date written); 'end of August' -> 2026-08-31; 'TBD' -> vague_due; "
                     "'31 Jul (Fri)' -> 2026-07-31. Summary lines are decisions/facts ('effective from serial H6-0501'). "
                     "Next review 15:00 CST = 10:00 EEST -> 2026-08-12 15:00."}


# ---------------------------------------------------------------------------------------------------------------
@case(8833, "qiyuan-dsn-bounce-postfix", "auto",
      "Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>, "
      "Auto-Submitted: auto-replied) for a recap sent to a mistyped address; the returned headers carry a minutes subject")
def c8833():
    t = L.ts("2026-08-03 09:00:12 +0800")
    bot = L.BOTS["A"][1]
    expl = ("This is the mail system at host mx.qiyuan-goji.example.cn.\n\nI'm sorry to have to inform you that your "
            "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your "
            "own text from the attached returned message.\n\n                   The mail system\n\n"
            "<hanxuemi@qiyuan-goji.example.cn>: host mailbox.qiyuan-goji.example.cn[10.12.0.30]\n    said: 550 5.1.1 "
            "<hanxuemi@qiyuan-goji.example.cn>: Recipient address rejected:\n    User unknown in virtual mailbox table "
            "(in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx.qiyuan-goji.example.cn\nX-Postfix-Queue-ID: 4cF7Qm1Zt2z9v\n"
              "X-Postfix-Sender: rfc822; minutes@qiyuan-goji.example.cn\nArrival-Date: Mon,  3 Aug 2026 09:00:10 +0800 (CST)\n"
              "\nFinal-Recipient: rfc822; hanxuemi@qiyuan-goji.example.cn\nOriginal-Recipient: rfc822;hanxuemi@qiyuan-goji."
              "example.cn\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mailbox.qiyuan-goji.example.cn\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <hanxuemi@qiyuan-goji.example.cn>: Recipient\n    address rejected: "
              "User unknown in virtual mailbox table\n")
    orig = ("Return-Path: <minutes@qiyuan-goji.example.cn>\nReceived: from bot.qiyuan-goji.example.cn (unknown [10.12.0.40])"
            "\n\tby mx.qiyuan-goji.example.cn (Postfix) with ESMTPS id 4cF7Qm1Zt2z9v;\n\tMon,  3 Aug 2026 09:00:10 +0800 (CST)\n"
            "From: " + L.ew("纪要助手") + " <minutes@qiyuan-goji.example.cn>\n"
            "To: " + L.ew("韩雪梅") + " <hanxuemi@qiyuan-goji.example.cn>\n"
            "Subject: " + L.ew("【逾期提醒】6月鲜果收购款结算（截止7月8日）").replace(" ", "\n ") + "\nDate: Mon, 3 Aug 2026 09:00:00 +0800\n"
            "Message-ID: <mb.20260803090000.chase.a7@qiyuan-goji.example.cn>\nAuto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: OOF, AutoReply\n")
    b = "4cF7Qm1Zt2z9v.1785718812/mx.qiyuan-goji.example.cn"
    body = multi("report", [
        (['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], expl.encode()),
        (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], status.encode()),
        (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig.encode())],
        b, params="report-type=delivery-status")
    headers = [("Return-Path", "<>"), ("Delivered-To", bot),
               ("Received", "by mx.qiyuan-goji.example.cn (Postfix)\n\tid 7Rk2Ws0Lb8z9x; " + rfc_date(t) + " (CST)"),
               ("Date", rfc_date(t)), ("From", "MAILER-DAEMON@mx.qiyuan-goji.example.cn (Mail Delivery System)"),
               ("Subject", "Undelivered Mail Returned to Sender"), ("To", bot), ("Auto-Submitted", "auto-replied"),
               ("Message-Id", "<20260803010012.7Rk2Ws0Lb8z9x@mx.qiyuan-goji.example.cn>")]
    raw = message(headers, body)
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Postfix bounce of a chase mail the bot sent to a mistyped address (hanxuemi@ for hanxuemei@). "
                     "multipart/report with message/delivery-status and text/rfc822-headers; From MAILER-DAEMON, Return-"
                     "Path <>, Auto-Submitted: auto-replied. The returned headers carry a Chinese subject with a date; "
                     "none of it is minutes: kind auto."}


# ---------------------------------------------------------------------------------------------------------------
@case(8834, "shanlan-typhoon-brief-notes-mailmaster", "minutes",
      "NetEase Mail Master from a phone (GBK base64 text only, '发自网易邮箱大师'): terse 'task——owner，deadline' lines "
      "with nicknames; 8月中旬 -> vague; 周五前; 明天; department owner with 待定; counterpart named in a task")
def c8834():
    text = """简单记一下今晚台风应急碰头：
1. 台风季应急预案修订——黎工，8月中旬
2. 船只避风锚地联系——蓝礁郑船长那边，波哥对接，周五前
3. 客人退改政策口径统一——吉主管，明天
4. 组织全员应急演练——运营部，时间待定，等气象局预警再说

晓琳

发自网易邮箱大师
"""
    raw = mk("D", "mailmaster", "符晓琳", ["黎明辉", "陈海波", "吉雅"], "台风应急碰头 简记", "2026-08-06 21:48:00 +0800",
             text, None, cc=["林涛", BOT_D], cs="GBK")
    items = [It("黎明辉", "台风季应急预案修订", "vague"),
             It("陈海波", "船只避风锚地联系", "wd:4", "2026-08-07"),
             It("吉雅", "客人退改政策口径统一", "days:1", "2026-08-07"),
             It(None, "组织全员应急演练", "vague", dept="运营部")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Thu 2026-08-06 21:48 from a phone. '黎工' = 黎明辉, '8月中旬' -> vague_due (corpus convention). "
                     "Item 2: 郑船长 (boat company) is the counterpart; '波哥对接' makes 波哥 = 陈海波 the owner; '周五前' -> "
                     "Fri 2026-08-07. '吉主管' = 吉雅, '明天' -> 2026-08-07. Item 4 owner 运营部 (department only) -> "
                     "no_owner, department 运营部, '时间待定' -> vague_due."}


# ---------------------------------------------------------------------------------------------------------------
@case(8835, "maiji-supervision-list-coremail-gb2312", "minutes",
      "Coremail gb2312 督办清单 table (责任领导/责任股室/责任人/完成时限/办理情况): 责任人 owns (not 责任领导); nested "
      "brackets with a fallback date; 3个工作日内; 8月底前; due on the 09-20 make-up Sunday; 已办结 row skipped")
def c8835():
    rows = [("序号", "督办事项", "责任领导", "责任股室", "责任人", "完成时限", "办理情况"),
            ("1", "交通运输综合执法改革方案修改完善", "蒲志强", "办公室", "康宁",
             "8月14日（周五）前（遇上级文件调整顺延至8月17日（周一））", "办理中"),
            ("2", "农村客运班线公交化改造调研报告", "蒲志强", "运输管理股", "何军", "8月底前", "办理中"),
            ("3", "汛后公路水毁修复项目申报", "张建华", "公路管理股", "赵敏", "3个工作日内", "办理中"),
            ("4", "第三季度安全生产大检查", "张建华", "安全监督股", "石磊", "9月20日（周日，调休上班）前", "办理中"),
            ("5", "上半年财务内审问题整改", "张建华", "财务股", "吕娜", "7月31日", "已办结")]
    head = "各股室：\n\n    根据8月10日局党组会议议定事项，现将督办清单印发如下，请责任人按时限办理，办结后报办公室销号。\n"
    tail = "\n办公室 王芸\n"
    text = head + "\n" + L.text_table(rows) + "\n" + tail
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:宋体">' + L.paras(head, "div")
            + table(rows, td="border:1px solid #000;padding:4px") + L.paras(tail, "div") + "</div>")
    raw = mk("C", "coremail", "王芸", ["康宁", "何军", "赵敏", "石磊", "吕娜"], "局党组会议议定事项督办清单（8月10日）",
             "2026-08-10 17:00:00 +0800", text, html, cc=["张建华", "蒲志强", BOT_C], cs="gb2312")
    items = [It("康宁", "交通运输综合执法改革方案修改完善", "abs:2026-08-14", "2026-08-14"),
             It("何军", "农村客运班线公交化改造调研报告", "abs:2026-08-31", "2026-08-31"),
             It("赵敏", "汛后公路水毁修复项目申报", "bd:3", "2026-08-13"),
             It("石磊", "第三季度安全生产大检查", "abs:2026-09-20", "2026-09-20")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Mon 2026-08-10 17:00. Owner is 责任人, not 责任领导 (the supervising leader). Row 1: the due "
                     "date is 8月14日; the bracket gives a conditional fallback (8月17日) that does not replace it -> "
                     "2026-08-14. '8月底前' -> 2026-08-31. '3个工作日内' -> 08-11, 08-12, 08-13 -> 2026-08-13. Row 4 "
                     "'9月20日（周日，调休上班）前' -> 2026-09-20, a National Day make-up working day. Row 5 已办结 -> not an "
                     "item. No next meeting."}


# ---------------------------------------------------------------------------------------------------------------
@case(8836, "kaarna-excel-owner-action-due-m365", "minutes",
      "Exchange Online English with an Excel-pasted table (# | Action | Owner | Due): 'Owner TBD' -> no_owner, bare "
      "'Wed', '8/28', 'Done' row skipped; +0000 Date; 'Next meeting: Friday 28 August, 10:00'")
def c8836():
    rows = [("#", "Action", "Owner", "Due"),
            ("1", "Book the fire-safety trainer for the September session", "Joanna", "21 Aug"),
            ("2", "Update the forklift licence register", "Desheng", "8/28"),
            ("3", "Translate the lock-out/tag-out procedure into Chinese", "Owner TBD", "4 Sep"),
            ("4", "Send headcount per shift for the training", "Lixin", "Wed"),
            ("5", "Re-order safety shoes (sizes 39-45)", "Howard", "Done")]
    head = ("Hello all,\n\nThanks for joining the autumn safety training planning this morning. Actions below "
            "(copied from the tracker).\n")
    tail = ("\nTraining dates agreed: 15-17 September, two sessions per day.\n\nNext meeting: Friday 28 August, 10:00.\n\n"
            "Best,\nJoanna Qu\nHR & Admin\n")
    text = head + "\n" + L.text_table(rows) + "\n" + tail
    from h60_cases4 import excel_table
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' + L.paras(head, "div")
            + excel_table(rows) + L.paras(tail, "div") + "</div></body></html>")
    raw = mk("B", "m365", ("Joanna Qu", L.P["曲丽娟"]["email"]),
             [("Zhang Desheng", L.P["张德胜"]["email"]), ("Wang Lixin", L.P["王立新"]["email"]),
              ("Howard Sun", L.P["孙浩"]["email"])], "Minutes - Autumn safety training planning (14 Aug)",
             "2026-08-14 02:20:00 +0000", text, html, cc=["Mikko Laaksonen", BOT_B], lang="en-US")
    items = [It("曲丽娟", "Book the fire-safety trainer for the September session", "abs:2026-08-21", "2026-08-21"),
             It("张德胜", "Update the forklift licence register", "abs:2026-08-28", "2026-08-28"),
             It(None, "Translate the lock-out/tag-out procedure into Chinese", "abs:2026-09-04", "2026-09-04"),
             It("王立新", "Send headcount per shift for the training", "wd:2", "2026-08-19")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-08-28", "2026-08-28", "10:00"),
            "notes": "Date Fri 2026-08-14 02:20 +0000 = 10:20 CST. 'Joanna' = the sender 曲丽娟; 'Desheng' = 张德胜; "
                     "'Lixin' = 王立新. 'Owner TBD' -> no_owner (department null) but it has a date 2026-09-04. Bare 'Wed' "
                     "-> the next Wednesday 2026-08-19. '8/28' -> 2026-08-28. Row 5 'Done' is status. The training dates "
                     "(15-17 September) are a decision. Next meeting Friday 28 August 10:00."}


# ---------------------------------------------------------------------------------------------------------------
@case(8837, "shanlan-monthly-review-feishu-mail", "minutes",
      "Feishu Mail written by a person (UTF-8 QP text+HTML): 'task —— owner，deadline' lines; '中秋节前两周出方案（9月10日前）' "
      "-> bracketed date; 本月底前; 8月28日下班前; '负责人待定' with a date; 结论 line; next meeting with a time")
def c8837():
    text = """8月经营分析会（8月19日）纪要

参会：林涛、符晓琳、邢丽、王梓萱、陈海波

结论：
- 9月淡季不降价，改为赠送水下摄影
- 中秋三天（9月25日-27日）船潜名额按8成开放

待办：
1. 中秋套餐方案 —— 萱萱，中秋节前两周出方案（9月10日前）
2. 8月应收账款对账 —— 邢会计，本月底前
3. 潜水中心9月排班 —— 波哥，8月28日下班前
4. 官网英文版更新 —— 负责人待定，9月底前

下次分析会：9月16日（周三）下午3点

林涛
"""
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;line-height:1.6">'
            + L.paras(text, "p", "margin:0") + "</div>")
    raw = mk("D", "feishu", "林涛", ["符晓琳", "邢丽", "王梓萱", "陈海波"], "8月经营分析会纪要", "2026-08-19 18:40:00 +0800",
             text, html, cc=[BOT_D])
    items = [It("王梓萱", "中秋套餐方案", "abs:2026-09-10", "2026-09-10"),
             It("邢丽", "8月应收账款对账", "mend", "2026-08-31"),
             It("陈海波", "潜水中心9月排班", "abs:2026-08-28", "2026-08-28"),
             It(None, "官网英文版更新", "abs:2026-09-30", "2026-09-30")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-09-16", "2026-09-16", "15:00"),
            "notes": "Sent Wed 2026-08-19 18:40. '萱萱' = 王梓萱: '中秋节前两周出方案（9月10日前）' -> the bracketed date "
                     "2026-09-10 (中秋 09-25). '邢会计' = 邢丽 '本月底前' -> 2026-08-31. '波哥' = 陈海波 '8月28日下班前' -> "
                     "2026-08-28, no time. Item 4 '负责人待定' -> no_owner but due '9月底前' -> 2026-09-30. 结论 lines "
                     "(incl. 中秋 9月25日-27日) are decisions. Next 分析会 9月16日（周三）下午3点 -> 2026-09-16 15:00."}


# ---------------------------------------------------------------------------------------------------------------
DOCX_8838 = [
    ("h", "2026年秋季营销及中秋礼盒专题会 会议纪要"),
    ("p", "时间：2026年8月31日 14:00-16:00    地点：三楼会议室    主持：马海东    记录：杨晓燕"),
    ("p", "参会：马海东、丁文博、何蕾、冯志刚、田国栋、纳静"),
    ("p", "一、会议决定"),
    ("p", "1. 中秋礼盒定价：500g特级礼盒168元，线上线下统一。"),
    ("p", "2. 今年中秋不做买赠，改为满299元包邮。"),
    ("p", "二、工作安排"),
    ("t", [("序号", "事项", "负责人", "完成时间"),
           ("1", "中秋礼盒包装定稿并下单", "冯志刚", "9月4日（周五）"),
           ("2", "礼盒产品详情页及直播脚本", "何蕾", "下周三前"),
           ("3", "中秋礼盒全部发货", "田国栋", "中秋节前"),
           ("4", "团购客户名单梳理", "丁文博", "下周五"),
           ("5", "礼盒成品抽检", "纳静", "每批次发货前")]),
    ("p", "三、下次会议：9月7日（周一）下午2:30，同一会议室。"),
]


@case(8838, "qiyuan-mid-autumn-docx-outlook-utf8", "minutes",
      "Outlook zh-CN UTF-8 mail carrying the minutes as a .docx with a Word table: 下周三前 / 下周五 from Mon 08-31, "
      "中秋节前 -> 09-24 (中秋 09-25..27), a per-batch duty with no date; decisions section; next meeting")
def c8838():
    when = L.ts("2026-08-31 17:30:00 +0800")
    data = L.make_docx(DOCX_8838, "杨晓燕", when)
    text = ("各位：\n\n今天下午专题会的纪要见附件（Word），请大家核对自己的事项，有异议请今天内回复我。\n\n杨晓燕\n总经办\n")
    inner = "".join(o_p(l) for l in text.split("\n"))
    raw = mk("A", "outlook", "杨晓燕", ["丁文博", "何蕾", "冯志刚", "田国栋", "纳静"],
             "【会议纪要】2026年秋季营销及中秋礼盒专题会", "2026-08-31 17:45:00 +0800", text,
             outlook_html(inner, cs="utf-8"), cc=["马海东", BOT_A], cs="utf-8", text_cte="quoted-printable",
             html_cte="quoted-printable",
             attach=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "秋季营销及中秋礼盒专题会纪要.docx", data)])
    items = [It("冯志刚", "中秋礼盒包装定稿并下单", "abs:2026-09-04", "2026-09-04"),
             It("何蕾", "礼盒产品详情页及直播脚本", "nw:2", "2026-09-09"),
             It("田国栋", "中秋礼盒全部发货", "prehol:2026-09-25", "2026-09-24"),
             It("丁文博", "团购客户名单梳理", "nw:4", "2026-09-11"),
             It("纳静", "礼盒成品抽检")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-09-07", "2026-09-07", "14:30"),
            "attach_has": ["中秋节前", "下周三前", "团购客户名单梳理"],
            "notes": "Sent Mon 2026-08-31 17:45; the minutes are in the .docx (Word table). '9月4日（周五）' -> 2026-09-04. "
                     "'下周三前' -> 2026-09-09 and '下周五' -> 2026-09-11 (the week after the send week). '中秋节前' -> last "
                     "working day before Mid-Autumn 09-25..09-27 = Thu 2026-09-24. '每批次发货前' is a recurring, "
                     "event-bound duty with no calendar date -> no_due. 会议决定 (price 168元, 满299元包邮) are decisions. "
                     "Next meeting 9月7日（周一）下午2:30 -> 2026-09-07 14:30."}
