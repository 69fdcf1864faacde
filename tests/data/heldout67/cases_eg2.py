"""Cases 9522-9527: Egeskov Ventilation (Jiaxing) (continued)."""
from cases_eg import M365_HOP, ORG, en, m365_alt
from h67_build import mk
from h67_core import BOTS, Case, EXT, I, P, T, tz
from h67_mime import (attach, html_table, hx, leaf, lines_html, multi, outlook_html, mso_paras, pdf_bytes,
                      simple_html)

FWD = ("Li Hua", "lihua@haitong-fwd.example.cn")


def c9522():
    sent = T("2026-07-06 10:14:55")
    bot = BOTS[ORG]
    text = """Hi Li Hua,

Thanks. 2 x 40HQ on the 15 Jul vessel works for us. Please confirm the booking by Wednesday and send the SO so we can arrange trucking.

Jiayi - FYI, this is for Dong Tien phase 2, batch 2.

Regards,
Mona

From: Li Hua <lihua@haitong-fwd.example.cn>
Sent: Monday, July 6, 2026 9:31 AM
To: Mona Qian <mengting.qian@egeskov-jx.example.cn>
Cc: Jiayi Shen <jiayi.shen@egeskov-jx.example.cn>; %s <%s>
Subject: RE: Container booking for Dong Tien order

Dear Mona,

Space is available on the 15 Jul sailing Ningbo - Cat Lai, cut-off 12 Jul 17:00. Rate as quoted last week. Please advise by Wednesday so we can hold the space.

Best regards,
Li Hua
Haitong Freight Forwarding
""" % bot
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", outlook_html(mso_paras(text), "EN-US", "utf-8"), "utf-8",
                                      "quoted-printable")],
                 "_000_%s_" % hx("c9522b", 20).upper(), fold=False)
    orig = "<%s@haitong-fwd.example.cn>" % hx("c9522o", 20)
    eml = mk(ORG, "outlook-en", sent, en("钱梦婷"), [FWD], [en("沈佳怡")], "RE: Container booking for Dong Tien order",
             body, "c9522", sender_ip="115.236.44.31", reply_to=orig, hop=("mail.egeskov-jx.example.cn", ""))
    notes = ("A reply in an ordinary shipping thread with a freight forwarder; the bot was added to Cc earlier in the "
             "thread. It asks for a booking confirmation 'by Wednesday' but is neither minutes nor a reply to a bot "
             "recap: kind other, no items.")
    return Case(9522, "eg-outlook-thread-reply-other", "other",
                "Outlook English RE: in a shipping thread (bot in Cc from earlier), request 'by Wednesday' + Outlook "
                "From/Sent quote: other",
                eml, sent, [], None, notes)


