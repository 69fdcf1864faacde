"""heldout52 cases 8031-8038 (mid - end of July 2026)."""
from _case import (Case, I, U, al, build, hop, mid_exo, mid_outlook, mid_uuid, register, server_headers, sh, subj,
                   thread_index)
from _dates import MD, MONTH_END, NEXT, THIS, TOMORROW, VAGUE
from _kit import UPPER_HEX, addr, hid, multipart, paras_html, rfc822_part, rfc_date, text_part
from _people import P, bot
from _styles import (MIME, apple_mail, exchange, exo_boundary, foxmail, foxmail_boundary, foxmail_html, iphone,
                     apple_boundary, thunderbird, word_html)


# ============================================================================ 8031
def c8031():
    seed = 8031
    sent = sh(2026, 7, 15, 17, 5, 44)
    text = """各位：

7月15日下午召开下半年维修人员复训计划协调会，纪要如下。

1. 钱老师：7月24日前完成下半年复训计划初稿，发各车间征
   求意见。
2. 各车间主任：7月22日前报送本车间参训人员名单及可脱产时
   间段。
3. 质量管理部（本人）：对人为因素（HF）课程教员资质进行审
   核，本月底前给出结论。
4. 定检车间蒙工：协调民航培训中心发动机试车课程名额，8月
   7日前确认。

本次不定下次会议，计划初稿出来后再约。

--
陈淑芬
质量管理部 | 黔翔航空贵阳维修基地
"""
    root = text_part(text, "plain", "UTF-8", "8bit", quoted=False)
    frm = "chenshufen"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (2603:1096:4:1a2::17)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "Microsoft SMTP Server (version=TLS1_2) (SMTP AUTH)",
                seed, sent)]
    h = server_headers("C", P(frm)["email"], sent, seed, hops=hops)
    h += thunderbird(frm, ["qianlixin", "wuchanglin", "tianmaosong", "mengxiaodong"], ["yangguanghui", bot("C")],
                     "2026年下半年维修人员复训计划协调会纪要", sent, seed, lang="zh-CN")
    items = [
        I("qianlixin", "完成下半年复训计划初稿，发各车间征求意见", MD(7, 24), "2026-07-24"),
        U(None, "报送本车间参训人员名单及可脱产时间段", MD(7, 22), "2026-07-22"),
        I("chenshufen", "对人为因素（HF）课程教员资质进行审核", MONTH_END(), "2026-07-31"),
        I("mengxiaodong", "协调民航培训中心发动机试车课程名额", MD(8, 7), "2026-08-07"),
    ]
    notes = ("Thunderbird plain text, UTF-8 8bit (no format=flowed): every item is hard-wrapped onto a second, indented "
             "line, once inside a word (征/求意见) and once inside a date ('8月' / '7日前'), so lines must be joined "
             "before reading. Sent Wed 2026-07-15. #1 钱老师 = 钱立新 (alias), 7月24日前. #2 '各车间主任' names several "
             "unnamed people of several units -> no_owner, department null (AMBIGUOUS: one could split it per 车间; "
             "no unit is named). #3 '质量管理部（本人）' = the writer 陈淑芬; 本月底前 -> 2026-07-31. #4 '定检车间蒙工' = "
             "蒙晓东; '8月7日前' split over two lines -> 2026-08-07. '本次不定下次会议' -> next_followup null.")
    return register(Case(8031, "training-wrapped-lines-thunderbird-8bit", "minutes", "C", "Thunderbird (Windows), zh-CN",
                         "text/plain only; UTF-8; 8bit",
                         "items hard-wrapped over two lines (a date split across the break); 钱老师/蒙工 titles; 本人; "
                         "unnamed plural owners; no next meeting",
                         notes, build(h, root), sent, items, None))


