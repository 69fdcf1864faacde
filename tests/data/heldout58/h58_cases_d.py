"""heldout58 cases 8619-8624."""
from h58_common import Case, It, T, G, L, K, person, ts, make_pdf, attach
from h58_clients import exmail, apple, m365, coremail, foxmail, thunderbird
from h58_html import word_html, div_html, text_of

BOT_T, BOT_G, BOT_L, BOT_K = ("纪要助手", "minutes@" + T), ("纪要助手", "minutes@" + G), \
    ("Minutes Bot", "minutes@" + L), ("纪要助手", "minutes@" + K)

# ---------------------------------------------------------------------------------------------------------- 8619
T8619 = """各位：

销售部周会（8月7日）纪要：

一、本周工作回顾（已完成）
1. 阳江3家新客户首批试料已发出，莫晓玲已跟进首轮反馈。
2. 7月回款率92%，海丰养殖场第一期还款已到账。
3. 价格调整函已于8月5日发给全部经销商，无异议。
4. 黄工的投喂指导手册已印好，已交仓库随货发放。

二、下周工作安排
1. 莫晓玲：整理阳江试料反馈，下周二前出报告。
2. 庞国栋：拜访茂名两家大客户，谈四季度框架协议，8月14日前。

庞国栋
销售部
"""


def b8619():
    frm = person("庞国栋")
    to = [person("莫晓玲"), person("黄俊")]
    cc = [person("Lars Øvrebø"), BOT_T]
    return exmail(frm, to, cc, "销售部周会纪要 8.7", ts("2026-08-07 17:50:30"), T8619,
                  div_html(T8619.split("\n"), font="宋体"), "8619", BOT_T[1], cs="UTF-8")


# ---------------------------------------------------------------------------------------------------------- 8620
PDF8620_LINES = [
    "会议时间：2026年8月12日 14:30-16:00",
    "会议地点：公司二楼直播间",
    "参会人员：孙海涛、郑璐、崔丽、张庆福",
    "记录人：郑璐",
    "一、7月线上销售回顾：GMV同比增长21%，退货率4.8%。",
    "二、会议决定：国庆档主推“金秋”主题风筝套装。",
    "三、待办事项",
    "<TABLE>",
    "四、下次会议：9月9日（周三）下午2:30",
]
PDF8620_TABLE = [["序号", "事项", "负责人", "完成时间", "备注"],
                 ["1", "上架国庆主题风筝套装详情页", "郑璐", "8月25日前", ""],
                 ["2", "核对7月平台退货原因统计", "崔主管", "8月18日", ""],
                 ["3", "直播样品备货200套", "张厂长", "8月底前", ""],
                 ["4", "申请平台国庆大促报名", "郑璐", "待定", "等平台通知"]]


def b8620():
    frm = person("郑璐")
    to = [person("孙海涛")]
    cc = [person("崔丽"), person("张庆福"), BOT_K]
    text = "孙总、各位：\n\n8月运营会议纪要见附件PDF，请查收。\n\n郑璐\n电商部\n"
    pdf = make_pdf("电商部8月运营会议纪要", PDF8620_LINES, PDF8620_TABLE)
    att = attach("电商部8月运营会议纪要.pdf", pdf, "application/pdf")
    return apple(frm, to, cc, "电商部8月运营会议纪要", ts("2026-08-13 11:00:21"), text, "8620", BOT_K[1],
                 attachments=[att])


# ---------------------------------------------------------------------------------------------------------- 8621
B8621 = [
    "Hi Sunny, Jessica,",
    "",
    "Notes from this morning's call on the Winter Lantern Trail (Bristol, opening 20 November).",
    "",
    "1. Lantern shipping schedule",
    "Owner: Sunny He",
    "Due: 31 July",
    "Action: confirm the container booking for the 3 x 40HQ from Chengdu to Felixstowe.",
    "",
    "2. Electrical certification (UK)",
    "Owner: Owen Pryce",
    "Due: 7 August",
    "Action: send the BS 7909 / UKCA requirements list to Zigong.",
    "",
    "3. Artwork sign-off",
    "Owner: Jessica",
    "Due: Friday",
    "Action: send the final dragon set renderings for our creative director's sign-off.",
    "",
    "4. Installation crew visas",
    "Owner: TBC",
    "Due: ASAP",
    "Action: start the visa invitation letters for the 12-person install crew.",
    "",
    "Budget stays as agreed in June (GBP 410k incl. shipping).",
    "",
    "Next check-in: Thursday 30 July, 10:00 BST (17:00 Beijing).",
    "",
    "Kind regards,",
    "Hannah",
    "",
    "Hannah Ridley | Project Director | GlowTrail Events Ltd | Bristol",
]


