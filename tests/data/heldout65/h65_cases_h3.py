"""heldout65 cases 9334, 9335, 9338: 荆州湖乡藕业 (internal newsletter, Mail Master EC table, titles + 本周内)."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, msgid_outlook,
                     thread_index, outlook_html, mso_p, html_table, text_table, hx, esc)
from h65_roster import who, bot

DOM = "huxiang-ou.example.cn"
BOT = bot("H")


@case(9334, "h-outlook-other-internal-newsletter", "other",
      "Outlook HTML internal newsletter 《湖乡简讯》 written by the office to all staff (bot on the staff list): "
      "no List-Id/Precedence, numbered news with dates and 各部门…前 reminders — not minutes -> other")
def c9334():
    t = T("2026-05-29 16:02:44")
    txt = """《湖乡简讯》2026年第5期（总第41期）

【公司动态】
1. 5月26日，公司卤藕系列通过省级“荆楚优品”复审，有效期三年。
2. 藕带季共加工鲜藕带326吨，比去年同期增长18%，感谢生产部、品控部全体同事。
3. 端午礼盒已签订单1.42万盒，6月5日起陆续发运。

【温馨提示】
1. 端午节放假时间为6月19日至21日，22日正常上班。
2. 各部门请于6月10日前将上半年培训记录交总经理办公室归档。
3. 夏季高温，车间请注意防暑降温，食堂每天下午3点供应绿豆汤。

总经理办公室 编
"""
    inner = "\n".join(mso_p(x) for x in txt.split("\n"))
    body = multi("alternative", [leaf("text/plain", txt, "utf-8", "base64"),
                                 leaf("text/html", outlook_html(inner, "utf-8"), "utf-8", "quoted-printable")],
                 "----=_NextPart_000_0031_01DCEF62.1D7A4B30")
    hdr = deliver(BOT[1], who("聂文")[1], t, 9334, "NIEWEN-PC", "10.16.2.41") + [
        ("From", addr("聂文", "utf-8")), ("To", addr(("全体员工", "all@huxiang-ou.example.cn"), "utf-8")),
        ("Cc", addr(BOT, "utf-8")), ("Subject", ew("《湖乡简讯》2026年第5期", "utf-8")), ("Date", rfc_date(t)),
        ("Message-ID", msgid_outlook(9334, DOM)), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index(9334)), ("Content-Language", "zh-cn")]
    return {"eml": message(hdr, body),
            "notes": "A newsletter a colleague writes by hand and sends to the all-staff address, which includes the bot. "
                     "No List-Id, Precedence or List-Unsubscribe: it is person-written, so kind other (not auto). The "
                     "numbered news and reminders ('各部门请于6月10日前…') are announcements, not minutes: no items."}


@case(9335, "h-mailmaster-ec-customer-table-evening", "minutes",
      "NetEase Mail Master (mobile) HTML-table 外部沟通跟进表 with a customer, sent in the evening: ① names 严工 inline, "
      "② falls to the row 负责人; customer's wish '7月中旬前' is not an item; 下次沟通时间 with a time")
def c9335():
    t = T("2026-07-03 21:20:16")
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
             "下次沟通时间", "负责人"],
            ["EC2026-07-03", "2026-07-03", "湘客隆超市/刘芸采购主管", "销售部/程佳", "客户",
             "客户中秋档期拟增加藕汤罐头单品，要求提供第三方检测报告，希望7月中旬前确定供货价",
             "①品控部严工出具藕汤罐头第三方检测报告（7月7日前）②7月8日前向客户报送中秋礼盒及罐头供货价",
             "2026-07-09 14:00", "程佳"]]
    head = "刘主管您好，今天下午沟通的内容整理如下，请查收，如有出入请指正："
    tail = "程佳\n\n发自网易邮箱大师"
    txt = head + "\n\n" + text_table(list(zip(*rows)), "：") + "\n\n" + tail + "\n"
    html = (f"<div>{esc(head)}</div><div><br></div>" + html_table(rows) +
            '<div><br></div><div>程佳</div><div><br></div><div style="color:#909090;font-size:12px">发自'
            '<a href="https://mail.example.net/dashi/">网易邮箱大师</a></div>\n')
    body = multi("alternative", [leaf("text/plain", txt, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=_Part_{hx(9335, 7)}_{hx(93351, 9)}.1783084816000")
    hdr = deliver(BOT[1], who("程佳")[1], t, 9335, "mail-m13.qiye-relay.example.net", "220.181.12.21") + [
        ("Date", rfc_date(t)), ("From", addr("程佳", "UTF-8")), ("To", addr("刘芸", "UTF-8")),
        ("Cc", addrs(["熊志刚", "黎雪梅", "严俊", BOT], "UTF-8")),
        ("Message-ID", f"<{hx(9335, 8)}.{hx(93352, 4)}.{hx(93353, 11)}.Coremail.chengjia@huxiang-ou.example.cn>"),
        ("Subject", ew("外部沟通跟进表EC2026-07-03（湘客隆中秋新品）", "UTF-8")), ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase MailMaster Android 7.19.6"), ("X-Originating-IP", "[117.152.88.40]")]
    items = [I("严俊", "出具藕汤罐头第三方检测报告", "2026-07-07", ("abs", "2026-07-07")),
             I("程佳", "向客户报送中秋礼盒及罐头供货价", "2026-07-08", ("abs", "2026-07-08"))]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-07-09", "14:00"),
            "notes": "Seed 外部沟通跟进表 (customer row) as an HTML table from a phone, sent Fri 2026-07-03 21:20. ① names "
                     "品控部严工 (= 严俊) inline, 7月7日前 -> 2026-07-07. ② names no person: the row 负责人 程佳 owns it, "
                     "7月8日前 -> 2026-07-08. '希望7月中旬前确定供货价' is the customer's wish in 核心需求 (not an item). "
                     "下次沟通时间 2026-07-09 14:00."}


@case(9338, "h-outlook-utf8-owners-by-title-this-week", "minutes",
      "Outlook UTF-8 (HTML + text) 品控例会: owners only by title/nickname (覃总, 邓工, 东哥, 黎经理); 8月14日（周五）前, "
      "本周内 (AMBIGUOUS), 今天下班前, 两周内; a decision with a date; '下次例会：下周三同一时间'")
def c9338():
    t = T("2026-08-12 15:20:09")
    txt = """各位：

