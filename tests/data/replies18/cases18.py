# Cases of replies18 (exec'd into make_replies18.py). Every extend case has check= recomputing new_due_date.

SIG_LZ = "\n\n林海\n生产部 | 澜泉医疗科技\n手机：138 0571 2231\n"
DISCL_LQ = ("\n\n孙蕾 Lily Sun\n国际业务部 总监\n澜泉医疗科技股份有限公司\n杭州市余杭区文一西路1888号\nM: +86 139 0571 8866\n\n"
            "本邮件及其附件含有澜泉医疗的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用"
            "（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人"
            "并删除本邮件！\n")


def inline_outlook(intro, row_no, note):
    def f(r, c, qtext):
        out = []
        for l in qtext.split("\n"):
            out.append(l)
            if l.startswith("| %d | " % row_no):
                out.append(note)
        return intro + "\n".join(out)
    return f


def inline_gmail(intro, row_no, note, tail):
    def f(r, c, qtext):
        out = []
        for l in qtext.lstrip("\n").split("\n"):
            out.append(l)
            if l.startswith("> | %d | " % row_no):
                out.append("")
                out.append(note)
                out.append("")
        return intro + "\n".join(out).rstrip("\n") + "\n\n" + tail
    return f


# ---------------------------------------------------------------- M1 LP-300 注册检验 (zh)
case(3701, "qq-confirm-emoji-signature", "reply", "QQ Mail/Exmail web gb18030: '收到，确认无异议👍' + signature with phone; QQ '原始邮件' quote",
     "qq", "林海", "M1", T("2026-09-14 10:48:31"), "confirm", [],
     notes="林海 confirms the whole recap of M1 (sent 10:20 the same day). '无异议' contains '异议' but means confirm. "
           "The emoji is outside GB2312 but inside gb18030 (four-byte sequence). Signature phone number is not a date. "
           "No item number -> items [].",
     body="收到，确认无异议👍" + SIG_LZ)
case(3702, "foxmail-done-item1-gbk", "reply", "Foxmail GBK: '第1项EMC整改报告弄好了' colloquial done with item number; Foxmail 发件人：/发送时间： quote",
     "foxmail", "高翔", "M1", T("2026-09-17 18:40:09"), "done", [1],
     notes="'弄好了' = done for 第1项 (高翔 owns #1). The document number RA-EMC-0917 looks like a date but is not one.",
     body="周敏：\n\n    第1项EMC整改报告弄好了，已上传PLM（文档号 RA-EMC-0917），请查收。\n\n高翔\n研发部 硬件组\n分机 8231\n")
case(3703, "outlook-zh-object-item2-dates-in-reason", "reply", "Outlook zh-CN gb2312 '答复:' objecting to 第2项 with a reason containing dates (9月22日前, 9月底) -> object, not extend",
     "outlook_zh", "陈思远", "M1", T("2026-09-15 09:12:40"), "object", [2],
     notes="'第2项有异议' with a reason. The reason mentions '9月22日前来不及' and '建议改到9月底', but the sender says 有异议 "
           "(an objection to the item as recorded); a careful assistant records object, not extend, and no new date.",
     subject="答复: Re: LP-300输液泵注册检验进度周会纪要",
     body="周敏，\n\n第2项有异议：风险管理文件要等第1项EMC整改结论出来才能更新，9月22日前来不及，建议改到9月底，会上没来得及说。\n\n"
          "陈思远\n质量部\n")
case(3704, "iphone-zh-done-by-task-words", "reply", "iPhone zh '样机已经发出了' + 发自我的iPhone: done named by task words, no number (sender's only item = #3)",
     "iphone_zh", "林海", "M1", T("2026-09-16 14:30:02"), "done", [],
     notes="No number. '样机已经发出了' names item 3 (型检样机发货至北京医疗器械检验所), which is also 林海's only item in M1: "
           "one clear match, #3. items [] because none is written. '明天上午' is the arrival, not a due date.",
     body="样机已经发出了，顺丰单号SF1402 3381 2207，明天上午到检验所。\n\n发自我的iPhone")
