"""heldout76 cases 10407-10412: 乌蒙果业 (auto reply, .docx minutes) and 崆峒区统计局 (government styles)."""
import io

from h76_common import (KD, WM, addr, addrs, arrival, attach, bot, case, esc, ew, fixed_zip, fu, html_page,
                        html_table, it, lines_to_html, message, multi, text, thread_index)

KTZ = "ktz.example.gov.cn"  # 崆峒镇人民政府 (town government; its 统计站)

# ------------------------------------------------------------------------------------------------ 10407
T07 = """这是来自QQ邮箱的假期自动回复邮件。

您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。

5月1日至5月5日休假，5月6日（周三）返岗。冷库、发运相关急事请联系安志强，电话138 8580 6612。
"""


@case(10407, "wumeng-auto-vacation-exmail-no-autosubmitted", "auto",
      "Tencent Exmail vacation auto-reply WITHOUT Auto-Submitted/Precedence headers: only the '自动回复:' subject and "
      "the stock '假期自动回复邮件' body show it; dates and a delegate in the body",
      "Vacation auto-reply to the bot's recap, sent Thu 2026-04-30 18:31 +0800. It carries no Auto-Submitted, "
      "Precedence or X-Autoreply header; the '自动回复:' subject prefix and Exmail's stock text '这是来自QQ邮箱的假期自动"
      "回复邮件' identify it. The dates (5月1日至5月5日, 5月6日返岗) and the delegate are not items or commands. kind auto; "
      "the bot must not answer.")
