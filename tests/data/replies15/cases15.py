# Case table for make_replies15.py (exec'd by it).  Dates are local to the sender (off = UTC offset in hours);
# gold dates are re-derived by calc() from the Date header converted to Asia/Shanghai.
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you have received it in error, please notify the sender and delete it. Lubu Sports Co., Ltd.")
DISC_ZH = ("【保密声明】本邮件及其附件含有鹭步体育用品有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。"
           "禁止任何其他人以任何形式使用本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！")

# ---------------------------------------------------------------- meeting A: 晋江工厂Q4产能排产会 (Fri 2025-09-26 17:40)
case(3101, "qq-confirm-item2-colloquial", "qq", "A", "林秀梅", "2025-09-26 18:21:07", 8,
     "收到，第2项没问题，周一前排好。",
     G("QQ/Exmail reply from the owner of #2. '没问题' = confirm of 第2项. '周一前' restates the recap due (09-29) and is not an extension. Quote below the QQ '------------------ 原始邮件 ------------------' block, whose footer lists every command word.",
       rep("confirm", [2])), "QQ gb18030 '收到，第2项没问题，周一前排好' under the 原始邮件 separator; weekday restating the due date is not extend")
case(3102, "foxmail-done-by-task-name-signature", "foxmail", "A", "陈志强", "2025-09-27 09:12:44", 8,
     "郑经理：\n\n模具验收清单弄好了，已经发你邮箱，有几副旧模具要报废，清单里标红了。",
     G("Foxmail (GB2312 label) reply, no item number: '模具验收清单弄好了' names item 1 (确认Q4鞋底模具验收清单), which is also the sender's only item in this meeting -> done, items [] (numbers as written). Signature with mobile number and the Foxmail 发件人：/发送时间： block are not part of the command. Sent on a Saturday (not a working day) - irrelevant to the intent.",
       rep("done")), "Foxmail GBK: done by task name ('模具验收清单弄好了'), signature with phone",
     sig="陈志强\n晋江工厂 厂长\n鹭步体育用品有限公司\n手机：138-0595-2267\n福建省晋江市陈埭镇鞋都工业区8号")
case(3103, "outlook-zhcn-extend-makeup-sunday", "outlook_zhcn", "A", "洪晓东", "2025-09-28 10:05:31", 8,
     "郑经理，\n\n第5项申请延期至10月9日。PU革供应商那边国庆放假，业务说节后第一天才能回复交期，我这边没办法提前核对。\n\n谢谢！",
     G("Outlook zh-CN '答复: Re:' sent on Sunday 2025-09-28, a 调休 make-up working day. '第5项申请延期至10月9日' -> extend [5], new_due 2025-10-09 (10月9日 of the send year; it is the first working day after the National Day holiday 10-01..10-08). '节后第一天' in the reason is just the reason.",
       rep("extend", [5], None, "2025-10-09")), "Outlook zh-CN gb2312 QP on a make-up Sunday: 第5项延期至10月9日 with reason mentioning 国庆/节后",
     new_due_calc=("md", 10, 9), sig="洪晓东\n采购部 | 鹭步体育用品有限公司\nTel: 0592-5786 332  Mobile: 186 5921 0473")
case(3104, "coremail-progress-by-task-percent", "coremail", "A", "蔡俊杰", "2025-09-29 14:30:18", 8,
     "订舱计划进度60%，船公司11月的舱位表还没出齐，马士基那边说10号左右给。",
     G("Company Coremail 'Re:Re:' reply, no number: '订舱计划' names item 4 (整理11月出货订舱计划), the sender's only item -> progress 60, items []. '10号左右' is the carrier's date, not an extension request. Quote under '-----原始邮件-----'.",
       rep("progress", [], 60)), "Coremail GBK: '订舱计划进度60%' (task named), a date in the reason is not extend")
case(3105, "iphone-en-confirm-item3", "iphone_en", "A", "Nguyễn Văn Minh", "2025-09-26 18:40:02", 7,
     "Noted, item 3 OK. Will send the plan before the holiday.\n\nSent from my iPhone",
     G("iPhone Mail (English) from the HCMC factory head; Date 18:40 +0700 = 19:40 Shanghai. 'item 3 OK' -> confirm [3]. 'before the holiday' is not an extension. Quote under '> On Sep 26, 2025, at 16:40, 纪要助手 <…> wrote:' (the recap's 17:40 Shanghai shown in his +0700 zone).",
       rep("confirm", [3])), "iPhone Mail en +0700: 'Noted, item 3 OK' + 'Sent from my iPhone'")
