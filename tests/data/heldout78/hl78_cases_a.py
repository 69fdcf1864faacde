"""Cases 10601-10609: 十堰武当传动轴 (Shiyan, Hubei) and its Kenyan distributor Tsavo Motor Spares (Mombasa)."""
import html as H

from hl78_common import (I, NF, P, addr, ew, alist, attach, case, dept, ext, message, multi, rfcdate, received, text,
                         make_docx)
import datetime as dt

BOT = ("纪要助手", "minutes@wdds.example.cn")
GRACE = ("Grace Wanjiru", "grace.wanjiru@tsavo-spares.example.co.ke")
OTIENO = ("Otieno Ouma", "otieno.ouma@tsavo-spares.example.co.ke")


def outlook_html(paras, charset, lang="ZH-CN"):
    body = []
    for p in paras:
        if p.startswith("<"):
            body.append(p)
        else:
            body.append('<p class=MsoNormal><span lang=%s style=\'font-family:"微软雅黑",sans-serif\'>%s'
                        '<o:p></o:p></span></p>' % (lang, H.escape(p) if p else "&nbsp;"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>'
            '</head>\n<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            '\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n' % (charset, "\n".join(body)))


def wd_received(date, ip="10.20.1.%d", n=35, rid="4ZKc1t0Jq2z9"):
    return received("WD-PC%03d" % n, ip % n, "mail.wdds.example.cn", rid, BOT[1], date)


# ------------------------------------------------------------------ 10601
@case(10601, "wd-production-coord-outlook-gb2312-title-owners", "minutes",
      "Outlook zh-CN gb2312 (text base64 + html QP) 生产技术协调会 on the Tuesday after 清明: owners only by title "
      "(黄工/邓主管/付主管/柯班长); 3个工作日内, 本周五前, 下周二前, 月底前; dept-only 技术部 with 时间待定; 情况通报 lines "
      "are reports; next meeting '下周二同一时间' (time from the meeting line)")
def c10601():
    date = rfcdate(2026, 4, 7, 16, 20, 31)
    lines = [
        "各位：",
        "",
        "今天下午14:30在三楼会议室召开生产技术协调会，纪要如下，请各位按分工落实。",
        "参会：田勇、黄志刚、邓秀英、付晓燕、柯明；列席：吴磊",
        "",
        "一、情况通报",
        "1. 3月份万向节总成一次交检合格率97.6%，较2月提高0.8个百分点。",
        "2. 清明假期二车间停线检修已完成，今天起恢复两班生产。",
        "",
        "二、议定事项",
        "1. 十字轴热处理变形问题，由黄工牵头出具十字轴热处理变形分析报告，3个工作日内完成。",
        "2. 邓主管本周五前组织对库存T2批次花键轴全检，结果发群里。",
        "3. 付主管联系钢管供应商确认5月份45#钢管到货计划，下周二前回复。",
        "4. 柯班长负责二车间平衡机点检表重新修订，月底前交生产部。",
        "5. 工装夹具快换改造方案由技术部负责（吴工配合），时间待定。",
        "",
        "三、下次会议",
        "下周二同一时间，地点不变，不再另行通知。",
        "",
        "田勇",
        "生产部",
        "十堰武当传动轴有限公司  电话：0719-8826xxx",
    ]
    plain = "\r\n".join(lines) + "\r\n"
    part = multi("alternative", [
        text(plain, "plain", "gb2312", "base64"),
        text(outlook_html(lines, "gb2312"), "html", "gb2312", "quoted-printable"),
    ], "----=_NextPart_000_0015_01DCC64A.7D2E1B40", preamble="This is a multipart message in MIME format.")
    hs = [
        ("Return-Path", "<tianyong@wdds.example.cn>"),
        wd_received(date, n=35),
        ("From", addr("田勇", "tianyong@wdds.example.cn", "gb2312")),
        ("To", alist([P("黄志刚"), P("邓秀英"), P("付晓燕"), P("柯明")], "gb2312")),
        ("Cc", alist([P("周建军"), P("吴磊"), BOT], "gb2312")),
        ("Subject", ew("生产技术协调会会议纪要（4月7日）", "gb2312")),
        ("Date", date),
        ("Message-ID", "<000001dcc64a$7d2e1b40$77ba51c0$@wdds.example.cn>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzGSnWq0l3kTz1nRm2Gq8r3b0c9Kg=="),
        ("Content-Language", "zh-cn"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("黄志刚", "出具十字轴热处理变形分析报告", "2026-04-10", "wd:3"),
        I("邓秀英", "组织对库存T2批次花键轴全检", "2026-04-10", "this:4"),
        I("付晓燕", "联系钢管供应商确认5月份45#钢管到货计划", "2026-04-14", "next:1"),
        I("柯明", "二车间平衡机点检表重新修订", "2026-04-30", "me"),
        I(dept("技术部"), "工装夹具快换改造方案", None, "vague"),
    ]
    notes = ("Sent Tue 2026-04-07, the first working day after 清明 (04-04..06). Owners appear only as titles: "
             "黄工=黄志刚, 邓主管=邓秀英, 付主管=付晓燕, 柯班长=柯明 (roster aliases). 3个工作日内 counts 04-08, 04-09, "
             "04-10 -> 2026-04-10; 本周五前 -> 04-10; 下周二前 -> 04-14; 月底前 -> 04-30. Item 5 is owned by the "
             "department 技术部 ('吴工配合' is support, not ownership) -> owner null, department 技术部, 时间待定 -> "
             "vague_due. 情况通报 lines (合格率, 检修已完成) are reports, not items. '下周二同一时间' = 2026-04-14 at the "
             "meeting time given in the body (14:30). Subject is gb2312 B-encoded; the HTML is Word-generated.")
    return {"eml": eml, "items": items, "next": NF("2026-04-14", "next:1", "14:30"), "notes": notes}


# ------------------------------------------------------------------ 10602
@case(10602, "wd-english-m365-distributor-ai-lines", "minutes",
      "Microsoft 365 English minutes to the Kenyan distributor: 'AI: X to …' lines; owners via aliases (Cathy, Leo, "
      "Sherry, Sean) and To display names (Otieno, Grace); by Fri 17 Apr / by Monday / by April 22 / ASAP / no date / "
      "by next Friday; next check-in in two time zones")
def c10602():
    date = rfcdate(2026, 4, 16, 10, 12, 40)
    body = """Hi Grace, Otieno,

Thanks for the call yesterday. Notes and actions below - shout if I missed anything.

Attendees: Grace Wanjiru, Otieno Ouma (Tsavo Motor Spares); Sean Chen, Cathy Liu, Leo Wu, Sherry Deng (Wudang)

Discussion
- Q2 order: 1,800 pcs across 14 part numbers; Tsavo wants the Isuzu NPR shafts prioritised for the May vessel.
- Two field returns from Mombasa (WD-PS-2231): noise at around 60 km/h. Otieno's team suspects the installation angle rather than the part.
- Payment terms stay at 30% T/T deposit, balance against the B/L copy.

Actions
AI: Cathy to send the revised PI with the split shipment by Fri 17 Apr.
AI: Otieno to send photos and the VIN list of the two returned shafts by Monday.
AI: Leo to check the phasing of WD-PS-2231 against the drawing, report by April 22.
AI: Sherry to open an 8D for the field returns - target ASAP.
AI: Grace to confirm the forwarder for the May vessel.
AI: Sean to circulate the updated price list by next Friday.

Next check-in: Thursday 23 April, 3:00 pm Beijing / 10:00 am Mombasa, same Teams link.

Best regards,
Sean Chen \u9648\u601d\u8fdc
Export Manager | Shiyan Wudang Driveshaft Co., Ltd.
Tel +86 719 882 6xxx
"""
    paras = body.split("\n")
    part = multi("alternative", [
        text(body.replace("\n", "\r\n"), "plain", "utf-8", "quoted-printable"),
        text(outlook_html(paras, "utf-8", "EN-US"), "html", "utf-8", "quoted-printable"),
    ], "_000_SEYPR06MB62141B7C3D2A4F0E9B8C6A51A1B92SEYPR06MB6214apcp_")
    hs = [
        ("Return-Path", "<chensiyuan@wdds.example.cn>"),
        received("SEYPR06MB6214.apcprd06.prod.outlook.example.com", "40.107.255.61", "mail.wdds.example.cn",
                 "4ZM1qK3bP7z1", BOT[1], date),
        ("From", "Sean Chen <chensiyuan@wdds.example.cn>"),
        ("To", "Grace Wanjiru <grace.wanjiru@tsavo-spares.example.co.ke>,\n Otieno Ouma "
               "<otieno.ouma@tsavo-spares.example.co.ke>"),
        ("CC", "Cathy Liu <liuqian@wdds.example.cn>, Leo Wu <wulei@wdds.example.cn>,\n Sherry Deng "
               "<dengxiuying@wdds.example.cn>, " + addr(*BOT)),
        ("Subject", "Minutes: Tsavo / Wudang Q2 order review (15 Apr)"),
        ("Thread-Topic", "Minutes: Tsavo / Wudang Q2 order review (15 Apr)"),
        ("Thread-Index", "AdzNQz1y8w0s7b5eQyC3x0m2l9kD4Q=="),
        ("Date", date),
        ("Message-ID", "<SEYPR06MB62141B7C3D2A4F0E9B8C6A51A1B92@SEYPR06MB6214.apcprd06.prod.outlook.example.com>"),
        ("Accept-Language", "en-US, zh-CN"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("刘倩", "send the revised PI with the split shipment", "2026-04-17", "abs:2026-04-17"),
        I(ext(*OTIENO), "send photos and the VIN list of the two returned shafts", "2026-04-20", "wk:0"),
        I("吴磊", "check the phasing of WD-PS-2231 against the drawing", "2026-04-22", "abs:2026-04-22"),
        I("邓秀英", "open an 8D for the field returns", None, "vague"),
        I(ext(*GRACE), "confirm the forwarder for the May vessel", None, "none"),
        I("陈思远", "circulate the updated price list", "2026-04-24", "next:4"),
    ]
    notes = ("Sent Thu 2026-04-16 10:12 +0800. 'AI: X to …' lines. Cathy=刘倩, Leo=吴磊, Sherry=邓秀英, Sean=陈思远 "
             "(roster aliases); Otieno and Grace resolve through the To display names (external, department null). "
             "'by Fri 17 Apr' -> 04-17; 'by Monday' -> next Monday 04-20; 'by April 22' -> 04-22; 'target ASAP' -> "
             "vague_due; Grace's item has no date -> no_due; 'by next Friday' -> Friday of next week 04-24 (policy). "
             "'Next check-in: Thursday 23 April, 3:00 pm Beijing / 10:00 am Mombasa' -> 2026-04-23 15:00 (Beijing). "
             "Discussion bullets (quantities, payment terms) are not items.")
    return {"eml": eml, "items": items, "next": NF("2026-04-23", "abs:2026-04-23", "15:00"), "notes": notes}


# ------------------------------------------------------------------ 10603
@case(10603, "wd-tech-weekly-foxmail-gbk-by-person-mayday", "minutes",
      "Foxmail GBK base64 minutes grouped by person with ①② sub-tasks, the writer's own '我自己' block; 节前 / 节后第一天 "
      "around 劳动节 (05-01..05); 5个工作日内 ends on the 05-09 make-up Saturday; 已完成 block is status; next 例会 date")
def c10603():
    date = rfcdate(2026, 4, 29, 17, 5, 12)
    body = """各位好，
技术部本周例会纪要如下，按人列一下，五一前后的安排大家注意。

吴工：
  ① 十字轴新供应商样件的硬度、金相复检，节前出结果；
  ② WD-PS-2231相位角图纸更改单，节后第一天提交。
柯班长（生产配合）：
  ① 新平衡机试运行记录整理好交给吴工，5个工作日内。
邓主管：
  ① 质量部出一份3月、4月的售后退件统计，月底前。
我自己：
  ① 跟周总汇报高速动平衡线投资预算，5月8日前。

已完成（不用再跟）：
  - 花键轴全检报告，4月10日邓主管已提交。
  - 45#钢管5月到货计划，付主管已确认。

下次例会：5月6日（周三）上午9点，技术部小会议室。

黄志刚
技术部
"""
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\"><style>body { line-height:"
           " 1.5; }body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); }</style></head>"
           "<body>\n" + "".join("<div>%s</div>\n" % (H.escape(x).replace("  ", "&nbsp;&nbsp;") or "<br>")
                               for x in body.split("\n")) +
           "<div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">\n"
           "<div><span><div style=\"MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt\"><div>huangzhigang@wdds.example"
           ".cn</div></div></span></div>\n</body></html>\n")
    part = multi("alternative", [
        text(body.replace("\n", "\r\n"), "plain", "GBK", "base64"),
        text(htm, "html", "GBK", "base64"),
    ], "----=_001_NextPart261538124106_=----", preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Return-Path", "<huangzhigang@wdds.example.cn>"),
        wd_received(date, n=61, rid="4ZNbT51Yd3z4"),
        ("Date", date),
        ("From", addr("黄志刚", "huangzhigang@wdds.example.cn", "GBK")),
        ("To", alist([P("吴磊"), P("柯明"), P("邓秀英")], "GBK")),
        ("Cc", alist([P("周建军"), BOT], "GBK")),
        ("Subject", ew("技术部周会纪要（4.29）", "GBK")),
        ("X-Priority", "3"),
        ("X-GUID", "5B8E1C2A-7D44-4F0B-9E61-2A9C3D7F1E08"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202604291705117063621@wdds.example.cn>"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("吴磊", "十字轴新供应商样件的硬度、金相复检", "2026-04-30", "holbefore:Labour Day"),
        I("吴磊", "WD-PS-2231相位角图纸更改单", "2026-05-06", "holafter:Labour Day"),
        I("柯明", "新平衡机试运行记录整理好交给吴工", "2026-05-09", "wd:5"),
        I("邓秀英", "出一份3月、4月的售后退件统计", "2026-04-30", "me"),
        I("黄志刚", "跟周总汇报高速动平衡线投资预算", "2026-05-08", "abs:2026-05-08"),
    ]
    notes = ("Sent Wed 2026-04-29. Minutes grouped by person: 吴工=吴磊, 柯班长=柯明, 邓主管=邓秀英, '我自己' = the "
             "writer 黄志刚 (From). 节前 = last working day before 劳动节 (05-01..05) = 04-30; 节后第一天 = 05-06; "
             "5个工作日内 counts 04-30, 05-06, 05-07, 05-08 and the make-up Saturday 05-09 -> 2026-05-09; 月底前 -> "
             "04-30; 5月8日前 -> 05-08. The 已完成 block is status, not items. '跟周总汇报' names 周总 as the audience, "
             "not the owner. Next 例会 '5月6日（周三）上午9点' -> 2026-05-06 09:00. Foxmail GBK base64, GBK-encoded names.")
    return {"eml": eml, "items": items, "next": NF("2026-05-06", "abs:2026-05-06", "09:00"), "notes": notes}


# ------------------------------------------------------------------ 10604
@case(10604, "wd-quality-issue-table-docx-attachment", "minutes",
      "Outlook UTF-8 short body, the minutes are a .docx with the seed 问题协调解决记录表: 5月15日前, 24小时内 (counted "
      "from the Date header, gives due_time), 下周三; a 已解决 row is status; 下次会议另行通知")
def c10604():
    date = rfcdate(2026, 5, 11, 10, 5, 0)
    rows = [
        ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
         "实际解决时间", "解决方案"],
        ["QR-2605-01", "肯尼亚客户两件传动轴60km/h异响", "刘倩", "4月15日", "高", "出口肯尼亚批次", "技术部", "吴工",
         "5月15日前", "-", "复核相位角并出具分析报告"],
        ["QR-2605-02", "库存同批次产品存在同类风险", "邓秀英", "5月9日", "高", "库存320件", "质量部", "邓秀英",
         "24小时内", "-", "库存同批次产品隔离并挂待处理标识"],
        ["QR-2605-03", "客户要求正式8D回复", "刘倩", "5月9日", "中", "客户关系", "质量部", "邓秀英", "下周三", "-",
         "编写8D报告并经外贸部发客户"],
        ["QR-2605-04", "装配工艺卡未写明中间支承安装角度", "田勇", "5月6日", "中", "二车间", "生产部", "田勇",
         "5月8日", "5月8日（已解决）", "已更新工艺卡并培训"],
    ]
    docx = make_docx([
        ("h", "售后退件问题协调会会议纪要"),
        ("p", "时间：2026年5月9日（周六）14:00    地点：质量部会议室"),
        ("p", "参加人员：邓秀英、黄志刚、吴磊、田勇、刘倩"),
        ("p", "一、问题协调解决记录表"),
        ("t", rows),
        ("p", "二、其他：下次会议时间另行通知。"),
        ("p", "记录：邓秀英"),
    ], dt.datetime(2026, 5, 9, 16, 30))
    body = ("各位好：\r\n\r\n5月9日（周六）质量问题协调会的纪要见附件，请各责任人按时完成，其中隔离那一项比较急。\r\n\r\n"
            "邓秀英\r\n质量部\r\n")
    alt = multi("alternative", [
        text(body, "plain", "utf-8", "base64"),
        text(outlook_html(body.replace("\r\n", "\n").split("\n"), "utf-8"), "html", "utf-8", "base64"),
    ], "_000_TYZPR03MB71086E2F9D1C4B5A8E7F3C20TYZPR03MB7108apcp_")
    part = multi("mixed", [alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       "售后退件问题协调会纪要0509.docx")],
                 "_004_TYZPR03MB71086E2F9D1C4B5A8E7F3C20TYZPR03MB7108apcp_")
    hs = [
        ("Return-Path", "<dengxiuying@wdds.example.cn>"),
        wd_received(date, n=47, rid="4ZQy0n1Hc2z6"),
        ("From", addr("邓秀英", "dengxiuying@wdds.example.cn")),
        ("To", alist([P("吴磊"), P("田勇"), P("刘倩")])),
        ("Cc", alist([P("黄志刚"), P("周建军"), BOT])),
        ("Subject", ew("【纪要】售后退件问题协调会（5月9日）")),
        ("Date", date),
        ("Message-ID", "<TYZPR03MB71086E2F9D1C4B5A8E7F3C20@TYZPR03MB7108.apcprd03.prod.outlook.example.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "zh-CN"),
        ("X-MS-Has-Attach", "yes"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("吴磊", "复核相位角并出具分析报告", "2026-05-15", "abs:2026-05-15"),
        I("邓秀英", "库存同批次产品隔离并挂待处理标识", "2026-05-12", "h:24", "10:05"),
        I("邓秀英", "编写8D报告并经外贸部发客户", "2026-05-20", "next:2"),
    ]
    notes = ("Sent Mon 2026-05-11 10:05; the meeting was Sat 05-09 (a make-up working day). The minutes live in the "
             ".docx (seed 问题协调解决记录表): the task is the 解决方案 cell, the owner the 责任人 cell (吴工=吴磊). "
             "5月15日前 -> 05-15. '24小时内' counts from the Date header (corpus convention) -> 2026-05-12 10:05 "
             "(AMBIGUOUS: a reader could count from the meeting on 05-09; the bot only knows the mail time). 下周三 -> "
             "05-20. Row QR-2605-04 is 已解决 with an actual date -> status, not an item. '下次会议时间另行通知' -> "
             "no follow-up.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}