def c9523():
    sent = T("2026-07-14 10:05:33", tz(2))
    text = """Hi all,

Please find attached the minutes of today's product review (EV-1400). The action list is on page 1.

Thanks for the good discussion.

/Sofie

Sofie Andersen
Product Owner, Group Product | Egeskov A/S | Aarhus
"""
    rows = [["#", "Action", "Owner", "Due"],
            ["1", "Finalise the EV-1400 spec sheet (Chinese version)", "Ray Jiang", "24 Jul 2026"],
            ["2", "Collect field noise data from three Vietnamese farms", "Howie Zhu", "31 Jul 2026"],
            ["3", "Prepare a cost-down proposal for the motor housing", "Mona Qian", "end of July"],
            ["4", "Update the global price list for EV-1400", "Sofie Andersen", "end of Q3"]]
    pdf = pdf_bytes("EV-1400 Product Review - Minutes",
                    ["Date: 14 July 2026, 09:00-10:30 CEST (Teams)",
                     "Participants: Sofie Andersen, Mads Kjeldsen, Ray Jiang, Howie Zhu, Mona Qian",
                     "Decisions: EV-1400 launches in China first; the 50 Hz motor variant is dropped.",
                     "Action list"], rows,
                    ["Next review: Tuesday 28 July, 09:00 CEST (15:00 CST)."])
    alt = m365_alt(text, "3C9D01E7AA")
    body = multi("mixed", [alt, attach("application/pdf", pdf, "EV-1400 product review minutes 2026-07-14.pdf")],
                 "_004_AM9PR04MB81233C9D01E7AA_", fold=False)
    eml = mk(ORG, "m365", sent, "Sofie Andersen", [en("蒋磊"), en("朱浩然"), en("钱梦婷")], ["Mads Kjeldsen"],
             "Minutes: EV-1400 product review 14 Jul", body, "c9523", sender_ip="2a01:111:f403:c207::1",
             hop=M365_HOP)
    items = [
        I("蒋磊", "Finalise the EV-1400 spec sheet (Chinese version)", ("2026-07-24", ("abs", "2026-07-24"))),
        I("朱浩然", "Collect field noise data from three Vietnamese farms", ("2026-07-31", ("abs", "2026-07-31"))),
        I("钱梦婷", "Prepare a cost-down proposal for the motor housing", ("2026-07-31", ("monthend",))),
        I("Sofie Andersen", "Update the global price list for EV-1400", ("2026-09-30", ("qend",))),
    ]
    notes = ("M365 English cover note from the Danish HQ (Date +0200: 10:05 CEST = 16:05 Shanghai, same day); the "
             "minutes are only in the PDF attachment (reportlab, text extractable): '#/Action/Owner/Due' table. 'end of "
             "July' -> 07-31; 'end of Q3' -> 2026-09-30. Owners by English names (roster aliases). The decision line "
             "is not an item. Next review 09:00 CEST (15:00 CST) -> 2026-07-28 15:00 Shanghai time.")
    return Case(9523, "eg-m365-pdf-attachment-hq", "minutes",
                "M365 from Danish HQ (+0200) with the minutes only in a PDF table: end of July, end of Q3; next review "
                "CEST/CST",
                eml, sent, items, ("2026-07-28", ("abs", "2026-07-28"), "15:00"), notes)


