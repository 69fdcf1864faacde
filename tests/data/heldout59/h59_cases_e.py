"""heldout59 cases 8731-8738: other x5, auto x3."""
from h59_base import BOT, E, P, case, esc, html_lines, it, nf
from h59_cases_a import GOVD
from h59_cases_b import KD, PE
from h59_cases_c import MD, exmail_hs
from h59_cases_d import LD, base_hs
from h59_mime import addr, addrs, ew, message, multipart, received, text_part


def c8731():
    date = "Thu, 4 Jun 2026 21:47:10 +0800"
    text = """杨总，下周三（6月10日）的设计评审会能不能改到周四下午3点？周三我要去雷山合作社看绣片，回来估计要晚上了。

其他几位我已经问过了，周四下午都可以。您同意的话我就改日历，样衣间我也提前订好。

春花

发自我的iPhone"""
    alt = multipart("alternative", "----=_NextPart_6A817F4E_1B2C3D4E_5F6A7B8C",
                    [text_part(text, "plain", "gb18030", "base64"),
                     text_part('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>'
                               + html_lines(text) + "</div>", "html", "gb18030", "base64")])
    hs = exmail_hs("吴春花", ["杨秀英"], ["潘国华"], "下周三评审会改期", date, "7C8D9E0F1A2B3C4D5E6F708192A3B4C5",
                   extra=("X-Mailer: QQMail iPhone 6.6.2",))
    hs = [h for h in hs if not h.startswith("X-Mailer: QQMail 2.x")]
    notes = ("A rescheduling request (Exmail app from an iPhone, gb18030), sent Thu 2026-06-04 with the bot in Cc out of habit. "
             "It proposes moving a meeting ('下周三…改到周四下午3点') and asks for approval: no meeting was held, nothing is "
             "minuted -> kind other, no items, no next_followup (a proposal, not a scheduled follow-up of minutes).")
    return case(8731, "other-reschedule-request-exmail-iphone", "other", message(hs, alt, mime_version=False), [], None,
                notes, "Person-to-person rescheduling request with dates and times, bot in Cc by habit -> other")


def c8732():
    date = "Wed, 27 May 2026 10:32:51 +0800"
    text = """包工：

麻烦周五前把二号线刨丝机今年的维修记录发我一份（纸质的拍照也行），SC换证资料里要用。

另外上次说的除尘系统检查报告，如果有电子版也一起发我。

谢谢！
晓峰
品管部"""
    part = text_part(text, "plain", "GBK", "quoted-printable", crlf=True)
    hs = base_hs("牛晓峰", ["包志刚"], ["车丽娟"], "请提供二号线维修记录", date,
                 "2a91c5e3.1f08.19cb2d7a6e4.Coremail.niuxf@%s" % LD, "niuxf$%s ( [10.10.3.33] )" % LD, "10.10.3.33", "GBK")
    hs += ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version 2023.3-cmXT5 build 20240603(a1b2c3d4)",
           "MIME-Version: 1.0", "X-Coremail-Locale: zh_CN"]
    notes = ("A colleague's request (Coremail, GBK quoted-printable plain text), sent Wed 2026-05-27, with the bot in Cc: it "
             "has an owner-like addressee (包工) and a deadline ('周五前') but it is one person asking another, not minutes of "
             "a meeting -> kind other, no items.")
    return case(8732, "other-personal-request-coremail-gbk", "other", message(hs, part, mime_version=False), [], None, notes,
                "Person's request with 周五前 to one colleague (GBK QP plain), bot in Cc -> other, no items")