# ============================================================================ 8032
def c8032():
    seed = 8032
    sent = sh(2026, 7, 16, 14, 20, 6)
    text = """Yumei, Snow – FYI, see the actions for us below. Yumei, please also loop in Tina for item 3 (payment).

Noa

Begin forwarded message:

From: Sanne de Vries <sanne.devries@hydrobyte.example.nl>
Subject: Hydrobyte – Tzafon Yinchuan: controller integration meeting – minutes
Date: 15 July 2026 at 16:30:12 GMT+2
To: Noa Ben-Ami <noa.benami@tzafon-drip.example.cn>
Cc: Yumei Sha <shayumei@tzafon-drip.example.cn>

Dear Noa,

Thank you for today's meeting. Please find the minutes below.

Attendees: Noa Ben-Ami, Yumei Sha (Tzafon Yinchuan); Sanne de Vries, Pieter Jansen (Hydrobyte)

Discussion
- Firmware 4.2 adds Modbus TCP. The NX-200 controller passed the Yinchuan pilot in June.
- Price for 40 units confirmed at EUR 1,180 per unit, FCA Rotterdam.

Actions
1. Hydrobyte (Sanne): send firmware 4.2 release notes and the Modbus register map – by 20 July
2. Tzafon Yinchuan (Yumei Sha): confirm the order quantity for 40 NX-200 controllers – by 22 July
3. Tzafon Yinchuan finance: pay the prototype invoice HB-2026-0117 – by end of July
4. Hydrobyte (Pieter): on-site commissioning support in Yinchuan – dates TBD

Next meeting: 5 August 2026, 10:00 CEST (16:00 China time), Teams.

Kind regards,
Sanne de Vries
Project Manager | Hydrobyte B.V., Westland, the Netherlands
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable", quoted=False)
    frm = "noa.benami@tzafon-drip.example.cn"
    hops = [hop("smtpclient.apple (unknown [111.51.20.14])", "authenticated", "mail-sg.tzafon-drip.example.cn (LarkMail)",
                "ESMTPSA", seed, sent)]
    h = server_headers("D", frm, sent, seed, hops=hops)
    h += apple_mail(frm, ["shayumei", "dingxue"], [bot("D")],
                    "Fwd: Hydrobyte – Tzafon Yinchuan: controller integration meeting – minutes", sent, seed)
    items = [
        I("sanne.devries@hydrobyte.example.nl", "send firmware 4.2 release notes and the Modbus register map",
          MD(7, 20), "2026-07-20"),
        I("shayumei", "confirm the order quantity for 40 NX-200 controllers", MD(7, 22), "2026-07-22"),
        U("Finance", "pay the prototype invoice", MONTH_END(), "2026-07-31"),
        I(None, "on-site commissioning support in Yinchuan", VAGUE, name="Pieter Jansen"),
    ]
    notes = ("Apple Mail (macOS) forward, text/plain UTF-8 QP: the GM's preface above 'Begin forwarded message:' is not "
             "an item (it only asks Yumei to inform Tina about item 3; AMBIGUOUS whether Tina = 金婷 should own #3 - the "
             "minutes give it to 'Tzafon Yinchuan finance', our Finance unit, so no_owner with department Finance). "
             "The forwarded partner minutes (written by Sanne de Vries, an outsider in the roster, department empty "
             "-> null) hold the items. Sent Thu 2026-07-16. 'by 20 July' / 'by 22 July' absolute; 'by end of July' "
             "-> 2026-07-31 (the invoice number is a reference, not part of the task). #4 'Hydrobyte (Pieter)' = "
             "Pieter Jansen from the attendee list; he is in no header of this message -> email and department "
             "null; 'dates TBD' -> vague_due. 'Next meeting: 5 August 2026, 10:00 CEST (16:00 China time)' -> "
             "2026-08-05 16:00.")
    return register(Case(8032, "forwarded-partner-minutes-apple-mail", "minutes", "D", "Apple Mail (macOS), forward",
                         "text/plain only; UTF-8; quoted-printable",
                         "forward with preface (not items); partner-written minutes; outsider owners (roster / none); "
                         "our unit in English (finance); by end of July; CEST->China next meeting",
                         notes, build(h, root), sent, items, MD(8, 5, "16:00"), ("2026-08-05", "16:00")))


# ============================================================================ 8033
def c8033():
    seed = 8033
    sent = sh(2026, 7, 21, 9, 5, 33)
    text = """巴特尔、苏和：

区政府常务会议纪要转给你们，涉及我局的第二、三项请抓紧落实，其他事项知悉。

乌云其木格


-------- 转发邮件信息 --------
发件人："青城区人民政府办公室" <zfb@qingcheng-gov.example.cn>
发送日期：2026-07-20 18:12
收件人："区应急管理局" <yjj@qcyjj.example.cn>; "区自然资源局" <zrzyj@qingcheng-gov.example.cn>; "区城管局" <cgj@qingcheng-gov.example.cn>
主题：7月20日区政府常务会议纪要（涉及事项摘录）

