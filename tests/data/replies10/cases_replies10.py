# Case table for make_replies10.py (exec'd by it). Each gold date has a `calc` that recomputes it.
M1, M2, M3, M4, M5, M6 = (R[k] for k in ("M1", "M2", "M3", "M4", "M5", "M6"))
CEST, CET, PDT, PST, BDT, ICT, JST = tzinfo(2), tzinfo(1), tzinfo(-7), tzinfo(-8), tzinfo(6), tzinfo(7), tzinfo(9)

SIG_LIN = "\n\n林晓雯\n商品部 经理 | 绫澜服饰 LINGLAN APPAREL\n广州市海珠区新港东路xxx号 T: +86 20 8xxx 6612  M: 139 2xxx 0811\n"
DISCL = ("\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error, please notify the sender and delete it. Linglan Apparel accepts no liability for any "
         "damage caused by this e-mail.\n本邮件及其附件含有保密信息，仅限于发送给上述收件人。如您错误收到本邮件，请立即通知发件人并删除。\n")

# ---------------------------------------------------------------- M1 (recap Thu 2025-10-09 17:20)
case(2101, "qq-two-items-thumbs-up", "qq", M1, "陈可欣", rt("2025-10-09 17:48:12"),
     "收到，4、6两项都没问题👍\n",
     rep("confirm", [4, 6]),
     "陈可欣 (owner of 4 and 6) on Thu 2025-10-09 17:48, before the 18:00 objection cut-off. '4、6两项都没问题' -> "
     "confirm, items [4, 6] (bare numbers + 两项, no 第…项). Emoji in a gb18030 QQ body. Quote is QQ's "
     "'------------------ 原始邮件 ------------------' block whose recap footer lists every command word.",
     desc="QQ Mail gb18030 '收到，4、6两项都没问题👍' (numbers without 第…项, emoji) over the QQ 原始邮件 block")
case(2102, "foxmail-organizer-confirm-signature", "foxmail", M1, "林晓雯", rt("2025-10-09 17:55:40"),
     "确认无误，按表执行。" + SIG_LIN,
     rep("confirm"),
     "The organizer confirms the whole table. No item number -> items []. Signature has a phone number and an "
     "address with digits (xxx号) that are not items or dates. Foxmail GBK base64, quote starts at '发件人：' with "
     "full-width colons, no '>' prefix.",
     desc="Foxmail GBK: organizer '确认无误，按表执行。' + multi-line signature with phone numbers")
case(2103, "gmail-vi-done-item1", "gmail", M1, "阮氏兰", rt("2025-10-14 10:12:33", ICT),
     "Hi all,\n\nItem 1 done – the mill approved the AW25 wave-2 colour card this morning, scans are in the "
     "shared folder.\n\nThanks,\nLan\n--\nNguyễn Thị Lan | Sourcing Coordinator, HCMC office\n+84 90x xxx 218\n",
     rep("done", [1]),
     "Gmail with Vietnamese UI (HCMC, +0700; 11:12 Shanghai, Tue 10-14). 'Item 1 done' -> done [1]. The quote "
     "attribution is Gmail-vi 'Vào Th 5, 9 thg 10, 2025 vào lúc 16:20 纪要助手 <…> đã viết:' (recap time shown in "
     "the sender's zone), then '> ' lines.",
     qstyle=("attr", "gmail_vi", True), desc="Gmail (vi UI) English 'Item 1 done –…' under the Vietnamese 'Vào … đã viết:' attribution")
case(2104, "iphone-it-push-to-21st", "iphone", M1, "Giulia Rossi", rt("2025-10-13 10:05:51", CEST),
     "Can we push #2 to the 21st? Still waiting for the wool swatches from Biella, the coat fabrics drive the "
     "whole story.\n\nInviato da iPhone\n",
     rep("extend", [2], new_due="2025-10-21"),
     "iPhone with Italian UI in Milan (+0200) on Mon 10-13 (16:05 Shanghai). 'push #2 to the 21st' -> extend [2]; "
     "'the 21st' = the 21st of the current month, October -> 2025-10-21 (Tue, a working day). Signature "
     "'Inviato da iPhone'; attribution 'Il giorno 9 ott 2025, alle ore 11:20, 纪要助手 <…> ha scritto:'.",
     qstyle=("attr", "apple_it", True), calc=lambda c: D(sd(c).year, sd(c).month, 21),
     desc="iPhone (it) 'Can we push #2 to the 21st?' -> day-of-month only; 'Inviato da iPhone'")
case(2105, "outlook-en-two-more-days-la", "outlook_en", M1, "Daniel Ortiz", rt("2025-10-17 18:20:07", PDT),
     "Hi team,\n\nNeed two more days on item 3 - still waiting on the carriers' peak-season rates for the Black "
     "Friday inbound, can't finalize the stock plan without them.\n\nBest,\nDaniel Ortiz\nWarehouse Operations "
     "Manager | Linglan Apparel LA\nOntario, CA 91761 | +1 (909) 555-0143\n" + DISCL,
     rep("extend", [3], new_due="2025-10-22"),
     "Outlook (en-US) from Los Angeles: Date Fri 2025-10-17 18:20 -0700 = Sat 10-18 09:20 Shanghai. 'two more days "
     "on item 3' -> extend [3]. Convention of this set: 'N more days' extends the item's CURRENT due date (10-20) by "
     "N calendar days -> 2025-10-22 (Wed). Ambiguous (could be read as working days: also 10-22 here, since 10-21/10-22 "
     "are working days). The zip code 91761 and the disclaimer are noise.",
     calc=lambda c: c["rc"].due_of(3) + dt.timedelta(days=2),
     desc="Outlook en-US, -0700 Friday evening = Saturday in Shanghai; 'Need two more days on item 3' (relative to current due)")
