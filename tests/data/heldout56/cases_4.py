"""Cases 8425-8432 (minutes)."""
from gen_common import *  # noqa


# ------------------------------------------------------------------ 8425
def c8425():
    date = "Wed, 8 Jul 2026 16:30:21 +0800"
    text = """7月安全生产例会纪要

时间：7月8日（周三）上午9:00
地点：三楼会议室
主持：鲍春生
参加：储运部、质检中心、信息中心、综合办公室

一、上月安全情况
6月份各库区未发生安全事故。检查发现隐患7处，已整改6处。

二、工作安排
1. 储运部韦志远：7月10日前完成高温季节粮温巡检方案，明确每日两次测温。
2. 信息中心：本周五前恢复5号库测温电缆数据上传。
3. 质检中心宋雨晴：下周一前提交6月入库小麦复检结果。
4. 综合办公室于海洋：防汛物资清点补充，尽快落实。
5. 剩余1处隐患（2号库屋面渗漏）由储运部赵部长牵头整改，7月底前完成。

下次会议时间：7月15日（周三）
上午8:30，地点：三楼会议室

安全环保部
鲍春生
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    hdrs = [
        ("Date", date),
        ("From", addr("baocs")),
        ("To", addrs(["weizy", "zhaolj", "tanwb", "songyq", "yuhy"])),
        ("Cc", ORGS["A"]["bot"]),
        ("Message-ID", "<48e1f0a3.7d22.19f4b1c07e5.Coremail.baocs@jlgrain.example.cn>"),
        ("Subject", ew("7月安全生产例会纪要")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20220113(9b3b7e35) Copyright (c) 2002-2026 www.mailtech.cn"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    case(8425, "next-meeting-split-lines-coremail-text", "minutes", "A", date, hdrs, body, [
        I("weizy", "完成高温季节粮温巡检方案", "abs:2026-07-10", "2026-07-10"),
        I(None, "恢复5号库测温电缆数据上传", "this:4", "2026-07-10", dept="信息中心"),
        I("songyq", "提交6月入库小麦复检结果", "next:0", "2026-07-13"),
        I("yuhy", "防汛物资清点补充", "vague"),
        I("zhaolj", "2号库屋面渗漏隐患整改", "month_end", "2026-07-31"),
    ], NF("abs:2026-07-15", "2026-07-15", "08:30"),
        notes=("Coremail text-only UTF-8 QP, sent Wed 2026-07-08. 一 is a report. 二: 7月10日前; 信息中心 alone -> no_owner, 本周五前 -> "
               "2026-07-10; 下周一前 -> 2026-07-13; 尽快 -> vague_due; 赵部长 = 赵立军 牵头, 7月底前 -> 2026-07-31. The meeting header "
               "'时间：7月8日上午9:00' is this meeting. '下次会议时间：7月15日（周三）' has its time on the next line '上午8:30' -> "
               "2026-07-15 08:30."),
        tests="plain SOE minutes; next meeting date on one line and time on the next; this meeting's time must not be taken",
        from_host="webmail.jlgrain.example.cn", from_ip="10.20.4.9")


# ------------------------------------------------------------------ 8426
def c8426():
    date = "Fri, 10 Jul 2026 17:15:42 +0800"
    head = ["序号", "任务", "责任部门/人", "完成时限"]
    rows = [
        ["1", "①确认客户3D数据版本<br>②输出打印可行性评估报告", "工程部（费工主责，钱工配合）", "①7月13日前<br>②下周三"],
        ["2", "出样件排产计划", "生产部（吴主管牵头，工程部配合）", "2个工作日内"],
        ["3", "样件报价单", "沈佳怡", "7月17日前"],
        ["4", "AlSi10Mg粉末备料", "采购部", "尽快"],
    ]
    intro = ("各位：\n\n今天下午新能源电池托盘样件项目启动会纪要如下。\n\n会议确定：样件数量5套，不收打样费；客户对接窗口为销售部沈佳怡。\n")
    outro = "\n下次会议：7月17日（周五）上午10点，工程部会议室。\n\n沈佳怡\n销售部 | 苏州三叠纪增材制造科技有限公司\n"
    trs = []
    for i, r in enumerate([head] + rows):
        tds = "".join(f'<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>{c}</p></td>' for c in r)
        trs.append(f"<tr>{tds}</tr>")
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal{margin:0cm;font-size:10.5pt;'
            'font-family:等线} --></style></head><body lang=ZH-CN><div class=WordSection1>'
            + "".join(f"<p class=MsoNormal>{l or '<o:p>&nbsp;</o:p>'}</p>" for l in intro.split("\n"))
            + '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">'
            + "".join(trs) + "</table>"
            + "".join(f"<p class=MsoNormal>{l or '<o:p>&nbsp;</o:p>'}</p>" for l in outro.split("\n"))
            + "</div></body></html>\n")
    ptext = intro + "\n" + "\n".join("\t".join(c.replace("<br>", " ") for c in r) for r in [head] + rows) + "\n" + outro
    body = multipart("alternative", "----=_NextPart_000_0031_01DD1073.9E6F2A10", [
        leaf("text/plain", ptext, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [
        ("From", addr("shenjy")),
        ("To", addrs(["feixd", "qianzm", "wudm", "jiangyf"])),
        ("Cc", addr("lujf") + ",\n " + addr(("纪要助手", ORGS["B"]["bot"]))),
        ("Subject", ew("新能源电池托盘样件项目启动会纪要")),
        ("Date", date),
        ("Message-ID", "<003101dd1073$9e6f2a10$db4f7e30$@sandieji3d.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzQc55vKhDr5u9yS0yYt1o2m6d0Vw=="),
        ("Content-Language", "zh-cn"),
    ]
    case(8426, "word-table-lead-support-subtasks-outlook", "minutes", "B", date, hdrs, body, [
        I("feixd", "确认客户3D数据版本", "abs:2026-07-13", "2026-07-13"),
        I("feixd", "输出打印可行性评估报告", "next:2", "2026-07-15"),
        I("wudm", "出样件排产计划", "wd:2", "2026-07-14"),
        I("shenjy", "样件报价单", "abs:2026-07-17", "2026-07-17"),
        I(None, "AlSi10Mg粉末备料", "vague", dept="采购部"),
    ], NF("abs:2026-07-17", "2026-07-17", "10:00"),
        notes=("Outlook Word-HTML table + QP text, sent Fri 2026-07-10. '会议确定' is a decision. Row 1 has ①② sub-tasks in one cell "
               "with matching ①② deadlines, and '工程部（费工主责，钱工配合）' -> 费晓东 owns both: 7月13日前 -> 2026-07-13; 下周三 -> "
               "2026-07-15. Row 2 '生产部（吴主管牵头，工程部配合）' -> 吴冬梅; 2个工作日内 from 07-13 -> 07-13 (1), 07-14 (2). Row 3 the "
               "sender 沈佳怡, 7月17日前. Row 4 采购部 only -> no_owner, 尽快 -> vague_due. 下次会议 7月17日上午10点 -> 10:00."),
        tests="Word table cell with ①② tasks and ①② dates; 主责/牵头 with 配合 inside brackets after a unit; 2个工作日内 over a weekend",
        from_host="SHENJY-NB", from_ip="192.168.10.57")


# ------------------------------------------------------------------ 8427
def c8427():
    date = "Tue, 14 Jul 2026 21:20:05 +0800"
    text = """各位，7月医务质控月会纪要如下（直接在上月纪要的邮件里回复，方便对照）：

