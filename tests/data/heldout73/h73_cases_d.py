"""Cases 10126-10131: 鸡西墨岭石墨新材料有限公司 (municipal SOE, Jixi, Heilongjiang) and its Norwegian customer."""
from h73_cases_a import mso_paras, outlook_html
from h73_common import (BOT, addr, addrs, attachment, case, ew, fu, html_escape, html_paras, html_table, it,
                        make_docx, message, multipart, received, rfc_date, t8, text_part)

DOM = "moling-graphite.example.cn"
BOTD = BOT["D"]
MX = "mail.moling-graphite.example.cn"
FK = "fjellkraft.example.no"


def foxmail_alt(body, boundary, charset="GBK"):
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + charset + '"><style>body '
            '{ line-height: 1.5; }body { font-size: 14px; font-family: 宋体; color: #000000; line-height: 1.5; }'
            '</style></head><body>\n' + html_paras(body) + '\n</body></html>\n')
    return multipart("alternative", boundary, [
        text_part(body, charset, "base64", crlf=True), text_part(html, charset, "base64", "html", crlf=True)])


def foxmail_headers(frm, to, cc, subject, t, msgid, charset="GBK", guid="6F0A1B2C-3D4E-4F50-8A9B-0C1D2E3F4A5B"):
    from h73_common import P
    return [
        ("Return-Path", f"<{P[frm]['email']}>"), ("Delivered-To", BOTD[1]),
        received(f"{P[frm]['email'].split('@')[0].upper()}-PC", "172.16.3.%d" % (len(frm) * 17 % 200 + 20), MX,
                 t, "4f" + msgid[-12:], BOTD[1]),
        ("Date", rfc_date(t)), ("From", addr(frm, P[frm]["email"], charset)), ("To", addrs(to, charset)),
    ] + ([("Cc", addrs(cc, charset))] if cc else []) + [
        ("Subject", ew(subject, charset)), ("X-Priority", "3"), ("X-GUID", guid), ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("Mime-Version", "1.0"), ("Message-ID", f"<{msgid}@{DOM}>"),
    ]


# ------------------------------------------------------------------------------------------------------------
def c10126():
    t = t8("2026-06-01 16:40:26")
    body = """各部门：

6月1日下午，王振东总经理主持召开“安全生产月”专题会议，安全环保部、生产技术部、物资供应部、综合办公室负责人参加。现将会议议定事项纪要如下：

一、会议通报了5月份安全生产情况。5月份公司未发生生产安全事故，隐患排查整改率96%。

二、会议要求各部门切实抓好以下工作：
一是立即开展提纯车间氢氟酸储罐区专项检查（责任部门：安全环保部，责任人：宫晓峰，完成时限：6月5日前）。
二是对球磨、浮选工段粉尘防爆设施进行全面排查，发现问题立行立改（责任部门：生产技术部，完成时限：6月12日）。
三是组织全员观看安全生产月警示教育片并做好签到留档，由曲丽娜同志具体负责，6月底前完成。
四是物资供应部房部长牵头，于本周五前完成应急物资（防毒面具、中和剂）补充采购。

三、会议强调，各部门主要负责人是本部门安全生产第一责任人，要严格落实“一岗双责”。

下次安全生产例会定于6月29日（周一）下午2:30，地点：办公楼二楼会议室。

综合办公室
2026年6月1日
"""
    alt = foxmail_alt(body, "----=_001_NextPart286714931462_=----")
    hdr = foxmail_headers("于海波", ["宫晓峰", "隋永刚", "房立军", "曲丽娜"], ["王振东", BOTD],
                          "“安全生产月”专题会议纪要", t, "202606011640264427152")
    items = [
        it("宫晓峰", "开展提纯车间氢氟酸储罐区专项检查", ("date", "2026-06-05"), "2026-06-05"),
        it(None, "对球磨、浮选工段粉尘防爆设施进行全面排查，发现问题立行立改", ("date", "2026-06-12"), "2026-06-12",
           dept="生产技术部"),
        it("曲丽娜", "组织全员观看安全生产月警示教育片并做好签到留档", ("month_end",), "2026-06-30"),
        it("房立军", "完成应急物资（防毒面具、中和剂）补充采购", ("thisweek", 4), "2026-06-05"),
    ]
    notes = ("SOE 专题会议纪要 in 一是…四是 style, Foxmail GBK base64 text + HTML. Sent Mon 2026-06-01. 一是 has "
             "责任部门 + 责任人 宫晓峰 -> owner; '6月5日前' -> 2026-06-05. 二是 names a department only -> owner null, "
             "no_owner, department 生产技术部, due 2026-06-12. 三是 names 曲丽娜同志 -> '6月底前' -> 2026-06-30. 四是 "
             "'房部长' = 房立军, '本周五前' -> 2026-06-05. 一、 is a report (5月份…96%) and 三、 a policy line: not items. "
             "Next 安全生产例会 6月29日（周一）下午2:30 -> 2026-06-29 14:30.")
    return case(10126, "ml-soe-safety-yishi-foxmail-gbk", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-06-29"), "2026-06-29", "14:30"),
                "SOE 一是…四是 minutes (Foxmail GBK): 责任部门+责任人, department-only, 同志 inside a sentence, "
                "房部长 本周五前, report and policy paragraphs")