case(2106, "outlook-tw-big5-done-item5", "outlook_tw", M1, "陳嘉欣", rt("2025-10-16 11:30:45"),
     "各位好，\n\n第5項付款計劃已更新完畢，詳見共享盤 Finance/Q4 資料夾，謝謝。\n\nKathy Chan 陳嘉欣\n"
     "Finance | Linglan Apparel (HK) Ltd.\nT: +852 2xxx 3071\n",
     rep("done", [5]),
     "Outlook zh-HK, Traditional Chinese in big5 quoted-printable. '第5項…已更新完畢' -> done [5] (項 not 项; "
     "'更新完畢' = finished). Quote block uses 寄件者/寄件日期/收件者/主旨.",
     desc="Outlook zh-TW/HK big5 QP '第5項付款計劃已更新完畢' (Traditional, 項/完畢) with 寄件者/主旨 quote header")
case(2107, "wecom-sample-shipped-by-name", "wecom", M1, "陈可欣", rt("2025-10-13 20:15:02"),
     "直播样衣已经寄出了，顺丰 SF1403925716，明天上午到主播那边\n",
     rep("done"),
     "企业微信 mail (Exmail backend), Mon 10-13 20:15. No item number: '直播样衣已经寄出了' names item 6 (双11直播样衣寄送) "
     "in the sender's own words -> done, items [] per the README ('[] if none'); the single clear task match is item 6 "
     "(she also owns item 4, 预售页面, which does not match). Tracking number and '明天上午' are not dates to record.",
     desc="企业微信 mail: '直播样衣已经寄出了' - task named, no number; clear match = #6 among the sender's two items")
case(2108, "163-object-item3-owner", "n163", M1, "何志强", rt("2025-10-09 17:58:20"),
     "第3项有异议：黑五备货方案不能只由LA仓出，广州这边的头程海运和清关时间要一起排，建议负责人加上我，截止时间也要"
     "往后放到10月24日。\n\n何志强\n",
     rep("object", [3]),
     "163 web (GBK), Thu 10-09 17:58 (before cut-off). '第3项有异议：…' -> object [3]. The reason proposes '10月24日' "
     "but this is an objection, not an extension request by the owner -> new_due_date null. The sender is not "
     "the owner (Daniel is); the objection is still recorded. Quote is NetEase '在 2025-10-09 17:20:31，\"纪要助手\" "
     "<…> 写道：' + '> ' lines.",
     desc="163 web GBK '第3项有异议：…建议…10月24日' - object with a date inside the reason (not extend)")
case(2109, "owa-finance-no-objection-item5", "owa", M1, "黃志明", rt("2025-10-10 02:10:44", dt.timezone.utc),
     "No objection from finance side. 第5项 OK。\n\nRaymond\n",
     rep("confirm", [5]),
     "Outlook on the web (Microsoft 365), Date +0000 02:10 = Fri 10-10 10:10 Shanghai (after the 10-09 cut-off, "
     "still a confirmation). 'No objection' + '第5项 OK' -> confirm [5]: 'objection' appears only negated. "
     "OWA '________________________________' line then 发件人/发送时间 block.",
     desc="OWA (+0000 Date) 'No objection from finance side. 第5项 OK。' - negated 'objection', mixed zh/en")
case(2110, "gmail-zh-presale-page-live", "gmail", M1, "陈可欣", rt("2025-10-14 16:30:18"),
     "预售页面已经上线了，链接 https://detail.tmall.com/item.htm?id=80xxxxxxx31 麻烦大家帮忙看下有没有问题～\n",
     rep("done"),
     "Gmail (zh UI), Tue 10-14 16:30, due day of item 4. No number: '预售页面已经上线了' names item 4 "
     "(天猫双11预售页面上线) -> done, items [] as written; the clear task match is item 4 (she also owns item 6). A "
     "URL with digits is noise.",
     qstyle=("attr", "gmail_zh", True), desc="Gmail zh: '预售页面已经上线了' + URL - task named, no number; clear match #4")
case(2111, "iphone-zh-gaoding-ambiguous", "iphone_zh", M1, "陈可欣", rt("2025-10-15 09:31:27"),
     "搞定了\n\n发自我的iPhone\n",
     rep("done"),
     "iPhone zh, Wed 10-15. '搞定了' alone -> intent done, items []. The sender owns two items in this meeting (4 and "
     "6) and names neither, so a careful assistant records nothing and asks which one (SPEC 6.3). NO-CHANGE case: "
     "the gold intent is done but no item can be updated.",
     desc="iPhone zh '搞定了' alone while the sender owns #4 and #6 -> done, items [], must ask (no change)")