各有关单位：

现将7月20日区政府第14次常务会议议定事项摘录如下，请抓好落实。

一、关于汛期地质灾害防范工作。由区自然资源局牵头，区应急管理局配合，7月31日前完成全区地质灾害隐患点巡查。
二、关于主汛期应急救援力量预置。区应急管理局（巴特尔）负责，7月24日前完成救援队伍和装备前置部署方案。
三、关于危化品运输车辆过境管控。区应急管理局（苏和）会同区交警大队，本周五前制定管控方案。
四、关于城区防汛排涝。由区城管局负责，7月底前完成城区主要排水管网清淤。

青城区人民政府办公室
2026年7月20日
"""
    sig = ["乌云其木格", "青城区应急管理局"]
    plain = text + "\n"
    html = foxmail_html(text, sig, "GBK")
    root = multipart("alternative", [text_part(plain, "plain", "GBK", "base64"),
                                     text_part(html, "html", "GBK", "base64")],
                     foxmail_boundary(seed), preamble="This is a multi-part message in MIME format.\n")
    frm = "wuyunqimuge"
    hops = [hop("DESKTOP-FJZ-WY (unknown [10.30.8.5])", "authenticated", "mail.qcyjj.example.cn (Coremail)",
                "SMTP", seed, sent)]
    h = server_headers("A", P(frm)["email"], sent, seed, hops=hops)
    h += foxmail(frm, ["bateer", "suhe"], ["gaozhenhua", bot("A")], "转发：7月20日区政府常务会议纪要（涉及事项摘录）",
                 sent, seed, label="GBK")
    items = [
        U(None, "完成全区地质灾害隐患点巡查", MD(7, 31), "2026-07-31"),
        I("bateer", "完成救援队伍和装备前置部署方案", MD(7, 24), "2026-07-24"),
        I("suhe", "制定危化品运输车辆过境管控方案", THIS("五"), "2026-07-24", check_task=False),
        U(None, "完成城区主要排水管网清淤", MONTH_END(), "2026-07-31"),
    ]
    notes = ("Foxmail forward (GBK base64, '-------- 转发邮件信息 --------' block) of district-government minutes with the "
             "deputy director's preface; the preface ('第二、三项请抓紧落实') is not an item and does not drop the "
             "others: the forwarded minutes are what the bot tracks. Sent Tue 2026-07-21. 一 '区自然资源局牵头，区应急"
             "管理局配合' -> an outside unit owns it -> no_owner, department null (our bureau only supports). 二 '区应急"
             "管理局（巴特尔）' -> the person in brackets after the unit -> 巴特尔, 07-24. 三 '区应急管理局（苏和）会同区"
             "交警大队' -> 苏和; 本周五前 -> 2026-07-24 (same week for the 07-20 original and the 07-21 forward). 四 区城管"
             "局 (outside unit) -> no_owner, null; '7月底前' -> 2026-07-31. No next meeting.")
    return register(Case(8033, "forwarded-gov-minutes-preface-foxmail-gbk", "minutes", "A", "Foxmail 7.2, forward",
                         "multipart/alternative; GBK; base64",
                         "forward with a preface that singles out items; unit(person) owners; outside units no_owner; "
                         "本周五前; 7月底前",
                         notes, build(h, root), sent, items, None))


# ============================================================================ 8034
def c8034():
    seed = 8034
    sent = sh(2026, 7, 22, 10, 0, 3)
    bot_mid = "<r.202607220958.%s@qxair.example.cn>" % hid(seed, "bm", n=10)
    text = """您好！

我于7月20日至7月26日休年假，期间无法及时处理邮件。航线车间工作请联系吴昌林（wuchanglin@qxair.example.cn，电话0851-85461022）。

7月27日返岗后将尽快回复，谢谢！

