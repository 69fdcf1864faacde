"""heldout58 cases 8601-8606."""
from h58_common import Case, It, T, TN, G, L, K, person, ts, make_docx, attach
from h58_clients import outlook, m365, foxmail, coremail, gmail
from h58_html import word_html, div_html, gmail_html, text_of

BOT_T, BOT_G, BOT_L, BOT_K = ("纪要助手", "minutes@" + T), ("纪要助手", "minutes@" + G), \
    ("纪要助手", "minutes@" + L), ("Minutes Bot", "minutes@" + K)

# ---------------------------------------------------------------------------------------------------------- 8601
B8601 = [
    "各位好，",
    "",
    "今天下午生产周例会纪要如下，请各负责人按时落实，有问题随时找我。",
    "",
    "一、会议基本信息",
    "时间：2026年4月2日（周四）14:00-15:10",
    "地点：二楼生产会议室",
    "参会：陈嘉怡、符永康、梁志强、吴海燕、黄俊",
    "记录：陈嘉怡",
    "",
    "二、本周生产情况",
    "1. 3号线膨化机本周产量完成计划的96%，周二停机4小时更换模板。",
    "2. 上批虾料（批号TW2603-118）粒径偏差已整改，复检合格。",
    "3. 清明节4月4日至6日放假，放假期间3号线停机，值班表另发。",
    "",
    "三、待办事项",
    ("table", [["序号", "事项", "负责人", "完成时间"],
               ["1", "3号线模板备件清点，提交补购清单", "符班长", "本周五"],
               ["2", "节后开机前完成调质器蒸汽管路检查", "符班长", "节后第一个工作日"],
               ["3", "虾料水中稳定性对比试验，出报告", "梁工", "3个工作日内"],
               ["4", "与两家鱼粉供应商确认4月下旬到港计划", "吴主管", "4月10日前"],
               ["5", "给徐闻客户讲解新配方投喂方案", "黄工", "待定（看客户时间）"]]),
    "",
    "四、下次例会",
    "下周三同一时间，地点不变。",
    "",
    "陈嘉怡",
    "生产部 | 潮汇水产饲料（湛江）有限公司",
    "电话：0759-2218 6603",
]


def b8601():
    frm = person("陈嘉怡")
    to = [person(n) for n in ("符永康", "梁志强", "吴海燕", "黄俊")]
    return outlook(frm, to, [person("Lars Øvrebø"), BOT_T], "生产周例会纪要（4月2日）", ts("2026-04-02 17:42:09"),
                   text_of(B8601), word_html(B8601), "8601", BOT_T[1])


# ---------------------------------------------------------------------------------------------------------- 8602
B8602 = [
    "Hi all,",
    "",
    "Thanks for a productive call this morning. Notes below.",
    "",
    "Attendees: Lars Øvrebø, Kevin Liang, Jenny Chen, Bjørn Lie, Ingrid Haugen",
    "",
    "Summary",
    "- Pellet durability (PDI) on the grower feed is back within spec (97.2% vs 96% target) after the conditioner "
    "change on 30 March.",
    "- The March complaint from Haifeng was traced to storage at the farm, not to the batch.",
    "",
    "Decisions",
    "- We keep the current vitamin premix supplier for Q2.",
    "- Release of any batch with PDI below 95% needs Group Quality sign-off from 1 May.",
    "",
    "Actions",
    "AI: Kevin – send the PDI trend charts for weeks 10-14 to Group Quality by Monday.",
    "AI: Jenny – update the line 3 sanitation SOP and circulate the draft by 17 April.",
    "AI: Bjørn – share the Bergen lab method for water-stability testing, EOD today.",
    "AI: Lars to confirm the budget for the second NIR analyser by end of April.",
    "Kevin Liang to arrange the third-party mycotoxin test on the new corn lot.",
    "",
    "Next check-in: Tuesday 21 April, 09:00 CEST / 15:00 Beijing.",
    "",
    "Best regards,",
    "Ingrid",
    "",
    "Ingrid Haugen",
    "Group Quality Manager | Tidewell AS | Bergen, Norway",
    "+47 55 01 23 45",
]


def b8602():
    frm = person("Ingrid Haugen")
    to = [person("Lars Øvrebø"), ("Kevin Liang", person("梁志强")[1]), ("Jenny Chen", person("陈嘉怡")[1])]
    cc = [person("Bjørn Lie"), BOT_T]
    return m365(frm, to, cc, "Minutes: Zhanjiang QA review 9 April", ts("2026-04-09 10:15:33", 2),
                text_of(B8602), word_html(B8602, cs="utf-8", font="Calibri"), "8602", BOT_T[1])