今天品控例会的纪要如下。

会议时间：8月12日（周三）14:00-15:00
参会人员：覃总、黎经理、邓工、东哥、小严

一、议定事项
自8月17日起，新季莲藕原料验收改为每批次抽检3次，抽检记录当天归档。

二、待办
1. 覃总8月14日（周五）前审定新季莲藕收购价调整方案；
2. 邓工本周内完成清洗线滤网更换；
3. 东哥今天下班前把冷库温度记录仪7月数据导出，发黎经理；
4. 黎经理两周内组织一次全员食品安全培训，小严配合做签到。

下次例会：下周三同一时间。

黎雪梅
品控部
"""
    inner = "\n".join(mso_p(x) for x in txt.split("\n"))
    body = multi("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                 leaf("text/html", outlook_html(inner, "utf-8", "微软雅黑"), "utf-8", "quoted-printable")],
                 "----=_NextPart_000_0042_01DD2A11.7C3E5D60")
    hdr = deliver(BOT[1], who("黎雪梅")[1], t, 9338, "LIXUEMEI-PC", "10.16.3.22") + [
        ("From", addr("黎雪梅", "utf-8")), ("To", addrs(["覃国栋", "邓超群", "付晓东", "严俊"], "utf-8")),
        ("Cc", addr(BOT, "utf-8")), ("Subject", ew("8月12日品控例会纪要", "utf-8")), ("Date", rfc_date(t)),
        ("Message-ID", msgid_outlook(9338, DOM)), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index(9338)), ("Content-Language", "zh-cn")]
    items = [I("覃国栋", "审定新季莲藕收购价调整方案", "2026-08-14", ("abs", "2026-08-14")),
             I("邓超群", "完成清洗线滤网更换", "2026-08-16", ("weekend",)),
             I("付晓东", "把冷库温度记录仪7月数据导出，发黎经理", "2026-08-12", ("today",)),
             I("黎雪梅", "组织一次全员食品安全培训", "2026-08-26", ("days", 14))]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-08-19", "14:00"),
            "notes": "Sent Wed 2026-08-12. Owners are written only by title or nickname: 覃总 = 覃国栋, 邓工 = 邓超群, "
                     "东哥 = 付晓东, 黎经理 = 黎雪梅 (roster aliases); 小严 only helps with item 4 (not a second owner). "
                     "AMBIGUOUS: 本周内 is read as the end of the calendar week, Sunday 2026-08-16 (date-phrases.tsv); a "
                     "working-week reading would give Fri 08-14. 今天下班前 -> 2026-08-12, no time. 两周内 -> send date + "
                     "14 days = 2026-08-26. The 议定事项 '自8月17日起…' is a decision, not an item. '下次例会：下周三同一时间' "
                     "-> Wed 2026-08-19 at this meeting's 14:00."}
