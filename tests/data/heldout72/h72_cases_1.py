"""heldout72 cases 10001-10008."""
from h72_lib import (Case, fu, gold, hdrs, html_lines, html_table, item, multipart, message, mso_paras,
                     outlook_html, plain_table, htext, text_part, thread_index, ts, hx, hb64, esc)


# ---------------------------------------------------------------------------------------------------------- 10001
def c10001():
    sent = ts("2026-04-09 16:20:37")
    subj = "关于公共数据资源目录编制及政务云资源盘点工作的专题会议纪要"
    body = """各位同事：
    现将4月9日上午专题会议纪要发送如下，请各责任单位抓好落实。

乐山市市中区数据局
专题会议纪要
〔2026〕7号

    2026年4月9日上午，邓海鹰副局长在局三楼会议室主持召开专题会议，研究公共数据资源目录编制和政务云资源盘点工作。局办公室、数据资源科、数字基础设施科、政务数据应用科、区大数据中心负责同志参加会议。现纪要如下：

    一、会议听取了区大数据中心关于政务云资源使用情况的汇报。截至3月底，区级政务云共承载业务系统47个，其中12个系统资源利用率低于10%。
    二、会议议定以下事项：
    一是开展政务云资源全面盘点。由区大数据中心牵头，逐系统核实资源配置和使用情况，形成资源台账。责任单位：区大数据中心（雷鸣）；完成时限：4月17日前。
    二是编制公共数据资源目录（2026版）。按照省市统一标准梳理各部门数据资源，做到应编尽编。责任单位：数据资源科；配合单位：各街道、各部门；完成时限：4月底前。
    三是制定低效系统资源回收方案。对利用率低于10%的系统逐一提出处置意见。责任单位：数字基础设施科（杜鹏飞科长）；完成时限：会后5个工作日内。
    四是做好与嘉州数字科技集团的对接。由政务数据应用科彭珂同志负责，就公共数据授权运营试点事项与集团方面沟通，尽快形成对接意见。
    三、会议强调，各责任单位要明确专人，每周五下班前向局办公室报送工作进展，局办公室负责跟踪督办。

    下次调度会定于4月23日（周四）下午3:00召开，地点另行通知。

抄送：邓海鹰副局长
市中区数据局办公室  罗婉清
2026年4月9日
"""
    mid = "<000001dcc7f2$%s$%s@lsszqsjj.example.gov.cn>" % (hx("10001a", 8), hx("10001b", 8))
    h = hdrs("A", sent, "罗婉清", ["雷鸣", "税建军", "杜鹏飞", "彭珂"], ["邓海鹰", "熊亚楠", "A"], subj, mid,
             ("LAPTOP-LWQ02", "10.21.6.34"), label="gb2312", mode="B",
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("10001")),
                   ("Content-Language", "zh-cn")])
    alt = multipart("alternative", "----=_NextPart_001_0013_01DCC7F2.%s" % hx("10001c", 8).upper(), [
        text_part("plain", body, "gb2312", "base64", crlf_src=True),
        text_part("html", outlook_html(mso_paras(body)), "gb2312", "base64", crlf_src=True)],
        preamble="This is a multipart message in MIME format.")
    g = gold("minutes", "Government 专题会议纪要 (Outlook zh-CN gb2312, base64 CRLF). Sent Thu 2026-04-09. Items are "
             "the 一是…四是 lines under 会议议定以下事项: 一是 责任单位 区大数据中心（雷鸣）-> 雷鸣, '4月17日前' -> 04-17; "
             "二是 names only 数据资源科 (+配合单位) -> owner null, no_owner, department 数据资源科, '4月底前' -> 04-30; "
             "三是 '会后5个工作日内' from Thu 04-09 -> 04-10,13,14,15,16 -> 04-16 (杜鹏飞科长 = 杜鹏飞); 四是 彭珂 '尽快' -> "
             "vague_due. 一、 is a report (47 systems), 三、 is a standing rule (每周五下班前报送) and not an item. "
             "'下次调度会定于4月23日（周四）下午3:00' -> follow-up 2026-04-23 15:00.",
             [item("雷鸣", "开展政务云资源全面盘点，形成资源台账", "2026-04-17", "abs:2026-04-17"),
              item(None, "编制公共数据资源目录（2026版）", "2026-04-30", "mend", flags=["no_owner"],
                   department="数据资源科"),
              item("杜鹏飞", "制定低效系统资源回收方案", "2026-04-16", "wd:5"),
              item("彭珂", "就公共数据授权运营试点与嘉州数字科技集团沟通，形成对接意见", flags=["vague_due"])],
             fu("2026-04-23", "15:00", "abs:2026-04-23"))
    return Case(10001, "gov-yishi-erhshi-outlook-gb2312", "minutes", sent, message(h, alt), g,
                "Outlook zh-CN gb2312 专题会议纪要 in 一是/二是 style with 责任单位/完成时限; department-only 责任单位 "
                "(no_owner), 4月底前, 会后5个工作日内, 尽快; report and standing-rule lines are not items; next 调度会 sentence")


