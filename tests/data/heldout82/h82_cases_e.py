"""heldout82 cases 11031-11038: other (5) and auto (3)."""
from h82_lib import (BOTS, CRLF, Case, P, Part, addr, div_lines, dstr, esc, ew, html_doc, inbound, message, mso_paras,
                     multipart, std, text_part, text_part_q)

RF_MX = "mail.runfan-yacht.example.cn"
SP_MX = "mx.sialkot-wh.example.cn"
DQ_MX = "mail.dqgjj.example.gov.cn"
XL_MX = "mx.xueling-hotel.example.cn"
ANDREI = ("Andrei Popescu", "andrei.popescu@ponticayachting.example.ro")


def c11031():
    d = dstr(2026, 5, 26, 14, 12, 47)
    frm = P("钱文博")
    to = [P("苗志强")]
    cc = [P("蒋雨桐"), BOTS["rf"]]
    text = """苗工：

麻烦周四前把RF-45的舾装件清单（含供应商和型号）发我一份，我这边要核对总布置图。

另外电缆桥架和舾装件打架的问题，下周一上午我们去车间现场碰一下，你看几点方便？

谢谢！

钱文博
设计研发部"""
    html = html_doc(div_lines(text), "gbk", font="微软雅黑")
    body = multipart("alternative", [text_part("plain", text, "GBK", "base64"),
                                     text_part("html", html, "GBK", "base64")],
                     "----=_001_NextPart707411934265_=----")
    hs = std(frm, to, cc, "RF-45舾装件清单", d, "<202605261412474410278@runfan-yacht.example.cn>", cs="GBK",
             pre=inbound(BOTS["rf"][1], RF_MX, "QIANWB-PC (unknown [192.168.10.41])", "4G5Bv17LqWz9vD", d, frm[1]),
             post=[("X-Priority", "3"), ("X-GUID", "C1E05A7B-92D4-4E3F-8B06-5D2F7A19E4C0"), ("X-Has-Attach", "no"),
                   ("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    notes = ("A person's request to a colleague (Foxmail GBK) with the bot in Cc out of habit: '周四前…发我', '下周一上午…碰一下' "
             "are a request and a proposed chat, not meeting minutes. kind other, no items, no follow-up.")
    return Case(11031, "foxmail-gbk-colleague-request-other", "other", message(hs, body), notes=notes,
                tests="Foxmail GBK person-to-person request with 周四前/下周一上午, bot in Cc: other")


def c11032():
    d = dstr(2026, 6, 29, 21, 3, 26)
    frm = P("木丽娟")
    to = [P("段春燕"), P("余小川"), P("丁思雨")]
    cc = [BOTS["xl"]]
    text = """各位，原定本周三下午的前厅暑期复盘会改到周五（7月3日）下午3点，地点不变，还是前厅办公室。周三下午有VIP团队入住，大家都走不开。

发自我的iPhone"""
    body = text_part("plain", text, "utf-8", "base64")
    hs = std(frm, to, cc, "复盘会改期", d, "<C3F1A2B8-4D6E-4F90-9A1B-7E2C5D8F0B34@xueling-hotel.example.cn>",
             pre=inbound(BOTS["xl"][1], XL_MX, "[10.88.4.17] (unknown [117.136.20.45])", "4GEf3n8WsLz6tP", d, frm[1]),
             mime=False,
             post=[("Mime-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (22F76)")])
    notes = ("A rescheduling note sent from an iPhone: it moves a meeting ('改到周五（7月3日）下午3点') but reports no "
             "meeting and assigns nothing. kind other; the new meeting time is not a follow-up of minutes.")
    return Case(11032, "iphone-reschedule-note-other", "other", message(hs, body), notes=notes,
                tests="iPhone Mail rescheduling note (改到周五下午3点): other, no follow-up")


def c11033():
    d = dstr(2026, 6, 2, 1, 5, 33, tz=0)
    frm = P("Faisal Qureshi")
    to = [("Weihai All Staff", "staff@sialkot-wh.example.cn")]
    cc = [BOTS["sp"]]
    text = """Dear colleagues / 各位同事：

Here is the Weihai plant update for May.

Output and quality
- 182,400 instruments shipped in May, 6% above plan.
- First-pass yield on the polishing line reached 97.1%.

People
- Welcome to 11 new colleagues in production and QC.
- Congratulations to the forging team: 100 days without a lost-time injury.

Coming up
- Dragon Boat Festival holiday: Fri 19 June to Sun 21 June. The canteen closes at 13:00 on 18 June.
- Fire drill on Wednesday 10 June, 15:00 - please follow your area warden.
- Please submit May expense claims by 25 June.

Thank you all for a strong month.

Faisal Qureshi
General Manager
"""
    html = html_doc(div_lines(text), "utf-8", font="Aptos, Calibri, sans-serif")
    body = multipart("alternative", [text_part_q("plain", text, "utf-8", "base64"),
                                     text_part_q("html", html, "utf-8", "base64")],
                     "_000_TYZPR03MB71045D0E2A9C4B18F3E76A0BC41D2TYZPR03MB7104apcp_")
    mid = "<TYZPR03MB71045D0E2A9C4B18F3E76A0BC41D2@TYZPR03MB7104.apcprd03.prod.outlook.com>"
    hs = std(frm, to, cc, "Weihai plant update - May 2026", d, mid,
             pre=inbound(BOTS["sp"][1], SP_MX, "APC01-TYZ-obe.outbound.protection.outlook.com (mail-tyzapc01on2130.outbound."
                         "protection.outlook.com [40.107.117.130])", "4G3Nc05QxHz3mV", d, frm[1]),
             post=[("Thread-Topic", "Weihai plant update - May 2026"), ("Thread-Index", "AdzyIB5ZrN1pXr8wRmW3qS6c0a2Hfg=="),
                   ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    notes = ("An internal monthly newsletter written and sent by the GM from Exchange Online to the all-staff address, "
             "bot in Cc. No List-Id, Precedence or Auto-Submitted headers: a person wrote it, so kind other (bulk list "
             "newsletters with list headers are auto in the corpus). Dates and 'please submit … by 25 June' are general "
             "announcements, not minutes items. AMBIGUOUS: some would call any newsletter auto; the set keeps auto for "
             "machine/list mail only.")
    return Case(11033, "m365-internal-newsletter-other", "other", message(hs, body), notes=notes,
                tests="Exchange Online monthly staff newsletter written by the GM, no list headers: other")


def c11034():
    d = dstr(2026, 7, 2, 10, 26, 40)
    frm = P("么晓丹")
    to = [P("那春艳")]
    cc = [BOTS["dq"]]
    old = "<1c7e3a90.2f4d.19f0b8e2a17.Coremail.nachunyan@dqgjj.example.gov.cn>"
    text = """那主任：

收到。让胡路管理部6月业务数据已于今天上午通过内网报送，纸质版盖章后明天送到办公室。

么晓丹

在 2026-07-01 09:15:22，"那春艳" <nachunyan@dqgjj.example.gov.cn> 写道：
>各管理部：
>
>请于7月3日前报送6月业务数据（归集、提取、贷款发放三张表），纸质版加盖公章后报中心办公室。
>
>中心办公室
"""
    html = html_doc(div_lines(text), "utf-8", font="宋体")
    body = multipart("alternative", [text_part("plain", text, "UTF-8", "base64"),
                                     text_part("html", html, "UTF-8", "base64")],
                     "----=_Part_371064_598127311.1782959200455")
    hs = std(frm, to, cc, "Re:关于报送6月业务数据的通知", d,
             "<2e5b9c03.6a18.19f1a0d4c2b.Coremail.yaoxiaodan@dqgjj.example.gov.cn>",
             pre=inbound(BOTS["dq"][1], DQ_MX, "yaoxiaodan$dqgjj.example.gov.cn ( [10.12.6.14] )", "4GFb6x0TmNz5sC", d, frm[1]),
             irt=old,
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230606(3ad3b7e6)"
                                           " Copyright (c) 2002-2026 www.mailtech.cn gov"),
                   ("X-Originating-IP", "[10.12.6.14]"), ("X-Coremail-Locale", "zh_CN")])
    notes = ("Coremail reply 'Re:' to an office notice (not to minutes or a bot recap): '收到…已报送' confirms a data "
             "submission. The quoted notice has '7月3日前报送'. Neither part is minutes, and the thread is not a bot "
             "thread, so kind other, no items.")
    return Case(11034, "coremail-reply-to-notice-other", "other", message(hs, body), notes=notes,
                tests="Coremail 'Re:' to an office notice (收到，已报送) quoting a 7月3日前 request: other, not reply")


def c11035():
    d = dstr(2026, 7, 20, 7, 15, 2, tz=3)
    frm = ANDREI
    to = [("Cindy Bai", P("柏欣然")[1])]
    cc = [("Bob Qian", P("钱文博")[1]), BOTS["rf"]]
    text = """Hi Cindy,

Could you send us the latest photos of hull #2 by Friday? Our buyer wants to see the flybridge moulding.

Also, our surveyor asks whether the sea trial could move to Monday 10 August instead of the first week. Let me know what works for the yard.

Thanks,
Andrei

--
Andrei Popescu
Sales Director | Pontica Yachting SRL
Constanta, Romania
"""
    html = f'<div dir="ltr">{div_lines(text)}</div>\n'
    body = multipart("alternative", [text_part_q("plain", text, "UTF-8", "7bit"),
                                     text_part_q("html", html, "UTF-8", "7bit")],
                     "0000000000009e41b70635f2c8a1")
    hs = std(frm, to, cc, "Hull #2 photos + sea trial date", d,
             "<CAF3kR8pLq2vN0xW7yT1bH4mZ9sD6cJ5eG2aU0oQ8rV3nK1fX7w@mail.gmail.com>",
             pre=inbound(BOTS["rf"][1], RF_MX, "mail-wr1-f53.google.example.com (mail-wr1-f53.google.example.com "
                         "[209.85.221.53])", "4GNp7q2ZbFz9vW", d, frm[1]),
             post=[("X-Google-Smtp-Source", "AGHT+IH7x2Wq9b0Kf4Lz3nR8cV1mT6pY5sA0dE2gU7jQ4hN9kB3wX1vC8oF6iZ5rM")])
    notes = ("A partner's request from Gmail (Google Workspace, +0300): 'by Friday' and a proposed date are asks inside "
             "an ordinary mail, not minutes. kind other, no items.")
    return Case(11035, "gmail-partner-request-other", "other", message(hs, body), notes=notes,
                tests="Gmail request from the Romanian partner ('by Friday', move sea trial to 10 August): other")


def c11036():
    d = dstr(2026, 6, 19, 9, 2, 11)
    frm = P("段春燕")
    to = [("纪要助手", "jiyao+r3f81c07d2a@xueling-hotel.example.cn")]
    recap = "<r.202606181135.5b0e7c2a41@xueling-hotel.example.cn>"
    text = """您好！

我于6月19日至6月28日休假，期间不能及时处理邮件。客房相关事务请联系前厅部木丽娟经理（mulijuan@xueling-hotel.example.cn），紧急情况请拨打酒店总机0888-512 3000。

6月29日返岗后我会尽快回复您。

段春燕
客房部"""
    body = multipart("alternative", [text_part("plain", text, "utf-8", "base64"),
                                     text_part("html", html_doc(div_lines(text), "utf-8"), "utf-8", "base64")],
                     "----=_NextPart_6854A0E3_0E2B9D71_5C4A8F12")
    hs = std(frm, to, [], "自动回复: 前厅客房协调会纪要（6月18日）", d, "<tencent_7E1A0C4B92D35F68A0B1C2E9@xueling-hotel.example.cn>",
             pre=inbound("jiyao@xueling-hotel.example.cn", XL_MX, "smtpbgsg1.exmail.example.net (smtpbgsg1.exmail."
                         "example.net [54.254.200.92])", "4GCk1s6MhVz6tR", d, frm[1]),
             irt=recap,
             post=[("X-QQ-mid", "bizesmtpsz1t1781830931t2w0b6c"), ("X-Mailer", "WeCom Mail 4.1.33")])
    notes = ("Vacation auto-reply from WeCom/Exmail to the bot's recap of 11011 WITHOUT Auto-Submitted, X-Autoreply or "
             "Precedence headers: only the '自动回复:' subject prefix and the leave text tell. kind auto; its dates "
             "(6月19日至6月28日, 6月29日返岗) and delegate are no items, and the bot must not answer it.")
    return Case(11036, "wecom-autoreply-no-auto-headers", "auto", message(hs, body), notes=notes,
                tests="WeCom/Exmail vacation reply with no Auto-Submitted header (subject 自动回复: only): auto")


def c11037():
    d = dstr(2026, 4, 30, 2, 0, 47, tz=0)
    frm = ("Peter Yu", P("于海鹏")[1])
    to = [("Minutes Bot", "minutes+r91d2e6b04c@sialkot-wh.example.cn")]
    recap = "<r.202604211115.c0a47be2f9@sialkot-wh.example.cn>"
    text = """Thank you for your message. I am on leave from 1 May to 5 May and back in the office on 6 May.

For urgent production matters please contact Qu Zhigang (qu.zhigang@sialkot-wh.example.cn, ext. 8215).

Best regards,
Peter Yu
"""
    body = multipart("alternative", [text_part_q("plain", text, "us-ascii", "quoted-printable"),
                                     text_part_q("html", html_doc(div_lines(text), "us-ascii", font="Calibri"), "us-ascii",
                                                 "quoted-printable")],
                     "_000_TYZPR03MB71049E2F6A1D0C3B58E47F20C41D2TYZPR03MB7104apcp_")
    mid = "<TYZPR03MB71049E2F6A1D0C3B58E47F20C41D2@TYZPR03MB7104.apcprd03.prod.outlook.com>"
    hs = std(frm, to, [], "Automatic reply: Re: Minutes \u2013 Weekly Ops Review 21 Apr", d, mid,
             pre=inbound("minutes@sialkot-wh.example.cn", SP_MX, "APC01-TYZ-obe.outbound.protection.outlook.com "
                         "(mail-tyzapc01on2101.outbound.protection.outlook.com [40.107.117.101])", "4G0c2H7kPvz3mX", d, frm[1]),
             irt=recap,
             post=[("Thread-Topic", "Re: Minutes - Weekly Ops Review 21 Apr"), ("Thread-Index", "AQHc0W7lX2mNq3zT0Eu8pA=="),
                   ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                   ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("X-MS-Exchange-Inbox-Rules-Loop", "peter.yu@sialkot-wh.example.cn"),
                   ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")])
    notes = ("Exchange Online out-of-office 'Automatic reply:' to a bot mail in the 11003 thread, with Auto-Submitted: "
             "auto-replied and X-MS-Exchange-Inbox-Rules-Loop. The leave dates and delegate are no items. kind auto.")
    return Case(11037, "m365-automatic-reply-ooo", "auto", message(hs, body), notes=notes,
                tests="Exchange Online 'Automatic reply:' OOO with Auto-Submitted: auto-replied: auto")


def c11038():
    d = dstr(2026, 7, 8, 18, 3, 11)
    bot = BOTS["dq"][1]
    orig_subj = ew("[纪要确认] 外部沟通跟进表（7月8日 银行、开发商）", "utf-8", name="Subject")
    notice = """This is the mail system at host mail.dqgjj.example.gov.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<chidong@qbrcb.example.cn>: host mx.qbrcb.example.cn[61.138.70.24] said: 550
    5.1.1 <chidong@qbrcb.example.cn>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    status = ("Reporting-MTA: dns; mail.dqgjj.example.gov.cn\r\n"
              "X-Postfix-Queue-ID: 4GJZ0c3RvSz5sM\r\n"
              f"X-Postfix-Sender: rfc822; {bot}\r\n"
              "Arrival-Date: Wed,  8 Jul 2026 18:03:05 +0800 (CST)\r\n\r\n"
              "Final-Recipient: rfc822; chidong@qbrcb.example.cn\r\n"
              "Original-Recipient: rfc822;chidong@qbrcb.example.cn\r\n"
              "Action: failed\r\n"
              "Status: 5.1.1\r\n"
              "Remote-MTA: dns; mx.qbrcb.example.cn\r\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <chidong@qbrcb.example.cn>: Recipient address\r\n"
              "    rejected: User unknown in virtual mailbox table\r\n")
    headers = (f"Return-Path: <{bot}>\r\n"
               "Received: from localhost (localhost [127.0.0.1])\r\n"
               "\tby mail.dqgjj.example.gov.cn (Postfix) with ESMTP id 4GJZ0c3RvSz5sM;\r\n"
               "\tWed,  8 Jul 2026 18:03:05 +0800 (CST)\r\n"
               f"From: {ew('督办助手', 'utf-8')} <{bot}>\r\n"
               "To: chidong@qbrcb.example.cn\r\n"
               f"Cc: {ew('佟博', 'utf-8')} <tongbo@dqgjj.example.gov.cn>\r\n"
               f"Subject: {orig_subj}\r\n"
               "Date: Wed, 08 Jul 2026 18:03:04 +0800\r\n"
               "Message-ID: <r.202607081803.9c2e41f07a@dqgjj.example.gov.cn>\r\n"
               "In-Reply-To: <2b7d61f0.3c8e.19f3a5b7d20.tongbo@dqgjj.example.gov.cn>\r\n"
               "Auto-Submitted: auto-generated\r\n"
               "X-Auto-Response-Suppress: OOF, AutoReply\r\n"
               "MIME-Version: 1.0\r\n")
    parts = [text_part("plain", notice, "us-ascii", "7bit", extra=["Content-Description: Notification"]),
             Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                  status.encode("ascii")),
             Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                  headers.encode("ascii"))]
    body = multipart("report", parts, "4GJZ0d0Wl8z5sN.1783505391/mail.dqgjj.example.gov.cn",
                     params="report-type=delivery-status",
                     preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"), ("Delivered-To", bot),
          ("Received", "by mail.dqgjj.example.gov.cn (Postfix)\r\n\tid 4GJZ0d0Wl8z5sN; Wed,  8 Jul 2026 18:03:11 +0800 (CST)"),
          ("Date", d), ("From", "MAILER-DAEMON@mail.dqgjj.example.gov.cn (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", bot), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Message-Id", "<20260708100311.4GJZ0d0Wl8z5sN@mail.dqgjj.example.gov.cn>")]
    notes = ("Postfix DSN (multipart/report; report-type=delivery-status, Return-Path <>, From MAILER-DAEMON) for the "
             "bot's recap of 11015 sent to the bank contact's wrong address. The returned headers carry a '[纪要确认]' "
             "subject and the notification has dates; none of it is minutes. kind auto.")
    return Case(11038, "postfix-dsn-bounce-of-recap", "auto", message(hs, body), notes=notes,
                tests="Postfix DSN bounce (multipart/report, Return-Path <>) of a bot recap: auto")


def cases():
    return [c11031(), c11032(), c11033(), c11034(), c11035(), c11036(), c11037(), c11038()]
