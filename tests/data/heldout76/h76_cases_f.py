"""heldout76 cases 10428-10432: 乌兰察布阴山燕麦产业集团 (SOE) and its Canadian kiln supplier."""
from h76_common import (YS, R, addr, addrs, arrival, bot, case, esc, ew, fu, html_page, html_table, it,
                        lines_to_html, message, multi, text, thread_index)

PM = "prairiemill.example.ca"  # Prairie Mill Systems Ltd., Saskatoon (oat kiln and hulling equipment)

# ------------------------------------------------------------------------------------------------ 10428
T28 = """总经理办公会议纪要
（2026年第8次）

4月21日下午，高树林总经理主持召开总经理办公会，听取一季度生产经营情况汇报，研究部署燕麦米生产线技改和春播订单种植工作。现纪要如下：

一、关于一季度生产经营情况
会议听取了生产运营部、营销中心的汇报。一季度燕麦米、燕麦片产量同比增长12%，销售收入完成年度计划的21%。

二、关于燕麦米生产线技改项目
会议同意技改项目按期推进。会议要求：一是抓紧与加拿大设备方确认烘焙窑基础图纸（责任部门：项目建设部；责任人：郝俊峰；完成时限：4月30日前）；二是做好首笔设备款支付准备（责任部门：财务资产部；完成时限：5月上旬）；三是制定技改期间停线生产调度方案，保证重点客户供货（责任部门：生产运营部；责任人：巴特尔；完成时限：5个工作日内）。

三、关于春播订单种植
会议要求营销中心乔丽牵头，与察右后旗、四子王旗等地合作社签订订单种植协议，签约面积不少于8万亩，完成时限：5月15日前。质量安全部负责制定订单燕麦收购质量标准（完成时限：待定）。

出席：高树林、巴特尔、郝俊峰、乔丽、刘慧敏、斯琴、孟凡宇
列席：赵文博
记录：其木格

综合办公室
2026年4月21日
"""


@case(10428, "ys-gm-office-meeting-yishi-blocks-outlook-gb2312", "minutes",
      "Outlook gb2312 QP (text+html) SOE 总经理办公会议纪要: 一是/二是/三是 in one paragraph with （责任部门；责任人；完成"
      "时限） blocks, department-only rows, 5月上旬 and 待定 (vague), 5个工作日内, 牵头 person; a results paragraph with "
      "percentages is not an item",
      "Sent Tue 2026-04-21 18:05 +0800. 一是 郝俊峰 4月30日前 -> 2026-04-30. 二是 责任部门 财务资产部 with no person -> "
      "no_owner, department 财务资产部; '5月上旬' is a vague period -> vague_due (like 11月中旬 in the corpus). 三是 巴特尔 "
      "5个工作日内 -> 04-22, 23, 24, 27, 28 -> 2026-04-28. 乔丽 牵头 签订订单种植协议 5月15日前 -> 2026-05-15. 质量安全部 "
      "负责 … 待定 -> no_owner + vague_due, department 质量安全部. 一季度 figures (12%, 21%) and '不少于8万亩' are facts "
      "and targets. No next meeting.",
      items=[
          it("郝俊峰", "与加拿大设备方确认烘焙窑基础图纸", ("abs", "2026-04-30"), "2026-04-30"),
          it(None, "做好首笔设备款支付准备", ("none",), None, flags=["no_owner", "vague_due"], department="财务资产部"),
          it("巴特尔", "制定技改期间停线生产调度方案", ("workdays", 5), "2026-04-28"),
          it("乔丽", "与合作社签订订单种植协议", ("abs", "2026-05-15"), "2026-05-15"),
          it(None, "制定订单燕麦收购质量标准", ("none",), None, flags=["no_owner", "vague_due"], department="质量安全部"),
      ])
