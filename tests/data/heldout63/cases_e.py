"""Cases 9131-9138: more minutes from all four organisations."""
from hl63_case import Case, alimail, alt, coremail, foxmail, html_doc, m365, mixed, outlook, render_html, render_text
from hl63_lib import attachment, bot, esc, hx, leaf, make_docx, person, ts
import datetime as dt

P = person
KARIM = ("Karim Mansour", "karim.mansour@delta-petrochem.example.com.eg")


def c9131():
    c = Case(9131, "gov-yiding-nested-brackets-coremail-html", "minutes", "A", ts("2026-06-08 16:50:27"),
             "Coremail single-part HTML GB18030 QP: government 会议议定事项 with '（责任单位：…，责任人：…，完成时限：端午节前"
             "（6月18日））' nested brackets, 6月底前, two 责任单位 with one 责任人, 本周五; a 会议同意 decision")
    text = """临河区农牧局专题会议纪要

6月8日下午，乔振国局长主持召开专题会议，研究夏季农业生产有关工作。现将会议议定事项纪要如下：

一、关于秸秆还田补贴资金兑付。种植业股对照核查结果抓紧兑付，不得截留挪用（责任单位：种植业股，责任人：杜文静，完成时限：6月底前）。

二、关于河套灌区夏灌期间农机作业安全。农机推广站组织对辖区拖拉机开展安全检验（责任单位：农机推广站，责任人：贺建军，完成时限：端午节前（6月18日））。

三、关于规模养殖场环保排查。对全区规模养殖场粪污处理设施运行情况进行全面排查（责任单位：畜牧兽医股、综合执法大队，责任人：其木格，完成时限：7月15日前）。

四、关于“三夏”期间值班。办公室牵头制定“三夏”期间值班表（责任人：白玉兰，完成时限：本周五）。

五、会议同意将农机购置补贴资金兑付进度纳入月度考核。

临河区农牧局办公室
2026年6月8日"""
    html = render_html(text, "GB18030", flavor="coremail")
    body = leaf("text/html", html, "GB18030", "quoted-printable")
    c.eml = coremail(c, P("白玉兰"), [P("杜文静"), P("贺建军"), P("其木格"), P("闫海")], [P("乔振国"), bot("A")],
                     "临河区农牧局专题会议纪要（夏季农业生产）", body, cs="GB18030")
    c.item("杜文静", "秸秆还田补贴资金兑付", (("month_end", 6), "2026-06-30"))
    c.item("贺建军", "组织对辖区拖拉机开展安全检验", (("before_holiday", "端午"), "2026-06-18"))
    c.item("其木格", "对全区规模养殖场粪污处理设施运行情况进行全面排查", (("abs", "2026-07-15"), "2026-07-15"))
    c.item("白玉兰", "制定“三夏”期间值班表", (("this", 4), "2026-06-12"))
    c.notes = ("Sent Mon 2026-06-08. HTML only. The deadline of 二 is '端午节前（6月18日）' inside the outer bracket: "
               "both readings give 06-18 (last working day before 06-19..21). 三 lists two 责任单位 but one 责任人 "
               "其木格 -> owner 其木格. '6月底前' -> 06-30; '本周五' -> 06-12. 五 '会议同意…' is a decision, not an item. "
               "No next meeting.")
    return c


