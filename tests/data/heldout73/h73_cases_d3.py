"""Cases 10134-10138: 墨岭石墨, continued (a thread reply, iPhone minutes, ①② sub-tasks, Alimail, English table)."""
from h73_cases_d import BOTD, DOM, FK, MX
from h73_common import (addr, addrs, case, ew, fu, html_escape, html_paras, html_table, it, message, multipart,
                        received, rfc_date, t8, text_part)


def c10134():
    t = t8("2026-07-16 09:14:27", 2)
    text = """Hi Eric,

Thanks - the DHL tracking shows the parcel is held at customs in Oslo. Could you send the commercial invoice with the HS code (3801.10) by tomorrow? Our broker says that is all they need.

Best regards,
Magnus

On 15.07.2026 11:02, 邹宇 wrote:
> Dear Magnus,
>
> The two sample lots (MG-2607-01/02, 5 kg each) left Jixi today by DHL,
> AWB 4817 2290 63. MSDS and the non-DG declaration are in the parcel.
>
> Best regards,
> Eric Zou
> Moling Graphite
"""
    part = text_part(text, "UTF-8", "8bit", extra_params={"format": "flowed"})
    hdr = [
        ("Return-Path", f"<magnus.haugen@{FK}>"), ("Delivered-To", BOTD[1]),
        ("Received", f"from mx1.{FK} (mx1.{FK} [185.12.64.7])\n\tby {MX} (Postfix) with ESMTPS id 4fS0Lq2cWnz3Md"
                     f"\n\tfor <{BOTD[1]}>; {rfc_date(t8('2026-07-16 15:14:31'))}"),
        ("Message-ID", f"<b3f7a2c1-6e0d-4b9a-8f15-2d4c7e9a1b06@{FK}>"), ("Date", rfc_date(t)),
        ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: Sample shipment MG-2607 - AWB"), ("Content-Language", "en-GB"),
        ("To", addrs(["邹宇"]).replace(",\n\t", ",\n ")), ("Cc", addrs(["谭静", BOTD]).replace(",\n\t", ",\n ")),
        ("References", f"<20260715110208548221@{DOM}>"), ("In-Reply-To", f"<20260715110208548221@{DOM}>"),
        ("From", f"Magnus Haugen <magnus.haugen@{FK}>"),
    ]
    notes = ("A customer's reply (Thunderbird, format=flowed 8bit UTF-8, +0200) in a shipping thread that was never "
             "minutes: it asks for an invoice 'by tomorrow' and quotes the shipping notice with '>' lines. Not a reply "
             "to a recap and not minutes -> kind other, no items.")
    return case(10134, "other-thread-reply-thunderbird-norway", "other", message(hdr, part), notes,
                what="Thunderbird 'Re:' from the Norwegian customer in a shipping thread (not minutes, not a recap "
                     "reply): other")


# ------------------------------------------------------------------------------------------------------------
def c10135():
    t = t8("2026-04-22 19:48:51")
    text = """今天下午5点碰头会定了三件事：
1.于主任明早9点前把一季度安全生产情况报告报市国资委
2.宫部长48小时内拿出提纯车间废酸处置的临时方案
3.谭部长下周五前跟Fjellkraft敲定送样时间
下周一还是这个点碰一下。

发自我的iPhone
"""
    part = text_part(text, "utf-8", "base64")
    hdr = [
        ("Return-Path", f"<wangzhendong@{DOM}>"), ("Delivered-To", BOTD[1]),
        received("smtpclient.apple", "112.103.77.150", MX, t8("2026-04-22 19:48:55"), "4fG9Wb1pTkz2Nc", BOTD[1],
                 "ESMTPSA"),
        ("From", addr("王振东", f"wangzhendong@{DOM}")), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(t)),
        ("Subject", ew("碰头会")), ("Message-Id", f"<1E6B9C2F-7A3D-4C58-B0E1-9F2A6D4C8B73@{DOM}>"),
        ("To", addrs(["于海波", "宫晓峰", "谭静"])), ("Cc", addrs([BOTD])), ("X-Mailer", "iPhone Mail (23E246)"),
    ]
    items = [
        it("于海波", "把一季度安全生产情况报告报市国资委", ("days", 1), "2026-04-23", "09:00"),
        it("宫晓峰", "拿出提纯车间废酸处置的临时方案", ("hours", 48), "2026-04-24", "19:48"),
        it("谭静", "跟Fjellkraft敲定送样时间", ("nextweek", 4), "2026-05-01"),
    ]
    notes = ("Terse minutes from the general manager's iPhone (UTF-8 base64, subject just '碰头会'). Sent Wed 2026-04-22 "
             "19:48. 于主任/宫部长/谭部长 are aliases. '明早9点前' -> 2026-04-23 09:00; '48小时内' -> from the Date "
             "header -> 2026-04-24 19:48. '下周五前' -> Friday of the next week = 2026-05-01, which is the first day "
             "of the May Day holiday; AMBIGUOUS: the gold keeps the literal date (the product flags it), a reader "
             "might expect 04-30. '下周一还是这个点' -> Monday 2026-04-27 at the 17:00 of '今天下午5点碰头会'.")
    return case(10135, "ml-iphone-terse-minutes-hours", "minutes", message(hdr, part), notes, items,
                fu(("nextweek", 0), "2026-04-27", "17:00"),
                "iPhone terse minutes: 明早9点前, 48小时内 from the Date header, 下周五前 landing on May Day "
                "(AMBIGUOUS), '下周一还是这个点'")