case(3106, "auto-ooo-outlook-national-day", "outlook_zhcn", "A", "黄丽娟", "2025-09-30 18:02:11", 8,
     "您好，我于2025年10月1日至10月8日国庆休假，期间邮件可能无法及时回复。\n船务紧急事项请联系蔡俊杰（caijunjie@lubu.example.cn，电话 0592-5786 318），10月9日返岗后回复您。\n\n黄丽娟\n物流船务部",
     G("Exchange/Outlook out-of-office reply to the recap of meeting A: Auto-Submitted: auto-replied, X-Auto-Response-Suppress and the '自动答复:' subject. The body has dates and a delegate; none is a command. kind auto, reply null.",
       None, kind="auto"), "Outlook OOO '自动答复:' (Auto-Submitted: auto-replied) over National Day: kind auto",
     kind="auto", extra_subject="自动答复: Re: 晋江工厂Q4产能排产会纪要 2025-09-26",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "huanglijuan@lubu.example.cn")])
case(3140, "iphone-zh-done-by-task-makeup-sunday", "iphone_zh", "A", "林秀梅", "2025-09-28 08:52:40", 8,
     "硫化线排产已经调好了，表格发群里了\n\n发自我的iPhone",
     G("iPhone Mail zh from the owner of item 2 on the 09-28 make-up Sunday: '硫化线排产已经调好了' names item 2 (调整EVA大底硫化线排产计划) -> done, items []. '发自我的iPhone' is a footer.",
       rep("done")), "iPhone zh: done by task words ('硫化线排产已经调好了'), 发自我的iPhone")
case(3141, "gmail-zh-wrapped-attribution-manager-confirm", "gmail_zh_wrapped", "A", "黄丽娟", "2025-09-26 19:03:55", 8,
     "第4项我这边确认，小蔡负责，节前先把10月底的舱位锁了。",
     G("Gmail (zh-CN) from the head of 物流船务部, manager of item 4's owner 蔡俊杰 (a manager may act on the item). '第4项我这边确认' -> confirm [4]. The attribution is wrapped over two lines ('纪要助手 <…>' / '于2025年9月26日周五 17:40写道：'). '节前…10月底' is a remark, not a date request.",
       rep("confirm", [4])), "Gmail zh attribution wrapped over two lines; the owner's manager confirms 第4项")
case(3142, "outlook-zhcn-organizer-confirm-disclaimer", "outlook_zhcn", "A", "郑海燕", "2025-09-26 18:47:20", 8,
     "确认，各项按表执行。\n节前大家辛苦收个尾，10月9日上班第一天上午开短会过一下。",
     G("Organizer's top-posted confirm with a long signature and a confidentiality disclaimer. 'confirm', no number. '10月9日…开短会' is a plan, not an item or date for any row (reply gold never has a follow-up).",
       rep("confirm")), "Outlook zh-CN organizer '确认，各项按表执行' + a meeting date in passing + 保密声明 disclaimer",
     sig="郑海燕  Helen Zheng\n计划部经理\n鹭步体育用品有限公司 Lubu Sports Co., Ltd.\n厦门市湖里区航空港工业园 | T +86 592 5786 300\n\n" + DISC_ZH)

# ---------------------------------------------------------------- meeting B: Portland FW26 review (English recap, Mon 2025-10-13 19:05)
case(3107, "gmail-en-done-by-task-portland-tz", "gmail_en", "B", "Emily Carter", "2025-10-13 17:10:33", -7,
     "Hi Maggie,\n\nWear-test summary is done - 18 testers, main complaint is heel slip on size 9+. Full notes are in the shared folder.\n\nLet me know if anything's missing.\nEmily",
     G("Gmail from our Portland account manager. Date Mon 17:10 -0700 = Tue 2025-10-14 08:10 Shanghai. 'Wear-test summary is done' names item 5 (Share wear-test feedback summary), her only item -> done, items []. '18 testers' / 'size 9+' are not item numbers.",
       rep("done")), "Gmail en from Portland (-0700): done by task name; numbers in text are not item references")
case(3108, "outlook-mac-en-push-item1-to-21st", "outlook_mac_en", "B", "梁嘉豪", "2025-10-15 09:20:14", 8,
     "Hi Maggie,\n\ncan we push #1 to the 21st? Dye house in Shishi is behind, lab dips won't be ready before Monday.\n\nThx\nKelvin",
     G("Outlook for Mac (English) from 梁嘉豪 (Kelvin Leung). 'can we push #1 to the 21st?' -> extend [1], new_due = the 21st of the current month (Oct) = 2025-10-21 (a Tuesday). 'before Monday' is the reason.",
       rep("extend", [1], None, "2025-10-21")), "Outlook for Mac en: 'can we push #1 to the 21st?' (day of month only)",
     new_due_calc=("day", 21))
