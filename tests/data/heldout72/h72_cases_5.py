"""heldout72 cases 10032-10038."""
from h72_lib import (BOTS, Case, Part, delivery, esc, fu, gold, haddr, hb64, hdrs, html_lines, html_table, htext, hx,
                     item, message, multipart, mso_paras, outlook_html, plain_table, rfc_date, text_part, thread_index,
                     ts, who)


def uuid(seed):
    h = hx(seed, 32).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------------------------------------------------- 10032
def c10032():
    sent = ts("2026-07-27 08:02:41")
    subj = "自动回复: 【纪要助手】请确认：7月10日经营例会纪要 待办事项"
    body = """您好，我正在休年假（7月27日—7月31日），期间邮件无法及时处理。
冷链急事请联系设备动力部孟庆丰（139xxxx5521），8月3日返岗后回复您。
此邮件为自动回复，请勿直接回复。

韩志强
冷链物流部
"""
    bot = BOTS["D"]
    mid = "<2026072708024155%s@muge-beef.example.cn>" % hx("10032", 6)
    recap = "<mb.%s@muge-beef.example.cn>" % hx("recap10032", 20)
    h = delivery(sent, "hanzhiqiang@muge-beef.example.cn", bot[1], "DESKTOP-HZQ", "111.121.14.44", "10032") + [
        ("Date", rfc_date(sent)), ("From", haddr(*who("韩志强"), label="GBK")), ("To", haddr(*bot, label="GBK")),
        ("Subject", htext(subj, "GBK")), ("In-Reply-To", recap), ("References", recap),
        ("X-Priority", "3"), ("X-GUID", "%s-%s" % (hx("g32", 8).upper(), hx("g32b", 4).upper())),
        ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"), ("Message-ID", mid)]
    g = gold("auto", "Vacation auto-reply sent by a Foxmail client-side rule: no Auto-Submitted, no X-Autoreply, no "
             "Precedence header. Only the '自动回复:' subject, the reply to the bot's recap and the body ('此邮件为自动回复') "
             "show that no person wrote it. Dates (7月27日—7月31日, 8月3日返岗) and a delegate are not items or commands.")
    return Case(10032, "auto-vacation-foxmail-rule-no-headers", "auto", sent,
                message(h, text_part("plain", body, "GBK", "base64"), mime=False), g,
                "Foxmail client-rule vacation reply to a recap with no Auto-Submitted/Precedence headers: auto by subject "
                "and body")


# ---------------------------------------------------------------------------------------------------------- 10033
def c10033():
    sent = ts("2026-07-28 16:05:03")
    subj = "外部沟通跟进表（嘉州数字/苏稽镇）0728"
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
             "下次沟通时间", "负责人"],
            ["EC2026-0728-01", "2026-07-28", "嘉州数字科技集团/郑凯文", "政务数据应用科/彭珂", "合作方",
             "集团希望8月中旬上线运营平台试运行，需我局先开放首批数据接口",
             "①区大数据中心（熊亚楠）开放首批3个数据接口测试权限（月底前）②授权运营协议（试点版）8月上旬提交局务会审议",
             "2026-08-04", "彭珂"],
            ["EC2026-0728-02", "2026-07-28", "苏稽镇便民服务中心/张桂兰", "数据资源科/龚雪", "合作方",
             "自助终端社保认证接口偶发超时",
             "①对方提供超时日志（7月30日前）②排查接口超时原因，8月3日前反馈（龚雪）", "2026-08-04", "龚雪"]]
    intro = "邓局、各位：\n今天与嘉州数字和苏稽镇的沟通情况已记入外部沟通跟进表，请相关同志按表推进。\n"
    outro = "\n彭珂\n政务数据应用科\n"
    text = intro + "\n" + plain_table(rows) + "\n" + outro
    inner = mso_paras(intro) + html_table(rows, style="border-collapse:collapse;border:none",
                                          cell_style="border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt") + mso_paras(outro)
    html = outlook_html(inner, cs="utf-8")
    mid = "<004a01dd1e62$%s$%s@lsszqsjj.example.gov.cn>" % (hx("10033a", 8), hx("10033b", 8))
    h = hdrs("A", sent, "彭珂", ["熊亚楠", "龚雪", "郑凯文", "张桂兰"], ["邓海鹰", "雷鸣", "税建军", "A"], subj, mid,
             ("PK-THINKPAD", "10.21.6.71"),
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("10033")),
                   ("Content-Language", "zh-cn")])
    alt = multipart("alternative", "----=_NextPart_000_004B_01DD1E62.%s" % hx("10033c", 8).upper(), [
        text_part("plain", text, "utf-8", "quoted-printable", crlf_src=True),
        text_part("html", html, "utf-8", "quoted-printable", crlf_src=True)],
        preamble="This is a multipart message in MIME format.")
    g = gold("minutes", "Seed 外部沟通跟进表 (Outlook UTF-8 QP) with an SOE partner row and a township row. Sent Tue "
             "2026-07-28. Row 1 ① names 熊亚楠 -> her item, '（月底前）' -> 07-31; ② names nobody -> row 负责人 彭珂, '8月上旬' "
             "-> vague_due (a period, not a date). Row 2 ① '对方提供' -> the counterpart contact 张桂兰 (in To), '（7月30日前）' "
             "-> 07-30; ② 龚雪 '8月3日前' -> 08-03. 下次沟通时间 2026-08-04 in both rows -> follow-up 08-04, no time.",
             [item("熊亚楠", "开放首批3个数据接口测试权限", "2026-07-31", "mend"),
              item("彭珂", "授权运营协议（试点版）提交局务会审议", flags=["vague_due"]),
              item("张桂兰", "提供接口超时日志", "2026-07-30", "abs:2026-07-30"),
              item("龚雪", "排查接口超时原因并反馈", "2026-08-03", "abs:2026-08-03")],
             fu("2026-08-04", None, "abs:2026-08-04"))
    return Case(10033, "gov-external-followup-soe-outlook-qp", "minutes", sent, message(h, alt), g,
                "Outlook UTF-8 QP seed 外部沟通跟进表 with an SOE partner and a township: named person in ①, row 负责人 "
                "for ②, '对方' -> counterpart contact, 月底前, 8月上旬 (vague)")