def build_10407():
    date = "Thu, 30 Apr 2026 18:31:02 +0800"
    html = html_page("<div>%s</div>" % lines_to_html(T07), "gb18030")
    body = multi("alternative", "----=_NextPart_69F32F56_0A3E1B20_5C0D7E22",
                 [text("text/plain", T07, "gb18030", "base64"), text("text/html", html, "gb18030", "base64")],
                 preamble="This is a multi-part message in MIME format.\n")
    h = arrival("liucheng@" + WM, "minutes@" + WM, date, "smtpbg156.exmail.example.com", "183.3.255.156", "10407") + [
        ("X-QQ-mid", "bizesmtp27t1777545062tq8u0xgn"),
        ("From", addr("刘成", "liucheng@" + WM, "gb18030")),
        ("To", addr(*bot(WM), label="gb18030")),
        ("Subject", ew("自动回复: Re: 【纪要确认】冷库春季检修协调会", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<tencent_2C8F61A0D73E4B95F0A1C6D2@qq.com>"),
        ("In-Reply-To", "<mb.20260430.183000.7f3a1c@wumeng-fruit.example.cn>"),
        ("References", "<mb.20260430.183000.7f3a1c@wumeng-fruit.example.cn>"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10408
DOCX08_ROWS = [
    ["序号", "工作事项", "责任人（主责/配合）", "完成时限", "备注"],
    ["1", "完成2号、3号冷库预冷及温度探头校准", "刘成（主责）/安志强（配合）", "8月28日前", ""],
    ["2", "与顺丰冷链、德邦签订今年鲜果运输框架协议", "陈露（主责）、刘成（配合）", "月底前", "价格参照去年上浮不超过5%"],
    ["3", "制定鲜果入库验收及分级抽检方案", "杨梅", "2个工作日内", ""],
    ["4", "中秋礼盒首批发运排期并锁定车辆", "胡海涛（主责）/刘成（配合）", "中秋节前", "礼盒订单以销售部8月31日统计为准"],
    ["5", "采购周转筐2000个", "刘成", "已完成", "8月20日已到货入库"],
]


def docx_08():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    import datetime as dt
    cp.author, cp.last_modified_by = "刘成", "刘成"
    cp.created = cp.modified = dt.datetime(2026, 8, 24, 10, 20, 0)
    cp.revision = 1
    d.add_heading("冷链发运准备会会议纪要", level=1)
    for line in ["会议时间：2026年8月24日（周一）9:00-10:10", "会议地点：仓储物流部会议室",
                 "参会人员：罗建军、刘成、安志强、杨梅、陈露、胡海涛", "记录人：刘成", "",
                 "一、会议议定事项",
                 "1. 今年红心猕猴桃鲜果定于9月10日开秤收购，各基地按成熟度分批采收。",
                 "2. 鲜果入库后4小时内必须进入预冷，预冷温度0-1℃。",
                 "二、工作安排"]:
        p = d.add_paragraph(line)
        for r in p.runs:
            r.font.size = Pt(11)
    t = d.add_table(rows=len(DOCX08_ROWS), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(DOCX08_ROWS):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("")
    d.add_paragraph("三、下次会议：开秤前另行通知。")
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


@case(10408, "wumeng-coldchain-docx-attachment-outlook", "minutes",
      "Outlook UTF-8 mail whose minutes are only in a .docx attachment: Word table with '主责/配合' in one cell, "
      "8月28日前 / 月底前 / 2个工作日内 / 中秋节前 (09-25..27), an 已完成 row; decisions with '4小时内' are not items",
      "Sent Mon 2026-08-24 10:32 +0800; the body only says the minutes are attached. From the .docx table: row 1 "
      "owner = the 主责 刘成 (安志强 配合), 8月28日前 -> 2026-08-28; row 2 主责 陈露, 月底前 -> 2026-08-31; row 3 杨梅, 2个"
      "工作日内 -> 08-25, 08-26 -> 2026-08-26; row 4 主责 胡海涛, 中秋节前 -> last working day before 09-25 = Thu "
      "2026-09-24. Row 5 is 已完成 (status). 议定事项 (开秤 9月10日, '4小时内必须进入预冷') are decisions/rules, not "
      "items. '下次会议：开秤前另行通知' -> no follow-up.",
      items=[
          it("刘成", "完成2号、3号冷库预冷及温度探头校准", ("abs", "2026-08-28"), "2026-08-28"),
          it("陈露", "与顺丰冷链、德邦签订鲜果运输框架协议", ("month_end",), "2026-08-31"),
          it("杨梅", "制定鲜果入库验收及分级抽检方案", ("workdays", 2), "2026-08-26"),
          it("胡海涛", "中秋礼盒首批发运排期并锁定车辆", ("before_holiday", "2026-09-25"), "2026-09-24"),
      ])
def build_10408():
    date = "Mon, 24 Aug 2026 10:32:18 +0800"
    t = "各位：\n\n今天上午冷链发运准备会的纪要见附件，请查收并按时限落实。\n\n刘成\n仓储物流部\n"
    alt = multi("alternative", "----=_NextPart_001_0062_01DD3391.5B8E4A70",
                [text("text/plain", t, "utf-8", "base64"),
                 text("text/html", html_page('<div class=WordSection1>%s</div>' % lines_to_html(t), "utf-8"),
                      "utf-8", "base64")])
    att = attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "冷链发运准备会会议纪要0824.docx", docx_08())
    body = multi("mixed", "----=_NextPart_000_0061_01DD3391.5B8E4A70", [alt, att],
                 preamble="This is a multipart message in MIME format.\n")
    h = arrival("liucheng@" + WM, "minutes@" + WM, date, "PC-LIUC", "10.18.5.14", "10408") + [
        ("From", addr("刘成", "liucheng@" + WM)),
        ("To", addrs(["罗建军", "安志强", "杨梅", "陈露", "胡海涛"])),
        ("Cc", addr(*bot(WM))),
        ("Subject", ew("冷链发运准备会纪要（8月24日）")),
        ("Date", date),
        ("Message-ID", "<000c01dd3391$5b8e4a70$12aadf50$@wumeng-fruit.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index("10408")),
        ("Content-Language", "zh-cn"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10409
T09 = """崆峒区统计局局务会议纪要
〔2026〕6号

2026年4月9日上午，马志刚局长主持召开局务会议，传达学习全市统计工作会议精神，研究部署第四次全国农业普查前期准备和一季度统计数据质量核查工作。现将会议议定事项纪要如下：

一、关于第四次全国农业普查前期准备
会议指出，农业普查是一项重大国情国力调查，时间紧、任务重，各股室要提高站位、主动担当。会议要求：
一是抓紧组建区农普办。朱红霞副局长牵头，普查中心田静同志具体负责，4月17日前拟定区农普办组建方案，报局党组审定。
二是做好普查区划分准备。农业统计股（贾小鹏）负责，4月底前完成全区普查区划分底册核对。
三是落实普查经费。办公室负责，5月15日前向区财政局报送普查经费预算申请。

二、关于一季度统计数据质量核查
会议强调，数据质量是统计工作的生命线。会议要求：
一是国民经济核算股韩卫东同志牵头，4月16日前完成一季度地区生产总值核算基础数据逐项核对；
二是各股室对照“四上”企业名录，尽快开展联网直报数据自查；
三是综合法规股要加大统计执法力度，全年执法检查企业不少于20家。

参加：马志刚、朱红霞、李文斌、贾小鹏、韩卫东、苏敏、田静
记录：李文斌

崆峒区统计局办公室
2026年4月9日
"""


@case(10409, "kd-bureau-meeting-yishi-ershi-coremail", "minutes",
      "Coremail (UTF-8 base64, text+html) government 局务会议纪要 in 一是/二是/三是 style: 牵头/具体负责 (AMBIGUOUS), "
      "股室 in brackets, department-only 办公室, 各股室+尽快, an annual target that is not an item",
      "AMBIGUOUS: in '朱红霞副局长牵头，普查中心田静同志具体负责' both could be read as owner; the gold takes the person "
      "who does the work (具体负责 田静), as the recap's 负责人 column would. Sent Thu 2026-04-09 17:30 +0800. 4月17日前 "
      "-> 2026-04-17. '农业统计股（贾小鹏）负责，4月底前' -> 贾小鹏 2026-04-30. '办公室负责' names only our 办公室 -> "
      "owner null, department 办公室, no_owner, 2026-05-15. 韩卫东 牵头 4月16日前 -> 2026-04-16. '各股室…尽快' -> "
      "no_owner + vague_due (not one department). '全年执法检查企业不少于20家' is a standing target, not an item. "
      "No next meeting.",
      items=[
          it("田静", "拟定区农普办组建方案报局党组审定", ("abs", "2026-04-17"), "2026-04-17"),
          it("贾小鹏", "完成全区普查区划分底册核对", ("month_end",), "2026-04-30"),
          it(None, "向区财政局报送普查经费预算申请", ("abs", "2026-05-15"), "2026-05-15", flags=["no_owner"],
             department="办公室"),
          it("韩卫东", "完成一季度地区生产总值核算基础数据逐项核对", ("abs", "2026-04-16"), "2026-04-16"),
          it(None, "对照四上企业名录开展联网直报数据自查", ("none",), None, flags=["no_owner", "vague_due"]),
      ])
def build_10409():
    date = "Thu, 9 Apr 2026 17:30:41 +0800 (GMT+08:00)"
    html = html_page('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>'
                     % lines_to_html(T09), "UTF-8")
    body = multi("alternative", "----=_Part_318802_1524680617.1775727041125",
                 [text("text/plain", T09, "UTF-8", "base64", quote=False),
                  text("text/html", html, "UTF-8", "base64", quote=False)])
    h = arrival("liwenbin@" + KD, "minutes@" + KD, date, "mail.kdtjj.example.gov.cn", "10.61.1.8", "10409") + [
        ("Date", date),
        ("From", addr("李文斌", "liwenbin@" + KD)),
        ("To", addrs(["马志刚", "朱红霞", "贾小鹏", "韩卫东", "苏敏", "田静"], sep=", ")),
        ("Cc", addr(*bot(KD))),
        ("Subject", ew("崆峒区统计局局务会议纪要（〔2026〕6号）")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9d4a3d0a)\n Copyright (c) 2002-2026 "
                     "www.mailtech.cn kdtjj"),
        ("X-Originating-IP", "[10.61.20.37]"),
        ("X-Coremail-Locale", "zh_CN"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<3c5a19e4.2f41.19d71b8e2a7.Coremail.liwenbin@kdtjj.example.gov.cn>"),
        ("X-Coremail-Antispam", "1Uf129KBjvJXoW7Kr1kJw4rWF4fGr1UAw4Dtwb_yoW8JF48pa"),
        ("X-CM-TRANSID", "rQQGZQDH0Xk6gdZpD5wNAA--.1827S2"),
        ("X-CM-SenderInfo", "xolzh0xqlqt6nhv6xkdgvq5gxqvhtvfn/"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10410
ROWS10 = [
    ["序号", "工作任务", "责任单位", "责任人", "完成时限"],
    ["1", "完成普查员、普查指导员选聘名单初审", "普查中心", "田静", "4月30日下班前"],
    ["2", "向各乡镇下发普查区划图绘制技术要求", "农业统计股（主责）、普查中心（配合）", "贾小鹏", "3个工作日内"],
    ["3", "报送本乡镇（街道）普查员推荐名单", "各乡镇（街道）统计站", "", "节前"],
    ["4", "印制普查宣传标语、入户告知书", "办公室", "李文斌", "5月15日前"],
    ["5", "普查经费预算申请", "办公室", "李文斌", "已完成（4月20日已报区财政局）"],
]


@case(10410, "kd-agri-census-table-outlook-gb2312", "minutes",
      "Outlook zh-CN gb2312 (text+html) 推进会 with 责任单位/责任人/完成时限 table the day before May Day: 下班前, 3个工作日内 "
      "over 05-01..05, 节前, a 主责/配合 unit cell, an unnamed 各乡镇 row, an 已完成 row; next meeting 劳动节后第一个"
      "工作日上午10点",
      "Sent Tue 2026-04-28 16:45 +0800. Row 1 田静 4月30日下班前 -> 2026-04-30 (下班前 gives no time, corpus "
      "convention). Row 2 贾小鹏 3个工作日内: 04-29, 04-30, then May Day 05-01..05 is off, 05-06 -> 2026-05-06. Row 3 "
      "责任单位 各乡镇（街道）统计站, no 责任人 -> no_owner, department null; 节前 = last working day before 05-01 -> "
      "2026-04-30. Row 4 李文斌 5月15日前 -> 2026-05-15. Row 5 已完成 -> not an item. '下次推进会定于劳动节后第一个工作日"
      "上午10点' -> Wed 2026-05-06 10:00.",
      items=[
          it("田静", "完成普查员、普查指导员选聘名单初审", ("abs", "2026-04-30"), "2026-04-30"),
          it("贾小鹏", "向各乡镇下发普查区划图绘制技术要求", ("workdays", 3), "2026-05-06"),
          it(None, "报送本乡镇普查员推荐名单", ("before_holiday", "2026-05-01"), "2026-04-30", flags=["no_owner"]),
          it("李文斌", "印制普查宣传标语、入户告知书", ("abs", "2026-05-15"), "2026-05-15"),
      ],
      followup=fu(("after_holiday", "2026-05-01"), "2026-05-06", "10:00"))
def build_10410():
    date = "Tue, 28 Apr 2026 16:45:09 +0800"
    intro = ("朱局、各位同事：\n\n今天下午区农普工作推进会的纪要如下，请各责任单位按时限推进。\n\n"
             "会议时间：4月28日14:30\n会议地点：局三楼会议室\n主持：朱红霞\n\n一、重点任务分工\n")
    tail = ("\n二、会议要求\n各责任单位要把农普工作摆在突出位置，节假日期间保持通讯畅通。\n\n"
            "下次推进会定于劳动节后第一个工作日上午10点召开，地点另行通知。\n\n田静\n区农普办（普查中心）\n")
    plain = intro + "\n".join("  ".join(c or "/" for c in r) for r in ROWS10) + "\n" + tail
    tbl = html_table([[c or "/" for c in r] for r in ROWS10],
                     'class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse"')
    html = html_page('<div class=WordSection1>%s\n%s\n%s</div>' % (lines_to_html(intro), tbl, lines_to_html(tail)),
                     "gb2312", '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n')
    body = multi("alternative", "----=_NextPart_000_0019_01DCD712.8C3F1A60",
                 [text("text/plain", plain, "gb2312", "base64"), text("text/html", html, "gb2312", "base64")],
                 preamble="This is a multipart message in MIME format.\n")
    h = arrival("tianjing@" + KD, "minutes@" + KD, date, "TJ-PC", "10.61.20.51", "10410") + [
        ("From", addr("田静", "tianjing@" + KD, "gb2312")),
        ("To", addrs(["朱红霞", "贾小鹏", "李文斌"], "gb2312")),
        ("Cc", addrs(["马志刚", bot(KD)], "gb2312")),
        ("Subject", ew("区第四次全国农业普查工作推进会议纪要", "gb2312")),
        ("Date", date),
        ("Message-ID", "<001901dcd712$8c3f1a60$a4bd4f20$@kdtjj.example.gov.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index("10410")),
        ("Content-Language", "zh-cn"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10411
PRE11 = """马局、朱局：

今天上午农普办第一次工作例会的纪要，文斌主任发给了参会同志，我转给两位领导阅示，同时抄送纪要助手跟踪。其中第3项涉及经费拨付，可能需要朱局跟财政局打个招呼。

田静
"""
FWD11 = """各位：
今天上午区农普办第一次工作例会纪要如下。

时间：5月11日（周一）9:00-10:30
参加：朱红霞、田静、贾小鹏、韩卫东、苏敏、李文斌

1. 普查区划分底图：贾小鹏负责，下周三前把17个乡镇（街道）的底图全部下发到位。
2. 普查员培训：田静负责，本周五前拿出培训方案初稿（含课程表、讲师名单）。
3. 普查经费：苏敏负责与区财政局对接第一批经费拨付，本月20日前到位。
4. 普查宣传：韩卫东负责协调区融媒体中心，5月18日起滚动播放农普公益广告。

李文斌
"""


@case(10411, "kd-forwarded-minutes-preface-wecom", "minutes",
      "企业微信邮箱 '转发：' with a cover note to the leaders (which mentions 第3项 and 朱局 but is no item) above a "
      "'转发邮件信息' block; forward and original sent the same day so 下周三/本周五 agree; '5月18日起' is a start date",
      "Forward sent Mon 2026-05-11 15:10 +0800; the forwarded minutes were sent the same morning, so relative dates "
      "read the same from either anchor. The cover note (第3项…需要朱局跟财政局打个招呼) is a remark, not an item. "
      "贾小鹏 下周三前 -> 2026-05-20. 田静 本周五前 -> 2026-05-15. 苏敏 本月20日前 -> 2026-05-20. 韩卫东: '5月18日起滚动"
      "播放' is when the ads start, not a deadline for him -> no_due. No next meeting.",
      items=[
          it("贾小鹏", "下发17个乡镇（街道）普查区划分底图", ("nextweek", 3), "2026-05-20"),
          it("田静", "拿出普查员培训方案初稿", ("thisweek", 5), "2026-05-15"),
          it("苏敏", "对接区财政局落实第一批普查经费拨付", ("abs", "2026-05-20"), "2026-05-20"),
          it("韩卫东", "协调区融媒体中心滚动播放农普公益广告", ("none",), None, flags=["no_due"]),
      ])
def build_10411():
    date = "Mon, 11 May 2026 15:10:26 +0800"
    fh = ("\n\n-------- 转发邮件信息 --------\n发件人：\"李文斌\" <liwenbin@%s>\n发送时间：2026年5月11日 (周一) 11:42\n"
          "收件人：\"朱红霞\" <zhuhongxia@%s>; \"田静\" <tianjing@%s>; \"贾小鹏\" <jiaxiaopeng@%s>; \"韩卫东\" "
          "<hanweidong@%s>; \"苏敏\" <sumin@%s>\n主题：区农普办第一次工作例会纪要\n\n" % ((KD,) * 6))
    plain = PRE11 + fh + FWD11
    html = html_page('<div>%s</div><div><br></div><div style="font-size:12px;color:#7d7d7d">%s</div><blockquote '
                     'style="margin:0 0 0 6px;border-left:2px solid #c9c9c9;padding-left:8px">%s</blockquote>'
                     % (lines_to_html(PRE11), "<br>".join(esc(l) for l in fh.strip().split("\n")),
                        lines_to_html(FWD11)), "UTF-8")
    body = multi("alternative", "----=_NextPart_6A0180E2_0D4E8C10_7B5A2E19",
                 [text("text/plain", plain, "UTF-8", "base64"), text("text/html", html, "UTF-8", "base64")],
                 preamble="This is a multi-part message in MIME format.\n")
    h = arrival("tianjing@" + KD, "minutes@" + KD, date, "smtpbgsg2.exmail.example.com", "54.254.200.92",
                "10411") + [
        ("X-QQ-mid", "bizesmtpip3t1778483426t9yq2vk"),
        ("From", addr("田静", "tianjing@" + KD)),
        ("To", addrs(["马志刚", "朱红霞"], sep=", ")),
        ("Cc", addrs([bot(KD)], sep=", ")),
        ("Subject", ew("转发：区农普办第一次工作例会纪要")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<tencent_6E1B0C9A47D2F358B0C4A1E7@qq.com>"),
        ("X-Mailer", "WXWork Mail 4.1.33"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10412
T12 = """田主任：

收到。我镇推荐名单已经初步排出来了，周四前报送；另有2个村的人选还在协调，最迟下周一补报。

崆峒镇统计站 张建国
"""
Q12 = """各乡镇人民政府、街道办事处统计站：
为做好第四次全国农业普查普查员选聘工作，请各乡镇（街道）于4月30日前将普查员推荐名单（附表1）报区农普办。
联系人：田静
崆峒区第四次全国农业普查领导小组办公室
"""


@case(10412, "kd-other-town-reply-to-notice-netease", "other",
      "A town statistics station's 'Re:' (NetEase/Coremail style quote) to a 通知 (not minutes, not the bot's recap) "
      "promising 周四前/下周一: a reply in a thread that is not minutes -> other",
      "Sent Wed 2026-04-29 10:05 +0800 by an outside town office in reply to the census office's notice (the bot "
      "was in Cc of the notice). The notice is not minutes and the bot sent no recap in this thread, so this is "
      "not a reply command either: kind other, no items. The promised dates (周四前, 下周一) are the sender's own "
      "plans.")
def build_10412():
    date = "Wed, 29 Apr 2026 10:05:17 +0800 (CST)"
    q = ("\n\n\n\n在 2026-04-27 09:30:12，\"田静\" <tianjing@%s> 写道：\n" % KD) + "\n".join(
        ">" + l for l in Q12.rstrip("\n").split("\n")) + "\n"
    plain = T12 + q
    html = html_page('<div style="line-height:1.7;font-size:14px;font-family:Arial">%s<br><br><div style="position:'
                     'relative;zoom:1">在 2026-04-27 09:30:12，"田静" &lt;tianjing@%s&gt; 写道：<blockquote id="isReplyContent" '
                     'style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">%s</blockquote>'
                     '</div></div>' % (lines_to_html(T12), KD, lines_to_html(Q12)), "GBK")
    body = multi("alternative", "----=_Part_92041_1802735519.1777428317364",
                 [text("text/plain", plain, "GBK", "base64", quote=False),
                  text("text/html", html, "GBK", "base64", quote=False)])
    h = arrival("tjz@" + KTZ, "minutes@" + KD, date, "mail.ktz.example.gov.cn", "61.178.40.19", "10412") + [
        ("Date", date),
        ("From", addr("崆峒镇统计站", "tjz@" + KTZ, "GBK")),
        ("To", addr("田静", "tianjing@" + KD, "GBK")),
        ("Cc", addr(*bot(KD), label="GBK")),
        ("Subject", "Re: " + ew("关于报送第四次全国农业普查普查员推荐名单的通知", "GBK")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20220915(a2d9cb4e)\n Copyright (c) 2002-2026 "
                     "www.mailtech.cn ktz"),
        ("In-Reply-To", "<6a1d22f0.8b1.19dcd0f4e81.Coremail.tianjing@kdtjj.example.gov.cn>"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<1b7e4a02.2d3.19dd2e5a0c4.Coremail.tjz@ktz.example.gov.cn>"),
    ]
    return message(h, body)