# ---------------------------------------------------------------------------------------------------------- 8603
T8603 = """各位：

今天下午主灯组设计评审，按人汇总待办如下。五一放5天，9号（周六）正常上班，能节前做完的尽量节前做完。

【曾晓雯（设计部）】
①主灯“蜀锦凤凰”尾羽配色按甲方意见改两版，节后第一个工作日出效果图；
②整理全套分段施工图交车间，5个工作日内。

【刘德贵（制作车间）】
①凤凰骨架焊接样段做出来，4月30日下班前拍照发群里；
②库存LED灯带、防水接头盘点，缺料清单节前报谢会计。

【王德明（安全部）】
按新版《灯会安全技术规范》复核主灯组配电方案，出书面意见，5月8日前。

【宋佳（外联部）】
对接成都主办方确认进场日期，时间待定（主办方还没定布展排期）。

另：甲方确认主灯高度18米不变，预算不调整。

下次评审：5月9日（周六）上午9:30，还是三楼会议室。

何晨阳
项目部 自贡灯耀彩灯文化有限公司
"""


def b8603():
    frm = person("何晨阳")
    to = [person(n) for n in ("曾晓雯", "刘德贵", "王德明", "宋佳")]
    cc = [person("罗永红"), person("谢雨"), BOT_L]
    html = div_html(T8603.split("\n"), cs="GBK", font="宋体")
    return foxmail(frm, to, cc, "【纪要】成都春熙灯会主灯组设计评审4.29", ts("2026-04-29 18:05:41"), T8603, html,
                   "8603", BOT_L[1])


# ---------------------------------------------------------------------------------------------------------- 8604
T8604 = """莲都区农业农村局
会 议 纪 要
〔2026〕第12期

局办公室                                  2026年5月11日

关于春季茶园病虫害统防统治工作推进会的会议纪要

5月11日上午，叶卫东副局长在局三楼会议室主持召开春季茶园病虫害统防统治工作推进会，产业发展科、乡村发展科、计划财务科、执法大队及碧湖、老竹、雅溪等乡镇（街道）农业服务中心负责人参加。会议听取了产业发展科关于全区春茶病虫害监测情况的汇报，分析了当前统防统治工作中存在的问题。现将会议议定事项纪要如下：

一是加快统防统治服务组织补助资金拨付。由计划财务科牵头，吕芳同志负责，5月22日前完成第一批补助资金拨付。

二是开展农药经营门店专项检查。执法大队负责，毛建军同志具体落实，本月底前完成全区农药经营门店全覆盖检查并形成书面报告。

三是做好统防统治面积核查。各乡镇（街道）负责，6月5日前将核查数据报产业发展科汇总。

四是总结推广绿色防控技术。产业发展科雷志刚科长牵头、钟丽娟同志配合，10个工作日内形成技术总结材料报局领导。

会议强调，各科室、各乡镇（街道）要高度重视春茶病虫害防控工作，压实责任，确保全年茶叶质量安全抽检合格率保持在98%以上。

下次推进会时间另行通知。

参会人员：叶卫东、雷志刚、潘慧、吕芳、毛建军、钟丽娟，各乡镇（街道）农业服务中心负责人
抄送：局领导，各科室、执法大队
（共印12份）
"""


def b8604():
    frm = person("蓝晓芬")
    to = [person(n) for n in ("雷志刚", "潘慧", "吕芳", "毛建军", "钟丽娟")]
    cc = [person("叶卫东"), BOT_G]
    html = div_html(T8604.split("\n"), cs="GBK", font="仿宋_GB2312", size="16px")
    return coremail(frm, to, cc, "关于春季茶园病虫害统防统治工作推进会的会议纪要", ts("2026-05-11 17:20:15"),
                    T8604, html, "8604", BOT_G[1], cs="GBK")


