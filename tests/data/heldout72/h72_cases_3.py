"""heldout72 cases 10017-10024."""
from h72_lib import (BOTS, Case, Part, bin_part, esc, fu, gold, haddr, hb64, hdrs, html_lines, html_table, htext, hx,
                     item, message, multipart, plain_table, rfc_date, text_part, ts, who, flowed, delivery, sh)
import datetime as dt


def uuid(seed):
    h = hx(seed, 32).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def foxmail_post(seed, mid):
    return [("X-Priority", "3"), ("X-GUID", "%s-%s" % (hx(seed, 8).upper(), hx(seed + "b", 4).upper())),
            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
            ("Message-ID", mid)]


# ---------------------------------------------------------------------------------------------------------- 10017
def c10017():
    sent = ts("2026-06-11 15:30:44")
    subj = "6月11日局务会议定事项督办清单"
    intro = """各科室、区大数据中心：
    现将6月11日局务会议定事项督办清单发给大家（从督办台账Excel里直接贴的），请对照完成时限办理。端午假期6月19日至21日，请提前安排。
"""
    rows = [["序号", "议定事项", "责任单位", "责任人", "完成时限", "办理状态"],
            ["1", "数据安全应急演练方案报局领导审定", "数字基础设施科", "杜鹏飞", "端午节前", "办理中"],
            ["2", "一网通办事项数据回流对账", "政务数据应用科", "彭珂", "节后3个工作日内", "未启动"],
            ["3", "区级政务云资源台账更新", "区大数据中心", "雷鸣", "已于6月8日完成", "已办结"],
            ["4", "苏稽镇便民服务中心自助终端数据接入", "数据资源科", "龚雪（配合：张桂兰）", "2026/6/30", "未启动"],
            ["5", "数据要素宣传月活动方案", "办公室", "", "待定", "未启动"]]
    outro = """
    请各责任人每周四下班前在台账中更新办理状态，办公室每周五汇总报邓局。

苟晓东
市中区数据局办公室
"""
    text = intro + "\n" + plain_table(rows) + "\n" + outro
    xl = ('<table border="0" cellpadding="0" cellspacing="0" width="760" style="border-collapse:collapse;width:570pt">'
          '\n<colgroup><col width="40"><col width="260"><col width="110"><col width="120"><col width="120">'
          '<col width="110"></colgroup>\n')
    for r in rows:
        xl += '<tr height="24" style="height:18.0pt">' + "".join(
            '<td class="xl66" style="border:.5pt solid windowtext;mso-number-format:\'\\@\'">%s</td>'
            % (esc(c) if c else "&nbsp;") for c in r) + "</tr>\n"
    xl += "</table>"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><style>'
            '.xl66{font-size:11.0pt;font-family:宋体;text-align:center;vertical-align:middle;}</style></head>'
            '<body>' + html_lines(intro) + '<!--StartFragment-->' + xl + '<!--EndFragment-->' + html_lines(outro) +
            '</body></html>\n')
    mid = "<20260611153044%s@lsszqsjj.example.gov.cn>" % hx("10017", 8)
    h = hdrs("A", sent, "苟晓东", ["杜鹏飞", "彭珂", "雷鸣", "税建军", "龚雪"], ["邓海鹰", "罗婉清", "A"], subj, mid,
             ("DESKTOP-GXD", "10.21.6.52"), order=("Date", "From", "To", "Cc", "Subject"),
             post=foxmail_post("g17", mid))
    alt = multipart("alternative", "----=_001_NextPart%s_=----" % hx("10017b", 12), [
        text_part("plain", text, "utf-8", "base64", quote_cs=True), text_part("html", html, "utf-8", "base64")],
        preamble="This is a multi-part message in MIME format.")
    g = gold("minutes", "局务会 议定事项督办清单 pasted from Excel (Foxmail UTF-8; Excel HTML fragment with xl66 cells and "
             "tab-separated plain text). Sent Thu 2026-06-11; 端午 06-19..06-21 off, no make-up day. Row 1 '端午节前' -> "
             "last working day before the holiday, Thu 06-18; row 2 '节后3个工作日内' -> 06-22, 06-23, 06-24 -> 06-24; row "
             "3 已办结 -> not an item; row 4 '龚雪（配合：张桂兰）' -> 龚雪, '2026/6/30' -> 06-30; row 5 责任单位 办公室 with "
             "an empty 责任人 cell -> no_owner (department 办公室), '待定' -> vague_due. The closing 每周四/每周五 lines are "
             "standing rules.",
             [item("杜鹏飞", "数据安全应急演练方案报局领导审定", "2026-06-18", "before:2026-06-19"),
              item("彭珂", "一网通办事项数据回流对账", "2026-06-24", "hwd:2026-06-19:3"),
              item("龚雪", "苏稽镇便民服务中心自助终端数据接入", "2026-06-30", "abs:2026-06-30"),
              item(None, "数据要素宣传月活动方案", flags=["no_owner", "vague_due"], department="办公室")])
    return Case(10017, "gov-duban-excel-paste-foxmail", "minutes", sent, message(h, alt), g,
                "Foxmail UTF-8 局务会督办清单 pasted from Excel (xl66 cells / tabs): 端午节前, 节后3个工作日内, 已办结 row, "
                "'龚雪（配合：张桂兰）', 2026/6/30, empty 责任人 -> no_owner + 待定")