一、6月质控情况：病历书写合格率97.2%，较上月提升1.1个百分点；托槽脱落率偏高。
二、本月事项
1. 钱老师：7月20日前完成托槽脱落率专项分析；
2. 黄店长：月底前汇总两家门诊消毒灭菌记录自查结果；
3. 郑工：电子病历系统升级前的数据备份方案，时间待定；
4. 池主管：下周四前整理6月投诉中涉及医疗质量的案例。

下次质控月会：8月11日（周二）19:00。

林雅琴
发自网易邮箱大师

---- 回复的原邮件 ----
| 发件人 | 林雅琴<linyq@rongyue-ortho.example.cn> |
| 日期 | 2026年06月16日 20:41 |
| 收件人 | 钱慧敏<qianhm@rongyue-ortho.example.cn>、黄晓玲<huangxl@rongyue-ortho.example.cn>、郑伟<zhengwei@rongyue-ortho.example.cn>、池美华<chimh@rongyue-ortho.example.cn> |
| 抄送至 | minutes@rongyue-ortho.example.cn |
| 主题 | 医务质控月会纪要（6月） |
各位，6月医务质控月会纪要：
1. 钱老师：6月30日前修订正畸病历书写模板；
2. 郑工：下周五前完成影像系统存储扩容；
3. 池主管：本月底前完成5月投诉回访。
下次质控月会：7月14日（周二）19:00。
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    hdrs = [
        ("Date", date),
        ("From", addr("linyq")),
        ("To", addrs(["qianhm", "huangxl", "zhengwei", "chimh"], sep="; ").replace("; ", ",\n ")),
        ("Cc", ORGS["C"]["bot"]),
        ("Message-ID", "<5e2a9c0d.4f81.19f61b2e3a7.mailmaster@rongyue-ortho.example.cn>"),
        ("In-Reply-To", "<2c7d1e49.3a0b.19e7f1c2d55.mailmaster@rongyue-ortho.example.cn>"),
        ("References", "<2c7d1e49.3a0b.19e7f1c2d55.mailmaster@rongyue-ortho.example.cn>"),
        ("Subject", "Re:" + ew("医务质控月会纪要（6月）")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "MailMasterAndroid/7.19.5"),
    ]
    case(8427, "monthly-minutes-in-old-thread-mailmaster-quote", "minutes", "C", date, hdrs, body, [
        I("qianhm", "完成托槽脱落率专项分析", "abs:2026-07-20", "2026-07-20"),
        I("huangxl", "汇总两家门诊消毒灭菌记录自查结果", "month_end", "2026-07-31"),
        I("zhengwei", "电子病历系统升级前的数据备份方案", "vague"),
        I("chimh", "整理6月投诉中涉及医疗质量的案例", "next:3", "2026-07-23"),
    ], NF("abs:2026-08-11", "2026-08-11", "19:00"),
        notes=("Mail Master (Android) plain text, new July minutes written as 'Re:' on the June minutes, sent Tue 2026-07-14. The quote "
               "'---- 回复的原邮件 ----' with its | 发件人 | table holds the June items and the June next meeting (07-14) -> ignored. "
               "一 is a report. 钱老师 7月20日前; 黄店长 月底前 -> 2026-07-31; 郑工 时间待定 -> vague_due; 池主管 下周四前 -> 2026-07-23. "
               "下次质控月会 8月11日（周二）19:00 -> 2026-08-11 19:00."),
        tests="minutes as Re: in an old thread with Mail Master's table quote header; quoted old items and old next meeting ignored",
        from_host="mailmaster-android.example.net", from_ip="112.5.63.28")


