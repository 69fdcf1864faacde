"""heldout65 cases 9327-9330: 洛阳嵩岳耐火材料 (state-controlled refractories maker) and its Romanian customer."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, hx, esc,
                     msgid_outlook, thread_index, outlook_html, mso_p, html_paras, text_table)
from h65_roster import who, bot

DOM = "songyue-nc.example.cn"
BOT = bot("S")


@case(9327, "s-outlook-utf8-nested-brackets", "minutes",
      "Outlook UTF-8 QP 技术评审会纪要: deadlines inside nested brackets （牛工负责，【6月5日（周五）前】完成）, "
      "（截止：下周三（6月10日））, （（7月上旬））提交, 【如…则顺延，另行通知】; a 评审结论 with a date")
def c9327():
    t = T("2026-06-01 16:30:44")
    txt = """各位：

今天下午镁碳砖抗氧化改进技术评审会纪要如下，请各位按分工推进。

一、评审结论
同意将抗氧化剂由金属铝粉调整为铝镁合金粉+碳化硼复合方案，中试配方按技术中心6月1日版执行。

二、后续工作
1. 中试配方压制与理化检测（牛工负责，【6月5日（周五）前】完成，检测项目含高温抗折、抗氧化性）；
2. 中试排产（翟丽娜负责；截止：下周三（6月10日））；
3. 罗马尼亚客户现场使用跟踪方案（屈总工牵头，国际贸易部配合，（7月上旬）提交）；
4. 碳化硼供应商资质审核（靳涛，6月12日前【如6月8日样品未到则顺延，另行通知】）。

技术中心
屈红军
"""
    inner = "\n".join(mso_p(x) for x in txt.split("\n"))
    body = multi("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                 leaf("text/html", outlook_html(inner, "utf-8"), "utf-8", "quoted-printable")],
                 "----=_NextPart_000_0009_01DCF1C2.5E8A3D20")
    hdr = deliver(BOT[1], who("屈红军")[1], t, 9327, "QUHJ-PC", "172.20.6.15") + [
        ("From", addr("屈红军", "utf-8")), ("To", addrs(["牛晓峰", "翟丽娜", "靳涛", "常艳"], "utf-8")),
        ("Cc", addrs(["郜振华", "姬永强", BOT], "utf-8")),
        ("Subject", ew("镁碳砖抗氧化改进技术评审会纪要", "utf-8")), ("Date", rfc_date(t)),
        ("Message-ID", msgid_outlook(9327, DOM)), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index(9327)), ("Content-Language", "zh-cn")]
    items = [I("牛晓峰", "中试配方压制与理化检测", "2026-06-05", ("abs", "2026-06-05")),
             I("翟丽娜", "中试排产", "2026-06-10", ("next", 2)),
             I("屈红军", "罗马尼亚客户现场使用跟踪方案", None, ("vague",)),
             I("靳涛", "碳化硼供应商资质审核", "2026-06-12", ("abs", "2026-06-12"))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Deadlines sit inside nested brackets. Sent Mon 2026-06-01. ① 牛工 = 牛晓峰, 【6月5日（周五）前】 -> "
                     "2026-06-05. ② '截止：下周三（6月10日）' -> 2026-06-10 (both readings agree). ③ 屈总工 = 屈红军 leads "
                     "(国际贸易部 only assists), '（7月上旬）' -> no date, vague_due (like 中旬). ④ 6月12日前 with a "
                     "conditional postponement in 【】 -> 2026-06-12 as written. The 评审结论 (with '6月1日版') is a decision."}


@case(9328, "s-m365-romanian-customer-action-lines", "minutes",
      "Microsoft 365 English minutes from the Romanian steel customer (Date +0300): 'Action: X – task – due' lines; "
      "by 12 June / by next Friday (lands on 端午 06-19) / Friday / TBD for 'Both teams' / within 5 working days; "
      "'Next call: 24 June, 10:00 EEST (15:00 Beijing)'")
def c9328():
    t = T("2026-06-10 10:20:15", 3)
    txt = """Dear all,

Please find below the minutes of today's video call.

