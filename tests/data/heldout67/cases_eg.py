"""Cases 9517-9521: Egeskov Ventilation (Jiaxing) — Danish-owned, English and Chinese writers."""
from h67_build import mk
from h67_core import Case, I, P, T, tz
from h67_mime import esc, flowed, leaf, lines_html, multi, outlook_html, mso_paras, simple_html

ORG = "EG"
UTC = tz(0)


def en(name):
    """English display names used by this company's mail clients."""
    m = {"沈佳怡": "Jiayi Shen", "蒋磊": "Ray Jiang", "钱梦婷": "Mona Qian", "陆晨": "Lu Chen", "朱浩然": "Howie Zhu"}
    return (m.get(name, name), P[name]["email"])


M365_HOP = ("AM9PR04MB8123.eurprd04.prod.outlook.com", "")


def m365_alt(text, seed):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n'
            '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
            'Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n%s\n</div></body></html>'
            % lines_html(text))
    return multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_AM9PR04MB8123%s_" % seed, fold=False)


def c9517():
    sent = T("2026-04-12 23:50:14", UTC)
    text = """Hi all,

Notes from Friday's management meeting (10 Apr) below. I'm travelling this week, so please keep the action owners honest.

Attendees: Mads, Jiayi, Ray, Mona, Lu Chen
Apologies: Howie (on site in Vietnam)

Decisions
- We go ahead with the EV-1250 price increase of 4% from 1 May.
- Dong Tien phase 2 stays on the original payment terms.

AI: Jiayi - send the revised quote to Dong Tien by Wed
AI: Ray - FAT report for the EV-1250 fans by Apr 17
AI: Mona - confirm motor delivery dates with Hengli, by next Tuesday
AI: Lu Chen - update the CE declaration for the new controller, TBD (waiting for the lab)
AI: Mads - approve the capex request for the test chamber EOD today

Next check-in: Monday 20 April, 08:30 CST / 02:30 CEST (Teams).

Best regards,
Mads Kjeldsen
General Manager | Egeskov Ventilation (Jiaxing) Co., Ltd.
"""
    body = m365_alt(text, "7A1C0E3F5B")
    eml = mk(ORG, "m365", sent, "Mads Kjeldsen", [en("沈佳怡"), en("蒋磊"), en("钱梦婷"), en("陆晨")], [],
             "Management meeting 10 Apr - notes and actions", body, "c9517", sender_ip="2a01:111:f403:c201::3",
             hop=M365_HOP)
    items = [
        I("沈佳怡", "send the revised quote to Dong Tien", ("2026-04-15", ("wkday", 2))),
        I("蒋磊", "FAT report for the EV-1250 fans", ("2026-04-17", ("abs", "2026-04-17"))),
        I("钱梦婷", "confirm motor delivery dates with Hengli", ("2026-04-21", ("nextwk", 1))),
        I("陆晨", "update the CE declaration for the new controller", None, flags=["vague_due"]),
        I("Mads Kjeldsen", "approve the capex request for the test chamber", ("2026-04-13", ("days", 0))),
    ]
    notes = ("Microsoft 365 English minutes with 'AI:' (action item) lines, Date header in +0000: Sun 2026-04-12 "
             "23:50 UTC = Mon 2026-04-13 07:50 in Shanghai, so every phrase resolves from Monday 04-13: 'by Wed' -> "
             "04-15; 'by next Tuesday' -> 04-21 (from the UTC Sunday it would wrongly be 04-14); 'EOD today' -> 04-13 "
             "(not 04-12), no time. 'TBD' -> vague_due. Owners by first name (Jiayi, Ray, Mona = roster aliases and "
             "To display names). Decisions are not items. Next check-in in two time zones: 08:30 CST -> 2026-04-20 08:30.")
    return Case(9517, "eg-m365-utc-ai-lines", "minutes",
                "M365 English 'AI:' lines, Date +0000 on Sunday night = Monday in Shanghai (by Wed, next Tuesday, EOD "
                "today, TBD); next check-in in CST/CEST",
                eml, sent, items, ("2026-04-20", ("abs", "2026-04-20"), "08:30"), notes)