# ------------------------------------------------------------------------------------------------------------
def c10136():
    t = t8("2026-05-07 15:30:12")
    body = """各位：

今天上午成本管控专题会，议定事项如下：

一、石墨化炉用电优化（主责：隋永刚；配合：初雪）
　　① 5月9日（周六，调休上班）前完成峰谷电价测算；
　　② 下周一前提交错峰生产排班方案。
二、针状焦原料招标（主责：房立军）
　　① 明天发布招标公告；
　　② 5个工作日内完成供应商资格预审。
三、初雪：下个工作日把4月电费发票交生产技术部。

以上，请按时完成，有困难提前说。

隋永刚
生产技术部
"""
    from h73_cases_b import cm_alt
    alt = cm_alt(body, "GBK", "----=_Part_51207_1154830911.1778139012345")
    hdr = [
        ("Return-Path", f"<suiyonggang@{DOM}>"), ("Delivered-To", BOTD[1]),
        ("Received", f"from suiyonggang$moling-graphite.example.cn ( [172.16.3.52] ) by\n\tajax-webmail-{MX} "
                     f"(Coremail) ; {rfc_date(t)}"),
        ("Date", rfc_date(t)), ("From", addr("隋永刚", f"suiyonggang@{DOM}", "GBK")),
        ("To", addrs(["初雪", "房立军"], "GBK")), ("Cc", addrs(["王振东", BOTD], "GBK")),
        ("Subject", ew("成本管控专题会议定事项", "GBK")), ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9d2a4f0e)"),
        ("X-Originating-IP", "[172.16.3.52]"), ("MIME-Version", "1.0"),
        ("Message-ID", f"<1f5c8a0d.3b2.19e01a4c6f7.Coremail.suiyonggang@{DOM}>"), ("X-Coremail-Locale", "zh_CN"),
    ]
    items = [
        it("隋永刚", "完成峰谷电价测算", ("date", "2026-05-09"), "2026-05-09"),
        it("隋永刚", "提交错峰生产排班方案", ("nextweek", 0), "2026-05-11"),
        it("房立军", "发布招标公告", ("days", 1), "2026-05-08"),
        it("房立军", "完成供应商资格预审", ("workdays", 5), "2026-05-13"),
        it("初雪", "把4月电费发票交生产技术部", ("next_workday",), "2026-05-08"),
    ]
    notes = ("Coremail GBK: topics with （主责：X；配合：Y） headings and ①② sub-tasks; each sub-task is an item owned "
             "by the 主责 (配合 初雪 is not an owner of section 一). Sent Thu 2026-05-07, after May Day; Sat 05-09 is a "
             "make-up working day. '5月9日（周六，调休上班）前' -> 2026-05-09; '下周一前' -> 2026-05-11; '明天' -> "
             "2026-05-08; '5个工作日内' -> 05-08, 05-09 (make-up Saturday), 05-11, 05-12, 05-13 -> 2026-05-13 (a "
             "weekday-only count gives 05-14); '下个工作日' -> Fri 2026-05-08. Full-width indentation (U+3000) before ①②.")
    return case(10136, "ml-subtasks-zhuze-peihe-coremail-makeup-sat", "minutes", message(hdr, alt), notes, items,
                None, "Coremail GBK ①② sub-tasks under 主责/配合 headings around the 05-09 make-up Saturday: "
                      "5个工作日内, 下个工作日, 明天")