case(3705, "netease-qiye-progress-by-task", "reply", "网易企业邮 web (GBK, Coremail-built) '在 … 写道：' quote; progress 70% named by task ('临床评价报告初稿'), no number",
     "netease", "周敏", "M1", T("2026-09-28 10:15:44"), "progress", [], 70,
     notes="周敏 is the organizer and owner of #4 (提交临床评价报告初稿), her only item: '临床评价报告初稿大概完成70%了' -> progress 70, "
           "clear match #4, items [] (no number written). '30号能交' restates the existing due date, not an extension.",
     body="临床评价报告初稿大概完成70%了，文献检索还差Embase那部分，30号能交。\n\n周敏\n注册法规部（北京）\n")
case(3706, "outlook-zh-extend-item2-explicit", "reply", "Outlook zh-CN: '第2项申请延期至9月30日' with reason",
     "outlook_zh", "陈思远", "M1", T("2026-09-21 17:50:03"), "extend", [2], None, "2026-09-30",
     check=lambda: D(2026, 9, 30),
     notes="Explicit month-day 9月30日 in the reply's year (2026), after the send date; a Wednesday working day.",
     subject="答复: Re: LP-300输液泵注册检验进度周会纪要",
     body="各位，\n\n第2项申请延期至9月30日，EMC整改结论上周五才出，风险评估要重新过一遍。\n\n陈思远\n质量部 | 澜泉医疗科技\n")
case(3728, "thunderbird-en-progress-item1", "reply", "Thunderbird en plain 8bit format=flowed: 'Item 1: EMC report ~60%… by Friday' -> progress 60, Friday is not an extension",
     "thunderbird_en", "高翔", "M1", T("2026-09-16 09:40:21"), "progress", [1], 60,
     notes="'~60%' is the progress figure. 'should be done by Friday' (2026-09-18) is the existing due date, no extension "
           "requested. Thunderbird 'On 9/14/2026 10:20 AM, 纪要助手 wrote:' attribution.",
     body="Item 1: EMC report ~60%, waiting for the ESD retest, should be done by Friday.\n\n-- \nGao Xiang\nR&D Hardware\n")
case(3745, "outlook-zh-thanks-non-owner", "reply", "Outlook zh-CN thank-you from the R&D director (Cc, owns nothing): no command -> unknown",
     "outlook_zh", "王健", "M1", T("2026-09-14 11:30:27"), "unknown", [],
     notes="'谢谢整理，辛苦各位！' is neither confirm nor any command, and 王健 owns no item; must change nothing. "
           "Intent 'unknown' (the parse JSON's value for a reply with no command; see README conventions).",
     body="谢谢整理，辛苦各位！\n\n王健\n研发中心 总监\n")

# ---------------------------------------------------------------- M2 Penang CM (en recap)
case(3707, "outlook-en-extend-push-to-25th", "reply", "Outlook en (Penang): 'can we push it to the 25th?' for item 1 -> extend 2026-09-25 (a mainland holiday, kept as written)",
     "outlook_en", "Tan Wei Ming", "M2", T("2026-09-16 09:30:12"), "extend", [1], None, "2026-09-25",
     check=lambda: D(2026, 9, 25),
     notes="'the 25th' = 25th of the current month (Sep 2026), after the send date. 2026-09-25 is the Mid-Autumn holiday in "
           "mainland China (chinesecalendar), but Penang works that day; the requested date is recorded as written.",
     body="Hi Jun,\n\nNoted on item 1. We will have the 8D ready, but can we push it to the 25th? Our FA lab needs the X-ray "
          "results first.\n\nRegards,\nTan Wei Ming\nQuality Manager, Penang EMS Works Sdn. Bhd.\n+60 4-555 2190\n")
case(3735, "gmail-en-inline-under-row", "reply", "Gmail en: answer typed inline under the quoted '> | 2 | …' row -> confirm [2]",
     "gmail_en", "Lim Mei Ling", "M2", T("2026-09-16 10:15:50"), "confirm", [2],
     notes="The only new text sits between quoted lines, right under row 2: 'Confirmed, on track for 24 Sep.' -> confirm [2]. "
           "'24 Sep' is the existing due date. Everything else is the quoted recap, including its command footer.",
     inline=inline_gmail("Hi Jun, see inline.\n\n", 2, "Confirmed, on track for 24 Sep.", "Mei Ling"))
case(3708, "gmail-android-done-by-task", "reply", "Gmail Android en: 'Pilot lot shipped out today' - done named by task, no number (sender's only item #2)",
     "gmail_android", "Lim Mei Ling", "M2", T("2026-09-24 19:05:33"), "done", [],
     notes="'Pilot lot shipped out today, 200 pcs' = item 2 (Ship 200 pcs PM-8 pilot lot), Lim Mei Ling's only item: clear "
           "match #2, items [] (no number written). 'tmr' is about documents, not the item.",
     body="Pilot lot shipped out today, 200 pcs, AWB 618-2291 0345. Docs to follow tmr.")