王磊
航线维修车间
"""
    html = word_html([text], "utf-8")
    root = multipart("alternative", [text_part(text, "plain", "utf-8", "base64", crlf_body=True),
                                     text_part(html, "html", "utf-8", "base64", crlf_body=True)],
                     exo_boundary(seed))
    frm = "wanglei"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (::1)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "mapi", seed, sent)]
    rcpt = "minutebot+r7c1e94a2d05b@qxair.example.cn"
    h = server_headers("C", P(frm)["email"], sent, seed, hops=hops, rcpt=rcpt)
    h += [("From", addr("王磊", P(frm)["email"], "utf-8", "B")),
          ("To", addr("minutebot 纪要助手", rcpt, "utf-8", "B")),
          ("Subject", subj("自动答复: 【提醒】按新间隔编制孔探工卡 将于明天到期")),
          ("Thread-Topic", subj("【提醒】按新间隔编制孔探工卡 将于明天到期")),
          ("Thread-Index", thread_index(seed)),
          ("Date", rfc_date(sent)),
          ("Message-ID", mid_exo(seed)),
          ("In-Reply-To", bot_mid),
          ("References", bot_mid),
          ("Accept-Language", "zh-CN, en-US"),
          ("Content-Language", "zh-CN"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("MIME-Version", "1.0"), MIME,
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", P(frm)["email"]),
          ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]
    notes = ("Exchange Online out-of-office answer ('自动答复:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress, "
             "Mailbox Rules Agent) to a reminder the bot sent to its signed reply address. The body has dates "
             "(7月20日至7月26日, 7月27日返岗) and a person to contact, but nobody wrote it -> kind auto, no items; the bot "
             "must neither answer it nor read it as an owner's reply.")
    return register(Case(8034, "auto-ooo-exchange-reply-to-reminder", "auto", "C", "Exchange Online automatic reply",
                         "multipart/alternative; UTF-8; base64; CRLF",
                         "out-of-office auto-reply to a bot reminder, with dates -> auto",
                         notes, build(h, root, crlf=True), sent))


# ============================================================================ 8035
def c8035():
    seed = 8035
    sent = sh(2026, 7, 24, 16, 30, 18)
    text = """基地安全简报
2026年第7期（总第31期）
安全监察部 编　　　　2026年7月24日

一、本月安全形势
7月1日至23日，基地共完成航线维修8,412架次、定检2架次，未发生人为原因不安全事件。雷雨季节放行标准执行情况总体良好。

二、事件通报
7月9日夜班，一名机务人员在工具清点中发现一把扭力扳手缺失，经排查在起落架舱内找回，未造成后果。该事件暴露出个别人员工具“三清点”执行不到位的问题，已按规定进行讲评。

三、下月重点工作
1. 8月为安全生产月总结阶段，各车间于8月15日前完成自查报告。
2. 安全监察部将于8月下旬开展夜班专项检查。
3. 雷雨季节放行标准继续执行，各车间负责人加强现场监督。

四、安全小贴士
高温天气机坪作业注意防暑降温，每连续作业1小时应轮换休息，饮水点设在机库东门。

编辑：敖德福　审核：杨光辉
"""
    html = word_html([text], "utf-8")
    root = multipart("alternative", [text_part(text, "plain", "utf-8", "base64", crlf_body=True),
                                     text_part(html, "html", "utf-8", "base64", crlf_body=True)],
                     exo_boundary(seed))
    frm = "aodefu"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (::1)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "mapi", seed, sent)]
    h = server_headers("C", P(frm)["email"], sent, seed, hops=hops)
    h += exchange(frm, [("贵阳基地全体员工", "gy-all@qxair.example.cn")], [],
                  "基地安全简报 2026年第7期", sent, seed)
    notes = ("A safety newsletter written and sent by a person (the safety manager) from Outlook to the base's all-staff "
             "distribution list, of which the bot mailbox is a member (Delivered-To the bot, the bot in no header). "
             "No List-Id/Precedence: it is not bulk mail, but it is not minutes either: statistics, an incident "
             "report and '下月重点工作' directives (8月15日前, 8月下旬) addressed to everyone, no meeting, no owners -> "
             "kind other, no items, no follow-up.")
    return register(Case(8035, "other-safety-newsletter-by-person", "other", "C", "Outlook 16 (Microsoft 365) to a DL",
                         "multipart/alternative; UTF-8; base64; CRLF",
                         "person-written newsletter with numbered directives and dates, bot reached via a DL -> other",
                         notes, build(h, root, crlf=True), sent))


# ============================================================================ 8036
def c8036():
    seed = 8036
    sent = sh(2026, 7, 27, 14, 45, 52)
    text = """潘經理、石小姐 您好：

感謝今天撥冗參加視訊會議，會議紀錄整理如下，請參閱：

一、送修現況
目前在修組件共9件，其中氣象雷達收發機2件已完成測試，預計本週出貨。

