"""heldout59 cases 8701-8704 (石嘴山市生态环境局 x3, Kallio x1)."""
from h59_base import BOT, E, P, case, esc, html_lines, html_table, it, nf
from h59_mime import addr, addrs, bin_part, ew, make_docx, message, multipart, received, text_part

GOVD = "szssthj.example.gov.cn"


def c8701():
    date = "Wed, 10 Jun 2026 17:22:41 +0800"
    body = """石嘴山市生态环境局
专题会议纪要
〔2026〕第14期

局办公室                                   2026年6月10日

6月10日上午，周立平副局长主持召开夏季臭氧污染防控专题会议，大气环境科、执法支队、监测站及大武口区分局、惠农区分局、平罗县分局负责同志参加。会议听取了大气环境科关于1—5月全市环境空气质量情况的汇报，分析了当前臭氧污染形势，研究部署了下一阶段重点工作。现纪要如下：

一、会议认为
1—5月全市优良天数比例为78.6%，同比下降3.1个百分点，臭氧已成为影响优良天数的首要污染物。6—8月是臭氧高发期，各单位要把思想和行动统一到市委、市政府决策部署上来，切实扛起防控责任。

二、会议议定事项
一是加密臭氧前体物监测。监测站要在大武口区、惠农区各增设1个VOCs走航监测点位，于6月18日前（端午节前）完成点位布设并出具首期监测报告。责任单位：监测站；责任人：何蕾。
二是开展涉VOCs企业专项执法检查。对全市32家重点涉VOCs企业开展“回头看”，6月30日前完成检查并形成问题清单。责任单位：执法支队（牵头）、大气环境科（配合）；责任人：纳斌。
三是督促企业错峰生产。制定夏季错峰生产方案，7月5日前报局党组会审定。责任单位：大气环境科。
四是建立防控工作周报制度。自即日起，各分局每周五下班前将本周臭氧防控工作进展报局办公室，由局办公室汇总后报市政府。

三、下次会议
下次专题会议拟于7月上旬召开，具体时间另行通知。

出席：周立平、马宏伟、纳斌、何蕾
列席：撒文静、各分局分管负责同志
记录：丁晓雯

报送：市政府办公室
抄送：局领导，各科室、各分局"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">\n'
            + html_lines(body, tag="div") + '\n</div><br><br><br><div style="color:#909090;font-family:Arial">'
            '<div style="font-size:14px">丁晓雯 | 石嘴山市生态环境局办公室 | 0952-20xxxxx</div></div></body></html>')
    alt = multipart("alternative", "----=_Part_318422_1148921736.1781083361520",
                    [text_part(body + "\n\n\n丁晓雯 | 石嘴山市生态环境局办公室\n", "plain", "UTF-8", "base64"),
                     text_part(html, "html", "UTF-8", "base64")])
    hs = ["Return-Path: <dingxw@%s>" % GOVD, "Delivered-To: %s" % BOT["gov"],
          received("mail.%s" % GOVD, "dingxw$%s ( [10.64.12.37] )" % GOVD, "10.64.12.37",
                   date + " (CST)", "AJKf7wC3tMFhGilq8j0AAA--.51213S2", BOT["gov"], "HTTP"),
          "Date: " + date,
          "From: " + addr("丁晓雯", E("丁晓雯"), quote=True),
          "To: " + addrs([P("周立平"), P("马宏伟"), P("纳斌"), P("何蕾")], quote=True),
          "Cc: " + addrs([P("撒文静"), P("杨志刚"), ("纪要助手", BOT["gov"])], quote=True),
          "Subject: " + ew("专题会议纪要〔2026〕第14期（夏季臭氧污染防控）"),
          "X-Priority: 3", "X-Mailer: Coremail Webmail Server Version 2023.2-cmXT5 build 20240112(9d1b5f4c)",
          "Copyright: (C) 1999-2024 Coremail Tech. Co. Ltd.",
          "X-Originating-IP: [10.64.12.37]",
          "Message-ID: <5c81f0a3.2f41.19c3a1d22e1.Coremail.dingxw@%s>" % GOVD,
          "X-Coremail-Locale: zh_CN", "X-CM-TRANSID:AJKf7wC3tMFhGilq8j0AAA--.51213S2",
          "X-CM-SenderInfo: xglqz5l0v6xxvvk1x0oqq6shhvt6qgpfqtzbdgqbdfoqsjvdgmq/1tbiAQgBD2hqrG0AAQAAsA",
          "X-Coremail-Antispam: 1Ur529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="]
    items = [
        it("何蕾", "在大武口区、惠农区各增设1个VOCs走航监测点位，完成布设并出具首期监测报告", "2026-06-18", "md:6-18"),
        it("纳斌", "对全市32家重点涉VOCs企业开展“回头看”专项执法检查，形成问题清单", "2026-06-30", "md:6-30"),
        it(None, "制定夏季错峰生产方案报局党组会审定", "2026-07-05", "md:7-5", dept="大气环境科"),
    ]
    notes = ("Government 专题会议纪要 in 一是/二是 style with 责任单位/责任人 lines, Coremail HTML+plain (UTF-8 base64), sent Wed "
             "2026-06-10. 一是 -> 何蕾 (责任人), '6月18日前（端午节前）' -> 2026-06-18 (the last working day before the "
             "Dragon Boat holiday 06-19..21; both readings agree). 二是: 执法支队牵头/大气环境科配合 but 责任人 纳斌 -> owner 纳斌, "
             "06-30. 三是: only 责任单位 大气环境科 -> owner null, department 大气环境科, no_owner; '7月5日前' -> 2026-07-05 (a "
             "Sunday, kept as written). 四是 is a standing reporting rule ('自即日起…每周五下班前', 各分局) -> a policy line, not "
             "an item. '一、会议认为' is a finding. '下次专题会议拟于7月上旬召开，具体时间另行通知' -> no next_followup.")
    return case(8701, "gov-yishi-erishi-coremail", "minutes",
                message(hs, alt), items, None, notes,
                "Coremail UTF-8 gov 专题会议纪要: 一是/二是/三是 议定事项 with 责任单位/责任人 lines; 牵头+配合 with a named 责任人; unit-only owner; standing 周报 rule not an item; 端午节前; vague next meeting")


def c8702():
    date = "Thu, 30 Apr 2026 16:48:12 +0800"
    rows = [["序号", "工作任务", "责任单位", "责任人", "完成时限", "备注"],
            ["1", "报送一季度全市环境空气质量分析报告", "大气环境科", "马宏伟", "节后第一个工作日", ""],
            ["2", "完成沙湖水质自动监测站数据联网调试", "监测站", "何蕾", "会后3个工作日内", "需信息中心配合"],
            ["3", "更新星海湖入湖排口排查整治台账", "水生态环境科", "海玉兰", "5月15日前", ""],
            ["4", "编制第二轮中央生态环境保护督察反馈问题整改销号材料", "办公室（牵头）\n各科室（配合）", "杨志刚", "5月底前", ""],
            ["5", "“五一”假期值班安排表报市委办备案", "办公室", "丁晓雯", "4月29日", "已完成，4月29日已报送"]]
    paras = ["时间：2026年4月30日（星期四）9:00—11:30",
             "地点：局三楼会议室",
             "主持：周立平副局长        记录：丁晓雯",
             "参加：杨志刚、马宏伟、海玉兰、纳斌、何蕾",
             "一、会议内容",
             "会议逐项听取了各科室第二季度重点工作进展汇报。沙湖水质自动监测站已完成设备安装，尚未与省平台联网；星海湖入湖排口排查发现疑似排口4处。",
             "二、责任分工",
             "三、其他事项",
             "1. 假期期间各科室保持24小时通讯畅通，遇突发环境事件第一时间报告。",
             "2. 下次推进会定于5月14日（周四）下午3:00在三楼会议室召开。",
             "石嘴山市生态环境局办公室",
             "2026年4月30日"]
    docx = make_docx("2026年第二季度重点工作推进会议纪要", paras, tables=[(6, rows)], author="杨志刚")
    text = ("各位科长：\r\n\r\n    附件为今天上午重点工作推进会的会议纪要，请对照责任分工表抓好落实。纪要助手已抄送，"
            "会自动登记各项任务。\r\n\r\n    祝节日快乐！\r\n\r\n杨志刚\r\n石嘴山市生态环境局办公室\r\n电话：0952-20xxxxx\r\n")
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            '<div class=WordSection1>\n' + html_lines(text.replace("\r\n", "\n"), outlook=True) + '\n</div></body></html>')
    alt = multipart("alternative", "----=_NextPart_001_0009_01DCD88E.4F2A3B10",
                    [text_part(text, "plain", "gb2312", "base64"),
                     text_part(html, "html", "gb2312", "quoted-printable")])
    att = bin_part(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "2026年第二季度重点工作推进会议纪要.docx", fn_charset="gb2312", style="rfc2047")
    root = multipart("mixed", "----=_NextPart_000_0008_01DCD88E.4F2A3B10", [alt, att],
                     preamble="This is a multipart message in MIME format.")
    hs = ["Return-Path: <yangzg@%s>" % GOVD, "Delivered-To: %s" % BOT["gov"],
          received("mail.%s" % GOVD, "YANGZG-PC", "10.64.12.21", date + " (CST)", "4ZC8s21xQmz1KQ", BOT["gov"]),
          "From: " + addr("杨志刚", E("杨志刚"), "gb2312"),
          "To: " + addrs([P("马宏伟"), P("海玉兰"), P("纳斌"), P("何蕾")], "gb2312"),
          "Cc: " + addrs([P("周立平"), P("丁晓雯"), ("纪要助手", BOT["gov"])], "gb2312"),
          "Subject: " + ew("2026年第二季度重点工作推进会议纪要", "gb2312"),
          "Date: " + date,
          "Message-ID: <000801dcd88e$4f2a3b10$ed7eb130$@%s>" % GOVD,
          "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdzYjk8qOxDtfrEwQ5u2Vw8JxqJ1Kg==",
          "Content-Language: zh-cn"]
    items = [
        it("马宏伟", "报送一季度全市环境空气质量分析报告", "2026-05-06", "afterhol"),
        it("何蕾", "完成沙湖水质自动监测站数据联网调试", "2026-05-08", "wd:3"),
        it("海玉兰", "更新星海湖入湖排口排查整治台账", "2026-05-15", "md:5-15"),
        it("杨志刚", "编制第二轮中央生态环境保护督察反馈问题整改销号材料", "2026-05-31", "md:5-31"),
    ]
    notes = ("Outlook zh-CN gb2312 (plain base64 + HTML QP) with the minutes only in a .docx attachment (RFC 2047 gb2312 file "
             "name); the body is a cover note. Sent Thu 2026-04-30, the eve of May Day (05-01..05 off, 05-09 Sat make-up). "
             "Table 责任分工: #1 节后第一个工作日 -> 2026-05-06; #2 会后3个工作日内 -> 05-06, 05-07, 05-08 -> 2026-05-08; #3 "
             "2026-05-15; #4 办公室（牵头）/各科室（配合） with 责任人 杨志刚 -> owner 杨志刚, 5月底前 -> 2026-05-31; #5 备注 "
             "'已完成' -> status, not an item. '假期期间…保持24小时通讯畅通' is a rule. Next meeting 5月14日（周四）下午3:00 -> "
             "2026-05-14 15:00.")
    return case(8702, "gov-docx-responsibility-table-outlook-gb2312", "minutes", message(hs, root), items,
                nf("2026-05-14", "15:00", "md:5-14"), notes,
                "Outlook gb2312 cover note + .docx minutes with 序号/工作任务/责任单位/责任人/完成时限 table; May Day eve: 节后第一个工作日, 3个工作日内 over the holiday; 已完成 row skipped")


def c8703():
    date = "Mon, 11 May 2026 09:12:06 +0800"
    orig = """5月9日上午，我带执法支队、监测站、大气科有关同志到平罗县太沙工业园区调研，现场查看了3家企业的VOCs治理设施和园区空气自动监测站。

