"""heldout81 cases 10934-10938: 河源恒拓智能锁业 (continued) and its Brazilian customer Trava Segura."""
from h81lib import (Case, It, ad, alist, div_html, ew, htmlesc, message, multipart, outlook_html, pa, received, tpart)

HT = "hengtuo-lock.example.cn"
TS = "travasegura.example.com.br"
BOT = ad("纪要助手", "minutes@" + HT)
MSGID_10934 = "<A3F7C1E9-4B2D-4E8A-9C61-7D05B3E2F418@hengtuo-lock.example.cn>"

SENTENCE = ("上午X9二代方案沟通会，本次沟通确认4件事：①确定X9二代主控方案（负责人：骆总监，截止时间：周四17:00）；"
            "②同步巴西客户包装需求给研发（负责人：赖经理，截止时间：{d2}）；③审批试产预算（负责人：邓总，截止时间：7月24日）；"
            "④APP固件OTA灰度发布（负责人：阿杰，截止时间：另行通知）。")


def _items(rule2):
    return [
        It("骆文斌", "确定X9二代主控方案", "wd:3", "17:00"),
        It("赖诗琪", "同步巴西客户包装需求给研发", rule2, "12:00"),
        It("邓国华", "审批试产预算", "abs:2026-07-24"),
        It("何俊杰", "APP固件OTA灰度发布", "vague"),
    ]


def c10934():
    date = "Mon, 20 Jul 2026 12:30:08 +0800"
    text = "各位：\n\n" + SENTENCE.format(d2="周二12:00") + "\n\n如有异议请于今日内回复。\n\n蓝宇航\n"
    body = tpart(text, "utf-8", "quoted-printable", quote_cs=False)
    hdr = [
        ("Return-Path", "<lanyuhang@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("[192.168.31.77]", "192.168.31.77", "mail." + HT, "4bN2pY7cBt", date + " (CST)", "minutes@" + HT)),
        ("From", pa("蓝宇航")),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
        ("Subject", ew("X9二代方案沟通会纪要")),
        ("Message-Id", MSGID_10934),
        ("Date", date),
        ("To", alist([pa("骆文斌"), pa("赖诗琪"), pa("邓国华"), pa("何俊杰")])),
        ("Cc", BOT),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    ]
    raw = message(hdr, b"")[:-1] + body
    notes = ("Apple Mail plain text (UTF-8 QP), the seed sentence '本次沟通确认4件事：①…（负责人：…，截止时间：…）；②…' on one line. "
             "Sent Mon 2026-07-20. Titles/nicknames: 骆总监 = 骆文斌, 赖经理 = 赖诗琪, 邓总 = 邓国华, 阿杰 = 何俊杰. ① '周四17:00' -> "
             "2026-07-23 17:00; ② '周二12:00' -> 2026-07-21 12:00; ③ 7月24日 -> 2026-07-24; ④ '另行通知' -> vague_due. "
             "'如有异议请于今日内回复' is the objection line, not an item. (10936 corrects item ②.)")
    return Case(10934, "lock-seed-sentence-apple-mail", "minutes", raw, _items("wd:1"), None, notes,
                "Apple Mail plain: seed one-line '本次沟通确认4件事：①…（负责人：骆总监，截止时间：周四17:00）' with title aliases; "
                "另行通知")


def c10935():
    date = "Wed, 29 Jul 2026 15:00:52 +0800"
    body_lines = [
        "转发腾讯会议的AI纪要，请大家按待办推进。", "",
        "腾讯会议 AI 纪要 | X9巴西项目周会",
        "会议时间：2026/07/29 14:00-14:45",
        "参会人员：赖诗琪、谢思远、何俊杰、黎永强、蓝宇航", "",
        "【会议摘要】",
        "谢思远已完成INMETRO第一轮整改样品寄送；何俊杰反馈安卓14部分机型APP闪退，预计本周内修复；黎永强介绍首批500套排产需要8月上旬开始，"
        "物料齐套率目前92%。", "",
        "【待办事项】",
        "1. 谢思远：提交INMETRO整改资料（8月3日前）",
        "2. 何俊杰：修复APP在安卓14闪退问题（本周五）",
        "3. 黎永强：首批500套排产（8月上旬）",
        "4. 赖诗琪：向客户确认唛头和条码要求（8月4日下班前）", "",
        "【下次会议】8月5日 15:00", "",
        "以上内容由腾讯会议AI生成，仅供参考", "",
        "赖诗琪",
    ]
    text = "\n".join(body_lines) + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb18030\"></head><body>"
            "<div style=\"font-family:'Microsoft YaHei';font-size:14px\">%s</div></body></html>\n"
            % "".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in body_lines))
    cs = "gb18030"
    ctype, body = multipart("alternative", "----=_NextPart_6A69A5D4_0C3E1B78_4F2A9D60",
                            [tpart(text.replace("\n", "\r\n"), cs, "base64"), tpart(html, cs, "base64", sub="html")],
                            preamble="This is a multi-part message in MIME format.")
    hdr = [
        ("Return-Path", "<laishiqi@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("smtpbg.exmail.example.com", "198.51.100.153", "mail." + HT, "4bP6rA1dCu", date + " (CST)",
                              "minutes@" + HT)),
        ("X-QQ-mid", "bizmailvip27t1785308452tu9b3n6m"),
        ("From", ad("赖诗琪", "laishiqi@" + HT, cs)),
        ("To", alist([ad(n, e + "@" + HT, cs) for n, e in
                      (("谢思远", "xiesiyuan"), ("何俊杰", "hejunjie"), ("黎永强", "liyongqiang"), ("蓝宇航", "lanyuhang"))])),
        ("Cc", ad("纪要助手", "minutes@" + HT, cs)),
        ("Subject", ew("转发：腾讯会议AI纪要 | X9巴西项目周会", cs)),
        ("Mime-Version", "1.0"),
        ("Content-Type", ctype),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_6C2E9A4B7D1F3E5A8B0C2D47@qq.example.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("谢思远", "提交INMETRO整改资料", "abs:2026-08-03"),
        It("何俊杰", "修复APP在安卓14闪退问题", "this:4"),
        It("黎永强", "首批500套排产", "vague"),
        It("赖诗琪", "向客户确认唛头和条码要求", "abs:2026-08-04"),
    ]
    notes = ("腾讯会议 AI 纪要 forwarded through Exmail (gb18030 base64). Only 【待办事项】 count; 【会议摘要】 (已完成寄送, 预计本周内修复, "
             "8月上旬开始, 92%) is AI narrative. Sent Wed 2026-07-29. 8月3日前 -> 2026-08-03; '本周五' -> 2026-07-31; '8月上旬' -> "
             "vague_due (like 中旬, no date per corpus convention); '8月4日下班前' -> 2026-08-04 (no time). 【下次会议】8月5日 15:00 "
             "-> 2026-08-05 15:00.")
    return Case(10935, "lock-tencent-meeting-ai-minutes-exmail-gb18030", "minutes", message(hdr, body), items,
                ("abs:2026-08-05", "15:00"), notes,
                "腾讯会议 AI 纪要 via Exmail gb18030: only 待办 counts (摘要 has 本周内/8月上旬), 本周五, 8月上旬 vague, 下班前, "
                "【下次会议】")


