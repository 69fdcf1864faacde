"""Cases 9609-9618: Ergolz Mikrotechnik (Taizhou) Co., Ltd. (Swiss-owned; head office Liestal writes English)."""
from h68_attach import make_docx
from h68_clients import apple, gmail, m365, outlook, thunderbird
from h68_common import BOTS, P, deliver, esc, html_table, hx, item, leaf, multi, paras_html

BOT = BOTS["B"]
CASES = []


def case(**kw):
    CASES.append(kw)


def EN(name, display):
    return (display, P(name)[1])


MARTIN = P("Martin Baumgartner")
VIVIAN = EN("钱雅琴", "Vivian Qian")
JASON = EN("陆振宇", "Jason Lu")
LEO = EN("蒋立新", "Leo Jiang")
KEVIN = EN("顾嘉伟", "Kevin Gu")
JOY = EN("沈佳怡", "Joy Shen")
FRANK = EN("吉晓峰", "Xiaofeng Ji")
GUILAN = EN("吴桂兰", "Wu Guilan")
SABINE = P("Sabine Keller")
RETO = P("Reto Fischer")

M365_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
             'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
             '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
             'Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">%s</div></body></html>')


def m365_alt(text, seed, html=None):
    html = html or M365_HTML % paras_html(text)
    return multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_SEZPR06MB%s_" % hx(seed, 20).upper())


# ------------------------------------------------------------------------------------------------ 9609
S9609 = "2026-04-20T09:15:00+08:00"
T9609 = """Hi all,

Minutes of this morning's ops review below. Please shout by end of day if anything is wrong.

Attendees: Martin Baumgartner, Vivian Qian, Jason Lu, Leo Jiang, Joy Shen
Apologies: Xiaofeng Ji

1. Hairspring line ramp-up
Yield on line 2 is at 81% vs. 88% target. Main loss is coil centring after the collet change.
Decision: line 2 stays on two shifts until yield is above 85% for five consecutive days.

   Action: Re-qualify the collet set on line 2 and issue the 8D D3 containment
   Owner: Jason Lu
   Due: Fri 24 Apr

   Action: Send the updated capability study (Cpk) for the balance-spring stud to Sabine
   Owner: Vivian
   Due: EOD today

2. Alloy wire supply
   Action: Confirm second-source quote and lead time with the Suzhou mill
   Owner: Joy Shen
   Due: end of month

   Action: Review customs classification for the returned wire lot
   Owner: TBD (Finance or Supply Chain)
   Due: TBD

3. AOB
Leo reported that the new laser-marking station passed SAT on 17 Apr (done, no action).

Next check-in: Monday 27 April, 16:00 CST / 10:00 CEST, Teams.

Best regards,
Martin

Martin Baumgartner | General Manager
Ergolz Mikrotechnik (Taizhou) Co., Ltd. | Phone +86 523 8688 2100"""


def b9609():
    h, _ = m365(S9609, MARTIN, [VIVIAN, JASON, LEO, JOY], [FRANK, BOT],
                "Minutes - Weekly Ops Review 20 Apr (hairspring line ramp-up)", "9609")
    body = m365_alt(T9609, "9609")
    return deliver("B", S9609, MARTIN[1], h, body, "9609", "SEZPR06MB6957.apcprd06.prod.outlook.com", "40.107.215.92")