# ---------------------------------------------------------------------------------------------------------- 10034
def c10034():
    sent = ts("2026-07-31 21:48:19")
    subj = "今晚电话会纪要（中秋礼盒）"
    body = """今晚和眭总、文涛、红梅电话过了一下中秋礼盒，手机上记的，简单列一下：

@解文涛 中秋礼盒报价单终稿，8月5日前发眭总（含韩国渠道价）
@笪红梅 礼盒新包材的迁移测试报告，下周四前
@濮珺 天猫中秋预售页面，尽快先把框架搭起来
@贡建华 礼盒外盒招标，时间待定，等设计定稿
我这边：中秋礼盒灌装排产计划，8月7日前

中秋是9月25日，礼盒9月10日前必须全部入仓，倒排时间大家心里有数。
下周一早上9点再碰一次。

发自我的iPhone
"""
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><div>' +
            "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in body.split("\n")) + '</div>\n')
    mid = "<tencent_%s@chunhe-vinegar.example.cn>" % hx("10034", 40).upper()
    h = hdrs("C", sent, "殷小军", ["解文涛", "笪红梅", "濮珺", "贡建华"], ["眭国平", "C"], subj, mid,
             ("smtpbg152.exmail.example.com", "203.205.250.152"),
             order=("X-QQ-mid", "Date", "From", "To", "Cc", "Subject", "Message-ID"),
             pre=[("X-QQ-mid", "bizesmtpip%st1785505699t%s" % (hx("qq34", 5), hx("qq34b", 8)))],
             post=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "iPhone Mail (22F76)"),
                   ("X-QQ-Mailer", "QQMail 2.x")])
    alt = multipart("alternative", "----=_NextPart_%s_%s" % (hx("10034b", 8).upper(), hx("10034c", 16).upper()), [
        text_part("plain", body, "utf-8", "base64"), text_part("html", html, "utf-8", "base64")])
    g = gold("minutes", "Late-evening phone minutes (iPhone Mail through Exmail) with '@name task, date' lines. Sent Fri "
             "2026-07-31 21:48. '8月5日前' -> 08-05; '下周四前' -> 08-06; '尽快' -> vague_due; '时间待定' -> vague_due; "
             "'我这边：…' -> the writer (From 殷小军), '8月7日前' -> 08-07. '礼盒9月10日前必须全部入仓' is the shared goal "
             "without an owner and not recorded as an item (AMBIGUOUS: it could be read as a no_owner item due 09-10). "
             "'下周一早上9点再碰一次' -> follow-up 2026-08-03 09:00.",
             [item("解文涛", "中秋礼盒报价单终稿发眭总（含韩国渠道价）", "2026-08-05", "abs:2026-08-05"),
              item("笪红梅", "礼盒新包材的迁移测试报告", "2026-08-06", "nw:3"),
              item("濮珺", "搭建天猫中秋预售页面框架", flags=["vague_due"]),
              item("贡建华", "礼盒外盒招标", flags=["vague_due"]),
              item("殷小军", "中秋礼盒灌装排产计划", "2026-08-07", "abs:2026-08-07")],
             fu("2026-08-03", "09:00", "nw:0"))
    return Case(10034, "phone-at-mentions-self-item-exmail", "minutes", sent, message(h, alt), g,
                "iPhone/Exmail late-evening '@name task，date' minutes: 下周四前 from a Friday, 尽快, 时间待定, a '我这边' "
                "item owned by the sender, a goal line (AMBIGUOUS); 下周一早上9点 follow-up")


