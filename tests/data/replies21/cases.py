# Cases of replies21 (exec'd by gen.py). Each: number, slug, client label, what it tests, meeting, client, sender,
# Date (sender's zone), the lines the person typed, the gold reply, notes; rule = how new_due_date is computed.
MSK, TRT, BRT, WIB, CET, ICT, JST, KST = tz(3), tz(3), tz(-3), tz(7), tz(1), tz(7), tz(9), tz(9)

# ============================================================== A: 出口部春节前发运协调会 (recap Tue 2026-02-10 15:34)
case(4301, "exmail-confirm-item1-colloquial", "Tencent Exmail web (企业微信邮箱)", "'收到，第1项没问题…' over the QQ/Exmail '------------------ 原始邮件 ------------------' quote; signature with a phone number",
     "A", "exmail", "刘晓东", T("2026-02-10 16:05:41"),
     ["收到，第1项没问题，明早给Shina那边回排产。"] + SIG_HY("刘晓东", "出口部", "138 6390 2211"),
     R("confirm", [1]),
     "Owner of #1 answers the recap before the 18:00 cut-off. '没问题' on a numbered item = confirm, items [1]. '明早' is "
     "his own plan, not a new due date. The QQ/Exmail quote carries the recap table and the footer with every command "
     "word; none of it belongs to the reply.")

case(4302, "foxmail-gbk-done-item3", "Foxmail 7.2 (GBK)", "'第3项单据都弄好了' (colloquial done) with dates in the sentence; Foxmail 发件人：/发送时间： quote",
     "A", "foxmail", "姜雯", T("2026-02-12 17:40:09"),
     ["孙总，", "", "第3项单据都弄好了：原产地证今天下午拿到，报关资料已经发给津海物流高经理了。"],
     R("done", [3]),
     "'弄好了' = done for #3 (土耳其订单原产地证及报关单据准备, her item). '今天下午' is a past fact. Foxmail GBK base64; the "
     "quote begins after the signature line with Foxmail's full-width-colon header block.")

case(4303, "coremail-done-by-task-words", "Coremail XT web (partner 津海物流)", "logistics partner reports the booking done without an item number; his only item in the meeting is #2 (舱位); SO number and cut-off date in the text",
     "A", "coremail", "高志远", T("2026-02-11 11:20:33"),
     ["孙总：", "", "节前最后一班船的舱位已经订上了，SO号 TJN260211458，截关时间2月12日中午12点。", "",
      "高志远", "津海物流 订舱部", "电话：022-2576 8830 / 186 2208 4417"],
     R("done"),
     "No item number: gold items [] (as written). The reply names the task ('节前最后一班船的舱位') and 高志远 owns exactly one "
     "item of this meeting, #2 天津港节前最后一班船舱位确认 -> a careful assistant applies done to #2 (target item: 2). "
     "'截关时间2月12日中午12点' is shipping information, not an extension; the phone numbers are signature.")

case(4304, "mailmaster-extend-chinese-numeral", "网易邮箱大师 (iOS)", "'第四项…申请延期到3月3日' (Chinese numeral) sent the evening before the holiday; '发自网易邮箱大师'; '---- 回复的原邮件 ----' table quote",
     "A", "mailmaster", "曲海燕", T("2026-02-12 20:10:52"),
     ["第四项SNI续证资料申请延期到3月3日，印尼那边盖章的原件节后才能寄回来。", "", "发自网易邮箱大师"],
     R("extend", [4], new_due="2026-03-03"),
     "'第四项' = item 4 (曲海燕's SNI item). New date 3月3日 of the current year = 2026-03-03 (Tuesday, a working day; "
     "Spring Festival holiday 02-15..02-23 is over). '节后' is the reason, the explicit date wins.",
     rule=[("abs", "2026-03-03")])

case(4305, "outlook-gb2312-object-item5", "Outlook 2016 zh-CN (gb2312)", "objection with a reason that names a date and another department; gb2312 label with GBK text; Outlook 发件人:/发送时间: block",
     "A", "outlook_zh", "王梓轩", T("2026-02-10 17:20:15"),
     ["孙总：", "", "对第5项有异议：节后复工首批排产要等生产部确认返岗人数，2月25日出计划来不及，而且这件事应该由生产计划科牵头，"
      "我这边配合提供出口订单明细。", "", "王梓轩", "出口部"],
     R("object", [5]),
     "'对第5项有异议' + reason -> object, items [5], before the 18:00 cut-off. '2月25日' is the current due date quoted in the "
     "reason; no 延期 request -> no new_due_date.")

case(4306, "iphone-question-no-command", "iPhone Mail zh", "a participant (head of 储运部, not an owner) asks the logistics partner a question; no command -> intent unknown; '发自我的iPhone'",
     "A", "iphone", "逄博", T("2026-02-10 16:40:27"),
     ["高经理，最后一班船大概几号开？仓库这边要提前排装柜的人。", "", "发自我的iPhone"],
     R("unknown"),
     "MUST CHANGE NOTHING. A question to another participant ('几号开？'); no confirm/object/done/progress/extend. Gold "
     "intent 'unknown' (SPEC section 5), items []. The bot keeps it as a comment at most.")

