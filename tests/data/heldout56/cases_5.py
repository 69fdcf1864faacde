"""Cases 8433-8438: kind other and auto."""
from gen_common import *  # noqa


# ------------------------------------------------------------------ 8433 other
def c8433():
    date = "Thu, 16 Apr 2026 10:05:12 +0800"
    text = """谭工：

集团审计要一季度信息化项目的支出明细，麻烦周五前发我一份Excel（按项目、合同号、已付金额列一下），谢谢！

另外三楼会议室的投影仪又不亮了，方便的话明天上午帮忙看一下。

于海洋
综合办公室
"""
    body = leaf("text/plain", text, "GBK", "base64")
    hdrs = [
        ("Date", date),
        ("From", addr("yuhy", "GBK")),
        ("To", addr("tanwb", "GBK")),
        ("Cc", ORGS["A"]["bot"]),
        ("Message-ID", "<1f0e7b2c.5a6d.19d94c3b2e8.Coremail.yuhy@jlgrain.example.cn>"),
        ("Subject", ew("请提供一季度信息化项目支出明细", "GBK")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20220113(9b3b7e35) Copyright (c) 2002-2026 www.mailtech.cn"),
    ]
    case(8433, "other-plain-request-coremail-gbk", "other", "A", date, hdrs, body, [], None,
         notes=("A person-to-person request (Coremail GBK, Thu 2026-04-16) with the bot in Cc out of habit: '周五前发我一份Excel', "
                "'明天上午帮忙看一下' are requests, not minutes of a meeting -> kind other, no items, no follow-up."),
         tests="plain request with deadlines to one colleague; bot in Cc by habit",
         from_host="webmail.jlgrain.example.cn", from_ip="10.20.1.57")


# ------------------------------------------------------------------ 8434 other
def c8434():
    date = "Wed, 20 May 2026 08:55:31 +0800"
    text = """Felipe,

Tomorrow's 16:00 slot doesn't work for Kevin any more, he has to be at the bank for the LC amendment. Could we move the call to Friday 22 May, 09:00 Beijing / Thursday 21:00 Santiago? If that's bad for you, Monday 25 May same time also works on our side.

Please confirm and I'll update the Teams invite.

Saludos,
Matías
"""
    html = ('<div dir="auto">' + html_escape(text).replace("\n", "<br>") + "</div>\n")
    body = multipart("alternative", "0000000000004e8b7a0652a3c1f5", [
        leaf("text/plain", text, "UTF-8", "quoted-printable"),
        leaf("text/html", html, "UTF-8", "quoted-printable"),
    ])
    hdrs = [
        ("MIME-Version", "1.0"),
        ("From", addr(("Matías Herrera", "mherrera@andespacifico.example.com"), "UTF-8")),
        ("Date", date),
        ("Message-ID", "<CAPq8Zs3x1-Hn0bW9kLr2vT4mY7cE5fJ6aD8uQ0iN2pG@mail.gmail.com>"),
        ("Subject", "Moving Thursday's Q3 allocation call?"),
        ("To", addr("faraya", quote_ascii=True)),
        ("Cc", '"Kevin Sun" <sunlw@andespacifico.example.com>, minutes@andespacifico.example.com'),
    ]
    case(8434, "other-reschedule-discussion-gmail-app", "other", "D", date, hdrs, body, [], None,
         notes=("Gmail app (Android), Wed 2026-05-20: the organiser asks the partner to move the call agreed in 8408's minutes. A "
                "scheduling discussion with proposed times is not minutes and not a command to the bot -> kind other, no items, "
                "next_followup null (the proposal is not a fixed next meeting). New thread, no quote."),
         tests="meeting-time negotiation with concrete proposed times; not minutes, not a reply command",
         from_host="mail-yw1-f170.google.com", from_ip="209.85.128.170")


# ------------------------------------------------------------------ 8435 other
def c8435():
    date = "Tue, 30 Jun 2026 17:30:44 +0800"
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:PingFang SC,微软雅黑;font-size:14px">
<div style="max-width:640px;margin:0 auto">
<h2 style="color:#1a7f64">《榕悦月报》2026年6月刊</h2>
<p>各位榕悦伙伴，又到月底啦，这是我们的第18期月报～</p>
<h3>一、本月要闻</h3>
<p>1. 6月全院新增正畸患者152例，隐形矫治占比首次超过45%。<br>2. 仓山门诊通过市口腔质控中心年度检查，钱慧敏老师团队获“优秀病例”二等奖。</p>
<h3>二、门诊动态</h3>
<p>鼓楼门诊候诊区改造已完成，新叫号屏将于7月底前上线。端午假期两家门诊共接诊213人次，辛苦值班的同事们！</p>
<h3>三、7月活动预告</h3>
<p>暑期“小牙套”活动7月1日正式上线，详情见小程序；7月18日（周六）下午举办员工亲子开放日，报名请于7月10日前找市场部翁佳。</p>
<h3>四、温馨提示</h3>
<p>请尚未提交年度体检报告的同事于7月10日前交至运营部；高温季节外出请注意防暑。</p>
<p style="color:#999">编辑：市场部 翁佳 ｜ 有想分享的故事欢迎投稿</p>
</div></body></html>
"""
    body = leaf("text/html", html, "utf-8", "base64")
    hdrs = [
        ("From", addr("wengjia")),
        ("To", addr(("榕悦全体员工", "all@rongyue-ortho.example.cn"))),
        ("Cc", ORGS["C"]["bot"]),
        ("Subject", ew("《榕悦月报》2026年6月刊")),
        ("Date", date),
        ("Message-ID", "<7b3c5e1a-8d20-4f6e-9a47-20260630173044@exmail.work.weixin.example.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WeCom Mail"),
    ]
    case(8435, "other-internal-newsletter-by-person", "other", "C", date, hdrs, body, [], None,
         notes=("Internal monthly newsletter written by a person (翁佳) from her own WeCom mailbox to the all-staff address, bot in Cc; "
                "no List-Id/Precedence headers, so it is not bulk mail (kind other, not auto). Its dates ('7月10日前找市场部翁佳', "
                "'7月底前上线') are announcements, not minutes items."),
         tests="person-written newsletter with dates and 前; not bulk headers -> other, not auto and not minutes",
         from_host="wecom-mta.example.net", from_ip="101.226.90.42")


# ------------------------------------------------------------------ 8436 auto
def c8436():
    date = "Mon, 6 Jul 2026 00:12:03 +0000"
    text = """Thank you for your email. I am travelling in Chile until July 13 with limited access to email.
For urgent matters please contact Camila Soto (csoto@andespacifico.example.com) or call +86 22 5896 3300.

Gracias por su correo. Estoy de viaje en Chile hasta el 13 de julio con acceso limitado al correo.

Rodrigo Fuentes
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + html_escape(text).replace("\n", "<br>")
            + "</div></body></html>\n")
    body = multipart("alternative", "_000_CP6PR01MB7432F0A1B2C3D4E5F607CP6PR01MB7432namp_", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ])
    hdrs = [
        ("From", "Rodrigo Fuentes <rfuentes@andespacifico.example.com>"),
        ("To", "minutes <minutes@andespacifico.example.com>"),
        ("Subject", "Automatic reply: [Recap] June month-end close - action log"),
        ("Thread-Topic", "[Recap] June month-end close - action log"),
        ("Date", date),
        ("Message-ID", "<CP6PR01MB7432F0A1B2C3D4E5F607@CP6PR01MB7432.brapr01.prod.outlook.example.com>"),
        ("In-Reply-To", "<mb.20260706.0001.r8424@andespacifico.example.com>"),
        ("References", "<mb.20260706.0001.r8424@andespacifico.example.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "rfuentes@andespacifico.example.com"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    case(8436, "auto-exchange-ooo-english-spanish", "auto", "D", date, hdrs, body, [], None,
         notes=("Exchange Online out-of-office 'Automatic reply:' to the bot's recap (Auto-Submitted: auto-replied, "
                "X-MS-Exchange-Inbox-Rules-Loop), English + Spanish, with a date in the text -> kind auto."),
         tests="Exchange OOF with Auto-Submitted; bilingual body with a date",
         from_host="CP6PR01MB7432.brapr01.prod.outlook.example.com", from_ip="40.107.90.72")


# ------------------------------------------------------------------ 8437 auto
def c8437():
    date = "Tue, 12 May 2026 18:31:50 +0800"
    human = """很抱歉您发送的邮件被退回，以下是该邮件的相关信息：
被退回的邮件：【纪要确认】储运部周例会纪要（5月12日）
发送时间：2026-05-12 18:31:46
无法到达的收件人：weizhiyuan@jlgrain.example.cn
失败原因：收件人地址不存在 (550 5.1.1 User unknown)

This is the mail system at host mail.jlgrain.example.cn.
I'm sorry to have to inform you that your message could not be delivered to one or more recipients.
"""
    status = """Reporting-MTA: dns; mail.jlgrain.example.cn
X-Postfix-Queue-ID: 4H8437Q2BB
Arrival-Date: Tue, 12 May 2026 18:31:46 +0800 (CST)

Final-Recipient: rfc822; weizhiyuan@jlgrain.example.cn
Original-Recipient: rfc822;weizhiyuan@jlgrain.example.cn
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <weizhiyuan@jlgrain.example.cn>: Recipient address rejected: User unknown in local recipient table
"""
    orig = f"""Return-Path: <minutes@jlgrain.example.cn>
From: {ew("纪要助手")} <minutes@jlgrain.example.cn>
To: weizhiyuan@jlgrain.example.cn
Subject: {ew("【纪要确认】储运部周例会纪要（5月12日）")}
Date: Tue, 12 May 2026 18:31:46 +0800
Message-ID: <mb.20260512.0007.r@jlgrain.example.cn>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
"""
    body = multipart("report", "4H8437Q2BB.1778581910/mail.jlgrain.example.cn", [
        leaf("text/plain", human, "utf-8", "8bit", extra=["Content-Description: Notification"]),
        leaf("message/delivery-status", status, None, "7bit", extra=["Content-Description: Delivery report"]),
        leaf("text/rfc822-headers", orig, None, "7bit", extra=["Content-Description: Undelivered Message Headers"]),
    ], preamble="This is a MIME-encapsulated message.", params="; report-type=delivery-status")
    lead = [("Return-Path", "<>"), ("Delivered-To", ORGS["A"]["bot"]),
            ("Received", "by mail.jlgrain.example.cn (Postfix)\n\tid 4H8437Q2BB; Tue, 12 May 2026 18:31:50 +0800 (CST)")]
    hdrs = [
        ("Date", date),
        ("From", "MAILER-DAEMON@mail.jlgrain.example.cn (Mail Delivery System)"),
        ("Subject", ew("系统退信") + " Undelivered Mail Returned to Sender"),
        ("To", ORGS["A"]["bot"]),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", "<20260512103150.4H8437Q2BB@mail.jlgrain.example.cn>"),
    ]
    eml = message(lead + hdrs, body)
    case_raw(8437, "auto-postfix-bounce-chinese-notice", "auto", "A", date, eml,
             notes=("Delivery status notification (multipart/report; report-type=delivery-status, Return-Path <>, MAILER-DAEMON) for the "
                    "bot's recap sent to a mistyped address. The Chinese notice quotes the minutes subject and a time -> kind auto."),
             tests="DSN bounce with a Chinese human-readable part quoting the minutes subject")


# ------------------------------------------------------------------ 8438 auto
def c8438():
    date = "Fri, 19 Jun 2026 09:30:17 +0800"
    text = """您好，我已休假（6月19日-6月21日），期间邮件可能无法及时回复。紧急事宜请联系沈佳怡（shenjy@sandieji3d.example.cn，电话0512-6321 8806），6月22日上班后我会尽快回复您。

这是来自QQ邮箱的假期自动回复邮件。
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
            '<div>您好，我已休假（6月19日-6月21日），期间邮件可能无法及时回复。紧急事宜请联系沈佳怡（shenjy@sandieji3d.example.cn，'
            '电话0512-6321 8806），6月22日上班后我会尽快回复您。</div><div><br></div>'
            '<div style="color:#999">这是来自QQ邮箱的假期自动回复邮件。</div></body></html>\n')
    body = multipart("alternative", "----=_NextPart_6A5F8E21_0B2C4D60_1E7A3F95", [
        leaf("text/plain", text, "GB18030", "base64"),
        leaf("text/html", html, "GB18030", "base64"),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = [
        ("From", addr("qiuli", "GB18030")),
        ("To", addr(("纪要助手", ORGS["B"]["bot"]), "GB18030")),
        ("Subject", ew("自动回复: 【纪要确认】碰头会", "GB18030")),
        ("Mime-Version", "1.0"),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", date),
        ("In-Reply-To", "<mb.20260618.0003.r8418@sandieji3d.example.cn>"),
        ("References", "<mb.20260618.0003.r8418@sandieji3d.example.cn>"),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_2C8E1F5A7B3D90E4A6C1F28B@sandieji3d.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    case(8438, "auto-exmail-holiday-autoreply-no-header", "auto", "B", date, hdrs, body, [], None,
         notes=("Tencent Exmail holiday auto-reply to the bot's recap of 8418 on the Dragon Boat holiday (Fri 2026-06-19). It carries no "
                "Auto-Submitted header (Exmail's vacation reply does not add one here): '自动回复:' in the subject and the footer "
                "'这是来自QQ邮箱的假期自动回复邮件' mark it -> kind auto. Dates in the text are not items."),
         tests="auto-reply recognisable only by subject prefix and body footer (no Auto-Submitted); GB18030",
         from_host="smtpbg.qq.example.net", from_ip="113.108.11.21")


for _f in (c8433, c8434, c8435, c8436, c8437, c8438):
    _f()
