"""heldout62 cases 9019-9024."""
import html as H

from h62_clients import alt, bot, build
from h62_lib import (FU, I, MV, QS, SQ, TL, email_of, flowed, html_page, html_table, part, quoted_charset_part,
                     text_to_html)

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def P(name):
    return (name, email_of(name))


# ------------------------------------------------------------------ 9019
@case
def c9019():
    iso = "2026-06-12T17:30:58+08:00"       # Friday
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间",
            "负责人"]
    rows = [
        ["EC2026-06-11", "2026-06-11", "Salon Ébène（科特迪瓦）/Aminata女士", "外贸部/刘思远", "客户",
         "客户希望把13x6蕾丝头套改为HD透明蕾丝，并要求7月10日前到阿比让",
         "①生产部彭厂长确认HD蕾丝改款可行性及交期（6月16日前）②6月17日回复客户报价及交期", "2026-06-17", "刘思远"],
        ["EC2026-06-12", "2026-06-12", "Raj Hair Exports（印度原发供应商）/Mr. Raj", "采购部/蒋经理", "供应商",
         "原定6月20日到港的原发因船期调整推迟至7月初",
         "①与生产部确认现有库存能否支撑到7月10日（6月15日前）②如不能，启动国内备选供应商询价", "待供应商确认船期", "蒋经理"],
    ]
    text = ("曾经理、邓总：\n\n本周两项外部沟通的跟进表如下，请过目。\n\n外部沟通跟进表\n" +
            "\n\n".join("\n".join("%s：%s" % (a, b) for a, b in zip(head, r)) for r in rows) +
            "\n\n刘思远\n外贸部\n")
    tbl = html_table([head] + rows, style="font-size:12px")
    inner = ('<div class=WordSection1><p class=MsoNormal>曾经理、邓总：</p><p class=MsoNormal>本周两项外部沟通的跟进表如下，'
             '请过目。</p><p class=MsoNormal><b>外部沟通跟进表</b></p>%s<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>'
             '刘思远<br>外贸部</p></div>' % tbl)
    html = html_page(inner, "utf-8", '<meta name=Generator content="Microsoft Word 15 (filtered medium)">')
    body = alt(text, html, "----=_NextPart_000_0023_01DCFA11.5E0C7B90", "utf-8", "quoted-printable",
               "quoted-printable", quoted=True, preamble="This is a multipart message in MIME format.\n")
    to = [P("曾雅琴"), P("邓国梁")]
    eml, _ = build("outlook", P("刘思远"), to, [P("彭建华"), P("蒋卫东"), bot(QS)], "外部沟通跟进表（6月第2周）", iso,
                   body, QS, cs="utf-8", relay_ip="10.20.3.66", remote_host="LIUSY-PC")
    items = [
        I("彭建华", "确认HD蕾丝改款可行性及交期", "md:6-16", "2026-06-16"),
        I("刘思远", "回复客户报价及交期", "md:6-17", "2026-06-17"),
        I("蒋卫东", "与生产部确认现有库存能否支撑到7月10日", "md:6-15", "2026-06-15"),
        I("蒋卫东", "启动国内备选供应商询价", None, None),
    ]
    return dict(num=9019, slug="outlook-utf8-seed-external-followup-two-rows", kind="minutes", eml=eml, items=items,
                followup=FU("abs:2026-06-17", "2026-06-17", None),
                notes="Seed 外部沟通跟进表 (Outlook UTF-8 QP; HTML table, plain part as 'field：value' blocks) with a "
                      "customer row and a supplier row. Sent Fri 2026-06-12. Row 1: ① names 彭厂长 (=彭建华) inline, "
                      "'6月16日前' -> 06-16; ② names nobody, so the row 负责人 刘思远 owns it, '6月17日回复' -> 06-17. Row 2 "
                      "(负责人 蒋经理 = 蒋卫东): ① 06-15 (生产部 is the counterpart, not the owner); ② is conditional "
                      "('如不能') with no date -> no_due. The customer wish '7月10日前到阿比让' and the supplier delay "
                      "('6月20日…推迟至7月初') are feedback, not tasks. 下次沟通时间: row 1 2026-06-17 (no time); row 2 "
                      "'待供应商确认船期' gives none -> next_followup 2026-06-17.",
                tests="seed 外部沟通跟进表 with customer + supplier rows: inline owner vs row 负责人, conditional step, one "
                      "row without 下次沟通时间")


