"""heldout76 cases 10418-10421: Kuma Sauna (DSN, reschedule chat, Lark minutes by person, Excel-pasted tracker)."""
from h76_common import (KE, KP, R, addr, addrs, arrival, bot, case, esc, ew, flowed, fu, html_page, it,
                        lines_to_html, message, multi, text, thread_index, Part)

BH = "borealheat.example.ca"  # Boreal Heat Supply (Canadian distributor)

# ------------------------------------------------------------------------------------------------ 10418
NDR_TXT = """Your message to dan.gagnon@borealheat.example.ca couldn't be delivered.

dan.gagnon wasn't found at borealheat.example.ca.

Action Required                         Recipient
Unknown To address                      dan.gagnon

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience problems, contact the recipient's email admin.

Original message sent: Tue 7/7/2026 6:51 AM (UTC)
"""
DS = """Reporting-MTA: dns;SEZPR06MB6928.apcprd06.prod.outlook.example.com
Received-From-MTA: dns;bot.kumasauna-pt.example.cn
Arrival-Date: Tue, 7 Jul 2026 06:51:58 +0000

Final-Recipient: rfc822;dan.gagnon@borealheat.example.ca
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <dan.gagnon@borealheat.example.ca>: Recipient
 address rejected: User unknown in virtual mailbox table
Remote-MTA: dns;mx.borealheat.example.ca
"""
RH = """From: Minutes Bot <minutes@kumasauna-pt.example.cn>
To: Dan Gagnon <dan.gagnon@borealheat.example.ca>
Subject: [Minutes recap] Weekly supply sync - wk28: 4 action items, please
 confirm by 18:00 today
Date: Tue, 7 Jul 2026 06:51:57 +0000
Message-ID: <recap.20260707065157.a41f@kumasauna-pt.example.cn>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
"""


@case(10418, "kuma-auto-ndr-exchange-report", "auto",
      "Exchange Online NDR (multipart/report; report-type=delivery-status, Return-Path <>, Auto-Submitted) for the "
      "bot's recap to an unknown Canadian distributor address: text/html explanation, message/delivery-status, "
      "text/rfc822-headers",
      "A bounce of the bot's own recap (returned headers show From the bot with Auto-Submitted: auto-generated). "
      "Return-Path <>, multipart/report with a delivery-status part: kind auto, never a reply, no items; the "
      "bot must not answer it. The recap subject inside mentions '4 action items' and '18:00 today'.")