case(3709, "coremail-extend-3-workdays", "reply", "Coremail UTF-8: 'item 3 还需要3个工作日' -> extend, working days counted over the make-up Sunday 09-20",
     "coremail", "吴莎", "M2", T("2026-09-17 17:30:26"), "extend", [3], None, "2026-09-21",
     check=lambda: add_workdays(sht(T("2026-09-17 17:30:26")), 3),
     notes="Sent Thu 2026-09-17. '还需要3个工作日' counts mainland working days from the day after: Fri 09-18, Sun 09-20 "
           "(a make-up working day before Mid-Autumn/National Day, per chinesecalendar), Mon 09-21 -> 2026-09-21. "
           "Ignoring the make-up Sunday would wrongly give 09-22.",
     body="item 3 还需要3个工作日，SpO2探头的新规格书供应商明天才给。\n\n吴莎 | 质量部 IQC\n")
case(3710, "owa-done-item4-utc-date", "reply", "Outlook on the web zh (Date in +0000, 02:10 UTC = 10:10 Shanghai): '第4项已完成' with OWA '________' quote",
     "owa", "何俊", "M2", T("2026-09-16 02:10:44", 0), "done", [4],
     notes="何俊 is the organizer and owner of #4. '第4项已完成' -> done [4]. Date header is +0000; in Shanghai it is Wed 10:10.",
     subject="答复: Re: Penang CM monthly review - PM-8 patient monitor",
     body="第4项已完成：Q4 forecast 已跟 Penang planning 对齐，确认版在共享盘 SCM/Forecast/2026Q4。\n\n何俊 | 供应链部\n"
          "澜泉医疗科技股份有限公司\n")
case(3737, "outlook-ios-progress-item1", "reply", "Outlook for iOS en via Exchange Online: 'Item 1 ~50%' + 'Get Outlook for iOS' footer",
     "outlook_ios", "Tan Wei Ming", "M2", T("2026-09-22 00:40:10", 0), "progress", [1], 50,
     notes="'Item 1 ~50%' -> progress 50. Date +0000 (08:40 Shanghai/Penang). The D4-D7 numbers are 8D steps, not items.",
     body="Item 1 ~50%. D4 root cause confirmed (stencil aperture), D5-D7 ongoing.\n\nGet Outlook for iOS")
case(3746, "samsung-question-no-change", "reply", "Samsung Email (Android) question about item 2's due date + 'Sent from my Galaxy': no command -> unknown",
     "samsung", "Lim Mei Ling", "M2", T("2026-09-17 08:05:00"), "unknown", [],
     notes="A question ('is that ex-works Penang or arrival in Hangzhou?'), not a confirm/object/done/progress/extend; "
           "must change nothing. By this set's convention items [] for unknown intent although item 2 is mentioned.",
     body="Hi, quick question - item 2 due 24 Sep, is that ex-works Penang or arrival in Hangzhou? Thanks\n\nSent from my Galaxy")

# ---------------------------------------------------------------- M3 EMEA distributors (en)
case(3711, "outlook-mac-progress-item5", "reply", "Outlook for Mac en: 'Item 5 progress … ~60% overall'",
     "outlook_mac", "韩冬", "M3", T("2026-09-29 11:30:18"), "progress", [5], 60,
     notes="One percentage for the item overall (~60%).",
     body="Item 5 progress: Arabic leaflet is done, Turkish one is still with the translator, so ~60% overall.\n\nDylan Han\n"
          "Marketing | Lanquan Medical\n")
case(3712, "gmail-pl-need-two-more-days", "reply", "Gmail Polish UI quote ('… napisał(a):') + 'regarding item 1 - need two more days' -> extend relative to the item's due date",
     "gmail_pl", "Marta Kowalska", "M3", T("2026-09-21 15:40:05", 2), "extend", [1], None, "2026-09-26",
     check=lambda: D(2026, 9, 24) + dt.timedelta(days=2),
     notes="AMBIGUOUS date: 'two more days' is relative to the item's current due date (2026-09-24), giving 2026-09-26 "
           "(calendar days; the writer is in Poland, not counting Chinese working days). A careful assistant records "
           "2026-09-26; counting Chinese working days instead would give 2026-09-29 (09-25..27 Mid-Autumn).",
     body="Hi all,\n\nregarding item 1 - need two more days, our translator is off sick this week.\n\nThanks,\nMarta\n\n--\n"
          "Marta Kowalska\nRegulatory & Quality Manager\nMedTech Polska Sp. z o.o.\ntel. +48 22 555 01 37\n")