Minutes – video call Oțelăria Dunărea / Songyue Refractories, 10 June 2026
Participants: Andrei Popescu, Ioana Stan (Oțelăria Dunărea); Yvonne Chang, Raymond Lei, Niu Xiaofeng (Songyue)

Discussion
- Slag-line wear on ladle no. 4 reached 38 mm after 62 heats, above the 30 mm target.
- Songyue presented the new antioxidant recipe; trial bricks can ship with the July lot.

Action: Yvonne Chang – send the revised MgO-C brick datasheet (new antioxidant) – by 12 June
Action: Raymond – confirm the container booking for the July shipment – by next Friday
Action: Andrei Popescu – send the ladle lining drawings rev. C – Friday
Action: Both teams – agree a joint trial plan for ladle no. 4 – TBD
Action: Niu Xiaofeng – share the post-mortem analysis of the returned bricks – within 5 working days

Next call: 24 June, 10:00 EEST (15:00 Beijing).

Best regards,
Andrei Popescu
Refractory Engineer, Oțelăria Dunărea SA, Galați
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div class="elementToProof" style="font-family:Aptos,Arial;font-size:12pt">' +
            "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in txt.rstrip().split("\n")) +
            "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", txt, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 f"_000_VI1PR08MB{hx(9328, 10).upper()}VI1PR08MB_")
    hdr = [("Return-Path", f"<{who('Andrei Popescu')[1]}>"), ("Delivered-To", BOT[1]),
           ("Received", "from EUR05-VI1-obe.outbound.protection.outlook.example.com (mail-vi1eur05on2101.outbound."
                        "protection.outlook.example.com [40.107.21.101])\n\tby mx.songyue-nc.example.cn (Postfix) with ESMTPS "
                        f"id {hx(9328, 11).upper()}\n\tfor <{BOT[1]}>; Wed, 10 Jun 2026 15:20:21 +0800 (CST)"),
           ("From", addr("Andrei Popescu", quote=False)),
           ("To", ", ".join([addr(("Yvonne Chang", who("常艳")[1]), quote=False),
                             addr(("Raymond Lei", who("雷鸣")[1]), quote=False),
                             addr(("Niu Xiaofeng", who("牛晓峰")[1]), quote=False)])),
           ("CC", addr("Ioana Stan", quote=False) + ", " + addr(BOT, quote=False)),
           ("Subject", "Minutes - video call 10 June (ladle lining trial)"),
           ("Thread-Topic", "Minutes - video call 10 June (ladle lining trial)"), ("Thread-Index", thread_index(9328)),
           ("Date", rfc_date(t)),
           ("Message-ID", f"<VI1PR08MB{hx(9328, 12).upper()}{hx(93281, 6).upper()}@VI1PR08MB{hx(93282, 4).upper()}"
                          ".eurprd08.prod.outlook.example.com>"),
           ("Accept-Language", "ro-RO, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0")]
    items = [I("常艳", "send the revised MgO-C brick datasheet (new antioxidant)", "2026-06-12", ("abs", "2026-06-12")),
             I("雷鸣", "confirm the container booking for the July shipment", "2026-06-19", ("next", 4)),
             I("Andrei Popescu", "send the ladle lining drawings rev. C", "2026-06-12", ("wd", 4)),
             I(None, "agree a joint trial plan for ladle no. 4", None, ("vague",)),
             I("牛晓峰", "share the post-mortem analysis of the returned bricks", "2026-06-17", ("work", 5))]
    return {"eml": message(hdr, body), "items": items,
            "followup": F("2026-06-24", "15:00", ("tz", "2026-06-24 10:00", 3)),
            "notes": "Minutes written by the customer (Romania, Date +0300 = 15:20 Wed 2026-06-10 in Shanghai). Yvonne Chang "
                     "= 常艳, 'by 12 June'. Raymond = 雷鸣, AMBIGUOUS: 'by next Friday' read by policy as Friday of next week, "
                     "2026-06-19 — a Chinese holiday (端午), kept as written; 'this coming Friday' 06-12 is the other "
                     "reading. Andrei Popescu (sender, external), 'Friday' -> 2026-06-12. 'Both teams' -> no_owner + TBD "
                     "vague_due. Niu Xiaofeng = 牛晓峰, 'within 5 working days' -> 06-11, 06-12, 06-15, 06-16, 06-17 -> "
                     "2026-06-17. Discussion lines are facts. 'Next call: 24 June, 10:00 EEST (15:00 Beijing)' -> "
                     "2026-06-24 15:00."}