def build_10418():
    date = "Tue, 7 Jul 2026 06:52:03 +0000"
    html = html_page("<p><b>Your message to dan.gagnon@borealheat.example.ca couldn't be delivered.</b></p>"
                     + lines_to_html(NDR_TXT.split("\n", 2)[2]), "us-ascii")
    alt = multi("alternative", "_001_recap20260707065157a41fkumasaunaptexamplecn_",
                [text("text/plain", NDR_TXT, "us-ascii", "quoted-printable"),
                 text("text/html", html, "us-ascii", "quoted-printable")])
    ds = Part([("Content-Type", "message/delivery-status")], DS)
    rh = Part([("Content-Type", "text/rfc822-headers")], RH)
    body = multi("report", "_000_recap20260707065157a41fkumasaunaptexamplecn_", [alt, ds, rh],
                 extra=";\n\treport-type=delivery-status")
    h = arrival("", "minutes@" + KP, date, "SEZPR06MB6928.apcprd06.prod.outlook.example.com", "40.107.255.61",
                "10418") + [
        ("From", "Microsoft Outlook\n <postmaster@kumasauna-pt.example.cn>"),
        ("To", addr(*bot(KP))),
        ("Date", date),
        ("Subject", "Undeliverable: [Minutes recap] Weekly supply sync - wk28: 4 action items, please\n confirm by "
                    "18:00 today"),
        ("Content-Language", "en-US"),
        ("Message-ID", "<86f2c0d1-3b4a-4e5f-9a0b-1c2d3e4f5a6b@SEZPR06MB6928.apcprd06.prod.outlook.example.com>"),
        ("In-Reply-To", "<recap.20260707065157.a41f@kumasauna-pt.example.cn>"),
        ("References", "<recap.20260707065157.a41f@kumasauna-pt.example.cn>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-PublicTrafficType", "Email"),
        ("MIME-Version", "1.0"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10419
T19 = """Hi Jenny, Wes,

Could we move Thursday's logistics sync to Friday 7 Aug, 10:00 Tallinn time (15:00 in Putian)? I have a customs \
audit at the port on Thursday morning and it will surely run over. If Friday does not work for you, Monday 10 Aug \
same time is also fine for me.

Also, Wes, could you bring the updated container plan for September? No need to send it before.

Thanks,
Liis
"""


@case(10419, "kuma-other-reschedule-request-thunderbird", "other",
      "Thunderbird format=flowed 8bit UTF-8 mail from Tallinn asking to move a sync (two candidate times, Tallinn "
      "and Putian time) plus a small request: not minutes -> other, no follow-up",
      "Sent Tue 2026-08-04 11:20 +0300. A rescheduling request: it proposes Fri 7 Aug 10:00 Tallinn / 15:00 Putian "
      "or Mon 10 Aug, and asks Wes to bring a plan. No meeting took place and nothing was decided: kind other, no "
      "items, no next_followup.")
def build_10419():
    date = "Tue, 4 Aug 2026 11:20:36 +0300"
    body = text("text/plain", flowed(T19), "UTF-8", "8bit", quote=False, extra="; format=flowed")
    h = arrival(R["Liis Mägi"][1], "minutes@" + KP, date, "mail.kumasauna.example.ee", "194.126.101.14", "10419") + [
        ("Message-ID", "<b7e2c4f1-6a0d-4c93-8e15-2f7a9d3c0b48@kumasauna.example.ee>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("To", "Jenny Zheng <%s>, Wes Huang <%s>" % (R["郑丽娟"][1], R["黄文杰"][1])),
        ("Cc", addr(*bot(KP))),
        ("From", ew("Liis Mägi", "UTF-8", "Q") + " <%s>" % R["Liis Mägi"][1]),
        ("Subject", "Move Thursday's logistics sync?"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10420
T20 = """各位，本周生产周会纪要（8月12日 周三 下午）：

【林工 Kevin】
1. 新保险丝供应商第二批来料全检，下周一前出报告；
2. 8D报告D6-D8部分补齐，月底前发Tallinn。
【黄经理 Wes】
- 不锈钢板9月订单下周三前下给福州钢厂（量按9月计划×1.05）。
【陈主管 Cathy】
- 中秋、国庆两节值班及加班安排，8月底出初稿（国庆前要报园区备案，备案由园区统一通知）。
【Priit】
- 本周无新事项。
【我】
- 9月排产计划8月20日前发出。

下周例会照旧：8/19（周三）16:30，二楼会议室。

郑丽娟 Jenny
"""


@case(10420, "kuma-weekly-grouped-by-person-lark", "minutes",
      "Feishu/Lark mail (UTF-8 base64, text+html) in Chinese grouped by person with title+English-name headers "
      "(林工 Kevin, 黄经理 Wes, 陈主管 Cathy), '【我】' = sender, 下周一前/月底前/下周三前/8月底/8月20日前, a person with "
      "no new items; next meeting 8/19 16:30",
      "Sent Wed 2026-08-12 18:05 +0800. 林工 Kevin = 林志鹏: 下周一前 -> 2026-08-17; 月底前 -> 2026-08-31. 黄经理 Wes = "
      "黄文杰: 下周三前 -> 2026-08-19. 陈主管 Cathy = 陈雅琴: 8月底 -> 2026-08-31 (the 园区备案 before 国庆 is the park's "
      "process, not her item). 【Priit】 has nothing. 【我】 = sender 郑丽娟: 8月20日前 -> 2026-08-20. '下周例会照旧：8/19"
      "（周三）16:30' -> 2026-08-19 16:30.",
      items=[
          it("林志鹏", "新保险丝供应商第二批来料全检并出报告", ("nextweek", 1), "2026-08-17"),
          it("林志鹏", "补齐8D报告D6-D8部分发Tallinn", ("month_end",), "2026-08-31"),
          it("黄文杰", "向福州钢厂下达不锈钢板9月订单", ("nextweek", 3), "2026-08-19"),
          it("陈雅琴", "出中秋、国庆两节值班及加班安排初稿", ("month_end",), "2026-08-31"),
          it("郑丽娟", "发出9月排产计划", ("abs", "2026-08-20"), "2026-08-20"),
      ],
      followup=fu(("abs", "2026-08-19"), "2026-08-19", "16:30"))
def build_10420():
    date = "Wed, 12 Aug 2026 18:05:21 +0800"
    html = html_page('<div style="font-family:-apple-system,PingFang SC;font-size:14px">%s</div>' % lines_to_html(T20),
                     "utf-8")
    body = multi("alternative", "b1d7f3a2c9e04b6f8a5d1e2c3b4a5f60",
                 [text("text/plain", T20, "UTF-8", "base64"), text("text/html", html, "UTF-8", "base64")])
    h = arrival(R["郑丽娟"][1], "minutes@" + KP, date, "va-2-45.ptr.blmpb.example.com", "209.127.231.45", "10420") + [
        ("Date", date),
        ("From", addr("郑丽娟 Jenny", R["郑丽娟"][1])),
        ("To", ", ".join(addr(n, R[n][1]) for n in ["林志鹏", "黄文杰", "陈雅琴"]) + ",\n " + addr("Priit Tamm", R["Priit Tamm"][1])),
        ("Cc", addr(*bot(KP))),
        ("Subject", ew("生产周会纪要 0812")),
        ("Message-Id", "<0a9e3f5c-7b21-4d68-b4c3-91e2f8d7a6b5@kumasauna-pt.example.cn>"),
        ("Mime-Version", "1.0"),
        ("X-Mailer", "Lark Mail"),
        ("X-Lms-Return-Path", "<lba+2689a1e7c+5f3e2d1c@kumasauna-pt.example.cn>"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10421
COLS21 = ["序号", "事项名称", "发起部门", "协作部门", "责任人(发起方)", "责任人(协作方)", "计划开始时间", "计划完成时间",
          "实际完成时间", "进展情况", "风险点及应对措施"]
ROWS21 = [
    ["1", "员工宿舍空调更换", "行政人事部", "供应链部", "陈雅琴", "黄文杰", "2026/7/20", "2026/8/10", "2026/8/8", "已完成",
     ""],
    ["2", "ISO 45001监督审核资料准备", "行政人事部", "质量部", "陈雅琴", "林志鹏", "2026/8/10", "2026/9/4", "",
     "进行中（约60%）", "审核员9月8日到厂，资料需提前定稿"],
    ["3", "园区消防设施年度检测", "行政人事部", "生产部", "陈雅琴", "郑丽娟", "2026/8/17", "2026/8/28", "", "进行中",
     "检测当天喷涂线停线半天，已和生产部对过"],
    ["4", "喷涂车间VOC在线监测设备安装", "生产部", "供应链部", "郑丽娟", "黄文杰", "2026/8/24", "待定", "", "未开始",
     "设备厂家排期未定"],
    ["5", "新员工三级安全教育", "行政人事部", "生产部", "陈雅琴", "郑丽娟", "2026/8/12", "2026/8/21", "",
     "延期（原定8月14日）", "新员工8月19日才全部到岗"],
]


def excel_html(rows):
    out = ['<table border=0 cellpadding=0 cellspacing=0 width=1180 style="border-collapse:collapse;width:885pt">']
    for i, r in enumerate(rows):
        cells = []
        for j, c in enumerate(r):
            cls = "xl66" if i == 0 else ("xl68" if "/" in c and c[:4] == "2026" else "xl67")
            num = ' x:num="%s"' % c if (i and j == 0) else ""
            fmt = ' style="mso-number-format:\'yyyy\\/m\\/d\'"' if cls == "xl68" else ""
            cells.append("<td class=%s%s%s>%s</td>" % (cls, num, fmt, esc(c) if c else "&nbsp;"))
        out.append("<tr height=22 style='height:16.5pt'>%s</tr>" % "".join(cells))
    out.append("</table>")
    return "\n".join(out)


@case(10421, "kuma-excel-pasted-collab-tracker-outlook-zh", "minutes",
      "Outlook zh-CN UTF-8 QP HTML with the seed 跨部门协作事项跟踪表 pasted from Excel (x:num, mso-number-format, "
      "2026/8/28 dates): two 责任人 columns (发起方/协作方, AMBIGUOUS), 已完成 row, 待定, 延期 row still open; 下周四同一"
      "时间",
      "AMBIGUOUS: the seed table has 责任人(发起方) and 责任人(协作方); the gold takes the 发起方 person as owner (the one "
      "who drives the item), the 协作方 supports. Sent Thu 2026-08-20 15:30 +0800. Row 1 已完成 (实际完成 8/8) -> not "
      "an item. Row 2 陈雅琴 2026/9/4 -> 2026-09-04. Row 3 陈雅琴 2026/8/28 -> 2026-08-28. Row 4 郑丽娟 计划完成 待定 -> "
      "vague_due. Row 5 陈雅琴 延期, new plan 2026/8/21 -> 2026-08-21 (still open). The '风险点' notes (审核员9月8日到厂) "
      "are not items. '下周四同一时间' with today's review at 14:00 -> Thu 2026-08-27 14:00.",
      items=[
          it("陈雅琴", "ISO 45001监督审核资料准备", ("abs", "2026-09-04"), "2026-09-04"),
          it("陈雅琴", "园区消防设施年度检测", ("abs", "2026-08-28"), "2026-08-28"),
          it("郑丽娟", "喷涂车间VOC在线监测设备安装", ("none",), None, flags=["vague_due"]),
          it("陈雅琴", "新员工三级安全教育", ("abs", "2026-08-21"), "2026-08-21"),
      ],
      followup=fu(("nextweek", 4), "2026-08-27", "14:00"))
def build_10421():
    date = "Thu, 20 Aug 2026 15:30:08 +0800"
    intro = "Priit、各位：\n\n今天14:00跨部门事项碰头会，跟踪表更新如下（从共享表格复制），请各责任人按计划完成时间推进。\n"
    tail = "\n下周四同一时间再过一遍。\n\n陈雅琴 Cathy\n行政人事部\n"
    plain = intro + "\n" + "\n".join("\t".join(r) for r in [COLS21] + ROWS21) + "\n" + tail
    style = ("<style>\n<!--\ntd {mso-style-parent:style0; font-size:10.0pt; font-family:等线; mso-number-format:General;}"
             "\n.xl66 {font-weight:700; background:#D9E1F2; border:.5pt solid windowtext;}\n.xl67 {border:.5pt solid "
             "windowtext;}\n.xl68 {border:.5pt solid windowtext; mso-number-format:\"yyyy\\/m\\/d\";}\n-->\n</style>\n")
    html = html_page('<div class=WordSection1>%s\n%s\n%s</div>' % (lines_to_html(intro), excel_html([COLS21] + ROWS21),
                                                                  lines_to_html(tail)), "utf-8", style)
    body = multi("alternative", "----=_NextPart_000_0088_01DD3066.91D4C2A0",
                 [text("text/plain", plain, "utf-8", "quoted-printable"),
                  text("text/html", html, "utf-8", "quoted-printable")],
                 preamble="This is a multipart message in MIME format.\n")
    h = arrival(R["陈雅琴"][1], "minutes@" + KP, date, "KUMA-HR-02", "10.30.8.41", "10421") + [
        ("From", addr("陈雅琴", R["陈雅琴"][1])),
        ("To", addrs(["Priit Tamm", "郑丽娟", "林志鹏", "黄文杰"], sep=";\n ".replace(";", ","))),
        ("Cc", addr(*bot(KP))),
        ("Subject", ew("跨部门协作事项跟踪表（8月20日更新）")),
        ("Date", date),
        ("Message-ID", "<008801dd3066$91d4c2a0$b57e47e0$@kumasauna-pt.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index("10421")),
        ("Content-Language", "zh-cn"),
    ]
    return message(h, body)