# ---------------------------------------------------------------------------------------------------------- 10035
def c10035():
    sent = ts("2026-08-04 16:10:05", off=4)
    subj = "Audit closing meeting 4 Aug / 末次会议纪要"
    body = """Dear Mr. Bao, dear Urna,

Thank you for hosting our audit team in Tongliao on 3-4 August. Below are the points agreed at today's closing meeting / 以下为今天末次会议确认的事项：

Observations / 观察项
1. Carcass chilling room: temperature log gaps on 2 nights (explained, no action).
2. Knife sterilizers on the boning line below 82\u00b0C at one station.

Corrective actions / 纠正措施
a) Mr. Liu Zhendong (boning hall) \u2013 fix the sterilizer at station 6 and send a photo of the temperature record within 48 hours.
b) Ms. Bayin (QA) \u2013 send the updated halal slaughter SOP (Arabic/English version) by next Monday.
c) Urna \u2013 send the revised certificate of origin template by 14 August.
d) Sohar Fresh (Aisha) \u2013 send the final audit report to Muge by 21 August.

2027 volumes will be discussed at the October review. / 2027年框架量在10月回顾会上讨论。

Kind regards,
Aisha Al-Balushi
QA Manager, Sohar Fresh Provisions LLC

Sent from my iPad
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in body.split("\n")) + '</body></html>\n')
    mid = "<%s@soharfresh.example.om>" % uuid("10035")
    h = hdrs("D", sent, "Aisha Al-Balushi", [("Bao Wensheng", "baowensheng@muge-beef.example.cn"),
                                             ("Urna", "wurina@muge-beef.example.cn")],
             [("Liu Zhendong", "liuzhendong@muge-beef.example.cn"), ("Bayin", "baiyin@muge-beef.example.cn"),
              "Salim Al-Harthy", "D"], subj, mid, ("mail.soharfresh.example.om", "5.36.12.80"),
             order=("From", "Content-Type", "Mime-Version", "Subject", "Date", "Message-Id", "Cc", "To"),
             post=[("Message-Id", mid), ("X-Mailer", "iPad Mail (22G86)")])
    alt = multipart("alternative", "Apple-Mail-%s" % uuid("10035b"), [
        text_part("plain", body, "utf-8", "quoted-printable", quote_cs=False),
        text_part("html", html, "utf-8", "quoted-printable", quote_cs=False)])
    h.append(("Mime-Version", "1.0 (1.0)"))
    g = gold("minutes", "Bilingual closing-meeting minutes written by the Omani customer's auditor on an iPad; Date Tue "
             "2026-08-04 16:10 +0400 = 20:10 Shanghai. a) Liu Zhendong (= 刘振东) 'within 48 hours' -> 08-06 20:10 "
             "(from the Date header); b) Bayin (= 白音) 'by next Monday' -> 08-10; c) Urna (= 乌日娜) 'by 14 August' -> "
             "08-14; d) 'Sohar Fresh (Aisha)' -> Aisha Al-Balushi (From), 'by 21 August' -> 08-21. Observations are "
             "findings; the 2027 line is a statement. No next meeting date ('October review').",
             [item("刘振东", "fix the sterilizer at station 6 and send a photo of the temperature record", "2026-08-06",
                   "hrs:48", time="20:10"),
              item("白音", "send the updated halal slaughter SOP (Arabic/English version)", "2026-08-10", "nw:0"),
              item("乌日娜", "send the revised certificate of origin template", "2026-08-14", "abs:2026-08-14"),
              item("Aisha Al-Balushi", "send the final audit report to Muge", "2026-08-21", "abs:2026-08-21")])
    return Case(10035, "bilingual-audit-closing-ipad-plus0400", "minutes", sent, message(h, alt, mime=False), g,
                "iPad Mail bilingual (EN/中文) audit closing minutes from Oman (+0400): 'within 48 hours' from the Date "
                "header, by next Monday, 'Mr./Ms. X (dept) – task', company (person) owner; no follow-up")


# ---------------------------------------------------------------------------------------------------------- 10036
def c10036():
    sent = ts("2026-08-10 02:30:11", off=0)
    subj = "Propagation schedule W33 (pasted from Excel)"
    intro = """Hi all,