case(3713, "outlook-tr-object-item2-english", "reply", "Outlook Turkish UI quote (Kimden:/Gönderildi:/Konu:) + English 'We object to item 2'",
     "outlook_tr", "Emre Yılmaz", "M3", T("2026-09-17 10:05:00", 3), "object", [2],
     notes="English objection with reason (wrong owner). Turkish Outlook quote header; dotless ı in the display name (UTF-8 B).",
     body="Hello Lily,\n\nWe object to item 2: the TITCK checklist comes from your RA team (Ms. Zhou), we can only review it. "
          "Please reassign.\n\nBest regards,\nEmre Yılmaz\nRegulatory Affairs | Anadolu Medikal Ltd. Şti.\n+90 216 555 41 20\n")
case(3714, "outlook-en-done-item3-disclaimer", "reply", "Outlook en (Saudi, Sunday +0300 = China make-up workday): 'item 3 … done from our side' + long confidentiality disclaimer",
     "outlook_en8", "Faisal Al-Harbi", "M3", T("2026-09-20 09:15:00", 3), "done", [3],
     notes="Done [3]. The disclaimer ('If you are not the intended recipient… notify the sender immediately') contains no command. "
           "Sunday 2026-09-20 is a make-up working day in mainland China.",
     body="Dear Lily,\n\nThe AR details for item 3 are below:\nNajd Healthcare Co., Riyadh, CR 1010555123, MDNR AR-2026-0412\n\n"
          "This is done from our side.\n\nBest regards,\nFaisal Al-Harbi\nRegulatory Manager | Najd Healthcare Co.\n"
          "+966 11 555 7788\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely "
          "for the addressee. If you are not the intended recipient, please notify the sender immediately and delete it.\n")
case(3715, "outlook-zh-done-item4-mentions-item5", "reply", "Outlook zh-CN: '第4项…已完成' plus a remark about 第5项 (not a command)",
     "outlook_zh", "孙蕾", "M3", T("2026-09-18 17:55:00"), "done", [4],
     notes="Done applies to 第4项 only. '第5项韩冬那边我来盯' is a remark by the organizer, not a command on item 5, so items [4].",
     body="第4项 Riyadh 招标报价已发给 Faisal，已完成。第5项韩冬那边我来盯。" + DISCL_LQ)
case(3736, "netease-web-reply-on-attribution-line", "reply", "网易企业邮 web: text typed straight onto the '在 … 写道：' attribution line (no newline) -> confirm [5]",
     "netease", "韩冬", "M3", T("2026-09-16 18:02:11"), "confirm", [5],
     notes="The reply '第5项没问题，确认' runs into the attribution '在 2026-09-16 17:40:05，\"纪要助手\" <…> 写道：' on the same "
           "line; only the part before '在 2026-' is new text.",
     body="第5项没问题，确认", same_line=True)

# ---------------------------------------------------------------- M4 notified body audit (en)
case(3716, "outlook-de-done-item1", "reply", "Outlook German UI quote (Von:/Gesendet:/Betreff:) + English 'item 1 … Done' + German legal footer",
     "outlook_de", "Klaus Becker", "M4", T("2026-09-18 09:20:00", 2), "done", [1],
     notes="Done [1]. The German register footer (Amtsgericht, HRB) is signature noise.",
     body="Dear Ms. Zhou,\n\nplease find the audit plan and agenda attached (item 1). Done from our side.\n\n"
          "Mit freundlichen Grüßen / Best regards\n\nDr.-Ing. Klaus Becker\nLead Auditor Active Medical Devices\n"
          "NB MedCert GmbH | Westendstraße 199, 80686 München\nGeschäftsführer: Dr. A. Wolf | Amtsgericht München HRB 123456\n")