# ---------------------------------------------------------------------------------------------------------- 8605
DOC8605 = [
    ("h", "农产品质量安全抽检工作会议纪要"),
    "2026年6月15日下午，局党委委员、副局长叶卫东在三楼会议室主持召开农产品质量安全抽检工作会议，研究端午节前后"
    "全区农产品质量安全抽检和巡查工作。产业发展科、农田建设科、计划财务科、执法大队负责人参加会议。",
    "会议认为，今年以来全区农产品质量安全形势总体平稳，一季度定量抽检合格率99.1%。",
    "会议议定事项如下：",
    "会议要求，各责任单位要严格按照时限完成任务，遇有问题及时向局领导报告。",
    "莲都区农业农村局办公室  2026年6月16日印发",
]
TAB8605 = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
           ["1", "制定端午节前农产品质量安全抽检计划", "产业发展科", "雷志刚", "端午节前"],
           ["2", "对全区6家农药批发企业开展节前巡查", "执法大队", "毛建军", "6月17日前"],
           ["3", "汇总抽检结果并通报各乡镇（街道）", "产业发展科", "钟丽娟", "节后第一个工作日"],
           ["4", "复核高标准农田项目区产地环境监测点位", "农田建设科", "季国华", "6月30日前"],
           ["5", "做好抽检工作经费保障", "计划财务科", "", "—"]]