def c9132():
    c = Case(9132, "pack-word-table-dragon-boat-outlook-gb2312", "minutes", "B", ts("2026-06-17 10:15:02"),
             "Outlook zh-CN gb2312 QP alternative with a Word table: the day before Dragon Boat — 今天下班前, 明天 (06-18), "
             "节后第一天 (-> 06-22), 2个工作日内 across the holiday (-> 06-22); a done line above the table")
    rows = [["序号", "事项", "负责人", "完成时间"],
            ["1", "端午假期窑炉保温值班排班", "刘建波", "今天下班前"],
            ["2", "节前发货：湘东焦化补发200立方矩鞍环", "欧阳帆", "明天"],
            ["3", "假期后复产安全检查", "刘建波", "节后第一天"],
            ["4", "原料库存盘点", "钟敏", "2个工作日内"],
            ["5", "6月份质量月报", "易晓琴", "6月30日"]]
    text = """各位：

今天生产调度会纪要如下。上周提出的3号窑温控表已更换完毕（刘建波），不再列入。

[[T0]]

下次调度会：6月24日（周三）上午8:30。

钟志鹏"""
    cs = "gb2312"
    html = render_html(text, cs, tables=[rows], flavor="outlook",
                       cell_style=' valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"')
    body = alt(render_text(text, [rows]).replace("\n", "\r\n"), html, cs, "quoted-printable",
               "----=_NextPart_000_0023_01DCFE1A.4B7D2E60")
    c.eml = outlook(c, P("钟志鹏"), [P("刘建波"), P("欧阳帆"), P("钟敏"), P("易晓琴")], [P("彭丽华"), bot("B")],
                    "6月17日生产调度会纪要", body, cs=cs, host="ZZP-PC", ip="192.168.1.8")
    c.item("刘建波", "端午假期窑炉保温值班排班", (("today",), "2026-06-17"))
    c.item("欧阳帆", "节前发货：湘东焦化补发200立方矩鞍环", (("plus", 1), "2026-06-18"))
    c.item("刘建波", "假期后复产安全检查", (("after_holiday", "端午"), "2026-06-22"))
    c.item("钟敏", "原料库存盘点", (("workdays", 2), "2026-06-22"))
    c.item("易晓琴", "6月份质量月报", (("abs", "2026-06-30"), "2026-06-30"))
    c.fu(("abs", "2026-06-24"), "2026-06-24", "08:30")
    c.notes = ("Sent Wed 2026-06-17, two days before Dragon Boat (06-19..21). '今天下班前' -> 06-17 (no time); '明天' -> "
               "06-18; '节后第一天' -> first working day after the block, Mon 06-22; '2个工作日内' -> 06-18, then 06-22. "
               "The 温控表 line is done, not an item. 刘建波 owns two items. Next meeting 06-24 08:30.")
    return c


