"""Cases 9512-9516: 三明岚溪新材料有限公司 (continued)."""
from cases_lx import ORG, foxmail_html
from h67_build import mk
from h67_core import BOTS, Case, I, T
from h67_mime import subj, Part, esc, html_table, hx, leaf, multi, outlook_html, mso_paras, rfc_date


def c9512():
    sent = T("2026-07-07 11:05:18")
    text = """各位，

本周四（7月9日）的生产例会改到周五下午两点，还是三楼会议室。邱总周四要去福州见客户。
议题不变，请大家周五开会前把各自的数据准备好。

美玲
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable", quote=False)
    eml = mk(ORG, "dingtalk", sent, "罗美玲", ["吴德胜", "林秋萍", "余晖", "黄诗琪"], ["邱振华"],
             "本周例会改期", body, "c9512", sender_ip="47.246.22.31", hop=("out30-31.mail.aliyun.example.com", ""))
    notes = ("A rescheduling note (例会改到周五下午两点) written by a person, with the bot in Cc. No meeting has taken "
             "place and nothing is recorded: kind other, no items, and no next_followup (follow-ups are read only "
             "from minutes). DingTalk mail, UTF-8 quoted-printable plain text.")
    return Case(9512, "lx-reschedule-other-dingtalk", "other",
                "DingTalk plain QP rescheduling chat (周四 -> 周五下午两点, 周五前准备数据): not minutes, no follow-up",
                eml, sent, [], None, notes)


def c9513():
    sent = T("2026-06-24 10:31:07")
    bot = BOTS[ORG][1]
    recap_id = "<minutebot.%s@lanxi-nonwoven.example.cn>" % hx("recap9511", 16)
    human = """This is the mail system at host mx.lanxi-nonwoven.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<zhiliang@minfeng-fiber.example.cn>: host mail.minfeng-fiber.example.cn[120.37.161.90]
    said: 550 5.1.1 <zhiliang@minfeng-fiber.example.cn>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx.lanxi-nonwoven.example.cn
X-Postfix-Queue-ID: 5C1D83A0F2
X-Postfix-Sender: rfc822; minutes@lanxi-nonwoven.example.cn
Arrival-Date: Wed, 24 Jun 2026 10:31:04 +0800 (CST)

