"""Cases 10129-10133: 墨岭石墨, continued (docx minutes, done-reports, decisions only, a bulletin, a DSN)."""
from h73_cases_d import BOTD, DOM, FK, MX, foxmail_alt, foxmail_headers
from h73_common import (Part, addr, addrs, attachment, case, ew, fu, html_paras, it, make_docx, message, multipart,
                        received, rfc_date, t8, text_part)


def c10129():
    t = t8("2026-07-31 17:20:15")
    body = """各位领导、各部门：

7月份生产经营分析会会议纪要（鸡墨纪〔2026〕12号）见附件，请认真抓好落实。

综合办公室 曲丽娜
"""
    doc = make_docx("7月份生产经营分析会会议纪要", [
        "鸡墨纪〔2026〕12号",
        "2026年7月30日上午，王振东总经理主持召开7月份生产经营分析会，经理层成员及各部门负责人参加。",
        "会议听取了各部门7月工作汇报。7月公司完成球形石墨产量1260吨，同比增长8.3%；实现营业收入5870万元。"
        "会议认为，上半年各项指标总体向好，但应收账款回收偏慢、环保督察反馈问题整改进度不一。",
        "会议议定事项如下：",
    ], [
        ["序号", "议定事项", "责任部门", "责任人", "完成时限"],
        ["1", "编制8月份石墨化炉检修计划", "生产技术部", "隋永刚", "8月5日前"],
        ["2", "二季度应收账款清收", "财务部、市场营销部", "初雪（牵头）", "8月底"],
        ["3", "组织年产2万吨球形石墨项目可研报告评审", "经理层", "王振东", "8月20日"],
        ["4", "环保督察反馈问题整改销号", "安全环保部", "宫晓峰", "下周三"],
        ["5", "员工年度体检", "综合办公室", "曲丽娜", "已完成"],
    ], author="曲丽娜")
    from h73_cases_b import cm_alt
    mixed = multipart("mixed", "----=_Part_88312_1904427610.1785489615302", [
        cm_alt(body, "UTF-8", "----=_Part_88313_507321998.1785489615302"),
        attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "7月份生产经营分析会会议纪要.docx")])
    hdr = [
        ("Return-Path", f"<qulina@{DOM}>"), ("Delivered-To", BOTD[1]),
        ("Received", f"from qulina$moling-graphite.example.cn ( [172.16.3.31] ) by\n\tajax-webmail-{MX} (Coremail) ; "
                     f"{rfc_date(t)}"),
        ("Date", rfc_date(t)), ("From", addr("曲丽娜", f"qulina@{DOM}", "UTF-8")),
        ("To", addrs(["隋永刚", "初雪", "谭静", "宫晓峰", "王振东"], "UTF-8")), ("Cc", addrs(["于海波", BOTD], "UTF-8")),
        ("Subject", ew("7月份生产经营分析会会议纪要", "UTF-8")), ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9d2a4f0e)"),
        ("X-Originating-IP", "[172.16.3.31]"),
        ("MIME-Version", "1.0"), ("Message-ID", f"<62bd0f3a.9e4.19fb7a1c2d5.Coremail.qulina@{DOM}>"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    items = [
        it("隋永刚", "编制8月份石墨化炉检修计划", ("date", "2026-08-05"), "2026-08-05"),
        it("初雪", "二季度应收账款清收", ("date", "2026-08-31"), "2026-08-31"),
        it("王振东", "组织年产2万吨球形石墨项目可研报告评审", ("date", "2026-08-20"), "2026-08-20"),
        it("宫晓峰", "环保督察反馈问题整改销号", ("wd", 2), "2026-08-05"),
    ]
    notes = ("Coremail UTF-8 note with the minutes (文号 鸡墨纪〔2026〕12号) only in a .docx (议定事项 table; RFC 2231 "
             "filename). Sent Fri 2026-07-31; the meeting was 07-30. Row 2 has two departments and '初雪（牵头）' -> "
             "owner 初雪; '8月底' -> 2026-08-31. Row 4 '下周三': from Friday 07-31 this week's Wednesday is past, so "
             "Wednesday of the next week 2026-08-05 (bare-weekday and 下周 readings agree). Row 5 '已完成' -> not an "
             "item. Production and revenue figures are facts. No next meeting in the document.")
    return case(10129, "ml-monthly-review-docx-coremail", "minutes", message(hdr, mixed), notes, items, None,
                "Coremail with SOE minutes in a .docx 议定事项 table: 牵头 owner among two departments, 8月底, "
                "下周三 from a Friday, 已完成 row")


# ------------------------------------------------------------------------------------------------------------
def c10130():
    t = t8("2026-08-10 11:30:48")
    body = """市场营销部周例会纪要（8月10日）

一、上周工作完成情况
1. 邹宇：Fjellkraft二次送样已于8月3日发出，8月6日客户签收。
2. 谭静：参加哈尔滨新能源材料展，收集意向客户12家，名片已交邹宇。
3. 邹宇：完成7月销售台账核对，已报财务部。

二、本周工作安排
1. 邹宇：8月14日前完成12家意向客户分级并录入CRM。
2. 谭静：周四赴江西宜春拜访两家电池企业，回来后出拜访报告（8月17日前）。

三、需协调事项
无。

谭静
市场营销部
"""
    html = ('<div style="font-family:微软雅黑;font-size:14px;line-height:1.6">' + html_paras(body) +
            '</div><div><includetail><!--<![endif]--></includetail></div>\n')
    alt = multipart("alternative", "----=_NextPart_66B6E2C0_12F4A6D8_5C9E31A7", [
        text_part(body, "gb18030", "base64"), text_part(html, "gb18030", "base64", "html")])
    hdr = [
        ("Return-Path", f"<tanjing@{DOM}>"), ("Delivered-To", BOTD[1]),
        ("Received", f"from smtpbg.exmail.example.com (smtpbg.exmail.example.com [203.205.250.21])\n\tby {MX} "
                     f"(Postfix) with ESMTPS id 4fX9Vc3kRmz6Qa\n\tfor <{BOTD[1]}>; "
                     f"{rfc_date(t8('2026-08-10 11:30:51'))}"),
        ("X-QQ-mid", "bizesmtp66t1786332648t7c1d4e0b"),
        ("From", addr("谭静", f"tanjing@{DOM}", "gb18030")), ("To", addrs(["邹宇"], "gb18030")),
        ("Cc", addrs(["王振东", BOTD], "gb18030")), ("Subject", ew("市场营销部周例会纪要（8月10日）", "gb18030")),
        ("Mime-Version", "1.0"), ("X-Priority", "3"), ("Message-ID", f"<tencent_66B6E2C012F4A6D85C9E31A7@{DOM}>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"),
        ("Date", rfc_date(t)),
    ]
    items = [
        it("邹宇", "完成12家意向客户分级并录入CRM", ("date", "2026-08-14"), "2026-08-14"),
        it("谭静", "赴江西宜春拜访两家电池企业，回来后出拜访报告", ("date", "2026-08-17"), "2026-08-17"),
    ]
    notes = ("Exmail gb18030 weekly minutes by person where most lines are reports of work done (上周工作完成情况, with "
             "dates 8月3日/8月6日): not items. Only 本周工作安排 gives items. Sent Mon 2026-08-10. '8月14日前' -> "
             "2026-08-14. Item 2 has two dates: '周四' is when the visit happens (08-13); the deliverable is the report, "
             "due '（8月17日前）' -> 2026-08-17. '需协调事项：无' has no item.")
    return case(10130, "ml-done-reports-vs-plans-exmail", "minutes", message(hdr, alt), notes, items, None,
                "Exmail weekly minutes where most lines report done work; only 本周工作安排 items; visit day vs report "
                "deadline")


# ------------------------------------------------------------------------------------------------------------
def c10131():
    t = t8("2026-07-21 20:06:33")
    body = """各位：

今天下午经理办公会（第15次）纪要如下：

1. 会议同意自8月1日起调整夜班补贴标准，由每班30元提高到45元，具体由综合办公室发文执行。
2. 会议决定年产2万吨球形石墨项目继续按原计划推进，9月底前完成可研报告的原则不变。
3. 会议原则通过《物资采购管理办法（修订稿）》，自公布之日起施行。
4. 会议听取了安全环保部关于7月14日环保督察现场检查情况的汇报，整改工作按既定方案进行。

下次经理办公会时间另行通知。

于海波

发自我的iPad
"""
    part = text_part(body, "utf-8", "quoted-printable")
    hdr = [
        ("Return-Path", f"<yuhaibo@{DOM}>"), ("Delivered-To", BOTD[1]),
        received("smtpclient.apple", "223.100.51.17", MX, t8("2026-07-21 20:06:36"), "4fS1Jd7mVbz8Rc", BOTD[1],
                 "ESMTPSA"),
        ("From", addr("于海波", f"yuhaibo@{DOM}")),
        ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(t)),
        ("Subject", ew("经理办公会纪要（第15次）")), ("Message-Id", f"<A7C3E9F1-2B4D-4E86-9A0C-5D1F7B3E8C20@{DOM}>"),
        ("To", addrs(["王振东", "隋永刚", "宫晓峰", "谭静", "房立军", "初雪"])), ("Cc", addrs([BOTD])),
        ("X-Mailer", "iPad Mail (23B85)"),
    ]
    notes = ("iPad Mail (UTF-8 QP) minutes that record only decisions: 会议同意/决定/原则通过/听取. Dates inside them "
             "(自8月1日起, 9月底前完成可研报告的原则不变, 7月14日) belong to policy or facts, and '由综合办公室发文执行' "
             "describes how a decision is implemented, not an assigned action with a deadline. Sent Tue 2026-07-21. "
             "Kind minutes with zero items; '下次经理办公会时间另行通知' -> no follow-up.")
    return case(10131, "ml-decisions-only-ipad", "minutes", message(hdr, part), notes, [], None,
                "iPad Mail minutes with decisions only (dates inside policy lines): zero items, next meeting "
                "另行通知 -> null")