case(2112, "auto-ooo-outlook-it", "exchange_auto", M1, "Giulia Rossi", rt("2025-10-09 11:21:03", CEST),
     "Sono fuori ufficio fino al 13 ottobre con accesso limitato alla posta. Per urgenze contattare Marco Bianchi "
     "(marco.bianchi@linglan.example.cn).\n\nI am out of the office until 13 October with limited access to e-mail. "
     "For urgent matters please contact Marco Bianchi.\n",
     None,
     "Exchange automatic reply in Italian/English to the recap ('Risposta automatica:'), Auto-Submitted: "
     "auto-replied, X-Auto-Response-Suppress and an empty Return-Path-less envelope. A date in the text ('13 "
     "ottobre') is not an extension. NO-CHANGE case: kind auto, reply null.",
     subject="Risposta automatica: " + M1.subject, kind="auto",
     extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "giulia.rossi@linglan.example.cn"),
                 ("Content-Language", "it-IT")],
     desc="Exchange out-of-office 'Risposta automatica:' (it/en) with a return date -> kind auto")

# ---------------------------------------------------------------- M2 (recap Tue 2025-10-21 16:05)
case(2113, "outlook-en-dhaka-pp-sample-done", "outlook_en", M2, "Rahim Chowdhury", rt("2025-10-27 15:40:10", BDT),
     "Dear Sir,\n\nPlease note the PP samples for the knit cardigan were dispatched today via DHL, AWB 4471 0923 55. "
     "Item 1 completed.\n\nBest Regards,\nRahim Chowdhury\nMerchandiser | Linglan Apparel Dhaka Liaison Office\n"
     "House 12, Road 7, Gulshan-1, Dhaka 1212\nCell: +880 17xx-xx4 512\n" + DISCL,
     rep("done", [1]),
     "Outlook en from Dhaka (+0600): Mon 10-27 15:40 = 17:40 Shanghai. 'Item 1 completed' -> done [1]. AWB number, "
     "address and postcode are noise; disclaimer in two languages.",
     desc="Outlook en (Dhaka +0600) 'Item 1 completed.' + address/AWB numbers + bilingual disclaimer")
case(2114, "gmail-pl-progress-60", "gmail", M2, "Tomasz Kowalski", rt("2025-10-22 09:14:55", CEST),
     "Hi Henry,\n\nitem 2 - BSCI audit is booked for 30 Oct, about 60% of the pre-audit checklist is ready.\n\n"
     "Pozdrawiam / Best regards\nTomasz Kowalski\nQC Partner Sp. z o.o., Łódź\n",
     rep("progress", [2], percent=60),
     "External QC agency (Gmail, Polish UI, +0200) on Wed 10-22. 'item 2 … about 60% … ready' -> progress [2], 60. "
     "'booked for 30 Oct' is the audit date inside the due (10-31), not an extension. Attribution 'wt., 21 paź 2025 o "
     "10:05 纪要助手 <…> napisał(a):'. Sender is outside allowed_domains: parse still gives kind reply.",
     qstyle=("attr", "gmail_pl", True), desc="Gmail (pl) 'item 2 - … about 60% …', audit date inside due (not extend); 'napisał(a):' attribution")
case(2115, "163-extend-next-wednesday", "n163", M2, "何志强", rt("2025-10-24 10:20:36"),
     "订舱那项（第3项）延期到下周三吧，船公司甩柜了，下周一才有新舱位。\n",
     rep("extend", [3], new_due="2025-10-29"),
     "163 web GBK, Fri 10-24 (the due day). '第3项' in brackets, '延期到下周三' -> extend [3]; 下周三 from Fri "
     "2025-10-24 = Wednesday of the following week = 2025-10-29. '下周一' is the reason, not the new date.",
     calc=lambda c: next_week_weekday(sd(c), 2),
     desc="163 web '订舱那项（第3项）延期到下周三' - next-week weekday vs a second weekday in the reason")
case(2116, "coremail-tracker-80-by-name", "coremail", M2, "周航", rt("2025-10-22 18:40:02"),
     "交期跟踪表更新了80%，剩下两个工厂的数据明天补齐。\n\n周航 供应链部\n",
     rep("progress", percent=80),
     "Coremail, Wed 10-22. No number: '交期跟踪表更新了80%' names item 4 (更新大货交期跟踪表) -> progress, percent 80, "
     "items [] as written; the sender owns items 4 and 5 and the words match only 4. '明天' is an estimate, not an "
     "extension. Quote '-----原始邮件-----'.",
     desc="Coremail '交期跟踪表更新了80%' - task named, sender owns #4 and #5, clear match #4")
case(2117, "feishu-buttons-done", "feishu", M2, "周航", rt("2025-10-27 11:00:48"),
     "纽扣替代方案定了，用回宁波那家，价格不变。第5项已完成。\n",
     rep("done", [5]),
     "飞书 mail, Mon 10-27. '第5项已完成' -> done [5]. Quote block 发件人/发送时间/收件人/主题 (Feishu style; see README).",
     desc="飞书 mail '…第5项已完成。' with a Feishu quote header")
case(2118, "dingtalk-bare-confirm", "dingtalk", M2, "林晓雯", rt("2025-10-21 17:30:00"),
     "确认。\n",
     rep("confirm"),
     "钉钉/阿里邮箱, Tue 10-21 17:30. A bare '确认。' from a participant -> confirm, items []. The quote starts at a "
     "long dash line then '发件人：…' '主　题：' (full-width space inside 主题).",
     desc="钉钉邮箱 (Alimail) bare '确认。' over the long-dash 发件人：/主　题： quote")