def b8605():
    frm = person("钟丽娟")
    to = [person(n) for n in ("雷志刚", "毛建军", "季国华", "吕芳")]
    cc = [person("叶卫东"), person("蓝晓芬"), BOT_G]
    text = "各位科长：\n\n6月15日农产品质量安全抽检工作会议纪要见附件，请按责任分工抓好落实。\n\n产业发展科 钟丽娟\n" \
           "电话：0578-2135 407\n"
    html = div_html(text.split("\n"))
    doc = make_docx(DOC8605, [(3, TAB8605)], author="钟丽娟", title="会议纪要")
    att = attach("6.15农产品质量安全抽检工作会议纪要.docx", doc,
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", style="2231")
    return coremail(frm, to, cc, "6月15日农产品质量安全抽检工作会议纪要", ts("2026-06-16 10:40:27"), text, html,
                    "8605", BOT_G[1], attachments=[att])


# ---------------------------------------------------------------------------------------------------------- 8606
B8606 = [
    "Hi Tina, Ethan,",
    "",
    "Thanks for the call today. My notes below - shout if I've missed anything.",
    "",
    "Range for spring/summer 2027: 12 SKUs (deltas + 2 parafoils). Sample round 1 agreed, 3 pcs per SKU.",
    "Target FOB price stays within +3% of last season.",
    "",
    "Actions",
    "[ ] @Tina - revised quote for the 12 SKUs incl. FOB Qingdao, by Apr 24",
    "[ ] @Ethan - photos of the ripstop colour cards, by Thursday",
    "[ ] @Priya - send our updated packaging dieline (AU compliance labels) by next Monday",
    "[x] @Mark - EN71 test scope sent (done during the call)",
    "[ ] Xiangyuan QC team - confirm the line tension test method, date TBD",
    "",
    "Next call: Wednesday 6 May, 4pm AEST (2pm Beijing).",
    "",
    "Cheers,",
    "Mark",
    "--",
    "Mark Tolley | Buying Manager | Skylark Kites Pty Ltd | Fremantle",
]


def b8606():
    frm = person("Mark Tolley")
    to = [("Tina Yu", person("于晓彤")[1]), ("Ethan Zhao", person("赵一鸣")[1])]
    cc = [person("Priya Nair"), BOT_K]
    return gmail(frm, to, cc, "Skylark x Xiangyuan - call notes 21/4", ts("2026-04-21 19:30:02", 10),
                 text_of(B8606), gmail_html(B8606), "8606", BOT_K[1])


CASES = [
    Case(8601, "tidewell-weekly-prod-outlook-gb2312", "minutes",
         "Outlook zh-CN gb2312 base64 alternative; 待办 table with title owners (符班长, 梁工, 吴主管, 黄工); 本周五 the "
         "day before Qingming, 节后第一个工作日, 3个工作日内 across Qingming; '下周三同一时间' as next meeting",
         "Sent Thu 2026-04-02 17:42 +0800; Qingming holiday 04-04..06 (no make-up day). 本周五 -> 04-03. 节后第一个工作日 -> "
         "04-07. 3个工作日内 counts 04-03, 04-07, 04-08 -> 04-08. '4月10日前' -> 04-10. 待定 -> vague_due. Titles resolve via "
         "aliases: 符班长=符永康, 梁工=梁志强, 吴主管=吴海燕, 黄工=黄俊. Section 二 (96%, 4小时, dates of the holiday) is "
         "information. '下周三同一时间' with the meeting at 14:00 -> 2026-04-08 14:00.",
         b8601,
         [It("符永康", "3号线模板备件清点，提交补购清单", ("this", 4), "本周五"),
          It("符永康", "节后开机前完成调质器蒸汽管路检查", "post_holiday", "节后第一个工作日"),
          It("梁志强", "虾料水中稳定性对比试验，出报告", ("wd", 3), "3个工作日内"),
          It("吴海燕", "与两家鱼粉供应商确认4月下旬到港计划", ("abs", "2026-04-10"), "4月10日前"),
          It("黄俊", "给徐闻客户讲解新配方投喂方案", "vague", "待定")],
         (("next", 2), "14:00")),
    Case(8602, "tidewell-hq-english-m365", "minutes",
         "Microsoft 365 English minutes from the Norwegian head office (Date in UTC, writer in CEST): 'AI: Name –' and "
         "'X to …' lines, by Monday / by 17 April / EOD today / by end of April, one action without date; next check-in "
         "in two time zones",
         "Date Thu 2026-04-09 08:15 UTC = 16:15 Shanghai (same day). Kevin=梁志强, Jenny=陈嘉怡, Lars=Lars Øvrebø via "
         "aliases; Bjørn is not in the roster -> the Cc display name Bjørn Lie gives the address, department null. 'by "
         "Monday' -> 04-13; 'by 17 April' -> 04-17; 'EOD today' -> 04-09 without a time; 'by end of April' -> 04-30. "
         "'Kevin Liang to arrange …' has no date -> no_due. Decisions (premix supplier, release rule 'from 1 May') are "
         "not items. Next check-in 'Tuesday 21 April, 09:00 CEST / 15:00 Beijing' -> 2026-04-21 15:00 (Beijing time).",
         b8602,
         [It("梁志强", "send the PDI trend charts for weeks 10-14 to Group Quality", ("wk", 0), "by Monday"),
          It("陈嘉怡", "update the line 3 sanitation SOP and circulate the draft", ("abs", "2026-04-17"), "by 17 April"),
          It("Bjørn Lie", "share the Bergen lab method for water-stability testing", "today", "EOD today"),
          It("Lars Øvrebø", "confirm the budget for the second NIR analyser", "month_end", "by end of April"),
          It("梁志强", "arrange the third-party mycotoxin test on the new corn lot", None)],
         (("abs", "2026-04-21"), "15:00")),
    Case(8603, "lantern-design-review-foxmail-gbk", "minutes",
         "Foxmail GBK base64 minutes grouped by person (【姓名（部门）】 blocks with ①② sub-tasks) before May Day: "
         "节后第一个工作日, 5个工作日内 ending on the 05-09 make-up Saturday, 下班前, 节前, 时间待定; next review on the "
         "make-up Saturday",
         "Sent Wed 2026-04-29 18:05; May Day 05-01..05, make-up Saturday 05-09. 曾晓雯 ① 节后第一个工作日 -> 05-06; ② 5个工作日内 "
         "counts 04-30, 05-06, 05-07, 05-08, 05-09 -> 05-09. 刘德贵 ① '4月30日下班前' -> 04-30 (no clock time); ② '节前' -> "
         "last working day before the holiday = 04-30. 王德明 '5月8日前' -> 05-08. 宋佳 '时间待定' -> vague_due. The owner of each "
         "block is the name in its 【】 heading. '主灯高度18米不变' is a decision. Next review 5月9日（周六）上午9:30 -> "
         "2026-05-09 09:30.",
         b8603,
         [It("曾晓雯", "主灯“蜀锦凤凰”尾羽配色按甲方意见改两版，出效果图", "post_holiday", "节后第一个工作日"),
          It("曾晓雯", "整理全套分段施工图交车间", ("wd", 5), "5个工作日内"),
          It("刘德贵", "凤凰骨架焊接样段做出来，拍照发群里", ("abs", "2026-04-30"), "4月30日下班前"),
          It("刘德贵", "库存LED灯带、防水接头盘点，缺料清单报谢会计", "pre_holiday", "节前"),
          It("王德明", "按新版《灯会安全技术规范》复核主灯组配电方案，出书面意见", ("abs", "2026-05-08"), "5月8日前"),
          It("宋佳", "对接成都主办方确认进场日期", "vague", "时间待定")],
         (("abs", "2026-05-09"), "09:30")),
    Case(8604, "gov-yishi-ershi-coremail-gbk", "minutes",
         "Government 会议纪要 (〔2026〕第12期) in Coremail GBK: 议定事项 as 一是/二是 paragraphs with 牵头/负责/配合 and "
         "'X同志'; outside units (各乡镇（街道）) as owner; 10个工作日内; 本月底前; closing 会议强调 is not an item",
         "Sent Mon 2026-05-11 17:20. 一是 计划财务科牵头, 吕芳同志负责 -> 吕芳, '5月22日前' -> 05-22. 二是 毛建军 -> 本月底前 = "
         "05-31. 三是 各乡镇（街道） is no unit of the bureau and no person -> owner null, department null, no_owner; '6月5日前' "
         "-> 06-05. 四是 雷志刚科长牵头、钟丽娟配合 -> owner 雷志刚 (配合 is not an owner); 10个工作日内 from 05-11 -> 05-25. "
         "'会议强调…98%以上' is policy. '下次推进会时间另行通知' -> no follow-up.",
         b8604,
         [It("吕芳", "完成第一批统防统治服务组织补助资金拨付", ("abs", "2026-05-22"), "5月22日前"),
          It("毛建军", "完成全区农药经营门店全覆盖检查并形成书面报告", "month_end", "本月底前"),
          It(None, "将统防统治面积核查数据报产业发展科汇总", ("abs", "2026-06-05"), "6月5日前", dept="各乡镇（街道）"),
          It("雷志刚", "形成绿色防控技术总结材料报局领导", ("wd", 10), "10个工作日内")],
         None),
    Case(8605, "gov-docx-attachment-dragon-boat-coremail", "minutes",
         "Coremail UTF-8 mail whose minutes are only in a .docx attachment (RFC 2231 filename): 责任单位/责任人/完成时限 "
         "table with 端午节前, 节后第一个工作日, a 科室 row without a person and '—' as deadline",
         "Sent Tue 2026-06-16 10:40; Dragon Boat holiday 06-19..21 (no make-up day). The body only points to the "
         "attachment. Row 1 '端午节前' -> last working day before 06-19 = 06-18. Row 2 '6月17日前' -> 06-17. Row 3 "
         "'节后第一个工作日' -> 06-22. Row 4 '6月30日前' -> 06-30. Row 5 names only 计划财务科 (our unit) with no person and "
         "'—' -> owner null, department 计划财务科, flags no_owner + no_due. '99.1%' is information.",
         b8605,
         [It("雷志刚", "制定端午节前农产品质量安全抽检计划", "pre_holiday", "端午节前"),
          It("毛建军", "对全区6家农药批发企业开展节前巡查", ("abs", "2026-06-17"), "6月17日前"),
          It("钟丽娟", "汇总抽检结果并通报各乡镇（街道）", "post_holiday", "节后第一个工作日"),
          It("季国华", "复核高标准农田项目区产地环境监测点位", ("abs", "2026-06-30"), "6月30日前"),
          It(None, "做好抽检工作经费保障", None, dept="计划财务科")],
         None),
    Case(8606, "kite-buyer-english-gmail-checkboxes", "minutes",
         "Gmail English call notes written by the Australian buyer (+1000): '[ ] @Name - … by …' checkboxes, a ticked "
         "[x] line that is done, a team owner with TBD; next call with AEST and Beijing times",
         "Date Tue 2026-04-21 19:30 +1000 = 17:30 Shanghai, same day. @Tina=于晓彤, @Ethan=赵一鸣 (aliases); @Priya is "
         "external -> Cc display name Priya Nair. 'by Apr 24' -> 04-24; 'by Thursday' -> 04-23; 'by next Monday' -> Monday "
         "of the next week = 04-27. '[x] @Mark - … sent' is done -> not an item. 'Xiangyuan QC team' is no person and no "
         "roster department name -> owner null, department null, no_owner + vague_due (TBD). Next call 'Wednesday 6 May, "
         "4pm AEST (2pm Beijing)' -> 2026-05-06 14:00.",
         b8606,
         [It("于晓彤", "revised quote for the 12 SKUs incl. FOB Qingdao", ("abs", "2026-04-24"), "by Apr 24"),
          It("赵一鸣", "photos of the ripstop colour cards", ("wk", 3), "by Thursday"),
          It("Priya Nair", "send the updated packaging dieline (AU compliance labels)", ("next", 0), "by next Monday"),
          It(None, "confirm the line tension test method", "vague", "TBD")],
         (("abs", "2026-05-06"), "14:00")),
]