case(4307, "exmail-extend-3-workdays-over-cny", "Tencent Exmail web", "'需要再给3个工作日' sent Thu 02-12: counts Fri 02-13, the 02-14 make-up Saturday, then skips the Spring Festival holiday -> 02-24",
     "A", "exmail", "刘晓东", T("2026-02-12 09:05:11"),
     ["孙总，第1项排产确认需要再给3个工作日，俄方的数量还没回。"],
     R("extend", [1], new_due="2026-02-24"),
     "Extension by working days counted from the day after the reply (Thu 2026-02-12): 02-13 Fri (1), 02-14 Sat make-up "
     "working day (2), 02-15..02-23 Spring Festival holiday, 02-24 Tue (3) -> 2026-02-24. Counting from the old due "
     "date (02-12) gives the same answer here.",
     rule=[("workdays", 3)])

case(4308, "qqmail-personal-withdraw-objection", "QQ邮箱 web (personal qq.com address)", "the objector withdraws his objection to #5 from his personal QQ mailbox ('撤回异议…按2月25日') -> confirm [5]; sender address not in the roster",
     "A", "qqmail", ("王梓轩", "wangzx_0915@qq.com"), T("2026-02-11 09:30:44"),
     ["孙总，第5项我撤回异议，昨天跟生产计划科沟通过了，计划还是我来出，按2月25日没问题。", "", "王梓轩"],
     R("confirm", [5]),
     "Withdrawal of yesterday's objection (4305) -> intent confirm, items [5]; '按2月25日' keeps the current due date, not an "
     "extension. Sent from a personal qq.com address: the display name matches roster 王梓轩 but the address does not; a "
     "bot that only trusts roster addresses keeps it as a comment (scorer: parse intent is still confirm).",
     to=[("纪要助手", "minutes+r%s@%s" % (hx("tokenA-export-cny", 16), DOM))], cc=["孙立群"])

case(4309, "gmail-zh-holiday-done-personal", "Gmail web zh-CN (personal address)", "sent during the Spring Festival holiday from a personal Gmail: '第1项排产已确认完' (done) under Gmail zh '于…写道：'",
     "A", "gmail_zh", ("刘晓东", "tony.liuxd@gmail.com"), T("2026-02-18 10:12:30"),
     ["孙总，俄方数量回了，第1项排产已确认完，明细发您微信了。", "", "晓东"],
     R("done", [1]),
     "Done for #1 (the task itself is '确认…排产', so '排产已确认完' is completion, not the recap command 确认). Sent on 02-18, "
     "a holiday; personal gmail.com address whose display name is roster 刘晓东 (alias 晓东 in the signature).")

# ============================================================== B: 模具开发评审 (recap Wed 2026-09-16 16:03)
case(4310, "foxmail-confirm-with-dates", "Foxmail 7.2 (partner 台州精模)", "supplier confirms #1 and mentions the trial date 9月26号 during Mid-Autumn; confirm, no new date",
     "B", "foxmail", "叶建平", T("2026-09-16 17:02:38"),
     ["于总好，", "", "第1项我们确认，T1试模计划排在9月26号，中秋放假我们车间加班试。", "", "叶建平", "台州精模模具有限公司",
      "手机：139 0646 1187"],
     R("confirm", [1]),
     "'第1项我们确认' -> confirm [1]. '9月26号' is the planned trial date inside the due date 09-29, not an extension; "
     "Mid-Autumn (09-25) mentioned as context only.")

case(4311, "feishu-done-by-task-words", "飞书邮箱 web (partner 台州精模)", "certificate and heat-treatment report sent; no number; her only item is #2; Feishu 发件人：/发送时间：(周X) header block",
     "B", "feishu", "陈巧玲", T("2026-09-21 10:12:03"),
     ["邢工好，", "", "材质证书和热处理报告已经发到您邮箱了，请查收，有问题随时联系。", "", "陈巧玲 | 台州精模 技术部"],
     R("done"),
     "No item number -> items []. The task words (材质证书, 热处理报告) match #2 模具钢材材质证书及热处理报告, her only item "
     "(target item: 2) -> done. Feishu quote style is reconstructed (best effort, see README).",
     cc=["邢玥"])

case(4312, "iphone-done-short-by-task", "iPhone Mail zh", "'排气孔那个改好了' — short done naming the task, her only item #4",
     "B", "iphone", "邢玥", T("2026-09-18 15:30:19"),
     ["排气孔那个改好了，V3图纸放共享盘了", "", "发自我的iPhone"],
     R("done"),
     "No number; '排气孔' names #4 花纹块排气孔设计修改确认, 邢玥's only item (target item: 4). "
     "'改好了' = done. items [] as written.")

case(4313, "outlook-extend-after-national-day", "Outlook 2016 zh-CN (gb2312)", "'申请延期至10月16日' with 国庆后 as reason; sent on the last working day before National Day",
     "B", "outlook_zh", "隋建", T("2026-09-30 10:20:45"),
     ["于总工：", "", "第3项T1胎检测要等试模胎到厂，国庆后才能上设备，申请延期至10月16日。", "", "隋建", "技术部 工艺科",
      "分机 8261"],
     R("extend", [3], new_due="2026-10-16"),
     "extend #3 to 10月16日 = 2026-10-16 (Friday, working day). '国庆后' is the reason; the explicit date is the request.",
     rule=[("abs", "2026-10-16")])