# ------------------------------------------------------------------ 9020
@case
def c9020():
    iso = "2026-07-23T17:02:31+08:00"       # Thursday
    text = """文旅节中期调度会议纪要

7月23日下午，孟庆和副局长主持召开"山庄消夏"文化旅游节中期调度会。现将会议议定事项纪要如下：

一、总体情况
开幕以来累计接待游客31.2万人次，夜游项目日均客流4200人次，未发生安全事故和重大投诉。

二、议定事项
1. 加强夜间文物点巡查。对山庄周边3处文物点开展夜间巡查，形成巡查报告。
   牵头单位：文物保护科；配合单位：文化市场综合执法大队。完成时限：8月中旬前。
2. 开展游客满意度调查。回收并分析文旅节游客满意度问卷，形成分析报告。
   责任人：付晓东科长。完成时限：7月底前。
3. 报送文旅节中期总结。由孟局牵头，办公室配合，向区政府报送文旅节中期工作总结。
   完成时限：7月28日前。
4. 增设移动母婴室。在夜游主入口和停车场各增设1处移动母婴室，常科长负责，本周六前到位。

三、有关要求
各科室要坚持每日调度，节会期间原则上不安排休假。

下次调度会：7月30日（周四）下午4点，局三楼会议室。

局办公室
2026年7月23日
"""
    body = part(text, "plain", "GBK", "quoted-printable")
    to = [P("韩立军"), P("白志刚"), P("付晓东"), P("常慧"), P("冯雪")]
    eml, _ = build("coremail", P("齐振宇"), to, [P("孟庆和"), bot(SQ)], "文旅节中期调度会议纪要", iso, body, SQ,
                   cs="GBK", relay_ip="10.133.8.12", remote_host="webmail.sqwgl.example.gov.cn")
    items = [
        I(None, "对山庄周边3处文物点开展夜间巡查，形成巡查报告", None, None, flags=["vague_due"], dept="文物保护科"),
        I("付晓东", "回收并分析文旅节游客满意度问卷，形成分析报告", "monthend", "2026-07-31"),
        I("孟庆和", "向区政府报送文旅节中期工作总结", "md:7-28", "2026-07-28"),
        I("常慧", "在夜游主入口和停车场各增设1处移动母婴室", "this:6", "2026-07-25"),
    ]
    return dict(num=9020, slug="coremail-plain-qiantou-peihe-zhongxun", kind="minutes", eml=eml, items=items,
                followup=FU("md:7-30", "2026-07-30", "16:00"),
                notes="Coremail plain text only (GBK quoted-printable). Sent Thu 2026-07-23. Each item wraps over two "
                      "lines with 牵头单位/配合单位/责任人/完成时限. 1: 牵头单位 only -> no_owner, department 文物保护科 (the "
                      "lead, not the 配合 unit); '8月中旬前' is a vague period per the corpus convention -> vague_due "
                      "(the research policy would give 08-20). 2: 付晓东科长, '7月底前' -> 07-31. 3: '由孟局牵头，办公室配合' "
                      "-> owner 孟庆和 (孟局), 07-28. 4: '常科长负责' (=常慧), '本周六前' -> Sat 07-25. 一、总体情况 figures "
                      "and 三、有关要求 are not items. 下次调度会 7月30日（周四）下午4点 -> 2026-07-30 16:00.",
                tests="Coremail text-only GBK QP; 牵头/配合 units; 由孟局牵头 -> leader owner; 8月中旬前 vague; 本周六前")