def b8621():
    frm = person("Hannah Ridley")
    to = [("Sunny He", person("何晨阳")[1]), ("Jessica Song", person("宋佳")[1])]
    cc = [person("Owen Pryce"), BOT_L]
    return m365(frm, to, cc, "Winter Lantern Trail - call notes 22 July", ts("2026-07-22 09:30:40", 1),
                text_of(B8621), word_html(B8621, cs="utf-8", font="Aptos"), "8621", BOT_L[1], lang="en-GB")


# ---------------------------------------------------------------------------------------------------------- 8622
TAB8622 = [["序号", "督办事项", "责任科室", "责任人", "完成时限", "备注"],
           ["1", "秋季农产品展销会筹备方案", "产业发展科（牵头）、办公室（配合）", "雷志刚", "8月31日前", ""],
           ["2", "上半年财政专项资金绩效自评", "计划财务科", "吕芳", "9月10日前", "报区财政局"],
           ["3", "农机安全生产大检查", "执法大队", "毛建军", "9月上旬", "具体时间另定"],
           ["4", "局机关节能降耗检查", "办公室", "蓝晓芬", "8月28日", ""],
           ["5", "中秋国庆期间值班安排", "办公室", "", "节前报局领导", ""]]
B8622 = ["各科室、执法大队：", "",
         "8月19日局务会议定事项督办清单如下，请各责任科室抓好落实，完成情况于每月25日前报办公室。", "",
         ("table", TAB8622), "",
         "莲都区农业农村局办公室", "2026年8月20日"]


def b8622():
    frm = person("蓝晓芬")
    to = [person(n) for n in ("雷志刚", "吕芳", "毛建军")]
    cc = [person("叶卫东"), BOT_G]
    return coremail(frm, to, cc, "8月局务会议定事项督办清单", ts("2026-08-20 15:30:09"), None,
                    div_html(B8622, font="仿宋"), "8622", BOT_G[1], html_only=True)


# ---------------------------------------------------------------------------------------------------------- 8623
TAB8623 = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
            "实际解决时间", "解决方案"],
           ["Q0527-01", "天猫店详情页价格错标（59元标成5.9元）", "郑璐", "2026-05-27 09:40", "高", "已下单37笔",
            "电商部", "郑璐", "1小时内", "", "先下架链接"],
           ["Q0527-02", "37笔错价订单与客户协商处理", "郑璐", "2026-05-27 09:40", "高", "37位客户", "电商部", "郑璐",
            "今天18:00前", "", "补差价或退款，不强制"],
           ["Q0527-03", "店铺客服自动回复失效", "郑璐", "2026-05-27 09:45", "中", "全店", "电商部", "郑璐",
            "2026-05-27 10:30", "2026-05-27 10:05", "重新配置后已恢复"],
           ["Q0527-04", "错价原因复盘并出具改进措施", "孙海涛", "2026-05-27 10:00", "中", "-", "电商部", "郑璐",
            "24小时内", "", ""],
           ["Q0527-05", "核查同批风筝包装价签是否有误", "孙海涛", "2026-05-27 10:00", "中", "库存约800套", "品质部",
            "崔主管", "明天上午10点前", "", ""]]


def b8623():
    frm = person("郑璐")
    to = [person("孙海涛"), person("崔丽")]
    cc = [BOT_K]
    text = "孙总：\n\n错价问题紧急处理，问题协调解决记录表如下：\n\n问题协调解决记录表\n" + text_of([("table", TAB8623)]) + \
        "\n处理进展我每小时在群里更新。\n\n郑璐\n"
    html = div_html(["孙总：", "", "错价问题紧急处理，问题协调解决记录表如下：", "", "问题协调解决记录表",
                     ("table", TAB8623), "", "处理进展我每小时在群里更新。", "", "郑璐"], cs="GBK", font="宋体")
    return foxmail(frm, to, cc, "【紧急】天猫店价格错标问题处理记录", ts("2026-05-27 10:20:17"), text, html, "8623",
                   BOT_K[1])