case(num=9609, slug="ergolz-owner-due-blocks-m365", kind="minutes", build=b9609,
     items=[item("陆振宇", "Re-qualify the collet set on line 2 and issue the 8D D3 containment", ("abs", "2026-04-24"), "Fri 24 Apr"),
            item("钱雅琴", "Send the updated capability study (Cpk) for the balance-spring stud to Sabine", ("rel", 0), "EOD today"),
            item("沈佳怡", "Confirm second-source quote and lead time with the Suzhou mill", ("month_end",), "end of month"),
            item(None, "Review customs classification for the returned wire lot", ("vague",), "TBD")],
     followup=("abs", "2026-04-27", "16:00"),
     notes="English Action/Owner/Due blocks (Exchange Online, Date header in +0000: 01:15 UTC = Mon 2026-04-20 09:15 Shanghai). 'Fri 24 Apr' -> 2026-04-24; 'Vivian' = 钱雅琴 (alias), 'EOD today' -> 2026-04-20, no time; 'end of month' -> 2026-04-30; 'Owner: TBD (Finance or Supply Chain)' -> no_owner, department null (two candidates), 'Due: TBD' -> vague_due. The Decision line and Leo's SAT report are not items. 'Next check-in: Monday 27 April, 16:00 CST / 10:00 CEST' (two time zones; CST here is China Standard Time) -> 2026-04-27 16:00.",
     tests="M365 English Action/Owner/Due blocks, +0000 Date; EOD today; end of month; Owner TBD + Due TBD; next check-in in two time zones")

# ------------------------------------------------------------------------------------------------ 9610
S9610 = "2026-05-05T16:40:11+02:00"
T9610 = """Hi team,

Thanks for joining despite the holiday on your side. Notes from today's call:

- Customer complaint CC-2026-014 (burrs on pinions): root cause confirmed as worn deburring brush;
  brush change interval reduced to 8 h.
- Audit of the Taizhou plating supplier stays planned for week 25.

AI: Vivian to send the revised control plan for pinions by Thursday.
AI: Jason to run a 3-day capability trial on the new brush interval and share results within 3 working days.
AI: Sabine to align with the customer on the 8D closure date by next Monday.
AI: Kevin to add the brush-wear failure mode to the PFMEA - no rush, before the next audit.

Next call: Tue 12 May, 09:00 CEST / 15:00 Beijing.

Cheers,
Sabine

--
Sabine Keller
Head of Group Quality | Ergolz Mikrotechnik AG | Liestal, Switzerland"""


def b9610():
    h, _ = gmail(S9610, SABINE, [VIVIAN, JASON, KEVIN], [MARTIN, BOT],
                 "Quality sync Liestal/Taizhou - notes & AIs", "9610")
    html = '<div dir="ltr">' + paras_html(T9610) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9610, "UTF-8", "quoted-printable", csq=False),
                                 leaf("text/html", html, "UTF-8", "quoted-printable", csq=False)],
                 "000000000000%s" % hx("9610", 16))
    return deliver("B", S9610, SABINE[1], h, body, "9610", "mail-sor-f41.google.example.com", "209.85.220.41")


case(num=9610, slug="ergolz-ai-lines-headoffice-gmail-cest", kind="minutes", build=b9610,
     items=[item("钱雅琴", "send the revised control plan for pinions", ("wd", 3), "by Thursday"),
            item("陆振宇", "run a capability trial on the new brush interval and share results", ("wdays", 3), "within 3 working days"),
            item("Sabine Keller", "align with the customer on the 8D closure date", ("next_wd", 0), "by next Monday"),
            item("顾嘉伟", "add the brush-wear failure mode to the PFMEA", ("vague",), "before the next audit")],
     followup=("abs", "2026-05-12", "15:00"),
     notes="Head-office quality lead writes 'AI: X to …' lines (Google Workspace, Date +0200). Sent 16:40 CEST = 22:40 Tue 2026-05-05 Shanghai, the last day of the Labour-Day holiday. 'by Thursday' -> 2026-05-07. 'within 3 working days' counted on the Chinese calendar from the Shanghai send date: Wed 05-06, Thu 05-07, Fri 05-08 -> 2026-05-08 ('3-day trial' is a duration, not a deadline). Sabine is external (From) -> sabine.keller@ergolz.example.ch, department null; 'by next Monday' -> 2026-05-11. Kevin's 'no rush, before the next audit' has no date (the audit week is only mentioned elsewhere) -> vague_due. 'Next call: Tue 12 May, 09:00 CEST / 15:00 Beijing' -> 2026-05-12 15:00 Shanghai.",
     tests="Gmail English 'AI: X to …' from the Swiss head office, +0200 Date on a Chinese holiday; by Thursday / within 3 working days / by next Monday; vague 'before the next audit'; two time zones")

