"""Cases 9919-9924."""
from cases71_a import BOT_A, BOT_B, BOT_C, BOT_D
from lib71 import (DA, DB, DC, DD, Case, I, P, addr, addrs, en, envelope, esc, ew, hx, lines_html, message, multi,
                   table_html, text, upper_hx, who)

# ------------------------------------------------------------------ 9919 / 9923 (correction)
MID_9919 = "<3b7e91c4.2f0a.19f3a8d4e1b.Coremail.kuangjianhua@%s>" % DA


def _gov_table(first_due):
    return [["序号", "工作任务", "牵头单位", "责任人", "完成时限"],
            ["1", "整合辖区助餐点运营数据，形成月度分析报告", "养老服务股", "何雯", first_due],
            ["2", "①完成高龄津贴发放数据核对\n②对异常数据逐户走访核实", "社会事务股", "肖卫东", "①7月3日前\n②7月10日前"],
            ["3", "组织街道开展养老服务政策宣传", "各街道民政办", "—", "7月中旬"]]


def _gov_html(lead, first_due):
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:仿宋">' + lead
            + '<p style="text-align:center"><b>北湖区养老服务“进社区”专项行动第二次调度会议纪要</b></p>'
            '<p>6月29日下午，局党组成员邝建华主持召开养老服务“进社区”专项行动第二次调度会，养老服务股、社会事务股及各街道'
            '民政办负责同志参加。现将有关事项纪要如下：</p>'
            '<p><b>一、工作进展</b></p><p>专项行动启动以来，全区已建成社区养老服务站5个、老年助餐点9个，累计服务老年人'
            '1.2万人次。燕泉街道2个助餐点已于6月中旬投入运营。</p>'
            '<p><b>二、下一步工作安排</b></p>'
            + table_html(_gov_table(first_due), style='border="1" cellspacing="0" cellpadding="5" '
                         'style="border-collapse:collapse;font-size:14px"')
            + '<p><b>三、</b>下一次调度会视情况另行通知。</p>'
            '<p style="text-align:right">北湖区民政局养老服务股<br>2026年6月29日</p></div>\n')


def _gov_items(first_due_iso):
    return [
        I("hew", "整合辖区助餐点运营数据，形成月度分析报告", ("abs", first_due_iso), first_due_iso),
        I("xiao", "完成高龄津贴发放数据核对", ("abs", "2026-07-03"), "2026-07-03"),
        I("xiao", "对异常数据逐户走访核实", ("abs", "2026-07-10"), "2026-07-10"),
        I(None, "组织街道开展养老服务政策宣传", "vague"),
    ]


def _gov_headers(date, subject, mid, extra=()):
    s = P["kuang"]["email"]
    return ["Return-Path: <%s>" % s, "Delivered-To: " + BOT_A[1],
            "Received: from kuangjianhua$%s ( [10.12.3.71] ) by ajax-webmail-mail (Coremail) ;\n %s" % (DA, date),
            "X-Originating-IP: [10.12.3.71]",
            "Date: " + date,
            "X-CM-HeaderCharset: UTF-8",
            "From: " + addr("邝建华", s),
            "To: " + addrs(["hew", "xiao", "xu"]),
            "Cc: " + addrs(["tan", BOT_A]),
            "Subject: " + ew(subject)] + list(extra) + [
            "X-Priority: 3",
            "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
            "Message-ID: " + mid,
            "X-Coremail-Locale: zh_CN"]