发现的主要问题：
（1）宁丰化工活性炭更换台账与采购记录对不上，涉嫌台账造假；
（2）园区边界监测站VOCs数据与走航数据偏差较大；
（3）部分企业未按要求开展LDAR。

下一步要求：
1. 执法支队纳队牵头，对宁丰化工活性炭更换记录问题立案调查，下周五前报告处理意见。
2. 监测站何站长负责，5月20日前完成园区边界VOCs自动监测站比对监测。
3. 大气科马科长：梳理园区企业LDAR开展情况，形成清单，5月底前。
4. 平罗县分局：督促企业落实整改，整改完成后报市局。

周立平"""
    pref = """各位：

周局5月9日（周六）带队调研太沙工业园区的纪要转给大家，请按要求落实。已抄送纪要助手登记。

丁晓雯

"""
    fwd_head = ("\n\n-------- 转发邮件信息 --------\n"
                "发件人：\"周立平\" <%s>\n发送时间：2026年5月9日(星期六) 下午6:05\n收件人：\"丁晓雯\" <%s>\n"
                "主题：太沙工业园区调研情况\n\n" % (E("周立平"), E("丁晓雯")))
    text = pref + "2026-05-11\n\n丁晓雯" + fwd_head + orig + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            ' body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n' + html_lines(pref.rstrip()) + '\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" '
            'size="1" align="left">\n<div><span>丁晓雯</span></div>\n<blockquote style="margin-Top: 0px; margin-Bottom: 0px; '
            'margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
            'padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;'
            'COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;%s</div>'
            '<div><b>发送时间：</b>&nbsp;2026-05-09&nbsp;18:05</div><div><b>收件人：</b>&nbsp;%s</div><div><b>主题：</b>&nbsp;'
            '太沙工业园区调研情况</div></div></div><div><div class="FoxDiv20260511091206123456">\n'
            % (esc('"周立平"<%s>' % E("周立平")), esc('丁晓雯<%s>' % E("丁晓雯")))
            + html_lines(orig) + '\n</div></div></blockquote></body></html>')
    alt = multipart("alternative", "----=_001_NextPart625730137822_=----",
                    [text_part(text, "plain", "GBK", "base64", crlf=True),
                     text_part(html, "html", "GBK", "quoted-printable", crlf=True)],
                    preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <dingxw@%s>" % GOVD, "Delivered-To: %s" % BOT["gov"],
          received("mail.%s" % GOVD, "DESKTOP-7H2KQ0L", "10.64.12.37", date + " (CST)", "4ZGd1t0QxKz9sR", BOT["gov"]),
          "Date: " + date,
          "From: " + addr("丁晓雯", E("丁晓雯"), "GBK", quote=True),
          "To: " + addrs([P("纳斌"), P("何蕾"), P("马宏伟")], "GBK", quote=True),
          "Cc: " + addrs([P("周立平"), ("纪要助手", BOT["gov"])], "GBK", quote=True),
          "Subject: " + ew("转发: 太沙工业园区调研情况", "GBK"),
          "X-Priority: 3", "X-GUID: 8C6E0D3A-51B7-4F0E-9A2C-7E1D5B3F2A90", "X-Has-Attach: no",
          "X-Mailer: Foxmail 7.2.25.375[cn]",
          "Message-ID: <202605110912062918735@%s>" % GOVD]
    items = [
        it("纳斌", "对宁丰化工活性炭更换记录问题立案调查，报告处理意见", "2026-05-15", "nwk:4@2026-05-09T18:05"),
        it("何蕾", "完成园区边界VOCs自动监测站比对监测", "2026-05-20", "md:5-20"),
        it("马宏伟", "梳理园区企业LDAR开展情况，形成清单", "2026-05-31", "me"),
        it(None, "督促企业落实整改，整改完成后报市局", None, None, flags=["no_due"]),
    ]
    notes = ("Foxmail GBK forward (转发邮件信息 block) with a short preface from 丁晓雯; the minutes are 周立平's note written "
             "Sat 2026-05-09 (a make-up working day), forwarded Mon 05-11. AMBIGUOUS: #1 '下周五前' was written on 05-09, so "
             "the writer meant Fri 2026-05-15; read against the forward's own Date (05-11) it would be 05-22. Gold follows the "
             "writer (05-15), as a careful reader of a forward does. #2 -> 05-20; #3 '5月底前' -> 05-31; #4 平罗县分局 is an "
             "outside unit with no date -> owner null, department null, [no_owner, no_due]. '发现的主要问题（1）（2）（3）' "
             "are findings, not items. Titles 纳队/何站长/马科长 are roster aliases.")
    return case(8703, "gov-forward-preface-foxmail-gbk", "minutes", message(hs, alt), items, None, notes,
                "Foxmail GBK 转发 with preface; inner note written on a make-up Saturday: 下周五 relative to the original date (AMBIGUOUS); findings list not items; outside unit no_owner/no_due; title aliases")


def c8704():
    date = "Wed, 6 May 2026 09:41:07 +0000"
    text = """Hi all,

