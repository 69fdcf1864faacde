"""Organisation D: Ridgeline Medical (Qujing) Co., Ltd. — American-owned medical-device plant, Qujing (Yunnan).
Cases 7119-7126, 7136, 7137. Staff write English (Americans and Chinese) and some Chinese."""
from email.message import Message

from h43_lib import (add_case, addr, addrs, ew, fmt_date, mkdate, text, multi, binary, build, item, nxt, esc,
                     ORGS, person, make_pdf, GEN_POLICY)

BOT = ORGS["D"]["bot"]


def P(name, display=None):
    n, e, _ = person(name)
    return (display or n, e)


def outlook_en_html(lines):
    body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(x) if x else "&nbsp;") for x in lines)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + body + "\n</div></body></html>\n")


def exo_headers(msgid, thread_topic, thread_index, lang="en-US"):
    return [
        ("Thread-Topic", thread_topic),
        ("Thread-Index", thread_index),
        ("Message-ID", msgid),
        ("Accept-Language", "en-US, zh-CN"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]


# ----------------------------------------------------------------------------
# 7119  Outlook (Microsoft 365) English 'AI:' lines, two owners on one line, DONE line
# ----------------------------------------------------------------------------
def c7119():
    date = mkdate(2026, 4, 20, 17, 40, 26)
    lines = [
        "Team,",
        "",
        "Minutes from this afternoon's weekly ops review (Catheter Line 2 / NMPA change).",
        "",
        "Attendees: Mark, Ellen, Jason, Tina, Danielle, Lily, Vincent",
        "",
        "Discussion",
        "- Line 2 tip-forming yield was 96.1% last week (target 97.5%). Main loss is tip ovality.",
        "- PEBAX 55D tubing lead time from the current supplier is now 10 weeks.",
        "",
        "Decision: no Saturday shifts on Line 2 until yield is back above 97%.",
        "",
        "Action items",
        "AI: Jason - update the PFMEA for the tip-forming process with the ovality failure mode - due Apr 24",
        "AI: Ellen / Tina - draft the NMPA change notification for the new tip die - by next Wednesday",
        "AI: Supply Chain - qualify a second source for PEBAX 55D tubing - TBD",
        "AI: Lily - retrain second-shift operators on the revised tip-forming WI - within 3 working days",
        "AI: Vincent - release the EO load-mapping report - DONE (Apr 17)",
        "",
        "Next meeting: Monday April 27, 9:30am, Conference Room B / Teams.",
        "",
        "Mark",
        "",
        "Mark Kowalski | Plant Manager",
        "Ridgeline Medical (Qujing) Co., Ltd.",
    ]
    plain = "\n".join(lines) + "\n"
    alt = multi("alternative", [text(plain, "plain", "us-ascii", "quoted-printable"),
                                text(outlook_en_html(lines), "html", "us-ascii", "quoted-printable")],
                "_000_SJ0PR17MB5512A0C3E1F7D24B9A6C0E5BSJ0PR17MB5512namp_")
    to = [P("杨晓岚", "Ellen Yang"), P("邹建伟", "Jason Zou"), P("付雅婷", "Tina Fu"), P("Danielle Brooks"),
          P("普丽娟", "Lily Pu"), P("缪文涛", "Vincent Miao")]
    cc = [BOT]
    hdrs = [
        ("From", addr("Mark Kowalski", person("Mark Kowalski")[1])),
        ("To", addrs(to)),
        ("CC", addrs(cc)),
        ("Subject", "Weekly Ops Review - minutes & AIs (Apr 20)"),
        ("Date", fmt_date(date)),
    ] + exo_headers("<SJ0PR17MB5512A0C3E1F7D24B9A6C0E5BSJ0PR17MB5512@SJ0PR17MB5512.namprd17.prod.outlook.example.com>",
                    "Weekly Ops Review - minutes & AIs (Apr 20)", "AdzQjx5K0mXb7YtrTfSe0c9h2B4F1w==")
    raw = build("D", date, "NAM12-SJ0-obe.outbound.protection.outlook.example.com (mail-sj0nam12on2110.outbound.protection.outlook.example.com [40.107.93.110])",
                hdrs, alt, queue_id="4fTb5Lr9vDz3Qm")
    items = [
        item("邹建伟", "update the PFMEA for the tip-forming process with the ovality failure mode", "2026-04-24",
             ("abs", "2026-04-24")),
        item("杨晓岚", "draft the NMPA change notification for the new tip die", "2026-04-29", ("next_week", 2)),
        item("付雅婷", "draft the NMPA change notification for the new tip die", "2026-04-29", ("next_week", 2)),
        item(None, "qualify a second source for PEBAX 55D tubing", None, None, flags=["no_owner", "vague_due"],
             dept="Supply Chain"),
        item("普丽娟", "retrain second-shift operators on the revised tip-forming WI", "2026-04-23", ("workdays", 3)),
    ]
    notes = ("Microsoft 365 Outlook mail in English (us-ascii QP, plain + HTML) from the American plant manager. Sent Mon 2026-04-20 "
             "17:40 +0800. 'Discussion' facts and the 'Decision:' line are not items. 'AI:' lines: Jason = 邹建伟 -> 'due Apr 24' 2026-04-24; "
             "'Ellen / Tina' = two owners of one task -> two items (杨晓岚, 付雅婷), 'by next Wednesday' -> 2026-04-29; 'Supply Chain' is a "
             "department -> no_owner, department Supply Chain, TBD -> vague_due; Lily = 普丽娟, 'within 3 working days' from Tue 04-21 -> 2026-04-23; "
             "Vincent's line is marked DONE -> status, not an item. 'Next meeting: Monday April 27, 9:30am' -> 2026-04-27 09:30.")
    add_case(7119, "english-ai-lines-m365", "minutes", raw, items,
             nxt("2026-04-27", "09:30", ("abs", "2026-04-27", 0)), notes,
             summary="5 items (邹建伟 04-24, 杨晓岚+付雅婷 04-29 ×2, Supply Chain no_owner TBD, 普丽娟 04-23); DONE line skipped; next 04-27 09:30",
             tests="English 'AI:' lines, 'Ellen / Tina' two owners, department owner, TBD, within 3 working days, DONE line, Decision line",
             org="D", client="Outlook (Microsoft 365)", encoding="us-ascii QP, multipart/alternative", plain=True)


c7119()


# ----------------------------------------------------------------------------
# 7120  Outlook for Mac plain text: markdown checklist '- [ ] @name' with [x] done lines; make-up Saturday
# ----------------------------------------------------------------------------
def c7120():
    date = mkdate(2026, 5, 7, 18, 25, 33)
    body = """Hi all,

Notes from today's supplier-readiness huddle (markdown checklist, sorry - Jira habit).

## Done
- [x] @Tina Fu submit the labeling change to the RA portal (done Tue)
- [x] @Danielle confirm the May 9 make-up shift with the tubing supplier

## Open
- [ ] @Jason Zou rework the fixture drawings for the new tip die - by Friday
- [ ] @Vincent re-run the EO residual test on lot 2604-17, EOD
- [ ] @Lily Pu cross-train two packers on the pouch sealer - within 3 business days
- [ ] @Danielle send the revised forecast to Kunming Hengrui - by May 15
- [ ] someone from EHS to check the solvent cabinet labels - ASAP

No huddle next week (I'm in Minneapolis); we'll pick it up async.

Dani

--
Danielle Brooks | Supply Chain Manager
Ridgeline Medical (Qujing) | +86 874 319 0526
"""
    part = text(body, "plain", "UTF-8", "quoted-printable")
    to = [P("付雅婷", "Tina Fu"), P("邹建伟", "Jason Zou"), P("缪文涛", "Vincent Miao"), P("普丽娟", "Lily Pu"),
          P("保志刚", "Bao Zhigang")]
    cc = [P("Mark Kowalski"), BOT]
    hdrs = [
        ("From", addr("Danielle Brooks", person("Danielle Brooks")[1])),
        ("To", addrs(to)),
        ("CC", addrs(cc)),
        ("Subject", "Supplier readiness huddle - open items"),
        ("Thread-Topic", "Supplier readiness huddle - open items"),
        ("Thread-Index", "AQHc3f1kq8R0b2mJ7E6vY5t1wG9zXA=="),
        ("Date", fmt_date(date)),
        ("Message-ID", "<B4E7C2A1-6D3F-4E8B-9A15-0C2D7F3E9B61@ridgelinemed.example.com>"),
        ("Content-Language", "en-US"),
        ("User-Agent", "Microsoft-MacOutlook/16.96.26042617"),
        ("MIME-Version", "1.0"),
    ]
    raw = build("D", date, "NAM12-DM6-obe.outbound.protection.outlook.example.com (mail-dm6nam12on2103.outbound.protection.outlook.example.com [40.107.243.103])",
                hdrs, part, queue_id="4fbM3Tq8wEz0Lx")
    items = [
        item("邹建伟", "rework the fixture drawings for the new tip die", "2026-05-08", ("weekday", 4)),
        item("缪文涛", "re-run the EO residual test on lot 2604-17", "2026-05-07", ("today",)),
        item("普丽娟", "cross-train two packers on the pouch sealer", "2026-05-11", ("workdays", 3)),
        item("Danielle Brooks", "send the revised forecast to Kunming Hengrui", "2026-05-15", ("abs", "2026-05-15")),
        item(None, "check the solvent cabinet labels", None, None, flags=["no_owner", "vague_due"], dept="EHS"),
    ]
    notes = ("Outlook for Mac, text/plain UTF-8 QP, written as a markdown checklist. Sent Thu 2026-05-07 18:25 +0800. '- [x]' lines are "
             "done -> not items. Open '- [ ] @name' lines: @Jason Zou = 邹建伟, 'by Friday' -> 2026-05-08; @Vincent = 缪文涛, 'EOD' -> the send "
             "date 2026-05-07, no time; @Lily Pu = 普丽娟, 'within 3 business days' counted on the Chinese working calendar the plant runs on: "
             "Fri 05-08, Sat 05-09 (Labour Day make-up working day), Mon 05-11 -> 2026-05-11 (a Mon-Fri count would give 05-12); "
             "@Danielle = the sender -> 2026-05-15; 'someone from EHS' = the EHS department only -> no_owner, department EHS, ASAP -> vague_due. "
             "'No huddle next week' -> no follow-up.")
    add_case(7120, "markdown-checklist-mac-outlook", "minutes", raw, items, None, notes,
             summary="5 items (邹建伟 05-08, 缪文涛 05-07 EOD, 普丽娟 05-11 3 business days over make-up Sat, Danielle 05-15, EHS no_owner ASAP); [x] skipped",
             tests="'- [ ] @name' checklist with [x] done lines, EOD, English business days across the 05-09 make-up Saturday",
             org="D", client="Outlook for Mac", encoding="UTF-8 QP, text/plain")


c7120()


# ----------------------------------------------------------------------------
# 7121  German partner, Thunderbird, Date +0200: Owner/Action/Due blocks, Next sync in CEST
# ----------------------------------------------------------------------------
def c7121():
    date = mkdate(2026, 5, 28, 11, 20, 9, off="+0200")
    body = """Dear Ellen, dear Vincent,

thank you for the call this morning. Please find the minutes below.

Meeting: EO sterilisation cycle revalidation - Ridgeline Qujing / Nordlicht
Date: 28 May 2026, 09:00-10:15 CEST (15:00-16:15 Beijing)
Participants: Ellen Yang, Vincent Miao (Ridgeline); Katrin Vogel, Jonas Brandt (Nordlicht)

1. Load configuration
Owner: Vincent Miao
Action: send the updated load pattern drawings and pallet photos
Due: by Friday

2. Biological indicators
Owner: Katrin Vogel
Action: confirm the BI supplier and the lot release certificates
Due: 5 June

3. Protocol approval
Owner: Ellen Yang
Action: approve the revalidation protocol RV-EO-2026-03 in Veeva
Due: next Wednesday

4. Residuals test plan
Owner: Nordlicht lab
Action: propose dates for the EO/ECH residuals testing
Due: TBD

Agreed: the revalidation runs use the current 3-pallet configuration; no change to the
preconditioning time.

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Kind regards
Katrin Vogel

-- 
Dr. Katrin Vogel | Head of Validation
Nordlicht Sterilisation GmbH | Hamburg
"""
    part = text(body, "plain", "UTF-8", "7bit", params="!; format=flowed")
    to = [P("杨晓岚", "Ellen Yang"), P("缪文涛", "Vincent Miao")]
    cc = [("Jonas Brandt", "j.brant@nordlicht-steri.example.de"), BOT]
    hdrs = [
        ("Message-ID", "<8f2d61c4-7b0e-4a93-b5d8-1e6c9a04f2b7@nordlicht-steri.example.de>"),
        ("Date", fmt_date(date)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-GB"),
        ("To", addrs(to)),
        ("Cc", addrs(cc)),
        ("From", addr("Dr. Katrin Vogel", person("Katrin Vogel")[1])),
        ("Subject", "Minutes: EO cycle revalidation call 28 May"),
        ("Organization", "Nordlicht Sterilisation GmbH"),
    ]
    raw = build("D", date, "mout.nordlicht-steri.example.de (mout.nordlicht-steri.example.de [212.227.17.24])",
                hdrs, part, queue_id="4fvH8Kd1pNz6Wt")
    items = [
        item("缪文涛", "send the updated load pattern drawings and pallet photos", "2026-05-29", ("weekday", 4)),
        item("Katrin Vogel", "confirm the BI supplier and the lot release certificates", "2026-06-05", ("abs", "2026-06-05")),
        item("杨晓岚", "approve the revalidation protocol RV-EO-2026-03 in Veeva", "2026-06-03", ("next_week", 2)),
        item(None, "propose dates for the EO/ECH residuals testing", None, None, flags=["no_owner", "vague_due"]),
    ]
    notes = ("Minutes from the German sterilisation partner (Thunderbird, 7bit, format=flowed). Date header Thu 2026-05-28 11:20 +0200 = "
             "17:20 the same day in Shanghai, so both calendars agree on the day. Owner/Action/Due blocks: 1 Vincent Miao = 缪文涛, "
             "'by Friday' -> 2026-05-29; 2 the sender (roster outsider Katrin Vogel, department null) -> 2026-06-05; 3 Ellen Yang = 杨晓岚, "
             "'next Wednesday' -> Wednesday of next week 2026-06-03; 4 'Nordlicht lab' is a team of the partner -> no_owner, department null, "
             "TBD -> vague_due. 'Agreed:' is a decision. 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 in Asia/Shanghai.")
    add_case(7121, "german-partner-owner-due-blocks-cest", "minutes", raw, items,
             nxt("2026-06-09", "16:00", ("tz", "2026-06-09 10:00", "Europe/Berlin")), notes,
             summary="4 items (缪文涛 05-29, Katrin Vogel 06-05, 杨晓岚 06-03, partner lab no_owner TBD); next 06-09 16:00 Beijing",
             tests="Owner/Action/Due blocks, +0200 Date, 'Next sync … CEST (16:00 Beijing)' converted to Shanghai time",
             org="D (foreign partner writer)", client="Thunderbird", encoding="UTF-8 7bit, text/plain format=flowed")


c7121()


# ----------------------------------------------------------------------------
# 7122  OWA (Exchange Online), Chinese text, Date in +0000 on Sunday night = Monday morning in Shanghai
# ----------------------------------------------------------------------------
def c7122():
    date = mkdate(2026, 6, 21, 23, 40, 12, off="+0000")
    lines = [
        "各位：",
        "",
        "端午节值班期间（6月20日）厂区安全检查发现的问题及整改安排如下，请各责任人落实：",
        "",
        "1. 普丽娟：修复洁净车间2号更衣室紧急洗眼器水压不足问题，2个工作日内完成。",
        "2. 邹建伟：完成注塑机3号机安全光栅更换并验证，本周五前。",
        "3. Danielle：危化品仓库MSDS更新（英文版），下周一前。",
        "4. 保志刚（本人）：组织一次全员化学品泄漏应急演练，7月10日前。",
        "",
        "检查中消防通道、应急照明均正常，不再列入。",
        "",
        "下次检查：7月6日（周一）上午8:30，从原料仓开始。",
        "",
        "保志刚",
        "EHS Engineer | Ridgeline Medical (Qujing)",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
            'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in lines) + "</div></body></html>\n")
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "_000_TYZPR06MB6207C1E0A9B54D3F82A7E1B6TYZPR06MB6207apcp_")
    to = [P("普丽娟", "Lily Pu"), P("邹建伟", "Jason Zou"), P("Danielle Brooks")]
    cc = [P("Mark Kowalski"), BOT]
    hdrs = [
        ("From", addr("Bao Zhigang", person("保志刚")[1])),
        ("To", addrs(to)),
        ("CC", addrs(cc)),
        ("Subject", ew("端午值班安全检查问题整改安排", "utf-8")),
        ("Date", fmt_date(date)),
    ] + exo_headers("<TYZPR06MB6207C1E0A9B54D3F82A7E1B6@TYZPR06MB6207.apcprd06.prod.outlook.example.com>",
                    ew("端午值班安全检查问题整改安排", "utf-8"), "AQHc4c7pQk3z0xT1vE2r9YbMNd5Jhw==", lang="zh-CN")
    hdrs.append(("x-ms-exchange-organization-originating-application", "OWA"))
    raw = build("D", date, "APC01-TYZ-obe.outbound.protection.outlook.example.com (mail-tyzapc01on2119.outbound.protection.outlook.example.com [40.107.117.119])",
                hdrs, alt, queue_id="4g0Q1Xb6rHz8Mk")
    items = [
        item("普丽娟", "修复洁净车间2号更衣室紧急洗眼器水压不足问题", "2026-06-24", ("workdays", 2)),
        item("邹建伟", "完成注塑机3号机安全光栅更换并验证", "2026-06-26", ("this_week", 4)),
        item("Danielle Brooks", "危化品仓库MSDS更新（英文版）", "2026-06-29", ("next_week", 0)),
        item("保志刚", "组织一次全员化学品泄漏应急演练", "2026-07-10", ("abs", "2026-07-10")),
    ]
    notes = ("Outlook on the web (Exchange Online), UTF-8 base64, Chinese text from a Chinese engineer at the US plant. The Date header is "
             "'Sun, 21 Jun 2026 23:40:12 +0000' = Mon 2026-06-22 07:40 in Shanghai (the Dragon Boat holiday 06-19..06-21 is over); every "
             "relative date must use the Shanghai day. 1 '2个工作日内' from Tue 06-23 -> 06-23, 06-24 -> 2026-06-24 (UTC day would give 06-23). "
             "2 '本周五前' -> 2026-06-26 (the UTC Sunday would point at the past 06-19 holiday). 3 'Danielle' = Danielle Brooks; '下周一前' -> "
             "2026-06-29 (the UTC Sunday would give 06-22). 4 '保志刚（本人）' = the sender -> 2026-07-10. The 消防通道 sentence is a fact. "
             "'下次检查：7月6日（周一）上午8:30' -> 2026-07-06 08:30.")
    add_case(7122, "owa-utc-sunday-night-after-dragon-boat", "minutes", raw, items,
             nxt("2026-07-06", "08:30", ("abs", "2026-07-06", 0)), notes,
             summary="4 items (普丽娟 06-24 2个工作日, 邹建伟 06-26 本周五, Danielle 06-29 下周一, 保志刚 07-10); next 07-06 08:30",
             tests="+0000 Date on Sunday night = Monday in Shanghai after Dragon Boat: 2个工作日内 / 本周五 / 下周一 must use the Shanghai day",
             org="D", client="Outlook on the web (Exchange Online)", encoding="UTF-8 base64, multipart/alternative")


c7122()


# ----------------------------------------------------------------------------
# 7123  iPhone mail from US HQ (-0500) with a PDF of the quarterly review minutes
# ----------------------------------------------------------------------------
def c7123():
    date = mkdate(2026, 6, 29, 21, 15, 42, off="-0500")
    pdf_lines = [
        (16, True, "Q2 Operations Review - Qujing Plant"),
        (11, False, "Minutes | Meeting held Jun 29, 2026, 7:00-8:30 PM CDT (Jun 30, 8:00-9:30 AM Beijing)"),
        (11, False, "Attendees: Brian Whitaker (HQ), Mark Kowalski, Ellen Yang, Danielle Brooks, Jason Zou"),
        (11, False, ""),
        (13, True, "Highlights"),
        (11, False, "- Q2 output 1.42M units, 103% of plan. Scrap rate 2.1% (target 2.5%)."),
        (11, False, "- Line 2 yield recovered to 97.8% after the tip die replacement."),
        (11, False, "- Decision: second EO chamber goes into the FY27 capex plan."),
        (11, False, ""),
        (13, True, "Action Items"),
        (11, False, "1. Mark Kowalski - Submit the FY27 capex request for the second EO chamber - Due: Jul 10"),
        (11, False, "2. Ellen Yang - Complete the supplier audit report for Kunming Hengrui - Due: Jul 15"),
        (11, False, "3. Danielle Brooks - Reduce finished-goods safety stock to 3 weeks - Due: end of July"),
        (11, False, "4. Jason Zou - Present the Line 2 yield recovery plan to HQ - Due: EOD Friday"),
        (11, False, "5. Brian Whitaker - Confirm HQ headcount approval for two QC inspectors - Due: ASAP"),
        (11, False, ""),
        (13, True, "Closed from the Q1 review"),
        (11, False, "- Install the second pouch sealer - Closed (May 22)"),
        (11, False, "- Update the EO residual SOP - Closed (Apr 30)"),
        (11, False, ""),
        (11, False, "Next review: Tue Jul 28, 8:00 AM CDT (9:00 PM Beijing)"),
    ]
    pdf = make_pdf(pdf_lines, "Q2 Operations Review - Qujing Plant - Minutes", "Brian Whitaker")
    t1 = text("Team - minutes from tonight's Q2 review attached. Please check your action items and flag anything I got wrong.\n\n"
              "Thanks,\nBrian\n\n", "plain", "us-ascii", "7bit", params="!")
    att = binary(pdf, 'application/pdf;\n\tname="Q2 Ops Review Qujing - Minutes.pdf"',
                 headers=[("Content-Disposition", 'attachment;\n\tfilename="Q2 Ops Review Qujing - Minutes.pdf"')])
    t2 = text("\n\nSent from my iPhone\n", "plain", "us-ascii", "7bit", params="!")
    mixed = multi("mixed", [t1, att, t2], "Apple-Mail-6B1E2F0A-9C47-4D3B-8E15-72A0C9D4F318")
    to = [P("Mark Kowalski"), P("杨晓岚", "Ellen Yang"), P("Danielle Brooks"), P("邹建伟", "Jason Zou")]
    cc = [BOT]
    hdrs = [
        ("From", addr("Brian Whitaker", person("Brian Whitaker")[1])),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", fmt_date(date)),
        ("Subject", "Q2 ops review - minutes (PDF)"),
        ("Message-Id", "<6B1E2F0A-9C47-4D3B-8E15-72A0C9D4F318@ridgelinemed.example.com>"),
        ("To", addrs(to)),
        ("Cc", addrs(cc)),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    raw = build("D", date, "NAM12-MW2-obe.outbound.protection.outlook.example.com (mail-mw2nam12on2127.outbound.protection.outlook.example.com [40.107.244.127])",
                hdrs, mixed, queue_id="4g5C0Nw3tKz1Fb")
    items = [
        item("Mark Kowalski", "Submit the FY27 capex request for the second EO chamber", "2026-07-10", ("abs", "2026-07-10")),
        item("杨晓岚", "Complete the supplier audit report for Kunming Hengrui", "2026-07-15", ("abs", "2026-07-15")),
        item("Danielle Brooks", "Reduce finished-goods safety stock to 3 weeks", "2026-07-31", ("month_end", 1)),
        item("邹建伟", "Present the Line 2 yield recovery plan to HQ", "2026-07-03", ("weekday", 4)),
        item("Brian Whitaker", "Confirm HQ headcount approval for two QC inspectors", None, None, flags=["vague_due"]),
    ]
    notes = ("iPhone mail from the US head office (multipart/mixed: short text, the PDF, then Apple's trailing 'Sent from my iPhone' "
             "part); the minutes are only in the PDF (reportlab, invariant). Date 'Mon, 29 Jun 2026 21:15:42 -0500' = Tue 2026-06-30 10:15 "
             "in Shanghai. Highlights and the Decision are not items; 'Closed from the Q1 review' rows are status. Action items: 1 Jul 10 -> "
             "2026-07-10; 2 Ellen Yang = 杨晓岚 -> 2026-07-15; 3 'end of July' -> 2026-07-31; 4 Jason Zou = 邹建伟, 'EOD Friday' -> 2026-07-03 "
             "(the same Friday from the US Monday or the Shanghai Tuesday); 5 ASAP -> vague_due. 'Next review: Tue Jul 28, 8:00 AM CDT "
             "(9:00 PM Beijing)' -> 2026-07-28 21:00 Shanghai time.")
    add_case(7123, "pdf-minutes-us-hq-iphone", "minutes", raw, items,
             nxt("2026-07-28", "21:00", ("tz", "2026-07-28 08:00", "America/Chicago")), notes,
             summary="5 items from the PDF (Mark 07-10, 杨晓岚 07-15, Danielle 07-31, 邹建伟 07-03 EOD Friday, Brian ASAP); next 07-28 21:00 Beijing",
             tests="minutes only in a PDF, -0500 Date (next day in Shanghai), end of July, EOD Friday, closed rows, CDT next review",
             org="D", client="iPhone Mail", encoding="us-ascii 7bit + PDF (multipart/mixed)", attachments_text="pdf")


c7123()


# ----------------------------------------------------------------------------
# 7124  Outlook plain text: CAPA tracker pasted from Excel (tab-separated), closed rows, mixed date formats
# ----------------------------------------------------------------------------
def c7124():
    date = mkdate(2026, 6, 10, 16, 45, 3)
    rows = [
        ["CAPA#", "Description", "Owner", "Due", "Status"],
        ["CAPA-2026-009", "Tip ovality on Line 2 (root cause: worn die)", "Jason", "2026/6/18", "Open"],
        ["CAPA-2026-011", "Label misprint lot 2605-03", "Tina", "2026/5/29", "Closed"],
        ["CAPA-2026-012", "Pouch seal width out of spec", "Lily", "6/16", "Open"],
        ["CAPA-2026-014", "EO residual OOT, lot 2604-17", "Vincent", "Closed on 5/12", "Closed"],
        ["CAPA-2026-015", "Supplier COA missing for PEBAX", "Danielle", "end of June", "Open"],
        ["CAPA-2026-016", "Cleanroom particle excursion Room 3", "Bao Zhigang", "TBD", "Open - waiting for HVAC vendor"],
    ]
    body = ("Hi team,\n\nCAPA review meeting today (10 Jun). Tracker below, pasted from Excel. Closed rows are for info only.\n\n"
            + "\n".join("\t".join(r) for r in rows)
            + "\n\nReminder: effectiveness checks are due 90 days after closure (standing rule, QP-08).\n\n"
              "Next CAPA review: 24 June, 14:00.\n\nEllen\n\nEllen Yang 杨晓岚 | Quality Manager\nRidgeline Medical (Qujing) Co., Ltd.\n")
    part = text(body, "plain", "utf-8", "quoted-printable")
    to = [P("邹建伟", "Jason Zou"), P("付雅婷", "Tina Fu"), P("普丽娟", "Lily Pu"), P("缪文涛", "Vincent Miao"),
          P("Danielle Brooks"), P("保志刚", "Bao Zhigang")]
    cc = [P("Mark Kowalski"), BOT]
    hdrs = [
        ("From", addr("Ellen Yang", person("杨晓岚")[1])),
        ("To", addrs(to)),
        ("CC", addrs(cc)),
        ("Subject", "CAPA review 10 Jun - tracker"),
        ("Date", fmt_date(date)),
    ] + exo_headers("<SJ0PR17MB4410E2B7C9A14F0D83E6A5C2SJ0PR17MB4410@SJ0PR17MB4410.namprd17.prod.outlook.example.com>",
                    "CAPA review 10 Jun - tracker", "AdzZ5mR1s0Wb3kYvQ7KxE2n8TfU4Gg==")
    hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
    raw = build("D", date, "NAM12-SJ0-obe.outbound.protection.outlook.example.com (mail-sj0nam12on2118.outbound.protection.outlook.example.com [40.107.93.118])",
                hdrs, part, queue_id="4fwB7Gq2mSz5Nc")
    items = [
        item("邹建伟", "Tip ovality on Line 2 (root cause: worn die)", "2026-06-18", ("abs", "2026-06-18")),
        item("普丽娟", "Pouch seal width out of spec", "2026-06-16", ("abs", "2026-06-16")),
        item("Danielle Brooks", "Supplier COA missing for PEBAX", "2026-06-30", ("month_end",)),
        item("保志刚", "Cleanroom particle excursion Room 3", None, None, flags=["vague_due"]),
    ]
    notes = ("Outlook plain-text mail (UTF-8 QP) with a CAPA tracker pasted from Excel as tab-separated rows. Sent Wed 2026-06-10. Rows with "
             "Status Closed (CAPA-2026-011, -014) are not items. Open rows: the task is the Description (the CAPA key is dropped), the owner the "
             "Owner column by first name (Jason = 邹建伟, Lily = 普丽娟, Danielle = Danielle Brooks, 'Bao Zhigang' = 保志刚). Due: '2026/6/18' -> "
             "2026-06-18; '6/16' -> 2026-06-16; 'end of June' -> 2026-06-30; TBD -> vague_due (the status remark about the HVAC vendor is not a "
             "date). The effectiveness-check reminder is a standing rule. 'Next CAPA review: 24 June, 14:00' -> 2026-06-24 14:00.")
    add_case(7124, "capa-tracker-tsv-outlook-plain", "minutes", raw, items,
             nxt("2026-06-24", "14:00", ("abs", "2026-06-24")), notes,
             summary="4 items (邹建伟 06-18, 普丽娟 06-16, Danielle 06-30 end of June, 保志刚 TBD); 2 Closed rows skipped; next 06-24 14:00",
             tests="TSV pasted from Excel, Closed rows, ticket key not in task, 2026/6/18 and 6/16 formats, end of June, standing rule",
             org="D", client="Outlook 16 (plain text)", encoding="UTF-8 QP, text/plain", plain=True)


c7124()


# ----------------------------------------------------------------------------
# 7125  other: the plant manager's own weekly newsletter to an all-staff list the bot belongs to
# ----------------------------------------------------------------------------
def c7125():
    date = mkdate(2026, 6, 12, 17, 2, 55)
    lines = [
        "Qujing Plant Weekly - Issue 23 / 曲靖工厂周报 第23期",
        "",
        "Hi everyone,",
        "",
        "A good week: Line 2 yield was 97.9%, the best since January, and we shipped 118k units. Thank you!",
        "",
        "Coming up",
        "- Dragon Boat Festival: the plant is closed Jun 19-21; Line 1 maintenance crew works on Jun 20 (see Lily's roster).",
        "- Annual GMP refresher training must be completed in the LMS by Jun 30.",
        "- Safety Month: Bao Zhigang's team will run the chemical-spill drill in early July.",
        "- HQ visit: Brian Whitaker will be on site Jul 14-15 for the Q3 kickoff.",
        "",
        "Shout-outs",
        "- Vincent Miao closed CAPA-2026-014 two weeks early.",
        "- 普丽娟 and the packaging team hit zero seal defects for 10 days in a row.",
        "",
        "Have a great weekend and a happy Dragon Boat Festival - 端午安康!",
        "Mark",
    ]
    plain = "\n".join(lines) + "\n"
    alt = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                text(outlook_en_html(lines), "html", "utf-8", "quoted-printable")],
                "_000_SJ0PR17MB5512F1D2A3B84C6E9E0B7A41SJ0PR17MB5512namp_")
    hdrs = [
        ("From", addr("Mark Kowalski", person("Mark Kowalski")[1])),
        ("To", addr("Qujing All Staff", "qj-allstaff@ridgelinemed.example.com")),
        ("Subject", ew("Qujing Plant Weekly - Issue 23 / 曲靖工厂周报 第23期", "utf-8")),
        ("Date", fmt_date(date)),
    ] + exo_headers("<SJ0PR17MB5512F1D2A3B84C6E9E0B7A41SJ0PR17MB5512@SJ0PR17MB5512.namprd17.prod.outlook.example.com>",
                    "Qujing Plant Weekly - Issue 23", "AdzaLq2Wm0pT1n7hRXa0v3YcK8sFbQ==")
    raw = build("D", date, "NAM12-SJ0-obe.outbound.protection.outlook.example.com (mail-sj0nam12on2121.outbound.protection.outlook.example.com [40.107.93.121])",
                hdrs, alt, queue_id="4fxR9Jm4bTz2Hd")
    notes = ("The plant manager's own weekly newsletter to the all-staff distribution list, of which the bot address is a member "
             "(Delivered-To the bot, To the list). A person wrote it (no Auto-Submitted, no List-Id or Precedence: bulk), so it is not auto; "
             "it has dates ('by Jun 30', 'Jul 14-15', 'early July') and names, but no meeting, no agreed owners and deadlines -> kind other, "
             "no items, no follow-up.")
    add_case(7125, "other-plant-newsletter-person-written", "other", raw, [], None, notes,
             summary="other: a person-written weekly newsletter to an all-staff list (dates, names, no minutes)",
             tests="person-written newsletter with dates and names, reached the bot through a distribution list: other, not auto",
             org="D", client="Outlook (Microsoft 365)", encoding="UTF-8 QP, multipart/alternative", plain=True)


c7125()


# ----------------------------------------------------------------------------
# 7126  auto: Exchange Online NDR (multipart/report) for the bot's recap
# ----------------------------------------------------------------------------
def c7126():
    date = mkdate(2026, 5, 28, 9, 25, 41, off="+0000")
    human = ("Your message to j.brant@nordlicht-steri.example.de couldn't be delivered.\n\n"
             "j.brant wasn't found at nordlicht-steri.example.de.\n\n"
             "minutebot    Office 365    nordlicht-steri.example.de\n"
             "Action Required                              Recipient\n\n"
             "Unknown To address\n\n"
             "How to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n\n"
             "Original message headers and diagnostic information for administrators follow.\n\n"
             "Remote server returned '550 5.1.1 <j.brant@nordlicht-steri.example.de>: Recipient address rejected: User unknown'\n")
    hpart = text(human, "plain", "us-ascii", "quoted-printable")
    hhtml = text("<html><body><p>" + esc(human).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n",
                 "html", "us-ascii", "quoted-printable")
    alt = multi("alternative", [hpart, hhtml], "b7d1e44c-9a37-4e0f-8c2b-5f6a1d3e7c90")
    ds = Message(policy=GEN_POLICY)
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message(policy=GEN_POLICY)
    b1["Reporting-MTA"] = "dns;SJ0PR17MB5512.namprd17.prod.outlook.example.com"
    b1["Received-From-MTA"] = "dns;mx1.ridgelinemed.example.com"
    b1["Arrival-Date"] = "Thu, 28 May 2026 09:25:33 +0000"
    b2 = Message(policy=GEN_POLICY)
    b2["Final-Recipient"] = "rfc822;j.brant@nordlicht-steri.example.de"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Remote-MTA"] = "dns;mx.nordlicht-steri.example.de"
    b2["Diagnostic-Code"] = "smtp;550 5.1.1 <j.brant@nordlicht-steri.example.de>: Recipient address rejected: User unknown"
    ds._payload = [b1, b2]
    orig = ("Return-Path: <minutebot@ridgelinemed.example.com>\n"
            "From: Minutes Bot <minutebot@ridgelinemed.example.com>\n"
            "Reply-To: minutebot+r7121k2f9q@ridgelinemed.example.com\n"
            "To: Ellen Yang <ellen.yang@ridgelinemed.example.com>, Vincent Miao <vincent.miao@ridgelinemed.example.com>,\n"
            " Jonas Brandt <j.brant@nordlicht-steri.example.de>\n"
            "Subject: " + ew("[纪要确认] Minutes: EO cycle revalidation call 28 May", "utf-8") + "\n"
            "Date: Thu, 28 May 2026 09:25:30 +0000\n"
            "Message-ID: <recap.7121.20260528T092530Z@ridgelinemed.example.com>\n"
            "Auto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: OOF, AutoReply\n"
            "MIME-Version: 1.0\n")
    hdrs_part = text(orig, "rfc822-headers", "us-ascii", "7bit")
    report = multi("report", [alt, ds, hdrs_part], "ef3a9c21-4b7d-4c58-a2e6-90d1f7b35c44",
                   params=" report-type=delivery-status;")
    hdrs = [
        ("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ridgelinemed.example.com")),
        ("To", addr(BOT[0], BOT[1])),
        ("Date", fmt_date(date)),
        ("Content-Language", "en-US"),
        ("Message-ID", "<1b4c6e8a-3f20-4d97-b5a1-0e7c2d9f6b38@SJ0PR17MB5512.namprd17.prod.outlook.example.com>"),
        ("In-Reply-To", "<recap.7121.20260528T092530Z@ridgelinemed.example.com>"),
        ("References", "<recap.7121.20260528T092530Z@ridgelinemed.example.com>"),
        ("Subject", "Undeliverable: " + ew("[纪要确认] Minutes: EO cycle revalidation call 28 May", "utf-8")),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    raw = build("D", date, "NAM12-SJ0-obe.outbound.protection.outlook.example.com (mail-sj0nam12on2100.outbound.protection.outlook.example.com [40.107.93.100])",
                hdrs, report, queue_id="4fvJ2Lq5sRz7Xb", return_path="")
    notes = ("Exchange Online non-delivery report for the bot's own recap of 7121, sent reply-all style to the mistyped partner address the writer had in Cc (j.brant@ instead of j.brandt@): multipart/report; "
             "report-type=delivery-status with a human-readable part, message/delivery-status (Status 5.1.1) and text/rfc822-headers of the "
             "recap; Return-Path <>, From Microsoft Outlook (MicrosoftExchange…), Auto-Submitted: auto-replied, X-MS-Exchange-Message-Is-Ndr. "
             "Kind auto: no items, no follow-up, never answered.")
    add_case(7126, "auto-ndr-exchange-online", "auto", raw, [], None, notes,
             summary="auto: Exchange Online NDR (multipart/report) for the bot's recap",
             tests="bounce (multipart/report, delivery-status, rfc822-headers of the bot's own recap), Return-Path <>",
             org="D", client="Exchange Online (system)", encoding="us-ascii QP + message/delivery-status")


c7126()


# ----------------------------------------------------------------------------
# 7136  Outlook zh-CN, mixed Chinese/English HTML table: 'Jason（主责）/Vincent（配合）', 'EHS / Bao Zhigang'
# ----------------------------------------------------------------------------
def c7136():
    date = mkdate(2026, 7, 13, 17, 5, 50)
    from h43_lib import html_table
    intro = ["各位，", "", "今天Line 3新线体验证（IQ/OQ）启动会纪要如下：", "",
             "会议结论：",
             "1. Line 3按计划7月底前完成IQ，8月中旬完成OQ。",
             "2. 验证方案统一使用VP-2026模板，偏差按DEV流程处理。", "",
             "Action Items:"]
    rows = [
        ["No.", "Task", "Owner", "Due", "Remarks"],
        ["1", "完成Line 3设备IQ方案并提交QA审批", "Jason（主责）/Vincent（配合）", "7/17 (Fri)", ""],
        ["2", "确认注塑机和贴标机的备件清单", "Danielle", "下周三", "需供应商报价"],
        ["3", "洁净区压差及粒子测试", "EHS / Bao Zhigang", "7/24", "第三方检测机构，已预约7月22日进场"],
        ["4", "操作工培训计划", "Lily", "7月底", ""],
        ["5", "更新NMPA注册变更评估", "Tina", "TBD", "等待IQ结果"],
    ]
    outro = ["", "Next sync: Mon Jul 20, 09:00 (Teams)", "", "Thanks,", "Jason Zou 邹建伟",
             "Manufacturing Engineering | Ridgeline Medical (Qujing)"]
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    tbl = html_table(rows, attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"',
                     cell_style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt")
    html = outlook_en_html(intro).replace("</div></body></html>", tbl + "\n" + "\n".join(
        '<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(x) if x else "&nbsp;") for x in outro) + "\n</div></body></html>")
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "_000_TYZPR06MB5986D0B4C2E17A9F5B3C8E10TYZPR06MB5986apcp_")
    to = [P("缪文涛", "Vincent Miao"), P("Danielle Brooks"), P("保志刚", "Bao Zhigang"), P("普丽娟", "Lily Pu"),
          P("付雅婷", "Tina Fu")]
    cc = [P("Mark Kowalski"), P("杨晓岚", "Ellen Yang"), BOT]
    hdrs = [
        ("From", addr("Jason Zou", person("邹建伟")[1])),
        ("To", addrs(to)),
        ("CC", addrs(cc)),
        ("Subject", ew("Line 3 IQ/OQ 启动会纪要 (Jul 13)", "utf-8")),
        ("Date", fmt_date(date)),
    ] + exo_headers("<TYZPR06MB5986D0B4C2E17A9F5B3C8E10@TYZPR06MB5986.apcprd06.prod.outlook.example.com>",
                    ew("Line 3 IQ/OQ 启动会纪要 (Jul 13)", "utf-8"), "AdzyRk7xW2mD0q1bT5eYv9cN3hLsPA==", lang="zh-CN")
    hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
    raw = build("D", date, "APC01-TYZ-obe.outbound.protection.outlook.example.com (mail-tyzapc01on2125.outbound.protection.outlook.example.com [40.107.117.125])",
                hdrs, alt, queue_id="4gHq6Wn0cVz3Tb")
    items = [
        item("邹建伟", "完成Line 3设备IQ方案并提交QA审批", "2026-07-17", ("abs", "2026-07-17", 4)),
        item("Danielle Brooks", "确认注塑机和贴标机的备件清单", "2026-07-22", ("next_week", 2)),
        item("保志刚", "洁净区压差及粒子测试", "2026-07-24", ("abs", "2026-07-24")),
        item("普丽娟", "操作工培训计划", "2026-07-31", ("month_end",)),
        item("付雅婷", "更新NMPA注册变更评估", None, None, flags=["vague_due"]),
    ]
    notes = ("Outlook zh-CN mail in mixed Chinese/English with a Word table (UTF-8 base64). Sent Mon 2026-07-13. 会议结论 lines are decisions "
             "(their 7月底/8月中旬 are plan dates, not items). Table: 1 'Jason（主责）/Vincent（配合）' -> owner 邹建伟 (the sender; Jason) only, "
             "'7/17 (Fri)' -> 2026-07-17; 2 Danielle -> '下周三' from a Monday = 2026-07-22; 3 'EHS / Bao Zhigang' = a department plus a "
             "person -> the person 保志刚 owns it, '7/24' -> 2026-07-24 (the remark '已预约7月22日进场' is not the due date); 4 Lily = 普丽娟, "
             "'7月底' -> 2026-07-31; 5 Tina = 付雅婷, TBD -> vague_due. 'Next sync: Mon Jul 20, 09:00 (Teams)' -> 2026-07-20 09:00.")
    add_case(7136, "mixed-zh-en-table-lead-support-outlook", "minutes", raw, items,
             nxt("2026-07-20", "09:00", ("abs", "2026-07-20", 0)), notes,
             summary="5 items (邹建伟 07-17, Danielle 07-22 下周三, 保志刚 07-24, 普丽娟 07-31 7月底, 付雅婷 TBD); next 07-20 09:00",
             tests="mixed Chinese/English table, 'X（主责）/Y（配合）' in one cell, 'EHS / person', 7/17 (Fri), remark date, English nicknames",
             org="D", client="Outlook 16 zh-CN", encoding="UTF-8 base64, multipart/alternative")


c7136()


# ----------------------------------------------------------------------------
# 7137  Outlook for iOS: 'Action: X to … by …' lines, 'Tina (me)', QA team owner
# ----------------------------------------------------------------------------
def c7137():
    date = mkdate(2026, 7, 17, 11, 32, 8)
    lines = [
        "Hi all,",
        "",
        "Summary of this morning's NMPA inspection-readiness meeting:",
        "",
        "- Mock inspection is confirmed for Aug 4-5 (external auditor from Kunming).",
        "- Document control backlog is down to 23 records from 61.",
        "",
        "Action: Ellen to finalize the mock-inspection agenda and auditor list by July 24 (Fri).",
        "Action: Jason to clean up the Line 2 DHR backlog by end of month.",
        "Action: QA team to refresh the training matrix for all cleanroom operators ASAP.",
        "Action: Tina (me) to submit the registration change filing by next Tuesday.",
        "Action: Lily - 5S walk-through of the packaging area, date TBD.",
        "",
        "No separate follow-up meeting; we will review progress in the weekly ops review.",
        "",
        "Tina",
    ]
    plain = "\n".join(lines) + "\n\nGet Outlook for iOS\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in lines)
            + '<div><br></div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div></body></html>\n')
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "_000_SEZPR06MB6953A8E1C04B27D9F6E3B5A2SEZPR06MB6953apcp_")
    to = [P("杨晓岚", "Ellen Yang"), P("邹建伟", "Jason Zou"), P("普丽娟", "Lily Pu"), P("缪文涛", "Vincent Miao")]
    cc = [P("Mark Kowalski"), BOT]
    hdrs = [
        ("From", addr("Tina Fu", person("付雅婷")[1])),
        ("To", addrs(to)),
        ("CC", addrs(cc)),
        ("Subject", "NMPA inspection readiness - actions (Jul 17)"),
        ("Date", fmt_date(date)),
    ] + exo_headers("<SEZPR06MB6953A8E1C04B27D9F6E3B5A2@SEZPR06MB6953.apcprd06.prod.outlook.example.com>",
                    "NMPA inspection readiness - actions (Jul 17)", "AQHc9Z3mW0b7tRkq2E6vYpL1xC8nDg==")
    raw = build("D", date, "APC01-SEZ-obe.outbound.protection.outlook.example.com (mail-sezapc01on2131.outbound.protection.outlook.example.com [40.107.255.131])",
                hdrs, alt, queue_id="4gKx1Rb8nMz6Qd")
    items = [
        item("杨晓岚", "finalize the mock-inspection agenda and auditor list", "2026-07-24", ("abs", "2026-07-24", 4)),
        item("邹建伟", "clean up the Line 2 DHR backlog", "2026-07-31", ("month_end",)),
        item(None, "refresh the training matrix for all cleanroom operators", None, None, flags=["no_owner", "vague_due"],
             dept="Quality"),
        item("付雅婷", "submit the registration change filing", "2026-07-21", ("next_week", 1)),
        item("普丽娟", "5S walk-through of the packaging area", None, None, flags=["vague_due"]),
    ]
    notes = ("Outlook for iOS (UTF-8 base64, 'Get Outlook for iOS'). Sent Fri 2026-07-17. The two bullets are facts/decisions. 'Action:' "
             "lines: Ellen = 杨晓岚, 'by July 24 (Fri)' -> 2026-07-24; Jason = 邹建伟, 'by end of month' -> 2026-07-31; 'QA team' = the Quality "
             "department, no person -> no_owner, department Quality, ASAP -> vague_due; 'Tina (me)' = the sender 付雅婷, 'by next Tuesday' -> "
             "Tuesday of next week 2026-07-21; Lily = 普丽娟, 'date TBD' -> vague_due. 'No separate follow-up meeting' -> null.")
    add_case(7137, "action-lines-outlook-ios", "minutes", raw, items, None, notes,
             summary="5 items (杨晓岚 07-24, 邹建伟 07-31, QA team no_owner ASAP, 付雅婷 07-21 'me', 普丽娟 TBD); no next",
             tests="'Action: X to … by …' lines, 'Tina (me)' = sender, QA team = department owner, end of month, next Tuesday from a Friday",
             org="D", client="Outlook for iOS", encoding="UTF-8 base64, multipart/alternative", plain=True)


c7137()
