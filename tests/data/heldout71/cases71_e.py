"""Cases 9925-9930."""
import datetime as dt

from cases71_a import BOT_A, BOT_B, BOT_C, BOT_D
from lib71 import (DA, DB, DC, DD, HQ, Case, I, P, addr, addrs, binary, en, envelope, esc, ew, hx, lines_html,
                   make_docx, message, multi, table_html, table_tabs, text, upper_hx, who)

KANGLE = ("张振华", "zhangzhenhua@kangle-yly.example.cn")


# ------------------------------------------------------------------ 9925
def docx9925():
    rows = [["No.", "Action", "Owner", "Due"],
            ["1", "Implement poka-yoke on the caliper bracket fixture", "Ben Huang", "2026-07-24"],
            ["2", "Update control plan CP-TB40 to rev F", "Lydia Luo", "17 Jul"],
            ["3", "Confirm HQ approval for the fixture budget", "Marek Kováč", "TBD"],
            ["4", "Close the 8D report in the customer portal", "Owner TBD", "31 Jul"]]
    before = ["Date: 13 July 2026, 15:00-16:30, Shaoguan plant meeting room 2 / Teams (Žilina)",
              "Attendees: Lydia Luo (minutes), Ben Huang, William Zhong, Marek Kováč; Zuzana Horváthová (HQ)",
              "1. D4 root cause confirmed: gas porosity caused by a worn degassing rotor at the casting supplier.",
              "2. D5/D6: supplier replaced the rotor on 8 July; 3 lots since then are clean (X-ray 100%).",
              "3. Actions"]
    after = ["4. Next 8D review: 28 July 2026, 15:00 (Shaoguan time)."]
    return make_docx("8D Review - Claim Q-2026-031 - Minutes", before, rows, after, "Lydia Luo",
                     dt.datetime(2026, 7, 14, 10, 55, 0))


def c9925():
    date = "Tue, 14 Jul 2026 11:20:19 +0800"
    body = ("Hi all,\n\nAttached are the minutes of yesterday's 8D review for claim Q-2026-031. Key actions are in section "
            "3; please confirm your items by tomorrow.\n\nBest regards\nLydia Luo\nQuality Engineer | Tatra Brzdy "
            "(Shaoguan)\n")
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"></head><body lang=EN-US>'
            '<div class=WordSection1>' + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) or "&nbsp;")
                                                  for l in body.rstrip("\n").split("\n")) + '</div></body></html>\n')
    alt = multi("alternative", "----=_NextPart_001_0063_01DD1342.9A0B1C70", [
        text("text/plain", body, "us-ascii", "7bit"), text("text/html", html, "us-ascii", "quoted-printable")])
    mixed = multi("mixed", "----=_NextPart_000_0062_01DD1342.9A0B1C70", [
        alt, binary("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx9925(),
                    "8D_review_Q-2026-031_minutes_2026-07-13.docx")],
        preamble="This is a multipart message in MIME format.")
    s = P["luo"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "LUOHUI-NB", "10.66.1.52", date, "9925") + [
        "From: " + addr("Lydia Luo", s),
        "To: " + addrs([en("huang"), en("zhong"), who("marek")]),
        "Cc: " + addrs([who("zuzana"), BOT_C]),
        "Subject: 8D review Q-2026-031 - minutes attached",
        "Date: " + date,
        "Message-ID: <006201dd1342$9a0b1c70$%s$@%s>" % (hx("m9925", 8), DC),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzpE0Ka" + hx("t9925", 14),
        "Content-Language: en-us",
    ]
    items = [
        I("huang", "Implement poka-yoke on the caliper bracket fixture", ("abs", "2026-07-24"), "2026-07-24"),
        I("luo", "Update control plan CP-TB40 to rev F", ("abs", "2026-07-17"), "2026-07-17"),
        I("marek", "Confirm HQ approval for the fixture budget", "vague"),
        I(None, "Close the 8D report in the customer portal", ("abs", "2026-07-31"), "2026-07-31"),
    ]
    notes = ("Outlook English cover note (us-ascii) with the minutes in a .docx (python-docx, fixed timestamps). Sent Tue "
             "2026-07-14. Items only in the docx Actions table: '2026-07-24'; '17 Jul' -> 2026-07-17; 'TBD' -> null + "
             "vague_due (owner Marek Kováč); 'Owner TBD' with '31 Jul' -> owner null, no_owner, due 2026-07-31. The cover "
             "note's 'please confirm your items by tomorrow' is a request to everyone about the minutes, not an item. D4-D6 "
             "lines are facts. 'Next 8D review: 28 July 2026, 15:00 (Shaoguan time)' -> 2026-07-28 15:00.")
    return Case(9925, "tb-8d-minutes-docx-outlook-en", "minutes", date, message(hdr, mixed, mime_version=None), notes,
                "Outlook English cover note + English .docx action table: ISO/'17 Jul'/TBD dues, 'Owner TBD' row; "
                "cover-note request is not an item; next review in the docx", items,
                (("abs", "2026-07-28"), "2026-07-28", "15:00"),
                attach_text=["Close the 8D report in the customer portal", "Next 8D review"])