case(3109, "outlook-en-two-more-days-item2", "outlook_en", "B", "戴振宇", "2025-10-14 10:31:47", 8,
     "Hi all,\n\nItem 2 - need two more days, the tooling vendor is revising the quote for the dual-density outsole.\n\nBest regards\nZack Dai\nPurchasing Manager",
     G("Outlook desktop en. 'Item 2 - need two more days' -> extend [2]. AMBIGUOUS new date: the request is relative to the item's current due date (2025-10-20, Mon) -> 2025-10-22 (Wed); two calendar days and two working days give the same date here. A parser that adds two days to the send date (10-16) is wrong.",
       rep("extend", [2], None, "2025-10-22")), "Outlook en: 'Item 2 - need two more days' -> recap due + 2 days",
     new_due_calc=("due_plus_days", 2, 2))
case(3110, "gmail-android-ok-thumbs", "gmail_android", "B", "蔡俊杰", "2025-10-13 21:34:09", 8,
     "OK 👍",
     G("Gmail Android reply 'OK 👍' (emoji forces UTF-8). Plain confirm of the recap, no item number.",
       rep("confirm")), "Gmail Android: 'OK 👍' -> confirm")
case(3111, "thunderbird-progress-techpack-mixed", "thunderbird", "B", "吴佩珊", "2025-10-15 11:08:00", 8,
     "tech pack v3 进度70%，周四能出，尺码表还在等Portland回复。\n\nSandy",
     G("Thunderbird 8bit UTF-8, plain text only. Chinese text on an English recap; 'tech pack v3' names item 3 (Update tech pack v3), the sender's only item -> progress 70, items []. '周四能出' = restates the recap due (10-16 is Thursday), not extend. 'v3' is not an item number.",
       rep("progress", [], 70)), "Thunderbird 8bit plain: 'tech pack v3 进度70%' (task named, 'v3' not a number)")
case(3112, "owa-en-organizer-question", "owa_en", "B", "何美玲", "2025-10-13 12:15:40", 0,
     "Thanks all. Kelvin - will the lab dips go by DHL or together with the salesman samples in #4? Portland wants a tracking no. either way.\n\nMaggie",
     G("OWA (Microsoft 365, Date +0000 12:15 = 20:15 Shanghai) from the organizer: a question to a colleague mentioning '#4'. No command -> intent unknown (SPEC's value for a reply that changes nothing), items []. Nothing may change; the '#4' is a reference inside a question, not a status.",
       rep("unknown")), "OWA en (+0000): organizer's question mentioning #4 -> must change nothing (intent unknown)")
case(3147, "qq-done-item4-mixed-english", "qq", "B", "蔡俊杰", "2025-10-20 16:44:51", 8,
     "第4项 salesman sample 已订好舱位，周三装柜，搞定了",
     G("QQ reply quoting an English recap. '第4项 … 搞定了' -> done [4]. '周三装柜' is a logistics detail.",
       rep("done", [4])), "QQ: '第4项 salesman sample 已订好舱位…搞定了' on an English recap")
case(3148, "outlook-zhcn-done-by-task-english-recap", "outlook_zhcn", "B", "戴振宇", "2025-10-21 15:02:26", 8,
     "模具费用确认下来了，双密度大底一套模具4.2万，报价单见共享盘。",
     G("Outlook zh-CN reply (same sender as 3109, after his extension). '模具费用确认下来了' names item 2 (Confirm outsole tooling cost) in Chinese while the recap is in English -> done, items []. '4.2万' is a price.",
       rep("done")), "Outlook zh-CN: done by a Chinese paraphrase of an English task ('模具费用确认下来了')",
     sig="戴振宇\n采购部经理\nM: 139 5012 8841")

# ---------------------------------------------------------------- meeting C: 金边工厂验厂整改 (Wed 2025-10-15 16:20)
case(3113, "wecom-confirm-two-items-phnom-penh", "wecom", "C", "Sok Dara", "2025-10-15 16:58:12", 7,
     "Items 1 and 2 confirmed, we will finish on time.\n\nDara\nFactory Manager, Lubu Cambodia (Phnom Penh)",
     G("企业微信 (WeCom) mail from the Phnom Penh factory head, English text, Date +0700 (= 17:58 Shanghai). 'Items 1 and 2 confirmed' -> confirm [1, 2].",
       rep("confirm", [1, 2])), "企业微信 mail, English: 'Items 1 and 2 confirmed' (two items in one sentence)")
