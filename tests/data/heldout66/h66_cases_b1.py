"""Cases 9410-9414: Kalliste Marine Coatings (Qinzhou) Co., Ltd. (Greek-owned marine paint plant, Qinzhou, Guangxi).
English writers on Microsoft 365; HQ Kalliste Coatings S.A., Piraeus, on Google Workspace."""
from h66_common import (KQ, P, addr, addrs, ew, fmt_date, html_escape, item, message, multipart, text_part)

BOT = ("Minutes Bot", f"minutes@{KQ}")
HQ = "kalliste.example.gr"
GIORGOS = ("Giorgos Alexiou", f"giorgos.alexiou@{HQ}")
M365_RCV = ("from SEZPR04MB{n}.apcprd04.prod.outlook.com (2603:1096:101:1a3::{h}) by\n"
            " SEZPR04MB{n}.apcprd04.prod.outlook.com with HTTPS; {date}")


def en(name_key):
    """English display names as they appear in the Kalliste GAL."""
    gal = {"helen": "Helen Huang", "liangjun": "Leo Liang", "weiqp": "Autumn Wei", "molj": "Lisa Mo",
           "qinzq": "Jack Qin", "dinesh": "Dinesh Perera", "nikos": "Nikos Papadakis", "eleni": "Eleni Karagianni"}
    return gal[name_key], P(name_key)[1]


def flow(text, width=72):
    """format=flowed: wrap long lines, soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        while len(line) > width:
            cut = line.rfind(" ", indent + 1, width)
            if cut <= indent:
                break
            out.append(line[:cut + 1])
            line = " " * 0 + line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def html_lines(lines, font="Aptos, Calibri, sans-serif"):
    body = "".join(f"<div>{html_escape(ln) if ln else '<br>'}</div>\n" for ln in lines)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt;color:#000000">\n{body}</div></body></html>')


def c9410():
    date = "Mon, 13 Apr 2026 23:45:12 +0000"
    text = """Hi all,

Minutes from yesterday's weekly ops review (Mon 13 Apr, 16:00-17:15, Meeting Room 2 / Teams).
Attendees: Nikos Papadakis, Helen Huang, Dinesh Perera, Leo Liang, Autumn Wei, Lisa Mo

Summary
- March batch yield 96.4%, above the 95% target.
- Tinting machine #2 back in service after the motor replacement.
- Changmao (Anqing) asked again about the black bitumen delivery split; Autumn is on it with their purchasing.

Decisions
- Antifouling line moves to two shifts from 20 April.

AI: Leo - release the retained samples for batch AF-2603-17 to the customer lab - by EOD
AI: Autumn - confirm the zinc dust delivery date with the supplier - Thursday
AI: Dinesh - send the Changmao adhesion test plan to their QA - by Friday
AI: Lisa - update the solvent storage risk assessment - next Monday
AI: Owner TBD - get a quote for the second dust extraction unit - TBD

Next ops review: Monday 20 April, 16:00 CST.

