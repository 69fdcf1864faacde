# -*- coding: utf-8 -*-
"""Cases of organisation B: 宁波甬纶服饰进出口有限公司 (a garment exporter, Ningbo) and its partners."""
from h40gold import I, case
from h40lib import (ORGS, T, Q, Leaf, Multi, P, addr, addrs, attach_leaf, build_message, email_of, epoch_ms,
                    html_body, hval, hx, hx_upper, make_pdf, outlook_mid, render_text, rfc_date, shift, text_leaf,
                    thread_index, trace)
from h40_cases_a import foxmail_boundary, foxmail_mid

BOT_B = (ORGS["B"]["bot_name"], ORGS["B"]["bot"])
YL = "yonglun.example.com"


def exmail_hop(ip, dh, n):
    return (f"from {ip} (unknown [{ip}])\n\tby smtp.qq.com (ESMTP) with SMTP id bizesmtp{int(hx(n, 10), 16) % 10**9}t"
            f"{int(hx(n + 1, 8), 16) % 10**10}t{hx(n + 2, 8)};\n\t{dh}")


# ---------------------------------------------------------------------------
# 6809 生产跟单会 — plain Foxmail GBK text only; 钱老师/董经理/竺经理; 下周四同一时间
# ---------------------------------------------------------------------------
N6809 = ("Sent Thu 2026-04-09 17:30 (the week after Qingming). A plain, common minutes mail. Owners by nickname/title: "
         "晓波 = 孙晓波, 钱老师 = 钱美芳, 董经理 = 董丽, 竺经理 = 竺海燕 (roster aliases). 晓波 '4月15日前' -> 2026-04-15 "
         "('按4月28日出运' is the shipment date inside the task, not the due). 钱老师 '明天下班前' -> 2026-04-10, no time. "
         "董经理 '4月13日前到厂' -> 2026-04-13. 竺经理 '下周三去慈溪做中期验货' -> Wednesday of the following week 2026-04-15. "
         "Points 1 and 3 are facts/decisions. '下周四同一时间再碰一次' with 会议时间 4月9日 14:00-15:00 -> 2026-04-16 14:00.")


@case(6809, "production-followup-foxmail-plain-gbk", "minutes", "B", notes=N6809,
      items=[I("确认大货能否按4月28日出运", "孙晓波", ("abs", "2026-04-15")),
             I("根据客户试穿意见修改M码纸样，发版房和加工厂", "钱美芳", ("tomorrow",),
               src="根据客户试穿意见修改M码纸样"),
             I("补订YKK拉链800条", "董丽", ("abs", "2026-04-13")),
             I("去慈溪做中期验货", "竺海燕", ("nextweek", "Wed"))],
      nxt=(("nextweek", "Thu"), "14:00"),
      summary="4 items, next 04-16 14:00 ('下周四同一时间')",
      tests="plain common minutes; owners by nickname/title (晓波, 钱老师, 董经理, 竺经理); 明天下班前; 下周三; next meeting as a sentence '下周四同一时间'",
      client="Foxmail 7.2 (Windows), plain-text mode", enc="text/plain only, GBK base64 (CRLF)")
def c6809():
    dh, t = rfc_date(2026, 4, 9, 17, 30, 52)
    text = render_text([
        "各位好，",
        "今天下午跟单会纪要如下：",
        "会议时间：4月9日 14:00-15:00\n参会：俞佳琪、陈静怡、孙晓波、钱美芳、董丽、竺海燕",
        "1. Fjallgard 软壳夹克（FG-2604，3600件）慈溪加工厂已上线，目前日产约280件。\n"
        "2. 待办：\n"
        "  - 晓波：4月15日前确认大货能否按4月28日出运。\n"
        "  - 钱老师：根据客户试穿意见修改M码纸样（后背加长1.5cm），明天下班前发版房和加工厂。\n"
        "  - 董经理：补订YKK拉链800条，4月13日前到厂。\n"
        "  - 竺经理：下周三去慈溪做中期验货。\n"
        "3. 客户要求的洗水标英文内容已确认，不用再改。",
        "下周四同一时间再碰一次。",
        "陈静怡\n跟单部\n宁波甬纶服饰进出口有限公司",
    ])
    leaf = text_leaf(text, "plain", "gbk", "base64", ct_style="outlook", label="GBK", eol="\r\n")
    cs = "GBK"
    me = email_of("陈静怡")
    to = [P(n) for n in ["孙晓波", "钱美芳", "董丽", "竺海燕", "俞佳琪"]]
    hs = trace(6809, "B", t, return_path=f"<{me}>", more=[exmail_hop("115.231.92.14", dh, 68091)]) + [
        f"Date: {dh}",
        f"From: {addr('陈静怡', me, cs)}",
        "To: " + addrs(to, cs, sep=",\n\t"),
        "Cc: " + addr(*BOT_B, cs=cs),
        "Subject: " + hval("4.9 生产跟单会议纪要（FG-2604 夹克订单）", cs),
        "X-Priority: 3",
        f"X-GUID: {hx_upper(68092, 8)}-{hx_upper(68093, 4)}-{hx_upper(68094, 4)}-{hx_upper(68095, 4)}-{hx_upper(68096, 12)}",
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: {foxmail_mid(t, 6809, YL)}",
    ]
    return build_message(hs, leaf)