case(3114, "outlook-zhtw-confirm-item4", "outlook_zhtw", "C", "许雅婷", "2025-10-15 17:05:39", 8,
     "第4項沒問題，已與SGS初步聯繫，確認。\n\n許雅婷 Tina Hsu\n品質部 經理",
     G("Outlook zh-TW in Traditional Chinese (big5 falls back to UTF-8 only if the quoted simplified recap cannot be encoded; the generator picks the real charset). '第4項沒問題…確認' -> confirm [4]. Quote header '寄件者:/寄件日期:/收件者:/主旨:'.",
       rep("confirm", [4])), "Outlook zh-TW, Traditional Chinese '第4項沒問題…確認'; 寄件者/寄件日期 quote header")
case(3115, "163-done-msds-by-task", "netease163", "C", "苏文斌", "2025-10-16 10:27:03", 8,
     "MSDS那个更新好了，18份都传到系统了",
     G("163.com webmail, '在 2025-10-15 16:20:00，\"纪要助手\" <…> 写道：' + '>' quoting. 'MSDS那个更新好了' names item 3 (化学品MSDS更新上传), the sender's only item -> done, items []. '18份' is a count.",
       rep("done")), "163 web: 'MSDS那个更新好了' (task named), 在…写道 + '>' quote")
case(3116, "dingtalk-object-by-task-budget", "dingtalk", "C", "王静怡", "2025-10-17 09:41:55", 8,
     "整改预算这项我有异议：金边厂报的消防改造费用超出年度预算，需要先拆分报价，请许经理先不要按10月22日的时间确认。",
     G("钉钉邮箱 reply from the finance head (owner of item 5). '整改预算这项我有异议：…' -> object, items [] (named by task: item 5 整改费用预算审批). '10月22日' is the current due inside the reason, not an extension.",
       rep("object")), "钉钉 mail: objection naming the task ('整改预算这项我有异议') with a date in the reason",
     sig="王静怡\n财务总监")
case(3143, "thunderbird-bottom-post-progress-item1", "thunderbird_bottom", "C", "Sok Dara", "2025-10-16 15:10:00", 7,
     "Item 1 progress 70% - new fire doors installed, emergency lights arrive Friday. Photos will follow.",
     G("Thunderbird bottom-posting: the quote comes first, the new text is BELOW it (then a '-- ' signature). 'Item 1 progress 70%' -> progress [1] 70. 'Friday' is a delivery date, not an extension.",
       rep("progress", [1], 70)), "Thunderbird bottom-post: new text under the quote: 'Item 1 progress 70%'",
     sig="Sok Dara\nLubu Cambodia - Phnom Penh\n+855 12 345 678")
case(3146, "owa-en-ambiguous-done-two-open", "owa_en", "C", "Sok Dara", "2025-10-20 02:15:44", 0,
     "Done, pls check.",
     G("OWA (Date +0000 02:15 = 10:15 Shanghai). 'Done, pls check.' with no number and no task words, and the sender owns two items in this meeting (1 and 2) -> intent done, items []; the bot cannot tell which and must ask (no change). A careful assistant would not guess.",
       rep("done")), "OWA en: bare 'Done, pls check.' from an owner of two items -> ambiguous, nothing may change")
case(3138, "outlook-zhtw-question-traditional", "outlook_zhtw", "G", "许雅婷", "2025-11-10 17:22:30", 8,
     "請問第2項的8D報告要用客戶的模板還是我們自己的？Lan 如果需要範本我可以先寄給你。",
     G("Outlook zh-TW question from the organizer about 第2項: no command, nothing changes -> intent unknown, items []. It mentions 第2項 but asks a question.",
       rep("unknown")), "Outlook zh-TW question about 第2項 -> no change (intent unknown)")

# ---------------------------------------------------------------- meeting D: EU customers (Mon 2025-10-20 17:30)
case(3117, "outlook-de-done-item1-disclaimer", "outlook_de", "D", "Katrin Bauer", "2025-10-20 14:02:18", 2,
     "Hallo zusammen,\n\nitem 1 done - confirmation samples left Jinjiang today via DHL, AWB 4417 2093 65.\n\nViele Grüße / Best regards",
     G("Outlook de-DE from our Herzogenaurach account manager: Date 14:02 +0200 = 20:02 Shanghai. 'item 1 done' -> done [1]. The AWB number is not an item number. German quote header Von:/Gesendet:/An:/Betreff: and an English/German disclaimer.",
       rep("done", [1])), "Outlook de-DE (AW:, Von:/Gesendet:): 'item 1 done' + AWB number + disclaimer",
     sig="Katrin Bauer\nKey Account Manager EMEA | Lubu Sports\nWürzburger Str. 13, 91074 Herzogenaurach\nMobil: +49 171 5520 184\n\n" + DISC_EN)