# ------------------------------------------------------------------ 9926
def c9926():
    date = "Thu, 16 Jul 2026 10:25:40 +0800"
    head = ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度（高/中/低）", "影响范围", "责任部门", "责任人",
            "计划解决时间", "实际解决时间", "解决方案"]
    row = ["PR2026-0716", "3号冷库温度升至-12℃（标准≤-18℃）", "纳晓东", "2026-07-16 08:40", "高", "库存冻品约26吨",
           "冷链物流部", "纳晓东", "见应急处置事项", "-", "初判压缩机故障，已报修厂家"]
    tail = """应急处置事项：
1. 纳晓东：2小时内将3号冷库产品转移至1号、4号库；
2. 撒海燕：今天下班前提交受影响批次清单；
3. 丁秀兰：24小时内完成受影响批次中心温度及微生物抽检；
4. 马总：明天上午9点前确定受影响批次处置方案（降级/销毁）。

处置完成后24小时内召开复盘会，时间另行通知。"""
    intro = "马总及各位：\n\n今早3号冷库温度异常，9:50在冷库值班室开了紧急协调会，记录如下。\n"
    sig = "\n丁秀兰\n品控部"
    plain = intro + "\n问题协调解决记录表\n" + table_tabs([head, row]) + "\n\n" + tail + "\n" + sig + "\n"
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + lines_html(intro) + '<div><b>问题协调解决记录表</b></div>'
            + table_html([head, row], style='border="1" cellspacing="0" cellpadding="3" style="border-collapse:'
                         'collapse;font-size:12px"') + '<br>' + lines_html(tail) + lines_html(sig) + '</div>\n')
    alt = multi("alternative", "----=ALIBOUNDARY_%s" % hx("b9926", 16), [
        text("text/plain", plain, "UTF-8", "quoted-printable", csq=False),
        text("text/html", html, "UTF-8", "quoted-printable", csq=False)])
    s = P["ding"]["email"]
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "out30-97.freemail.mail.aliyun.com", "115.124.30.97", date, "9926") + [
        "X-Alimail-AntiSpam:AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
        "HT=maildocker-contentspam033045220184;MF=%s;NM=1;PH=DS;RN=5;SR=0;TI=SMTPD_---0Wr%s_1784168740;" % (s, hx("a9926", 5)),
        "Date: " + date,
        "From: " + addr("丁秀兰", s),
        "To: " + addrs(["ma", "na", "sa"]),
        "Cc: " + addr(*BOT_D),
        "Message-ID: <%s.dingxiulan@%s>" % (hx("m9926", 20), DD),
        "Subject: " + ew("【紧急】3号冷库温度异常协调记录"),
        "X-Mailer: Alimail-Mailagent revision 3.4.1",
        "MIME-Version: 1.0",
        "X-Priority: 1",
        "@CT",
    ]
    items = [
        I("na", "将3号冷库产品转移至1号、4号库", ("hours", 2), "2026-07-16", "12:25"),
        I("sa", "提交受影响批次清单", ("day", 0), "2026-07-16"),
        I("ding", "完成受影响批次中心温度及微生物抽检", ("hours", 24), "2026-07-17", "10:25"),
        I("ma", "确定受影响批次处置方案（降级/销毁）", ("day", 1), "2026-07-17", "09:00"),
    ]
    notes = ("Seed 问题协调解决记录表 (紧急程度 高) in Alimail/DingTalk mail, UTF-8 QP, followed by 应急处置事项. Sent Thu "
             "2026-07-16 10:25:40. The record row is the problem itself (计划解决时间 '见应急处置事项'), not a separate item. "
             "'2小时内' -> 2026-07-16 12:25 from the Date header; '今天下班前' -> 2026-07-16, no clock time written; '24小时内' "
             "-> 2026-07-17 10:25; '明天上午9点前' -> 2026-07-17 09:00 (马总 = 马建国). '处置完成后24小时内召开复盘会，时间另行"
             "通知' has no fixed time -> next_followup null. '08:40' and '9:50' are event times.")
    return Case(9926, "xy-urgent-issue-record-hours-alimail", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "Alimail seed 问题协调解决记录表 + 应急处置事项: 2小时内 / 24小时内 from the Date header, 今天下班前, "
                "明天上午9点前; problem row is not an item; 复盘会 'time to be announced'", items)


