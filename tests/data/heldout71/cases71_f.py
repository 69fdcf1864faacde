"""Cases 9931-9938: other and auto."""
from cases71_a import BOT_A, BOT_B, BOT_C, BOT_D
from lib71 import (DA, DB, DC, DD, PARS, Ent, Case, P, addr, addrs, en, envelope, esc, ew, hx, lines_html, message,
                   multi, text, upper_hx, who)

JC = ("刘畅", "liuchang@jcpreform.example.cn")


# ------------------------------------------------------------------ 9931
def c9931():
    date = "Mon, 18 May 2026 08:42:10 +0800 (GMT+08:00)"
    body = ("建华：\n\n市局周三要来调研居家养老服务站，请你周二下班前把5个站点的运营情况（服务人次、满意度、存在问题）整理成一页纸"
            "报我，周三上午9点你陪同。调研路线你和燕泉街道许主任商量一下，明天中午前告诉我。\n\n谭志刚")
    html = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + lines_html(body) + '</div>'
    alt = multi("alternative", "----=_Part_%d_%d.1779065330118" % (int(hx("p9931", 6), 16), int(hx("q9931", 8), 16)), [
        text("text/plain", body + "\n", "UTF-8", "base64", csq=False), text("text/html", html, "UTF-8", "base64", csq=False)])
    s = P["tan"]["email"]
    hdr = ["Return-Path: <%s>" % s, "Delivered-To: " + BOT_A[1],
           "Received: from tanzhigang$%s ( [10.12.3.11] ) by ajax-webmail-mail (Coremail) ;\n %s" % (DA, date),
           "X-Originating-IP: [10.12.3.11]",
           "Date: " + date,
           "X-CM-HeaderCharset: UTF-8",
           "From: " + addr("谭志刚", s),
           "To: " + addr(*who("kuang")),
           "Cc: " + addrs(["cao", BOT_A]),
           "Subject: " + ew("市局周三来调研养老服务站"),
           "X-Priority: 3",
           "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
           "Message-ID: <1f4c6a02.2b3d.19e3a77c1d5.Coremail.tanzhigang@%s>" % DA,
           "X-Coremail-Locale: zh_CN"]
    notes = ("A director's instruction to one section chief, with the bot in Cc out of habit. It asks for things with "
             "deadlines ('周二下班前…报我', '明天中午前告诉我', '周三上午9点你陪同') but it is not minutes of a meeting and not a "
             "reply to a recap -> kind other, no items, no follow-up; the bot should not send a recap.")
    return Case(9931, "mzj-other-director-request-coremail", "other", date, message(hdr, alt), notes,
                "Coremail person-to-person instruction with dated requests, bot in Cc -> other")


# ------------------------------------------------------------------ 9932
def c9932():
    date = "Tue, 2 Jun 2026 10:03:55 +0800"
    body = ("各位：\n\n原定本周四（6月4日）下午的安全生产例会，因金总临时去长春开会，改到下周一（6月8日）上午9点，地点不变（三楼会议室）。"
            "会议材料请各部门周五前发我汇总。\n\n于海波\n综合办\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"></head><body>\n'
            + lines_html(body.rstrip("\n")) + '\n</body></html>\n')
    alt = multi("alternative", "----=_001_NextPart%s_=----" % int(hx("b9932", 9), 16), [
        text("text/plain", body, "GBK", "base64"), text("text/html", html, "GBK", "base64")])
    s = P["yu"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "YUHB-PC", "10.30.2.14", date, "9932") + [
        "Date: " + date,
        "From: " + addr("于海波", s, "GBK"),
        "To: " + addrs(["piao", "sun", "jiang", "cui", "gao", "wang"], "GBK"),
        "Cc: " + addr(*BOT_B, cs="GBK"),
        "Subject: " + ew("【改期】安全生产例会改到下周一上午", "GBK"),
        "X-Priority: 3",
        "X-GUID: %s-%s-%s-%s" % (upper_hx("g9932", 8), upper_hx("h9932", 4), upper_hx("i9932", 4), upper_hx("j9932", 12)),
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <202606021003554872315@%s>" % DB,
        "@CT",
    ]
    notes = ("Foxmail GBK rescheduling notice: the safety meeting moves from Thu 06-04 to Mon 06-08 09:00, and materials are "
             "requested '周五前'. No meeting has happened yet, so there are no minutes: kind other, no items, and no "
             "next_followup (next_followup is read only from minutes).")
    return Case(9932, "sq-other-reschedule-notice-foxmail-gbk", "other", date, message(hdr, alt, mime_version=None),
                notes, "Foxmail GBK meeting reschedule notice with a new time and a 周五前 request -> other, no follow-up")