Final-Recipient: rfc822; zhiliang@minfeng-fiber.example.cn
Original-Recipient: rfc822;zhiliang@minfeng-fiber.example.cn
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.minfeng-fiber.example.cn
Diagnostic-Code: smtp; 550 5.1.1 <zhiliang@minfeng-fiber.example.cn>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = """Return-Path: <minutes@lanxi-nonwoven.example.cn>
From: =?utf-8?B?57qq6KaB5Yqp5omL?= <minutes@lanxi-nonwoven.example.cn>
To: zhiliang@minfeng-fiber.example.cn
Subject: %s
Date: Wed, 24 Jun 2026 10:31:02 +0800
Message-ID: %s
Auto-Submitted: auto-generated
""" % (subj("Re: 交期协调电话会议纪要（闽丰-岚溪）6.23", "utf-8", "B"), recap_id)
    parts = [leaf("text/plain", human, "us-ascii", "7bit", params=[], extra=[("Content-Description", "Notification")]),
             Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  status.encode() + b""),
             Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  orig.encode())]
    body = multi("report", parts, "5C1D83A0F2.1782268267/mx.lanxi-nonwoven.example.cn",
                 params=[("report-type", "delivery-status")], preamble="This is a MIME-encapsulated message.")
    hdrs = [("Return-Path", "<>"), ("Delivered-To", bot),
            ("Received", "by mx.lanxi-nonwoven.example.cn (Postfix)\n\tid 7E41B3A0F9; %s" % rfc_date(sent, "CST")),
            ("Date", rfc_date(sent, "CST")),
            ("From", "MAILER-DAEMON@mx.lanxi-nonwoven.example.cn (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", bot), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20260624023107.7E41B3A0F9@mx.lanxi-nonwoven.example.cn>")]
    from h67_mime import message
    eml = message(hdrs, body)
    notes = ("Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>) for a "
             "recap the bot sent to a supplier address that does not exist. kind auto; the bot must not answer it.")
    return Case(9513, "lx-dsn-bounce-postfix", "auto",
                "Postfix DSN multipart/report for the bot's own recap to an unknown supplier address",
                eml, sent, [], None, notes)


def c9514():
    sent = T("2026-07-13 21:47:09")
    text = """几位：
今晚和福州恒康王总碰了一下，记几件事：

罗经理  明天下班前把7月剩余产能表发我
吴工  后天上午10点前把3号线提速方案报过来
林经理  周四跟客户质量部开视频会，确认擦拭布检测项目
小郑  月底把新合同的付款条款跟财务对一遍

下周一晚8点线上再碰一下进度。

发自我的iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", quote=False)
    eml = mk(ORG, "iphone", sent, "邱振华", ["罗美玲", "吴德胜", "林秋萍", "郑一鸣"], [],
             "今晚和恒康碰的几件事", body, "c9514", sender_ip="223.104.49.201", mime="1.0 (1.0)",
             hop=("smtp.lanxi-nonwoven.example.cn", ""))
    items = [
        I("罗美玲", "把7月剩余产能表发邱总", ("2026-07-14", ("days", 1))),
        I("吴德胜", "报3号线提速方案", ("2026-07-15", ("days", 2)), time="10:00"),
        I("林秋萍", "跟客户质量部开视频会，确认擦拭布检测项目", ("2026-07-16", ("wkday", 3))),
        I("郑一鸣", "把新合同的付款条款跟财务核对一遍", ("2026-07-31", ("monthend",))),
    ]
    notes = ("iPhone Mail plain UTF-8 QP from the GM at 21:47 on Mon 2026-07-13 after a customer dinner; no '纪要' in "
             "the subject, each line is 'title  task' with owners only by title/nickname (罗经理, 吴工, 林经理, 小郑 -> "
             "roster aliases). 明天下班前 -> 07-14 (no time); 后天上午10点前 -> 07-15 10:00; 周四 -> 07-16; 月底 -> 07-31. "
             "'下周一晚8点线上再碰' -> next_followup 2026-07-20 20:00. '发我' = the sender 邱振华.")
    return Case(9514, "lx-iphone-titles-night", "minutes",
                "iPhone Mail QP late-night recap: owners by title only, 明天下班前/后天上午10点前/周四/月底, "
                "next sync '下周一晚8点'",
                eml, sent, items, ("2026-07-20", ("nextwk", 0), "20:00"), notes)


def c9515():
    sent = T("2026-07-22 11:36:50")
    rows = [["负责人", "事项", "客户", "完成日期", "状态"],
            ["黄诗琪", "整理并回复客户质量反馈", "福州恒康", "2026/7/24", "跟进中"],
            ["郑一鸣", "整理并回复客户质量反馈", "厦门洁雅", "2026/7/28", "跟进中"],
            ["林秋萍", "更新克重在线检测SOP", "—", "2026/7/31", "未开始"],
            ["吴德胜", "3号线主电机保养", "—", "8/3", "未开始"],
            ["郑一鸣", "寄送7月样品", "莆田优贝", "2026/7/20", "已完成"]]
    intro = "各位：\n\n今天销售周会的跟进事项如下（从周会跟踪表直接贴的），请各自跟进，完成后在表里更新状态。\n"
    tail = "\n黄诗琪\n销售部 | 三明岚溪新材料有限公司"
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + tail + "\n"
    table = html_table(rows, excel=True)
    html = outlook_html(mso_paras(intro) + "\n" + table + "\n" + mso_paras(tail), cs="utf-8")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_NextPart_000_0102_01DD19A3.6F0E4C20", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, "黄诗琪", ["郑一鸣", "林秋萍", "吴德胜"], ["邱振华"],
             "销售周会跟进事项 7.22", body, "c9515", sender_ip="183.252.77.152",
             hop=("smtp.lanxi-nonwoven.example.cn", ""))
    items = [
        I("黄诗琪", "整理并回复客户质量反馈", ("2026-07-24", ("abs", "2026-07-24"))),
        I("郑一鸣", "整理并回复客户质量反馈", ("2026-07-28", ("abs", "2026-07-28"))),
        I("林秋萍", "更新克重在线检测SOP", ("2026-07-31", ("abs", "2026-07-31"))),
        I("吴德胜", "3号线主电机保养", ("2026-08-03", ("abs", "2026-08-03"))),
    ]
    notes = ("Table pasted from Excel into Outlook (UTF-8, x: classes, tab-separated text part). Two rows carry the "
             "same task text '整理并回复客户质量反馈' for different owners, customers and dates: two separate items, not "
             "a duplicate. Dates written 2026/7/24 and '8/3' -> 2026-08-03. The 已完成 row is status.")
    return Case(9515, "lx-outlook-excel-paste-same-task", "minutes",
                "Outlook UTF-8 Excel paste: two rows with identical task text (two items), 2026/7/24 and 8/3 dates, "
                "已完成 row",
                eml, sent, items, None, notes)


def c9516():
    sent = T("2026-07-31 16:00:12")
    text = """岚溪简讯　2026年第7期（总第31期）

【生产】7月水刺布产量2,180吨，创单月新高，2号线连续运行41天无停机。
【质量】品质部提醒：年度内审将于8月15日前完成，各部门请提前整理记录。
【人事】8月1日起执行夏季作息时间（上午7:30-11:30，下午14:30-17:30）。
【安全】高温期间车间每2小时巡检一次，负责人为各班班长。
【员工之声】欢迎投稿，稿件请于每月25日前发至行政部苏婉清。

行政部　编
"""
    html = foxmail_html(text, "GBK")
    body = multi("alternative", [leaf("text/plain", text, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_001_NextPart315627004218_=----", preamble="This is a multi-part message in MIME format.")
    eml = mk(ORG, "foxmail", sent, ("苏婉清", "suwq@lanxi-nonwoven.example.cn"),
             [("全体员工", "all@lanxi-nonwoven.example.cn")], [], "岚溪简讯 2026年第7期", body, "c9516",
             label="GBK", sender_ip="183.252.77.145", bot_in=None, hop=("smtp.lanxi-nonwoven.example.cn", ""))
    notes = ("Internal company newsletter written and sent by a person in 行政部 to the all-staff list (the bot gets it "
             "through the list; no List-Id, no Precedence, no Auto-Submitted). It has dates, 负责人 and 前 but is not "
             "minutes: kind other (this set keeps 'auto' for mail no person wrote).")
    return Case(9516, "lx-internal-newsletter-other-foxmail", "other",
                "Foxmail GBK internal newsletter to the all-staff list, written by a person, dates and 负责人 inside: other",
                eml, sent, [], None, notes)
