"""heldout72 cases 10025-10031."""
from h72_lib import (Case, htext, Part, bin_part, esc, fu, gold, hb64, hdrs, html_lines, html_table, hx, item, message,
                     multipart, pdf_bytes, plain_table, qp, text_part, thread_index, ts)


def uuid(seed):
    h = hx(seed, 32).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def coremail_mid(seed, local):
    return "<%s.%s.%s.Coremail.%s>" % (hx(seed + "a", 7), hx(seed + "b", 4), hx(seed + "c", 11), local)


def coremail_post(seed, mid, ip):
    return [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240321(3e2a1b6c)"),
            ("X-Originating-IP", "[%s]" % ip), ("Message-ID", mid), ("X-Coremail-Locale", "zh_CN"),
            ("X-CM-TRANSID", "%s--.%s" % (hb64(seed + "t", 12), hb64(seed + "u", 6)))]


PDF_10025 = [
    "# 乐山市市中区数据局会议纪要",
    "〔2026〕15号",
    "关于数据要素宣传月活动筹备工作的会议纪要",
    "",
    "6月30日下午，邓海鹰副局长主持召开数据要素宣传月活动筹备会，局办公室、数据资源科、",
    "政务数据应用科、区大数据中心负责同志参加。现纪要如下：",
    "一、活动时间定为7月15日至8月14日，主题为“数据赋能·嘉州新篇”。",
    "二、任务分工",
    "（一）办公室（罗婉清）：7月8日前制定活动总体方案，报局长办公会审定。",
    "（二）政务数据应用科（彭珂）：组织数据应用场景征集，7月10日前发布征集公告。",
    "（三）区大数据中心（熊亚楠）：制作宣传展板和H5页面，7月13日前完成。",
    "（四）数据资源科：配合提供公共数据开放统计数据，时间另行通知。",
    "三、请各责任单位于每周一上午向办公室报送筹备进展。",
    "",
    "下次筹备会：7月7日（周二）下午3点，局三楼会议室。",
    "",
    "出席：邓海鹰 罗婉清 税建军 彭珂 雷鸣 熊亚楠",
    "乐山市市中区数据局办公室                    2026年6月30日印发",
]


# ---------------------------------------------------------------------------------------------------------- 10025
def c10025():
    sent = ts("2026-07-01 10:15:26")
    subj = "关于数据要素宣传月活动筹备工作的会议纪要"
    body = """各位：
    《关于数据要素宣传月活动筹备工作的会议纪要》（〔2026〕15号）已签发，见附件PDF，请按分工抓好落实。

罗婉清
市中区数据局办公室
"""
    html = '<div style="font-family:宋体;font-size:14px;">' + html_lines(body) + '</div>\n'
    data = pdf_bytes(PDF_10025, "关于数据要素宣传月活动筹备工作的会议纪要", "市中区数据局办公室")
    mid = coremail_mid("10025", "luowanqing@lsszqsjj.example.gov.cn")
    h = hdrs("A", sent, "罗婉清", ["税建军", "彭珂", "雷鸣", "熊亚楠"], ["邓海鹰", "A"], subj, mid,
             ("mail.lsszqsjj.example.gov.cn", "10.21.6.8"), order=("Date", "From", "To", "Cc", "Subject"),
             post=coremail_post("10025", mid, "10.21.6.34"))
    mixed = multipart("mixed", "----=_Part_%s_%s.1782872126512" % (hx("10025m", 6), hx("10025n", 9)), [
        multipart("alternative", "----=_Part_%s_%s.1782872126512" % (hx("10025o", 6), hx("10025p", 9)), [
            text_part("plain", body, "UTF-8", "base64", quote_cs=False),
            text_part("html", html, "UTF-8", "base64", quote_cs=False)]),
        bin_part("application/pdf", data, "会议纪要〔2026〕15号.pdf", label="UTF-8")])
    g = gold("minutes", "Coremail mail whose minutes are only in a PDF attachment (reportlab, CID font; text extracts). "
             "Sent Wed 2026-07-01. （一）办公室（罗婉清）'7月8日前' -> 07-08; （二）彭珂 '7月10日前' -> 07-10; （三）熊亚楠 "
             "'7月13日前' -> 07-13; （四）数据资源科 only, '时间另行通知' -> no_owner + vague_due. 一、 (activity dates "
             "07-15..08-14) is a decision, 三、 a standing rule. '下次筹备会：7月7日（周二）下午3点' -> follow-up.",
             [item("罗婉清", "制定宣传月活动总体方案，报局长办公会审定", "2026-07-08", "abs:2026-07-08"),
              item("彭珂", "组织数据应用场景征集，发布征集公告", "2026-07-10", "abs:2026-07-10"),
              item("熊亚楠", "制作宣传展板和H5页面", "2026-07-13", "abs:2026-07-13"),
              item(None, "配合提供公共数据开放统计数据", flags=["no_owner", "vague_due"], department="数据资源科")],
             fu("2026-07-07", "15:00", "abs:2026-07-07"))
    return Case(10025, "gov-minutes-pdf-attachment-coremail", "minutes", sent, message(h, mixed), g,
                "Coremail mail with the 会议纪要 only in a PDF attachment (RFC 2047 filename): （一）（二）（三）（四） "
                "分工 with owners in brackets, 时间另行通知 for a department-only row; next 筹备会 in the PDF")