This week's schedule below, pasted from the planning sheet. Done rows are kept for reference. We go through it again at Monday's stand-up (17 Aug, 08:30).
"""
    rows = [["Task", "Owner", "Due", "Status"],
            ["Stick 'Coral Dune' cuttings, batch 33", "Bob Luo", "8/14", "Open"],
            ["Disinfect mist bench 2", "Jay Duan", "7-Aug", "Done"],
            ["Send rooting report W32 to Femke", "Lily Pu", "2026/8/12", "Open"],
            ["Calibrate the 3 EC meters", "Yan Li", "Aug 21", "Open"],
            ["Order 2 t coco substrate", "Kevin Zhao", "ASAP", "Open"],
            ["Check irrigation filter GH5", "Jay Duan", "8/11 9:00", "Open"]]
    outro = "\nThanks,\nYan\n\nLi Yan | Quality Lead | Bloemhof Genetics (Yuxi)\n"
    text = intro + "\n" + plain_table(rows) + "\n" + outro
    xl = ('<table border="0" cellpadding="0" cellspacing="0" width="520" style="border-collapse:collapse;width:390pt">'
          + "".join('<tr height="20" style="height:15.0pt">' + "".join(
              '<td class="xl%d" style="border:.5pt solid windowtext;%s">%s</td>'
              % (66 if i else 65, "mso-number-format:'m/d';" if c.startswith("8/") else "", esc(c)) for c in r)
              + "</tr>" for i, r in enumerate(rows)) + "</table>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>.xl65{font-weight:700;'
            'background:#D9E1F2}.xl66{font-family:Calibri}</style></head><body><div class="elementToProof">'
            + html_lines(intro) + '</div>' + xl + '<div>' + html_lines(outro) + '</div></body></html>\n')
    mid = "<TY0PR06MB%s@TY0PR06MB%s.apcprd06.prod.outlook.com>" % (hx("10036a", 8).upper(), hx("10036b", 4).upper())
    h = hdrs("B", sent, "李艳", ["罗建波", "段俊杰", "普丽华", "赵永康"], ["Maarten de Wit", "B"], subj, mid,
             ("APC01-TYZ-obe.outbound.protection.outlook.com", "52.101.127.40"),
             order=("From", "To", "Cc", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID"),
             post=[("Accept-Language", "en-US, zh-CN"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")])
    i = [k for k, _ in h].index("Date")
    h[i:i] = [("Thread-Topic", subj), ("Thread-Index", thread_index("10036"))]
    h = [(k, v.replace("=?utf-8?B?5p2O6Imz?=", "Li Yan")) if k == "From" else (k, v) for k, v in h]
    alt = multipart("alternative", "_000_TY0PR06MB%s_" % hx("10036c", 12).upper(), [
        text_part("plain", text, "utf-8", "base64"), text_part("html", html, "utf-8", "base64")])
    g = gold("minutes", "M365 mail with an Excel range pasted (xl65/xl66 cells, mso-number-format; tab-separated plain "
             "text). Date is UTC: Mon 2026-08-10 02:30 +0000 = 10:30 Shanghai. Dates in mixed spreadsheet formats: '8/14' "
             "-> 08-14; '2026/8/12' -> 08-12; 'Aug 21' -> 08-21; '8/11 9:00' -> 08-11 09:00; 'ASAP' -> vague_due; the "
             "'Done' row (7-Aug) is status. Owners by English alias (Bob Luo, Lily Pu, Yan Li = the sender, Kevin Zhao, "
             "Jay Duan). 'Monday's stand-up (17 Aug, 08:30)' -> follow-up 2026-08-17 08:30.",
             [item("罗建波", "Stick 'Coral Dune' cuttings, batch 33", "2026-08-14", "abs:2026-08-14"),
              item("普丽华", "Send rooting report W32 to Femke", "2026-08-12", "abs:2026-08-12"),
              item("李艳", "Calibrate the 3 EC meters", "2026-08-21", "abs:2026-08-21"),
              item("赵永康", "Order 2 t coco substrate", flags=["vague_due"]),
              item("段俊杰", "Check irrigation filter GH5", "2026-08-11", "abs:2026-08-11", time="09:00")],
             fu("2026-08-17", "08:30", "nw:0"))
    return Case(10036, "excel-range-english-m365-utc", "minutes", sent, message(h, alt), g,
                "M365 (UTC Date) English schedule pasted from Excel: 8/14, 2026/8/12, Aug 21, '8/11 9:00', ASAP, a Done "
                "row; stand-up follow-up")


# ---------------------------------------------------------------------------------------------------------- 10037
def c10037():
    sent = ts("2026-08-19 16:40:27")
    subj = "关于第三季度数据安全检查工作的会议纪要"
    intro = """各位：
    8月19日上午局务会专题研究了第三季度数据安全检查工作，现将议定事项纪要如下（一事一表），请牵头单位抓好落实，配合单位积极支持。
