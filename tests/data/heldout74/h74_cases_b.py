"""heldout74 cases 10206-10211: 林芝市气象局 (cont.) and Kvist Enzymes (Chuzhou), Danish-owned."""
from h74_lib import It, VAGUE, E, addr, addrs, subj, text, text_q, multi, message, rfcdate0, rfcdate, hexid, esc
from h74_clients import (BOT_QX, BOT_KV, envelope, outlook_thread, outlook_msgid_onprem, word_html,
                         simple_html, paras_html, coremail_msgid, exmail_msgid, m365_msgid, gmail_msgid)

QX = "nyqx.example.gov.cn"


def c10206():
    sent = "2026-06-03 17:30:26 +0800"
    frm = ("杜明远", E("杜明远"))
    body = """各位：
今天下午汛期天气会商纪要如下。

会商时间：2026年6月3日（周三）15:00—16:20
会商地点：市局三楼会商室（视频连线七县区）
主持：杜明远    记录：拉巴次仁

一、天气形势
受高原低涡和孟加拉湾水汽输送共同影响，6月5日至8日我市将有一次明显降水过程，
东南部墨脱、察隅局地大到暴雨，需防范山洪和地质灾害。

二、会商结论
1. 过程强度按中等偏强考虑，6月4日开始启动重大气象灾害（暴雨）四级应急响应准备。
2. 滚动会商频次调整为每日一次。

三、工作安排
1. 气象台（拉巴次仁）
   ①6月4日12时前发布过程预报专报；
   ②每日滚动订正，过程结束后3个工作日内完成服务总结（如过程推迟则相应顺延）。
2. 观测与网络科（孙倩）
   ①6月4日前完成波密、察隅两站备用电源检查；
   ②组织对全市区域站开展通信链路测试（6月5日前（过程开始前）完成）。
3. 办公室：做好预警信息发布渠道保障。

下次会商：下周三同一时间，地点不变。

杜明远
林芝市气象台
"""
    root = text(body, "utf-8", "base64")
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("DESKTOP-QXT01", "10.26.5.18")], sent, "4ZvN7s0TgHz5kRd") + [
        ("Date", rfcdate0(sent)),
        ("From", addr(*frm)),
        ("To", addrs([("拉巴次仁", E("拉巴次仁")), ("孙倩", E("孙倩")), ("格桑卓玛", E("格桑卓玛"))])),
        ("Cc", addrs([("张海燕", E("张海燕")), BOT_QX])),
        ("Message-ID", "<%s.%s.%s@nyqx.example.gov.cn>" % (hexid("n10206", 8), hexid("m10206", 4), hexid("k10206", 11))),
        ("Subject", subj("6月3日汛期天气会商纪要")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase-MailMaster/5.3.2.1016"),
        ("X-Priority", "3"),
    ]
    items = [
        It("拉巴次仁", "发布过程预报专报", ("md", 6, 4, "12:00"), "2026-06-04 12:00"),
        It("拉巴次仁", "完成服务总结", VAGUE),
        It("孙倩", "完成波密、察隅两站备用电源检查", ("md", 6, 4), "2026-06-04"),
        It("孙倩", "组织对全市区域站开展通信链路测试", ("md", 6, 5), "2026-06-05"),
        It(None, "做好预警信息发布渠道保障", None, dept="办公室"),
    ]
    notes = ("NetEase Mail Master, plain text only, UTF-8 base64; weather consultation minutes sent Wed 2026-06-03. "
             "三、工作安排 groups ①② sub-tasks under a department with the person in brackets: those brackets name the "
             "owner of every sub-task. ① '6月4日12时前' -> 2026-06-04 12:00. ② '过程结束后3个工作日内' is anchored on "
             "an event with no date -> due null + vague_due (AMBIGUOUS: a reader could also skip it as routine). "
             "'6月4日前' -> 2026-06-04. Nested brackets '（6月5日前（过程开始前）完成）' -> 2026-06-05. 办公室 line "
             "has no person and no time -> no_owner + no_due. 会商结论 are decisions. '下次会商：下周三同一时间' -> "
             "Wednesday of next week at the meeting's start time 15:00 -> 2026-06-10 15:00.")
    return dict(no=10206, slug="qx-consultation-subtasks-netease-plain", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("next_wd", 2, "15:00"), "2026-06-10 15:00"),
                notes=notes, tests="NetEase Mail Master plain: ①② sub-tasks under 部门（姓名）; 12时前; event-anchored "
                "deadline -> vague; nested brackets; next meeting '下周三同一时间'")