case(4314, "outlook-progress-60", "Outlook 2016 zh-CN (gb2312)", "'第5项进度60%' with the details of what is left",
     "B", "outlook_zh", "毕晓蕾", T("2026-09-24 16:45:10"),
     ["于总工，", "", "第5项进度60%：关税税率已和报关行确认，付款节点还在跟财务鞠经理核对。", "", "毕晓蕾", "采购部"],
     R("progress", [5], percent=60),
     "progress [5] 60 ('第5项进度60%', the SPEC's own command form); the rest of the sentence says what is left and "
     "names another person (鞠经理), which changes nothing.")

case(4315, "foxmail-extend-10hao-makeup-saturday", "Foxmail 7.2 (partner 台州精模)", "'能不能延到10号？10号调休上班' — no item number (his only item #1), day-of-month only; 2026-10-10 is a make-up working Saturday",
     "B", "foxmail", "叶建平", T("2026-09-28 08:50:21"),
     ["于总，", "", "钢材晚到了三天，T1试模29号交不了了，能不能延到10号？10号调休上班，我们当天把试模胎送过去。", "", "叶建平",
      "台州精模模具有限公司"],
     R("extend", new_due="2026-10-10"),
     "Extension without an item number: the task (T1试模) is #1, his only item (target item: 1); items [] as written. "
     "'10号' = the next 10th after the reply date 2026-09-28 -> 2026-10-10, a Saturday that is a 调休 make-up working day "
     "(the writer says so). '29号' is the old due date.",
     rule=[("dom", 10)])

case(4316, "outlook-organizer-confirm-disclaimer", "Outlook 2016 zh-CN (gb2312)", "organizer's bare '确认，无异议。' followed by a long legal disclaimer that mentions 异议/删除/回复",
     "B", "outlook_zh", "于振华", T("2026-09-16 17:45:02"),
     ["确认，无异议。", "", "于振华", "技术部 部长", "青岛海岳轮胎橡胶有限公司  山东省青岛市黄岛区海岳路88号",
      "", "本邮件及其附件含有青岛海岳轮胎橡胶有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用"
      "（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！"],
     R("confirm"),
     "Organizer confirms the whole recap: confirm, items []. The disclaimer ('如果您错收了本邮件，请…通知发件人并删除') is "
     "signature noise and must not turn into an objection or anything else.")

case(4317, "126-personal-done-late-evening", "126 web mail (personal 126.com address)", "supplier's boss writes from his personal 126 mailbox: done, no item number; 163/126 '在 2026-09-16 16:03:17，\"纪要助手\" <…> 写道：' attribution",
     "B", "126", ("叶建平", "yejp_tz@126.com"), T("2026-10-09 21:30:56"),
     ["于总，T1试模今天已经做完了，试模胎明天一早送到贵司，麻烦安排人接收。"],
     R("done"),
     "Done, no number; T1试模 = #1, 叶建平's only item (target item: 1); items []. Sender is his personal 126.com address "
     "(display name matches roster 叶建平). '明天一早' is delivery info, not a date change. Sent Fri 2026-10-09 21:30.")

# ============================================================== C: 欧盟标签 / ECE (recap Wed 2026-11-18 10:33)
case(4318, "owa-sgs-done-attachment-disclaimer", "Outlook on the web / Microsoft 365 (SGS)", "lab engineer: '第2项已完成' with test dates and a quotation PDF; Date in +0000; OWA divRplyFwdMsg; bilingual disclaimer",
     "C", "owa", "黄嘉欣", T("2026-11-20 02:15:40", UTC),
     ["董经理您好，", "", "第2项已完成：湿地抓地力测试已排期在11月30日至12月2日，报价单见附件，请盖章后回传。", "",
      "此致", "黄嘉欣 Jessica Huang", "SGS-CSTC 深圳分公司 轮胎实验室", "T: +86 755 2532 8000 ext. 6217", "",
      "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, "
      "please notify the sender immediately and delete it. 本邮件及附件仅供指定收件人使用。"],
     R("done", [2]),
     "done [2]. The test window 11月30日至12月2日 is the content of the task, not an extension. Date header 02:15 +0000 = "
     "10:15 Shanghai on 11-20 (the due day).",
     attachments=[mk.attachment("SGS报价单_QT2611-0457.pdf", pdf_bytes("quotation"), "application/pdf",
                                style="rfc2231+name")])

case(4319, "outlook-fr-done-valide", "Outlook 365 desktop fr-FR", "French distributor: 'Point 4 : … validés' under 'De : / Envoyé : / À : / Objet :' — the task is itself a confirmation, so validated = done",
     "C", "outlook_fr", "Camille Durand", T("2026-11-25 09:40:12", CET),
     ["Bonjour Monsieur Dong,", "", "Point 4 : les échantillons d'étiquettes sont validés de notre côté, vous pouvez "
      "lancer l'impression.", "", "Cordialement,", "Camille Durand", "Responsable Achats – Pneus Atlantique",
      "Tél. +33 2 40 12 34 56"],
     R("done", [4]),
     "Item 4 is '法国客户标签样张确认' (owner Camille). 'validés de notre côté' completes that task -> done [4]. Ambiguity: a "
     "parser may read 'validé' as the recap command 'confirm'; a careful assistant records the task as done.")

case(4320, "outlook-nl-extend-date-in-words", "Outlook 365 desktop nl-NL", "Dutch Outlook quote header (Van:/Verzonden:/Aan:/Onderwerp:), English body 'Can we move it to 18 December?'",
     "C", "outlook_nl", "Joost van Dijk", T("2026-12-09 14:05:33", CET),
     ["Hi Mr Dong,", "", "Item 5: the relabelling in our warehouse needs new labels printed first. Can we move it to "
      "18 December?", "", "Met vriendelijke groet / Kind regards,", "Joost van Dijk", "Bandenhuis B.V. | Rotterdam"],
     R("extend", [5], new_due="2026-12-18"),
     "extend [5] to 18 December 2026 (Friday). Date 14:05 +0100 = 21:05 Shanghai, same day.",
     rule=[("abs", "2026-12-18")])