# ---------------------------------------------------------------------------------------------------------- 10026
def c10026():
    sent = ts("2026-07-02 10:20:15")
    subj = "【紧急】客户投诉瓶盖渗漏问题协调记录"
    body = """各位：
早上8:40销售部接到鲜达生鲜华东仓投诉，已按问题协调解决记录表登记，处置分工如下，请立即执行。

问题编号：QC-2026-0702-01
问题描述：6年陈香醋500ml批次20260618，华东仓到货开箱发现11瓶瓶盖渗漏
提交人：解文涛（销售部）　提交时间：2026-07-02 08:40
紧急程度：高　影响范围：批次20260618共4800瓶，已发出3600瓶
责任部门：品控部　责任人：笪红梅

处置分工：
1. 殷小军：2小时内清点库存并封存20260618批次，拍照发群里；
2. 於春生：今天下班前检查3号封盖机扭矩记录和压盖头磨损情况；
3. 笪红梅：24小时内出具渗漏原因初步分析报告；
4. 解文涛：明天中午12点前与鲜达确认退换货方案；
5. 贡建华：联系晶润核对该批次瓶口尺寸，尽快反馈。

下次碰头：今天下午4点，二楼会议室。

笪红梅
品控部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: PingFang SC; font-size: 12pt;">' + html_lines(body) + '</div></body></html>\n')
    mid = "<%s@chunhe-vinegar.example.cn>" % uuid("10026")
    h = hdrs("C", sent, "笪红梅", ["殷小军", "於春生", "解文涛", "贡建华"], ["眭国平", "C"], subj, mid,
             ("mail.chunhe-vinegar.example.cn", "10.3.2.9"),
             order=("From", "To", "Cc", "Subject", "Date", "Message-ID"),
             post=[("Thread-Topic", htext(subj)),
                   ("Thread-Index", thread_index("10026")), ("Content-Language", "zh-CN"),
                   ("X-MS-Has-Attach", ""), ("user-agent", "Microsoft-MacOutlook/16.98.26061418"),
                   ("X-Priority", "1"), ("Importance", "high")])
    h = [("CC", v) if k == "Cc" else (k, v) for k, v in h]
    alt = multipart("alternative", "B_%s_%s" % (hx("10026b", 10), hx("10026c", 8)), [
        text_part("plain", body, "UTF-8", "quoted-printable"), text_part("html", html, "UTF-8", "quoted-printable")])
    g = gold("minutes", "Outlook for Mac (UTF-8 QP, Importance high) urgent 问题协调解决记录 (seed template fields) with hour "
             "deadlines counted from the Date header Thu 2026-07-02 10:20:15: '2小时内' -> 07-02 12:20; '今天下班前' -> "
             "07-02 without a time; '24小时内' -> 07-03 10:20; '明天中午12点前' -> 07-03 12:00; '尽快' -> vague_due. The "
             "表头 fields (提交时间 08:40, 责任人 笪红梅) are not items. '下次碰头：今天下午4点' -> follow-up 2026-07-02 16:00.",
             [item("殷小军", "清点库存并封存20260618批次，拍照发群里", "2026-07-02", "hrs:2", time="12:20"),
              item("於春生", "检查3号封盖机扭矩记录和压盖头磨损情况", "2026-07-02", "today"),
              item("笪红梅", "出具渗漏原因初步分析报告", "2026-07-03", "hrs:24", time="10:20"),
              item("解文涛", "与鲜达确认退换货方案", "2026-07-03", "tmr", time="12:00"),
              item("贡建华", "联系晶润核对该批次瓶口尺寸并反馈", flags=["vague_due"])],
             fu("2026-07-02", "16:00", "today"))
    return Case(10026, "urgent-issue-hours-outlook-mac", "minutes", sent, message(h, alt), g,
                "Outlook for Mac urgent 问题协调解决记录 with 2小时内/24小时内 from the Date header, 今天下班前, 明天中午12点前, "
                "尽快; header fields are not items; 下次碰头 today 16:00")


# ---------------------------------------------------------------------------------------------------------- 10027
def c10027():
    sent = ts("2026-07-07 14:33:08")
    subj = "回复：冷藏车报价（玉溪—机场）"
    body = """杨经理好，

