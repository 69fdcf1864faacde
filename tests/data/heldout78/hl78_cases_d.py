"""Cases 10616-10621: 伊州区发改委 (cont.) and 晋城泽州水务集团 (SOE water utility)."""
import html as H

from hl78_common import (I, NF, P, addr, alist, attach, case, dept, ew, make_pdf, message, multi, rfcdate, text)
from hl78_cases_a import outlook_html
from hl78_cases_b import GOVBOT, gov_received

ZZBOT = ("纪要助手", "minutes@zzsw.example.cn")


def zz_received(date, ip, rid, helo="localhost"):
    return ("Received", "from %s (unknown [%s])\n\tby mx.zzsw.example.cn (Postfix) with ESMTPS id %s\n\tfor "
                        "<minutes@zzsw.example.cn>; %s (CST)" % (helo, ip, rid, date))


# ------------------------------------------------------------------ 10616
@case(10616, "yz-gov-hearing-prep-plain-nested-brackets", "minutes",
      "Coremail text-only minutes with （一）（二） items: a deadline inside nested brackets with 暂定, an item wrapped "
      "over two lines, a 'N日前 of an undated event' (vague), a dept-only item with '（7月10日（周五）前）'; next "
      "meeting with 下午 and no hour")
def c10616():
    date = rfcdate(2026, 6, 29, 19, 5, 41)
    body = """各位：

6月29日下午，价格科组织召开城区居民用水价格调整听证会筹备会，现将会议情况纪要如下：

一、听证会拟于7月下旬召开，具体日期待区政府确定。供水企业已报送定价成本监审申请材料。

二、工作分工
（一）古丽娜尔·买买提：牵头起草听证方案（含听证代表产生办法（7月3日前（暂定）报委领导审定））。
（二）赵婷同志：协助整理供水企业近三年成本监审资料，
      7月8日前交价格科。
（三）王海燕主任：负责听证公告发布、会场及新闻报道协调，听证会召开前10日发布公告（日期待定）。
（四）价格科、区水务部门：面向社会公开征集听证参加人，（7月10日（周五）前）完成报名。

三、下次筹备会：7月6日（周一）下午，地点另行通知。

价格科 古丽娜尔
2026年6月29日
"""
    part = text(body, "plain", "UTF-8", "base64")
    hs = [
        ("Return-Path", "<gulinaer@yzfgw.example.gov.cn>"),
        gov_received(date, "10.65.3.33", "x"),
        ("Date", date),
        ("From", addr("古丽娜尔·买买提", "gulinaer@yzfgw.example.gov.cn")),
        ("To", alist([P("赵婷"), P("王海燕")])),
        ("Cc", alist([P("艾尔肯·吐尔逊"), P("马振华"), GOVBOT])),
        ("Subject", ew("城区居民用水价格调整听证会筹备会纪要")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9b9f0a2d)"),
        ("X-Coremail-Locale", "zh_CN"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<5e08c3b1.7a44.19f1c0e4d88.Coremail.gulinaer@yzfgw.example.gov.cn>"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("古丽娜尔·买买提", "起草听证方案", "2026-07-03", "abs:2026-07-03"),
        I("赵婷", "协助整理供水企业近三年成本监审资料", "2026-07-08", "abs:2026-07-08"),
        I("王海燕", "负责听证公告发布、会场及新闻报道协调", None, "vague"),
        I(dept("价格科"), "面向社会公开征集听证参加人", "2026-07-10", "abs:2026-07-10"),
    ]
    notes = ("Sent Mon 2026-06-29, plain text only. （一）: the deadline '7月3日前（暂定）' sits two brackets deep "
             "and is tentative -> still 07-03 (AMBIGUOUS: a reader could flag it vague because of 暂定; most record "
             "the date). （二）: '赵婷同志' wraps onto the next line, '7月8日前' -> 07-08. （三）: '听证会召开前10日' "
             "depends on an undated event ('日期待定') -> vague_due; owner 王主任=王海燕. （四）: units only (价格科 + "
             "an outside department) -> no_owner, department 价格科; '（7月10日（周五）前）' -> 07-10. Part 一 is "
             "background. Next: '7月6日（周一）下午' -> 2026-07-06 with no time (no hour given).")
    return {"eml": eml, "items": items, "next": NF("2026-07-06", "abs:2026-07-06"), "notes": notes}


# ------------------------------------------------------------------ 10617
@case(10617, "zz-soe-dispatch-weekly-outlook-gb2312-excel-table", "minutes",
      "Outlook gb2312 weekly 生产调度例会 with a table pasted from Excel (x:str cells, mso classes): two names in one "
      "责任人 cell with 备注 '主责', a 已完成 row, a 持续 row (no date), a 待定 owner with 尽快; next '下周一上午8:30'")
def c10617():
    date = rfcdate(2026, 4, 20, 17, 35, 22)
    rows = [
        ["序号", "工作内容", "责任部门", "责任人", "完成时间", "备注"],
        ["1", "东区DN600主管道漏损点定位", "管网管理所", "常亮/王瑞", "4月24日", "常亮主责"],
        ["2", "出厂水浊度在线仪表校准", "水质检测中心", "贾文静", "4月22日", ""],
        ["3", "二水厂加药间改造施工图审查", "工程建设部", "郝鹏", "4月30日", "设计院4月23日交图"],
        ["4", "一季度水费回收情况通报", "客户服务中心", "范志强", "已完成", "4月17日已通报"],
        ["5", "汛前防汛物资清点", "安全环保部", "申晓东", "持续", "每周五报进度"],
        ["6", "营业厅自助缴费机故障维修", "客户服务中心", "（待定）", "尽快", "厂家售后未响应"],
    ]
    trs = []
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        trs.append("<tr height=20 style='height:15.0pt'>" + "".join(
            "<td class=%s style='border:.5pt solid windowtext'>%s</td>" % (cls, H.escape(c) if c else "&nbsp;")
            for c in r) + "</tr>")
    table = ("<table border=0 cellpadding=0 cellspacing=0 width=620 style='border-collapse:collapse;width:465pt'>\n"
             + "\n".join(trs) + "\n</table>")
    before = ["各部门：", "", "4月20日生产调度周例会纪要如下，表中事项请各责任人按时完成。", ""]
    after = ["", "秦总强调：汛期将至，各部门要把安全放在第一位，管网巡查频次不得降低。", "",
             "下次例会：下周一上午8:30，生产调度室。", "", "牛建平", "生产运行部"]
    plain = "\r\n".join(before + ["\t".join(r) for r in rows] + after) + "\r\n"
    htm = outlook_html(before + [table] + after, "gb2312").replace(
        "<style><!--", "<style><!--\n.xl65 {mso-number-format:\"\\@\"; font-size:10.5pt;}\n"
                       ".xl66 {font-weight:700; background:#D9E1F2;}")
    part = multi("alternative", [
        text(plain, "plain", "gb2312", "base64"),
        text(htm, "html", "gb2312", "quoted-printable"),
    ], "----=_NextPart_000_0027_01DCD0A5.2B9E3F10", preamble="This is a multipart message in MIME format.")
    hs = [
        ("Return-Path", "<niujianping@zzsw.example.cn>"),
        zz_received(date, "10.30.8.15", "4ZHk7R2wDcz9", "NIUJP-PC"),
        ("From", addr("牛建平", "niujianping@zzsw.example.cn", "gb2312")),
        ("To", alist([P("常亮"), P("王瑞"), P("贾文静"), P("郝鹏"), P("范志强"), P("申晓东")], "gb2312")),
        ("Cc", alist([P("秦国栋"), ZZBOT], "gb2312")),
        ("Subject", ew("生产调度周例会纪要（4月20日）", "gb2312")),
        ("Date", date),
        ("Message-ID", "<002701dcd0a5$2b9e3f10$82dabd30$@zzsw.example.cn>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzQpSX3r8Lw2q5nQk6m0c9sKpB1Tg=="),
        ("Content-Language", "zh-cn"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("常亮", "东区DN600主管道漏损点定位", "2026-04-24", "abs:2026-04-24"),
        I("贾文静", "出厂水浊度在线仪表校准", "2026-04-22", "abs:2026-04-22"),
        I("郝鹏", "二水厂加药间改造施工图审查", "2026-04-30", "abs:2026-04-30"),
        I("申晓东", "汛前防汛物资清点", None, "none"),
        I(dept("客户服务中心"), "营业厅自助缴费机故障维修", None, "vague"),
    ]
    notes = ("Sent Mon 2026-04-20 from Outlook, table pasted from Excel. Row 1 names 常亮/王瑞 with 备注 '常亮主责' -> "
             "owner 常亮. Rows 2-3 are plain dates (04-22, 04-30; '设计院4月23日交图' is context). Row 4 已完成 -> "
             "status. Row 5 '持续' with weekly reporting -> an ongoing item with no deadline -> no_due (AMBIGUOUS: "
             "one could read 每周五 as a recurring due date). Row 6 责任人 （待定）, department 客户服务中心 -> "
             "no_owner, 尽快 -> vague_due. 秦总强调 is a policy line. Next: '下周一上午8:30' -> 2026-04-27 08:30.")
    return {"eml": eml, "items": items, "next": NF("2026-04-27", "next:0", "08:30"), "notes": notes}


# ------------------------------------------------------------------ 10618
@case(10618, "zz-soe-flood-prep-exmail-gb18030-yishi", "minutes",
      "Tencent Exmail gb18030 SOE 会议纪要 (泽水办纪〔2026〕15号) in 一是…五是 form with names inside the sentence "
      "('常亮所长负责', '牛建平部长负责'): 端午节前, 6月上旬 (vague, dept-only), 6月10日前, 本周内; a 24小时值班 policy line")
def c10618():
    date = rfcdate(2026, 5, 27, 16, 5, 9)
    lines = [
        "会议纪要",
        "泽水办纪〔2026〕15号",
        "",
        "5月26日，公司总经理秦国栋主持召开防汛备汛专题会议，生产运行部、管网管理所、水质检测中心、工程建设部、"
        "安全环保部负责人参加。会议听取了各部门汛前准备情况汇报，议定事项如下：",
        "",
        "一是管网管理所牵头，于端午节前完成城区12处易涝点排水设施排查，常亮所长负责。",
        "二是安全环保部修订《防汛应急预案》，6月上旬报公司审定。",
        "三是由生产运行部牵头、水质检测中心配合，6月10日前完成两座水厂备用电源带载试验，牛建平部长负责。",
        "四是工程建设部郝鹏部长负责督促北环路管网工程施工单位做好基坑围挡加固，本周内完成。",
        "五是各部门严格执行汛期24小时值班和领导带班制度，值班表报综合办公室备案。",
        "",
        "泽州水务集团综合办公室",
        "2026年5月27日",
    ]
    htm = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\"><div style=\"font-family:"
           "'微软雅黑';font-size:14px\">" + "".join("<div>%s</div>" % (H.escape(x) if x else "<br>") for x in lines) +
           "</div><div><br></div><div><sign signid=\"0\"><div style=\"color:#909090;font-size:12px\">郭红梅 综合办公室"
           "<br>晋城泽州水务集团有限公司</div></sign></div>")
    part = multi("alternative", [
        text("\r\n".join(lines + ["", "郭红梅 综合办公室"]) + "\r\n", "plain", "gb18030", "base64"),
        text(htm, "html", "gb18030", "base64"),
    ], "----=_NextPart_6655D8F5_0B1C3A70_4E2F81A6")
    hs = [
        ("Return-Path", "<guohongmei@zzsw.example.cn>"),
        ("Received", "from smtpbg.exmail.example.com (smtpbg.exmail.example.com [43.155.80.173])\n\tby "
                     "mx.zzsw.example.cn (Postfix) with ESMTPS id 4ZRm9c3Ttdz4\n\tfor <minutes@zzsw.example.cn>; "
                     + date + " (CST)"),
        ("X-QQ-mid", "xmsezb35t1779869109t5a2c1d9e"),
        ("X-QQ-XMAILINFO", "NhUhd2Y0mO2lq9Y8XkNw1sWBz0+ip0gyK6dG9P8n2wE="),
        ("X-QQ-XMRINFO", "M/715EihBoGSf6IYSX1iLFg="),
        ("From", addr("郭红梅", "guohongmei@zzsw.example.cn", "gb18030")),
        ("To", alist([P("常亮"), P("申晓东"), P("牛建平"), P("郝鹏"), P("贾文静")], "gb18030")),
        ("Cc", alist([P("秦国栋"), ZZBOT], "gb18030")),
        ("Subject", ew("关于防汛备汛工作的专题会议纪要", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_3F2A91C07B4E5D16A8C2E0F7@zzsw.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("常亮", "完成城区12处易涝点排水设施排查", "2026-06-18", "holbefore:Dragon Boat Festival"),
        I(dept("安全环保部"), "修订《防汛应急预案》", None, "vague"),
        I("牛建平", "完成两座水厂备用电源带载试验", "2026-06-10", "abs:2026-06-10"),
        I("郝鹏", "督促北环路管网工程施工单位做好基坑围挡加固", "2026-05-31", "eow"),
    ]
    notes = ("Sent Wed 2026-05-27 (Exmail, gb18030). The named person at the end of each 一是 sentence owns it "
             "(常亮所长=常亮, 牛建平部长, 郝鹏部长); the leading unit is context. 端午节前 -> last working day before "
             "06-19 = 06-18. 二是: unit only (安全环保部) and '6月上旬' -> no_owner, vague_due. 6月10日前 -> 06-10. "
             "'本周内完成' -> end of the Mon-Sun week, Sunday 05-31 (AMBIGUOUS: a business reader may say Friday 05-29; "
             "the research table resolves 本周内 to the calendar-week end). 五是 (24小时值班) is a standing rule, not an "
             "item. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10619
@case(10619, "zz-soe-forwarded-minutes-preface-reassigns", "minutes",
      "Outlook '转发:' of burst-pipe review minutes with a preface that reassigns item 3 (王瑞 -> 常所长): the preface "
      "wins; items sit under the 发件人/发送时间 block; 6月12日前, 6月11日前, 下周四前, 本周内")
def c10619():
    date = rfcdate(2026, 6, 10, 8, 55, 37)
    lines = [
        "常所、王瑞、贾工：",
        "",
        "昨天的复盘纪要转给纪要助手跟踪。第3项原定王瑞负责，经研究改由常所长负责，其他不变。",
        "",
        "牛建平",
        "",
        "发件人: 王瑞 <wangrui@zzsw.example.cn>",
        "发送时间: 2026年6月9日 17:48",
        "收件人: 牛建平 <niujianping@zzsw.example.cn>",
        "抄送: 常亮 <changliang@zzsw.example.cn>; 贾文静 <jiawenjing@zzsw.example.cn>; 范志强 <fanzhiqiang@zzsw.example.cn>",
        "主题: 6月8日凤台街DN300爆管抢修复盘会纪要",
        "",
        "牛部长：",
        "6月8日凤台街DN300爆管抢修复盘会纪要如下：",
        "1. 抢修中发现3处阀门关闭不严，王瑞负责6月12日前完成凤台街片区阀门普查。",
        "2. 贾工负责6月11日前出具恢复供水后水质检测报告。",
        "3. 王瑞负责编写抢修复盘报告并提出管材更换建议，下周四前。",
        "4. 客服中心范经理：对受影响的386户用户逐户回访，本周内完成。",
        "王瑞",
    ]
    hl = []
    for x in lines:
        if x.startswith("发件人:"):
            hl.append('<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>')
        hl.append(x)
    hl.append("</div>")
    part = multi("alternative", [
        text("\r\n".join(lines) + "\r\n", "plain", "utf-8", "base64"),
        text(outlook_html(hl, "utf-8"), "html", "utf-8", "quoted-printable"),
    ], "----=_NextPart_000_0063_01DCF8A1.4C7B2E90", preamble="This is a multipart message in MIME format.")
    hs = [
        ("Return-Path", "<niujianping@zzsw.example.cn>"),
        zz_received(date, "10.30.8.15", "4ZVd3L0pXqz8", "NIUJP-PC"),
        ("From", addr("牛建平", "niujianping@zzsw.example.cn")),
        ("To", alist([P("常亮"), P("王瑞"), P("贾文静")])),
        ("Cc", alist([P("范志强"), ZZBOT])),
        ("Subject", ew("转发: 6月8日凤台街DN300爆管抢修复盘会纪要")),
        ("Date", date),
        ("Message-ID", "<006301dcf8a1$4c7b2e90$e5718bb0$@zzsw.example.cn>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzYoUl7Ktq1dMFbSfyVm3Q7r0c8aA=="),
        ("Content-Language", "zh-cn"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("王瑞", "完成凤台街片区阀门普查", "2026-06-12", "abs:2026-06-12"),
        I("贾文静", "出具恢复供水后水质检测报告", "2026-06-11", "abs:2026-06-11"),
        I("常亮", "编写抢修复盘报告并提出管材更换建议", "2026-06-18", "next:3"),
        I("范志强", "对受影响的386户用户逐户回访", "2026-06-14", "eow"),
    ]
    notes = ("Forward (Wed 2026-06-10) of minutes written 06-09; the bot was added on the forward, so the items sit "
             "below the Outlook 发件人/发送时间 block and must not be stripped as a quote. The preface reassigns item "
             "3 from 王瑞 to 常所长 (=常亮): the gold follows the preface (AMBIGUOUS only for a parser that ignores "
             "prefaces; a human reader applies it). 贾工=贾文静, 范经理=范志强. 下周四前 -> 06-18 and 本周内 -> Sunday "
             "06-14, the same from either the forward date or the original 06-09. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10620
@case(10620, "zz-soe-water-quality-minutes-pdf", "minutes",
      "Text-only cover note with the minutes as a PDF (reportlab, CID font): 7月底前, 本周内, 下周四前 (task after the "
      "date), a whole-centre item with 时间待定; 下次会议 '8月中旬' (vague -> no follow-up)")
def c10620():
    date = rfcdate(2026, 7, 14, 15, 20, 6)
    pdf = make_pdf([
        "#水质检测中心月度质量分析会纪要",
        "时间：2026年7月13日 15:00    地点：水质检测中心会议室",
        "参加：贾文静、王瑞、检测一组及二组组长；列席：郝鹏",
        "一、情况通报",
        "6月出厂水42项常规指标全部合格，管网水综合合格率99.6%，末梢水余氯偏低点位3个。",
        "二、工作安排",
        "1. 贾文静：7月底前完成水源地丰水期全分析采样。",
        "2. 王瑞：对末梢水余氯偏低的3个点位提出加装在线监测点位方案，本周内。",
        "3. 郝部长：下周四前向中心反馈新建加氯间设备选型参数。",
        "4. 实验室CMA资质复评审准备，中心全员参与，时间待定。",
        "三、下次会议：8月中旬，具体时间另行通知。",
        "记录：检测一组",
    ], "zxjc-0713")
    body = ("各位好，\n\n7月13日月度质量分析会纪要见附件（PDF），盖章版已存档。\n请王瑞、郝部长留意各自事项的时间。\n\n"
            "贾文静\n水质检测中心\n")
    part = multi("mixed", [
        text(body, "plain", "utf-8", "base64"),
        attach(pdf, "application/pdf", "水质检测中心月度质量分析会纪要0713.pdf"),
    ], "----=_001_NextPart474801258863_=----", preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Return-Path", "<jiawenjing@zzsw.example.cn>"),
        zz_received(date, "10.30.9.41", "4ZbV0m7GsPz1"),
        ("Date", date),
        ("From", addr("贾文静", "jiawenjing@zzsw.example.cn")),
        ("To", alist([P("王瑞"), P("郝鹏")])),
        ("Cc", alist([P("牛建平"), ZZBOT])),
        ("Subject", ew("水质检测中心7月月度质量分析会纪要")),
        ("X-Priority", "3"),
        ("X-GUID", "A0C3E5F1-2B7D-4E19-8C60-5D9A1F3B7E24"),
        ("X-Has-Attach", "yes"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<2026071415200598127114@zzsw.example.cn>"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("贾文静", "完成水源地丰水期全分析采样", "2026-07-31", "me"),
        I("王瑞", "对末梢水余氯偏低的3个点位提出加装在线监测点位方案", "2026-07-19", "eow"),
        I("郝鹏", "向中心反馈新建加氯间设备选型参数", "2026-07-23", "next:3"),
        I(dept("水质检测中心"), "实验室CMA资质复评审准备", None, "vague"),
    ]
    notes = ("Sent Tue 2026-07-14; the minutes are only in the PDF. 7月底前 -> 07-31; '本周内' -> Sunday 07-19 "
             "(AMBIGUOUS as in 10618: business reading Friday 07-17); '下周四前' -> 07-23; 郝部长=郝鹏. Item 4 is owned "
             "by the whole centre -> no_owner, department 水质检测中心, 时间待定 -> vague_due. 情况通报 is a report. "
             "'下次会议：8月中旬' is vague -> next_followup null.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10621
@case(10621, "zz-soe-burst-pipe-hours-mailmaster-saturday", "minutes",
      "NetEase Mail Master (phone) emergency record on a Saturday 06:50 in the seed 问题协调解决记录表 key：value form: "
      "2小时内 / 1小时内 (due_time from the Date header), 今天上午10点前, 中午12点前, 明早9点前; next '今天下午3点'")
def c10621():
    date = rfcdate(2026, 8, 1, 6, 50, 0)
    body = """各位领导、同事：

凌晨爆管抢修协调情况记录如下，请各责任人按时间节点落实，有情况随时电话。

问题编号：ZZ-QX-0801
问题描述：凤台街与泽州路交叉口DN400供水主管凌晨4:40爆管，周边约2100户停水
提交人：王瑞    提交时间：8月1日 05:10
紧急程度：高
影响范围：凤台街、泽州路沿线约2100户，含市第三人民医院
责任部门：管网管理所（主责）、客户服务中心、水质检测中心
处置安排：
① 常亮：2小时内完成关阀降压
② 常亮：组织抢修队更换破损管段，今天中午12点前恢复供水
③ 范经理：1小时内发布停水短信通知
④ 范经理：安排送水车到医院及小区，今天上午10点前到位
⑤ 贾工：恢复供水后立即采样，明早9点前出具水质检测报告
实际解决时间：（待填）

今天下午3点在调度室碰头复盘。

常亮
发自网易邮箱大师
"""
    htm = ("<div style=\"font-size:14px;font-family:'PingFang SC'\">" + "".join(
        "<div>%s</div>" % (H.escape(x) if x else "<br>") for x in body.split("\n")) + "</div>")
    part = multi("alternative", [
        text(body, "plain", "UTF-8", "base64"),
        text(htm, "html", "UTF-8", "base64"),
    ], "----=_Part_3f1c9a0e_7b2d4c51.1785538200104")
    hs = [
        ("Return-Path", "<changliang@zzsw.example.cn>"),
        zz_received(date, "223.104.12.87", "4Zj2x05bNvz3", "[192.168.43.2]"),
        ("Date", date),
        ("From", addr("常亮", "changliang@zzsw.example.cn")),
        ("To", alist([P("牛建平"), P("范志强"), P("贾文静"), P("王瑞")])),
        ("Cc", alist([P("秦国栋"), ZZBOT])),
        ("Message-ID", "<3f1c9a0e.7b2d4c51.19c0a7e5b2f.mailmaster@zzsw.example.cn>"),
        ("Subject", ew("【紧急】凤台街DN400供水主管爆管抢修协调（8月1日凌晨）")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase Mail Master iOS 7.19.3"),
        ("X-Priority", "1"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("常亮", "完成关阀降压", "2026-08-01", "h:2", "08:50"),
        I("常亮", "组织抢修队更换破损管段", "2026-08-01", "today", "12:00"),
        I("范志强", "发布停水短信通知", "2026-08-01", "h:1", "07:50"),
        I("范志强", "安排送水车到医院及小区", "2026-08-01", "today", "10:00"),
        I("贾文静", "出具水质检测报告", "2026-08-02", "d:1", "09:00"),
    ]
    notes = ("Emergency record sent Sat 2026-08-01 06:50 (weekend; hours are clock hours). '2小时内' -> 08:50 and "
             "'1小时内' -> 07:50 counted from the Date header; '今天中午12点前' -> 08-01 12:00 (the task is the "
             "repair; '恢复供水' is its goal); '今天上午10点前' -> 08-01 10:00; '明早9点前' -> 08-02 09:00. 范经理="
             "范志强, 贾工=贾文静. 问题描述/影响范围 lines are facts; '实际解决时间：（待填）' is empty. Next: '今天下午3点"
             "…碰头复盘' -> 2026-08-01 15:00.")
    return {"eml": eml, "items": items, "next": NF("2026-08-01", "today", "15:00"), "notes": notes}