Minutes from today's winter season readiness review below. I've cc'd the minutes bot so the actions get tracked.

Attendees: Mikko Rantanen, Aino Laaksonen (Helsinki, on Teams), Sun Haoran, Liu Chunyan, Jukka Heikkinen, Wang Dayong

1. Lake ice track permits
- Heihe water authority will accept applications from 1 June; last year's approval took 4 weeks.
AI: Haoran to prepare the permit application package (track layout + ice thickness monitoring plan) - by Fri 15 May

2. Customer bookings 2026/27
- 3 OEMs confirmed, 2 pending. Jingbo wants 6 weeks in January incl. the handling track.
AI: Spring to send the draft booking contracts to Jingbo and the two pending OEMs by next Wednesday

3. Workshop heating
- Boiler failed the March inspection; contractor quote is 184k RMB, which we think is high.
AI: Dayong - get a second quote for the boiler replacement, within 5 working days

4. Track maintenance SOP
AI: Aino to share the HQ ice-track maintenance SOP (latest revision) by Saturday (Saturday is a working day in China this week, Haoran's team is in)

5. HSE
- Decision: no vehicles on the lake before the ice reaches 40 cm, no exceptions.
AI: Jukka - update the winter PPE list and budget, end of month

Next check-in: Tue 12 May, 15:00 Heihe / 10:00 Helsinki (Teams link in the invite).

Br,
Mikko

Mikko Rantanen
General Manager | Kallio Proving Ground (Heihe) Co., Ltd.
M +86 139 0456 xxxx
"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
            + html_lines(text, tag='div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
                         'font-size: 11pt; color: rgb(0, 0, 0);"').replace('</div class="elementToProof" style="font-family: '
                         'Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">', "</div>")
            + "\n</body>\n</html>")
    alt = multipart("alternative", "_000_PA4PR03MB7136A1C2E9F0B47D5B3E8C61D2A52PA4PR03MB7136eurp_",
                    [text_part(text, "plain", "utf-8", "quoted-printable"),
                     text_part(html, "html", "utf-8", "quoted-printable")])
    people = [P("Aino Laaksonen"), P("孙浩然"), P("刘春燕"), P("Jukka Heikkinen"), P("王大勇")]
    people = [("Sun Haoran" if n == "孙浩然" else "Liu Chunyan" if n == "刘春燕" else "Wang Dayong" if n == "王大勇" else n, e)
              for n, e in people]
    hs = ["Return-Path: <mikko.rantanen@kallio-heihe.example.cn>", "Delivered-To: %s" % BOT["kallio"],
          received("mx.kallio-heihe.example.cn", "EUR03-DBA-obe.outbound.protection.outlook.com", "52.101.65.104",
                   "Wed, 06 May 2026 17:41:12 +0800 (CST)", "4ZsP0c3mTtz7vQ", BOT["kallio"]),
          "From: Mikko Rantanen <mikko.rantanen@kallio-heihe.example.cn>",
          "To: " + addrs(people),
          "CC: Minutes Bot <%s>" % BOT["kallio"],
          "Subject: Minutes: Winter season 2026/27 readiness review (6 May)",
          "Thread-Topic: Minutes: Winter season 2026/27 readiness review (6 May)",
          "Thread-Index: AQHc3RkVr0qk1dWmE0Wf3F2b8m6B3g==",
          "Date: " + date,
          "Message-ID: <PA4PR03MB7136A1C2E9F0B47D5B3E8C61D2A52@PA4PR03MB7136.eurprd03.prod.outlook.com>",
          "Accept-Language: en-US, fi-FI", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "msip_labels:", "X-MS-Exchange-Organization-AuthAs: Anonymous"]
    items = [
        it("孙浩然", "Prepare the permit application package (track layout + ice thickness monitoring plan)", "2026-05-15", "md:5-15"),
        it("刘春燕", "Send the draft booking contracts to Jingbo and the two pending OEMs", "2026-05-13", "nwk:2"),
        it("王大勇", "Get a second quote for the boiler replacement", "2026-05-12", "wd:5"),
        it("Aino Laaksonen", "Share the HQ ice-track maintenance SOP (latest revision)", "2026-05-09", "wk:5"),
        it("Jukka Heikkinen", "Update the winter PPE list and budget", "2026-05-31", "me"),
    ]
    notes = ("Microsoft 365 English minutes from the Finnish GM, Date 09:41 +0000 = Wed 2026-05-06 17:41 Shanghai, the first "
             "week after May Day (05-09 Sat is a make-up working day). 'AI:' lines in two shapes ('Haoran to …', 'Dayong - …'); "
             "owners by first name or the English alias Spring (刘春燕). 'by next Wednesday' -> 2026-05-13; 'within 5 working "
             "days' -> 05-07, 05-08, 05-09 (Sat make-up), 05-11, 05-12 -> 2026-05-12; 'by Saturday' -> 2026-05-09; 'end of "
             "month' -> 05-31. 'Decision: no vehicles on the lake…' is not an item. Next check-in given in two time zones: "
             "'Tue 12 May, 15:00 Heihe / 10:00 Helsinki' -> 2026-05-12 15:00 (Shanghai time).")
    return case(8704, "kallio-ai-lines-two-timezones-m365", "minutes", message(hs, alt), items,
                nf("2026-05-12", "15:00", "md:5-12"), notes,
                "M365 English 'AI:' lines (X to … / X - …), +0000 Date, 5 working days over the 05-09 make-up Saturday, 'by Saturday', next check-in in two time zones")


CASES = [c8701, c8702, c8703, c8704]