按您说的每周两趟核了一下，7月1日起冷藏车单趟1850元（含过路费），每周固定周二、周五两个班次的话可以给到1750元。温控记录仪数据每趟都导出发您。

如果要锁定周五班次，麻烦这周五前回个话，我这边好排车。

何东
滇中天冷物流 SkyCold Logistics
"""
    quoted = """

------------------ 原始邮件 ------------------
发件人: "杨春燕" <yang.chunyan@bloemhof-yx.example.cn>;
发送时间: 2026年7月6日(星期一) 下午5:12
收件人: "He Dong" <hedong@skycold-yx.example.cn>;
抄送: "Maarten de Wit" <maarten.dewit@bloemhof-yx.example.cn>; "Minutes Bot" <minutes@bloemhof-yx.example.cn>;
主题: 冷藏车报价（玉溪—机场）

何经理：
7月起我们每周要发两次韩国的货，麻烦报一下玉溪到机场冷藏车的价格，2-4℃全程温控。谢谢！
杨春燕
"""
    text = body + quoted
    html = ('<div>' + html_lines(body) + '</div><div><br></div><div style="font-size: 12px;font-family: Arial '
            'Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">' + html_lines(quoted.split(
                "------------------ 原始邮件 ------------------\n")[1]) + '</div>\n')
    mid = "<tencent_%s@skycold-yx.example.cn>" % hx("10027", 40).upper()
    h = hdrs("B", sent, "He Dong", ["杨春燕"], ["Maarten de Wit", "B"], subj, mid,
             ("smtpbg156.qq.example.com", "203.205.250.156"),
             order=("X-QQ-mid", "From", "To", "Cc", "Subject", "Mime-Version", "Content-Type",
                    "Content-Transfer-Encoding", "Date", "Message-ID"),
             pre=[("X-QQ-mid", "bizesmtp%st1783406%s" % (hx("qq27", 5), hx("qq27b", 8)))],
             post=[("In-Reply-To", "<%s@bloemhof-yx.example.cn>" % uuid("10027o")),
                   ("References", "<%s@bloemhof-yx.example.cn>" % uuid("10027o")),
                   ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")])
    alt = multipart("alternative", "----=_NextPart_%s_%s" % (hx("10027b", 8).upper(), hx("10027c", 16).upper()), [
        text_part("plain", text, "gb18030", "base64"), text_part("html", html, "gb18030", "base64")])
    g = gold("other", "A supplier's reply (Exmail gb18030, '回复：' with the QQ '原始邮件' quote) in a thread about a price "
             "quote. The bot is only in Cc because the first mail had it. It is not minutes and not a reply to a bot "
             "recap (no recap in the thread): kind other, no items; '这周五前回个话' is a request to the customer.")
    return Case(10027, "other-supplier-quote-reply-exmail", "other", sent, message(h, alt), g,
                "Supplier's '回复：' with a QQ 原始邮件 quote in a price-quote thread (not minutes, not a recap reply): "
                "other, with a 这周五前 request")


# ---------------------------------------------------------------------------------------------------------- 10028
def c10028():
    sent = ts("2026-07-10 11:30:52")
    subj = "7月10日经营例会纪要"
    body = """7月10日经营例会纪要