# ---------------------------------------------------------------------------------------------------------- 8624
T8624 = """Hi team,

QA weekly sync 纪要 (5/15):

Action: Kevin - finalize the 2026 H2 supplier audit plan, by 5/22
Action: Helen - 收集三家玉米供应商的霉菌毒素检测报告, by next Wed
Action: 符班长 - line 2 metal detector calibration records, by Tue
Action: Ingrid (HQ) - confirm whether EU customers need the new ethoxyquin statement, date TBD

FYI: the audit on the 5/9 make-up Saturday went fine, no major findings.

Next QA sync: 5/22 (Fri) 16:00, same room.

Thanks,
Kevin

-- 
梁志强 Kevin Liang
QA Manager | Tidewell Aquafeed (Zhanjiang)
"""


def b8624():
    frm = person("梁志强")
    to = [("Helen Wu", person("吴海燕")[1]), person("符永康"), person("陈嘉怡")]
    cc = [person("Ingrid Haugen"), BOT_T]
    return thunderbird(frm, to, cc, "QA weekly sync 5/15 - actions", ts("2026-05-15 18:10:44"), T8624, "8624",
                       BOT_T[1], cte="quoted-printable", lang="en-US")


CASES = [
    Case(8619, "tidewell-done-reports-exmail", "minutes",
         "Exmail UTF-8 weekly minutes that are mostly a 本周工作回顾（已完成） list (reports of done work with dates, not "
         "items) plus two real items under 下周工作安排 (下周二前, 8月14日前)",
         "Sent Fri 2026-08-07. Section 一 lines are all done (已发出, 已到账, 已于8月5日发给, 已交仓库) -> status, no items. "
         "Section 二: 莫晓玲 '下周二前' -> 08-11; 庞国栋 '8月14日前' -> 08-14. No next meeting.",
         b8619,
         [It("莫晓玲", "整理阳江试料反馈，出报告", ("next", 1), "下周二前"),
          It("庞国栋", "拜访茂名两家大客户，谈四季度框架协议", ("abs", "2026-08-14"), "8月14日前")],
         None),
    Case(8620, "kite-pdf-attachment-apple-mail", "minutes",
         "Apple Mail with the minutes only in a PDF attachment (reportlab, CID font): 待办 table inside the PDF with 8月25日前, "
         "'8月18日', 8月底前, 待定; next meeting line in the PDF",
         "Sent Thu 2026-08-13. The body only points to the PDF. Row 1 郑璐 '8月25日前' -> 08-25. Row 2 崔主管=崔丽 '8月18日' -> "
         "08-18. Row 3 张厂长=张庆福 '8月底前' -> 08-31. Row 4 郑璐 '待定' -> vague_due. '会议决定…主推' is a decision; GMV/退货率 "
         "are facts. '下次会议：9月9日（周三）下午2:30' -> 2026-09-09 14:30.",
         b8620,
         [It("郑璐", "上架国庆主题风筝套装详情页", ("abs", "2026-08-25"), "8月25日前"),
          It("崔丽", "核对7月平台退货原因统计", ("abs", "2026-08-18"), "8月18日"),
          It("张庆福", "直播样品备货200套", "month_end", "8月底前"),
          It("郑璐", "申请平台国庆大促报名", "vague", "待定")],
         (("abs", "2026-09-09"), "14:30")),
    Case(8621, "lantern-uk-partner-owner-due-blocks-m365", "minutes",
         "Microsoft 365 English minutes from the UK partner (BST writer, UTC Date): numbered 'Owner: / Due: / Action:' "
         "blocks, 'Owner: TBC' + 'Due: ASAP', external owner resolved from Cc; next check-in in BST and Beijing time",
         "Date Wed 2026-07-22 08:30 UTC = 16:30 Shanghai. Block 1 'Sunny He' = 何晨阳 (alias) 'Due: 31 July' -> 07-31. Block 2 "
         "Owen Pryce (external, Cc) '7 August' -> 08-07. Block 3 'Jessica' = 宋佳, 'Due: Friday' -> 07-24. Block 4 'Owner: TBC', "
         "'Due: ASAP' -> no_owner + vague_due. 'opening 20 November' and the budget are information. Next check-in "
         "'Thursday 30 July, 10:00 BST (17:00 Beijing)' -> 2026-07-30 17:00.",
         b8621,
         [It("何晨阳", "confirm the container booking for the 3 x 40HQ from Chengdu to Felixstowe", ("abs", "2026-07-31"),
             "Due: 31 July"),
          It("Owen Pryce", "send the BS 7909 / UKCA requirements list to Zigong", ("abs", "2026-08-07"), "Due: 7 August"),
          It("宋佳", "send the final dragon set renderings for sign-off", ("wk", 4), "Due: Friday"),
          It(None, "start the visa invitation letters for the 12-person install crew", "vague", "Due: ASAP")],
         (("abs", "2026-07-30"), "17:00")),
    Case(8622, "gov-duban-list-coremail-html-only", "minutes",
         "Coremail single-part HTML 督办清单 from the bureau office: 责任科室 cell with 牵头/配合, 9月上旬 (vague), a row with an "
         "office but no person and '节前报局领导' (the next holiday is Mid-Autumn 09-25)",
         "Sent Thu 2026-08-20. Row 1 雷志刚 '8月31日前' -> 08-31. Row 2 吕芳 '9月10日前' -> 09-10. Row 3 毛建军 '9月上旬' -> "
         "vague_due. Row 4 蓝晓芬 '8月28日' -> 08-28. Row 5 办公室 with no 责任人 -> owner null, department 办公室, no_owner; "
         "'节前' -> last working day before the Mid-Autumn holiday 09-25..27 = 09-24. '每月25日前报办公室' is a standing rule.",
         b8622,
         [It("雷志刚", "秋季农产品展销会筹备方案", ("abs", "2026-08-31"), "8月31日前"),
          It("吕芳", "上半年财政专项资金绩效自评", ("abs", "2026-09-10"), "9月10日前"),
          It("毛建军", "农机安全生产大检查", "vague", "9月上旬"),
          It("蓝晓芬", "局机关节能降耗检查", ("abs", "2026-08-28"), "8月28日"),
          It(None, "中秋国庆期间值班安排报局领导", "pre_holiday", "节前报局领导", dept="办公室")],
         None),
    Case(8623, "kite-issue-table-hour-deadlines-foxmail", "minutes",
         "Foxmail GBK seed 问题协调解决记录表 (11 columns) for an urgent price error: 1小时内 / 24小时内 from the Date header, "
         "今天18:00前, 明天上午10点前 (due_time), a row already solved (实际解决时间 filled) excluded",
         "Sent Wed 2026-05-27 10:20 +0800. Q0527-01 '1小时内' -> 2026-05-27 11:20. Q0527-02 '今天18:00前' -> 05-27 18:00. "
         "Q0527-03 has 实际解决时间 10:05 and '已恢复' -> solved, not an item. Q0527-04 '24小时内' -> 05-28 10:20. Q0527-05 "
         "崔主管=崔丽 '明天上午10点前' -> 05-28 10:00. All owners from the 责任人 column (郑璐 x3, 崔丽).",
         b8623,
         [It("郑璐", "天猫店详情页价格错标（59元标成5.9元）处理", ("hours", 1), "1小时内"),
          It("郑璐", "37笔错价订单与客户协商处理", "today", "今天18:00前", time="18:00"),
          It("郑璐", "错价原因复盘并出具改进措施", ("hours", 24), "24小时内"),
          It("崔丽", "核查同批风筝包装价签是否有误", "tomorrow", "明天上午10点前", time="10:00")],
         None),
    Case(8624, "tidewell-action-lines-mixed-thunderbird-qp", "minutes",
         "Thunderbird flowed QP, English/Chinese mix: 'Action: Name - task, by …' with M/D dates (5/22), 'by next Wed', "
         "'by Tue', 'date TBD'; English aliases (Kevin, Helen) and a title (符班长); an FYI line; next sync as M/D + time",
         "Sent Fri 2026-05-15 18:10. Kevin=梁志强 'by 5/22' -> 05-22. Helen=吴海燕 'by next Wed' -> 05-20. 符班长=符永康 'by Tue' "
         "-> 05-19. Ingrid (HQ) = Ingrid Haugen 'date TBD' -> vague_due. The FYI about the 5/9 make-up Saturday audit is "
         "information. 'Next QA sync: 5/22 (Fri) 16:00' -> 2026-05-22 16:00.",
         b8624,
         [It("梁志强", "finalize the 2026 H2 supplier audit plan", ("abs", "2026-05-22"), "by 5/22"),
          It("吴海燕", "收集三家玉米供应商的霉菌毒素检测报告", ("next", 2), "by next Wed"),
          It("符永康", "line 2 metal detector calibration records", ("wk", 1), "by Tue"),
          It("Ingrid Haugen", "confirm whether EU customers need the new ethoxyquin statement", "vague", "date TBD")],
         (("abs", "2026-05-22"), "16:00")),
]