def c9919():
    date = "Mon, 29 Jun 2026 17:00:41 +0800 (GMT+08:00)"
    lead = '<div>各股室、各街道民政办：</div><div>现将第二次调度会纪要印发给你们，请认真抓好落实。</div><br>'
    part = text("text/html", _gov_html(lead, "7月6日前"), "UTF-8", "base64", csq=False)
    hdr = _gov_headers(date, "北湖区养老服务“进社区”专项行动第二次调度会议纪要", MID_9919)
    notes = ("Coremail single-part HTML (no text/plain) government minutes with a 工作任务/牵头单位/责任人/完成时限 table. "
             "Sent Mon 2026-06-29. Row 1 何雯 '7月6日前' -> 2026-07-06. Row 2 holds two sub-tasks ①② in one cell with their "
             "own ①② deadlines in the 完成时限 cell -> two items for 肖卫东: 2026-07-03 and 2026-07-10. Row 3: 牵头单位 "
             "'各街道民政办', 责任人 '—' -> owner null, no_owner; department null (not one roster department); '7月中旬' is a "
             "period word -> null + vague_due (corpus convention for 中旬). Section 一 is progress report. '下一次调度会视情况另行"
             "通知' -> next_followup null. The 【更正】 of case 9923 re-sends this table.")
    return Case(9919, "mzj-task-table-subtasks-coremail-html-only", "minutes", date,
                message(hdr, part), notes,
                "Coremail HTML-only gov table 牵头单位/责任人/完成时限: ①② sub-tasks in one cell with ①② deadlines; "
                "unit-only row with 7月中旬; 另行通知", _gov_items("2026-07-06"))


def c9923():
    date = "Tue, 30 Jun 2026 09:05:12 +0800 (GMT+08:00)"
    lead = ('<div>各位：</div><div>昨天印发的纪要第1项完成时限有误，由7月6日调整为7月8日，其余内容不变。更正后的纪要如下，'
            '以此为准。</div><div>邝建华</div><br><hr>')
    part = text("text/html", _gov_html(lead, "7月8日前"), "UTF-8", "base64", csq=False)
    mid = "<5d0c2e77.3a91.19f3e2b6c40.Coremail.kuangjianhua@%s>" % DA
    hdr = _gov_headers(date, "【更正】北湖区养老服务“进社区”专项行动第二次调度会议纪要", mid,
                       ["In-Reply-To: " + MID_9919, "References: " + MID_9919])
    notes = ("【更正】 re-send of 9919 in the same thread (In-Reply-To/References). Still minutes with the full corrected table; "
             "the lead line '由7月6日调整为7月8日' is the change. Sent Tue 2026-06-30. Row 1 -> 2026-07-08 (not 07-06); the "
             "other items are unchanged: 肖卫东 2026-07-03 and 2026-07-10, row 3 no_owner + vague_due. The bot should treat it "
             "as a new version of 9919's meeting.")
    return Case(9923, "mzj-correction-resend-same-thread-coremail", "minutes", date, message(hdr, part), notes,
                "【更正】 re-send of 9919 in the same thread; '由7月6日调整为7月8日' in the lead; table repeated with the "
                "new date", _gov_items("2026-07-08"))