# ------------------------------------------------------------------------------------------------ 9611
S9611 = "2026-05-20T14:05:37+08:00"
ROWS9611 = [
    ("x", "@Kevin Gu", "PFMEA updated with the brush-wear failure mode (closed 18 May)"),
    ("x", "@Jason Lu", "3-day trial done, Cpk 1.52 on pinion diameter"),
    (" ", "@Jason Lu", "roll out the 8 h brush change interval to lines 1-3, by Fri 22/5"),
    (" ", "@Wu Guilan", "retrain both shifts on the new brush change record, by 27 May"),
    (" ", "@Sabine Keller", "get customer sign-off on D7/D8, ASAP"),
    (" ", "@Vivian Qian", "close the 8D in the CAPA system by 29 May"),
]


def b9611():
    lis = []
    for i, (st, who, what) in enumerate(ROWS9611):
        if i == 0:
            lis.append("<p><b>Status of previous actions</b></p>")
        if i == 2:
            lis.append("<p><b>New actions</b></p>")
        lis.append("<p>[%s] <a href=\"mailto:%s\" class=\"tWKOu mention ms-bgc-nlr ms-fcl-b\">%s</a> &ndash; %s</p>"
                   % (st, "#", esc(who), esc(what)))
    inner = ("<p>Hi all,</p><p>Minutes of today's 8D review for CC-2026-014 (burrs on pinions).</p>"
             "<p>Attendees: Vivian Qian, Jason Lu, Kevin Gu, Wu Guilan; Sabine Keller (remote)</p>"
             + "".join(lis) +
             "<p>D4 root cause and D5 corrective action are accepted by Liestal.</p>"
             "<p>Next 8D review: Wed 3 June, 14:00.</p><p>Thanks,<br>Vivian</p>"
             "<p style=\"color:#666\">Vivian Qian | Quality Manager | Ergolz Mikrotechnik (Taizhou)</p>")
    html = M365_HTML % inner
    h, _ = m365(S9611, VIVIAN, [JASON, KEVIN, GUILAN, SABINE], [MARTIN, BOT], "8D review CC-2026-014 - minutes", "9611")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    return deliver("B", S9611, VIVIAN[1], h, body, "9611", "SEZPR06MB5120.apcprd06.prod.outlook.com", "40.107.215.64")


case(num=9611, slug="ergolz-checkbox-mentions-html-only-m365", kind="minutes", build=b9611,
     items=[item("陆振宇", "roll out the 8 h brush change interval to lines 1-3", ("abs", "2026-05-22"), "by Fri 22/5"),
            item("吴桂兰", "retrain both shifts on the new brush change record", ("abs", "2026-05-27"), "by 27 May"),
            item("Sabine Keller", "get customer sign-off on D7/D8", ("vague",), "ASAP"),
            item("钱雅琴", "close the 8D in the CAPA system", ("abs", "2026-05-29"), "by 29 May")],
     followup=("abs", "2026-06-03", "14:00"),
     notes="Single-part text/html from Outlook (M365), English '[ ]' / '[x]' checkbox lines with @mentions. Sent Wed 2026-05-20. '[x]' lines are closed actions (status), not items. '@Wu Guilan' = 吴桂兰 (surname-first pinyin alias); 'by Fri 22/5' -> 2026-05-22 (day/month); 'by 27 May' -> 2026-05-27; Sabine (external, in To) 'ASAP' -> vague_due; 'by 29 May' -> 2026-05-29. 'Next 8D review: Wed 3 June, 14:00' -> 2026-06-03 14:00.",
     tests="HTML-only M365 '[ ]'/'[x]' checkbox actions with @mentions; closed [x] excluded; 22/5 day-first; ASAP; surname-first pinyin alias")