def c8733():
    date = "Fri, 5 Jun 2026 18:20:03 +0800"
    text = """锦绣苗坊 电商周报 第23期（5.30—6.5）

【本周数据】
抖店GMV 18.6万元，环比+12%；天猫旗舰店 9.3万元，环比-4%
“蝴蝶妈妈”系列预售 412单，退款率3.1%

【本周上新】
蝴蝶纹刺绣马面裙（蓝靛/米白两色）
银饰搭配套装 3款

【下周计划】
1. 6月8日起 618大促预热，主推蝴蝶妈妈系列（电商部）
2. 直播间每晚8点开播，6月12日请吴主管来讲纹样故事
3. 端午期间（6月19日—21日）客服正常在线，发货顺延至6月22日

【好评摘录】
“绣工真的好，比图片还漂亮！” —— 来自抖店用户 m***8

电商部 龙小妹 编辑
如不想收到本周报，回复“退订”即可。"""
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=ZH-CN>'
            '<div class=WordSection1><table width=600 style="background:#f8f3ea"><tr><td style="padding:16px">'
            + html_lines(text, outlook=True, font="微软雅黑") + '</td></tr></table></div></body></html>')
    alt = multipart("alternative", "----=_NextPart_000_004A_01DCF4E5.1B2C3D40",
                    [text_part(text, "plain", "utf-8", "base64", crlf=True),
                     text_part(html, "html", "utf-8", "quoted-printable", crlf=True)])
    hs = ["Return-Path: <%s>" % E("龙小妹"), "Delivered-To: %s" % BOT["miao"],
          received("mx.%s" % MD, "LONGXM-PC", "192.168.1.121", date + " (CST)", "4ZpK6c0TnWz3vR", BOT["miao"]),
          "From: " + addr("龙小妹", E("龙小妹")),
          "To: " + addr("全体员工", "all@%s" % MD),
          "Subject: " + ew("锦绣苗坊 电商周报 第23期"),
          "Date: " + date, "Message-ID: <004a01dcf4e5$1b2c3d40$51846bc0$@%s>" % MD,
          "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: Adz05Rssz0BRhGvAN2W1k8Jf3aQ1xw==",
          "Content-Language: zh-cn"]
    notes = ("An internal weekly newsletter written and sent by a person (Outlook, to the all-staff group, the bot reached by "
             "Bcc: it is only in Delivered-To). There are no List-Id/Precedence bulk headers, so it is not auto, but it is not "
             "minutes either: data, new products, a plan list naming a department and a colleague with dates ('6月8日起', '6月12日') "
             "-> kind other, no items. AMBIGUOUS only between other and auto; a person wrote and sent it, so other.")
    return case(8733, "other-internal-newsletter-outlook-bcc", "other", message(hs, alt, mime_version=False), [], None,
                notes, "Internal newsletter written by a person to an all-staff group, bot in Bcc, plan list with dates -> other (not auto: no bulk headers)")


def c8734():
    date = "Thu, 23 Apr 2026 09:14:27 +0800"
    text = """赵雪你好，

报价收到，谢谢。能否把电费和车位租金分开报？我们周五内部预算评审要用，最好周四下班前能给到。

另外加热车位如果只租1月份，单价是否一样？

韩振宇
镜泊汽车研究院 环境适应性试验部

赵雪 <zhaoxue@kallio-heihe.example.cn> 于2026年4月21日周二 16:02写道：

> 韩工好，
>
> 附件是8个加热车位（2027年1月5日—2月26日）的报价，含电费，请查收。
>
> Best regards,
> Snow Zhao 赵雪
> Finance & Admin | Kallio Proving Ground (Heihe)
"""
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n")[:8])
            + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">赵雪 &lt;<a href="'
            'mailto:zhaoxue@kallio-heihe.example.cn">zhaoxue@kallio-heihe.example.cn</a>&gt; 于2026年4月21日周二 16:02写道：<br>'
            '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + "".join("<div>%s</div>" % esc(l[2:]) if len(l) > 1 else "<div><br></div>"
                                          for l in text.split("\n")[10:-1]) + '</blockquote></div>\n')
    alt = multipart("alternative", "0000000000008c4e1d0650f2a7b3",
                    [text_part(text, "plain", "UTF-8", "base64"), text_part(html, "html", "UTF-8", "quoted-printable")])
    han = ("韩振宇", "hanzy@jingbo-auto.example.cn")
    hs = ["Return-Path: <hanzy@jingbo-auto.example.cn>", "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "mail-pl1-f176.google.com", "209.85.214.176", date + " (CST)", "4ZKt8d3XqRz1mF",
                   BOT["kallio"]),
          "MIME-Version: 1.0",
          "References: <005201dcd1a3$8e2f4c10$aa8de430$@kallio-heihe.example.cn>",
          "In-Reply-To: <005201dcd1a3$8e2f4c10$aa8de430$@kallio-heihe.example.cn>",
          "From: " + addr(*han),
          "Date: " + date,
          "Message-ID: <CAHk3rT9vQ2xZp7mL4bN8cW1yF6dJ0sR5uE3aG9hK2oV7iM1qX@mail.gmail.com>",
          "Subject: " + ew("Re: 加热车位报价 / Quote for heated garage bays"),
          "To: " + addr("赵雪", E("赵雪")),
          "Cc: " + addrs([("Liu Chunyan", E("刘春燕")), ("Minutes Bot", BOT["kallio"])], sep=", ")]
    notes = ("A customer's Gmail reply in a quotation thread (In-Reply-To a quote mail, not minutes), UTF-8, sent Thu "
             "2026-04-23. It asks for a split quote '周四下班前' and a price question; the quote mail it answers was never "
             "minutes, so there is no meeting or item to update -> kind other (not reply: the thread has no minutes), no items.")
    return case(8734, "other-customer-reply-quote-thread-gmail", "other", message(hs, alt, mime_version=False), [], None,
                notes, "Gmail reply in a quotation thread (not a minutes thread) with a deadline request and a quoted original -> other")