# ------------------------------------------------------------------ 9920
def c9920():
    date = "Wed, 1 Jul 2026 08:50:33 +0800"
    pre = "纪要助手请跟踪。崔经理，第3项改由小高负责，小于这周在外培训。\n\n金永山"
    q_hdr = ("发件人: 崔明浩 <cuiminghao@{d}>\n发送时间: 2026年6月30日 17:31\n收件人: 金永山 <jinyongshan@{d}>; 王红梅 "
             "<wanghongmei@{d}>; 于海波 <yuhaibo@{d}>\n主题: 销售月度复盘会纪要（6月）").format(d=DB)
    orig = """金总及各位：

6月销售复盘会纪要如下：
一、6月全渠道销量同比增长12.4%，电商渠道占比升至23%；长白山景区渠道受雨季影响，环比下降8%。
二、待办事项
1. 梳理吉林省内KA渠道7月促销排期（崔明浩，7月3日前）
2. 核对二季度经销商返利（王红梅，7月8日前）
3. 采购夏季促销堆头物料（于海波，7月6日前）
三、下次会议7月7日（周二）下午2点。

崔明浩
销售部"""
    plain = pre + "\n\n" + q_hdr + "\n\n" + orig + "\n"
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=ZH-CN>'
            '<div class=WordSection1>' + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) or "&nbsp;")
                                                  for l in pre.split("\n"))
            + '<div><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
            + "".join("<p class=MsoNormal><b>%s</b>%s<o:p></o:p></p>" % (esc(l.split(" ", 1)[0]), esc(" " + l.split(" ", 1)[1]))
                      for l in q_hdr.split("\n"))
            + '</div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) or "&nbsp;") for l in orig.split("\n"))
            + '</div></body></html>\n')
    alt = multi("alternative", "----=_NextPart_000_0052_01DD08F1.7C3A2E90", [
        text("text/plain", plain, "utf-8", "quoted-printable"), text("text/html", html, "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    s = P["jin"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "JINYS-PC", "10.30.1.8", date, "9920") + [
        "From: " + addr("金永山", s),
        "To: " + addrs([BOT_B, "cui", "gao"]),
        "Cc: " + addrs(["wang", "yu"]),
        "Subject: " + ew("转发: 销售月度复盘会纪要（6月）"),
        "Date: " + date,
        "Message-ID: <005201dd08f1$7c3a2e90$%s$@%s>" % (hx("m9920", 8), DB),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzpDPF8" + hx("t9920", 14),
        "Content-Language: zh-cn",
    ]
    items = [
        I("cui", "梳理吉林省内KA渠道7月促销排期", ("abs", "2026-07-03"), "2026-07-03"),
        I("wang", "核对二季度经销商返利", ("abs", "2026-07-08"), "2026-07-08"),
        I("gao", "采购夏季促销堆头物料", ("abs", "2026-07-06"), "2026-07-06"),
    ]
    notes = ("Outlook '转发:' by the general manager with a one-line preface above the forwarded minutes (Outlook 发件人/发送时间 "
             "header block, not a reply quote). The preface reassigns item 3: '第3项改由小高负责' -> owner 高雪 (小高), not the "
             "于海波 written in the minutes ('小于' = 于海波 is away). Dates are absolute: 2026-07-03, 2026-07-08, 2026-07-06. "
             "Section 一 figures are report. '下次会议7月7日（周二）下午2点' -> 2026-07-07 14:00 (Tuesday, checked).")
    return Case(9920, "sq-forward-preface-reassigns-outlook", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "Outlook '转发:' of minutes with a preface that reassigns item 3 to another person (小高); forwarded "
                "header block must not be cut as a quote", items, (("abs", "2026-07-07"), "2026-07-07", "14:00"))


# ------------------------------------------------------------------ 9921
def c9921():
    date = "Fri, 3 Jul 2026 16:00:52 +0800"

    def m(key, label=None):
        n, e = en(key) if key != "marek" else who("marek")
        return ('<a href="mailto:%s" id="OWAAM%s" class="_rp_T4 mention ms-bgc-nlr ms-fcl-b">@%s</a>'
                % (e, upper_hx("am" + key, 32), esc(label or n)))
    lines = [
        "Hi team,", "",
        "Notes from this afternoon's cost-down workshop (TB-40 bracket):", "",
        "&bull; Agreed to move the bracket from EN-GJS-500 to EN-GJS-450 for the next PPAP change (HQ approval received).",
        "", "Follow-ups:",
        m("deng") + " please lock the July aluminium ingot price with the supplier by Monday.",
        m("wen") + " please renew the forklift operator certificates before they expire on 15 July.",
        m("luo") + " please run the MSA study on the new CMM by 10 July.",
        "FYI " + m("marek") + " &ndash; no action needed from you, just for visibility.", "",
        "Regards,", "William"]
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body dir="ltr">\n'
            + "\n".join('<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: '
                        'rgb(0, 0, 0);">%s</div>' % (l or "<br>") for l in lines) + "\n</body>\n</html>\n")
    part = text("text/html", html, "utf-8", "quoted-printable")
    s = P["zhong"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "mail-tyzapc01on2118.outbound.protection.outlook.com",
                   "40.107.117.118", date, "9921") + [
        "From: " + addr("William Zhong", s),
        "To: " + addrs([en("deng"), en("wen"), en("luo")]),
        "CC: " + addrs([who("marek"), BOT_C]),
        "Subject: TB-40 bracket cost-down workshop - follow-ups",
        "Thread-Topic: TB-40 bracket cost-down workshop - follow-ups",
        "Thread-Index: AQHc" + hx("t9921", 22),
        "Date: " + date,
        "Message-ID:\n <TYZPR06MB6263%s@TYZPR06MB6263.apcprd06.prod.outlook.com>" % upper_hx("m9921", 18),
        "Accept-Language: zh-CN, en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "@CT",
        "MIME-Version: 1.0",
    ]
    items = [
        I("deng", "lock the July aluminium ingot price with the supplier", ("wkday", 0), "2026-07-06"),
        I("wen", "renew the forklift operator certificates", ("abs", "2026-07-15"), "2026-07-15"),
        I("luo", "run the MSA study on the new CMM", ("abs", "2026-07-10"), "2026-07-10"),
    ]
    notes = ("Outlook (M365) single-part HTML with OWA @mention anchors as the only owner markers. Sent Fri 2026-07-03 "
             "16:00. '@Cathy Deng … by Monday' -> Mon 2026-07-06; '@Kevin Wen … before they expire on 15 July' -> 2026-07-15; "
             "'@Lydia Luo … by 10 July' -> 2026-07-10. The FYI @mention of Marek says no action -> not an item. The bullet "
             "'Agreed to move …' is a decision. No next meeting.")
    return Case(9921, "tb-at-mentions-owa-html-only", "minutes", date, message(hdr, part, mime_version=None), notes,
                "M365 HTML-only English with OWA @mention links as owners; 'by Monday' from a Friday; 'before … on 15 "
                "July'; FYI mention is not an item", items)


# ------------------------------------------------------------------ 9922
def c9922():
    date = "Tue, 7 Jul 2026 21:30:48 +0800"
    body = ("今天碰头会定了几件事：\n1. 小马明天去盐池看羊，周六前把收购价报给我\n2. 海燕这周把屠宰线加一个班，本周内落实\n"
            "3. 文博跟伊朗客户确认下批货的集装箱数，尽快\n\n发自我的iPhone\n")
    part = text("text/plain", body, "utf-8", "quoted-printable", csq=False)
    s = P["ma"]["email"]
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "[192.168.1.103]", "36.103.88.14", date, "9922") + [
        "@CT",
        "From: " + addr("马建国", s),
        "Mime-Version: 1.0 (1.0)",
        "Date: " + date,
        "Subject: " + ew("碰头会"),
        "Message-Id: <%s-%s-%s@%s>" % (upper_hx("m9922", 8), upper_hx("n9922", 4), upper_hx("o9922", 12), DD),
        "To: " + addrs(["maxl", "sa", "yang"]),
        "Cc: " + addr(*BOT_D),
        "X-Mailer: iPhone Mail (23F79)",
    ]
    items = [
        I("maxl", "把收购价报给我", ("wkday", 5), "2026-07-11"),
        I("sa", "屠宰线加一个班", ("weekend",), "2026-07-12"),
        I("yang", "跟伊朗客户确认下批货的集装箱数", "vague"),
    ]
    notes = ("Three-line minutes typed on an iPhone by the general manager at night (UTF-8 QP, 'Mime-Version: 1.0 (1.0)'). "
             "Sent Tue 2026-07-07 21:30. Owners are nicknames: 小马 = 马小龙 (not 马建国, the writer), 海燕 = 撒海燕, 文博 = 杨文博. "
             "1: the deliverable is the price report '周六前' -> Sat 2026-07-11; '明天去盐池看羊' is the step that leads to it, "
             "read as part of the same item. 2: '本周内落实' -> end of this calendar week, Sun 2026-07-12. AMBIGUOUS: 本周内 "
             "could be read as the last working day (Fri 07-10); the calendar-week rule is used. 3: '尽快' -> vague_due.")
    return Case(9922, "xy-terse-minutes-iphone-nicknames", "minutes", date, message(hdr, part, mime_version=None), notes,
                "iPhone Mail terse minutes with nickname owners (小马/海燕/文博; 马总 writes), 周六前, 本周内, 尽快", items)