case(3118, "gmail-nl-done-by-task-amsterdam", "gmail_nl", "D", "Sanne de Vries", "2025-10-21 10:15:27", 2,
     "Hi all,\n\nShipping marks and carton dims are signed off by the Amsterdam DC - you can close this one.\n\nGroetjes,\nSanne",
     G("Gmail (Dutch UI: 'Op ma 20 okt 2025 om 11:30 schreef …:'), Date +0200 = 16:15 Shanghai. 'Shipping marks and carton dims are signed off … close this one' names item 2 (Amsterdam仓唛头与箱规确认), her only item -> done, items []. Note: the task itself is a confirmation; 'signed off' means the task is complete, not a confirm of the recap.",
       rep("done")), "Gmail nl: done by task words in English ('Shipping marks … signed off … close this one')")
case(3119, "outlook-pl-extend-item3-nov4", "outlook_pl", "D", "Marek Kowalski", "2025-10-22 09:40:11", 2,
     "Hi,\n\nre item 3: the lab needs extra time for the phthalates test, could we move the REACH report to Nov 4?\n\nPozdrawiam\nMarek Kowalski\nQC Engineer EU",
     G("Outlook pl-PL (ODP:, Od:/Wysłane:/Do:/Temat:), Date 09:40 +0200 = 15:40 Shanghai 10-22. 're item 3 … move … to Nov 4' -> extend [3], 2025-11-04.",
       rep("extend", [3], None, "2025-11-04")), "Outlook pl-PL: 'could we move the REACH report to Nov 4?' for item 3",
     new_due_calc=("md", 11, 4))
case(3120, "gmail-fr-progress-by-task", "gmail_fr", "D", "Élodie Martin", "2025-10-23 11:30:02", 2,
     "Bonjour à tous,\n\npackaging copy translation is ~80% done, only the legal mentions (mentions légales) are left.\n\nBonne journée,\nÉlodie",
     G("Gmail French UI ('Le lun. 20 oct. 2025 à 11:30, … a écrit :'), Date +0200. '~80% done' on the packaging translation = item 4, her only item -> progress 80, items []. '~80% done' is progress, not done.",
       rep("progress", [], 80)), "Gmail fr: '~80% done' (progress, not done), task named in English")
case(3121, "gmail-vi-done-item5", "gmail_vi", "D", "Trần Thị Lan", "2025-10-21 08:30:45", 7,
     "Dear all,\n\n#5 done, the delay explanation was sent to Maggie yesterday.\n\nThanks & best regards,\nLan",
     G("Gmail Vietnamese UI ('Vào Th 2, 20 thg 10, 2025 vào lúc … đã viết:'), Date +0700 = 09:30 Shanghai. '#5 done' -> done [5].",
       rep("done", [5])), "Gmail vi: '#5 done'")
case(3122, "apple-mail-zh-thank-you", "apple_zh", "D", "何美玲", "2025-10-20 18:12:09", 8,
     "谢谢各位，辛苦了！欧洲这边有任何变化随时邮件同步。",
     G("Apple Mail (macOS, zh) thank-you from the organizer: no command -> intent unknown, items []. Must change nothing.",
       rep("unknown")), "Apple Mail zh: thank-you from the organizer -> no change")
case(3144, "auto-ooo-outlook-de", "outlook_de", "D", "Katrin Bauer", "2025-10-27 08:00:03", 1,
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 31.10. nicht im Büro und habe nur eingeschränkten Zugriff auf E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an Maggie He (hemeiling@lubu.example.cn).\n\nThank you for your message. I am out of the office until 31 Oct with limited access to e-mail.",
     G("German Exchange out-of-office ('Automatische Antwort:') to the recap of meeting D: Auto-Submitted: auto-replied. Dates (31.10.) and a delegate are not commands. kind auto, reply null. Date +0100 (CET after 10-26).",
       None, kind="auto"), "Outlook de OOO 'Automatische Antwort:' -> kind auto",
     kind="auto", extra_subject="Automatische Antwort: AW: Re: EU客户交期风险周会纪要（Amsterdam / Herzogenaurach）",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "katrin.bauer@lubu.example.cn")])

