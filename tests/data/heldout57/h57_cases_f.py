"""heldout57 cases 8534-8538 (other, auto)."""
from h57_lib import C, T, at, ew, addr, leaf, multi, rfc_date, TZ8, _hash
from h57_clients import build
from h57_people import P, EN, bot


def c8534():
    t = at(2026, 8, 6, 14, 33, 50)
    text = """王老板您好，

报价收到，谢谢。我们这边倾向第二款（扎染杯垫+小方巾组合），数量200份，8月15日前能送到喜洲店吗？如果可以，麻烦明天把合同发我，我走付款流程。

董佳怡
渠道营销部 | 大理苍洱栖居酒店管理有限公司

------------------ 原始邮件 ------------------
发件人: "璞真扎染 王丽琼" <wangliqiong@puzhen-zharan.example.cn>
发送时间: 2026年8月5日(星期三) 下午5:48
收件人: "董佳怡" <dongjiayi@cangerstay.example.cn>
抄送: "施宇航" <shiyuhang@cangerstay.example.cn>; "纪要助手" <minutes@cangerstay.example.cn>
主题: 喜洲店开业伴手礼报价

董小姐好，附件是三款伴手礼的报价，第一款28元/份，第二款35元/份，第三款46元/份，200份以上九五折，下单后7天交货。
"""
    raw = build("exmail", 8534, P("dongjy"), [("璞真扎染 王丽琼", "wangliqiong@puzhen-zharan.example.cn")],
                [P("shiyh"), bot("D")], "回复：喜洲店开业伴手礼报价", t, bot("D")[1], blocks=text.rstrip("\n").split("\n"),
                irt="<tencent_7C3A1E9B5D2F4A60B8E1C9D3F2A7B6E5@puzhen-zharan.example.cn>",
                refs=["<tencent_7C3A1E9B5D2F4A60B8E1C9D3F2A7B6E5@puzhen-zharan.example.cn>"])
    notes = ("Exmail reply-all in a supplier quotation thread (the bot was in Cc of the original): a purchase question with "
             "'8月15日前' and '明天把合同发我'. It answers no recap and carries no minutes -> kind other, no items.")
    return C(8534, "exmail-reply-in-quote-thread", "other", raw, [], None, notes,
             "Exmail '回复：' in a supplier quotation thread with dates; not a reply to a recap, not minutes -> other", "D")


def c8535():
    t = at(2026, 7, 6, 2, 14, 55, 0)
    blocks = [
        "Hi all,",
        "",
        "Agenda for Thursday's prep session for the notified body surveillance audit (Thu 9 Jul, 10:00-12:00, Board Room).",
        "",
        T([["Time", "Topic", "Presenter", "Prep needed"],
           ["10:00-10:15", "Audit plan and scope", "Jason", "-"],
           ["10:15-10:45", "CAPA status, incl. CAPA-26-017", "Cindy", "Close-out evidence by Wed 8 Jul"],
           ["10:45-11:15", "Steriliser requalification", "Tony", "PQ reports"],
           ["11:15-11:45", "Supplier controls (Redcedar change)", "Jessica", "Supplier file"],
           ["11:45-12:00", "Mock interviews - who talks to the auditor", "Linda", "-"]]),
        "",
        "Please bring printed copies. Minutes will follow after the session.",
        "",
        "Cindy",
    ]
    raw = build("m365", 8535, EN("linsy", "Cindy Lin"),
                [EN("zhouhf", "Jason Zhou"), EN("tangxf", "Tony Tang"), EN("shenj", "Jessica Shen"), EN("fangl", "Linda Fang")],
                [bot("K")], "Agenda - NB surveillance audit prep, Thu 9 Jul", t, bot("K")[1], blocks=blocks)
    notes = ("Exchange Online English agenda for a meeting that has not happened yet (Date Mon 2026-07-06 02:14 +0000 = 10:14 "
             "Shanghai). Presenters and 'Prep needed' dates look like owners and deadlines but nothing was decided; 'Minutes will "
             "follow' -> kind other, no items, no follow-up.")
    return C(8535, "m365-agenda-before-meeting", "other", raw, [], None, notes,
             "M365 agenda table with presenters and prep dates for a future meeting -> other", "K")


def c8536():
    t = at(2026, 7, 22, 16, 12, 4)
    text = """这是一封自动回复邮件。

您好，我正在休年假（7月20日-7月31日），期间邮件回复可能不及时。
外贸业务急事请联系郑海波（zhenghaibo@yuanfei-kite.example.cn，0536-8xx6033）。
8月3日起正常处理邮件，谢谢！

宋婷婷
"""
    raw = build("exmail", 8536, P("songtt"), [bot("W")], [],
                "自动回复：Re: 【纪要确认】电商周会纪要（7.22）", t, bot("W")[1], blocks=text.rstrip("\n").split("\n"),
                irt="<minutebot.8520.recap@yuanfei-kite.example.cn>",
                refs=["<minutebot.8520.recap@yuanfei-kite.example.cn>"])
    notes = ("Tencent Exmail vacation auto-reply to the bot's recap WITHOUT an Auto-Submitted header (Exmail web auto-reply); "
             "recognised by the '自动回复：' subject and the '这是一封自动回复邮件' body. Dates in the body must not become anything "
             "-> kind auto.")
    return C(8536, "exmail-vacation-autoreply-no-header", "auto", raw, [], None, notes,
             "Exmail vacation auto-reply without Auto-Submitted (subject/body only) -> auto", "W")