# ------------------------------------------------------------------ 9021
@case
def c9021():
    iso = "2026-06-09T16:02:47+08:00"       # Tuesday
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
            "解决方案/进展", "下次沟通时间", "负责人"]
    row = ["EC20260609-01", "2026-06-09", "晋江鑫源鞋材/黄厂长", "供应链部/苏晓峰", "供应商",
           "新模具报价比预期高18%，对方要求预付30%",
           "①研发部许工确认大底花纹能否简化以降低模具成本（6月12日前）<br>②财务部评估预付30%的资金安排（下周一前）<br>"
           "③6月16日前回复对方是否接受报价", "2026-06-16 14:00", "苏晓峰"]
    tbl = html_table([head, row], style="font-size:13px;border-color:#dee0e3")
    inner = ('<div style="font-family:-apple-system,PingFang SC;font-size:14px"><div>施总、雅婷：</div><div><br></div>'
             '<div>今天和鑫源鞋材电话沟通了新模具报价，跟进表如下：</div><div><br></div>%s<div><br></div>'
             '<div>黄厂长那边说价格还有5%%左右的空间，我下次沟通时再压一压。</div><div><br></div><div>苏晓峰</div>'
             '<div>供应链部</div></div>' % tbl)
    html = html_page(inner)
    body = part(html, "html", "UTF-8", "quoted-printable")
    to = [P("施明辉"), P("洪雅婷")]
    eml, _ = build("feishu", P("苏晓峰"), to, [P("许志强"), P("林秋燕"), bot(TL)], "外部沟通跟进表｜鑫源鞋材新模具报价",
                   iso, body, TL, cs="UTF-8", relay_ip="101.126.42.21", remote_host="smtp-out.feishu.example.cn")
    items = [
        I("许志强", "确认大底花纹能否简化以降低模具成本", "md:6-12", "2026-06-12"),
        I(None, "评估预付30%的资金安排", "next:1", "2026-06-15", dept="财务部"),
        I("苏晓峰", "回复对方是否接受报价", "md:6-16", "2026-06-16"),
    ]
    return dict(num=9021, slug="feishu-html-only-seed-supplier-followup", kind="minutes", eml=eml, items=items,
                followup=FU("abs:2026-06-16", "2026-06-16", "14:00"),
                notes="Feishu mail, single text/html part (QP), seed 外部沟通跟进表 supplier row with ①②③ separated by "
                      "<br> in one cell. Sent Tue 2026-06-09. ① '研发部许工' -> 许志强, 06-12. ② names only 财务部 -> "
                      "no_owner with department 财务部 (AMBIGUOUS: the row 负责人 苏晓峰 could be read as owner; a "
                      "department named for the step is the usual reading), '下周一前' -> 06-15. ③ names nobody -> row "
                      "负责人 苏晓峰, 06-16. 黄厂长 is the supplier's contact, never an owner. 下次沟通时间 2026-06-16 14:00.",
                tests="Feishu HTML-only seed 外部沟通跟进表 (supplier): <br>-separated ①②③ in one cell, department step, "
                      "row owner")


