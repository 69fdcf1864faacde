# -*- coding: utf-8 -*-
"""Cases 6465-6480: replies to M3 (English WMS cutover sync with the Indian IT partner and the German AGV
vendor) and M4 (museum loan exhibition with a Hong Kong art-logistics partner, before Dragon Boat)."""
from r36cases_a import MUS_PC, PARK_PC, MOBILE, SIG_CHU

M365_IN = ("MA0PR01CU012.outbound.protection.outlook.com",
           "mail-centralindiaazon11011029.outbound.protection.outlook.com", "52.101.157.29")
M365_DE = ("FR4P281CU032.outbound.protection.outlook.com",
           "mail-germanywestcentralazon11012056.outbound.protection.outlook.com", "52.101.171.56")
M365_HK = ("HK2PR02CU002.outbound.protection.outlook.com",
           "mail-eastasiaazon11012034.outbound.protection.outlook.com", "52.101.128.34")
GOOGLE = ("mail-pj1-f41.google.com", "mail-pj1-f41.google.com", "209.85.216.41")

SIG_ARVIND = ("Arvind Kulkarni | Delivery Manager\nSaptarishi Infotech Pvt. Ltd. | Pune 411014\nM: +91 98220 41376\n\n"
              "The information contained in this e-mail is confidential and intended solely for the addressee. If you "
              "have received this e-mail in error, please notify the sender and delete it.")
SIG_JONAS = ("Mit freundlichen Grüßen / Best regards\n\nJonas Weber\nProjektleiter Software\n\n"
             "Kranich Fördertechnik GmbH\nEmil-Figge-Straße 80 · 44227 Dortmund · Germany\nTel. +49 231 9700-4412\n"
             "www.kranich-ft.example.com\n\nGeschäftsführer: Dr. Heike Brandt, Martin Kranich · Amtsgericht Dortmund HRB 31877")
SIG_KAREN = ("Karen Wong 黃嘉欣\nSenior Project Manager, Museum Services\nHarbour Fine Art Logistics Ltd.\n"
             "T +852 2345 6781 | M +852 9123 4567")