@case(9329, "s-coremail-gbk-soe-safety-yishi-dragon-boat", "minutes",
      "Coremail GBK state-enterprise 安全生产专题会 纪要 with 一是…四是 and '责任部门/责任人/完成时限' sentences: "
      "端午节前, 节后第一个工作日, 6月底 with department only, 5个工作日内 across 端午; 会议强调 policy")
def c9329():
    t = T("2026-06-15 17:40:03")
    txt = """各部门、各车间：

现将6月15日安全生产专题会议纪要印发如下，请认真贯彻落实。

6月15日下午，公司总经理郜振华主持召开安全生产专题会议，传达学习上级关于安全生产月的工作部署，研究端午节前后安全生产工作。会议要求：

一是全面开展节前安全生产大检查，重点检查隧道窑、压砖机、天然气管线。责任部门：安全环保部；责任人：宋卫东；完成时限：端午节前。
二是做好隧道窑年中检修计划报送。责任部门：生产管理部；责任人：姬永强；完成时限：节后第一个工作日。
三是梳理各车间高温作业防暑降温物资，缺口部分及时采购到位。责任部门：生产管理部；完成时限：6月底。
四是对在库危化品（酚醛树脂、结合剂）进行全面盘点，5个工作日内完成，责任人：供应部靳涛。

会议强调，各车间主任是本车间安全生产第一责任人，节日期间严格执行领导带班和24小时值班制度。

综合办公室
2026年6月15日
"""
    html = '<div style="font-family:宋体;font-size:14px;line-height:1.8">' + html_paras(txt.rstrip(), "p", "margin:0") + "</div>\n"
    body = multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 f"----=_Part_9329{hx(9329, 5)}_{hx(9330, 8)}.1781516403")
    hdr = deliver(BOT[1], who("卢珊")[1], t, 9329, "[172.20.2.11]", "172.20.2.11") + [
        ("Date", rfc_date(t)), ("From", addr("卢珊", "GBK")),
        ("To", addrs(["宋卫东", "姬永强", "靳涛", "翟丽娜"], "GBK")), ("Cc", addrs(["郜振华", BOT], "GBK")),
        ("Subject", ew("关于端午节前后安全生产工作的会议纪要", "GBK")), ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
        ("X-Coremail-Locale", "zh_CN"), ("MIME-Version", "1.0"),
        ("Message-ID", f"<{hx(9329, 8)}.{hx(93291, 4)}.{hx(93292, 11)}.Coremail.lushan@songyue-nc.example.cn>"),
        ("X-CM-TRANSID", hx(93293, 22)), ("X-CM-SenderInfo", hx(93294, 12))]
    items = [I("宋卫东", "全面开展节前安全生产大检查", "2026-06-18", ("before_hol", "2026-06-19")),
             I("姬永强", "隧道窑年中检修计划报送", "2026-06-22", ("after_hol", "2026-06-19")),
             I(("dept", "生产管理部"), "梳理各车间高温作业防暑降温物资，缺口部分采购到位", "2026-06-30", ("monthend",)),
             I("靳涛", "对在库危化品进行全面盘点", "2026-06-23", ("work", 5))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "State-enterprise 纪要 in 一是…四是 form. Sent Mon 2026-06-15. 一是 宋卫东, 端午节前 -> Thu 2026-06-18. "
                     "二是 姬永强, 节后第一个工作日 (the 端午 block 06-19..21) -> 2026-06-22. 三是 has a 责任部门 but no person "
                     "-> no_owner, department 生产管理部, 6月底 -> 2026-06-30. 四是 供应部靳涛, 5个工作日内 -> 06-16, 06-17, "
                     "06-18, 06-22, 06-23 -> 2026-06-23. '会议强调…24小时值班' is policy, not an item."}


