"""heldout74 cases 10235-10238: 铁岭安驰专用车 (cont.) with its New Zealand body-building partner."""
from h74_lib import It, VAGUE, E, addr, addrs, subj, text, text_q, multi, message, rfcdate0, rfcdate, hexid, esc
from h74_clients import (BOT_AC, envelope, html_table, simple_html, paras_html, coremail_msgid, exmail_msgid,
                         apple_msgid)

AC = "anchi-fire.example.cn"
HAMISH = ("Hamish Douglas", "hamish.douglas@tasmanfire.example.co.nz")


def c10235():
    sent = "2026-08-21 11:37:05 +0800"
    frm = ("于海波", E("于海波"))
    rows = [["序号", "任务", "责任人", "截止"],
            ["1", "消防车电气系统CAN总线改造方案评审", "隋亮、关树林", "8月26日"],
            ["2", "整车电磁兼容摸底测试", "隋亮", "9月4日"],
            ["3", "臂架控制器软件升级到V2.3", "于海波（外协：沈阳自动化所）", "下周三"],
            ["4", "完成样车路试", "关树林", "中秋节前"],
            ["5", "用户现场操作培训", "那春雨", "国庆节后第一个工作日"]]
    inner = ("<div>各位，18米举高喷射消防车电气专项会（8月21日）任务分解如下：</div><br>" +
             html_table(rows, cell_style="border:1px solid #dee0e3;padding:6px") +
             "<br><div>说明：任务1由两人共同完成，评审材料统一由隋亮汇总。</div><div>于海波</div>"
             "<div style=\"color:#8f959e;font-size:12px\">发自飞书邮箱</div>")
    html = simple_html(inner, body_style="font-family:-apple-system,PingFang SC;font-size:14px")
    root = text(html, "utf-8", "base64", "html")
    hdr = envelope(BOT_AC, frm[1], "anchi", [("va-2-48.ptr.blmpb.larkmail.example.net", "209.127.231.48")],
                   sent, "4ZbT6m9KqWz4hNs") + [
        ("X-Lms-Return-Path", "<lba+2%s+%s@anchi-fire.example.cn>" % (hexid("r10235", 10), hexid("s10235", 6))),
        ("From", addr(*frm)),
        ("To", addrs([("隋亮", E("隋亮")), ("关树林", E("关树林")), ("那春雨", E("那春雨"))])),
        ("Cc", addr(*BOT_AC)),
        ("Subject", subj("电气专项会任务分解 0821")),
        ("Date", rfcdate0(sent)),
        ("Message-Id", "<%s@anchi-fire.example.cn>" % hexid("10235", 32)),
        ("Mime-Version", "1.0"),
        ("X-Mailer", "Lark Mail"),
    ]
    items = [
        It("隋亮", "消防车电气系统CAN总线改造方案评审", ("md", 8, 26), "2026-08-26"),
        It("隋亮", "整车电磁兼容摸底测试", ("md", 9, 4), "2026-09-04"),
        It("于海波", "臂架控制器软件升级到V2.3", ("next_wd", 2), "2026-08-26"),
        It("关树林", "完成样车路试", ("before_hol", "Mid-autumn"), "2026-09-24"),
        It("那春雨", "用户现场操作培训", ("after_hol", "National"), "2026-10-08"),
    ]
    notes = ("Feishu/Lark mail, single-part text/html (UTF-8 base64), a task table. Sent Fri 2026-08-21. Row 1 has two "
             "people in one 责任人 cell ('隋亮、关树林'); the note under the table says 隋亮 collects the material, so the "
             "item is his (AMBIGUOUS: without the note most readers would still take the first-named person). Row 3 "
             "'于海波（外协：沈阳自动化所）' -> 于海波. '8月26日' -> 2026-08-26; '9月4日' -> 2026-09-04; '下周三' -> "
             "2026-08-26; '中秋节前' -> last working day before the Mid-Autumn block 09-25..09-27 = Thu 2026-09-24; "
             "'国庆节后第一个工作日' -> 2026-10-08 (National Day 10-01..10-07).")
    return dict(no=10235, slug="ac-lark-html-only-two-owners-holidays", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Lark HTML-only table: two people in one 责任人 cell, outsourced partner in brackets; 中秋节前 "
                      "and 国庆节后第一个工作日 resolved with the 2026 calendar")