# ------------------------------------------------------------------------------------------------------------
def c10127():
    t = t8("2026-06-03 21:30:04", 2)
    text = """Dear Ms Tan, dear Mr Jiang,

Thank you for today's video call. Below are the minutes as we understood them - please correct anything we got wrong.

Summary
- Lot MG-2605-17 (spherical graphite, D50 = 15.2 um) passed our coin-cell test; first-cycle efficiency 93.1 %.
- Magnetic impurities were borderline; Fjellkraft will tighten the spec for the 2027 contract.

Action items

Action: Share updated SEM images and tap density data for lot MG-2605-17
Owner: Jiang Tao (Moling)
Due: by Friday

Action: Confirm the revised spec for magnetic impurities (Fe+Cr+Ni+Zn <= 0.1 ppm)
Owner: Magnus Haugen
Due: 12 June

Action: Send the draft supply agreement (2027 volumes)
Owner: Ingrid Solberg
Due: next Tuesday

Action: Arrange the audit visit to Jixi (dates to be agreed)
Owner: Tan Jing
Due: TBD

Next check-in: Thursday 11 June, 09:00 CEST / 15:00 Beijing time.

Kind regards,
Ingrid Solberg
Senior Purchasing Manager, Anode Materials
Fjellkraft Battery AS | Mo i Rana, Norway
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">' + html_paras(text) +
            '</div></body></html>\n')
    alt = multipart("alternative", "_000_AM9PR03MB7841D2E0C5B14A6F9E7A30C2AM9PR03MB7841eurp_", [
        text_part(text, "utf-8", "quoted-printable"), text_part(html, "utf-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<ingrid.solberg@{FK}>"), ("Delivered-To", BOTD[1]),
        ("Received", f"from EUR03-AM7-obe.outbound.protection.outlook.example.com (40.107.105.94) by\n\t{MX} "
                     f"(Postfix) with ESMTPS id 4fMt7Rk2Cwz5Ph\n\tfor <{BOTD[1]}>; "
                     f"{rfc_date(t8('2026-06-04 03:30:09'))}"),
        ("From", f"Ingrid Solberg <ingrid.solberg@{FK}>"),
        ("To", addrs(["谭静", "姜涛"])), ("CC", addrs(["Magnus Haugen", "邹宇", BOTD])),
        ("Subject", "Minutes - Fjellkraft / Moling technical call 3 June"),
        ("Thread-Topic", "Minutes - Fjellkraft / Moling technical call 3 June"),
        ("Thread-Index", "AQHc9A7xR1k3b6XwTUe0y2VqH3s5Pg=="), ("Date", rfc_date(t)),
        ("Message-ID", "<AM9PR03MB7841D2E0C5B14A6F9E7A30C2@AM9PR03MB7841.eurprd03.prod.outlook.example.com>"),
        ("Accept-Language", "nb-NO, en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0"),
    ]
    items = [
        it("姜涛", "Share updated SEM images and tap density data for lot MG-2605-17", ("wd", 4), "2026-06-05"),
        it("Magnus Haugen", "Confirm the revised spec for magnetic impurities (Fe+Cr+Ni+Zn <= 0.1 ppm)",
           ("date", "2026-06-12"), "2026-06-12"),
        it("Ingrid Solberg", "Send the draft supply agreement (2027 volumes)", ("nextweek", 1), "2026-06-09"),
        it("谭静", "Arrange the audit visit to Jixi", None, None, flags=["vague_due"]),
    ]
    notes = ("English minutes written by the Norwegian customer (M365, UTF-8 QP) in Action/Owner/Due blocks. Date "
             "header Wed 2026-06-03 21:30 +0200 = Thu 2026-06-04 03:30 in Shanghai; the phrases were chosen so both "
             "readings agree: 'by Friday' -> 2026-06-05, 'next Tuesday' -> 2026-06-09 (same Mon–Sun week either way). "
             "'Jiang Tao (Moling)' = 姜涛, 'Tan Jing' = 谭静 (aliases + To names); Magnus Haugen and Ingrid Solberg are "
             "external, addresses from Cc/From. 'TBD' -> vague_due. Summary figures are facts. Next check-in 'Thursday "
             "11 June, 09:00 CEST / 15:00 Beijing time' -> 2026-06-11 15:00 (CEST = UTC+2).")
    return case(10127, "ml-norway-customer-owner-due-m365-cest", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-06-11"), "2026-06-11", "15:00"),
                "English Owner/Due blocks from a Norwegian customer, +0200 evening Date (next day in Shanghai), "
                "external owners, TBD, next check-in in CEST and Beijing time")


# ------------------------------------------------------------------------------------------------------------
def c10128():
    t = t8("2026-07-07 10:25:50")
    info = [
        ["沟通基本信息", "内容"],
        ["沟通主题", "Fjellkraft球形石墨二次送样跨部门对齐会"],
        ["沟通时间", "2026年7月6日14:00-15:00"],
        ["沟通地点/线上渠道", "腾讯会议（会议号：482 775 190）"],
        ["参与部门及人员", "市场营销部：谭部长、邹宇；生产技术部：隋部长、姜工；物资供应部：房部长"],
        ["主持人/记录人", "主持人：谭部长；记录人：邹宇"],
        ["沟通目标", "明确二次送样的技术指标、包装和发运时间"],
    ]
    todo = [
        ["序号", "待办事项", "负责人", "完成时间", "备注"],
        ["1", "按新指标生产2批送样料（各5kg）", "姜工", "7月15日", "隋部长把关"],
        ["2", "采购防潮铝箔袋和木箱", "房部长", "7月10日前", ""],
        ["3", "准备MSDS及非危险品保函，安排国际快递", "邹宇", "发货前", ""],
        ["4", "向客户确认收货地址和到货时间要求", "邹宇", "本周五", ""],
    ]
    xl = 'style="border-collapse:collapse;width:620pt" border=0 cellpadding=0 cellspacing=0'
    cell = "border:.5pt solid windowtext;font-size:11.0pt;font-family:等线;mso-number-format:\\@"
    html_body = (mso_paras("各位：\n\n昨天送样对齐会的记录如下（按公司跨部门沟通记录表格式）。\n") +
                 html_table(info, attrs='class=MsoTableGrid border=1 cellspacing=0 cellpadding=0') +
                 mso_paras("\n待办事项（从Excel跟踪表复制）：") +
                 html_table(todo, border=0, attrs=xl + ' x:str', cell_style=cell) +
                 mso_paras("\n邹宇\n市场营销部"))
    text = ("各位：\n\n昨天送样对齐会的记录如下（按公司跨部门沟通记录表格式）。\n\n" +
            "\n".join(f"{a}：{b}" for a, b in info[1:]) + "\n\n待办事项（从Excel跟踪表复制）：\n" +
            "\n".join("\t".join(r) for r in todo) + "\n\n邹宇\n市场营销部\n")
    alt = multipart("alternative", "----=_NextPart_000_0142_01DD0DA4.1B7E6C20", [
        text_part(text, "gb2312", "base64", crlf=True),
        text_part(outlook_html(html_body, "gb2312"), "gb2312", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<zouyu@{DOM}>"), ("Delivered-To", BOTD[1]),
        received("ZOUYU-NB", "172.16.3.88", MX, t8("2026-07-07 10:25:53"), "4fR6mN3qDxz1Tb", BOTD[1]),
        ("From", addr("邹宇", f"zouyu@{DOM}", "gb2312")),
        ("To", addrs(["谭静", "隋永刚", "姜涛", "房立军"], "gb2312")), ("Cc", addrs([BOTD], "gb2312")),
        ("Subject", ew("跨部门沟通记录表-Fjellkraft二次送样（7月6日）", "gb2312")), ("Date", rfc_date(t)),
        ("Message-ID", f"<014201dd0da4$1b7e6c20$52756860$@{DOM}>"), ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdwNpBt+wTqP4Qm3TRSzR0h1n8Y4kA=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        it("姜涛", "按新指标生产2批送样料（各5kg）", ("date", "2026-07-15"), "2026-07-15"),
        it("房立军", "采购防潮铝箔袋和木箱", ("date", "2026-07-10"), "2026-07-10"),
        it("邹宇", "准备MSDS及非危险品保函，安排国际快递", None, None),
        it("邹宇", "向客户确认收货地址和到货时间要求", ("thisweek", 4), "2026-07-10"),
    ]
    notes = ("Outlook gb2312 (text base64 CRLF + HTML QP): seed 跨部门沟通记录表 (沟通基本信息/内容 table) followed by a "
             "待办 table copied from Excel (x:str, mso-number-format). Sent Tue 2026-07-07 about the meeting of 07-06. "
             "姜工 = 姜涛, 房部长 = 房立军 (aliases); '隋部长把关' in 备注 is a reviewer, not an owner. '7月15日' -> "
             "2026-07-15; '7月10日前' -> 2026-07-10; '发货前' depends on an event -> no_due; '本周五' -> 2026-07-10. "
             "The 沟通时间 and 会议号 are not deadlines. No next meeting.")
    return case(10128, "ml-cross-dept-record-excel-table-outlook-gb2312", "minutes", message(hdr, alt), notes, items,
                None, "Outlook gb2312 seed 跨部门沟通记录表 + 待办 table pasted from Excel: aliases, 备注 reviewer, "
                      "'发货前' conditional, 本周五")
