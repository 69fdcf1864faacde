"""heldout74 cases 10224-10229: 吉安庐陵琴韵乐器有限公司 (cont.) with its Argentine distributor."""
from h74_lib import It, VAGUE, E, addr, addrs, subj, text, text_q, multi, message, rfcdate0, rfcdate, hexid, esc
from h74_clients import (BOT_QY, envelope, outlook_thread, outlook_msgid_onprem, word_html, simple_html,
                         paras_html, exmail_msgid, foxmail_msgid, gmail_msgid, apple_msgid)

QY = "qinyun-guitar.example.cn"
MDP = "delplata-musica.example.com.ar"
MARTIN = ("Martín Echeverría", "martin.echeverria@" + MDP)
LUCIA = ("Lucía Ferreyra", "lucia.ferreyra@" + MDP)


def _excel_table(rows):
    """Table as Outlook pastes it from Excel: class=xl.., x:num / x:str, widths in pt, dates as 2026/7/3."""
    out = ["<table border=0 cellpadding=0 cellspacing=0 width=1030 style='border-collapse:collapse;width:772pt'>",
           " <col width=90 style='width:68pt'>", " <col width=160 span=3 style='width:120pt'>",
           " <col width=72 style='width:54pt'>", " <col width=110 style='width:83pt'>",
           " <col width=72 style='width:54pt'>"]
    for i, r in enumerate(rows):
        cells = []
        for j, v in enumerate(r):
            cls = "xl66" if i == 0 else ("xl68" if j == 5 else "xl67")
            num = " x:num=\"%d\"" % (46200 + i * 3 + j) if (j == 5 and i) else ""
            cells.append("  <td class=%s style='border:.5pt solid windowtext'%s>%s</td>" % (cls, num, esc(v)))
        out.append(" <tr height=24 style='height:18.0pt'>\n" + "\n".join(cells) + "\n </tr>")
    out.append("</table>")
    return "\n".join(out)