# ------------------------------------------------------------------ 9022
@case
def c9022():
    iso = "2026-06-17T17:40:12+08:00"       # Wednesday before Dragon Boat (06-19..21)
    text = """Hi all,

Engineering weekly, 17 June. Grouped by person as usual. Holiday is Fri 19 to Sun 21 June here, so please mind the dates.

Jakub:
- send the Brno test report for the 160 kW rotor so we have it before our Dragon Boat holiday starts (i.e. by Thursday our time)
- no other open points from Brno this week

Lixin:
- review the rotor balancing procedure BP-07 and mark up the tolerance table, first working day after the holiday
- sign off drawing 27-3104 rev D (cable clamp) by Friday 26 June

Bo (me):
- rerun the thermal model with the new cooling duct and the 160 kW duty cycle, by next Tuesday

Joe:
- nothing new; the clamp trial parts arrived on Monday and are in the QC cage

Next engineering sync: Wed 24 June 10:00 CST (04:00 CEST for Jakub).

Cheers,
Bo

-- 
Wen Bo | Engineering
Morava Traction Systems (Zhuzhou) Co., Ltd.
"""
    body = part(flowed(text), "plain", "UTF-8", "8bit", params="; format=flowed")
    to = [("Jakub Novák", email_of("Jakub Novák")), ("Zhou Lixin", email_of("周立新")), ("Joe Ouyang", email_of("欧阳舟"))]
    eml, _ = build("thunderbird", ("Wen Bo", email_of("文博")), to, [bot(MV)], "Engineering weekly 17 June", iso, body,
                   MV, cs="UTF-8", relay_ip="10.60.1.41", remote_host="[10.60.1.41]")
    items = [
        I("Jakub Novák", "send the Brno test report for the 160 kW rotor", "before:Dragon Boat Festival", "2026-06-18"),
        I("周立新", "review the rotor balancing procedure BP-07 and mark up the tolerance table",
          "after:Dragon Boat Festival", "2026-06-22"),
        I("周立新", "sign off drawing 27-3104 rev D (cable clamp)", "md:6-26", "2026-06-26"),
        I("文博", "rerun the thermal model with the new cooling duct and the 160 kW duty cycle", "next:2", "2026-06-23"),
    ]
    return dict(num=9022, slug="thunderbird-flowed-en-grouped-duanwu", kind="minutes", eml=eml, items=items,
                followup=FU("md:6-24", "2026-06-24", "10:00"),
                notes="Thunderbird English, format=flowed 8bit UTF-8 (long item lines soft-wrapped), grouped by person "
                      "('Jakub:', 'Lixin:', 'Bo (me):' = sender 文博, 'Joe:'). Sent Wed 2026-06-17. 'before our Dragon "
                      "Boat holiday starts (i.e. by Thursday our time)' -> 06-18. 'first working day after the holiday' "
                      "-> Mon 06-22. 'by Friday 26 June' -> 06-26. 'by next Tuesday' -> 06-23. 'no other open points' "
                      "and Joe's 'nothing new' lines are not items. Next sync 'Wed 24 June 10:00 CST (04:00 CEST)' -> "
                      "2026-06-24 10:00.",
                tests="Thunderbird format=flowed English grouped by person, wrapped item lines, Dragon Boat before/after, "
                      "two-zone next sync")


# ------------------------------------------------------------------ 9023
@case
def c9023():
    iso = "2026-06-10T11:20:36+08:00"       # Wednesday
    text = """各位：

上午订单评审会纪要如下。

一、评审结论
1. 巴西Cabelo Real的PO-2606-031、尼日利亚Adaeze的PO-2606-034两单接单，按标准价执行。
2. 科特迪瓦客户的HD蕾丝改款先打样，样品确认后再报正式价。

二、待办
1. 确认订单交期
   客户：巴西Cabelo Real，PO-2606-031
   负责人：刘思远　截止：6月12日前（周五（客户周一开会要用））
2. 确认订单交期
   客户：尼日利亚Adaeze，PO-2606-034
   负责人：谢小兰　截止：下周二前（（如原料未到，另行说明））
3. 13x6 HD蕾丝样品寄送科特迪瓦客户，寄出前先拍视频给客户确认颜色
   和密度，DHL单号同步到群里，负责人：刘思远，截止：6月16日前
4. 秋季广交会展位申请表填报，负责人：曾雅琴，截止：6月底（以商务局
   通知为准）

下次评审会视订单情况再定。

曾雅琴
外贸部经理
"""
    html = html_page('<style>body { line-height: 1.5; }</style>' + text_to_html(text), "GBK")
    body = alt(text, html, "----=_001_NextPart270384115663_=----", "GBK", "base64", "quoted-printable",
               quoted=True, preamble="This is a multi-part message in MIME format.\n")
    to = [P("刘思远"), P("谢小兰")]
    eml, _ = build("foxmail", P("曾雅琴"), to, [P("邓国梁"), P("彭建华"), bot(QS)], "订单评审会纪要 6.10", iso, body, QS,
                   cs="GBK", relay_ip="113.246.92.31", remote_host="ZENGYQ-NB")
    items = [
        I("刘思远", "确认订单交期（巴西Cabelo Real，PO-2606-031）", "md:6-12", "2026-06-12"),
        I("谢小兰", "确认订单交期（尼日利亚Adaeze，PO-2606-034）", "next:2", "2026-06-16"),
        I("刘思远", "13x6 HD蕾丝样品寄送科特迪瓦客户，寄出前拍视频给客户确认颜色和密度", "md:6-16", "2026-06-16"),
        I("曾雅琴", "秋季广交会展位申请表填报", "monthend", "2026-06-30"),
    ]
    return dict(num=9023, slug="foxmail-gbk-same-task-nested-brackets-wrapped", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="Foxmail GBK. Items 1 and 2 have the same task text '确认订单交期' for two customers and two owners: "
                      "both must be kept (not merged). Deadlines carry nested brackets: '6月12日前（周五（客户周一开会要用））' "
                      "-> 06-12 (the inner 周一 is not a deadline); '下周二前（（如原料未到，另行说明））' -> 06-16 from Wed "
                      "06-10. Items 3 and 4 wrap over two lines (the owner and date sit on the first or second line); "
                      "'6月16日前' -> 06-16; '6月底（以商务局通知为准）' -> 06-30. 评审结论 are decisions. '下次评审会视"
                      "订单情况再定' -> no follow-up.",
                tests="Foxmail GBK: two items with the same task text, nested brackets in deadlines, items wrapped over "
                      "lines")