case(4321, "foxmail-progress-qicheng", "Foxmail 7.2 (GBK)", "'做了七成左右' = 70%, no item number; her only item in this meeting is #3 (EPREL)",
     "C", "foxmail", "姜雯", T("2026-12-01 11:20:48"),
     ["董经理，EPREL那个登记做了七成左右，还剩12个规格等技术部给滚阻数据。"],
     R("progress", percent=70),
     "Progress in words: '七成' = 70% (convention: N成 = N×10%). No number; 'EPREL…登记' names #3, 姜雯's only item of this "
     "meeting (target item: 3); items [] as written. '12个规格' is not a percentage.")

case(4322, "auto-ooo-exchange-dutch", "Exchange Online auto-reply (nl/en)", "Dutch/English out-of-office 'Automatisch antwoord:' with dates; Auto-Submitted: auto-replied -> kind auto",
     "C", "owa", "Joost van Dijk", T("2026-11-18 02:33:51", UTC),
     ["Beste afzender,", "", "Ik ben afwezig tot en met maandag 23 november en heb beperkt toegang tot mijn e-mail. Voor "
      "dringende zaken kunt u contact opnemen met Agnieszka Nowak (a.nowak@bandenhuis.example.nl).", "",
      "Dear sender, I am out of office until Monday 23 November with limited access to e-mail. For urgent matters "
      "please contact Agnieszka Nowak.", "", "Met vriendelijke groet,", "Joost van Dijk"],
     None,
     "MUST CHANGE NOTHING. Out-of-office auto reply to the recap (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-"
     "Loop, subject 'Automatisch antwoord:'). Kind auto, reply null; '23 november' is not an extension.",
     kind="auto", subject_prefix="Automatisch antwoord: ")

case(4323, "exmail-done-samples-shipped", "Tencent Exmail web", "'送样的轮胎已经发顺丰了' with a waybill number and tomorrow's arrival; no number; her only item #1",
     "C", "exmail", "栾婷婷", T("2026-11-24 16:20:14"),
     ["董经理，送样的轮胎已经发顺丰了，单号SF1402 6688 1937，明天上午到深圳SGS。"],
     R("done"),
     "The task #1 is '…测试送样' (send the samples): shipping them completes it -> done (target item: 1), items []. "
     "Waybill digits and '明天上午' are not dates or percentages to record.")

