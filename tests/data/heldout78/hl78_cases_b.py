"""Cases 10605-10612: 武当传动轴 (cont.) and 哈密市伊州区发展和改革委员会 (government unit)."""
import base64
import datetime as dt
import html as H

from hl78_common import (I, NF, P, addr, alist, attach, case, dept, ew, ext, make_docx, make_pdf, message, multi,
                         rfcdate, received, text)
from hl78_cases_a import BOT, GRACE, OTIENO, outlook_html, wd_received

GOVBOT = ("纪要助手", "minutes@yzfgw.example.gov.cn")


def gov_received(date, ip, rid):
    return ("Received", "from localhost (unknown [%s])\n\tby ajax-webmail-mail.yzfgw.example.gov.cn (Coremail) with "
                        "HTTP; %s (GMT+08:00)" % (ip, date.rsplit(" ", 1)[0]))


def coremail_html(lines):
    return ("<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">" +
            "".join("<div>%s</div>" % (H.escape(x) if x else "<br>") for x in lines) + "</div>\n")


# ------------------------------------------------------------------ 10605
@case(10605, "wd-new-minutes-as-re-in-old-thread", "minutes",
      "New minutes posted as 'RE:' in an old Outlook thread: only the new block above the quoted 发件人/发送时间 header "
      "counts, the quoted April minutes (with their own dated items) are history; 5月22日前, 下周一前, 尽快; no next meeting")
