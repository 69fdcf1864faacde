"""Cases 10106-10109: 恒澜管件, continued (grouped by person, RE: thread, a request, an out-of-office)."""
from h73_cases_a import BOTA, DOM, MX, mso_paras, outlook_html
from h73_common import (addr, addrs, case, ew, fu, html_paras, it, message, multipart, received, rfc_date, t8,
                        text_part)


def c10106():
    t = t8("2026-06-18 16:35:52")
    body = """各位：

今天下午开了个节前安全检查碰头会，按人把活分一下，节前节后的都有，别弄混了。

【刘俊峰】
1、端午节前完成热推车间行车钢丝绳检查，记录交安全员
2、提交6月份设备点检表（节后第一天）

【沙宏伟】
1、提交6月份设备点检表（节后第一天）——理化室那几台
2、2个工作日内把磁粉探伤机的校验记录补齐

【米晓燕】
1、今天下班前把氧气、乙炔气瓶库存报给我
2、节后尽快安排液化气供应商上门检测管道

【丁一鸣】
无

放假期间值班：6月19日刘俊峰，6月20日马占良，6月21日沙宏伟，手机24小时开机。
节后第一天（6月22日）早上7:30还在生产部办公室碰一下，逐条对账。

马占良
"""
    html = ('<div style="font-family:微软雅黑;font-size:14px;">' + html_paras(body) + '</div>\n'
            '<div><includetail><!--<![endif]--></includetail></div>\n')
    alt = multipart("alternative", "----=_NextPart_6A4B2E9F_0F3C8A10_1D2E5B77", [
        text_part(body, "gb18030", "base64"), text_part(html, "gb18030", "base64", "html")])
    hdr = [
        ("Return-Path", f"<mazhanliang@{DOM}>"), ("Delivered-To", BOTA[1]),
        ("Received", f"from smtpbg.exmail.example.com (smtpbg.exmail.example.com [203.205.250.17])\n\tby {MX} "
                     f"(Postfix) with ESMTPS id 4fN1Rd8hJ3z4tC\n\tfor <{BOTA[1]}>; "
                     f"{rfc_date(t8('2026-06-18 16:35:55'))}"),
        ("X-QQ-mid", "bizesmtp71t1781771752t4a9c2e1f"), ("X-QQ-SSF", "00400000000000F0"),
        ("X-QQ-GoodBg", "0"),
        ("From", addr("马占良", f"mazhanliang@{DOM}", "gb18030")),
        ("To", addrs(["刘俊峰", "沙宏伟", "米晓燕", "丁一鸣"], "gb18030")),
        ("Cc", addrs(["哈文静", BOTA], "gb18030")),
        ("Subject", ew("端午节前安全检查碰头会（按人分工）", "gb18030")),
        ("Mime-Version", "1.0"), ("X-Priority", "3"),
        ("Message-ID", f"<tencent_6A4B2E9F0F3C8A101D2E5B77@{DOM}>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"),
        ("Date", rfc_date(t)),
    ]
    items = [
        it("刘俊峰", "完成热推车间行车钢丝绳检查，记录交安全员", ("before_holiday", "端午"), "2026-06-18"),
        it("刘俊峰", "提交6月份设备点检表", ("after_holiday", "端午"), "2026-06-22"),
        it("沙宏伟", "提交6月份设备点检表", ("after_holiday", "端午"), "2026-06-22"),
        it("沙宏伟", "把磁粉探伤机的校验记录补齐", ("workdays", 2), "2026-06-23"),
        it("米晓燕", "把氧气、乙炔气瓶库存报给马厂长", ("today",), "2026-06-18"),
        it("米晓燕", "安排液化气供应商上门检测管道", None, None, flags=["vague_due"]),
    ]
    notes = ("Tencent Exmail (企业微信邮箱) gb18030 base64, minutes grouped by person (【姓名】 headings; each heading "
             "owns the lines under it). Sent Thu 2026-06-18 16:35, the last working day before 端午 (06-19..06-21 "
             "off). '端午节前' -> last working day before the holiday = the send day 2026-06-18. '节后第一天' -> Mon "
             "2026-06-22. The same task '提交6月份设备点检表' appears for 刘俊峰 and 沙宏伟: two items. '2个工作日内' "
             "-> 06-22, 06-23 -> 2026-06-23. '今天下班前' -> 2026-06-18, no time. '报给我' = the writer 马占良. "
             "AMBIGUOUS: '节后尽快' is read as vague (null + vague_due); a reader could pin it to 06-22. 【丁一鸣】无 "
             "has no item; the 值班 roster is not items. '节后第一天（6月22日）早上7:30还在…碰一下' -> next follow-up "
             "2026-06-22 07:30.")
    return case(10106, "hl-grouped-by-person-exmail-dragonboat", "minutes", message(hdr, alt), notes, items,
                fu(("after_holiday", "端午"), "2026-06-22", "07:30"),
                "Exmail gb18030 minutes grouped by person on 端午 eve: 端午节前 = today, 节后第一天, same task text "
                "for two owners, 2个工作日内 over the holiday, 节后尽快 (AMBIGUOUS)")