# ------------------------------------------------------------------------------------------------ 9612
S9612 = "2026-06-04T10:48:26+08:00"
T9612 = """Hi all,

short minutes of this morning's engineering review on the balance wheel 
poising cell (present: Leo, Kevin, Vivian, Joy, Jason; Martin for the 
last 20 minutes).

The prototype cell reaches 14 s cycle time against 12 s target. Poising 
accuracy is fine (< 2 mg·mm on 30 of 30 parts). We agreed to freeze the 
fixture design as it is.

Kevin to update the control plan by 12 June (new poising 
characteristics, gauge IDs).
Vivian to update the control plan before the Dragon Boat Festival 
break, for the incoming-inspection part of it.
Joy to order two spare poising spindles from Reto's list next Tuesday.
Jason to free up one operator for the two-week cell trial - date to be 
agreed with Leo.
Martin to decide on a second cell once the trial results are in.

We meet again Thursday 11 June, same time (10:00).

Leo

-- 
Leo Jiang
Engineering Manager, Ergolz Mikrotechnik (Taizhou) Co., Ltd.
"""


def b9612():
    h, _ = thunderbird(S9612, LEO, [KEVIN, VIVIAN, JOY, JASON], [MARTIN, BOT],
                       "Engineering review - balance wheel poising cell - minutes", "9612")
    body = leaf("text/plain", T9612, "UTF-8", "8bit", params="; format=flowed", csq=False)
    return deliver("B", S9612, LEO[1], h, body, "9612", "[10.30.2.18]", "10.30.2.18")


case(num=9612, slug="ergolz-x-to-sentences-same-task-thunderbird-flowed", kind="minutes", build=b9612,
     items=[item("顾嘉伟", "update the control plan", ("abs", "2026-06-12"), "by 12 June"),
            item("钱雅琴", "update the control plan", ("before_hol", "2026-06-19"), "before the Dragon Boat Festival break"),
            item("沈佳怡", "order two spare poising spindles from Reto's list", ("next_wd", 1), "next Tuesday"),
            item("陆振宇", "free up one operator for the cell trial", ("vague",), "date to be agreed"),
            item("Martin Baumgartner", "decide on a second cell once the trial results are in", None, None)],
     followup=("abs", "2026-06-11", "10:00"),
     notes="Thunderbird format=flowed 8bit English, 'X to …' sentences wrapped over lines (soft breaks). Sent Thu 2026-06-04. Two items with the same task text 'update the control plan' for two owners: Kevin (顾嘉伟) by 2026-06-12 and Vivian (钱雅琴) 'before the Dragon Boat Festival break' (holiday Fri 06-19..Sun 06-21) -> Thu 2026-06-18; both must be kept. 'Joy … next Tuesday' -> the Tuesday of next week 2026-06-09. Jason 'date to be agreed' -> vague_due ('two-week' is a duration). Martin 'once the trial results are in' has no date -> no_due. 'agreed to freeze the fixture design' is a decision. 'Thursday 11 June, same time (10:00)' -> 2026-06-11 10:00.",
     tests="Thunderbird flowed 'X to …' sentences wrapped; two items with the same task text; before the Dragon Boat break; next Tuesday; date to be agreed; no date (no_due)")

# ------------------------------------------------------------------------------------------------ 9613
S9613 = "2026-06-22T08:30:14+08:00"
T9613 = """Vivian, Joy -

forwarding Reto's notes from Friday's audit of the plating supplier so the bot tracks them. Please check your two lines.

Martin


Begin forwarded message:

From: Reto Fischer <reto.fischer@ergolz.example.ch>
Subject: Supplier audit Jingyao Plating - notes
Date: 19 June 2026 at 17:12:40 CEST
To: Martin Baumgartner <martin.baumgartner@ergolz-tz.example.com>
Cc: Sabine Keller <sabine.keller@ergolz.example.ch>

Hi Martin,

audit notes from today (remote, Joy on site).

Findings
F1 Rinse water conductivity not logged on night shift (minor)
F2 Rack maintenance overdue by 3 weeks (minor)
Overall result: 86 %, approved with conditions.

Actions
- Joy Shen: obtain the supplier's corrective action plan for F1/F2, due 26.06.2026
- Vivian Qian: add a plating-thickness check to the incoming inspection plan, due KW27
- Reto Fischer: share the group plating spec rev. D with the supplier, due 24.06.2026
- Martin: decide whether to keep the supplier on conditional approval after the CAP review

Regards
Reto"""