def c10236():
    sent = "2026-07-07 16:05:12 +1200"
    frm = HAMISH
    body = """Kia ora Haibo, Fei,

Thanks for the catch-up this afternoon. Notes and actions for the NZ-spec pumper build below.

Agreed:
- Body length stays at 7.2 m; locker layout as per drawing TFB-0712 rev C.
- Pump test to be witnessed in Tieling by a third party (we pay).

Actions:
[x] Locker layout drawings received - thanks Yu Haibo
[ ] @Yu Haibo - confirm NZS 4503 compliance of the ladder gantry, by Fri 17 July
[ ] @Shao Fei - send the revised quote incl. shipping CIF Lyttelton, by next Friday
[ ] @Hamish (me) - book the third-party pump test inspector, within 2 weeks
[ ] @Sui Liang - English wiring diagrams for the pump panel, ASAP

Next catch-up: Tue 21 July, 2pm NZST (10am Beijing), same Teams link.

Cheers,
Hamish

Hamish Douglas | Engineering Lead
Tasman Fire Bodies Ltd | Christchurch, New Zealand
"""
    root = text(body, "us-ascii", "7bit")
    hdr = envelope(BOT_AC, frm[1], "anchi", [("[192.168.1.23]", "203.86.194.17"),
                                             ("mx.tasmanfire.example.co.nz", "203.86.194.5")],
                   "2026-07-07 12:05:16 +0800", "4ZdR0v3SjLz8kPm") + [
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ("Subject", "Catch-up notes - NZ spec pumper build (7 July)"),
        ("From", addr(*frm)),
        ("In-Reply-To", apple_msgid("10236old", "anchi-fire.example.cn")),
        ("Date", rfcdate(sent)),
        ("Cc", addrs([("Sui Liang", E("隋亮")), BOT_AC])),
        ("Message-Id", apple_msgid("10236", "tasmanfire.example.co.nz")),
        ("References", apple_msgid("10236old", "anchi-fire.example.cn")),
        ("To", addrs([("Yu Haibo", E("于海波")), ("Shao Fei", E("邵飞"))])),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    items = [
        It("于海波", "confirm NZS 4503 compliance of the ladder gantry", ("md", 7, 17), "2026-07-17"),
        It("邵飞", "send the revised quote incl. shipping CIF Lyttelton", ("next_wd", 4), "2026-07-17"),
        It(HAMISH[0], "book the third-party pump test inspector", ("days", 14), "2026-07-21", email=HAMISH[1]),
        It("隋亮", "English wiring diagrams for the pump panel", VAGUE),
    ]
    notes = ("Apple Mail us-ascii 7bit English notes from the New Zealand body-building partner, replying in an "
             "existing thread (In-Reply-To). Date Tue 16:05 +1200 = Tue 2026-07-07 12:05 Shanghai. '[x]' line is done, "
             "not an item; '[ ] @Name' lines are items. Yu Haibo = 于海波, Shao Fei = 邵飞, Sui Liang = 隋亮 (aliases); "
             "'@Hamish (me)' = the sender. 'by Fri 17 July' -> 2026-07-17; 'by next Friday' -> Friday of next week = "
             "2026-07-17; 'within 2 weeks' -> 2026-07-21; ASAP -> vague_due. 'Agreed' lines are decisions. 'Next "
             "catch-up: Tue 21 July, 2pm NZST (10am Beijing)' -> 2026-07-21 10:00 (NZST = UTC+12).")
    return dict(no=10236, slug="ac-apple-mail-nz-partner-checkbox-at", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items,
                follow=(("tz", "2026-07-21 14:00", 12), "2026-07-21 10:00"), notes=notes,
                tests="Apple Mail English from NZ (+1200): [x]/[ ] @name checklist, pinyin-order aliases, 'by next "
                      "Friday', 'within 2 weeks', ASAP; next catch-up NZST -> Beijing")


def c10237():
    sent = "2026-06-01 08:47:30 +0800"
    frm = ("姜慧敏", E("姜慧敏"))
    lines = ["各部门：", "",
             "经公司研究，定于近期召开2026年上半年质量分析会，现将有关事项通知如下：",
             "一、会议时间：6月5日（周五）下午2:00",
             "二、会议地点：行政楼三楼大会议室",
             "三、参会人员：高总，各部门负责人，质量部全体人员",
             "四、会议议程：1. 上半年质量指标完成情况通报；2. 客户投诉及售后质量问题分析；3. 下半年质量改进重点。",
             "五、有关要求：请各部门于6月3日前将本部门上半年质量数据及问题清单报质量部姜慧敏处；"
             "参会人员请提前10分钟入场，会议期间手机调至静音。", "",
             "质量部", "2026年6月1日"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines), charset="GBK", body_style="font-family:宋体;font-size:14px")
    root = multi("alternative", [text(plain, "GBK", "base64"), text(html, "GBK", "base64", "html")],
                 "----=_Part_%d_%d.1780274850000" % (int(hexid("p10237", 5), 16), int(hexid("q10237", 7), 16)))
    hdr = envelope(BOT_AC, frm[1], "anchi", [("mail.anchi-fire.example.cn", "192.168.2.10")], sent,
                   "4ZqK8w1NfTz2dGr") + [
        ("Date", rfcdate0(sent, " (GMT+08:00)")),
        ("From", addr(*frm, charset="GBK")),
        ("To", addr("全体部门负责人", "managers@anchi-fire.example.cn", charset="GBK")),
        ("Cc", addrs([("高志刚", E("高志刚")), BOT_AC], charset="GBK")),
        ("Message-ID", coremail_msgid("10237", frm[1])),
        ("Subject", subj("关于召开2026年上半年质量分析会的通知", "GBK")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT6.0.5 build 20240415(9ab7ce68)"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    notes = ("A meeting NOTICE (会议通知) before the meeting, not minutes: time, place, attendees, agenda and a "
             "request '6月3日前…报质量部'. Coremail GBK. Kind other, no items, no next_followup (only minutes give "
             "one); the meeting time 6月5日 14:00 is the meeting being announced.")
    return dict(no=10237, slug="ac-other-meeting-notice-coremail-gbk", kind="other", sent=sent,
                raw=message(hdr, root, None), items=[], follow=None, notes=notes,
                tests="会议通知 with agenda, attendees and a 6月3日前 request -> other (not minutes)")


def c10238():
    sent = "2026-08-26 18:20:44 +0800"
    frm = ("邵飞", E("邵飞"))
    lines = ["高总、各位：", "", "今天下午销售专题会（省森林消防装备招标）纪要如下：", "",
             "会议结论：",
             "1. 本次投标主推18米举高喷射车和SG80水罐车两个型号，报价在上次基础上下浮3%。",
             "2. 投标保证金由财务部8月28日前汇出（财务已确认，不再单列）。", "",
             "会后事项：",
             "1. 邵飞：完成招标文件商务部分响应，月底前（招标文件要求8月31日17:00前递交）。",
             "2. 于部长：技术参数偏离表，8月28日（周五）前。",
             "3. 穆经理：核算底盘涨价后的整车成本，9月中旬。",
             "4. 那主管：梳理在保车辆服务网点覆盖情况，中秋节前。",
             "5. 高总：拜访省消防救援总队装备处，国庆前。", "",
             "下次会议：9月2日（周三）上午9:30，地点另行通知。", "",
             "邵飞", "销售部"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines), charset="gb18030", body_style="font-family:微软雅黑;font-size:14px")
    root = multi("alternative", [text(plain, "gb18030", "base64"), text(html, "gb18030", "base64", "html")],
                 "----=_NextPart_66CC5A1C_0A2B3C4D_%s" % hexid("b10238", 8).upper())
    hdr = envelope(BOT_AC, frm[1], "anchi", [("smtpbg155.exmail-relay.example.net", "203.205.250.155")],
                   sent, "4ZcW4x6PrGz5mJt") + [
        ("X-QQ-mid", "bizesmtp" + hexid("mid10238", 14) + "t1787739644tq2b5v"),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("From", addr(*frm, charset="gb18030")),
        ("To", addrs([("高志刚", E("高志刚")), ("于海波", E("于海波")), ("穆晓光", E("穆晓光")), ("那春雨", E("那春雨"))],
                     charset="gb18030")),
        ("Cc", addr(*BOT_AC, charset="gb18030")),
        ("Subject", subj("销售专题会纪要（省森林消防装备招标）", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate0(sent)),
        ("X-Priority", "3"),
        ("Message-ID", exmail_msgid("10238", AC)),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("邵飞", "完成招标文件商务部分响应", ("month_end", 0), "2026-08-31"),
        It("于海波", "技术参数偏离表", ("md", 8, 28), "2026-08-28"),
        It("穆晓光", "核算底盘涨价后的整车成本", VAGUE),
        It("那春雨", "梳理在保车辆服务网点覆盖情况", ("before_hol", "Mid-autumn"), "2026-09-24"),
        It("高志刚", "拜访省消防救援总队装备处", ("before_hol", "National"), "2026-09-30"),
    ]
    notes = ("Exmail gb18030 text + HTML, sent Wed 2026-08-26. 会议结论 are decisions (the 保证金 line even says '不再单列'). "
             "1 '月底前' -> 2026-08-31, no time: the bracket quotes the tender's own 17:00 submission rule (AMBIGUOUS: "
             "a reader could copy 17:00). 2 '8月28日（周五）前' -> 2026-08-28. 3 '9月中旬' -> vague_due. 4 '中秋节前' -> "
             "2026-09-24 (Mid-Autumn 09-25..27). 5 高总 = 高志刚, '国庆前' -> last working day before 10-01 = "
             "2026-09-30 (09-28..30 are working days after Mid-Autumn). Titles: 于部长, 穆经理, 那主管. '下次会议："
             "9月2日（周三）上午9:30' -> 2026-09-02 09:30.")
    return dict(no=10238, slug="ac-exmail-tender-month-end-mid-autumn", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 9, 2, "09:30"), "2026-09-02 09:30"),
                notes=notes, tests="Exmail gb18030: 月底前 with a quoted 17:00 rule, 9月中旬 vague, 中秋节前 and 国庆前 "
                "(back-to-back holidays 2026), title owners incl. 高总")


CASES = [c10235, c10236, c10237, c10238]