def c10224():
    sent = "2026-06-26 17:35:44 +0800"
    frm = ("欧阳雪", E("欧阳雪"))
    rows = [["问题编号", "问题描述", "临时措施", "永久措施", "责任人", "计划完成日期", "状态"],
            ["Q2606-01", "琴颈微弯（D-28）", "出货前全检", "更换加强筋供应商", "欧阳雪", "2026/6/19", "已关闭"],
            ["Q2606-02", "指板边缘毛刺", "返修", "修改打磨工装", "邹国平", "2026/7/3", "进行中"],
            ["Q2606-03", "面漆橘皮", "调整喷枪气压", "喷漆房加装恒湿机", "彭志强", "2026/7/15", "进行中"],
            ["Q2606-04", "弦钮松动（外购件）", "来料全检", "供应商8D整改", "彭志强", "2026/7/10", "未开始"],
            ["Q2606-05", "琴箱音孔尺寸偏差", "—", "更新CNC程序并首件确认", "刘晓琳", "2026/6/30", "进行中"]]
    head = ["各位：", "", "今天质量周会（6月26日 周五 16:00，品质部会议室）纪要如下，问题清单直接从跟踪表里贴过来了：", ""]
    tail = ["", "说明：Q2606-01 已验证有效，本周关闭。其余问题按计划日期推进，下周五同一时间复查。", "",
            "欧阳雪", "品质部"]
    css = ("td.xl66\n\t{font-weight:700;background:#D9E1F2;mso-number-format:\"\\@\";}\n"
           "td.xl67\n\t{mso-number-format:\"\\@\";white-space:normal;}\n"
           "td.xl68\n\t{mso-number-format:\"yyyy\\/m\\/d\";}\n")
    html = word_html(head + [("raw", _excel_table(rows))] + tail, charset="utf-8", font="等线", extra_css=css)
    plain = "\n".join(head) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(tail) + "\n"
    root = multi("alternative", [text_q(plain, "utf-8", "quoted-printable"),
                                 text_q(html, "utf-8", "quoted-printable", "html")],
                 "----=_NextPart_000_0047_01DD0561.9C3E4B20")
    root.preamble = "This is a multipart message in MIME format."
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("DESKTOP-OYX2025", "192.168.10.41"),
                                              ("smtpbg151.exmail-relay.example.net", "203.205.250.151")],
                   sent, "4ZxF0b5MtQz3nVj") + [
        ("From", addr(*frm)),
        ("To", addrs([("邹国平", E("邹国平")), ("彭志强", E("彭志强")), ("刘晓琳", E("刘晓琳"))])),
        ("Cc", addrs([("罗家明", E("罗家明")), BOT_QY])),
        ("Subject", subj("质量周会纪要-0626（问题跟踪表）")),
        ("Date", rfcdate0(sent)),
        ("Message-ID", outlook_msgid_onprem("10224", QY)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", outlook_thread("10224")),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("邹国平", "修改打磨工装", ("md", 7, 3), "2026-07-03"),
        It("彭志强", "喷漆房加装恒湿机", ("md", 7, 15), "2026-07-15"),
        It("彭志强", "供应商8D整改", ("md", 7, 10), "2026-07-10"),
        It("刘晓琳", "更新CNC程序并首件确认", ("md", 6, 30), "2026-06-30"),
    ]
    notes = ("Outlook desktop (via Exmail SMTP), UTF-8 QP; an issue-tracking table pasted from Excel (class=xl.., "
             "x:num cells, dates shown as 2026/7/3) and a tab-separated plain alternative. Sent Fri 2026-06-26. Row "
             "Q2606-01 is 已关闭 -> not an item. The task is the 永久措施 column (临时措施 are already in place); "
             "AMBIGUOUS: a reader might name the task after 问题描述 instead. Dates in yyyy/m/d. Meeting held Fri "
             "16:00 and '下周五同一时间复查' -> next_followup 2026-07-03 16:00.")
    return dict(no=10224, slug="qy-outlook-excel-pasted-issue-table", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("next_wd", 4, "16:00"), "2026-07-03 16:00"),
                notes=notes, tests="Outlook UTF-8 QP with an Excel-pasted table (xl classes, yyyy/m/d dates); closed "
                "row skipped; task = 永久措施; next meeting '下周五同一时间'")


