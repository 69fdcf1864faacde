"""heldout81 cases 10911-10916: 梅州客都金柚食品有限公司 (pomelo products) and its Polish buyer."""
import datetime as dt

from h81lib import (Case, It, ad, alist, attach, div_html, ew, htmlesc, make_docx, message, multipart, outlook_html,
                    pa, part, received, table_html, tpart)

DOM = "kedujinyou.example.cn"
BOT = ad("纪要助手", "minutes@" + DOM)
PL = "smakiwschodu.example.pl"


def c10911():
    date = "Mon, 18 May 2026 09:12:40 +0200"
    text = """Dear Cindy, Mr Zhong,

Thank you for the call this morning. Below are my notes - please correct me if I missed anything.

Attendees: Cindy Zeng, Wilson Zhong, Tina Ye (Kedu Jinyou); Tomasz Kaczmarek, Agnieszka Wróbel (Smaki Wschodu)

Agreed:
- Polish back label will be printed in Meizhou; our translation (v3) is final.
- Payment terms for the trial order: 30% deposit, 70% against copy of B/L.

Action items:
1. Cindy to send the updated price list for the 500 g jars (FCA Shenzhen) by Friday.
2. Ms Qiu (Kedu QA) to provide the pesticide residue test report for the peel - by May 29.
3. Tomasz to approve the final label artwork by EOD tomorrow.
4. Agnieszka to place the trial order once the samples pass our lab test.

Next call: Thursday 28 May, 10:00 Warsaw / 16:00 Beijing.

Best regards,
Agnieszka Wróbel
Category Buyer - Asian Foods
Smaki Wschodu Sp. z o.o., Łódź
"""
    paras = text.strip("\n").split("\n\n")
    html = '<div dir="ltr">' + "".join(
        "<div>%s</div><div><br></div>" % htmlesc(p).replace("\n", "<br>") for p in paras) + "</div>\n"
    ctype, body = multipart("alternative", "000000000000f3c1a80651f2b7e4",
                            [tpart(text, "UTF-8", "quoted-printable", quote_cs=True),
                             tpart(html, "UTF-8", "quoted-printable", sub="html", quote_cs=True)], params="")
    ctype = ctype.replace(';\n\tboundary', '; boundary')
    aw = ad("Agnieszka Wróbel", "agnieszka.wrobel@" + PL)
    hdr = [
        ("Return-Path", "<agnieszka.wrobel@%s>" % PL),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", "from mail-wm1-f54.google.example.com (mail-wm1-f54.google.example.com [192.0.2.54])\n\tby mx.%s "
                     "(Postfix) with ESMTPS id 4bM1pW6sJd\n\tfor <minutes@%s>; Mon, 18 May 2026 15:12:44 +0800 (CST)" % (DOM, DOM)),
        ("MIME-Version", "1.0"),
        ("From", aw),
        ("Date", date),
        ("Message-ID", "<CAJm8xQz3b7YHk1t0oP2q=Vw5uN4x_rL9sGf2aE6dT1cK8mB7wQ@mail.gmail.com>"),
        ("Subject", "Minutes - call with Kedu Jinyou, 18 May (honey pomelo tea, PL launch)"),
        ("To", alist([ad("Cindy Zeng", "zengjiaxin@" + DOM), ad("Wilson Zhong", "zhongweixiong@" + DOM)])),
        ("Cc", alist([ad("Tina Ye", "yexiaotong@" + DOM), ad("Tomasz Kaczmarek", "tomasz.kaczmarek@" + PL),
                      ad("Minutes Bot", "minutes@" + DOM)])),
        ("Content-Type", ctype),
    ]
    items = [
        It("曾嘉欣", "send the updated price list for the 500 g jars (FCA Shenzhen)", "wd:4"),
        It("丘美玲", "provide the pesticide residue test report for the peel", "abs:2026-05-29"),
        It(("ext", "Tomasz Kaczmarek", "tomasz.kaczmarek@" + PL), "approve the final label artwork", "rel:1"),
        It(("ext", "Agnieszka Wróbel", "agnieszka.wrobel@" + PL), "place the trial order once the samples pass the lab test", "none"),
    ]
    notes = ("English minutes written by the Polish buyer (Google Workspace, UTF-8 QP, 'X to ...' convention). Date 09:12 +0200 = "
             "Mon 2026-05-18 15:12 in Shanghai (same day in both zones). Cindy = 曾嘉欣, 'Ms Qiu (Kedu QA)' = 丘美玲 (roster alias). "
             "'by Friday' -> 2026-05-22; 'by May 29' -> 2026-05-29; 'by EOD tomorrow' -> 2026-05-19 (no time). Tomasz and "
             "Agnieszka are not in the roster: addresses from Cc/From, department null. #4 is conditional with no date -> no_due. "
             "'Agreed' lines are decisions. 'Next call: Thursday 28 May, 10:00 Warsaw / 16:00 Beijing' -> 2026-05-28 16:00.")
    return Case(10911, "pomelo-english-buyer-minutes-gmail", "minutes", message(hdr, body), items,
                ("abs:2026-05-28", "16:00"), notes,
                "Polish buyer's English minutes (Gmail, +0200): 'X to … by Friday/EOD tomorrow', alias 'Ms Qiu (Kedu QA)', external "
                "owners from Cc/From, conditional no_due, next call in two time zones")


