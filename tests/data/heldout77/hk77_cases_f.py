"""heldout77 cases 10531-10538: other (person-written, not minutes) and auto (machine-written) mail."""
from hk77_clients import _recv, base, coremail, foxmail, m365, mailmaster, netease_qiye, applemail
from hk77_lib import BOTS, P, assemble, ew, hexid, leaf, lines_to_divs, multi


def _other(slug, org, date, eml, what, notes):
    return dict(slug=slug, kind="other", org=org, date=date, eml=eml, items=[], followup=None, what=what, notes=notes)


def _auto(slug, org, date, eml, what, notes):
    return dict(slug=slug, kind="auto", org=org, date=date, eml=eml, items=[], followup=None, what=what, notes=notes)


def c10531():
    date = "Wed, 10 Jun 2026 20:15:48 +0800"
    bot = BOTS["H"]
    text = """小费：

Riga那边新合同的扫描件周五前发我一份，下周一我要去银行办信用证。另外Ilze说的那个维尔纽斯文具展你看看值不值得去，不着急，月底前给我个意见就行。

沈砚秋

发自网易邮箱大师
"""
    html = '<div style="font-size:14px">' + lines_to_divs(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_301277_9981233.1781093748120")
    hdr = mailmaster(P("沈砚秋"), [P("费雯")], [bot], "合同扫描件", date, "10531", bot)
    return _other("10531-mailmaster-boss-request-not-minutes", "H", date, assemble(hdr, body),
                  "Mail Master one-to-one request from the boss with the bot in Cc by habit: '周五前', '下周一', '月底前' deadlines but "
                  "no meeting -> other, no items",
                  "A personal request (send the contract scan by Friday; give an opinion on a fair by month end) written by one person to "
                  "another. It is not minutes of a meeting and not a reply to a recap: kind other, no items, no follow-up, even though it "
                  "has deadlines and the bot is in Cc.")


def c10532():
    date = "Tue, 14 Jul 2026 09:12:40 +0100"
    bot = BOTS["M"]
    text = """Hi Kevin, Jiaqi,

I have a clash on Thursday - could we move our weekly sync to Friday 17 July? 10:00 Suqian is 03:00 here, so maybe 16:00 Suqian / 09:00 Ennis is kinder for me. Let me know what works and I'll update the invite.

Thanks,
Aoife
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + lines_to_divs(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "B_3866956360_1823092447")
    to = [("Kevin Lu", P("陆文斌")[1]), ("Jiaqi Shen", P("沈佳琪")[1])]
    hdr = base(P("Aoife Gallagher"), to, [bot], "Thursday sync - can we move it?", date,
               f"<{hexid('10532', 8).upper()}-{hexid('10532b', 4).upper()}-4C6E-9F1B-{hexid('10532c', 12).upper()}@moher-sensors.example.ie>",
               bot, host="AM0PR07MB5123.eurprd07.prod.outlook.example.com", ip="40.107.8.70",
               extra=[("User-Agent", "Microsoft-MacOutlook/16.86.24071413"), ("Thread-Topic", "Thursday sync - can we move it?"),
                      ("Thread-Index", "AQHa1f" + hexid("10532t", 20)), ("Content-Language", "en-GB")])
    return _other("10532-outlook-mac-english-reschedule-request", "M", date, assemble(hdr, body),
                  "Outlook for Mac English rescheduling chat (+0100): proposes moving a sync to Friday 17 July 16:00 Suqian / 09:00 "
                  "Ennis -> other, no items and no next_followup",
                  "A person asking to move a meeting. It proposes a time but is not minutes (no decisions, no action items) and not an "
                  "invitation: kind other, no items, next_followup null.")


def c10533():
    date = "Wed, 5 Aug 2026 15:40:02 +0800"
    bot = BOTS["Q"]
    text = """茄子河区卫生健康工作简报
第15期
七台河市茄子河区卫生健康局办公室　　2026年8月5日

【工作动态】
一是基层医疗服务能力持续提升。7月份全区乡镇卫生院门急诊人次同比增长6.2%，铁山乡卫生院DR设备已于7月20日通过验收并投入使用。
二是夏季传染病防控平稳有序。区疾控股联合各卫生院开展托幼机构晨午检督导12次，未发生聚集性疫情。
三是中心河乡卫生院冷链故障快速处置。7月28日冷链冰箱温度超标后，相关股室2小时内完成疫苗转移，未造成损失。

【下一步工作】
8月底前完成学生常见病监测工作方案制定；9月上旬配合市卫健委开展村卫生室标准化建设验收。

（报：市卫健委，区委、区政府办公室；送：局班子成员；发：各股室、各乡镇卫生院）
"""
    html = ('<div style="font-family:仿宋;font-size:15px">' + lines_to_divs(text, "p", "margin:0") + "</div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_71290_411205530.1786002002118")
    to = [P("邵长青"), P("栾秀丽"), P("关志刚"), P("初晓燕"), P("谭立军"), P("庞国栋"), P("宫雪")]
    hdr = coremail(P("曲丹"), to, [bot], "茄子河区卫生健康工作简报（第15期）", date, "10533", bot)
    return _other("10533-coremail-work-bulletin-written-by-person", "Q", date, assemble(hdr, body),
                  "Coremail 工作简报 (bulletin) written and sent by a person, no List-Id/Precedence: 一是/二是 reports with dates and a "
                  "'下一步工作' paragraph with 8月底前 -> other, not minutes and not bulk",
                  "An internal work bulletin (简报) that reports what was done and plans in general terms; it is not the record of a "
                  "meeting and assigns nothing to anyone. It carries no bulk/list headers and was sent by a person, so kind other "
                  "(not auto). The '8月底前' plan repeats an item of the 8月11日 meeting and must not create items here.")


def c10534():
    date = "Tue, 11 Aug 2026 09:15:22 +0800"
    bot = BOTS["Y"]
    lv = ("吕静", "lvjing@huacai-bottle.example.cn")
    old = "<202608101622051773240@huacai-bottle.example.cn>"
    text = """吕经理：

价格可以接受。交期能否提前到8月15日前？中秋礼盒那批赶得比较紧。另外发票请开13%专票，开票信息和上次一样。

范磊
采购部

 
 
发件人：吕静
发送时间：2026-08-10 16:22
收件人：范磊
主题：报价单（小磨香油包材）
范经理您好：
附件是250ml和500ml玻璃瓶及瓶盖的报价单，含税含运费到厂。下单后20天交货。
如有问题请随时联系。
吕静  漯河华彩玻璃制品有限公司
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
            '<div style="font-size:10.5pt;font-family:微软雅黑">' + lines_to_divs(text.split(" \n \n")[0]) +
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
            lines_to_divs(text.split(" \n \n")[1]) + "</div></div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "GBK"), leaf("text/html", html, "GBK")],
                 "----=_001_NextPart824476519032_=----", preamble="This is a multi-part message in MIME format.")
    hdr = foxmail(P("范磊"), [lv], [bot], "回复: 报价单（小磨香油包材）", date, "20260811091522", bot, in_reply=old)
    return _other("10534-foxmail-gbk-reply-in-supplier-quote-thread", "Y", date, assemble(hdr, body),
                  "Foxmail GBK '回复:' in a supplier quotation thread (In-Reply-To a supplier mail, not a recap) with the bot in Cc: a "
                  "question with '8月15日前' and a Foxmail 发件人：/发送时间： quote -> other",
                  "A buyer's reply to a supplier's quotation. It is a reply, but not to any minutes or recap of the bot (the thread is a "
                  "supplier's quote), so it is neither minutes nor a command reply: kind other. '8月15日前' is a request to the supplier.")