def c9518():
    sent = T("2026-05-07 23:20:41", tz(7))
    text = """Dear Egeskov team,

Thank you for today's site meeting at Dong Nai Farm 2. Please find the action items below.

1. Install 24 tunnel fans (EV-1250) at Dong Nai Farm 2
   Owner: Howie Zhu (Egeskov)
   Due: May 29

2. Provide drawings for the curtain air inlets
   Owner: Ray Jiang (Egeskov)
   Due: within 3 working days

3. Confirm site readiness (power supply, concrete bases)
   Owner: Tran Minh Duc (Dong Tien)
   Due: May 12

4. Send customs clearance documents for the second container
   Owner: Jiayi
   Due: ASAP

Next meeting: Thursday 14 May, 10:00 Hanoi time (11:00 Beijing time), on Google Meet.

Best regards,
Nguyen Thi Lan
Project Manager | Dong Tien Livestock JSC
"""
    html = '<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % (esc(x) if x.strip() else "<br>")
                                               for x in text.split("\n"))
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", quote=False),
                                 leaf("text/html", html, "UTF-8", "quoted-printable", quote=False)],
                 "000000000000c4b1f2063a7e9d51", fold=False)
    eml = mk(ORG, "gmail", sent, "Nguyen Thi Lan", [en("朱浩然"), en("蒋磊"), en("沈佳怡")], ["Tran Minh Duc"],
             "Action items - Dong Nai Farm 2 site meeting (7 May)", body, "c9518", sender_ip="209.85.220.41",
             hop=("mail-sor-f41.google.com", ""))
    items = [
        I("朱浩然", "Install 24 tunnel fans (EV-1250) at Dong Nai Farm 2", ("2026-05-29", ("abs", "2026-05-29"))),
        I("蒋磊", "Provide drawings for the curtain air inlets", ("2026-05-12", ("wd", 3))),
        I("Tran Minh Duc", "Confirm site readiness (power supply, concrete bases)", ("2026-05-12", ("abs", "2026-05-12"))),
        I("沈佳怡", "Send customs clearance documents for the second container", None, flags=["vague_due"]),
    ]
    notes = ("Customer-written English minutes (Google Workspace, Vietnam) in Owner:/Due: blocks. Date Thu 2026-05-07 "
             "23:20 +0700 = Fri 2026-05-08 00:20 in Shanghai. AMBIGUOUS: 'within 3 working days' for a Jiaxing owner is "
             "counted on the Chinese calendar from Fri 05-08: Sat 05-09 (May Day make-up working day), Mon 05-11, Tue "
             "05-12 -> 2026-05-12 (from the Vietnamese date 05-07 it would be 05-11). Tran Minh Duc (customer, Cc) "
             "owns item 3; 'Jiayi' = 沈佳怡. ASAP -> vague_due. Next meeting '10:00 Hanoi time (11:00 Beijing time)' -> "
             "2026-05-14 11:00 Shanghai time.")
    return Case(9518, "eg-gmail-vietnam-owner-due-blocks", "minutes",
                "Gmail (Vietnam, +0700 late night = next day in Shanghai) Owner:/Due: blocks; 3 working days over the "
                "05-09 make-up Saturday; external owner in Cc; next meeting in two time zones",
                eml, sent, items, ("2026-05-14", ("abs", "2026-05-14"), "11:00"), notes)


