"""heldout62 cases 9001-9004."""
from h62_clients import alt, bot, build
from h62_lib import (FU, I, MV, QS, SQ, email_of, html_page, html_table, multipart, part, quoted_charset_part,
                     text_to_html)

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def P(name):
    return (name, email_of(name))


# ------------------------------------------------------------------ 9001
@case
def c9001():
    iso = "2026-04-13T17:05:22+08:00"       # Monday
    text = """各位领导、同事：

今天上午外贸部周例会纪要如下，请查阅，有遗漏的请直接回复补充。

时间：4月13日（周一）9:30-11:00
地点：三楼小会议室
参会：邓总、曾经理、彭厂长、尹主管、刘思远（记录）

一、上周情况通报
1. 尼日利亚客户Adaeze订的第二批货（13x4蕾丝头套600顶）已于4月10日装柜出运，提单号已发客户。
2. 巴西客户Cabelo Real反馈信用证金额有误，需改证。
3. 上周返修的Body Wave卷发批次共42顶，已返修完毕待复检。

二、本周工作安排
曾经理：
  ① 跟进巴西客户信用证修改，4月15日前确认新证条款；
  ② 整理广交会第三期样品清单，周五前给到彭厂长。
彭厂长：
  ① 安排T型蕾丝假发300顶插单生产，下周二前排出生产计划。
尹主管：
  ① 对返修的Body Wave批次做复检并出具检验报告（本周四前）。
刘思远：
  ① 更新客户报价单模板，增加人民币/美元双币种报价，4月17日前发曾经理审核。

三、其他
邓总要求：广交会样品一律用新包装，旧包装不再外发。

下次例会：下周一同一时间，地点不变。

刘思远
外贸部 | 邵阳青丝发制品有限公司
电话：0739-5326618  手机：13807391562
"""
    html = html_page('<style>body { line-height: 1.5; }</style>' + text_to_html(text), "GBK")
    body = alt(text, html, "----=_001_NextPart538177480521_=----", "GBK", "base64", "quoted-printable",
               quoted=True, preamble="This is a multi-part message in MIME format.\n")
    eml, _ = build("foxmail", P("刘思远"), [P("曾雅琴"), P("邓国梁"), P("彭建华"), P("尹红梅")], [bot(QS)],
                   "外贸部周例会纪要（4月13日）", iso, body, QS, cs="GBK", relay_ip="113.246.92.18",
                   remote_host="DESKTOP-LSY0412")
    items = [
        I("曾雅琴", "跟进巴西客户信用证修改并确认新证条款", "md:4-15", "2026-04-15"),
        I("曾雅琴", "整理广交会第三期样品清单给彭厂长", "wd:5", "2026-04-17"),
        I("彭建华", "排出T型蕾丝假发300顶插单生产计划", "next:2", "2026-04-21"),
        I("尹红梅", "复检返修的Body Wave批次并出具检验报告", "this:4", "2026-04-16"),
        I("刘思远", "更新客户报价单模板（人民币/美元双币种）", "md:4-17", "2026-04-17"),
    ]
    return dict(num=9001, slug="foxmail-gbk-titles-grouped-subtasks", kind="minutes", eml=eml, items=items,
                followup=FU("next:1", "2026-04-20", "09:30"),
                notes="Foxmail GBK (text base64, HTML QP). Sent Mon 2026-04-13 17:05. Items grouped under owners written "
                      "with titles (曾经理=曾雅琴, 彭厂长=彭建华, 尹主管=尹红梅) and numbered ①② within each "
                      "person. '4月15日前' -> 04-15; '周五前' from a Monday -> 04-17; '下周二前' -> 04-21; '本周四前' -> "
                      "04-16; '4月17日前' -> 04-17. 上周情况通报 lines are reports (one has a past date 4月10日), not items; "
                      "邓总要求 is a policy line. '下次例会：下周一同一时间' = 2026-04-20 at the meeting's own start 9:30. "
                      "Signature phone numbers are not dates.",
                tests="Foxmail GBK alternative; owners by title grouped per person with ①; 下周一同一时间 follow-up")