def c10535():
    date = "Mon, 17 Aug 2026 14:02:11 +0800"
    bot = BOTS["M"]
    text = """各位部门负责人：

2027年度培训计划开始收集需求了。模板在共享盘 HR/2026/培训需求表.xlsx，请各部门8月31日前填好发我，外派培训请注明预算。

有问题随时找我，分机8021。

何晨 Chloe He
HR | Moher Sensors (Suqian)
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", csq=False)
    to = [P("仲海涛"), P("朱燕"), P("卞磊"), P("戚婷婷"), P("沈佳琪")]
    hdr = applemail(P("何晨"), to, [P("陆文斌"), bot], "【HR】2027年度培训需求收集", date, "10535", bot)
    return _other("10535-apple-mail-hr-request-deadline", "M", date, assemble(hdr, body),
                  "Apple Mail text/plain QP request from HR to all managers with a deadline (8月31日前) -> other: a notice, not minutes",
                  "A one-way request/notice from HR with a deadline, no meeting behind it. Kind other, no items. A parser that turns any "
                  "'X前' sentence into an item would wrongly create one here.")


def c10536():
    date = "Tue, 23 Jun 2026 17:06:31 +0800"
    bot = BOTS["H"]
    recap = "<mb-20260623170552-7f3a19c2@yanxi-brush.example.cn>"
    text = """您好！

我于6月23日至6月28日休年假，期间不能及时处理邮件。报销及付款事宜请联系章浩（zhanghao@yanxi-brush.example.cn），其他事项我6月29日（周一）返岗后尽快回复您。

此邮件为系统自动回复，请勿直接回复。

吴桂芬
财务部 | 湖州砚溪湖笔文化有限公司
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    hdr = netease_qiye(P("吴桂芬"), [bot], [], "自动回复：Re: 新品评审会纪要（6月23日）", date, "10536", bot, in_reply=recap)
    return _auto("10536-netease-vacation-reply-no-auto-submitted", "H", date, assemble(hdr, body),
                 "NetEase qiye vacation auto-reply to the bot's recap WITHOUT Auto-Submitted/X-Auto headers: only the '自动回复：' "
                 "subject, In-Reply-To the recap and the body ('系统自动回复') tell; body has dates and a delegate -> auto",
                 "Vacation auto-reply sent to the bot in answer to its recap of 10512. The server added no Auto-Submitted or "
                 "X-Autoreply header, so the subject prefix '自动回复：' and the body ('此邮件为系统自动回复') are the only clues. Its dates "
                 "(6月23日至6月28日, 6月29日) are not a command (not an extension request) and must not be answered.")