def c10225():
    sent = "2026-07-16 20:41:09 +0800"
    frm = ("曾慧", E("曾慧"))
    todo = [("曾慧", "跟进客户Q3订单定金到账", "7月20日"),
            ("肖俊", "预订8月宁波港出口海运舱位", "下周三前"),
            ("邹国平", "确认400把琴8月15日前完工的排产", "无"),
            ("未识别", "更新出口报关资料模板", "无")]
    lines = ["腾讯会议 · 智能纪要", "会议主题：阿根廷客户Q3订单评审",
             "会议时间：2026/07/16 19:00-20:05（北京时间）", "参会人：曾慧、肖俊、邹国平、Martín Echeverría", "",
             "智能总结", "客户确认Q3订单400把（D-28 240把、OM-16 160把），定金30%下周到账；交期要求8月底前离港。"
             "客户希望包装改为双层纸箱并加防潮包。", "", "会议待办"] + \
        ["%d. %s  负责人：%s  截止时间：%s" % (i, t, o, d) for i, (o, t, d) in enumerate(todo, 1)] + [
        "", "章节要点", "19:02 订单数量：Martín 说两种琴型比例还可以再调",
        "19:20 交期：邹国平 表示8月要加班才能赶上，需要尽快锁定木料",
        "19:41 包装：肖俊 建议下周内先寄一套包装样品", "",
        "纪要由腾讯会议AI生成，仅供参考"]
    plain = "\n".join(lines) + "\n"
    inner = "<div style=\"font-size:18px;font-weight:bold\">%s</div>" % esc(lines[0]) + paras_html(lines[1:5]) + \
        "<h3>智能总结</h3><p>%s</p><h3>会议待办</h3><table cellpadding=4>%s</table><h3>章节要点</h3>%s" \
        "<p style=\"color:#999\">%s</p>" % (
            esc(lines[6]), "".join("<tr><td>%s</td><td>负责人：%s</td><td>截止时间：%s</td></tr>" % (esc(t), esc(o), esc(d))
                                   for o, t, d in todo), paras_html(lines[15:18]), esc(lines[-1]))
    html = simple_html(inner)
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "----=_NextPart_66966A25_0F1E2D3C_%s" % hexid("b10225", 8).upper())
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("smtpbg154.exmail-relay.example.net", "203.205.250.154")],
                   sent, "4ZyR5n2LcDz9hWq") + [
        ("X-QQ-mid", "bizesmtp" + hexid("mid10225", 14) + "t1784205669tq9w1e"),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("From", addr(*frm)),
        ("To", addrs([("肖俊", E("肖俊")), ("邹国平", E("邹国平"))])),
        ("Cc", addrs([("罗家明", E("罗家明")), BOT_QY])),
        ("Subject", subj("转发：腾讯会议智能纪要｜阿根廷客户Q3订单评审")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate0(sent)),
        ("Message-ID", exmail_msgid("10225", QY)),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("曾慧", "跟进客户Q3订单定金到账", ("md", 7, 20), "2026-07-20"),
        It("肖俊", "预订8月宁波港出口海运舱位", ("next_wd", 2), "2026-07-22"),
        It("邹国平", "确认400把琴8月15日前完工的排产", None),
        It(None, "更新出口报关资料模板", None),
    ]
    notes = ("Tencent Meeting AI 智能纪要 forwarded through Exmail (text + HTML, UTF-8). Sent Thu 2026-07-16. Only 会议待办 "
             "counts. 1 '7月20日' -> 2026-07-20; 2 '下周三前' -> 2026-07-22; 3 the date 8月15日 is part of what to "
             "confirm and 截止时间 is 无 -> no_due (not due 08-15); 4 负责人 未识别 -> no_owner, department null, no_due. "
             "智能总结 and 章节要点 ('需要尽快锁定木料', '下周内先寄一套包装样品') are not items. No next meeting.")
    return dict(no=10225, slug="qy-tencent-meeting-ai-todo-exmail", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Tencent Meeting 智能纪要: only 会议待办; a date inside the task text with 截止时间 无 -> no_due; "
                      "负责人 未识别 -> no_owner; AI chapter lines ignored")


def c10226():
    sent = "2026-07-27 21:03:51 +0800"
    frm = ("刘晓琳", E("刘晓琳"))
    body = """研发例会纪要 7/27
参加：刘晓琳、胡斌、欧阳雪、邹国平

1. 新款OM-18琴型的音梁结构定型，胡工负责备料（阿迪朗达克
   云杉面板20片），7月31日前到位。
2. 欧阳负责制定OM-18样琴的声学测试
   规范，8月5日前出初稿。
3. 邹主管安排样琴试制排期，
   月底前给我。
4. 碳纤维加强筋方案：我来做两种方案的成本对比，
   8月7日（周五）前发罗总。

下次例会：8月3日（周一）下午2点。

发自我的iPhone
"""
    root = text(body, "utf-8", "quoted-printable")
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("[10.14.3.7]", "223.104.160.31"),
                                              ("smtpbg157.exmail-relay.example.net", "203.205.250.157")],
                   sent, "4ZzK9c4RwPz1mTd") + [
        ("From", addr(*frm)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", subj("研发例会纪要 7/27")),
        ("Date", rfcdate(sent)),
        ("Message-Id", apple_msgid("10226", QY)),
        ("Cc", addr(*BOT_QY)),
        ("To", addrs([("胡斌", E("胡斌")), ("欧阳雪", E("欧阳雪")), ("邹国平", E("邹国平"))])),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    items = [
        It("胡斌", "备料（阿迪朗达克云杉面板20片）", ("md", 7, 31), "2026-07-31"),
        It("欧阳雪", "制定OM-18样琴的声学测试规范", ("md", 8, 5), "2026-08-05"),
        It("邹国平", "安排样琴试制排期", ("month_end", 0), "2026-07-31"),
        It("刘晓琳", "做两种方案的成本对比", ("md", 8, 7), "2026-08-07"),
    ]
    notes = ("iPhone Mail plain text (UTF-8 QP) typed in a notes app: every item is hard-wrapped onto a second, "
             "indented line, and the deadline sits on the continuation line; the task also breaks mid-word "
             "('声学测试 / 规范'). Sent Mon 2026-07-27 21:03. Owners by short forms: 胡工 = 胡斌, 欧阳 = 欧阳雪, 邹主管 = "
             "邹国平, '我来' = the sender 刘晓琳. '7月31日前' -> 2026-07-31; '8月5日前' -> 2026-08-05; '月底前' -> "
             "2026-07-31; '8月7日（周五）前' -> 2026-08-07. '下次例会：8月3日（周一）下午2点' -> 2026-08-03 14:00.")
    return dict(no=10226, slug="qy-iphone-plain-items-wrapped-over-lines", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 8, 3, "14:00"), "2026-08-03 14:00"),
                notes=notes, tests="iPhone Mail plain: items hard-wrapped over two lines with the date on the "
                "continuation; short owner forms (欧阳, 我来); 下午2点 next meeting")