def c10912():
    cs = "GBK"
    date = "Sat, 9 May 2026 08:50:17 +0800"
    text = """各位：
今天（5月9日，调休上班）生产例会纪要如下。

一、上周事项回顾
1、柚皮糖二号线换模――已完成。
2、五一前发货的2个柜――已全部出货。

二、本周工作安排
| 序号 | 事项 | 责任人 | 完成时间 |
| 1 | 柚皮糖生产线金属检测仪校准 | 廖志强（主责）/丘美玲（配合） | 下周一 |
| 2 | 蜂蜜补货2吨（批次检验报告随货） | 黄秋菊 | 5月13日前 |
| 3 | 清理过期包材库存并出报废清单 | 刘振东 | 下周三前 |
| 4 | 柚子茶成品送第三方检测微生物指标 | 丘美玲 | 3个工作日内 |

三、其他
端午备货计划下周例会再议。


廖志强
生产部 | 梅州客都金柚食品有限公司
"""
    body = tpart(text.replace("\n", "\r\n"), cs, "base64")
    hdr = [
        ("Return-Path", "<liaozhiqiang@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("LIAOZQ-PC", "192.168.10.71", "mx." + DOM, "4bG6tV9yNe", date + " (CST)", "minutes@" + DOM)),
        ("Date", date),
        ("From", ad("廖志强", "liaozhiqiang@" + DOM, cs)),
        ("To", alist([ad("丘美玲", "qiumeiling@" + DOM, cs), ad("黄秋菊", "huangqiuju@" + DOM, cs),
                      ad("刘振东", "liuzhendong@" + DOM, cs)])),
        ("Cc", alist([ad("钟伟雄", "zhongweixiong@" + DOM, cs), ad("纪要助手", "minutes@" + DOM, cs)])),
        ("Subject", ew("5月9日生产例会纪要", cs)),
        ("X-Priority", "3"),
        ("X-GUID", "0E6F3B2C-4A19-47D5-B8E2-61C0D9A3F4B7"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.331[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202605090850167651028@kedujinyou.example.cn>"),
    ]
    raw = message(hdr, b"")[:-1] + body
    items = [
        It("廖志强", "柚皮糖生产线金属检测仪校准", "next:0"),
        It("黄秋菊", "蜂蜜补货2吨（批次检验报告随货）", "abs:2026-05-13"),
        It("刘振东", "清理过期包材库存并出报废清单", "next:2"),
        It("丘美玲", "柚子茶成品送第三方检测微生物指标", "workdays:3"),
    ]
    notes = ("Foxmail GBK plain text only (base64), a pipe table typed by hand. Sent Sat 2026-05-09, the Labour-Day make-up working "
             "Saturday. 上周事项回顾 lines are 已完成 status. #1 '廖志强（主责）/丘美玲（配合）' in one cell -> owner is the 主责 廖志强; "
             "'下周一' -> Mon 2026-05-11. #2 5月13日前 -> 2026-05-13. #3 '下周三前' -> 2026-05-13. #4 '3个工作日内' counted from the day "
             "after sending: 05-11, 05-12, 05-13 -> 2026-05-13. '端午备货计划下周例会再议' has no date -> no follow-up.")
    return Case(10912, "pomelo-production-makeup-saturday-foxmail-gbk", "minutes", raw, items, None, notes,
                "Foxmail GBK plain: sent on the 05-09 make-up Saturday; 主责/配合 in one cell; 下周一/下周三前/3个工作日内 from a "
                "Saturday; done-review not extracted")


def c10913():
    date = "Fri, 29 May 2026 16:30:45 +0800"
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [
        ["1", "中秋礼盒包装设计", "销售部", "研发部", "张嘉豪", "罗锦辉", "2026-05-06", "2026-05-20", "2026-05-19", "已完成", "—"],
        ["2", "礼盒内衬供应商比价（至少3家）", "销售部", "采购部", "张嘉豪", "黄秋菊", "2026-05-20", "2026-06-05", "-",
         "进行中（已完成40%）", "纸浆模塑内衬涨价，备选EVA方案"],
        ["3", "礼盒装柚子茶保质期验证", "销售部", "品管部", "张嘉豪", "丘美玲", "2026-05-25", "2026-06-12", "-", "进行中",
         "加速试验需14天"],
        ["4", "中秋礼盒产能排期", "销售部", "生产部", "张嘉豪", "廖志强", "2026-06-01", "待定", "-", "未开始", "等包装定稿后排"],
        ["5", "礼盒报价单测算", "销售部", "财务部", "张嘉豪", "李慧珍", "2026-05-25", "2026-05-30", "-", "进行中", "—"],
    ]
    intro = "各位同事：\n\n中秋礼盒项目本周协作跟踪表更新如下，请各协作部门按计划完成时间推进，有风险及时在群里说。\n"
    outro = "\n下周五（6月5日）下午4点项目例会，地点二楼会议室。\n\n张嘉豪\n销售部经理\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<div style=\"font-family:'Microsoft YaHei';font-size:14px\">%s<div><b>跨部门协作事项跟踪表</b></div>%s%s</div></body></html>\n"
            % ("".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in intro.split("\n")),
               table_html([head] + rows, 'border="1" cellpadding="3" cellspacing="0" style="font-size:12px"'),
               "".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in outro.split("\n"))))
    text = intro + "\n跨部门协作事项跟踪表\n" + "\n".join("  ".join(r) for r in [head] + rows) + "\n" + outro
    ctype, body = multipart("alternative", "----=_NextPart_6A194A35_0F2C8E10_5B7D3E21",
                            [tpart(text, "utf-8", "base64"), tpart(html, "utf-8", "base64", sub="html")],
                            preamble="This is a multi-part message in MIME format.")
    hdr = [
        ("Return-Path", "<zhangjiahao@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("smtpbg.exmail.example.com", "198.51.100.154", "mx." + DOM, "4bP3wR0kTz", date + " (CST)",
                              "minutes@" + DOM)),
        ("X-QQ-mid", "bizmailvip31t1780043445tk7d1c0q"),
        ("X-QQ-SSF", "0000000000000010000000000000"),
        ("X-QQ-FEAT", "3mNoGkZV0d1rS5c2qK8xh9Zw4fP7bT6uE1jA0lY3nM="),
        ("From", pa("张嘉豪")),
        ("To", alist([pa("罗锦辉"), pa("黄秋菊"), pa("丘美玲"), pa("廖志强"), pa("李慧珍")])),
        ("Cc", alist([pa("钟伟雄"), BOT])),
        ("Subject", ew("中秋礼盒项目协作跟踪表（5月29日更新）")),
        ("Mime-Version", "1.0"),
        ("Content-Type", ctype),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_5E2B9C7A1D0F4A6B8C3E2D19@qq.example.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("黄秋菊", "礼盒内衬供应商比价（至少3家）", "abs:2026-06-05"),
        It("丘美玲", "礼盒装柚子茶保质期验证", "abs:2026-06-12"),
        It("廖志强", "中秋礼盒产能排期", "vague"),
        It("李慧珍", "礼盒报价单测算", "abs:2026-05-30"),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方） columns (Exmail, HTML table + flattened plain). "
             "Sent Fri 2026-05-29. Row 1 is 已完成 with an 实际完成时间 -> status, not an item. AMBIGUOUS: every row has the same "
             "发起方 张嘉豪; the work is done by the 协作部门, so the 协作方 person is taken as owner (黄秋菊, 丘美玲, 廖志强, 李慧珍). "
             "Due = 计划完成时间: 2026-06-05, 2026-06-12, '待定' -> vague_due, 2026-05-30 (a Saturday, kept as written). "
             "'下周五（6月5日）下午4点项目例会' -> 2026-06-05 16:00.")
    return Case(10913, "pomelo-collab-tracking-two-owner-columns-exmail", "minutes", message(hdr, body), items,
                ("next:4", "16:00"), notes,
                "Seed 跨部门协作事项跟踪表 (Exmail HTML) with 发起方/协作方 owner columns (AMBIGUOUS: 协作方 owns), 已完成 row, 待定, "
                "next meeting '下周五（6月5日）下午4点'")