def c10207():
    sent = "2026-08-06 11:02:48 +0800"
    frm = ("韩冬梅", E("韩冬梅"))
    lines = ["孙科、建军：", "",
             "原定今天下午的防雷检测协调会，因我要陪同区局检查组去察隅，改到下周一（8月10日）上午10点，地点不变，"
             "还是三楼小会议室。",
             "会上需要孙科那边把新建站的接地电阻数据带上，麻烦周五前先发我一份，我提前看一下。",
             "建军帮忙把会议室预约改一下，谢谢！", "", "韩冬梅", "林芝市防雷中心"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines))
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "----=_NextPart_66B18A2E_0A41C5D8_3F72B0C9")
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("smtpbg156.exmail-relay.example.net", "203.205.250.156")],
                   sent, "4ZwV3f8KdRz4pXy") + [
        ("X-QQ-mid", "bizesmtp" + hexid("mid10207", 14) + "t1786330968t8bq2c"),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("From", addr(*frm)),
        ("To", addrs([("孙倩", E("孙倩")), ("刘建军", E("刘建军"))])),
        ("Cc", addr(*BOT_QX)),
        ("Subject", subj("防雷检测协调会改期到下周一")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate0(sent)),
        ("Message-ID", exmail_msgid("10207", QX)),
        ("X-Mailer", "WeCom Mail 4.1.33"),
    ]
    notes = ("A person-to-person rescheduling note from WeCom mail with the bot in Cc (it is on the 科室 list). It moves a "
             "meeting ('改到下周一（8月10日）上午10点') and asks for data '周五前', but it is not minutes: kind other, no "
             "items, and no next_followup (that is read only from minutes).")
    return dict(no=10207, slug="qx-other-reschedule-wecom", kind="other", sent=sent, raw=message(hdr, root, None),
                items=[], follow=None, notes=notes,
                tests="WeCom rescheduling chat with a request '周五前' and a new meeting time -> other, no items")


def c10208():
    sent = "2026-06-22 08:00:03 +0800"
    frm = ("白玛央金", E("白玛央金"))
    body = ("您好！\n\n我于6月19日至6月28日休假（端午节及年休假），期间不能及时处理邮件。\n"
            "报销及经费事宜请联系财务科 央宗（0894-58xxxxx），6月29日上班后我会尽快回复您。\n\n"
            "白玛央金\n林芝市气象局财务科\n")
    root = text(body, "utf-8", "base64")
    recap = "<minutebot.%s@nyqx.example.gov.cn>" % hexid("recap10208", 16)
    hdr = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT_QX[1]),
           ("Received", "from mail.nyqx.example.gov.cn (unknown [10.26.1.9])\n\tby mx.nyqx.example.gov.cn (Postfix) "
            "with ESMTP id 4ZtB0q3MxJz6cVn\n\tfor <%s>; %s" % (BOT_QX[1], rfcdate0(sent, " (CST)"))),
           ("Date", rfcdate0(sent, " (GMT+08:00)")),
           ("From", addr(*frm)),
           ("To", addr(*BOT_QX)),
           ("Subject", subj("自动回复：Re: 【待办确认】汛期应急经费专题会 6月18日")),
           ("In-Reply-To", recap),
           ("References", recap),
           ("Message-ID", coremail_msgid("10208", frm[1])),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
           ("X-Coremail-Locale", "zh_CN")]
    notes = ("Coremail out-of-office reply to the bot's recap, WITHOUT Auto-Submitted, Precedence or X-Autoreply "
             "headers: only the '自动回复：' subject prefix, the recap's In-Reply-To and the canned text show it is "
             "automatic. Sent Mon 2026-06-22, just after the Dragon Boat block (06-19..06-21). Dates in the body "
             "(休假 6月19日至6月28日, 6月29日上班) are not items or an extension request: kind auto.")
    return dict(no=10208, slug="qx-auto-ooo-coremail-no-headers", kind="auto", sent=sent,
                raw=message(hdr, root, None), items=[], follow=None, notes=notes,
                tests="Coremail OOO '自动回复：Re:' with no Auto-Submitted/X-Autoreply headers; dates in body -> auto")