# ------------------------------------------------------------------ 8428
def c8428():
    date = "Wed, 15 Jul 2026 11:05:37 +0800"
    rows = [
        ("Venue contract sign-off", "Camila", "Jul 24"),
        ("Guest list (150 buyers and sommeliers)", "Grace &amp; Kevin", "next Wednesday"),
        ("Import permit for the sample bottles", "Mandy", "EOD"),
        ("Budget approval", "Rodrigo", "by Friday"),
        ("Sommelier booking", "TBD", "end of July"),
    ]
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:Arial,sans-serif;font-size:14px">'
            "Hi all,<br><br>Notes from this morning's planning meeting for the Tianjin trade tasting.<br><br>"
            "<b>Decisions</b><ul><li>Date fixed: Thu Aug 20, 14:00-18:00, Ritz-Carlton Tianjin.</li>"
            "<li>Budget cap RMB 180k, wine from existing bonded stock.</li></ul>"
            "<b>To-dos</b><br>" + html_table([("Task", "Owner", "Due")] + rows, style="border-collapse:collapse")
            + "<br>Next check-in: TBD, I will send an invite.<br><br>Camila</div></body></html>\n")
    text = ("Hi all,\n\nNotes from this morning's planning meeting for the Tianjin trade tasting.\n\nDecisions\n"
            "- Date fixed: Thu Aug 20, 14:00-18:00, Ritz-Carlton Tianjin.\n- Budget cap RMB 180k, wine from existing bonded stock.\n\n"
            "To-dos\n" + "\n".join(f"- {t} | {o.replace('&amp;', '&')} | {d}" for t, o, d in rows)
            + "\n\nNext check-in: TBD, I will send an invite.\n\nCamila\n")
    body = multipart("alternative", "lark-mail-9a1c5e7f3b2d4068", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", html, "utf-8", "base64"),
    ])
    hdrs = [
        ("From", "Camila Soto <csoto@andespacifico.example.com>"),
        ("To", addrs(["liujh", "sunlw", "gaomin", "rfuentes"], quote_ascii=True)),
        ("Cc", "minutes@andespacifico.example.com"),
        ("Subject", "Tianjin trade tasting (Aug 20) - planning notes"),
        ("Date", date),
        ("Message-ID", "<3f8b2d6e-0c71-4a59-b2e4-7d1a9f3c5e80@larksuite.example.net>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Lark Mail"),
    ]
    case(8428, "lark-english-two-owners-owner-tbd", "minutes", "D", date, hdrs, body, [
        I("csoto", "Venue contract sign-off", "abs:2026-07-24", "2026-07-24"),
        I("liujh", "Guest list (150 buyers and sommeliers)", "next:2", "2026-07-22"),
        I("sunlw", "Guest list (150 buyers and sommeliers)", "next:2", "2026-07-22"),
        I("gaomin", "Import permit for the sample bottles", "today", "2026-07-15"),
        I("rfuentes", "Budget approval", "bare:4", "2026-07-17"),
        I(None, "Sommelier booking", "month_end", "2026-07-31"),
    ], None,
        notes=("Lark (Feishu international) mail, English, sent Wed 2026-07-15. Decisions (incl. the Aug 20 event date) are not items. "
               "'Grace & Kevin' -> the same task for two owners = two items (刘佳慧, 孙立伟), 'next Wednesday' -> 2026-07-22. EOD -> "
               "2026-07-15, no time. 'by Friday' -> 2026-07-17. 'Owner TBD' -> no_owner, department null, 'end of July' -> 2026-07-31. "
               "'Next check-in: TBD' -> no next meeting (null)."),
        tests="two owners on one row; Owner TBD; EOD; next Wednesday; decisions with dates; 'Next check-in: TBD' -> null",
        from_host="mail-out.larksuite.example.net", from_ip="8.209.72.16")


