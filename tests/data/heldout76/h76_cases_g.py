"""heldout76 cases 10433-10438: 阴山燕麦 (weekly with done reports, notice, OOO, correction, phone) + 乌蒙果业 双节."""
from h76_common import (WM, YS, R, addr, addrs, arrival, bot, case, esc, ew, flowed, fu, html_page, it,
                        lines_to_html, message, multi, text, thread_index)

# ------------------------------------------------------------------------------------------------ 10433
T33 = """项目建设部周例会纪要（7月27日）

一、上周完成情况
1. 烘焙窑设备基础混凝土浇筑完成，进入养护期（郝俊峰）；
2. 技改车间屋面防水通过验收（项目组）；
3. 加拿大设备第一批报关资料已交代理公司，付汇由斯琴部长协助办完。

二、本周工作安排
1. 郝俊峰：7月29日前组织设备基础验收，请监理单位参加；
2. 巴特尔：配合拆除旧1号线烘干机，本周五前腾出安装场地；
3. 斯琴：月底前支付加拿大设备第二笔款（信用证项下）；
4. 乔丽：跟进设备海运船期，每周一在群里通报一次。

三、下次例会
8月3日（周一）上午9:00，项目部板房会议室。

郝俊峰
"""


@case(10433, "ys-project-weekly-done-vs-plan-thunderbird", "minutes",
      "Thunderbird (text+html, UTF-8 base64) weekly minutes with a 上周完成情况 section (reports of done work with "
      "names in brackets, not items) and 本周工作安排 'Name：task' lines; 7月29日前 / 本周五前 / 月底前 / a recurring "
      "duty; next meeting with date and time",
      "Sent Mon 2026-07-27 10:20 +0800. '上周完成情况' lines are finished work (names in brackets are who did it), not "
      "items. 本周: 郝俊峰 7月29日前 -> 2026-07-29; 巴特尔 本周五前 -> 2026-07-31; 斯琴 月底前 -> 2026-07-31; 乔丽 '每周一"
      "…通报一次' is a recurring duty without a deadline -> no_due. 下次例会 8月3日（周一）上午9:00 -> 2026-08-03 09:00.",
      items=[
          it("郝俊峰", "组织设备基础验收", ("abs", "2026-07-29"), "2026-07-29"),
          it("巴特尔", "配合拆除旧1号线烘干机腾出安装场地", ("thisweek", 5), "2026-07-31"),
          it("斯琴", "支付加拿大设备第二笔款", ("month_end",), "2026-07-31"),
          it("乔丽", "跟进设备海运船期并每周一通报", ("none",), None, flags=["no_due"]),
      ],
      followup=fu(("abs", "2026-08-03"), "2026-08-03", "09:00"))