def c8735():
    date = "Wed, 1 Jul 2026 10:08:17 +0800"
    text = """关于召开2026年上半年生态环境工作总结会的通知

各科室、各分局：

经局党组研究，定于7月9日（周四）上午9:00在局三楼会议室召开2026年上半年生态环境工作总结会，现将有关事项通知如下：

一、参会人员
局领导班子成员，各科室、支队、监测站主要负责同志，各分局局长。

二、会议议程
（一）各单位汇报上半年工作完成情况及下半年工作打算（每单位不超过8分钟）；
（二）周立平副局长讲话。

三、有关要求
（一）请各单位于7月6日（周一）下班前将上半年工作总结（3000字以内）报局办公室，联系人：丁晓雯，电话：0952-20xxxxx。
（二）参会人员不得无故缺席，确因特殊情况不能参会的，须向周立平副局长请假。

石嘴山市生态环境局办公室
2026年7月1日"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:仿宋_GB2312">' + html_lines(text)
            + '</div></body></html>')
    alt = multipart("alternative", "----=_Part_288104_1326709945.1782871697903",
                    [text_part(text, "plain", "GBK", "base64"), text_part(html, "html", "GBK", "base64")])
    hs = ["Return-Path: <yangzg@%s>" % GOVD, "Delivered-To: %s" % BOT["gov"],
          received("mail.%s" % GOVD, "yangzg$%s ( [10.64.12.21] )" % GOVD, "10.64.12.21", date + " (CST)",
                   "AJKf7wCnr7GhNGRqXP4AAA--.21307S2", BOT["gov"], "HTTP"),
          "Date: " + date,
          "From: " + addr("杨志刚", E("杨志刚"), "GBK"),
          "To: " + addrs([P("马宏伟"), P("海玉兰"), P("纳斌"), P("何蕾")], "GBK"),
          "Cc: " + addrs([P("周立平"), P("丁晓雯"), ("纪要助手", BOT["gov"])], "GBK"),
          "Subject: " + ew("关于召开2026年上半年生态环境工作总结会的通知", "GBK"),
          "X-Priority: 3", "X-Mailer: Coremail Webmail Server Version 2023.2-cmXT5 build 20240112(9d1b5f4c)",
          "Message-ID: <62b0d7e4.3c5a.19f1e8b4a07.Coremail.yangzg@%s>" % GOVD, "MIME-Version: 1.0",
          "X-Coremail-Locale: zh_CN"]
    notes = ("A government meeting notice (会议通知) for a meeting that has not happened yet, Coremail GBK base64, sent Wed "
             "2026-07-01, bot in Cc. It has 一、二、三 sections, a date-bearing requirement ('7月6日（周一）下班前…报局办公室') "
             "and a contact person, but it is an announcement, not minutes -> kind other, no items, no next_followup.")
    return case(8735, "other-gov-meeting-notice-coremail-gbk", "other", message(hs, alt, mime_version=False), [], None,
                notes, "Government 会议通知 (future meeting, 报送 deadline, 一二三 sections) -> other, not minutes")


def c8736():
    date = "Mon, 20 Jul 2026 01:15:42 +0000"
    text = """Hi,

I am on annual leave from 20 July to 7 August and will have limited access to email.

For HSE emergencies at the site please call Sun Haoran (+86 139 0456 xxxx). For the summer construction permits contact Mikko Rantanen.