# ------------------------------------------------------------------------------------------------------------
def c10137():
    t = t8("2026-08-18 11:40:09")
    lines = [
        "各位，今天技术攻关周会的要点和分工：",
        "",
        "1. 提高球化收率试验：姜工主责，邹宇配合客户沟通，8月20日（周四）前出第一轮数据。",
        "2. 纯化炉尾气吸收塔填料更换：宫部长那边尽快安排，注意停炉窗口。",
        "3. 检测中心ICP-MS标样采购：房部长，本月底。",
        "4. 振实密度测试方法统一（隋部长定稿），本周内。",
        "",
        "上周遗留的“粒度仪比对”已完成，关闭。",
        "下周二同一时间（9:00）继续。",
        "",
        "姜涛",
    ]
    html = ('<div style="font-family:Microsoft YaHei UI,Tahoma;font-size:14px;">' +
            "".join(f"<div>{html_escape(l) or '<br>'}</div>" for l in lines) +
            '</div><div><br></div><div class="__aliyun_signature_holder"></div>\n')
    part = text_part(html, "UTF-8", "base64", "html")
    hdr = [
        ("Return-Path", f"<jiangtao@{DOM}>"), ("Delivered-To", BOTD[1]),
        ("Received", f"from out30-97.freemail.mail.example.net (out30-97.freemail.mail.example.net "
                     f"[115.124.30.97])\n\tby {MX} (Postfix) with ESMTPS id 4fYb3Hn6Lqz1Wd\n\tfor <{BOTD[1]}>; "
                     f"{rfc_date(t8('2026-08-18 11:40:12'))}"),
        ("Date", rfc_date(t)), ("From", addr("姜涛", f"jiangtao@{DOM}", "UTF-8")),
        ("To", addrs(["邹宇", "宫晓峰", "房立军", "隋永刚"], "UTF-8")), ("Cc", addrs([BOTD], "UTF-8")),
        ("Message-ID", f"<0c4e7a19-5d2b-4f30-a8e6-3b1f9d7c2e54.jiangtao@{DOM}>"),
        ("Subject", ew("技术攻关周会 8.18", "UTF-8")),
        ("X-Mailer", "[Alimail-Mailagent revision 7][W11_5.16.0]"), ("MIME-Version", "1.0"),
    ]
    items = [
        it("姜涛", "提高球化收率试验，出第一轮数据", ("date", "2026-08-20"), "2026-08-20"),
        it("宫晓峰", "纯化炉尾气吸收塔填料更换", None, None, flags=["vague_due"]),
        it("房立军", "检测中心ICP-MS标样采购", ("month_end",), "2026-08-31"),
        it("隋永刚", "振实密度测试方法统一", ("weekend",), "2026-08-23"),
    ]
    notes = ("Alimail (DingTalk mail) single-part text/html, UTF-8 base64, one <div> per line. Sent Tue 2026-08-18. "
             "'姜工主责，邹宇配合' -> owner 姜涛 (the writer). '宫部长那边尽快安排' -> 宫晓峰, vague_due. '房部长，本月底' -> "
             "2026-08-31. '（隋部长定稿）' names the owner in brackets; AMBIGUOUS: '本周内' -> Sunday 2026-08-23 by the "
             "research policy (some would say Friday 08-21). The closed '粒度仪比对' line is status. Next meeting "
             "'下周二同一时间（9:00）' -> 2026-08-25 09:00.")
    return case(10137, "ml-alimail-html-only-zhuze-vague", "minutes", message(hdr, part), notes, items,
                fu(("nextweek", 1), "2026-08-25", "09:00"),
                "Alimail HTML-only <div> lines: 主责/配合 in a sentence, 那边尽快, owner in brackets, 本周内 "
                "(AMBIGUOUS), closed item, 下周二同一时间")