case(3717, "gmail-fr-done-item5", "reply", "Gmail French UI quote ('Le jeu. 17 sept. 2026 à 05:10, … a écrit :') + 'Item 5 is done'",
     "gmail_fr", "Claire Dubois", "M4", T("2026-09-17 14:30:00", 2), "done", [5],
     notes="Done [5]; '13-14 October' are the audit dates (the content of the item), not a new due date.",
     body="Bonjour,\n\nItem 5 is done: audit team confirmed (myself for the clinical part, Dr Becker as lead auditor), "
          "audit on 13-14 October.\n\nCordialement,\nClaire Dubois\nClinical Auditor, NB MedCert\n")
case(3718, "thunderbird-de-question", "reply", "Thunderbird German ('Am 17.09.26 um 05:10 schrieb …:') question in German: no command -> unknown",
     "thunderbird_de", "Klaus Becker", "M4", T("2026-09-22 08:45:00", 2), "unknown", [],
     notes="A question about whether 13.10. is a working day in China; no command; must change nothing.",
     body="Hallo Frau Zhou,\n\nkurze Frage zum Audittermin: ist der 13.10. bei Ihnen ein normaler Arbeitstag (nach Ihrem "
          "Nationalfeiertag)? Dann würde ich die Flüge buchen.\n\nGruß\nKlaus Becker\n")
case(3734, "outlook-zh-inline-under-quoted-row", "reply", "Outlook zh-CN: '进度写在下面表里了' + answer inserted under row 3 inside the unprefixed Outlook quote -> progress [3] 40",
     "outlook_zh", "周敏", "M4", T("2026-09-18 11:00:36"), "progress", [3], 40,
     notes="Outlook quotes without '>' prefixes, so the new text '【周敏】第3项进度40%…' sits inside the quoted recap, "
           "right under row 3. A parser that drops everything after '发件人:' loses it; the careful reading is progress 40 on #3.",
     inline=inline_outlook("Hi all，进度写在下面表里了（【】里是我的）。\n", 3, "【周敏】第3项进度40%，Annex II 临床部分还在改"))
case(3742, "wecom-extend-after-holiday", "reply", "企业微信邮件 (Exmail, utf-8): '第4项申请延期到节后第一个工作日' sent before Mid-Autumn -> 2026-09-28",
     "wecom", "许婷", "M4", T("2026-09-22 16:30:40"), "extend", [4], None, "2026-09-28",
     check=lambda: first_workday_after_holiday(sht(T("2026-09-22 16:30:40")), "Mid-autumn Festival"),
     notes="Sent Tue 2026-09-22. The next holiday is Mid-Autumn (09-25..09-27), so 节后第一个工作日 = Mon 2026-09-28 "
           "(chinesecalendar). Somewhat ambiguous (National Day is a week later, first working day after it 10-08); the "
           "nearest festival is the natural reading.",
     body="会议室订好了（3楼大会议室），德语翻译还在找，第4项申请延期到节后第一个工作日。\n\n许婷\n行政部\n")