I will reply when I am back on 10 August.

Jukka Heikkinen
"""
    alt = multipart("alternative", "_000_SEZPR06MB6941A7B6C5D4E3F2A1B0C9D8E7F61SEZPR06MB6941apcp_",
                    [text_part(text, "plain", "us-ascii", "quoted-printable"),
                     text_part("<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">"
                               "\r\n</head>\r\n<body>\r\n" + "".join("<div>%s</div>" % (esc(l) if l else "<br>")
                                                                     for l in text.split("\n")) + "\r\n</body>\r\n</html>\r\n",
                               "html", "us-ascii", "quoted-printable")])
    orig = "<PA4PR03MB7136D0E1F2A3B4C5D6E7F8091A2B3@PA4PR03MB7136.eurprd03.prod.outlook.com>"
    hs = ["Return-Path: <>", "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "SEZPR06CU001.outbound.protection.outlook.com", "52.101.128.71",
                   "Mon, 20 Jul 2026 09:15:48 +0800 (CST)", "4ZvX0k7QpJz5cN", BOT["kallio"]),
          "From: Jukka Heikkinen <jukka.heikkinen@%s>" % KD,
          "To: Minutes Bot <%s>" % BOT["kallio"],
          "Subject: Automatic reply: [Recap] Weekly track ops sync - please confirm items",
          "Thread-Topic: [Recap] Weekly track ops sync - please confirm items",
          "Thread-Index: AQHdF8r0mT3s4k2xVE6Jq1a0e9c8bA==",
          "Date: " + date,
          "Message-ID: <SEZPR06MB6941A7B6C5D4E3F2A1B0C9D8E7F61@SEZPR06MB6941.apcprd06.prod.outlook.com>",
          "References: " + orig, "In-Reply-To: " + orig,
          "Auto-Submitted: auto-replied",
          "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: %s" % E("Jukka Heikkinen"),
          "X-MS-TNEF-Correlator:", "Content-Language: en-GB", "MIME-Version: 1.0"]
    notes = ("Exchange Online out-of-office reply to a bot recap: 'Automatic reply:' subject, Auto-Submitted: auto-replied, "
             "X-MS-Exchange-Inbox-Rules-Loop, Return-Path <>. The body has dates (20 July to 7 August, back on 10 August) and "
             "delegates -> kind auto; no items, no reply command.")
    return case(8736, "auto-ooo-exchange-english", "auto", message(hs, alt, mime_version=False), [], None, notes,
                "Exchange Online English out-of-office (Auto-Submitted: auto-replied, Rules-Loop) with dates and delegates -> auto")


def c8737():
    date = "Mon, 3 Aug 2026 10:16:02 +0800"
    text = "这是来自QQ邮箱的假期自动回复邮件。\n \n您好，我最近正在休假中，无法亲自回复您的邮件。我将在休假结束后（8月10日），尽快给您回复。外贸急事请联系杨总。\n石磊"
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div style="font-size:12px;color:#999">'
            '这是来自QQ邮箱的假期自动回复邮件。</div><div>&nbsp;</div><div>您好，我最近正在休假中，无法亲自回复您的邮件。'
            '我将在休假结束后（8月10日），尽快给您回复。外贸急事请联系杨总。<br>石磊</div>')
    alt = multipart("alternative", "----=_NextPart_6A8D4F12_2C3B4A59_1E0F2D3C",
                    [text_part(text, "plain", "gb18030", "base64"), text_part(html, "html", "gb18030", "base64")],
                    preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % E("石磊"), "Delivered-To: %s" % BOT["miao"],
          received("mx.%s" % MD, "smtpbg.exmail.example.net", "203.205.250.17", date + " (CST)", "4b4Y9mTq1Rz7pD",
                   BOT["miao"]),
          "X-QQ-mid: bizesmtp1785723362t0d9c8b7a",
          "From: " + addr("石磊", E("石磊"), "gb18030"),
          "To: " + addr("纪要助手", BOT["miao"], "gb18030"),
          "Subject: " + ew("自动回复: [纪要确认] 8月生产例会纪要", "gb18030"),
          "Mime-Version: 1.0", "Date: " + date,
          "Message-ID: <tencent_8B7A6F5E4D3C2B1A0918F7E6@exmail.tencent.example.net>",
          "X-Priority: 3", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x",
          "In-Reply-To: <recap.8716.20260803@jxmiaofang.example.cn>"]
    notes = ("Tencent Exmail vacation auto-reply WITHOUT an Auto-Submitted header (Exmail does not set one): only the "
             "'自动回复:' subject prefix and the canned '这是来自QQ邮箱的假期自动回复邮件' line show it. gb18030. Mentions a date "
             "(8月10日) and a delegate -> kind auto, no items.")
    return case(8737, "auto-vacation-exmail-no-header", "auto", message(hs, alt, mime_version=False), [], None, notes,
                "Exmail vacation auto-reply with no Auto-Submitted header (subject prefix + canned text only) -> auto")


def c8738():
    date = "Sat, 9 May 2026 15:27:05 +0800"
    notice = ("很抱歉您的邮件没有发送成功，原因如下：\n\n收件人：heweibo@longshu-starch.example.cn\n"
              "退信原因：收件人地址不存在（550 5.1.1 User unknown）\n\n建议：请核实收件人地址后重新发送。\n\n"
              "This is the mail system at host mx.longshu-starch.example.cn.\n"
              "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n")
    dsn = ("Reporting-MTA: dns; mx.longshu-starch.example.cn\nX-Postfix-Queue-ID: 4ZcM2r0Hk7z4tS\n"
           "X-Postfix-Sender: rfc822; minutes@longshu-starch.example.cn\nArrival-Date: Sat,  9 May 2026 15:27:03 +0800 (CST)\n\n"
           "Final-Recipient: rfc822; heweibo@longshu-starch.example.cn\nOriginal-Recipient: rfc822;heweibo@longshu-starch.example.cn\n"
           "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"heweibo\"\n")
    orig_h = ("Return-Path: <minutes@longshu-starch.example.cn>\nFrom: =?utf-8?B?57qq6KaB5Yqp5omL?= <minutes@longshu-starch.example.cn>\n"
              "To: heweibo@longshu-starch.example.cn\nSubject: =?utf-8?B?W+e6quimgeehruiupF0gNeaciOWuieWFqOeUn+S6p+S+i+S8mue6quimgQ==?=\n"
              "Date: Sat, 09 May 2026 15:27:01 +0800\nMessage-ID: <recap.8725.20260509152701@longshu-starch.example.cn>\n"
              "Auto-Submitted: auto-generated\n")
    p1 = text_part(notice, "plain", "utf-8", "base64")
    p1["head"] = p1["head"].replace("Content-Type", "Content-Description: Notification\nContent-Type", 1)
    p2 = {"head": "Content-Description: Delivery report\nContent-Type: message/delivery-status", "body": dsn, "charset": "ascii"}
    p3 = {"head": "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers", "body": orig_h,
          "charset": "ascii"}
    root = multipart("report", "4ZcM2r0Hk7z4tS.1778311625/mx.longshu-starch.example.cn", [p1, p2, p3],
                     preamble="This is a MIME-encapsulated message.", params=";\n\treport-type=delivery-status")
    hs = ["Return-Path: <>", "Delivered-To: %s" % BOT["ls"],
          "Received: by mx.longshu-starch.example.cn (Postfix)\n\tid 4ZcM2r0Hk7z4tS; Sat,  9 May 2026 15:27:05 +0800 (CST)",
          "Date: " + date,
          "From: MAILER-DAEMON@longshu-starch.example.cn (Mail Delivery System)",
          "Subject: " + ew("系统退信 Undelivered Mail Returned to Sender"),
          "To: %s" % BOT["ls"],
          "Auto-Submitted: auto-replied",
          "Message-Id: <20260509072705.4ZcM2r0Hk7z4tS@mx.longshu-starch.example.cn>",
          "MIME-Version: 1.0"]
    notes = ("Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>) for the bot's "
             "recap of the 5月安全生产例会纪要 sent to a mistyped address. The notification text is Chinese+English; the "
             "returned headers carry the recap's subject -> kind auto, no items.")
    return case(8738, "auto-dsn-postfix-bounce", "auto", message(hs, root, mime_version=False), [], None, notes,
                "Postfix DSN (multipart/report, MAILER-DAEMON, Return-Path <>) for a bot recap; Chinese notice + rfc822-headers -> auto")


CASES = [c8731, c8732, c8733, c8734, c8735, c8736, c8737, c8738]