时间：7月10日（周五）上午9:00-10:40
地点：公司一楼会议室
主持：包总
参加：乌经理、白主管、韩经理、刘主任、田主任、孟工、那场长
记录：其木格

一、上次待办回顾
1. 阿曼6月批次已于7月3日装船（韩经理），已完成。
2. 7月批次分割试产完成40%，新刀具7月8日已到货，继续推进（刘主任）。

二、本次议定事项
1. 【乌经理】牵头准备阿曼客户验厂（预计7月下旬），7月17日前拿出接待方案初稿；
2. 【白主管牵头，韩经理配合】完成冷库温湿度在线监控系统验收，下周三前；
3. 【刘主任】7月批次分割规格调整试产全部完成，7月15日前；
4. 【孟工】制冷机组夏季保养，月底前完成；
5. 【那场长】8月出栏计划报包总，本周内。
6. 7月起运费按新合同结算（决定事项，不需要跟进）。

三、下次例会：下周五同一时间。
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"></head><body>'
            '<div style="font-size:10.5pt;font-family:宋体">' + html_lines(body) + '</div></body></html>\n')
    mid = "<2026071011305233%s@muge-beef.example.cn>" % hx("10028", 6)
    h = hdrs("D", sent, "其木格", ["乌日娜", "白音", "韩志强", "刘振东", "田宝山", "孟庆丰", "那仁"], ["包文生", "D"],
             subj, mid, ("DESKTOP-QMG", "111.121.14.40"), label="GBK", order=("Date", "From", "To", "Cc", "Subject"),
             post=[("X-Priority", "3"), ("X-GUID", "%s-%s" % (hx("g28", 8).upper(), hx("g28b", 4).upper())),
                   ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
                   ("Message-ID", mid)])
    alt = multipart("alternative", "----=_001_NextPart%s_=----" % hx("10028b", 12), [
        text_part("plain", body, "GBK", "base64"), text_part("html", html, "GBK", "base64")],
        preamble="This is a multi-part message in MIME format.")
    g = gold("minutes", "Foxmail GBK 经营例会纪要 with 【title】 owners (乌经理/白主管/刘主任/孟工/那场长 = roster aliases) and "
             "'【白主管牵头，韩经理配合】' (the 牵头 person owns it). Sent Fri 2026-07-10. 上次待办回顾 is status; item 6 is a "
             "decision ('不需要跟进'). '7月17日前' -> 07-17; '下周三前' -> 07-15; '7月15日前' -> 07-15; '月底前' -> 07-31; "
             "'本周内' -> Sunday 07-12. '下次例会：下周五同一时间' -> 2026-07-17 09:00 (start time of this meeting).",
             [item("乌日娜", "准备阿曼客户验厂，拿出接待方案初稿", "2026-07-17", "abs:2026-07-17"),
              item("白音", "完成冷库温湿度在线监控系统验收", "2026-07-15", "nw:2"),
              item("刘振东", "7月批次分割规格调整试产全部完成", "2026-07-15", "abs:2026-07-15"),
              item("孟庆丰", "制冷机组夏季保养", "2026-07-31", "mend"),
              item("那仁", "8月出栏计划报包总", "2026-07-12", "wkend")],
             fu("2026-07-17", "09:00", "nw:4"))
    return Case(10028, "bracket-title-owners-foxmail-gbk", "minutes", sent, message(h, alt), g,
                "Foxmail GBK 经营例会 with 【乌经理】/【白主管牵头，韩经理配合】 owners, a review section and a decision "
                "line; 下周三前/月底前/本周内; '下次例会：下周五同一时间'")