def c10914():
    cs = "gb18030"
    date = "Tue, 16 Jun 2026 19:48:12 +0800"
    text = """今晚碰头几件事，大家记一下：

@刘振东 端午节后第一个工作日的头批发货车辆提前联系好，别到时候没车
@秋菊姐 玻璃瓶到货情况明早10点前给我答复
@Tina 波兰客户的唛头今晚8点前发给仓库
所有人：节前把各自区域的5S做完

端午放假6月19日到21日，22日正常上班。

发自手机QQ邮箱"""
    html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\"><div>%s</div>\n" % "<br>".join(
        htmlesc(l) for l in text.split("\n"))
    ctype, body = multipart("alternative", "----=_NextPart_6A3147EC_0A1B5E60_1F2D8C44",
                            [tpart(text.replace("\n", "\r\n"), cs, "base64"), tpart(html, cs, "base64", sub="html")],
                            preamble="This is a multi-part message in MIME format.")
    hdr = [
        ("Return-Path", "<zhongweixiong@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("smtpbg.exmail.example.com", "198.51.100.152", "mx." + DOM, "4bR5yU2nXc", date + " (CST)",
                              "minutes@" + DOM)),
        ("X-QQ-mid", "bizmailvip12t1781610492tq2w7e9r"),
        ("From", ad("钟伟雄", "zhongweixiong@" + DOM, cs)),
        ("To", alist([ad("刘振东", "liuzhendong@" + DOM, cs), ad("黄秋菊", "huangqiuju@" + DOM, cs),
                      ad("叶晓彤", "yexiaotong@" + DOM, cs), ad("廖志强", "liaozhiqiang@" + DOM, cs)])),
        ("Cc", ad("纪要助手", "minutes@" + DOM, cs)),
        ("Subject", ew("今晚碰头会", cs)),
        ("Mime-Version", "1.0"),
        ("Content-Type", ctype),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_8F1A2B3C4D5E6F708192A3B4@qq.example.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "iPhone Mail(21F90)"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("刘振东", "联系端午节后头批发货车辆", "after:2026-06-19"),
        It("黄秋菊", "答复玻璃瓶到货情况", "rel:1", "10:00"),
        It("叶晓彤", "把波兰客户的唛头发给仓库", "today", "20:00"),
        It(None, "完成各自区域的5S", "before:2026-06-19"),
    ]
    notes = ("Evening stand-up written on the QQ Mail phone app (gb18030, base64), one line per @mention. Sent Tue 2026-06-16 "
             "19:48. @刘振东: '端午节后第一个工作日' -> Mon 2026-06-22 (holiday 06-19..06-21). @秋菊姐 = 黄秋菊: '明早10点前' -> "
             "2026-06-17 10:00. @Tina = 叶晓彤: '今晚8点前' -> 2026-06-16 20:00. '所有人：节前…' -> no single owner (no_owner), "
             "'节前' = last working day before 端午 -> Thu 2026-06-18. The holiday line is information.")
    return Case(10914, "pomelo-at-mentions-qq-mobile-gb18030", "minutes", message(hdr, body), items, None, notes,
                "QQ Mail phone app gb18030, @mention lines with nickname aliases (秋菊姐, Tina); 明早10点前, 今晚8点前, 端午节后第一个"
                "工作日, 所有人/节前 (no_owner)")