# ------------------------------------------------------------------ 9927
def c9927():
    date = "Wed, 22 Jul 2026 17:05:11 +0800"
    body = """谭局、各位：

今天下午对康乐养老院的消防和食品安全现场检查情况简要记录如下：
一、存在问题：消防通道堆放杂物；厨房留样记录不全；2名护理员健康证过期。
二、整改要求：
1. 请何老师整理检查发现问题清单，明天中午12点前发康乐养老院；
2. 康乐养老院张振华院长牵头整改，7月31日前完成消防通道清理和留样制度补课，整改照片报养老服务股；
3. 请廖老师协助核实院内2名低保对象的护理等级（8月上旬）。
三、8月5日（周三）上午9点我们去复查。

邝建华


发自网易邮箱大师"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + lines_html(body) + "</div>\n")
    alt = multi("alternative", "----=_Part_%s" % hx("b9927", 20), [
        text("text/plain", body + "\n", "UTF-8", "base64", csq=False), text("text/html", html, "UTF-8", "base64", csq=False)])
    s = P["kuang"]["email"]
    hdr = envelope(s, BOT_A[1], "mx.%s" % DA, "m16-mailmaster.%s" % DA, "10.12.9.16", date, "9927") + [
        "Date: " + date,
        "From: " + addr("邝建华", s),
        "To: " + addrs(["tan", "hew", "liao", KANGLE]),
        "Cc: " + addr(*BOT_A),
        "Message-ID: <%s.%s.%s@%s>" % (hx("m9927", 8), hx("n9927", 4), hx("o9927", 11), DA),
        "Subject: " + ew("康乐养老院现场检查情况"),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: NetEase Mail Master 7.18.6",
    ]
    items = [
        I("hew", "整理检查发现问题清单", ("day", 1), "2026-07-23", "12:00"),
        I("ext", "完成消防通道清理和留样制度补课", ("abs", "2026-07-31"), "2026-07-31", name=KANGLE[0], email=KANGLE[1]),
        I("liao", "协助核实院内2名低保对象的护理等级", "vague"),
    ]
    notes = ("A section chief's short record of a site inspection, typed in NetEase Mail Master on the phone. Sent Wed "
             "2026-07-22. Owners with the courtesy title 老师: 何老师 = 何雯, 廖老师 = 廖春燕 (roster aliases). Item 1 "
             "'明天中午12点前' -> 2026-07-23 12:00. Item 2 is owned by an outsider, the care home's director 张振华 (To: display "
             "name, not in the roster, department null), '7月31日前' -> 2026-07-31. Item 3 '（8月上旬）' is a period word -> "
             "null + vague_due. 存在问题 are findings. '三、8月5日（周三）上午9点我们去复查' is the next follow-up -> "
             "2026-08-05 09:00 (Wednesday, checked). AMBIGUOUS: a 复查 visit is not a meeting in a room; it is read as the "
             "next follow-up because it is the dated next step of this group.")
    return Case(9927, "mzj-site-inspection-laoshi-mailmaster", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "Mail Master inspection record: 老师 title owners, external owner (care-home director) from To, 明天中午12点前, "
                "8月上旬 (vague), re-inspection as the next follow-up", items, (("abs", "2026-08-05"), "2026-08-05", "09:00"))


# ------------------------------------------------------------------ 9928
def c9928():
    date = "Fri, 24 Jul 2026 10:05:27 +0200"
    body = ("Hi William, Cathy, Marek,\n\n"
            "thanks for the productive design review this morning. Short recap of \n"
            "what we agreed and who does what:\n\n"
            "Decisions\n"
            "* Tolerance on the piston bore stays at H7; no change request to the \n"
            "customer.\n\n"
            "Actions (owner / due)\n"
            "* Weiming to send the updated tolerance stack-up for the TB-40 bracket \n"
            "by 29/7.\n"
            "* I will release drawing rev D once the stack-up is reviewed.\n"
            "* Cathy to get quotes from two local heat-treatment shops by end of \n"
            "July.\n"
            "* Marek to decide on the Shaoguan tooling budget by Wednesday next week.\n\n"
            "Next design review: 5 August, 14:00 CEST (20:00 in Shaoguan).\n\n"
            "Best regards,\nPeter\n\n-- \nPeter Novák\nGroup Engineering | Tatra Brzdy a.s. | Žilina\n")
    part = text("text/plain", body, "UTF-8", "8bit", params="; format=flowed", csq=False)
    s = P["peter"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "smtp.%s" % HQ, "185.17.42.9", date, "9928") + [
        "Message-ID: <%s-%s-%s-%s@%s>" % (hx("m9928", 8), hx("n9928", 4), hx("o9928", 4), hx("p9928", 12), HQ),
        "Date: " + date,
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-GB",
        "To: " + addrs([en("zhong"), en("deng"), who("marek")]),
        "Cc: " + addr(*BOT_C),
        "From: " + addr("Peter Novák", s),
        "Subject: TB-40 bracket design review 24/7 - recap",
        "@CT",
    ]
    items = [
        I("zhong", "send the updated tolerance stack-up for the TB-40 bracket", ("abs", "2026-07-29"), "2026-07-29"),
        I("peter", "release drawing rev D", None),
        I("deng", "get quotes from two local heat-treatment shops", ("monthend",), "2026-07-31"),
        I("marek", "decide on the Shaoguan tooling budget", ("next", 2), "2026-07-29"),
    ]
    notes = ("Thunderbird format=flowed English from HQ (8bit UTF-8, soft breaks inside items). Date 'Fri, 24 Jul 2026 "
             "10:05:27 +0200' = Fri 2026-07-24 16:05 in Shanghai. 'Weiming' = 钟伟明 (alias; To shows William Zhong). "
             "'by 29/7' is day/month -> 2026-07-29. 'I will release drawing rev D once …' -> owner the writer Peter Novák, "
             "conditional with no date -> no_due. 'by end of July' -> 2026-07-31. 'by Wednesday next week' -> 2026-07-29. "
             "The Decisions bullet is not an item. 'Next design review: 5 August, 14:00 CEST (20:00 in Shaoguan)' -> "
             "2026-08-05 20:00 Asia/Shanghai.")
    return Case(9928, "tb-design-review-recap-thunderbird-flowed-en", "minutes", date,
                message(hdr, part, mime_version=None), notes,
                "Thunderbird flowed English from HQ: items wrapped over soft breaks, D/M date '29/7', 'I will' = writer, "
                "'by Wednesday next week', next review in CEST with the Shaoguan time", items,
                (("abs", "2026-08-05"), "2026-08-05", "20:00"))


# ------------------------------------------------------------------ 9929
def c9929():
    date = "Mon, 27 Jul 2026 11:30:02 +0800"
    body = """各位：