"""
    rows = [["序号", "工作任务", "牵头单位（责任人）", "配合单位", "完成时限"],
            ["1", "开展全区政务信息系统数据安全检查", "数字基础设施科（杜鹏飞）", "区大数据中心", "中秋节前"],
            ["2", "形成数据安全检查报告报市数据局", "数字基础设施科（宋佳怡）", "各科室", "9月底前"],
            ["3", "检查发现问题整改“回头看”", "区大数据中心（雷鸣）", "数字基础设施科", "国庆节后第一个工作日"],
            ["4", "检查结果全局通报", "办公室", "—", "检查结束后5个工作日内"]]
    outro = """    二、9月9日（周三）上午9:30召开调度会，各牵头单位汇报检查进展。
    三、检查期间如发现重大数据安全隐患，须1小时内报告邓海鹰副局长。

市中区数据局办公室
2026年8月19日
"""
    text = intro + "\n" + plain_table(rows) + "\n\n" + outro
    inner = (mso_paras(intro) + html_table(rows, style="border-collapse:collapse;border:none",
                                           cell_style="border:solid windowtext 1.0pt;padding:0cm 5.4pt") +
             mso_paras(outro))
    mid = "<006c01dd2f9e$%s$%s@lsszqsjj.example.gov.cn>" % (hx("10037a", 8), hx("10037b", 8))
    h = hdrs("A", sent, "罗婉清", ["杜鹏飞", "宋佳怡", "雷鸣"], ["邓海鹰", "苟晓东", "A"], subj, mid,
             ("LAPTOP-LWQ02", "10.21.6.34"), label="gb2312", mode="Q",
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("10037")),
                   ("Content-Language", "zh-cn")])
    alt = multipart("alternative", "----=_NextPart_000_006D_01DD2F9E.%s" % hx("10037c", 8).upper(), [
        text_part("plain", text, "gb2312", "quoted-printable", crlf_src=True),
        text_part("html", outlook_html(inner), "gb2312", "quoted-printable", crlf_src=True)],
        preamble="This is a multipart message in MIME format.")
    g = gold("minutes", "Outlook gb2312 quoted-printable (Q-encoded headers) government 一事一表 with 牵头单位（责任人）/"
             "配合单位/完成时限. Sent Wed 2026-08-19. '中秋节前' (中秋 09-25..09-27) -> last working day before it, Thu "
             "09-24; '9月底前' -> 09-30; '国庆节后第一个工作日' (10-01..10-07 off) -> Thu 10-08; row 4 办公室 only and "
             "'检查结束后5个工作日内' counts from an unknown end date -> no_owner + no_due. 三、'1小时内报告' is a standing "
             "rule. '9月9日（周三）上午9:30召开调度会' -> follow-up.",
             [item("杜鹏飞", "开展全区政务信息系统数据安全检查", "2026-09-24", "before:2026-09-25"),
              item("宋佳怡", "形成数据安全检查报告报市数据局", "2026-09-30", "mend:9"),
              item("雷鸣", "检查发现问题整改“回头看”", "2026-10-08", "after:2026-10-01"),
              item(None, "检查结果全局通报", flags=["no_owner", "no_due"], department="办公室")],
             fu("2026-09-09", "09:30", "abs:2026-09-09"))
    return Case(10037, "gov-one-table-holidays-outlook-qp", "minutes", sent, message(h, alt), g,
                "Outlook gb2312 QP (Q-encoded headers) 一事一表 with 牵头/配合: 中秋节前, 9月底前, 国庆节后第一个工作日, "
                "event-relative 检查结束后5个工作日内 (no_due); 1小时内 standing rule is not an item")


# ---------------------------------------------------------------------------------------------------------- 10038
def c10038():
    sent = ts("2026-08-27 09:15:36")
    subj = "8月26日中秋备货周会纪要"
    body = """各位：昨天下午周会纪要如下。