def c10915():
    date = "Wed, 8 Jul 2026 08:55:20 +0800"
    text = """各位早：

原定明天（周四）下午的经销商沟通会，因为钟总临时要去广州，改到下周一（7月13日）上午10点，地点不变，还是三楼会议室。

会议议程不变，之前让大家准备的材料请周五前发我汇总。

辛苦！
张嘉豪

发自网易邮箱大师
"""
    html = div_html(text.split("\n"), "font-family:-apple-system;font-size:15px")
    ctype, body = multipart("alternative", "----=_Part_90214_387100129.1783472120466",
                            [tpart(text, "UTF-8", "base64", quote_cs=False), tpart(html, "UTF-8", "base64", sub="html", quote_cs=False)])
    hdr = [
        ("Return-Path", "<zhangjiahao@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("[172.20.10.3]", "203.0.113.88", "mx." + DOM, "4bC8eH4rWq", date + " (CST)", "minutes@" + DOM)),
        ("Date", date),
        ("From", pa("张嘉豪")),
        ("To", alist([pa("钟伟雄"), pa("曾嘉欣"), pa("刘振东"), pa("李慧珍")])),
        ("Cc", BOT),
        ("Message-ID", "<3b1d0f7e.5c2.1983e4a61b2.Coremail.zhangjiahao@kedujinyou.example.cn>"),
        ("Subject", ew("改期：周四经销商沟通会改到下周一上午")),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "NetEase Mail Master 7.19.5 (iOS)"),
        ("X-Priority", "3"),
    ]
    notes = ("A rescheduling note written by a person (NetEase Mail Master on a phone), the bot in Cc out of habit. It moves a "
             "meeting (下周一7月13日上午10点) and repeats a request (材料周五前发我) but it is not minutes: kind other, no items, and no "
             "follow-up (next_followup is read only from minutes).")
    return Case(10915, "other-pomelo-reschedule-mailmaster", "other", message(hdr, body), [], None, notes,
                "NetEase Mail Master rescheduling chat with a meeting time and a 周五前 request -> other")