# ------------------------------------------------------------------------------------------------------------
def c10107():
    t = t8("2026-08-05 10:12:39")
    body = """各位：

今天上午DN600试制第二次评审会，纪要就接在这个邮件里，方便对照上次的安排。

一、评审结论
1. 第一件热推弯头壁厚减薄率11.2%，在12.5%限值内，判定合格；椭圆度超差0.4mm，需修芯模。
2. 同意按修改后的芯模试推第二件，合格后安排小批量。

二、本次待办
1. 丁一鸣：8月12日前完成芯模（牛角芯）修改图纸，发马厂长审核。
2. 马厂长：图纸到后5个工作日内完成芯模修改并试推第二件。
3. 孟经理：下周一前把试制进度同步给渤海湾石化任工。

下次评审：8月19日（周三）上午9:00，技术部会议室。

杨振
技术部

发件人: 杨振 <yangzhen@hlpipefit.example.cn>
发送时间: 2026年7月8日 16:40
收件人: 丁一鸣 <dingyiming@hlpipefit.example.cn>; 马占良 <mazhanliang@hlpipefit.example.cn>; 孟庆海 <mengqinghai@hlpipefit.example.cn>
抄送: 田国栋 <tianguodong@hlpipefit.example.cn>; 纪要助手 <minutes@hlpipefit.example.cn>
主题: DN600大口径弯头试制会议纪要

各位：

DN600大口径弯头试制启动会纪要如下：
1. 丁一鸣：7月15日前完成芯模设计并出图。
2. 马厂长：7月24日前完成第一件试推。
3. 孟经理：7月10日前向客户确认试制件的验收标准。

杨振
"""
    html_body = mso_paras(body.split("发件人: ")[0]) + (
        '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + mso_paras("发件人: " + body.split("发件人: ")[1].split("\n\n", 1)[0]) + "</div>\n"
        + mso_paras(body.split("发件人: ")[1].split("\n\n", 1)[1]))
    alt = multipart("alternative", "----=_NextPart_000_0104_01DD24B6.8F1A2C30", [
        text_part(body, "utf-8", "base64", crlf=True),
        text_part(outlook_html(html_body, "utf-8"), "utf-8", "quoted-printable", "html"),
    ])
    hdr = [
        ("Return-Path", f"<yangzhen@{DOM}>"), ("Delivered-To", BOTA[1]),
        received("YANGZ-WS", "192.168.10.64", MX, t8("2026-08-05 10:12:42"), "4fV8Hc0bN5z1qM", BOTA[1]),
        ("From", addr("杨振", f"yangzhen@{DOM}")),
        ("To", addrs(["丁一鸣", "马占良", "孟庆海"])), ("Cc", addrs(["田国栋", BOTA])),
        ("References", f"<000001dd0ec2$7a3b9f10$6eb2dd30$@{DOM}>"),
        ("In-Reply-To", f"<000001dd0ec2$7a3b9f10$6eb2dd30$@{DOM}>"),
        ("Subject", ew("RE: DN600大口径弯头试制会议纪要")),
        ("Date", rfc_date(t)), ("Message-ID", f"<000401dd24b6$8f1a2c30$ad4e8490$@{DOM}>"),
        ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzuwnoGq9T1xXbVRhKcIl0M3qk2ZQWYbH1Q"), ("Content-Language", "zh-cn"),
    ]
    items = [
        it("丁一鸣", "完成芯模（牛角芯）修改图纸，发马厂长审核", ("date", "2026-08-12"), "2026-08-12"),
        it("马占良", "完成芯模修改并试推第二件", None, None),
        it("孟庆海", "把试制进度同步给渤海湾石化任工", ("nextweek", 0), "2026-08-10"),
    ]
    notes = ("New minutes posted as 'RE:' in the July thread (In-Reply-To/References to the 07-08 minutes), Outlook "
             "UTF-8 base64 text + QP HTML. Sent Wed 2026-08-05. Only the items above the quoted Outlook header block "
             "(发件人/发送时间/…/主题) are this meeting's; the quoted 7月 items are the old minutes, not items. "
             "评审结论 lines are decisions. '8月12日前' -> 2026-08-12. AMBIGUOUS: '图纸到后5个工作日内' depends on an "
             "event, so no date can be computed -> due null, no_due (as the corpus treats conditional items); a "
             "reader might flag it vague_due instead. '下周一前' -> 2026-08-10. 下次评审 8月19日（周三）上午9:00 -> "
             "2026-08-19 09:00 (a Wednesday).")
    return case(10107, "hl-new-minutes-in-old-thread-outlook", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-08-19"), "2026-08-19", "09:00"),
                "Outlook 'RE:' in an old thread carrying new minutes above the quoted old minutes; conditional "
                "deadline (图纸到后5个工作日内); 下周一前; next review date")


