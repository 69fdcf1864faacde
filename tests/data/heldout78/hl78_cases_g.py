"""Cases 10635-10638: UTC+6 client, corrected re-send in thread, studio weekly report, English Owner/Due blocks."""
import html as H

from hl78_common import (I, NF, P, addr, alist, case, dept, ew, message, multi, rfcdate, text)
from hl78_cases_a import BOT, outlook_html, wd_received
from hl78_cases_b import GOVBOT
from hl78_cases_d import ZZBOT, zz_received
from hl78_cases_e import YHBOT, divs, yh_received


# ------------------------------------------------------------------ 10635
@case(10635, "yz-gov-energy-taskforce-foxmail-utc6", "minutes",
      "Foxmail UTF-8 from a PC on local Xinjiang time: Date 'Fri 23:20 +0600' is Saturday 01:20 in Shanghai; "
      "下周一前, 2个工作日内, 下周三前, 7月24日前 all resolve the same from either day; next meeting '晚上8点（北京时间）'")
def c10635():
    date = rfcdate(2026, 7, 17, 23, 20, 5, "+0600")
    body = """各位：

今晚能源保供专班第3次会议纪要如下：

一、会议通报：7月以来全区最高用电负荷同比增长6.2%，电煤库存可用天数16天。
二、工作安排
1. 孙立新：下周一前汇总全区重点企业迎峰度夏用电需求。
2. 马振华：2个工作日内报送新能源项目并网进度。
3. 李建国：下周三前核实应急煤炭储备数量及存放点。
4. 王海燕：7月24日前印发专班工作简报第3期。
三、下次会议：7月24日（周五）晚上8点（北京时间），委机关三楼会议室。

孙立新
能源科
"""
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"><style>body { line-height:"
           " 1.5; }</style></head><body>\n" + divs(body.split("\n")) + "\n</body></html>\n")
    part = multi("alternative", [
        text(body.replace("\n", "\r\n"), "plain", "UTF-8", "base64"),
        text(htm, "html", "UTF-8", "base64"),
    ], "----=_001_NextPart537102884417_=----", preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Return-Path", "<sunlixin@yzfgw.example.gov.cn>"),
        ("Received", "from SUNLX-PC (unknown [10.65.3.62])\n\tby mail.yzfgw.example.gov.cn (Coremail) with SMTP id "
                     "AQAAfwCn5k8yHlpmO1MHAA--.41027S2;\n\tSat, 18 Jul 2026 01:20:07 +0800 (CST)"),
        ("Date", date),
        ("From", addr("孙立新", "sunlixin@yzfgw.example.gov.cn")),
        ("To", alist([P("马振华"), P("李建国"), P("王海燕")])),
        ("Cc", alist([P("艾尔肯·吐尔逊"), GOVBOT])),
        ("Subject", ew("能源保供专班第3次会议纪要")),
        ("X-Priority", "3"),
        ("X-GUID", "C71E0B3A-94D2-4F6B-A1E8-3B5C7D9F0A26"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202607172320048137026@yzfgw.example.gov.cn>"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("孙立新", "汇总全区重点企业迎峰度夏用电需求", "2026-07-20", "next:0"),
        I("马振华", "报送新能源项目并网进度", "2026-07-21", "wd:2"),
        I("李建国", "核实应急煤炭储备数量及存放点", "2026-07-22", "next:2"),
        I("王海燕", "印发专班工作简报第3期", "2026-07-24", "abs:2026-07-24"),
    ]
    notes = ("Date 'Fri, 17 Jul 2026 23:20 +0600' (a PC set to local Xinjiang time) = Sat 07-18 01:20 in Shanghai, the "
             "day used for resolution. Every phrase gives the same answer from the Friday or the Saturday: 下周一前 -> "
             "07-20; 2个工作日内 -> 07-20, 07-21 -> 07-21; 下周三前 -> 07-22; 7月24日前 -> 07-24. A parser that "
             "takes the wall-clock date without the offset still passes; one that crashes on +0600 does not. 会议通报 "
             "is a report. Next: '7月24日（周五）晚上8点（北京时间）' -> 2026-07-24 20:00.")
    return {"eml": eml, "items": items, "next": NF("2026-07-24", "abs:2026-07-24", "20:00"), "notes": notes}


# ------------------------------------------------------------------ 10636
@case(10636, "zz-soe-corrected-resend-in-thread-gb2312", "minutes",
      "【更正】 re-send of 10617 in the same Outlook thread (In-Reply-To/References): the full table again with row 1 "
      "'由4月24日调整为4月27日'; still minutes, items as corrected; next meeting unchanged (下周一 from Tuesday)")
def c10636():
    date = rfcdate(2026, 4, 21, 9, 12, 40)
    rows = [
        ["序号", "工作内容", "责任部门", "责任人", "完成时间", "备注"],
        ["1", "东区DN600主管道漏损点定位", "管网管理所", "常亮/王瑞", "4月27日", "常亮主责；由4月24日调整为4月27日"],
        ["2", "出厂水浊度在线仪表校准", "水质检测中心", "贾文静", "4月22日", ""],
        ["3", "二水厂加药间改造施工图审查", "工程建设部", "郝鹏", "4月30日", "设计院4月23日交图"],
        ["4", "一季度水费回收情况通报", "客户服务中心", "范志强", "已完成", "4月17日已通报"],
        ["5", "汛前防汛物资清点", "安全环保部", "申晓东", "持续", "每周五报进度"],
        ["6", "营业厅自助缴费机故障维修", "客户服务中心", "（待定）", "尽快", "厂家售后未响应"],
    ]
    trs = ["<tr>" + "".join("<td style='border:.5pt solid windowtext;padding:2pt'>%s</td>" % (H.escape(c) or "&nbsp;")
                            for c in r) + "</tr>" for r in rows]
    table = "<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse'>\n" + "\n".join(trs) + \
            "\n</table>"
    before = ["各部门：", "", "【更正】昨天的例会纪要第1项完成时间有误，常所反映需要等夜间测漏设备，由4月24日调整为4月27日，"
              "其余不变。更正后的表格如下：", ""]
    after = ["", "下次例会：下周一上午8:30，生产调度室。", "", "牛建平", "生产运行部"]
    plain = "\r\n".join(before + ["\t".join(r) for r in rows] + after) + "\r\n"
    part = multi("alternative", [
        text(plain, "plain", "gb2312", "base64"),
        text(outlook_html(before + [table] + after, "gb2312"), "html", "gb2312", "quoted-printable"),
    ], "----=_NextPart_000_0031_01DCD16E.8F0A4B20", preamble="This is a multipart message in MIME format.")
    hs = [
        ("Return-Path", "<niujianping@zzsw.example.cn>"),
        zz_received(date, "10.30.8.15", "4ZJ3pQ5nGwz1", "NIUJP-PC"),
        ("From", addr("牛建平", "niujianping@zzsw.example.cn", "gb2312")),
        ("To", alist([P("常亮"), P("王瑞"), P("贾文静"), P("郝鹏"), P("范志强"), P("申晓东")], "gb2312")),
        ("Cc", alist([P("秦国栋"), ZZBOT], "gb2312")),
        ("Subject", ew("【更正】生产调度周例会纪要（4月20日）", "gb2312")),
        ("Date", date),
        ("Message-ID", "<003101dcd16e$8f0a4b20$ad1ee160$@zzsw.example.cn>"),
        ("In-Reply-To", "<002701dcd0a5$2b9e3f10$82dabd30$@zzsw.example.cn>"),
        ("References", "<002701dcd0a5$2b9e3f10$82dabd30$@zzsw.example.cn>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzQpSX3r8Lw2q5nQk6m0c9sKpB1TgAgN7Ug"),
        ("Content-Language", "zh-cn"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("常亮", "东区DN600主管道漏损点定位", "2026-04-27", "abs:2026-04-27"),
        I("贾文静", "出厂水浊度在线仪表校准", "2026-04-22", "abs:2026-04-22"),
        I("郝鹏", "二水厂加药间改造施工图审查", "2026-04-30", "abs:2026-04-30"),
        I("申晓东", "汛前防汛物资清点", None, "none"),
        I(dept("客户服务中心"), "营业厅自助缴费机故障维修", None, "vague"),
    ]
    notes = ("Corrected re-send (Tue 2026-04-21) of 10617 in the same thread (In-Reply-To/References, 【更正】 subject): "
             "the gold is the full corrected list, matching 10617 except row 1 now due 04-27 ('由4月24日调整为4月27日'). "
             "Rows and flags as in 10617 (已完成 row excluded, 持续 -> no_due, 待定+尽快 -> no_owner+vague_due). "
             "'下次例会：下周一上午8:30' from Tuesday 04-21 -> 2026-04-27 08:30, the same meeting as before.")
    return {"eml": eml, "items": items, "next": NF("2026-04-27", "next:0", "08:30"), "notes": notes}


# ------------------------------------------------------------------ 10637
@case(10637, "yh-kiln-weekly-report-done-vs-plan-qqmail-app", "minutes",
      "QQ Mail app weekly note from the kiln master: '本周完成' lines are reports, '下周计划' lines are items; 下周二前, "
      "8月底前, 中秋节前 (09-24) with the owner in brackets after the task, 时间待定 without owner")
def c10637():
    date = rfcdate(2026, 8, 14, 18, 30, 2)
    body = """游总、各位：

本周烧制车间情况：

本周完成
1. 第7窑出窑，合格率82%，比第6窑提高9个点。
2. 油滴系列50只已交品控复检。
3. 温控器已于8月3日换新，温差控制在±5℃以内。

下周计划
1. 下周二前完成第8窑装窑（詹文斌）
2. 8月底前把兔毫、油滴两个系列的烧成曲线整理成文档（罗老师）
3. 中秋节前备好200只中秋礼盒款（春生负责包装）
4. 柴窑炉膛维修，等师傅排期，时间待定

阿斌
发自我的QQ邮箱
"""
    part = multi("alternative", [
        text(body, "plain", "utf-8", "base64"),
        text("<div>" + divs(body.split("\n")) + "</div>", "html", "utf-8", "base64"),
    ], "----=_NextPart_66BC85D2_0D7A3E1C_6E2B4F09")
    hs = [
        ("Return-Path", "<zhanwenbin@yaohuo-jz.example.cn>"),
        yh_received(date, "43.155.80.172", "4ZmQ7t2Vh8z6", "smtpbg.exmail.example.com"),
        ("X-QQ-mid", "xmsezb35t1786962602t6a0d1b84"),
        ("From", addr("詹文斌", "zhanwenbin@yaohuo-jz.example.cn")),
        ("To", alist([P("游德林"), P("罗永泉"), P("连春生")])),
        ("Cc", alist([P("黄美玲"), YHBOT])),
        ("Subject", ew("烧制车间周报（8.10-8.14）")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<tencent_9E3B1C07A5F24D8E6B0A2C71@yaohuo-jz.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail iPhone 6.7.3"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("詹文斌", "完成第8窑装窑", "2026-08-18", "next:1"),
        I("罗永泉", "把兔毫、油滴两个系列的烧成曲线整理成文档", "2026-08-31", "me"),
        I("连春生", "备好200只中秋礼盒款", "2026-09-24", "holbefore:Mid-autumn Festival"),
        I(None, "柴窑炉膛维修", None, "vague"),
    ]
    notes = ("Sent Fri 2026-08-14 by 詹文斌 (signs 阿斌). '本周完成' lines are reports of what was done, not items. "
             "下周计划: the owner is in brackets after the task (罗老师=罗永泉, 春生=连春生 '负责包装'). 下周二前 -> 08-18; "
             "8月底前 -> 08-31; 中秋节前 -> last working day before 09-25 = 09-24. Item 4 names no one and says "
             "时间待定 -> no_owner + vague_due. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10638
@case(10638, "wd-export-weekly-outlook-mac-owner-due-blocks", "minutes",
      "Outlook for Mac English internal minutes in 'Owner: … | Due: …' blocks with the task on the next line: "
      "'14 Aug (Fri) EOD', 'TBD', 'within 3 working days', '21 Aug'; next check-in in CST and EAT")
def c10638():
    date = rfcdate(2026, 8, 10, 11, 20, 37)
    body = """Team,

Quick notes from this morning's export weekly.

Status
- Tsavo Q3 batch 1 (600 Canter shafts) confirmed, PI signed on 7 Aug.
- Container rates up about 8% since July.

Actions

Owner: Cathy Liu | Due: 14 Aug (Fri) EOD
Book space for the September Mombasa shipment

Owner: Leo | Due: TBD
Finalise the Canter drawing package

Owner: Tian Yong | Due: within 3 working days
Confirm the production slot for the 600 Canter shafts

Owner: Sherry | Due: 21 Aug
Update the PPAP file for Tsavo

Next check-in: Tue 18 Aug, 9:30 CST / 4:30 EAT.

Sean
"""
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>"
           "p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri}</style></head><body lang=\"EN-US\">"
           "<div class=\"WordSection1\">" + "".join(
               "<p class=\"MsoNormal\">%s</p>" % ((("<b>%s</b>" if x.startswith("Owner:") else "%s") % H.escape(x))
                                                 if x else "&nbsp;") for x in body.split("\n")) + "</div></body></html>")
    part = multi("alternative", [
        text(body, "plain", "utf-8", "quoted-printable"),
        text(htm, "html", "utf-8", "quoted-printable"),
    ], "B_3806043637_1520384147")
    hs = [
        ("Return-Path", "<chensiyuan@wdds.example.cn>"),
        wd_received(date, n=52, rid="4Zl3Sx9Tqbz4"),
        ("User-Agent", "Microsoft-MacOutlook/16.88.24081116"),
        ("Date", date),
        ("Subject", "Export weekly - actions (10 Aug)"),
        ("From", "Sean Chen <chensiyuan@wdds.example.cn>"),
        ("To", "Cathy Liu <liuqian@wdds.example.cn>, Leo Wu <wulei@wdds.example.cn>,\n\tTian Yong "
               "<tianyong@wdds.example.cn>, Sherry Deng <dengxiuying@wdds.example.cn>"),
        ("CC", addr(*BOT, quote=False)),
        ("Message-ID", "<7C2F91E4-3A0B-4D5E-8B16-0E9A4C7D2F31@wdds.example.cn>"),
        ("Thread-Topic", "Export weekly - actions (10 Aug)"),
        ("Mime-version", "1.0"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("刘倩", "Book space for the September Mombasa shipment", "2026-08-14", "abs:2026-08-14"),
        I("吴磊", "Finalise the Canter drawing package", None, "vague"),
        I("田勇", "Confirm the production slot for the 600 Canter shafts", "2026-08-13", "wd:3"),
        I("邓秀英", "Update the PPAP file for Tsavo", "2026-08-21", "abs:2026-08-21"),
    ]
    notes = ("Sent Mon 2026-08-10. Owner/Due header line, task on the next line. Cathy Liu=刘倩, Leo=吴磊, Tian Yong="
             "田勇, Sherry=邓秀英 (aliases; Cc/To display names are English). '14 Aug (Fri) EOD' -> 08-14 with no "
             "time (EOD gives the date only); TBD -> vague_due; 'within 3 working days' -> 08-11, 08-12, 08-13 -> "
             "08-13; '21 Aug' -> 08-21. Status bullets are not items. 'Next check-in: Tue 18 Aug, 9:30 CST / 4:30 "
             "EAT' -> 2026-08-18 09:30 (CST = China Standard Time here).")
    return {"eml": eml, "items": items, "next": NF("2026-08-18", "abs:2026-08-18", "09:30"), "notes": notes}