# ------------------------------------------------------------------ 9002
@case
def c9002():
    iso = "2026-04-02T16:48:10+08:00"       # Thursday before Qingming (04-04..06)
    head = ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"]
    row = ["NC2026-04-02", "2026-04-02", "品管部/尹主管", "生产部、采购部、电商部", "网店退货率上升原因分析",
           "3月天猫店退货率升至6.8%，主要集中在613金色直发，客户反映掉色、打结；初步判断与3月新批次发丝漂染工序有关",
           "①生产部清明节后第一个工作日完成漂染工序复核（彭厂长）②采购部2个工作日内提供新批次发丝的供应商检测报告（蒋经理）"
           "③电商部4月10日前整理近30天差评截图及订单号（罗佳）",
           "进行中", "下次沟通：4月9日（周四）下午4点，品管部会议室"]
    text = ("各位：\n\n今天下午退货率问题沟通的记录表如下，请相关负责人按时完成。\n\n" +
            "\n".join("%s：%s" % (a, b) for a, b in zip(head, row)) +
            "\n\n尹红梅\n品管部主管\n邵阳青丝发制品有限公司\n")
    tbl = html_table([head, row])
    inner = ('<div class=WordSection1><p class=MsoNormal>各位：</p><p class=MsoNormal>今天下午退货率问题沟通的记录表如下，'
             '请相关负责人按时完成。</p><p class=MsoNormal><b>内部沟通记录表</b></p>%s<p class=MsoNormal>&nbsp;</p>'
             '<p class=MsoNormal>尹红梅<br>品管部主管<br>邵阳青丝发制品有限公司</p></div>' % tbl)
    html = html_page(inner, "gb2312", '<meta name=Generator content="Microsoft Word 15 (filtered medium)">')
    body = alt(text, html, "----=_NextPart_000_0019_01DCC29A.6B1F2E40", "gb2312", "base64", "quoted-printable",
               quoted=True, preamble="This is a multipart message in MIME format.\n")
    eml, _ = build("outlook", P("尹红梅"), [P("彭建华"), P("蒋卫东"), P("罗佳")], [P("邓国梁"), bot(QS)],
                   "内部沟通记录表-网店退货率上升原因分析（NC2026-04-02）", iso, body, QS, cs="gb2312",
                   relay_ip="10.20.3.57", remote_host="YINHM-PC")
    items = [
        I("彭建华", "完成漂染工序复核", "after:Tomb-sweeping Day", "2026-04-07"),
        I("蒋卫东", "提供新批次发丝的供应商检测报告", "wdays:2", "2026-04-07"),
        I("罗佳", "整理近30天差评截图及订单号", "md:4-10", "2026-04-10"),
    ]
    return dict(num=9002, slug="outlook-gb2312-nc-record-qingming", kind="minutes", eml=eml, items=items,
                followup=FU("abs:2026-04-09", "2026-04-09", "16:00"),
                notes="Seed 内部沟通记录表 as an Outlook gb2312 HTML table (plain part lists 'field：value'). Sent Thu "
                      "2026-04-02, two days before Qingming (04-04..04-06). ① '清明节后第一个工作日' -> Tue 04-07. ② "
                      "'2个工作日内': Fri 04-03 is day 1, 04-04..06 off, Tue 04-07 day 2 -> 04-07. ③ '4月10日前' -> "
                      "04-10. Owners in brackets after the department (彭厂长, 蒋经理 aliases). The 备注 cell carries the "
                      "next meeting: 4月9日（周四）下午4点 -> 2026-04-09 16:00 (Thursday, checked). '3月…退货率6.8%' is "
                      "a fact, not an item.",
                tests="seed 内部沟通记录表 (Outlook gb2312 HTML); 清明节后第一个工作日; 2个工作日内 over Qingming; "
                      "follow-up inside 备注 cell")