case(2119, "thunderbird-inline-under-row", "thunderbird", M2, "Rahim Chowdhury", rt("2025-10-21 19:10:29", BDT),
     None, rep("confirm", [1]),
     "Thunderbird 8bit, Tue 10-21 19:10 +0600 (21:10 Shanghai, after the cut-off). Bottom-posted inline answer: the "
     "recap is quoted with '> ' and 'Confirmed, will send by 28th.' sits directly under the quoted row '| 1 | "
     "寄出针织开衫产前样 |…' -> confirm, items [1] (the item is identified by the row it answers, not by a written "
     "number). '28th' is the existing due date, not a new one.",
     layout="inline", desc="Thunderbird 8bit inline answer 'Confirmed, will send by 28th.' under quoted row 1 (bottom-posting)")
case(2120, "gmail-android-bsci-done-by-name", "gmail", M2, "Tomasz Kowalski", rt("2025-10-31 08:02:13", CET),
     "BSCI audit done yesterday, full report to follow later today.\n\nSent from my Galaxy\n",
     rep("done"),
     "Gmail on Android (+0100 after DST ended), Fri 10-31. No number: 'BSCI audit done' names item 2 (安排BSCI验厂), the "
     "sender's only item -> done, items [] as written; the clear match is item 2. 'Sent from my Galaxy' is a "
     "signature.",
     desc="Gmail Android 'BSCI audit done yesterday' - task named in English against a Chinese task; sender's only item")

# ---------------------------------------------------------------- M3 English recap (Tue 2025-11-04 18:30)
case(2121, "apple-fr-progress-70", "apple_mail", M3, "Sophie Laurent", rt("2025-11-06 10:22:41", CET),
     "Bonjour à tous,\n\nLab dips approuvés sauf le coloris sable, on relance la teinturerie. Item 2 : 70 %.\n\n"
     "Sophie\n",
     rep("progress", [2], percent=70),
     "Apple Mail (French UI) Thu 11-06 10:22 +0100. 'Item 2 : 70 %' (French spacing before ':' and '%') -> progress "
     "[2], 70. Attribution 'Le 4 nov. 2025 à 11:30, 纪要助手 <…> a écrit :'.",
     qstyle=("attr", "apple_fr", True), desc="Apple Mail (fr) 'Item 2 : 70 %.' with French spacing; 'a écrit :' attribution")
case(2122, "gmail-ja-extend-nov14", "gmail", M3, "田中健", rt("2025-11-05 10:15:09", JST),
     "Marco様\n\nお世話になっております。光誠ファスナーの田中です。\n#3 のアンティークブラスのファスナーサンプルですが、メッキ工程の"
     "都合で11月14日発送となります。恐れ入りますが、11月14日まで延期をお願いできますでしょうか。\n\nよろしくお願いいたします。\n田中\n",
     rep("extend", [3], new_due="2025-11-14"),
     "Japanese supplier, Gmail (ja UI, +0900) Wed 11-05 (09:15 Shanghai). '#3 … 11月14日まで延期をお願い' -> extend [3] "
     "2025-11-14. Attribution '2025年11月4日(火) 19:30 纪要助手 <…>:' (Japanese Gmail has no 写道). Body UTF-8 "
     "(Gmail), Japanese only.",
     qstyle=("attr", "gmail_ja", True), calc=lambda c: D(2025, 11, 14),
     desc="Gmail (ja) Japanese '#3 …11月14日まで延期をお願い' - extend in Japanese; attribution ending '<addr>:'")
case(2123, "gmail-ko-quote-sent-by-name", "gmail", M3, "Kim Ji-woo", rt("2025-11-07 16:40:27", JST),
     "Hi Marco,\n\nPrice quote for the nylon taffeta is sent to your mailbox this afternoon - done from our side.\n"
     "견적서 첨부해서 보내드렸습니다.\n\nKim Ji-woo / Hansol Textile\n",
     rep("done"),
     "Korean mill (Gmail ko UI, +0900) Fri 11-07, the due day. No number: 'Price quote for the nylon taffeta … done' "
     "names item 4, her only item -> done, items [] as written; clear match item 4. Attribution '2025년 11월 4일 (화) "
     "오후 7:30, 纪要助手 <…>님이 작성:'.",
     qstyle=("attr", "gmail_ko", True), desc="Gmail (ko) 'Price quote … done' - task named, sender's only item; '님이 작성:' attribution")
case(2124, "thunderbird-de-punkt6-erledigt", "thunderbird", M3, "Lukas Becker", rt("2025-11-05 09:03:17", CET),
     "Hallo zusammen,\n\nzu Punkt 6: Kapazität bei der Weberei in Biella ist bestätigt, 1.200 m für KW 49. "
     "Erledigt.\n\nViele Grüße\nLukas Becker\n-- \nBecker Textilagentur GmbH, Prato/Frankfurt\n",
     rep("done", [6]),
     "German fabric agent, Thunderbird (de) 8bit, Wed 11-05. 'zu Punkt 6 … Erledigt.' -> done [6]. 'KW 49' and "
     "'1.200 m' are not dates/percentages. Attribution 'Am 04.11.25 um 11:30 schrieb 纪要助手:'; sig separator '-- '.",
     qstyle=("attr", "tb_de", True), desc="Thunderbird (de) 'zu Punkt 6: … Erledigt.' - German item word; 'Am … schrieb …:'")