会议时间：8月26日（周三）15:00-16:20　地点：三楼会议室
参加：眭总、殷主任、笪经理、解经理、小濮、贡主管、於工、钱师傅

【上次待办回顾】
1. 中秋礼盒报价单终稿（解经理）——已完成，8月5日已发眭总。
2. 礼盒新包材迁移测试（笪经理）——已完成，合格。
3. 天猫中秋预售页面（小濮）——进行中，完成80%，8月28日上线。

【本次待办】
1. 钱师傅：中秋礼盒第二批灌装8000盒，9月4日前完成；
2. 笪经理：第一批礼盒出厂检验报告，明天下班前；
3. 於工：中秋、国庆期间设备值班表，9月15日前排好报眭总；
4. 韩国渠道中秋促销物料（解经理主责，小濮配合），下周五前；
5. 贡主管：外盒第二批到货验收，到货当天完成。

下次周会：下周三同一时间，还在三楼会议室。

冷思雨
总经办
"""
    html = ('<style>p{margin:0;}</style><div style="font-family:微软雅黑;font-size:14px;">' + html_lines(body) +
            '</div>\n')
    mid = "<%s.%s.%s.Coremail.lengsiyu@chunhe-vinegar.example.cn>" % (hx("10038a", 7), hx("10038b", 4),
                                                                     hx("10038c", 11))
    h = hdrs("C", sent, "冷思雨", ["殷小军", "笪红梅", "解文涛", "濮珺", "贡建华", "於春生", "钱立"], ["眭国平", "C"],
             subj, mid, ("mail.chunhe-vinegar.example.cn", "10.3.2.9"), label="GBK",
             order=("Date", "From", "To", "Cc", "Subject"),
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT6.0.2 build 20250409(6c1f4e2a)"),
                   ("X-Originating-IP", "[10.3.2.61]"), ("Message-ID", mid), ("X-Coremail-Locale", "zh_CN"),
                   ("X-CM-TRANSID", "%s--.%s" % (hb64("t38", 12), hb64("t38b", 6)))])
    alt = multipart("alternative", "----=_Part_%s_%s.1787793336410" % (hx("10038d", 6), hx("10038e", 9)), [
        text_part("plain", body, "GBK", "base64", quote_cs=False),
        text_part("html", html, "GBK", "base64", quote_cs=False)])
    g = gold("minutes", "Coremail GBK weekly minutes sent the morning after the meeting (Thu 2026-08-27; meeting Wed "
             "08-26 15:00). 【上次待办回顾】 is status (incl. the open 80% line) and not new items. Owners by title/nickname "
             "aliases (钱师傅, 笪经理, 於工, 小濮, 贡主管). '9月4日前' -> 09-04; '明天下班前' -> 08-28 (from the send date); "
             "'9月15日前' -> 09-15; '（解经理主责，小濮配合），下周五前' -> 解文涛, 09-04; '到货当天完成' has no date -> no_due. "
             "'下次周会：下周三同一时间' -> Wednesday of next week 09-02 at the meeting's start 15:00.",
             [item("钱立", "中秋礼盒第二批灌装8000盒", "2026-09-04", "abs:2026-09-04"),
              item("笪红梅", "第一批礼盒出厂检验报告", "2026-08-28", "tmr"),
              item("於春生", "中秋、国庆期间设备值班表排好报眭总", "2026-09-15", "abs:2026-09-15"),
              item("解文涛", "韩国渠道中秋促销物料", "2026-09-04", "nw:4"),
              item("贡建华", "外盒第二批到货验收", flags=["no_due"])],
             fu("2026-09-02", "15:00", "nw:2"))
    return Case(10038, "weekly-review-then-todo-coremail-gbk", "minutes", sent, message(h, alt), g,
                "Coremail GBK weekly minutes sent the day after: 上次待办回顾 (status) then 本次待办 with nickname owners, "
                "明天下班前, '主责/配合' in brackets, 到货当天 (no_due); '下周三同一时间'")


CASES = [c10032, c10033, c10034, c10035, c10036, c10037, c10038]