# ------------------------------------------------------------------ 9933
def c9933():
    date = "Thu, 2 Jul 2026 17:45:00 +0800"
    sections = [
        ("Welcome", "A warm welcome to our new colleagues in Production (4) and Quality (1) who joined in June."),
        ("HQ visit", "A delegation from Žilina (Group Engineering and Group Quality) visits us from 14 to 16 July. "
                     "Please keep the shop floor 5S-ready."),
        ("Safety month", "Fire drill on 10 July at 14:00 - all staff on site take part. Evacuation maps were updated "
                         "last week."),
        ("Reminders", "Submit your summer leave plan to your supervisor by 10 July. The canteen menu survey closes on "
                      "Friday."),
        ("Numbers", "June output: 41,200 calipers (target 40,000); customer PPM 38; LTI-free days: 212."),
    ]
    plain = "Tatra Shaoguan Monthly | July 2026\n\n" + "\n\n".join("%s\n%s" % (h, t) for h, t in sections) + \
        "\n\nQuestions or ideas for the next issue? Just reply to me.\nKevin Wen, HR & Admin\n"
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
            '<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">'
            '<tr><td style="background:#0b3d6e;color:#fff;padding:14px 18px;font-size:20px">Tatra Shaoguan Monthly '
            '<span style="font-size:13px">| July 2026</span></td></tr>'
            + "".join('<tr><td style="padding:10px 18px"><h3 style="margin:0 0 4px 0;color:#0b3d6e">%s</h3>%s</td></tr>'
                      % (esc(h), esc(t)) for h, t in sections)
            + '<tr><td style="padding:10px 18px;color:#666">Questions or ideas for the next issue? Just reply to me.<br>'
              'Kevin Wen, HR &amp; Admin</td></tr></table></body></html>\n')
    alt = multi("alternative", "_000_TYZPR06MB7144%s_" % upper_hx("b9933", 20), [
        text("text/plain", plain, "utf-8", "quoted-printable"), text("text/html", html, "utf-8", "quoted-printable")])
    s = P["wen"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "mail-tyzapc01on2133.outbound.protection.outlook.com",
                   "40.107.117.133", date, "9933") + [
        "From: " + addr("Kevin Wen", s),
        "To: " + addr("All Staff Shaoguan", "allstaff@" + DC),
        "CC: " + addr(*BOT_C),
        "Subject: Tatra Shaoguan Monthly | July 2026",
        "Thread-Topic: Tatra Shaoguan Monthly | July 2026",
        "Thread-Index: AQHc" + hx("t9933", 22),
        "Date: " + date,
        "Message-ID:\n <TYZPR06MB7144%s@TYZPR06MB7144.apcprd06.prod.outlook.com>" % upper_hx("m9933", 18),
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "@CT",
        "MIME-Version: 1.0",
    ]
    notes = ("An internal monthly newsletter written and sent by a person (HR) to the all-staff group, bot in Cc. No "
             "List-Id/Precedence/Auto-Submitted headers, so it is not machine bulk mail: kind other. Its dates ('14 to 16 "
             "July', 'fire drill on 10 July at 14:00', 'by 10 July') and reminders are announcements, not minutes -> no items, "
             "no follow-up.")
    return Case(9933, "tb-other-staff-newsletter-m365", "other", date, message(hdr, alt, mime_version=None), notes,
                "Person-written internal newsletter (no list headers) full of dates and reminders -> other")