def c9524():
    sent = T("2026-07-27 08:02:11", tz(7))
    text = """Thank you for your email. I am on annual leave from 27 July to 31 July 2026 with limited access to email.
For urgent matters please contact Ms. Nguyen Thi Lan (lan.nguyen@dongtien-agri.example.vn).

Cảm ơn anh/chị đã gửi email. Tôi đang nghỉ phép từ ngày 27/7 đến ngày 31/7/2026.
Việc gấp xin liên hệ chị Nguyễn Thị Lan.

Tran Minh Duc
Dong Tien Livestock JSC
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    recap = "<minutebot.%s@egeskov-jx.example.cn>" % hx("recap9523", 16)
    eml = mk(ORG, "plain", sent, "Tran Minh Duc", [], [],
             "Out of Office: Re: [Minutes] EV-1400 product review 14 Jul - please confirm", body, "c9524",
             sender_ip="14.161.20.7", reply_to=recap, bot_in="to", hop=("mail.dongtien-agri.example.vn", ""),
             extra=[("X-Autoreply", "yes"), ("X-Mailer", "Zimbra 10.0.8_GA_4650")])
    notes = ("Vacation auto-reply from a customer's mail server to the bot's recap, WITHOUT Auto-Submitted or "
             "Precedence headers (only X-Autoreply: yes and an 'Out of Office:' subject, In-Reply-To the recap). "
             "English + Vietnamese UTF-8 QP body with dates. No person wrote it: kind auto.")
    return Case(9524, "eg-vacation-reply-no-autosubmitted", "auto",
                "Zimbra vacation reply without Auto-Submitted (X-Autoreply only), English+Vietnamese body with dates",
                eml, sent, [], None, notes)


def c9525():
    sent = T("2026-08-04 17:48:26")
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间",
            "负责人"]
    rows = [head,
            ["EC2026-0803", "2026-08-03", "嘉善恒力电机/周经理", "供应链 钱梦婷", "供应商",
             "7月批次电机（EV-1250配套）轴承异响，抽检不良率3.2%",
             "①质量部陆晨8月7日前出具来料异常报告②8月10日前与供应商确认退换方案", "2026-08-11", "钱梦婷"],
            ["EC2026-0804", "2026-08-04", "Dong Tien Livestock/Ms. Lan", "销售 沈佳怡", "客户",
             "客户要求9月前完成二期第二批交付", "①8月14日前确认第二批发运计划", "待定", "沈佳怡"]]
    intro = "Mads、各位：\n\n本周供应商/客户沟通跟进表如下（按公司模板），请相关负责人按节点推进。\n"
    tail = "\n钱梦婷 Mona\nSupply Chain | Egeskov Ventilation (Jiaxing)"
    html = outlook_html(mso_paras(intro) + "\n" + html_table(rows) + "\n" + mso_paras(tail), cs="utf-8")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    eml = mk(ORG, "outlook", sent, "钱梦婷", ["陆晨", "沈佳怡"], ["Mads Kjeldsen"], "外部沟通跟进表（8月第1周）", body,
             "c9525", sender_ip="115.236.44.31", hop=("mail.egeskov-jx.example.cn", ""))
    items = [
        I("陆晨", "出具来料异常报告（7月批次电机轴承异响）", ("2026-08-07", ("abs", "2026-08-07"))),
        I("钱梦婷", "与供应商确认退换方案", ("2026-08-10", ("abs", "2026-08-10"))),
        I("沈佳怡", "确认第二批发运计划", ("2026-08-14", ("abs", "2026-08-14"))),
    ]
    notes = ("Seed 外部沟通跟进表 (9 columns) in a single-part Outlook HTML (UTF-8 QP, no text alternative). Row 1 (supplier): "
             "① names 质量部陆晨, ② names nobody so the row 负责人 钱梦婷 owns it. Row 2 (customer): 沈佳怡. The 对方 "
             "contacts (周经理, Ms. Lan) are not owners. AMBIGUOUS: the rows have their own 下次沟通时间 (2026-08-11 and "
             "待定); next_followup takes the one stated date, 2026-08-11, no time.")
    return Case(9525, "eg-outlook-html-external-followup-table", "minutes",
                "Outlook HTML-only seed 外部沟通跟进表: ①② in one cell, row 负责人 owns unnamed sub-item, per-row "
                "下次沟通时间 (date + 待定)",
                eml, sent, items, ("2026-08-11", ("abs", "2026-08-11"), None), notes)


def c9526():
    sent = T("2026-08-14 17:40:09")
    text = """Hi all,

Quick notes from today's call with Dong Tien (phase 2 commissioning).

- Jiayi to share the phase-2 packing list by Monday.
- Howie to run the commissioning checklist review with Ray's support by next Wed.
- Mads to sign off the service contract template by EOD Monday.
- Lan to send the site photos of houses 3 and 4 tomorrow.
- Ray to check whether VFD firmware 2.4 fixes the restart issue (no date yet).

Next check-in: Thu 20 Aug, 3pm Beijing / 2pm Ho Chi Minh City.