case(3744, "exmail-auto-reply", "auto", "Tencent Exmail auto-reply '自动回复: …' with Auto-Submitted: auto-replied and dates in the body -> kind auto",
     "wecom", "许婷", "M4", T("2026-09-24 18:05:02"),
     notes="Auto-reply (holiday notice) to the recap: Auto-Submitted: auto-replied, X-Auto-Response-Suppress. Body has dates "
           "('9月25日至10月7日', '10月8日') but nobody wrote it: kind auto, reply null.",
     body="【自动回复】您好，我于9月25日至10月7日休假，10月8日起回复邮件。急事请联系行政部座机 0571-8888 6600。",
     noquote=True, subject="自动回复: Re: MDR surveillance audit preparation (notified body)",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ---------------------------------------------------------------- M5 高雄服务中心 (zh)
case(3719, "outlook-tw-big5-progress-item3", "reply", "Outlook zh-TW (big5 header, body auto-switched to UTF-8 because the quoted recap is Simplified): '第3項…目前進度約50%', 寄件者:/寄件日期:/主旨: quote",
     "outlook_tw", "黃志明", "M5", T("2026-09-22 10:40:00"), "progress", [3], 50,
     notes="Traditional Chinese 第3項 / 進度約50% -> progress 50 on #3. '9/30前會交' restates the due date.",
     subject="回覆: Re: 高雄服务中心Q3服务复盘会纪要",
     body="孫總您好，\n\n第3項Q3維修數據統計目前進度約50%，9/30前會交。\n\n黃志明 Jimmy Huang\n高雄服務中心 經理\n"
          "Tel: +886-7-555-1234 #201\n")
case(3741, "outlook-tw-extend-5-workdays", "reply", "Outlook zh-TW, quote deleted by the writer so the body stays big5: '第3項還需要5個工作日' across Mid-Autumn and National Day -> 2026-10-09",
     "outlook_tw", "黃志明", "M5", T("2026-09-24 17:20:00"), "extend", [3], None, "2026-10-09",
     check=lambda: add_workdays(sht(T("2026-09-24 17:20:00")), 5),
     notes="Sent Thu 2026-09-24. Five mainland working days after: 09-28, 09-29, 09-30, 10-08, 10-09 (09-25..27 Mid-Autumn, "
           "10-01..07 National Day) -> 2026-10-09. The writer deleted the quoted recap (body is pure big5). The writer is in Taiwan whose calendar differs; the product uses the "
           "mainland calendar (README convention).",
     subject="回覆: Re: 高雄服务中心Q3服务复盘会纪要",
     body="第3項還需要5個工作日，中秋連假同仁輪休，數據還沒整理完。\n\n黃志明\n", noquote=True)
case(3720, "iphone-tw-done-by-task", "reply", "iPhone zh-TW ('…寫道：', 從我的 iPhone 傳送): '10台PM-8已經寄出了' - done named by task (sender's only item #1)",
     "iphone_tw", "蔡佩君", "M5", T("2026-09-24 16:10:22"), "done", [],
     notes="No number; '10台PM-8已經寄出了' = item 1 (退回10台故障PM-8监护仪至杭州分析), 蔡佩君's only item: clear match #1, "
           "items []. '週五到杭州' is the arrival.",
     body="10台PM-8已經寄出了，順豐單號 SF1389 2201 7716，預計週五到杭州。\n\n從我的 iPhone 傳送")
case(3721, "gmail-zh-extend-item2-oct9", "reply", "Gmail zh ('… 于2026年9月21日周一 15:32写道：'): '第2项…申请延期至10月9日' with a distracting 下周二",
     "gmail_zh", "何俊", "M5", T("2026-09-22 09:05:13"), "extend", [2], None, "2026-10-09",
     check=lambda: D(2026, 10, 9),
     notes="The requested date is 10月9日 (2026-10-09). '下周二前发不出来' describes why, it is not the new date.",
     body="门锁组件供应商缺料，第2项备件下周二前发不出来，申请延期至10月9日。\n\n何俊")

# ---------------------------------------------------------------- M6 Brazil (en)
case(3722, "outlook-pt-confirm-item1", "reply", "Outlook pt-BR quote (De:/Enviado:/Para:/Assunto:) + 'Item 1 confirmed – Oct 9 is OK'",
     "outlook_pt", "Rafael Souza", "M6", T("2026-09-23 09:00:00", -3), "confirm", [1],
     notes="Confirm [1]; 'Oct 9' is the recorded due date, not a new one. Date -0300 = 20:00 Shanghai.",
     body="Hi all,\n\nItem 1 confirmed – Oct 9 is OK for us.\n\nAbraços,\nRafael Souza\nDiretor Regulatório | Vitalis "
          "Hospitalar\n+55 11 5555-0199\n")
case(3723, "gmail-es-push-2-wrapped-attribution", "reply", "Gmail Spanish UI: 'can we push #2 to Oct 2?' + attribution 'El mar, 22 sept 2026 a las 9:15, … escribió:' wrapped over two lines",
     "gmail_es", "Camila Ortiz", "M6", T("2026-09-25 11:20:00", -3), "extend", [2], None, "2026-10-02",
     check=lambda: D(2026, 10, 2),
     notes="'#2' -> item 2; 'Oct 2' -> 2026-10-02 (a mainland holiday; recorded as written). The Gmail text/plain attribution "
           "wraps before '(<minutes+…>)'. Date -0300 = 22:20 Shanghai on 09-25.",
     body="Hi Lily,\n\ncan we push #2 to Oct 2? INMETRO still hasn't sent us the fee table.\n\nSaludos,\nCamila")
case(3739, "outlook-zh-progress-by-task-disclaimer", "reply", "Outlook zh-CN: '巴西价格表更新进度80%' named by task + long 保密 disclaimer",
     "outlook_zh", "孙蕾", "M6", T("2026-09-28 16:05:19"), "progress", [], 80,
     notes="No number; '巴西价格表' = item 4 (Update Brazil price list), 孙蕾's only item in M6: clear match #4, items [].",
     body="巴西价格表更新进度80%，汇率还在等财务确认。" + DISCL_LQ)
case(3740, "outlook-en-extend-item3-oct16", "reply", "Outlook en from RA (Beijing): 'Item 3: … please extend to Oct 16'",
     "outlook_en", "周敏", "M6", T("2026-09-29 10:10:00"), "extend", [3], None, "2026-10-16",
     check=lambda: D(2026, 10, 16),
     notes="Extend [3] to 2026-10-16. 'Oct 1-7' is the holiday explanation, not a date request.",
     body="Hi Rafael, Camila,\n\nItem 3: the notary office is closed over our National Day holiday (Oct 1-7), so please "
          "extend to Oct 16.\n\nBest regards\nZhou Min\nRegulatory Affairs, Lanquan Medical (Beijing)\n")
case(3743, "exchange-ooo-auto", "auto", "Outlook/Exchange out-of-office 'Automatic reply:' from the Saudi distributor -> kind auto",
     "outlook_en8", "Faisal Al-Harbi", "M3", T("2026-09-23 07:00:00", 3),
     notes="Out-of-office: Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All. The body's dates ('until 4 October') "
           "must not become an extension. kind auto, reply null.",
     body="Thank you for your email. I am out of the office until 4 October with limited access to email. For urgent "
          "matters please contact regulatory@najd-healthcare.example.sa.", noquote=True,
     subject="Automatic reply: Re: EMEA distributor call (PL / TR / SA)",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "f.alharbi@najd-healthcare.example.sa")])