# ------------------------------------------------------------------ 9934
def c9934():
    date = "Mon, 8 Jun 2026 09:20:31 +0800"
    body = ("马总：\n\n我上周五问了Reza，伊朗那边兽医组织的许可证续期一般要4到6周，他们建议我们7月中旬前把新证书的英文公证件寄过去。"
            "丁经理说公证处那边周三能出件。我这边先按这个节奏准备，有变化再跟您说。\n\n文博\n\n"
            "> 在 2026年6月6日，11:02，马建国 <majianguo@%s> 写道：\n>\n"
            "> 文博，清真证书换证的事伊朗那边要多久？别耽误第4批货。\n>\n" % DD)
    part = text("text/plain", body, "utf-8", "quoted-printable", csq=False)
    s = P["yang"]["email"]
    parent = "<%s-%s@%s>" % (upper_hx("p9934", 8), upper_hx("q9934", 12), DD)
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "YANGWB-MBP.lan", "10.88.0.34", date, "9934") + [
        "@CT",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
        "Subject: " + ew("Re: 关于伊朗客户清真证书换证的问题"),
        "From: " + addr("杨文博", s),
        "In-Reply-To: " + parent,
        "Date: " + date,
        "Cc: " + addrs(["ding", BOT_D]),
        "References: " + parent,
        "To: " + addr(*who("ma")),
        "Message-Id: <%s-%s@%s>" % (upper_hx("m9934", 8), upper_hx("n9934", 12), DD),
        "X-Mailer: Apple Mail (2.3826.600.51.1.1)",
    ]
    notes = ("Apple Mail reply in a person-to-person thread (Re:, In-Reply-To/References to 马建国's question), with the bot "
             "in Cc. It reports what was learned and what others said ('7月中旬前…寄过去', '周三能出件') but it is neither "
             "minutes nor an answer to a bot recap (no confirm/done/progress/extend command; the parent is not a bot mail) -> "
             "kind other, no items.")
    return Case(9934, "xy-other-thread-reply-apple-mail", "other", date, message(hdr, part, mime_version=None), notes,
                "Apple Mail 'Re:' in a person-to-person thread (not a recap), status talk with dates -> other")


# ------------------------------------------------------------------ 9935
def c9935():
    date = "Mon, 3 Aug 2026 14:22:08 +0800"
    body = ("高经理您好：\n\n根据贵司比价邀请，附上我司8月PET瓶坯报价：28mm口 17.5g 瓶坯 0.36元/只（含税含运至白山），月供量50万只以上"
            "另享2%返点。报价有效期至8月15日。如需锁定8月下旬供货，请于8月10日前回签订单。\n\n谢谢！\n\n刘畅\n销售部\n"
            "吉林市江城包装材料有限公司\n电话：0432-6508 2217\n\n"
            "发件人：高雪\n发送时间：2026-07-28 10:05\n收件人：刘畅\n抄送：纪要助手\n主题：瓶坯供应商年度比价--报价邀请\n\n"
            "刘经理您好，我司正在进行PET瓶坯年度比价，请于8月5日前提供8月报价。谢谢。\n")
    html = ('<div style="font-family:宋体;font-size:14px">' + lines_html(body.rstrip("\n")) + "</div>\n")
    alt = multi("alternative", "----=_Part_%s" % hx("b9935", 22), [
        text("text/plain", body, "GBK", "base64", csq=False), text("text/html", html, "GBK", "base64", csq=False)])
    s = JC[1]
    parent = "<%s.%s.%s.gaoxue@%s>" % (hx("p9935", 8), hx("q9935", 4), hx("r9935", 11), DB)
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "m15-77.126.mail.example.cn", "220.181.15.77", date, "9935") + [
        "Date: " + date,
        "From: " + addr(*JC, cs="GBK"),
        "To: " + addr(*who("gao"), cs="GBK"),
        "Cc: " + addr(*BOT_B, cs="GBK"),
        "Message-ID: <%s.%s.%s.liuchang@jcpreform.example.cn>" % (hx("m9935", 8), hx("n9935", 4), hx("o9935", 11)),
        "In-Reply-To: " + parent,
        "References: " + parent,
        "Subject: " + ew("回复：瓶坯供应商年度比价--报价邀请", "GBK"),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: NetEase Qiye Webmail",
        "X-Originating-IP: [124.234.17.90]",
    ]
    notes = ("An outside supplier's quotation, replying to a buyer's request for quotes (the buyer had Cc'd the bot, so "
             "reply-all keeps it). Price, validity '至8月15日' and '请于8月10日前回签订单' are commercial terms, not minutes, and "
             "the quoted request is not a recap -> kind other, no items. The sender's domain is outside the company.")
    return Case(9935, "sq-other-supplier-quote-reply-gbk", "other", date, message(hdr, alt, mime_version=None), notes,
                "External supplier quote (GBK) replying to an RFQ with the bot kept in Cc; validity/deadline dates -> other")