Thanks,
Helen
"""
    alt = multipart("alternative", "_000_SEZPR04MB6613E1B2C0F94D7A3E51F0C2A4D8ASEZPR04MB6613apcp_", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html_lines(text.split("\n")), "html", "utf-8", "quoted-printable")])
    to = [en(k) for k in ("nikos", "dinesh", "liangjun", "weiqp", "molj")]
    hdrs = [("Received", M365_RCV.format(n="6613", h="8", date="Mon, 13 Apr 2026 23:45:13 +0000")),
            ("From", addr(*en("helen"), quote_ascii=True)),
            ("To", addrs(to, quote_ascii=True, sep=",\n\t")),
            ("CC", addrs([BOT], quote_ascii=True)),
            ("Subject", "Weekly ops review - minutes 13 Apr"),
            ("Thread-Topic", "Weekly ops review - minutes 13 Apr"),
            ("Thread-Index", "AdzLnYk3vQ0aZ4m2SlyQm7Xc1d0Rkg=="),
            ("Date", date),
            ("Message-ID", "<SEZPR04MB6613E1B2C0F94D7A3E51F0C2A4D8A@SEZPR04MB6613.apcprd04.prod.outlook.com>"),
            ("Accept-Language", "en-US, zh-CN"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("MIME-Version", "1.0")]
    items = [
        item("liangjun", "release the retained samples for batch AF-2603-17 to the customer lab", "today"),
        item("weiqp", "confirm the zinc dust delivery date with the supplier", "wk:3"),
        item("dinesh", "send the Changmao adhesion test plan to their QA", "wk:4"),
        item("molj", "update the solvent storage risk assessment", "nw:0"),
        item(None, "get a quote for the second dust extraction unit", None, vague=True),
    ]
    return dict(num=9410, slug="m365-en-ai-prefix-utc-date", kind="minutes",
                eml=message(hdrs, alt, crlf=True), items=items, followup=("abs:2026-04-20", "16:00"),
                notes="M365 English minutes with 'AI: Name - task - due' lines. Date is Mon 2026-04-13 23:45 +0000 = Tue "
                      "04-14 07:45 in Shanghai, so every phrase resolves from Tuesday: by EOD -> 04-14 (not 04-13); Thursday "
                      "-> 04-16; by Friday -> 04-17; next Monday -> 04-20. 'Owner TBD ... TBD' -> no_owner + vague_due. Leo/"
                      "Autumn/Lisa/Dinesh via the To display names (Leo Liang = 梁俊, Autumn Wei = 韦秋萍, Lisa Mo = 莫丽娟). "
                      "'from 20 April' is a decision. Next ops review 04-20 16:00 CST (= UTC+8).",
                tests="M365 English 'AI:' lines; +0000 Date late Monday = Tuesday in Shanghai (EOD/Thursday/next Monday); Owner TBD")


def c9411():
    date = "Wed, 20 May 2026 10:30:15 +0300"
    text = """Hi Nikos, Helen,

Thanks for the call today. Notes below so we all work from the same list.

Topic: Qinzhou plant - epoxy primer EP-410 viscosity drift

Findings
* Viscosity out of spec (high) on 3 of the last 8 batches, all made with resin lot R-2604.
* Plant thinning practice differs between shifts.
* No customer complaint so far.

Actions

1. Re-test the retained samples of resin lot R-2604 at Qinzhou QA
   Owner: Leo Liang
   Due: 22 May

2. Send me the resin supplier CoA history (Jan-May)
   Owner: Autumn Wei
   Due: 25/05

3. Update the EP-410 batch card with the new thinning limit and brief both shifts
   Owner: Dinesh
   Due: Friday 29 May

4. Decide whether to quarantine the remaining R-2604 drums
   Owner: Giorgos
   Due: 27 May

Next check-in: Thu 28 May, 10:00 Athens / 15:00 Qinzhou

Best regards,
Giorgos