CASES_B = [
    # ------------------------------------------------------------------ M3 (English recap)
    dict(n=6465, slug="confirm-english-outlook-india-disclaimer", m="M3", client="outlook", frm="arvind",
         cc=["renjun", "priya", "sandeep"], date="2026-05-12 13:50:37 +0530",
         opt=dict(lang="en", label="utf-8", cte="quoted-printable", m365="PN3PR01MB9527", region="INDPRD01",
                  via=M365_IN),
         body="Hi Ren Jun,\n\nConfirmed from our side – no objections to the action items.\n\nThanks,\nArvind",
         sig=SIG_ARVIND,
         intent="confirm", items=[], percent=None, rule=None, new_due=None,
         tests="English confirm from the Indian partner (Outlook/M365, +0530 Date) with signature and legal disclaimer",
         notes="Reply on Tue 2026-05-12 13:50 +0530 = 16:20 in Shanghai, before the 18:00 cut-off of the English M3 "
               "recap. 'Confirmed … no objections' -> confirm, items []. The Outlook quote shows the recap time in the "
               "sender's zone ('Sent: Tuesday, May 12, 2026 1:35 PM') under a '____' line; the disclaimer and the "
               "phone number are signature noise."),
    dict(n=6466, slug="extend-the-21st-gmail-india", m="M3", client="gmail", frm="priya",
         cc=["renjun", "arvind", "tanlu"], date="2026-05-14 11:20:15 +0530", opt=dict(lang="en", via=GOOGLE),
         body="Hi Ren Jun,\n\nItem 1: the legacy SKU master has ~18,000 duplicate rows that we did not expect, and we "
              "need your warehouse team to decide which records survive. Can we move item 1 to the 21st? The "
              "night-shift RF training stays on plan.\n\nThanks,\nPriya",
         sig="Priya Raghavan\nTechnical Lead – Logistics Practice\nSaptarishi Infotech",
         intent="extend", items=[1], percent=None, rule=("dom", 21), new_due="2026-05-21",
         tests="'Can we move item 1 to the 21st?' from the owner of items 1 and 7 (Gmail web, +0530)",
         notes="Reply on Thu 2026-05-14 11:20 +0530 (14:50 Shanghai). 'Can we move item 1 to the 21st?' -> extend, "
               "items [1]; 'the 21st' is the 21st of the current month, not yet past -> 2026-05-21 (convention 5). "
               "'~18,000 duplicate rows' is a count, not a percent. The sender also owns item 7 (RF gun training), "
               "mentioned by words only and 'on plan': it is not part of the request. Gmail quote 'On Tue, May 12, "
               "2026 at 1:35 PM 纪要助手 <…> wrote:' (IST) with '> ' lines."),
    dict(n=6467, slug="extend-next-tuesday-on-a-tuesday-thunderbird", m="M3", client="thunderbird", frm="sandeep",
         cc=["renjun", "pangxin"], date="2026-05-19 09:05:44 +0530",
         opt=dict(lang="en", mode="top", cte="8bit", via=M365_IN),
         body="Hi Ren Jun,\n\nThe outbound picking flow changed after Pang Xin's review on Friday (wave picking for the "
              "e-commerce zone), so about a third of the UAT cases for item 2 have to be rewritten. Could we do next "
              "Tuesday instead of tomorrow for item 2?\n\nRegards,",
         sig="Sandeep Nair\nQA Lead, Saptarishi Infotech",
         intent="extend", items=[2], percent=None, rule=("next_week", 1), new_due="2026-05-26",
         tests="'Could we do next Tuesday instead…' written on a Tuesday -> the Tuesday of the following week",
         notes="Reply on Tue 2026-05-19 09:05 +0530 (11:35 Shanghai, also Tuesday). 'Could we do next Tuesday instead "
               "of tomorrow for item 2?' -> extend, items [2] (a request to move the date: 'could we do … instead'). "
               "'next Tuesday' = Tuesday of the following calendar week -> 2026-05-26 (convention 5), after the current "
               "due date 05-20 ('tomorrow'). 'about a third' is not a percent; 'on Friday' is in the past. Thunderbird "
               "plain text, en-IN attribution 'On 12/05/26 1:35 pm, 纪要助手 wrote:'."),
    dict(n=6468, slug="progress-about-60-german-outlook", m="M3", client="outlook", frm="jonas",
         cc=["renjun", "arvind", "priya"], date="2026-05-15 10:12:09 +0200",
         opt=dict(lang="de", label="utf-8", cte="quoted-printable", m365="FR3P281MB1842", region="DEUP281",
                  via=M365_DE),
         body="Hello Mr. Ren,\n\nshort status on item 4: we are at about 60%. The order-dispatch calls are implemented "
              "and tested against the Saptarishi test system; the status callbacks and the error handling are still "
              "open. We expect to finish by May 22 as planned.",
         sig=SIG_JONAS,
         intent="progress", items=[4], percent=60, rule=None, new_due=None,
         tests="German Outlook (Von:/Gesendet:/An:/Betreff:, 'AW:' subject) English progress 'about 60%' + restated due",
         notes="Reply on Fri 2026-05-15 10:12 +0200 (16:12 Shanghai) from the German AGV vendor. 'item 4: we are at "
               "about 60%' -> progress, items [4], percent 60 (convention 6). 'finish by May 22 as planned' restates "
               "the current due date: not an extension (convention 7). Outlook with a German UI: subject 'AW: Re: …', "
               "quote header 'Von:/Gesendet: Dienstag, 12. Mai 2026 10:05/An:/Cc:/Betreff:'; signature with "
               "Handelsregister line."),
    dict(n=6469, slug="done-item6-english-huawei", m="M3", client="huawei", frm="pangxin",
         cc=["renjun", "sandeep", "niuzhenyu"], date="2026-05-15 09:30:21 +0800", opt=dict(via=MOBILE("112.224.66.23")),
         body="Item 6 done. Label format confirmed with Sandeep: Code 128, 100 x 70 mm, one label per carton, printed "
              "at the inbound dock.",
         intent="done", items=[6], percent=None, rule=None, new_due=None,
         tests="English 'Item 6 done.' from a Chinese phone client (Huawei, Chinese footer/quote) with numbers in specs",
         notes="Reply on Fri 2026-05-15 (due day of item 6). 'Item 6 done.' -> done, items [6]. 'Code 128', "
               "'100 x 70 mm' are label specs, not items. A Chinese Huawei phone: Chinese footer '发自我的华为手机' and "
               "'-------- 原始邮件 --------' quote around an English recap."),
    dict(n=6470, slug="extend-two-more-days-outlook-ios", m="M3", client="outlook_ios", frm="arvind",
         cc=["renjun", "jonas"], date="2026-05-18 18:40:03 +0530",
         opt=dict(m365="PN3PR01MB9527", region="INDPRD01", via=M365_IN),
         body="Ren Jun – item 5: we need two more days for the runbook. The rollback section depends on tomorrow's AGV "
              "dry run with Jonas, and I don't want to send you a version without it.\n\nArvind",
         intent="extend", items=[5], percent=None, rule=("plus_due", 2, 5), new_due="2026-05-21",
         tests="'we need two more days' = item 5's due date (05-19) + 2 calendar days; Outlook for iOS footer",
         notes="Reply on Mon 2026-05-18 18:40 +0530 (21:10 Shanghai). 'item 5: we need two more days' -> extend, "
               "items [5]; 'two more days' counts two calendar days from the item's current due date 2026-05-19 -> "
               "2026-05-21 (convention 5). 'tomorrow's AGV dry run' is a reason, not a date request. Outlook for iOS: "
               "'Get Outlook for iOS' footer, '____' line, 'Sent: Tuesday, May 12, 2026 1:35:12 PM'."),
    dict(n=6471, slug="unknown-question-item3-thunderbird-qp", m="M3", client="thunderbird", frm="sandeep",
         cc=["tanlu", "renjun"], date="2026-05-13 10:02:57 +0530",
         opt=dict(lang="en", mode="top", cte="quoted-printable", via=M365_IN),
         body="Hi Tan Lu,\n\nQuick question on item 3: will the VPN accounts be one per engineer, or one shared account "
              "for the Pune team? We have 6 engineers who need production access. If they are per person, I will send "
              "you the list with names and phone numbers today.\n\nThanks,",
         sig="Sandeep Nair\nQA Lead, Saptarishi Infotech",
         intent="unknown", items=[3], percent=None, rule=None, new_due=None,
         tests="English question about someone else's item 3 -> unknown [3]; '6 engineers' is a count",
         notes="Reply on Wed 2026-05-13 10:02 +0530. A question on item 3 (owned by 谭璐) -> unknown, items [3] "
               "(convention 2 keeps a written number on a question). '6 engineers' is a count; 'today' is not a "
               "request. Thunderbird plain text, quoted-printable."),
    dict(n=6472, slug="done-item3-chinese-in-english-thread-apple", m="M3", client="apple", frm="tanlu",
         cc=["renjun", "sandeep"], date="2026-05-14 15:45:30 +0800",
         opt=dict(dev="mac", loc="zh", cte="quoted-printable", via=PARK_PC(7)),
         body="Sandeep，任工：\n\n第3项已完成：生产环境堡垒机权限和6个VPN账号都已开通，账号和初始密码已单独发给Sandeep，"
              "首次登录请修改密码。\n\n谭璐",
         intent="done", items=[3], percent=None, rule=None, new_due=None,
         tests="Chinese '第3项已完成' answering an English recap (Apple Mail macOS)",
         notes="Reply on Thu 2026-05-14, the due day of item 3. '第3项已完成' -> done, items [3]. '6个VPN账号' is a "
               "count. The recap is English; the reply is Chinese — language of the reply and of the recap differ."),
    # ------------------------------------------------------------------ M4 (museum + Hong Kong partner)
    dict(n=6473, slug="progress-hk-yue-liucheng-outlook-mac", m="M4", client="outlook_mac", frm="huangjiaxin",
         cc=["zhaowenbo", "chuguodong"], date="2026-06-12 11:30:48 +0800", opt=dict(via=M365_HK),
         body="趙館長、褚主任：\n\n第1項運輸方案目前已完成約六成：包裝方案及恆溫運輸車已落實，保險公司的條款仍在審閱中，"
              "預計6月15日可以提交完整方案。\n\n如有問題請隨時聯絡。",
         sig=SIG_KAREN,
         intent="progress", items=[1], percent=60, rule=None, new_due=None,
         tests="Hong Kong partner, Traditional Chinese '第1項…已完成約六成' (=60) in Outlook for Mac; ETA = due date",
         notes="Reply on Fri 2026-06-12 from the Hong Kong art-logistics partner (owner of item 1, due 06-15). "
               "'第1項運輸方案目前已完成約六成' -> progress, items [1], percent 60 (六成 = 60 like 七成 = 70; 約 = about). "
               "'預計6月15日可以提交' is an ETA equal to the due date, not an extension. '已完成' appears inside "
               "'已完成約六成' and must not make it done. Outlook for Mac (English UI): 'From:/Date: Wednesday, 10 June "
               "2026 at 3:20 PM/To:/Cc:/Subject:'."),
    dict(n=6474, slug="confirm-item5-restated-date-iphone", m="M4", client="apple", frm="qiansiqi",
         cc=["luhaitao"], date="2026-06-10 16:30:19 +0800",
         opt=dict(dev="iphone", loc="zh", footer="发自我的iPhone", cte="base64", via=MOBILE("223.104.105.70")),
         body="第5项确认，端午礼盒6月18日前可以出样。",
         intent="confirm", items=[5], percent=None, rule=None, new_due=None,
         tests="'第5项确认' + the due date restated ('6月18日前可以出样') stays confirm",
         notes="Reply on Wed 2026-06-10 16:30 (before the cut-off). '第5项确认' -> confirm, items [5]. "
               "'6月18日前可以出样' is the current due date restated (convention 7): no extension. iPhone Mail, "
               "base64."),
    dict(n=6475, slug="done-item1-hk-iphone-pdf", m="M4", client="apple", frm="huangjiaxin",
         cc=["zhaowenbo", "chuguodong"], date="2026-06-15 17:05:33 +0800",
         opt=dict(dev="iphone", loc="tw", footer="從我的 iPhone 傳送", cte="quoted-printable", via=M365_HK),
         body="趙館長：\n\n第1項已完成，借展文物運輸方案（含包裝、押運及保險安排）見附件，請查收。",
         att="pdf_karen",
         intent="done", items=[1], percent=None, rule=None, new_due=None,
         tests="Hong Kong iPhone (zh-HK footer '從我的 iPhone 傳送', '於 … 寫道：') done with a PDF attachment",
         notes="Reply on Mon 2026-06-15, the due day of item 1. '第1項已完成' -> done, items [1] (項 is the "
               "Traditional form of 项). multipart/mixed: the alternative text/HTML plus a PDF (the transport plan). "
               "Quote '> 於 2026年6月10日 下午3:20，纪要助手 <…> 寫道：'."),
    dict(n=6476, slug="confirm-items-3-6-coremail", m="M4", client="coremail", frm="qiyue",
         cc=["zhaowenbo", "wenjiayi"], date="2026-06-10 16:05:27 +0800", opt=dict(cte="base64"),
         body="赵馆：\n第3、6项确认，没有问题。开幕式流程我周五前先出个初稿给您过目。\n齐悦",
         intent="confirm", items=[3, 6], percent=None, rule=None, new_due=None,
         tests="'第3、6项确认' (two numbers in one 第…项) by the owner of 3 and manager of 6's owner; '周五前' is a plan",
         notes="Reply on Wed 2026-06-10 16:05, before the cut-off. '第3、6项确认' -> confirm, items [3, 6]. The sender "
               "owns item 3 and heads 社会教育部 (manager of the owner of item 6). '周五前先出个初稿' (Fri 06-12) is a "
               "plan earlier than the due date 06-16, not a request."),
    dict(n=6477, slug="object-item7-thunderbird-dates-in-reason", m="M4", client="thunderbird", frm="yuepeng",
         cc=["zhaowenbo", "huangjiaxin"], date="2026-06-10 17:40:02 +0800",
         opt=dict(lang="zh", mode="top", cte="8bit", via=MUS_PC(8)),
         body="赵馆：\n\n对第7项有异议：借展期间安保方案要根据运输方案里的押运路线和到馆时间来定，运输方案6月15日才提交，"
              "安保方案6月18日前来不及报公安备案。建议这一项由我和黄经理对接后再定截止时间。",
         sig="岳鹏\n安全保卫部 科长",
         intent="object", items=[7], percent=None, rule=None, new_due=None,
         tests="有异议 on 第7项 with two dates in the reason and no new date -> object [7]",
         notes="Reply on Wed 2026-06-10 17:40, twenty minutes before the cut-off. '对第7项有异议：…' -> object, items "
               "[7]. Item 1 is mentioned only by its words ('运输方案'), so it is not in items; 6月15日 and 6月18日 are "
               "the due dates of items 1 and 7 restated; '再定截止时间' proposes no date -> new_due_date null. "
               "Thunderbird plain text 8bit."),
    dict(n=6478, slug="done-item4-mailed-on-outlook-gb2312-png", m="M4", client="outlook", frm="chuguodong",
         cc=["zhaowenbo", "huangjiaxin"], date="2026-06-17 09:20:14 +0800",
         opt=dict(lang="zh", label="gb2312", cte="base64", via=MUS_PC(9)),
         body="赵馆：\n\n第4项报关预审材料已于6月16日寄出至郑州海关驻开封办事处，今天上午已收到受理回执（截图见附件），"
              "预审编号 KF2026-0616-031。这项可以关了。",
         sig=SIG_CHU, att="png_receipt",
         intent="done", items=[4], percent=None, rule=None, new_due=None,
         tests="'已于6月16日寄出' + '这项可以关了' -> done [4]; Outlook gb2312 with a PNG attachment; a code with digits",
         notes="Reply on Wed 2026-06-17, the due day of item 4. '第4项…已于6月16日寄出…已收到受理回执…这项可以关了' "
               "-> done, items [4]. The date is a fact (sent on 06-16), not a request (convention 7); "
               "'KF2026-0616-031' is a reference number. multipart/mixed with a PNG screenshot; Outlook zh-CN, "
               "gb2312 base64."),
    dict(n=6479, slug="extend-next-wednesday-coremail", m="M4", client="coremail", frm="shaolei",
         cc=["zhaowenbo"], date="2026-06-11 14:00:48 +0800", opt=dict(cte="base64"),
         body="赵馆：\n第2项恒温恒湿系统检测需要厂家带标准仪器来校准，厂家最早下周一到，申请延期到下周三。\n邵磊",
         intent="extend", items=[2], percent=None, rule=("next_week", 2), new_due="2026-06-17",
         tests="申请延期到下周三 sent on a Thursday -> Wednesday of the following week; '下周一到' is the reason",
         notes="Reply on Thu 2026-06-11 (item 2 due Fri 06-12). '申请延期到下周三' -> extend, items [2]; 下周三 = "
               "Wednesday of the following calendar week -> 2026-06-17 (convention 5). '厂家最早下周一到' (06-15) is "
               "the reason, not the new date."),
    dict(n=6480, slug="unknown-thanks-ipad", m="M4", client="apple", frm="zhaowenbo",
         cc=["mengxiaolan", "luhaitao"], date="2026-06-10 19:30:05 +0800",
         opt=dict(dev="ipad", loc="zh", footer="发自我的iPad", cte="base64", via=MOBILE("117.158.92.14")),
         body="谢谢各位，端午开幕时间紧，辛苦大家了！",
         intent="unknown", items=[], percent=None, rule=None, new_due=None,
         tests="organizer's thank-you from an iPad ('发自我的iPad') -> unknown",
         notes="Reply on Wed 2026-06-10 19:30 by the organizer (deputy director). A thank-you with no command word "
               "(no 确认/无异议) -> unknown, items [] (convention 1). '端午' names the festival, not a date request."),
]