# ------------------------------------------------------------------------------------------------------------
def c10132():
    t = t8("2026-06-26 15:48:20")
    body = """各位同事：

《墨岭简讯》2026年第6期（总第58期）

【要闻】
· 6月18日，市国资委检查组来公司开展安全生产月督导检查，对提纯车间的隐患整改给予肯定。
· 6月份公司球形石墨产量首次突破1300吨。

【部门动态】
· 生产技术部：石墨化炉节能改造第一阶段完工，吨产品电耗下降6%。
· 市场营销部：与挪威Fjellkraft公司完成第一轮技术交流，二次送样计划7月中旬发出。
· 综合办公室：7月1日起执行新的考勤制度，请大家提前熟悉。

【温馨提示】
7月上旬鸡西地区将有持续降雨，请各车间提前做好防汛准备，厂区排水沟6月30日前清理完毕。

本期编辑：曲丽娜　投稿邮箱：qulina@moling-graphite.example.cn
"""
    alt = foxmail_alt(body, "----=_001_NextPart104857334215_=----")
    hdr = foxmail_headers("曲丽娜", [("全体员工", f"all@{DOM}")], [BOTD], "《墨岭简讯》2026年第6期", t,
                          "202606261548204016893", guid="A1C2E3F4-5B6D-4E7F-8091-A2B3C4D5E6F7")
    notes = ("An internal bulletin that a person (曲丽娜) writes and sends from Foxmail to the all-staff address, which "
             "also reaches the bot. No Precedence/List-Id/Auto-Submitted headers, so it is not bulk mail in the auto "
             "sense; it is not minutes either (news, plans with dates like '6月30日前清理完毕', no meeting record) -> "
             "kind other, no items. AMBIGUOUS: some readers file every newsletter under auto; here it is other because a "
             "person wrote and sent it.")
    return case(10132, "other-internal-bulletin-foxmail", "other", message(hdr, alt), notes,
                what="Person-written internal bulletin (Foxmail GBK to the all-staff address) with dated plans: other")