# ---------------------------------------------------------------- meeting E: 亚太客户季度对账 (Mon 2025-10-27 18:10)
case(3123, "outlook-ja-confirm-item1", "outlook_ja", "E", "田中美咲", "2025-10-28 10:20:50", 9,
     "王総監\n\nお疲れ様です。田中です。\nItem 1 (Tokyo statement reconciliation) 確認しました。No objection.\n\n田中 美咲",
     G("Outlook ja-JP (差出人:/送信日時:/宛先:/件名:), Date +0900 = 09:20 Shanghai. '確認しました。No objection.' about Item 1 -> confirm [1]. Japanese 確認 means confirm.",
       rep("confirm", [1])), "Outlook ja-JP: 'Item 1 … 確認しました。No objection.'",
     sig="鹭步体育用品 東京オフィス\nTEL: 03-5210-7788")
case(3124, "gmail-ko-progress-item3", "gmail_ko", "E", "김민지", "2025-10-28 14:00:00", 9,
     "3번 항목: mesh quotes from two Korean mills are in, comparison about 50% done.\n\n김민지 드림",
     G("Gmail Korean UI ('2025년 10월 27일 (월) 오후 7:10, … 님이 작성:'), Date +0900 = 13:00 Shanghai. '3번 항목' = item 3 written in Korean; 'about 50% done' -> progress [3] 50.",
       rep("progress", [3], 50)), "Gmail ko: '3번 항목' (Korean item number) + 'about 50% done'")
case(3125, "apple-en-sydney-next-wednesday", "apple_en", "E", "Ryan O'Connor", "2025-10-28 11:45:19", 11,
     "Hi Jenny,\n\nSydney returns plan - need until next Wednesday, the 3PL still hasn't sent the stock count.\n\nCheers,\nRyan",
     G("Apple Mail from Sydney, Date Tue 11:45 +1100 = Tue 2025-10-28 08:45 Shanghai. Task named (悉尼仓退货处理方案 = item 2, his only item) -> extend, items []. 'next Wednesday' follows the README's 下周X rule: Wednesday of the following calendar week = 2025-11-05. AMBIGUOUS in English (could be read as tomorrow 10-29), but said on a Tuesday 'next Wednesday' means the week after; tomorrow would not need 'next'.",
       rep("extend", [], None, "2025-11-05")), "Apple Mail en (+1100): task named + 'need until next Wednesday' -> 下周三 rule",
     new_due_calc=("next_week", 2))
case(3126, "outlook-es-object-item5", "outlook_es", "E", "Lucía Fernández", "2025-10-28 09:05:33", 11,
     "Hola Jenny,\n\nno estoy de acuerdo con el punto 5: the LatAm forecast depends on Portland's allocation, which isn't out until Nov 10, so Nov 5 is not realistic.\n\nSaludos,\nLucía",
     G("Outlook es-ES (De:/Enviado el:/Para:/Asunto:), Date +1100. 'no estoy de acuerdo con el punto 5' = objection to item 5 -> object [5]. The dates (Nov 10, Nov 5) are the reason; she does not ask for a new date.",
       rep("object", [5])), "Outlook es: Spanish objection 'no estoy de acuerdo con el punto 5' with dates in the reason")
case(3127, "126-done-item4-organizer-own", "netease126", "E", "王静怡", "2025-10-29 09:03:28", 8,
     "第4项账龄表已更新，放在共享盘 财务/应收/2025Q3 目录下了。",
     G("126.com webmail from the organizer, who is also the owner of item 4. '第4项…已更新' = done [4] ('已更新' on an '更新…' task means it is finished). '2025Q3' is a folder name.",
       rep("done", [4])), "126 web: '第4项账龄表已更新' (done without the word 已完成)")
case(3149, "iphone-en-done-returns-checkmark", "iphone_en", "E", "Ryan O'Connor", "2025-11-04 16:20:00", 11,
     "Returns plan done ✅ sent to Jenny this arvo.\n\nSent from my iPhone",
     G("iPhone Mail, Date +1100 = 13:20 Shanghai. 'Returns plan done ✅' names item 2, his only item -> done, items [].",
       rep("done")), "iPhone en: 'Returns plan done ✅' (task named)")

# ---------------------------------------------------------------- meeting F: 广州设计中心SS26打样 (Mon 2025-11-03 17:50)
case(3128, "feishu-done-traditional-by-task", "feishu", "F", "梁嘉豪", "2025-11-04 15:36:12", 8,
     "鞋面3D打樣已經完成，照片已上傳到飛書雲文檔，大家有空睇下。",
     G("飞书 (Lark) mail in Traditional Chinese (with a Cantonese '睇下'). '鞋面3D打樣已經完成' names item 1 (SS26跑鞋鞋面3D打样), the sender's only item -> done, items []. '3D' is not an item number.",
       rep("done")), "飞书 mail, Traditional Chinese: '鞋面3D打樣已經完成' ('3D' is not item 3)")