# ---------------------------------------------------------------------------
# 6810 Swedish buyer's English minutes with Owner/Due blocks; Date +0200
# ---------------------------------------------------------------------------
N6810 = ("English minutes written by the Swedish buyer (Exchange Online, Outlook desktop). Date: Tue 21 Apr 2026 10:15 +0200 "
         "= 16:15 in Shanghai, the same day. Owner/Due blocks. 1 Jessica Yu = 俞佳琪 (roster alias), 'Friday 24 April' -> "
         "2026-04-24. 2 Snow Wu = 邬雪, '29 April' -> 2026-04-29. 3 Oskar Berg (buyer QA, outsider in the roster, department "
         "null), 'Due: Thursday' -> the coming Thursday 2026-04-23. 4 'Owner: TBD (Yonglun side)' + 'ASAP' -> owner null, "
         "department null (no unit named), flags no_owner + vague_due. 5 Helen Zhu = 竺海燕, 'tbc, depends on fabric "
         "arrival' -> due null, vague_due. The 'Agreed' bullets (USD 18.40) are decisions. 'Next call: Tue 12 May, 09:00 "
         "CEST (15:00 Beijing)' -> 2026-05-12 15:00 Shanghai time.")


@case(6810, "buyer-owner-due-blocks-outlook-cest", "minutes", "B", notes=N6810,
      items=[I("Revised size chart for 26-114 (incl. longer back length)", "俞佳琪", ("abs", "2026-04-24", "Fri")),
             I("Lab dip approvals for colours Moss and Fjord", "邬雪", ("abs", "2026-04-29")),
             I("Updated test protocol (water repellency after 20 washes)", "Oskar Berg", ("wd", "Thu")),
             I("Root cause for the seam slippage on the PP samples", None, None, vague=True),
             I("Book the inline inspection for bulk", "竺海燕", None, vague=True)],
      nxt=(("abs", "2026-05-12", "Tue"), "15:00"),
      summary="5 items (1 owner TBD, 2 vague), next 05-12 15:00 (09:00 CEST)",
      tests="foreign buyer's English Owner/Due blocks; +0200 Date; English aliases; bare 'Thursday'; Owner TBD/ASAP/tbc; next call in CEST with Beijing time",
      client="Outlook for Microsoft 365 (Windows, en-US, Exchange Online, Sweden)", enc="multipart/alternative, UTF-8 quoted-printable")