def build_10433():
    date = "Mon, 27 Jul 2026 10:20:15 +0800"
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">'
            '\n  </head>\n  <body>\n    <p>%s</p>\n  </body>\n</html>\n'
            % "<br>\n".join(esc(l) for l in T33.rstrip("\n").split("\n")))
    body = multi("alternative", "------------Ab3kQ9xL0mZ7vR2tW5yN8cD1",
                 [text("text/plain", T33, "UTF-8", "base64", quote=False),
                  text("text/html", html, "UTF-8", "base64", quote=False)],
                 preamble="This is a multi-part message in MIME format.\n")
    h = arrival(R["郝俊峰"][1], "minutes@" + YS, date, "[10.80.6.12]", "10.80.6.12", "10433") + [
        ("Message-ID", "<e3a7c1d9-5f20-4b8e-a6c4-08d2f9b1e357@yinshan-oats.example.cn>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", addrs(["巴特尔", "斯琴", "乔丽"], sep=", ")),
        ("Cc", addrs(["高树林", bot(YS)], sep=", ")),
        ("From", addr("郝俊峰", R["郝俊峰"][1])),
        ("Subject", ew("项目建设部周例会纪要（7月27日）")),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10434
T34 = """各部门：

经集团领导同意，定于8月7日（周五）上午9:00在集团三楼会议室召开2026年半年工作会议，现将有关事项通知如下：

一、会议议程
1. 高树林总经理作上半年生产经营工作报告；
2. 各部门负责人汇报上半年工作及下半年打算（每人不超过8分钟）；
3. 赵文博董事长讲话。

二、有关要求
1. 请各部门于8月5日（周三）下班前将半年工作总结（电子版）报综合办公室；
2. 参会人员提前10分钟入场，手机调至静音。

联系人：其木格  0474-8213306

综合办公室
2026年7月30日
"""


@case(10434, "ys-other-meeting-notice-outlook-utf8", "other",
      "Outlook zh-CN UTF-8 QP 会议通知 (a notice of a future meeting with agenda and a submission deadline 8月5日下班前): "
      "not minutes -> other, no items, no follow-up",
      "Sent Thu 2026-07-30 15:12 +0800. A 会议通知 announcing the half-year meeting on 8月7日 and asking departments "
      "for summaries by 8月5日下班前. No meeting has taken place; nothing is minuted: kind other, no items, no "
      "next_followup.")
def build_10434():
    date = "Thu, 30 Jul 2026 15:12:44 +0800"
    html = html_page('<div class=WordSection1>%s</div>' % lines_to_html(T34), "utf-8")
    body = multi("alternative", "----=_NextPart_000_0154_01DD1F92.7C3E5A10",
                 [text("text/plain", T34, "utf-8", "quoted-printable"),
                  text("text/html", html, "utf-8", "quoted-printable")],
                 preamble="This is a multipart message in MIME format.\n")
    h = arrival(R["其木格"][1], "minutes@" + YS, date, "YSOAT-ZHB-03", "10.80.2.63", "10434") + [
        ("From", addr("其木格", R["其木格"][1])),
        ("To", addrs(["巴特尔", "刘慧敏", "郝俊峰", "乔丽", "孟凡宇", "斯琴"])),
        ("Cc", addrs(["赵文博", "高树林", bot(YS)])),
        ("Subject", ew("关于召开2026年半年工作会议的通知")),
        ("Date", date),
        ("Message-ID", "<015401dd1f92$7c3e5a10$74bb0f30$@yinshan-oats.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index("10434")),
        ("Content-Language", "zh-cn"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10435
T35 = """您好！

我于8月5日至8月12日赴加拿大萨斯卡通参加设备出厂验收，期间邮件回复可能延迟。紧急事项请联系综合办公室其木格（0474-8213306）。

Hello, I am travelling for the factory acceptance test in Saskatoon from 5 to 12 August and will reply when I \
am back. For urgent matters please contact Qimuge (qimuge@yinshan-oats.example.cn).

高树林
"""


@case(10435, "ys-auto-ooo-exchange-autosubmitted", "auto",
      "Exchange out-of-office '自动答复:' with Auto-Submitted: auto-replied and X-MS-Exchange-Inbox-Rules-Loop, "
      "bilingual body with a date range and a delegate -> auto",
      "Out-of-office reply to the bot's recap, sent Thu 2026-08-06 09:01 +0800. Auto-Submitted: auto-replied, "
      "X-Auto-Response-Suppress and X-MS-Exchange-Inbox-Rules-Loop mark it; subject '自动答复:'. The dates (8月5日至8月"
      "12日) and the delegate are not items or commands. kind auto.")
def build_10435():
    date = "Thu, 6 Aug 2026 09:01:37 +0800"
    html = html_page('<div style="font-family:Microsoft YaHei;font-size:10.5pt">%s</div>' % lines_to_html(T35),
                     "utf-8")
    body = multi("alternative", "_000_5b2c7e19d4a84f0e9c31a6b2d8e07f45yinshanoatsexamplecn_",
                 [text("text/plain", T35, "utf-8", "base64"), text("text/html", html, "utf-8", "base64")])
    h = arrival(R["高树林"][1], "minutes@" + YS, date, "EXCH01.yinshan-oats.example.cn", "10.80.1.11", "10435") + [
        ("From", addr("高树林", R["高树林"][1])),
        ("To", addr(*bot(YS))),
        ("Subject", ew("自动答复: 【纪要确认】中秋燕麦礼盒营销方案讨论会")),
        ("Thread-Topic", ew("【纪要确认】中秋燕麦礼盒营销方案讨论会")),
        ("Thread-Index", thread_index("10435")),
        ("Date", date),
        ("Message-ID", "<5b2c7e19d4a84f0e9c31a6b2d8e07f45@yinshan-oats.example.cn>"),
        ("In-Reply-To", "<recap.20260806.0900.c41e@yinshan-oats.example.cn>"),
        ("References", "<recap.20260806.0900.c41e@yinshan-oats.example.cn>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", R["高树林"][1]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", "zh-CN"),
        ("MIME-Version", "1.0"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10436
T36 = """各位领导、各部门：

【更正】上午发出的纪要第二项时间有误，更正如下，以本稿为准，上午那一稿作废。

总经理办公会议纪要（2026年第14次）

8月7日下午，高树林总经理主持召开总经理办公会，研究中秋国庆“双节”市场保供、技改设备安装调试和半年审计整改工作。纪要如下：

一、“双节”市场保供。营销中心（乔丽）8月20日前完成双节促销方案；生产运营部（巴特尔）按方案安排加班生产，9月20日（周日，调休上班）前礼盒全部入库。
二、技改设备安装调试。项目建设部（郝俊峰）设备安装完成时间由8月14日调整为8月18日；加方调试人员到场后，安全环保部孟凡宇做好入厂安全培训，到场当天完成。
三、半年审计整改。财务资产部斯琴负责，国庆节前完成审计发现问题的整改并报董事长。

记录：其木格
"""


@case(10436, "ys-corrected-resend-in-thread-foxmail", "minutes",
      "Foxmail UTF-8 base64 【更正】 re-send in the same thread (In-Reply-To the first version): '由8月14日调整为8月18日' "
      "-> the new date, 9月20日 make-up Sunday, 国庆节前 -> 09-30, a training due 'on the day they arrive' (no fixed "
      "date)",
      "Sent Mon 2026-08-10 11:02 +0800 as a corrected version of the morning's minutes (same thread). 乔丽 8月20日前 "
      "-> 2026-08-20. 巴特尔 9月20日（周日，调休上班）前 -> 2026-09-20 (a make-up working day). 郝俊峰 '由8月14日调整为8月"
      "18日' -> 2026-08-18. 孟凡宇 '加方调试人员到场后…到场当天完成' depends on an unknown arrival -> no_due. 斯琴 国庆节前 "
      "-> last working day before 10-01 = 2026-09-30. No next meeting.",
      items=[
          it("乔丽", "完成双节促销方案", ("abs", "2026-08-20"), "2026-08-20"),
          it("巴特尔", "安排加班生产，礼盒全部入库", ("abs", "2026-09-20"), "2026-09-20"),
          it("郝俊峰", "完成技改设备安装", ("abs", "2026-08-18"), "2026-08-18"),
          it("孟凡宇", "做好加方调试人员入厂安全培训", ("none",), None, flags=["no_due"]),
          it("斯琴", "完成审计发现问题的整改并报董事长", ("before_holiday", "2026-10-01"), "2026-09-30"),
      ])
def build_10436():
    date = "Mon, 10 Aug 2026 11:02:26 +0800"
    html = html_page('<div style="font-family:微软雅黑;font-size:14px">%s</div>' % lines_to_html(T36), "UTF-8",
                     "<style>body { line-height: 1.5; }</style>\n")
    body = multi("alternative", "----=_001_NextPart774102938651_=----",
                 [text("text/plain", T36, "UTF-8", "base64"), text("text/html", html, "UTF-8", "base64")],
                 preamble="This is a multi-part message in MIME format.\n")
    first = "<202608100918447731208@yinshan-oats.example.cn>"
    h = arrival(R["其木格"][1], "minutes@" + YS, date, "YSOAT-ZHB-03", "10.80.2.63", "10436") + [
        ("Date", date),
        ("From", addr("其木格", R["其木格"][1])),
        ("To", addrs(["乔丽", "巴特尔", "郝俊峰", "孟凡宇", "斯琴"])),
        ("Cc", addrs(["高树林", "赵文博", bot(YS)])),
        ("Subject", ew("【更正】总经理办公会议纪要（2026年第14次）")),
        ("References", first),
        ("In-Reply-To", first),
        ("X-Priority", "3"),
        ("X-GUID", "A0C4E7B2-19D3-4F6A-8B05-C2E91D7F3A60"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.331[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202608101102265582417@yinshan-oats.example.cn>"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10437
T37 = """高总：
今天上午技改现场碰头会简要纪要：
①旧线拆除完成，新窑体已就位；
②电气接线：郝工负责，下周一前完成；
③窑体保温棉还差20卷，供应商说尽快补发，由我盯着；
④调试方案：等加方工程师到场后再定，负责人待定。
下次碰头：下周六上午9点，现场。

巴特尔

发自网易邮箱大师
"""


@case(10437, "ys-saturday-site-notes-mailmaster", "minutes",
      "网易邮箱大师 phone mail (UTF-8 base64 text only) sent on an ordinary Saturday: ①–④ with a done line, 郝工 alias, "
      "'由我盯着' = sender with 尽快, '负责人待定' with no date; 下周一 and 下周六上午9点 from a Saturday",
      "Sent Sat 2026-08-15 12:40 +0800 (an ordinary weekend day). ① is done (status). ② 郝工 = 郝俊峰, 下周一前 -> "
      "Mon 2026-08-17. ③ '由我盯着' = sender 巴特尔; the supplier's 尽快 is the only deadline -> vague_due. ④ 负责人待定, "
      "'等…到场后再定' -> no_owner + vague_due. '下次碰头：下周六上午9点' -> Sat 2026-08-22 09:00.",
      items=[
          it("郝俊峰", "完成电气接线", ("nextweek", 1), "2026-08-17"),
          it("巴特尔", "跟进供应商补发窑体保温棉", ("none",), None, flags=["vague_due"]),
          it(None, "确定调试方案", ("none",), None, flags=["no_owner", "vague_due"]),
      ],
      followup=fu(("nextweek", 6), "2026-08-22", "09:00"))
def build_10437():
    date = "Sat, 15 Aug 2026 12:40:58 +0800 (GMT+08:00)"
    body = text("text/plain", T37, "UTF-8", "base64", quote=False)
    h = arrival(R["巴特尔"][1], "minutes@" + YS, date, "mail.yinshan-oats.example.cn", "10.80.1.5", "10437") + [
        ("Date", date),
        ("From", addr("巴特尔", R["巴特尔"][1])),
        ("To", addr("高树林", R["高树林"][1])),
        ("Cc", addrs(["郝俊峰", bot(YS)], sep=", ")),
        ("Message-ID", "<4b1d9e07.6c2.19f4c2a8d31.Coremail.bateer@yinshan-oats.example.cn>"),
        ("Subject", ew("技改现场碰头会（8.15）")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase MailMaster Android 7.20.3"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10438
T38 = """Hi all,

今天双节备货会纪要如下，有问题今天回我：

1. 礼盒备货：海涛9月10日前把各渠道礼盒订单汇总给刘主管。
2. 电商：蒙蒙中秋前（9/24）完成中秋活动页上线；国庆活动页国庆前（9/30）上线，也是蒙蒙负责。
3. 发运：刘主管9月20日（周日，调休上班）安排加班发运，中秋前最后一批当天发完。
4. 财务：王会计下周二前把经销商返利结算表发给各区域。

下次备货会：9月1日（下周二）上午10点，还是三楼。

Lucy
陈露 | 销售部经理
六盘水乌蒙果业有限公司
"""


@case(10438, "wumeng-double-festival-stock-outlook-mac", "minutes",
      "Outlook for Mac UTF-8 QP (text+html) minutes with nicknames (海涛, 蒙蒙, 刘主管, 王会计), 中秋前（9/24）and 国庆前"
      "（9/30）as two items of one owner, the 09-20 make-up Sunday, 下周二前 crossing into September; next meeting "
      "'9月1日（下周二）上午10点'",
      "Sent Fri 2026-08-28 16:45 +0800; 中秋 09-25..27, 国庆 10-01..07, 09-20 is a make-up Sunday. 海涛 = 胡海涛 9月10日前 "
      "-> 2026-09-10. 蒙蒙 = 蒙丽: 中秋前（9/24） -> 2026-09-24 and 国庆前（9/30） -> 2026-09-30 (two items). 刘主管 = 刘成 "
      "9月20日 -> 2026-09-20. 王会计 = 王晓燕 下周二前 -> 2026-09-01. 下次备货会 9月1日（下周二）上午10点 -> 2026-09-01 "
      "10:00.",
      items=[
          it("胡海涛", "把各渠道礼盒订单汇总给刘主管", ("abs", "2026-09-10"), "2026-09-10"),
          it("蒙丽", "完成中秋活动页上线", ("before_holiday", "2026-09-25"), "2026-09-24"),
          it("蒙丽", "国庆活动页上线", ("before_holiday", "2026-10-01"), "2026-09-30"),
          it("刘成", "安排加班发运，中秋前最后一批发完", ("abs", "2026-09-20"), "2026-09-20"),
          it("王晓燕", "把经销商返利结算表发给各区域", ("nextweek", 2), "2026-09-01"),
      ],
      followup=fu(("nextweek", 2), "2026-09-01", "10:00"))
def build_10438():
    date = "Fri, 28 Aug 2026 16:45:30 +0800"
    html = html_page('<div class="elementToProof" style="font-family:Aptos,PingFang SC;font-size:12pt">%s</div>'
                     % lines_to_html(T38), "utf-8")
    body = multi("alternative", "B_3870866730_2071458321",
                 [text("text/plain", T38, "UTF-8", "quoted-printable"),
                  text("text/html", html, "UTF-8", "quoted-printable")],
                 preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, "
                          "some or all of this message may not be legible.\n")
    h = arrival(R["陈露"][1], "minutes@" + WM, date, "smtp.wumeng-fruit.example.cn", "10.18.3.52", "10438") + [
        ("User-Agent", "Microsoft-MacOutlook/16.100.26081012"),
        ("Date", date),
        ("Subject", ew("双节备货会纪要（8月28日）")),
        ("From", addr("陈露", R["陈露"][1])),
        ("To", addrs(["胡海涛", "蒙丽", "刘成", "王晓燕"])),
        ("CC", addrs(["罗建军", bot(WM)])),
        ("Message-ID", "<A8E3F1C2-7D54-4B09-9E6A-1F0C2B3D4E57@wumeng-fruit.example.cn>"),
        ("Thread-Topic", ew("双节备货会纪要（8月28日）")),
        ("Mime-version", "1.0"),
    ]
    return message(h, body)