def c10209():
    sent = "2026-04-14 09:48:33 +0800"
    frm = ("格桑卓玛", E("格桑卓玛"))
    old_id = "<000101dcc2f7$4a1b2c30$de5184e0$@xzqx.example.gov.cn>"
    new = ["各位：",
           "    4月13日下午局里召开了森林草原防火气象服务碰头会，纪要接在本通知线程里，便于对照区局要求落实：",
           "    1、拉巴首席负责将火险等级预报产品细化到县级，4月20日前上线试运行；",
           "    2、尼玛工负责与区局卫星遥感中心对接火点监测信息接收，下周二前打通；",
           "    3、白玛科长测算防火期气象保障经费并报张局，本月底前；",
           "    4、对外发布火险预报统一由办公室把关，未经审核不得发布。",
           "    下次碰头会视火险形势另行通知。", "",
           "格桑卓玛", "林芝市气象局办公室", ""]
    quote = ["发件人: 西藏自治区气象局办公室 <bgs@xzqx.example.gov.cn>",
             "发送时间: 2026年4月3日 10:21",
             "收件人: 林芝市气象局 <office@nyqx.example.gov.cn>",
             "主题: 关于做好2026年春季森林草原防火气象服务工作的通知", "",
             "各市（地）气象局：",
             "    当前正值森林草原防火关键期，为做好防火期气象服务，请各单位：",
             "    一、于4月10日前报送本地防火期气象服务方案；",
             "    二、每日16时前上报森林火险气象等级预报；",
             "    三、4月底前完成火险监测设备巡检，巡检情况报区局观测处。",
             "    西藏自治区气象局办公室",
             "    2026年4月3日"]
    plain = "\n".join(new) + "\n" + "_" * 32 + "\n" + "\n".join(quote) + "\n"
    html = word_html(new + [("raw", "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                                    "<p class=MsoNormal><b>发件人:</b> 西藏自治区气象局办公室 &lt;bgs@xzqx.example.gov.cn&gt;"
                                    "<br><b>发送时间:</b> 2026年4月3日 10:21<br><b>收件人:</b> 林芝市气象局 "
                                    "&lt;office@nyqx.example.gov.cn&gt;<br><b>主题:</b> 关于做好2026年春季森林草原防火"
                                    "气象服务工作的通知</p></div>")] + quote[5:], charset="gb2312", font="宋体")
    root = multi("alternative", [text_q(plain, "gb2312", "base64"), text_q(html, "gb2312", "base64", "html")],
                 "----=_NextPart_000_0031_01DCCBE4.7F2E9A50")
    root.preamble = "This is a multipart message in MIME format."
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("DESKTOP-BGO7K2M", "10.26.3.41")], sent, "4ZkP6c1VwNz8tGh") + [
        ("From", addr(*frm, charset="gb2312")),
        ("To", addrs([("拉巴次仁", E("拉巴次仁")), ("尼玛扎西", E("尼玛扎西")), ("白玛央金", E("白玛央金"))],
                     charset="gb2312")),
        ("Cc", addrs([("张海燕", E("张海燕")), BOT_QX], charset="gb2312")),
        ("References", old_id),
        ("In-Reply-To", old_id),
        ("Subject", subj("RE: 关于做好2026年春季森林草原防火气象服务工作的通知", "gb2312")),
        ("Date", rfcdate0(sent)),
        ("Message-ID", outlook_msgid_onprem("10209", QX)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", outlook_thread("10209old") + outlook_thread("10209")[:10]),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("拉巴次仁", "将火险等级预报产品细化到县级", ("md", 4, 20), "2026-04-20"),
        It("尼玛扎西", "与区局卫星遥感中心对接火点监测信息接收", ("next_wd", 1), "2026-04-21"),
        It("白玛央金", "测算防火期气象保障经费", ("month_end", 0), "2026-04-30"),
    ]
    notes = ("New minutes posted as 'RE:' in an old notice thread (Outlook gb2312, In-Reply-To the regional bureau's "
             "notice). Sent Tue 2026-04-14. Only the new text above Outlook's 发件人/发送时间 block is minutes; the quoted "
             "notice has its own deadlines (4月10日前, 每日16时前, 4月底前) that are not items. Owners by title: 拉巴首席 "
             "= 拉巴次仁, 尼玛工 = 尼玛扎西, 白玛科长 = 白玛央金 (roster aliases). '4月20日前' -> 2026-04-20; '下周二前' "
             "-> 2026-04-21; '本月底前' -> 2026-04-30. Item 4 is a rule. '视火险形势另行通知' -> next_followup null.")
    return dict(no=10209, slug="qx-minutes-as-re-in-old-thread-outlook", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Minutes posted as RE: in an old notice thread; quoted notice deadlines ignored; title aliases "
                      "拉巴首席/尼玛工/白玛科长; 下周二前, 本月底前")


def c10210():
    sent = "2026-07-08 03:20:41 +0000"
    frm = ("Mette Sørensen", E("Mette Sørensen"))
    to = [("Zhou Liqun", E("周立群")), ("Wu Jing", E("吴静")), ("Cheng Lei", E("程蕾")), ("Fang Zhiyuan", E("方志远"))]
    cc = [("Anders Holm", "anders.holm@kvist.example.dk"), BOT_KV]
    lines = [
        "Hi all,", "",
        "Minutes from this morning's scale-up review below. Please shout by end of day if anything is wrong.", "",
        "Attendees: Mette Sørensen, Zhou Liqun, Wu Jing, Cheng Lei, Fang Zhiyuan; Anders Holm (Group Quality, "
        "Kalundborg, via Teams)", "",
        "Decisions",
        "- Scale-up batch F-2607 goes ahead on the 40 m³ fermenter; no change to the feed profile.",
        "- Release spec for phytase activity stays at ≥ 5,000 FTU/g.", "",
        "Actions", "",
        "Action: Submit the revised batch record for F-2607 to Group Quality", "Owner: Liqun", "Due: Fri 10 July", "",
        "Action: Validate the new activity assay against the Kalundborg reference method", "Owner: Jenny Wu",
        "Due: 17/7", "",
        "Action: Confirm lead time for the second antifoam supplier", "Owner: Frank", "Due: ASAP", "",
        "Action: Share the Kalundborg deviation trending template", "Owner: Anders Holm", "Due: next Monday", "",
        "Action: Update the customer trial plan for the feed-mill pilot", "Owner: Lily", "Due: TBD", "",
        "Next check-in: Thursday 16 July, 15:00 Copenhagen / 21:00 Beijing (Teams link unchanged).", "",
        "Best regards,", "Mette", "",
        "Mette Sørensen | General Manager",
        "Kvist Enzymes (Chuzhou) Co., Ltd.",
        "No. 18 Huaihe Road, Chuzhou Economic Development Zone, Anhui, China",
    ]
    plain = "\n".join(lines) + "\n"
    html = word_html(lines, charset="utf-8", lang="EN-US", font="Aptos")
    root = multi("alternative", [text_q(plain, "utf-8", "quoted-printable"),
                                 text_q(html, "utf-8", "quoted-printable", "html")],
                 "_000_%s_" % ("TYZPR06MB" + hexid("b10210", 20).upper()))
    mid = m365_msgid("10210")
    hdr = envelope(BOT_KV, frm[1], "kvist", [("TYZPR06MB5627.apcprd06.prod.outlook.com", "2603:1096:400:31e::8"),
                                             ("mail-tyzapc01on2107.outbound.protection.outlook.com", "40.107.117.107")],
                   "2026-07-08 11:20:44 +0800", "4ZcY2b7WfKz2mLq") + [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=" + hexid("arc10210", 40)),
        ("From", addr(*frm)),
        ("To", addrs(to)),
        ("CC", addrs(cc)),
        ("Subject", "Minutes - Line 2 fermentation scale-up review (8 Jul)"),
        ("Thread-Topic", "Minutes - Line 2 fermentation scale-up review (8 Jul)"),
        ("Thread-Index", outlook_thread("10210")),
        ("Date", rfcdate0(sent)),
        ("Message-ID", mid),
        ("Accept-Language", "en-US, zh-CN"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("MIME-Version", "1.0"),
    ]
    kv = "anders.holm@kvist.example.dk"
    items = [
        It("周立群", "Submit the revised batch record for F-2607 to Group Quality", ("md", 7, 10), "2026-07-10"),
        It("吴静", "Validate the new activity assay against the Kalundborg reference method", ("md", 7, 17),
           "2026-07-17"),
        It("方志远", "Confirm lead time for the second antifoam supplier", VAGUE),
        It("Anders Holm", "Share the Kalundborg deviation trending template", ("next_wd", 0), "2026-07-13", email=kv),
        It("程蕾", "Update the customer trial plan for the feed-mill pilot", VAGUE),
    ]
    notes = ("Microsoft 365 English minutes in Action/Owner/Due blocks, UTF-8 QP text + Word HTML; Date header is "
             "+0000 (03:20 UTC = Wed 2026-07-08 11:20 in Shanghai). Owners by short or English names through roster "
             "aliases: Liqun = 周立群, Jenny Wu = 吴静, Frank = 方志远, Lily = 程蕾; Anders Holm (group HQ, Denmark) is "
             "in Cc only -> his Cc address, department null. 'Fri 10 July' -> 2026-07-10; '17/7' is day/month -> "
             "2026-07-17; ASAP and TBD -> vague_due; 'next Monday' -> 2026-07-13. 'Please shout by end of day' is "
             "not an item; Decisions are not items. 'Next check-in: Thursday 16 July, 15:00 Copenhagen / 21:00 "
             "Beijing' -> 2026-07-16 21:00 (CEST = UTC+2).")
    return dict(no=10210, slug="kv-m365-action-owner-due-blocks", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items,
                follow=(("tz", "2026-07-16 15:00", 2), "2026-07-16 21:00"), notes=notes,
                tests="M365 English Action/Owner/Due blocks, +0000 Date, aliases Liqun/Jenny Wu/Frank/Lily, Cc-only "
                      "HQ owner, 17/7 day-month, ASAP/TBD; next check-in in two time zones (Copenhagen/Beijing)")


def c10211():
    sent = "2026-05-08 19:40:12 +0200"
    frm = ("Anders Holm", "anders.holm@kvist.example.dk")
    lines = [
        "Hi Jing, Liqun,", "",
        "Quick notes from today's call on the June customer audit prep.", "",
        "- Scope confirmed: phytase and xylanase lines, plus the new QC lab.",
        "- The customer will bring their own auditor from Bangkok.", "",
        "AI: Jing Wu to circulate the updated audit agenda by Monday.",
        "AI: Liqun to close out the two open CAPAs from the February inspection (CAPA-26-014,",
        "CAPA-26-019) within 3 working days.",
        "AI: Anders to send the Group audit checklist v4.",
        "AI: Wentao - re-run the retained sample stability at 25°C, results by 22 May.", "",
        "Thanks, have a good weekend!",
        "Anders", "", "-- ", "Anders Holm",
        "Senior Quality Manager, Group Quality",
        "Kvist A/S | Kalundborg, Denmark | +45 59 xx xx xx",
    ]
    plain = "\n".join(lines) + "\n"
    inner = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines[:14]) + \
        "<div><br></div><span class=\"gmail_signature_prefix\">-- </span><br><div dir=\"ltr\" " \
        "class=\"gmail_signature\">" + "<br>".join(esc(l) for l in lines[16:]) + "</div></div>\n"
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable"),
                                 text(inner, "utf-8", "quoted-printable", "html")],
                 "000000000000" + hexid("b10211", 14))
    hdr = envelope(BOT_KV, frm[1], "kvist", [("mail-sor-f41.google.com", "209.85.220.41")],
                   "2026-05-09 01:40:16 +0800", "4ZbX9q2HnTz6wPs") + [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=kvist.example.dk; s=google; t=1778262012;\n"
         "\th=to:subject:message-id:date:from:mime-version; bh=" + hexid("bh10211", 43)),
        ("MIME-Version", "1.0"),
        ("From", addr(*frm)),
        ("Date", rfcdate(sent)),
        ("Message-ID", gmail_msgid("10211")),
        ("Subject", "Notes - customer audit prep call"),
        ("To", addrs([("Jing Wu", E("吴静")), ("Liqun Zhou", E("周立群"))])),
        ("Cc", addrs([("Wentao Ge", E("葛文涛")), BOT_KV])),
    ]
    items = [
        It("吴静", "circulate the updated audit agenda", ("wd", 0), "2026-05-11"),
        It("周立群", "close out the two open CAPAs from the February inspection", ("workdays", 3), "2026-05-13"),
        It("Anders Holm", "send the Group audit checklist v4", None, email=frm[1]),
        It("葛文涛", "re-run the retained sample stability at 25°C", ("md", 5, 22), "2026-05-22"),
    ]
    notes = ("Gmail (Google Workspace) English notes from the Danish group HQ with 'AI:' lines. Date header Fri "
             "19:40 +0200 = Sat 2026-05-09 01:40 in Shanghai, and 05-09 is a make-up working day (Labour Day 2026). "
             "'by Monday' -> 2026-05-11. 'within 3 working days' counted from the Shanghai date: 05-11, 05-12, 05-13 "
             "-> 2026-05-13. AMBIGUOUS: counted from the writer's Friday in Denmark it would be 05-12 (05-09 counts); "
             "the README rule (Asia/Shanghai) gives 05-13. The CAPA line wraps onto a second line. 'Anders' = the "
             "sender -> From address, no deadline -> no_due. Wentao = 葛文涛, 'by 22 May' -> 2026-05-22. The two "
             "scope lines are facts, not items.")
    return dict(no=10211, slug="kv-gmail-ai-lines-dk-timezone-makeup-sat", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Gmail 'AI:' lines from Denmark; +0200 Friday evening = Shanghai make-up Saturday; by Monday; "
                      "3 working days from the Shanghai date; wrapped item; sender-owned item without date")


CASES = [c10206, c10207, c10208, c10209, c10210, c10211]