def c10936():
    cs = "gb2312"
    date = "Mon, 20 Jul 2026 15:10:27 +0800"
    lines = ["各位：", "", "更正：第②项截止时间由周二12:00调整为周三12:00（赖经理周二全天在深圳见客户），其余不变。完整内容如下：", "",
             SENTENCE.format(d2="周三12:00"), "", "如有异议请于今日内回复。", "", "蓝宇航", "研发中心 产品经理"]
    text = "\r\n".join(lines) + "\r\n"
    html = outlook_html(lines, cs)
    ctype, body = multipart("alternative", "----=_NextPart_000_0031_01DD1816.5E2A7B90",
                            [tpart(text, cs, "base64"), tpart(html, cs, "quoted-printable", sub="html")],
                            preamble="This is a multipart message in MIME format.")
    hdr = [
        ("Return-Path", "<lanyuhang@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("LANYH-PC", "192.168.31.78", "mail." + HT, "4bN3qZ8dCv", date + " (CST)", "minutes@" + HT)),
        ("From", ad("蓝宇航", "lanyuhang@" + HT, cs)),
        ("To", alist([ad(n, e + "@" + HT, cs) for n, e in
                      (("骆文斌", "luowenbin"), ("赖诗琪", "laishiqi"), ("邓国华", "dengguohua"), ("何俊杰", "hejunjie"))])),
        ("Cc", ad("纪要助手", "minutes@" + HT, cs)),
        ("Subject", ew("【更正】X9二代方案沟通会纪要", cs)),
        ("Date", date),
        ("Message-ID", "<003101dd1816$5e2a7b90$1a7f72b0$@hengtuo-lock.example.cn>"),
        ("In-Reply-To", MSGID_10934),
        ("References", MSGID_10934),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdsYFl4qe5ARnK3vTpqW0cF4y2b8Xg=="),
        ("Content-Language", "zh-cn"),
    ]
    notes = ("【更正】 re-send of 10934 in the same thread (In-Reply-To/References), now from Outlook on the PC (gb2312). Still "
             "minutes with all four items; item ② moves '由周二12:00调整为周三12:00' -> 2026-07-22 12:00. The others are unchanged: "
             "2026-07-23 17:00, 2026-07-24, vague. The reason in brackets (周二全天在深圳) is not an item.")
    return Case(10936, "lock-corrected-resend-outlook-gb2312", "minutes", message(hdr, body, crlf=True), _items("wd:2"), None,
                notes, "【更正】 re-send of 10934 in thread (Outlook gb2312): item ② 周二 -> 周三12:00, other items repeated")


def c10937():
    cs = "gb18030"
    date = "Mon, 17 Aug 2026 09:40:26 +0800"
    text = """各位：

上周六生产计划会纪要补发如下，请对照执行。

一、8月产能
X7日产320套；X9试产线8月24日起爬坡，9月目标日产150套。

二、待办
1）二号线自动化改造验收――黎永强，月底前
2）锁芯供应商年度审核――彭晓燕，季度末前完成
3）更新来料检验规范（新增电机电流项）――朱丽萍，8月21日（周五）前
4）中秋员工福利方案――邓总定，中秋节前发放
5）X9试产首件确认――缪启航（谢思远配合），8月24日当天

三、其他
9月20日（周日）调休上班，生产部提前排班。

黎永强
生产部
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb18030\"></head><body>"
            "<div style=\"font-family:'宋体';font-size:14px\">%s</div></body></html>\n"
            % "".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in text.split("\n")))
    ctype, body = multipart("alternative", "----=_NextPart_6A81C6DA_0E4B2C90_7A1D3F58",
                            [tpart(text.replace("\n", "\r\n"), cs, "base64"), tpart(html, cs, "base64", sub="html")],
                            preamble="This is a multi-part message in MIME format.")
    hdr = [
        ("Return-Path", "<liyongqiang@%s>" % HT),
        ("Delivered-To", "minutes@" + HT),
        ("Received", received("smtpbg.exmail.example.com", "198.51.100.155", "mail." + HT, "4bQ9sB2eDw", date + " (CST)",
                              "minutes@" + HT)),
        ("X-QQ-mid", "bizmailvip63t1786930826tc1v5b8n"),
        ("From", ad("黎永强", "liyongqiang@" + HT, cs)),
        ("To", alist([ad(n, e + "@" + HT, cs) for n, e in
                      (("彭晓燕", "pengxiaoyan"), ("朱丽萍", "zhuliping"), ("缪启航", "miaoqihang"), ("谢思远", "xiesiyuan"))])),
        ("Cc", alist([ad("邓国华", "dengguohua@" + HT, cs), ad("纪要助手", "minutes@" + HT, cs)])),
        ("Subject", ew("生产计划会纪要（8月15日）", cs)),
        ("Mime-Version", "1.0"),
        ("Content-Type", ctype),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", date),
        ("Message-ID", "<tencent_1F5A8C3E7B2D9A4C6E0B3D85@qq.example.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("黎永强", "二号线自动化改造验收", "monthend"),
        It("彭晓燕", "锁芯供应商年度审核", "qend"),
        It("朱丽萍", "更新来料检验规范（新增电机电流项）", "abs:2026-08-21"),
        It("邓国华", "确定并发放中秋员工福利方案", "before:2026-09-25"),
        It("缪启航", "X9试产首件确认", "abs:2026-08-24"),
    ]
    notes = ("Exmail gb18030 minutes sent Mon 2026-08-17 for a Saturday meeting. '月底前' -> 2026-08-31; '季度末前' -> 2026-09-30; "
             "'8月21日（周五）前' -> 2026-08-21; '邓总定，中秋节前发放' -> owner 邓国华, due = last working day before the Mid-Autumn "
             "holiday (09-25..09-27) -> Thu 2026-09-24; '缪启航（谢思远配合）' -> owner 缪启航, '8月24日当天' -> 2026-08-24. The 产能 "
             "figures and the 9月20日 make-up Sunday are information, not items.")
    return Case(10937, "lock-production-plan-quarter-midautumn-exmail", "minutes", message(hdr, body), items, None, notes,
                "Exmail gb18030: 月底前, 季度末前, 中秋节前 (last workday before 09-25), X（Y配合）, 8月24日当天")


def c10938():
    date = "Tue, 25 Aug 2026 08:30:14 -0300"
    text = """Dear Sophie, Robin,

Thanks for joining today. Summary of the discussion and actions:

1) Golden samples
Action: HengTuo (Sophie) - ship 2 golden samples of the X9 (BR version) by air - by Sep 4