def build_10428():
    date = "Tue, 21 Apr 2026 18:05:40 +0800"
    html = html_page('<div class=WordSection1 style="font-family:仿宋_GB2312;font-size:16pt">%s</div>'
                     % lines_to_html(T28), "gb2312", '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n')
    body = multi("alternative", "----=_NextPart_000_0102_01DCD18C.2E7A4B60",
                 [text("text/plain", T28, "gb2312", "quoted-printable"),
                  text("text/html", html, "gb2312", "quoted-printable")],
                 preamble="This is a multipart message in MIME format.\n")
    h = arrival(R["其木格"][1], "minutes@" + YS, date, "YSOAT-ZHB-03", "10.80.2.63", "10428") + [
        ("From", addr("其木格", R["其木格"][1], "gb2312")),
        ("To", addrs(["高树林", "巴特尔", "郝俊峰", "乔丽", "刘慧敏", "斯琴", "孟凡宇"], "gb2312")),
        ("Cc", addrs(["赵文博", bot(YS)], "gb2312")),
        ("Subject", ew("总经理办公会议纪要（2026年第8次）", "gb2312")),
        ("Date", date),
        ("Message-ID", "<010201dcd18c$2e7a4b60$8b6ee220$@yinshan-oats.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index("10428")),
        ("Content-Language", "zh-cn"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10429
T29 = """Hello Mr. Hao, Mr. Bateer,

Thanks for joining tonight (your Thursday morning). Summary of our call below.

Attendees: Ryan Whitford, Dana Kowalchuk (Prairie Mill); Hao Junfeng, Bateer (Yinshan Oats); interpreter: Qimuge

Agreed
* Kiln K-2400 stays at 2.4 t/h; the steam option is dropped.
* Factory acceptance test (FAT) at our Saskatoon shop in the week of June 15.

Action items
1. Prairie Mill (Ryan) to send the updated kiln foundation drawings (rev 3) by Friday, your time.
2. Hao Junfeng to confirm foundation load data and anchor bolt positions by May 20.
3. Bateer to nominate two operators for the FAT trip and send passport copies by May 27.
4. Prairie Mill service team to schedule the commissioning visit - date TBD.

Next call: Thursday, May 21, 9:00 PM Beijing / 7:00 AM Saskatoon.

Best regards,
Ryan Whitford
Project Manager, Prairie Mill Systems Ltd.
Saskatoon, SK, Canada
"""


@case(10429, "ys-canada-kiln-call-summary-macoutlook-mdt", "minutes",
      "Outlook for Mac English summary from a Canadian supplier, Date -0600 (Wed evening there = Thu morning in "
      "Shanghai): 'X to … by Friday, your time', roster alias Bateer / Hao Junfeng, a team owner with date TBD; "
      "next call in Beijing and Saskatoon time",
      "Date Wed 2026-05-13 19:45 -0600 = Thu 2026-05-14 09:45 in Shanghai; resolve there. 'Prairie Mill (Ryan)' = "
      "sender Ryan Whitford (not in roster, department null), 'by Friday, your time' -> Fri 2026-05-15. Hao Junfeng = "
      "郝俊峰, by May 20 -> 2026-05-20. Bateer = 巴特尔, by May 27 -> 2026-05-27. 'Prairie Mill service team … date TBD' "
      "-> no_owner + vague_due. 'Agreed' lines are decisions (FAT week of June 15 is not an item). 'Next call: "
      "Thursday, May 21, 9:00 PM Beijing / 7:00 AM Saskatoon' -> 2026-05-21 21:00 (Beijing).",
      items=[
          it("Ryan Whitford", "send the updated kiln foundation drawings (rev 3)", ("wd", 5), "2026-05-15",
             ext_email="ryan.whitford@" + PM),
          it("郝俊峰", "confirm foundation load data and anchor bolt positions", ("abs", "2026-05-20"), "2026-05-20"),
          it("巴特尔", "nominate two operators for the FAT trip and send passport copies", ("abs", "2026-05-27"),
             "2026-05-27"),
          it(None, "schedule the commissioning visit", ("none",), None, flags=["no_owner", "vague_due"]),
      ],
      followup=fu(("abs", "2026-05-21"), "2026-05-21", "21:00"))
def build_10429():
    date = "Wed, 13 May 2026 19:45:20 -0600"
    html = html_page('<div class="WordSection1"><div style="font-family:Aptos,Calibri;font-size:11pt">%s</div></div>'
                     % lines_to_html(T29), "us-ascii")
    body = multi("alternative", "B_3861585920_1498137702",
                 [text("text/plain", T29, "us-ascii", "quoted-printable"),
                  text("text/html", html, "us-ascii", "quoted-printable")],
                 preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, "
                          "some or all of this message may not be legible.\n")
    h = arrival("ryan.whitford@" + PM, "minutes@" + YS, date, "mail.prairiemill.example.ca", "142.165.20.38",
                "10429") + [
        ("User-Agent", "Microsoft-MacOutlook/16.96.26050417"),
        ("Date", date),
        ("Subject", "Yinshan oat kiln project - call summary 13 May (MT)"),
        ("From", "Ryan Whitford <ryan.whitford@%s>" % PM),
        ("To", "Hao Junfeng <%s>, Bateer <%s>" % (R["郝俊峰"][1], R["巴特尔"][1])),
        ("CC", "Dana Kowalchuk <dana.kowalchuk@%s>, %s,\n %s" % (PM, addr("其木格", R["其木格"][1]),
                                                                  addr(*bot(YS)))),
        ("Message-ID", "<6C1F9A2E-4B7D-4E83-9D05-A3F2C81B7E64@prairiemill.example.ca>"),
        ("Thread-Topic", "Yinshan oat kiln project - call summary 13 May (MT)"),
        ("Mime-version", "1.0"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10430
ROWS30 = [
    ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
    ["NC2026-06-08-01", "2026-06-08", "营销中心/乔丽", "生产运营部/巴特尔\n质量安全部/刘慧敏", "中秋燕麦礼盒排产",
     "营销中心预计中秋礼盒订单3.2万盒，需8月中旬前全部入库",
     "①巴特尔6月12日前出礼盒排产计划\n②刘慧敏6月15日前完成礼盒内包材供应商审核", "跟进中", ""],
    ["NC2026-06-08-02", "2026-06-08", "安全环保部/孟凡宇", "项目建设部/郝俊峰", "技改施工安全",
     "技改进入设备基础施工，动火、高处作业增多",
     "①郝俊峰组织施工单位安全交底（本周三前）\n②孟凡宇每周五对技改现场开展一次专项检查", "跟进中", ""],
    ["NC2026-06-01-03", "2026-06-01", "财务资产部/斯琴", "各部门", "上半年预算执行",
     "部分部门预算执行率偏低", "各部门6月5日前报送预算执行情况说明", "已办结", "6月5日已全部收齐"],
]


@case(10430, "ys-internal-record-table-coremail-html-only", "minutes",
      "Coremail HTML-only (GB18030 base64) seed 内部沟通记录表 (沟通编号/发起部门/人/待办事项/状态): ①② with names in the "
      "cell, 本周三前 in brackets, a recurring weekly check (no_due), an 已办结 row; 下周一例会 9:00",
      "Sent Mon 2026-06-08 17:10 +0800. Row 1: ①巴特尔 6月12日前 -> 2026-06-12; ②刘慧敏 6月15日前 -> 2026-06-15 "
      "('8月中旬前全部入库' in 核心内容 is the need, not an item). Row 2: ①郝俊峰 本周三前 -> 2026-06-10; ②孟凡宇 '每周五…"
      "开展一次' is a recurring duty with no deadline -> no_due. Row 3 状态 已办结 -> not an item. '下周一例会上再过一遍"
      "（9:00）' -> 2026-06-15 09:00.",
      items=[
          it("巴特尔", "出中秋礼盒排产计划", ("abs", "2026-06-12"), "2026-06-12"),
          it("刘慧敏", "完成礼盒内包材供应商审核", ("abs", "2026-06-15"), "2026-06-15"),
          it("郝俊峰", "组织施工单位安全交底", ("thisweek", 3), "2026-06-10"),
          it("孟凡宇", "每周五对技改现场开展一次专项检查", ("none",), None, flags=["no_due"]),
      ],
      followup=fu(("nextweek", 1), "2026-06-15", "09:00"))
def build_10430():
    date = "Mon, 8 Jun 2026 17:10:36 +0800 (GMT+08:00)"
    intro = "各位：\n本周内部沟通记录更新如下，请各责任人按时限落实。\n"
    tail = "\n下周一例会上再过一遍（9:00）。\n\n其木格\n综合办公室\n"
    inner = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s%s%s</div>'
             % (lines_to_html(intro), html_table(ROWS30, 'border="1" style="border-collapse:collapse;font-size:13px"'),
                lines_to_html(tail)))
    body = text("text/html", html_page(inner, "GB18030"), "GB18030", "base64", quote=False)
    h = arrival(R["其木格"][1], "minutes@" + YS, date, "mail.yinshan-oats.example.cn", "10.80.1.5", "10430") + [
        ("Date", date),
        ("From", addr("其木格", R["其木格"][1], "GB18030")),
        ("To", addrs(["乔丽", "巴特尔", "刘慧敏", "孟凡宇", "郝俊峰"], "GB18030", sep=", ")),
        ("Cc", addrs(["高树林", bot(YS)], "GB18030", sep=", ")),
        ("Subject", ew("内部沟通记录表（6月8日更新）", "GB18030")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version 2023.3.5 build 20231220(ab8c3a2f)\n Copyright (c) 2002-2026 "
                     "www.mailtech.cn yinshan-oats"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<2a6f0c1d.1b7.19ea7d1c3e2.Coremail.qimuge@yinshan-oats.example.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10431
T31 = """各位领导、各部门：

今天上午开展了端午节前安全生产大检查，下午召开情况通报会。检查发现的问题及整改要求如下：

一、原料立筒仓除尘器压差表失灵
整改责任：巴特尔（主责）、郝俊峰（配合）
整改时限：今天下班前

二、燕麦片车间消防通道堆放托盘
整改责任：巴特尔
整改时限：立即清理，节前复查

三、熏蒸剂（磷化铝）库房台账不全、双人双锁执行不到位
整改责任：刘慧敏
整改时限：3个工作日内

四、整改复查
整改责任：孟凡宇
① 节后第一个工作日组织复查；
② 6月24日前将复查结果书面报高总。

节日期间（6月19日—21日）各车间停产检修，值班人员每2小时巡检一次。

安全环保部 孟凡宇
"""


@case(10431, "ys-safety-inspection-wecom-before-duanwu", "minutes",
      "企业微信邮箱 UTF-8 QP (text+html) 安全检查通报会 before 端午: 整改责任 with '主责、配合' in one line, 今天下班前, "
      "'立即清理，节前复查', 3个工作日内 over the holiday, ①② sub-tasks under one owner, a holiday duty rule that is not "
      "an item",
      "Sent Thu 2026-06-18 17:40 +0800; 端午 06-19..21 off. 一 owner = 主责 巴特尔, 今天下班前 -> 2026-06-18 (no time, "
      "corpus convention). 二 巴特尔 '立即清理，节前复查' -> by the last working day before the holiday = 2026-06-18. 三 "
      "刘慧敏 3个工作日内 -> 06-22, 06-23, 06-24 -> 2026-06-24. 四 孟凡宇 ① 节后第一个工作日 -> 2026-06-22; ② 6月24日前 "
      "-> 2026-06-24. The 节日期间 巡检 line is a rule. No next meeting.",
      items=[
          it("巴特尔", "修复原料立筒仓除尘器压差表", ("today",), "2026-06-18"),
          it("巴特尔", "清理燕麦片车间消防通道堆放托盘", ("before_holiday", "2026-06-19"), "2026-06-18"),
          it("刘慧敏", "补齐熏蒸剂库房台账并落实双人双锁", ("workdays", 3), "2026-06-24"),
          it("孟凡宇", "组织整改复查", ("after_holiday", "2026-06-19"), "2026-06-22"),
          it("孟凡宇", "将复查结果书面报高总", ("abs", "2026-06-24"), "2026-06-24"),
      ])
def build_10431():
    date = "Thu, 18 Jun 2026 17:40:12 +0800"
    html = html_page('<div style="font-family:Microsoft YaHei;font-size:14px">%s</div>' % lines_to_html(T31), "utf-8")
    body = multi("alternative", "----=_NextPart_6A33B7CC_0E4F2A18_1D6C9B07",
                 [text("text/plain", T31, "utf-8", "quoted-printable"),
                  text("text/html", html, "utf-8", "quoted-printable")],
                 preamble="This is a multi-part message in MIME format.\n")
    h = arrival(R["孟凡宇"][1], "minutes@" + YS, date, "smtpbgbr2.exmail.example.com", "54.207.22.56", "10431") + [
        ("X-QQ-mid", "bizesmtpip2t1781775612tr4k8s0b"),
        ("From", addr("孟凡宇", R["孟凡宇"][1])),
        ("To", addrs(["高树林", "巴特尔", "郝俊峰", "刘慧敏"], sep=", ")),
        ("Cc", addr(*bot(YS))),
        ("Subject", ew("端午节前安全生产大检查情况通报会纪要")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<tencent_5F2A9C0E3B71D46A8E2C0F15@qq.com>"),
        ("X-Mailer", "WXWork Mail 4.1.33"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10432
SUM32 = ("会议讨论了中秋燕麦礼盒的营销方案。乔丽介绍今年主推“阴山好麦”三款礼盒，电商平台计划8月中旬开始预售；斯琴提醒礼盒"
         "成本较去年上涨约8%，需重新核算毛利；巴特尔表示产线8月可安排两周试产。礼盒设计稿仍有两处需要修改。")
TODO32 = [
    ("@乔丽", "确定中秋礼盒电商平台报价", "7月20日"),
    ("@斯琴", "核算礼盒成本及毛利", "下周三"),
    ("@巴特尔", "完成礼盒试产", "月底前"),
    ("", "礼盒设计稿终稿确认", "尽快"),
]


@case(10432, "ys-feishu-ai-minutes-todo-only", "minutes",
      "飞书 智能纪要 (Lark mail, HTML only, UTF-8 base64): 总结 has plans with dates (8月中旬, 8%, 两周) that are not "
      "待办; 待办 with @owner and dates 7月20日 / 下周三 / 月底前, an unassigned 尽快 待办",
      "Sent Tue 2026-07-14 17:35 +0800. Only the 待办 list is items. @乔丽 7月20日 -> 2026-07-20. @斯琴 下周三 -> "
      "2026-07-22. @巴特尔 月底前 -> 2026-07-31. '礼盒设计稿终稿确认' has no assignee -> no_owner, 尽快 -> vague_due. "
      "The 总结's '8月中旬开始预售', '8月可安排两周试产' are discussion. No next meeting.",
      items=[
          it("乔丽", "确定中秋礼盒电商平台报价", ("abs", "2026-07-20"), "2026-07-20"),
          it("斯琴", "核算礼盒成本及毛利", ("nextweek", 3), "2026-07-22"),
          it("巴特尔", "完成礼盒试产", ("month_end",), "2026-07-31"),
          it(None, "礼盒设计稿终稿确认", ("none",), None, flags=["no_owner", "vague_due"]),
      ])
def build_10432():
    date = "Tue, 14 Jul 2026 17:35:49 +0800"
    todo = "".join('<div style="margin:6px 0">☐ %s %s <span style="color:#646a73">%s</span></div>'
                   % (esc(t), ('<span style="color:#3370ff">%s</span>' % esc(o)) if o else "", esc(d))
                   for o, t, d in TODO32)
    inner = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;color:#1f2329;max-width:720px">'
             '<div>会议纪要已生成，发大家确认。——乔丽</div><br>'
             '<div style="font-size:20px;font-weight:600">中秋燕麦礼盒营销方案讨论会 的智能纪要</div>'
             '<div style="color:#646a73">2026年7月14日 14:00 | 参会人：乔丽、斯琴、巴特尔、高树林</div>'
             '<h3>总结</h3><div>%s</div><h3>待办</h3>%s'
             '<div style="color:#8f959e;font-size:12px;margin-top:16px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</div>'
             '</div>' % (esc(SUM32), todo))
    body = text("text/html", html_page(inner, "utf-8"), "utf-8", "base64")
    h = arrival(R["乔丽"][1], "minutes@" + YS, date, "va-1-17.ptr.blmpb.example.com", "209.127.230.17", "10432") + [
        ("Date", date),
        ("From", addr("乔丽", R["乔丽"][1])),
        ("To", addrs(["斯琴", "巴特尔", "高树林"], sep=", ")),
        ("Cc", addr(*bot(YS))),
        ("Subject", ew("智能纪要：中秋燕麦礼盒营销方案讨论会 2026年7月14日")),
        ("Message-Id", "<3d8b6f0a-2c4e-4a17-9e5b-7f1d0c2a8b93@yinshan-oats.example.cn>"),
        ("Mime-Version", "1.0"),
        ("X-Mailer", "Lark Mail"),
    ]
    return message(h, body)