def c10916():
    cs = "gb2312"
    date = "Thu, 16 Jul 2026 17:05:33 +0800"
    rows = [
        ["序号", "问题/事项", "具体措施", "主责/配合", "完成时间"],
        ["1", "柚子茶结块客诉原因分析", "①留样复检水分、糖度指标；\n②调整灌装温度参数并小批量试产",
         "①丘美玲/廖志强\n②廖志强/罗锦辉", "①7月18日前\n②7月21日前"],
        ["2", "白砂糖含水量偏高", "要求供应商提供近3批COA并安排现场审核", "黄秋菊/丘美玲", "下周一前"],
        ["3", "客户书面回复", "向广州经销商出具书面回复及补偿方案", "张嘉豪/丘美玲", "尽快"],
    ]
    docx = make_docx(
        "柚子茶结块客诉分析会会议纪要",
        ["会议时间：2026年7月15日 14:30-16:00", "会议地点：品管部会议室", "主持：丘美玲　记录：丘美玲",
         "参会：钟伟雄、廖志强、罗锦辉、黄秋菊、张嘉豪",
         "一、问题概述：7月上旬广州经销商反馈500g蜂蜜柚子茶开罐结块，涉及批次20260612、20260615，共计客诉11起。",
         "二、整改措施及分工："],
        rows,
        ["三、会议决定：自8月1日起每批次成品增加水分检测，由品管部执行，检测记录随批次留档。",
         "四、下次会议视复检结果另行安排。"],
        "丘美玲", dt.datetime(2026, 7, 16, 16, 40, 0))
    text = "各位：\r\n\r\n7月15日柚子茶结块客诉分析会纪要见附件，请各主责人按时完成，配合部门积极支持。\r\n\r\n丘美玲\r\n品管部\r\n"
    html = outlook_html(text.replace("\r\n", "\n").split("\n"), cs)
    alt_ct, alt = multipart("alternative", "----=_NextPart_001_00A3_01DD1506.2C7F4B10",
                            [tpart(text, cs, "base64"), tpart(html, cs, "quoted-printable", sub="html")])
    ctype, body = multipart("mixed", "----=_NextPart_000_00A2_01DD1506.2C7F4B10",
                            [part(["Content-Type: " + alt_ct], alt),
                             attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "柚子茶结块客诉分析会纪要.docx", cs)],
                            preamble="This is a multipart message in MIME format.")
    hdr = [
        ("Return-Path", "<qiumeiling@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("QIUML-PC", "192.168.10.52", "mx." + DOM, "4bH7qJ3vMa", date + " (CST)", "minutes@" + DOM)),
        ("From", ad("丘美玲", "qiumeiling@" + DOM, cs)),
        ("To", alist([ad(n, P_EMAIL[n], cs) for n in ("廖志强", "罗锦辉", "黄秋菊", "张嘉豪")])),
        ("Cc", alist([ad("钟伟雄", "zhongweixiong@" + DOM, cs), ad("纪要助手", "minutes@" + DOM, cs)])),
        ("Subject", ew("柚子茶结块客诉分析会纪要（7.15）", cs)),
        ("Date", date),
        ("Message-ID", "<00a201dd1506$2c7f4b10$857ee130$@kedujinyou.example.cn>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdsVBix/SxCFfuEwQ3eZ2k1b5yLg7Q=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("丘美玲", "留样复检水分、糖度指标", "abs:2026-07-18"),
        It("廖志强", "调整灌装温度参数并小批量试产", "abs:2026-07-21"),
        It("黄秋菊", "要求供应商提供近3批COA并安排现场审核", "next:0"),
        It("张嘉豪", "向广州经销商出具书面回复及补偿方案", "vague"),
    ]
    notes = ("Outlook gb2312 mail with the minutes in a .docx Word table; cells hold ①② sub-tasks with their own 主责/配合 pairs "
             "and dates. Sent Thu 2026-07-16. Row 1 splits into two items: ① 主责 丘美玲, 7月18日前 -> 2026-07-18 (Saturday, kept); "
             "② 主责 廖志强, 7月21日前 -> 2026-07-21. Row 2 主责 黄秋菊, '下周一前' -> 2026-07-20. Row 3 主责 张嘉豪, '尽快' -> "
             "vague_due. The first name in '主责/配合' is the owner. '自8月1日起每批次成品增加水分检测' is a 会议决定 (standing rule), "
             "not an item; '下次会议…另行安排' -> no follow-up.")
    return Case(10916, "pomelo-complaint-docx-subtasks-outlook-gb2312", "minutes", message(hdr, body, crlf=True), items,
                None, notes, "Outlook gb2312 + .docx table: ①② sub-tasks in one cell with per-sub-task 主责/配合 and dates; "
                "下周一前, 尽快; 会议决定 not an item", attach_expect=["调整灌装温度参数并小批量试产"])


P_EMAIL = {"廖志强": "liaozhiqiang@" + DOM, "罗锦辉": "luojinhui@" + DOM, "黄秋菊": "huangqiuju@" + DOM,
           "张嘉豪": "zhangjiahao@" + DOM}

CASES = [c10911, c10912, c10913, c10914, c10915, c10916]