def c6810():
    dh, t = rfc_date(2026, 4, 21, 10, 15, 37, tz="+0200")
    blocks = [
        "Hi Jessica, Snow,",
        "Thanks for a good call this morning. Minutes below \u2013 shout if I missed anything.",
        "Attendees: Emma Lindqvist, Oskar Berg (Fj\u00e4llg\u00e5rd); Jessica Yu, Snow Wu, Helen Zhu (Yonglun)",
        "Agreed\n- Bulk fabric for style 26-114 (shell) stays with the current mill; no change of supplier this season.\n"
        "- Target FOB confirmed at USD 18.40 for 26-114.",
        "Actions",
        "1. Revised size chart for 26-114 (incl. longer back length)\n   Owner: Jessica Yu\n   Due: Friday 24 April",
        "2. Lab dip approvals for colours Moss and Fjord\n   Owner: Snow Wu\n   Due: 29 April",
        "3. Updated test protocol (water repellency after 20 washes)\n   Owner: Oskar Berg\n   Due: Thursday",
        "4. Root cause for the seam slippage on the PP samples\n   Owner: TBD (Yonglun side)\n   Due: ASAP",
        "5. Book the inline inspection for bulk\n   Owner: Helen Zhu\n   Due: tbc, depends on fabric arrival",
        "Next call: Tue 12 May, 09:00 CEST (15:00 Beijing)",
        "Best regards,\nEmma",
        "Emma Lindqvist\nSourcing Manager, Outerwear\nFj\u00e4llg\u00e5rd Outdoor AB | Stockholm",
    ]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "utf-8", lang="EN-US", font="Aptos")
    tag = "AM9PR03MB" + str(int(hx(6810, 6), 16) % 10000).zfill(4)
    b = f"_000_{tag}{hx_upper(68101, 12)}AM9PR03MB{hx_upper(68102, 4)}eurp_"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "quoted-printable", ct_style="quoted"),
        text_leaf(htm, "html", "utf-8", "quoted-printable", ct_style="quoted")])
    me = "emma.lindqvist@fjallgard.example.se"
    hs = trace(6810, "B", t, return_path=f"<{me}>",
               src="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
               more=[f"from {tag}.eurprd03.prod.outlook.com ([fe80::5c1:2d4a:9e2f:1b7c]) by\n {tag}.eurprd03.prod.outlook.com "
                     f"([fe80::5c1:2d4a:9e2f:1b7c%5]) with mapi id 15.20.8632.025; {dh}"], delay=5) + [
        f"From: Emma Lindqvist <{me}>",
        "To: Jessica Yu <yujiaqi@yonglun.example.com>, Snow Wu <wuxue@yonglun.example.com>",
        "CC: Oskar Berg <oskar.berg@fjallgard.example.se>, Helen Zhu\n\t<zhuhaiyan@yonglun.example.com>, "
        "\"minutes@yonglun.example.com\"\n\t<minutes@yonglun.example.com>",
        "Subject: " + hval("Minutes \u2013 AW26 development call (21 Apr)"),
        "Thread-Topic: " + hval("Minutes \u2013 AW26 development call (21 Apr)"),
        f"Thread-Index: {thread_index(6810)}",
        f"Date: {dh}",
        f"Message-ID:\n <{tag}{hx_upper(68103, 16)}@{tag}.eurprd03.prod.outlook.com>",
        "Accept-Language: sv-SE, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "msip_labels: ",
        "authentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=fjallgard.example.se;",
        "x-ms-publictraffictype: Email",
        "MIME-Version: 1.0",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6811 外部沟通跟进表 (HTML table) with the fabric mill, before Labour Day; Outlook gb2312 base64
# ---------------------------------------------------------------------------
N6811 = ("Sent Wed 2026-04-29 17:50, before the Labour Day holiday (05-01..05-05). Seed 外部沟通跟进表 as an Outlook table, "
         "supplier row. ① '锦纬彭磊…（5月6日前）' -> owner 彭磊 (the mill's manager, outsider in the roster; also in To) -> "
         "2026-05-06. ② '我方…' names nobody, so the row's 负责人 俞佳琪 owns it; '节后第一个工作日' -> Wed 2026-05-06. ③ "
         "邬雪 '3个工作日内' from Wed 04-29: Thu 04-30 = 1, 05-01..05-05 holiday, Wed 05-06 = 2, Thu 05-07 = 3 -> 2026-05-07. "
         "The 核心需求 cell (色差3级, 原定5月8日交付) is the problem statement, not an item. 下次沟通时间 2026-05-07, no time.")


@case(6811, "supplier-followup-table-outlook-mayday", "minutes", "B", notes=N6811,
      items=[I("出具第二缸面料复测报告", "彭磊", ("abs", "2026-05-06")),
             I("回复客户新交期", "俞佳琪", ("after_holiday", "Labour Day")),
             I("把客户确认的色卡寄到海宁", "邬雪", ("workdays", 3))],
      nxt=(("abs", "2026-05-07"), None),
      summary="3 items (1 external owner, 1 owned by the row 负责人), next 05-07 (no time)",
      tests="seed 外部沟通跟进表 as an HTML table; row 负责人 owns unnamed items; 节后第一个工作日 and 3个工作日内 across Labour Day",
      client="Outlook 2019 zh-CN", enc="multipart/alternative, gb2312 base64 (CRLF)")
def c6811():
    dh, t = rfc_date(2026, 4, 29, 17, 50, 14)
    header = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
              "解决方案/进展", "下次沟通时间", "负责人"]
    row = ["EC-2026-0429", "2026-04-29", "海宁锦纬纺织/彭经理", "业务一部/俞佳琪", "供应商",
           "26-114软壳面料第二缸与确认样色差约3级，客户不接受；原定5月8日交付的4200米面料需重新染色",
           "①锦纬彭磊出具第二缸面料复测报告（5月6日前）②我方节后第一个工作日回复客户新交期 ③邬雪3个工作日内把客户确认的色卡寄到海宁",
           "2026-05-07", "俞佳琪"]
    blocks = [
        "彭经理、邬雪：",
        "下午电话沟通的内容已整理进外部沟通跟进表，请查收确认：",
        T(header, [row]),
        "五一期间我手机保持畅通，有事随时联系。",
        "俞佳琪\n业务一部 经理\n宁波甬纶服饰进出口有限公司\nTel: 0574-8736 2210",
    ]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "gb2312")
    b = f"----=_NextPart_000_0001_01DC{hx_upper(6811, 4)}.{hx_upper(68111, 8)}"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "gb2312", "base64", ct_style="outlook", eol="\r\n"),
        text_leaf(htm, "html", "gb2312", "base64", ct_style="outlook", eol="\r\n")],
        preamble="This is a multipart message in MIME format.\n")
    cs = "gb2312"
    me = email_of("俞佳琪")
    hs = trace(6811, "B", t, return_path=f"<{me}>", more=[exmail_hop("115.231.92.30", dh, 68112)]) + [
        f"From: {addr('俞佳琪', me, cs)}",
        "To: " + addrs([("彭磊", "penglei@jinwei-textile.example.com"), P("邬雪")], cs, sep=",\n\t"),
        "Cc: " + addrs([P("应国栋"), BOT_B], cs, sep=",\n\t"),
        "Subject: " + hval("锦纬面料色差及交期沟通跟进（EC-2026-0429）", cs),
        f"Date: {dh}",
        f"Message-ID: {outlook_mid(6811, YL)}",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: {thread_index(6811)}",
        "Content-Language: zh-cn",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6812 企业微信 mail on the 05-09 make-up Saturday: cleaned list + chat log
# ---------------------------------------------------------------------------
N6812 = ("Sent Sat 2026-05-09 11:30, the Labour Day make-up working day (the week is Mon 05-04..Sun 05-10). The writer put a "
         "cleaned list first and pasted the 企业微信 group chat below 'for reference': the chat restates the same items and "
         "adds none. 1 '仓储主管韦志远' = role + name; '周一上午10点前': this week's Monday 05-04 is past -> Monday 2026-05-11 "
         "10:00. 2 '史超（我）' = the sender; '2个工作日内' from Saturday: Sun 05-10 rest, Mon 05-11 = 1, Tue 05-12 = 2 -> "
         "2026-05-12. 3 陈主管 = 陈静怡; '下周三前' -> Wednesday of the following week 2026-05-13. 4 is explicitly not listed "
         "('先不列', conditional on the packing list): not an item. The chat's '下周一开始做尾货' is information. No next meeting.")


@case(6812, "wecom-chat-paste-makeup-saturday", "minutes", "B", notes=N6812,
      items=[I("把FG-2604装箱单（含毛净重、体积）发给史超", "韦志远", ("wd", "Mon"), "10:00",
               src="把FG-2604装箱单（含毛净重、体积）发我"),
             I("向货代订舱，订好后把S/O发群里", "史超", ("workdays", 2)),
             I("跟慈溪加工厂确认剩余600件尾货能否随柜走", "陈静怡", ("nextweek", "Wed"))],
      summary="3 items (chat log and a '先不列' line not items), no next meeting",
      tests="cleaned 待办 list plus a pasted chat log restating it; sent on a make-up Saturday; 周一上午10点前; 2个工作日内 from a Saturday; 我 = the sender",
      client="企业微信 (WeCom) mail, desktop", enc="multipart/alternative, UTF-8 base64 (with an emoji)")
def c6812():
    dh, t = rfc_date(2026, 5, 9, 11, 30, 40)
    blocks = [
        "各位：",
        "今天上午临时碰了一下出运的事，群里聊得比较散，我把结论整理在前面，群聊记录附在后面备查。",
        "【整理后的待办】\n"
        "1. 仓储主管韦志远：周一上午10点前把FG-2604装箱单（含毛净重、体积）发我。\n"
        "2. 史超（我）：2个工作日内向货代订舱，订好后把S/O发群里。\n"
        "3. 陈主管：下周三前跟慈溪加工厂确认剩余600件尾货能否随柜走。\n"
        "4. 报关资料（发票、合同、装箱单）等装箱单出来后我来做，先不列。",
        "【群聊记录】\n"
        "韦志远 09:12\n@史超 装箱单我周一上午给你，今天仓库在盘点\n"
        "史超 09:15\n好的，周一10点前哈，我这边订舱要用\n"
        "陈静怡 09:40\n尾货600件我下周三前跟加工厂确认，能跟柜就跟\n"
        "史超 09:41\n\U0001F44D\n"
        "孙晓波 09:43\n加工厂说下周一开始做尾货",
        "史超\n船务部\n宁波甬纶服饰进出口有限公司",
    ]
    text = render_text(blocks)
    htm = html_body("exmail", blocks, "utf-8")
    b = f"----=_NextPart_{hx_upper(6812, 8)}_{hx_upper(68121, 8)}_{hx_upper(68122, 8)}"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "base64", ct_style="outlook", label="utf-8"),
        text_leaf(htm, "html", "utf-8", "base64", ct_style="outlook", label="utf-8")],
        preamble="This is a multi-part message in MIME format.\n")
    me = email_of("史超")
    to = [P("韦志远"), P("陈静怡"), P("孙晓波")]
    hs = trace(6812, "B", t, return_path=f"<{me}>", more=[exmail_hop("183.134.101.77", dh, 68123)]) + [
        f"X-QQ-mid: bizesmtpip{int(hx(68124, 8), 16) % 10**8}t{int(t.timestamp())}t{hx(68125, 8)}",
        f"X-QQ-Originating-IP: {hx(68126, 20)}",
        f"From: {addr('史超', me)}",
        "To: " + addrs(to, sep=", "),
        "Cc: " + addrs([P("俞佳琪"), BOT_B], sep=", "),
        "Subject: " + hval("5.9 周六加班碰头：FG-2604 出运安排（含群聊记录）"),
        "Mime-Version: 1.0",
        f"Date: {dh}",
        f"Message-ID: <tencent_{hx_upper(68127, 40)}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6813 整改跟踪表 pasted from Excel (tab-separated text / HTML table), 主责/配合 in one cell; Exmail gb18030
# ---------------------------------------------------------------------------
N6813 = ("Sent Mon 2026-05-18 19:05. A tracking table pasted from Excel: tab-separated in the text part, a table in the "
         "HTML part. The 责任人 cell holds '主责：X；配合：Y': only 主责 owns the row. Row 1 毛建军 '5/22' -> 2026-05-22. Row 2 "
         "is 已完成 -> not an item. Row 3 董丽 '5月25日' -> 2026-05-25. Row 4 毛建军 '月底' -> 2026-05-31. Row 5 竺海燕 '待定' "
         "-> vague_due. The 备注 column is remarks (客户要求20次水洗后复测, 等客户退货样), not items. The task is the row's "
         "问题描述, i.e. the problem to fix. No next meeting.")


@case(6813, "tsv-tracking-zhuze-peihe-exmail-gb18030", "minutes", "B", notes=N6813,
      items=[I("26-114 PP样接缝滑移", "毛建军", ("abs", "2026-05-22")),
             I("拉链头氧化", "董丽", ("abs", "2026-05-25")),
             I("验货报告模板英文版", "毛建军", ("month_end",)),
             I("客户投诉的色牢度问题8D报告", "竺海燕", None, vague=True)],
      summary="4 items (done row skipped; 主责 only), no next meeting",
      tests="Excel paste as tab-separated text; 主责/配合 in one cell; 5/22; 月底; 待定; 已完成 row; remarks column",
      client="Tencent Exmail (腾讯企业邮) web", enc="multipart/alternative, gb18030 base64")
def c6813():
    dh, t = rfc_date(2026, 5, 18, 19, 5, 27)
    header = ["序号", "问题描述", "责任人", "计划完成", "状态", "备注"]
    rows = [["1", "26-114 PP样接缝滑移", "主责：毛建军；配合：孙晓波", "5/22", "进行中", "客户要求20次水洗后复测"],
            ["2", "洗水标错印（FG-2604）", "主责：孙晓波", "5月15日", "已完成", "加工厂已重新印制"],
            ["3", "拉链头氧化", "主责：董丽；配合：毛建军", "5月25日", "进行中", "供应商已寄新样"],
            ["4", "验货报告模板英文版", "主责：毛建军", "月底", "未开始", ""],
            ["5", "客户投诉的色牢度问题8D报告", "主责：竺海燕；配合：钱美芳、毛建军", "待定", "进行中", "等客户退货样"]]
    blocks = ["各位，", "本周整改跟踪表更新如下（直接从Excel贴过来的，格式有点乱见谅）：", T(header, rows),
              "有问题直接找我。", "竺海燕\n品控部"]
    text = render_text(blocks)
    htm = html_body("exmail", blocks, "gb18030")
    b = f"----=_NextPart_{hx_upper(6813, 8)}_{hx_upper(68131, 8)}_{hx_upper(68132, 8)}"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "gb18030", "base64", ct_style="outlook"),
        text_leaf(htm, "html", "gb18030", "base64", ct_style="outlook")],
        preamble="This is a multi-part message in MIME format.\n")
    cs = "gb18030"
    me = email_of("竺海燕")
    to = [P(n) for n in ["毛建军", "孙晓波", "董丽", "钱美芳"]]
    hs = trace(6813, "B", t, return_path=f"<{me}>", more=[exmail_hop("115.231.92.52", dh, 68133)]) + [
        f"X-QQ-mid: bizesmtp{int(hx(68134, 8), 16) % 10**8}t{int(t.timestamp())}t{hx(68135, 8)}",
        f"From: {addr('竺海燕', me, cs)}",
        "To: " + addrs(to, cs, sep=", "),
        "Cc: " + addrs([P("应国栋"), BOT_B], cs, sep=", "),
        "Subject: " + hval("品质问题整改跟踪表（5月18日更新）", cs),
        "Mime-Version: 1.0",
        f"Date: {dh}",
        f"Message-ID: <tencent_{hx_upper(68136, 40)}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6814 the general manager forwards minutes from 网易邮箱大师 with a preface
# ---------------------------------------------------------------------------
N6814 = ("Forward sent Wed 2026-06-03 08:12 from 网易邮箱大师 on an iPhone; the minutes were written by 竺海燕 on 06-02 "
         "17:40 and sit below the '---- 转发的原邮件 ----' block with '| 发件人 | … |' rows (must not be stripped as a quote). "
         "The preface ('纪要助手跟一下这几项。佳琪，第3条…你盯一下') is an instruction to track, not an item. All deadlines are "
         "absolute, so the forward's and the original's dates agree: 毛建军 '6月5日（周五）前' -> 2026-06-05 (Friday, "
         "checked); 钱美芳 -> 2026-06-09; 俞佳琪 -> 2026-06-04; 竺海燕 -> 2026-06-10. The 一、 section is a quality report. "
         "'三、下次品质周会：6月9日（周二）16:00' -> 2026-06-09 16:00.")


@case(6814, "forward-quality-minutes-mailmaster", "minutes", "B", notes=N6814,
      items=[I("完成FG-2605大货的尾期验货，出具验货报告", "毛建军", ("abs", "2026-06-05", "Fri")),
             I("将26-118的纸样调整为客户新版尺寸表", "钱美芳", ("abs", "2026-06-09")),
             I("与客户确认色牢度问题的处理方案（退货还是折价）", "俞佳琪", ("abs", "2026-06-04")),
             I("组织加工厂做一次针检机校验培训", "竺海燕", ("abs", "2026-06-10"))],
      nxt=(("abs", "2026-06-09", "Tue"), "16:00"),
      summary="4 items from the forwarded minutes, next 06-09 16:00",
      tests="forwarded minutes (网易邮箱大师 '转发的原邮件' table header) with a preface that is not an item; bot in To",
      client="网易邮箱大师 (NetEase Mail Master) for iOS, company Exmail account", enc="multipart/alternative, UTF-8 base64")
def c6814():
    dh, t = rfc_date(2026, 6, 3, 8, 12, 55)
    fwd = Q("mailmaster", [
        "| 发件人 | 竺海燕<zhuhaiyan@yonglun.example.com> |",
        "| 日期 | 2026年06月02日 17:40 |",
        "| 收件人 | 应国栋<yingguodong@yonglun.example.com>、俞佳琪<yujiaqi@yonglun.example.com>、"
        "毛建军<maojianjun@yonglun.example.com>、钱美芳<qianmeifang@yonglun.example.com> |",
        "| 抄送至 |  |",
        "| 主题 | 品质周会纪要（6月2日） |"],
        ["应总、各位：",
         "今天品质周会纪要如下：",
         "一、本周质量情况\nFG-2604尾期验货一次通过率96.5%，较上周提升；26-114 PP样接缝滑移问题复测合格。",
         "二、待办事项\n"
         "1、毛建军：6月5日（周五）前完成FG-2605大货的尾期验货，出具验货报告。\n"
         "2、钱美芳：6月9日前将26-118的纸样调整为客户新版尺寸表。\n"
         "3、俞佳琪：6月4日前与客户确认色牢度问题的处理方案（退货还是折价）。\n"
         "4、竺海燕：6月10日前组织加工厂做一次针检机校验培训。",
         "三、下次品质周会：6月9日（周二）16:00。",
         "竺海燕\n品控部"],
        sep_line="---- 转发的原邮件 ----")
    blocks = ["纪要助手跟一下这几项。佳琪，第3条客户那边催得紧，你盯一下。", "发自网易邮箱大师", fwd]
    text = render_text(blocks)
    htm = html_body("div", blocks, "utf-8", quote_style="plain")
    b = f"NetEase-MailMaster-{hx(6814, 8)}-{hx(68141, 4)}-{hx(68142, 4)}-{hx(68143, 4)}-{hx(68144, 12)}"
    root = Multi('Content-Type: multipart/alternative; boundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "base64", ct_style="quoted", label="UTF-8"),
        text_leaf(htm, "html", "utf-8", "base64", ct_style="quoted", label="UTF-8")])
    me = email_of("应国栋")
    hs = trace(6814, "B", t, return_path=f"<{me}>", more=[exmail_hop("223.104.160.7", dh, 68145)]) + [
        f"From: {addr('应国栋', me)}",
        "To: " + addr(*BOT_B),
        "Cc: " + addrs([P("俞佳琪"), P("竺海燕")], sep=", "),
        "Subject: " + hval("转发：品质周会纪要（6月2日）"),
        f"Date: {dh}",
        f"Message-ID: <{hx_upper(68146, 8)}-{hx_upper(68147, 4)}-{hx_upper(68148, 4)}-{hx_upper(68149, 4)}-"
        f"{hx_upper(681410, 12)}@yonglun.example.com>",
        "MIME-Version: 1.0",
        "X-Mailer: MailMasterIOS/7.19.3.2134",
        "X-Priority: 3",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6815 验厂整改会议纪要 as a PDF attachment, Outlook zh-CN, sent the day before Dragon Boat
# ---------------------------------------------------------------------------
N6815 = ("Sent Thu 2026-06-18 16:20, the day before the Dragon Boat holiday (06-19..06-21). The minutes are in the PDF; the "
         "body only points to it ('端午节后跟进' there is not a meeting time). From the PDF table: 1 韦志远 '节后第一个工作日' -> "
         "Mon 2026-06-22. 2 包晓燕 '6月30日前' -> 2026-06-30. 3 卓雅 '3个工作日内' from Thu 06-18: 06-19..06-21 holiday, Mon "
         "06-22 = 1, Tue 06-23 = 2, Wed 06-24 = 3 -> 2026-06-24. 4 竺海燕 '7月3日前' -> 2026-07-03. '需在30天内提交整改证据' "
         "in 验厂结果 is the auditor's requirement, information. 下次会议 6月26日（周五）上午10:00 -> 2026-06-26 10:00.")


@case(6815, "pdf-audit-capa-outlook-dragon-boat", "minutes", "B", notes=N6815,
      items=[I("仓库消防通道清理并张贴疏散图", "韦志远", ("after_holiday", "Dragon Boat Festival")),
             I("补齐近3个月加班工时记录及工资单核对", "包晓燕", ("abs", "2026-06-30")),
             I("整理整改证据包（照片、记录）发审核机构", "卓雅", ("workdays", 3)),
             I("次要不符合项（化学品标识等5项）整改", "竺海燕", ("abs", "2026-07-03"))],
      nxt=(("abs", "2026-06-26", "Fri"), "10:00"),
      summary="4 items from the PDF, next 06-26 10:00",
      tests="minutes only in a PDF attachment; 节后第一个工作日 and 3个工作日内 across Dragon Boat; '30天内' requirement is information",
      client="Outlook 2019 zh-CN", enc="multipart/mixed: alternative gb2312 base64 + application/pdf (RFC 2231 name)")
def c6815():
    dh, t = rfc_date(2026, 6, 18, 16, 20, 33)
    pdf = make_pdf([
        (16, "会议纪要", 200),
        (11, "会议主题：美国客户 Harbor & Pine 社会责任验厂整改会", 0),
        (11, "时间：2026年6月18日 9:30-11:00      地点：公司二楼会议室", 0),
        (11, "主持：翁立群      记录：卓雅", 0),
        (11, "参会：翁立群、卓雅、竺海燕、韦志远、包晓燕", 0),
        (11, "", 0),
        (12, "一、验厂结果", 0),
        (11, "6月10日第三方审核（WRAP）共开出不符合项7项，其中主要不符合项2项（消防通道堵塞、加班工时", 0),
        (11, "记录不完整），需在30天内提交整改证据。", 0),
        (11, "", 0),
        (12, "二、整改分工", 0),
        (11, "序号  整改事项                                  负责人    完成时间", 0),
        (11, "1     仓库消防通道清理并张贴疏散图              韦志远    节后第一个工作日", 0),
        (11, "2     补齐近3个月加班工时记录及工资单核对        包晓燕    6月30日前", 0),
        (11, "3     整理整改证据包（照片、记录）发审核机构    卓雅      3个工作日内", 0),
        (11, "4     次要不符合项（化学品标识等5项）整改        竺海燕    7月3日前", 0),
        (11, "", 0),
        (12, "三、下次会议", 0),
        (11, "6月26日（周五）上午10:00，复核整改进度。", 0),
    ], title="验厂整改会议纪要", author="卓雅")
    blocks = ["各位：", "今天上午验厂整改会的纪要见附件PDF，请按分工推进，端午节后跟进。", "翁立群\n业务二部"]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "gb2312")
    alt = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"',
                f"----=_NextPart_001_0017_01DC{hx_upper(68151, 4)}.{hx_upper(68152, 8)}", [
                    text_leaf(text, "plain", "gb2312", "base64", ct_style="outlook", eol="\r\n"),
                    text_leaf(htm, "html", "gb2312", "base64", ct_style="outlook", eol="\r\n")])
    att = attach_leaf(pdf, "application/pdf", "验厂整改会议纪要0618.pdf")
    root = Multi('Content-Type: multipart/mixed;\n\tboundary="{b}"',
                 f"----=_NextPart_000_0016_01DC{hx_upper(68151, 4)}.{hx_upper(68152, 8)}", [alt, att],
                 preamble="This is a multipart message in MIME format.\n")
    cs = "gb2312"
    me = email_of("翁立群")
    to = [P(n) for n in ["卓雅", "竺海燕", "韦志远", "包晓燕"]]
    hs = trace(6815, "B", t, return_path=f"<{me}>", more=[exmail_hop("115.231.92.61", dh, 68153)]) + [
        f"From: {addr('翁立群', me, cs)}",
        "To: " + addrs(to, cs, sep=",\n\t"),
        "Cc: " + addrs([P("应国栋"), BOT_B], cs, sep=",\n\t"),
        "Subject: " + hval("客户验厂整改会议纪要（见附件PDF）", cs),
        f"Date: {dh}",
        f"Message-ID: {outlook_mid(6815, YL)}",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: {thread_index(6815)}",
        "Content-Language: zh-cn",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6816 Taiwanese zipper supplier, Outlook zh-TW, Big5
# ---------------------------------------------------------------------------
N6816 = ("Minutes written in traditional Chinese by the Taiwanese zipper supplier (Outlook zh-TW, Big5 headers and body). "
         "Sent Tue 2026-07-14 10:30 +0800. 結論 lines are decisions. 待辦: 1 '鼎昌（林佩君）' -> the writer 林佩君 (outsider "
         "in the roster, department null); '7/17（五）前' -> 2026-07-17 (Friday, checked). 2 '鼎昌品保張志豪' is not in the "
         "roster nor in the headers -> owner_name as written (張志豪), email null, department null; '2個工作日內' from Tue: "
         "Wed 07-15, Thu 07-16 -> 2026-07-16. 3 '甬綸董麗經理' = 董丽 (traditional form of the roster name; the To header "
         "display name is also 董麗) -> canonical 董丽; '下週一前' -> Monday of the following week 2026-07-20. 4 孫曉波 = "
         "孙晓波, conditional on receipt ('收貨後') with no date -> no_due. Tasks are kept in traditional Chinese as written. "
         "'下次會議 7/21（二）14:00' -> 2026-07-21 14:00 (Tuesday, checked).")


@case(6816, "zipper-supplier-big5-outlook-zh-tw", "minutes", "B", notes=N6816,
      items=[I("第一批3,500條於7/17（五）前出貨，並提供出貨明細", "林佩君", ("abs", "2026-07-17", "Fri"),
               src="第一批3,500條於7/17（五）前出貨"),
             I("提供鹽霧測試報告", name="張志豪", due=("workdays", 2)),
             I("確認第二批的顏色與數量", "董丽", ("nextweek", "Mon")),
             I("收貨後安排加工廠試車，回饋拉合順暢度", "孙晓波")],
      nxt=(("abs", "2026-07-21", "Tue"), "14:00"),
      summary="4 items (traditional-Chinese owners mapped to the roster, 1 person outside the roster, 1 no date), next 07-21 14:00",
      tests="Big5 (Outlook zh-TW); traditional names 董麗/孫曉波 -> roster 董丽/孙晓波; supplier's own items; 2個工作日內; 下週一前; 7/21（二）",
      client="Outlook 2016 zh-TW (Taiwan)", enc="multipart/alternative, big5 base64; Big5 RFC 2047 names")
def c6816():
    dh, t = rfc_date(2026, 7, 14, 10, 30, 5)
    blocks = [
        "董經理、曉波 您好：",
        "感謝今早撥冗視訊，會議記錄整理如下，如有遺漏請再告知。",
        "會議時間：2026/7/14（二）09:00-09:50\n與會人員：甬綸 董麗經理、孫曉波；鼎昌 林佩君、品保 張志豪",
        "一、結論\n1. FG-2605 所需5號金屬拉鍊（古銅色）共6,500條，分兩批出貨。\n2. 拉鍊頭氧化問題確認為電鍍後烘乾不足，已調整製程。",
        "二、待辦事項\n"
        "1. 鼎昌（林佩君）：第一批3,500條於7/17（五）前出貨，並提供出貨明細。\n"
        "2. 鼎昌品保張志豪：2個工作日內提供鹽霧測試報告。\n"
        "3. 甬綸董麗經理：下週一前確認第二批的顏色與數量。\n"
        "4. 甬綸孫曉波：收貨後安排加工廠試車，回饋拉合順暢度。",
        "三、下次會議\n7/21（二）14:00 視訊",
        "林佩君 Peggy Lin\n鼎昌拉鍊股份有限公司 業務部\nTEL: +886-2-2298-6610 ext.215",
    ]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "big5", lang="ZH-TW", font="新細明體")
    b = f"----=_NextPart_000_0009_01DC{hx_upper(6816, 4)}.{hx_upper(68161, 8)}"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "big5", "base64", ct_style="outlook", eol="\r\n"),
        text_leaf(htm, "html", "big5", "base64", ct_style="outlook", eol="\r\n")],
        preamble="This is a multipart message in MIME format.\n")
    cs = "big5"
    me = "peichun.lin@dingchang-zipper.example.com.tw"
    hs = trace(6816, "B", t, return_path=f"<{me}>",
               src="mail.dingchang-zipper.example.com.tw (mail.dingchang-zipper.example.com.tw [203.0.113.158])",
               more=[f"from PEGGYLIN-NB (unknown [192.168.10.87])\n\tby mail.dingchang-zipper.example.com.tw (Postfix) with "
                     f"ESMTPA id {hx_upper(68162, 10)};\n\t{dh}"], delay=6) + [
        f"From: {addr('林佩君', me, cs)}",
        "To: " + addrs([("董麗", email_of("董丽")), ("孫曉波", email_of("孙晓波"))], cs, sep=",\n\t"),
        "Cc: " + addrs([("陳靜怡", email_of("陈静怡")), ("紀要助手", ORGS["B"]["bot"])], cs, sep=",\n\t"),
        "Subject: " + hval("會議記錄：FG-2605 拉鍊交期及品質改善（7/14）", cs),
        f"Date: {dh}",
        f"Message-ID: {outlook_mid(6816, 'dingchang-zipper.example.com.tw')}",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: {thread_index(6816)}",
        "Content-Language: zh-tw",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6836 auto: the Swedish buyer's out-of-office reply to the bot's recap
# ---------------------------------------------------------------------------
N6836 = ("Exchange Online out-of-office reply (Swedish/English), Wed 2026-04-22 12:00 +0200, from the buyer (travelling "
         "from 04-22) to a mail the bot sent in the thread of 6810 (In-Reply-To the bot's message): Auto-Submitted: "
         "auto-replied, X-MS-Exchange-Inbox-Rules-Loop, X-Auto-Response-Suppress, subject 'Automatiskt svar:'. The body has "
         "dates (22-30 April, Monday 4 May) and a delegate; none is an item, a command or a follow-up. kind auto.")


@case(6836, "auto-ooo-swedish-buyer-exchange", "auto", "B", notes=N6836,
      summary="out-of-office, no items",
      tests="Exchange auto-reply to a recap (Auto-Submitted: auto-replied, Inbox-Rules-Loop), bilingual body with dates",
      client="Exchange Online automatic reply", enc="multipart/alternative, UTF-8 base64")
def c6836():
    dh, t = rfc_date(2026, 4, 22, 12, 0, 41, tz="+0200")
    blocks = [
        "Tack för ditt mejl. Jag är på resa 22–30 april (fabriksbesök i Vietnam och Kina) och har begränsad tillgång till "
        "e-post. Jag är tillbaka på kontoret måndag 4 maj.",
        "Thank you for your email. I am travelling 22–30 April (factory visits in Vietnam and China) with limited access "
        "to email and will be back in the office on Monday 4 May. For urgent matters regarding AW26 development please "
        "contact Oskar Berg (oskar.berg@fjallgard.example.se).",
        "Emma Lindqvist\nSourcing Manager, Outerwear\nFjällgård Outdoor AB",
    ]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "utf-8", lang="SV", font="Aptos")
    tag = "AM9PR03MB8584"
    b = f"_000_{tag}{hx_upper(68361, 12)}AM9PR03MB{hx_upper(68362, 4)}eurp_"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "base64", ct_style="quoted"),
        text_leaf(htm, "html", "utf-8", "base64", ct_style="quoted")])
    me = "emma.lindqvist@fjallgard.example.se"
    recap_mid = f"<recap.{hx(68363, 16)}@yonglun.example.com>"
    hs = trace(6836, "B", t, return_path="<>",
               src="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2072.outbound.protection.outlook.com [40.107.22.72])",
               more=[f"from {tag}.eurprd03.prod.outlook.com ([fe80::5c1:2d4a:9e2f:1b7c]) by\n {tag}.eurprd03.prod.outlook.com "
                     f"([fe80::5c1:2d4a:9e2f:1b7c%5]) with mapi id 15.20.8632.025; {dh}"], delay=4) + [
        f"From: Emma Lindqvist <{me}>",
        f"To: {addr(*BOT_B)}",
        "Subject: " + hval("Automatiskt svar: Re: Minutes – AW26 development call (21 Apr)"),
        "Thread-Topic: " + hval("Minutes – AW26 development call (21 Apr)"),
        f"Thread-Index: {thread_index(6836, parent=6810)}",
        f"Date: {dh}",
        f"Message-ID:\n <{tag}{hx_upper(68364, 16)}@{tag}.eurprd03.prod.outlook.com>",
        f"References: {recap_mid}",
        f"In-Reply-To: {recap_mid}",
        "Auto-Submitted: auto-replied",
        "X-MS-Has-Attach: ",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: emma.lindqvist@fjallgard.example.se",
        "X-MS-TNEF-Correlator: ",
        "x-ms-exchange-parent-message-id: " + recap_mid,
        "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
        "Content-Language: sv-SE",
        "MIME-Version: 1.0",
    ]
    return build_message(hs, root)