case(2125, "outlook-nl-extend-monday-17", "outlook_nl", M3, "Jan de Vries", rt("2025-11-10 14:12:50", CET),
     "Hi all,\n\nFor item 7 we need until Monday 17 November - two carriers still have to come back with their "
     "rates for the Rotterdam consolidation.\n\nMet vriendelijke groet,\nJan de Vries\nNoordzee Logistics B.V.\n",
     rep("extend", [7], new_due="2025-11-17"),
     "Dutch forwarder, Outlook (nl-NL) Mon 11-10. 'For item 7 we need until Monday 17 November' -> extend [7] "
     "2025-11-17 (a Monday: weekday and date agree). Quote header Van/Verzonden/Aan/Onderwerp.",
     calc=lambda c: D(2025, 11, 17), desc="Outlook (nl) 'For item 7 we need until Monday 17 November' under Van:/Verzonden:/Onderwerp:")
case(2126, "outlook-mac-organizer-confirm", "outlook_mac", M3, "Marco Bianchi", rt("2025-11-04 12:02:38", CET),
     "All good from my side – confirmed.\n\nMarco\n\nMarco Bianchi\nHead of Design Studio, Milano\nVia Tortona xx, "
     "20144 Milano\n",
     rep("confirm"),
     "Organizer, Outlook for Mac, Tue 11-04 12:02 +0100 (19:02 Shanghai, after the 18:00 cut-off; still a "
     "confirmation). 'confirmed' -> confirm, items [].",
     desc="Outlook for Mac organizer 'All good from my side – confirmed.' after the cut-off")
case(2127, "iphone-en-sketches-90", "iphone", M3, "Giulia Rossi", rt("2025-11-12 19:47:02", CET),
     "Sketches are 90% there, final pack on Friday.\n\nSent from my iPhone\n",
     rep("progress", percent=90),
     "iPhone en, Wed 11-12 19:47 +0100 = Thu 11-13 02:47 Shanghai. No number: 'Sketches are 90% there' names item 1 "
     "(Finalise SS26 capsule sketches), her only item in this meeting -> progress 90, items [] as written; clear "
     "match item 1. 'final pack on Friday' = the due date (11-14), not an extension.",
     desc="iPhone en 'Sketches are 90% there, final pack on Friday' - task named, percent, estimate not extension")
case(2128, "auto-ooo-japanese", "exchange_auto", M3, "田中健", rt("2025-11-04 19:31:12", JST),
     "誠に勝手ながら、11月3日から11月5日まで出張のため不在にしております。11月6日以降に順次ご返信いたします。\n"
     "お急ぎの場合は営業部 佐藤までご連絡ください。\n",
     None,
     "Japanese out-of-office (自動応答) from the zipper supplier: Auto-Submitted: auto-replied, subject '自動応答: …'. "
     "Dates in the body are not an extension. NO-CHANGE case: kind auto, reply null.",
     subject="自動応答: " + M3.subject, kind="auto",
     extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("Content-Language", "ja-JP")],
     desc="Japanese out-of-office '自動応答:' with dates -> kind auto")
case(2129, "apple-fr-question-item2", "apple_mail", M3, "Sophie Laurent", rt("2025-11-05 09:40:00", CET),
     "Quick question on item 2: do the lab dips also need Giulia's sign-off, or is mine enough for the mill?\n\n"
     "Merci,\nSophie\n",
     rep("unknown", [2]),
     "A question about item 2, no command. NO-CHANGE case: intent 'unknown' (SPEC section 5 value; the corpus README "
     "lists none for questions), items [2] as written. 'sign-off' must not be read as done/confirm.",
     qstyle=("attr", "apple_fr", True), desc="Apple Mail (fr) question about item 2 -> intent unknown, no change")

# ---------------------------------------------------------------- M4 (recap Thu 2025-11-20 17:45)
case(2130, "outlook-tw-extend-dec1", "outlook_tw", M4, "黃志明", rt("2025-11-21 09:15:26"),
     "第4項延期至12月1日，銀行報價下週一才出。\n\n黃志明 Raymond Wong\nFinancial Controller\n",
     rep("extend", [4], new_due="2025-12-01"),
     "The organizer extends his own item, Outlook zh-HK big5 QP, Fri 11-21. '第4項延期至12月1日' -> extend [4] "
     "2025-12-01 (Mon). '下週一' (11-24) in the reason is Traditional 週 and not the new date.",
     calc=lambda c: D(2025, 12, 1), desc="Outlook zh-TW big5 '第4項延期至12月1日，銀行報價下週一才出' - date vs 下週一 in reason")
case(2131, "gmail-es-item2-done", "gmail", M4, "Daniel Ortiz", rt("2025-11-24 17:05:33", PST),
     "Hola,\n\nEl inventario ya cuadra: la diferencia era un error de SKU en la recepción del 14/11. Item 2 done.\n\n"
     "Saludos,\nDaniel\n",
     rep("done", [2]),
     "Gmail (es UI) from LA: Mon 11-24 17:05 -0800 = Tue 11-25 09:05 Shanghai. 'Item 2 done' -> done [2]. '14/11' "
     "is a past receiving date (d/m), not a command. Attribution 'El jue, 20 nov 2025 a las 1:45, 纪要助手 (<…>) "
     "escribió:' (recap time in LA).",
     qstyle=("attr", "gmail_es", True), desc="Gmail (es) Spanish 'Item 2 done.' with a d/m date in the text; 'escribió:' attribution")