# ------------------------------------------------------------------------------------------------------------
def c10133():
    t = t8("2026-06-04 16:02:51")
    orig_id = f"<mb.20260604160247.9c1e@{DOM}>"
    human = f"""This is the mail system at host {MX}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<magnus.hauge@{FK}>: host mx1.{FK}[185.12.64.7] said: 550 5.1.1
    <magnus.hauge@{FK}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = (f"Reporting-MTA: dns; {MX}\nX-Postfix-Queue-ID: 4fMvB81k2Tz9Qy\nX-Postfix-Sender: rfc822; "
              f"{BOTD[1]}\nArrival-Date: {rfc_date(t8('2026-06-04 16:02:48'))}\n\n"
              f"Final-Recipient: rfc822; magnus.hauge@{FK}\nOriginal-Recipient: rfc822;magnus.hauge@{FK}\n"
              f"Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.{FK}\nDiagnostic-Code: smtp; 550 5.1.1 "
              f"<magnus.hauge@{FK}>:\n    Recipient address rejected: User unknown in virtual mailbox table\n")
    orig_hdr = (f"From: {addr(BOTD[0], BOTD[1])}\nTo: Magnus Haugen <magnus.hauge@{FK}>\n"
                f"Subject: {ew('[纪要确认] Minutes - Fjellkraft / Moling technical call 3 June')}\n"
                f"Date: {rfc_date(t8('2026-06-04 16:02:47'))}\nMessage-ID: {orig_id}\n"
                f"Auto-Submitted: auto-generated\n")
    report = multipart("report", "4fMvB81k2Tz9Qy.1780560171/" + MX, [
        Part("text/plain", human.encode("ascii"), {"charset": "us-ascii"}, headers=["Content-Description: "
                                                                                      "Notification"]),
        Part("message/delivery-status", status.encode("ascii"), headers=["Content-Description: Delivery report"]),
        Part("text/rfc822-headers", orig_hdr.encode("ascii"), headers=["Content-Description: Undelivered Message "
                                                                          "Headers"]),
    ], params={"report-type": "delivery-status"})
    hdr = [
        ("Return-Path", "<>"), ("Delivered-To", BOTD[1]),
        ("Received", f"by {MX} (Postfix)\n\tid 4fMvB9Qm4Kz9Rb; {rfc_date(t)}"),
        ("Date", rfc_date(t)), ("From", f"MAILER-DAEMON@{MX} (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOTD[1]), ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"), ("Message-Id", f"<20260604080251.4fMvB9Qm4Kz9Rb@{MX}>"),
    ]
    notes = ("Postfix DSN (multipart/report; report-type=delivery-status, Return-Path <>, From MAILER-DAEMON) for the "
             "bot's recap of 10127 sent to a misspelt customer address. Kind auto; the returned headers name the "
             "minutes but nothing here is minutes.")
    return case(10133, "auto-dsn-bounce-postfix", "auto", message(hdr, report, preamble="This is a MIME-encapsulated "
                                                                                            "message."), notes,
                what="Postfix DSN for the recap sent to a misspelt Norwegian address (multipart/report)")