def c9133():
    c = Case(9133, "seal-m365-docx-english-supplier-review", "minutes", "C", ts("2026-08-18 03:05:19", 0),
             "M365 English, +0000 Date, minutes only in a .docx table (No./Action/Owner/Due/Status): a Closed row, a "
             "supplier-company owner (no_owner), a standing instruction without due, 'Lily (Rain to join)'; next review "
             "in the docx")
    rows = [["No.", "Action", "Owner", "Due", "Status"],
            ["1", "Submit 8D corrective action for the black-speck contamination", "Jinhua Fluoro (supplier)", "Aug 25",
             "Open"],
            ["2", "100% visual check on incoming PTFE resin lots until further notice", "Lily", "-", "Open"],
            ["3", "Set the supplier to 'conditional' in the approved supplier list", "Rain", "by Aug 20", "Open"],
            ["4", "Review the resin storage temperature log", "JP", "Aug 14", "Closed"],
            ["5", "On-site audit of the supplier's mixing area", "Lily (Rain to join)", "Sep 1", "Open"]]
    paras = ["Date: 17 August 2026, 14:00-15:30 (Quzhou plant)",
             "Attendees: Frank Fang, Lily Zhu, Rain Zheng, JP Xu; Jinhua Fluoro: Mr. Chen (sales), Ms. Wu (QA)",
             "Topic: black specks found in PTFE resin lots 2607-11 and 2607-14 (3 customer complaints).",
             "Action list:", "Next review: 1 September at the supplier site.", "Minutes: Frank Fang"]
    docx = make_docx("Supplier quality review - Jinhua Fluoro", paras, tables=[(4, rows)],
                     when=dt.datetime(2026, 8, 18, 10, 40), author="Frank Fang")
    text = "Hi all,\n\nMinutes of yesterday's supplier quality review are attached. Please check your actions.\n\nRgds,\nFrank\n"
    body = mixed(alt(text, html_doc("<div>%s</div>" % esc(text).replace("\n", "<br>"), "utf-8"), "utf-8",
                     "quoted-printable", "_000_SEZPR06MB55E2A7C0D4_"),
                 [attachment("Supplier QR Jinhua Fluoro 2026-08-17.docx", docx,
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                 "_004_SEZPR06MB55E2A7C0D4_")
    c.eml = m365(c, ("Frank Fang", P("方卫东")[1]),
                 [("Lily Zhu", P("祝丽")[1]), ("Rain Zheng", P("郑雨桐")[1]), ("JP Xu", P("徐建平")[1])],
                 [("Zoltán Kovács", P("Zoltán Kovács")[1]), bot("C")], "Minutes: supplier quality review (Jinhua Fluoro)",
                 body)
    c.item(None, "Submit 8D corrective action for the black-speck contamination", (("abs", "2026-08-25"), "2026-08-25"))
    c.item("祝丽", "100% visual check on incoming PTFE resin lots until further notice", None)
    c.item("郑雨桐", "Set the supplier to 'conditional' in the approved supplier list", (("abs", "2026-08-20"), "2026-08-20"))
    c.item("祝丽", "On-site audit of the supplier's mixing area", (("abs", "2026-09-01"), "2026-09-01"))
    c.fu(("abs", "2026-09-01"), "2026-09-01")
    c.notes = ("Date Tue 18 Aug 2026 03:05 +0000 = 11:05 Shanghai. The minutes are only in the .docx. Row 4 is Closed -> "
               "not an item. Row 1 is owned by the supplier company (no person) -> no_owner, department null. Row 2 is a "
               "standing instruction with '-' as due -> no_due. 'Lily (Rain to join)' -> owner Lily. Next review 09-01 "
               "without time.")
    return c


def c9134():
    c = Case(9134, "veg-mid-autumn-national-day-foxmail-mac", "minutes", "D", ts("2026-08-27 15:30:45"),
             "Foxmail for Mac UTF-8 alternative: 双节 stock-up minutes — 中秋节前 (-> 09-24), 国庆节后 (-> 10-08), "
             "9月上旬 (vague), 本月底前 and 下周一 both 08-31; next meeting 9月7日（周一）上午9点")
    text = """各位：

今天双节备货及发运安排会的纪要：

1. 鲁永福：中秋礼盒装脱水蔬菜（5000盒）生产，中秋节前全部入库。
2. 祁红梅：双节期间仓库值班表，本月底前报人事。
3. 张晓雯：墨西哥第三柜订舱，9月上旬。
4. 安国庆：秋季收购启动，国庆节后。
5. 任佳琪：更新双节发货日历并发给客户，下周一。

9月7日（周一）上午9点复盘一次。

马文斌"""
    body = alt(text, render_html(text, "UTF-8", flavor="foxmail"), "UTF-8", "base64",
               "----=_NextPart_%s_=----" % hx(c.name, 12).upper())
    raw = foxmail(c, P("马文斌"), [P("鲁永福"), P("祁红梅"), P("张晓雯"), P("安国庆"), P("任佳琪")], [bot("D")],
                  "双节备货及发运安排会纪要", body, cs="UTF-8", host="MaWenbin-MacBook-Pro.local", ip="192.168.3.17")
    c.eml = raw.replace(b"Foxmail 7.2.25.375[cn]", b"Foxmail for Mac 1.5.6.94718")
    c.item("鲁永福", "中秋礼盒装脱水蔬菜（5000盒）生产并全部入库", (("before_holiday", "中秋"), "2026-09-24"))
    c.item("祁红梅", "双节期间仓库值班表报人事", (("month_end",), "2026-08-31"))
    c.item("张晓雯", "墨西哥第三柜订舱", ("vague",))
    c.item("安国庆", "秋季收购启动", (("after_holiday", "国庆"), "2026-10-08"))
    c.item("任佳琪", "更新双节发货日历并发给客户", (("next", 0), "2026-08-31"))
    c.fu(("abs", "2026-09-07"), "2026-09-07", "09:00")
    c.notes = ("Sent Thu 2026-08-27. '中秋节前' -> last working day before 09-25..27 = Thu 09-24. '国庆节后' -> first "
               "working day after 10-01..07 = Thu 10-08. '9月上旬' has no day -> vague_due (like 中旬 in the corpus). "
               "'本月底前' -> 08-31 and '下周一' -> 08-31. Next review 09-07 09:00.")
    return c


def c9135():
    c = Case(9135, "gov-dispatch-by-unit-titles-foxmail-gbk", "minutes", "A", ts("2026-07-14 17:05:33"),
             "Foxmail GBK text-only on a government desktop: 夏灌调度会 grouped by unit with title owners (贺站长/闫队/"
             "其股长/杜老师 via aliases), 周五下班前, 长期 clause next to a dated task, 时间待定, 已完成 office line, 下周二上午10:00")
    text = """各位：

7月14日夏灌调度会议定事项如下：

农机推广站（贺站长）：7月20日前完成全区高效节水灌溉设备巡检。
综合执法大队（闫队）：周五下班前报送夏季农药经营门店专项检查方案。
畜牧兽医股（其股长）：高温天气畜禽防暑工作要长期抓好；7月17日前上报规模养殖场防暑降温措施落实情况。
种植业股（杜老师）：配合自治区调研组准备向日葵病虫害监测材料，时间待定。
办公室：上周调度会纪要已印发（已完成）。

下次调度会：下周二上午10:00。

白玉兰"""
    body = leaf("text/plain", text.replace("\n", "\r\n"), "GBK", "base64")
    c.eml = foxmail(c, P("白玉兰"), [P("贺建军"), P("闫海"), P("其木格"), P("杜文静")], [P("乔振国"), bot("A")],
                    "夏灌调度会议定事项（7.14）", body, host="BYL-PC", ip="10.66.2.31")
    c.item("贺建军", "完成全区高效节水灌溉设备巡检", (("abs", "2026-07-20"), "2026-07-20"))
    c.item("闫海", "报送夏季农药经营门店专项检查方案", (("wd", 4), "2026-07-17"))
    c.item("其木格", "上报规模养殖场防暑降温措施落实情况", (("abs", "2026-07-17"), "2026-07-17"))
    c.item("杜文静", "配合自治区调研组准备向日葵病虫害监测材料", ("vague",))
    c.fu(("next", 1), "2026-07-21", "10:00")
    c.notes = ("Sent Tue 2026-07-14. Owners are written only as unit + title: 贺站长 = 贺建军, 闫队 = 闫海, 其股长 = 其木格, "
               "杜老师 = 杜文静 (aliases). '周五下班前' -> 07-17, no time. The 畜牧兽医股 line has a standing duty "
               "('长期抓好', not an item) and a dated task (07-17). '时间待定' -> vague_due. The office line is done. "
               "'下周二上午10:00' -> 07-21 10:00.")
    return c


def c9136():
    c = Case(9136, "seal-m365-decisions-only", "minutes", "C", ts("2026-08-26 01:30:08", 0),
             "M365 English minutes with decisions only ('No action items this time'), dates inside decisions, next "
             "committee 'date TBD' -> zero items, no follow-up")
    text = """All,

Pricing committee - 25 August 2026

Attendees: Zoltán Kovács, Frank Fang, Lily Zhu, Eszter Nagy (HQ, by phone)

Decisions
1. List prices for FKM O-rings go up 4% from 1 October 2026.
2. Cordillera keeps the 2026 contract price until 31 December; the new price applies from the 2027 contract.
3. Quotes issued before 15 September stay valid for 30 days.

No action items this time - sales will apply the new price list in the ERP as part of the normal October update.

Next pricing committee: Q4, date TBD.

Zoltán"""
    body = alt(text, render_html(text, "utf-8", flavor="plain"), "utf-8", "quoted-printable",
               "_000_SEZPR06MB81D4F2A9_")
    c.eml = m365(c, ("Zoltán Kovács", P("Zoltán Kovács")[1]),
                 [("Frank Fang", P("方卫东")[1]), ("Lily Zhu", P("祝丽")[1])], [bot("C")],
                 "Minutes: pricing committee 25 Aug", body)
    c.notes = ("Date Wed 26 Aug 2026 01:30 +0000 = 09:30 Shanghai. Decisions only, with dates (01 Oct, 31 Dec, 15 Sep) "
               "inside decision sentences; 'No action items this time' -> zero items. 'Q4, date TBD' -> no follow-up.")
    return c


def c9137():
    c = Case(9137, "veg-dingtalk-title-owners-text", "minutes", "D", ts("2026-07-06 11:20:38"),
             "DingTalk mail text-only: owners only by title or nickname (马总/窦工/安师傅/老鲁/红梅), 本周内, 周五下班前, "
             "明天, 7月15日前, 尽快")
    text = """经营例会（7月6日）要点：

1. 马总：与农商行续签流动资金贷款，本周内办完
2. 窦工：SC证换证资料准备，周五下班前
3. 安师傅：去甘州区合作社看二茬洋葱长势，明天
4. 老鲁：2号烘干线更换网带，7月15日前
5. 红梅：出库单据电子化试点，尽快

任佳琪 记录"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    c.eml = alimail(c, P("任佳琪"), [P("马文斌"), P("窦志强"), P("安国庆"), P("鲁永福"), P("祁红梅")], [bot("D")],
                    "经营例会要点 7.6", body)
    c.item("马文斌", "与农商行续签流动资金贷款", (("week_end",), "2026-07-12"))
    c.item("窦志强", "SC证换证资料准备", (("wd", 4), "2026-07-10"))
    c.item("安国庆", "去甘州区合作社看二茬洋葱长势", (("plus", 1), "2026-07-07"))
    c.item("鲁永福", "2号烘干线更换网带", (("abs", "2026-07-15"), "2026-07-15"))
    c.item("祁红梅", "出库单据电子化试点", ("vague",))
    c.notes = ("Sent Mon 2026-07-06. Every owner is a title or nickname from the roster aliases: 马总 = 马文斌, 窦工 = "
               "窦志强, 安师傅 = 安国庆, 老鲁 = 鲁永福, 红梅 = 祁红梅. '本周内' -> Sunday 07-12; '周五下班前' -> 07-10 (no "
               "time); '明天' -> 07-07; '尽快' -> vague_due. No next meeting.")
    return c


def c9138():
    c = Case(9138, "pack-egypt-customer-m365-plus0300", "minutes", "B", ts("2026-08-20 14:10:55", 3),
             "Customer (Egypt) M365 English minutes, Date +0300: 'Cifeng (Ms. Lisa Peng) to …' owner alias, a "
             "company-only owner (no_owner) with 'before the end of August', 'by Sunday', the customer's own items "
             "(one TBD); next call in Cairo and China time")
    text = """Dear Lisa,

Thank you for today's video call. Please find the minutes below.

Participants: Karim Mansour, Nadia Fawzy (Delta Petrochem); Lisa Peng, Fan Ouyang (Cifeng)

Agreed actions
1. Cifeng (Ms. Lisa Peng) to send the revised quotation incl. sea freight to Alexandria - by Sunday
2. Cifeng to provide a sample certificate of origin - before the end of August
3. Delta Petrochem (Karim) to confirm the final quantity (1,800 or 2,000 m3) - by 27 August
4. Delta Petrochem to arrange the pre-shipment inspection by a third party - TBD

Next call: Tuesday 1 September, 11:00 Cairo / 16:00 China.

Best regards,
Karim Mansour
Procurement Section Head | Delta Petrochem S.A.E. | Alexandria"""
    body = alt(text, render_html(text, "utf-8", flavor="plain"), "utf-8", "quoted-printable",
               "_000_DB9PR02MB7F31C5E2A8_")
    c.eml = m365(c, KARIM, [("Lisa Peng", P("彭丽华")[1])], [("Fan Ouyang", P("欧阳帆")[1]), bot("B")],
                 "Minutes - video call Delta Petrochem / Cifeng (20 Aug)", body, tz_utc=False)
    c.item("彭丽华", "send the revised quotation incl. sea freight to Alexandria", (("wd", 6), "2026-08-23"))
    c.item(None, "provide a sample certificate of origin", (("month_end",), "2026-08-31"))
    c.item(KARIM, "confirm the final quantity (1,800 or 2,000 m3)", (("abs", "2026-08-27"), "2026-08-27"))
    c.item(None, "arrange the pre-shipment inspection by a third party", ("vague",))
    c.fu(("abs", "2026-09-01"), "2026-09-01", "16:00")
    c.notes = ("Date Thu 20 Aug 2026 14:10 +0300 = 19:10 Shanghai, same day. 'Ms. Lisa Peng' = 彭丽华 (alias). 'by "
               "Sunday' -> Sun 08-23 (a working day in Egypt). Items 2 and 4 name only a company -> no_owner, "
               "department null; 'before the end of August' -> 08-31; 'TBD' -> vague_due. Karim's item is owned by the "
               "From person. Next call 'Tuesday 1 September, 11:00 Cairo / 16:00 China' -> 2026-09-01 16:00.")
    return c


CASES = [c9131, c9132, c9133, c9134, c9135, c9136, c9137, c9138]