def b9613():
    h, _ = apple(S9613, MARTIN, [VIVIAN, JOY], [RETO, BOT], "Fwd: Supplier audit Jingyao Plating - notes", "9613")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + paras_html(T9613.split("Begin forwarded message:")[0])
            + '<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>'
            + paras_html(T9613.split("Begin forwarded message:")[1].strip("\n")) + "</blockquote></div></body></html>")
    body = multi("alternative", [leaf("text/plain", T9613, "utf-8", "quoted-printable", csq=False),
                                 leaf("text/html", html, "utf-8", "quoted-printable", csq=False)],
                 "Apple-Mail=_%s-%s-%s" % (hx("9613", 8).upper(), hx("9613a", 4).upper(), hx("9613b", 12).upper()))
    return deliver("B", S9613, MARTIN[1], h, body, "9613", "[192.168.31.6]", "58.217.4.96")


case(num=9613, slug="ergolz-forwarded-audit-notes-apple-mail", kind="minutes", build=b9613,
     items=[item("沈佳怡", "obtain the supplier's corrective action plan for F1/F2", ("abs", "2026-06-26"), "26.06.2026"),
            item("钱雅琴", "add a plating-thickness check to the incoming inspection plan", ("abs", "2026-07-03"), "KW27"),
            item("Reto Fischer", "share the group plating spec rev. D with the supplier", ("abs", "2026-06-24"), "24.06.2026"),
            item("Martin Baumgartner", "decide whether to keep the supplier on conditional approval", None, None)],
     followup=None,
     notes="Apple Mail forward with a short preface; the minutes (written by head office, Reto Fischer) sit below 'Begin forwarded message:' and must be read, not stripped as a quote. Sent Mon 2026-06-22. European dates '26.06.2026' -> 2026-06-26 and '24.06.2026' -> 2026-06-24 (Reto is external, in Cc). 'due KW27' = ISO calendar week 27 (Mon 06-29..Sun 07-05) -> end of that working week Fri 2026-07-03. AMBIGUOUS: a reader could also take the Sunday 07-05; the working-week end is what a Swiss writer means by 'KW27'. Martin's line has a condition, not a date -> no_due. Findings and '86 %' are facts. No next meeting.",
     tests="Apple Mail 'Fwd:' with preface, minutes inside 'Begin forwarded message'; dd.mm.yyyy dates; 'due KW27' (AMBIGUOUS week end); conditional no_due")

# ------------------------------------------------------------------------------------------------ 9614
S9614 = "2026-07-14T16:20:03+08:00"
T9614 = """Hi Sabine, all,

attached are the minutes of today's 8D meeting for CC-2026-021 (pinion length out of tolerance). Open actions are in section 4 of the document; the quarantine is already done.

Best regards,
Vivian"""
DOCX9614 = [
    ("h", "8D Meeting Minutes - CC-2026-021"),
    ("p", "Date: 14 July 2026, 14:00-15:30, meeting room Rhine / Teams"),
    ("p", "Participants: Vivian Qian (lead), Jason Lu, Kevin Gu, Wu Guilan, Xiaofeng Ji; Sabine Keller (Liestal, remote)"),
    ("p", "1. Problem description: 1,200 pinions of lot 2606-114 delivered with length 0.02 mm above tolerance."),
    ("p", "2. Containment: suspect lot quarantined at customer and in the FG warehouse."),
    ("p", "3. Root cause (preliminary): length gauge drift after recalibration on 2 July."),
    ("p", "4. Actions"),
    ("table", [["#", "Action", "Owner", "Due", "Status"],
               ["1", "Sort all stock at customer and in FG warehouse", "Jason Lu", "2026-07-16", "Open"],
               ["2", "Verify gauge R&R of the length gauge", "Kevin Gu", "17/07", "Open"],
               ["3", "Update work instruction WI-PIN-07", "Wu Guilan", "Jul 24", "Open"],
               ["4", "Inform customer of containment results", "Sabine Keller", "15.07.", "Open"],
               ["5", "Quarantine suspect lot 2606-114", "Jason Lu", "2026-07-14", "Closed"],
               ["6", "Calculate cost of poor quality for CC-2026-021", "Ji Xiaofeng", "end of July", "Open"]]),
    ("p", "5. Next 8D meeting: Tue 21 Jul 2026, 15:30."),
]