def c8537():
    t = at(2026, 6, 27, 1, 3, 12, 0)
    text = """I'm out of the office from 29 June to 3 July with limited access to email.

For urgent steriliser or PQ matters please contact Kevin Kong (kevin.kong@kilbride-cz.example.com).
Actions due in this period will be picked up by 6 July.

Tony Tang
"""
    raw = build("m365", 8537, EN("tangxf", "Tony Tang"), [bot("K")], [],
                "Automatic reply: Recap: Engineering weekly - 26 Jun", t, bot("K")[1], blocks=text.rstrip("\n").split("\n"),
                irt="<minutebot.8515.recap@kilbride-cz.example.com>", refs=["<minutebot.8515.recap@kilbride-cz.example.com>"],
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                       "X-MS-Exchange-Inbox-Rules-Loop: tony.tang@kilbride-cz.example.com"],
                return_path="")
    notes = ("Exchange Online out-of-office ('Automatic reply:') to the bot's recap of 8515: Auto-Submitted: auto-replied, "
             "X-Auto-Response-Suppress, X-MS-Exchange-Inbox-Rules-Loop, Return-Path <>. Body dates are not commands -> kind auto.")
    return C(8537, "m365-ooo-auto-submitted", "auto", raw, [], None, notes,
             "Exchange OOF with Auto-Submitted: auto-replied and dates in the body -> auto", "K")


def c8538():
    t = at(2026, 7, 28, 16, 2, 37)
    bot_addr = bot("L")[1]
    rcpt = "ajz@zijin-jd.example.gov.cn"
    b = "----=_Part_DSN_" + _hash("dsn8538", 16)
    human = ("这是来自 mail.ldyjj.example.gov.cn 的系统退信。\n\n"
             "很抱歉，您发送的邮件未能投递到以下收件人：\n\n"
             "  %s\n\n原因：对方服务器拒绝：550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table\n\n"
             "原邮件主题：【纪要确认】防御台风“白鹭”紧急会商会议要求\n发送时间：2026-07-28 15:31:05\n" % (rcpt, rcpt))
    status = ("Reporting-MTA: dns; mail.ldyjj.example.gov.cn\n"
              "X-Postfix-Queue-ID: 4cB7Yq0DkKz5T\n"
              "Arrival-Date: Tue, 28 Jul 2026 15:31:06 +0800 (CST)\n\n"
              "Final-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx.zijin-jd.example.gov.cn\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
              "    unknown in local recipient table\n" % (rcpt, rcpt, rcpt))
    orig = ("Return-Path: <%s>\n"
            "From: =?utf-8?B?%s?= <%s>\n"
            "To: <%s>\n"
            "Subject: %s\n"
            "Date: Tue, 28 Jul 2026 15:31:05 +0800\n"
            "Message-ID: <minutebot.8521.recap@ldyjj.example.gov.cn>\n"
            "Auto-Submitted: auto-generated\n"
            "MIME-Version: 1.0\n" % (bot_addr, "5Lya6K6u57qq6KaB5Yqp5omL", bot_addr, rcpt,
                                     ew("【纪要确认】防御台风“白鹭”紧急会商会议要求", "utf-8")))
    parts = [leaf("text/plain", human, "utf-8", "base64"),
             "Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n" + status,
             "Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n" + orig]
    body = multi("report", parts, b, preamble="This is a MIME-encapsulated message.\n",
                 params="; report-type=delivery-status")
    H = ["Return-Path: <>",
         "Delivered-To: %s" % bot_addr,
         "Received: by mail.ldyjj.example.gov.cn (Postfix)\n\tid 4cB7Yq0F2Lz5V; %s (CST)" % rfc_date(t),
         "Date: " + rfc_date(t),
         "From: " + addr("系统退信", "MAILER-DAEMON@mail.ldyjj.example.gov.cn", "utf-8"),
         "Subject: " + ew("系统退信：【纪要确认】防御台风“白鹭”紧急会商会议要求", "utf-8"),
         "To: " + bot_addr,
         "Auto-Submitted: auto-replied",
         "Message-ID: <20260728080237.4cB7Yq0F2Lz5V@mail.ldyjj.example.gov.cn>",
         "MIME-Version: 1.0"]
    raw = ("\n".join(H) + "\n" + body).encode("utf-8")
    notes = ("Postfix DSN (multipart/report; report-type=delivery-status) with a Chinese human-readable part, Return-Path <>, "
             "From MAILER-DAEMON, for the bot's recap of 8521 sent to a street-office address that does not exist -> kind auto.")
    return C(8538, "postfix-dsn-chinese-bounce", "auto", raw, [], None, notes,
             "Postfix DSN bounce (multipart/report) with a Chinese notice part -> auto", "L")


CASES = [c8534, c8535, c8536, c8537, c8538]