# ---------------------------------------------------------------- M7 质量例会 (zh)
case(3724, "dingtalk-mail-done-item5", "reply", "钉钉邮箱 (Alimail) '第5项…搞定了' with the Alimail dash rule + 发件人：/主　题： quote",
     "alimail", "马立军", "M7", T("2026-10-12 08:50:07"), "done", [5],
     notes="'搞定了' = done, 第5项.",
     body="第5项SMT作业指导书搞定了，已在二线试行。\n\n马立军\n生产部")
case(3725, "feishu-mail-progress-by-task", "reply", "飞书邮箱: '回归测试跑了大概80%' - progress named by task, no number (sender's only item in M7 = #3)",
     "feishu", "高翔", "M7", T("2026-10-13 21:15:40"), "progress", [], 80,
     notes="No number; '回归测试' = item 3 (软件V2.3.1回归测试), 高翔's only item in M7: clear match #3, items []. "
           "'明天' concerns the remaining cases, not a new due date.",
     body="回归测试跑了大概80%，剩下报警模块的用例明天跑完。")
case(3726, "wecom-done-item2-emoji", "reply", "企业微信邮件: '第2项追溯报告已完成✅'",
     "wecom", "吴莎", "M7", T("2026-10-12 11:20:00"), "done", [2],
     notes="Done [2]; the file name LP300-2610 is not a date.",
     body="第2项追溯报告已完成✅ 放在共享盘 QA/Trace/LP300-2610.pdf")
case(3727, "apple-mail-zh-extend-by-task", "reply", "Apple Mail macOS zh ('2026年10月9日 17:05，… 写道：'): '东莞那家的二次审核…申请延期至10月28日' named by task",
     "applemac_zh", "陈思远", "M7", T("2026-10-09 18:20:55"), "extend", [], None, "2026-10-28",
     check=lambda: D(2026, 10, 28),
     notes="No number; '东莞那家的二次审核' = item 4 (东莞传感器供应商二次审核), 陈思远's only item in M7 (he is also the "
           "organizer): clear match #4, items []. New date 10月28日 -> 2026-10-28; '10月19日那周' is the reason.",
     body="东莞那家的二次审核能不能往后放放？10月19日那周我要陪客户审厂，申请延期至10月28日。\n\n思远")
case(3738, "126-web-done-item7-supplier", "reply", "126.com web (GBK, '在 … 写道：' + isReplyContent) from an external supplier: '第7项的COA已经发到您邮箱了'",
     "netease", "刘建国", "M7", T("2026-10-13 15:20:30"), "done", [7],
     notes="External supplier (not in roster, owner of #7 by name in the recap). '已经发到您邮箱了' = done. Sender domain 126.com "
           "is outside allowed_domains, so the bot may not act on it, but the parse gold is still done [7].",
     body="陈工您好，第7项的COA已经发到您邮箱了，请查收。\n\n刘建国\n东莞恒测传感技术有限公司 质量部\n手机：139 2290 5531\n")