def b9614():
    h, _ = m365(S9614, VIVIAN, [SABINE, JASON, KEVIN, GUILAN, FRANK], [MARTIN, BOT],
                "CC-2026-021 8D meeting minutes 14 Jul", "9614", attach=True)
    fn = "8D_CC-2026-021_minutes_20260714.docx"
    doc = leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               data=make_docx(DOCX9614, "Vivian Qian", "8D Meeting Minutes"), cte="base64", name=fn,
               disposition='Content-Description: %s\nContent-Disposition: attachment;\n\tfilename="%s"; size=0;\n'
                           '\tcreation-date="Tue, 14 Jul 2026 08:19:40 GMT";\n\tmodification-date="Tue, 14 Jul 2026 08:19:40 GMT"' % (fn, fn))
    body = multi("mixed", [m365_alt(T9614, "9614"), doc], "_004_SEZPR06MB%s_" % hx("9614m", 20).upper())
    return deliver("B", S9614, VIVIAN[1], h, body, "9614", "SEZPR06MB5120.apcprd06.prod.outlook.com", "40.107.215.64")


case(num=9614, slug="ergolz-8d-docx-action-table-m365", kind="minutes", build=b9614,
     items=[item("陆振宇", "Sort all stock at customer and in FG warehouse", ("abs", "2026-07-16"), "2026-07-16"),
            item("顾嘉伟", "Verify gauge R&R of the length gauge", ("abs", "2026-07-17"), "17/07"),
            item("吴桂兰", "Update work instruction WI-PIN-07", ("abs", "2026-07-24"), "Jul 24"),
            item("Sabine Keller", "Inform customer of containment results", ("abs", "2026-07-15"), "15.07."),
            item("吉晓峰", "Calculate cost of poor quality for CC-2026-021", ("month_end",), "end of July")],
     followup=("abs", "2026-07-21", "15:30"),
     notes="M365 English cover mail; the action table is only inside the .docx (Action/Owner/Due/Status). Sent Tue 2026-07-14. Mixed date styles: ISO 2026-07-16, day-first '17/07' -> 2026-07-17, 'Jul 24' -> 2026-07-24, Swiss '15.07.' (-> 2026-07-15), 'end of July' -> 2026-07-31. Row 5 is Closed (status, not an item). 'Ji Xiaofeng' = 吉晓峰 (alias), 'Wu Guilan' = 吴桂兰. Sabine is external (To). 'Next 8D meeting: Tue 21 Jul 2026, 15:30' -> follow-up 2026-07-21 15:30.",
     tests="M365 + .docx 8D action table with mixed date formats (ISO, 17/07, Jul 24, 15.07., end of July); Closed row excluded")

# ------------------------------------------------------------------------------------------------ 9615
S9615 = "2026-07-30T17:45:20+08:00"
T9615 = """Hi all,

sharing the Copilot recap of today's S&OP below - I checked the tasks, they are right. Next S&OP is on 27 Aug, same slot (14:00).

Joy

________________________________
Meeting recap: S&OP August
Generated by Copilot in Microsoft Teams. AI-generated content may be incorrect.

Notes
- Demand: Liestal confirms +12% hairspring volume for Q3; Jason flagged a capacity risk on line 3 in late August.
- Supply: Joy reported alloy-wire stock covers 6 weeks; the Suzhou mill will deliver the second lot by Aug 10.
- Finance: Xiaofeng reminded everyone that the July inventory count must be closed by end of month.

Follow-up tasks
- Jason Lu will submit the overtime plan for line 3 by end of month.
- Joy Shen will place the PO for the Q4 alloy-wire quantity by Aug 7.
- Martin Baumgartner will confirm the Q3 headcount budget with Liestal by next Wednesday.

Recording and transcript are available in the meeting chat."""