# ------------------------------------------------------------------ 8429
def c8429():
    date = "Fri, 17 Jul 2026 15:50:19 +0800"
    text = """吉林省粮油贸易集团有限公司
总经理办公会会议纪要
〔2026〕14号

7月16日，集团在五楼会议室召开总经理办公会，张德明副总经理主持。现将会议议定事项纪要如下：

一、会议听取了购销部关于夏粮收购进度的汇报。截至7月15日，累计收购小麦5.2万吨，完成计划的65%。

二、会议研究了仓储设施改造事项。会议同意对2号、4号库实施气调储粮改造，请储运部于7月24日前编制改造实施方案，报分管领导审定。改造工作一是要确保在储粮食安全，二是要严格控制改造成本。

三、会议研究了信息化建设事项。由质检中心王主任牵头，信息中心配合，7月底前完成质检数据上链方案论证。

四、会议要求，财务部常总监于下周三前完成上半年预算执行情况分析，提交下次办公会审议。

五、会议还研究了其他事项。

出席：张德明 赵立军 姜春梅 王建华 常丽 鲍春生 谭文博
列席：孟庆国 于海洋
记录：于海洋

报：集团领导班子成员
送：各部门
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb18030"></head><body>'
            '<div style="font-family:仿宋;font-size:16px">' + html_escape(text).replace("\n", "<br>")
            + "</div></body></html>\n")
    body = multipart("alternative", "----=_001_NextPart503118629773_=----", [
        leaf("text/plain", text, "gb18030", "base64"),
        leaf("text/html", html, "gb18030", "base64"),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = [
        ("Date", date),
        ("From", addr("yuhy", "gb18030")),
        ("To", addrs(["zhaolj", "jiangcm", "wangjh", "changli", "baocs", "tanwb"], "gb18030")),
        ("Cc", addr("zhangdm", "gb18030") + ",\n " + addr("mengqg", "gb18030") + ",\n " + ORGS["A"]["bot"]),
        ("Subject", ew("总经理办公会会议纪要〔2026〕14号", "gb18030")),
        ("X-Priority", "3"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202607171550193318472@jlgrain.example.cn>"),
    ]
    case(8429, "gm-office-minutes-foxmail-gb18030", "minutes", "A", date, hdrs, body, [
        I(None, "编制2号、4号库气调储粮改造实施方案", "abs:2026-07-24", "2026-07-24", dept="储运部"),
        I("wangjh", "完成质检数据上链方案论证", "month_end", "2026-07-31"),
        I("changli", "完成上半年预算执行情况分析", "next:2", "2026-07-22"),
    ], None,
        notes=("Foxmail gb18030 formal 总经理办公会纪要 sent Fri 2026-07-17. 一 is a report (汇报), 五 says nothing. 二: the task is "
               "'请储运部于7月24日前编制改造实施方案' (unit only -> no_owner, department 储运部); the 一是/二是 that follow are "
               "requirements on the work, not items. 三 王主任 = 王建华 牵头 (信息中心配合), 7月底前 -> 2026-07-31. 四 常总监 = 常丽, "
               "下周三前 -> 2026-07-22; '提交下次办公会审议' gives no date -> no next meeting. The header line '7月16日…召开' is "
               "this meeting."),
        tests="formal 办公会纪要 with 〔2026〕 number; 一是/二是 as requirements inside an item; report lines; no next meeting; gb18030",
        from_host="YUHY-PC", from_ip="10.20.1.57")


# ------------------------------------------------------------------ 8430
def c8430():
    date = "Mon, 20 Jul 2026 18:02:47 +0800"
    text = """各位：