# ------------------------------------------------------------------------------------------------------------
def c10108():
    t = t8("2026-05-26 20:14:09")
    body = """任工您好：

DN600弯头的报价贵方已经收到了，麻烦周五前把管道轴测图（带焊口编号的那版）发我一份，我们好核对弯头的角度和数量，避免漏项。

另外赵经理上次提到热处理方案说明，我们杨总工这周会出，出来后第一时间发您。

谢谢！

孟庆海
沧州恒澜管件有限公司

发自网易邮箱大师
"""
    hdr = [
        ("Return-Path", f"<mengqinghai@{DOM}>"), ("Delivered-To", BOTA[1]),
        received("[10.12.3.45]", "111.227.64.19", MX, t8("2026-05-26 20:14:12"), "4fL5Wb7xK0z3pH", BOTA[1],
                 "ESMTPA"),
        ("Date", rfc_date(t)), ("From", addr("孟庆海", f"mengqinghai@{DOM}", "UTF-8")),
        ("To", addrs(["任广亮"], "UTF-8")), ("Cc", addrs(["赵立新", BOTA], "UTF-8")),
        ("Message-ID", f"<6f0c3a2e.1b7.19b0d2e4c57.mengqinghai@{DOM}>"),
        ("Subject", ew("请提供DN600弯头管道轴测图", "UTF-8")),
        ("MIME-Version", "1.0"), ("X-Mailer", "NetEase Mail Master 4.22.3 (Android)"),
        ("X-NTES-SC", "AL_Qu2cAf6bu0sr4yWRZekZnkcXgu4+WMe0uP8n2IJTPpB0qinP3wQgc3B"),
    ]
    body_part = text_part(body, "UTF-8", "base64")
    notes = ("A person's request to a customer (NetEase Mail Master on Android, UTF-8 base64) with the bot in Cc out of "
             "habit. It asks for a drawing '周五前' and mentions a colleague's work 'this week', but it records no "
             "meeting: kind other, no items, no follow-up.")
    return case(10108, "other-request-mailmaster-android", "other", message(hdr, body_part), notes,
                what="NetEase Mail Master request to a customer with the bot in Cc: deadline words but no minutes")


# ------------------------------------------------------------------------------------------------------------
def c10109():
    t = t8("2026-04-30 18:02:44")
    body = """您好：

我于5月1日至5月5日休假，期间不能及时查看邮件。
采购相关紧急事务请联系刘俊峰（0317-6812035），5月6日返回后我会尽快处理您的邮件。

米晓燕
采购部
"""
    html = outlook_html(mso_paras(body), "gb2312")
    alt = multipart("alternative", "_000_SG2PR02MB43180F2A_", [
        text_part(body, "gb2312", "base64", crlf=True), text_part(html, "gb2312", "base64", "html", crlf=True)])
    hdr = [
        ("Return-Path", "<>"), ("Delivered-To", BOTA[1]),
        received("mixy-pc", "192.168.10.40", MX, t8("2026-04-30 18:02:46"), "4fH1c92Tn4z7yX", BOTA[1]),
        ("From", addr("米晓燕", f"mixiaoyan@{DOM}", "gb2312")), ("To", addr(BOTA[0], BOTA[1], "gb2312")),
        ("Subject", ew("自动答复: [纪要确认] 生产周例会纪要（4月28日）", "gb2312")),
        ("Thread-Topic", ew("[纪要确认] 生产周例会纪要（4月28日）", "gb2312")),
        ("Date", rfc_date(t)), ("Message-ID", f"<SG2PR02MB43180F2A7C1E4B25@{DOM}>"),
        ("In-Reply-To", f"<mb.20260430175931.7f3a@{DOM}>"),
        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", f"mixiaoyan@{DOM}"), ("X-MS-Has-Attach", ""),
        ("Content-Language", "zh-CN"), ("MIME-Version", "1.0"),
    ]
    notes = ("Outlook out-of-office (自动答复) to the bot's recap: Auto-Submitted: auto-replied, Return-Path <>, "
             "X-MS-Exchange-Inbox-Rules-Loop. The body has dates and a phone number but nobody wrote it: kind auto.")
    return case(10109, "auto-ooo-outlook-mayday", "auto", message(hdr, alt), notes,
                what="Outlook 自动答复 (Auto-Submitted: auto-replied) before May Day, dates in the body")
