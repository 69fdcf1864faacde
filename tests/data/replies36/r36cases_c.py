# -*- coding: utf-8 -*-
"""Cases 6481-6500: replies to M5 (park safety month), M6 (museum shop, recap after the cut-off) and
M7 (English yard-app UAT kickoff), plus the two automatic messages."""
from r36cases_a import MUS_PC, PARK_PC, MOBILE, QQ_SMTP, HINET
from r36cases_b import M365_IN, M365_DE, GOOGLE, SIG_ARVIND, SIG_JONAS

FEISHU = ("va-1-30.ptr.blmpb.com", "va-1-30.ptr.blmpb.com", "209.127.230.30")

CASES_C = [
    # ------------------------------------------------------------------ M5
    dict(n=6481, slug="progress-80-qqmail-gb18030", m="M5", client="qq", frm="niuzhenyu",
         cc=["yantao"], date="2026-06-08 08:55:37 +0800",
         opt=dict(label="gb18030", cte="base64", via=QQ_SMTP, orig_ip="60.212.178.45"),
         body="阎科：\n第1项进度80%，充电区线路已经重新穿管布线，漏电保护器也换了，就等供电公司来验收。\n牛振宇",
         intent="progress", items=[1], percent=80, rule=None, new_due=None,
         tests="plain '第1项进度80%' in QQ Mail web gb18030",
         notes="Reply on Mon 2026-06-08 to the M5 recap. '第1项进度80%' -> progress, items [1], percent 80. The quoted "
               "recap footer repeats '进度80%' as an example — the same number, so a parser that reads the quote gets "
               "the right answer only by luck; the percent comes from the new text. QQ Mail web, gb18030 base64."),
    dict(n=6482, slug="extend-15hao-feishu-tenant", m="M5", client="feishu", frm="caoying",
         cc=["yantao", "qiuchen"], date="2026-06-10 15:10:22 +0800", opt=dict(via=FEISHU),
         body="阎经理您好：\n\n第7项我们仓库的电动车充电柜已经下单，厂家15号才能上门安装，申请延期到15号。"
              "安装完成后我们拍照片发给邱晨核验。",
         sig="曹颖\n云仓优选（临沂）供应链有限公司 仓储主管",
         intent="extend", items=[7], percent=None, rule=("dom", 15), new_due="2026-06-15",
         tests="tenant on Feishu mail: '申请延期到15号' -> the 15th of the current month",
         notes="Reply on Wed 2026-06-10 from a park tenant (owner of item 7, due 06-12). '第7项…申请延期到15号' -> extend, "
               "items [7]; '15号' = the 15th of the current month, not yet past -> 2026-06-15 (convention 5). The first "
               "'15号' is the installer's date (the reason); both give the same day. Feishu mail, UTF-8 base64, quote "
               "block '发件人:/日期:/主题:/收件人:/抄送:' then '> ' lines."),
    dict(n=6483, slug="extend-ambiguous-owner-of-two-foxmail", m="M5", client="foxmail", frm="qiuchen",
         cc=["yantao"], date="2026-06-08 17:05:50 +0800",
         opt=dict(label="utf-8", cte="base64", via=PARK_PC(10)),
         body="阎科：\n\n这周园区要迎接市应急管理局的专项检查，我这边的事情都要往后推一推，申请延期到6月24日。\n\n邱晨",
         intent="extend", items=[], percent=None, rule=("abs", "2026-06-24"), new_due="2026-06-24",
         tests="AMBIGUOUS: extension without number or task words from the owner of items 2 and 5",
         notes="AMBIGUOUS. Reply on Mon 2026-06-08 from the owner of two M5 items (2 补齐园区消防通道标识, due 06-10; "
               "5 组织全员消防演练, due 06-17). '申请延期到6月24日' -> extend with new_due_date 2026-06-24 (absolute "
               "date). No item number and no task words ('我这边的事情') -> items [], no content-match (convention 3); "
               "the bot has to ask which item(s). '这周' describes the inspection, not a date."),
    dict(n=6484, slug="done-items-2-3-manager-mailmaster", m="M5", client="mailmaster", frm="yantao",
         cc=["dingjianhua", "qiuchen"], date="2026-06-12 16:40:11 +0800", opt=dict(via=MOBILE("112.224.66.88")),
         body="第2、3项都已完成：园区消防通道标识共补了42处；特种作业人员持证复核也做完了，3人证件过期，已暂停上岗并安排复训。",
         intent="done", items=[2, 3], percent=None, rule=None, new_due=None,
         tests="several items in one sentence '第2、3项都已完成' by the organizer/manager; counts 42处, 3人",
         notes="Reply on Fri 2026-06-12 by the organizer, who owns item 3 and manages the owner of item 2. "
               "'第2、3项都已完成' -> done, items [2, 3]. '42处' and '3人' are counts (convention 6). Mail Master "
               "footer and '---- 回复的原邮件 ----' quote."),
    dict(n=6485, slug="progress-counts-and-70-outlook", m="M5", client="outlook", frm="miaoqing",
         cc=["yantao", "handong"], date="2026-06-11 11:00:36 +0800",
         opt=dict(lang="zh", label="utf-8", cte="base64", via=PARK_PC(11)),
         body="阎科：\n\n第6项隐患整改台账目前已录入86条隐患中的60条，进度约70%，剩下的是冷链区和租户仓库的，"
              "等他们整改照片发过来再补。",
         sig="苗青\n运营部\n临沂鲁南国际物流园　0539-8736 125",
         intent="progress", items=[6], percent=70, rule=None, new_due=None,
         tests="progress '约70%' next to counts '86条…中的60条' (counts are not percents)",
         notes="Reply on Thu 2026-06-11. '第6项…进度约70%' -> progress, items [6], percent 70 (the written percent; "
               "'86条隐患中的60条' is a count, 60/86 = 69.8 and must not be used or read as 60%, convention 6). "
               "Outlook zh-CN, UTF-8 base64."),
    dict(n=6486, slug="object-item4-outlook-gb2312-label-gbk-char", m="M5", client="outlook", frm="renjun",
         cc=["yantao", "dingjianhua"], date="2026-06-02 17:45:09 +0800",
         opt=dict(lang="zh", label="gb2312", cte="base64", via=PARK_PC(12)),
         body="阎科：\n\n对第4项有异议：冷链库门禁摄像头是租户翀达冷链自购的设备，按租赁合同应由租户负责更换，"
              "信息部只负责把新摄像头接入园区安防平台。建议第4项改由翀达冷链负责，信息部配合接入。",
         sig="任俊\n信息部 经理｜临沂鲁南国际物流园\n手机：153 1539 7720",
         intent="object", items=[4], percent=None, rule=None, new_due=None,
         tests="有异议 on 第4项 (owner dispute); Outlook labels the part gb2312 but it carries the GBK-only 翀",
         notes="Reply on Tue 2026-06-02 17:45, fifteen minutes before the cut-off. '对第4项有异议' with a reason (the "
               "wrong owner) -> object, items [4]; no date. The body and the From/Subject are labelled gb2312 but "
               "written in GBK: the tenant name 翀达冷链 uses 翀, which GB2312 lacks (decode gb2312 labels as GBK, "
               "as Outlook does)."),
    # ------------------------------------------------------------------ M6 (recap sent after the cut-off)
    dict(n=6487, slug="auto-ooo-coremail", m="M6", client="coremail_ooo", frm="qiyue",
         date="2026-07-06 18:40:15 +0800", kind="auto",
         body="您好！\n\n我于7月6日至7月10日带队在外开展暑期研学活动，期间不便及时回复邮件。社教部日常事务请联系温佳怡"
              "（wenjiayi@kfmuseum.example.cn），急事请拨打社教部办公室电话。\n\n齐悦\n社会教育部",
         intent=None, items=[], percent=None, rule=None, new_due=None,
         tests="Coremail out-of-office to the recap (Auto-Submitted: auto-replied, '自动回复:' subject) -> auto",
         notes="Automatic reply sent three seconds after the M6 recap (Mon 2026-07-06 18:40) by the Coremail "
               "auto-responder of a Cc'd department head. Headers decide: Auto-Submitted: auto-replied, "
               "X-Coremail-Autoreply, subject '自动回复: Re: …', In-Reply-To = the recap. The body has dates "
               "(7月6日至7月10日) and a delegate; it is neither a command nor a person's reply -> kind auto, reply null."),
    dict(n=6488, slug="done-ambiguous-owner-of-two-iphone", m="M6", client="apple", frm="qiansiqi",
         cc=["luhaitao"], date="2026-07-08 16:50:44 +0800",
         opt=dict(dev="iphone", loc="zh", footer="发自我的iPhone", cte="quoted-printable", via=MOBILE("223.104.105.70")),
         body="卢经理，我这边已经弄好了，麻烦帮我关掉，谢谢～",
         intent="done", items=[], percent=None, rule=None, new_due=None,
         tests="AMBIGUOUS: '已经弄好了，麻烦帮我关掉' from the owner of items 1 and 4, no number, no task words",
         notes="AMBIGUOUS. Reply on Wed 2026-07-08 from the owner of two M6 items (1 上架暑期研学文创新品, due 07-10; "
               "4 统计上半年文创销售数据, due 07-08 = today). '已经弄好了，麻烦帮我关掉' -> done, but no number and no "
               "task words -> items [], no content-match (convention 3). Item 4 being due today is a hint, not a "
               "reference; the bot must ask."),
    dict(n=6489, slug="extend-month-end-coremail-html-only", m="M6", client="coremail", frm="shaolei",
         cc=["luhaitao"], date="2026-07-14 10:20:31 +0800", opt=dict(cte="base64", html_only=True),
         body="卢经理：\n第2项小程序改版的代码已经提交，但新版本要重新走微信小程序审核，加上支付接口变更要备案，申请推迟到月底。\n邵磊",
         intent="extend", items=[2], percent=None, rule=("month_end",), new_due="2026-07-31",
         tests="申请推迟到月底 -> last calendar day of the month; Coremail mobile web sends HTML only",
         notes="Reply on Tue 2026-07-14 (item 2 due 07-17). '申请推迟到月底' -> extend, items [2]; 月底 = the last "
               "calendar day of the current month -> 2026-07-31 (convention 5; a Friday). Single text/html part "
               "(Coremail mobile web); the quote is Coremail's '-----原始邮件-----' in a <pre> and a blockquote."),
    dict(n=6490, slug="extend-10hao-rolls-to-next-month-outlook", m="M6", client="outlook", frm="luhaitao",
         cc=["zhaowenbo", "chenguanyu", "linyating"], date="2026-07-17 09:40:26 +0800",
         opt=dict(lang="zh", label="utf-8", cte="quoted-printable", via=MUS_PC(13)),
         body="赵馆：\n\n第3项联名款实物打样，木樨那边的打样厂7月排不上，最早8月初寄出，第3项申请延期到10号。"
              "样品到馆后我和思琪一起确认。",
         sig="卢海涛\n文创开发部 经理\n开封市汴京城市博物馆",
         intent="extend", items=[3], percent=None, rule=("dom", 10), new_due="2026-08-10",
         tests="'申请延期到10号' sent on 07-17: the 10th is past this month -> 2026-08-10; '8月初寄出' is not the date",
         notes="Reply on Fri 2026-07-17 by the organizer, owner of item 3 (due 07-15, already overdue). '第3项申请延期到"
               "10号' -> extend, items [3]. July 10 is already past, so '10号' is the 10th of next month -> 2026-08-10 "
               "(convention 5), which also fits '最早8月初寄出' (a vague shipping estimate, not a date request)."),
    dict(n=6491, slug="done-item6-taiwan-apple-mail-zh-tw", m="M6", client="apple", frm="chenguanyu",
         cc=["luhaitao", "linyating"], date="2026-07-13 10:30:52 +0800",
         opt=dict(dev="mac", loc="tw", cte="quoted-printable", via=HINET),
         body="盧經理 您好：\n\n第6項聯名款打樣設計稿已完成，共三款（帆布袋、書籤、冰箱貼），原始檔已上傳至共用雲端資料夾，請查收。",
         sig="陳冠宇 Kevin Chen\n木樨展示設計有限公司｜平面設計",
         intent="done", items=[6], percent=None, rule=None, new_due=None,
         tests="Taiwan designer, Traditional Chinese '第6項…已完成' from Apple Mail (zh-TW attribution '於 … 寫道：')",
         notes="Reply on Mon 2026-07-13, the due day of item 6. '第6項聯名款打樣設計稿已完成' -> done, items [6]. "
               "'共三款' is a count. Apple Mail on macOS with a Traditional Chinese (Taiwan) locale, UTF-8 QP."),
    dict(n=6492, slug="done-item5-on-attribution-line-gmail-app", m="M6", client="gmail", frm="wenjiayi",
         cc=["luhaitao", "qiyue"], date="2026-07-09 12:15:08 +0800",
         opt=dict(lang="zh", attrline=True, via=MOBILE("223.104.105.33")),
         body="第5项已完成，研学营招募方案已提交公众号后台，审核通过后就推送。",
         intent="done", items=[5], percent=None, rule=None, new_due=None,
         tests="reply text on the same line as the Gmail attribution '纪要助手 <…> 于2026年7月6日周一 18:40写道：'",
         notes="Reply on Thu 2026-07-09, the due day of item 5, from the Gmail app on Android with the museum "
               "account. The sender typed at the start of the quote header, so the plain text has '第5项已完成，…就推送。"
               "纪要助手 <minutes@…> 于2026年7月6日周一 18:40写道：' on one line. A parser that drops the whole "
               "attribution line loses the command; the reply is done, items [5]. The date in the attribution is the "
               "recap's, not a request."),
    dict(n=6493, slug="done-content-match-item1-coremail", m="M6", client="coremail", frm="qiansiqi",
         cc=["luhaitao"], date="2026-07-10 17:20:19 +0800", opt=dict(cte="quoted-printable"),
         body="卢经理：\n暑期研学文创新品今天已经全部上架，线下门店和小程序同步，共18个SKU。\n钱思琪",
         intent="done", items=[], percent=None, rule=None, new_due=None,
         tests="done named by task words ('研学文创新品…上架') from the owner of items 1 and 4: content-match [1]",
         notes="Reply on Fri 2026-07-10, the due day of item 1. No number; '暑期研学文创新品…已经全部上架' matches item 1 "
               "(上架暑期研学文创新品) and not her other item 4 (统计上半年文创销售数据) -> done, items [], "
               "content-match [1] (convention 3). '18个SKU' is a count."),
    # ------------------------------------------------------------------ M7 (English recap)
    dict(n=6494, slug="done-item2-bottom-posted-thunderbird", m="M7", client="thunderbird", frm="sandeep",
         cc=["renjun", "priya"], date="2026-06-25 12:10:31 +0530",
         opt=dict(lang="en", mode="bottom", cte="8bit", via=M365_IN),
         body="Item 2 done - the UAT environment is up with the 20 June data snapshot. URL and test logins are in the "
              "UAT tracker.\n\nRegards,",
         sig="Sandeep Nair\nQA Lead, Saptarishi Infotech",
         intent="done", items=[2], percent=None, rule=None, new_due=None,
         tests="bottom-posted English reply (quote first, answer below) 'Item 2 done'",
         notes="Reply on Thu 2026-06-25 12:10 +0530 (14:40 Shanghai), the due day of item 2. Bottom-posted: the "
               "attribution 'On 23/06/26 1:40 pm, 纪要助手 wrote:' and the whole '> ' quote come first, the answer "
               "below it -> done, items [2]. '20 June data snapshot' names the data, not a date request."),
    dict(n=6495, slug="progress-roughly-75-gmail-counts", m="M7", client="gmail", frm="priya",
         cc=["renjun", "fanglixin"], date="2026-06-25 16:40:12 +0530", opt=dict(lang="en", via=GOOGLE),
         body="Hi Ren Jun,\n\nItem 1 is roughly 75% there: daytime plates are read correctly now (412 of 430 test "
              "images), the remaining misreads are night shots with glare on the 鲁Q plates. We are retraining the "
              "model with the Gate 2 night footage and should still make Friday.\n\nThanks,\nPriya",
         sig="Priya Raghavan\nTechnical Lead – Logistics Practice\nSaptarishi Infotech",
         intent="progress", items=[1], percent=75, rule=None, new_due=None,
         tests="'roughly 75%' with a count '412 of 430' and 'Gate 2' (not an item); 'make Friday' = due date",
         notes="Reply on Thu 2026-06-25 16:40 +0530. 'Item 1 is roughly 75% there' -> progress, items [1], percent 75. "
               "'412 of 430 test images' is a count (not a percent, convention 6); 'Gate 2' is a place, not item 2; "
               "'should still make Friday' restates the due date 06-26 (convention 7)."),
    dict(n=6496, slug="done-items-4-6-organizer-english-outlook", m="M7", client="outlook", frm="renjun",
         cc=["jonas", "niuzhenyu", "arvind"], date="2026-06-29 17:30:40 +0800",
         opt=dict(lang="zh", label="utf-8", cte="base64", via=PARK_PC(14)),
         body="Hi all,\n\nItems 4 and 6 are done: Niu Zhenyu signed the AGV charging schedule on Friday (the signed "
              "copy is on the project drive), and the UAT sign-off sheet is ready.\n\nBest regards,\nRen Jun",
         sig="任俊 Ren Jun\n信息部 经理｜临沂鲁南国际物流园",
         intent="done", items=[4, 6], percent=None, rule=None, new_due=None,
         tests="'Items 4 and 6 are done' from the organizer, English text in a Chinese Outlook (答复:, 发件人: quote)",
         notes="Reply on Mon 2026-06-29 by the organizer (owner of item 6). 'Items 4 and 6 are done' -> done, items "
               "[4, 6] (several items in one sentence). 'on Friday' is when the schedule was signed. English body, "
               "Chinese Outlook: subject '答复: Re: …' and a '发件人:/发送时间:' quote header over the English recap."),
    dict(n=6497, slug="extend-next-tuesday-timezone-crosses-day", m="M7", client="outlook_ios", frm="arvind",
         cc=["renjun", "meera"], date="2026-06-28 22:15:09 +0530",
         opt=dict(m365="PN3PR01MB9527", region="INDPRD01", via=M365_IN),
         body="Ren Jun – can we push item 5 to next Tuesday? Our legal team reviews SOW changes only in their Monday "
              "meeting, so I can send you the signed version the day after.\n\nArvind",
         intent="extend", items=[5], percent=None, rule=("next_week", 1), new_due="2026-07-07",
         tests="'push item 5 to next Tuesday' sent Sunday 22:15 in Pune = Monday 00:45 in Shanghai -> 2026-07-07",
         notes="Reply dated Sun 2026-06-28 22:15 +0530, which is Mon 2026-06-29 00:45 in Asia/Shanghai. 'can we push "
               "item 5 to next Tuesday?' -> extend, items [5]. Resolved on the Shanghai date (convention 5): Tuesday "
               "of the following calendar week = 2026-07-07. Read on the Pune date it could mean 06-30, which is "
               "before the current due date 07-03 and so could not be an extension; 07-07 also matches 'the Monday "
               "meeting … the day after'."),
    dict(n=6498, slug="auto-postfix-delay-dsn", m="M7", client="postfix_delay", frm=None,
         date="2026-06-23 20:12:31 +0800", kind="auto",
         opt=dict(rcpts=["priya", "sandeep", "arvind", "meera"], mx=("mx1.saptarishi.example.com", "203.0.113.45")),
         intent=None, items=[], percent=None, rule=None, new_due=None,
         tests="Postfix 'Delayed Mail (still being retried)' DSN for the M7 recap (multipart/report, Return-Path <>)",
         notes="Delivery-status warning from the park's own Postfix, four hours after the M7 recap could not reach the "
               "partner's mail server (Action: delayed, Status 4.4.1, connection timed out). Return-Path <>, From "
               "MAILER-DAEMON, multipart/report; report-type=delivery-status with the recap's headers "
               "(text/rfc822-headers, including its In-Reply-To). No person wrote it -> kind auto, reply null; the bot "
               "must not answer it."),
    dict(n=6499, slug="unknown-question-item3-qqmail-app", m="M7", client="qq", frm="fanglixin",
         cc=["renjun", "handong"], date="2026-06-24 08:40:27 +0800",
         opt=dict(label="utf-8", cte="base64", app="QQMail iPhone 6.8.2", via=QQ_SMTP),
         body="任工：\n请问第3项司机反馈是用纸质问卷还是线上表单？大概需要收集多少位司机的？二号门这周夜班车多，我好提前安排人。\n房立新",
         intent="unknown", items=[3], percent=None, rule=None, new_due=None,
         tests="Chinese question about 第3项 on an English recap, from the QQ Mail app -> unknown [3]",
         notes="Reply on Wed 2026-06-24 by the owner of item 3. Questions ('请问…还是…？', '多少位') -> unknown, items [3]. "
               "'二号门' is Gate 2, not item 2; '这周' is not a date request. QQ Mail app (UTF-8), QQ quote separator."),
    dict(n=6500, slug="object-item4-german-outlook-wrong-owner", m="M7", client="outlook", frm="jonas",
         cc=["renjun", "niuzhenyu"], date="2026-06-23 10:40:55 +0200",
         opt=dict(lang="de", label="utf-8", cte="quoted-printable", m365="FR3P281MB1842", region="DEUP281",
                  via=M365_DE),
         body="Hello Mr. Ren,\n\nsorry, but I have to object to item 4: the AGV charging schedule has to be signed off by "
              "your warehouse team (Mr. Niu), not by Kranich. We only provide the proposal – it went out to Mr. Niu on "
              "19 June. Could you please change the owner?",
         sig=SIG_JONAS,
         intent="object", items=[4], percent=None, rule=None, new_due=None,
         tests="English objection to item 4 (wrong owner) from a German Outlook, before the cut-off",
         notes="Reply on Tue 2026-06-23 10:40 +0200 = 16:40 Shanghai, before the 18:00 cut-off of the M7 recap. "
               "'I have to object to item 4: …' -> object, items [4]. '19 June' is a past fact; 'Could you please "
               "change the owner?' asks for a reassignment, not a date move -> new_due_date null."),
]