case(2132, "gmail-vi-vat-80", "gmail", M4, "阮氏兰", rt("2025-11-26 14:03:11", ICT),
     "Chị Kathy ơi,\n\nItem 3: đã thu được 4/5 hóa đơn VAT, khoảng 80%. Hóa đơn còn lại nhà máy hứa gửi thứ Sáu.\n\n"
     "Lan\n",
     rep("progress", [3], percent=80),
     "Vietnamese body (Gmail vi), Wed 11-26. 'Item 3: … khoảng 80%' -> progress [3], 80 ('4/5' agrees). 'thứ Sáu' "
     "(Friday) is an estimate inside the due date 11-28.",
     qstyle=("attr", "gmail_vi", True), desc="Gmail (vi) Vietnamese 'Item 3: … khoảng 80%' + '4/5'")
case(2133, "apple-tw-inline-row1", "apple_mail", M4, "陳嘉欣", rt("2025-11-24 18:22:05"),
     None, rep("done", [1]),
     "Apple Mail (zh-TW UI), Mon 11-24. Short top line '見下面' then the quoted recap with '> '; under the quoted row "
     "'> | 1 | 核对10月供应商应付账款 | 陳嘉欣 | …' she wrote '已完成，差額已回寫系統 👌'. -> done [1] (the item is the "
     "row she answered under). Attribution '2025年11月20日 下午5:45，纪要助手 <…> 寫道：'.",
     layout="inline", qstyle=("attr", "apple_tw", True),
     desc="Apple Mail zh-TW inline '已完成…' under quoted row 1 with a top line '見下面'")
case(2134, "outlook-android-thanks", "outlook_android", M4, "Rahim Chowdhury", rt("2025-11-20 16:10:44", BDT),
     "Thank you for the summary.\n\nGet Outlook for Android\n",
     rep("unknown"),
     "A thank-you with no command (Outlook for Android, Thu 11-20 18:10 Shanghai). NO-CHANGE case: intent 'unknown', "
     "items []. Ambiguous: some would read thanks as acknowledgement, but it neither confirms nor objects; a careful "
     "assistant records nothing (the item is confirmed anyway at the cut-off).",
     desc="Outlook for Android 'Thank you for the summary.' -> unknown, no change")
case(2135, "auto-ooo-exchange-zhtw", "exchange_auto", M4, "陳嘉欣", rt("2025-11-20 17:46:02"),
     "您好，本人於11月20日至11月23日休假，期間未能查閱郵件。如有急事請聯絡黃志明先生。\n"
     "I am on leave from 20 to 23 November. For urgent matters please contact Raymond Wong.\n",
     None,
     "Exchange out-of-office in Traditional Chinese ('自動回覆:'), Auto-Submitted: auto-replied, sent one minute after "
     "the recap. NO-CHANGE case: kind auto, reply null.",
     subject="自動回覆: " + M4.subject, kind="auto", label="big5", cte="base64",
     extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "kathy.chan@linglan.example.cn")],
     desc="Exchange out-of-office '自動回覆:' big5 -> kind auto")
case(2136, "outlook-android-petty-cash-done", "outlook_android", M4, "Rahim Chowdhury", rt("2025-11-26 12:30:09", BDT),
     "Item 5 - submitted the petty cash claim to HK finance yesterday, originals going by courier.\n\nRahim\n\n"
     "Get Outlook for Android\n",
     rep("done", [5]),
     "Outlook for Android, Wed 11-26. 'Item 5 - submitted …' -> done [5] ('submitted' = the deliverable is handed "
     "in).",
     desc="Outlook for Android 'Item 5 - submitted the petty cash claim…' (done without the word done)")

# ---------------------------------------------------------------- M5 (recap Fri 2025-12-26 17:10)
case(2137, "qq-extend-3-workdays-new-year", "qq", M5, "陈可欣", rt("2025-12-30 22:40:15"),
     "主图拍摄要往后推一下，模特档期撞了，3个工作日内交，麻烦刘总批一下🙏\n",
     rep("extend", new_due="2026-01-05"),
     "QQ Mail, Tue 2025-12-30 22:40. No number: '主图拍摄' names item 1 (年货节主图拍摄), her only item here -> extend, "
     "items [] as written. '3个工作日内' counted from the day after sending with the 2026 New Year holiday: 12-31 (1), "
     "01-01..01-03 holiday, Sun 01-04 make-up working day (2), Mon 01-05 (3) -> 2026-01-05. Ambiguous alternative "
     "(3 working days after the old due 12-31 = 01-06) not used: the corpus rule counts from the send date.",
     calc=lambda c: add_workdays(sd(c), 3),
     desc="QQ '主图拍摄要往后推…3个工作日内交' - task named; 3 working days across New Year 2026 and the 01-04 make-up Sunday")
case(2138, "outlook-zh-cutoff-notice-done", "outlook_zh", M5, "何志强", rt("2025-12-29 10:00:52"),
     "刘经理，\n\n第2项截单公告已经发到全员群和官网了，已完成。\n\n何志强\n供应链部 物流主管\n",
     rep("done", [2]),
     "Outlook zh-CN (gb2312 base64), Mon 12-29. '第2项…已完成' -> done [2].",
     desc="Outlook zh-CN gb2312 '第2项…已完成。' with 发件人/发送时间 quote")
case(2139, "mailmaster-confirm-3-5", "mailmaster", M5, "杜雨桐", rt("2025-12-26 18:30:11"),
     "第3、5项确认，没问题\n\n发自网易邮箱大师\n",
     rep("confirm", [3, 5]),
     "网易邮箱大师, Fri 12-26 18:30 (after the cut-off). '第3、5项确认' -> confirm [3, 5]. '发自网易邮箱大师' is a "
     "signature; quote '---- 回复的原邮件 ----' with '| 发件人 |' rows.",
     desc="网易邮箱大师 '第3、5项确认，没问题' + '发自网易邮箱大师'")