二、待辦事項
1. 鴻宇航電（林俊宏）：7月31日前提供9件組件的維修報價及TAT。
2. 貴陽基地航材部潘經理：下週三前確認2件收發機的回運地址與報關資料。
3. 石小姐：8月3日前提供近一年同型件拆換紀錄，供可靠性分析。
4. 雙方：儘快確定年度維修框架協議條款。

下次會議：8月4日（週二）上午10:00，視訊。

林俊宏 Jimmy Lin
鴻宇航電維修股份有限公司 業務部
Tel: +886-3-5981234 ext. 216
"""
    html = word_html([text], "big5", body_lang="ZH-TW")
    root = multipart("alternative", [text_part(text, "plain", "big5", "quoted-printable", crlf_body=True),
                                     text_part(html, "html", "big5", "quoted-printable", crlf_body=True)],
                     "----=_NextPart_000_%s" % hid(seed, "tw", n=20, alphabet=UPPER_HEX),
                     preamble="This is a multipart message in MIME format.\n")
    frm = "junhong.lin@hongyu-avionics.example.com.tw"
    hops = [hop("JIMMYLIN-NB (unknown [61.216.144.20])", "authenticated", "mail.hongyu-avionics.example.com.tw (Postfix)",
                "ESMTPSA", seed, sent),
            hop("mail.hongyu-avionics.example.com.tw (mail.hongyu-avionics.example.com.tw [61.216.144.5])", "61.216.144.5",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "Microsoft SMTP Server (version=TLS1_2)", seed, sent)]
    h = server_headers("C", frm, sent, seed, hops=hops[::-1], delay=7)
    h += [("From", addr("林俊宏", frm, "big5", "B", quote=True)),
          ("To", al([("潘宏", "panhong@qxair.example.cn"), ("石靜", "shijing@qxair.example.cn")], "big5", "B",
                    sep=",\n\t")),
          ("Cc", al([("鴻宇航電 業務部", "sales@hongyu-avionics.example.com.tw"),
                    ("minutebot", "minutebot@qxair.example.cn")], "big5", "B",
                    sep=",\n\t")),
          ("Subject", subj("會議紀錄：貴陽基地航電組件送修週轉協調會（7/27）", "big5", "B")),
          ("Date", rfc_date(sent)),
          ("Message-ID", mid_outlook(seed, "hongyu-avionics.example.com.tw")),
          ("MIME-Version", "1.0"), MIME,
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", thread_index(seed)),
          ("Content-Language", "zh-tw")]
    items = [
        I("junhong.lin@hongyu-avionics.example.com.tw", "提供9件組件的維修報價及TAT", MD(7, 31), "2026-07-31"),
        I("panhong", "確認2件收發機的回運地址與報關資料", NEXT("三"), "2026-08-05"),
        I("shijing", "提供近一年同型件拆換紀錄，供可靠性分析", MD(8, 3), "2026-08-03"),
        U(None, "確定年度維修框架協議條款", VAGUE),
    ]
    notes = ("Minutes in Traditional Chinese from a Taiwanese repair vendor, Outlook 16 zh-TW, big5 quoted-printable "
             "text + Word HTML, CRLF. Sent Mon 2026-07-27. #1 '鴻宇航電（林俊宏）' -> the writer 林俊宏 (outsider in "
             "the roster, no department -> null), 7月31日前. #2 '潘經理' = 潘宏 (Traditional form of the alias 潘经理); "
             "'下週三前' -> Wednesday of next week 2026-08-05. #3 '石小姐' is not a roster alias but the only 石 among "
             "the recipients is 石靜 (To display name, = roster 石静) -> 石静, 8月3日前. #4 '雙方' -> no_owner, "
             "department null; 儘快 -> vague_due. Tasks are kept in the writer's script. 送修現況 is a report. '下次會議："
             "8月4日（週二）上午10:00' -> 2026-08-04 10:00.")
    return register(Case(8036, "vendor-minutes-zh-tw-big5-outlook", "minutes", "C", "Outlook 16 zh-TW (vendor in Taiwan)",
                         "multipart/alternative; big5; quoted-printable; CRLF",
                         "Traditional Chinese big5 minutes from an outsider; 潘經理/石小姐 resolution; 下週三前 into "
                         "August; 雙方 + 儘快",
                         notes, build(h, root, crlf=True), sent, items, MD(8, 4, "10:00", wd=1), ("2026-08-04", "10:00")))


# ============================================================================ 8037
def c8037():
    seed = 8037
    sent = sh(2026, 7, 29, 18, 10, 21)
    text = """罗经理及各位：