def b9615():
    h, _ = m365(S9615, JOY, [JASON, MARTIN, FRANK, VIVIAN], [BOT], "FW: Meeting recap: S&OP August", "9615",
                topic="Meeting recap: S&OP August")
    body = m365_alt(T9615, "9615")
    return deliver("B", S9615, JOY[1], h, body, "9615", "SEZPR06MB2231.apcprd06.prod.outlook.com", "40.107.215.70")


case(num=9615, slug="ergolz-teams-copilot-recap-fw", kind="minutes", build=b9615,
     items=[item("陆振宇", "submit the overtime plan for line 3", ("month_end",), "by end of month"),
            item("沈佳怡", "place the PO for the Q4 alloy-wire quantity", ("abs", "2026-08-07"), "by Aug 7"),
            item("Martin Baumgartner", "confirm the Q3 headcount budget with Liestal", ("next_wd", 2), "by next Wednesday")],
     followup=("abs", "2026-08-27", "14:00"),
     notes="AI-generated minutes (Teams Copilot 'Meeting recap') forwarded by a person with a confirming preface. Only 'Follow-up tasks' are items; the 'Notes' bullets carry dates too ('by Aug 10' supplier delivery, 'by end of month' inventory count) but are facts/reminders, not tasks of anyone here. Sent Thu 2026-07-30. 'by end of month' -> 2026-07-31; 'by Aug 7' -> 2026-08-07; 'by next Wednesday' -> 2026-08-05. Preface 'Next S&OP is on 27 Aug, same slot (14:00)' -> 2026-08-27 14:00.",
     tests="Teams Copilot recap forwarded with preface: only Follow-up tasks count, Notes bullets with dates ignored; by next Wednesday; next S&OP in preface")

# ------------------------------------------------------------------------------------------------ 9616
S9616 = "2026-06-26T09:10:42+02:00"
T9616 = """Hi Vivian,

could you send me the raw Cpk data of the last three pinion lots by Tuesday? I would like to include it in the July quality review deck. No need for a call, the Excel export is fine.

Thanks and have a good weekend,
Sabine"""


def b9616():
    h, _ = gmail(S9616, SABINE, [VIVIAN], [MARTIN, BOT], "Quick request - pinion Cpk data", "9616")
    body = multi("alternative", [leaf("text/plain", T9616, "UTF-8", "7bit", csq=False),
                                 leaf("text/html", '<div dir="ltr">' + paras_html(T9616) + "</div>", "UTF-8",
                                      "quoted-printable", csq=False)],
                 "000000000000%s" % hx("9616", 16))
    return deliver("B", S9616, SABINE[1], h, body, "9616", "mail-sor-f41.google.example.com", "209.85.220.41")


case(num=9616, slug="ergolz-other-request-gmail", kind="other", build=b9616, items=[], followup=None,
     notes="A single person's request with a deadline ('by Tuesday'), bot in Cc; no meeting, no minutes -> other, no items.",
     tests="Gmail English one-line request 'by Tuesday' with the bot in Cc -> other")

# ------------------------------------------------------------------------------------------------ 9617
S9617 = "2026-08-03T07:02:09+08:00"
T9617 = """Thank you for your email. I am on annual leave from 3 Aug to 14 Aug with limited access to email.
For urgent production matters please contact Wu Guilan (wu.guilan@ergolz-tz.example.com).

Jason Lu
Production Manager, Ergolz Mikrotechnik (Taizhou)"""