case(3129, "wecom-ambiguous-done-two-items", "wecom", "F", "周子涵", "2025-11-04 11:12:40", 8,
     "弄好了～",
     G("企业微信 mail '弄好了～' from 周子涵, who owns two items here (4 色卡寄东京客户, 6 打样费用报销): no number, no task words -> intent done, items []; ambiguous, the bot must ask which and change nothing.",
       rep("done")), "企业微信: bare '弄好了～' from an owner of two items -> ambiguous, no change")
case(3130, "thunderbird-zh-inline-under-row3", "thunderbird_zh", "F", "林秀梅", "2025-11-05 11:00:27", 8,
     "吴总监，试穿那项我在下面写了。",
     G("Thunderbird zh, interleaved reply: the new text '延到12号吧，试穿的工人周一才到齐' is written unquoted directly under the quoted row '> | 3 | 样品鞋送晋江试穿 | 林秀梅 | 2025-11-10 |'. -> extend [3] (the item is identified by the row it answers; recorded as 3), new_due '12号' = 2025-11-12 (this month). '周一' is the reason.",
       rep("extend", [3], None, "2025-11-12")), "Thunderbird zh inline answer under quoted row 3: '延到12号吧'",
     new_due_calc=("day", 12), inline={3: "延到12号吧，试穿的工人周一才到齐"})
case(3131, "outlook-zhcn-done-organizer-by-task", "outlook_zhcn", "F", "吴佩珊", "2025-11-04 16:05:09", 8,
     "鞋楦修改确认 没问题了，今天下午已跟楦厂对完，这项可以关了。",
     G("Outlook zh-CN from the organizer about her own item 2 (鞋楦修改确认). '…可以关了' = done, items [] (task named). '没问题' here is about the last, not a confirm of the recap; the item itself is a confirmation task and it is complete.",
       rep("done")), "Outlook zh-CN: '鞋楦修改确认 没问题了…这项可以关了' -> done (not confirm)")
case(3132, "coremail-progress-bom-percent", "coremail", "F", "洪晓东", "2025-11-05 17:48:31", 8,
     "BOM定稿进度40%，等广州最后两款网布定下来再更新。",
     G("Coremail, task named ('BOM定稿' = item 5, his only item in F) -> progress 40, items [].",
       rep("progress", [], 40)), "Coremail: 'BOM定稿进度40%' (task named)")
case(3133, "gmail-zh-extend-by-task-next-tuesday", "gmail_zh", "F", "周子涵", "2025-11-05 14:20:08", 8,
     "色卡那个下周二才能寄，东京客户要的潘通色号还差两个。",
     G("Gmail zh from 周子涵 (owns items 4 and 6). '色卡那个' names item 4 (色卡寄东京客户) - one clear match among her two items -> extend, items [], new_due '下周二' from Wed 2025-11-05 = 2025-11-11.",
       rep("extend", [], None, "2025-11-11")), "Gmail zh: '色卡那个下周二才能寄' (task named among two own items; 下周二)",
     new_due_calc=("next_week", 1))
case(3134, "mailmaster-done-item6", "mailmaster", "F", "周子涵", "2025-11-06 20:31:55", 8,
     "第6项打样费用已报销完成",
     G("网易邮箱大师 mobile: '第6项…已报销完成' -> done [6]. '发自网易邮箱大师' then the '---- 回复的原邮件 ----' table quote.",
       rep("done", [6])), "网易邮箱大师: '第6项打样费用已报销完成' + 回复的原邮件 table quote")
case(3150, "outlook-mac-zh-extend-item5-date", "outlook_mac_zh", "F", "洪晓东", "2025-11-07 10:12:45", 8,
     "第5项延期至11月19日，等东京客户确认色卡后再定BOM。",
     G("Outlook for Mac in Chinese (发件人:/日期:/收件人:/主题:). '第5项延期至11月19日' -> extend [5], 2025-11-19.",
       rep("extend", [5], None, "2025-11-19")), "Outlook for Mac zh: '第5项延期至11月19日'",
     new_due_calc=("md", 11, 19))