Thanks,
Jiayi
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", outlook_html(mso_paras(text), "EN-US", "utf-8"), "utf-8", "base64")],
                 "----=_NextPart_000_00A4_01DD2B81.3E97F650", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, en("沈佳怡"), [en("蒋磊"), en("朱浩然"), "Mads Kjeldsen", "Nguyen Thi Lan"], [],
             "Notes: Dong Tien phase 2 commissioning call 14 Aug", body, "c9526", sender_ip="115.236.44.9",
             hop=("mail.egeskov-jx.example.cn", ""))
    items = [
        I("沈佳怡", "share the phase-2 packing list", ("2026-08-17", ("wkday", 0))),
        I("朱浩然", "run the commissioning checklist review with Ray's support", ("2026-08-19", ("nextwk", 2))),
        I("Mads Kjeldsen", "sign off the service contract template", ("2026-08-17", ("wkday", 0))),
        I("Nguyen Thi Lan", "send the site photos of houses 3 and 4", ("2026-08-15", ("days", 1))),
        I("蒋磊", "check whether VFD firmware 2.4 fixes the restart issue", None, flags=["vague_due"]),
    ]
    notes = ("'X to …' English action lines (Outlook zh-CN client, UTF-8). Sent Fri 2026-08-14. 'by Monday' and 'by EOD "
             "Monday' -> 08-17 (EOD gives no time); 'by next Wed' -> 08-19; 'tomorrow' -> Sat 08-15. Howie owns the "
             "review ('with Ray's support' is help). 'Lan' = the customer Nguyen Thi Lan in To. AMBIGUOUS: '(no date "
             "yet)' is read like 待定 -> vague_due. Next check-in '3pm Beijing / 2pm Ho Chi Minh City' -> 2026-08-20 15:00.")
    return Case(9526, "eg-outlook-x-to-actions", "minutes",
                "English 'X to … by …' lines: by Monday, by EOD Monday, next Wed, tomorrow (Saturday), helper vs owner, "
                "no date yet; next check-in in two zones",
                eml, sent, items, ("2026-08-20", ("abs", "2026-08-20"), "15:00"), notes)


def c9527():
    sent = T("2026-08-24 08:15:40", tz(2))
    text = """Hi all,

Meeting: Mon 24 Aug, 13:00-14:00 CST (07:00 CEST). Thanks for a good one. Per person:

Jiayi
 - chase the overdue payment from Dong Tien (by 28/8)
 - prepare the Q4 sales forecast (by 1/9)

Ray
 - nothing new this week, keep going on the VFD firmware

Mona
 - renegotiate the sea freight rates before the Mid-Autumn holiday

Lu Chen
 - get everything ready for the ISO 9001 surveillance audit by end of September

Same time next Monday.

Mads
"""
    body = leaf("text/plain", text, "us-ascii", "7bit", quote=False)
    eml = mk(ORG, "applemail", sent, ("Mads Kjeldsen", "mads.kjeldsen@egeskov-jx.example.cn"),
             [en("沈佳怡"), en("蒋磊"), en("钱梦婷"), en("陆晨")], [], "Mgmt meeting 24/8 - who does what", body,
             "c9527", sender_ip="87.116.33.70", hop=("mail.egeskov-jx.example.cn", ""))
    items = [
        I("沈佳怡", "chase the overdue payment from Dong Tien", ("2026-08-28", ("abs", "2026-08-28"))),
        I("沈佳怡", "prepare the Q4 sales forecast", ("2026-09-01", ("abs", "2026-09-01"))),
        I("钱梦婷", "renegotiate the sea freight rates", ("2026-09-24", ("before", "2026-09-25"))),
        I("陆晨", "get everything ready for the ISO 9001 surveillance audit", ("2026-09-30", ("monthend", 1))),
    ]
    notes = ("Apple Mail plain us-ascii from the Danish GM, Date +0200 (08:15 CEST = 14:15 Shanghai, Mon 2026-08-24). "
             "Grouped by person. European day/month dates: '28/8' -> 08-28; AMBIGUOUS: '1/9' from a Danish writer is "
             "1 September (2026-09-01), not January 9. 'before the Mid-Autumn holiday' -> last working day before "
             "09-25 = Thu 09-24. 'end of September' -> 09-30. Ray's 'nothing new' is not an item. 'Same time next "
             "Monday' = 13:00 CST of the stated meeting -> 2026-08-31 13:00.")
    return Case(9527, "eg-applemail-dd-mm-grouped", "minutes",
                "Apple Mail us-ascii (+0200) grouped by person, European DD/MM dates (28/8, 1/9), before Mid-Autumn, "
                "end of September; 'Same time next Monday'",
                eml, sent, items, ("2026-08-31", ("nextwk", 0), "13:00"), notes)
