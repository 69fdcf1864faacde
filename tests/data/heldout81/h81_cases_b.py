"""heldout81 cases 10906-10910: the Wuhai bureau (continued) and the first 客都金柚 case."""
from h81lib import (Case, It, ad, alist, attach, div_html, ew, flow, make_pdf, message, multipart, outlook_html,
                    pa, part, received, table_html, tpart, htmlesc)

DOM = "hbwzf.example.gov.cn"
BOT = ad("纪要助手", "minutes@" + DOM)


def c10906():
    cs = "GBK"
    date = "Fri, 22 May 2026 17:45:09 +0800"
    new = """各位：

今天下午召开了背街小巷整治第二次推进会，纪要直接接在这个邮件里发，方便大家对照上次的进度。

一、上次事项完成情况
1.第一轮排查问题清单——已完成（共排查小巷46条，问题点位213处）。
2.商户告知书发放——已完成。
3.路灯损坏情况统计——已完成，共27盏。

二、本次待办
1.苏日娜：更新整治台账并报送局办公室，下周五下班前。
2.巴特尔：对拒不整改的12户商户下达责令限期整改通知书，5月27日前。
3.任国栋：修复金沙路、海北街损坏路灯27盏，月底前全部亮灯。

下次推进会另行通知。




贾志刚
市容环境卫生科"""
    quoted = """
 
发件人： 苏日娜
发送时间： 2026-05-08 16:20
收件人： 贾志刚
抄送： 巴特尔; 任国栋
主题： 回复: 背街小巷整治推进情况
收到，台账已按清单更新。

 
发件人： 贾志刚
发送时间： 2026-05-08 11:02
收件人： 苏日娜; 巴特尔; 任国栋
主题： 背街小巷整治推进情况
各位：
第一次推进会议定：
1.苏日娜：5月12日前汇总第一轮排查问题清单。
2.巴特尔：5月15日前完成沿街商户告知书发放。
3.任国栋：5月15日前统计路灯损坏情况。
贾志刚"""
    text = (new + "\n" + quoted + "\n").replace("\n", "\r\n")
    html_new = "".join("<div>%s</div>" % (htmlesc(l) if l else "<br>") for l in new.split("\n"))
    html_q = "".join("<div>%s</div>" % (htmlesc(l) if l.strip() else "<br>") for l in quoted.split("\n"))
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\"><style>body { line-height: 1.5; }"
            "</style></head><body>\n<div><span></span>%s</div>\n<blockquote style=\"margin-Top: 0px; margin-Bottom: 0px; "
            "margin-Left: 0.5em; margin-Right: inherit\"><div style=\"border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            "%s</div></blockquote>\n</body></html>\n" % (html_new, html_q))
    ctype, body = multipart("alternative", "----=_001_NextPart316270518413_=----",
                            [tpart(text, cs, "base64"), tpart(html, cs, "quoted-printable", sub="html")],
                            preamble="This is a multi-part message in MIME format.")
    hdr = [
        ("Return-Path", "<jiazhigang@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("JIAZG-PC", "10.12.5.18", "mail." + DOM, "4bX9dR1mLs", date + " (CST)", "minutes@" + DOM)),
        ("Date", date),
        ("From", ad("贾志刚", "jiazhigang@" + DOM, cs)),
        ("To", alist([ad("苏日娜", "surina@" + DOM, cs), ad("巴特尔", "bateer@" + DOM, cs), ad("任国栋", "renguodong@" + DOM, cs)])),
        ("Cc", alist([ad("乔慧敏", "qiaohuimin@" + DOM, cs), ad("纪要助手", "minutes@" + DOM, cs)])),
        ("Subject", "RE: " + ew("回复: 背街小巷整治推进情况", cs)),
        ("References", "<202605081102317318462@hbwzf.example.gov.cn>,\n <202605081620115524801@hbwzf.example.gov.cn>"),
        ("In-Reply-To", "<202605081620115524801@hbwzf.example.gov.cn>"),
        ("X-Priority", "3"),
        ("X-GUID", "7B1D4C2A-9E35-4F08-A6C1-3D52E8B07F19"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202605221745093104527@hbwzf.example.gov.cn>"),
        ("Content-Type", ctype),
    ]
    items = [
        It("苏日娜", "更新整治台账并报送局办公室", "next:4"),
        It("巴特尔", "对拒不整改的12户商户下达责令限期整改通知书", "abs:2026-05-27"),
        It("任国栋", "修复金沙路、海北街损坏路灯27盏", "monthend"),
    ]
    notes = ("New minutes (second 推进会) posted as 'RE: 回复:' in an old Foxmail thread (GBK, base64 text + QP HTML). Sent Fri "
             "2026-05-22. Only 本次待办 counts: '上次事项完成情况' lines are 已完成 status, and the Foxmail-quoted first-meeting items "
             "(5月12日前/5月15日前) belong to the old mail. '下周五下班前' -> Fri 2026-05-29 (no time per corpus convention); "
             "5月27日前 -> 2026-05-27; '月底前' -> 2026-05-31. '下次推进会另行通知' -> no follow-up.")
    return Case(10906, "gov-new-minutes-in-old-thread-foxmail-gbk", "minutes", message(hdr, body, crlf=True), items, None,
                notes, "Foxmail GBK: new minutes posted as RE: in an old thread; done-review section and quoted old items not "
                "extracted; 下周五下班前, 月底前")


def c10907():
    date = "Mon, 6 Jul 2026 10:12:44 +0800"
    pdf = make_pdf([
        (16, "执法案卷评查情况反馈会纪要"),
        (11, "时间：2026年7月3日下午　地点：法制科会议室"),
        (11, "参加：温雅琴、巴特尔、吉日格拉、法制科全体人员"),
        (12, "一、评查情况"),
        (11, "共评查上半年执法案卷58卷，其中优秀21卷，合格33卷，不合格4卷。主要问题：文书填写不规范、证据材料不全、归档不及时。"),
        (12, "二、整改要求"),
        (11, "（一）执法一中队：补正3份不合格案卷的执法文书。责任人：巴特尔；完成时限：7月10日前。"),
        (11, "（二）执法二中队：完成上半年案卷归档。责任人：吉日格拉；完成时限：7月15日前。"),
        (11, "（三）执法一中队：完成执法记录仪数据上传自查。责任人：巴特尔；完成时限：7月8日前。"),
        (11, "（四）执法二中队：完成执法记录仪数据上传自查。责任人：吉日格拉；完成时限：7月8日前。"),
        (11, "（五）法制科：组织一次执法文书规范化培训。责任人：温雅琴；完成时限：7月中旬。"),
        (12, "三、其他"),
        (11, "下半年案卷评查拟于12月开展，评查结果纳入年度考核。"),
        (10, "海勃湾区城市管理综合行政执法局法制科　2026年7月3日"),
    ], "zh", "执法案卷评查情况反馈会纪要", "温雅琴")
    text = ("巴队、吉队：\r\n\r\n上周五（7月3日）法制科对两个中队上半年执法案卷进行了评查，反馈会纪要及整改要求见附件PDF，"
            "请对照落实，按时限把整改情况报法制科。\r\n\r\n温雅琴\r\n法制科\r\n")
    html = outlook_html(text.replace("\r\n", "\n").split("\n"), "utf-8")
    alt_ct, alt = multipart("alternative", "----=_NextPart_001_0047_01DD0D0B.6E8B1C20",
                            [tpart(text, "utf-8", "quoted-printable"), tpart(html, "utf-8", "quoted-printable", sub="html")])
    ctype, body = multipart("mixed", "----=_NextPart_000_0046_01DD0D0B.6E8B1C20",
                            [part(["Content-Type: " + alt_ct], alt),
                             attach(pdf, "application/pdf", "执法案卷评查反馈会纪要0703.pdf")],
                            preamble="This is a multipart message in MIME format.")
    hdr = [
        ("Return-Path", "<wenyaqin@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("WENYQ-LAPTOP", "10.12.6.33", "mail." + DOM, "4bF3sW8nHc", date + " (CST)", "minutes@" + DOM)),
        ("From", pa("温雅琴")),
        ("To", alist([pa("巴特尔"), pa("吉日格拉")])),
        ("Cc", alist([pa("郝建军"), BOT])),
        ("Subject", ew("执法案卷评查情况反馈会纪要")),
        ("Date", date),
        ("Message-ID", "<004601dd0d0b$6e8b1c20$4ba15460$@hbwzf.example.gov.cn>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdsNC26LHCBO0m1uR1GqE7Fz0uQdXQ=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("巴特尔", "补正3份不合格案卷的执法文书", "abs:2026-07-10"),
        It("吉日格拉", "完成上半年案卷归档", "abs:2026-07-15"),
        It("巴特尔", "完成执法记录仪数据上传自查", "abs:2026-07-08"),
        It("吉日格拉", "完成执法记录仪数据上传自查", "abs:2026-07-08"),
        It("温雅琴", "组织一次执法文书规范化培训", "vague"),
    ]
    notes = ("Outlook UTF-8 mail whose minutes are only in a PDF attachment (整改要求 （一）…（五）, 责任人/完成时限). Sent Mon "
             "2026-07-06 for a meeting held 07-03. Items (三) and (四) have the same task text '完成执法记录仪数据上传自查' for two "
             "different owners: two items. 7月10日前/7月15日前/7月8日前 -> those dates; '7月中旬' -> vague_due (corpus convention, "
             "中旬 gives no date). The 评查情况 figures and '下半年案卷评查拟于12月开展' are facts/plans, not items.")
    return Case(10907, "gov-review-feedback-pdf-same-task-outlook", "minutes", message(hdr, body, crlf=True), items, None,
                notes, "Outlook UTF-8, minutes only in a PDF; two items with the same task text for two owners; 7月中旬 vague",
                attach_expect=["执法记录仪数据上传自查"])


def c10908():
    cs = "gb18030"
    date = "Mon, 6 Jul 2026 10:40:03 +0800"
    text = ("您好，您的邮件已收到。\r\n\r\n本人7月6日至7月10日在呼和浩特参加自治区城管执法业务培训，期间不能及时查看邮件。"
            "紧急事务请联系执法一中队副中队长王磊（电话0473-2035160），或于7月13日后再与我联系。\r\n\r\n巴特尔\r\n执法一中队\r\n")
    body = tpart(text, cs, "base64")
    hdr = [
        ("Return-Path", "<bateer@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("smtpbg.wecom.example.com", "198.51.100.79", "mail." + DOM, "4bF4aP2kVe",
                              date + " (CST)", "minutes@" + DOM)),
        ("X-QQ-mid", "bizesmtp22t1783305603tz8c6p1w"),
        ("Date", date),
        ("From", ad("巴特尔", "bateer@" + DOM, cs)),
        ("To", ad("纪要助手", "minutes@" + DOM, cs)),
        ("Subject", ew("自动回复：Re: 执法案卷评查情况反馈会纪要", cs)),
        ("In-Reply-To", "<mb-81f3a0c6e2d94b17@hbwzf.example.gov.cn>"),
        ("Message-ID", "<tencent_4A0B7E1C9D2F3E6A5B8C0D17@qq.example.com>"),
        ("MIME-Version", "1.0"),
    ]
    raw = message(hdr, b"")
    raw = raw[:-1] + body  # the part's own Content-Type/CTE lines become message headers
    notes = ("Out-of-office reply to the bot's recap of 10907, from the WeCom/Exmail auto-responder WITHOUT Auto-Submitted or "
             "Precedence headers: only the '自动回复：' subject and the canned wording show it is automatic. The body has dates "
             "(7月6日至7月10日, 7月13日后) and a delegate, none of which is an item or a command: kind auto.")
    return Case(10908, "auto-ooo-wecom-no-autosubmitted-gb18030", "auto", raw, [], None, notes,
                "WeCom auto-reply gb18030 without Auto-Submitted/Precedence: subject 自动回复 + wording -> auto")


def c10909():
    date = "Mon, 3 Aug 2026 18:20:31 +0800"
    text = """各位领导、同事：

今天周例会记录如下（按发言人整理），如有遗漏请补充。

【贾科长】
- 垃圾分类督导员7月考核已完成，结果已在工作群公布。
- ① 周三前把8月督导员排班表发出来；
- ② 8月7日出公厕保洁考核通报。

【巴队】
- 夜市延时经营需要先备案，明天下班前把备案材料整理好交法制科；
- 和市监局联合检查烧烤摊油烟，时间待定，等市监局回复。

【乔主任】
- 半年工作总结8月10日前报区委办，各科室、中队的材料8月6日前给她。

【闫晓峰（本人）】
- 平台升级已于7月31日完成，积水点上报功能已上线。
- 无新增事项。

下次例会：8月10日（周一）下午4点，局三楼会议室。

-- 
闫晓峰
数字城管指挥中心
"""
    body = tpart(flow(text), "UTF-8", "8bit", params="; format=flowed", quote_cs=False)
    hdr = [
        ("Return-Path", "<yanxiaofeng@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("[10.12.5.90]", "10.12.5.90", "mail." + DOM, "4bK0xL5qBa", date + " (CST)", "minutes@" + DOM)),
        ("Message-ID", "<5f3c9a21-7b0e-4d6c-8e1a-93b2c4d7f015@hbwzf.example.gov.cn>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", alist([pa("郝建军"), pa("乔慧敏"), pa("贾志刚"), pa("巴特尔")])),
        ("Cc", BOT),
        ("From", pa("闫晓峰")),
        ("Subject", ew("8月3日周例会记录")),
    ]
    raw = message(hdr, b"")[:-1] + body
    items = [
        It("贾志刚", "发出8月督导员排班表", "wd:2"),
        It("贾志刚", "出公厕保洁考核通报", "abs:2026-08-07"),
        It("巴特尔", "整理夜市延时经营备案材料交法制科", "rel:1"),
        It("巴特尔", "和市监局联合检查烧烤摊油烟", "vague"),
        It("乔慧敏", "半年工作总结报区委办", "abs:2026-08-10"),
        It(None, "各科室、中队向办公室报送半年工作总结材料", "abs:2026-08-06"),
    ]
    notes = ("Thunderbird 8bit UTF-8 format=flowed, minutes grouped by speaker with titles (贾科长 = 贾志刚, 巴队 = 巴特尔, 乔主任 = "
             "乔慧敏). Sent Mon 2026-08-03. '周三前' (bare weekday) -> Wed 2026-08-05; 8月7日 -> 2026-08-07; '明天下班前' -> "
             "2026-08-04 (no time); '时间待定' -> vague_due; 8月10日前 -> 2026-08-10. AMBIGUOUS: '各科室、中队的材料8月6日前给她' is "
             "a request to every unit; recorded as an item without owner (no_owner, due 2026-08-06), as most readers would note it. "
             "Lines '已完成/已上线/无新增事项' are reports. '下次例会：8月10日（周一）下午4点' -> 2026-08-10 16:00.")
    return Case(10909, "gov-grouped-by-speaker-thunderbird-flowed", "minutes", raw, items, ("abs:2026-08-10", "16:00"), notes,
                "Thunderbird flowed 8bit: minutes grouped by speaker with titles (贾科长/巴队/乔主任), ①② sub-tasks, reports not "
                "items, request to every unit (AMBIGUOUS), bare 周三前, 明天下班前, next 例会")


def c10910():
    dom = "kedujinyou.example.cn"
    date = "Wed, 15 Apr 2026 18:02:26 +0800"
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
            "解决方案/进展", "下次沟通时间", "负责人"]
    row = ["EC2026-04-15", "2026-04-15", "Smaki Wschodu（波兰罗兹）/Agnieszka Wróbel", "外贸部/曾嘉欣", "客户",
           "蜂蜜柚子茶500g罐装拟进波兰连锁超市，要求罐标加印波兰语标签，并提供无添加防腐剂声明；首单预计2个货柜",
           "①研发部罗工4月22日前确认英文版配方表②4月24日前寄送3箱样品（含新版罐标打样）",
           "2026-04-28 16:00（波兰时间10:00）", "叶晓彤"]
    intro = ["钟总、罗工、彤彤：", "", "今天下午和波兰客户Smaki Wschodu的Agnieszka开了视频会，跟进表如下，麻烦大家按时间节点推进。", ""]
    outro = ["", "补充：客户提到欧盟对柚皮农残标准比较严，丘经理那边先了解一下，暂不列入本次事项。", "",
             "曾嘉欣 Cindy Zeng", "外贸部经理 | 梅州客都金柚食品有限公司", "Tel: +86 753 2236 018"]
    text = "\r\n".join(intro + ["外部沟通跟进表", "\t".join(head), "\t".join(row)] + outro) + "\r\n"
    tbl = table_html([head, row], 'class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none"')
    html = outlook_html(intro, "utf-8").replace(
        "\n</div></body>", "\n<p class=MsoNormal><b>外部沟通跟进表</b></p>\n%s\n%s\n</div></body>" % (
            tbl, "\n".join("<p class=MsoNormal>%s</p>" % (htmlesc(l) or "&nbsp;") for l in outro)))
    ctype, body = multipart("alternative", "----=_NextPart_000_0088_01DCCCC8.5A3E2F70",
                            [tpart(text, "utf-8", "quoted-printable"), tpart(html, "utf-8", "quoted-printable", sub="html")],
                            preamble="This is a multipart message in MIME format.")
    hdr = [
        ("Return-Path", "<zengjiaxin@%s>" % dom),
        ("Delivered-To", "minutes@" + dom),
        ("Received", received("CINDY-PC", "192.168.10.46", "mx." + dom, "4bL2hZ7cRv", date + " (CST)", "minutes@" + dom)),
        ("From", pa("曾嘉欣")),
        ("To", alist([pa("钟伟雄"), pa("罗锦辉"), pa("叶晓彤")])),
        ("Cc", ad("纪要助手", "minutes@" + dom)),
        ("Subject", ew("Smaki Wschodu视频会跟进（EC2026-04-15）")),
        ("Date", date),
        ("Message-ID", "<008801dcccc8$5a3e2f70$0ebb8e50$@kedujinyou.example.cn>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzMyFo+L3AOu45QQ0OVk2S2ZWsYpA=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("罗锦辉", "确认英文版配方表", "abs:2026-04-22"),
        It("叶晓彤", "寄送3箱样品（含新版罐标打样）", "abs:2026-04-24"),
    ]
    notes = ("Seed 外部沟通跟进表 (customer row) in Outlook UTF-8 QP, HTML table + tab-separated plain text. Sent Wed 2026-04-15. "
             "① names 研发部罗工 (= 罗锦辉) inline, 4月22日前 -> 2026-04-22. ② names nobody, so the row's 负责人 叶晓彤 owns it; "
             "4月24日前 -> 2026-04-24. 下次沟通时间 '2026-04-28 16:00（波兰时间10:00）' gives two time zones: 16:00 Asia/Shanghai = "
             "10:00 CEST -> 2026-04-28 16:00. The 丘经理 remark is explicitly '暂不列入本次事项' -> not an item. 首单2个货柜 is customer info.")
    return Case(10910, "pomelo-ec-followup-table-outlook-utf8", "minutes", message(hdr, body, crlf=True), items,
                ("abs:2026-04-28", "16:00"), notes,
                "Seed 外部沟通跟进表 (Polish customer) Outlook UTF-8: row 负责人 owns the unnamed sub-task; 下次沟通时间 in two time "
                "zones; remark explicitly not an item")


CASES = [c10906, c10907, c10908, c10909, c10910]