# ------------------------------------------------------------------ 9003
@case
def c9003():
    iso = "2026-04-15T14:12:44+08:00"       # Wed; Exchange writes it as 06:12:44 +0000
    text = """Hi all,

Minutes from today's weekly sync on the T-27 traction motor (Line 3 low-floor tram) below.

Attendees: Tomas Dvorak, Zhou Lixin, Helen Tan, Harry Long, Cindy Yi; Jakub Novak (Brno, on Teams)

Status
- Stator winding trial #2 passed the 2h partial discharge test on 13 April.
- First-article inspection of the housing casting is still open - 2 dimensions out of tolerance.
- Customer asked again about the 30 April delivery; we keep the date for now.

Actions
- Lixin to send the revised cooling-duct drawing to Jakub by Friday.
- Harry to get a second quote for the NdFeB magnets by 24 April.
- Helen to book the type-test slot at the Brno lab - ASAP, they are filling up for Q3.
- Jakub to confirm whether Brno can supply the encoder brackets, by next Wednesday.
- Cindy to circulate the updated master schedule by EOD.

Next check-in: Tuesday 21 April, 15:00 Zhuzhou / 09:00 Brno (same Teams link).

Thanks,
Cindy

Cindy Yi | Project Manager
Morava Traction Systems (Zhuzhou) Co., Ltd.
No. 88 Liyu Industrial Park, Tianyuan District, Zhuzhou, Hunan 412007
M +86 139 7331 2046
"""
    import html as H
    inner = "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        "<p style=\"margin:0\">%s</p>" % (H.escape(l) if l else "&nbsp;") for l in text.split("\n")) + "</div>"
    html = html_page(inner, "us-ascii")
    body = alt(text, html, "_000_PS2PR06MB5A1C3E8D2F7B40C9A1E2PS2PR06MB5A1C_", "us-ascii", "quoted-printable",
               "quoted-printable", quoted=True)
    cc_ = [("Jakub Novák", "jakub.novak@morava-trakce.example.cz"), bot(MV)]
    to = [("Tomas Dvorak", email_of("Tomáš Dvořák")), ("Zhou Lixin", email_of("周立新")),
          ("Helen Tan", email_of("谭慧")), ("Harry Long", email_of("龙海涛"))]
    eml, _ = build("m365", ("Cindy Yi", email_of("易欣")), to, cc_,
                   "Minutes - T-27 motor weekly sync (15 Apr)", iso, body, MV, utc=True, relay_ip="40.107.215.98",
                   remote_host="APC01-PSA-obe.outbound.protection.outlook.com", crlf=True)
    items = [
        I("周立新", "send the revised cooling-duct drawing to Jakub", "wd:5", "2026-04-17"),
        I("龙海涛", "get a second quote for the NdFeB magnets", "md:4-24", "2026-04-24"),
        I("谭慧", "book the type-test slot at the Brno lab", None, None, flags=["vague_due"]),
        I("Jakub Novák", "confirm whether Brno can supply the encoder brackets", "next:3", "2026-04-22"),
        I("易欣", "circulate the updated master schedule", "today", "2026-04-15"),
    ]
    return dict(num=9003, slug="m365-english-x-to-two-timezones", kind="minutes", eml=eml, items=items,
                followup=FU("abs:2026-04-21", "2026-04-21", "15:00"),
                notes="Exchange Online (M365) English, us-ascii QP alternative, CRLF, Date 06:12 +0000 = Wed 2026-04-15 "
                      "14:12 Shanghai. 'X to ...' action lines: owners by first name/English alias (Lixin=周立新, "
                      "Harry=龙海涛, Helen=谭慧, Jakub=Jakub Novák at the Czech parent, Cindy=易欣). by Friday -> 04-17; "
                      "'by 24 April' -> 04-24; ASAP -> vague_due; 'by next Wednesday' -> 04-22; by EOD -> send date, no "
                      "time. Status lines (13 April, 30 April delivery) are facts. Next check-in written in two time "
                      "zones: 15:00 Zhuzhou = 09:00 Brno (CEST) -> 2026-04-21 15:00 +08:00.",
                tests="M365 English, +0000 Date; 'X to …' actions; by Friday/by EOD/ASAP/next Wednesday; next "
                      "check-in in two time zones")


