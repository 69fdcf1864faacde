"""Case list for replies26 (imported by make_replies26.py). Each case's `calc` is the new_due_date recomputed
from chinesecalendar against the reply's own Date header in Asia/Shanghai; main() compares it with the gold."""
import datetime as dt

def define(case, g, T, tz, R, RECAPS, H, CASES):
    D = lambda s: dt.date.fromisoformat(s)
    def last(calc=None):
        CASES[-1]["calc"] = calc
    IT, ZA, PK, VN, HU, CO, AE, DE, KR, JP = tz(2), tz(2), tz(5), tz(7), tz(2), tz(-5), tz(4), tz(2), tz(9), tz(9)

    # ---------------- R1: English recap, overseas service weekly sync, Tue 2026-09-22 17:05
    case("outlook-it-done-item1-disclaimer", "outlook_it", "Marco Bellini", "R1", T(2026, 9, 23, 10, 12, IT),
         ["Hi Simon,", "", "item 1 done - the two SUN-8K units left Treviso this morning with DHL, AWB 7734 2210 95.",
          "Please let your RMA team know they should arrive in Xiamen early next week.", "", "Regards,", "Marco Bellini",
          "Service Manager | Solare Veneto S.r.l.", "Via dell'Industria 14, 31100 Treviso (TV)", "Tel. +39 0422 555 018 | Mob. +39 347 555 0192", "",
          "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi",
          "altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate (D.Lgs. 196/2003 e GDPR UE 2016/679)."],
         g("done", [1]), notes="Italian Outlook desktop reply (iso-8859-1 QP, +0200) to the English recap R1. 'item 1 done' -> done [1]. 'early next week' is the shipment ETA, not a date command. Quote header is Italian Outlook 'Da: / Inviato: / A: / Oggetto:' with the recap time shown in CEST (11:05). Signature with phone numbers and an Italian GDPR disclaimer follow the command.")
    last()
    case("gmail-en-push-item2-to-30th", "gmail_en", "Thabo Nkosi", "R1", T(2026, 9, 24, 8, 47, ZA),
         ["Hi all,", "", "Can we push #2 to the 30th? Our MD only signs off the Q3 numbers on Tuesday.", "", "Thanks", "Thabo", "", "--",
          "Thabo Nkosi | After-Sales Lead", "SunVolt Distribution (Pty) Ltd | Midrand, Gauteng", "+27 11 555 0143"],
         g("extend", [2], new="2026-09-30"), notes="Gmail web (English UI) from Johannesburg (+0200; 14:47 in Shanghai on Thu 2026-09-24). 'push #2 to the 30th' -> extend [2]; 'the 30th' = the 30th of the current month (2026-09-30), which is after the send date. 'on Tuesday' is the reason (sign-off), not the new date. Gmail wraps the attribution line over two lines ('... 纪要助手 <' / 'minutes+r…> wrote:').")
    _d = H["sh_date"](T(2026, 9, 24, 8, 47, ZA)); last(_d.replace(day=30) if _d.day <= 30 else None)  # 'the 30th' = this month's 30th
    case("outlook-en-progress-by-task-lahore", "outlook_en", "Usman Tariq", "R1", T(2026, 9, 26, 11, 30, PK),
         ["Dear Mr Chen,", "", "Quick status on the Lahore rooftop firmware upgrade: 12 of the 20 sites are on v3.2.1 now, so roughly 60% done.",
          "Remaining 8 sites need a site visit, we plan them Mon-Tue.", "", "Best regards,", "Usman Tariq", "Field Service Engineer",
          "Lahore Solar Solutions (Pvt) Ltd.", "Cell: +92 300 555 7781"],
         g("progress", [], 60), notes="Outlook desktop (English, +0500) on Sat 2026-09-26 (Mid-Autumn holiday in China, a working day in Pakistan). No item number: the task is named ('Lahore rooftop firmware upgrade' = item 3, the sender's only item in R1) -> progress, items [] as written, percent 60 ('roughly 60%'; 12 of 20 agrees). 'Mon-Tue' is a plan, not an extension. Quote is Outlook '-----Original Message-----' + From/Sent/To/Subject.")
    last()
    case("gmail-vi-done-item4", "gmail_vi", "Nguyễn Văn Minh", "R1", T(2026, 9, 24, 16, 20, VN),
         ["Dear Mr Chen,", "", "The alarm logs from Binh Thuan (inverters INV-03 to INV-11, 1-21 Sep) are uploaded to the shared folder.", "Item 4 completed.", "",
          "Trân trọng,", "Nguyễn Văn Minh", "O&M Supervisor - Mekong EPC JSC", "ĐT: +84 28 5555 6120"],
         g("done", [4]), notes="Gmail with Vietnamese UI: attribution 'Vào Th 3, 22 thg 9, 2026 vào lúc 16:05 纪要助手 <' wrapped over two lines ending 'đã viết:'. 'Item 4 completed' -> done [4]. '1-21 Sep' and 'INV-03 to INV-11' are data ranges, not items or dates.")
    last()
    case("iphone-zh-extend-after-holiday", "iphone_zh", "黄俊杰", "R1", T(2026, 9, 29, 9, 5),
         ["陈总，第5项需要延期，越南那边日志昨天才传全，节后第一个工作日给结论。"],
         g("extend", [5], new="2026-10-08"), notes="iPhone Mail (zh) on Tue 2026-09-29. '第5项需要延期 … 节后第一个工作日' -> extend [5]; 节后 = after the National Day holiday (10-01..10-07), whose first working day is Thu 2026-10-08 (computed with chinesecalendar). '昨天' is the reason. '发自我的iPhone' is the signature; the quote follows with '> 在 2026年9月22日，17:05，纪要助手 <…> 写道：'.")
    last(H["first_wd_after_holiday"](D("2026-10-01")))
    case("gmail-hu-progress-item6-half", "gmail_hu", "Kovács Péter", "R1", T(2026, 9, 28, 9, 30, HU),
         ["Hi Simon,", "", "relabelling in Budapest (item 6) is roughly 50% done - 140 of 280 units have the new safety labels.", "The rest next week, we are short of label stock.", "",
          "Üdv,", "Péter", "", "Kovács Péter", "raktárvezető / warehouse lead", "Napenergia Kft., 1097 Budapest", "+36 1 555 2290"],
         g("progress", [6], 50), notes="Gmail with Hungarian UI: attribution '纪要助手 <…> ezt írta (időpont: 2026. szept. 22., K, 11:05):'. '(item 6) is roughly 50% done' -> progress [6], 50. 'next week' is an estimate inside the due date (10-09), not an extension.")
    last()
    case("gmail-pl-done-item7-stock-count", "gmail_pl", "Piotr Nowak", "R1", T(2026, 9, 24, 14, 5, HU),
         ["Hello,", "", "stock count of the Budapest warehouse attached (xlsx, 1 312 lines). Item 7 done.", "", "Pozdrawiam / Best regards", "Piotr Nowak", "Logistics, Napenergia Kft."],
         g("done", [7]), notes="Gmail with Polish UI: attribution 'wt. 22 wrz 2026 o 11:05 纪要助手 <…>' / 'napisał(a):' (Gmail puts napisał(a): on its own line when wrapping). 'Item 7 done' -> done [7]. The file is mentioned but not attached (common). Piotr is Polish working for the Hungarian distributor.")
    last()
    case("outlook-es-two-more-days-item8-utc-minus5", "outlook_es", "Andrés Gómez", "R1", T(2026, 9, 27, 21, 40, CO),
         ["Hi Simon,", "", "need two more days on item 8, the broker in Cartagena is still waiting for the certificate of origin from Tianjin.", "", "Saludos,",
          "Andrés Gómez", "Gerente de Operaciones | Solandes S.A.S.", "Bogotá, Colombia | +57 601 555 4470"],
         g("extend", [8], new="2026-09-30"), notes="Outlook desktop with Spanish UI from Bogotá: Date Sun 2026-09-27 21:40 -0500 = Mon 2026-09-28 10:40 in Shanghai. 'need two more days on item 8' -> extend [8]. Convention of this set: 'N more days' on an item = its current due date (2026-09-28 in the quoted recap) + N calendar days = 2026-09-30 (a working day). Quote header '________________________________' / 'De: / Enviado: / Para: / Asunto:' with the recap time in Bogotá time (04:05).")
    last(H["add_days"](D("2026-09-28"), 2))
    case("iphone-en-done-item9-install-date", "iphone_en", "Omar Haddad", "R1", T(2026, 9, 29, 7, 15, AE),
         ["Item 9: install date confirmed with the client, 14 Oct. Done 👍"],
         g("done", [9]), notes="iPhone Mail (English) from Dubai. 'Item 9 … Done 👍' -> done [9]. '14 Oct' is the installation date the task asked to confirm, not a new due date. 'Sent from my iPhone' then '> On 22 Sep 2026, at 13:05, 纪要助手 <…> wrote:' (recap time in Dubai, +0400).")
    last()
    case("foxmail-done-by-task-spare-prices", "foxmail", "林佳怡", "R1", T(2026, 9, 23, 11, 20),
         ["备件报价已经发给Andrés和Omar了，这项搞定。", "", "", "林佳怡 Joy Lin", "海外服务部 | 鹭能电气", "Tel: 0592-555 8862"],
         g("done", []), notes="Foxmail (GBK base64) top-post. No item number: '备件报价' names the task 'quote spare-part prices for Colombia and UAE' = item 10, her only item in R1 -> done, items [] as written. Andrés/Omar are recipients named in the text, not owners. Foxmail quote block '发件人： 纪要助手' / '发送时间： 2026-09-22 17:05' with full-width colons.")
    last()
    case("outlook-zhcn-organizer-confirm-all", "outlook_zhcn", "陈思远", "R1", T(2026, 9, 22, 17, 41),
         ["各位，以上事项确认无误，谢谢。", "Thanks all, items above are confirmed.", "", "陈思远", "海外服务部 总监", "鹭能电气股份有限公司", "M: 138 5555 0921"],
         g("confirm", []), notes="The organizer (Outlook zh-CN, gb2312 base64, subject '答复: Re: …') confirms the whole recap before the 18:00 cut-off, bilingually. -> confirm, items []. Quote block '发件人: / 发送时间: / 收件人: / 主题:'.")
    last()
    case("outlook-en-ooo-auto-reply", "outlook_en", "Usman Tariq", "R1", T(2026, 9, 22, 14, 6, PK),
         ["I am on site visits in Multan until 25 September with limited access to e-mail.", "For urgent matters please contact service@lahoresolar.example.pk or +92 42 555 3300.", "", "Usman Tariq"],
         None, kind="auto", ooo=True, notes="Exchange/Outlook out-of-office ('Automatic reply:' subject, Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop) to the recap R1. kind auto: no command; the date '25 September' must not become an extension. The bot must not answer it.")
    last()
    case("outlook-fr-thank-you-non-owner", "outlook_fr", "Claire Martin", "R1", T(2026, 9, 22, 13, 40, AE),
         ["Bonjour Simon,", "", "Merci pour le compte rendu. Thanks for the notes - Omar and I will both join next week's call.", "", "Bien cordialement,", "Claire Martin",
          "Directrice technique | Gulf Sun Energy FZE", "Dubai Silicon Oasis | +971 4 555 8820"],
         g("unknown", []), notes="French Outlook ('De : / Envoyé : / À : / Objet :' with spaces before colons; subject 'RE : Re: …'). A thank-you from a participant who owns no item: no command -> intent unknown, items []. Nothing may change. 'next week's call' is not a command.")
    last()
    case("gmail-android-done-item3", "gmail_android", "Usman Tariq", "R1", T(2026, 9, 30, 18, 40, PK),
         ["Item 3 done. All 20 sites on v3.2.1 now, no alarms after 48h."],
         g("done", [3]), notes="Gmail for Android, +0500 (21:40 Shanghai, still 2026-09-30 = item 3's due date). 'Item 3 done' -> done [3]; '48h' is not a deadline. Attribution 'On Tue, 22 Sept 2026, 14:05 纪要助手, <…> wrote:' (Android style, comma after the name).")
    last()
    case("owa-done-item2-utc-date", "owa", "Thabo Nkosi", "R1", T(2026, 9, 28, 16, 10, ZA),
         ["Hi Simon,", "", "Q3 failure stats attached - 0.42% field failure rate, mostly fan faults on the 5K units. Item 2 complete.", "", "Regards,", "Thabo",
          "", "This e-mail is subject to the SunVolt e-mail legal notice available at https://sunvolt.example.co.za/legal"],
         g("done", [2]), notes="Outlook on the web (Microsoft 365): Date header in UTC (Mon 14:10 +0000 = 22:10 Shanghai). 'Item 2 complete' -> done [2]; '0.42%' is a failure rate, not progress. OWA quote '________________________________' / From / Sent / To / Subject (recap time shown in SAST).")
    last()
    case("outlook-android-done-item8", "outlook_android", "Andrés Gómez", "R1", T(2026, 9, 29, 19, 55, CO),
         ["Simon, broker confirmed the import docs this afternoon. Item 8 is done, thanks for the push on the CoO."],
         g("done", [8]), notes="Outlook for Android ('Get Outlook for Android' footer, then '________________________________' quote). Bogotá 19:55 -0500 = Wed 2026-09-30 08:55 Shanghai. 'Item 8 is done' -> done [8]. 'CoO' (certificate of origin) is context.")
    last()
    case("thunderbird-en-bottom-post-done-item6", "thunderbird_en", "Kovács Péter", "R1", T(2026, 10, 9, 15, 2, HU),
         [], g("done", [6]), bottom=["Item 6 done, all 280 units relabelled, photos in the shared folder.", "", "Péter", "", "-- ",
                                     "Kovács Péter | Napenergia Kft. | +36 1 555 2290"], notes="Thunderbird (en-US) bottom-post: the whole recap is quoted with '> ' first and the new text ('Item 6 done, all 280 units relabelled …') is written below it, followed by a '-- ' signature. Date Fri 2026-10-09 (a working day; the item's due date). -> done [6]. Attribution 'On 9/22/26 11:05 AM, 纪要助手 wrote:'.")
    last()
    case("gmail-en-reply-on-attribution-line", "gmail_en", "Nguyễn Văn Minh", "R1", T(2026, 9, 22, 17, 30, VN),
         ["Ok, confirm item 4, logs will come before the holiday."],
         g("confirm", [4]), attr_suffix=True, notes="A mobile Gmail reply whose text/plain joined the reply and the attribution on one line: 'Ok, confirm item 4, logs will come before the holiday.On Tue, Sep 22, 2026 at 4:05 PM 纪要助手 <' … The new text must be cut at 'On …' but kept. -> confirm [4]. Sent 18:30 Shanghai time, just after the 18:00 objection cut-off: still a confirm. 'before the holiday' is not a date command.")
    last()

    # ---------------- R2: PCB supplier (Huizhou), Mon 2026-10-12 16:30
    case("qq-confirm-item1-colloquial", "qq", "刘志刚", "R2", T(2026, 10, 13, 9, 12),
         ["收到，第1项没问题，周四前交8D。", "", "刘志刚  品质部", "惠州华鑫电路有限公司", "电话：0752-555 3108  手机：139 2555 6617"],
         g("confirm", [1]), notes="QQ Mail (gb18030 base64, subject '回复：Re: …'). '第1项没问题' -> confirm [1]. '周四前交8D' restates the due (Thu 10-15), it is not an extension. Quote: '------------------ 原始邮件 ------------------' + 发件人/发送时间 '2026年10月12日(星期一) 下午4:30'.")
    last()
    case("mailmaster-extend-by-task-next-wed", "mailmaster", "何晓东", "R2", T(2026, 10, 14, 20, 31),
         ["周经理，补发的500片主控板这周出不来，板材缺货，申请延到下周三。", "", "发自网易邮箱大师"],
         g("extend", [], new="2026-10-21"), notes="网易邮箱大师 (iPhone) on Wed 2026-10-14. No number: '补发的500片主控板' is item 2, the sender's only item -> extend, items [] as written; '下周三' = Wednesday of the next calendar week = 2026-10-21 (the original due was 10-20). '这周' is the reason. Quote '---- 回复的原邮件 ----' with '| 发件人 | … |' rows.")
    last(H["next_week"](H["sh_date"](T(2026, 10, 14, 20, 31)), 2))
    case("coremail-done-item3-percent-not-progress", "coremail", "苏晴", "R2", T(2026, 10, 16, 17, 45),
         ["周经理：", "第3项已完成，X-ray抽检从今天起由IQC执行，抽检比例5%，首批20片未发现虚焊。", "", "苏晴", "质量部 IQC主管", "分机 8203"],
         g("done", [3]), notes="Coremail webmail (GBK base64, subject 'Re:Re: …'). '第3项已完成' -> done [3]; '抽检比例5%' is a sampling rate, not a progress percentage. Quote '-----原始邮件-----' / '发件人:\"纪要助手\" <…>' / '发送时间:2026-10-12 16:30:00 (星期一)'.")
    last()
    case("coremail-question-item3", "coremail", "苏晴", "R2", T(2026, 10, 13, 10, 3),
         ["第3项X-ray抽检是按批次抽还是按卷抽？比例由谁定，需要华鑫这边配合出抽样方案吗？", "", "苏晴", "质量部"],
         g("unknown", [3]), notes="A question about item 3 from its owner, no command (no 确认/异议/完成/进度/延期) -> intent unknown, items [3] (referred to as written). Nothing may change; the question should reach the organizer.")
    last()
    case("wecom-done-by-task-8d", "wecom", "刘志刚", "R2", T(2026, 10, 15, 16, 22),
         ["8D报告已提交，详见附件，根因是回流焊温区设定偏低，已整改。", "", "刘志刚", "惠州华鑫电路 品质部"],
         g("done", []), notes="企业微信邮件 (Tencent Exmail behind WeCom; gb18030 base64, QQ-style '原始邮件' separator). No number: '8D报告已提交' names item 1 (the sender's only item) -> done, items [] as written. The attachment is mentioned but not attached.")
    last()
    case("dingtalk-organizer-confirm-all-four", "dingtalk", "周立强", "R2", T(2026, 10, 12, 17, 2),
         ["1、2、3项都确认，第4项技术协议我自己负责，也没问题。", "", "周立强", "采购部经理"],
         g("confirm", [1, 2, 3, 4]), notes="钉钉邮箱 (Alimail; quote separator is a line of dashes then '发件人：/发送时间：/收件人：/主　题：' with a full-width space in 主　题). Several items in one sentence ('1、2、3项都确认' + '第4项 … 也没问题') -> confirm [1, 2, 3, 4].")
    last()
    case("126-done-item2-tracking", "126", "何晓东", "R2", T(2026, 10, 21, 11, 8),
         ["周经理好：", "第2项500片主控板今天上午已经发出，跨越速运单号KY4000 5512 9031，预计明天到厦门。", "", "何晓东", "华鑫电路 销售部"],
         g("done", [2]), notes="126 webmail (GBK base64), attribution '在 2026-10-12 16:30:00，\"纪要助手\" <…> 写道：' then '>' lines. '第2项 … 已经发出' -> done [2] (shipping the boards is the task). '明天到厦门' is an ETA, not a command.")
    last()

    # ---------------- R3: Tianjin customs broker, Tue 2026-10-13 17:20
    case("163-done-two-tasks-by-name", "163", "孟凡", "R3", T(2026, 10, 14, 16, 40),
         ["吴经理好，", "HS编码和舱位都搞定了：归类按8504.40.14申报，舱位订的10/24 COSCO，天津新港-卡塔赫纳。", "", "孟凡", "天津津港通关服务有限公司", "022-5555 6781"],
         g("done", []), notes="163 webmail (GBK). No numbers: 'HS编码' and '舱位' name items 2 and 3, both owned by the sender -> done, items [] as written (a careful assistant closes both). '10/24' is the sailing date, not a new due date.")
    last()
    case("dingtalk-done-item1", "dingtalk", "郭海", "R3", T(2026, 10, 15, 15, 10),
         ["第1项单证已整理完毕，发票箱单已发孟经理。"],
         g("done", [1]), notes="钉钉邮箱 (Alimail, UTF-8 base64). '第1项…已整理完毕' -> done [1] (完毕 as the done word). 孟经理 is an alias of 孟凡, not an item reference.")
    last()
    case("feishu-organizer-extend-item4", "feishu", "吴倩", "R3", T(2026, 10, 14, 9, 30),
         ["第4项阿联酋COC证书，认证机构说要排队，申请延期至10月30日。"],
         g("extend", [4], new="2026-10-30"), notes="飞书邮箱 (Feishu/Lark mail, UTF-8 base64): the organizer is also owner of item 4. '申请延期至10月30日' -> extend [4], 2026-10-30.")
    last(D("2026-10-30"))
    case("gmail-zh-thanks-info-no-command", "gmail_zh", "孟凡", "R3", T(2026, 10, 13, 18, 5),
         ["谢谢吴经理把纪要发出来。附件是我们公司新的开票信息，麻烦转财务更新一下。", "", "孟凡"],
         g("unknown", []), notes="孟凡 reads his 163.com mailbox in Gmail (Gmailify/send-as) and replies from Gmail web with the Chinese UI (attribution '纪要助手 <…> 于2026年10月13日周二 17:20写道：'). A thank-you plus an unrelated request; the sender has open items 2 and 3 but states nothing about them -> intent unknown, items []. Nothing may change.")
    last()

    # ---------------- R4: CQC certification, Wed 2026-10-14 18:10 (after the cut-off)
    case("outlook-zhcn-object-item2-cqc", "outlook_zhcn", "王静怡", "R4", T(2026, 10, 15, 9, 40),
         ["许工您好：", "对第2项有异议：补充资料清单需要等样机到实验室做完初检后才能出，10月19日之前给不了，建议改为样机到达后5个工作日内。", "",
          "王静怡", "中国质量认证中心 北京分中心 业务受理部", "电话：010-5555 8812"],
         g("object", [2]), notes="CQC Beijing (Outlook zh-CN) objects on Thu 2026-10-15 09:40, before the next-working-day cut-off (the recap was sent after 18:00). '对第2项有异议' + reason -> object [2]. '10月19日' and '5个工作日内' are part of the reason/proposal, not an extension: new_due_date null.")
    last()
    case("thunderbird-zh-inline-under-row1", "thunderbird_zh", "叶子豪", "R4", T(2026, 10, 16, 14, 20),
         ["许工，见下方。", ""], g("done", [1]),
         inline={1: ["已寄出，顺丰SF1402 5531 8876，今天下午到CQC，这项完成。"]},
         notes="Thunderbird (zh-CN, 8bit UTF-8, format=flowed) with an inline answer written under the quoted row '> | 1 | 寄送CQC型式试验样机3台 | 叶子豪 | 2026-10-16 |'. Convention: an inline answer refers to the row it sits under -> done [1]. The other quoted rows carry no answer.")
    last()
    case("outlook-zhcn-done-item4-date-in-text", "outlook_zhcn", "许文博", "R4", T(2026, 10, 16, 10, 5),
         ["第4项工厂检查日期已跟CQC确认为11月3日，这项可以关了。", "", "许文博 | 研发部 认证组"],
         g("done", [4]), notes="The organizer closes his own item: '这项可以关了' -> done [4]. '11月3日' is the inspection date the task asked for, not a new due date.")
    last()
    case("feishu-progress-by-task-qicheng", "feishu", "叶子豪", "R4", T(2026, 10, 19, 11, 15),
         ["说明书那个还在改，七成吧，安规章节要等CQC的补充清单。"],
         g("progress", [], 70), notes="飞书邮箱. No number: '说明书' names item 3 (更新产品说明书安规章节); the sender owns items 1 and 3 but only 3 is about the manual -> progress, items [] as written, percent 70 ('七成' = 70%).")
    last()

    # ---------------- R5: Kaohsiung trader, Thu 2026-10-15 16:00
    case("outlook-zhtw-done-item1-big5", "outlook_zhtw", "蔡明宏", "R5", T(2026, 10, 16, 10, 30),
         ["周經理您好：", "第1項IGBT模組11月交期已與原廠確認，11/20前可出貨，此項完成。", "", "蔡明宏 Ming-Hung Tsai", "永聯電子股份有限公司 業務部", "TEL: +886-7-555-3321 #215"],
         g("done", [1]), notes="Outlook zh-TW (Big5 base64, subject '回覆: Re: …'), Traditional Chinese: '第1項…此項完成' -> done [1]. '11/20前可出貨' is the confirmed delivery date (the task content), not an extension. Quote '寄件者: / 寄件日期: 2026年10月15日 下午 04:00 / 收件者: / 主旨:'.")
    last()
    case("outlook-zhtw-extend-by-task-next-fri", "outlook_zhtw", "蔡明宏", "R5", T(2026, 10, 20, 15, 45),
         ["周經理，替代料樣品原廠那邊還在排，想延到下週五，不好意思。", "", "蔡明宏"],
         g("extend", [], new="2026-10-30"), notes="Traditional Chinese, Big5. No number: '替代料樣品' = item 2 (提供薄膜电容替代料样品); the sender owns items 1 (done in the previous case) and 2 and only 2 matches -> extend, items [] as written. '下週五' from Tue 2026-10-20 = Friday of the next calendar week = 2026-10-30.")
    last(H["next_week"](H["sh_date"](T(2026, 10, 20, 15, 45)), 4))
    case("outlook-ko-progress-item3", "outlook_ko", "김민수", "R5", T(2026, 10, 19, 10, 0, KR),
         ["Dear all,", "", "Item 3: the temperature test data is 80% ready, full report by Wednesday.", "", "Best regards,", "Kim Minsu (김민수)", "Hanfilm Co., Ltd. | Quality Team", "+82 31 555 7720"],
         g("progress", [3], 80), notes="Outlook with Korean UI (ks_c_5601-1987 base64; quote '보낸 사람: / 보낸 날짜: 2026년 10월 15일 목요일 오후 5:00 / 받는 사람: / 제목:'). 'Item 3 … 80% ready' -> progress [3], 80. 'by Wednesday' (10-21) equals the original due: an estimate, not an extension.")
    last()
    case("gmail-ja-done-item4-mixed", "gmail_ja", "佐藤健", "R5", T(2026, 10, 16, 11, 0, JP),
         ["周様", "", "Item 4: samples shipped today by FedEx (7781 5520 3310).", "4番の件、本日発送済みです。完了です。", "", "佐藤"],
         g("done", [4]), notes="Gmail with Japanese UI (attribution '2026年10月15日(木) 17:00 纪要助手 <…>:'), English + Japanese. 'Item 4 … shipped' / '完了です' -> done [4].")
    last()
    case("applemail-zh-object-by-task-mentions-item1", "applemail_zh", "邱雅婷", "R5", T(2026, 10, 15, 16, 45),
         ["有异议：12月备货订单要等第1项交期确认后才能下，10月22日前下单风险太大，建议改到交期确认后3个工作日内。", "", "邱雅婷", "采购部"],
         g("object", []), notes="Apple Mail (macOS, zh) '> 2026年10月15日 16:00，纪要助手 <…> 写道：'. The objection is to '12月备货订单' = item 5, the sender's own item, named by task. '第1项' appears only in the reason (the dependency), so it is not the target: items [] as written (genuinely tricky; a careful assistant records the objection against item 5, not item 1). No extension date.")
    last()

    # ---------------- R6: German battery partner, Fri 2026-10-16 17:30 (English recap)
    case("outlook-de-extend-item1-to-nov6", "outlook_de", "Jonas Weber", "R6", T(2026, 10, 19, 9, 15, DE),
         ["Hello Mr Zheng,", "", "regarding item 1 we need until 6 November - the 800-cycle checkpoint is only reached on 4 Nov.", "", "Mit freundlichen Grüßen / Best regards",
          "Jonas Weber", "Test & Validation", "Volta Zellwerk GmbH | Industriestraße 8 | 38112 Braunschweig", "Tel. +49 531 555 4410",
          "Geschäftsführer: Dr. Hans Keller | Amtsgericht Braunschweig HRB 205551"],
         g("extend", [1], new="2026-11-06"), notes="German Outlook ('Von: / Gesendet: Freitag, 16. Oktober 2026 11:30 / An: / Betreff:' and subject 'AW: Re: …'). 'regarding item 1 we need until 6 November' -> extend [1], 2026-11-06. '4 Nov' is the reason. German legal footer (Pflichtangaben) after the signature.")
    last(D("2026-11-06"))
    case("thunderbird-de-confirm", "thunderbird_de", "Anna Schmidt", "R6", T(2026, 10, 19, 8, 50, DE),
         ["Confirmed from our side. Q1 schedule will follow as agreed.", "", "Anna", "", "-- ", "Anna Schmidt | Supply Chain | Volta Zellwerk GmbH"],
         g("confirm", []), notes="Thunderbird with German locale: 'Am 16.10.26 um 11:30 schrieb 纪要助手:'. 'Confirmed' -> confirm, items []. '-- ' signature separator.")
    last()
    case("gmail-nl-question-non-owner", "gmail_nl", "Sanne de Vries", "R6", T(2026, 10, 20, 10, 12, DE),
         ["Hi Kevin,", "", "quick question on item 3: do you need the shipping schedule per container or per calendar week?", "", "Groetjes,", "Sanne"],
         g("unknown", [3]), notes="Gmail with Dutch UI: 'Op vr 16 okt 2026 om 11:30 schreef 纪要助手 <' / '…>:' (wrapped). A question about item 3 from a participant who does not own it -> intent unknown, items [3]. Nothing may change.")
    last()
    case("outlook-mac-zh-done-by-task-can", "outlook_mac", "郑凯", "R6", T(2026, 10, 20, 21, 3),
         ["BMS CAN协议 v2.3 已发 Jonas，done。", "", "郑凯", "储能事业部"],
         g("done", []), notes="Outlook for Mac (UTF-8 QP). No number: 'BMS CAN协议 v2.3' = item 2, the sender's only item -> done, items [] as written. 'done' in English inside Chinese text. 'v2.3' is a version, not a number reference.")
    last()
    case("outlook-mac-en-locale-progress-by-task", "outlook_mac", "叶子豪", "R6", T(2026, 10, 22, 16, 40),
         ["Jonas，UN38.3 联合测试方案初稿完成了一半左右（约50%），下周一发你审阅。", "", "Eric Ye 叶子豪", "R&D | Lunergy"],
         g("progress", [], 50), notes="Outlook for Mac with an English UI, Chinese body. No number: 'UN38.3 联合测试方案' = item 4, the sender's only item in R6 -> progress, items [] as written, 50. '下周一发你审阅' is a plan inside the due date (10-28), not an extension.")
    last()

    # ---------------- R7: internal review meeting, Mon 2026-10-19 17:00
    case("foxmail-done-by-task-emoji", "foxmail", "林佳怡", "R7", T(2026, 10, 21, 9, 20),
         ["工单统计已经发群里了 ✅"],
         g("done", []), notes="Foxmail: GBK cannot carry the emoji, so the client falls back to UTF-8 for this message (charset label UTF-8). No number: '工单统计' = item 1; the sender owns items 1 and 3 but only 1 matches -> done, items [] as written.")
    last()
    case("wecom-gaoding-ambiguous", "wecom", "黄俊杰", "R7", T(2026, 10, 22, 18, 30),
         ["搞定了"],
         g("done", []), notes="企业微信邮件, the whole new text is '搞定了'. The sender owns three open items in R7 (2, 4, 5): no number, no task words -> done, items []; the item is ambiguous, so nothing may change and the bot should ask which one.")
    last()
    case("qq-progress-by-task-vietnam-spares", "qq", "黄俊杰", "R7", T(2026, 10, 22, 10, 0),
         ["陈总，越南备件补货还在等海关放行，进度60%吧；培训课件这周五可以给。", "", "黄俊杰 | 海外服务部"],
         g("progress", [], 60), notes="QQ Mail. No number: '越南备件补货' = item 4 -> progress 60, items [] as written. The second clause ('培训课件这周五可以给') is an estimate within item 2's due date (Fri 10-23), not a command.")
    last()
    case("outlook-zhcn-organizer-confirm-2-4", "outlook_zhcn", "陈思远", "R7", T(2026, 10, 19, 17, 25),
         ["第2、4项确认。第5项的高温降额说明俊杰找研发一起弄，别一个人扛。", "", "陈思远"],
         g("confirm", [2, 4]), notes="Organizer: '第2、4项确认' -> confirm [2, 4]. The remark on item 5 is advice, not a command.")
    last()
    case("outlook-zhcn-extend-by-task-legal", "outlook_zhcn", "林佳怡", "R7", T(2026, 10, 26, 10, 35),
         ["陈总，南非新经销商的合同对方法务还在看，申请延期至11月6日。", "", "林佳怡 Joy Lin", "海外服务部"],
         g("extend", [], new="2026-11-06"), notes="Outlook zh-CN. No number: '南非新经销商的合同' = item 3 (sender owns 1 and 3, item 1 already reported done) -> extend, items [] as written, 2026-11-06.")
    last(D("2026-11-06"))
    case("wecom-ooo-auto-reply-zh", "wecom", "黄俊杰", "R7", T(2026, 10, 19, 17, 1),
         ["您好，我于10月19日至10月21日在越南平顺省电站出差，期间邮件回复可能不及时，紧急事项请联系林佳怡（linjiayi@lunergy.example.cn）。"],
         None, kind="auto", ooo=True, notes="Tencent Exmail/WeCom auto-reply ('自动回复: Re: …', Auto-Submitted: auto-replied) one minute after the recap. kind auto: the dates inside are not commands; the bot must not answer it.")
    last()

    # a few more: several numbers, traditional chinese confirm, circled digits
    case("iphone-zh-circled-done", "iphone_zh", "苏晴", "R2", T(2026, 10, 16, 8, 2),
         ["③弄好了，今天开始执行"],
         g("done", [3]), notes="iPhone Mail, terse: '③弄好了' -> done [3] (circled digit, colloquial 弄好了). The same item is reported done again in the afternoon via Coremail (case coremail-done-item3-percent-not-progress); duplicate done reports are normal and each is still intent done.")
    last()
    case("outlook-en-can-we-push-named-task", "outlook_en", "黄俊杰", "R7", T(2026, 10, 20, 9, 12),
         ["Simon, can we push the Pakistan one to next Friday? Waiting for derating curves from R&D.", "", "Jay"],
         g("extend", [], new="2026-10-30"), notes="Outlook desktop with an English UI, English text from an internal engineer. 'the Pakistan one' = item 5 (编写巴基斯坦高温降额说明), one clear match among his items 2, 4, 5 -> extend, items [] as written; 'next Friday' from Tue 2026-10-20 = Friday of the following calendar week = 2026-10-30 (same rule as 下周五). Genuinely ambiguous in English: some writers mean the coming Friday (10-23); gold follows the corpus rule for 下周X, and item 5 was due 10-28 anyway, so 10-23 would not be an extension.")
    last(H["next_week"](H["sh_date"](T(2026, 10, 20, 9, 12)), 4))
    case("outlook-zhtw-question-item2-big5-noquote", "outlook_zhtw", "蔡明宏", "R5", T(2026, 10, 15, 17, 20),
         ["周經理，紀要收到，請問第2項的替代料需要同時提供規格書嗎？", "", "蔡明宏"],
         g("unknown", [2]), noquote=True, notes="Outlook zh-TW with the quote deleted by the writer, so the whole body fits Big5 and goes out as charset big5 (the other zh-TW replies quote the simplified-Chinese recap, which Big5 cannot carry, so Outlook sends them as UTF-8). Traditional Chinese question about item 2 ('請問…嗎？'); '紀要收到' is an acknowledgement of receipt, not a confirmation command. -> intent unknown, items [2]. Nothing may change. (Genuinely borderline: 收到 alone could be read as confirm; a careful assistant would not mark the item confirmed on a question.)")
    last()
    case("163-progress-item3-percent-sign-fullwidth", "163", "孟凡", "R3", T(2026, 10, 16, 11, 48),
         ["第3项舱位：船公司还没放舱，目前进度３０％。"],
         g("progress", [3], 30), notes="163 webmail (GBK base64). Full-width digits and percent sign '３０％' -> progress [3], 30.")
    last()
    case("mailmaster-done-items-1-and-3", "mailmaster", "林佳怡", "R7", T(2026, 11, 5, 12, 18),
         ["第一项和第三项都弄完了，合同昨天对方签回来了。", "", "发自网易邮箱大师"],
         g("done", [1, 3]), notes="网易邮箱大师 (IMAP on the company mailbox), Thu 2026-11-05, after item 3 was extended to 11-06. Chinese numerals '第一项和第三项' -> done [1, 3]. '昨天' is context.")
    last()
