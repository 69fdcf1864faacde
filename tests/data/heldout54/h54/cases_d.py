"""Org D: 东莞卢索软木制品有限公司 / Lusocork (Dongguan) Cork Products (Portuguese-owned), lusocork-dg.example.com."""
import datetime as dt

from .common import (ORGS, Leaf, Multi, Raw, addr, addrs, build, em, esc, ew, followup, item, make_docx,
                     received_chain, to_html)

O = ORGS["D"]
BOT = ("Minutes Bot", O["bot"])
CASES = []

# English display names used on the wire for the Dongguan staff
DN = {"叶伟明": "Wilson Yip", "陈家豪": "Kenny Chan", "冼志强": "Jason Sin", "何美玲": "Mandy Ho",
      "邝海燕": "Fiona Kwong", "梁嘉欣": "Karen Leung"}


def P(name):
    return (DN.get(name, name), em(name))


def case(fn):
    CASES.append(fn)
    return fn


def exo_headers(date, frm, to, cc, subject, msgid, topic=None, tindex="AQHc1f2x0mG9kP7bQ0eYtLw3aZ5nRg==",
                extra=(), attach=False):
    """Headers of a message sent through Exchange Online (Outlook desktop / OWA)."""
    subj = ew(subject, enc="Q") if any(ord(c) > 127 for c in subject) else subject
    h = [("From", addr(*frm, enc="Q")), ("To", addrs(to, enc="Q"))]
    if cc:
        h.append(("CC", addrs(cc, enc="Q")))
    h += [
        ("Subject", subj),
        ("Thread-Topic", topic if topic is not None else subj),
        ("Thread-Index", tindex),
        ("Date", date),
        ("Message-ID", msgid),
    ]
    h += list(extra)
    h += [
        ("Accept-Language", "en-GB, pt-PT, zh-CN"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return h


def exo_received(date, qid, sender):
    return received_chain("D", "mail-am6eur05on2107.outbound.protection.outlook.example.net", "40.107.22.107", date, qid,
                          sender)


def outlook_en_html(text):
    return to_html(text, "outlook").replace("lang=ZH-CN", "lang=EN-GB").replace("font-family:等线", "font-family:\"Calibri\",sans-serif")


# ---------------------------------------------------------------------------------------------
@case
def c8229():
    date = "Thu, 2 Apr 2026 08:40:11 +0000"
    text = """Hi all,

Minutes from this morning's production meeting.

Attendees: Tiago, Wilson, Kenny, Inês, Karen, Jason

1. Output
Line 1 at 94% of plan, line 2 at 81% (punching machine P2-03 down 6 hrs on Tuesday).
AI: Wilson - recalibrate the punching machines on line 2 - by Tuesday

2. Stock
Natural cork discs are below the 10-day minimum.
AI: Kenny - cycle count of natural cork discs before the Qingming holiday
AI: Jason - place the PO for 2 containers of discs with Lisbon - by Apr 10

3. Quality
AI: Inês - send the TCA test results for batch 2603 to HQ - Apr 8

4. HR / Admin
Qingming: factory closed 4-6 April, back on Tuesday 7 April.
AI: Karen - post the holiday notice on the notice board and in the WeCom group - today

Next meeting: Thu 9 Apr, 09:00, meeting room 2.

Thanks,
Tiago
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", outlook_en_html(text), "utf-8", "quoted-printable"),
    ], "_000_AM9PR02MB7311A0C4E5B2D61F8E3C9AB0AM9PR02MB7311eurp_")
    frm = P("Tiago Mendes")
    h = exo_received(date, "4fV3nG1cL0z5mA", frm[1])
    h += exo_headers(date, frm, [P("叶伟明"), P("陈家豪"), P("Inês Carvalho"), P("梁嘉欣"), P("冼志强")],
                     [P("Rui Figueiredo"), BOT], "Weekly production meeting - minutes 2 Apr",
                     "<AM9PR02MB7311A0C4E5B2D61F8E3C9AB0@AM9PR02MB7311.eurprd02.prod.outlook.example.net>")
    items = [
        item("叶伟明", "recalibrate the punching machines on line 2", "2026-04-07", rule=("wd", 2)),
        item("陈家豪", "cycle count of natural cork discs", "2026-04-03", rule=("before_hol", "Tomb-sweeping Day")),
        item("冼志强", "place the PO for 2 containers of discs with Lisbon", "2026-04-10", rule=("md", 4, 10)),
        item("Inês Carvalho", "send the TCA test results for batch 2603 to HQ", "2026-04-08", rule=("md", 4, 8)),
        item("梁嘉欣", "post the holiday notice on the notice board and in the WeCom group", "2026-04-02",
             rule=("today",)),
    ]
    return dict(
        num=8229, slug="english-ai-lines-outlook-qingming", kind="minutes", org="D",
        client="Outlook (Microsoft 365, en-GB), Exchange Online UTC Date",
        encoding="multipart/alternative UTF-8 quoted-printable; Date in +0000",
        eml=build(h, body, crlf=True), items=items, next=followup("2026-04-09", "09:00", ("abs", "2026-04-09", 4, "09:00")),
        summary="5 items, follow-up 04-09 09:00",
        tests="plain English 'AI: Name - task - due' lines by a Portuguese manager; first names via aliases; by Tuesday (past -> next week across Qingming), before the Qingming holiday, by Apr 10, Apr 8, today",
        notes=("Plain English minutes, sent Thu 2026-04-02 08:40 +0000 = 16:40 Asia/Shanghai. 'AI:' lines are the items; "
               "first names resolve through roster aliases (Wilson = 叶伟明, Kenny = 陈家豪, Jason = 冼志强, Inês = Inês "
               "Carvalho, Karen = 梁嘉欣). 'by Tuesday': this week's Tuesday (03-31) is past -> Tue 2026-04-07 (first day "
               "back after Qingming 04-04..04-06). 'before the Qingming holiday' = last working day before 04-04 -> Fri "
               "2026-04-03. 'by Apr 10' -> 04-10; 'Apr 8' -> 04-08; 'today' -> 2026-04-02. Output/stock figures and the "
               "closure dates are facts. 'Next meeting: Thu 9 Apr, 09:00' -> 2026-04-09 09:00."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8230():
    date = "Fri, 29 May 2026 17:45:07 +0000"
    text = """Hello everyone,

Thank you for joining today's supply review. Please find the minutes below.

Attendees: Joana Pereira, Miguel Santos (Lisbon); Rui Figueiredo, Tiago Mendes, Jason Sin (Dongguan)

Key points
- Cork granulate availability for Q3 is confirmed at 95% of the requested volume.
- Decision: price increase of 4% on natural stoppers, effective 1 July.
- Sea freight Leixões-Shenzhen remains at 38-42 days door to door.

Action items
1. Jason to send the updated Q3 forecast of granulate consumption by next Wednesday.
2. Joana to confirm the container booking from Leixões by 5 June.
3. Rui and Tiago to review the safety-stock policy for agglomerated discs by 10 June.
4. Mandy to share the customer complaint log (TCA-related) with Inês and me ASAP.
5. Miguel to update the shared lead-time table within 3 working days.

Next sync: Tue Jun 9, 10:00 Lisbon time (17:00 Beijing)

Kind regards,
Joana

Joana Pereira
Group Supply Chain | Lusocork, S.A.
Santa Maria da Feira, Portugal
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", outlook_en_html(text), "utf-8", "quoted-printable"),
    ], "_000_DB9PR06MB7845E1A3C0B6F2D94A7E18C5DB9PR06MB7845eurp_")
    frm = ("Joana Pereira", em("Joana Pereira"))
    h = exo_received(date, "4fc9Hq2VtRz5mB", frm[1])
    h += exo_headers(date, frm, [P("Rui Figueiredo"), P("Tiago Mendes"), P("冼志强")],
                     [("Miguel Santos", "miguel.santos@lusocork.example.pt"), P("何美玲"), P("Inês Carvalho"), BOT],
                     "Minutes - Q3 supply review Lisbon/Dongguan (29 May)",
                     "<DB9PR06MB7845E1A3C0B6F2D94A7E18C5@DB9PR06MB7845.eurprd06.prod.outlook.example.net>",
                     tindex="AdzvI7m0d2n0Q7xgT1CBa4hZ2eK9fw==")
    miguel = "miguel.santos@lusocork.example.pt"
    items = [
        item("冼志强", "send the updated Q3 forecast of granulate consumption", "2026-06-03", rule=("next_wd", 3)),
        item("Joana Pereira", "confirm the container booking from Leixões", "2026-06-05", rule=("md", 6, 5)),
        item("Rui Figueiredo", "review the safety-stock policy for agglomerated discs", "2026-06-10",
             rule=("md", 6, 10)),
        item("Tiago Mendes", "review the safety-stock policy for agglomerated discs", "2026-06-10", rule=("md", 6, 10)),
        item("何美玲", "share the customer complaint log (TCA-related) with Inês and Joana", None,
             flags=["vague_due"], rule=("vague",), anchor="share the customer complaint log (TCA-related)"),
        item("Miguel Santos", "update the shared lead-time table", "2026-06-03", email=miguel, rule=("wdays", 3)),
    ]
    return dict(
        num=8230, slug="lisbon-hq-minutes-utc-evening", kind="minutes", org="D",
        client="Outlook (Microsoft 365) at the Portuguese parent, Exchange Online UTC Date",
        encoding="multipart/alternative UTF-8 quoted-printable; CRLF; Date Fri 17:45 +0000 = Sat 01:45 in Shanghai",
        eml=build(h, body, crlf=True), items=items, next=followup("2026-06-09", "17:00", ("tz", "2026-06-09", "10:00", 60)),
        summary="6 items (1 vague), follow-up 06-09 17:00",
        tests="minutes from the Lisbon parent: Date is Saturday in Shanghai; 'Rui and Tiago to review' = two items; 'with … me' = the sender; by next Wednesday, by 5 June, ASAP, within 3 working days from a Saturday; 'Next sync … Lisbon time (17:00 Beijing)'",
        notes=("Written in Lisbon; Date Fri 2026-05-29 17:45 +0000 = Sat 2026-05-30 01:45 Asia/Shanghai, which is the "
               "reference day. #1 'by next Wednesday' -> Wed 2026-06-03 (next calendar week; the same from the Lisbon "
               "Friday). #2 Joana (sender; outsider in the roster) 'by 5 June' -> 06-05. #3 'Rui and Tiago to review' -> "
               "the same task for two owners = two items, both 2026-06-10. #4 Mandy = 何美玲, 'ASAP' -> vague_due ('me' "
               "in the task is Joana). #5 Miguel Santos (Lisbon; not in the roster; address from Cc) 'within 3 working "
               "days' counted from the day after the Shanghai send date: Sun 05-31 rest, Mon 06-01, Tue 06-02, Wed 06-03 "
               "-> 2026-06-03 (Portuguese working days give the same). Key points (availability, the 4% decision, "
               "transit time) are not items. 'Next sync: Tue Jun 9, 10:00 Lisbon time (17:00 Beijing)' -> 2026-06-09 17:00 "
               "(Lisbon is UTC+1 in June)."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8231():
    date = "Tue, 12 May 2026 09:05:33 +0000"
    rows = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["1", "Renew the fire-fighting equipment inspection contract", "Fiona", "2026-05-29", "Open"],
        ["2", "Install guard on the cork granulator conveyor", "Wilson", "15-May", "In progress"],
        ["3", "Re-label chemical storage area (glue, paraffin)", "Kenny", "8-May", "Closed"],
        ["4", "Arrange first-aid training for 12 staff", "Karen", "end of May", "Open"],
        ["5", "5S audit of lines 1-3", "Production team", "TBD", "Open"],
    ]
    intro = ["Dear all,", "", "Please see below the minutes of today's EHS committee meeting.", "",
             "Attendees: Rui Figueiredo, Fiona Kwong, Wilson Yip, Kenny Chan, Tiago Mendes, Karen Leung", "",
             "Summary", "- Two near-miss reports in April, both in the granulator area.",
             "- Fire drill on 28 April completed; evacuation time 4 min 10 s.", "", "Action Item Tracker"]
    outro = ["", "Next EHS committee meeting: Tuesday 9 June, 2:30 pm, Meeting Room 1.", "", "Best regards,",
             "Karen Leung", "HR & Admin | Lusocork (Dongguan) Cork Products Co., Ltd."]
    td = "border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    trs = ""
    for i, r in enumerate(rows):
        style = td + (";background:#1F4E79" if i == 0 else "")
        color = "color:white;" if i == 0 else ""
        trs += "<tr>" + "".join(
            f"<td style='{style}'><p class=MsoNormal><span style='font-size:10.0pt;{color}'>{esc(c)}</span></p></td>"
            for c in r) + "</tr>\n"
    p = lambda l: f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}<o:p></o:p></p>\n"
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>"
                 "<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">"
                 "<div class=\"WordSection1\">\n" + "".join(p(l) for l in intro)
                 + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
                 + trs + "</table>\n" + "".join(p(l) for l in outro) + "</div></body></html>\n")
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    body = Multi("alternative", [
        Leaf("text/plain", plain, "utf-8", "quoted-printable"),
        Leaf("text/html", html_body, "utf-8", "quoted-printable"),
    ], "_000_AM8PR02MB7604C2F19B0E4D5A63E7B1D2AM8PR02MB7604eurp_")
    frm = P("梁嘉欣")
    h = exo_received(date, "4fbxK30s9Wz5mC", frm[1])
    h += exo_headers(date, frm, [P("Rui Figueiredo"), P("邝海燕"), P("叶伟明"), P("陈家豪"), P("Tiago Mendes")],
                     [BOT], "EHS Committee Meeting Minutes - 12 May 2026",
                     "<AM8PR02MB7604C2F19B0E4D5A63E7B1D2@AM8PR02MB7604.eurprd02.prod.outlook.example.net>",
                     tindex="AdzF3b8wqT0n5x1sRk2xVtY8Lm0ePA==")
    items = [
        item("邝海燕", "Renew the fire-fighting equipment inspection contract", "2026-05-29", rule=("abs", "2026-05-29")),
        item("叶伟明", "Install guard on the cork granulator conveyor", "2026-05-15", rule=("md", 5, 15)),
        item("梁嘉欣", "Arrange first-aid training for 12 staff", "2026-05-31", rule=("month_end",)),
        item(None, "5S audit of lines 1-3", None, flags=["vague_due"], dept="Production", rule=("vague",)),
    ]
    return dict(
        num=8231, slug="english-action-tracker-table-outlook", kind="minutes", org="D",
        client="Outlook (Microsoft 365, en-GB)",
        encoding="multipart/alternative UTF-8 quoted-printable; CRLF; HTML table + tab-separated plain part",
        eml=build(h, body, crlf=True), items=items, next=followup("2026-06-09", "14:30", ("abs", "2026-06-09", 2, "14:30")),
        summary="4 items (1 no_owner+vague), follow-up 06-09 14:30",
        tests="English 'Action Item Tracker' table pasted from Excel: Closed row skipped; first-name owners; 2026-05-29 / 15-May / end of May / TBD; team owner -> no_owner with our department; '2:30 pm' follow-up",
        notes=("EHS committee minutes by Karen Leung (= 梁嘉欣), sent Tue 2026-05-12 09:05 +0000 = 17:05 Asia/Shanghai. "
               "Tracker rows: Fiona = 邝海燕, 2026-05-29; Wilson = 叶伟明, '15-May' -> 2026-05-15; row 3 Status Closed -> "
               "not an item; Karen = 梁嘉欣, 'end of May' -> 2026-05-31; 'Production team' is a department, not a person "
               "-> owner null, department Production (one of ours), no_owner; 'TBD' -> vague_due. Summary bullets are "
               "facts. 'Next EHS committee meeting: Tuesday 9 June, 2:30 pm' -> 2026-06-09 14:30."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8232():
    date = "Wed, 22 Apr 2026 23:50:12 +0000"
    lines = [
        "Team,", "",
        "Short summary of yesterday evening's management meeting.", "",
        "Action: Tiago to finalise the layout for the new agglomerated-stopper line. Due: by Friday.",
        "Action: Jason to get three quotes for the dust extraction system within 2 working days.",
        "Action: Mandy to call Barossa Ridge about the May shipment tomorrow.",
        "Action: Inês to close out the internal audit findings before Labour Day.", "",
        "FYI: the board approved the 2026 capex envelope (EUR 1.2m).", "",
        "Next management meeting: next Thursday, 8:00.", "",
        "Rui",
    ]
    text = "\n".join(lines) + "\n"
    html_body = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                 "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
                 "</head>\n<body dir=\"ltr\">\n" + "\n".join(
                     f"<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, "
                     f"Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">{esc(l) if l else '<br>'}</div>"
                     for l in lines) + "\n</body>\n</html>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", html_body, "utf-8", "quoted-printable"),
    ], "_000_PA4PR02MB6719F3B08D2C41E7A95C0D36PA4PR02MB6719eurp_")
    frm = P("Rui Figueiredo")
    h = exo_received(date, "4fZ3yQ1mWpz5mD", frm[1])
    h += exo_headers(date, frm, [P("Tiago Mendes"), P("冼志强"), P("何美玲"), P("Inês Carvalho")], [BOT],
                     "Management meeting - actions",
                     "<PA4PR02MB6719F3B08D2C41E7A95C0D36@PA4PR02MB6719.eurprd02.prod.outlook.example.net>",
                     tindex="AQHc0qE7s1x9bKjY2UeQ4fN0hPz8Tg==",
                     extra=[("msip_labels", "")])
    items = [
        item("Tiago Mendes", "finalise the layout for the new agglomerated-stopper line", "2026-04-24", rule=("wd", 5)),
        item("冼志强", "get three quotes for the dust extraction system", "2026-04-27", rule=("wdays", 2)),
        item("何美玲", "call Barossa Ridge about the May shipment", "2026-04-24", rule=("tomorrow",)),
        item("Inês Carvalho", "close out the internal audit findings", "2026-04-30", rule=("before_hol", "Labour Day")),
    ]
    return dict(
        num=8232, slug="owa-utc-date-next-day-shanghai", kind="minutes", org="D",
        client="Outlook on the web (Microsoft 365)",
        encoding="multipart/alternative UTF-8 quoted-printable; CRLF; Date Wed 23:50 +0000 = Thu 07:50 in Shanghai",
        eml=build(h, body, crlf=True), items=items, next=followup("2026-04-30", "08:00", ("next_wd", 4, "08:00")),
        summary="4 items, follow-up 04-30 08:00",
        tests="OWA Date in UTC on the previous calendar day: 'by Friday', 'within 2 working days', 'tomorrow', 'next Thursday' must use the Shanghai date (Thursday); 'before Labour Day'",
        notes=("OWA message with Date Wed 2026-04-22 23:50 +0000 = Thu 2026-04-23 07:50 Asia/Shanghai; everything resolves "
               "from Thursday. 'by Friday' -> 2026-04-24. 'within 2 working days' -> Fri 04-24 (1), Mon 04-27 (2) -> "
               "2026-04-27 (from the UTC Wednesday one would get 04-24). 'tomorrow' -> 2026-04-24 (not 04-23). 'before "
               "Labour Day' -> last working day before 05-01 = Thu 2026-04-30. Owners by first name: Tiago, Jason = 冼志强, "
               "Mandy = 何美玲, Inês. The capex line is a decision (FYI). 'Next management meeting: next Thursday, 8:00' "
               "said on a Thursday -> the Thursday of next week, 2026-04-30 08:00."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8233():
    date = "Tue, 12 May 2026 09:06:41 +0000"
    recap_id = "<mb.8231.r1.0c55e2@lusocork-dg.example.com>"
    text = """Your message to kenny.chen@lusocork-dg.example.com couldn't be delivered.

kenny.chen's mailbox is full.

Action Required                                   Recipient
Mailbox full                                      kenny.chen@lusocork-dg.example.com

How to Fix It
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: AM8PR02MB7604.eurprd02.prod.outlook.example.net
kenny.chen@lusocork-dg.example.com
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Original message headers:
"""
    orig_hdrs = (f"From: Minutes Bot <minutes@lusocork-dg.example.com>\r\n"
                 f"To: Karen Leung <karen.liang@lusocork-dg.example.com>\r\n"
                 f"CC: Kenny Chan <kenny.chen@lusocork-dg.example.com>, Fiona Kwong <fiona.kuang@lusocork-dg.example.com>\r\n"
                 f"Subject: Re: EHS Committee Meeting Minutes - 12 May 2026 [Recap: 4 items, reply by 18:00 today]\r\n"
                 f"Date: Tue, 12 May 2026 17:06:30 +0800\r\n"
                 f"Message-ID: {recap_id}\r\n"
                 f"Auto-Submitted: auto-generated\r\n"
                 f"X-Auto-Response-Suppress: OOF, AutoReply\r\n"
                 f"Reply-To: minutes+8231.k2f9q@lusocork-dg.example.com\r\n"
                 f"MIME-Version: 1.0\r\n")
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                 "<div style=\"font-family:'Segoe UI',Arial;font-size:14px\"><p><b>Your message to "
                 "kenny.chen@lusocork-dg.example.com couldn't be delivered.</b></p><p>kenny.chen's mailbox is full.</p>"
                 "<p>Due to the size of the recipient's mailbox, the message couldn't be delivered. Please try resending "
                 "later.</p><p style=\"font-size:12px;color:#666\">Generating server: AM8PR02MB7604.eurprd02.prod.outlook."
                 "example.net</p></div></body></html>\n")
    status = ("Reporting-MTA: dns;AM8PR02MB7604.eurprd02.prod.outlook.example.net\n"
              "Received-From-MTA: dns;mx.lusocork-dg.example.com\n"
              "Arrival-Date: Tue, 12 May 2026 09:06:38 +0000\n\n"
              "Final-Recipient: rfc822;kenny.chen@lusocork-dg.example.com\n"
              "Action: failed\n"
              "Status: 5.2.2\n"
              "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n")
    body = Multi("report", [
        Multi("alternative", [
            Leaf("text/plain", text, "utf-8", "quoted-printable"),
            Leaf("text/html", html_body, "utf-8", "quoted-printable"),
        ], "_002_AM8PR02MB760467B2C9E0D14F8A2B5C3EAM8PR02MB7604eurp_"),
        Raw([("Content-Type", "message/delivery-status")], status),
        Raw([("Content-Type", "text/rfc822-headers")], orig_hdrs.replace("\r\n", "\n")),
    ], "_000_AM8PR02MB760467B2C9E0D14F8A2B5C3EAM8PR02MB7604eurp_", params=[("report-type", "delivery-status")])
    h = received_chain("D", "mail-am6eur05on2107.outbound.protection.outlook.example.net", "40.107.22.107", date,
                       "4fbxL02tKQz5mE", "")
    h += [
        ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lusocork-dg.example.com>"),
        ("To", "<minutes@lusocork-dg.example.com>"),
        ("Date", date),
        ("Content-Language", "en-GB"),
        ("Message-ID", "<f4a61c0e-2d7b-4e93-9b58-6c1d0a3e7f29@AM8PR02MB7604.eurprd02.prod.outlook.example.net>"),
        ("In-Reply-To", recap_id),
        ("References", recap_id),
        ("Subject", "Undeliverable: Re: EHS Committee Meeting Minutes - 12 May 2026 [Recap: 4 items, reply by\n 18:00 today]"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-PublicTrafficType", "Email"),
        ("MIME-Version", "1.0"),
    ]
    return dict(
        num=8233, slug="auto-exchange-ndr-mailbox-full", kind="auto", org="D",
        client="Exchange Online non-delivery report",
        encoding="multipart/report (delivery-status): alternative text+HTML QP, message/delivery-status, text/rfc822-headers; CRLF",
        eml=build(h, body, crlf=True), items=[], next=None,
        summary="auto, no items",
        tests="Exchange Online NDR for the bot's own recap (mailbox full): multipart/report, Auto-Submitted, empty Return-Path, 'Undeliverable:' subject quoting 'reply by 18:00 today'",
        notes=("Non-delivery report from Exchange Online for the bot's recap of 8231 (Kenny Chan's mailbox is full), Tue "
               "2026-05-12 09:06 +0000. multipart/report; report-type=delivery-status, Auto-Submitted: auto-replied, "
               "X-MS-Exchange-Message-Is-Ndr, Return-Path <> -> kind auto. The returned headers carry the bot's own "
               "Auto-Submitted/Reply-To; the text ('reply by 18:00 today', 'try resending later') is not a command or an "
               "item. The bot must not answer it."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8234():
    date = "Mon, 15 Jun 2026 13:02:48 +0800"
    text = """Hi Tiago, all

Notes from the line 2 shift meeting this morning:

1. 阿豪 (Kenny) - move the 20 bales of raw bark to warehouse B - EOD
2. Tiago - approve the overtime plan for Dragon Boat week - by Wed
3. Me - update the shift roster for 19-21 June (holiday) - tmr
4. Fiona - check the humidity sensors in the boiling room - before the holiday
5. Boiler descaling - done last Fri, no action

Sent from my iPhone
"""
    body = Leaf("text/plain", text, "utf-8", "quoted-printable")
    frm = P("叶伟明")
    h = exo_received(date, "4fhPn83BcXz5mF", frm[1])
    h += [
        ("From", addr(*frm)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", "Line 2 shift meeting notes 15/6"),
        ("Message-Id", "<3C6A0E92-D14B-4F7E-8B25-91A0C7F3E6D8@lusocork-dg.example.com>"),
        ("To", addrs([P("Tiago Mendes"), P("陈家豪"), P("邝海燕")])),
        ("Cc", addrs([BOT])),
        ("X-Mailer", "iPhone Mail (23F79)"),
    ]
    items = [
        item("陈家豪", "move the 20 bales of raw bark to warehouse B", "2026-06-15", rule=("today",)),
        item("Tiago Mendes", "approve the overtime plan for Dragon Boat week", "2026-06-17", rule=("wd", 3)),
        item("叶伟明", "update the shift roster for 19-21 June (holiday)", "2026-06-16", rule=("tomorrow",)),
        item("邝海燕", "check the humidity sensors in the boiling room", "2026-06-18",
             rule=("before_hol", "Dragon Boat Festival")),
    ]
    return dict(
        num=8234, slug="iphone-shift-notes-nicknames", kind="minutes", org="D",
        client="iPhone Mail (iOS)",
        encoding="text/plain UTF-8 quoted-printable only",
        eml=build(h, body), items=items, next=None,
        summary="4 items, no follow-up",
        tests="short phone notes in English by a Chinese supervisor: Chinese nickname 阿豪 (Kenny), 'Me' = sender; EOD, by Wed, tmr, before the holiday (Dragon Boat); done line; no next meeting",
        notes=("iPhone notes by Wilson Yip (= 叶伟明), Mon 2026-06-15 13:02 +0800. #1 '阿豪 (Kenny)' = 陈家豪 (nickname "
               "alias), 'EOD' -> 2026-06-15 without time. #2 Tiago 'by Wed' -> Wed 2026-06-17. #3 'Me' = the sender "
               "叶伟明, 'tmr' -> 2026-06-16. #4 Fiona = 邝海燕, 'before the holiday' = last working day before Dragon Boat "
               "(06-19..06-21) -> Thu 2026-06-18. Line 5 is done -> not an item. '19-21 June' inside #3's task is not its "
               "deadline. No next meeting."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8235():
    date = "Thu, 9 Jul 2026 11:20:45 +1000"
    new = """Hi Inês, Mandy,

Thanks for the call this morning. My notes below - shout if I missed anything.

Agreed actions:
- I'll ship 50 retained samples from lot 2605-B to Dongguan by July 17.
- Inês to share the TCA re-test results of the Dongguan retained samples within 5 working days.
- Mandy to issue the credit note for the rejected pallets once the re-test confirms TCA.
- Both teams to draft a joint 8D report - date TBD.

Next call: Thursday 16 July, 9:00 AEST (7:00 Beijing).

Cheers,
Tom

--
Tom Kelly
Winemaking & Quality | Barossa Ridge Wines
Nuriootpa SA 5355, Australia
"""
    old = """Dear Tom,

Sorry to hear about the TCA issue with lot 2605-B. We take this very seriously.
Could we have a call on Thursday morning your time? Please send me the lot numbers of the affected pallets by tomorrow, and I will ask our lab to prepare the retained samples.

Best regards,
Inês Carvalho
Quality Manager | Lusocork (Dongguan)
"""
    qline = "On Tue, 7 Jul 2026 at 18:12, Inês Carvalho <ines.carvalho@lusocork-dg.example.com> wrote:"
    plain = new + "\n" + qline + "\n\n" + "".join("> " + l + "\n" if l else ">\n" for l in old.rstrip().split("\n"))
    html_body = ("<div dir=\"ltr\">" + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in new.rstrip().split("\n"))
                 + "</div><br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                 + esc(qline).replace("&lt;", "&lt;<a href=\"mailto:ines.carvalho@lusocork-dg.example.com\">", 1)
                 .replace("&gt;", "</a>&gt;", 1)
                 + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
                   "rgb(204,204,204);padding-left:1ex\">"
                 + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in old.rstrip().split("\n"))
                 + "</blockquote></div>\n")
    body = Multi("alternative", [
        Leaf("text/plain", plain, "utf-8", "quoted-printable", label="UTF-8"),
        Leaf("text/html", html_body, "utf-8", "quoted-printable", label="UTF-8"),
    ], "000000000000b13e7d0651f2a6c4")
    frm = ("Tom Kelly", em("Tom Kelly"))
    h = received_chain("D", "mail-sor-f41.google.example.com", "209.85.220.41", date, "4fmT5r0gZbz5mG", frm[1])
    ines_id = "<AM9PR02MB73119D2E40B7C5A1F6E38D04@AM9PR02MB7311.eurprd02.prod.outlook.example.net>"
    h += [
        ("MIME-Version", "1.0"),
        ("References", ines_id),
        ("In-Reply-To", ines_id),
        ("From", addr(*frm, label="UTF-8")),
        ("Date", date),
        ("Message-ID", "<CAM5tQz0rK9yV3h2Lx8pWn1EfD6uBq4Hc7Ga0Js2Yo5Ti9Re3Nw@mail.gmail.com>"),
        ("Subject", "Re: TCA complaint =?UTF-8?Q?=E2=80=93?= lot 2605-B"),
        ("To", addrs([("Inês Carvalho", em("Inês Carvalho"))], enc="Q", label="UTF-8")),
        ("Cc", addrs([P("何美玲"), BOT], label="UTF-8")),
    ]
    items = [
        item("Tom Kelly", "ship 50 retained samples from lot 2605-B to Dongguan", "2026-07-17", rule=("md", 7, 17)),
        item("Inês Carvalho", "share the TCA re-test results of the Dongguan retained samples", "2026-07-16",
             rule=("wdays", 5)),
        item("何美玲", "issue the credit note for the rejected pallets once the re-test confirms TCA", None,
             flags=["no_due"], rule=("none",)),
        item(None, "draft a joint 8D report", None, flags=["vague_due"], dept=None, rule=("vague",)),
    ]
    return dict(
        num=8235, slug="customer-minutes-in-gmail-reply-aest", kind="minutes", org="D",
        client="Gmail web (Google Workspace, Australian customer)",
        encoding="multipart/alternative UTF-8 quoted-printable; Date +1000; gmail_quote",
        eml=build(h, body), items=items, next=followup("2026-07-16", "07:00", ("tz", "2026-07-16", "09:00", 600)),
        summary="4 items (1 no_due, 1 no_owner+vague), follow-up 07-16 07:00",
        tests="customer's call notes written as 'Re:' in the complaint thread above a Gmail quote (its 'by tomorrow' is history); 'I'll' = the external sender; within 5 working days; conditional item with no date; Both teams TBD; 'Next call … 9:00 AEST (7:00 Beijing)'",
        notes=("The Australian customer's notes of a call, written as a Gmail reply in the complaint thread, Date Thu "
               "2026-07-09 11:20 +1000 = 09:20 Asia/Shanghai (same day). Agreed actions: #1 'I'll ship' = the sender Tom "
               "Kelly (outsider in the roster), 'by July 17' -> 2026-07-17. #2 Inês 'within 5 working days' -> Fri 07-10, "
               "Mon 07-13, Tue 07-14, Wed 07-15, Thu 07-16 -> 2026-07-16. #3 Mandy = 何美玲, 'once the re-test confirms "
               "TCA' is a condition, not a date -> no_due. #4 'Both teams' -> no_owner, 'date TBD' -> vague_due. The "
               "quoted message from Inês (Tue 07-07, 'by tomorrow') is history. 'Next call: Thursday 16 July, 9:00 AEST "
               "(7:00 Beijing)' -> 2026-07-16 07:00 (AEST = UTC+10)."),
    )


# ---------------------------------------------------------------------------------------------
DOCX_8236 = [
    ("h", "Lusocork (Dongguan) - Q1 2026 Business Review - Minutes"),
    ("p", "Date: 15/04/2026    Venue: Meeting room 1    Chair: Rui Figueiredo    Minutes: Karen Leung"),
    ("p", "Present: Rui Figueiredo, Tiago Mendes, Inês Carvalho, Jason Sin, Mandy Ho, Karen Leung"),
    ("p", "1. Results"),
    ("p", "Q1 sales 38.2 million stoppers (+6% YoY). Agglomerated line OEE 78%, natural line 83%."),
    ("p", "2. Decisions"),
    ("p", "- Keep the current price list for Australian customers until 30/06."),
    ("p", "- Start the rotary press trial production in May."),
    ("p", "3. Actions"),
    ("table", [["#", "Action", "Owner", "Due"],
               ["1", "Approve the H2 2026 capex plan", "Rui", "30/04"],
               ["2", "Renegotiate the paraffin wax supply contract", "Jason", "end of May"],
               ["3", "Q2 customer visit plan (AU, CL, ZA)", "Mandy", "24/04"],
               ["4", "Commissioning report for the new rotary press", "Tiago", "8/5"],
               ["5", "Update the HACCP plan for ISO 22000", "Inês", "Done (closed 10/04)"]]),
    ("p", "Next QBR: 14/07/2026, 14:00 (Beijing time), Meeting room 1."),
]


@case
def c8236():
    date = "Wed, 15 Apr 2026 10:20:45 +0000"
    docx = make_docx(DOCX_8236, "Rui Figueiredo", dt.datetime(2026, 4, 15, 9, 55, 0), "Q1 2026 Business Review")
    text = "Dear all,\n\nPlease find attached the minutes of today's Q1 business review.\n\nKind regards,\nKaren\n"
    body = Multi("mixed", [
        Multi("alternative", [
            Leaf("text/plain", text, "us-ascii", "quoted-printable"),
            Leaf("text/html", outlook_en_html(text), "us-ascii", "quoted-printable"),
        ], "_000_AM8PR02MB76041B7E2D9C0A54F3E8C61BAM8PR02MB7604eurp_"),
        Leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=docx, cte="base64",
             filename="QBR Q1 2026 minutes.docx", fn_style="plain", disposition="attachment",
             headers=[("Content-Description", "QBR Q1 2026 minutes.docx")]),
    ], "_004_AM8PR02MB76041B7E2D9C0A54F3E8C61BAM8PR02MB7604eurp_")
    frm = P("梁嘉欣")
    h = exo_received(date, "4fXnP21hKsz5mH", frm[1])
    h += exo_headers(date, frm, [P("Rui Figueiredo"), P("Tiago Mendes"), P("Inês Carvalho"), P("冼志强"), P("何美玲")],
                     [BOT], "Minutes - Q1 2026 Business Review",
                     "<AM8PR02MB76041B7E2D9C0A54F3E8C61B@AM8PR02MB7604.eurprd02.prod.outlook.example.net>",
                     tindex="AdzMu0f7o0Lr5k9PQWm2Z3xj8bT1Ag==", attach=True)
    items = [
        item("Rui Figueiredo", "Approve the H2 2026 capex plan", "2026-04-30", rule=("md", 4, 30)),
        item("冼志强", "Renegotiate the paraffin wax supply contract", "2026-05-31", rule=("abs", "2026-05-31")),
        item("何美玲", "Q2 customer visit plan (AU, CL, ZA)", "2026-04-24", rule=("md", 4, 24)),
        item("Tiago Mendes", "Commissioning report for the new rotary press", "2026-05-08", rule=("md", 5, 8)),
    ]
    return dict(
        num=8236, slug="docx-qbr-ddmm-dates-outlook", kind="minutes", org="D",
        client="Outlook (Microsoft 365, en-GB) with a Word attachment",
        encoding="multipart/mixed: alternative (us-ascii QP) + .docx base64; CRLF",
        eml=build(h, body, crlf=True), items=items, next=followup("2026-07-14", "14:00", ("abs", "2026-07-14", 2, "14:00")),
        summary="4 items from the .docx, follow-up 07-14 14:00",
        tests="minutes only in a .docx; European DD/MM dates (30/04, 24/04, 8/5 = 8 May); 'end of May' relative to the send month; Done row; decisions with dates; 'Next QBR: 14/07/2026, 14:00'",
        attach_text="\n".join(v if isinstance(v, str) else "\n".join("\t".join(r) for r in v) for _, v in DOCX_8236),
        notes=("Q1 business review minutes in a Word file (the body only points to it), sent Wed 2026-04-15 10:20 +0000 = "
               "18:20 Asia/Shanghai. The document is written by the Portuguese GM with European DD/MM dates throughout "
               "(15/04/2026, 30/04, 24/04). Actions: Rui '30/04' -> 2026-04-30; Jason = 冼志强 'end of May' -> "
               "2026-05-31; Mandy = 何美玲 '24/04' -> 2026-04-24; Tiago '8/5' -> AMBIGUOUS: 8 May in the document's DD/MM "
               "convention (5 Aug in US order) -> 2026-05-08; row 5 is Done -> not an item. Decisions ('until 30/06', "
               "'in May') are not items. 'Next QBR: 14/07/2026, 14:00 (Beijing time)' -> 2026-07-14 14:00."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8237():
    date = "Mon, 27 Jul 2026 18:10:36 +0800"
    text = """Hi all,

Quick notes from today's check-in on the line 3 commissioning:

- The supplier's engineer (Mr. Almeida) will be on site until Friday.
- Wilson will finish the operator training records by Thursday.
- Jason will chase the supplier for the missing CE declaration and manuals by 31 July.
- Inês will run the first-article inspection on Wednesday.
- Kenny will free up bay 4 for the line 3 spare parts.
- Trial output so far: 12,400 stoppers, reject rate 2.1%.

Nothing else for now - let's catch up again next week.

Tiago
"""
    html_body = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body "
                 "style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
                 + "\n".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.rstrip().split("\n")) + "</body></html>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", html_body, "utf-8", "quoted-printable"),
    ], "Apple-Mail=_2D7F0B43-9A1C-4E58-B6D2-E30F8C1A5B97")
    frm = P("Tiago Mendes")
    h = exo_received(date, "4fqD8c1YvNz5mJ", frm[1])
    h += [
        ("From", addr(*frm)),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
        ("Subject", "Notes - line 3 commissioning check-in"),
        ("Message-Id", "<B5E1C7A2-0F3D-4A96-8C24-6D9E1B0F7A35@lusocork-dg.example.com>"),
        ("Date", date),
        ("To", addrs([P("叶伟明"), P("冼志强"), P("Inês Carvalho"), P("陈家豪")], enc="Q")),
        ("Cc", addrs([P("Rui Figueiredo"), BOT])),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    ]
    items = [
        item("叶伟明", "finish the operator training records", "2026-07-30", rule=("wd", 4)),
        item("冼志强", "chase the supplier for the missing CE declaration and manuals", "2026-07-31",
             rule=("md", 7, 31)),
        item("Inês Carvalho", "run the first-article inspection", "2026-07-29", rule=("wd", 3)),
        item("陈家豪", "free up bay 4 for the line 3 spare parts", None, flags=["no_due"], rule=("none",)),
    ]
    return dict(
        num=8237, slug="english-will-sentences-apple-mail", kind="minutes", org="D",
        client="Apple Mail (macOS)",
        encoding="multipart/alternative UTF-8 quoted-printable (plain + HTML)",
        eml=build(h, body), items=items, next=None,
        summary="4 items (1 no_due), no follow-up",
        tests="English 'X will … by …' sentences mixed with facts (an outsider 'will be on site until Friday'); by Thursday, by 31 July, on Wednesday, no date; 'catch up again next week' is no follow-up",
        notes=("Short English notes from Tiago (Apple Mail), Mon 2026-07-27 18:10 +0800. Items are the 'X will …' lines about "
               "our people: Wilson = 叶伟明 'by Thursday' -> 2026-07-30; Jason = 冼志强 'by 31 July' -> 2026-07-31; Inês "
               "'on Wednesday' -> 2026-07-29 (a scheduled task; no clock time given); Kenny = 陈家豪 has no deadline -> "
               "no_due. The supplier's engineer 'will be on site until Friday' and the trial output are facts, not "
               "items. 'let's catch up again next week' names no day -> next_followup null."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8238():
    date = "Tue, 30 Jun 2026 09:45:02 +0000"
    text = """Hi all,

I let Copilot take notes in today's Teams meeting - recap below. I checked the follow-up tasks, they are correct.

Meeting recap (generated by Copilot)
H2 sales & operations planning - Tuesday, 30 June 2026

Notes
- H2 demand outlook: Rui shared that orders from Australia and Chile are up 12% vs H1; Mandy Ho will prepare the list of key accounts to visit.
- Capacity: Tiago Mendes explained that line 3 should start in August, pending confirmation from the supplier; overtime is not needed before September.
- Raw material: Jason Sin reported that granulate prices rose 5% in Q2 and suggested asking alternative suppliers for quotes.
- Customer day: Karen Leung proposed holding the customer day in October in Dongguan.

Follow-up tasks
- Mandy Ho will prepare the H2 key-account visit plan by July 10.
- Tiago Mendes will confirm the line 3 start-up date with the supplier by Friday.
- Jason Sin will request updated prices from two alternative granulate suppliers by next Monday.
- Karen Leung will book the venue for the customer day.

AI-generated content may be incorrect.

Rui
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", outlook_en_html(text), "utf-8", "quoted-printable"),
    ], "_000_PA4PR02MB67195C0E9A3B1D47F2E86A10PA4PR02MB6719eurp_")
    frm = P("Rui Figueiredo")
    h = exo_received(date, "4fkN2w6ZpHz5mK", frm[1])
    h += exo_headers(date, frm, [P("何美玲"), P("Tiago Mendes"), P("冼志强"), P("梁嘉欣")], [BOT],
                     "Recap - H2 sales & operations planning",
                     "<PA4PR02MB67195C0E9A3B1D47F2E86A10@PA4PR02MB6719.eurprd02.prod.outlook.example.net>",
                     tindex="AdzoP1m8yV2b0Lq6Qk9X3tR7wZ4eNA==")
    items = [
        item("何美玲", "prepare the H2 key-account visit plan", "2026-07-10", rule=("md", 7, 10)),
        item("Tiago Mendes", "confirm the line 3 start-up date with the supplier", "2026-07-03", rule=("wd", 5)),
        item("冼志强", "request updated prices from two alternative granulate suppliers", "2026-07-06",
             rule=("next_wd", 1)),
        item("梁嘉欣", "book the venue for the customer day", None, flags=["no_due"], rule=("none",)),
    ]
    return dict(
        num=8238, slug="copilot-recap-follow-up-tasks-outlook", kind="minutes", org="D",
        client="Outlook (Microsoft 365, en-GB), Teams Copilot recap pasted",
        encoding="multipart/alternative UTF-8 quoted-printable; CRLF; Date in +0000",
        eml=build(h, body, crlf=True), items=items, next=None,
        summary="4 items (1 no_due), no follow-up",
        tests="Teams Copilot recap pasted into a mail: only 'Follow-up tasks' count, the Notes restate tasks and mention months; by July 10, by Friday, by next Monday, no date",
        notes=("Copilot meeting recap pasted by Rui, sent Tue 2026-06-30 09:45 +0000 = 17:45 Asia/Shanghai. Only 'Follow-up "
               "tasks' count: Mandy Ho = 何美玲 'by July 10' -> 2026-07-10; Tiago 'by Friday' -> Fri 2026-07-03; Jason Sin "
               "= 冼志强 'by next Monday' -> Mon 2026-07-06 (next calendar week); Karen Leung = 梁嘉欣, no deadline -> "
               "no_due. The Notes bullets restate tasks and give plans ('in August', 'in October') and a figure: not "
               "items. No next meeting."),
    )