def c9519():
    sent = T("2026-06-02 14:20:37")
    text = """Hi all，

今天产品评审会（EV-900 改款）纪要如下：

结论：
1. EV-900 改款沿用现有电机平台，不再新开模具。
2. 噪音指标按客户要求控制在68dB(A)以内。

待办：
@陆晨 6/5前 完成EV-900样机噪音测试报告
@蒋磊 下周一 提交变频控制柜改版图纸
@Product owner Sofie 确认2027款产品路线图（6月中旬）
@钱梦婷 24小时内 回复电机供应商交期

下次评审：6月9日（周二）下午3点，二楼会议室 + Teams（Sofie 线上参加，丹麦时间上午9点）。

Jiayi
"""
    html = outlook_html(mso_paras(text), cs="gb2312")
    body = multi("alternative", [leaf("text/plain", text, "gb2312", "base64"), leaf("text/html", html, "gb2312", "base64")],
                 "----=_NextPart_000_0021_01DCF27A.91C3E5B0", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, "沈佳怡", ["陆晨", "蒋磊", "钱梦婷", "Sofie Andersen"], ["Mads Kjeldsen"],
             "EV-900改款评审会纪要 6/2", body, "c9519", label="gb2312", sender_ip="115.236.44.9",
             hop=("mail.egeskov-jx.example.cn", ""))
    items = [
        I("陆晨", "完成EV-900样机噪音测试报告", ("2026-06-05", ("abs", "2026-06-05"))),
        I("蒋磊", "提交变频控制柜改版图纸", ("2026-06-08", ("nextwk", 0))),
        I("Sofie Andersen", "确认2027款产品路线图", None, flags=["vague_due"]),
        I("钱梦婷", "回复电机供应商交期", ("2026-06-03", ("hours", 24))),
    ]
    notes = ("Outlook zh-CN gb2312 base64, '@name task' to-do lines. Sent Tue 2026-06-02 14:20. 6/5前 -> 06-05; 下周一 "
             "-> 06-08; '24小时内' -> send instant + 24 h = 2026-06-03 14:20. '@Product owner Sofie' = Sofie Andersen "
             "(HQ, roster alias with a role prefix). AMBIGUOUS: '（6月中旬）' is a vague period: due null + vague_due "
             "as in the corpus (research policy would say the 20th). 结论 lines are decisions. 下次评审 6月9日 下午3点 "
             "(= 09:00 Danish time) -> 2026-06-09 15:00.")
    return Case(9519, "eg-outlook-gb2312-at-mentions", "minutes",
                "Outlook gb2312 '@name' to-dos: role-prefixed owner 'Product owner Sofie', 24小时内 (time from Date), "
                "6月中旬 vague, 下周一; next review with Danish time",
                eml, sent, items, ("2026-06-09", ("abs", "2026-06-09"), "15:00"), notes)


def c9520():
    sent = T("2026-06-17 16:55:02")
    text = """Hi team,

Engineering weekly, 17 Jun. Short one before the Dragon Boat break.

Open actions
[ ] Ray: finish the EV-1250 vibration retest - before the Dragon Boat holiday
[x] Lu Chen: calibrate the hot-wire anemometer - done Monday
[ ] Howie: site visit at Dong Tien farm 2 - Tue 23 Jun
[ ] Mona: re-order 6205-2RS bearings (200 pcs) - by Mon 22 Jun
[ ] Clean up the test lab storage area - whoever has time

Notes
- Chamber #2 humidity sensor drifts again; Lu Chen keeps an eye on it.

Next sync: Wed 24 Jun 14:00 CST / 08:00 CEST.

Ray
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "7bit", params=[("format", "flowed")], quote=False)
    eml = mk(ORG, "thunderbird", sent, en("蒋磊"), [en("陆晨"), en("朱浩然"), en("钱梦婷")], ["Mads Kjeldsen"],
             "Engineering weekly 17 Jun - actions", body, "c9520", sender_ip="115.236.44.23",
             hop=("mail.egeskov-jx.example.cn", ""))
    items = [
        I("蒋磊", "finish the EV-1250 vibration retest", ("2026-06-18", ("before", "2026-06-19"))),
        I("朱浩然", "site visit at Dong Tien farm 2", ("2026-06-23", ("abs", "2026-06-23"))),
        I("钱梦婷", "re-order 6205-2RS bearings (200 pcs)", ("2026-06-22", ("abs", "2026-06-22"))),
        I(None, "Clean up the test lab storage area", None, flags=["no_owner", "no_due"]),
    ]
    notes = ("Thunderbird English format=flowed with '[ ]' / '[x]' checkboxes. Sent Wed 2026-06-17. 'before the Dragon "
             "Boat holiday' -> last working day before 06-19 = Thu 06-18. The '[x]' line is done: status. 'whoever has "
             "time' -> no owner, no date. 'Lu Chen keeps an eye on it' is a note, not an action. Next sync Wed 24 Jun "
             "14:00 CST -> 2026-06-24 14:00.")
    return Case(9520, "eg-thunderbird-checkboxes-dragon-boat", "minutes",
                "Thunderbird flowed English '[ ]'/'[x]' checkboxes: before the Dragon Boat holiday, done box, "
                "unowned task; next sync CST/CEST",
                eml, sent, items, ("2026-06-24", ("abs", "2026-06-24"), "14:00"), notes)


def c9521():
    sent = T("2026-07-02 11:30:19")
    text = """沈佳怡 与你分享了智能纪要

