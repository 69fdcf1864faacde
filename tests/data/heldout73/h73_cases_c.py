"""Cases 10118-10121: Kinabalu Rattan Furniture (Wuzhou) Co., Ltd. — Malaysian-owned, writes English."""
from h73_common import (BOT, P, addr, addrs, attachment, case, ew, fu, html_escape, html_paras, it, make_pdf,
                        message, multipart, rfc_date, t8, text_part)

DOM = "kbrattan-wz.example.cn"
HQ = "kinabalu-rattan.example.com.my"
BOTC = BOT["C"]
MX = "mx1.kbrattan-wz.example.cn"


def m365_headers(frm, to, cc, subject, t, msgid, extra=()):
    recv_t = t
    return [
        ("Return-Path", f"<{P[frm]['email']}>"), ("Delivered-To", BOTC[1]),
        ("Received", f"from SG2PR06MB5312.apcprd06.prod.outlook.example.com (2603:1096:4:1b2::9) by\n\t"
                     f"{MX} with ESMTPS id 4g1Hq7vT0wz2Kd\n\tfor <{BOTC[1]}>; {rfc_date(recv_t)}"),
        ("From", addr(P[frm]["name"] if frm.isascii() else frm, P[frm]["email"], quote_ascii=False)),
        ("To", addrs(to)), ("CC", addrs(cc)), ("Subject", ew(subject)),
        ("Thread-Topic", ew(subject.replace("[Updated] ", "").replace("RE: ", ""))),
        ("Thread-Index", "AQHc4F1kzXb9k3WmRUy0a2o7Q8Fj1A=="), ("Date", rfc_date(t)),
        ("Message-ID", f"<{msgid}@SG2PR06MB5312.apcprd06.prod.outlook.example.com>"),
    ] + list(extra) + [
        ("Accept-Language", "en-US, zh-CN"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""), ("x-ms-publictraffictype", "Email"),
        ("x-ms-exchange-organization-authas", "Internal"), ("MIME-Version", "1.0"),
    ]


def m365_alt(text, boundary):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">'
            + html_paras(text) + '</div></body></html>\n')
    return multipart("alternative", boundary, [
        text_part(text, "utf-8", "quoted-printable", extra_params=None, crlf=False),
        text_part(html, "utf-8", "quoted-printable", "html")])


# ------------------------------------------------------------------------------------------------------------
OPS_ID_10118 = "SG2PR06MB53120A4C1E7F2B9D3A68E1F0D9A42"


def c10118():
    t = t8("2026-05-10 23:45:12", 0)
    text = """Hi team,

Notes from this morning's weekly ops review (held early because of the Alentejo container cut-off).

Done since last week
- Kiln #2 thermocouples replaced (Kevin) - closed
- April stock count reconciled (Ricky) - closed

Decisions
- Alentejo order ships in two containers; the second one may slip to June.
- No overtime on Sundays until further notice.

Actions
AI: Kevin to re-sequence weaving line 2 for the Alentejo order by Friday.
AI: Linda - close out moisture-content NCR-0427, EOD today.
AI: Helen + Spring - confirm pricing from the second core-rattan supplier (Kalimantan) by next Wed.
AI: Ricky to raise the USD hedging question with group treasury within 2 business days.
AI: Andy - 5S audit of the finishing shop (no date yet).

Next ops review: Mon 18 May, 08:30 Wuzhou time.

Thanks,
Jason

Jason Liew | General Manager
Kinabalu Rattan Furniture (Wuzhou) Co., Ltd.
"""
    alt = m365_alt(text, "_000_SG2PR06MB53120A4C1E7F2B9D3A68E1F0D9A42SG2PR06MB5312apcp_")
    hdr = m365_headers("Jason Liew", ["覃志强", "黄丽萍", "莫海燕", "韦春花", "梁志华", "蒙小勇"],
                       ["Aisyah Rahman", BOTC], "Weekly ops review - 11 May - actions", t, OPS_ID_10118)
    items = [
        it("覃志强", "re-sequence weaving line 2 for the Alentejo order", ("thisweek", 4), "2026-05-15"),
        it("黄丽萍", "close out moisture-content NCR-0427", ("today",), "2026-05-11"),
        it("莫海燕", "confirm pricing from the second core-rattan supplier (Kalimantan)", ("nextweek", 2),
           "2026-05-20"),
        it("梁志华", "raise the USD hedging question with group treasury", ("workdays", 2), "2026-05-13"),
        it("蒙小勇", "5S audit of the finishing shop", None, None),
    ]
    notes = ("Microsoft 365 (Exchange Online) English minutes, UTF-8 QP text + HTML. The Date header is Sun 2026-05-10 "
             "23:45 +0000 = Mon 2026-05-11 07:45 in Asia/Shanghai (and in Malaysia): every phrase resolves from "
             "Monday 05-11. 'AI:' lines are the actions; owners are English names (Kevin = 覃志强, Linda = 黄丽萍, "
             "Helen = 莫海燕, Ricky = 梁志华, Andy = 蒙小勇). 'by Friday' -> 2026-05-15; 'EOD today' -> 2026-05-11, no "
             "time; 'by next Wed' -> 2026-05-20; 'within 2 business days' -> 05-12, 05-13 -> 2026-05-13; '(no date "
             "yet)' -> no_due. AMBIGUOUS: 'Helen + Spring' names two people; the first-named Helen is taken as owner "
             "(case 10125 later confirms Spring is back-up). 'Done since last week' and Decisions are not items. "
             "Next ops review Mon 18 May 08:30 Wuzhou time -> 2026-05-18 08:30.")
    return case(10118, "kb-m365-english-ai-lines-utc-date", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-05-18"), "2026-05-18", "08:30"),
                "M365 English 'AI:' lines with a +0000 Sunday-night Date (= Monday in Shanghai): by Friday, EOD "
                "today, next Wed, within 2 business days, two names on one action (AMBIGUOUS)")