# ------------------------------------------------------------------------------------------------------------
def c10138():
    t = t8("2026-07-27 15:05:33")
    rows = [
        ["#", "Owner", "Action", "Due", "Status"],
        ["1", "Jiang Tao", "Re-test the retained sample of lot MG-2607-03 for magnetic impurities", "7/29", "Open"],
        ["2", "Magnus Haugen", "Send Fjellkraft's ICP-MS raw data for the claim", "ASAP", "Open"],
        ["3", "Tan Jing", "Issue 8D report (D1-D4)", "Aug 7", "Open"],
        ["4", "Eric Zou", "Arrange a 500 kg replacement shipment", "within 5 working days", "Open"],
        ["5", "Jiang Tao", "Containment: hold remaining stock of lot MG-2607-03", "7/25", "Closed"],
    ]
    intro = ("Dear Ingrid, dear Magnus,\n\nThank you for the call this morning about the quality claim on lot "
             "MG-2607-03. Please find the agreed actions below (copied from our tracking sheet).")
    outro = ("Next call: Thursday 30 July, 16:00 Beijing / 10:00 Oslo.\n\nBest regards,\nTan Jing\nMarketing & Sales "
             "Dept., Jixi Moling Graphite New Materials Co., Ltd.")
    text = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    cell = "border:.5pt solid #BFBFBF;padding:2pt 4pt;font-family:Calibri;font-size:11pt;mso-number-format:General"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + html_paras(intro) +
            html_table(rows, border=0, attrs='cellspacing="0" cellpadding="0" style="border-collapse:collapse" x:str',
                       cell_style=cell) + html_paras(outro) + '</div></body></html>\n')
    alt = multipart("alternative", "_000_TYZPR06MB6204F1C7A2E94B3D8C05E7A1TYZPR06MB6204apcp_", [
        text_part(text, "utf-8", "quoted-printable"), text_part(html, "utf-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<tanjing@{DOM}>"), ("Delivered-To", BOTD[1]),
        ("Received", f"from TYZPR06MB6204.apcprd06.prod.outlook.example.com (2603:1096:400:3c2::11) by\n\t{MX} "
                     f"with ESMTPS id 4fTr2Kb8Vxz5Gd\n\tfor <{BOTD[1]}>; {rfc_date(t8('2026-07-27 15:05:37'))}"),
        ("From", addr("Tan Jing", f"tanjing@{DOM}")),
        ("To", addrs(["Ingrid Solberg", "Magnus Haugen"])), ("CC", addrs(["姜涛", "邹宇", BOTD])),
        ("Subject", "Minutes - quality claim MG-2607-03 (27 July)"),
        ("Thread-Topic", "Minutes - quality claim MG-2607-03 (27 July)"),
        ("Thread-Index", "AQHdHZbq7r0X9k2HTkGv1A3Xc0Y8Eg=="), ("Date", rfc_date(t)),
        ("Message-ID", "<TYZPR06MB6204F1C7A2E94B3D8C05E7A1@TYZPR06MB6204.apcprd06.prod.outlook.example.com>"),
        ("Accept-Language", "zh-CN, en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    items = [
        it("姜涛", "Re-test the retained sample of lot MG-2607-03 for magnetic impurities", ("date", "2026-07-29"),
           "2026-07-29"),
        it("Magnus Haugen", "Send Fjellkraft's ICP-MS raw data for the claim", None, None, flags=["vague_due"]),
        it("谭静", "Issue 8D report (D1-D4)", ("date", "2026-08-07"), "2026-08-07"),
        it("邹宇", "Arrange a 500 kg replacement shipment", ("workdays", 5), "2026-08-03"),
    ]
    notes = ("M365 English minutes written by our marketing head to the Norwegian customer, with a table copied from "
             "the Excel tracking sheet (tab-separated in text, x:str HTML table). Sent Mon 2026-07-27 15:05 +0800. "
             "Owners: Jiang Tao = 姜涛, Tan Jing = 谭静 (the writer), Eric Zou = 邹宇 (aliases); Magnus Haugen is "
             "external (To). '7/29' -> 2026-07-29; 'ASAP' -> vague_due; 'Aug 7' -> 2026-08-07; 'within 5 working "
             "days' -> 07-28, 07-29, 07-30, 07-31, 08-03 -> 2026-08-03. Row 5 is Closed -> not an item. Next call "
             "'Thursday 30 July, 16:00 Beijing / 10:00 Oslo' -> 2026-07-30 16:00.")
    return case(10138, "ml-m365-english-excel-table-claim", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-07-30"), "2026-07-30", "16:00"),
                "M365 English minutes with an Excel-copied Owner/Action/Due/Status table: M/D dates, ASAP, within 5 "
                "working days, Closed row, next call in Beijing/Oslo time")
