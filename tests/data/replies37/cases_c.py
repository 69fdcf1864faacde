# -*- coding: utf-8 -*-
"""Cases 6781-6800: replies to XMA (五一档排片及卖品筹备会, Wed 2026-04-22), XMB (端午档/暑期档港片宣发,
Wed 2026-06-10, with the Hong Kong distributor) and XMC (激光放映机改造, Wed 2026-07-01, with the vendor),
plus a delivery-delay report for the XMC recap."""
import datetime as dt

from rlib import TZ


def t(y, mo, d, h, mi, s, tz="+0800"):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ[tz])


CASES = [
    dict(no=6781, slug="auto-dsn-delayed-postfix", m="XMC", kind="auto", frm="liangwei",
         sent=t(2026, 7, 1, 20, 3, 12), client="postfix", builder="dsn_delay",
         tests="Postfix delay warning (multipart/report delivery-status, Action: delayed) for a recap",
         notes="Postfix 'Delayed Mail (still being retried)' warning from MAILER-DAEMON about the XMC recap to the "
               "vendor address liangwei@ruiying-opto.example.cn (the recap was delivered on a later retry: 梁伟 "
               "answers it in 6795). Return-Path <>, multipart/report; report-type=delivery-status, Action: "
               "delayed, a text/rfc822-headers part carrying the recap's headers (Subject 'Re: …', the bot's "
               "Message-ID). No person wrote it -> kind auto."),
    # ------------------------------------------------------------------ XMA
    dict(no=6782, slug="done-item3-wecom-html-only", m="XMA", kind="reply", frm="luochen",
         sent=t(2026, 4, 24, 13, 20, 9), client="wecom", style="wecom",
         charset="utf-8", cte="base64", struct="html",
         cc=["tangting", "fanglin"],
         body=["第3项推文已发布，截至今天中午阅读2.3万，带来购票订单418笔。"],
         sig=[],
         gold=dict(intent="done", items=[3]),
         tests="HTML-only reply (no text/plain part) from 企业微信 mail",
         notes="Fri 2026-04-24. Single text/html part, no plain alternative. '第3项推文已发布' -> done, items [3] "
               "(发布 of the task '发布…推文' = done). '2.3万' and '418笔' are counts. 企业微信 (WeCom) mail "
               "quote '----- 原始邮件 -----'."),
    dict(no=6783, slug="extend-two-more-days-zh-exmail-gb18030", m="XMA", kind="reply", frm="fanglin",
         sent=t(2026, 4, 26, 21, 30, 15), client="qq", style="qq",
         charset="gb18030", cte="base64", struct="alt", hdr_charset="gb18030",
         cc=["qiuzhiyuan", "xionglei"],
         body=["邱总、各位：", "", "第1项排片初稿还要两天，片方的五一档定档表周一才最终确定。"],
         sig=["方琳 | 星幕影城 运营中心 排片经理"],
         gold=dict(intent="extend", items=[1], rule=("plus_due", 2, 1), date="2026-04-29"),
         tests="'还要两天' = current due + 2 days, sent on a Sunday; Exmail web gb18030",
         notes="Sun 2026-04-26 21:30. '第1项排片初稿还要两天' asks for two more days -> extend, items [1]; "
               "convention 5: two calendar days after the item's current due date 2026-04-27 = 2026-04-29 (not two "
               "days after the Sunday send date). '周一才最终确定' is the reason. Tencent Exmail web, gb18030 base64, "
               "'------------------ 原始邮件 ------------------' quote."),
    dict(no=6784, slug="done-on-attribution-line-k9", m="XMA", kind="reply", frm="penghao",
         sent=t(2026, 4, 26, 22, 40, 31), client="k9", style="k9",
         charset="utf-8", cte="quoted-printable", struct="text", layout="attrline",
         cc=["caiwei", "xionglei"],
         body=["第4项已修好，3号厅功放已更换，今晚最后一场正常放映。"],
         sig=[],
         gold=dict(intent="done", items=[4]),
         tests="reply typed on the attribution line (text + '纪要助手 <…> 于 …写道：' on one line)",
         notes="Sun 2026-04-26 22:40, the due date. The phone user typed the answer on the attribution line, so "
               "one line reads '第4项已修好，…正常放映。纪要助手 <minutes@xingmu.example.cn> 于 2026年4月22日 "
               "下午2:08:33写道：'; the new text is the part before the attribution. '已修好' of '检修…音响' -> done, "
               "items [4]. '3号厅' is a hall, not an item. K-9 Mail, text/plain UTF-8 QP."),
    dict(no=6785, slug="object-reassign-with-date-outlook-gb2312", m="XMA", kind="reply", frm="zhongmin",
         sent=t(2026, 4, 22, 16, 30, 48), client="outlook_cn", style="outlook_cn",
         charset="gb2312", cte="base64", struct="alt", crlf=True, hdr_charset="gb2312",
         cc=["qiuzhiyuan", "fanglin"],
         body=["方经理：", "", "有异议：第6项分账比例核对需要各发行方的结算确认单，应由排片组先汇总提供，财务部无法单独完成，"
               "建议负责人改为方琳、财务部配合，完成时间顺延至5月8日。"],
         sig=["钟敏", "星幕影城 财务部", "027-8761 3390"],
         gold=dict(intent="object", items=[6]),
         tests="有异议 whose reason contains '顺延至5月8日' (object, not extend)",
         notes="Wed 2026-04-22 16:30, before the cut-off. '有异议：第6项…' -> object, items [6]. The reason "
               "proposes another owner and '完成时间顺延至5月8日'; an objection that proposes a date stays an "
               "objection, new_due_date null (convention 4). Outlook zh-CN gb2312 base64."),
    dict(no=6786, slug="done-by-task-popcorn-iphone", m="XMA", kind="reply", frm="hejun",
         sent=t(2026, 4, 28, 10, 5, 44), client="ios_cn", style="ios_cn",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["fanglin", "qiuzhiyuan"],
         body=["爆米花新品套餐已经定好价上架了，6家店POS都已同步，海报也贴好了。"],
         sig=["发自我的iPhone"],
         gold=dict(intent="done", items=[], content_match=[2]),
         tests="task named without number by the owner of one item (clear match)",
         notes="Tue 2026-04-28. No item number; '爆米花新品套餐…定好价上架' matches item 2 (完成爆米花新品套餐定价及"
               "上架), the sender's only item -> done, items [], content-match [2] (convention 3). '6家店' is a "
               "count."),
    dict(no=6787, slug="progress-60-foxmail-gbk", m="XMA", kind="reply", frm="xionglei",
         sent=t(2026, 4, 27, 18, 20, 12), client="foxmail", style="foxmail",
         charset="GBK", cte="base64", struct="alt", crlf=True, hdr_charset="GBK",
         cc=["qiuzhiyuan", "fanglin"],
         body=["邱总：", "第5项排班进度60%，6家店已排好4家，汉阳、沌口两家店要等兼职到岗再排。"],
         sig=["熊磊  光谷店", "xionglei@xingmu.example.cn"],
         gold=dict(intent="progress", items=[5], percent=60),
         tests="progress 60% with store counts; Foxmail charset label GBK",
         notes="Mon 2026-04-27. '第5项排班进度60%' -> progress, items [5], percent 60; '6家店已排好4家' (67 %) and "
               "'两家店' are counts, not the percent. Foxmail with charset label 'GBK' (body and RFC 2047 words)."),
    dict(no=6788, slug="thanks-wecom-mobile", m="XMA", kind="reply", frm="qiuzhiyuan",
         sent=t(2026, 4, 22, 14, 40, 26), client="wecom", style="wecom",
         charset="utf-8", cte="base64", struct="alt",
         cc=["fanglin", "tangting"],
         body=["辛苦各位，五一档大家加油！有问题随时找我。"],
         sig=[],
         gold=dict(intent="unknown", items=[]),
         tests="thank-you with no command (unknown); no signature",
         notes="Wed 2026-04-22 14:40 from the head of 运营中心: encouragement, no command and no question about an "
               "item -> unknown, items [] (convention 1). It is not a confirm: nothing says 确认/无异议/同意."),
    # ------------------------------------------------------------------ XMB (Hong Kong distributor)
    dict(no=6789, slug="extend-the-21st-outlook-en-utc", m="XMB", kind="reply", frm="kathy", from_name="Kathy Chan",
         sent=t(2026, 6, 11, 23, 40, 12, "+0000"), quote_tz=TZ["+0800"], client="outlook_en", style="outlook_en",
         charset="utf-8", cte="base64", struct="alt", crlf=True,
         cc=["tangting", "jason"],
         body=["Hi Tina,", "", "Can we push item 1 to the 21st? The Cantonese subtitle QC is taking longer than expected "
               "and the lab only re-opens on Monday.", "", "Best regards,"],
         sig=["Kathy Chan", "Senior Manager, Distribution", "Powerda Films (HK) Ltd.", "T: +852 2388 6107"],
         gold=dict(intent="extend", items=[1], rule=("dom", 21), date="2026-06-21"),
         tests="'the 21st' (day of this month) in English from Hong Kong; +0000 Date on the previous UTC day",
         notes="Outlook (Microsoft 365, English UI); Date Thu 2026-06-11 23:40 +0000 = Fri 2026-06-12 07:40 in "
               "Shanghai/Hong Kong. 'Can we push item 1 to the 21st?' -> extend, items [1]; the 21st of the "
               "current month = 2026-06-21 (a Sunday inside the Dragon Boat holiday; the written day is kept). "
               "'on Monday' is the reason. Outlook writes the subject 'RE: 端午档…' (its own prefix replaces the recap's 'Re:')."),
    dict(no=6790, slug="done-items-3-4-exmail-gb18030", m="XMB", kind="reply", frm="tangting",
         sent=t(2026, 6, 16, 16, 10, 55), client="qq", style="qq",
         charset="gb18030", cte="base64", struct="alt", hdr_charset="gb18030",
         cc=["luochen", "qiuzhiyuan", "fanglin"],
         body=["第3、4项均已完成：暑期档港片主题海报已定稿并发至各店，映前广告投放预算已提交财务部审批。"],
         sig=["唐婷 | 星幕影城 市场部"],
         gold=dict(intent="done", items=[3, 4]),
         tests="several items in one sentence from the organizer (one is her own, one her report's)",
         notes="Tue 2026-06-16. '第3、4项均已完成' -> done, items [3, 4]. The organizer 唐婷 owns item 4 and is "
               "the manager of 罗晨 (item 3), so both may be changed by her. Exmail web gb18030."),
    dict(no=6791, slug="progress-70-cantonese-iphone-hk", m="XMB", kind="reply", frm="kathy", from_name="Kathy Chan",
         sent=t(2026, 6, 11, 20, 15, 37), client="ios_hk", style="ios_hk",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["tangting", "jason"],
         body=["唐小姐：", "第5項宣傳物料已準備好七成，簽名海報仲等緊導演簽名，預計下星期三寄出。"],
         sig=["從我的 iPhone 傳送"],
         gold=dict(intent="progress", items=[5], percent=70),
         tests="Hong Kong Traditional/Cantonese 七成; '預計下星期三寄出' is an ETA",
         notes="Thu 2026-06-11. Hong Kong Traditional Chinese with Cantonese ('仲等緊' = still waiting for). "
               "'第5項…已準備好七成' -> progress, items [5], percent 70. '預計下星期三寄出' (= 2026-06-17, before the "
               "due date 06-18) is an ETA, not a request (convention 7). iPhone zh-HK: footer '從我的 iPhone 傳送', "
               "quote '> 在 2026年6月10日，下午5:08，纪要助手 <…> 寫道：'."),
    dict(no=6792, slug="object-proposes-date-foxmail", m="XMB", kind="reply", frm="fanglin",
         sent=t(2026, 6, 10, 17, 40, 9), client="foxmail", style="foxmail",
         charset="utf-8", cte="base64", struct="alt", crlf=True,
         cc=["tangting", "qiuzhiyuan"],
         body=["唐经理：", "有异议：第2项端午档点映场次要等片方确认拷贝到位时间，6月12日前无法确认，建议改为6月15日。"],
         sig=["方琳", "运营中心 排片经理"],
         gold=dict(intent="object", items=[2]),
         tests="objection proposing 6月15日 (object, date null); Foxmail UTF-8",
         notes="Wed 2026-06-10 17:40, before the cut-off. '有异议：第2项…建议改为6月15日' -> object, items [2], "
               "new_due_date null (convention 4); '6月12日前' restates the current due date. Foxmail UTF-8 base64."),
    dict(no=6793, slug="confirm-noted-outlook-hk", m="XMB", kind="reply", frm="jason",
         sent=t(2026, 6, 10, 17, 35, 22), client="outlook_hk", style="outlook_hk",
         charset="utf-8", cte="base64", struct="alt", crlf=True,
         cc=["kathy", "tangting"],
         body=["Noted with thanks. 我方確認紀要內容無誤。"],
         sig=["Jason Wong 黃子謙", "Marketing Manager", "Powerda Films (HK) Ltd.", "T: +852 2388 6120"],
         gold=dict(intent="confirm", items=[]),
         tests="Hong Kong mixed English/Traditional confirm ('確認…無誤'); Outlook zh-HK labels",
         notes="Wed 2026-06-10 17:35, before the cut-off. 'Noted with thanks. 我方確認紀要內容無誤。' -> confirm, "
               "items []. Outlook zh-HK quote labels 寄件者/寄件日期/收件者/副本/主旨, subject '回覆: Re: …'."),
    dict(no=6794, slug="progress-40-due-restated-wecom", m="XMB", kind="reply", frm="luochen",
         sent=t(2026, 6, 11, 11, 0, 32), client="wecom", style="wecom",
         charset="utf-8", cte="base64", struct="alt",
         cc=["tangting"],
         body=["第3项海报进度40%，初稿周五出，17号前按时交。"],
         sig=[],
         gold=dict(intent="progress", items=[3], percent=40),
         tests="progress with an ETA (周五) and the due date restated (17号前), neither an extension",
         notes="Thu 2026-06-11. '第3项海报进度40%' -> progress, items [3], percent 40. '初稿周五出' is an ETA and "
               "'17号前按时交' restates the current due date 06-17: not extension requests (convention 7)."),
    # ------------------------------------------------------------------ XMC (laser projector retrofit)
    dict(no=6795, slug="extend-15th-feishu-vendor", m="XMC", kind="reply", frm="liangwei",
         sent=t(2026, 7, 7, 17, 30, 18), client="feishu", style="feishu",
         charset="utf-8", cte="base64", struct="alt",
         cc=["caiwei", "penghao"],
         body=["蔡工好：", "", "第1项激光光源模组到货晚了（原厂7月6日才发货），安装顺延到15号，其他准备工作已经做完。"],
         sig=["梁伟 | 锐影光电 华中服务部", "138 0715 2266"],
         gold=dict(intent="extend", items=[1], rule=("dom", 15), date="2026-07-15"),
         tests="'顺延到15号' (day of this month) from the vendor on Feishu mail",
         notes="Tue 2026-07-07, from the vendor's engineer (Feishu/Lark mail, an outside domain). '第1项…安装顺延到"
               "15号' -> extend, items [1]; 15号 = the 15th of the current month, not yet past = 2026-07-15. "
               "'原厂7月6日才发货' is a past shipping date, not a request."),
    dict(no=6796, slug="extend-ambiguous-two-items-exmail", m="XMC", kind="reply", frm="penghao",
         sent=t(2026, 7, 9, 18, 5, 50), client="qq", style="qq",
         charset="gb18030", cte="base64", struct="alt", hdr_charset="gb18030",
         cc=["caiwei"],
         body=["蔡经理：我这边的事情申请延期到下周五，这周一直在光谷店配合调试，实在排不开。"],
         sig=["彭浩"],
         gold=dict(intent="extend", items=[], rule=("next_week", 4), date="2026-07-17"),
         tests="AMBIGUOUS: extension with no number and no task words from the owner of items 3 and 6",
         notes="AMBIGUOUS. 彭浩 owns items 3 (银幕增益测试, due 07-10) and 6 (维保台账, due 07-17); '我这边的事情' "
               "names neither a number nor task words -> extend as written, items [], no content-match "
               "(convention 3); the bot should ask which item. 下周五 from Thu 2026-07-09 = 2026-07-17 (that is "
               "item 6's current due date, so it would only change item 3, but the reply does not say so)."),
    dict(no=6797, slug="progress-80-bacheng-iphone", m="XMC", kind="reply", frm="weixiaoxue",
         sent=t(2026, 7, 5, 21, 10, 3), client="ios_cn", style="ios_cn",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["caiwei", "qiuzhiyuan"],
         body=["第5项：受影响的1,860位会员已全部短信通知，退票处理完了八成，剩下的明天上午处理完。"],
         sig=["发自我的iPhone"],
         gold=dict(intent="progress", items=[5], percent=80),
         tests="percent as 八成; '1,860' count; '明天上午' = the due date restated",
         notes="Sun 2026-07-05. '第5项：…退票处理完了八成' -> progress, items [5], percent 80 (八成 = 80, like 七成 = "
               "70). '1,860位会员' is a count; '明天上午处理完' = 07-06, the current due date, not an extension."),
    dict(no=6798, slug="done-item2-foxmail", m="XMC", kind="reply", frm="fanglin",
         sent=t(2026, 7, 2, 10, 30, 27), client="foxmail", style="foxmail",
         charset="utf-8", cte="base64", struct="alt", crlf=True,
         cc=["caiwei", "weixiaoxue"],
         body=["蔡经理：", "第2项停映场次调整方案已完成并发各店执行，汉街店1号厅7月6日至12日停映。"],
         sig=["方琳", "运营中心 排片经理"],
         gold=dict(intent="done", items=[2]),
         tests="plain done; a date range of the closure is not a request",
         notes="Thu 2026-07-02. '第2项…已完成' -> done, items [2]. '7月6日至12日停映' is the closure period, not a "
               "new date; '1号厅' is a hall."),
    dict(no=6799, slug="question-item4-outlook-gb2312", m="XMC", kind="reply", frm="zhongmin",
         sent=t(2026, 7, 2, 9, 15, 36), client="outlook_cn", style="outlook_cn",
         charset="gb2312", cte="base64", struct="alt", crlf=True, hdr_charset="gb2312",
         cc=["qiuzhiyuan"],
         body=["蔡经理：", "", "第4项付款申请需要附验收单，请问汉街店1号厅预计哪天能验收？"],
         sig=["钟敏", "星幕影城 财务部", "027-8761 3390"],
         gold=dict(intent="unknown", items=[4]),
         tests="question that writes an item number (unknown, items kept)",
         notes="Thu 2026-07-02. A question about '第4项' asking for no change -> unknown, items [4] (conventions 1 "
               "and 2). Outlook zh-CN gb2312 base64."),
    dict(no=6800, slug="done-circled-3-apple-mail-pdf", m="XMC", kind="reply", frm="caiwei",
         sent=t(2026, 7, 10, 17, 45, 12), client="mac_cn", style="mac_cn",
         charset="utf-8", cte="quoted-printable", struct="mixed",
         attach=dict(filename="汉街店1号厅银幕增益测试报告.pdf", style="rfc2231",
                     title="汉街店1号厅 银幕增益测试报告",
                     lines=["测试日期：2026-07-10", "中心增益：1.8", "四角/中心亮度比：≥ 85%",
                            "结论：符合DCI放映要求。测试人：彭浩"]),
         cc=["penghao", "qiuzhiyuan"],
         body=["③已完成，银幕增益测试报告见附件，1号厅中心增益1.8，均匀度符合要求。"],
         sig=["蔡伟", "星幕影城 工程部 经理"],
         gold=dict(intent="done", items=[3]),
         tests="circled number ③; organizer reports for the owner; PDF with RFC 2231 filename",
         notes="Fri 2026-07-10, the due date. The organizer 蔡伟 (also the owner's manager) writes '③已完成' -> "
               "done, items [3]. '1.8' is a measurement; the PDF holds '≥ 85%' which is not a progress percent. "
               "Apple Mail (macOS), multipart/mixed with an RFC 2231 UTF-8 filename."),
]