@case(9330, "s-foxmail-excel-pasted-status-table", "minutes",
      "Foxmail GBK with a table pasted from Excel (x:num cells, xl65 classes; text part tab-separated): 已完成 row "
      "excluded, '主责：翟丽娜/配合：牛晓峰', dates as 7/10, 7.15, 尽快, 7月8日（周三）")
def c9330():
    t = T("2026-07-03 17:10:26")
    rows = [["序号", "事项", "责任人", "完成时间", "状态"],
            ["1", "3号隧道窑窑车更换", "翟丽娜", "6月30日", "已完成"],
            ["2", "高温期间错峰生产排班", "主责：翟丽娜/配合：牛晓峰", "7/10", "进行中"],
            ["3", "电熔镁砂备库（保证20天用量）", "靳涛", "7.15", "进行中"],
            ["4", "罗马尼亚7月批次唛头确认", "雷鸣", "尽快", "未开始"],
            ["5", "车间降温风机检修", "宋卫东", "7月8日（周三）", "进行中"]]
    intro = "各位：\n本周生产调度会事项跟踪表更新如下（从Excel里贴的），请对照状态推进，完成后在表里标“已完成”。\n"
    txt = intro + "\n" + text_table(rows) + "\n\n姬永强\n生产管理部\n"
    trs = []
    for i, r in enumerate(rows):
        tds = []
        for j, c in enumerate(r):
            num = ' x:num' if c.isdigit() else ""
            tds.append(f'<td class="xl{65 if i else 66}" width="{[40, 220, 180, 110, 70][j]}"{num}>{esc(c)}</td>')
        trs.append(f'<tr height="20" style="height:15.0pt">{"".join(tds)}</tr>')
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>'
            '.xl65{mso-number-format:General;border:.5pt solid windowtext;} .xl66{font-weight:700;border:.5pt solid '
            'windowtext;background:#D9E1F2;}</style></head><body>\n' + html_paras(intro.rstrip()) +
            '\n<table border="0" cellpadding="0" cellspacing="0" width="620" style="border-collapse:collapse;'
            'width:465pt">\n' + "\n".join(trs) + '\n</table>\n<div><br></div><div>姬永强</div><div>生产管理部</div>\n'
            '</body></html>\n')
    body = multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_001_NextPart530248816207_=----")
    hdr = deliver(BOT[1], who("姬永强")[1], t, 9330, "JIYQ-NB", "172.20.4.9") + [
        ("Date", rfc_date(t)), ("From", addr("姬永强", "GBK")),
        ("To", addrs(["翟丽娜", "牛晓峰", "靳涛", "雷鸣", "宋卫东"], "GBK")), ("Cc", addrs(["郜振华", BOT], "GBK")),
        ("Subject", ew("生产调度会事项跟踪（7月3日）", "GBK")), ("X-Priority", "3"),
        ("X-GUID", "E2F81C0D-5A7B-4E19-B3C2-" + hx(9330, 12).upper()), ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
        ("Message-ID", f"<2026070317102651{hx(9330, 6)}@songyue-nc.example.cn>")]
    items = [I("翟丽娜", "高温期间错峰生产排班", "2026-07-10", ("abs", "2026-07-10")),
             I("靳涛", "电熔镁砂备库（保证20天用量）", "2026-07-15", ("abs", "2026-07-15")),
             I("雷鸣", "罗马尼亚7月批次唛头确认", None, ("vague",)),
             I("宋卫东", "车间降温风机检修", "2026-07-08", ("abs", "2026-07-08"))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Excel-pasted tracking table. Sent Fri 2026-07-03. Row 1 is 已完成 (status). Row 2 '主责：翟丽娜/配合："
                     "牛晓峰' -> owner 翟丽娜, '7/10' -> 2026-07-10. Row 3 '7.15' -> 2026-07-15. Row 4 尽快 -> vague_due. "
                     "Row 5 '7月8日（周三）' -> 2026-07-08."}