今天下午开了月度盘点准备会，记一下：

1、7月31日（周五）全天盘点，盘点期间暂停收发料，仓储主管韦志远负责盘点组织。
2、PMC苏婉清本月底前把盘点期间的急料需求提前发出来。
3、财务部邝经理派人监盘，明天给名单。
4、呆滞料清单我这边8月5日前交何经理确认处理方案。

下次：8月5日下午两点，仓库办公室

发自我的iPhone
"""
    root = text_part(text, "plain", "utf-8", "base64", quoted=False)
    frm = "weizhiyuan"
    hops = [hop("smtpclient.apple (unknown [223.104.63.77])", "authenticated", "smtp.huiying-led.example.cn (Alimail)",
                "ESMTPA", seed, sent)]
    h = server_headers("B", P(frm)["email"], sent, seed, hops=hops)
    h += iphone(frm, ["luoguoqiang", "suwanqing", "helijun"],
                [("邝美玲", "kuangmeilin@huiying-led.example.cn"), bot("B")], "仓库月度盘点准备会", sent, seed)
    items = [
        I("weizhiyuan", "组织月度全天盘点（盘点期间暂停收发料）", MD(7, 31, wd=4), "2026-07-31", check_task=False),
        I("suwanqing", "把盘点期间的急料需求提前发出来", MONTH_END(), "2026-07-31"),
        I("kuangmeiling", "派人监盘", TOMORROW(), "2026-07-30"),
        I("weizhiyuan", "呆滞料清单交何经理确认处理方案", MD(8, 5), "2026-08-05", check_task=False),
    ]
    notes = ("Short, common minutes typed on an iPhone (text/plain UTF-8 base64, '发自我的iPhone'). Sent Wed 2026-07-29. "
             "#1 '仓储主管韦志远负责' -> 韦志远 (title + name), the 7月31日（周五） count -> 2026-07-31. #2 'PMC苏婉清' -> "
             "苏婉清, 本月底前 -> 2026-07-31. #3 '财务部邝经理' -> 邝美玲 (alias 邝经理); '明天' -> 2026-07-30. Her Cc "
             "address is mistyped (kuangmeilin@, see 8038's bounce); the owner is the roster person, so owner_email is "
             "the roster address. #4 '我这边' = the writer 韦志远; 8月5日前 -> 2026-08-05 (何经理 only confirms). '下次：8月5"
             "日下午两点' -> 2026-08-05 14:00.")
    return register(Case(8037, "warehouse-stocktake-iphone-plain", "minutes", "B", "iPhone Mail (iOS)",
                         "text/plain only; UTF-8; base64",
                         "plain iPhone minutes: 仓储主管韦志远 / PMC苏婉清 / 邝经理; 我这边 = writer; 明天; 本月底前; "
                         "'下午两点' next meeting; mistyped Cc address vs roster",
                         notes, build(h, root), sent, items, MD(8, 5, "14:00"), ("2026-08-05", "14:00")))


# ============================================================================ 8038
def _dsn_part(status):
    """message/delivery-status whose payload is the per-message and per-recipient header blocks."""
    from email.message import Message
    from email.parser import Parser
    from _kit import POLICY
    m = Message(policy=POLICY)
    m["Content-Type"] = "message/delivery-status"
    blocks = [b for b in status.strip("\n").split("\n\n")]
    m.set_payload([Parser(policy=POLICY).parsestr(b + "\n", headersonly=True) for b in blocks])
    return m


def c8038():
    seed = 8038
    sent = sh(2026, 7, 29, 18, 11, 2)
    qid = hid(seed, "q", n=11, alphabet=UPPER_HEX)
    recap_date = rfc_date(sh(2026, 7, 29, 18, 10, 55))
    bad = "kuangmeilin@huiying-led.example.cn"
    human = """这是 smtp.huiying-led.example.cn 邮件系统的退信通知。
This is the mail system at host smtp.huiying-led.example.cn.

很抱歉，您的邮件无法投递到以下收件人。
I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<%s>: host mx.huiying-led.example.cn[47.106.52.17] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in local recipient
    table (in reply to RCPT TO command)