今天生产周会纪要：
1. 顾浩：周三前完成3号MJF设备季度保养
2. 徐师傅：7月24日前把后处理间的废粉回收桶全部换新
3. 潘雯：3个工作日内出6月客诉分析报告

下周一上午9点照常开会。

吴冬梅
"""
    html = text_to_html(text, font="PingFang SC", size="14px")
    body = multipart("alternative", "=_dingtalk_mail_7f2c9a1e5b3d", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", html, "utf-8", "base64"),
    ])
    hdrs = [
        ("From", addr("wudm")),
        ("To", addrs(["guhao", "xujp", "panwen"])),
        ("Cc", addr("lujf") + ", " + ORGS["B"]["bot"]),
        ("Subject", ew("生产周会纪要 7.20")),
        ("Date", date),
        ("Message-ID", "<e4a7c2b1-9f30-4d58-a6e1-20260720180247@mail.dingtalk.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "DingTalk Mail"),
    ]
    case(8430, "plain-weekly-dingtalk", "minutes", "B", date, hdrs, body, [
        I("guhao", "完成3号MJF设备季度保养", "bare:2", "2026-07-22"),
        I("xujp", "后处理间废粉回收桶全部换新", "abs:2026-07-24", "2026-07-24"),
        I("panwen", "出6月客诉分析报告", "wd:3", "2026-07-23"),
    ], NF("next:0", "2026-07-27", "09:00"),
        notes=("Plain DingTalk mail, sent Mon 2026-07-20. 周三前 -> 2026-07-22; 徐师傅 = 徐建平 7月24日前; 3个工作日内 -> 07-21, 07-22, "
               "07-23 -> 2026-07-23. '下周一上午9点照常开会' -> 2026-07-27 09:00."),
        tests="plain common weekly minutes; 3个工作日内 without holidays; sentence next meeting",
        from_host="smtp.dingtalk.example.net", from_ip="47.96.20.12")


# ------------------------------------------------------------------ 8431
def c8431():
    date = "Thu, 23 Jul 2026 14:30:58 +0800"
    text = """Camila、Grace 您好：

感謝今天撥冗視訊，會議記錄整理如下，如有遺漏請指正。

一、討論事項
1. 下半年進口量預估約4個貨櫃，以卡門內爾及白蘇維濃為主。
2. 台灣標示法規：背標需加註進口商名稱及地址，9月1日起查驗。

二、待辦事項
1. 劉佳慧：7月31日前提供2025年份酒款的酒精度及過敏原資料。
2. Camila：下週二前確認第三季FOB報價。
3. 本公司（王志豪）：8月5日前提交台灣進口商登記文件副本。
4. 雙方：物流方案（直航高雄或經天津轉運）待定。

下次會議：8月6日（週四）下午3點，視訊。

