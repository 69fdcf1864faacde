"""heldout82 cases 11017-11024."""
from h82_lib import (BOTS, Case, Item, P, bin_part, div_lines, dstr, esc, html_doc, html_table, inbound, message,
                     mso_paras, multipart, pdf_bytes, std, text_part, text_part_q)

RF_MX = "mail.runfan-yacht.example.cn"
SP_MX = "mx.sialkot-wh.example.cn"
DQ_MX = "mail.dqgjj.example.gov.cn"
XL_MX = "mx.xueling-hotel.example.cn"
COREMAIL_XM = "Coremail Webmail Server Version XT5.0.14 build 20230606(3ad3b7e6) Copyright (c) 2002-2026 www.mailtech.cn"


def c11017():
    d = dstr(2026, 7, 15, 6, 20, 9, tz=0)
    frm = P("Usman Tariq")
    to = [("Faisal Qureshi", P("Faisal Qureshi")[1]), ("Nina Gong", P("宫晓宁")[1]), ("Yvonne Luan", P("栾月")[1])]
    cc = [("Ayesha Malik", P("Ayesha Malik")[1]), BOTS["sp"]]
    text = """Dear Faisal, Nina, Yvonne,

Please find attached the minutes of today's Q3 export planning call. The action items are in section 3 of the PDF.

Kind regards,
Usman Tariq
Export Sales | Sialkot Precision Instruments (Pvt.) Ltd.
"""
    html = html_doc(div_lines(text), "us-ascii", font="Calibri, sans-serif")
    alt = multipart("alternative", [text_part_q("plain", text, "us-ascii", "quoted-printable"),
                                    text_part_q("html", html, "us-ascii", "quoted-printable")],
                    "_000_DB9PR02MB7322F0A4C1B27E6D59A3E1B2C41D2DB9PR02MB7322eurp_")
    lines = ["# Sialkot Precision Instruments - Q3 Export Planning Call",
             "Date: 15 July 2026, 10:00-11:00 PKT / 13:00-14:00 Weihai",
             "Participants: Usman Tariq, Ayesha Malik (Sialkot); Faisal Qureshi, Nina Gong, Yvonne Luan (Weihai)",
             "",
             "# 1. Summary",
             "Q3 orders are 12% above plan, mainly EU distributors. Weihai capacity is sufficient until September.",
             "",
             "# 2. Decisions",
             "- From August, ship one consolidated 40' container every three weeks.",
             "- Prices for the EU catalogue stay unchanged until 31 December.",
             "",
             "# 3. Action items",
             "No.  Action                                        Owner            Due",
             "1    Send revised Q3 forecast per SKU family       Usman Tariq      17 Jul 2026",
             "2    Confirm container booking for 5 Aug ETD       Nina Gong        22 Jul 2026",
             "3    Update the transfer-pricing calculation       Yvonne Luan      31 Jul 2026",
             "4    Approve the new carton artwork                Faisal Qureshi   ASAP",
             "5    Share a packing list template                 TBD              24 Jul 2026",
             "",
             "# 4. Next call",
             "29 July 2026, 10:00 PKT (13:00 Weihai), Teams."]
    pdf = pdf_bytes(lines, "Q3 Export Planning Call - Minutes", "Usman Tariq")
    att = bin_part("application/pdf", pdf, "Minutes_Q3_Export_Planning_2026-07-15.pdf")
    body = multipart("mixed", [alt, att], "_004_DB9PR02MB7322F0A4C1B27E6D59A3E1B2C41D2DB9PR02MB7322eurp_")
    mid = "<DB9PR02MB7322F0A4C1B27E6D59A3E1B2C41D2@DB9PR02MB7322.eurprd02.prod.outlook.com>"
    hs = std(frm, to, cc, "Minutes - Q3 export planning call (15 Jul)", d, mid,
             pre=inbound(BOTS["sp"][1], SP_MX, "EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2107.outbound."
                         "protection.outlook.com [40.107.249.107])", "4GM5x43QrTz3mK", d, frm[1]),
             post=[("Thread-Topic", "Minutes - Q3 export planning call (15 Jul)"),
                   ("Thread-Index", "AdzUDr1QvYk2qj3RS7KXh0J6f1b9Mw=="), ("Accept-Language", "en-GB, en-US"),
                   ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")])
    items = [
        Item("Usman Tariq", "Send revised Q3 forecast per SKU family", ("2026-07-17", "abs")),
        Item("宫晓宁", "Confirm container booking for 5 Aug ETD", ("2026-07-22", "abs")),
        Item("栾月", "Update the transfer-pricing calculation", ("2026-07-31", "abs")),
        Item("Faisal Qureshi", "Approve the new carton artwork", vague=True),
        Item(None, "Share a packing list template", ("2026-07-24", "abs")),
    ]
    notes = ("Exchange Online mail from head office whose minutes are only in a PDF attachment (reportlab, text layer). "
             "Date 06:20 +0000 = Wed 2026-07-15 14:20 Shanghai. Section 3 table: Nina Gong = 宫晓宁, Yvonne Luan = 栾月 "
             "(roster aliases); 'ASAP' -> vague_due; owner 'TBD' -> no_owner with a date. '5 Aug ETD' is part of the task, "
             "'until 31 December' is a decision. Next call '29 July 2026, 10:00 PKT (13:00 Weihai)' -> 2026-07-29 13:00.")
    return Case(11017, "m365-pdf-attachment-english-minutes", "minutes", message(hs, body), items,
                ("2026-07-29", "abs", "13:00"), notes,
                "Exchange Online mail with the minutes only in a PDF; table with ASAP and owner TBD; PKT/Weihai next call")


def _bom_rows(corrected=False):
    r3 = ["3", "RF-45", "长周期件（主机、发电机）下单", "戴立群",
          "7月24日（周五）" if corrected else "本周四", "由本周四调整为7月24日" if corrected else ""]
    return [["序号", "船号", "事项", "责任人", "完成时间", "备注"],
            ["1", "RF-42", "更新BOM表", "蒋雨桐", "7月22日", ""],
            ["2", "RF-45", "更新BOM表", "钱文博", "7月24日", "需含甲板舾装件"],
            r3,
            ["4", "全部", "7月安全月报", "韦国栋", "月底", ""],
            ["5", "RF-42", "试航前电气系统检查", "管春雷", "待定", "等试航日期确定"]]


def _bom_mail(num, d, mid, subject, intro, corrected, irt=None):
    frm = P("韦国栋")
    to = [P("蒋雨桐"), P("钱文博"), P("戴立群"), P("管春雷")]
    cc = [P("邵振宇"), BOTS["rf"]]
    rows = _bom_rows(corrected)
    outro = "\n下次计划会：7月27日（周一）15:30。\n\n韦国栋\n生产部"
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    html = html_doc(div_lines(intro) + html_table(rows, cell_style="border:1px solid #666;padding:2px 6px") +
                    div_lines(outro), "utf-8", font="宋体")
    body = multipart("alternative", [text_part("plain", text, "utf-8", "quoted-printable"),
                                     text_part("html", html, "utf-8", "quoted-printable")],
                     f"----=_Part_{num}_1780912233.17845{num}")
    return std(frm, to, cc, subject, d, mid,
               pre=inbound(BOTS["rf"][1], RF_MX, "weiguodong$runfan-yacht.example.cn ( [192.168.10.83] )",
                           f"4GN{num}QbTz9vA", d, frm[1]),
               irt=irt,
               post=[("X-Priority", "3"), ("X-Mailer", COREMAIL_XM), ("X-Originating-IP", "[192.168.10.83]"),
                     ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", f"wKgKU2ZxQ{num}AAA--.1203W")]), body


def c11018():
    d = dstr(2026, 7, 20, 15, 30, 44)
    intro = "各位：\n今天生产计划会确定的事项如下，第1、2项是同一件事，但两条船分别由不同的人负责，请注意。\n"
    hs, body = _bom_mail(11018, d, "<3e9a0c51.2b7f.19f9e0c4a11.Coremail.weiguodong@runfan-yacht.example.cn>",
                         "生产计划会事项（7月20日）", intro, False)
    items = [
        Item("蒋雨桐", "更新BOM表", ("2026-07-22", "abs")),
        Item("钱文博", "更新BOM表", ("2026-07-24", "abs")),
        Item("戴立群", "长周期件（主机、发电机）下单", ("2026-07-23", "this:3")),
        Item("韦国栋", "7月安全月报", ("2026-07-31", "me")),
        Item("管春雷", "试航前电气系统检查", vague=True),
    ]
    notes = ("Two items with the same task text '更新BOM表' (hull RF-42 / RF-45 in the 船号 column) and different owners and "
             "dates: both must be kept. Coremail UTF-8 QP. Sent Mon 2026-07-20. '7月22日' -> 07-22; '7月24日' -> 07-24; "
             "'本周四' -> 07-23; '月底' -> 07-31; '待定' -> vague_due. Next plan meeting '7月27日（周一）15:30'.")
    return Case(11018, "coremail-same-task-text-twice", "minutes", message(hs, body), items,
                ("2026-07-27", "abs", "15:30"), notes,
                "Coremail table with two rows of the same task '更新BOM表' (different hull/owner/date); 本周四, 月底, 待定")


def c11019():
    d = dstr(2026, 7, 21, 17, 0, 36)
    frm = P("那春艳")
    to = [P("初永辉"), P("关英杰"), P("么晓丹")]
    cc = [P("房德胜"), P("常玉梅"), BOTS["dq"]]
    text = """各科室、管理部：

    现将信息系统安全专题会议纪要发给你们，请
按要求抓好落实。

信息系统安全专题会议纪要

    2026年7月21日上午，常玉梅副主任主持召开信息系统
安全专题会议。现纪要如下：

    一、由信息科（初永辉）负责，完成核心业务系统
等保测评整改（完成时限：7月31日前（遇节假日顺
延））。
    二、由稽核审计科关英杰牵头，【会同信息科】对
系统账号权限进行全面清理（8月7日【周五】前）。
    三、办公室（那春艳）负责修订机房值班制度，于
7月24日（周五）前报中心领导审定。
    四、各管理部要于（本周五（7月24日）前）上报本
部门终端设备台账。
    五、信息科要尽快（原则上不晚于8月中旬）完成数
据备份恢复演练。

    会议强调，网络安全无小事，各部门要落实专人负责。

大庆市住房公积金管理中心办公室
2026年7月21日"""
    body = text_part("plain", text, "gb18030", "quoted-printable")
    hs = std(frm, to, cc, "信息系统安全专题会议纪要", d, "<6c0f2e9b.5a1d.19f9f3b2c84.Coremail.nachunyan@dqgjj.example.gov.cn>",
             cs="gb18030",
             pre=inbound(BOTS["dq"][1], DQ_MX, "nachunyan$dqgjj.example.gov.cn ( [10.12.4.31] )", "4GNx2c5LkRz5sD", d, frm[1]),
             post=[("X-Priority", "3"), ("X-Mailer", COREMAIL_XM + " gov"), ("X-Originating-IP", "[10.12.4.31]"),
                   ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", "AQAAfwD3dJ2Y0ppKZgMAAA--.6093W")])
    items = [
        Item("初永辉", "完成核心业务系统等保测评整改", ("2026-07-31", "abs")),
        Item("关英杰", "对系统账号权限进行全面清理", ("2026-08-07", "abs")),
        Item("那春艳", "修订机房值班制度，报中心领导审定", ("2026-07-24", "abs")),
        Item(None, "上报本部门终端设备台账", ("2026-07-24", "this:4")),
        Item(None, "完成数据备份恢复演练", vague=True, dept="信息科"),
    ]
    notes = ("Plain-text government minutes (Coremail, gb18030 QP) hard-wrapped at a fixed width, so items and their "
             "deadlines break across lines (even inside '遇节假日顺延' and '数据'). Deadlines sit in nested brackets: "
             "'（完成时限：7月31日前（遇节假日顺延））' -> 07-31 (a Friday, no shift needed); '（8月7日【周五】前）' -> 08-07; "
             "'7月24日（周五）前' -> 07-24; '（本周五（7月24日）前）' -> 07-24 with owner '各管理部' -> no_owner, department null; "
             "'尽快（原则上不晚于8月中旬）' -> vague_due (尽快, and 中旬 is vague by the corpus rule), owner 信息科 only -> "
             "no_owner, department 信息科. Sent Tue 2026-07-21. '会议强调…' is policy. AMBIGUOUS: item 5 could be given to "
             "初永辉 as head of 信息科 and to 08-20; the set keeps the written department and vague_due.")
    return Case(11019, "coremail-plain-nested-brackets-wrapped", "minutes", message(hs, body), items, None, notes,
                "Coremail plain gb18030 hard-wrapped gov minutes: deadlines in nested brackets （…（…））/【周五】, wrapped items")


def c11020():
    d = dstr(2026, 7, 27, 9, 40, 58)
    frm = P("余小川")
    to = [P("木丽娟"), P("丁思雨")]
    cc = [BOTS["xl"]]
    text = """木经理、丁经理：

前厅部周例会记录如下。

一、上周工作完成情况
1. 暑期房价已于7月20日调整完毕（木经理）。
2. 7月22日完成了消防通道标识更换，工程部已验收。
3. 行李房监控死角问题已处理，新增摄像头1个。
4. 上周客诉3起，均已在24小时内回复并关闭。

二、本周工作安排
1. 7月29日前完成各OTA渠道房态核对（余小川）
2. 与销售部确认8月团队房预留（木经理，本周三）
3. 8月团队名单请销售部丁经理周四前提供
4. 修订行李寄存登记表，8月1日前（余小川）

三、需协调事项
暂无。

余小川
前厅部"""
    html = html_doc(div_lines(text), "utf-8", font="宋体")
    body = multipart("alternative", [text_part("plain", text, "utf-8", "base64"),
                                     text_part("html", html, "utf-8", "base64")],
                     "----=_Part_41882_2064913375.1785116458112")
    hs = std(frm, to, cc, "前厅部周例会记录 0727", d, "<62f1a0c3.4e7b.19fc1b4a2d3.yuxiaochuan@xueling-hotel.example.cn>",
             pre=inbound(BOTS["xl"][1], XL_MX, "m16-38.qiye.netease.example.com (m16-38.qiye.netease.example.com "
                         "[123.126.96.38])", "4GQ3h07XcWz6tN", d, frm[1]),
             post=[("X-Priority", "3"), ("X-Mailer", "NetEase Qiye Mail Web 4.0"), ("X-NTES-SC", "AL_Qu2cAfuYt0Ep4yKe")])
    items = [
        Item("余小川", "完成各OTA渠道房态核对", ("2026-07-29", "abs")),
        Item("木丽娟", "与销售部确认8月团队房预留", ("2026-07-29", "this:2")),
        Item("丁思雨", "提供8月团队名单", ("2026-07-30", "wd:3")),
        Item("余小川", "修订行李寄存登记表", ("2026-08-01", "abs")),
    ]
    notes = ("Weekly department notes (NetEase enterprise webmail, UTF-8 base64) where section 一 reports finished work "
             "with dates ('已于7月20日调整完毕', '7月22日完成了…', '24小时内回复') -> reports, not items; only 二、本周工作安排 "
             "holds items. Sent Mon 2026-07-27. '7月29日前' -> 07-29; '本周三' -> 07-29; '周四前' -> 07-30; '8月1日前' -> "
             "08-01 (a Saturday, kept). 木经理 = 木丽娟, 销售部丁经理 = 丁思雨. No next meeting.")
    return Case(11020, "netease-qiye-done-reports-vs-new-items", "minutes", message(hs, body), items, None, notes,
                "NetEase enterprise mail: '上周工作完成情况' reports (not items) vs '本周工作安排'; 本周三/周四前/8月1日前")


def c11021():
    d = dstr(2026, 7, 29, 16, 45, 19)
    frm = P("栾月")
    to = [P("宫晓宁"), P("于海鹏")]
    cc = [P("Faisal Qureshi"), BOTS["sp"]]
    rows = [["No.", "Topic", "Action", "Owner", "Due", "Status"],
            ["1", "AP aging", "Chase supplier invoices older than 60 days", "Yvonne", "2026/7/31", "Open"],
            ["2", "Customs", "出口退税单证整理（6月出货）", "Nina", "月底", "Open"],
            ["3", "Steel bar", "Negotiate Q4 price with the 420J2 mill", "Nina Gong", "8/7", "Open"],
            ["4", "Budget", "Submit H2 capex request (polishing robot #2)", "Peter Yu", "2026/8/14", "Open"],
            ["5", "Audit", "Prepare documents for the statutory audit", "Yvonne", "TBD", "Open"],
            ["6", "Insurance", "Renew cargo insurance", "Nina", "2026/7/24", "Done"]]
    intro = "Hi all,\n\nAction list from today's finance & supply chain meeting (pasted from the tracker):\n"
    outro = "\nThanks,\nYvonne\n\n栾月 Yvonne Luan | Finance\nSialkot Precision Instruments (Weihai) Co., Ltd."
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    xl_rows = []
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        cells = "".join(f'<td class="{cls}" style="border:.5pt solid windowtext"' +
                        (' x:str' if c[:1].isdigit() and "/" in c else "") + f">{esc(c)}</td>" for c in r)
        xl_rows.append(f'<tr height="19" style="height:14.4pt">{cells}</tr>')
    table = ('<table border="0" cellpadding="0" cellspacing="0" width="760" style="border-collapse:collapse;width:570pt">\n'
             '<col width="40"><col width="90"><col width="330"><col width="90"><col width="100"><col width="70">\n' +
             "\n".join(xl_rows) + "\n</table>")
    style = ('<style>td.xl65{mso-number-format:"\\@";font-size:11.0pt;font-family:等线}'
             'td.xl66{font-weight:700;background:#D9E1F2;font-family:等线}</style>')
    html = html_doc(mso_paras(intro) + style + "\n" + table + "\n" + mso_paras(outro), "utf-8", "outlook")
    body = multipart("alternative", [text_part_q("plain", text, "utf-8", "base64"),
                                     text_part_q("html", html, "utf-8", "base64")],
                     "_000_SEYPR06MB6219B3D7E90C4F1A2B6D8E0FC51D2SEYPR06MB6219apcp_")
    mid = "<SEYPR06MB6219B3D7E90C4F1A2B6D8E0FC51D2@SEYPR06MB6219.apcprd06.prod.outlook.com>"
    hs = std(("Yvonne Luan", frm[1]), [("Nina Gong", to[0][1]), ("Peter Yu", to[1][1])],
             [("Faisal Qureshi", cc[0][1]), BOTS["sp"]], "Finance & SC meeting 29/7 - action list", d, mid,
             pre=inbound(BOTS["sp"][1], SP_MX, "APC01-SG2-obe.outbound.protection.outlook.com (mail-sgaapc01on2098.outbound."
                         "protection.outlook.com [40.107.215.98])", "4GQz8n2VdKz3mF", d, frm[1]),
             post=[("Thread-Topic", "Finance & SC meeting 29/7 - action list"),
                   ("Thread-Index", "AdzfJk7zL0c2mHc9QjS0bEv3p5a2Rg=="), ("Accept-Language", "zh-CN, en-US"),
                   ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    items = [
        Item("栾月", "Chase supplier invoices older than 60 days", ("2026-07-31", "abs")),
        Item("宫晓宁", "出口退税单证整理（6月出货）", ("2026-07-31", "me")),
        Item("宫晓宁", "Negotiate Q4 price with the 420J2 mill", ("2026-08-07", "abs")),
        Item("于海鹏", "Submit H2 capex request (polishing robot #2)", ("2026-08-14", "abs")),
        Item("栾月", "Prepare documents for the statutory audit", vague=True),
    ]
    notes = ("Table pasted from Excel into Outlook (x:str cells, mso-number-format, xl65/xl66 classes; text part is "
             "tab-separated). Mixed English/Chinese tasks. Sent Wed 2026-07-29. Due cells '2026/7/31', '月底' -> 07-31; "
             "'8/7' -> M/D 08-07 (not 8 July: the tracker is Chinese-locale and 8 July is weeks past); '2026/8/14' -> 08-14; "
             "'TBD' -> vague_due. Row 6 is 'Done' -> not an item. Yvonne = 栾月 (the sender), Nina/Nina Gong = 宫晓宁, "
             "Peter Yu = 于海鹏. AMBIGUOUS: '8/7' read day-first would be 8 July; the set takes month/day like the tracker's "
             "other dates.")
    return Case(11021, "m365-excel-pasted-action-table", "minutes", message(hs, body), items, None, notes,
                "Exchange Online table pasted from Excel (x:str, mso-number-format); 2026/7/31, 8/7, 月底, TBD; Done row")


def c11022():
    d = dstr(2026, 8, 3, 17, 20, 11)
    frm = P("邵振宇")
    to = [P("钱文博"), P("卞海燕"), P("戴立群"), P("韦国栋"), P("柏欣然")]
    cc = [P("管春雷"), BOTS["rf"]]
    rows = [["序号", "工作内容", "责任人", "完成时间", "备注"],
            ["1", "RF-50新船型概念设计汇报", "钱工", "8月14日", "含三维效果图"],
            ["2", "ISO 9001监督审核准备", "卞主管", "8月20日前", ""],
            ["3", "与柚木供应商签订年度框架协议", "戴经理", "下周五", "价格按7月谈判结果"],
            ["4", "高温期间车间作业时间调整方案", "韦经理", "明天", "11:00-15:00停止露天作业"],
            ["5", "整理Pontica二期订单付款节点", "柏经理", "8月7日（周五）前", ""],
            ["6", "客户回访报告", "售后服务部", "8月底", ""]]
    intro = "各位：\n\n今天总经理办公会议定事项如下：\n"
    outro = "\n下次总经理办公会：8月17日（周一）下午5点。\n\n邵振宇"
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    trs = []
    for i, r in enumerate(rows):
        tds = "".join(f'<td width="120" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                      f'<p class="MsoNormal">{"<b>" if i == 0 else ""}<span style="font-family:宋体">{esc(c)}</span>'
                      f'{"</b>" if i == 0 else ""}<o:p></o:p></p></td>' for c in r)
        trs.append(f"<tr>{tds}</tr>")
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
             'border:none">\n' + "\n".join(trs) + "\n</table>")
    html = html_doc(mso_paras(intro) + "\n" + table + "\n" + mso_paras(outro), "gb2312", "outlook")
    body = multipart("alternative", [text_part_q("plain", text, "gb2312", "base64"),
                                     text_part_q("html", html, "gb2312", "quoted-printable")],
                     "----=_NextPart_000_0078_01DD2334.8C6A0F10", preamble="This is a multipart message in MIME format.")
    hs = std(frm, to, cc, "总经理办公会议定事项（8月3日）", d, "<007801dd2334$8c6a0f10$a53e2d30$@runfan-yacht.example.cn>",
             cs="gb2312",
             pre=inbound(BOTS["rf"][1], RF_MX, "SHAOZY-PC (unknown [192.168.10.12])", "4GSr0b6PnYz9vJ", d, frm[1]),
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdwjNIxqDxClPi0wQyK7aZ1n8oGm3g=="),
                   ("Content-Language", "zh-cn")])
    items = [
        Item("钱文博", "RF-50新船型概念设计汇报", ("2026-08-14", "abs")),
        Item("卞海燕", "ISO 9001监督审核准备", ("2026-08-20", "abs")),
        Item("戴立群", "与柚木供应商签订年度框架协议", ("2026-08-14", "next:4")),
        Item("韦国栋", "高温期间车间作业时间调整方案", ("2026-08-04", "d:1")),
        Item("柏欣然", "整理Pontica二期订单付款节点", ("2026-08-07", "abs")),
        Item(None, "客户回访报告", ("2026-08-31", "me"), dept="售后服务部"),
    ]
    notes = ("Outlook gb2312 with a table pasted from Word (MsoTableGrid, <o:p>), owners only by title: 钱工 = 钱文博, "
             "卞主管 = 卞海燕, 戴经理 = 戴立群, 韦经理 = 韦国栋, 柏经理 = 柏欣然; 售后服务部 -> no_owner with department. Sent "
             "Mon 2026-08-03. '8月14日' -> 08-14; '8月20日前' -> 08-20; '下周五' -> 08-14; '明天' -> 08-04; '8月7日（周五）前' -> "
             "08-07; '8月底' -> 08-31. The 备注 '11:00-15:00停止露天作业' is a rule, not a due time. Next meeting '8月17日（周一）"
             "下午5点' -> 2026-08-17 17:00.")
    return Case(11022, "outlook-gb2312-word-table-title-owners", "minutes", message(hs, body), items,
                ("2026-08-17", "abs", "17:00"), notes,
                "Outlook gb2312 Word-pasted MsoTableGrid, owners by title only (钱工/卞主管/戴经理/韦经理/柏经理); 下周五/明天/8月底")


def c11023():
    d = dstr(2026, 8, 5, 11, 40, 27)
    frm = P("那春艳")
    to = [P("富德明"), P("鞠红梅"), P("臧丽娟"), P("初永辉")]
    cc = [P("房德胜"), BOTS["dq"]]
    text = """各科室：

8月5日（周三）上午9:30，房德胜主任主持召开业务调度会，现将议定事项通报如下：

1. 缴存基数年度调整业务，归集管理科（富德明）月底前全部办结。
2. 组合贷款试点数据统计，贷款管理科（鞠红梅）下周一前报中心领导。
3. 二季度资金运作情况报告，财务核算科（臧丽娟）8月10日前提交。
4. 让胡路大厅2台自助终端故障，信息科（初永辉）2个工作日内排查修复。

下次调度会于下周三同一时间在四楼会议室召开，请各科室负责人准时参加。

中心办公室
2026年8月5日"""
    html = html_doc(mso_paras(text), "gb2312", "outlook")
    body = multipart("alternative", [text_part_q("plain", text, "gb2312", "base64"),
                                     text_part_q("html", html, "gb2312", "base64")],
                     "----=_NextPart_000_0015_01DD24B6.2F91C8A0", preamble="This is a multipart message in MIME format.")
    hs = std(frm, to, cc, "业务调度会议定事项通报（8月5日）", d, "<001501dd24b6$2f91c8a0$8eb559e0$@dqgjj.example.gov.cn>",
             cs="gb2312",
             pre=inbound(BOTS["dq"][1], DQ_MX, "NACY-PC (unknown [10.12.4.31])", "4GTf6m1WqBz5sL", d, frm[1]),
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdwktpY1xC7f0hV8R1qzGm3f4a9Lbw=="),
                   ("Content-Language", "zh-cn")])
    items = [
        Item("富德明", "缴存基数年度调整业务全部办结", ("2026-08-31", "me")),
        Item("鞠红梅", "组合贷款试点数据统计报中心领导", ("2026-08-10", "next:0")),
        Item("臧丽娟", "提交二季度资金运作情况报告", ("2026-08-10", "abs")),
        Item("初永辉", "排查修复让胡路大厅2台自助终端故障", ("2026-08-07", "wk:2")),
    ]
    notes = ("Outlook gb2312 (text and HTML both base64) dispatch-meeting notice. Sent Wed 2026-08-05 about the meeting "
             "held that morning at 9:30. '月底前' -> 08-31; '下周一前' -> 08-10; '8月10日前' -> 08-10; '2个工作日内' -> 08-06, "
             "08-07 -> 08-07. The next meeting is a sentence: '下次调度会于下周三同一时间' = next week's Wednesday at the "
             "meeting's own time 9:30 -> follow-up 2026-08-12 09:30.")
    return Case(11023, "outlook-gb2312-next-meeting-same-time-sentence", "minutes", message(hs, body), items,
                ("2026-08-12", "next:2", "09:30"), notes,
                "Outlook gb2312 gov notice; next meeting as a sentence '下周三同一时间' (time from the meeting line); 2个工作日内")


def c11024():
    d = dstr(2026, 8, 6, 15, 20, 33)
    frm = P("普建国")
    to = [P("施玉兰"), P("习文涛"), P("彭晓雯")]
    cc = [P("和志华"), BOTS["xl"]]
    lines = ["各位：", "", "今天餐饮部食品安全检查会的情况和分工如下：", "",
             "<b>检查发现</b>", "1. 冷库温度记录仍是手写，有漏记。", "2. 后厨排烟罩油污较重。",
             "3. 洗碗间排水管渗漏。", "",
             "<b>分工</b>",
             "① 冷库温度记录表改成电子版——普建国，尽快",
             "② 后厨排烟罩清洗——餐饮部，近期安排",
             "③ 7月食材采购对账单核对——施玉兰，本周内",
             "④ 更换洗碗间排水管——习文涛，时间待定（等配件到货）",
             "⑤ 全员食品安全培训——彭晓雯，8月12日", "",
             "即日起后厨交接班必须填写《食品留样记录》。", "", "普建国", "餐饮部 行政总厨"]
    inner = "\n".join(f"<div>{l if l.startswith('<b>') else esc(l)}</div>" if l else "<div><br></div>" for l in lines)
    html = html_doc(inner, "utf-8", font="微软雅黑")
    body = text_part("html", html, "utf-8", "base64")
    hs = std(frm, to, cc, "餐饮部食品安全检查会纪要", d, "<d7e3b9a2-6c41-4f5e-8b0a-91c2f4e7a305.pujianguo@xueling-hotel.example.cn>",
             pre=inbound(BOTS["xl"][1], XL_MX, "out30-98.freemail.mail.aliyun.example.com (out30-98.freemail.mail.aliyun."
                         "example.com [115.124.30.98])", "4GTz4k8SmPz6tH", d, frm[1]),
             post=[("X-Mailer", "Alimail Web 3.0"), ("X-Priority", "3")])
    items = [
        Item("普建国", "冷库温度记录表改成电子版", vague=True),
        Item(None, "后厨排烟罩清洗", vague=True, dept="餐饮部"),
        Item("施玉兰", "7月食材采购对账单核对", ("2026-08-09", "week")),
        Item("习文涛", "更换洗碗间排水管", vague=True),
        Item("彭晓雯", "全员食品安全培训", ("2026-08-12", "abs")),
    ]
    notes = ("Single-part text/html (no plain alternative) from Alimail web. Findings are facts; the ①–⑤ 分工 lines are "
             "the items. Sent Thu 2026-08-06. '尽快' and '近期安排' -> vague_due; '餐饮部' alone -> no_owner, department "
             "餐饮部; '本周内' -> Sunday 08-09 (research policy); '时间待定（等配件到货）' -> vague_due; '8月12日' -> 08-12. "
             "'即日起…必须填写' is a standing rule, not an item. AMBIGUOUS: '本周内' may be read as Friday 08-07.")
    return Case(11024, "alimail-html-only-vague-deadlines", "minutes", message(hs, body), items, None, notes,
                "Alimail single-part text/html: 尽快/近期/本周内/时间待定; department-only owner; 即日起 rule not an item")


def cases():
    return [c11017(), c11018(), c11019(), c11020(), c11021(), c11022(), c11023(), c11024()]