""" % (bad, bad)
    status = """Reporting-MTA: dns; smtp.huiying-led.example.cn
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; minutes@huiying-led.example.cn
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.huiying-led.example.cn
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User
    unknown in local recipient table
""" % (qid, recap_date, bad, bad, bad)
    recap_subject = subj("【纪要确认】仓库月度盘点准备会（4项待办，如有异议请于今日内回复）")
    orig_hdrs = ("Return-Path: <minutes@huiying-led.example.cn>\n"
                 "Received: by smtp.huiying-led.example.cn (Postfix, from userid 1001)\n\tid %s; %s\n"
                 "From: %s\n"
                 "To: %s\n"
                 "Cc: %s\n"
                 "Subject: %s\n"
                 "Date: %s\n"
                 "Message-ID: <r.20260729181055.%s@huiying-led.example.cn>\n"
                 "In-Reply-To: %s\n"
                 "Reply-To: %s\n"
                 "Auto-Submitted: auto-generated\n"
                 "X-Auto-Response-Suppress: OOF, AutoReply\n"
                 "MIME-Version: 1.0\n"
                 "Content-Type: multipart/alternative; boundary=\"===============%s==\"\n"
                 % (qid, recap_date, addr("会议纪要机器人", "minutes@huiying-led.example.cn"),
                    addr("韦志远", "weizhiyuan@huiying-led.example.cn"),
                    ",\n " .join([addr("罗国强", "luoguoqiang@huiying-led.example.cn"),
                                  addr("苏婉清", "suwanqing@huiying-led.example.cn"),
                                  addr("何丽君", "helijun@huiying-led.example.cn"),
                                  addr("邝美玲", bad)]),
                    recap_subject, recap_date, hid(seed, "rm", n=10), mid_uuid(8037, "huiying-led.example.cn", upper=True),
                    "minutes+r1b7d0c95e4a2@huiying-led.example.cn", hid(seed, "bd", n=19, alphabet="0123456789")))
    p1 = text_part(human, "plain", "utf-8", "8bit", quoted=False)
    p1["Content-Description"] = "Notification"
    p2 = _dsn_part(status)
    p2["Content-Description"] = "Delivery report"
    p3 = rfc822_part(orig_hdrs.encode("ascii"), "text/rfc822-headers")
    p3["Content-Description"] = "Undelivered Message Headers"
    boundary = "%s.%d/smtp.huiying-led.example.cn" % (qid, 1785319862)
    root = multipart("report", [p1, p2, p3], boundary, preamble="This is a MIME-encapsulated message.\n",
                     extra=";\n\treport-type=delivery-status")
    h = [("Return-Path", "<>"),
         ("Delivered-To", "minutes@huiying-led.example.cn"),
         ("Received", "by smtp.huiying-led.example.cn (Postfix)\n\tid %s; %s" % (hid(seed, "b2", n=11, alphabet=UPPER_HEX),
                                                                               rfc_date(sent) + " (CST)")),
         ("Date", rfc_date(sent) + " (CST)"),
         ("From", "MAILER-DAEMON@smtp.huiying-led.example.cn (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", "minutes@huiying-led.example.cn"),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"), MIME,
         ("Content-Transfer-Encoding", "8bit"),
         ("Message-Id", "<%s.%s@smtp.huiying-led.example.cn>" % (sent.strftime("%Y%m%d%H%M%S"), qid))]
    notes = ("Postfix delivery-status notification (multipart/report; report-type=delivery-status, From "
             "MAILER-DAEMON, Return-Path <>, Auto-Submitted: auto-replied) for the bot's own recap of 8037, which "
             "went to the mistyped Cc address kuangmeilin@. The returned headers contain the recap subject with "
             "'4项待办' and '如有异议请于今日内回复' -> kind auto, no items; the bot must not answer it or treat it as "
             "minutes or a reply.")
    return register(Case(8038, "auto-dsn-bounce-of-recap", "auto", "B", "Postfix DSN (mail system)",
                         "multipart/report (text/plain 8bit UTF-8 + message/delivery-status + text/rfc822-headers)",
                         "bounce of the bot's own recap (typo address from 8037) -> auto",
                         notes, build(h, root), sent))


for _f in (c8031, c8032, c8033, c8034, c8035, c8036, c8037, c8038):
    _f()