2) Certification
The INMETRO lab in Curitiba confirmed the test can start once samples arrive.
Action: Paulo - book the INMETRO lab slot - ASAP

3) Voice prompts
Action: Robin - deliver the Portuguese (pt-BR) voice prompt files - by end of September

4) Forecast
Action: Mariana - send the Q4 forecast by store - by Friday

Next meeting: Tuesday Sep 8, 8:30 am BRT / 7:30 pm China.

Kind regards,
Mariana Albuquerque
Compras | Trava Segura Distribuidora Ltda.
Curitiba - PR
"""
    html = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\n</head>\n<body dir=\"ltr\">\n"
            "<div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;\">\n%s\n</div>\n</body>\n</html>\n"
            % "\n".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in text.split("\n")))
    ctype, body = multipart("alternative", "_000_CP4P284MB1732E9B0D5A17F3C2E4A6B90CP4P284MB1732BRAP_",
                            [tpart(text, "iso-8859-1", "quoted-printable"), tpart(html, "iso-8859-1", "quoted-printable", sub="html")])
    hdr = [
        ("Return-Path", "<mariana.albuquerque@%s>" % TS),
        ("Delivered-To", "minutes@" + HT),
        ("Received", "from mail-cp4bra01on2100.outbound.protection.outlook.example.com (192.0.2.210)\n\tby mail.%s (Postfix) "
                     "with ESMTPS id 4bR1tC3fEx\n\tfor <minutes@%s>; Tue, 25 Aug 2026 19:30:19 +0800 (CST)" % (HT, HT)),
        ("From", ad("Mariana Albuquerque", "mariana.albuquerque@" + TS)),
        ("To", alist([ad("Sophie Lai", "laishiqi@" + HT), ad("Robin Luo", "luowenbin@" + HT)])),
        ("CC", alist([ad("Paulo Henrique Costa", "paulo.costa@" + TS), ad("Minutes Bot", "minutes@" + HT)])),
        ("Subject", "Trava Segura x HengTuo - meeting summary 25/08"),
        ("Thread-Topic", "Trava Segura x HengTuo - meeting summary 25/08"),
        ("Thread-Index", "AQHdFJ5mW2c8aR0bT3eN6uK1yX4pZQ=="),
        ("Date", date),
        ("Message-ID", "<CP4P284MB1732E9B0D5A17F3C2E4A6B90@CP4P284MB1732.BRAP284.PROD.OUTLOOK.EXAMPLE.COM>"),
        ("Accept-Language", "pt-BR, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", ctype),
        ("MIME-Version", "1.0"),
    ]
    items = [
        It("赖诗琪", "ship 2 golden samples of the X9 (BR version) by air", "abs:2026-09-04"),
        It(("ext", "Paulo Henrique Costa", "paulo.costa@" + TS), "book the INMETRO lab slot", "vague"),
        It("骆文斌", "deliver the Portuguese (pt-BR) voice prompt files", "abs:2026-09-30"),
        It(("ext", "Mariana Albuquerque", "mariana.albuquerque@" + TS), "send the Q4 forecast by store", "wd:4"),
    ]
    notes = ("Minutes written by the Brazilian customer in English (Microsoft 365, iso-8859-1 QP), 'Action: owner - task - due' "
             "lines under topic headings. Date 08:30 -0300 = Tue 2026-08-25 19:30 in Shanghai (same day). 'HengTuo (Sophie)' -> "
             "赖诗琪; Robin -> 骆文斌; Paulo and Mariana are external (Cc/From addresses, department null). 'by Sep 4' -> "
             "2026-09-04; 'ASAP' -> vague_due; 'by end of September' -> 2026-09-30; 'by Friday' -> 2026-08-28. 'Next meeting: "
             "Tuesday Sep 8, 8:30 am BRT / 7:30 pm China' -> 2026-09-08 19:30.")
    return Case(10938, "lock-customer-action-lines-m365-latin1", "minutes", message(hdr, body, crlf=True), items,
                ("abs:2026-09-08", "19:30"), notes,
                "Brazilian customer's M365 English minutes (iso-8859-1, -0300): 'Action: HengTuo (Sophie) - … - by Sep 4', "
                "end of September, external owners, next meeting BRT/China")


CASES = [c10934, c10935, c10936, c10937, c10938]