def b9617():
    irt = "<mb.%s@ergolz-tz.example.com>" % hx("9615recap", 16)
    h, _ = m365(S9617, JASON, [BOT], None, "Automatic reply: Minutes: FW: Meeting recap: S&OP August", "9617",
                irt=irt, refs=None,
                extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jason.lu@ergolz-tz.example.com",
                       "X-MS-Exchange-Organization-AutoResponseSuppress: All"])
    body = m365_alt(T9617, "9617")
    return deliver("B", S9617, "", h, body, "9617", "SEZPR06MB7781.apcprd06.prod.outlook.com", "40.107.215.81")


case(num=9617, slug="auto-ooo-m365-english", kind="auto", build=b9617, items=[], followup=None,
     notes="Exchange Online 'Automatic reply:' (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop) to a bot recap; leave dates in the body are not items.",
     tests="M365 English out-of-office with Auto-Submitted + Inbox-Rules-Loop -> auto")

# ------------------------------------------------------------------------------------------------ 9618
S9618 = "2026-08-12T18:10:55+08:00"
T9618 = """各位，今天生产例会的待办如下（从Excel直接贴的）：

序号	事项	责任人	完成日期	备注
1	三号线游丝卷绕机月度点检	主责：顾嘉伟 / 配合：吴桂兰	8/14	停机2小时
2	夜班操作工增补招聘（2人）	主责：陆振宇；配合：人事	8月21日	
3	Q3扩产物料需求复核	主责：沈佳怡 / 配合：陆振宇	下周三	与Liestal预测对齐
4	车间温湿度记录电子化	主责：蒋立新	9月上旬	方案待评审
5	二号线夹头备件入库	主责：陆振宇	已完成	8/10已入库

下次例会：下周三下午5点，同一会议室。

陆振宇
生产部"""


def b9618():
    to = [EN("顾嘉伟", "顾嘉伟 Kevin Gu"), EN("吴桂兰", "吴桂兰"), EN("沈佳怡", "沈佳怡 Joy Shen"),
          EN("蒋立新", "蒋立新 Leo Jiang")]
    h, _ = outlook(S9618, EN("陆振宇", "陆振宇 Jason Lu"), to, [MARTIN, BOT], "生产例会待办 8月12日", "9618", cs="utf-8")
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=ZH-CN>'
            + paras_html(T9618.replace("\t", "    "), "p") + "</body></html>")
    body = multi("alternative", [leaf("text/plain", T9618, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "----=_NextPart_000_0042_01DD2A5B.%s" % hx("9618", 8).upper())
    return deliver("B", S9618, P("陆振宇")[1], h, body, "9618", "JASONLU-NB", "10.30.2.44")


case(num=9618, slug="ergolz-tab-paste-zhuze-peihe-outlook-utf8", kind="minutes", build=b9618,
     items=[item("顾嘉伟", "三号线游丝卷绕机月度点检", ("abs", "2026-08-14"), "8/14"),
            item("陆振宇", "夜班操作工增补招聘（2人）", ("abs", "2026-08-21"), "8月21日"),
            item("沈佳怡", "Q3扩产物料需求复核", ("next_wd", 2), "下周三"),
            item("蒋立新", "车间温湿度记录电子化", ("vague",), "9月上旬")],
     followup=("next_wd", 2, "17:00"),
     notes="Tab-separated table pasted from Excel into an Outlook UTF-8 QP mail (HTML part shows it as paragraphs). The 责任人 cell holds '主责：X / 配合：Y' -> owner is the 主责 person. Sent Wed 2026-08-12. '8/14' -> 2026-08-14; '8月21日' -> 2026-08-21; '下周三' -> 2026-08-19; '9月上旬' is a period, not a date -> vague_due (corpus rule for 中旬-type phrases). Row 5 '已完成' is status, not an item. '停机2小时' is a remark. '下次例会：下周三下午5点' -> 2026-08-19 17:00.",
     tests="Excel tab-paste with '主责：X / 配合：Y' in one cell; 8/14; 下周三; 9月上旬 -> vague; 已完成 row; 下周三下午5点 follow-up")