# ------------------------------------------------------------------ 9024
@case
def c9024():
    iso = "2026-08-03T09:40:15+08:00"       # Monday
    text = """关于8月2日群众投诉剧本娱乐场所消防通道堵塞问题的紧急处置会议纪要

8月3日上午8:30，孟庆和副局长主持召开紧急处置会，研究8月2日晚12345热线转办的群众投诉（某剧本娱乐场所消防通道堵塞）处置工作。执法大队已于8月2日晚22时到场，责令现场整改。会议议定：

（一）白志刚：今天下班前完成对涉事场所的复查，复查结果报孟局。
（二）办公室：24小时内向区政府报送情况说明。
（三）付晓东：明天上午10点前提交全区剧本娱乐场所名录核对结果。
（四）公共服务科：3个工作日内在局公众号发布暑期安全消费提示。
（五）冯雪：2小时内完成投诉人电话回访并形成记录。

明天（8月4日）上午9点再碰一次，听取复查和核对情况。

局办公室
"""
    body = part(text, "plain", "gb18030", "base64")
    to = [P("白志刚"), P("付晓东"), P("常慧"), P("冯雪"), P("齐振宇")]
    eml, _ = build("coremail", P("齐振宇"), to, [P("孟庆和"), bot(SQ)], "【紧急】投诉处置会议纪要（8月3日）", iso, body, SQ,
                   cs="gb18030", relay_ip="10.133.8.12", remote_host="webmail.sqwgl.example.gov.cn",
                   extra=["X-Priority: 1"])
    items = [
        I("白志刚", "完成对涉事场所的复查，复查结果报孟局", "today", "2026-08-03"),
        I(None, "向区政府报送情况说明", "hours:24", "2026-08-04", "09:40", dept="办公室"),
        I("付晓东", "提交全区剧本娱乐场所名录核对结果", "plus:1", "2026-08-04", "10:00"),
        I(None, "在局公众号发布暑期安全消费提示", "wdays:3", "2026-08-06", dept="公共服务科"),
        I("冯雪", "完成投诉人电话回访并形成记录", "hours:2", "2026-08-03", "11:40"),
    ]
    return dict(num=9024, slug="coremail-gb18030-urgent-hours-deadlines", kind="minutes", eml=eml, items=items,
                followup=FU("plus:1", "2026-08-04", "09:00"),
                notes="Coremail plain text gb18030 base64, X-Priority 1. Sent Mon 2026-08-03 09:40:15. Items '（一）X："
                      "…' with a person or a unit before the colon. （一） '今天下班前' -> 08-03, no time. （二） unit 办公室 "
                      "-> no_owner; '24小时内' -> 08-04 09:40 from the Date header. （三） '明天上午10点前' -> 08-04 10:00. "
                      "（四） unit 公共服务科 -> no_owner; '3个工作日内' -> 08-04, 08-05, 08-06. （五） '2小时内' -> 08-03 "
                      "11:40. The 8月2日晚22时 visit is a report. '明天（8月4日）上午9点再碰一次' -> follow-up 2026-08-04 "
                      "09:00.",
                tests="government urgent minutes with hour deadlines (24小时内/2小时内), 今天下班前, 明天上午10点前; "
                      "person or unit before the colon")