# ---------------------------------------------------------------- meeting G: 胡志明工厂品质异常 (Mon 2025-11-10 16:00)
case(3135, "outlook-en-confirm-item1-hcmc", "outlook_en", "G", "Nguyễn Văn Minh", "2025-11-10 16:30:12", 7,
     "Hi Tina,\n\nItem 1 confirmed. Rework line is set up, we will finish by Wed.\n\nRegards,\nMinh",
     G("Outlook en from HCMC, Date +0700 = 17:30 Shanghai. 'Item 1 confirmed' -> confirm [1]. 'by Wed' matches the due (11-12), not an extension.",
       rep("confirm", [1])), "Outlook en (+0700): 'Item 1 confirmed … finish by Wed'")
case(3136, "gmail-vi-progress-item2-8d", "gmail_vi", "G", "Trần Thị Lan", "2025-11-11 09:10:00", 7,
     "Item 2 (8D): 30% - root cause analysis done, waiting for the glue supplier's batch data.",
     G("Gmail vi. 'Item 2 (8D): 30%' -> progress [2] 30. 'root cause analysis done' is a sub-step, not done of the item; '8D' is not an item number.",
       rep("progress", [2], 30)), "Gmail vi: 'Item 2 (8D): 30% - root cause analysis done' (progress, not done)")
case(3137, "dingtalk-object-item3-reason", "dingtalk", "G", "苏文斌", "2025-11-10 17:05:44", 8,
     "第3项有异议：胶水来料检验应该由越南厂IQC负责，我这边只能远程审核报告，建议负责人改为Lan。",
     G("钉钉 mail: '第3项有异议：…' -> object [3]; the reason proposes reassignment.",
       rep("object", [3])), "钉钉 mail: '第3项有异议' with a reassignment proposal")
case(3139, "owa-zh-done-item4-utc", "owa_zh", "G", "何美玲", "2025-11-11 01:48:20", 0,
     "客户质量通报已回复Portland，抄送了各位。第4项完成。",
     G("Outlook on the web zh-CN, Date +0000 01:48 = 09:48 Shanghai 11-11. '第4项完成' -> done [4].",
       rep("done", [4])), "OWA zh-CN (+0000): '第4项完成'")
case(3151, "iphone-vi-done-item1-rework", "iphone_vi", "G", "Nguyễn Văn Minh", "2025-11-12 18:05:00", 7,
     "Item 1 rework completed, 1,240 pairs re-inspected OK.\n\nGửi từ iPhone của tôi",
     G("iPhone Mail with a Vietnamese UI ('Vào 15:00, Th 2, 10 thg 11, 2025, … đã viết:' and 'Gửi từ iPhone của tôi'). 'Item 1 rework completed' -> done [1]; '1,240 pairs' is a count.",
       rep("done", [1])), "iPhone vi: 'Item 1 rework completed' + Vietnamese footer")
case(3145, "auto-coremail-vacation", "coremail", "C", "郑海燕", "2025-10-15 16:20:41", 8,
     "这是一封自动回复邮件。您好，我正在外出参加广交会（10月15日-10月19日），邮件回复可能延迟，紧急事务请致电 0592-5786 300。",
     G("Coremail vacation auto-reply ('自动回复：' subject, Auto-Submitted: auto-replied) to the recap of meeting C, 41 s after it. Dates in the body are not commands. kind auto, reply null.",
       None, kind="auto"), "Coremail 自动回复 (Auto-Submitted) with dates -> kind auto",
     kind="auto", extra_subject="自动回复：Re: 金边工厂验厂整改跟进会纪要",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Coremail-Auto-Reply", "yes")])
case(3152, "gmail-zh-attribution-line", "gmail_zh", "E", "王静怡", "2025-10-27 18:30:06", 8,
     "确认，各项按表执行。",
     G("Gmail zh where the organizer typed her text straight onto the attribution line: '确认，各项按表执行。纪要助手 <…> 于2025年10月27日周一 18:10写道：'. The reply is '确认…' -> confirm []; the attribution text after it is quote.",
       rep("confirm")), "Gmail zh: reply typed on the attribution line ('确认，各项按表执行。纪要助手 <…> 于…写道：')")
case(3153, "foxmail-extend-item3-holiday-reason", "foxmail", "A", "Nguyễn Văn Minh", "2025-09-29 09:30:00", 7,
     "郑经理您好，\n第3项外协调拨方案想延期到10月15日，越南这边国庆不放假但晋江的产能数据要节后才有。\n\nMinh",
     G("Foxmail from the HCMC factory head writing Simplified Chinese, Date +0700 = 10:30 Shanghai 09-29. '第3项…延期到10月15日' -> extend [3], 2025-10-15.",
       rep("extend", [3], None, "2025-10-15")), "Foxmail: '第3项…想延期到10月15日' with holiday words in the reason",
     new_due_calc=("md", 10, 15))