case(2140, "apple-zh-training-done-by-name", "apple_mail", M5, "杜雨桐", rt("2026-01-06 17:50:31"),
     "话术培训弄好了，录屏放群文件了。\n\n杜雨桐\n",
     rep("done"),
     "Apple Mail zh, Tue 2026-01-06 (the due day of item 5). No number: '话术培训弄好了' names item 5 "
     "(年货节客服话术培训); the sender also owns item 3 (会员积分规则更新), which does not match -> done, items [] as "
     "written; clear match item 5.",
     desc="Apple Mail zh '话术培训弄好了' - task named, sender owns #3 and #5, clear match #5")
case(2141, "gmail-ios-returns-65", "gmail", M5, "Daniel Ortiz", rt("2026-01-05 08:12:40", PST),
     "Quick update: returns backlog is at about 65%, we lost 3 days to the holiday closure. Still on track for Jan 9.\n"
     "\nDaniel\nSent from Gmail for iOS\n",
     rep("progress", percent=65),
     "Gmail iOS, Mon 2026-01-05 08:12 -0800 = 01-06 00:12 Shanghai. No number: 'returns backlog' names item 4 (LA仓退货"
     "积压清理), his only item -> progress 65, items [] as written; clear match item 4. 'Jan 9' = the existing due, "
     "not an extension; '3 days' is a past fact.",
     desc="Gmail iOS 'returns backlog is at about 65%…on track for Jan 9' - task named; date that is not an extension")
case(2142, "gmail-zh-reply-on-attribution-line", "gmail", M5, "刘振宇", rt("2025-12-26 17:32:08"),
     "确认 ", rep("confirm"),
     "The organizer typed on the attribution line itself: the first text line is '确认 纪要助手 <…> 于2025年12月26日"
     "周五 17:10写道：' (no blank line between the reply and the attribution). -> confirm, items []. A quote "
     "stripper that drops the whole attribution line loses the command.",
     qstyle=("attr", "gmail_zh", True), layout="attrline",
     desc="Gmail zh: '确认' typed on the same line as '… 于…写道：'")
case(2143, "outlook-zh-question-item2", "outlook_zh", M5, "何志强", rt("2025-12-29 09:20:11"),
     "请问第2项的截单公告要不要同步给越南和孟加拉工厂？他们春节放假时间跟我们不一样。\n\n何志强\n",
     rep("unknown", [2]),
     "A question about item 2 (Outlook zh-CN, Mon 12-29). NO-CHANGE case: intent 'unknown', items [2] as written; "
     "'春节' and '放假' are not dates for the item.",
     desc="Outlook zh-CN question '请问第2项…要不要同步…？' -> unknown, no change")
case(2144, "gmail-en-wrapped-attribution-progress", "gmail", M5, "杜雨桐", rt("2025-12-31 11:08:44"),
     "item 3 积分规则 进度50%，法务还在review\n",
     rep("progress", [3], percent=50),
     "Gmail en UI, Wed 12-31. 'item 3 … 进度50%' -> progress [3], 50 (mixed zh/en). The plain-text attribution is "
     "wrapped over two lines ('On Fri, Dec 26, 2025 at 5:10 PM 纪要助手 <minutes+r…@…>' / 'wrote:'), as Gmail does "
     "when the address is long.",
     desc="Gmail en 'item 3 积分规则 进度50%' with the 'On … wrote:' attribution wrapped over two lines")

# ---------------------------------------------------------------- M6 (recap Thu 2026-02-05 16:40)
case(2145, "coremail-extend-march2", "coremail", M6, "周航", rt("2026-02-13 10:05:30"),
     "第3项复工统计延期至3月2日，节后工人返岗时间还没定。\n\n周航\n",
     rep("extend", [3], new_due="2026-03-02"),
     "Coremail, Fri 2026-02-13 (last working day before Spring Festival is Sat 02-14 make-up). '第3项…延期至3月2日' -> "
     "extend [3] 2026-03-02 (Mon).",
     calc=lambda c: D(2026, 3, 2), desc="Coremail '第3项…延期至3月2日' before Spring Festival 2026")
case(2146, "outlook-zh-5-workdays-spring-festival", "outlook_zh", M6, "阮氏兰", rt("2026-02-10 15:20:08"),
     "周经理，第1项面料还差两卷，申请延期，5个工作日内到厂。\n\n阮氏兰\n",
     rep("extend", [1], new_due="2026-02-24"),
     "Outlook zh-CN, Tue 2026-02-10. '第1项…申请延期，5个工作日内到厂' -> extend [1]; 5 working days from the day after "
     "sending: 02-11 (1), 02-12 (2), 02-13 (3), Sat 02-14 make-up (4), 02-15..02-23 Spring Festival holiday, Tue 02-24 "
     "(5) -> 2026-02-24.",
     calc=lambda c: add_workdays(sd(c), 5),
     desc="Outlook zh-CN '5个工作日内到厂' across Spring Festival 2026 and the 02-14 make-up Saturday")
case(2147, "gmail-pl-confirm-item4", "gmail", M6, "Tomasz Kowalski", rt("2026-02-06 08:45:19", CET),
     "Item 4 confirmed, the QC plan will follow next week.\n\nPozdrawiam\nTomasz\n",
     rep("confirm", [4]),
     "Gmail (pl UI), Fri 02-06. 'Item 4 confirmed' -> confirm [4]; 'next week' is an estimate for the plan, not a "
     "date to record.",
     qstyle=("attr", "gmail_pl", True), desc="Gmail (pl) 'Item 4 confirmed, … next week' ")