def c10227():
    sent = "2026-05-20 10:37:22 +0800"
    frm = ("肖俊", E("肖俊"))
    body = ("邹主管：\n\n阿根廷客户想在周五前拿到2把OM-16样琴的照片和视频（要有敲击音和扫弦），"
            "能不能安排明天下午3点前拍好发我？我这边周四晚上和客户开会要用。\n\n谢谢！\n\n肖俊\n\n发自网易邮箱大师\n")
    root = text(body, "utf-8", "base64")
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("smtpbg152.exmail-relay.example.net", "203.205.250.152")],
                   sent, "4ZnT4w7JkBz5cRf") + [
        ("Date", rfcdate0(sent)),
        ("From", addr(*frm)),
        ("To", addr("邹国平", E("邹国平"))),
        ("Cc", addr(*BOT_QY)),
        ("Message-ID", "<%s.%s.%s@qinyun-guitar.example.cn>" % (hexid("n10227", 8), hexid("m10227", 4),
                                                                hexid("k10227", 11))),
        ("Subject", subj("样琴照片和视频")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase-MailMaster/7.2.6"),
    ]
    notes = ("A one-to-one request from NetEase Mail Master (mobile signature '发自网易邮箱大师') with the bot in Cc out of "
             "habit. It asks for photos and video '明天下午3点前' for a customer deadline '周五前', but there was no "
             "meeting and no minutes: kind other, no items.")
    return dict(no=10227, slug="qy-other-request-mailmaster", kind="other", sent=sent,
                raw=message(hdr, root, None), items=[], follow=None, notes=notes,
                tests="NetEase Mail Master one-to-one request with deadlines (明天下午3点前/周五前) -> other")


def c10228():
    sent = "2026-08-03 06:12:40 -0300"
    frm = LUCIA
    body = ("Hola,\n\nEstoy de vacaciones hasta el lunes 17 de agosto, con acceso limitado al correo. Para temas "
            "urgentes de pedidos escribí a Martín Echeverría (martin.echeverria@delplata-musica.example.com.ar).\n\n"
            "I'm on holiday until Monday 17 August with limited access to email. For urgent order matters please "
            "contact Martín Echeverría.\n\nGracias / Thanks,\nLucía\n")
    root = multi("alternative", [text(body, "utf-8", "quoted-printable"),
                                 text("<div dir=\"ltr\">%s</div>\n" % esc(body).replace("\n", "<br>\n"), "utf-8",
                                      "quoted-printable", "html")], "000000000000" + hexid("b10228", 14))
    recap = "<minutebot.%s@qinyun-guitar.example.cn>" % hexid("recap10228", 16)
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("mail-sor-f73.google.com", "209.85.220.73")],
                   "2026-08-03 17:12:44 +0800", "4ZmW1p6NhXz8rCs") + [
        ("MIME-Version", "1.0"),
        ("From", addr(*frm)),
        ("Date", rfcdate(sent)),
        ("Message-ID", gmail_msgid("10228")),
        ("Subject", "De vacaciones / On holiday (Re: [Recap] OM-16 sample review 8/3)"),
        ("To", addr(*BOT_QY)),
        ("In-Reply-To", recap),
        ("References", recap),
        ("Auto-Submitted", "auto-replied"),
    ]
    notes = ("Gmail vacation responder from the distributor (Spanish + English), with Auto-Submitted: auto-replied "
             "(Gmail adds no Precedence/X-Autoreply), In-Reply-To the bot's recap; the subject is the user's own text. Date 06:12 -0300 = 17:12 Shanghai "
             "Mon 2026-08-03. The return date (17 de agosto) and the delegate are not items or an extension: kind "
             "auto.")
    return dict(no=10228, slug="qy-auto-gmail-vacation-es-en", kind="auto", sent=sent,
                raw=message(hdr, root, None), items=[], follow=None, notes=notes,
                tests="Gmail vacation auto-reply in Spanish/English with Auto-Submitted, custom subject -> auto")