# ------------------------------------------------------------------ 9004
@case
def c9004():
    iso = "2026-05-08T17:20:05+08:00"       # Friday; Sat 05-09 is a make-up working day
    text = """双桥区文化广电和旅游局
会议纪要
〔2026〕第9期

5月8日上午，孟庆和副局长主持召开局务会，总结"五一"假期全区文旅市场运行情况，研究部署近期重点工作。局班子成员、各科室和执法大队负责同志参加会议。现将会议议定事项纪要如下：

一、关于"五一"假期工作情况
会议认为，假期全区接待游客18.6万人次，同比增长12%，未发生安全责任事故，市场秩序总体平稳。

二、关于近期重点工作
会议要求，一是抓紧报送假期数据。办公室汇总各科室假期工作总结，下个工作日下班前报市局。（责任单位：办公室；责任人：齐振宇）
二是开展文物安全专项检查。对辖区内各级文物保护单位开展消防安全检查，5月22日前完成并形成检查报告。（责任单位：文物保护科）
三是做好避暑旅游季筹备。拿出"避暑山庄周边夜游"产品推介方案初稿，5月底前提交局务会研究。（责任单位：产业发展科；责任人：付晓东）
四是加强文化市场执法。持续开展剧本娱乐经营场所专项整治，每周向办公室报送进展。（责任单位：文化市场综合执法大队）

三、其他事项
会议强调，各科室要严格落实节假日值班和信息报送制度，重要情况第一时间报告。

下次局务会时间另行通知。

送：局班子成员
发：各科室、执法大队
双桥区文化广电和旅游局办公室        2026年5月8日印发
"""
    import html as H
    paras = "".join('<p style="text-indent:2em;line-height:1.8">%s</p>' % H.escape(l) for l in text.split("\n") if l)
    html = html_page('<div style="font-family:仿宋_GB2312,FangSong;font-size:16px">%s</div>' % paras, "GBK")
    body = alt(text, html, "----=_Part_41872_1730862091.1778232005871", "GBK", "base64", "base64")
    to = [P("齐振宇"), P("韩立军"), P("付晓东"), P("白志刚"), P("常慧")]
    eml, _ = build("coremail", P("冯雪"), to, [P("孟庆和"), bot(SQ)],
                   "【会议纪要】局务会（2026年第9期）", iso, body, SQ, cs="GBK", relay_ip="10.133.8.21",
                   remote_host="webmail.sqwgl.example.gov.cn")
    items = [
        I("齐振宇", "汇总各科室假期工作总结报市局", "wdays:1", "2026-05-09"),
        I(None, "对辖区内各级文物保护单位开展消防安全检查并形成检查报告", "md:5-22", "2026-05-22", dept="文物保护科"),
        I("付晓东", "拿出避暑山庄周边夜游产品推介方案初稿", "monthend", "2026-05-31"),
        I(None, "持续开展剧本娱乐经营场所专项整治并每周报送进展", None, None, dept="文化市场综合执法大队"),
    ]
    return dict(num=9004, slug="coremail-gov-yishi-ershi-makeup-saturday", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="Government 会议纪要 (Coremail GBK base64 alternative), items in one paragraph as 一是/二是/三是/四是 "
                      "with （责任单位：…；责任人：…） after each. Sent Fri 2026-05-08. ① '下个工作日下班前' -> Sat "
                      "05-09, the Labour Day make-up working day (a Mon-Fri count gives 05-11); 下班前 gives no time. ② "
                      "only a 责任单位 -> no_owner, department 文物保护科, 05-22. ③ 责任人 付晓东, '5月底前' -> 05-31. ④ "
                      "unit only and a recurring '每周报送' with no deadline -> no_owner + no_due. The 一、 section "
                      "(18.6万人次) is a finding and 三、其他事项 a policy line. '下次局务会时间另行通知' -> no follow-up; "
                      "the 印发 date is the issue date.",
                tests="government 一是/二是 + 责任单位/责任人 brackets; 下个工作日 = make-up Saturday; unit-only owners")