def c10537():
    date = "Mon, 3 Aug 2026 09:40:16 +0000"
    bot = BOTS["M"]
    recap = "<mb-20260723111602-2c9e4b10@moher-sq.example.cn>"
    text = """Thank you for your email.

I am on annual leave until Monday 17 August with limited access to email. For engineering questions please contact Aoife Gallagher; for anything urgent on the Lusong pilot, Leo Bian (bianlei@moher-sq.example.cn).

Kind regards,
Declan Brennan
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + lines_to_divs(text) + "</body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_AM0PR07MB4402E8C1F03A9B6D4E77AM0PR07MB4402eurp_")
    hdr = m365(P("Declan Brennan"), [bot], [], "Automatic reply: [Minutes recap] Production/engineering weekly - 23 Jul", date,
               "10537", bot, in_reply=recap, arrival="3 Aug 2026 09:40:16.0021 (UTC)",
               extra_top=[("X-MS-Exchange-Inbox-Rules-Loop", "declan.brennan@moher-sensors.example.ie")])
    hdr = [h for h in hdr if h[0] != "MIME-Version"] + [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                                        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                                                        ("MIME-Version", "1.0")]
    return _auto("10537-m365-english-ooo-auto-submitted", "M", date, assemble(hdr, body),
                 "M365 English out-of-office to a recap: Auto-Submitted: auto-replied, X-Auto-Response-Suppress, "
                 "X-MS-Exchange-Inbox-Rules-Loop, 'Automatic reply:' subject; body has a date and delegates -> auto",
                 "Exchange Online automatic reply (OOF) to the bot's recap of 10519; the headers decide (Auto-Submitted: auto-replied). "
                 "The body's 'until Monday 17 August' and the delegates are not items or commands.")


def c10538():
    date = "Mon, 6 Jul 2026 16:32:55 +0800"
    bot = BOTS["Q"]
    qid = "4dM2Kq0vZcz1R8Wt"
    note = """This is the mail system at host mail.qzhwjj.example.gov.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tengyunfei@hwzwsy.example.cn>: host mx.hwzwsy.example.cn[61.138.44.20] said:
    550 5.1.1 <tengyunfei@hwzwsy.example.cn>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = f"""Reporting-MTA: dns; mail.qzhwjj.example.gov.cn
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; minutes@qzhwjj.example.gov.cn
Arrival-Date: Mon,  6 Jul 2026 16:32:51 +0800 (CST)

Final-Recipient: rfc822; tengyunfei@hwzwsy.example.cn
Original-Recipient: rfc822;tengyunfei@hwzwsy.example.cn
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.hwzwsy.example.cn
Diagnostic-Code: smtp; 550 5.1.1 <tengyunfei@hwzwsy.example.cn>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = (f"Return-Path: <minutes@qzhwjj.example.gov.cn>\nDate: Mon, 6 Jul 2026 16:32:50 +0800\n"
            f"From: {ew('会议纪要助手')} <minutes@qzhwjj.example.gov.cn>\nTo: {ew('滕云飞')} <tengyunfei@hwzwsy.example.cn>\n"
            f"Subject: {ew('【纪要确认】消毒供应室专项检查反馈会纪要')}\nMessage-ID: <mb-20260706163250-91d0c3aa@qzhwjj.example.gov.cn>\n"
            "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n")
    parts = [leaf("text/plain", note, "us-ascii", "7bit", params="", extra=["Content-Description: Notification"], csq=False),
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds,
             "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig]
    boundary = f"{qid}.1783326775/mail.qzhwjj.example.gov.cn"
    body = (f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"\n'
            "Content-Transfer-Encoding: 7bit\n\nThis is a MIME-encapsulated message.\n\n" +
            "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n")
    hdr = [("Return-Path", "<>"), ("Delivered-To", bot[1]),
           ("Received", f"by mail.qzhwjj.example.gov.cn (Postfix)\n\tid 4dM2Kr3xYbz1R8Wv; {date} (CST)"),
           ("Date", date + " (CST)"), ("From", "MAILER-DAEMON@mail.qzhwjj.example.gov.cn (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", bot[1]), ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"), ("Message-Id", "<20260706083255.4dM2Kr3xYbz1R8Wv@mail.qzhwjj.example.gov.cn>")]
    return _auto("10538-postfix-dsn-bounce-township-clinic", "Q", date, assemble(hdr, body),
                 "Postfix DSN (multipart/report delivery-status, Return-Path <>, MAILER-DAEMON) for the bot's recap to an outside "
                 "clinic address; the returned headers carry the recap subject -> auto",
                 "Bounce of the bot's own recap of 10515 to 滕云飞's clinic address (550 user unknown). Return-Path <>, "
                 "Auto-Submitted: auto-replied and multipart/report decide. The returned headers contain the minutes subject; nothing "
                 "here is minutes or a reply.")


CASES = [c10531, c10532, c10533, c10534, c10535, c10536, c10537, c10538]