# ------------------------------------------------------------------ 9936
def c9936():
    date = "Fri, 19 Jun 2026 09:01:12 +0800 (GMT+08:00)"
    body = ("您好！我于6月19日至6月23日休假，期间邮件可能无法及时回复。急事请联系社会事务股，电话0735-2288420。"
            "6月24日返岗后处理您的邮件。\n\n肖卫东\n")
    part = text("text/plain", body, "UTF-8", "base64", csq=False)
    s = P["xiao"]["email"]
    recap = "<mb.%s@%s>" % (hx("recap9936", 24), DA)
    hdr = ["Return-Path: <%s>" % s, "Delivered-To: " + BOT_A[1],
           "Received: from %s ( [127.0.0.1] ) by ajax-webmail-mail (Coremail) ;\n %s" % ("autoreply", date),
           "Date: " + date,
           "From: " + addr("肖卫东", s),
           "To: " + addr(*BOT_A),
           "Subject: " + ew("自动回复：【纪要确认】2026年第5次局务会议纪要（截止时间提醒）"),
           "In-Reply-To: " + recap,
           "References: " + recap,
           "Auto-Submitted: auto-replied",
           "X-Auto-Response-Suppress: All",
           "Precedence: auto_reply",
           "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
           "Message-ID: <%s.%s.%s.Coremail.xiaoweidong@%s>" % (hx("m9936", 8), hx("n9936", 4), hx("o9936", 11), DA),
           "X-Coremail-Locale: zh_CN"]
    notes = ("Coremail vacation auto-reply to the bot's reminder mail: 'Auto-Submitted: auto-replied', 'Precedence: "
             "auto_reply' and the '自动回复：' subject. The body has dates (休假6月19日至6月23日, 6月24日返岗) and a contact, "
             "none of them an item or a command -> kind auto; the bot must not answer it.")
    return Case(9936, "mzj-auto-vacation-coremail-headers", "auto", date, message(hdr, part), notes,
                "Coremail vacation auto-reply with Auto-Submitted/Precedence headers, dates in body -> auto")