# ---------------------------------------------------------------------------------------------------------- 10029
def c10029():
    sent = ts("2026-07-02 09:05:44")
    subj = "关于数据要素宣传月活动筹备工作的会议纪要（更正）"
    body = """各位：
    昨天发的〔2026〕15号纪要第（三）项完成时限有误，经邓局确认，由7月13日调整为7月10日（需在征集公告发布时同步上线H5）。更正后的分工如下，以本邮件为准，附件PDF稍后重新签发。

二、任务分工（更正稿）
（一）办公室（罗婉清）：7月8日前制定活动总体方案，报局长办公会审定。
（二）政务数据应用科（彭珂）：组织数据应用场景征集，7月10日前发布征集公告。
（三）区大数据中心（熊亚楠）：制作宣传展板和H5页面，7月10日前完成。
（四）数据资源科：配合提供公共数据开放统计数据，时间另行通知。

下次筹备会时间不变：7月7日（周二）下午3点，局三楼会议室。

罗婉清
市中区数据局办公室
"""
    html = '<div style="font-family:宋体;font-size:14px;">' + html_lines(body) + '</div>\n'
    prev = "<%s.%s.%s.Coremail.luowanqing@lsszqsjj.example.gov.cn>" % (hx("10025a", 7), hx("10025b", 4),
                                                                      hx("10025c", 11))
    mid = coremail_mid("10029", "luowanqing@lsszqsjj.example.gov.cn")
    h = hdrs("A", sent, "罗婉清", ["税建军", "彭珂", "雷鸣", "熊亚楠"], ["邓海鹰", "A"], subj, mid,
             ("mail.lsszqsjj.example.gov.cn", "10.21.6.8"), order=("Date", "From", "To", "Cc", "Subject"),
             post=[("In-Reply-To", prev), ("References", prev)] + coremail_post("10029", mid, "10.21.6.34"))
    alt = multipart("alternative", "----=_Part_%s_%s.1782954344021" % (hx("10029o", 6), hx("10029p", 9)), [
        text_part("plain", body, "UTF-8", "base64", quote_cs=False),
        text_part("html", html, "UTF-8", "base64", quote_cs=False)])
    g = gold("minutes", "Corrected re-send (（更正）, In-Reply-To/References the PDF minutes of 10025) restating all 分工 in the "
             "body. Sent Thu 2026-07-02. Still minutes (a new version of the same meeting): （三） now '7月10日前' -> "
             "07-10 ('由7月13日调整为7月10日' -> the new date); the others unchanged (07-08, 07-10, no_owner + vague_due). "
             "Follow-up unchanged: 2026-07-07 15:00.",
             [item("罗婉清", "制定宣传月活动总体方案，报局长办公会审定", "2026-07-08", "abs:2026-07-08"),
              item("彭珂", "组织数据应用场景征集，发布征集公告", "2026-07-10", "abs:2026-07-10"),
              item("熊亚楠", "制作宣传展板和H5页面", "2026-07-10", "abs:2026-07-10"),
              item(None, "配合提供公共数据开放统计数据", flags=["no_owner", "vague_due"], department="数据资源科")],
             fu("2026-07-07", "15:00", "abs:2026-07-07"))
    return Case(10029, "gov-corrected-resend-coremail", "minutes", sent, message(h, alt), g,
                "（更正） re-send of 10025 in the same thread: '由7月13日调整为7月10日' -> the new date; all items restated")


# ---------------------------------------------------------------------------------------------------------- 10030
def c10030():
    sent = ts("2026-07-20 08:31:17")
    subj = "上半年销售分析和中秋报价"
    body = """文涛：
上半年销售分析周五前给我一份，重点看电商和韩国渠道，跟去年同期比。
另外中秋礼盒（今年中秋是9月25日）的报价单，下周一前先出个初稿，成本让红梅那边一起核。
思雨帮忙提醒一下。

眭国平
"""
    html = '<div style="font-family:微软雅黑;font-size:14px">' + html_lines(body) + '</div>\n'
    mid = "<tencent_%s@chunhe-vinegar.example.cn>" % hx("10030", 40).upper()
    h = hdrs("C", sent, "眭国平", ["解文涛"], ["冷思雨", "C"], subj, mid, ("smtpbg150.exmail.example.com",
                                                                          "203.205.250.150"),
             order=("X-QQ-mid", "Date", "From", "To", "Cc", "Subject", "Message-ID"),
             pre=[("X-QQ-mid", "bizesmtp%st1784507477t%s" % (hx("qq30", 5), hx("qq30b", 8)))],
             post=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"),
                   ("X-WeCom-Client", "WXWork 4.1.36 (iPhone)")])
    alt = multipart("alternative", "----=_NextPart_%s_%s" % (hx("10030b", 8).upper(), hx("10030c", 16).upper()), [
        text_part("plain", body, "utf-8", "base64"), text_part("html", html, "utf-8", "base64")])
    g = gold("other", "A manager's request sent from WeCom (企业微信) mail to one person, with his assistant and the bot in "
             "Cc: '周五前给我一份', '下周一前先出个初稿' are requests, but the mail is not minutes of a meeting: kind other, no "
             "items. (中秋 2026-09-25 is mentioned as a fact.)")
    return Case(10030, "other-boss-request-wecom", "other", sent, message(h, alt), g,
                "企业微信 mail from the general manager with two requests (周五前, 下周一前) and the bot in Cc: other")