case(3747, "outlook-zh-done-ambiguous-two-open", "reply", "Outlook zh-CN '弄好了' from an owner with two open items (#1, #6) -> done, items [], ambiguous",
     "outlook_zh", "林海", "M7", T("2026-10-14 16:40:00"), "done", [],
     notes="林海 owns #1 (洁净度复测) and #6 (注塑机年度保养) in M7. '弄好了，照片已发群里' names neither: done with items []; "
           "the bot must ask which, changing nothing.",
     body="弄好了，照片已发群里。" + SIG_LZ)

# ---------------------------------------------------------------- M8 suppliers (en)
case(3729, "outlook-nl-confirm-item4", "reply", "Outlook Dutch UI quote (Van:/Verzonden:/Aan:/Onderwerp:) + '#4 confirmed'",
     "outlook_nl", "Joost van Dijk", "M8", T("2026-10-13 11:00:00", 2), "confirm", [4],
     notes="'#4 confirmed from our side' -> confirm [4].",
     body="Hi Jun,\n\n#4 confirmed from our side.\n\nMet vriendelijke groet / Kind regards,\nJoost van Dijk\nNorthSea "
          "Logistics B.V. | Rotterdam\n")
case(3730, "gmail-vi-done-item1", "reply", "Gmail Vietnamese UI quote ('Vào Th 2, 12 thg 10, 2026 vào lúc 09:00 … đã viết:') + 'Item 1 done'",
     "gmail_vi", "Nguyen Van Minh", "M8", T("2026-10-14 14:20:00", 7), "done", [1],
     notes="Done [1]; '5 weeks' is content.",
     body="Dear Mr. He,\n\nItem 1 done. Q4 lead time confirmed: 5 weeks for the LP-300 harness, MOQ unchanged.\n\nBest regards,\n"
          "Minh\nSaigon Cable JSC\n")
case(3731, "outlook-ja-extend-item2", "reply", "Outlook Japanese UI quote (差出人:/送信日時:/件名:) + 'Could you extend it to Oct 27?'",
     "outlook_ja", "Sato Kenji", "M8", T("2026-10-15 10:30:00", 9), "extend", [2], None, "2026-10-27",
     check=lambda: D(2026, 10, 27),
     notes="Extend [2] to 2026-10-27. Date +0900 = 09:30 Shanghai.",
     body="He-san,\n\nRegarding item 2, the dimension report is still under review. Could you extend it to Oct 27?\n\n"
          "Best regards,\nKenji Sato\nShinwa Motor Co., Ltd. | Quality Assurance\n")
case(3732, "gmail-ko-progress-item3", "reply", "Gmail Korean UI quote ('2026년 10월 12일 (월) 오전 11:00, … 님이 작성:') + 'About 70% done'",
     "gmail_ko", "Park Ji-hoon", "M8", T("2026-10-13 09:00:00", 9), "progress", [3], 70,
     notes="progress 70 on item 3.",
     body="Hi Jun,\n\nitem 3 - EOL notice attached, LTB quote still waiting for our sales director's approval. About 70% "
          "done.\n\nThanks\nJi-hoon")
case(3748, "gmail-zh-done-ambiguous-supplier", "reply", "Gmail zh '供应商那个弄完了' from an owner with two supplier items (#5, #6) -> done, items [], ambiguous",
     "gmail_zh", "何俊", "M8", T("2026-10-20 10:30:12"), "done", [],
     notes="何俊 owns #5 (Update approved supplier list) and #6 (Close supplier audit report for Saigon Cable); "
           "'供应商那个' fits both: done with items []; the bot must ask which.",
     body="供应商那个弄完了")
case(3733, "mailmaster-done-items-5-6", "reply", "网易邮箱大师: '第5、6项都弄好了' (two items in one sentence) + 发自网易邮箱大师",
     "mailmaster", "何俊", "M8", T("2026-10-22 17:40:00"), "done", [5, 6],
     notes="'第5、6项' -> items [5, 6], done.",
     body="第5、6项都弄好了，合格供方名录OA上能查到了，越南线束厂审核报告也关了\n\n发自网易邮箱大师")

CASES.sort(key=lambda c: c["num"])