# ------------------------------------------------------------------ 9937
def c9937():
    date = "Wed, 12 Aug 2026 10:15:03 +0800"
    recap_id = "<mb.%s@%s>" % (hx("recap9937", 24), DB)
    notice = ("这是来自 mx.%s 的系统退信。\n\n很抱歉，您发送的邮件未能投递到以下收件人：\n\n    <liuchang@jcpreform.example.cn>: "
              "552 5.2.2 mailbox full（收件人邮箱已满）\n\n系统已重试 5 天，不再投递。\n\nThis is the mail system at host "
              "mx.%s.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more "
              "recipients.\n" % (DB, DB))
    status = ("Reporting-MTA: dns; mx.%s\nX-Postfix-Queue-ID: 4cK2Tn6Zq1z9s\nX-Postfix-Sender: rfc822; %s\n"
              "Arrival-Date: Fri, 7 Aug 2026 10:14:51 +0800 (CST)\n\nFinal-Recipient: rfc822; liuchang@jcpreform.example.cn\n"
              "Original-Recipient: rfc822;liuchang@jcpreform.example.cn\nAction: failed\nStatus: 5.2.2\n"
              "Remote-MTA: dns; mx.jcpreform.example.cn\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full\n" % (DB, BOT_B[1]))
    orig = ("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s <liuchang@jcpreform.example.cn>\nSubject: %s\n"
            "Date: Fri, 7 Aug 2026 10:14:50 +0800\nMessage-ID: %s\nAuto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: OOF, AutoReply\nContent-Type: multipart/alternative; boundary=\"mb-%s\"\n"
            % (BOT_B[1], ew("纪要助手"), BOT_B[1], ew("刘畅"), ew("【纪要确认】瓶坯比价沟通纪要"), recap_id, hx("x9937", 12)))
    rep = multi("report", "4cK2Tn6Zq1z9s.1786500903/mx.%s" % DB, [
        Ent(["Content-Description: Notification", "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 8bit"], notice.encode("utf-8")),
        Ent(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status.encode()),
        Ent(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode()),
    ], preamble="This is a MIME-encapsulated message.", params="; report-type=delivery-status")
    hdr = ["Return-Path: <>", "Delivered-To: " + BOT_B[1],
           "Received: by mx.%s (Postfix)\n\tid 4cK2Tn6Zq1z9s; %s (CST)" % (DB, date),
           "Date: " + date,
           "From: MAILER-DAEMON@mx.%s (Mail Delivery System)" % DB,
           "Subject: " + ew("系统退信") + " / Undelivered Mail Returned to Sender",
           "To: " + BOT_B[1],
           "Auto-Submitted: auto-replied",
           "MIME-Version: 1.0",
           "@CT",
           "Message-Id: <20260812021503.%s@mx.%s>" % (upper_hx("m9937", 10), DB)]
    notes = ("Postfix DSN with a bilingual notice (multipart/report; report-type=delivery-status, Return-Path <>, From "
             "MAILER-DAEMON, Auto-Submitted) for the bot's own mail to an outside supplier whose mailbox was full. The "
             "returned headers carry the bot's Auto-Submitted header. Kind auto; nothing to parse, nothing to answer.")
    return Case(9937, "sq-auto-dsn-mailbox-full-bilingual", "auto", date, message(hdr, rep, mime_version=None), notes,
                "Postfix DSN (bilingual notice, text/rfc822-headers of the bot's recap) -> auto")


# ------------------------------------------------------------------ 9938
def c9938():
    date = "Mon, 10 Aug 2026 16:40:55 +0800"
    body = ("您好，我8月10日至8月14日在德黑兰出差，邮件回复可能延迟。紧急事务请联系品控部丁秀兰（dingxiulan@%s，0953-2021 6630）。"
            "\n\nThis is an automatic reply. I am travelling from 10 to 14 August with limited access to email.\n\n杨文博 "
            "Bob Yang\n" % DD)
    html = '<div style="font-family:微软雅黑;font-size:14px">' + lines_html(body.rstrip("\n")) + "</div>"
    alt = multi("alternative", "----=_NextPart_6A7AB6C7_0E1D2C80_%s" % upper_hx("b9938", 8), [
        text("text/plain", body, "utf-8", "base64"), text("text/html", html, "utf-8", "base64")],
        preamble="This is a multi-part message in MIME format.")
    s = P["yang"]["email"]
    recap = "<mb.%s@%s>" % (hx("recap9938", 24), DD)
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "smtpbg.exmail.%s" % DD, "10.88.0.33", date, "9938") + [
        "X-QQ-mid: bizesmtp%st1786437655t%s" % (hx("q9938", 4), hx("q9938b", 8)),
        "From: " + addr("杨文博", s),
        "To: " + addr(*BOT_D),
        "Subject: " + ew("自动回复: 【纪要确认】周例会纪要 8.10"),
        "Mime-Version: 1.0",
        "@CT",
        "Date: " + date,
        "In-Reply-To: " + recap,
        "References: " + recap,
        "Message-ID: <tencent_%s@%s>" % (upper_hx("m9938", 30), DD),
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
    ]
    notes = ("Exmail out-of-office reply WITHOUT Auto-Submitted, Precedence or X-Autoreply headers: only the '自动回复:' "
             "subject, the reply to the bot's own recap (In-Reply-To) and the body ('This is an automatic reply') show that no "
             "person wrote it. Kind auto. Dates (8月10日至8月14日) and the delegate's address are not items.")
    return Case(9938, "xy-auto-ooo-no-auto-submitted-exmail", "auto", date, message(hdr, alt, mime_version=None), notes,
                "Exmail out-of-office without any Auto-Submitted/Precedence header (subject + body only) -> auto")


CASES = [c9931, c9932, c9933, c9934, c9935, c9936, c9937, c9938]
