"""The replies5 cases. Each call: case(num, slug, client, quote_style, meeting, sender, Date, new_text, gold, notes,
readme_line, rule=...). Dates are the reply's Date header; gold new_due_date is re-derived from `rule` in --check."""
import datetime as dt

from clients import QUOTES, gt, html_wrap_div, build, hdr_delivery
from lib import BOT, P, esc, recap_html, sh, envelope, leaf, haddr, haddrs, htext, rfc_date, hx, D

SIG_QL = "钱磊\n冷链运营部 经理\n康桥医药（上海）有限公司\nT: 021-5868 3300-801  M: 138 1650 2297"


def define(case, R, MA, MB, MC, MD, ME, MF, MG, ts, CEST, munich):
    SGT = dt.timezone(dt.timedelta(hours=8))

    # ------------------------------------------------------------------ MA 冷链运营周会 (Mon 2026-09-14)
    case(1101, "qq-confirm-emoji", "qq", "qq", MA, "许佳", ts("2026-09-14 11:02:37"),
         "收到，确认👍",
         R("confirm"),
         "QQ/Exmail web reply (gb18030 base64) on Mon 2026-09-14 11:02, before the 18:00 cut-off. '收到，确认' + emoji "
         "-> confirm, no item number -> items []. Everything below '------------------ 原始邮件 ------------------' is "
         "the quoted recap, whose footer lists every command word (有异议/已完成/进度80%/延期至10月20日).",
         "QQ Mail '收到，确认👍' over the QQ 原始邮件 quote; emoji in gb18030")
    case(1102, "foxmail-done-gaodingle", "foxmail", "foxmail", MA, "孟凡", ts("2026-09-18 16:40:12"),
         "钱经理，第1项搞定了，验证报告已放共享盘：\\\\fs01\\冷链\\2026验证\\\n\n孟凡\n冷链运营部 | 上海仓\n"
         "电话：021-5868 3300-812\n手机：139 1702 4471",
         R("done", [1]),
         "Foxmail GBK reply on Fri 2026-09-18 (item 1's due day). '第1项搞定了' is colloquial for done -> done [1]. "
         "Signature has phone numbers with digits and an extension; the UNC path has backslashes. Quote starts at "
         "Foxmail's ' 发件人： / 发送时间：' block (the plain part has no '>' prefixes).",
         "Foxmail GBK '第1项搞定了' (colloquial done) + phone signature + UNC path")
    case(1103, "outlook-zh-progress-estimate", "outlook_zh", "outlook_zh", MA, "蔡雨桐", ts("2026-09-16 14:25:50"),
         "钱经理好：\n\n第2项目前进度60%，GPS网关已装好12台，剩下8台车要等回场才能装，预计下周一全部接入。\n\n"
         "蔡雨桐 | 信息部\nTel: +86 21 5868 3300-605",
         R("progress", [2], 60),
         "Outlook 2016 zh-CN (gb2312, base64, CRLF) on Wed 2026-09-16. '第2项目前进度60%' -> progress [2] 60. "
         "'预计下周一全部接入' (09-21) is an estimate inside the due date 09-22, not an extension request; '12台/8台' "
         "are counts, not items or percents. Outlook puts the recap under a 发件人:/发送时间:/收件人:/主题: block.",
         "Outlook zh-CN gb2312 '第2项目前进度60%' with an estimate (下周一) that is not an extension")
    case(1104, "owa-done-named-task", "owa", "owa_zh", MA, "许佳", ts("2026-09-18 01:50:03", dt.timezone.utc),
         "钱经理，8月温度偏差的CAPA台账已经整理好了，放在部门SharePoint上（共14条，其中2条的供应商回复后续补录）。\n\n许佳",
         R("done"),
         "Outlook on the web (Exchange Online), Date Fri 01:50 +0000 = 09:50 Shanghai on 2026-09-18. The task is named "
         "('8月温度偏差的CAPA台账' = item 3's words) but no number is written -> items [] (corpus convention: items "
         "as written); a careful assistant would apply it to item 3, and 许佳 owns items 3 and 4 so only the task "
         "words can decide. '已经整理好了' -> done. '14条/2条' are counts.",
         "OWA (+0000 Date) done by task words only ('CAPA台账已经整理好了'); sender owns two items")
    case(1105, "iphone-extend-absolute", "ios", "ios_zh", MA, "贺子航", ts("2026-09-29 20:15:44"),
         "第5项申请延期到10月9日，新的保温箱样品国庆前到不了。\n\n发自我的iPhone",
         R("extend", [5], new="2026-10-09"),
         "iPhone Mail (UTF-8 QP) on Tue 2026-09-29 20:15, the day before item 5 is due (09-30). '第5项申请延期到10月9日' "
         "-> extend [5], new date 2026-10-09 (a Friday, a working day; 10-01..10-07 are National Day holidays). "
         "'国庆前' is the reason, not a date to record. Signature '发自我的iPhone'; quote '> 在 …，纪要助手 <…> 写道：'.",
         "iPhone '第5项申请延期到10月9日' across National Day; 发自我的iPhone", rule=("abs", "2026-10-09"))
    case(1106, "mailmaster-extend-two-days", "mailmaster", "mailmaster", MA, "蔡雨桐", ts("2026-09-22 09:31:08"),
         "第2项能否延期两天？还有3台车在苏州跑长途，周四才回来。\n\n发自网易邮箱大师",
         R("extend", [2], new="2026-09-24"),
         "网易邮箱大师 reply on Tue 2026-09-22 (item 2 is due that day). '能否延期两天' is an extension request of two "
         "days on the current due date 09-22 -> 2026-09-24 (Thu), which the reason '周四才回来' confirms. AMBIGUOUS in "
         "principle ('two days' from the due date vs. from today gives the same 09-24 here because the reply is sent "
         "on the due date). Quote '---- 回复的原邮件 ----' with '| 发件人 |' rows.",
         "网易邮箱大师 '第2项能否延期两天？' (relative to the due date) + '周四才回来'",
         rule=("due_plus_days", D(2026, 9, 22), 2))
    case(1107, "coremail-object-manager", "coremail", "coremail", MA, "沈慧", ts("2026-09-14 15:20:19"),
         "钱经理：\n第5项有异议：包装验证要等供应商的新保温箱样品，9月30日前完成不现实，建议会后单独讨论时间，"
         "负责人也建议改为质量部和冷链运营部共同负责。\n\n沈慧\n质量部",
         R("object", [5]),
         "Coremail webmail (UTF-8 base64) on Mon 2026-09-14 15:20, before the cut-off, from the head of 质量部 (the "
         "manager of item 5's owner 贺子航). '第5项有异议：' + reason -> object [5]. The reason mentions '9月30日前' "
         "(the current due), which is not an extension. Quote '-----原始邮件-----'.",
         "Coremail '第5项有异议：…' from the owner's manager; reason quotes the due date")
    case(1108, "163-personal-progress", "163web", "163web", MA, ("孟凡", "mengfan1987@163.com"),
         ts("2026-09-17 21:40:26"),
         "钱经理，我在外面，用自己邮箱回一下：第1项进度90%，报告还差签字页，明天上班补上。\n\n孟凡",
         R("progress", [1], 90),
         "163.com webmail (GBK base64, Coremail-based headers) on Thu 2026-09-17 21:40 from the owner's PERSONAL "
         "address mengfan1987@163.com (display name 孟凡). The text is progress [1] 90 ('明天上班补上' is not a "
         "date change). The sender domain is outside allowed_domains: per SPEC §7 the bot must change nothing "
         "(and §3: not the owner's known address); the gold records what the text says.",
         "163 webmail from the owner's personal address (outside allowed_domains): '第1项进度90%'")
    case(1157, "gmail-zh-extend-tomorrow", "gmail", "gmail_zh", MA, "许佳", ts("2026-09-17 15:20:31"),
         "钱经理，\n\n第3项还差两条偏差的根因分析，延期到明天可以吗？\n\n谢谢\n许佳",
         R("extend", [3], new="2026-09-18"),
         "Gmail web (zh UI) on Thu 2026-09-17, item 3's due day. '第3项…延期到明天可以吗' -> extend [3], 明天 = "
         "2026-09-18 (Fri, working day) from the reply's own Date. '两条' is a count. Quote under '纪要助手 <…> "
         "于2026年9月14日周一 10:20写道：' with '> ' lines.",
         "Gmail zh '延期到明天可以吗？' (relative day from the reply's Date)", rule=("rel", 1))
    case(1148, "gmail-zh-thanks-organizer", "gmail", "gmail_zh", MA, "钱磊", ts("2026-09-18 17:05:12"),
         "谢谢孟凡，辛苦了！其他几项大家也抓紧。\n\n" + SIG_QL,
         R("unknown"),
         "The organizer's thank-you on Fri 2026-09-18. No command: nothing to confirm, object, complete or move -> "
         "intent 'unknown' (SPEC §5 value), items []. Must change nothing. '抓紧' is an exhortation, not a due "
         "date. Signature with phone numbers.",
         "Organizer's thank-you ('谢谢孟凡，辛苦了') -> unknown, changes nothing")
    case(1155, "feishu-done-two-items", "feishu", "feishu", MA, "许佳", ts("2026-09-24 17:48:09"),
         "第3、4项都已完成：CAPA台账已归档，顺丰国庆运力也确认了（每天2车）。",
         R("done", [3, 4]),
         "飞书 (Lark) mail on Thu 2026-09-24 (item 4's due day). '第3、4项都已完成' -> done [3, 4], two items in "
         "one sentence. '每天2车' is a count. Quote: Lark's 发件人:/日期:/主题:/收件人: block (header shape of "
         "Lark mail is approximated).",
         "飞书 mail '第3、4项都已完成' (two items in one sentence)")

    # ------------------------------------------------------------------ MB 台北法规事务 (Tue 2026-09-15)
    case(1109, "outlook-tw-confirm-two", "outlook_tw", "outlook_tw", MB, "吳佩珊", ts("2026-09-15 13:48:20"),
         "陳經理好，\n\n第2、3項沒問題，確認。\n\n吳佩珊 Sandy Wu\n法規事務部 | 台北辦公室\nTel: +886-2-2712-5566 #218",
         R("confirm", [2, 3]),
         "Outlook zh-TW (UTF-8 QP: the quoted recap is Simplified Chinese, which Big5 cannot carry) on Tue "
         "2026-09-15 13:48. Traditional Chinese '第2、3項沒問題，確認' -> confirm [2, 3]. Quote header in zh-TW "
         "Outlook labels: 寄件者:/寄件日期:/收件者:/主旨:. Subject prefix '回覆:'.",
         "Outlook zh-TW Traditional '第2、3項沒問題，確認' under 寄件者/寄件日期 quote")
    big5_new = ("Yvonne，\n\n第1項TFDA展延申請需要延到10月8日，藥證資料還缺原廠的GMP證明，德國那邊說下週才寄出。\n\n"
                "黃柏翰 Paul Huang\n法規事務部\n康橋醫藥 台灣分公司\nTel: +886-2-2712-5566 #226")
    case(1110, "outlook-tw-big5-no-quote-extend", "outlook_tw", None, MB, "黃柏翰", ts("2026-09-23 10:12:55"),
         None, R("extend", [1], new="2026-10-08"),
         "Outlook zh-TW with 'do not include original message': the body is Big5 (base64) and carries no quote; "
         "the thread is known only from In-Reply-To/References and the signed To address. Subject is UTF-8 "
         "encoded-words (Simplified 规/务 are not in Big5). '第1項…需要延到10月8日' -> extend [1], new date "
         "2026-10-08 (Thu, a mainland working day after National Day). '下週' is the reason.",
         "Outlook zh-TW Big5 body without any quote: '第1項…需要延到10月8日'", rule=("abs", "2026-10-08"),
         text=big5_new + "\n", html=html_wrap_div(big5_new), cs="big5", cte="base64")
    case(1111, "gmail-tw-object-reassign", "gmail", "gmail_tw", MB, "陳怡君", ts("2026-09-15 16:02:18"),
         "第4項我這邊有異議：COA模板雖然是上海質量部主導，但台灣版本要加TFDA要求的欄位，應該由佩珊先提需求，"
         "沈經理再確認，負責人請改成吳佩珊。",
         R("object", [4]),
         "Gmail (zh-TW UI) from the organizer on Tue 2026-09-15 16:02, before the cut-off. '第4項我這邊有異議' + a "
         "reassignment request -> object [4]. The organizer objecting to her own recap row is still an objection "
         "(the new owner is only a proposal). Attribution '纪要助手 <…> 於 2026年9月15日 週二 上午11:05寫道：'.",
         "Gmail zh-TW organizer '第4項…有異議' asking to reassign the owner")
    case(1112, "applemail-zh-bottom-circled", "applemail", "applemail_zh", MB, "沈慧", ts("2026-09-21 17:55:02"),
         "第④项完成了，模板终版已发佩珊。\n\n沈慧",
         R("done", [4]), "Apple Mail (macOS, zh UI) on Mon 2026-09-21 17:55, BOTTOM-posted: the quoted recap comes "
         "first ('> 2026年9月15日 上午11:05，纪要助手 <…> 写道：'), the new text after it. '第④项完成了' -> done [4] "
         "(circled digit).",
         "Apple Mail zh bottom-posted '第④项完成了' (circled digit) below the quote", bottom=True)
    case(1145, "outlook-tw-done-spring", "outlook_tw", "outlook_tw", MG, "黃柏翰", ts("2026-02-11 11:30:40"),
         "周總您好，\n\n第4項清關文件已備齊，今天上午已交報關行，完成。\n\n黃柏翰 Paul Huang\n法規事務部 台北",
         R("done", [4]),
         "Outlook zh-TW (UTF-8 QP) on Wed 2026-02-11 to the Spring Festival recap. Traditional '第4項…完成' -> "
         "done [4]. '今天上午' is when it happened, not a date to record.",
         "Outlook zh-TW '第4項…完成' (Traditional) before Spring Festival")

    # ------------------------------------------------------------------ MC APAC Tender Sync (Wed 2026-09-16)
    case(1113, "gmail-ko-push-to-24th", "gmail", "gmail_ko", MC, "Kim Min-jun", ts("2026-09-17 10:05:33"),
         "Hi Wei Ming,\n\nCan we push #2 to the 24th? The distributor only sends their volume numbers next "
         "Tuesday.\n\nThanks,\nMinjun\n\n--\nKim Min-jun | Business Development, Korea\nKQ Pharma Asia Pacific "
         "Pte. Ltd.\n+65 6812 4470",
         R("extend", [2], new="2026-09-24"),
         "Gmail with a Korean UI (attribution '2026년 9월 16일 (수) 오후 5:40, 纪要助手 <…>님이 작성:'), English text, "
         "Thu 2026-09-17. 'push #2 to the 24th' -> extend [2], the 24th of the current month = 2026-09-24. "
         "'next Tuesday' is the reason.",
         "Gmail (Korean UI) 'Can we push #2 to the 24th?'", rule=("day_of_month", 24))
    case(1115, "gmail-vi-two-more-days-explicit", "gmail", "gmail_vi", MC, "Nguyen Thi Lan",
         ts("2026-09-22 18:30:14"),
         "Hi anh Wei Ming,\n\nItem 1: I need two more days, MoH changed the form template yesterday. New date 25 "
         "Sep, is that okay?\n\nCảm ơn anh,\nLan",
         R("extend", [1], new="2026-09-25"),
         "Gmail with a Vietnamese UI ('Vào Th 4, 16 thg 9, 2026 vào lúc 17:40 纪要助手 <…> đã viết:'), Tue "
         "2026-09-22. 'Item 1: I need two more days … New date 25 Sep' -> extend [1] 2026-09-25 (the explicit date "
         "wins; it also equals the due 09-23 + 2). 09-25 is a mainland holiday (Mid-Autumn) but a Singapore/Vietnam "
         "working day: record the date the owner asked for.",
         "Gmail (Vietnamese UI) 'Item 1: two more days … New date 25 Sep'", rule=("abs", "2026-09-25"))
    case(1116, "gmail-ja-need-two-more-days", "gmail", "gmail_ja", MC, "Sato Haruka", ts("2026-09-21 11:20:47"),
         "Wei Ming-san,\n\nNeed two more days on item 3 - the partner's compliance officer is out until Tuesday. "
         "Sorry for this!\n\nBest regards,\nHaruka Sato\nKQ Pharma Asia Pacific | Japan desk",
         R("extend", [3], new="2026-09-24"),
         "Gmail with a Japanese UI ('2026年9月16日(水) 17:40 纪要助手 <…>:'), Mon 2026-09-21. 'Need two more days on "
         "item 3' -> extend [3]; two more days on its due 2026-09-22 (Tue) = 2026-09-24 (Thu, a working day; "
         "calendar and working days agree). 'until Tuesday' is the reason. Convention: 'N more days' counts from "
         "the item's current due date.",
         "Gmail (Japanese UI) 'Need two more days on item 3' (due + 2)", rule=("due_plus_days", D(2026, 9, 22), 2))
    q_en, _h = QUOTES["gmail_en"](MC, sh(MC.t))
    wrapped = q_en.replace("On Wed, Sep 16, 2026 at 5:40 PM 纪要助手 <minutes@kqpharma.example.com> wrote:",
                           "On Wed, Sep 16, 2026 at 5:40 PM 纪要助手 <minutes@kqpharma.example.com>\nwrote:")
    assert wrapped != q_en
    new17 = ("Hi Wei Ming,\n\nForecast (item 4) is about 70% there - waiting on the Vietnam numbers from Lan. "
             "Will close it by Monday.\n\nPriya")
    case(1117, "gmail-en-progress-wrapped-attr", "gmail", "gmail_en", MC, "Priya Nair", ts("2026-09-18 09:12:05"),
         None, R("progress", [4], 70),
         "Gmail web (English) on Fri 2026-09-18. 'Forecast (item 4) is about 70% there' -> progress [4] 70. "
         "'by Monday' (09-21 = the due date) is a promise, not an extension. The plain-text attribution is "
         "wrapped over two lines ('On Wed, Sep 16, 2026 at 5:40 PM 纪要助手 <…>' / 'wrote:'), as Gmail's plain "
         "part does with long lines.",
         "Gmail en 'item 4 is about 70% there'; attribution wrapped over two lines",
         text=new17 + wrapped, html=html_wrap_div(new17) + _h)
    case(1118, "gmail-android-organizer-confirm", "gmail_android", "gmail_android_en", MC, "Tan Wei Ming",
         ts("2026-09-16 18:45:10"),
         "Confirmed. Thanks all 👍",
         R("confirm"),
         "Gmail app for Android, Wed 2026-09-16 18:45 (after the 18:00 cut-off: the bot may treat the rows as "
         "already confirmed, which agrees). 'Confirmed' -> confirm, items []. Android attribution 'On Wed, 16 Sep "
         "2026, 17:40 纪要助手, <…> wrote:'.",
         "Gmail Android organizer 'Confirmed. Thanks all 👍'")
    case(1119, "outlook-mac-en-object", "outlook_mac", "outlook_mac", MC, "邓佩琪", ts("2026-09-17 09:40:36"),
         "Wei Ming,\n\nI object to item 6 - the pricing floor needs the Q4 FX assumption from treasury first, and "
         "that will not be ready before month end. Please keep it open without a date for now.\n\nPeggy Deng\n"
         "Finance Director | 财务部\nKQ Pharma (Shanghai)\nM +86 139 0182 6620",
         R("object", [6]),
         "Outlook for Mac (English) on Thu 2026-09-17 09:40, i.e. after the objection cut-off of the day before: "
         "still an objection as written -> object [6] (whether the bot still accepts it is workflow, not parsing). "
         "'before month end' is part of the reason, not a new date.",
         "Outlook for Mac 'I object to item 6 - …' (after the cut-off)")
    case(1120, "wecom-progress-item5", "wecom", "qq", MC, "许佳", ts("2026-09-18 14:06:51"),
         "Wei Ming 你好，第5项进行中，进度30%，DHL下周一给正式报价。",
         R("progress", [5], 30),
         "企业微信 (WeCom) mail, Tencent-Exmail header shape, gb18030, Fri 2026-09-18. Mixed English/Chinese "
         "'第5项进行中，进度30%' -> progress [5] 30; '下周一' is when the quote arrives, not a due change.",
         "企业微信 mail '第5项进行中，进度30%' mixed with English")
    q_an, h_an = QUOTES["gmail_android_en"](MC, sh(MC.t))
    new53 = "Item 5 done, DHL confirmed the SG→HCMC lane 👍"
    case(1153, "android-reply-on-attribution-line", "gmail_android", "gmail_android_en", MC, "许佳",
         ts("2026-09-23 08:14:22"), None, R("done", [5]),
         "Mobile reply on Wed 2026-09-23 where the new text and the attribution ended up on ONE line: "
         "'Item 5 done, DHL confirmed the SG→HCMC lane 👍On Wed, 16 Sep 2026, 17:40 纪要助手, <…> wrote:' (no line "
         "break before 'On …'), followed by the '> ' quote. -> done [5]. A stripper that cuts at the first "
         "attribution line must keep the text before 'On'.",
         "Reply text on the attribution line itself ('…👍On Wed, 16 Sep 2026 … wrote:')",
         text=new53 + q_an.lstrip("\n"), html=esc(new53) + h_an)
    case(1147, "outlook-en-question", "outlook_en", "outlook_en", MC, "Nguyen Thi Lan", ts("2026-09-17 11:32:09"),
         "Hi Wei Ming,\n\nQuick question on item 1: does the MoH submission need the notarised Vietnamese "
         "translation, or is the English set OK? If notarised, the 23rd might be tight.\n\nThanks,\nLan\n\n"
         "Nguyen Thi Lan | Tender Manager, Vietnam\nKQ Pharma Asia Pacific Pte. Ltd.",
         R("unknown", [1]),
         "Outlook (English UI) on Thu 2026-09-17. A QUESTION about item 1, no command: 'the 23rd might be tight' "
         "is a worry, not an extension request (no new date asked) -> intent 'unknown', items [1] as written. "
         "Must change nothing.",
         "Outlook en question about item 1 ('the 23rd might be tight') -> unknown")

    # ------------------------------------------------------------------ MD EU QA Review (Mon 2026-09-21)
    case(1121, "outlook-de-done-disclaimer", "outlook_de", "outlook_de", MD, "Anna Kowalska",
         ts("2026-09-23 08:40:17", CEST),
         "Hi Markus,\n\nitem 1 is done - batch docs for lot 26-0917 released in TrackWise this morning.\n\n"
         "Beste Grüße / Best regards\nAnna Kowalska\nQA Specialist | KQ Pharma Europe GmbH\nLeopoldstraße 244, "
         "80807 München\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
         "Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
         R("done", [1]),
         "Outlook desktop with a German UI (Von:/Gesendet:/An:/Betreff: quote, times shown in CEST), Date "
         "+0200 Wed 2026-09-23 08:40 = 14:40 Shanghai. 'item 1 is done' -> done [1]. German legal disclaimer "
         "after the signature.",
         "Outlook de (Von:/Gesendet:) 'item 1 is done' + German disclaimer", qtz=munich)
    case(1122, "gmail-pl-move-item6", "gmail", "gmail_pl", MD, "Anna Kowalska", ts("2026-09-25 09:10:44", CEST),
         "Markus,\n\nthe root cause for MUC-0912 will take longer - the carrier sends the logger files only next "
         "week. Can we move item 6 to Oct 9?\n\nAnia",
         R("extend", [6], new="2026-10-09"),
         "Gmail with a Polish UI ('pon. 21 wrz 2026 o 09:12 纪要助手 <…> napisał(a):', CEST times), Fri 2026-09-25 "
         "09:10 +0200 = 15:10 Shanghai. 'Can we move item 6 to Oct 9?' -> extend [6] 2026-10-09. Signed with the "
         "alias 'Ania'.",
         "Gmail (Polish UI) 'Can we move item 6 to Oct 9?'", rule=("abs", "2026-10-09"), qtz=munich)
    case(1123, "gmail-fr-cest-fait", "gmail", "gmail_fr", MD, "Sophie Dubois", ts("2026-09-22 14:05:09", CEST),
         "Bonjour Markus,\n\nPoint 3 : c'est fait, la traduction du DR-118 est partie chez le client de Lyon ce "
         "matin.\n\nBonne journée,\nSophie",
         R("done", [3]),
         "Gmail with a French UI ('Le lun. 21 sept. 2026 à 09:12, 纪要助手 <…> a écrit :'), text in FRENCH, "
         "Tue 2026-09-22 14:05 +0200 = 20:05 Shanghai. 'Point 3 : c'est fait' -> done [3].",
         "Gmail fr, French text 'Point 3 : c'est fait'", qtz=munich)
    case(1124, "gmail-nl-progress", "gmail", "gmail_nl", MD, "Daan de Vries", ts("2026-09-28 16:30:00", CEST),
         "Hi Markus,\n\nItem 2 (GDP audit Rotterdam): ongeveer 80% klaar, only the CAPA annex is missing. I'll "
         "send the full report tomorrow.\n\nGroeten,\nDaan",
         R("progress", [2], 80),
         "Gmail with a Dutch UI ('Op ma 21 sep 2026 om 09:12 schreef 纪要助手 <…>:'), Mon 2026-09-28 16:30 +0200 "
         "= 22:30 Shanghai. Dutch/English mix 'Item 2 …: ongeveer 80% klaar' -> progress [2] 80; 'tomorrow' "
         "(= the due 09-29) is a promise, not an extension.",
         "Gmail nl 'Item 2: ongeveer 80% klaar'", qtz=munich)
    case(1125, "gmail-es-confirmo", "gmail", "gmail_es", MD, "Lucía Martín", ts("2026-09-21 12:00:31", CEST),
         "Hola Markus,\n\nConfirmo el punto 4, sin problema.\n\nSaludos,\nLucía",
         R("confirm", [4]),
         "Gmail with a Spanish UI ('El lun, 21 sept 2026 a las 9:12, 纪要助手 (<…>) escribió:'), SPANISH text, "
         "Mon 2026-09-21 12:00 +0200 = 18:00 Shanghai exactly at the cut-off. 'Confirmo el punto 4' -> confirm [4].",
         "Gmail es, Spanish 'Confirmo el punto 4'", qtz=munich)
    case(1126, "thunderbird-de-bottom-organizer-done", "thunderbird", "tb_de", MD, "Markus Weber",
         ts("2026-09-29 17:02:45", CEST),
         "Hallo zusammen,\n\nitem 2: received Daan's full GDP audit report, closing it as done.\n\nMarkus\n\n-- \n"
         "Markus Weber | Head of Quality Europe\nKQ Pharma Europe GmbH",
         R("done", [2]),
         "Thunderbird (German locale, plain text, format=flowed, 8bit UTF-8), BOTTOM-posted below 'Am 21.09.26 um "
         "09:12 schrieb 纪要助手:' and the '> ' quote. The ORGANIZER marks item 2 (owned by Daan) done: allowed "
         "(organizer). -> done [2]. Standard '-- ' signature separator.",
         "Thunderbird de, bottom-posted; organizer closes another owner's item 2", bottom=True, qtz=munich)
    case(1127, "outlook-fr-object-after-cutoff", "outlook_fr", "outlook_fr", MD, "Sophie Dubois",
         ts("2026-09-21 16:05:27", CEST),
         "Bonjour Markus,\n\nJe ne suis pas d'accord pour le point 3 : le client de Lyon doit d'abord valider la "
         "version anglaise du DR-118, on ne peut pas traduire avant.\n\nCordialement,\nSophie Dubois\nAssurance "
         "Qualité | KQ Pharma Europe GmbH",
         R("object", [3]),
         "Outlook desktop with a French UI ('De :' / 'Envoyé :' / 'À :' / 'Objet :' with spaces before the colon), "
         "Mon 2026-09-21 16:05 +0200 = 22:05 Shanghai, after the 18:00 cut-off. French 'Je ne suis pas d'accord "
         "pour le point 3' = an objection -> object [3].",
         "Outlook fr 'Je ne suis pas d'accord pour le point 3' (objection in French)", qtz=munich)
    tb_lines = []
    for line in MD.text.rstrip("\n").split("\n"):
        tb_lines.append("> " + line if line else ">")
        if line.startswith("| 5 |"):
            tb_lines += ["", "Done - v3 of the template is on SharePoint, Helen has reviewed it.", ""]
    t28 = ("Hi Markus,\n\nsee inline.\n\nZihang\n\nOn 9/21/26 3:12 PM, 纪要助手 wrote:\n" + "\n".join(tb_lines) + "\n")
    case(1128, "thunderbird-inline-under-row", "thunderbird", None, MD, "贺子航", ts("2026-09-28 10:41:19"),
         None, R("done", [5]),
         "Thunderbird (English), Mon 2026-09-28 (item 5's due day). The answer is written INLINE, unquoted, right "
         "under the quoted row '> | 5 | Align EU/CN stability data template | 贺子航 | 2026-09-28 |': 'Done - v3 of "
         "the template is on SharePoint…'. The top says only 'see inline.' Convention: an inline answer refers to "
         "the quoted row directly above it -> done [5].",
         "Thunderbird inline answer 'Done - …' under the quoted row 5", text=t28)
    case(1152, "outlook-de-erledigt-two-open", "outlook_de", "outlook_de", MD, "Anna Kowalska",
         ts("2026-09-28 09:15:02", CEST),
         "Erledigt - siehe Anhang.\n\nAnna",
         R("done"),
         "Outlook (German UI), Mon 2026-09-28 09:15 +0200. German 'Erledigt' = done, but no item is named and "
         "Anna owns two items in this meeting (1 and 6) -> done, items []. Per SPEC §6.3 the bot must ask which "
         "item and change nothing.",
         "Outlook de 'Erledigt - siehe Anhang.' with two open items -> ask, change nothing", qtz=munich)

    def ooo(c, m, to, cc, text, hbody):
        t = c["t"]
        body_t = ("Bedankt voor je bericht. Ik ben afwezig van 21 september t/m 2 oktober en heb beperkt toegang "
                  "tot mijn e-mail.\nVoor dringende zaken: Anna Kowalska (anna.kowalska@kqpharma.example.com).\n\n"
                  "Thank you for your message. I am out of office from 21 September until 2 October. For urgent "
                  "matters please contact Anna Kowalska.\n\nDaan de Vries\n")
        from clients import multi
        b1 = "000000000000%s" % hx(c["slug"], 14)
        body = multi("alternative", [leaf("text/plain", body_t, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", '<div dir="ltr">%s</div>' % html_wrap_div(body_t), "UTF-8",
                                          "quoted-printable", ct_quote=False)], b1)
        h = [("MIME-Version", "1.0"), ("From", haddr("Daan de Vries", P["Daan de Vries"]["email"])),
             ("Date", rfc_date(t)), ("Auto-Submitted", "auto-replied"),
             ("Message-ID", "<CAvac%s@mail.gmail.com>" % hx(c["slug"], 40)),
             ("Subject", htext("Re: " + m.recap_subject)), ("To", haddr(*m.reply_to)),
             ("In-Reply-To", m.recap_id), ("References", m.recap_id), ("Precedence", "bulk"),
             ("X-Autoreply", "yes")]
        return envelope(hdr_delivery("gmail", t, P["Daan de Vries"]["email"], c["slug"]) + h, body)
    case(1149, "gmail-vacation-auto-nl", "gmail", None, MD, "Daan de Vries", ts("2026-09-21 09:12:50", CEST),
         None, None,
         "Google Workspace vacation responder (Dutch + English) to the recap, Mon 2026-09-21: Auto-Submitted: "
         "auto-replied, Precedence: bulk, no quote. kind auto, reply null: the bot must neither parse it as a "
         "command nor answer it. Dates in the body ('21 september t/m 2 oktober') are not an extension.",
         "Gmail vacation auto-reply (Dutch/English) -> kind auto", kind="auto", text="", html="", post=ooo)

    # ------------------------------------------------------------------ ME 国庆节前备货 (Thu 2026-09-24)
    case(1129, "qq-confirm-two-items", "qq", "qq", ME, "林晓雯", ts("2026-09-24 17:10:05"),
         "周总，第1、3项没问题，确认。",
         R("confirm", [1, 3]),
         "QQ Mail/Exmail (gb18030) on Thu 2026-09-24 17:10, before the cut-off. '第1、3项没问题，确认' -> confirm "
         "[1, 3].",
         "QQ Mail '第1、3项没问题，确认'")
    case(1130, "dingtalk-done-mixed-english", "dingtalk", "dingtalk", ME, "钱磊", ts("2026-09-29 11:20:33"),
         "值班表已经发到群里了，第2项done\n\n" + SIG_QL,
         R("done", [2]),
         "钉钉邮箱 (Alibaba Mail, UTF-8 base64) on Tue 2026-09-29 (item 2's due day). '第2项done' -> done [2]. "
         "Quote: Alimail dash line + 发件人：/发送时间：/收件人：/主　题： (full-width space). Header shape approximated.",
         "钉钉 mail '第2项done' (English command word in Chinese)")
    case(1131, "feishu-progress-50", "feishu", "feishu", ME, "严冬", ts("2026-09-28 18:40:26"),
         "周总，第4项应收核对进度50%，还有3家医院的回款对不上，国庆前应该能弄完。\n\n严冬 | 财务部",
         R("progress", [4], 50),
         "飞书 mail on Mon 2026-09-28. '第4项应收核对进度50%' -> progress [4] 50. '国庆前应该能弄完' is an estimate "
         "inside the due (09-30), not an extension; '3家' is a count.",
         "飞书 '第4项…进度50%' + '国庆前应该能弄完' (estimate)")
    case(1132, "outlook-zh-extend-after-holiday", "outlook_zh", "outlook_zh", ME, "蔡雨桐",
         ts("2026-09-30 10:05:48"),
         "周总：\n\n第5项申请延期至节后第一个工作日，WMS厂商国庆前排不出工程师，规则改完还要做一轮验证。\n\n"
         "蔡雨桐 | 信息部\n康桥医药（上海）有限公司",
         R("extend", [5], new="2026-10-08"),
         "Outlook zh-CN (gb2312) on Wed 2026-09-30, item 5's due day. '第5项申请延期至节后第一个工作日' -> extend [5]: "
         "National Day holiday 2026-10-01..10-07, first working day after it = 2026-10-08 (Thu), per "
         "chinesecalendar.",
         "Outlook zh-CN '第5项申请延期至节后第一个工作日' (= 10-08)", rule=("after_holiday",))
    case(1133, "iphone-extend-named-next-wed", "ios", "ios_zh", ME, "林晓雯", ts("2026-10-08 08:50:13"),
         "周总，节后补货安排延期到下周三吧，医院那边节后订单还没汇总完。\n\n发自我的 iPhone",
         R("extend", new="2026-10-14"),
         "iPhone on Thu 2026-10-08 (first working day after National Day). The item is named by its task words "
         "('节后补货安排' = item 3) and 林晓雯 owns items 1 and 3 -> items [] as written, a careful assistant applies "
         "it to item 3. '延期到下周三' from Thu 10-08 -> Wednesday of the following week = 2026-10-14.",
         "iPhone '节后补货安排延期到下周三' (task words, no number; 下周三 from a Thursday)",
         rule=("next_week", 2))
    case(1134, "coremail-organizer-confirm-all", "coremail", "coremail", ME, "周志远", ts("2026-09-24 17:31:40"),
         "全部确认，无异议。国庆期间大家辛苦，有事打我手机。\n\n周志远\n供应链部 总经理\n康桥医药（上海）有限公司\n"
         "手机：139 0170 8862\n\n本邮件及其附件含有康桥医药的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何"
         "形式使用本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！",
         R("confirm"),
         "Coremail, the organizer on Thu 2026-09-24 17:31. '全部确认，无异议' -> confirm, items [] (all). The long "
         "Chinese confidentiality disclaimer ('…禁止任何其他人…请您立即…删除本邮件') is signature noise.",
         "Coremail organizer '全部确认，无异议' + Chinese confidentiality disclaimer")
    case(1135, "outlook-en-nonowner-done", "outlook_en", "outlook_en", ME, "孟凡", ts("2026-09-29 09:02:15"),
         "周总，\n\n第2项值班表我已经帮钱经理发到各仓了，done。\n\n孟凡\n冷链运营部",
         R("done", [2]),
         "Outlook (English UI: From:/Sent:/To:/Subject: quote, 'RE:' prefix) with Chinese text, Tue 2026-09-29. "
         "'第2项…done' -> done [2], but 孟凡 is neither item 2's owner (钱磊), nor the organizer, nor 钱磊's manager: "
         "per SPEC §6.3 the bot keeps it as a comment and changes nothing.",
         "Outlook en UI, '第2项…done' from someone who is not the owner -> comment only")

    # ------------------------------------------------------------------ MF 9月月结 (Fri 2026-10-09)
    case(1136, "outlook-zh-done-chinese-numeral", "outlook_zh", "outlook_zh", MF, "严冬", ts("2026-10-12 09:40:21"),
         "邓总监：\n\n第一项已完成，9月报销汇总表已上传到财务共享盘。\n\n严冬\n财务部",
         R("done", [1]),
         "Outlook zh-CN on Mon 2026-10-12 (item 1's due day). '第一项已完成' (Chinese numeral) -> done [1].",
         "Outlook zh-CN '第一项已完成' (Chinese numeral)")
    case(1137, "owa-extend-named-this-friday", "owa", "owa_zh", MF, "钱磊", ts("2026-10-13 03:20:09",
                                                                               dt.timezone.utc),
         "邓总监，四季度冷链运输预算还要等顺丰和京东的新报价，申请延期到本周五（10月16日）。\n\n" + SIG_QL,
         R("extend", new="2026-10-16"),
         "OWA (Date Tue 03:20 +0000 = 11:20 Shanghai, 2026-10-13). The item is named ('四季度冷链运输预算' = item 2, "
         "钱磊's only item in this meeting) -> items [] as written; by SPEC the bot applies it to the sender's only "
         "item. '本周五（10月16日）' -> 2026-10-16; both forms agree.",
         "OWA (+0000) '…预算…申请延期到本周五（10月16日）' (task named; sender's only item)",
         rule=("weekday", 4))
    case(1138, "gmail-android-until-thursday", "gmail_android", "gmail_android_en", MF, "Priya Nair",
         ts("2026-10-13 22:30:54"),
         "Peggy, item 3 will slip - Lan's Q3 sales data only came in today. Can I have until Thursday?\n\nPriya",
         R("extend", [3], new="2026-10-15"),
         "Gmail for Android, Tue 2026-10-13 22:30 (+0800, Singapore). 'item 3 will slip … Can I have until "
         "Thursday?' -> extend [3]; Thursday from Tue 10-13 = 2026-10-15.",
         "Gmail Android 'item 3 will slip … Can I have until Thursday?'", rule=("weekday", 3))
    case(1139, "applemail-de-done-disclaimer", "applemail", "applemail_de", MF, "Markus Weber",
         ts("2026-10-16 16:20:38", CEST),
         "Peggy,\n\nreconciliation done (item 4), signed statement attached.\n\nMarkus\n\n--\nMarkus Weber\nHead of "
         "Quality Europe\nKQ Pharma Europe GmbH · Leopoldstraße 244 · 80807 München\nAmtsgericht München HRB "
         "254117 · Geschäftsführer: Dr. Thomas Brenner\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich "
         "geschützte Informationen. This e-mail may contain confidential information.",
         R("done", [4]),
         "Apple Mail (macOS, German UI: '> Am 09.10.2026 um 09:10 schrieb 纪要助手 <…>:'), Fri 2026-10-16 16:20 "
         "+0200 = 22:20 Shanghai, item 4's due day. 'reconciliation done (item 4)' -> done [4]. German company "
         "footer (HRB number, address digits) and disclaimer are signature.",
         "Apple Mail de 'reconciliation done (item 4)' + German legal footer", qtz=munich)
    case(1140, "foxmail-progress-qicheng", "foxmail", "foxmail", MF, "蔡雨桐", ts("2026-10-10 10:30:02"),
         "邓总监，软件许可续费的材料周一可以给到，目前大概七成。",
         R("progress", percent=70),
         "Foxmail GBK on Sat 2026-10-10, a make-up working day. The item is named ('软件许可续费的材料' = item 5, "
         "蔡雨桐's only item here) -> items [] as written. '大概七成' = about 70% -> progress, percent 70 "
         "(AMBIGUOUS wording: a careful assistant records 70). '周一可以给到' is an estimate inside the due (10-15).",
         "Foxmail '…材料周一可以给到，目前大概七成' (七成 = 70%, task named) on a make-up Saturday")
    case(1151, "coremail-question-with-date", "coremail", "coremail", MF, "严冬", ts("2026-10-09 16:02:44"),
         "邓总监，请教一下：第2项的预算模板用今年新版的还是去年的？另外10月14日是指提交给您还是提交到系统里？",
         R("unknown", [2]),
         "Coremail on Fri 2026-10-09. A QUESTION about item 2 (which is not even the sender's item) that mentions "
         "'10月14日' (item 2's current due date) -> no command, intent 'unknown', items [2] as written. Must not "
         "be read as an extension.",
         "Coremail question about item 2 mentioning '10月14日' -> unknown")

    # ------------------------------------------------------------------ MG 春节前 (Mon 2026-02-09)
    case(1141, "qq-confirm-he-items", "qq", "qq", MG, "孟凡", ts("2026-02-09 15:30:17"),
         "第1项和第6项都没问题，确认。",
         R("confirm", [1, 6]),
         "QQ Mail (gb18030) on Mon 2026-02-09 15:30, before the cut-off. '第1项和第6项都没问题，确认' -> confirm "
         "[1, 6].",
         "QQ Mail '第1项和第6项都没问题，确认'")
    case(1142, "outlook-zh-named-after-festival", "outlook_zh", "outlook_zh", MG, "沈慧", ts("2026-02-12 17:20:31"),
         "周总：\n\n复工检查清单申请延期到节后第一个工作日，要等EHS部门一起过一遍。\n\n沈慧\n质量部 经理",
         R("extend", new="2026-02-24"),
         "Outlook zh-CN on Thu 2026-02-12. The item is named ('复工检查清单' = item 3, 沈慧's only item) -> items [] "
         "as written. '节后第一个工作日': Spring Festival holiday 2026-02-15..02-23, first working day after = "
         "2026-02-24 (Tue), per chinesecalendar; the make-up Saturday 02-14 comes BEFORE the holiday and is not "
         "'after the festival'.",
         "Outlook zh-CN '复工检查清单申请延期到节后第一个工作日' (= 02-24; not the 02-14 make-up day)",
         rule=("after_holiday",))
    case(1143, "iphone-done-checkmark", "ios", "ios_zh", MG, "林晓雯", ts("2026-02-10 19:02:40"),
         "截单通知已经发给所有客户了✅ 第2项完成\n\n发自我的 iPhone",
         R("done", [2]),
         "iPhone on Tue 2026-02-10 19:02. '第2项完成' -> done [2]; the ✅ emoji sits between the task words and the "
         "command.",
         "iPhone '截单通知已经发给所有客户了✅ 第2项完成'")
    case(1144, "dingtalk-extend-feb27", "dingtalk", "dingtalk", MG, "严冬", ts("2026-02-13 10:12:26"),
         "周总，第5项年度盘点差异说明申请延期到2月27日，深圳仓的盘点数据节后才能复核。",
         R("extend", [5], new="2026-02-27"),
         "钉钉 mail on Fri 2026-02-13 (item 5's due day). '第5项…申请延期到2月27日' -> extend [5] 2026-02-27 (Fri, "
         "working day). '节后' is part of the reason.",
         "钉钉 '第5项…申请延期到2月27日'", rule=("abs", "2026-02-27"))
    case(1146, "wecom-done-no-item-two-open", "wecom", "qq", MG, "孟凡", ts("2026-02-12 16:48:09"),
         "弄好了，已经发群里了。",
         R("done"),
         "企业微信 mail on Thu 2026-02-12. '弄好了' = done, but no item is named and 孟凡 owns two items here (1 and "
         "6) -> done, items []. Per SPEC §6.3 the bot must ask which and change nothing.",
         "企业微信 '弄好了，已经发群里了。' with two open items -> ask, change nothing")
    rows_after = {6: "[孟凡] 名单已整理完，已完成，附后。"}
    o_lines = []
    qt, _ = QUOTES["outlook_zh"](MG, sh(MG.t))
    for line in qt.split("\n"):
        o_lines.append(line)
        if line.startswith("| 6 |"):
            o_lines.append(rows_after[6])
    t54 = "周总，见下方红字。\n\n孟凡\n" + "\n".join(o_lines)
    mg_html = recap_html(MG, row_after={6: esc(rows_after[6])})
    _t, h54 = QUOTES["outlook_zh"](type("X", (), dict(to=MG.to, cc=MG.cc, recap_subject=MG.recap_subject,
                                                       text=MG.text, html=mg_html))(), sh(MG.t))
    case(1154, "outlook-zh-inline-red", "outlook_zh", None, MG, "孟凡", ts("2026-02-13 11:05:50"),
         None, R("done", [6]),
         "Outlook zh-CN inline answer 'in red': the top says only '见下方红字'; inside the quoted recap, right under "
         "row 6, the line '[孟凡] 名单已整理完，已完成，附后。' (in HTML a red table row after row 6). Outlook's "
         "plain part has no '>' prefixes, so the answer is only recognisable by position. Convention: the inline "
         "answer refers to the row above it -> done [6]. 孟凡 owns items 1 and 6.",
         "Outlook zh-CN inline red answer under quoted row 6 (no '>' in plain text)",
         text=t54, html=html_wrap_div("周总，见下方红字。\n\n孟凡") + h54)

    # ------------------------------------------------------------------ more everyday replies
    case(1150, "mailmaster-bare-ok", "mailmaster", "mailmaster", MB, "黃柏翰", ts("2026-09-15 12:01:44"),
         "OK",
         R("confirm"),
         "网易邮箱大师 on Tue 2026-09-15 12:01: a bare 'OK' from an owner before the cut-off -> confirm, items [] "
         "(SPEC lists OK as a confirm word).",
         "网易邮箱大师 bare 'OK' -> confirm")
    case(1156, "applemail-zh-progress-half", "applemail", "applemail_zh", ME, "严冬", ts("2026-09-29 20:48:03"),
         "第4项完成一半了，剩下的明天弄完。\n\n严冬",
         R("progress", [4], 50),
         "Apple Mail zh on Tue 2026-09-29. '第4项完成一半了' = half done -> progress [4], percent 50 (AMBIGUOUS "
         "wording: '完成' appears but '一半' makes it progress, not done). '明天弄完' (09-30 = the due) is a promise.",
         "Apple Mail zh '第4项完成一半了' (half = 50%, contains 完成 but is not done)")
    case(1158, "gmail-en-mobile-signature-object", "ios", "ios_en", MC, "Tan Wei Ming", ts("2026-09-16 17:58:31"),
         "Objection on #3 - Haruka is on leave next week, the questionnaire should go to the Tokyo partner desk "
         "instead. Will sort out the owner tomorrow.\n\nSent from my iPhone",
         R("object", [3]),
         "iPhone Mail (English) from the organizer on Wed 2026-09-16 17:58, two minutes before the cut-off. "
         "'Objection on #3 - …' -> object [3]. 'tomorrow' is not a due change. Quote '> On Sep 16, 2026, at 17:40, "
         "纪要助手 <…> wrote:'.",
         "iPhone English 'Objection on #3 - …' just before the cut-off")
    case(1159, "foxmail-extend-oct12", "foxmail", "foxmail", MA, "贺子航", ts("2026-09-24 15:16:27"),
         "钱经理，第5项保温箱供应商说样品下周才到，能不能延到10月12日（节后那周的周一）？\n\n贺子航\n质量部",
         R("extend", [5], new="2026-10-12"),
         "Foxmail GBK on Thu 2026-09-24. '第5项…能不能延到10月12日（节后那周的周一）？' -> extend [5] 2026-10-12 (Mon, a "
         "working day; the bracket only describes it). '下周才到' is the reason.",
         "Foxmail '第5项…能不能延到10月12日（节后那周的周一）？'", rule=("abs", "2026-10-12"))
    case(1160, "gmail-en-object-short", "gmail", "gmail_en", MC, "Kim Min-jun", ts("2026-09-16 17:52:16"),
         "Hi Wei Ming - I have an objection to item 2: the Korea price proposal needs the MFDS import tariff "
         "first, which we won't have before next week.\n\nMinjun",
         R("object", [2]),
         "Gmail web (English UI) on Wed 2026-09-16 17:52, before the cut-off. 'I have an objection to item 2' "
         "-> object [2]. 'before next week' is the reason.",
         "Gmail en 'I have an objection to item 2: …'")
    case(1114, "outlook-zh-confirm-with-question", "outlook_zh", "outlook_zh", ME, "严冬", ts("2026-09-24 17:05:59"),
         "周总：\n\n第4项确认。顺便问一下，9月的应收是按开票口径还是按发货口径核对？\n\n严冬\n财务部",
         R("confirm", [4]),
         "Outlook zh-CN on Thu 2026-09-24 17:05, before the cut-off. '第4项确认' -> confirm [4]; the follow-up "
         "question does not change the intent.",
         "Outlook zh-CN '第4项确认' + a follow-up question")