# ---------------------------------------------------------------------------------------------------------- 10031
def c10031():
    sent = ts("2026-07-22 17:45:30")
    subj = "Variety review 22 July \u2013 owners & dues"
    body = """Hi all,

Notes from today's variety review with Femke (Product Owner Roses) on Teams.

Item 1 \u2013 'Coral Dune' field performance
Owner: Yan Li
Action: compile the vase-life data of the last 8 weeks for the Korean customer
Due: Friday 31 July

Item 2 \u2013 Variety names for the Korean market
Owner: Product owner (Femke)
Action: propose three Korean-friendly names and check trademark availability
Due: 5 August

Item 3 \u2013 Mother-plant stock for 2027
Owner: Lily Pu
Action: count mother plants per line and flag lines below 200 plants
Due: next Wednesday

Item 4 \u2013 Grower visit in Korea
Owner: TBD
Action: plan a grower visit to Gyeonggi province in September
Due: TBC

Item 5 \u2013 Heat stress
Owner: Jay
Action: none \u2013 monitoring only, Jay reports back if rooting drops below 80%.

Next review: Wednesday 5 August, 16:00 Yuxi / 10:00 Aalsmeer.

Maarten
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: Aptos; font-size: 12pt;">' + html_lines(body) + '</div></body></html>\n')
    mid = "<%s@bloemhof-yx.example.cn>" % uuid("10031")
    h = hdrs("B", sent, "Maarten de Wit", ["李艳", "普丽华", "段俊杰", "Femke Visser"], ["杨春燕", "B"], subj, mid,
             ("mail.bloemhof-yx.example.cn", "10.8.1.5"), order=("From", "To", "Cc", "Subject", "Date", "Message-ID"),
             post=[("Thread-Topic", htext(subj)), ("Thread-Index", thread_index("10031")),
                   ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                   ("user-agent", "Microsoft-MacOutlook/16.99.26071214")])
    alt = multipart("alternative", "B_%s_%s" % (hx("10031b", 10), hx("10031c", 8)), [
        text_part("plain", body, "UTF-8", "quoted-printable"), text_part("html", html, "UTF-8", "quoted-printable")])
    g = gold("minutes", "Outlook for Mac English minutes in Owner/Action/Due blocks. Sent Wed 2026-07-22. Item 1 'Yan Li' "
             "(= 李艳) 'Friday 31 July' -> 07-31; item 2 'Product owner (Femke)' -> Femke Visser, '5 August' -> 08-05; "
             "item 3 'Lily Pu' (= 普丽华) 'next Wednesday' -> Wednesday of next week 07-29; item 4 'Owner: TBD' + 'Due: "
             "TBC' -> no_owner + vague_due; item 5 'Action: none – monitoring only' is not an item. 'Next review: "
             "Wednesday 5 August, 16:00 Yuxi / 10:00 Aalsmeer' -> 2026-08-05 16:00.",
             [item("李艳", "compile the vase-life data of the last 8 weeks for the Korean customer", "2026-07-31",
                   "abs:2026-07-31"),
              item("Femke Visser", "propose three Korean-friendly names and check trademark availability",
                   "2026-08-05", "abs:2026-08-05"),
              item("普丽华", "count mother plants per line and flag lines below 200 plants", "2026-07-29", "nw:2"),
              item(None, "plan a grower visit to Gyeonggi province in September", flags=["no_owner", "vague_due"])],
             fu("2026-08-05", "16:00", "abs:2026-08-05"))
    return Case(10031, "owner-action-due-blocks-outlook-mac", "minutes", sent, message(h, alt), g,
                "Outlook for Mac English Owner/Action/Due blocks: role owner 'Product owner (Femke)', next Wednesday, "
                "Owner TBD + Due TBC, an 'Action: none' block; next review in two time zones")


CASES = [c10025, c10026, c10027, c10028, c10029, c10030, c10031]
