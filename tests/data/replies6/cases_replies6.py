"""The cases of replies6 (imported by gen_replies6.py, which passes its namespace)."""


def define_cases(g):
    globals().update(g)
    _define()


def quote_qq_mobile(p):
    """QQ Mail iOS app: English-labelled 'Original' block."""
    t = p.t
    when = "%s, %s %d, %d %d:%02d %s" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day, t.year,
                                         t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    tos = "".join('"%s"<%s>;' % x for x in p.to)
    text = ('\n\n\n------------------ Original ------------------\nFrom: "%s"<%s>;\nDate: %s\nTo: %s\nSubject: %s\n\n'
            % (p.frm[0], p.frm[1], when, tos, p.subject) + p.text)
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;Original&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>From:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>Date:</b>&nbsp;%s</div><div><b>To:</b>'
         '&nbsp;%s</div><div><b>Subject:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(p.subject), p.html))
    return text, h


def pdf(name):
    return attachment(name, b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
                      "application/pdf")


def xlsx(name):
    return attachment(name, tiny_zip([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")]),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def ooo_headers_exmail(frm, to, cc, subj, t, slug, irt, refs):
    return [("From", haddr(*frm, label="gb18030", quote=True)), ("To", haddr(*BOT, label="gb18030", quote=True)),
            ("Subject", htext(subj, "gb18030", "B")), ("Mime-Version", "1.0"),
            ("Date", rfc_date(t)), ("Message-ID", "<tencent_%s@qq.com>" % hx(slug, 36).upper()),
            ("In-Reply-To", irt), ("References", "\n ".join(refs)), ("Auto-Submitted", "auto-replied"),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"),
            ("X-QQ-AUTOREPLY", "1")]


def ooo_headers_exo(frm, to, cc, subj, t, slug, irt, refs):
    mid = "BYAPR06MB%s%s" % (hx(slug, 4).upper(), hx(slug + "m", 24).upper())
    return [("From", haddr(*frm)), ("To", haddr(*BOT)), ("Subject", htext(subj, "utf-8", "B")),
            ("Thread-Topic", htext(subj.split(": ", 1)[1], "utf-8", "B")), ("Thread-Index", thread_index(slug)),
            ("Date", rfc_date(t.astimezone(UTC))),
            ("Message-ID", "<%s@%s.namprd06.prod.outlook.com>" % (mid, mid[:13])),
            ("In-Reply-To", irt), ("References", "\n ".join(refs)),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Inbox-Rules-Loop", ADDR["陈睿"]),
            ("X-MS-TNEF-Correlator", ""), ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]





def _define():
    # ======================================================== sf-ship (recap Mon 2026-02-09 11:24 CST)
    case(1401, "qq-gb18030-colloquial-done", "sf-ship", "罗建新", at("2026-02-11 17:32:08"), "qq",
         "第1项搞定了，包装加固全部做完，明天一早可以装柜。\n\n罗建新\n生产部\n", quote_qq,
         G("reply", R("done", [1]),
           "Wed 2026-02-11. '第1项搞定了' = done (colloquial 搞定了), items [1]. '明天一早可以装柜' is the next step, "
           "not a date for the item. QQ/Exmail gb18030 base64; quote under '------------------ 原始邮件 "
           "------------------' holds the recap table and the command footer ('已完成', '进度80%', '延期至10月20日')."),
         "QQ/Exmail gb18030 '第1项搞定了' (colloquial done) over the QQ 原始邮件 quote")
    case(1402, "mailmaster-ios-extend-date", "sf-ship", "吴秀兰", at("2026-02-12 20:47:51"), "mailmaster",
         "李sir，复工名单要等工人们回老家过完年再确认，第3项申请延期至2月26日。\n\n发自网易邮箱大师\n",
         quote_mailmaster,
         G("reply", R("extend", [3], new="2026-02-26"),
           "Thu 2026-02-12 20:47 (evening, after the day's cut-off is irrelevant for commands). '第3项申请延期至2月26日' -> "
           "extend, items [3], new_due_date 2026-02-26 (Thu, a working day after the Spring Festival holiday "
           "02-15..02-23). Alias 李sir = 李家伟 (the organizer) is only the salutation. Footer '发自网易邮箱大师' is a "
           "signature; quote '---- 回复的原邮件 ----' with '| 发件人 |' rows."),
         "网易邮箱大师 (iOS) '第3项申请延期至2月26日' across the Spring Festival holiday", rule=("abs", 2, 26),
         platform="iOS")
    case(1403, "outlook-gb2312-done-disclaimer-attachment", "sf-ship", "周慧", at("2026-02-13 10:05:37"),
         "outlook_zh",
         "李经理：\n\n东莞五金厂1月货款已于今天上午付清（银行回单见附件），第4项已完成。\n\n周慧\n财务部 经理\n佛山森雅家居有限公司\n"
         "电话：0757-2663 8801  手机：138 2299 0417\n" + SIG_DISCLAIMER_ZH, quote_outlook_zh,
         G("reply", R("done", [4]),
           "Fri 2026-02-13, the due date of item 4. '第4项已完成' -> done, items [4]. Signature with phone numbers and a "
           "Chinese confidentiality disclaimer (mentions '立即电话或邮件通知') precede the Outlook '发件人:/发送时间:' quote "
           "block. gb2312-labelled base64 (CRLF), PDF attachment, multipart/mixed."),
         "Outlook zh-CN gb2312 '第4项已完成' + signature + disclaimer + PDF attachment", cc=["李家伟"],
         attachments=(pdf("银行回单_东莞五金厂_2026年1月货款.pdf"),))
    case(1404, "foxmail-makeup-saturday-workdays", "sf-ship", "黄诗琪", at("2026-02-14 16:20:12"), "foxmail",
         "各位：\n美国客户那边也开始放假了，交期表要等他们确认新的PO以后才能更新。第5项申请延期，节后5个工作日内更新给大家。\n\n"
         "Cindy 黄诗琪\n外贸部\n", quote_foxmail,
         G("reply", R("extend", [5], new="2026-02-28"),
           "Sent Sat 2026-02-14, a make-up working day (original due of item 5). '第5项申请延期，节后5个工作日内' -> extend, "
           "items [5]. Counting 5 Chinese working days from the day after sending: 02-15..02-23 are the Spring "
           "Festival holiday, then 02-24 (1), 02-25 (2), 02-26 (3), 02-27 (4), 02-28 Sat make-up working day (5) "
           "-> 2026-02-28. Counting 'after the holiday' gives the same day."),
         "Foxmail GBK sent on the 02-14 make-up Saturday: '节后5个工作日内' ends on the 02-28 make-up Saturday",
         rule=("workdays", 5))
    case(1405, "iphone-done-no-number-single-item", "sf-ship", "李家伟", at("2026-02-10 09:41:26"), "apple",
         "两个柜都订好了，船期2月13日盐田开，SO已经发群里了。\n\n发自我的iPhone\n", quote_ios_zh,
         G("reply", R("done", []),
           "Tue 2026-02-10. '两个柜都订好了' = done, but no item number is written (items []). The sender owns exactly "
           "one item of this meeting (#2 确认2个40HQ订舱并提供船期; he is also the organizer), so the bot should apply "
           "done to #2. '2月13日' is the sailing date, not a due date."),
         "iPhone Mail zh '两个柜都订好了' (done, no number; the sender owns only #2), 发自我的iPhone",
         new_html='<div dir="ltr">两个柜都订好了，船期2月13日盐田开，SO已经发群里了。</div><div dir="ltr"><br></div>'
                  '<div dir="ltr">发自我的iPhone</div>',
         mailer="iPhone Mail (23D127)", mime="1.0 (1.0)")
    case(1406, "wecom-question-not-owner", "sf-ship", "欧阳婷", at("2026-02-09 14:10:44"), "qq",
         "李sir，请问五金厂的货款是按对账单金额付，还是扣掉上个月的质量罚款以后再付？这个要先跟周经理确认一下。\n", quote_qq,
         G("reply", R("unknown"),
           "A question (Mon 2026-02-09, before the cut-off) from a participant who owns no item of this meeting, "
           "about item 4 (货款). No command word: not confirm, not an objection (nothing is disputed, she asks how "
           "to pay). Gold intent 'unknown' (SPEC parse value; see README): nothing must change, the bot may forward "
           "it to the organizer."),
         "企业微信 mail (Exmail engine, UTF-8): a question about item 4 from a non-owner -> intent unknown, nothing "
         "changes", cs="utf-8", mailer="WeCom")

    # ======================================================== after-sf (recap Wed 2026-02-25 09:52 CST)
    case(1407, "163web-two-items-one-sentence", "after-sf", "吴秀兰", at("2026-02-27 15:36:02"), "163",
         "罗厂：\n1和5都弄好了，点检表和保养记录都交到生产部办公室了。\n吴秀兰\n", quote_163,
         G("reply", R("done", [1, 5]),
           "Fri 2026-02-27. '1和5都弄好了' -> done for items 1 and 5 (bare numbers joined by 和 in one sentence; both "
           "are hers). 163 web mail GBK; the quote starts at '在 2026-02-25 09:52:51，\"纪要助手\" <…> 写道：' with "
           "'> ' lines."),
         "163 web GBK '1和5都弄好了' (two items, bare numbers, one sentence)", cc=["罗建新"])
    case(1408, "outlook-zh-tw-utf8-traditional-confirm", "after-sf", "麦子健", at("2026-02-25 11:02:19"),
         "outlook_intl",
         "羅廠長：\n\n第三項沒問題，28號（週六）前完成。\n\nKenneth Mak 麥子健\n品質部 | 佛山森雅家居\nTel: +86 757 2663 8830\n",
         lambda p: quote_outlook_desktop_lang(p, "tw", TZ8),
         G("reply", R("confirm", [3]),
           "Wed 2026-02-25, Traditional Chinese from a Hong Kong colleague (Outlook zh-TW; UTF-8 because the quoted "
           "recap is Simplified). '第三項沒問題' -> confirm, items [3] (Chinese numeral, Traditional 項). '28號（週六）前' "
           "restates the recap's due (02-28, make-up Saturday), it is not an extension. Quote header in zh-TW labels "
           "寄件者/寄件日期/收件者/主旨."),
         "Outlook zh-TW (UTF-8) Traditional '第三項沒問題' + 寄件者/寄件日期 quote header",
         content_language="zh-TW", html_lang="ZH-TW")
    case(1409, "qq-ios-thumbs-up-gb18030", "after-sf", "欧阳婷", at("2026-02-25 10:15:33"), "qq",
         "👍\n\n\n发自我的iPhone\n", quote_qq_mobile,
         G("reply", R("confirm", []),
           "Wed 2026-02-25 before the cut-off: the whole reply is a thumbs-up emoji -> confirm (no item number, "
           "items []). gb18030 four-byte sequence for U+1F44D. QQ Mail iOS quote with English labels "
           "'------------------ Original ------------------ / From: / Date: / To: / Subject:'."),
         "QQ Mail iPhone app, gb18030: only '👍' -> confirm; English-labelled 'Original' quote")
    case(1410, "wecom-extend-date", "after-sf", "罗建新", at("2026-03-02 08:55:10"), "qq",
         "补招喷漆工比预期难，节后人很难招，中介说下周才有一批人来面试。第2项申请延期至3月13日。\n\n罗建新\n", quote_qq,
         G("reply", R("extend", [2], new="2026-03-13"),
           "Mon 2026-03-02. '第2项申请延期至3月13日' -> extend, items [2], 2026-03-13 (Fri). '下周' in the reason is not "
           "the date. The sender is the organizer and the owner of #2."),
         "企业微信 mail UTF-8 '第2项申请延期至3月13日' with a reason that contains 下周", cs="utf-8", mailer="WeCom",
         rule=("abs", 3, 13))
    case(1411, "coremail-question-unknown", "after-sf", "梁志豪", at("2026-02-25 13:30:48"), "coremail",
         "罗厂，请问第4项盘点是只盘原木和板材，还是连研发样品仓那批岩板一起盘？\n\n梁志豪\n研发部\n", quote_coremail,
         G("reply", R("unknown"),
           "Wed 2026-02-25. A question that names 第4项 but carries no command: the sender (not the owner) asks what "
           "the stock-take covers. Gold intent 'unknown', items [] (an unknown intent carries no items); nothing "
           "must change."),
         "Coremail: question naming 第4项 ('请问…？') -> unknown, nothing changes")

    # ======================================================== hcmc-may (recap Tue 2026-04-28 15:06 CST)
    case(1412, "gmail-vi-extend-may11", "hcmc-may", "Nguyễn Văn Hùng", at("2026-04-29 09:12:40", ICT), "gmail",
         "Hi anh Hạo,\n\nItem 2 - can we move it to May 11? The 2 new operators only start after the holiday "
         "(they come back on May 6 and need 3 days training).\n\nThanks,\nHùng\n",
         lambda p: quote_gmail_lang(p, "vi", ICT),
         G("reply", R("extend", [2], new="2026-05-11"),
           "Wed 2026-04-29 09:12 +0700 (10:12 Shanghai). 'Item 2 - can we move it to May 11?' -> extend, items [2], "
           "2026-05-11 (Mon). 'May 6' and '3 days training' are the reason. Gmail with a Vietnamese UI: the quote "
           "attribution is 'Vào Th 3, 28 thg 4, 2026 vào lúc 14:06 纪要助手 <…> đã viết:'."),
         "Gmail (Vietnamese UI) English 'can we move it to May 11?' under a 'Vào … đã viết:' attribution",
         rule=("abs", 5, 11))
    case(1413, "outlook-vi-done-100-percent-checked", "hcmc-may", "Trần Thị Mai", at("2026-05-06 10:20:05", ICT),
         "outlook_intl",
         "Dear all,\n\nItem 4 done. The walnut veneer arrived this morning, 100% checked, no damage.\n\n"
         "Best regards,\nTrần Thị Mai\nPurchasing – Senya Vietnam Factory\nMobile: +84 903 118 625\n",
         lambda p: quote_outlook_desktop_lang(p, "vi", ICT),
         G("reply", R("done", [4]),
           "Wed 2026-05-06 (the due date). 'Item 4 done' -> done, items [4]. '100% checked' describes the incoming "
           "inspection, not a progress report: percent stays null. Outlook desktop with Vietnamese UI: 'Từ: / Đã "
           "gửi: / Đến: / Chủ đề:' quote block."),
         "Outlook vi-VN 'Item 4 done … 100% checked' (done, not progress) with Từ:/Đã gửi: quote header",
         content_language="vi-VN", html_lang="VI")
    case(1414, "foxmail-done-xlsx-attachment", "hcmc-may", "郑浩", at("2026-04-29 15:40:27", ICT), "foxmail",
         "各位好，\n\n第3项已完成，5月排产计划见附件，请查收。\n\n郑浩\n越南工厂 厂务经理\n", quote_foxmail,
         G("reply", R("done", [3]),
           "Wed 2026-04-29, due date of #3. '第3项已完成' -> done, items [3]; xlsx attached. Foxmail UTF-8 base64 (GBK cannot hold the quoted Vietnamese names) with "
           "Date in +0700 (the sender sits in Ho Chi Minh City)."),
         "Foxmail UTF-8 (the quote holds Vietnamese names) from Vietnam (+0700) '第3项已完成' + .xlsx",
         cc=["谭美玲", "罗建新"], cs="UTF-8",
         attachments=(xlsx("5月排产计划_越南工厂.xlsx"),))
    case(1415, "gmail-es-progress-80-la", "hcmc-may", "Maria Gonzalez", at("2026-04-28 19:40:55", PDT), "gmail",
         "Hi all,\n\n#5 is about 80% there – HomeNest confirmed the week of May 11, waiting for them to lock the "
         "exact day.\n\nMaria Gonzalez\nOperations Coordinator | Senya Home USA\n(626) 555-0142\n",
         lambda p: quote_gmail_lang(p, "es", PDT),
         G("reply", R("progress", [5], 80),
           "Tue 2026-04-28 19:40 -0700 = Wed 04-29 10:40 Shanghai. '#5 is about 80% there' -> progress, items [5], "
           "percent 80. 'the week of May 11' is information, not an extension (the item had no date). Gmail with a "
           "Spanish UI: 'El mar, 28 abr 2026 a las 0:06, 纪要助手 (<…>) escribió:' (recap time in LA)."),
         "Gmail (Spanish UI, -0700) '#5 is about 80% there' -> progress 80")
    case(1416, "outlook-gb2312-chinese-numeral-done", "hcmc-may", "谭美玲", at("2026-04-30 17:05:44"), "outlook_zh",
         "收到。\n\n郑经理：第一项已经完成，复检合格，报告放在QC共享盘 \\\\fs01\\QC\\2026\\04。\n\n谭美玲\n品质部\n",
         quote_outlook_zh,
         G("reply", R("done", [1]),
           "Thu 2026-04-30, the due date. '收到' opens the mail but the command is '第一项已经完成' -> done, items [1] "
           "(Chinese numeral). The UNC path with digits is not an item number. Outlook zh-CN chose UTF-8 because the quoted recap "
           "contains Vietnamese names GBK cannot encode."),
         "Outlook zh-CN, UTF-8 (auto-selected: the quote holds Vietnamese names): '收到。…第一项已经完成' + UNC path",
         cs="utf-8")

    # ======================================================== amz-weekly (recap Wed 2026-05-06 15:10 CST)
    case(1417, "gmail-android-reply-on-attribution-line", "amz-weekly", "邓雪梅", at("2026-05-08 11:03:29"),
         "gmail", "", lambda p: quote_gmail_lang(p, "zh", TZ8, same_line_prefix="第1项已经弄好了，图片都传上去了 "),
         G("reply", R("done", [1]),
           "Fri 2026-05-08 (due date). Gmail Android: the user typed on the attribution line, so the plain text "
           "reads '第1项已经弄好了，图片都传上去了 纪要助手 <…> 于2026年5月6日周三 15:10写道：'. The new text is the part "
           "before the attribution: done, items [1]."),
         "Gmail Android zh: reply typed on the attribution line ('…弄好了 纪要助手 <…> 于…写道：')",
         new_html='<div dir="auto">第1项已经弄好了，图片都传上去了 </div>')
    case(1418, "outlook-en-progress-3-of-5", "amz-weekly", "Jason Miller", at("2026-05-06 09:30:14", PDT),
         "outlook_intl",
         "Gigi,\n\n#2 - answered 3 of the 5 negative reviews, return labels sent for two. I'd say we're at 60%.\n\n"
         "Jason Miller\nSales Manager, Senya Home USA\nM: (949) 555-0187\n",
         lambda p: quote_outlook_desktop_lang(p, "en", PDT),
         G("reply", R("progress", [2], 60),
           "Wed 2026-05-06 09:30 -0700 = Thu 05-07 00:30 Shanghai. '#2 … we're at 60%' -> progress, items [2], "
           "percent 60 ('3 of the 5' agrees). Outlook en-US quote 'From: / Sent: Wednesday, May 6, 2026 12:10 AM / "
           "To: / Subject:' (recap time shown in Los Angeles time)."),
         "Outlook en-US (-0700) '#2 … we're at 60%' with From:/Sent: header in LA time",
         content_language="en-US", html_lang="EN-US")
    case(1419, "apple-mail-bottom-post-the-21st", "amz-weekly", "Maria Gonzalez", at("2026-05-06 17:45:03", PDT),
         "apple", "can we push #4 to the 21st? inbound appointment slots at ONT8 are full until then.\n\nMaria\n",
         lambda p: quote_apple(p, "en", PDT),
         G("reply", R("extend", [4], new="2026-05-21"),
           "Bottom-posted under the quote. Wed 2026-05-06 17:45 -0700 = Thu 05-07 08:45 Shanghai. 'can we push #4 to "
           "the 21st?' -> extend, items [4]; a bare day of month is this month when not yet past -> 2026-05-21 "
           "(Thu). Apple Mail macOS attribution 'On May 6, 2026, at 12:10 AM, 纪要助手 <…> wrote:'."),
         "Apple Mail (macOS) bottom-post 'can we push #4 to the 21st?' (day-of-month only)", bottom=True,
         rule=("dom", 21), mailer="Apple Mail (2.3826.600.51.1.1)")
    case(1420, "dingtalk-extend-next-monday-task-named", "amz-weekly", "何嘉欣", at("2026-05-11 09:20:36"),
         "alimail", "关键词出价今天调不完，要等周末的广告报表出来再调，申请延到下周一。\n\n何嘉欣 Gigi\n市场部\n", quote_alimail,
         G("reply", R("extend", [], new="2026-05-18"),
           "Mon 2026-05-11, the due date of #3 (调整广告关键词出价). The item is named by its task words ('关键词出价'), "
           "no number -> items [] (she also owns only #3). '下周一' from Monday 05-11 = Monday of the following "
           "calendar week = 2026-05-18. '今天'/'周末' belong to the reason."),
         "钉钉邮箱 (Alibaba Mail) extend by task words '关键词出价…申请延到下周一' sent on a Monday",
         rule=("next_week", 0))

    # ======================================================== la-q4 (recap Tue 2026-09-15 08:54 PDT = 23:54 CST)
    case(1421, "iphone-en-done-only-item", "la-q4", "Jason Miller", at("2026-09-16 10:12:31", PDT), "apple",
         "Done. Price list went out to Kelly at HomeNest this morning.\n\nSent from my iPhone\n",
         lambda p: quote_apple(p, "en", PDT),
         G("reply", R("done", []),
           "Wed 2026-09-16 10:12 -0700 (Thu 01:12 Shanghai). 'Done.' with no number: items []; the sender owns "
           "exactly one item of this meeting (#1 Send final Black Friday price list), so the bot applies it there. "
           "iPhone quote 'On Sep 15, 2026, at 8:54 AM, 纪要助手 <…> wrote:' (English recap)."),
         "iPhone Mail en 'Done.' without a number (sender owns only #1), Sent from my iPhone",
         new_html='<div dir="ltr">Done. Price list went out to Kelly at HomeNest this morning.</div><div dir="ltr">'
                  '<br></div><div dir="ltr">Sent from my iPhone</div>',
         mailer="iPhone Mail (23A355)", mime="1.0 (1.0)")
    case(1422, "outlook-gb2312-en-recap-mixed-progress", "la-q4", "李家伟", at("2026-09-17 10:30:02"), "outlook_zh",
         "Ryan,\n\nItem 2 进度50%，6个柜已订到3个，剩下3个等船公司放舱，下周一前应该能全部落实。\n\n李家伟 Kelvin Li\n物流部\n",
         quote_outlook_zh,
         G("reply", R("progress", [2], 50),
           "Thu 2026-09-17. Mixed English/Chinese: 'Item 2 进度50%' -> progress, items [2], percent 50 ('3 of 6' "
           "agrees). '下周一前应该能全部落实' is an estimate inside the original due (09-22), not an extension. Outlook "
           "zh-CN quoting the English recap."),
         "Outlook zh-CN gb2312 'Item 2 进度50%' (mixed language) quoting the English recap")
    case(1423, "gmail-android-zh-push-3-oct9-wrapped-attr", "la-q4", "何嘉欣", at("2026-09-17 14:22:18"), "gmail",
         "can we push #3 to Oct 9th? 国庆期间摄影棚不开，节后第二天拍。\n\nGigi\n",
         lambda p: quote_gmail_lang(p, "zh", TZ8, wrap_at=45),
         G("reply", R("extend", [3], new="2026-10-09"),
           "Thu 2026-09-17. 'can we push #3 to Oct 9th?' -> extend, items [3], 2026-10-09 (Fri, a working day after "
           "National Day 10-01..10-07). '节后第二天' describes the shoot; Oct 9th is the requested date. The plain-text "
           "attribution is wrapped over two lines ('纪要助手 <minutes@senya.example.cn>' / '于2026年9月15日周二 23:54写道：')."),
         "Gmail Android zh: English 'can we push #3 to Oct 9th?' + Chinese reason; attribution wrapped over two lines",
         rule=("abs", 10, 9))
    m = M["la-q4"]
    p = m.parent
    def la_view(text, html_body):
        v = type(p)(p.frm, p.to, p.cc, p.subject, p.t, text, html_body, p.msgid)
        v.t = p.t.astimezone(PDT)          # Outlook for Mac shows the original's time in the reader's zone
        return v
    hdr, _ = quote_outlook_mac_en(la_view("", ""))
    ins = "MG: Need two more days on this one - the DC manager is out until Monday. Sorry!"
    lines = []
    for l in p.text.rstrip("\n").split("\n"):
        lines.append(l)
        if l.startswith("| 4 |"):
            lines += ["", ins, ""]
    inline_text = hdr + "\n".join(lines) + "\n"
    inline_html = quote_outlook_mac_en(la_view("", p.html.replace("</tr>\n<tr><td>5</td>",
                                                              '</tr>\n<tr><td colspan="4"><span style="color:#0070C0">'
                                                              + esc(ins) + '</span></td></tr>\n<tr><td>5</td>', 1)))[1]
    case(1424, "outlook-mac-inline-two-more-days", "la-q4", "Maria Gonzalez", at("2026-09-16 16:05:49", PDT),
         "outlook_intl", "Hi Ryan, answer inline below (MG).\n\nMaria\n", None,
         G("reply", R("extend", [4], new="2026-09-23"),
           "Outlook for Mac, Wed 2026-09-16 16:05 -0700 = Thu 09-17 07:05 Shanghai. The top says 'answer inline'; "
           "the answer 'MG: Need two more days on this one' sits directly under the quoted row '| 4 | Warehouse "
           "slotting plan … | 2026-09-21 |' -> extend, items [4] (the row it answers). New date = the item's due "
           "Mon 09-21 + two days = Wed 2026-09-23 (calendar and working-day counts agree here)."),
         "Outlook for Mac: inline answer under quoted row 4 'Need two more days on this one' (relative extension)",
         inline_text=inline_text, inline_html=inline_html, rule=("plus_days", "2026-09-21", 2),
         content_language="en-US", html_lang="EN-US", mac=True)
    case(1425, "outlook-ios-exo-done-approved", "la-q4", "陈睿", at("2026-09-16 18:40:12", PDT), "owa",
         "Approved, item 5 done. Budget sheet signed and sent to Grace.\n\nGet Outlook for iOS\n",
         lambda p: quote_outlook_lang(p, "en", PDT),
         G("reply", R("done", [5]),
           "Outlook for iOS through Exchange Online (Date in +0000: Thu 01:40 UTC = 09:40 Shanghai). 'Approved, item "
           "5 done.' -> done, items [5] ('Approved' is the task content, not confirm). 'Get Outlook for iOS' footer; "
           "'________________________________ / From: / Sent:' quote."),
         "Outlook for iOS via Exchange Online (+0000): 'Approved, item 5 done.' + Get Outlook for iOS", sp="RE: ")

    # ======================================================== dxb-showroom (recap Tue 2026-09-22 10:45 GST)
    case(1426, "outlook-zh-tw-big5-no-quote-done", "dxb-showroom", "蔡文博", at("2026-09-24 18:20:40"),
         "outlook_intl",
         "Karim 您好：\n\n第1項展廳效果圖已完成，已上傳到共用資料夾 \\\\fs01\\Design\\Dubai\\Render_v3，請查收。\n"
         "如需修改請直接告訴我。\n\n蔡文博 Vincent Tsai\n研發部 設計師\n佛山森雅家居有限公司\n", None,
         G("reply", R("done", [1]),
           "Thu 2026-09-24 (09-25 is the Mid-Autumn holiday). Big5 Traditional Chinese from Outlook zh-TW; the "
           "sender deleted the quoted recap (only In-Reply-To/References tie it to the meeting). '第1項…已完成' -> "
           "done, items [1]. 'Render_v3' digits are not item numbers."),
         "Outlook zh-TW in big5, quote deleted: '第1項展廳效果圖已完成' (threading headers only)",
         subject="回覆: Re: Dubai showroom fit-out sync 22/09", cs="big5", content_language="zh-TW",
         html_lang="ZH-TW", cc=["Karim Haddad"])
    case(1427, "outlook-fr-extend-oct20", "dxb-showroom", "Sophie Martin", at("2026-09-23 11:15:29", GST),
         "outlook_intl",
         "Hi Karim,\n\nFor item 3 – the free zone office wants the new lease contract before they accept the renewal "
         "file. Could we extend it to October 20?\n\nMerci,\nSophie\n\nSophie Martin\nOffice & Admin Manager | "
         "Senya Home Furnishings – Dubai\nJAFZA One, Tower B, Office 1204\n+971 4 555 0198\n",
         lambda p: quote_outlook_desktop_lang(p, "fr", GST),
         G("reply", R("extend", [3], new="2026-10-20"),
           "Wed 2026-09-23 11:15 +0400 (15:15 Shanghai). 'For item 3 … Could we extend it to October 20?' -> extend, "
           "items [3], 2026-10-20 (Tue). Outlook with a French UI: 'De : / Envoyé : mardi 22 septembre 2026 10:45 / "
           "À : / Objet :' (non-breaking space before the colon)."),
         "Outlook fr-FR (+0400) 'Could we extend it to October 20?' under De :/Envoyé :/Objet :",
         rule=("abs", 10, 20), content_language="fr-FR", html_lang="FR")
    case(1428, "gmail-pl-confirm-item4-ok", "dxb-showroom", "Anna Kowalska", at("2026-09-22 12:50:03", GST),
         "gmail", "Confirmed from my side, item 4 OK.\n\nAnia\n", lambda p: quote_gmail_lang(p, "pl", GST),
         G("reply", R("confirm", [4]),
           "Tue 2026-09-22 before the cut-off. 'Confirmed … item 4 OK' -> confirm, items [4]. Signed with the alias "
           "'Ania'. Gmail with a Polish UI: 'wt., 22 wrz 2026 o 10:45 纪要助手 <…> napisał(a):'."),
         "Gmail (Polish UI) 'Confirmed from my side, item 4 OK.' under a 'napisał(a):' attribution")
    case(1429, "apple-fr-question-unknown", "dxb-showroom", "Karim Haddad", at("2026-09-22 13:05:11", GST), "apple",
         "Thanks, very clear.\nQuick question: will the assistant also remind Kelvin about the samples before the "
         "30th, or should I chase him myself?\n\nKarim\n", lambda p: quote_apple(p, "fr", GST),
         G("reply", R("unknown"),
           "The organizer asks a question (Tue 2026-09-22, +0400). 'Thanks, very clear' is not a confirm command and "
           "'before the 30th' restates item 2's due; nothing to change: intent 'unknown'. Apple Mail macOS in French: "
           "'Le 22 sept. 2026 à 10:45, 纪要助手 <…> a écrit :'."),
         "Apple Mail (French UI) organizer's question about reminders -> unknown, nothing changes",
         mailer="Apple Mail (2.3826.600.51.1.1)")
    case(1430, "owa-zh-progress-70", "dxb-showroom", "李家伟", at("2026-09-28 17:10:55"), "owa",
         "Karim,\n\n第2项样品已经装箱，进度大概70%，等报关资料齐了就可以出。\n\nKelvin\n",
         lambda p: quote_outlook_zh(p, owa=True),
         G("reply", R("progress", [2], 70),
           "Mon 2026-09-28 via Outlook on the web (Date in +0000: 09:10 UTC = 17:10 Shanghai). '第2项…进度大概70%' -> "
           "progress, items [2], percent 70."),
         "OWA / Microsoft 365 (+0000) '第2项…进度大概70%' with the divRplyFwdMsg quote")

    # ======================================================== qc-oct (recap Fri 2026-10-09 16:17 CST)
    case(1431, "coremail-makeup-sat-confirm-by-name-and-number", "qc-oct", "梁志豪", at("2026-10-10 09:05:22"),
         "coremail", "谭经理，桌脚晃动的问题（第1项）我们周二前能搞定，没问题。\n\n梁志豪\n研发部 经理\n", quote_coremail,
         G("reply", R("confirm", [1]),
           "Sat 2026-10-10, a make-up working day. '第1项…没问题' -> confirm, items [1]. '周二前能搞定' (10-13) is a "
           "commitment inside the recorded due (10-14), not an extension request."),
         "Coremail on the 10-10 make-up Saturday: '（第1项）我们周二前能搞定，没问题' -> confirm")
    case(1432, "outlook-de-two-more-days-explicit-date", "qc-oct", "Klaus Becker", at("2026-10-12 09:15:40", CEST),
         "outlook_intl",
         "Dear Ms Tan,\n\nregarding item 2: our drop test rig is fully booked until the 16th, so I need two more days. "
         "You will have the report by Monday, 19 October at the latest.\n\nMit freundlichen Grüßen / Best regards\n\n"
         "Klaus Becker\nPrüfingenieur | Prüfhaus Möbel GmbH\nTel. +49 5221 555 3120\n\n"
         "Prüfhaus Möbel GmbH · Sitz: Herford · Amtsgericht Bad Oeynhausen HRB 12345 · Geschäftsführer: Dr. Ulrich "
         "Brandt\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
         "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n",
         lambda p: quote_outlook_desktop_lang(p, "de", CEST),
         G("reply", R("extend", [2], new="2026-10-19"),
           "External lab (not in roster, in the recap's To), Mon 2026-10-12 09:15 +0200 = 15:15 Shanghai. 'item 2 … "
           "I need two more days … report by Monday, 19 October' -> extend, items [2]. Ambiguous on its face: two "
           "days after the due Fri 10-16 is Sunday 10-18; the writer names the date himself, so the gold takes "
           "Monday 2026-10-19. Outlook German UI: 'Von: / Gesendet: Freitag, 9. Oktober 2026 10:17 / An: / Betreff:'; "
           "German disclaimer."),
         "Outlook de-DE (+0200) 'need two more days … by Monday, 19 October' (explicit date wins) + German disclaimer",
         rule=("abs", 10, 19), content_language="de-DE", html_lang="DE", relay=("mx.pruefhaus-moebel.example.de",
                                                                            "192.0.2.45"))
    case(1433, "outlook-zh-tw-utf8-done-makeup-sat", "qc-oct", "麦子健", at("2026-10-10 17:40:03"), "outlook_intl",
         "譚經理：\n\n第3項已完成，8位新同事都培訓好了，考核記錄已交人事部。\n\n阿健\n",
         lambda p: quote_outlook_desktop_lang(p, "tw", TZ8),
         G("reply", R("done", [3]),
           "Sat 2026-10-10 (make-up working day, the due date). Traditional '第3項已完成' -> done, items [3]. '8位' is a "
           "head count, not an item."),
         "Outlook zh-TW (UTF-8) Traditional '第3項已完成' on the make-up Saturday", content_language="zh-TW",
         html_lang="ZH-TW")
    case(1434, "mailmaster-android-progress-50", "qc-oct", "欧阳婷", at("2026-10-12 19:02:16"), "mailmaster",
         "铰链抽检做了一半，第4项进度50%，剩下两批明天到货。\n\n发自网易邮箱大师\n", quote_mailmaster,
         G("reply", R("progress", [4], 50),
           "Mon 2026-10-12 evening. '第4项进度50%' -> progress, items [4], percent 50 ('做了一半' agrees). '明天到货' is "
           "not a new due date."),
         "网易邮箱大师 (Android) '第4项进度50%'", platform="Android")
    case(1435, "foxmail-done-task-named-pdf", "qc-oct", "黄诗琪", at("2026-10-12 11:20:48"), "foxmail",
         "谭经理：\n客诉US-0917已经回复客户了，回复内容见附件，客户暂时接受补发配件的方案。\n\nCindy\n", quote_foxmail,
         G("reply", R("done", []),
           "Mon 2026-10-12, due date of #5 '回复美国客诉 US-0917'. Done, but the item is named by content (客诉 "
           "US-0917), no number -> items []. '0917' is a complaint number, not an item. Foxmail GBK + PDF."),
         "Foxmail GBK: done by task words '客诉US-0917已经回复客户了' (digits inside the task name) + PDF",
         attachments=(pdf("US-0917 customer reply.pdf"),))

    # ======================================================== hcmc-nov (recap Tue 2026-11-03 16:05 CST)
    case(1436, "outlook-vi-done-ambiguous-two-open", "hcmc-nov", "Nguyễn Văn Hùng", at("2026-11-10 08:30:27", ICT),
         "outlook_intl",
         "Dear anh Hạo,\n\nDone.\n\nBest regards,\nNguyễn Văn Hùng\nProduction Manager – Senya Vietnam Factory\n"
         "Lô C5, KCN Tân Tạo, Bình Tân, TP.HCM\nĐT: +84 28 3754 6610\n",
         lambda p: quote_outlook_desktop_lang(p, "vi", ICT),
         G("reply", R("done", []),
           "Tue 2026-11-10. 'Done.' with no number and no task words, and the sender owns two open items of this "
           "meeting (#1 增开夜班 and #4 消防验收). Gold: intent done, items []; nothing may change: the bot must ask "
           "which item (SPEC 6.3). The address line 'Lô C5' is not an item."),
         "Outlook vi-VN 'Done.' from an owner of two open items -> nothing changes, bot must ask",
         content_language="vi-VN", html_lang="VI")
    case(1437, "gmail-vi-done-vietnamese", "hcmc-nov", "Trần Thị Mai", at("2026-11-04 08:42:11", ICT), "gmail",
         "Chào anh Hạo,\n\nItem 2 em đã hoàn thành rồi ạ, đơn mua nguyên liệu tháng 11 đã gửi lên ERP.\n\nMai\n",
         lambda p: quote_gmail_lang(p, "vi", ICT),
         G("reply", R("done", [2]),
           "Wed 2026-11-04. Vietnamese: 'Item 2 em đã hoàn thành rồi ạ' (I have finished item 2) -> done, items [2]. "
           "'tháng 11' (November) is not an item number."),
         "Gmail vi: Vietnamese 'Item 2 … đã hoàn thành' (done)")
    case(1438, "feishu-progress-60", "hcmc-nov", "郑浩", at("2026-11-05 16:30:09", ICT), "feishu",
         "第3项进度60%，美国那边还有两个PO没回复交期，周五前应该能更新完。\n\n郑浩\n", quote_feishu,
         G("reply", R("progress", [3], 60),
           "Thu 2026-11-05 +0700. '第3项进度60%' -> progress, items [3], percent 60. '周五前' is the original due "
           "(11-06), not a new date. Feishu mail quote block '发件人：/日期：/主题：/收件人：'."),
         "飞书 mail '第3项进度60%' with the Feishu quote block")
    case(1439, "exmail-ooo-auto", "hcmc-nov", "周慧", at("2026-11-03 16:05:52"), "plain",
         "您好，我于11月3日至11月9日休年假，期间邮件可能无法及时回复。加工费对账等急事请致电财务部 0757-2663 8800，"
         "11月10日返岗后处理。\n\n周慧\n", None,
         G("auto", None,
           "Tencent Exmail out-of-office auto-reply to the recap (Auto-Submitted: auto-replied, X-QQ-AUTOREPLY, "
           "subject '自动回复: …'), sent 22 seconds after the recap. Dates in the body ('11月3日至11月9日', '11月10日') "
           "are not commands: kind auto, reply null, nothing changes, the bot must not answer."),
         "Exmail out-of-office auto-reply (Auto-Submitted: auto-replied) -> kind auto", kind="auto",
         subject="自动回复: Re: 越南工厂产能周会纪要 11/3", cs="gb18030", headers=ooo_headers_exmail)

    # ======================================================== homenest (recap Tue 2026-11-17 10:02 PST)
    case(1440, "gmail-zh-tw-jiucheng-progress", "homenest", "麦子健", at("2026-11-18 09:05:46"), "gmail",
         "Jason,\n\n第1項的影片已經拍好，正在剪輯，大概完成了九成，週五前給你。\n\nKenneth\n",
         lambda p: quote_gmail_lang(p, "tw", TZ8),
         G("reply", R("progress", [1], 90),
           "Wed 2026-11-18. '第1項…大概完成了九成' -> progress, items [1], percent 90 (九成 = 90%). '週五前' is the "
           "original due (11-20). Gmail with a zh-TW UI: '纪要助手 <…> 於 2026年11月18日 週三 上午2:02寫道：'."),
         "Gmail zh-TW: '第1項…大概完成了九成' (percent written as 九成)")
    case(1441, "thunderbird-en-bottom-post-done", "homenest", "李家伟", at("2026-11-19 10:12:51"), "thunderbird",
         "Item 2 done - ETA Long Beach 28 Nov, confirmed with the carrier this morning.\n\n-- \nKelvin Li | "
         "Logistics | Senya Home Furnishings\n+86 757 2663 8812\n", lambda p: quote_thunderbird(p, "en", TZ8),
         G("reply", R("done", [2]),
           "Thu 2026-11-19 (the due date). Bottom-posted under the quote in Thunderbird (8bit UTF-8 plain text): "
           "'Item 2 done' -> done, items [2]; 'confirmed with the carrier' is part of the task, not a confirm "
           "command. '28 Nov' is the ETA. Signature after '-- '."),
         "Thunderbird en, bottom-posted 'Item 2 done - ETA … confirmed with the carrier' + '-- ' signature",
         bottom=True)
    case(1442, "gmail-es-spanish-punto-3-done", "homenest", "Maria Gonzalez", at("2026-11-18 15:30:20", PST),
         "gmail",
         "Hola Jason,\n\nEl punto 3 ya está listo: mandé el kit de repuestos a HomeNest esta mañana (tracking "
         "1Z 999 AA1 0123 4567 84).\n\nSaludos,\nMaria\n", lambda p: quote_gmail_lang(p, "es", PST),
         G("reply", R("done", [3]),
           "Wed 2026-11-18 15:30 -0800 = Thu 11-19 07:30 Shanghai. Spanish 'El punto 3 ya está listo' (item 3 is "
           "ready) -> done, items [3]. The tracking number digits are not items."),
         "Gmail (Spanish) 'El punto 3 ya está listo' -> done")
    case(1443, "exchange-ooo-en-auto", "homenest", "陈睿", at("2026-11-17 10:02:49", PST), "plain",
         "Thank you for your email. I am travelling to Foshan from November 16 to November 27 with limited access to "
         "email. For urgent US matters please contact Maria Gonzalez (maria.gonzalez@senya.example.cn).\n\n"
         "Ryan Chen\n", None,
         G("auto", None,
           "Exchange Online automatic reply ('Automatic reply:' subject, Auto-Submitted: auto-generated, "
           "X-Auto-Response-Suppress: All, X-MS-Exchange-Inbox-Rules-Loop) to the recap. Dates and a delegate in the "
           "body are not commands: kind auto, nothing changes, no answer."),
         "Exchange Online 'Automatic reply:' out-of-office (Auto-Submitted: auto-generated) -> kind auto",
         kind="auto", subject="Automatic reply: Re: HomeNest weekly call 11/17 - notes", cs="utf-8",
         cte="quoted-printable", headers=ooo_headers_exo)
    case(1444, "dingtalk-extend-next-friday-task-named", "homenest", "何嘉欣", at("2026-11-20 10:05:17"), "alimail",
         "Jason，Q1目录初稿设计那边说要下周才能出完，申请延期到下周五，谢谢。\n\n何嘉欣\n", quote_alimail,
         G("reply", R("extend", [], new="2026-11-27"),
           "Fri 2026-11-20. The item is named by task words ('Q1目录初稿' = #4 Q1 2027 catalogue draft, due 11-24), no "
           "number -> items []. '下周五' from Friday 11-20 = Friday of the following week = 2026-11-27. 'Q1' is not an "
           "item number."),
         "钉钉邮箱: 'Q1目录初稿…申请延期到下周五' (task named in Chinese for an English item; 'Q1' is not item 1)",
         rule=("next_week", 4))

    # ======================================================== supplier-2026 (recap Tue 2026-12-01 15:34 CST)
    case(1445, "outlook-ja-confirm", "supplier-2026", "田中 健一", at("2026-12-01 17:20:33", JST), "outlook_intl",
         "陳様\n\nいつもお世話になっております。星野金物の田中です。\n\n議事録の件、承知いたしました。\n"
         "第1項（2027年度ヒンジ年間見積）は12月8日までに提出いたします。問題ございません。\n\n引き続きよろしくお願いいたします。\n\n"
         "--------------------------------------\n星野金物株式会社 海外営業部\n田中 健一\nTEL: +81-6-6555-0123\n"
         "--------------------------------------\n", lambda p: quote_outlook_desktop_lang(p, "ja", JST),
         G("reply", R("confirm", [1]),
           "Japanese supplier (outside the roster, in the recap's To), Tue 2026-12-01 17:20 +0900 = 16:20 Shanghai, "
           "before the cut-off. '承知いたしました…第1項…12月8日までに提出いたします。問題ございません' -> confirm, items [1]; "
           "12月8日 is the recorded due, not an extension. Outlook ja-JP: '差出人: / 送信日時: / 宛先: / 件名:'."),
         "Outlook ja-JP (+0900) Japanese '承知いたしました…第1項…問題ございません' -> confirm",
         content_language="ja-JP", html_lang="JA", relay=("mail.hoshino-kanamono.example.jp", "192.0.2.80"))
    case(1446, "gmail-ko-done-attached-report", "supplier-2026", "Kim Minjun", at("2026-12-03 10:40:08", JST),
         "gmail",
         "Dear Mr. Chen,\n\nPlease find attached the VOC test report for our water-based lacquer (item 2).\n\n"
         "Best regards,\nKim Minjun\nDaeil Coating Co., Ltd. | Overseas Sales\n+82 31 555 7720\n",
         lambda p: quote_gmail_lang(p, "ko", JST),
         G("reply", R("done", [2]),
           "Korean supplier, Thu 2026-12-03 10:40 +0900. The deliverable of item 2 (VOC report) is attached: 'Please "
           "find attached … (item 2)' -> done, items [2], though no word 'done' is written. Gmail with a Korean UI: "
           "'2026년 12월 1일 (화) 오후 4:34, 纪要助手 <…>님이 작성:'."),
         "Gmail (Korean UI, +0900) 'Please find attached the VOC test report (item 2)' -> done",
         attachments=(pdf("VOC_Test_Report_DW-220.pdf"),))
    case(1447, "outlook-nl-progress-70", "supplier-2026", "Jan de Vries", at("2026-12-03 09:05:12", CET),
         "outlook_intl",
         "Hi Wei,\n\nWe're at about 70% on the LCL rate proposal (item 3) – still waiting for two carriers to come "
         "back with their Q1 rates. Should be ready Monday.\n\nMet vriendelijke groet / Kind regards,\n\nJan de Vries\n"
         "NorthSea Logistics B.V. | Rotterdam\nT +31 10 555 4470\n",
         lambda p: quote_outlook_desktop_lang(p, "nl", CET),
         G("reply", R("progress", [3], 70),
           "Dutch forwarder, Thu 2026-12-03 09:05 +0100 = 16:05 Shanghai. 'about 70% … (item 3)' -> progress, items "
           "[3], percent 70. 'Should be ready Monday' (12-07) is the recorded due, not an extension. Outlook nl-NL: "
           "'Van: / Verzonden: / Aan: / Onderwerp:'."),
         "Outlook nl-NL (+0100) 'about 70% on the LCL rate proposal (item 3)'", content_language="nl-NL",
         html_lang="NL", relay=("mail.northsea-logistics.example.nl", "192.0.2.61"))
    case(1448, "wecom-done-emoji-task-named", "supplier-2026", "欧阳婷", at("2026-12-03 17:45:00"), "qq",
         "评分表汇总好了✅ 已发陈经理邮箱\n", quote_qq,
         G("reply", R("done", []),
           "Thu 2026-12-03 (due date of #4 完成供应商评分表汇总). '评分表汇总好了✅' = done named by task words, no number "
           "-> items []; she owns only #4 in this meeting."),
         "企业微信 mail: '评分表汇总好了✅' (done by task words, emoji)", cs="utf-8", mailer="WeCom")
    case(1449, "outlook-gb2312-thanks-unknown", "supplier-2026", "陈伟", at("2026-12-01 16:02:37"), "outlook_zh",
         "谢谢各位，辛苦了！有问题随时联系。\n\n陈伟\n采购部经理\n佛山森雅家居有限公司\n电话：0757-2663 8806\n",
         quote_outlook_zh,
         G("reply", R("unknown"),
           "The organizer thanks everyone (Tue 2026-12-01). No command: 'unknown', items []. It must not be read as "
           "a confirm of all items, and the quoted footer ('确认' etc.) must not be read."),
         "Outlook zh-CN gb2312 organizer's thank-you -> unknown, nothing changes",
         cc=["田中 健一", "Kim Minjun", "Jan de Vries", "欧阳婷", "周慧"])

    # ======================================================== objections (added after the first pass)
    case(1450, "qq-web-object-item5-with-date", "after-sf", "吴秀兰", at("2026-02-25 14:48:20"), "qq",
         "罗厂，对第5项有异议：岩板切割机保养要等厂家工程师上门，厂家说3月2日排不过来，最早3月5日才能来。这个日期不是我们能定的。\n\n吴秀兰\n",
         quote_qq,
         G("reply", R("object", [5]),
           "Wed 2026-02-25 14:48, before the 18:00 cut-off. '对第5项有异议' + reason -> object, items [5]. The reason "
           "names 3月2日 and 3月5日 but no extension is requested (no 延期/申请); as in the dev corpus, an objection "
           "that mentions a possible date keeps new_due_date null."),
         "QQ Mail web gb18030 '对第5项有异议：…最早3月5日' (objection, not an extension)")
    case(1451, "owa-zh-object-by-dept-head", "supplier-2026", "周慧", at("2026-12-01 08:40:00", UTC), "owa",
         "陈经理：\n\n有异议：第5项更新合格供应商名录之前，需要财务部先完成新供应商的资质和账期复核，12月10日前完成不了，"
         "建议负责人加上财务部，时间另议。\n\n周慧\n财务部\n",
         lambda p: quote_outlook_zh(p, owa=True),
         G("reply", R("object", [5]),
           "Outlook on the web, Date Tue 2026-12-01 08:40 +0000 = 16:40 Shanghai (before the cut-off). '有异议：第5项…' "
           "-> object, items [5]. The sender owns no item of this meeting (head of 财务部, a participant); the "
           "parse gold is still object — the workflow may keep it as a comment (SPEC 6.3). '12月10日' is the "
           "recorded due quoted in the reason."),
         "OWA zh (+0000) '有异议：第5项…' from a participant who owns no item")
    case(1452, "foxmail-gbk-object-item2-shipping-cutoff", "dxb-showroom", "黄诗琪", at("2026-09-22 16:55:31"),
         "foxmail",
         "Karim,\n\n对第2项有异议：国庆前去杰贝阿里的最后一班船9月26日截关，样品9月30日前根本寄不出去，建议改成国庆后第一班船，"
         "或者走空运（费用要迪拜公司承担）。\n\n黄诗琪 Cindy\n外贸部\n", quote_foxmail,
         G("reply", R("object", [2]),
           "Tue 2026-09-22 16:55, before the cut-off. '对第2项有异议' -> object, items [2] (Chinese reply to the "
           "English recap). Dates in the reason (9月26日截关, 9月30日) and '国庆后第一班船' are arguments, not a "
           "requested new date. Foxmail GBK; the English recap fits in GBK."),
         "Foxmail GBK Chinese objection to item 2 of an English recap, reason full of dates")
    case(1453, "gmail-vi-mobile-object-english", "hcmc-nov", "Nguyễn Văn Hùng", at("2026-11-03 16:22:45", ICT),
         "gmail",
         "Anh Hạo, I disagree with item 4. The fire inspection application must be filed by the KCN management "
         "board (landlord), not by us - we can only prepare the documents. Please change the owner.\n",
         lambda p: quote_gmail_lang(p, "vi", ICT),
         G("reply", R("object", [4]),
           "Tue 2026-11-03 16:22 +0700 = 17:22 Shanghai, before the 18:00 cut-off. 'I disagree with item 4' + "
           "reason -> object, items [4] (English wording, no 有异议). Gmail app with a Vietnamese UI."),
         "Gmail mobile (Vietnamese UI) 'I disagree with item 4 … Please change the owner.' -> object")
