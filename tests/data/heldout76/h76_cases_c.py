"""heldout76 cases 10413-10417: Kuma Sauna (Putian plant + Tallinn head office), English writers."""
import io

from h76_common import (KE, KP, addr, addrs, arrival, attach, bot, case, esc, ew, fu, html_page, it, message, multi,
                        text, thread_index)

EN = ["Priit Tamm", "Kadri Saar", "Martin Kask", "Liis Mägi", "黄文杰", "林志鹏", "郑丽娟", "陈雅琴"]
DISPLAY = {"黄文杰": "Wes Huang", "林志鹏": "Kevin Lin", "郑丽娟": "Jenny Zheng", "陈雅琴": "Cathy Chen"}
from h76_common import R  # noqa: E402


def en_people(names):
    return [(DISPLAY.get(n, n), R[n][1]) for n in names]


def html_en(txt):
    out = []
    for line in txt.split("\n"):
        out.append('<p class="MsoNormal">%s</p>' % (esc(line) if line.strip() else "&nbsp;"))
    return '<div class="WordSection1">\n' + "\n".join(out) + "\n</div>"


def m365_headers(sender, date, subject, msgid, to, cc, seed, extra=()):
    return arrival(sender[1], "minutes@" + KP, date, "APC01-TYZ-obe.outbound.protection.outlook.example.com",
                   "40.107.255.%d" % (int(seed[-2:]) + 100), seed) + [
        ("From", addr(*sender)),
        ("To", addrs(to, sep=",\n\t")),
        ("CC", addrs(cc, sep=",\n\t")),
        ("Subject", subject if all(ord(c) < 128 for c in subject) else ew(subject, "utf-8", "Q")),
        ("Thread-Topic", subject if all(ord(c) < 128 for c in subject) else ew(subject, "utf-8", "Q")),
        ("Thread-Index", thread_index(seed)),
        ("Date", date),
        ("Message-ID", msgid),
        ("Accept-Language", "en-US, zh-CN"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-publictraffictype", "Email"),
    ] + list(extra) + [("MIME-Version", "1.0")]


# ------------------------------------------------------------------------------------------------ 10413
T13 = """Hi all,

Minutes of last Friday's S&OP review (17 Apr, Teams, Putian + Tallinn). Please reply today if anything is wrong.

Attendees: Priit Tamm, Kadri Saar, Martin Kask, Liis M\u00e4gi, Wes Huang, Kevin Lin, Jenny Zheng

1. May build plan
Decision: May plan frozen at 1,150 heaters (H-9: 600, H-12: 400, H-16 Pro: 150). No changes after 24 Apr.

Action 1
Owner: Jenny Zheng
Task: Publish the frozen May build plan in the ERP and share the line-loading sheet
Due: Fri 24 Apr

Action 2
Owner: Wes Huang
Task: Confirm the stainless sheet allocation from the Fuzhou mill for May-June
Due: within 2 working days

Action 3
Owner: Martin Kask
Task: Release rev. D drawing of the H-16 Pro stone basket
Due: 30 April (before the Labour Day break in CN)

Action 4
Owner: TBD
Task: Run a forwarder tender for the Q3 sea-freight lane Fuzhou \u2013 Muuga
Due: before the Labour Day holiday

2. Quality
Kevin reported the March field return rate at 0.8% (target 1.0%). No action.

Next check-in: Mon 27 Apr, 16:00 CST / 11:00 EEST (Teams link unchanged).

Best regards,
Jenny Zheng
Production Planning | Kuma Sauna Equipment (Putian) Co., Ltd.
"""


@case(10413, "kuma-sop-owner-due-blocks-m365-utc", "minutes",
      "Microsoft 365 English minutes (UTF-8 QP, Date in +0000) in Action/Owner/Task/Due blocks: 'within 2 working "
      "days' from the Shanghai date, a date with a bracketed remark, Owner TBD before the Labour Day holiday; "
      "next check-in in two time zones",
      "Date Mon 2026-04-20 01:12 +0000 = Mon 09:12 in Shanghai; the meeting was Fri 17 Apr but dates resolve from "
      "the mail. Action 1 Jenny Zheng (= 郑丽娟) Fri 24 Apr -> 2026-04-24. Action 2 Wes Huang (= 黄文杰) within 2 working "
      "days -> 04-21, 04-22 -> 2026-04-22. Action 3 Martin Kask 30 April -> 2026-04-30. Action 4 Owner TBD -> no_owner; "
      "'before the Labour Day holiday' -> last working day before 05-01 = 2026-04-30. The decision and Kevin's "
      "report are not items. 'Next check-in: Mon 27 Apr, 16:00 CST / 11:00 EEST' -> 2026-04-27 16:00 (CST = China "
      "Standard Time here).",
      items=[
          it("郑丽娟", "Publish the frozen May build plan in the ERP and share the line-loading sheet",
             ("abs", "2026-04-24"), "2026-04-24"),
          it("黄文杰", "Confirm the stainless sheet allocation from the Fuzhou mill for May-June", ("workdays", 2),
             "2026-04-22"),
          it("Martin Kask", "Release rev. D drawing of the H-16 Pro stone basket", ("abs", "2026-04-30"),
             "2026-04-30"),
          it(None, "Run a forwarder tender for the Q3 sea-freight lane Fuzhou - Muuga",
             ("before_holiday", "2026-05-01"), "2026-04-30", flags=["no_owner"]),
      ],
      followup=fu(("abs", "2026-04-27"), "2026-04-27", "16:00"))
def build_10413():
    date = "Mon, 20 Apr 2026 01:12:33 +0000"
    body = multi("alternative", "_000_TYZPR06MB65124C1E8A0F3D2B7E91A6C5TYZPR06MB6512apcp_",
                 [text("text/plain", T13, "utf-8", "quoted-printable"),
                  text("text/html", html_page(html_en(T13), "utf-8"), "utf-8", "quoted-printable")])
    h = m365_headers(("Jenny Zheng", R["郑丽娟"][1]), date, "Minutes: S&OP monthly review - April",
                     "<TYZPR06MB65124C1E8A0F3D2B7E91A6C5@TYZPR06MB6512.apcprd06.prod.outlook.example.com>",
                     en_people(["Priit Tamm", "Kadri Saar", "Martin Kask", "Liis Mägi", "黄文杰", "林志鹏"]),
                     [bot(KP)], "10413")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10414
T14 = """Hei k\u00f5ik / Hi all,

Notes from this morning's product workshop (Tallinn + Putian on Meet).

Done since last time
[x] @Kevin H-12 CE test report uploaded to SharePoint
[x] @Martin stone basket rev D released

Open
[ ] @Wes get quotes for 20 ceramic heater-stone samples from two suppliers - by next Wednesday
[ ] @Jenny update the H-16 Pro BOM to rev D and re-cost it - by Friday
[ ] @Martin finalise the wall-mount bracket for the compact cabin - by 15 May
[ ] @Kadri (me) write the 2027 line-up brief for the board - end of May
[ ] someone in Putian to check whether the glass-door supplier can do 8 mm tempered - no date yet

Next sync: Wed 20 May, 10:00 Tallinn / 15:00 Beijing.

Ait\u00e4h,
Kadri

--
Kadri Saar
Head of Product | Kuma Saun O\u00dc
Tallinn, Estonia
"""


@case(10414, "kuma-tallinn-checkbox-mentions-gmail-eest", "minutes",
      "Google Workspace mail from Tallinn (+0300) with '[ ] @name' checkboxes: [x] lines are done, 'by next "
      "Wednesday'/'by Friday'/'by 15 May'/'end of May', '(me)' = sender, an unowned line with 'no date yet'; next "
      "sync given in Tallinn and Beijing time",
      "Date Wed 2026-05-06 09:40 +0300 = Wed 14:40 in Shanghai. [x] lines are done, not items. @Wes = 黄文杰, by next "
      "Wednesday -> 2026-05-13. @Jenny = 郑丽娟, by Friday -> this week's Friday 2026-05-08. @Martin = Martin Kask, "
      "15 May -> 2026-05-15. '@Kadri (me)' = sender Kadri Saar, end of May -> 2026-05-31. 'someone in Putian … no "
      "date yet' -> no_owner + vague_due (a deadline still to be set, like 待定). 'Next sync: Wed 20 May, 10:00 "
      "Tallinn / 15:00 Beijing' -> 2026-05-20 15:00.",
      items=[
          it("黄文杰", "get quotes for 20 ceramic heater-stone samples from two suppliers", ("nextweek", 3),
             "2026-05-13"),
          it("郑丽娟", "update the H-16 Pro BOM to rev D and re-cost it", ("wd", 5), "2026-05-08"),
          it("Martin Kask", "finalise the wall-mount bracket for the compact cabin", ("abs", "2026-05-15"),
             "2026-05-15"),
          it("Kadri Saar", "write the 2027 line-up brief for the board", ("month_end",), "2026-05-31"),
          it(None, "check whether the glass-door supplier can do 8 mm tempered", ("none",), None,
             flags=["no_owner", "vague_due"]),
      ],
      followup=fu(("abs", "2026-05-20"), "2026-05-20", "15:00"))
def build_10414():
    date = "Wed, 6 May 2026 09:40:12 +0300"
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in T14.split("\n")) + "</div>\n"
    body = multi("alternative", "0000000000007d5e2a0651f4c3b8",
                 [text("text/plain", T14, "UTF-8", "quoted-printable", quote=False),
                  text("text/html", html, "UTF-8", "quoted-printable", quote=False)])
    h = arrival(R["Kadri Saar"][1], "minutes@" + KP, date, "mail-ej1-f54.google.com", "209.85.218.54", "10414") + [
        ("MIME-Version", "1.0"),
        ("From", "Kadri Saar <%s>" % R["Kadri Saar"][1]),
        ("Date", date),
        ("Message-ID", "<CAH8xQm2Rk7p0Ns4VbY1d_Lq9TzG3eW5cJ6oFhU8aXk2=Pm7s@mail.gmail.com>"),
        ("Subject", "Product workshop notes - cabin & heater line-up"),
        ("To", ",\n ".join(addr(*p) for p in en_people(["郑丽娟", "黄文杰", "林志鹏", "Martin Kask", "Priit Tamm"]))),
        ("Cc", addr(*bot(KP))),
        ("X-Gm-Features", "AQt7F2qYp3mRk0Vd8sJhLc1uNw5Ze4Tb"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10415
T15 = """Team,

Short notes from today's plant meeting, before I forget them.

- H-12 burn test: the 8-hour test failed on unit 0412 (thermal fuse tripped at 6h40). Kevin to re-run the
burn test on three units with the new fuse and report by Thursday.
- Glass doors: supplier still late. Wes to chase them and get a firm ship date before the Dragon Boat
holiday.
- Holiday shifts: Cathy to send the holiday shift plan (19-21 June) to all line leaders by tomorrow noon.
- Capex: I will sign off the second powder-coating booth request on the first working day after the
holiday.
- Jenny: June output is at 96% of plan so far. Good job everyone.

Priit
"""


@case(10415, "kuma-plant-x-to-sentences-apple-mail", "minutes",
      "Apple Mail us-ascii 7bit plain text from the Estonian plant manager: 'X to …' sentences wrapped over lines, "
      "by Thursday / before the Dragon Boat holiday / by tomorrow noon / first working day after the holiday; 'I "
      "will' = sender; a progress remark that is not an item",
      "Sent Mon 2026-06-15 18:20 +0800; 端午 is 06-19..21. Kevin = 林志鹏, by Thursday -> 2026-06-18. Wes = 黄文杰, "
      "before the Dragon Boat holiday -> last working day before 06-19 = 2026-06-18. Cathy = 陈雅琴, by tomorrow noon -> "
      "2026-06-16 12:00. 'I will sign off…' = sender Priit Tamm, first working day after the holiday -> Mon "
      "2026-06-22. Jenny's '96% of plan' is a status remark (not progress on an item, not an item). Lines are hard-"
      "wrapped inside items. No next meeting.",
      items=[
          it("林志鹏", "re-run the burn test on three units with the new fuse and report", ("wd", 4), "2026-06-18"),
          it("黄文杰", "chase glass-door supplier and get a firm ship date", ("before_holiday", "2026-06-19"),
             "2026-06-18"),
          it("陈雅琴", "send the holiday shift plan to all line leaders", ("plus", 1), "2026-06-16", time="12:00"),
          it("Priit Tamm", "sign off the second powder-coating booth request", ("after_holiday", "2026-06-19"),
             "2026-06-22"),
      ])
def build_10415():
    date = "Mon, 15 Jun 2026 18:20:44 +0800"
    body = text("text/plain", T15, "us-ascii", "7bit", quote=False)
    h = arrival(R["Priit Tamm"][1], "minutes@" + KP, date, "APC01-SG2-obe.outbound.protection.outlook.example.com",
                "40.107.215.98", "10415") + [
        ("From", "Priit Tamm <%s>" % R["Priit Tamm"][1]),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
        ("Subject", ew("Plant meeting 15/6 \u2013 notes", "utf-8", "Q")),
        ("Message-Id", "<5B1E7C0A-93D4-4F26-A8B1-2C7E0D9F4A63@kumasauna-pt.example.cn>"),
        ("Date", date),
        ("To", ",\n ".join(addr(*p) for p in en_people(["林志鹏", "黄文杰", "陈雅琴", "郑丽娟"]))),
        ("Cc", addr(*bot(KP))),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10416
NEW16 = """All,

Replying on last week's thread so the history stays in one place. Notes from today's 10:00 sync (wk28):

- Stainless sheet: Fuzhou mill delivered 18 t of 22 t; balance promised for 10 Jul.
- AI: Jenny \u2013 re-sequence H-9 batch 2607 and publish the new line plan \u2013 07/10
- AI: Wes \u2013 send the revised supplier scorecard to Tallinn \u2013 EOD
- AI: Kevin \u2013 incoming inspection plan for the new thermal-fuse vendor \u2013 next Tue
- AI: Liis \u2013 confirm the Muuga port slot for container 3 \u2013 7/15

Next sync same time next Tuesday.

Wes
"""
OLD16 = """________________________________
From: Wes Huang <wes.huang@kumasauna-pt.example.cn>
Sent: Tuesday, June 30, 2026 11:02 AM
To: Jenny Zheng <jenny.zheng@kumasauna-pt.example.cn>; Kevin Lin <kevin.lin@kumasauna-pt.example.cn>; Liis M\u00e4gi <liis.magi@kumasauna.example.ee>
Subject: Weekly supply sync - wk27

Hi,

wk27 notes:
- AI: Wes \u2013 chase Fuzhou mill for the 22 t balance \u2013 07/03
- AI: Jenny \u2013 freeze the July plan \u2013 07/01
- AI: Kevin \u2013 qualify backup fuse vendor \u2013 end of July

Wes
"""


@case(10416, "kuma-new-minutes-as-re-thread-m365", "minutes",
      "M365 'RE:' in last week's thread carrying new minutes above an Outlook From/Sent/To/Subject quote of the "
      "old ones: 'AI: Name – task – due' with 07/10, EOD, next Tue, 7/15; quoted wk27 AIs not extracted; 'same time "
      "next Tuesday' follow-up",
      "Date Tue 2026-07-07 06:48 +0000 = 14:48 in Shanghai. Only the new text above the quote counts; the wk27 "
      "'AI:' lines in the quote are last week's items. Jenny = 郑丽娟 07/10 -> 2026-07-10. Wes = 黄文杰 (the sender) "
      "EOD -> 2026-07-07, no time. Kevin = 林志鹏 next Tue -> 2026-07-14. Liis = Liis Mägi 7/15 -> 2026-07-15. The "
      "stainless-sheet line is status ('balance promised for 10 Jul' is the mill's promise). 'Next sync same time "
      "next Tuesday' -> 2026-07-14 10:00 (today's sync was at 10:00).",
      items=[
          it("郑丽娟", "re-sequence H-9 batch 2607 and publish the new line plan", ("abs", "2026-07-10"),
             "2026-07-10"),
          it("黄文杰", "send the revised supplier scorecard to Tallinn", ("today",), "2026-07-07"),
          it("林志鹏", "incoming inspection plan for the new thermal-fuse vendor", ("nextweek", 2), "2026-07-14"),
          it("Liis Mägi", "confirm the Muuga port slot for container 3", ("abs", "2026-07-15"), "2026-07-15"),
      ],
      followup=fu(("nextweek", 2), "2026-07-14", "10:00"))
def build_10416():
    date = "Tue, 7 Jul 2026 06:48:10 +0000"
    plain = NEW16 + "\n" + OLD16
    html = html_page(html_en(NEW16) + '\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" '
                     'tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' + html_en(OLD16.split("\n", 1)[1]) + "</div>",
                     "utf-8")
    body = multi("alternative", "_000_SEZPR06MB69281B7D0A2E4C3F5A8D9E21SEZPR06MB6928apcp_",
                 [text("text/plain", plain, "utf-8", "quoted-printable"),
                  text("text/html", html, "utf-8", "quoted-printable")])
    h = m365_headers(("Wes Huang", R["黄文杰"][1]), date, "RE: Weekly supply sync - wk27",
                     "<SEZPR06MB69281B7D0A2E4C3F5A8D9E21@SEZPR06MB6928.apcprd06.prod.outlook.example.com>",
                     en_people(["郑丽娟", "林志鹏", "Liis Mägi"]), [bot(KP)], "10416",
                     extra=[("In-Reply-To", "<SEZPR06MB6928F0C1B2A3D4E5F6A7B8C9@SEZPR06MB6928.apcprd06.prod."
                                            "outlook.example.com>"),
                            ("References", "<SEZPR06MB6928F0C1B2A3D4E5F6A7B8C9@SEZPR06MB6928.apcprd06.prod."
                                           "outlook.example.com>")])
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10417
def pdf_17():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="Quality review minutes 2026-07-23",
                            author="Kevin Lin", creator="Kuma QMS")
    ss = getSampleStyleSheet()
    story = [Paragraph("Quality Review Meeting - Minutes", ss["Title"]),
             Paragraph("Date: 23 July 2026, 14:00-15:30 (Putian plant, Tallinn on Teams)", ss["Normal"]),
             Paragraph("Attendees: Priit Tamm, Martin Kask, Liis Magi, Wes Huang, Jenny Zheng, Kevin Lin (minutes)",
                       ss["Normal"]),
             Spacer(1, 8),
             Paragraph("1. Thermal fuse field failures (8D, D3-D5)", ss["Heading2"]),
             Paragraph("Containment completed: 312 H-12 units in stock re-inspected, 4 rejected and scrapped. "
                       "Root cause confirmed as a fuse batch with a low trip temperature.", ss["Normal"]),
             Paragraph("2. Actions", ss["Heading2"])]
    rows = [["No.", "Action", "Owner", "Due"],
            ["1", "Switch the H-12 line to the new fuse vendor incl. first-article inspection", "Kevin Lin",
             "31 Jul 2026"],
            ["2", "Send the customer notification letter to EU and Canadian distributors", "Liis Magi", "28 Jul 2026"],
            ["3", "Update PFMEA and control plan for the heater wiring", "Jenny Zheng", "7 Aug 2026"],
            ["4", "Raise the cost claim against the fuse supplier", "Wes Huang", "TBD"]]
    t = Table(rows, colWidths=[30, 280, 80, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 8), Paragraph("Next review: Thursday 6 August 2026, 14:00 Beijing time.", ss["Normal"])]
    doc.build(story)
    return buf.getvalue()


@case(10417, "kuma-quality-review-pdf-attachment-outlook", "minutes",
      "Outlook English mail whose minutes are in a reportlab PDF (Action/Owner/Due table): '31 Jul 2026' style "
      "dates, TBD -> vague, completed containment is not an item; next review date inside the PDF",
      "Sent Thu 2026-07-23 17:05 +0800. The body only points to the PDF. Rows: Kevin Lin (= 林志鹏) 31 Jul 2026 -> "
      "2026-07-31; Liis Magi (= Liis Mägi, alias) 28 Jul 2026 -> 2026-07-28; Jenny Zheng (= 郑丽娟) 7 Aug 2026 -> "
      "2026-08-07; Wes Huang (= 黄文杰) TBD -> vague_due. 'Containment completed…' is done work. 'Next review: Thursday "
      "6 August 2026, 14:00 Beijing time' -> 2026-08-06 14:00.",
      items=[
          it("林志鹏", "Switch the H-12 line to the new fuse vendor incl. first-article inspection",
             ("abs", "2026-07-31"), "2026-07-31"),
          it("Liis Mägi", "Send the customer notification letter to EU and Canadian distributors",
             ("abs", "2026-07-28"), "2026-07-28"),
          it("郑丽娟", "Update PFMEA and control plan for the heater wiring", ("abs", "2026-08-07"), "2026-08-07"),
          it("黄文杰", "Raise the cost claim against the fuse supplier", ("none",), None, flags=["vague_due"]),
      ],
      followup=fu(("abs", "2026-08-06"), "2026-08-06", "14:00"))
def build_10417():
    date = "Thu, 23 Jul 2026 17:05:52 +0800"
    t = ("Hi all,\n\nPlease find attached the minutes of today's quality review (8D thermal fuse). The minutes bot is "
         "in CC to track the actions.\n\nBR\nKevin Lin\nQuality Manager | Kuma Sauna Equipment (Putian) Co., Ltd.\n")
    alt = multi("alternative", "----=_NextPart_001_0031_01DD1A6C.4E2B7F10",
                [text("text/plain", t, "us-ascii", "7bit"),
                 text("text/html", html_page(html_en(t), "us-ascii"), "us-ascii", "quoted-printable")])
    body = multi("mixed", "----=_NextPart_000_0030_01DD1A6C.4E2B7F10",
                 [alt, attach("application/pdf", "QR-2026-07-23_minutes.pdf", pdf_17())],
                 preamble="This is a multipart message in MIME format.\n")
    h = arrival(R["林志鹏"][1], "minutes@" + KP, date, "KUMA-QA-07", "10.30.8.27", "10417") + [
        ("From", "\"Kevin Lin\" <%s>" % R["林志鹏"][1]),
        ("To", ",\n\t".join(addr(*p) for p in en_people(["Priit Tamm", "Martin Kask", "Liis Mägi", "黄文杰", "郑丽娟"]))),
        ("Cc", addr(*bot(KP))),
        ("Subject", "Minutes - quality review 23 Jul (8D thermal fuse)"),
        ("Date", date),
        ("Message-ID", "<003001dd1a6c$4e2b7f10$ea827d30$@kumasauna-pt.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index("10417")),
        ("Content-Language", "en-us"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(h, body)