def c10605():
    date = rfcdate(2026, 5, 20, 15, 40, 18)
    lines = [
        "各位，",
        "",
        "今天（5/20）下午出货协调会的纪要接着这个邮件发，方便大家对照上次的安排：",
        "",
        "1. 刘倩：5月22日前把订舱确认单发给Tsavo，同时抄送付主管。",
        "2. 田主任：下周一前完成剩余260件NPR传动轴入库。",
        "3. 付主管：尽快催供应商提供包装木箱熏蒸证明，没有证明不能装柜。",
        "",
        "下次协调会看船公司放舱情况再定。",
        "",
        "陈思远",
        "外贸部 | 十堰武当传动轴有限公司",
        "",
        "发件人: 陈思远 <chensiyuan@wdds.example.cn>",
        "发送时间: 2026年4月28日 11:02",
        "收件人: 刘倩 <liuqian@wdds.example.cn>; 田勇 <tianyong@wdds.example.cn>; 付晓燕 <fuxiaoyan@wdds.example.cn>",
        "抄送: 纪要助手 <minutes@wdds.example.cn>",
        "主题: 肯尼亚Tsavo 5月船期出货协调",
        "",
        "各位，4月28日出货协调会纪要：",
        "1. 刘倩：4月30日前向Tsavo确认分批出货方案。",
        "2. 田主任：5月15日前完成首批1540件生产。",
        "3. 付主管：5月10日前落实出口木箱供应商。",
        "下次协调会：5月20日下午。",
    ]
    plain = "\r\n".join(lines) + "\r\n"
    hl = []
    for x in lines:
        if x.startswith("发件人:"):
            hl.append('<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>')
        hl.append(x)
    hl.append("</div>")
    part = multi("alternative", [
        text(plain, "plain", "utf-8", "base64"),
        text(outlook_html(hl, "utf-8"), "html", "utf-8", "quoted-printable"),
    ], "_000_TYZPR03MB7108B2C6E1D94F3A8B7C5D61TYZPR03MB7108apcp_")
    subj = "RE: 肯尼亚Tsavo 5月船期出货协调"
    hs = [
        ("Return-Path", "<chensiyuan@wdds.example.cn>"),
        wd_received(date, n=52, rid="4ZRd7f2Lk9z3"),
        ("From", addr("陈思远", "chensiyuan@wdds.example.cn")),
        ("To", alist([P("刘倩"), P("田勇"), P("付晓燕")])),
        ("Cc", alist([BOT])),
        ("Subject", ew(subj)),
        ("Thread-Topic", ew("肯尼亚Tsavo 5月船期出货协调")),
        ("Thread-Index", "AdzJ7yX0bV3Qc2s8TXyBfN1mPq0hAAMTkWJw"),
        ("Date", date),
        ("Message-ID", "<TYZPR03MB7108B2C6E1D94F3A8B7C5D61@TYZPR03MB7108.apcprd03.prod.outlook.example.com>"),
        ("References", "<TYZPR03MB71085A3E2C1B4D6F9E0A7B12@TYZPR03MB7108.apcprd03.prod.outlook.example.com>"),
        ("In-Reply-To", "<TYZPR03MB71085A3E2C1B4D6F9E0A7B12@TYZPR03MB7108.apcprd03.prod.outlook.example.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "zh-CN"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("刘倩", "把订舱确认单发给Tsavo", "2026-05-22", "abs:2026-05-22"),
        I("田勇", "完成剩余260件NPR传动轴入库", "2026-05-25", "next:0"),
        I("付晓燕", "催供应商提供包装木箱熏蒸证明", None, "vague"),
    ]
    notes = ("Sent Wed 2026-05-20 as 'RE:' in the thread of the 04-28 minutes (In-Reply-To/References set). Only the "
             "new block counts: 5月22日前 -> 05-22; 下周一前 -> 05-25; 尽快 -> vague_due. 田主任=田勇, 付主管=付晓燕. "
             "Everything under the Outlook '发件人:/发送时间:' header is the quoted April minutes (their items and "
             "'下次协调会：5月20日下午' are history, not this meeting's). '看船公司放舱情况再定' -> no next_followup.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10606
@case(10606, "wd-auto-ooo-exchange-dragon-boat", "auto",
      "Exchange out-of-office '自动回复:' (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) to a recap, "
      "sent on the eve of 端午; the body has dates and a delegate -> auto, no items")
def c10606():
    date = rfcdate(2026, 6, 18, 17, 31, 6)
    body = ("您好，\r\n\r\n我于6月18日下午至6月22日休假（端午节），6月23日返岗，期间邮件无法及时回复。\r\n"
            "技术问题请联系吴磊（wulei@wdds.example.cn，0719-8826xxx），紧急事项请直接电话联系。\r\n\r\n黄志刚\r\n")
    part = multi("alternative", [
        text(body, "plain", "utf-8", "base64"),
        text(outlook_html(body.replace("\r\n", "\n").split("\n"), "utf-8"), "html", "utf-8", "base64"),
    ], "_000_TYZPR03MB7108C93A0F2E4D1B8A6C7E55TYZPR03MB7108apcp_")
    hs = [
        ("Return-Path", "<>"),
        wd_received(date, n=18, rid="4ZWg8s0Rb1z2"),
        ("From", addr("黄志刚", "huangzhigang@wdds.example.cn")),
        ("To", addr(*BOT)),
        ("Subject", ew("自动回复: 【纪要助手】请确认：WD-PS-2231改型评审待办")),
        ("Thread-Topic", ew("【纪要助手】请确认：WD-PS-2231改型评审待办")),
        ("Date", date),
        ("Message-ID", "<TYZPR03MB7108C93A0F2E4D1B8A6C7E55@TYZPR03MB7108.apcprd03.prod.outlook.example.com>"),
        ("In-Reply-To", "<recap.20260618.0932.7f3a@wdds.example.cn>"),
        ("References", "<recap.20260618.0932.7f3a@wdds.example.cn>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "huangzhigang@wdds.example.cn"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ("Content-Language", "zh-CN"),
    ]
    eml = message(hs, part, crlf=True)
    notes = ("Out-of-office reply to a bot recap: Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, "
             "Return-Path <> and the '自动回复:' subject. The body mentions 6月18日/6月22日/6月23日 and a delegate; "
             "nothing is an item or a command. kind auto; the bot must not answer it.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ------------------------------------------------------------------ 10607
@case(10607, "wd-distributor-gmail-owner-due-blocks-eat", "minutes",
      "Gmail English minutes written by the Kenyan distributor (Date +0300, 20:30 = 01:30 next day in Shanghai): "
      "[ ] Owner/Action/Due blocks, a [x] done block, 'TBC'; next call in EAT with the Beijing time in brackets")
def c10607():
    date = rfcdate(2026, 6, 8, 20, 30, 14, "+0300")
    body = """Hi Sean, Cathy,

Notes from today's call below. I've kept the same format as last time.

Present: Grace Wanjiru, Otieno Ouma (Tsavo); Sean Chen, Cathy Liu (Wudang)

1. Returned shafts - Otieno's team confirmed the noise came from the centre
bearing bracket fitted at the garage, not the shaft. Case closed on our side.
2. Q3 forecast - roughly 2,400 pcs, heavier on the Mitsubishi Canter range.
3. Tsavo will show Wudang parts at the Mombasa motor show in August.

Action items

[ ] Owner: Sean
    Action: send the Q3 price proposal for the Canter range
    Due: Friday 12 June

[ ] Owner: Otieno
    Action: share the garage installation checklist
    Due: by next Wednesday

[ ] Owner: Cathy
    Action: send 20 sets of printed catalogues for the motor show
    Due: 30 June

[ ] Owner: Grace
    Action: confirm the booth size with the show organiser
    Due: TBC

[x] Owner: Otieno - photos and VIN list of the returned shafts (done 21 Apr)

Next call: Wednesday 17 June, 4:00 pm EAT (9:00 pm Beijing).

Thanks,
Grace

--
Grace Wanjiru
Procurement Manager
Tsavo Motor Spares Ltd | Mombasa, Kenya
"""
    htm = "<div dir=\"ltr\">" + "".join(
        "<div>%s</div>" % (H.escape(x).replace("    ", "&nbsp; &nbsp; ") if x else "<br>")
        for x in body.split("\n")) + "</div>\n"
    part = multi("alternative", [
        text(body, "plain", "UTF-8", "quoted-printable"),
        text(htm, "html", "UTF-8", "quoted-printable"),
    ], "0000000000008c1f2a0650e1b7d4")
    hs = [
        ("Return-Path", "<grace.wanjiru@tsavo-spares.example.co.ke>"),
        ("Received", "from mail-ej1-f45.google.example.com (mail-ej1-f45.google.example.com [209.85.218.45])\n\tby "
                     "mail.wdds.example.cn (Postfix) with ESMTPS id 4ZYq2c5Mn8z1\n\tfor <minutes@wdds.example.cn>; "
                     "Tue, 9 Jun 2026 01:30:19 +0800 (CST)"),
        ("MIME-Version", "1.0"),
        ("From", "Grace Wanjiru <grace.wanjiru@tsavo-spares.example.co.ke>"),
        ("Date", date),
        ("Message-ID", "<CAJx8Tq3vN2pW0bX7kYh5dQ1Lr9sF4eGmZc6uAo8HtB2yKnR3wQ@mail.gmail.example.com>"),
        ("Subject", "Tsavo x Wudang - call notes & actions (8 Jun)"),
        ("To", "Sean Chen <chensiyuan@wdds.example.cn>, Cathy Liu <liuqian@wdds.example.cn>"),
        ("Cc", "Otieno Ouma <otieno.ouma@tsavo-spares.example.co.ke>, " + addr(*BOT, quote=False)),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("陈思远", "send the Q3 price proposal for the Canter range", "2026-06-12", "abs:2026-06-12"),
        I(ext(*OTIENO), "share the garage installation checklist", "2026-06-17", "next:2"),
        I("刘倩", "send 20 sets of printed catalogues for the motor show", "2026-06-30", "abs:2026-06-30"),
        I(ext(*GRACE), "confirm the booth size with the show organiser", None, "vague"),
    ]
    notes = ("Minutes written by the distributor in Gmail. Date Mon 2026-06-08 20:30 +0300 = Tue 06-09 01:30 in "
             "Shanghai; every phrase resolves the same either way: 'Friday 12 June' -> 06-12; 'by next Wednesday' -> "
             "Wednesday of the following week 06-17 (from Kenyan Monday or Shanghai Tuesday); '30 June' -> 06-30; "
             "'TBC' -> vague_due. Sean=陈思远, Cathy=刘倩 (aliases); Otieno via the Cc display name, Grace = From "
             "(external). The [x] block is done (status). Discussion points are not items. 'Next call: Wednesday 17 "
             "June, 4:00 pm EAT (9:00 pm Beijing)' -> 2026-06-17 21:00 Shanghai time.")
    return {"eml": eml, "items": items, "next": NF("2026-06-17", "abs:2026-06-17", "21:00"), "notes": notes}


# ------------------------------------------------------------------ 10608
@case(10608, "wd-redesign-review-thunderbird-flowed-checkboxes", "minutes",
      "Thunderbird format=flowed 8bit UTF-8 with [x]/[ ] checkboxes: [x] lines are done, [ ] lines are items; "
      "lead/support in brackets (黄工牵头（吴磊配合）); lines wrapped by flowed; 7月10日前, 下周三, 待定, 本周五")
def c10608():
    date = rfcdate(2026, 7, 2, 18, 12, 55)
    body = ("各位，\n\n今天WD-PS-2231改型评审的小结，按清单列，打勾的是已经做完的：\n\n"
            "[x] 相位角图纸更改单 —— 已于5月6日提交（吴磊）\n"
            "[x] 新平衡机试运行记录 —— 柯班长已交\n"
            "[ ] 黄工牵头（吴磊配合）：改型样件10套装车路试并出路试报告，7月10日 \n前\n"
            "[ ] 邓主管：修订来料检验规范中花键跳动的抽样方案，下周三\n"
            "[ ] 付主管：和钢管厂谈新材料价格，时间待定（等周总定了年用量再谈 \n）\n"
            "[ ] 吴磊：更新BOM并同步ERP，本周五\n\n"
            "下次评审等路试报告出来再约。\n\n"
            "-- \n吴磊 技术部\n十堰武当传动轴有限公司\n")
    part = text(body, "plain", "UTF-8", "8bit", flowed=True)
    hs = [
        ("Return-Path", "<wulei@wdds.example.cn>"),
        wd_received(date, n=73, rid="4ZcK9p4Xw6z5"),
        ("Message-ID", "<8f2c61d4-3b7a-4e09-a5d1-2c9e7b0f4a36@wdds.example.cn>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", alist([P("黄志刚"), P("邓秀英"), P("付晓燕")], quote=False)),
        ("Cc", alist([P("柯明"), BOT], quote=False)),
        ("From", addr("吴磊", "wulei@wdds.example.cn", quote=False)),
        ("Subject", ew("WD-PS-2231 改型评审 小结", "UTF-8")),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("黄志刚", "改型样件10套装车路试并出路试报告", "2026-07-10", "abs:2026-07-10"),
        I("邓秀英", "修订来料检验规范中花键跳动的抽样方案", "2026-07-08", "next:2"),
        I("付晓燕", "和钢管厂谈新材料价格", None, "vague"),
        I("吴磊", "更新BOM并同步ERP", "2026-07-03", "this:4"),
    ]
    notes = ("Sent Thu 2026-07-02. Checkbox list: [x] lines are done (status), [ ] lines are items. Item 1: 黄工 leads "
             "(owner 黄志刚), 吴磊 only supports; its '7月10日前' is split by a flowed soft break (trailing space) -> "
             "07-10. 下周三 -> 07-08; '时间待定' -> vague_due; 本周五 -> 07-03 (tomorrow). 邓主管=邓秀英, "
             "付主管=付晓燕. '等路试报告出来再约' -> no next_followup. format=flowed, 8bit UTF-8, no HTML part.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10609
@case(10609, "wd-other-reschedule-apple-mail-english", "other",
      "Apple Mail English chat moving a call (bot left in Cc from the thread): dates and a 'by tomorrow' request, "
      "but no minutes -> other")
def c10609():
    date = rfcdate(2026, 6, 15, 9, 20, 44)
    body = ("Hi Grace,\n\nCould we move Wednesday's call to Thursday 18 June, same time? Sean is at the auto parts "
            "fair in Wuhan on Wednesday and would like to join.\n\nIf Thursday doesn't work, Friday morning your time "
            "is also fine for us. Could you let me know by tomorrow so I can update the invite?\n\nThanks,\nCathy\n\n"
            "Cathy Liu | Export Dept.\nShiyan Wudang Driveshaft Co., Ltd.\n")
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=us-ascii\"></head><body style=\""
           "overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">" +
           "".join("<div>%s</div>" % (H.escape(x) or "<br>") for x in body.split("\n")) + "</body></html>")
    part = multi("alternative", [
        text(body, "plain", "us-ascii", "7bit"),
        text(htm, "html", "us-ascii", "7bit"),
    ], "Apple-Mail=_6B1E4F0A-93C2-4D7B-8E15-2F0C9A3D7E61")
    hs = [
        ("Return-Path", "<liuqian@wdds.example.cn>"),
        wd_received(date, n=88, rid="4ZZ0wH3Vt5z7"),
        ("From", "Cathy Liu <liuqian@wdds.example.cn>"),
        ("Content-Type", 'multipart/alternative;\n\tboundary="Apple-Mail=_6B1E4F0A-93C2-4D7B-8E15-2F0C9A3D7E61"'),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ("Subject", "Re: Tsavo x Wudang - call notes & actions (8 Jun)"),
        ("Date", date),
        ("In-Reply-To", "<CAJx8Tq3vN2pW0bX7kYh5dQ1Lr9sF4eGmZc6uAo8HtB2yKnR3wQ@mail.gmail.example.com>"),
        ("Cc", "Sean Chen <chensiyuan@wdds.example.cn>, " + addr(*BOT, quote=False)),
        ("To", "Grace Wanjiru <grace.wanjiru@tsavo-spares.example.co.ke>"),
        ("References", "<CAJx8Tq3vN2pW0bX7kYh5dQ1Lr9sF4eGmZc6uAo8HtB2yKnR3wQ@mail.gmail.example.com>"),
        ("Message-Id", "<5D1B7E24-0C8F-4A3E-9B62-7E4F1A0C2D95@wdds.example.cn>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    phs, pbody = part
    eml = message(hs, ([], pbody), mime_version=False)
    notes = ("A person's rescheduling request in the thread of 10607 (Re:, In-Reply-To), with the bot still in Cc. It "
             "proposes Thursday 18 June and asks for an answer 'by tomorrow', but it is neither minutes nor a "
             "command reply to a recap: kind other, no items, no follow-up. Apple Mail, 7bit us-ascii.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ------------------------------------------------------------------ 10610
@case(10610, "yz-gov-special-meeting-coremail-yishi-ershi", "minutes",
      "Coremail (government) 专题会议纪要 with 一是/二是 paragraphs and 责任单位/责任人/完成时限 tails: 3个工作日内 from a "
      "Friday over the 05-09 make-up Saturday; dept-only 项目科（牵头）+ other bureaus (配合); a 常态化 task with no "
      "date; 5月底前; a discipline paragraph that is not an item; next meeting with 北京时间")
def c10610():
    date = rfcdate(2026, 5, 8, 11, 30, 27)
    lines = [
        "伊州区发展和改革委员会",
        "专 题 会 议 纪 要",
        "〔2026〕第9期",
        "",
        "5月7日上午，艾尔肯·吐尔逊主任主持召开重点项目推进专题会议，听取2026年第一批中央预算内投资项目前期工作"
        "进展情况汇报，研究部署下一阶段工作。现将会议议定事项纪要如下：",
        "",
        "一、会议认为，今年以来全区重点项目前期工作总体有序推进，4个项目已取得可研批复，但仍存在要件不齐、"
        "推进不平衡等问题。",
        "",
        "二、会议要求",
        "一是加快项目前期手续办理。对尚未完成可研批复的4个项目逐一建立问题清单，倒排工期。责任单位：项目科；"
        "责任人：马振华；完成时限：3个工作日内。",
        "二是做好项目储备库更新。责任单位：项目科（牵头），区财政局、区自然资源局（配合）；完成时限：5月20日前。",
        "三是规范价格监测数据报送。价格科要督促各监测点按周报送农副产品价格数据，由古丽娜尔科长负责，本月起"
        "常态化开展。",
        "四是做好迎峰度夏能源保供准备。责任单位：能源科；责任人：孙立新；完成时限：5月底前。",
        "五是严肃工作纪律。各科室要严格落实首问负责制和限时办结制，不得推诿扯皮。",
        "",
        "三、下次调度会议定于5月21日（周四）下午4点（北京时间）在三楼会议室召开。",
        "",
        "出席：艾尔肯·吐尔逊、王海燕、马振华、古丽娜尔·买买提、孙立新、李建国",
        "记录：赵婷",
        "",
        "抄送：委领导，各科室。",
        "伊州区发展和改革委员会办公室        2026年5月8日印发",
    ]
    part = multi("alternative", [
        text("\n".join(lines) + "\n", "plain", "UTF-8", "base64"),
        text(coremail_html(lines), "html", "UTF-8", "base64"),
    ], "----=_Part_418873_1620486112.1778211027354")
    hs = [
        ("Return-Path", "<wanghaiyan@yzfgw.example.gov.cn>"),
        gov_received(date, "10.65.3.21", "x"),
        ("Date", date),
        ("From", addr("王海燕", "wanghaiyan@yzfgw.example.gov.cn")),
        ("To", alist([P("马振华"), P("古丽娜尔·买买提"), P("孙立新"), P("李建国")])),
        ("Cc", alist([P("艾尔肯·吐尔逊"), P("赵婷"), GOVBOT])),
        ("Subject", ew("伊州区发改委重点项目推进专题会议纪要（〔2026〕第9期）")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9b9f0a2d)"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-CTRLDATA", "kT3lVWZvb3Rlcl9odG09NjQxOjYxMg=="),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<6a3f1c2e.4b17.19e0a8c2f1b.Coremail.wanghaiyan@yzfgw.example.gov.cn>"),
        ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
        ("X-CM-SenderInfo", "pzdqwxpldqj3l6r2h2lxhh0/"),
    ]
    phs, pbody = part
    eml = message(hs, (phs, pbody), mime_version=False)
    items = [
        I("马振华", "对尚未完成可研批复的4个项目逐一建立问题清单", "2026-05-12", "wd:3"),
        I(dept("项目科"), "做好项目储备库更新", "2026-05-20", "abs:2026-05-20"),
        I("古丽娜尔·买买提", "督促各监测点按周报送农副产品价格数据", None, "none"),
        I("孙立新", "做好迎峰度夏能源保供准备", "2026-05-31", "me"),
    ]
    notes = ("Government 一是/二是 style, sent Fri 2026-05-08. 一是: 责任人 马振华, 3个工作日内 counts the make-up "
             "Saturday 05-09, then 05-11, 05-12 -> 2026-05-12. 二是: only units (项目科 牵头, two other bureaus 配合) "
             "-> owner null, department 项目科, no_owner; 5月20日前 -> 05-20. 三是: owner 古丽娜尔科长 (alias of "
             "古丽娜尔·买买提), '本月起常态化开展' is ongoing with no deadline -> no_due. 四是: 孙立新, 5月底前 -> 05-31 "
             "(a Sunday; kept as written). 五是 and 一、会议认为 are policy/assessment, not items. Next meeting "
             "'5月21日（周四）下午4点（北京时间）' -> 2026-05-21 16:00.")
    return {"eml": eml, "items": items, "next": NF("2026-05-21", "abs:2026-05-21", "16:00"), "notes": notes}