# ------------------------------------------------------------------ 9924
def c9924():
    date = "Fri, 10 Jul 2026 15:30:09 +0800"
    head = ["序号", "任务", "区域", "负责人", "完成时间"]
    rows = [["1", "完成灌装线CIP清洗验证", "1号线", "姜涛", "7月14日"],
            ["2", "完成灌装线CIP清洗验证", "2号线", "朴成哲", "7月16日"],
            ["3", "组织食品安全法规培训", "全厂", "于海波", "7月底前"],
            ["4", "提交月度水质自检报告", "水源地", "孙丽娟", "下周一"]]
    intro = "各位：\n\n质量部7月第2周质量例会纪要如下。\n\n一、6月水质自检全部合格；7月8日市疾控中心抽检结果尚未返回。\n二、待办："
    outro = "三、下次例会：7月17日（周五）上午9点。\n\n孙丽娟\n质量部"
    plain = intro + "\n" + "\n".join("  ".join(r) for r in [head] + rows) + "\n" + outro + "\n"
    html = ('<div style="font-family:微软雅黑;font-size:14px;line-height:1.6">' + lines_html(intro)
            + table_html([head] + rows, style='border="1" cellspacing="0" cellpadding="4" style="border-collapse:'
                         'collapse;border-color:#999"') + lines_html(outro) + "</div>\n")
    alt = multi("alternative", "----=_Part_402118_%s.1783668609152" % int(hx("b9924", 8), 16), [
        text("text/plain", plain, "UTF-8", "base64", csq=False), text("text/html", html, "UTF-8", "base64", csq=False)])
    s = P["sun"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "qiye163-webmail.%s" % DB, "10.30.3.27", date, "9924") + [
        "Date: " + date,
        "From: " + addr("孙丽娟", s),
        "To: " + addrs(["jiang", "piao", "yu"]),
        "Cc: " + addrs(["jin", BOT_B]),
        "Message-ID: <%s.%s.%s.sunlijuan@%s>" % (hx("m9924", 8), hx("n9924", 4), hx("o9924", 11), DB),
        "Subject: " + ew("质量例会纪要（7月第2周）"),
        "MIME-Version: 1.0",
        "@CT",
        "X-Originating-IP: [10.30.3.27]",
        "X-Priority: 3",
        "X-Mailer: NetEase Qiye Webmail",
        "X-CM-CTRLDATA: " + hb64x("9924"),
    ]
    items = [
        I("jiang", "完成灌装线CIP清洗验证", ("abs", "2026-07-14"), "2026-07-14"),
        I("piao", "完成灌装线CIP清洗验证", ("abs", "2026-07-16"), "2026-07-16"),
        I("yu", "组织食品安全法规培训", ("monthend",), "2026-07-31"),
        I("sun", "提交月度水质自检报告", ("next", 0), "2026-07-13"),
    ]
    notes = ("NetEase enterprise webmail, UTF-8 base64, HTML table and a space-aligned text/plain. Rows 1 and 2 have the SAME "
             "task text '完成灌装线CIP清洗验证' (the 区域 column tells them apart) with different owners and dates -> two items, "
             "not one: 姜涛 2026-07-14, 朴成哲 2026-07-16. Sent Fri 2026-07-10. '7月底前' -> 2026-07-31; '下周一' -> "
             "2026-07-13. Section 一 is results. '下次例会：7月17日（周五）上午9点' -> 2026-07-17 09:00.")
    return Case(9924, "sq-same-task-two-rows-netease-qiye", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "NetEase enterprise webmail table with two rows of identical task text (different 区域/owner/date); "
                "7月底前; 下周一", items, (("abs", "2026-07-17"), "2026-07-17", "09:00"))


def hb64x(seed):
    import base64
    import hashlib
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:18]).decode()


CASES = [c9919, c9920, c9921, c9922, c9923, c9924]