越南二期项目周会 | 2026年7月2日 10:00 | 45分钟
参会人：沈佳怡、朱浩然、蒋磊、Mads Kjeldsen

总结
1. 二期第一批风机已到港，清关顺利，计划于7月中旬发运到场。
2. 客户对控制柜显示界面提出越南语需求，工程部评估需约两周。
3. 回款方面，客户承诺收到第二批发票后30天内付款。

待办
· 沈佳怡：7月10日前把越南项目回款计划发给财务
· 朱浩然：下周三前完成二期第一批风机的现场安装交底
· 蒋磊：月底前完成控制柜越南语界面开发
· 更新售后FAQ（负责人待定）

智能章节
10:02 到港与清关
10:15 控制柜界面
10:31 回款

以上内容由飞书妙记AI生成，可能存在错误，请注意甄别。
"""
    html = simple_html('<div style="padding:20px;background:#F5F6F7"><div style="background:#fff;padding:16px">%s'
                       '</div></div>' % lines_html(text, "p", "&nbsp;"),
                       body_style="font-family:-apple-system,PingFang SC;font-size:14px;color:#1F2329")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "lark-%s" % "5d0e1c9a7b3f42e8", fold=False)
    eml = mk(ORG, "lark", sent, "沈佳怡", ["朱浩然", "蒋磊", "Mads Kjeldsen"], [],
             "【飞书妙记】越南二期项目周会 的智能纪要", body, "c9521", sender_ip="101.45.255.17",
             hop=("mail-out.larksuite.example.com", ""))
    items = [
        I("沈佳怡", "把越南项目回款计划发给财务", ("2026-07-10", ("abs", "2026-07-10"))),
        I("朱浩然", "完成二期第一批风机的现场安装交底", ("2026-07-08", ("nextwk", 2))),
        I("蒋磊", "完成控制柜越南语界面开发", ("2026-07-31", ("monthend",))),
        I(None, "更新售后FAQ", None, flags=["no_owner", "no_due"]),
    ]
    notes = ("Feishu/Lark AI minutes (飞书妙记 智能纪要) shared by mail, UTF-8 text+html. Only 待办 counts: the AI 总结 "
             "has '7月中旬发运', '约两周', '30天内付款' that are not items. Sent Thu 2026-07-02. 下周三前 -> 07-08, 月底前 "
             "-> 07-31. '（负责人待定）' -> no owner and no date.")
    return Case(9521, "eg-lark-ai-minutes", "minutes",
                "Feishu/Lark 智能纪要: only 待办 counts (总结 has dates); 下周三前, 月底前, 负责人待定",
                eml, sent, items, None, notes)