def c10229():
    sent = "2026-08-13 15:20:05 +0800"
    frm = ("Sunny Zeng", E("曾慧"))
    body = """Hi Martín,

The two OM-16 samples left Ji'an this morning by DHL, AWB 7731 4402 96, ETA Buenos Aires 20 Aug. I used the
new warehouse address below, please double-check the postcode.

Proforma invoice (USD 0, samples of no commercial value) is in the box and also in the DHL system.

Best regards,
Sunny Zeng
Export Manager | Ji'an Luling Qinyun Musical Instruments Co., Ltd.

------------------ Original ------------------
From: "Martín Echeverría" <martin.echeverria@delplata-musica.example.com.ar>
Date: Wed, Aug 12, 2026 04:40 AM
To: "Sunny Zeng" <zenghui@qinyun-guitar.example.cn>
Cc: "纪要机器人" <minutebot@qinyun-guitar.example.cn>
Subject: Re: Sample shipment address

Hi Sunny,

Please send the samples to our new warehouse: Depósito Barracas, Av. Montes de Oca 1740, C1270 CABA.
We need them by next Friday for the Rosario dealer day. Can Kevin also send the packing photos tomorrow?

Martín
"""
    root = text(body, "utf-8", "quoted-printable")
    root.headers[0] = ("Content-Type", "text/plain; charset=\"utf-8\"")
    hdr = envelope(BOT_QY, frm[1], "qinyun", [("DESKTOP-ZH8830", "192.168.10.23"),
                                              ("smtpbg150.exmail-relay.example.net", "203.205.250.150")],
                   sent, "4ZrB8v3GmYz2kLx") + [
        ("Date", rfcdate0(sent)),
        ("From", addr(*frm)),
        ("To", addr(*MARTIN)),
        ("Cc", addr(*BOT_QY)),
        ("Subject", "Re: Sample shipment address"),
        ("In-Reply-To", gmail_msgid("10229old")),
        ("References", gmail_msgid("10229root") + "\n " + gmail_msgid("10229old")),
        ("X-Priority", "3"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[en]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", foxmail_msgid(sent, "10229", QY)),
    ]
    notes = ("A reply in an ordinary logistics thread (Foxmail English, 'Re:', In-Reply-To a Gmail message) that "
             "kept the bot in Cc. It reports a shipment and quotes a request ('by next Friday', 'packing photos "
             "tomorrow'), but neither message is minutes and it does not answer a bot recap: kind other, no items.")
    return dict(no=10229, slug="qy-other-reply-in-logistics-thread-foxmail", kind="other", sent=sent,
                raw=message(hdr, root, None), items=[], follow=None, notes=notes,
                tests="Foxmail 'Re:' in a non-minutes thread with the bot in Cc, quoted requests with dates -> other")


CASES = [c10224, c10225, c10226, c10227, c10228, c10229]