--
Giorgos Alexiou
Group Technical Manager, Kalliste Coatings S.A.
Akti Miaouli 81, 185 38 Piraeus, Greece
+30 210 000 0000
"""
    html = ('<div dir="ltr">' + "".join(f"<div>{html_escape(ln) if ln else '<br>'}</div>" for ln in text.split("\n"))
            + "</div>\n")
    alt = multipart("alternative", "000000000000a1b2c3061c4f7d9e", [
        text_part(text, "plain", "UTF-8", "quoted-printable"), text_part(html, "html", "UTF-8", "quoted-printable")])
    to = [en("nikos"), en("helen")]
    cc = [en("liangjun"), en("weiqp"), en("dinesh"), BOT]
    hdrs = [("Received", "from mail-sor-f41.google.example.com (mail-sor-f41.google.example.com [209.85.220.41])\n"
                         "\tby mx.kalliste-qz.example.com (Postfix) with SMTPS id 4ZgC1m3Rk9z8nF\n"
                         "\tfor <minutes@kalliste-qz.example.com>; Wed, 20 May 2026 15:30:17 +0800 (CST)"),
            ("MIME-Version", "1.0"),
            ("From", addr(*GIORGOS)),
            ("Date", date),
            ("Message-ID", "<CAGx7Lk0pR2vN8d3QeWmZ5tXbY1sJ4hKcUo9aF6iE_8wTq0@mail.gmail.com>"),
            ("Subject", "EP-410 viscosity drift - call notes and actions"),
            ("To", addrs(to, sep=", ")),
            ("Cc", addrs(cc, sep=", ")),
            ]
    items = [
        item("liangjun", "re-test the retained samples of resin lot R-2604 at Qinzhou QA", "abs:2026-05-22"),
        item("weiqp", "send the resin supplier CoA history (Jan-May)", "abs:2026-05-25"),
        item("dinesh", "update the EP-410 batch card with the new thinning limit and brief both shifts", "abs:2026-05-29"),
        item(GIORGOS, "decide whether to quarantine the remaining R-2604 drums", "abs:2026-05-27"),
    ]
    return dict(num=9411, slug="gmail-greek-hq-owner-due-blocks-two-tz", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("abs:2026-05-28", "15:00"),
                notes="Google Workspace Gmail from the Greek parent (Date +0300, 10:30 Athens = 15:30 Shanghai, same day). "
                      "Numbered actions with indented 'Owner:'/'Due:' lines. '25/05' is DD/MM (European writer) -> 05-25. "
                      "Giorgos (the sender, not in the roster) owns #4 -> From address, department null. Dinesh = Dinesh "
                      "Perera. 'Next check-in: Thu 28 May, 10:00 Athens / 15:00 Qinzhou' -> 2026-05-28 15:00 in Asia/Shanghai "
                      "(Athens is UTC+3 in May). Findings are not items.",
                tests="Gmail from Greek HQ, +0300 Date; Owner/Due blocks; DD/MM date; next check-in in two time zones")


def c9412():
    date = fmt_date(2026, 6, 5, 18, 2, 44)
    text = """Team,

Quick notes from today's summit planning huddle (11:00, my office).

Where we are
- Venue shortlist is down to two (Boao, Haikou). Boao preferred.
- Budget cap stays at EUR 85k.
- Lisa already sent the PPE list for the plant visit.

To do
[ ] @Jack Qin - collect dealer attendance estimates from South China - by Tue
[ ] @Helen - check plant visit feasibility for 30 dealers (safety briefing, PPE) - by 12 June
[x] @Lisa - PPE list to Helen - done
[ ] @me - ask Yeyun Expo for a formal quotation - Monday
[ ] @Jack Qin - draft the dealer invitation letter (EN + CN) - next Wednesday

Let's pick it up again next Friday, same time.

E.

Eleni Karagianni
Commercial Director
Kalliste Marine Coatings (Qinzhou) Co., Ltd.
"""
    alt = multipart("alternative", "Apple-Mail=_4C1E9B7A-2F0D-4E83-9C5A-7B1D3E6F0A92", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html_lines(text.split("\n"), font="-apple-system, Helvetica Neue"), "html", "utf-8",
                  "quoted-printable")])
    hdrs = [("Return-Path", f"<eleni.karagianni@{KQ}>"),
            ("Received", "from smtpclient.apple ([10.20.3.44])\n\tby mx.kalliste-qz.example.com (Postfix) with ESMTPSA id 4ZjN8q0Tb2z5xW\n"
                         "\tfor <minutes@kalliste-qz.example.com>; Fri, 5 Jun 2026 18:02:46 +0800 (CST)"),
            ("From", addr(*en("eleni"))),
            ("Content-Type", None)]
    hdrs = [h for h in hdrs if h[1]]
    hdrs += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
             ("Subject", "Dealer summit - huddle notes 5 Jun"),
             ("Message-Id", f"<A7E2C940-1B3D-4F58-8E06-9D2C7B51F3A8@{KQ}>"),
             ("Date", date),
             ("Cc", addrs([BOT])),
             ("To", addrs([en("qinzq"), en("helen"), en("molj")], sep=",\n ")),
             ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    items = [
        item("qinzq", "collect dealer attendance estimates from South China", "wk:1"),
        item("helen", "check plant visit feasibility for 30 dealers (safety briefing, PPE)", "abs:2026-06-12"),
        item("eleni", "ask Yeyun Expo for a formal quotation", "wk:0"),
        item("qinzq", "draft the dealer invitation letter (EN + CN)", "nw:2"),
    ]
    return dict(num=9412, slug="apple-mail-checkbox-at-mentions", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("nw:4", "11:00"),
                notes="Apple Mail, Markdown-ish checkboxes with @mentions, sent Fri 2026-06-05 18:02. '[x] ... done' is status, "
                      "not an item. '@me' = the sender Eleni Karagianni. 'by Tue' (abbreviated) -> 06-09; 'by 12 June'; "
                      "'Monday' -> 06-08; 'next Wednesday' -> 06-10. 'next Friday, same time' with the huddle at 11:00 -> "
                      "2026-06-12 11:00. Jack Qin = 覃志强, Helen = 黄海燕.",
                tests="Apple Mail '[ ] @name' checklist; [x] done line; @me = sender; 'by Tue'; 'next Friday, same time'")


def c9413():
    date = fmt_date(2026, 7, 13, 21, 14, 9)
    raw = """Dear all,

