# -*- coding: utf-8 -*-
"""Cases 6751-6765: replies to the recaps of WFA (生物安全周例会, Thu 2026-04-02, before Qingming)
and WFB (五一出栏与屠宰排产协调会, Tue 2026-04-28, before Labour Day)."""
import datetime as dt

from rlib import TZ


def t(y, mo, d, h, mi, s, tz="+0800"):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ[tz])


CASES = [
    # ------------------------------------------------------------------ WFA
    dict(no=6751, slug="confirm-outlook-gb2312", m="WFA", kind="reply", frm="zhouzhenhua",
         sent=t(2026, 4, 2, 12, 10, 33), client="outlook_cn", style="outlook_cn",
         charset="gb2312", cte="base64", struct="alt", crlf=True, hdr_charset="gb2312",
         cc=["lihongmei", "wangjianjun", "chenzhigang"],
         body=["收到，无异议。"],
         sig=["周振华", "宛丰牧业集团 生产管理部 部长", "手机：139 3770 1826"],
         gold=dict(intent="confirm", items=[]),
         tests="plain Outlook zh-CN confirm, gb2312 base64; quoted table as Outlook's tab-separated cells",
         notes="Reply on Thu 2026-04-02 12:10, before the 18:00 cut-off, to the WFA recap. '收到，无异议。' -> "
               "confirm, no item number -> items []. '无异议' contains '异议' but means no objection. Outlook zh-CN, "
               "gb2312 base64 with CRLF; the quote starts at Outlook's '发件人:/发送时间:' block and renders the "
               "recap table as tab-separated cells; the recap footer lists every command word and is not part "
               "of the reply."),
    dict(no=6752, slug="done-item1-mailmaster", m="WFA", kind="reply", frm="liuguoqiang",
         sent=t(2026, 4, 3, 17, 20, 48), client="mailmaster", style="mailmaster",
         charset="utf-8", cte="base64", struct="alt",
         cc=["lihongmei", "zhouzhenhua"],
         body=["第1项已完成，三场洗消中心烘干房已校准，实测70℃保持30分钟，记录表已上传钉钉群。"],
         sig=["发自网易邮箱大师"],
         gold=dict(intent="done", items=[1]),
         tests="plain mobile done with number; '70℃/30分钟' numbers; Mail Master '| 发件人 |' quote rows",
         notes="Fri 2026-04-03 (due date of item 1). '第1项已完成' -> done, items [1]. '70℃' and '30分钟' are "
               "measurements, not percents or dates. Mobile footer '发自网易邮箱大师'; the quote header is NetEase "
               "Mail Master's '---- 回复的原邮件 ----' with '| 发件人 | … |' rows that look like table rows."),
    dict(no=6753, slug="extend-by-task-after-qingming-foxmail", m="WFA", kind="reply", frm="lihongmei",
         sent=t(2026, 4, 3, 15, 10, 27), client="foxmail", style="foxmail",
         charset="gb2312", cte="base64", struct="alt", crlf=True, hdr_charset="gb2312",
         cc=["zhouzhenhua", "wangjianjun"],
         body=["周部长、各位：", "", "外来车辆入场登记制度的修订稿还要等兽医技术部会签，申请延期到节后第一个工作日。"],
         sig=["", "", "李红梅  生产管理部", "lihongmei@wanfeng.example.cn"],
         gold=dict(intent="extend", items=[], rule=("after_holiday",), date="2026-04-07", content_match=[4]),
         tests="task named without number (clear match among 2 own items); 节后第一个工作日 over Qingming",
         notes="Sent Fri 2026-04-03, the last working day before Qingming (holiday Sat 04-04 .. Mon 04-06, no "
               "make-up day). No item number: the sender owns items 2 (排班表) and 4 (修订外来车辆入场登记制度); "
               "the words '外来车辆入场登记制度' match item 4 only -> extend, items [], content-match [4] "
               "(convention 3). '节后第一个工作日' = the first working day after the next holiday block = Tue "
               "2026-04-07. Foxmail gb2312 base64; its quote block ('发件人： 纪要助手 / 发送时间： 2026-04-02 11:42') "
               "follows the signature."),
    dict(no=6754, slug="progress-half-dingtalk", m="WFA", kind="reply", frm="zhangxiaodong",
         sent=t(2026, 4, 3, 18, 5, 12), client="alimail", style="alimail",
         charset="utf-8", cte="base64", struct="alt",
         xmailer="[Alimail-Mailagent revision 4][DingTalk-PC]",
         cc=["wangjianjun", "lihongmei"],
         body=["王经理：", "第3项抽检目前完成一半，母猪群已采30头，剩下30头节后第一天去五场采。"],
         sig=["张晓东", "兽医技术部"],
         gold=dict(intent="progress", items=[3], percent=50),
         tests="percent written as 一半; head counts; 节后 plan inside the due date is not an extension",
         notes="'第3项…完成一半' -> progress, items [3], percent 50 (convention 6: 一半 = 50). '30头'/'剩下30头' "
               "are head counts (the task says 60头), not percents or items. '节后第一天去五场采' is a plan inside "
               "the current due date (04-10), with no request to move it -> new_due_date null. DingTalk mail "
               "(Alimail) quote block with full-width labels '抄　送：' / '主　题：'."),
    dict(no=6755, slug="done-item5-arrived-date-apple-mail", m="WFA", kind="reply", frm="guopeng",
         sent=t(2026, 4, 7, 10, 20, 5), client="mac_cn", style="mac_cn",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["sunlina", "lihongmei"],
         body=["孙经理：", "", "第5项已完成，过硫酸氢钾消毒剂200公斤已于4月7日上午到货入库，入库单号RK20260407-03。"],
         sig=["郭鹏", "宛丰牧业集团 采购部", "0377-6321 5512"],
         gold=dict(intent="done", items=[5]),
         tests="done with a past-event date '已于4月7日…到货' (not a request); Apple Mail macOS quote",
         notes="Tue 2026-04-07, first working day after Qingming. '第5项已完成' -> done, items [5]. '已于4月7日上午"
               "到货入库' is when the goods arrived (the send date), not a new due date (convention 7); '200公斤' "
               "and the receipt number 'RK20260407-03' are neither items nor percents. Apple Mail (macOS) "
               "quote '> 2026年4月2日 11:42，纪要助手 <…> 写道：', UTF-8 QP."),
    dict(no=6756, slug="extend-next-wednesday-manager-huawei", m="WFA", kind="reply", frm="chenzhigang",
         sent=t(2026, 4, 8, 21, 14, 39), client="huawei", style="huawei",
         charset="utf-8", cte="base64", struct="alt",
         cc=["liuguoqiang", "lihongmei"],
         body=["国强那边第6项饲料车路线核对申请顺延到下周三，饲料厂周一才恢复正常送料，要跟车跑一趟才能核完。"],
         sig=["发自我的华为手机"],
         gold=dict(intent="extend", items=[6], rule=("next_week", 2), date="2026-04-15"),
         tests="下周三 from a Wednesday; manager extends his report's item; Huawei mobile footer",
         notes="Sent Wed 2026-04-08 21:14 by 陈志刚, head of 养殖事业部 and manager of the owner 刘国强 (a manager "
               "may change the item). '第6项…申请顺延到下周三' -> extend, items [6]; 下周三 = Wednesday of the "
               "following calendar week = 2026-04-15 (today is itself a Wednesday). '周一才恢复正常送料' is the "
               "reason, not the date. Huawei Email '-------- 原始邮件 --------' quote, footer '发自我的华为手机'."),
    dict(no=6757, slug="question-bottom-post-thunderbird", m="WFA", kind="reply", frm="wangjianjun",
         sent=t(2026, 4, 2, 15, 31, 50), client="thunderbird", style="thunderbird",
         charset="utf-8", cte="8bit", struct="text", flowed=True, layout="bottom",
         cc=["zhangxiaodong", "lihongmei"],
         body=["晓东：第3项抽检的采血管够不够？不够的话先从五场调200支过去。"],
         sig=["-- ", "王建军", "宛丰牧业集团 兽医技术部"],
         gold=dict(intent="unknown", items=[3]),
         tests="bottom-posting (new text below the whole quote); question with an item number",
         notes="Bottom-posted: Thunderbird's attribution '在 2026/4/2 11:42, 纪要助手 写道:' and the whole quoted "
               "recap come first, the new text after it. A question that writes a number and asks for no change "
               "-> unknown, items [3] (conventions 1 and 2). '200支' is a count. Text-only 8bit UTF-8, "
               "format=flowed."),
    dict(no=6758, slug="done-two-items-foxmail-pdf", m="WFA", kind="reply", frm="lihongmei",
         sent=t(2026, 4, 7, 16, 30, 2), client="foxmail", style="foxmail",
         charset="gb2312", cte="base64", struct="mixed", crlf=True, hdr_charset="gb2312",
         attach=dict(filename="外来车辆入场登记制度（2026版）.pdf", style="rfc2231", charset="gb2312",
                     title="宛丰牧业集团 外来车辆入场登记制度（2026版）",
                     lines=["第一条 所有外来车辆须在洗消中心完成清洗、消毒、烘干（70℃ 30分钟）。",
                            "第二条 司机须更换场区工作服，不得进入生产区。",
                            "第三条 门岗登记车辆号牌、来源地、最近一次洗消时间。",
                            "会签：兽医技术部 王建军 2026-04-07"]),
         cc=["zhouzhenhua", "wangjianjun", "chenzhigang"],
         body=["各位：", "", "第2、4项均已完成：清明值班表已按计划执行完毕，外来车辆入场登记制度（2026版）已经兽医技术部"
               "会签，见附件。"],
         sig=["李红梅", "生产管理部 | 生物安全主管", "宛丰牧业集团", "电话：0377-6321 5508"],
         gold=dict(intent="done", items=[2, 4]),
         tests="several items in one sentence (第2、4项); PDF attachment with a gb2312 RFC 2231 filename",
         notes="Tue 2026-04-07. '第2、4项均已完成' -> done, items [2, 4] (two items in one sentence). The PDF "
               "attachment (Chinese filename as an RFC 2231 gb2312 parameter) holds "
               "dates and '70℃ 30分钟' that belong to no command. Foxmail gb2312 base64, multipart/mixed."),
    # ------------------------------------------------------------------ WFB
    dict(no=6759, slug="extend-5-workdays-labour-day-dingtalk", m="WFB", kind="reply", frm="yangfan",
         sent=t(2026, 4, 30, 11, 2, 17), client="alimail", style="alimail",
         charset="utf-8", cte="base64", struct="alt",
         xmailer="[Alimail-Mailagent revision 4][DingTalk-iOS]",
         cc=["mawenjing", "hebin"],
         body=["马主管：", "第4项节后门店配送计划要等屠宰厂排产最终版出来才能做，申请延期，5个工作日内提交。"],
         sig=["杨帆 | 宛丰鲜生 品类经理"],
         gold=dict(intent="extend", items=[4], rule=("workdays", 5), date="2026-05-11"),
         tests="N个工作日 across Labour Day and the Sat 05-09 make-up working day",
         notes="Sent Thu 2026-04-30. '第4项…申请延期，5个工作日内提交' -> extend, items [4]. Counting Chinese "
               "working days from the day after sending: 05-01..05-05 Labour Day holiday, 05-06 (1), 05-07 (2), "
               "05-08 (3), Sat 05-09 make-up working day (4), Sun 05-10 off, Mon 05-11 (5) -> 2026-05-11. A "
               "Mon-Fri count that ignores the calendar gives 05-07; one that skips the make-up day gives 05-12."),
    dict(no=6760, slug="done-item2-counts-mailmaster", m="WFB", kind="reply", frm="liuguoqiang",
         sent=t(2026, 4, 30, 19, 40, 26), client="mailmaster", style="mailmaster",
         charset="utf-8", cte="base64", struct="alt",
         cc=["mawenjing", "chenzhigang"],
         body=["第2项已完成：三场出栏620头、五场出栏580头，合计1200头，今天下午最后一车已过磅。"],
         sig=["发自网易邮箱大师"],
         gold=dict(intent="done", items=[2]),
         tests="plain done; head counts 620/580/1200 are not percents or items",
         notes="Thu 2026-04-30, the due date. '第2项已完成' -> done, items [2]. '620头/580头/合计1200头' are "
               "counts (the task itself says 1200头) and '三场/五场' are farm names, not item numbers."),
    dict(no=6761, slug="progress-70-qicheng-outlook-ios", m="WFB", kind="reply", frm="mawenjing",
         sent=t(2026, 4, 29, 17, 45, 3), client="outlook_mobile", style="outlook_mobile",
         charset="utf-8", cte="base64", struct="alt",
         cc=["hebin", "liuguoqiang"],
         body=["何总、各位：", "", "第1项排产计划目前完成七成，5月4日、5日两天的班次还在跟工会确认，明天中午前给最终版。"],
         sig=["获取 Outlook for iOS"],
         gold=dict(intent="progress", items=[1], percent=70),
         tests="percent as 七成; shift dates and the restated due date are not an extension",
         notes="Wed 2026-04-29. '第1项…完成七成' -> progress, items [1], percent 70 (convention 6). '5月4日、5日' "
               "are the shifts being planned; '明天中午前给最终版' = 04-30, the item's current due date restated, "
               "not a request to move it (convention 7). Outlook for iOS: footer '获取 Outlook for iOS', then "
               "'________________________________' and '发送时间: Tuesday, April 28, 2026 4:20:41 PM'."),
    dict(no=6762, slug="confirm-agree-iphone-text", m="WFB", kind="reply", frm="hebin",
         sent=t(2026, 4, 28, 17, 2, 55), client="ios_cn", style="ios_cn",
         charset="utf-8", cte="base64", struct="text",
         cc=["mawenjing"],
         body=["同意，按纪要执行。"],
         sig=["发自我的iPhone"],
         gold=dict(intent="confirm", items=[]),
         tests="plain iPhone confirm worded '同意，按纪要执行'",
         notes="Tue 2026-04-28 17:02, before the cut-off. '同意，按纪要执行' from the head of 食品事业部 agrees "
               "with the recap as a whole -> confirm, items []. iPhone text/plain, quote '> 在 2026年4月28日，"
               "16:20，纪要助手 <…> 写道：'."),
    dict(no=6763, slug="object-owner-and-date-outlook-qp", m="WFB", kind="reply", frm="hanlei",
         sent=t(2026, 4, 28, 17, 15, 30), client="outlook_cn", style="outlook_cn",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["hebin", "zhouzhenhua"],
         body=["马主管：", "", "有异议：第3项节日期间冷链车辆及司机值班应由承运商顺通物流安排，物流部只负责调度，建议负责人"
               "改为顺通物流，值班表4月30日前由我转发给各场。"],
         sig=["韩磊", "宛丰牧业集团 物流部 经理", "手机：138 3771 6025"],
         gold=dict(intent="object", items=[3]),
         tests="objection that proposes another owner and a date (stays object, no new date)",
         notes="Tue 2026-04-28 17:15, before the cut-off. '有异议：第3项…' -> object, items [3]. The reason "
               "proposes another owner and mentions '4月30日前'; an objection that proposes a date stays an "
               "objection with new_due_date null (convention 4). Outlook zh-CN '答复: Re: …', UTF-8 "
               "quoted-printable."),
    dict(no=6764, slug="extend-month-end-owa-utc-may-day", m="WFB", kind="reply", frm="sunlina",
         sent=t(2026, 4, 30, 16, 40, 18, "+0000"), quote_tz=TZ["+0800"], client="owa_cn", style="owa_cn",
         charset="utf-8", cte="base64", struct="alt", crlf=True,
         cc=["mawenjing", "guopeng"],
         body=["马主管：", "", "第5项五月生猪收购价格方案要参考5月中旬的玉米和豆粕行情，申请延期到月底。"],
         sig=["孙丽娜", "采购部 经理"],
         gold=dict(intent="extend", items=[5], rule=("month_end",), date="2026-05-31"),
         tests="月底 with a +0000 Date that is already the next month in Shanghai (OWA)",
         notes="Outlook on the web; Date Thu 2026-04-30 16:40 +0000 = Fri 2026-05-01 00:40 in Asia/Shanghai. "
               "'第5项…申请延期到月底' -> extend, items [5]; 月底 = last calendar day of the Shanghai month = "
               "2026-05-31 (reading the UTC date would give 04-30, before the current due date 05-08). '5月中旬' "
               "is the reason, not the date."),
    dict(no=6765, slug="done-makeup-saturday-dingtalk", m="WFB", kind="reply", frm="lihongmei",
         sent=t(2026, 5, 9, 11, 30, 44), client="alimail", style="alimail",
         charset="utf-8", cte="base64", struct="alt",
         xmailer="[Alimail-Mailagent revision 4][DingTalk-Android]",
         cc=["zhouzhenhua", "mawenjing"],
         body=["第6项节后复工生物安全检查已完成，5个场区均合格，检查记录已归档到OA。"],
         sig=[],
         gold=dict(intent="done", items=[6]),
         tests="plain done sent on the Sat 05-09 make-up working day; no signature",
         notes="Sent Sat 2026-05-09, the Labour Day make-up working day. '第6项…已完成' -> done, items [6]; "
               "'5个场区' is a count. DingTalk mail from a phone, no signature."),
]