# ---------------------------------------------------------------------------------------------------------- 10002
def c10002():
    sent = ts("2026-04-13 10:05:19", off=2)
    subj = "Weekly breeding \u2013 propagation call 13 Apr \u2013 notes & actions"
    body = """Hi all,

Notes from today's call (Yuxi 15:00 / Aalsmeer 09:00). Attendees: Maarten, Lily, Jay, Yan, Cherry, Femke.

1. Rooting trial 'Amber Veil'
Rooting rate on the mist bench is 71% after 18 days, below the 85% target. Jay suspects the fogging cycle in greenhouse 4.
Action: Jay to recalibrate the fogging controller in GH4 and log humidity every 2 hours \u2013 by EOD today.
Action: Lily to confirm the rooting rate of the second batch by Wednesday.

2. New breeding lines for the 2027 trials
I presented the shortlist (14 lines). Decision: Yuxi trials 6 of them, the other 8 stay in Aalsmeer.
Action: Femke to send the final list of the 6 lines with mother-plant numbers by 20 April.
Action: Yan Li to prepare the phytosanitary paperwork for the cuttings import once the list is in \u2013 no date yet, depends on my list.

3. Korea shipment
Action: Cherry to book airfreight slots for the first Korea consignment ASAP (He Dong at SkyCold is waiting for our numbers).

Next check-in: Monday 20 April, 09:00 CEST / 15:00 Yuxi.

Femke

Femke Visser
Product Owner Roses | Group Breeding
Bloemhof Genetics B.V. | Aalsmeer, the Netherlands
"""
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
                 '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, '
                 'sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n' + html_lines(body) + '\n</div></body></html>\n')
    mid = "<AM9PR07MB7%s@AM9PR07MB7%s.eurprd07.prod.outlook.com>" % (hx("10002a", 10).upper(), hx("10002b", 3).upper())
    h = hdrs("B", sent, "Femke Visser", ["Maarten de Wit", "普丽华", "段俊杰", "李艳", "杨春燕"], ["B"], subj, mid,
             ("EUR05-AM6-obe.outbound.protection.outlook.com", "52.101.66.101"),
             order=("From", "To", "CC", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID"),
             post=[("Accept-Language", "en-US, nl-NL"), ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                   ("msip_labels", ""), ("x-ms-exchange-organization-authas", "Internal")])
    # CC spelled as M365 does; Thread-Topic/Index after Subject
    h2 = []
    for k, v in h:
        h2.append((k, v))
        if k == "Subject":
            h2 += [("Thread-Topic", htext(subj)), ("Thread-Index", thread_index("10002"))]
    h2.insert(h2.index([x for x in h2 if x[0] == "Subject"][0]), ("CC", "Minutes Bot <minutes@bloemhof-yx.example.cn>"))
    alt = multipart("alternative", "_000_AM9PR07MB7%s_" % hx("10002c", 12).upper(), [
        text_part("plain", body, "utf-8", "quoted-printable", quote_cs=True),
        text_part("html", html_body, "utf-8", "quoted-printable")])
    g = gold("minutes", "M365 English minutes written in the Netherlands: Date Mon 2026-04-13 10:05 +0200 = 16:05 Shanghai, "
             "same date. 'Action:' lines: Jay (= 段俊杰 alias) 'by EOD today' -> 04-13 without time; Lily (= 普丽华) 'by "
             "Wednesday' -> 04-15; Femke herself 'by 20 April' -> 04-20; Yan Li (= 李艳) 'once the list is in - no date "
             "yet' -> no_due; Cherry (= 杨春燕) ASAP -> vague_due. 'Decision: Yuxi trials 6…' is not an item. 'Next "
             "check-in: Monday 20 April, 09:00 CEST / 15:00 Yuxi' -> 2026-04-20 15:00 in Asia/Shanghai (two time zones).",
             [item("段俊杰", "recalibrate the fogging controller in GH4 and log humidity every 2 hours", "2026-04-13",
                   "today"),
              item("普丽华", "confirm the rooting rate of the second batch", "2026-04-15", "wk:2"),
              item("Femke Visser", "send the final list of the 6 lines with mother-plant numbers", "2026-04-20",
                   "abs:2026-04-20"),
              item("李艳", "prepare the phytosanitary paperwork for the cuttings import", flags=["no_due"]),
              item("杨春燕", "book airfreight slots for the first Korea consignment", flags=["vague_due"])],
             fu("2026-04-20", "15:00", "abs:2026-04-20"))
    return Case(10002, "m365-english-action-lines-cest", "minutes", sent, message([x for x in h2], alt), g,
                "M365 English 'Action: X to … by …' lines from a Dutch HQ writer (+0200 Date); EOD/Wednesday/20 April/"
                "ASAP/no date yet; owners by English alias; next check-in given in CEST and Yuxi time")


# ---------------------------------------------------------------------------------------------------------- 10003
def c10003():
    sent = ts("2026-04-21 17:35:08")
    subj = "4月21日生产例会纪要"
    body = """各位好，今天下午生产例会的纪要整理如下，请对照执行：

时间：4月21日（周二）14:30-16:00
地点：二楼小会议室
主持：眭总
参加：殷主任、笪经理、於工、贡主管、钱师傅
记录：冷思雨

一、上周事项回顾
1. 3号发酵池温控探头已更换（於工），运行正常。
2. 春季新曲原料验收完成，合格率98.6%。

二、本周工作安排（按人）
殷主任：
  ①安排5号、6号醋醅翻醅，本周五前完成；
  ②牵头制定端午前（6月）香醋灌装排产计划，4月28日前报眭总。
笪经理：
  ①对新到的一批糯米做黄曲霉毒素抽检，出报告时间：下周一上午10点前；
  ②整理3月份客户投诉台账（含瓶盖渗漏2起）。
於工：
  灌装线2号封盖机扭矩校准，明天下班前完成。
贡主管：
  与丹阳晶润确认500ml玻璃瓶补货时间，周四前回复殷主任。
钱师傅：
  配合殷主任翻醅，无单独事项。

三、其他
端午礼盒包装设计由销售部另行组织，不在本会范围。

下次例会：4月28日（周二）下午2:30，地点不变。

冷思雨
总经办
镇江醇和醋业有限公司
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: '
            '1.5; }body { font-size: 10.5pt; font-family: 微软雅黑; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n' + html_lines(body) + '\n<div><br></div><hr style="width: 210px; height: 1px;" color='
            '"#b5c4df" size="1" align="left">\n<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: '
            '10pt"><div>lengsiyu@chunhe-vinegar.example.cn</div></div></span></div>\n</body></html>\n')
    mid = "<2026042117350812%s@chunhe-vinegar.example.cn>" % hx("10003", 6)
    h = hdrs("C", sent, "冷思雨", ["殷小军", "笪红梅", "於春生", "贡建华", "钱立"], ["眭国平", "C"], subj, mid,
             ("DESKTOP-LSY", "58.220.41.17"), label="GBK", mode="B",
             order=("Date", "From", "To", "Cc", "Subject"),
             post=[("X-Priority", "3"), ("X-GUID", "%s-%s" % (hx("g3", 8).upper(), hx("g3b", 4).upper())),
                   ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
                   ("Message-ID", mid)])
    alt = multipart("alternative", "----=_001_NextPart%s_=----" % hx("10003b", 12), [
        text_part("plain", body, "GBK", "base64"), text_part("html", html, "GBK", "base64")],
        preamble="This is a multi-part message in MIME format.")
    g = gold("minutes", "Foxmail GBK minutes grouped by person (殷主任：①②, 笪经理：①②, …), owners written by title only "
             "(roster aliases). Sent Tue 2026-04-21. 本周五前 -> 04-24; '4月28日前报眭总' -> 04-28 ('端午前（6月）' is part "
             "of the task, not its deadline); 下周一上午10点前 -> 04-27 10:00; ② 投诉台账 has no date -> no_due; "
             "明天下班前 -> 04-22 (no time, corpus convention for 下班前); 周四前 -> 04-23. 钱师傅 '无单独事项' is not an "
             "item; 上周事项回顾 is status. 下次例会 4月28日 下午2:30 -> follow-up.",
             [item("殷小军", "安排5号、6号醋醅翻醅", "2026-04-24", "tw:4"),
              item("殷小军", "制定端午前香醋灌装排产计划并报眭总", "2026-04-28", "abs:2026-04-28"),
              item("笪红梅", "新到糯米黄曲霉毒素抽检并出报告", "2026-04-27", "nw:0", time="10:00"),
              item("笪红梅", "整理3月份客户投诉台账", flags=["no_due"]),
              item("於春生", "灌装线2号封盖机扭矩校准", "2026-04-22", "tmr"),
              item("贡建华", "与丹阳晶润确认500ml玻璃瓶补货时间并回复殷主任", "2026-04-23", "wk:3")],
             fu("2026-04-28", "14:30", "abs:2026-04-28"))
    return Case(10003, "by-person-titles-foxmail-gbk", "minutes", sent, message(h, alt), g,
                "Foxmail GBK minutes grouped by person with ①② sub-tasks and title-only owners (殷主任/笪经理/於工/贡主管); "
                "本周五前, 下周一上午10点前, 明天下班前, 周四前; '无单独事项' and 回顾 lines are not items")


# ---------------------------------------------------------------------------------------------------------- 10004
def c10004():
    sent = ts("2026-04-29 18:12:40")
    subj = "【钉钉智能纪要】阿曼客户订单评审会 0429"
    body = """大家好，会议的智能纪要已生成，我核对过待办，发给大家，有问题跟我说。——乌日娜

钉钉闪记 · 智能纪要
会议主题：阿曼客户订单评审会
会议时间：2026-04-29 15:00-16:10
参会人：乌日娜、白音、韩志强、刘振东、其木格、包文生

【会议摘要】
本次会议围绕Sohar Fresh 6月批次冷冻牛肉订单展开，讨论了分割规格、清真证书更新、冷链集装箱订舱等问题。包总表示价格按3月报价执行，不再让利。

【章节速览】
00:02 订单规格：客户要求前腿肉改为2.5kg真空包装，每箱4袋……
00:21 清真证书：现有证书6月10日到期，续期需在到期前完成现场审核……
00:40 物流：天津港5月下旬冷箱舱位紧张，节后运价可能上涨……

【发言人观点】
白音：证书续期需要协会现场审核，周期约三周，最晚5月中旬要启动。
韩志强：建议提前锁定冷箱，防止节后涨价。

【待办事项】
1. @白音 联系通辽市伊斯兰教协会启动清真证书续期审核，节后第一个工作日提交申请材料
2. @刘振东 按客户新规格（前腿2.5kg/袋）试切10箱样品，5个工作日内完成
3. @韩志强 与货代确认5月下旬天津港冷箱舱位，5月8日前反馈
4. @其木格 更新订单合同附件（规格表、唛头），截止时间：待定
5. @乌日娜 向客户发送会议确认函

以上内容由AI生成，仅供参考
"""
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">' + html_lines(body.split("钉钉闪记")[0].strip())
            + '<div style="margin-top:12px;padding:12px;background:#f5f6f7;border-radius:8px">'
            + html_lines("钉钉闪记" + body.split("钉钉闪记")[1].strip())
            + '</div></div>\n<div style="color:#999;font-size:12px">——— 来自钉钉邮箱</div>\n')
    mid = "<%s.%s@muge-beef.example.cn>" % (hx("10004a", 16), hx("10004b", 6))
    h = hdrs("D", sent, "乌日娜", ["白音", "韩志强", "刘振东", "其木格"], ["包文生", "D"], subj, mid,
             ("out30-101.freemail.mail.aliyun-inc.example.com", "115.124.30.101"),
             order=("Date", "From", "To", "Cc", "Message-ID", "Subject"),
             pre=[("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|"
                   "0|-1|-1|-1;HT=maildocker-contentspam033045%s;MF=wurina@muge-beef.example.cn;NM=1;PH=DS;RN=6;SR=0"
                   % hx("10004c", 6))],
             post=[("X-Mailer", "Alimail-Mailagent revision 3"), ("X-Priority", "3"),
                   ("Reply-To", "=?UTF-8?B?5LmM5pel5aic?= <wurina@muge-beef.example.cn>")])
    alt = multipart("alternative", "----=ALIBOUNDARY_%s" % hx("10004d", 10), [
        text_part("plain", body, "UTF-8", "base64"), text_part("html", html, "UTF-8", "base64")])
    g = gold("minutes", "DingTalk 智能纪要 pasted into an Alimail (钉钉邮箱) mail on Wed 2026-04-29, the eve of the May Day "
             "break (05-01..05-05 off, Sat 05-09 a make-up working day). Only 【待办事项】 count: summary, chapters and "
             "speaker views ('建议提前锁定冷箱', '最晚5月中旬要启动') are not items. @白音 '节后第一个工作日' -> 05-06; "
             "@刘振东 '5个工作日内' -> 04-30, 05-06, 05-07, 05-08, 05-09 -> 05-09; @韩志强 '5月8日前' -> 05-08; "
             "@其木格 '截止时间：待定' -> vague_due; @乌日娜 confirmation letter without a date -> no_due.",
             [item("白音", "联系伊斯兰教协会启动清真证书续期审核，提交申请材料", "2026-05-06", "after:2026-05-01"),
              item("刘振东", "按客户新规格试切10箱样品", "2026-05-09", "wd:5"),
              item("韩志强", "与货代确认5月下旬天津港冷箱舱位", "2026-05-08", "abs:2026-05-08"),
              item("其木格", "更新订单合同附件（规格表、唛头）", flags=["vague_due"]),
              item("乌日娜", "向客户发送会议确认函", flags=["no_due"])])
    return Case(10004, "dingtalk-ai-minutes-mayday-alimail", "minutes", sent, message(h, alt), g,
                "钉钉 智能纪要 (only 待办 counts) with @owners on the eve of May Day: 节后第一个工作日, 5个工作日内 ending "
                "on the 05-09 make-up Saturday, 待定, undated item; AI summary/opinions are not items")


# ---------------------------------------------------------------------------------------------------------- 10005
def c10005():
    sent = ts("2026-04-20 11:02:51")
    subj = "调度会时间调整"
    body = """各位：
    因邓局4月23日下午需参加市里的数字政府建设推进会，原定4月23日（周四）下午3:00的调度会调整至4月24日（周五）上午9:30，地点：局三楼会议室。
    请各科室把资源盘点和目录编制的进展材料提前准备好，周四下班前发苟晓东汇总。
    收到请回复。

罗婉清
市中区数据局办公室
"""
    html = ('<style>p{margin:0;}</style><div style="font-family:宋体;font-size:14px;">' + html_lines(body) +
            '</div><br><br><div style="color:#909090;font-family:Arial Narrow;font-size:12px">------------------</div>'
            '<div style="color:#909090;font-size:14px;font-family:Arial">罗婉清 0833-2xxxxxx</div>\n')
    mid = "<%s.%s.%s.Coremail.luowanqing@lsszqsjj.example.gov.cn>" % (hx("10005a", 7), hx("10005b", 4), hx("10005c", 11))
    h = hdrs("A", sent, "罗婉清", ["雷鸣", "税建军", "杜鹏飞", "彭珂"], ["邓海鹰", "苟晓东", "A"], subj, mid,
             ("mail.lsszqsjj.example.gov.cn", "10.21.6.8"), order=("Date", "From", "To", "Cc", "Subject"),
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240321(3e2a1b6c)"
                    "\n Copyright (c) 2002-2026 www.mailtech.cn lsszqsjj"),
                   ("X-Originating-IP", "[10.21.6.34]"),
                   ("X-CM-CTRLDATA", hb64("10005d", 24)), ("Message-ID", mid),
                   ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", "%s--.%s" % (hb64("t5", 12), hb64("t5b", 6)))])
    alt = multipart("alternative", "----=_Part_%s_%s.%s" % (hx("10005e", 6), hx("10005f", 9), "1776653971462"), [
        text_part("plain", body, "UTF-8", "base64", quote_cs=False),
        text_part("html", html, "UTF-8", "base64", quote_cs=False)])
    g = gold("other", "Coremail rescheduling notice from the 办公室: the 调度会 announced in 10001 moves from Thu 04-23 15:00 "
             "to Fri 04-24 09:30. It is not minutes (no meeting record, no action items) and not a reply to a recap, so "
             "kind other: no items, and no follow-up (follow-ups are read only from minutes). The '周四下班前发苟晓东汇总' "
             "request is an ordinary instruction in a notice.")
    return Case(10005, "reschedule-notice-coremail", "other", sent, message(h, alt), g,
                "Coremail rescheduling notice for the next 调度会 (moves 04-23 15:00 to 04-24 09:30) with a 周四下班前 "
                "request: other, no items, no follow-up")


# ---------------------------------------------------------------------------------------------------------- 10006
def c10006():
    sent = ts("2026-04-30 11:48:02", off=2)
    subj = "Q2 budget call \u2013 notes"
    body = """Hi Maarten, Lily, Yan,

Thanks for the call this morning. My notes below, please shout if I got something wrong.

Status
[x] Yan sent the Q1 audit report (received Tuesday, thanks!)
[x] Capex for the new mist benches approved by the board

Open
[ ] @Maarten sign off the Q2 capex request for the substrate line - by Friday May 8
[ ] @Lily update the propagation cost sheet with April actuals - first working day after your May holiday
[ ] @Joost (me) circulate the FX assumptions for H2 - next Tuesday
[ ] @Yan get quotes for the second climate chamber from two suppliers - within 10 working days

FYI the Yuxi office is closed May 1-5 and works Saturday May 9, so I'll keep urgent stuff away from those days.

Cheers,
Joost

--
Joost Bakker | Group Controller
Bloemhof Genetics B.V. | Aalsmeer
"""
    html = '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(ln) if ln.strip() else "<br>") for ln in body.split("\n--\n")[0].split("\n")) + (
        '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
        'class="gmail_signature">Joost Bakker | Group Controller<br>Bloemhof Genetics B.V. | Aalsmeer</div></div>\n')
    mid = "<CAF%s@mail.gmail.com>" % hb64("10006", 36).replace("/", "_").replace("+", "-")
    h = hdrs("B", sent, "Joost Bakker", ["Maarten de Wit", "普丽华", "李艳"], ["B"], subj, mid,
             ("mail-ej1-f54.google.com", "209.85.218.54"), order=("From", "Date", "Message-ID", "Subject", "To", "Cc"),
             pre=[("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; "
                   "t=1777542482; x=1778147282;\n h=to:subject:message-id:date:from:mime-version; bh=%s" % hb64("bh6", 32)),
                  ("X-Gm-Message-State", "AOJu0Y%s" % hb64("gm6", 30)), ("MIME-Version", "1.0")],
             post=[("X-Gm-Features", "AQt7F2%s" % hx("gf6", 20))])
    h = [(k, v.replace("Minutes Bot", '"Minutes Bot"')) if k == "Cc" else (k, v) for k, v in h]
    alt = multipart("alternative", "0000000000%s" % hx("10006b", 16), [
        text_part("plain", body, "UTF-8", "quoted-printable", quote_cs=False),
        text_part("html", html, "UTF-8", "quoted-printable", quote_cs=False)])
    g = gold("minutes", "Gmail checklist minutes from the Dutch controller. Date Thu 2026-04-30 11:48 +0200 = 17:48 "
             "Shanghai, same date. '[x]' lines are done (status, not items); '[ ] @name' lines are items. 'by Friday May 8' "
             "-> 05-08; 'first working day after your May holiday' (05-01..05-05 off) -> 05-06; '@Joost (me)' owns his own "
             "item, 'next Tuesday' = Tuesday of next week 05-05 (literal, although it is a Chinese holiday; the writer is "
             "in the Netherlands); 'within 10 working days' counted on the Chinese calendar of the Yuxi office from 04-30: "
             "05-06,07,08,09(make-up Sat),11,12,13,14,15,18 -> 05-18. AMBIGUOUS: a reader could count Dutch working days "
             "for Yan's quotes (-> 05-14), but the task is done in Yuxi, so the Chinese calendar is used.",
             [item("Maarten de Wit", "sign off the Q2 capex request for the substrate line", "2026-05-08",
                   "abs:2026-05-08"),
              item("普丽华", "update the propagation cost sheet with April actuals", "2026-05-06", "after:2026-05-01"),
              item("Joost Bakker", "circulate the FX assumptions for H2", "2026-05-05", "nw:1"),
              item("李艳", "get quotes for the second climate chamber from two suppliers", "2026-05-18", "wd:10")])
    return Case(10006, "gmail-checkbox-mentions-mayday", "minutes", sent, message(h, alt), g,
                "Gmail '[ ]/[x] @name' checklist from a Dutch writer before May Day: done lines skipped, 'first working "
                "day after your May holiday', 'next Tuesday' on a holiday, 10 working days across the 05-09 make-up day")


# ---------------------------------------------------------------------------------------------------------- 10007
def c10007():
    sent = ts("2026-05-08 16:40:22")
    subj = "618大促跨部门协作事项跟踪表（5月8日更新）"
    intro = """各位：
跟踪表更新如下，第1项已完成，其余请按表推进。下周五（5月15日）下午4点在二楼会议室碰头过一遍进度。
"""
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人", "计划完成时间", "进展情况", "风险点及应对措施"],
            ["1", "618礼盒款香醋首批灌装", "销售部", "酿造车间", "主责：殷小军 / 配合：钱立", "2026-05-06", "已完成",
             "-"],
            ["2", "天猫旗舰店详情页改版", "销售部", "电商部", "主责：濮珺 / 配合：解文涛", "5月15日",
             "进行中（60%）", "主图需眭总确认"],
            ["3", "礼盒外箱跌落测试", "销售部", "品控部", "主责：笪红梅", "明天（周六调休上班）", "未开始",
             "外箱样品今天下午到货"],
            ["4", "礼盒内托补货2万套", "销售部", "采购部", "主责：贡建华 / 配合：笪红梅", "下周三", "进行中",
             "供应商产能紧张，已备选一家"],
            ["5", "直播间试吃装（100ml）口味确认", "销售部", "酿造车间、品控部", "主责：殷小军 / 配合：笪红梅",
             "待定", "未开始", "等主播团队反馈口味"]]
    outro = "\n解文涛\n销售部 | 镇江醇和醋业有限公司\n手机：139xxxx0618\n"
    text = intro + "\n" + plain_table(rows) + "\n" + outro
    inner = (mso_paras(intro) + "\n" +
             html_table(rows, style="border-collapse:collapse;border:none", cell_style="border:solid windowtext 1.0pt;"
                        "padding:0cm 5.4pt 0cm 5.4pt;font-size:10.5pt") + "\n" + mso_paras(outro))
    mid = "<001b01dcdec1$%s$%s@chunhe-vinegar.example.cn>" % (hx("10007a", 8), hx("10007b", 8))
    h = hdrs("C", sent, "解文涛", ["濮珺", "笪红梅", "殷小军", "贡建华"], ["眭国平", "C"], subj, mid,
             ("XWT-PC", "58.220.41.52"), label="gbk", mode="B",
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("10007")),
                   ("Content-Language", "zh-cn")])
    alt = multipart("alternative", "----=_NextPart_000_001C_01DCDEC1.%s" % hx("10007c", 8).upper(), [
        text_part("plain", text, "gb2312", "base64", crlf_src=True),
        text_part("html", outlook_html(inner), "gb2312", "base64", crlf_src=True)],
        preamble="This is a multipart message in MIME format.")
    g = gold("minutes", "Outlook gb2312 跨部门协作事项跟踪表 (seed template); the owner cell holds '主责：X / 配合：Y' and the "
             "主责 person owns the row. The body is labelled gb2312 but carries the GBK-only character 珺 (濮珺), as "
             "Outlook does: decode as GBK (the header words are labelled gbk). Sent Fri 2026-05-08, the day before the 05-09 make-up Saturday. Row 1 已完成 is "
             "status, not an item. Row 2 '5月15日' -> 05-15; row 3 '明天（周六调休上班）' -> 05-09; row 4 '下周三' -> 05-13; "
             "row 5 '待定' -> vague_due. '下周五（5月15日）下午4点…碰头' -> follow-up 2026-05-15 16:00.",
             [item("濮珺", "天猫旗舰店详情页改版", "2026-05-15", "abs:2026-05-15"),
              item("笪红梅", "礼盒外箱跌落测试", "2026-05-09", "tmr"),
              item("贡建华", "礼盒内托补货2万套", "2026-05-13", "nw:2"),
              item("殷小军", "直播间试吃装（100ml）口味确认", flags=["vague_due"])],
             fu("2026-05-15", "16:00", "nw:4"))
    return Case(10007, "collab-tracking-zhuze-peihe-outlook-gbk", "minutes", sent, message(h, alt), g,
                "Outlook gb2312 (GBK-only 珺) seed 跨部门协作事项跟踪表 with '主责：X / 配合：Y' in one cell; 已完成 row "
                "skipped; 明天 = the 05-09 make-up Saturday; 下周三; 待定; 碰头 sentence gives the follow-up")


# ---------------------------------------------------------------------------------------------------------- 10008
def c10008():
    sent = ts("2026-05-12 10:15:44", off=4)
    subj = "MoM \u2013 Video call Sohar Fresh / Muge Meat \u2013 12 May 2026"
    body = """Dear Urna, dear Bayin,

Please find below the minutes of our video call held today.

Participants: Salim Al-Harthy, Aisha Al-Balushi (Sohar Fresh Provisions); Urna, Bayin, Chimeg (Horqin Muge Meat)

1. Halal certificate
The current certificate expires on 10 June. Muge confirmed the renewal audit has been booked.
- Bayin to send the audit booking confirmation from the Islamic Association by 15 May.
- Aisha to check with the Oman MoA whether the renewed certificate needs re-registration - by next Monday.

2. June shipment (2 x 40' reefer)
- Urna to send the draft packing list and shipping marks for our approval by Thursday.
- Chimeg to update the proforma invoice with the new forequarter spec within 2 working days.
- Salim to confirm the L/C opening date after internal approval (TBC).

3. Pricing for H2
To be discussed in the next call. No actions.

Next call: Tuesday 19 May, 11:00 Muscat time (15:00 Beijing).

Best regards,
Salim Al-Harthy
Procurement Manager | Sohar Fresh Provisions LLC
Sohar, Sultanate of Oman
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body lang="EN-US">'
            '<div class="WordSection1">' + mso_paras(body) + '</div></body></html>\n')
    mid = "<DB9PR10MB%s@DB9PR10MB%s.EURPRD10.PROD.OUTLOOK.COM>" % (hx("10008a", 8).upper(), hx("10008b", 4).upper())
    h = hdrs("D", sent, "Salim Al-Harthy", [("Urna", "wurina@muge-beef.example.cn"), ("Bayin", "baiyin@muge-beef.example.cn")],
             ["Aisha Al-Balushi", ("Chimeg", "qimuge@muge-beef.example.cn"), "D"], subj, mid.lower(),
             ("EUR02-DB5-obe.outbound.protection.outlook.com", "52.101.68.40"),
             post=[("Thread-Topic", htext(subj)), ("Thread-Index", thread_index("10008")),
                   ("Accept-Language", "en-US, ar-OM"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")])
    alt = multipart("alternative", "_000_DB9PR10MB%s_" % hx("10008c", 12).upper(), [
        text_part("plain", body.replace("\u2013", "-"), "us-ascii", "quoted-printable"),
        text_part("html", html, "us-ascii", "quoted-printable")])
    g = gold("minutes", "English MoM written by the Omani customer (M365, Date Tue 2026-05-12 10:15 +0400 = 14:15 "
             "Shanghai). Owners: Bayin/Urna/Chimeg are roster aliases (白音/乌日娜/其木格, also the To/Cc display names); "
             "Aisha and Salim are outside the roster -> their header addresses, department null. 'by 15 May' -> 05-15; "
             "'by next Monday' -> 05-18; 'by Thursday' -> 05-14; 'within 2 working days' from Tue 05-12 -> 05-14; "
             "'(TBC)' -> vague_due. 'No actions' under pricing. 'Next call: Tuesday 19 May, 11:00 Muscat time (15:00 "
             "Beijing)' -> 2026-05-19 15:00 Asia/Shanghai.",
             [item("白音", "send the audit booking confirmation from the Islamic Association", "2026-05-15",
                   "abs:2026-05-15"),
              item("Aisha Al-Balushi", "check with the Oman MoA whether the renewed certificate needs re-registration",
                   "2026-05-18", "nw:0"),
              item("乌日娜", "send the draft packing list and shipping marks", "2026-05-14", "wk:3"),
              item("其木格", "update the proforma invoice with the new forequarter spec", "2026-05-14", "wd:2"),
              item("Salim Al-Harthy", "confirm the L/C opening date", flags=["vague_due"])],
             fu("2026-05-19", "15:00", "abs:2026-05-19"))
    return Case(10008, "oman-buyer-mom-m365-plus0400", "minutes", sent, message(h, alt), g,
                "Customer-written English MoM from Oman (+0400, us-ascii QP): 'X to … by 15 May/next Monday/Thursday', "
                "'within 2 working days', TBC; English nicknames in headers map to roster; next call in Muscat and "
                "Beijing time")


CASES = [c10001, c10002, c10003, c10004, c10005, c10006, c10007, c10008]