Minutes of today's site meeting at Changmao (Anqing) on the dip-coating line for stud-link chain.

Present: Tan Wenbin, Wu Min, He Zhiyong (Changmao); Dinesh Perera, Leo Liang (Kalliste)

Observations
- Dry film thickness on the links ranges 180-260 um against a spec of 200 +/- 20 um; the thick end is always the lower bend where the paint drains.
- Bath temperature is not measured; the operators judge viscosity by eye.
- Touch-dry time is fine, no blocking seen in the stacks.

Actions
- Dinesh to send the revised application guideline (dip time, drain angle, thinning ratio) to Changmao by Wednesday.
- Leo to check the retained sample of batch BT-2606-04 and share the viscosity result by 16 July.
- He Zhiyong to install a thermometer at the dip tank and start logging the bath temperature twice per shift, by Thursday.
- Wu Min to re-measure DFT on 20 links from the next production lot and send the data to Dinesh within 3 working days.
- Changmao purchasing to confirm the August order split (no date agreed).

Next visit: 27 July, morning.

Best regards,
Dinesh

-- 
Dinesh Perera
Technical Service Engineer
Kalliste Marine Coatings (Qinzhou) Co., Ltd.
"""
    text = flow(raw)
    body = text_part(text, "plain", "UTF-8", "8bit", flowed=True)
    to = [("檀文斌", P("tanwb")[1]), ("吴敏", P("wumin")[1]), ("何志勇", P("hezy")[1])]
    hdrs = [("Return-Path", f"<dinesh.perera@{KQ}>"),
            ("Received", "from [192.168.31.20] (unknown [117.140.22.61])\n\tby mx.kalliste-qz.example.com (Postfix) with ESMTPSA id 4ZpS0t6Jd3z9kH;\n"
                         "\tMon, 13 Jul 2026 21:14:11 +0800 (CST)"),
            ("Message-ID", f"<5d1c2e8f-7a34-4b0e-9c61-2f8e0d3a7b19@{KQ}>"),
            ("Date", date),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "en-GB"),
            ("To", addrs(to, sep=",\n ")),
            ("Cc", addrs([en("liangjun"), en("helen"), BOT], sep=",\n ")),
            ("From", addr(*en("dinesh"))),
            ("Subject", "Site visit Changmao 13 July - minutes and actions")]
    items = [
        item("dinesh", "send the revised application guideline (dip time, drain angle, thinning ratio) to Changmao", "wk:2"),
        item("liangjun", "check the retained sample of batch BT-2606-04 and share the viscosity result", "abs:2026-07-16"),
        item("hezy", "install a thermometer at the dip tank and start logging the bath temperature twice per shift", "wk:3"),
        item("wumin", "re-measure DFT on 20 links from the next production lot and send the data to Dinesh", "wd:3"),
        item(None, "confirm the August order split", None),
    ]
    return dict(num=9413, slug="thunderbird-flowed-x-to-actions", kind="minutes",
                eml=message(hdrs, body), items=items, followup=("abs:2026-07-27", None),
                notes="Thunderbird format=flowed 8bit, 'X to <task> by <when>' sentences soft-wrapped over lines (trailing "
                      "spaces). Written by the supplier's engineer (Sri Lankan) about a visit to the customer; customer people "
                      "are owners via the To display names/roster aliases (He Zhiyong = 何志勇, Wu Min = 吴敏). Sent Mon "
                      "2026-07-13. by Wednesday -> 07-15; by 16 July; by Thursday -> 07-16; within 3 working days -> 07-16. "
                      "'Changmao purchasing' is a department of the other company -> owner null, department null, no_owner; "
                      "'no date agreed' -> no_due. 'Next visit: 27 July, morning' -> 07-27, no exact time.",
                tests="Thunderbird format=flowed wrapped 'X to …' actions; customer owners by English name; dept-only foreign owner")


def c9414():
    date = "Thu, 23 Jul 2026 09:05:37 +0000"
    notes = ["Meeting notes",
             "• Incident review: Lisa Mo presented the 17 July near-miss in the solvent store (a drum valve left open on the night shift). She said the ventilation fix should be finished by 31 July.",
             "• Customer complaints: Leo Liang reported two open complaints, both on colour shade; the lab reproduced one of them.",
             "• Training: Helen Huang noted the annual external fire drill is due; the trainer is not booked yet.",
             "• Dinesh Perera raised that the thinner recovery unit has not been serviced since February.",
             "",
             "Follow-up tasks",
             "• Lisa Mo will complete the solvent store ventilation fix and send photos by 31 July.",
             "• Leo Liang will circulate the updated complaint log by tomorrow.",
             "• Helen Huang will book the external fire drill trainer for August (date to be confirmed).",
             "• Dinesh Perera will get the thinner recovery unit serviced within two weeks."]
    text = ("Hi team,\n\nCopilot's recap of this afternoon's safety & quality review is below. I read through the tasks "
            "and they are right.\n\nNikos\n\n---- Recap generated by Copilot in Teams. AI-generated content may be "
            "incorrect. ----\nSafety & Quality monthly review | Thursday, July 23, 2026 | 14:30-15:40\n\n"
            + "\n".join(notes) + "\n")
    html = html_lines(text.split("\n"), font="Segoe UI, sans-serif")
    alt = multipart("alternative", "_000_SEZPR04MB70219F3C1A8E4B62D0F7E5A1C3B2DSEZPR04MB7021apcp_", [
        text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")])
    hdrs = [("Received", M365_RCV.format(n="7021", h="4", date="Thu, 23 Jul 2026 09:05:38 +0000")),
            ("From", addr(*en("nikos"), quote_ascii=True)),
            ("To", addrs([en(k) for k in ("helen", "liangjun", "molj", "dinesh")], quote_ascii=True)),
            ("CC", addrs([BOT], quote_ascii=True)),
            ("Subject", "Recap: Safety & Quality monthly review (23 Jul)"),
            ("Thread-Topic", "Recap: Safety & Quality monthly review (23 Jul)"),
            ("Thread-Index", "Ad0agk5aYtQ2hXbeR0i8Vn0y7Cq1ug=="),
            ("Date", date),
            ("Message-ID", "<SEZPR04MB70219F3C1A8E4B62D0F7E5A1C3B2D@SEZPR04MB7021.apcprd04.prod.outlook.com>"),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("MIME-Version", "1.0")]
    items = [
        item("molj", "complete the solvent store ventilation fix and send photos", "abs:2026-07-31"),
        item("liangjun", "circulate the updated complaint log", "days:1"),
        item("helen", "book the external fire drill trainer for August", None, vague=True),
        item("dinesh", "get the thinner recovery unit serviced", "days:14"),
    ]
    return dict(num=9414, slug="m365-teams-copilot-recap-followups", kind="minutes",
                eml=message(hdrs, alt, crlf=True), items=items, followup=None,
                notes="A Teams/Copilot AI recap pasted into an Outlook mail: only 'Follow-up tasks' count; the 'Meeting notes' "
                      "bullets repeat or mention work (ventilation by 31 July) and must not add items. Date Thu 09:05 +0000 "
                      "= 17:05 Shanghai 07-23. by 31 July; by tomorrow -> 07-24; 'date to be confirmed' -> vague_due; within "
                      "two weeks -> 07-23 + 14 = 08-06. No next meeting.",
                tests="Copilot/Teams AI recap: only Follow-up tasks count; 'within two weeks'; 'date to be confirmed'")


CASES = [c9410, c9411, c9412, c9413, c9414]