# ---------------------------------------------------------------------------------------------------------- 10018
def c10018():
    sent = ts("2026-06-16 18:05:27")
    subj = "腾讯会议智能纪要：端午礼盒灌装收尾会"
    body = """各位，腾讯会议生成的纪要转过来，待办里写错的人名我改过了（AI把“於工”识别成了“于工”）。

腾讯会议 · AI小助手 · 智能纪要
会议主题：端午礼盒灌装收尾会
会议时间：2026/06/16 14:00-14:45 (GMT+08:00)
参会人：殷小军、於春生、钱立、笪红梅

AI 摘要
  1. 礼盒灌装已完成85%，剩余3000盒预计周四前完成。
  2. 2号封盖机偶发卡瓶，於工建议节后安排大修。
  3. 品控抽检合格率99.2%，未发现渗漏。

会议待办
  · 於春生：端午节后第一个工作日对2号封盖机进行大修，并提交维修报告
  · 钱立：本周内完成剩余3000盒礼盒灌装
  · 笪红梅：周四下午5点前出具礼盒成品出厂检验报告
  · 殷小军：与销售部核对节后补货量（时间待定）

智能纪要由AI生成，内容仅供参考
"""
    html = ('<div style="font-family:微软雅黑,sans-serif;font-size:14px">' + html_lines(body) + '</div>\n')
    mid = "<tencent_%s@chunhe-vinegar.example.cn>" % hx("10018", 40).upper()
    h = hdrs("C", sent, "殷小军", ["於春生", "钱立", "笪红梅"], ["眭国平", "解文涛", "C"], subj, mid,
             ("smtpbg153.exmail.example.com", "203.205.250.153"),
             order=("X-QQ-mid", "Date", "From", "To", "Cc", "Subject", "Message-ID"),
             pre=[("X-QQ-mid", "bizesmtp%st1781604327t%s" % (hx("qq18", 5), hx("qq18b", 8)))],
             post=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")])
    alt = multipart("alternative", "----=_NextPart_%s_%s" % (hx("10018b", 8).upper(), hx("10018c", 16).upper()), [
        text_part("plain", body, "gb18030", "base64"), text_part("html", html, "gb18030", "base64")])
    g = gold("minutes", "Tencent Meeting (腾讯会议) AI 智能纪要 mailed through Exmail in gb18030. Sent Tue 2026-06-16, before "
             "端午 (06-19..06-21 off). Only 会议待办 counts; the AI 摘要 ('於工建议节后安排大修', '预计周四前完成') is not an item. "
             "於春生 '端午节后第一个工作日' -> 06-22; 钱立 '本周内' -> Sunday 06-21 (calendar week end, which is a holiday); "
             "笪红梅 '周四下午5点前' -> 06-18 17:00; 殷小军 '（时间待定）' -> vague_due. The preface fixes a name, nothing else.",
             [item("於春生", "对2号封盖机进行大修并提交维修报告", "2026-06-22", "after:2026-06-19"),
              item("钱立", "完成剩余3000盒礼盒灌装", "2026-06-21", "wkend"),
              item("笪红梅", "出具礼盒成品出厂检验报告", "2026-06-18", "wk:3", time="17:00"),
              item("殷小军", "与销售部核对节后补货量", flags=["vague_due"])])
    return Case(10018, "tencent-meeting-ai-minutes-exmail-gb18030", "minutes", sent, message(h, alt), g,
                "腾讯会议 AI 智能纪要 via Exmail gb18030 (only 会议待办 counts): 端午节后第一个工作日, 本周内 ending on a "
                "holiday Sunday, 周四下午5点前, 时间待定; AI summary lines are not items")


# ---------------------------------------------------------------------------------------------------------- 10019
def c10019():
    sent = ts("2026-06-17 10:02:18")
    bot = BOTS["B"]
    orig_mid = "<mb.%s@bloemhof-yx.example.cn>" % hx("recap10019", 20)
    subj = "Undeliverable: [Minutes Bot] Please confirm: Minutes quality review 13 May"
    text = """Your message to purchasing@nanum-flora.example.kr couldn't be delivered.

nanum-flora.example.kr couldn't be found. Check the spelling of the recipient's email address.

Minutes Bot    Office 365    nanum-flora.example.kr
Action Required                                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: HK2PR02MB4105.apcprd02.prod.outlook.com
purchasing@nanum-flora.example.kr
Remote server returned '550 5.4.310 DNS domain nanum-flora.example.kr does not exist [Message=InfoDomainNonexistent]'
"""
    html = "<html><body><p>" + "<br>".join(esc(x) for x in text.split("\n")) + "</p></body></html>\n"
    ds = ("Reporting-MTA: dns;HK2PR02MB4105.apcprd02.prod.outlook.com\nReceived-From-MTA: dns;mx.bloemhof-yx.example.cn\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822;purchasing@nanum-flora.example.kr\nAction: failed\n"
          "Status: 5.4.310\nDiagnostic-Code: smtp;550 5.4.310 DNS domain nanum-flora.example.kr does not exist\n"
          " [Message=InfoDomainNonexistent]\n" % rfc_date(sent - dt.timedelta(seconds=40)))
    hdr_copy = ("From: Minutes Bot <minutes@bloemhof-yx.example.cn>\nTo: purchasing@nanum-flora.example.kr\n"
                "Subject: [Minutes Bot] Please confirm: Minutes quality review 13 May\nDate: %s\nMessage-ID: %s\n"
                "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n"
                % (rfc_date(sent - dt.timedelta(seconds=45)), orig_mid))
    rep = multipart("report", "%s" % uuid("10019b").lower(), [
        multipart("alternative", "%s" % uuid("10019c").lower(), [
            text_part("plain", text, "us-ascii", "quoted-printable"),
            text_part("html", html, "us-ascii", "quoted-printable")]),
        Part([("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Type", "text/rfc822-headers")], hdr_copy.encode())],
        params=';\n\treport-type=delivery-status')
    mid = "<%s@HK2PR02MB4105.apcprd02.prod.outlook.com>" % uuid("10019")
    h = [("Return-Path", "<>"), ("Delivered-To", bot[1]),
         ("Received", "from HK2PR02MB4105.apcprd02.prod.outlook.com (HK2PR02MB4105.apcprd02.prod.outlook.com "
          "[40.107.255.73])\n\tby mx.bloemhof-yx.example.cn (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s (CST)"
          % (hx("r19", 9).upper(), bot[1], rfc_date(sh(sent + dt.timedelta(seconds=2))))),
         ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bloemhof-yx.example.cn>"),
         ("To", haddr(*bot)), ("Date", rfc_date(sent)), ("Subject", subj), ("Message-ID", mid),
         ("In-Reply-To", orig_mid), ("References", orig_mid), ("Content-Language", "en-US"),
         ("X-MS-PublicTrafficType", "Email"), ("X-MS-Exchange-Message-Is-Ndr", ""),
         ("X-MS-Exchange-Organization-SCL", "-1")]
    g = gold("auto", "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Return-Path <>, "
             "From the Microsoft Exchange system address, X-MS-Exchange-Message-Is-Ndr) for a bot recap sent to a "
             "non-existent Korean domain. There is no Auto-Submitted header on the NDR itself; the report structure, "
             "null sender and the 'Undeliverable:' subject make it auto. The returned header copy carries the bot's own "
             "Auto-Submitted line.")
    return Case(10019, "auto-exchange-ndr-no-auto-submitted", "auto", sent, message(h, rep), g,
                "Exchange Online NDR (multipart/report, Return-Path <>, X-MS-Exchange-Message-Is-Ndr, no Auto-Submitted "
                "on the NDR) for a recap to a dead Korean domain")


# ---------------------------------------------------------------------------------------------------------- 10020
def c10020():
    sent = ts("2026-06-18 11:20:05")
    subj = "6月食品安全月度检查会议纪要"
    body = """各位：
6月食品安全月度检查会议纪要如下。

时间：6月18日 9:00-10:30　地点：品控部会议室
参会：白音、田宝山、刘振东、韩志强、孟庆丰

一、6月检查情况：屠宰车间2处、分割车间3处记录不全；冷库3号库温度记录断档2小时（6月9日夜间）。
二、整改要求：
  1. 田宝山：提交6月检查问题整改报告，节后第一个工作日前；
  2. 刘振东：提交6月检查问题整改报告，节后第一个工作日前；
  3. 韩志强：3号冷库温度记录仪更换为带4G上传的型号，下周三前完成；
  4. 孟庆丰：配合韩志强完成记录仪安装调试。
三、下次检查：7月16日（周四）上午9点，各车间负责人参加。

品控部  白音
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_lines(body) +
            '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>\n')
    mid = "<%s.%s.%s@muge-beef.example.cn>" % (hx("10020a", 6), hx("10020b", 4), hx("10020c", 12))
    h = hdrs("D", sent, "白音", ["田宝山", "刘振东", "韩志强", "孟庆丰"], ["包文生", "D"], subj, mid,
             ("mail-m12161.qiye.163.example.com", "220.197.31.161"),
             order=("Date", "From", "To", "Cc", "Subject", "Message-ID"),
             post=[("X-Priority", "3"), ("X-Mailer", "NetEase MailMaster 5.4.2.1013"),
                   ("X-CM-TRANSID", "%s--.%s" % (hb64("t20", 12), hb64("t20b", 6))),
                   ("X-Originating-IP", "[111.121.14.22]")])
    alt = multipart("alternative", "----=_Part_%s" % hx("10020d", 16), [
        text_part("plain", body, "UTF-8", "base64"), text_part("html", html, "UTF-8", "base64")])
    g = gold("minutes", "NetEase MailMaster minutes where two items have the same task text ('提交6月检查问题整改报告') for "
             "two owners: both must be kept. Sent Thu 2026-06-18, the eve of 端午 (06-19..06-21). '节后第一个工作日前' -> "
             "06-22 for both; 韩志强 '下周三前' -> 06-24; 孟庆丰 '配合…安装调试' has its own line and owner but no date -> "
             "no_due. 一、 is findings, not items. '下次检查：7月16日（周四）上午9点' -> follow-up 2026-07-16 09:00.",
             [item("田宝山", "提交6月检查问题整改报告", "2026-06-22", "after:2026-06-19"),
              item("刘振东", "提交6月检查问题整改报告", "2026-06-22", "after:2026-06-19"),
              item("韩志强", "3号冷库温度记录仪更换为带4G上传的型号", "2026-06-24", "nw:2"),
              item("孟庆丰", "配合完成记录仪安装调试", flags=["no_due"])],
             fu("2026-07-16", "09:00", "abs:2026-07-16"))
    return Case(10020, "same-task-two-owners-mailmaster", "minutes", sent, message(h, alt), g,
                "NetEase MailMaster minutes with two items of identical task text for two owners; 节后第一个工作日前 on the "
                "eve of 端午; 下周三前; a 配合 line without date; next inspection sentence")


# ---------------------------------------------------------------------------------------------------------- 10021
def c10021():
    sent = ts("2026-06-22 08:52:10")
    subj = "市中区数据局工作简报（2026年第12期）"
    body = """市中区数据局工作简报
2026年第12期（总第58期）          市中区数据局办公室编          2026年6月22日

【工作动态】
1. 区级政务云资源盘点完成。区大数据中心已于6月8日完成47个业务系统的资源核查，形成资源台账，计划6月底前完成首批低效资源回收。
2. 公共数据授权运营试点稳步推进。6月9日，我局与嘉州数字科技集团召开第二次对接会，双方就运营平台技术方案达成一致，授权运营协议（试点版）拟于7月上旬提交局务会审议。
3. 苏稽镇便民服务中心自助终端数据接入启动。数据资源科牵头，计划6月30日前完成接入调试。

【基层声音】
苏稽镇便民服务中心张桂兰：“数据接进来以后，群众办社保认证不用再跑区里了。”

【下步工作】
围绕“数据要素×”三年行动，7月将组织开展数据要素宣传月活动，具体方案另行印发。

报：局领导
送：各科室、区大数据中心
（共印12份）
"""
    html = ('<div style="font-family:仿宋_GB2312,仿宋;font-size:16px;line-height:1.8">' + html_lines(body) + '</div>\n')
    mid = "<%s.%s.%s.Coremail.gouxiaodong@lsszqsjj.example.gov.cn>" % (hx("10021a", 7), hx("10021b", 4),
                                                                      hx("10021c", 11))
    h = hdrs("A", sent, "苟晓东", [("全局干部职工", "all@lsszqsjj.example.gov.cn")], ["A"], subj, mid,
             ("mail.lsszqsjj.example.gov.cn", "10.21.6.8"), order=("Date", "From", "To", "Cc", "Subject"),
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240321(3e2a1b6c)"),
                   ("X-Originating-IP", "[10.21.6.52]"), ("Message-ID", mid), ("X-Coremail-Locale", "zh_CN"),
                   ("X-CM-TRANSID", "%s--.%s" % (hb64("t21", 12), hb64("t21b", 6)))])
    alt = multipart("alternative", "----=_Part_%s_%s.1782089530183" % (hx("10021d", 6), hx("10021e", 9)), [
        text_part("plain", body, "UTF-8", "base64", quote_cs=False),
        text_part("html", html, "UTF-8", "base64", quote_cs=False)])
    g = gold("other", "Internal 工作简报 (a newsletter) written and sent by a person of the 办公室 to the all-staff address, "
             "with no List-*/Precedence headers: kind other (a person's mail that is not minutes). Its plans "
             "('6月底前完成首批低效资源回收', '7月上旬提交局务会', '6月30日前完成接入调试') are reported facts, not action "
             "items, and it is no reply to a recap.")
    return Case(10021, "other-internal-newsletter-coremail", "other", sent, message(h, alt), g,
                "工作简报 newsletter written by a person (no list headers) full of plans with dates: other, no items")


# ---------------------------------------------------------------------------------------------------------- 10022
def c10022():
    sent = ts("2026-06-24 18:40:33", off=9)
    subj = "[Daon x Chunhe] Meeting summary 24 June"
    body = """Dear Vincent,

Thank you for joining today's video meeting. Here is the summary from our side.

Attendees: Park Ji-hoon, Kim Soo-min (Daon Foodnet); Vincent Xie, Da Hongmei (Chunhe Vinegar)

1. Korean label & MFDS registration
- Chunhe (Ms. Da) will send the revised Korean back label with the updated sodium value by June 30 (KST).
- Daon (Soo-min) will submit the import food registration to MFDS after receiving the label. Processing takes about 2 weeks.

2. First container (1,200 cartons, 6-year aged vinegar 500 ml)
- Vincent will confirm the production slot and the ETD Shanghai within this week.
- Park will send the purchase order once the label is approved, target early July.

3. Samples for the Busan food fair
- Chunhe to send 2 cartons of samples by express before July 3.

Next meeting: July 8 (Wed), 10:00 KST / 09:00 China.

Best regards,
Park Ji-hoon
Overseas Sourcing Team | Daon Foodnet Co., Ltd. | Busan
"""
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in body.split("\n")) + "</div>\n"
    mid = "<CAK%s@mail.gmail.com>" % hb64("10022", 36).replace("/", "_").replace("+", "-")
    h = hdrs("C", sent, "Park Ji-hoon", [("Vincent Xie", "xiewentao@chunhe-vinegar.example.cn")],
             ["Kim Soo-min", ("Da Hongmei", "dahongmei@chunhe-vinegar.example.cn"), "C"], subj, mid,
             ("mail-pj1-f45.google.com", "209.85.216.45"), order=("From", "Date", "Message-ID", "Subject", "To", "Cc"),
             pre=[("X-Gm-Message-State", "AOJu0Y%s" % hb64("gm22", 30)), ("MIME-Version", "1.0")],
             post=[("X-Gm-Features", "AQt7F2%s" % hx("gf22", 20))])
    alt = multipart("alternative", "0000000000%s" % hx("10022b", 16), [
        text_part("plain", body, "UTF-8", "quoted-printable", quote_cs=False),
        text_part("html", html, "UTF-8", "quoted-printable", quote_cs=False)])
    g = gold("minutes", "English summary from the Korean importer (Gmail, Date Wed 2026-06-24 18:40 +0900 = 17:40 "
             "Shanghai, same date). Owners written as company + person: 'Chunhe (Ms. Da)' -> 笪红梅 (Cc display name Da "
             "Hongmei), 'Daon (Soo-min)' -> Kim Soo-min (Cc), 'Vincent' -> 解文涛 (alias), 'Park' -> From. 'by June 30 "
             "(KST)' -> 06-30; Soo-min's item waits for the label -> no_due; 'within this week' -> Sunday 06-28; 'target "
             "early July' -> vague_due; 'Chunhe to send … before July 3' names only the company -> no_owner, due 07-03. "
             "'Next meeting: July 8 (Wed), 10:00 KST / 09:00 China' -> 2026-07-08 09:00.",
             [item("笪红梅", "send the revised Korean back label with the updated sodium value", "2026-06-30",
                   "abs:2026-06-30"),
              item("Kim Soo-min", "submit the import food registration to MFDS", flags=["no_due"]),
              item("解文涛", "confirm the production slot and the ETD Shanghai", "2026-06-28", "wkend"),
              item("Park Ji-hoon", "send the purchase order", flags=["vague_due"]),
              item(None, "send 2 cartons of samples by express for the Busan food fair", "2026-07-03", "abs:2026-07-03",
                   flags=["no_owner"])],
             fu("2026-07-08", "09:00", "abs:2026-07-08"))
    return Case(10022, "korean-partner-summary-gmail-kst", "minutes", sent, message(h, alt), g,
                "Korean importer's English summary (Gmail +0900): 'Company (person) will …', within this week, target "
                "early July, company-only owner; next meeting in KST and China time")


# ---------------------------------------------------------------------------------------------------------- 10023
def c10023():
    sent = ts("2026-06-26 16:10:49")
    subj = "Propagation weekly 26/06 - notes"
    body = """Propagation weekly - Fri 26 June, 14:00-15:00, GH office
Present: Lily, Jay, Bob, Yan, Maarten (last 20 min)

Done since last week
- Jay finished the SOP for cutting disinfection (signed off by Yan on 22 June).
- Bob replaced the shade screens in GH2.
- Mist bench 3 rooting rate is back to 86%.

Decisions
- From July the 'Coral Dune' mother plants move to GH5.
- No overtime during the heat wave; the day starts at 6:30 instead.

To do
- Bob to move the Coral Dune mother plants to GH5 within 3 working days.
- Jay to set up the new drip schedule for GH5 by end of month.
- Yan to train the two new pickers on the hygiene rules - Monday morning, 9:00.
- Lily to send the July labour plan to Kevin (HR) today.
- Someone from Sales to tell the Korean customer about the variety switch -- owner to be agreed with Cherry.

Next check-in: same time next Friday.

Lily
"""
    mid = "<%s@bloemhof-yx.example.cn>" % uuid("10023")
    h = hdrs("B", sent, "普丽华", ["段俊杰", "罗建波", "李艳"], ["Maarten de Wit", "赵永康", "杨春燕", "B"], subj, mid,
             ("mail.bloemhof-yx.example.cn", "10.8.1.5"), order=("Message-ID", "Date", "To", "Cc", "From", "Subject"))
    i = [k for k, _ in h].index("Date") + 1
    h[i:i] = [("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]
    raw = Part(h + [("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
                    ("Content-Transfer-Encoding", "quoted-printable")], b"").to_bytes()
    from h72_lib import qp
    raw += qp(flowed(body).encode("utf-8"))
    g = gold("minutes", "Thunderbird format=flowed QP minutes in English with 'X to …' lines. Sent Fri 2026-06-26. "
             "'Done since last week' is a report and 'Decisions' are not items. Bob (= 罗建波) 'within 3 working days' -> "
             "06-29, 06-30, 07-01 -> 07-01; Jay 'by end of month' -> 06-30; Yan 'Monday morning, 9:00' -> 06-29 09:00; "
             "Lily (the writer) 'today' -> 06-26; 'Someone from Sales … owner to be agreed' -> no_owner + no_due, "
             "department Sales & Logistics. 'Next check-in: same time next Friday' -> 2026-07-03 14:00 (meeting time from "
             "the header line).",
             [item("罗建波", "move the Coral Dune mother plants to GH5", "2026-07-01", "wd:3"),
              item("段俊杰", "set up the new drip schedule for GH5", "2026-06-30", "mend"),
              item("李艳", "train the two new pickers on the hygiene rules", "2026-06-29", "wk:0", time="09:00"),
              item("普丽华", "send the July labour plan to Kevin (HR)", "2026-06-26", "today"),
              item(None, "tell the Korean customer about the variety switch", flags=["no_owner", "no_due"],
                   department="Sales & Logistics")],
             fu("2026-07-03", "14:00", "nw:4"))
    return Case(10023, "thunderbird-flowed-x-to-done-report", "minutes", sent, raw, g,
                "Thunderbird flowed QP English 'X to …' minutes with a 'Done since last week' report and Decisions; "
                "within 3 working days, end of month, Monday 9:00, today, 'someone from Sales'; 'same time next Friday'")


# ---------------------------------------------------------------------------------------------------------- 10024
def c10024():
    sent = ts("2026-06-29 09:40:02")
    subj = "阿曼订单跨部门协作事项跟踪表（6月29日）"
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
             "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "阿曼6月批次订舱", "国际贸易部", "冷链物流部", "乌日娜", "韩志强", "2026-05-20", "2026-06-02",
             "2026-06-05", "已完成（延期3天，船期调整）", "-"],
            ["2", "清真证书续期", "国际贸易部", "品控部", "乌日娜", "白音", "2026-05-06", "2026-06-10", "2026-06-09",
             "已完成", "-"],
            ["3", "7月批次分割规格调整试产", "国际贸易部", "分割车间", "其木格", "刘振东", "2026-06-22", "2026-07-03",
             "-", "进行中（已完成40%）", "新刀具未到，先用旧刀具试切"],
            ["4", "双语唛头印刷", "国际贸易部", "-", "其木格", "-", "2026-06-24", "月底", "-", "进行中",
             "印刷厂排期紧，已催"],
            ["5", "客户验厂接待方案", "国际贸易部", "总经理办公室", "乌日娜", "包文生", "2026-06-29", "待定", "-",
             "未开始", "客户行程未定"]]
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:微软雅黑;font-size:14px">'
            '<p>包总、各位：</p><p>阿曼订单跟踪表本周更新如下，1、2两项已完成，其余请按计划推进。7月3日（周五）下午3点'
            '在国贸部再对一次表。</p>' +
            html_table(rows, style="border-collapse:collapse;font-size:12px",
                       cell_style="border:1px solid #8c8c8c;padding:3px 6px") +
            '<p><br></p><p>乌日娜<br>国际贸易部</p></div></body></html>\n')
    mid = "<%s.%s.%s@muge-beef.example.cn>" % (hx("10024a", 6), hx("10024b", 4), hx("10024c", 12))
    h = hdrs("D", sent, "乌日娜", ["其木格", "刘振东", "韩志强", "白音"], ["包文生", "D"], subj, mid,
             ("mail-m12162.qiye.163.example.com", "220.197.31.162"),
             order=("Date", "From", "To", "Cc", "Subject", "Message-ID"),
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20231212(9f2c3e1a)"
                                        " Copyright (c) 2002-2026 qiye.163"), ("X-Originating-IP", "[111.121.14.31]"),
                   ("X-CM-TRANSID", "%s--.%s" % (hb64("t24", 12), hb64("t24b", 6)))])
    body = text_part("html", html, "UTF-8", "base64", quote_cs=False)
    g = gold("minutes", "HTML-only (no text/plain) seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方） "
             "columns, NetEase 企业邮 web. Sent Mon 2026-06-29. Rows 1-2 已完成 with 实际完成时间 -> status. The owner of "
             "an open row is the 协作方 person who does the work (刘振东 for 试产, 包文生 for 接待方案); row 4 has no 协作方 "
             "('-') -> the 发起方 其木格. AMBIGUOUS: a reader could take the 发起方 as owner throughout; the executing side is "
             "used. Row 3 '2026-07-03' -> 07-03; row 4 '月底' -> 06-30; row 5 '待定' -> vague_due. '7月3日（周五）下午3点…"
             "再对一次表' -> follow-up 2026-07-03 15:00.",
             [item("刘振东", "7月批次分割规格调整试产", "2026-07-03", "abs:2026-07-03"),
              item("其木格", "双语唛头印刷", "2026-06-30", "mend"),
              item("包文生", "客户验厂接待方案", flags=["vague_due"])],
             fu("2026-07-03", "15:00", "abs:2026-07-03"))
    return Case(10024, "collab-tracking-two-owner-cols-netease-html", "minutes", sent, message(h, body), g,
                "HTML-only seed 跨部门协作事项跟踪表 with 发起方/协作方 owner columns (AMBIGUOUS owner choice), two done "
                "rows, 月底, 待定; '7月3日（周五）下午3点再对一次表' follow-up")


CASES = [c10017, c10018, c10019, c10020, c10021, c10022, c10023, c10024]