case(2148, "outlook-en-progress-40-disclaimer", "outlook_en", M6, "Rahim Chowdhury", rt("2026-02-09 13:40:55", BDT),
     "Dear Henry Bhai,\n\nItem 2: 40% - line plan drafted, waiting for the yarn ETA from the spinner.\n\n"
     "Best Regards,\nRahim Chowdhury\nMerchandiser | Dhaka Liaison Office\n" + DISCL,
     rep("progress", [2], percent=40),
     "Outlook en from Dhaka, Mon 02-09. 'Item 2: 40%' -> progress [2], 40. Top-posted over the Outlook "
     "From/Sent/To/Subject block; bilingual disclaimer.",
     desc="Outlook en 'Item 2: 40% - …' top-posted, long disclaimer")
case(2149, "auto-ooo-spring-festival-coremail", "exchange_auto", M6, "周航", rt("2026-02-05 16:41:02"),
     "您好！我于2月5日至2月6日在越南工厂出差，2月14日至2月24日春节休假，期间邮件不能及时回复，急事请致电。祝新春快乐！\n",
     None,
     "Coremail 自动回复 ('自动回复：' subject, Auto-Submitted: auto-replied, X-Mailer Coremail) one minute after the recap. "
     "NO-CHANGE case: kind auto, reply null; the dates are a leave period.",
     subject="自动回复：" + M6.subject, kind="auto",
     extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.13")],
     desc="Coremail 自动回复 during Spring Festival -> kind auto")
case(2150, "ntes-qiye-organizer-confirm", "ntes_qiye", M6, "周航", rt("2026-02-05 17:05:48"),
     "确认，节前按此执行。各位辛苦了！\n\n周航\n供应链部 经理\n",
     rep("confirm"),
     "网易企业邮箱 web (Coremail-based, UTF-8), Thu 02-05. Organizer '确认' -> confirm, items []. '节前' is not a date. "
     "Quote '在 2026-02-05 16:40:09，\"纪要助手\" <…> 写道：'.",
     desc="网易企业邮箱 organizer '确认，节前按此执行。' with NetEase attribution")

case(2151, "outlook-zh-object-by-task-name", "outlook_zh", M5, "杜雨桐", rt("2025-12-26 17:40:27"),
     "刘经理，\n\n会员积分规则那项我有异议：积分成本要财务一起评估，不是电商部一家能定的，1月7日前也出不了终稿，建议负责人改成"
     "财务+电商，时间会上再议。\n\n杜雨桐\n电商部 会员运营\n",
     rep("object"),
     "Outlook zh-CN gb2312, Fri 12-26 17:40 (before the 18:00 cut-off). '会员积分规则那项我有异议' -> object; no number, "
     "the task named is item 3 (会员积分规则更新, her own item; she also owns 5) -> items [] as written, clear match 3. "
     "'1月7日前' repeats the current due inside the reason: no new date.",
     desc="Outlook zh-CN '会员积分规则那项我有异议：…' - objection by task name, date inside the reason")
case(2152, "apple-fr-objection-item2-en", "apple_mail", M3, "Sophie Laurent", rt("2025-11-04 10:41:12", CET),
     "Objection on item 2: 10 Nov is not realistic, the dye house in Como only runs linen on Wednesdays. Could we "
     "discuss it at Thursday's stand-up before you lock the date?\n\nSophie Laurent\nPattern & Fabric Developer | "
     "Linglan Milano\n",
     rep("object", [2]),
     "Apple Mail (fr UI) but English text, Tue 11-04 10:41 +0100 = 17:41 Shanghai, before the cut-off. 'Objection on "
     "item 2' -> object [2]. 'Thursday' and '10 Nov' are in the reason; she proposes no new date (not extend).",
     qstyle=("attr", "apple_fr", True),
     desc="Apple Mail (fr) English 'Objection on item 2: 10 Nov is not realistic…' - weekday in reason, not extend")


# ---- bodies that need the quote inside them (inline answers, wrapped attribution)
def _inline_tb(c):
    rc = c["rc"]
    attr = attr_for("tb_en", rc, c["date"].tzinfo)
    lines = rc.text().rstrip("\n").split("\n")
    out = [attr, ""]
    for l in lines:
        out.append(("> " + l).rstrip())
        if l.startswith("| 1 |"):
            out += ["", "Confirmed, will send by 28th.", ""]
    return "\n".join(out) + "\n\nRahim\n"


def _inline_apple_tw(c):
    rc = c["rc"]
    attr = attr_for("apple_tw", rc, c["date"].tzinfo)
    lines = rc.text().rstrip("\n").split("\n")
    out = ["見下面", "", "> " + attr, ">"]
    for l in lines:
        out.append(("> " + l).rstrip())
        if l.startswith("| 1 |"):
            out += ["", "已完成，差額已回寫系統 👌", ""]
    return "\n".join(out) + "\n"


for _c in CASES:
    if _c["num"] == 2119:
        _c["body"] = _inline_tb(_c)
    if _c["num"] == 2133:
        _c["body"] = _inline_apple_tw(_c)
    if _c["num"] == 2144:
        _c["wrap_attr"] = lambda a: a.replace("> wrote:", ">\nwrote:")