王志豪 Jimmy Wang
橡木桶酒業股份有限公司 業務經理
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; '
            'charset=big5"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=ZH-TW>'
            '<div class=WordSection1>' + "".join(
                f'<p class=MsoNormal><span style="font-family:新細明體">{html_escape(l) if l else "<o:p>&nbsp;</o:p>"}</span></p>'
                for l in text.split("\n")) + "</div></body></html>\n")
    body = multipart("alternative", "----=_NextPart_000_0007_01DD1A8F.4C2E3B60", [
        leaf("text/plain", text, "big5", "base64"),
        leaf("text/html", html, "big5", "quoted-printable"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [
        ("From", addr("wangzh", "big5")),
        ("To", "\"Camila Soto\" <csoto@andespacifico.example.com>,\n " + addr(("劉佳慧", "liujh@andespacifico.example.com"), "big5")),
        ("Cc", "<minutes@andespacifico.example.com>"),
        ("Subject", ew("會議記錄：2026下半年智利酒品進口計畫", "big5")),
        ("Date", date),
        ("Message-ID", "<000701dd1a8f$4c2e3b60$e48ab220$@oakbarrel.example.com.tw>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdwajxsW2n4yqL7ZTE2r9u0wH1s5Bg=="),
        ("Content-Language", "zh-tw"),
    ]
    case(8431, "taiwan-distributor-big5-outlook-zhtw", "minutes", "D", date, hdrs, body, [
        I("liujh", "提供2025年份酒款的酒精度及過敏原資料", "abs:2026-07-31", "2026-07-31"),
        I("csoto", "確認第三季FOB報價", "next:1", "2026-07-28"),
        I("wangzh", "提交台灣進口商登記文件副本", "abs:2026-08-05", "2026-08-05"),
        I(None, "物流方案（直航高雄或經天津轉運）", "vague"),
    ], NF("abs:2026-08-06", "2026-08-06", "15:00"),
        notes=("Outlook zh-TW, big5 (base64 text + QP HTML), written by D's Taiwan distributor (outsider in the roster) on Thu 2026-07-23. "
               "討論事項 are facts ('9月1日起查驗' is a rule). 劉佳慧 (traditional form; roster 刘佳慧, alias 劉佳慧) 7月31日前; Camila "
               "下週二前 -> 2026-07-28; '本公司（王志豪）' -> the writer himself, department null, 8月5日前; '雙方' -> no_owner, "
               "department null, 待定 -> vague_due. 下次會議 8月6日（週四）下午3點 -> 2026-08-06 15:00. The sender is outside "
               "allowed_domains; parse must still read it."),
        tests="big5 traditional Chinese; 下週二/週四 spellings; traditional name vs simplified roster; outsider owns own item; 雙方",
        from_host="mail.oakbarrel.example.com.tw", from_ip="61.219.40.12")


# ------------------------------------------------------------------ 8432
def c8432():
    date = "Tue, 28 Jul 2026 11:40:09 +0800"
    text = """各位：

今天上午门诊服务提升专题会纪要如下：

1. 鼓楼门诊黄店长：7月30日前完成候诊区叫号屏更换。
2. 客服池主管：本周五前上线患者满意度短信回访。
3. 信息部郑工：月底前修复小程序预约时间显示错误的问题。
4. 医务部钱老师：8月起每周四下午开设正畸咨询专场，作为固定安排。

下次会议：下周二同一时间（上午10点）。

陈思远
运营部
"""
    html = text_to_html(text)
    body = multipart("alternative", "----=_NextPart_000_0052_01DD1E3B.7A1C5D20", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", html, "utf-8", "base64"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [
        ("From", addr("chensy")),
        ("To", addrs(["huangxl", "chimh", "zhengwei", "qianhm"])),
        ("Cc", addr(("纪要助手", ORGS["C"]["bot"]))),
        ("Subject", ew("门诊服务提升专题会纪要")),
        ("Date", date),
        ("Message-ID", "<005201dd1e3b$7a1c5d20$6e5517a0$@rongyue-ortho.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdweO3ocXSB0Xm3yQ2i1pQv4R8j2Lw=="),
        ("Content-Language", "zh-cn"),
    ]
    case(8432, "role-title-owners-outlook-plain", "minutes", "C", date, hdrs, body, [
        I("huangxl", "完成候诊区叫号屏更换", "abs:2026-07-30", "2026-07-30"),
        I("chimh", "上线患者满意度短信回访", "this:4", "2026-07-31"),
        I("zhengwei", "修复小程序预约时间显示错误的问题", "month_end", "2026-07-31"),
    ], NF("next:1", "2026-08-04", "10:00"),
        notes=("Plain Outlook minutes sent Tue 2026-07-28; owners written with unit + role title: 鼓楼门诊黄店长 = 黄晓玲, 客服池主管 = "
               "池美华, 信息部郑工 = 郑伟. 7月30日前; 本周五前 -> 2026-07-31; 月底前 -> 2026-07-31. Item 4 is a standing arrangement "
               "('8月起每周四…作为固定安排') -> not an item. '下次会议：下周二同一时间（上午10点）' -> 2026-08-04 10:00."),
        tests="owners as unit+title (鼓楼门诊黄店长); standing arrangement is not an item; 下周二同一时间 with the time in brackets",
        from_host="CHENSY-PC", from_ip="192.168.1.66")


for _f in (c8425, c8426, c8427, c8428, c8429, c8430, c8431, c8432):
    _f()

import cases_5  # noqa: E402,F401  (other + auto)