7月27日周例会纪要如下。

一、上周待办回顾
1. 清真认证年审材料清单（丁经理）——已完成
2. 第4批分割冻品报价（杨文博）——进行中，延至8月3日
3. 冷藏车GPS温度监控安装（马小龙）——已完成

二、本周待办
1. 中秋礼盒羊肉订单备货方案（杨文博，7月31日前）
2. 屠宰车间夏季防暑降温物资发放（撒海燕，本周三）
3. 冷库电费分析（锁会计，8月5日前）
4. 清真认证年审现场审核准备（丁经理，下周五）

三、其他：8月1日起执行新版考勤制度，请各部门通知到人。

锁凤琴（代记）
财务部"""
    html = ('<div style="font-family:宋体;font-size:14px;">' + lines_html(body) + "</div>\n")
    alt = multi("alternative", "----=_NextPart_6A7A2F1A_0F3C6E88_3E21B9D4", [
        text("text/plain", body + "\n", "gb18030", "base64"), text("text/html", html, "gb18030", "base64")],
        preamble="This is a multi-part message in MIME format.")
    s = P["suo"]["email"]
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "smtpbg.exmail.%s" % DD, "10.88.0.51", date, "9929") + [
        "X-QQ-mid: bizesmtp%st1785123002t%s" % (hx("q9929", 4), hx("q9929b", 8)),
        "X-QQ-SSF: 00400000000000F0",
        "From: " + addr("锁凤琴", s, "gb18030"),
        "To: " + addrs(["ma", "yang", "sa", "ding", "maxl", "na"], "gb18030"),
        "Cc: " + addr(*BOT_D, cs="gb18030"),
        "Subject: " + ew("周例会纪要 7.27", "gb18030"),
        "Mime-Version: 1.0",
        "@CT",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_%s@%s>" % (upper_hx("m9929", 30), DD),
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
    ]
    items = [
        I("yang", "中秋礼盒羊肉订单备货方案", ("abs", "2026-07-31"), "2026-07-31"),
        I("sa", "屠宰车间夏季防暑降温物资发放", ("benzhou", 2), "2026-07-29"),
        I("suo", "冷库电费分析", ("abs", "2026-08-05"), "2026-08-05"),
        I("ding", "清真认证年审现场审核准备", ("next", 4), "2026-08-07"),
    ]
    notes = ("Exmail gb18030 weekly minutes with '上周待办回顾' (status of old items) and '本周待办'. Sent Mon 2026-07-27. Only "
             "本周待办 are items: 7月31日前 -> 2026-07-31; 本周三 -> 2026-07-29; 锁会计 = 锁凤琴 (the recorder herself), 8月5日前"
             " -> 2026-08-05; 丁经理 = 丁秀兰, 下周五 -> 2026-08-07. The review line '进行中，延至8月3日' is a status update of an "
             "old item, not a new item. '8月1日起执行新版考勤制度' is policy.")
    return Case(9929, "xy-weekly-review-and-new-todos-exmail-gb18030", "minutes", date,
                message(hdr, alt, mime_version=None), notes,
                "Exmail gb18030 weekly minutes: 上周待办回顾 (done/extended, not items) vs 本周待办; (姓名，日期) brackets; "
                "本周三/下周五; recorder owns an item", items)


# ------------------------------------------------------------------ 9930
def c9930():
    date = "Tue, 18 Aug 2026 10:12:45 +0800"
    head = ["事项", "负责人", "完成时限", "备注"]
    rows = [["中秋礼盒款订单汇总", "崔明浩", "8月25日前", "含KA、电商、团购三个渠道"],
            ["礼盒装产能排产", "朴成哲", "中秋节前", "预计需求3.5万箱"],
            ["礼盒包材到货", "高雪", "月底", "印刷厂已打样"],
            ["中秋促销费用审批", "金永山", "待定", "等销售部报预算"]]
    intro = "各位：\n\n今天上午中秋礼盒专题会纪要（表格从Excel贴过来的）：\n"
    outro = "\n下次碰头：8月25日（周二）上午9:30，三楼小会议室。\n\n崔明浩\n销售部"
    plain = intro + "\n" + table_tabs([head] + rows) + "\n" + outro + "\n"
    xl = ('<table border=0 cellpadding=0 cellspacing=0 width=560 style=\'border-collapse:collapse;table-layout:fixed;'
          'width:420pt\'>' + "".join(
              "<tr height=22 style='height:16.5pt'>" + "".join(
                  "<td class=xl6%d style='border:.5pt solid #000;height:16.5pt'>%s</td>" % (5 + (i == 0), esc(c))
                  for c in r) + "</tr>" for i, r in enumerate([head] + rows)) + "</table>")
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + lines_html(intro) + xl + lines_html(outro) + "</div>\n")
    alt = multi("alternative", "----=_NextPart_%s" % upper_hx("b9930", 24), [
        text("text/plain", plain, "utf-8", "base64"), text("text/html", html, "utf-8", "base64")])
    s = P["cui"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "smtpbg-wecom.%s" % DB, "10.30.4.19", date, "9930") + [
        "X-QQ-mid: wecomsmtp%st1787019165t%s" % (hx("q9930", 6), hx("q9930b", 8)),
        "From: " + addr("崔明浩", s),
        "To: " + addrs(["piao", "gao", "jin"]),
        "Cc: " + addr(*BOT_B),
        "Subject: " + ew("中秋礼盒专题会纪要"),
        "Mime-Version: 1.0",
        "@CT",
        "Date: " + date,
        "Message-ID: <tencent_%s@%s>" % (upper_hx("m9930", 30), DB),
        "X-Mailer: WXWork Mail 4.1.38",
    ]
    items = [
        I("cui", "中秋礼盒款订单汇总", ("abs", "2026-08-25"), "2026-08-25"),
        I("piao", "礼盒装产能排产", ("before_hol", "2026-09-25"), "2026-09-24"),
        I("gao", "礼盒包材到货", ("monthend",), "2026-08-31"),
        I("jin", "中秋促销费用审批", "vague"),
    ]
    notes = ("WeCom mail, UTF-8 base64, an Excel range pasted (xl65/xl66 cells; tab-separated in text/plain). Sent Tue "
             "2026-08-18. '8月25日前' -> 2026-08-25; '中秋节前' -> Mid-Autumn holiday 2026-09-25..27 -> last working day "
             "before it, Thu 2026-09-24; '月底' -> 2026-08-31; '待定' -> vague_due (owner 金永山, the general manager). "
             "备注 cells are notes. '下次碰头：8月25日（周二）上午9:30' -> 2026-08-25 09:30 (Tuesday, checked).")
    return Case(9930, "sq-excel-paste-midautumn-wecom", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "WeCom mail with an Excel-pasted table: 中秋节前 (holiday 09-25..27), 月底, 待定; next meeting date+time",
                items, (("abs", "2026-08-25"), "2026-08-25", "09:30"))


CASES = [c9925, c9926, c9927, c9928, c9929, c9930]