# ============================================================== D: Distributor call, English recap (Thu 2026-11-26 16:04)
case(4324, "gmail-ru-done-attachment", "Gmail web ru-RU", "Russian Gmail attribution 'чт, 26 нояб. 2026 г. в 11:04, … <…>:' (recap time shown in Moscow time); '#1 forecast attached' + .xlsx -> done",
     "D", "gmail_ru", "Dmitry Volkov", T("2026-12-04 18:30:05", MSK),
     ["Hi Richard,", "", "#1 forecast attached. Sorry it is late, our sales team finished the numbers only today.", "",
      "Best regards,", "Dmitry Volkov", "Shina-Trade LLC, Moscow", "+7 495 123-45-67"],
     R("done", [1]),
     "done [1] ('#1 forecast attached' = the deliverable is sent). Date 18:30 +0300 = 23:30 Shanghai, still 12-04 (the due "
     "day). The attribution shows the recap time converted to Moscow time (11:04).",
     attachments=[mk.attachment("Q1_2027_winter_forecast_ShinaTrade.xlsx", xlsx_bytes("forecast"),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

case(4325, "outlook-tr-extend-the-21st", "Outlook 365 desktop tr-TR", "'can we push #2 to the 21st?' under Turkish Kimden:/Gönderildi:/Kime:/Konu: header -> 2026-12-21",
     "D", "outlook_tr", "Emre Yildiz", T("2026-12-01 10:30:27", TRT),
     ["Hello Richard,", "", "can we push #2 to the 21st? The vessel from Tianjin was cancelled and the forwarder has no "
      "new schedule yet.", "", "Best regards,", "Emre Yıldız", "Anadolu Lastik A.Ş. | Mersin"],
     R("extend", [2], new_due="2026-12-21"),
     "'the 21st' = the next 21st after the reply date 2026-12-01 -> 2026-12-21 (Monday). Sender display name 'Emre "
     "Yıldız' vs roster 'Emre Yildiz' (alias).",
     rule=[("dom", 21)])

case(4326, "outlook-ptbr-two-more-days", "Outlook 365 desktop pt-BR", "'need two more days on item 3' -> current due 12-09 + 2 days = 12-11 (Fri; calendar and working days agree)",
     "D", "outlook_pt", "Rafael Souza", T("2026-12-08 09:15:50", BRT),
     ["Hi Richard,", "", "need two more days on item 3 – our designer is still fixing the INMETRO seal position.", "",
      "Abraços,", "Rafael Souza", "Pneus Sul Distribuidora Ltda. – São Paulo"],
     R("extend", [3], new_due="2026-12-11"),
     "Relative extension: 'two more days' on top of the current due date of #3 (2026-12-09, Wed) = 2026-12-11 (Fri); "
     "two working days give the same date. Convention: 'N more days' counts from the item's current due date, not from "
     "the reply date (12-08 + 2 = 12-10 would be the other reading; see README).",
     rule=[("plus_days", "2026-12-09", 2)])

case(4327, "gmail-es-done-by-non-owner", "Gmail web es", "colleague of the owner (not the owner) sends the artwork for 'ítem 3' with a PDF; Spanish attribution 'El vie, 11 dic 2026 a las …, … (<…>) escribió:'",
     "D", "gmail_es", "Martín Gómez", T("2026-12-11 11:40:18", BRT),
     ["Hola Richard,", "", "te adjunto el arte INMETRO del ítem 3, Rafael me pidió enviarlo porque está de viaje. "
      "Ítem 3 listo.", "", "Saludos,", "Martín Gómez", "Pneus Sul – Oficina Buenos Aires"],
     R("done", [3]),
     "Intent done, items [3] ('Ítem 3 listo'). Martín is in the roster but is neither owner (Rafael Souza) nor organizer "
     "nor manager: per SPEC the bot keeps it as a comment and tells him nothing changed. Parse gold is still done [3].",
     attachments=[mk.attachment("INMETRO_etiqueta_HY-M7_v2.pdf", pdf_bytes("inmetro"), "application/pdf")])

case(4328, "lark-en-progress-80", "Lark Mail (Feishu international) en", "Indonesian distributor on Lark: 'Regarding #4 … around 80% ready … Will send everything by Monday' -> progress 80, 'by Monday' is not an extension",
     "D", "lark_en", "Budi Santoso", T("2026-11-30 09:12:44", WIB),
     ["Dear Mr. Richard,", "", "Regarding #4 SNI documents: around 80% ready, we are waiting for the factory audit report "
      "from the certification body. Will send everything by Monday.", "", "Best regards,", "Budi Santoso",
      "PT Karya Ban Nusantara, Surabaya"],
     R("progress", [4], percent=80),
     "progress [4] 80. 'by Monday' (2026-12-07) equals the current due date; no extension requested. Lark quote header "
     "(From/Date/Subject/To) reconstructed, best effort.")

case(4329, "apple-mail-fr-done-point5", "Apple Mail macOS fr", "French Apple Mail attribution 'Le 26 nov. 2026 à 09:04, … a écrit :'; 'pour le contrat (point 5) : signé et renvoyé'",
     "D", "apple_mac_fr", "Camille Durand", T("2026-12-08 10:02:37", CET),
     ["Bonjour Richard,", "", "Pour le contrat (point 5) : signé et renvoyé par DHL ce matin, n° de suivi 1Z 884 3021 7740.",
      "", "Bonne journée,", "Camille"],
     R("done", [5]),
     "done [5] (Return signed 2027 distribution agreement). Tracking number digits are noise.")

case(4330, "outlook-pl-progress-non-owner", "Outlook 365 desktop pl-PL", "Polish Outlook header (Od:/Wysłano:/Do:/DW:/Temat:); warehouse manager (not the owner) reports 'about 50% done' on the pallet labelling, no number",
     "D", "outlook_pl", "Agnieszka Nowak", T("2026-12-01 11:20:09", CET),
     ["Hi all,", "", "regarding the pallet labelling – Poznan warehouse is ready, Rotterdam still to do next week. So "
      "about 50% done.", "", "Pozdrawiam / Best regards", "Agnieszka Nowak", "Warehouse Manager Poznan – Bandenhuis B.V."],
     R("progress", percent=50),
     "No number; 'pallet labelling' names #6 (owner Joost van Dijk) -> target item 6; items [] as written. The sender is "
     "not the owner, organizer or manager: a comment for the bot, nothing changes. Parse gold: progress 50.")

case(4331, "outlook-en-done-internal-by-task", "Outlook 365 desktop en-US", "internal exporter in English Outlook: 'Price list done' — no number, her only item #7 in this meeting",
     "D", "outlook_en", "姜雯", T("2026-11-30 17:50:25"),
     ["Price list done, sent to each distributor separately this afternoon.", "", "BR", "Wendy Jiang",
      "Export Dept. | Haiyue Tyre & Rubber", "M: +86 135 7326 9012"],
     R("done"),
     "No number; 'Price list' = #7 Send updated EUR/USD price list, Wendy Jiang's (姜雯, alias) only item of this meeting "
     "(target item: 7); items [].")

case(4332, "coremail-zh-on-english-recap-done8", "Coremail XT web (partner 津海物流)", "Chinese reply to the English recap: '第8项完成' after shipping details; Coremail '-----原始邮件-----'",
     "D", "coremail", "高志远", T("2026-12-03 15:10:40"),
     ["孙总，1月桑托斯的舱位已经订好，船名 MSC ARIANE，1月9日青岛开船。第8项完成。", "", "高志远", "津海物流 订舱部"],
     R("done", [8]),
     "done [8]. '1月9日' is the sailing date, not a new due date.")

case(4333, "outlook-mac-organizer-thanks", "Outlook for Mac en", "organizer's thank-you with a request to one distributor; no command",
     "D", "outlook_mac", "孙立群", T("2026-11-27 08:45:31"),
     ["Thanks all for the quick feedback.", "", "Dmitry, please make sure the forecast includes the 205/55R16 winter line "
      "this time.", "", "Richard Sun", "Export Director, Haiyue Tyre & Rubber"],
     R("unknown"),
     "MUST CHANGE NOTHING. Thank-you plus a content request; no confirm/object/done/progress/extend and no percent "
     "('205/55R16' is a tyre size). Intent unknown.")

case(4334, "gmail-mobile-en-text-on-attribution-line", "Gmail iOS app en", "'Item 6 done, both warehouses labelled 👍' runs straight into 'On Thu, Nov 26, 2026 at 9:04 AM … wrote:' on the same line",
     "D", "gmail_en", "Joost van Dijk", T("2026-12-04 08:15:22", CET),
     ["Item 6 done, both warehouses labelled 👍"],
     R("done", [6]),
     "done [6]. Mobile Gmail put the typed text and the attribution on one line ('…👍On Thu, Nov 26, 2026 at 9:04 AM 纪要助手 "
     "<…> wrote:'); the reply text is everything before 'On Thu'. One day late (due 12-03), still just done.",
     attr_on_line=True)

case(4335, "gmail-en-question-no-change", "Gmail web en", "owner asks a scope question about 'item 3' — mentions an item number but gives no command",
     "D", "gmail_en", "Rafael Souza", T("2026-11-27 10:02:11", BRT),
     ["Hi Richard,", "", "quick question on item 3 – does the artwork review also cover the EU label, or only INMETRO?",
      "", "Thanks,", "Rafael"],
     R("unknown"),
     "MUST CHANGE NOTHING. A question that names item 3 but carries no command -> intent unknown, items [] (convention: "
     "items are recorded only with a command).")

# ============================================================== E: 硫化机 (宏昇機械) (recap Wed 2026-12-02 14:04)
case(4336, "outlook-zhtw-big5-done", "Outlook 2016 zh-TW (big5)", "Traditional Chinese '第1項：…已寄出…一併附上' in big5 (the simplified quote degrades to '?' in text, NCRs in HTML); 寄件者:/寄件日期:/收件者:/主旨:",
     "E", "outlook_zh-TW", "林志明", T("2026-12-04 10:30:14"),
     ["矯經理您好：", "", "第1項：電氣圖紙已寄出，PLC程式說明也一併附上，請查收。", "", "林志明 Jimmy Lin",
      "宏昇機械股份有限公司 業務部", "TEL: +886-4-2359-1234 ext.215"],
     R("done", [1]),
     "done [1] in Traditional Chinese (第1項, 已寄出, 一併附上). Outlook with a fixed Big5 encoding: the plain part of the "
     "quoted simplified recap loses characters outside Big5 (as '?'), the HTML part keeps them as &#NNNN; references. The "
     "new text is intact.")

case(4337, "gmail-zhtw-extend-by-task", "Gmail web zh-TW", "'FAT驗收方案草案…能否延到12月18日？' — no number, her only item #3; Gmail zh-TW '於 2026年12月2日 週三 下午2:04寫道：'",
     "E", "gmail_zhTW", "吳佩珊", T("2026-12-03 09:40:55"),
     ["矯經理好，FAT驗收方案草案我們這邊需要多一週時間，能否延到12月18日？謝謝！", "", "吳佩珊 Peggy Wu", "宏昇機械 品保部"],
     R("extend", new_due="2026-12-18"),
     "Extension without number: FAT驗收方案草案 = #3, 吳佩珊's only item (target item: 3); items []. The explicit 12月18日 "
     "wins over '多一週' (due 12-11 + 7 days = 12-18 as well).",
     rule=[("abs", "2026-12-18"), ("plus_days", "2026-12-11", 7)])

case(4338, "iphone-done-ambiguous-two-items", "iPhone Mail zh", "'弄好了👍' with no item and no task words from an owner of two open items (#2, #5) -> done, items [], the bot must ask",
     "E", "iphone", "綦明", T("2026-12-04 16:55:08"),
     ["弄好了👍", "", "发自我的iPhone"],
     R("done"),
     "MUST CHANGE NOTHING (yet). '弄好了' = done but 綦明 owns two open items in this meeting (#2 基础图…, #5 蒸汽及氮气接口"
     "确认) and names neither: per SPEC the bot asks which. Gold: done, items [].")

case(4339, "outlook-organizer-confirm-two", "Outlook 2016 zh-CN (gb2312)", "organizer: '第2、5项确认，綦明负责' (several numbers in one 第…项)",
     "E", "outlook_zh", "矫志刚", T("2026-12-02 15:10:26"),
     ["第2、5项确认，綦明负责，有困难及时说。", "", "矫志刚", "设备部"],
     R("confirm", [2, 5]),
     "Organizer confirms two items at once: '第2、5项确认' -> confirm [2, 5]. '綦明负责' restates the owner of both rows "
     "(no reassignment).")

case(4340, "apple-mail-zh-done-by-task", "Apple Mail macOS zh-CN", "'免表资料上周五已经交给报关行了，这项可以关了' — no number; her only item in this meeting is #4",
     "E", "apple_mac_zh", "毕晓蕾", T("2026-12-07 09:30:42"),
     ["免表资料上周五已经交给报关行了，这项可以关了。", "", "毕晓蕾"],
     R("done"),
     "done; 免表 = #4 进口设备免表申请资料, 毕晓蕾's only item of meeting E (target item: 4); items []. '上周五' is a past fact.")

# ============================================================== F: 原材料供应商 (recap Tue 2026-12-01 09:34)
case(4341, "gmail-android-vi-done-confirmed", "Gmail Android vi", "Vietnamese Gmail attribution 'Vào Th 3, 1 thg 12, 2026 vào lúc 08:34 … đã viết:'; 'January shipment confirmed' completes the task #1 (船期确认)",
     "F", "gmail_vi", "Nguyen Van Hung", T("2026-12-03 14:20:31", ICT),
     ["Dear Mr Gong,", "", "Item 1: January shipment confirmed, vessel ETD 08 Jan from Cat Lai, booking note attached.", "",
      "Best regards,", "Nguyễn Văn Hùng", "Phuoc Thanh Rubber JSC"],
     R("done", [1]),
     "Task #1 is 'SVR10天然橡胶1月船期确认' (confirm the January sailing). 'shipment confirmed' completes it -> done [1]; a "
     "parser matching 'confirmed' to the recap command would say confirm (ambiguity noted; a careful assistant marks "
     "done). 'ETD 08 Jan' is not a new due date. Display name 'Nguyễn Văn Hùng' = roster alias of Nguyen Van Hung.")

case(4342, "outlook-ja-extend-item2", "Outlook 365 desktop ja-JP", "Japanese body '2項目目のCOAにつきまして…12月11日まで延期させていただけますでしょうか' under 差出人:/送信日時:/宛先:/件名:",
     "F", "outlook_ja", "佐藤健一", T("2026-12-07 18:30:19", JST),
     ["宮様", "", "いつも大変お世話になっております。日本カーボンの佐藤です。", "",
      "2項目目のCOAにつきまして、ロット検査の結果待ちのため、12月11日まで延期させていただけますでしょうか。",
      "価格調整の説明資料は現在社内承認中です。", "", "何卒よろしくお願い申し上げます。", "", "佐藤 健一",
      "日本カーボン株式会社 海外営業部"],
     R("extend", [2], new_due="2026-12-11"),
     "'2項目目' = item 2; '12月11日まで延期' -> 2026-12-11 (Friday). Date 18:30 +0900 = 17:30 Shanghai, 12-07.",
     rule=[("abs", "2026-12-11")])

case(4343, "gmail-ko-progress-2-of-4", "Gmail web ko", "Korean Gmail attribution '2026년 12월 1일 (화) 오전 9:34, … 님이 작성:'; 'Item 3 samples: 2 of 4 … (50%)'",
     "F", "gmail_ko", "Kim Minjun", T("2026-12-04 11:00:47", KST),
     ["Hello Mr. Gong,", "", "Item 3 samples: 2 of 4 new specs shipped today by DHL (50%), the other 2 next week.", "",
      "Best regards,", "Minjun Kim / 김민준", "Hanil Steel Cord Co., Ltd."],
     R("progress", [3], percent=50),
     "progress [3] 50 (explicit '(50%)'; '2 of 4' agrees). 'next week' is not an extension request.")

case(4344, "outlook-organizer-thank-you", "Outlook 2016 zh-CN (gb2312)", "organizer's '谢谢各位，辛苦了！' — thank-you only",
     "F", "outlook_zh", "宫建国", T("2026-12-01 11:02:36"),
     ["谢谢各位，辛苦了！", "", "宫建国", "采购部"],
     R("unknown"),
     "MUST CHANGE NOTHING. Thank-you, no command -> intent unknown.")

case(4345, "foxmail-progress-80-by-task", "Foxmail 7.2 (GBK)", "'审核计划初稿做了80%' — no number, her only item in F is #4; '本周五前' is her plan, not an extension",
     "F", "foxmail", "毕晓蕾", T("2026-12-09 17:30:05"),
     ["宫经理，供应商审核计划初稿做了80%，还差韩国和越南两家的审核日期没定，本周五前给您看。"],
     R("progress", percent=80),
     "progress 80; 审核计划 = #4 2027年供应商年度审核计划 (target item: 4), items []. '本周五前' (12-11) is before the due "
     "date 12-15: a promise, not an extension.")

# ============================================================== G: 出口物流周会 (recap Thu 2026-12-03 10:04)
case(4346, "coremail-done-item1-forgot-attachment", "Coremail XT web (partner 津海物流)", "'第1项12月集港计划已做完，详见附件' (the attachment was forgotten: no attachment part); Coremail '-----原始邮件-----'",
     "G", "coremail", "高志远", T("2026-12-07 09:20:18"),
     ["逄经理：", "", "第1项12月集港计划已做完，详见附件。", "", "高志远", "津海物流 订舱部"],
     R("done", [1]),
     "done [1]. '12月' is part of the task name. The mail says '详见附件' but carries no attachment (a common slip); the "
     "command stands on its own.")

case(4347, "thunderbird-de-extend-german-date", "Thunderbird de-DE (format=flowed)", "German Thunderbird 'Am 03.12.26 um 03:04 schrieb 纪要助手:'; 'Can we say 14.12.?' (European d.m. date)",
     "G", "thunderbird_de", "Klaus Becker", T("2026-12-09 16:40:50", CET),
     ["Hello Mr. Pang,", "", "re item 2: the customs template will only be ready on Monday, sorry. Can we say 14.12.?", "",
      "Mit freundlichen Grüßen / Best regards", "Klaus Becker", "Nordfracht Spedition GmbH, Hamburg"],
     R("extend", [2], new_due="2026-12-14"),
     "extend [2]: '14.12.' = 14 December (d.m.), also 'Monday' = 2026-12-14. Plain text only, 8bit UTF-8, format=flowed; "
     "the attribution shows the recap time in CET (03:04).",
     rule=[("abs", "2026-12-14"), ("weekday", 0)])

case(4348, "thunderbird-zh-inline-under-row", "Thunderbird zh-CN (bottom/inline posting)", "inline answer typed under the quoted recap row 4 ('已完成…'); nothing under row 3 (also hers) -> done [4]",
     "G", "thunderbird_zh", "臧琳", T("2026-12-07 14:10:37"), [],
     R("done", [4]),
     "Inline posting: the recap is quoted with '> ' and 臧琳 typed '已完成，熏蒸证明编号 QDFM-2612-0387，扫描件放共享盘了' "
     "directly under the quoted row '| 4 | 出口包装托盘熏蒸证明 | 臧琳 | 2026-12-08 |'. Convention: an answer under a quoted "
     "row refers to that row's number -> done [4] (she also owns #3, left untouched). The greeting above the quote has "
     "no command.",
     inline=(["逄经理，第4项见下面：", "", "臧琳"],
             [("| 4 | 出口包装托盘熏蒸证明 |", ["已完成，熏蒸证明编号 QDFM-2612-0387，扫描件放共享盘了"])]))

case(4349, "dingtalk-done-by-task-customs", "钉钉邮箱 / 阿里邮箱 (partner 前湾报关行)", "Alimail/DingTalk quote '------…' + 发件人：/发送时间：/收件人：/抄　送：/主　题：; done by task words, his only item #6",
     "G", "dingtalk", "于海涛", T("2026-12-04 11:30:09"),
     ["逄经理，报关单据预审做完了，有两票的HS编码需要贵司确认，已单独发给臧琳。", "", "于海涛", "青岛前湾报关行 单证科"],
     R("done"),
     "done; '报关单据预审' = #6, 于海涛's only item (target item: 6); items []. '需要贵司确认' is a request to the company, not "
     "the confirm command.")

case(4350, "outlook-object-with-suggested-date", "Outlook 2016 zh-CN (gb2312)", "finance head objects to #5 and suggests 12月25日 — object, not extend",
     "G", "outlook_zh", "鞠红", T("2026-12-03 10:40:52"),
     ["逄经理：", "", "第5项有异议：运费对账需要津海物流先把11月账单发过来，12月18日前我们这边完不成，建议改到12月25日，并由储运部先核对"
      "数量。", "", "鞠红", "财务部"],
     R("object", [5]),
     "'第5项有异议' + reason -> object [5]. The suggested 12月25日 is part of the objection (no 申请延期/延期至 command), so "
     "new_due_date null (same convention as dev case 028).")

# ============================================================== H: 质量周会 (recap Wed 2026-06-17 17:12), 端午 06-19
case(4351, "exmail-extend-after-dragon-boat", "Tencent Exmail web", "'第1项申请延期到节后，6月22日前给您' sent Thu 06-18 before the Dragon Boat holiday (06-19..06-21)",
     "H", "exmail", "栾婷婷", T("2026-06-18 11:30:26"),
     ["董经理，鼓包胎分析报告还差金相切片结果，第1项申请延期到节后，6月22日前给您。"],
     R("extend", [1], new_due="2026-06-22"),
     "extend [1]: '节后' = first working day after 端午 (06-19 Fri holiday, weekend 06-20/21) = Mon 2026-06-22, and the "
     "explicit '6月22日前' agrees.",
     rule=[("abs", "2026-06-22"), ("after_holiday", "2026-06-19")])

case(4352, "thunderbird-en-ok-item2", "Thunderbird en-US", "internal engineer with English Thunderbird: 'OK，第2项没问题，下周三前整改完。' — '下周三' equals the current due date",
     "H", "thunderbird_en", "隋建", T("2026-06-17 17:40:03"),
     ["OK，第2项没问题，下周三前整改完。", "", "隋建"],
     R("confirm", [2]),
     "confirm [2] before the 18:00 cut-off. '下周三前' from Wed 06-17 = 06-24, the due date already recorded: no extension.")

case(4353, "outlook-done-item3-after-holiday", "Outlook 2016 zh-CN (gb2312)", "'第3项X光机校准已完成，校准证书编号JZ-2606-118' on the first working day after 端午",
     "H", "outlook_zh", "綦明", T("2026-06-22 09:10:44"),
     ["董经理：", "", "第3项X光机校准已完成，校准证书编号JZ-2606-118，原件在设备部。", "", "綦明", "设备部"],
     R("done", [3]),
     "done [3]. Certificate number contains 2606 (not a date to record).")

case(4354, "auto-ooo-exchange-portuguese", "Exchange Online auto-reply (pt-BR)", "'Resposta automática:' out-of-office from the Brazilian distributor, with return date",
     "D", "owa", "Rafael Souza", T("2026-11-26 08:04:30", UTC),
     ["Olá,", "", "Estou em viagem até 30/11 com acesso limitado ao e-mail. Para assuntos urgentes, contate Martín Gómez "
      "(martin.gomez@pneus-sul.example.com.br).", "", "Obrigado,", "Rafael Souza"],
     None,
     "MUST CHANGE NOTHING. Out-of-office auto reply (Auto-Submitted: auto-replied; subject 'Resposta automática:'); kind "
     "auto, reply null. '30/11' is not an item date.",
     kind="auto", subject_prefix="Resposta automática: ")