# ------------------------------------------------------------------------------------------------------------
def c10119():
    t = t8("2026-05-28 18:20:31")
    text = """Hi all,

Thanks Rita for the call this afternoon. Quick recap of where we landed on the Casa Alentejo autumn order (PO CA-2611):

- Quantities confirmed: 180 x Évora armchair, 60 x two-seater, 40 x side table.
- Cushion fabric stays with the linen blend; colour still open.
- Payment terms unchanged (30% deposit, balance against B/L copy).

To do:
[ ] @Helen Mo - send the updated packing list with carton dimensions by Tue 2 June
[ ] @Daniel - revise the armchair drawing (arm height 64 cm instead of 62 cm), by June 5
[ ] @Rita - confirm the Pantone reference for the cushion fabric, asap
[x] @Kevin - pre-production sample photos (sent on Monday, thanks!)
[ ] @me - issue the revised PI once the drawing is approved

Next call: Tue 9 June, 16:00 MYT / 09:00 Lisbon.

Best regards,
Aisyah

--
Aisyah Rahman
Group Sales Manager, Kinabalu Rattan Sdn Bhd
Kota Kinabalu, Sabah | +60 88-xxx xxx
"""
    html = ('<div dir="ltr">' + html_paras(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>")
            + '</div>\n')
    alt = multipart("alternative", "000000000000c7b3e20636f1a2d4", [
        text_part(text, "UTF-8", "quoted-printable"), text_part(html, "UTF-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<aisyah.rahman@{HQ}>"), ("Delivered-To", BOTC[1]),
        ("Received", f"from mail-sor-f41.google.example.com (mail-sor-f41.google.example.com [209.85.220.41])\n\t"
                     f"by {MX} (Postfix) with ESMTPS id 4fM3Vg5pZbz9Qx\n\tfor <{BOTC[1]}>; "
                     f"{rfc_date(t8('2026-05-28 18:20:35'))}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={HQ}; s=google; t=1779963631;\n\t"
                           "h=cc:to:subject:message-id:date:from:mime-version; bh=Qm9ybmVvQ2FzYUFsZW50ZWpv"),
        ("MIME-Version", "1.0"), ("From", f"Aisyah Rahman <aisyah.rahman@{HQ}>"), ("Date", rfc_date(t)),
        ("Message-ID", "<CAF7q2Lm3x8Zr0pWvTnK4s1JdQe9h6bYc5u2RgXoA1wEzP0Kf-Q@mail.gmail.com>"),
        ("Subject", "Casa Alentejo autumn order - call recap & to-dos"),
        ("To", addrs([("Rita Figueiredo", "rita.figueiredo@casalentejo.example.pt"), "莫海燕", "Daniel Chong"])),
        ("Cc", addrs(["覃志强", "Jason Liew", BOTC])),
    ]
    items = [
        it("莫海燕", "send the updated packing list with carton dimensions", ("date", "2026-06-02"), "2026-06-02"),
        it("Daniel Chong", "revise the armchair drawing (arm height 64 cm instead of 62 cm)", ("date", "2026-06-05"),
           "2026-06-05"),
        it("Rita Figueiredo", "confirm the Pantone reference for the cushion fabric", None, None,
           flags=["vague_due"]),
        it("Aisyah Rahman", "issue the revised PI once the drawing is approved", None, None),
    ]
    notes = ("Gmail (Google Workspace) English recap from the Malaysian head office, UTF-8 QP, with a customer in "
             "Portugal. Sent Thu 2026-05-28 18:20 +0800. '[ ]' lines are open actions, '[x]' is done -> not an item. "
             "'@Helen Mo' = 莫海燕 (alias + To display name); '@Daniel' = Daniel Chong; '@Rita' = Rita Figueiredo "
             "(external, address from To), 'asap' -> vague_due; '@me' = the sender Aisyah Rahman, conditional on "
             "approval -> no_due. 'by Tue 2 June' -> 2026-06-02; 'by June 5' -> 2026-06-05. The recap bullets "
             "(quantities, payment terms) are facts. Next call 'Tue 9 June, 16:00 MYT / 09:00 Lisbon' -> MYT is UTC+8 "
             "like Shanghai -> 2026-06-09 16:00 (Lisbon WEST 09:00 = 08:00 UTC, consistent).")
    return case(10119, "kb-gmail-checkbox-at-mentions-two-tz", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-06-09"), "2026-06-09", "16:00"),
                "Gmail English '[ ] @name' to-dos with a Portuguese customer: [x] done line, @me, asap, next call "
                "in two time zones (MYT/Lisbon)")


# ------------------------------------------------------------------------------------------------------------
def c10120():
    t = t8("2026-06-17 09:12:40")
    text = """Hi all,

Minutes of yesterday's design review for the 2027 Borneo collection are attached (PDF).
Note the Dragon Boat holiday in Wuzhou on Fri 19 June - Kevin, the 26 June date already allows for it.

Cheers,
Daniel
"""
    pdf = make_pdf("Design Review Minutes - 2027 Borneo Collection", [
        "Date: Tuesday 16 June 2026, 14:00-15:30 (Teams, Kota Kinabalu / Wuzhou)",
        "Attendees: Daniel Chong (chair), Jason Liew, Kevin Qin, Linda Huang, Spring Wei",
        "",
        "**1. Review",
        "- Lounge chair v3 approved for prototyping; arm profile follows drawing BC-27-014 rev C.",
        "- Powder-coated steel frames replace aluminium for the outdoor range (cost -11%).",
        "",
        "**2. Actions",
        "#1  Owner: Kevin Qin    Task: prototype 3 lounge chairs in natural core rattan    Due: 26 June",
        "#2  Owner: Linda Huang  Task: run the 240 h salt-spray test on the new steel frames   Due: 3 July",
        "#3  Owner: Spring Wei   Task: source a 200 m sample of 3.5 mm core rattan             Due: end of month",
        "#4  Owner: Daniel Chong Task: release the final BOM for the collection                Due: TBD",
        "",
        "**3. Next review",
        "Wednesday 15 July 2026, 10:00 MYT (same link).",
    ], author="Daniel Chong")
    mixed = multipart("mixed", "Apple-Mail=_5E3C9A1B-7D24-4F0E-8B61-2A9C0D7E4F13", [
        text_part(text, "us-ascii", "7bit"),
        attachment(pdf, "application/pdf", "DR-2027-Borneo-minutes.pdf")])
    hdr = [
        ("Return-Path", f"<daniel.chong@{HQ}>"), ("Delivered-To", BOTC[1]),
        ("Received", f"from smtpclient.apple (unknown [175.143.12.88])\n\tby {MX} (Postfix) with ESMTPSA id "
                     f"4fN0sT6yMkz3Rw\n\tfor <{BOTC[1]}>; {rfc_date(t8('2026-06-17 09:12:44'))}"),
        ("From", f"Daniel Chong <daniel.chong@{HQ}>"),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
        ("Subject", "Design review minutes - 2027 Borneo collection"), ("Date", rfc_date(t)),
        ("Message-Id", f"<5E3C9A1B-7D24-4F0E-8B61-2A9C0D7E4F13@{HQ}>"),
        ("To", addrs(["覃志强", "黄丽萍", "韦春花"])), ("Cc", addrs(["Jason Liew", BOTC])),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    items = [
        it("覃志强", "prototype 3 lounge chairs in natural core rattan", ("date", "2026-06-26"), "2026-06-26"),
        it("黄丽萍", "run the 240 h salt-spray test on the new steel frames", ("date", "2026-07-03"), "2026-07-03"),
        it("韦春花", "source a 200 m sample of 3.5 mm core rattan", ("month_end",), "2026-06-30"),
        it("Daniel Chong", "release the final BOM for the collection", None, None, flags=["vague_due"]),
    ]
    notes = ("Apple Mail: a 7bit English note plus a PDF (reportlab, Helvetica) that carries the minutes; the items are "
             "only in the PDF's Actions list (Owner/Task/Due columns). Sent Wed 2026-06-17. Kevin Qin = 覃志强, "
             "Linda Huang = 黄丽萍, Spring Wei = 韦春花 (aliases). 'Due: 26 June' -> 2026-06-26; '3 July' -> "
             "2026-07-03; 'end of month' -> 2026-06-30; 'TBD' -> vague_due. '240 h' is a test duration, not a "
             "deadline; the holiday note in the body is information. Next review Wed 15 July 2026 10:00 MYT -> "
             "2026-07-15 10:00.")
    return case(10120, "kb-apple-mail-pdf-minutes", "minutes", message(hdr, mixed), notes, items,
                fu(("date", "2026-07-15"), "2026-07-15", "10:00"),
                "Apple Mail with the minutes only in a PDF attachment: Owner/Task/Due rows, end of month, TBD, "
                "'240 h' test duration, next review in MYT")


# ------------------------------------------------------------------------------------------------------------
def c10121():
    t = t8("2026-06-04 16:48:05")
    text = """各位：

今天下午QC周会，主要讨论5月份藤条含水率超标问题（5月来料不合格3批），会议记录如下。

Action 1：藤条含水率检测频次由每批1次改为每批3次（上、中、下层各取样）
Owner：Andy（蒙小勇）
Due：6月10日

Action 2：更新来料检验SOP，英文版同步给总部
Owner：Linda
Due：下周三

Action 3：与藤条供应商沟通含水率超标扣款条款
Owner：莫经理 / Spring配合
Due：本月底

Action 4：烘干房温湿度每2小时记录一次
Owner：QC inspectors (all shifts)
Due：ongoing

下次QC会：下周四同一时间（14:00），二楼会议室。

黄丽萍 Linda Huang
Quality Manager
"""
    from h73_cases_a import mso_paras, outlook_html
    alt = multipart("alternative", "----=_NextPart_000_00A3_01DCF3E1.6C9D2B50", [
        text_part(text, "utf-8", "base64", crlf=True),
        text_part(outlook_html(mso_paras(text), "utf-8"), "utf-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<linda.huang@{DOM}>"), ("Delivered-To", BOTC[1]),
        ("Received", f"from LINDAH-NB (unknown [192.168.1.66])\n\tby {MX} (Postfix) with ESMTPS id 4fMwR2bHc1z6Tt"
                     f"\n\tfor <{BOTC[1]}>; {rfc_date(t8('2026-06-04 16:48:08'))}"),
        ("From", addr("黄丽萍 Linda Huang", f"linda.huang@{DOM}")),
        ("To", addrs(["蒙小勇", "莫海燕", "韦春花", "覃志强"])), ("Cc", addrs(["Jason Liew", BOTC])),
        ("Subject", ew("QC周会记录 6/4 - 藤条含水率")), ("Date", rfc_date(t)),
        ("Message-ID", f"<00a301dcf3e1$6c9d2b50$45d381f0$@{DOM}>"), ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzT4WxK4v2bq1yNT9y7bP9F2r1mNg=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        it("蒙小勇", "藤条含水率检测频次由每批1次改为每批3次（上、中、下层各取样）", ("date", "2026-06-10"),
           "2026-06-10"),
        it("黄丽萍", "更新来料检验SOP，英文版同步给总部", ("nextweek", 2), "2026-06-10"),
        it("莫海燕", "与藤条供应商沟通含水率超标扣款条款", ("month_end",), "2026-06-30"),
        it(None, "烘干房温湿度每2小时记录一次", None, None),
    ]
    notes = ("Outlook zh-CN UTF-8, Chinese minutes in English 'Action N / Owner / Due' blocks. Sent Thu 2026-06-04. "
             "Owners: 'Andy（蒙小勇）', 'Linda' = 黄丽萍 (the writer), '莫经理 / Spring配合' -> 主责 莫海燕 (Spring is "
             "配合, not an owner). 'Due：6月10日' -> 2026-06-10; '下周三' -> 2026-06-10 too; '本月底' -> 2026-06-30. "
             "Action 4: 'QC inspectors (all shifts)' is a group, not a person or one of our departments -> owner and "
             "department null, no_owner; 'ongoing' -> no_due; '每2小时' is a frequency, not a deadline. Next meeting "
             "'下周四同一时间（14:00）' -> 2026-06-11 14:00.")
    return case(10121, "kb-owner-due-blocks-outlook-zh", "minutes", message(hdr, alt), notes, items,
                fu(("nextweek", 3), "2026-06-11", "14:00"),
                "Outlook zh-CN minutes in 'Action/Owner/Due' blocks: English aliases, 主责/配合 in one line, group "
                "owner + ongoing, 下周四同一时间")
