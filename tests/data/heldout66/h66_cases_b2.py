"""Cases 9415-9418: Kalliste Marine Coatings (Qinzhou) (continued): forwarded HQ minutes, a request, an NDR, PDF minutes."""
from h66_common import (KQ, P, addr, addrs, attachment, fmt_date, item, make_pdf, message, multipart, text_part)
from h66_cases_b1 import BOT, HQ, GIORGOS, M365_RCV, en, html_lines

MARIA = ("Maria Vlachou", f"maria.vlachou@{HQ}")


def c9415():
    date = "Tue, 04 Aug 2026 02:12:51 +0000"
    text = """Nikos, Jack, Helen,

FYI, minutes of yesterday's group commercial call. Items 2 and 4 land on us: Jack please take #2, Helen #4. I copied the bot so we track all of them.

Eleni

________________________________
From: Maria Vlachou <maria.vlachou@kalliste.example.gr>
Sent: Monday, August 3, 2026 5:40 PM
To: Eleni Karagianni <eleni.karagianni@kalliste-qz.example.com>; Sales Directors <sales-directors@kalliste.example.gr>
Cc: Giorgos Alexiou <giorgos.alexiou@kalliste.example.gr>
Subject: Group commercial call 3 Aug - minutes

Dear all,

Minutes of today's group commercial call (3 Aug, 11:00-12:00 Athens).

1. Share the 2027 price list template with all regions - Maria - 14 August
2. Submit the Asia dealer summit budget for approval - Qinzhou - by Friday
3. Circulate the EP-410 technical bulletin - Giorgos - end of August
4. Confirm local stock of antifouling AF-77 for the Q4 dry-dock season - Qinzhou - 12 Aug

Next call: Monday 7 September, same time.

Kind regards,
Maria Vlachou
Group Marketing, Kalliste Coatings S.A.
"""
    alt = multipart("alternative", "_000_SEZPR04MB58127C0E9A3B41F6D2E8A05B7C1F4SEZPR04MB5812apcp_", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html_lines(text.split("\n")), "html", "utf-8", "quoted-printable")])
    hdrs = [("Received", M365_RCV.format(n="5812", h="2", date="Tue, 4 Aug 2026 02:12:52 +0000")),
            ("From", addr(*en("eleni"), quote_ascii=True)),
            ("To", addrs([en("nikos"), en("qinzq"), en("helen")], quote_ascii=True)),
            ("CC", addrs([BOT], quote_ascii=True)),
            ("Subject", "FW: Group commercial call 3 Aug - minutes"),
            ("Thread-Topic", "Group commercial call 3 Aug - minutes"),
            ("Thread-Index", "AQHdI0V0c2Zf3a8mSkaQ1y0zRm2hGrRvN8vA"),
            ("Date", date),
            ("Message-ID", "<SEZPR04MB58127C0E9A3B41F6D2E8A05B7C1F4@SEZPR04MB5812.apcprd04.prod.outlook.com>"),
            ("References", "<AM9PR03MB71405D2E6F1A0B9C3E8D47F2A6B1C@AM9PR03MB7140.eurprd03.prod.outlook.com>"),
            ("In-Reply-To", "<AM9PR03MB71405D2E6F1A0B9C3E8D47F2A6B1C@AM9PR03MB7140.eurprd03.prod.outlook.com>"),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("MIME-Version", "1.0")]
    items = [
        item(MARIA, "share the 2027 price list template with all regions", "abs:2026-08-14"),
        item("qinzq", "submit the Asia dealer summit budget for approval", "wk:4"),
        item(GIORGOS, "circulate the EP-410 technical bulletin", "me"),
        item("helen", "confirm local stock of antifouling AF-77 for the Q4 dry-dock season", "abs:2026-08-12"),
    ]
    return dict(num=9415, slug="m365-forwarded-hq-minutes-preface-assigns", kind="minutes",
                eml=message(hdrs, alt, crlf=True), items=items, followup=("abs:2026-09-07", "16:00"),
                notes="AMBIGUOUS: the forwarded minutes give items 2 and 4 to 'Qinzhou' (a site, no person); the forwarder's "
                      "preface assigns them ('Jack please take #2, Helen #4'), which most readers would record, so owners are "
                      "覃志强 and 黄海燕. All four items of the forwarded minutes are kept (HQ owners Maria/Giorgos get the "
                      "addresses shown in the forwarded header block; not in the roster, department null). Forward sent Tue "
                      "2026-08-04 10:12 Shanghai: by Friday -> 08-07; end of August -> 08-31; 14 August; 12 Aug. 'Next call: "
                      "Monday 7 September, same time' = 11:00 Athens (UTC+3) = 16:00 Shanghai.",
                tests="M365 FW: of foreign HQ minutes with a preface that assigns site-owned items; owners from forwarded header; 'same time' across time zones")


def c9416():
    date = "Tue, 26 May 2026 00:15:08 +0000"
    text = ("Hi Leo,\n\nCould you send me the Q2 batch certificates for Changmao by Friday? They need them for the "
            "class society audit next week. If the AF-2604 ones are not signed yet, just tell me which are missing.\n\n"
            "Thanks,\nJack\n\nGet Outlook for Android\n")
    alt = multipart("alternative", "_000_TYZPR04MB4462B3E1A07C4F9D2A8E1C5F0B3D7TYZPR04MB4462apcp_", [
        text_part(text, "plain", "us-ascii", "quoted-printable"),
        text_part(html_lines(text.split("\n")), "html", "us-ascii", "quoted-printable")])
    hdrs = [("Received", M365_RCV.format(n="4462", h="6", date="Tue, 26 May 2026 00:15:09 +0000")),
            ("From", addr(*en("qinzq"), quote_ascii=True)),
            ("To", addr(*en("liangjun"), quote_ascii=True)),
            ("CC", addrs([BOT], quote_ascii=True)),
            ("Subject", "Q2 certificates for Changmao"),
            ("Thread-Topic", "Q2 certificates for Changmao"),
            ("Thread-Index", "AQHd7Jq1m0bWv5xS0k2u9yTQw3aRZg=="),
            ("Date", date),
            ("Message-ID", "<TYZPR04MB4462B3E1A07C4F9D2A8E1C5F0B3D7@TYZPR04MB4462.apcprd04.prod.outlook.com>"),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("MIME-Version", "1.0")]
    return dict(num=9416, slug="outlook-android-en-request", kind="other",
                eml=message(hdrs, alt, crlf=True), items=[], followup=None,
                notes="A one-to-one request from Outlook for Android with the bot copied (autocomplete habit): 'by Friday' is a "
                      "request, not meeting minutes. kind other, no items.",
                tests="English person-to-person request with 'by Friday', bot in Cc: other")


def c9417():
    date = "Fri, 24 Jul 2026 09:06:02 +0000"
    human = ("Your message to dinesh.pereira@kalliste-qz.example.com couldn't be delivered.\n\n"
             "dinesh.pereira wasn't found at kalliste-qz.example.com.\n\n"
             "minutes     Office 365     dinesh.pereira\nAction Required                 Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of "
             "the following:\n- Retype the recipient's address, then resend the message.\n\n"
             "Original Message Details\nCreated Date:    7/24/2026 9:05:58 AM\nSender Address:  minutes@kalliste-qz.example.com\n"
             "Recipient Address:  dinesh.pereira@kalliste-qz.example.com\nSubject:   Minutes recorded: Recap: Safety & Quality "
             "monthly review (23 Jul) - 4 items, please object by 18:00 today\n\n"
             "Error Details\nReported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    status = ("Reporting-MTA: dns;SEZPR04MB7021.apcprd04.prod.outlook.com\n"
              "Received-From-MTA: dns;mx.kalliste-qz.example.com\n"
              "Arrival-Date: Fri, 24 Jul 2026 09:05:59 +0000\n\n"
              "Final-Recipient: rfc822;dinesh.pereira@kalliste-qz.example.com\n"
              "Action: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    orig = ("From: Minutes Bot <minutes@kalliste-qz.example.com>\n"
            "To: dinesh.pereira@kalliste-qz.example.com\n"
            "Subject: Minutes recorded: Recap: Safety & Quality monthly review (23 Jul) - 4 items,\n"
            " please object by 18:00 today\n"
            "Date: Fri, 24 Jul 2026 09:05:58 +0000\n"
            "Message-ID: <r.202607241705.9e1f3c0a7b@kalliste-qz.example.com>\n"
            "In-Reply-To: <SEZPR04MB70219F3C1A8E4B62D0F7E5A1C3B2D@SEZPR04MB7021.apcprd04.prod.outlook.com>\n"
            "Auto-Submitted: auto-generated\n")
    b = "8e1b2c7d-3f40-4a59-b6e1-0c9d2a7f5e31"
    body = (f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"\n\n'
            f"--{b}\n" + text_part(human, "plain", "us-ascii", "7bit") +
            f"\n--{b}\nContent-Type: message/delivery-status\n\n{status}"
            f"\n--{b}\nContent-Type: text/rfc822-headers\n\n{orig}\n--{b}--\n")
    hdrs = [("Received", M365_RCV.format(n="7021", h="4", date="Fri, 24 Jul 2026 09:06:02 +0000")),
            ("From", "Microsoft Outlook <postmaster@kalliste-qz.example.com>"),
            ("To", f"<minutes@{KQ}>"),
            ("Date", date),
            ("Content-Language", "en-US"),
            ("Message-ID", "<7c2a1e90-5d3b-4f86-a0e4-91b8c6d2f735@SEZPR04MB7021.apcprd04.prod.outlook.com>"),
            ("In-Reply-To", f"<r.202607241705.9e1f3c0a7b@{KQ}>"),
            ("References", f"<r.202607241705.9e1f3c0a7b@{KQ}>"),
            ("Subject", "Undeliverable: Minutes recorded: Recap: Safety & Quality monthly review (23 Jul) - 4\n items, please object by 18:00 today"),
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("MIME-Version", "1.0")]
    return dict(num=9417, slug="m365-ndr-recipient-not-found", kind="auto",
                eml=message(hdrs, body, crlf=True), items=[], followup=None,
                notes="Exchange Online non-delivery report (multipart/report; report-type=delivery-status, 5.1.10) for the bot's "
                      "recap sent to a misspelled address. From postmaster, 'Undeliverable:' subject, the original subject "
                      "mentions items and a deadline: kind auto.",
                tests="Exchange Online NDR multipart/report with delivery-status and rfc822-headers")


def c9418():
    date = "Wed, 12 Aug 2026 09:30:41 +0000"
    pdf = make_pdf([
        "# Kalliste Marine Coatings (Qinzhou) Co., Ltd. - Management Meeting Minutes",
        "Date: 12 August 2026, 10:00-11:45    Venue: Board room, Qinzhou plant",
        "Chair: Nikos Papadakis    Minutes: Helen Huang",
        "Present: N. Papadakis, E. Karagianni, H. Huang, L. Liang, A. Wei, L. Mo, J. Qin, D. Perera",
        "",
        "# 1. July results",
        "Sales volume 412 t (budget 398 t). Antifouling share 38%. Two shade complaints still open.",
        "",
        "# 2. Decisions",
        "- AF-77 list price +4% from 1 September 2026 (all regions except Greece).",
        "- Overtime on the antifouling line continues until the end of September.",
        "",
        "# 3. Action items",
        "No. | Action | Owner | Due",
        "1 | Submit the H2 capex list with three quotes per item | Helen Huang | 21 Aug",
        "2 | Renew the hazardous chemicals operating permit | Lisa Mo | end of month",
        "3 | Close the two open shade complaints | Leo Liang | within 3 business days",
        "4 | Negotiate the 2027 zinc dust contract | Autumn Wei | 2026-09-15",
        "5 | Dealer summit Boao: final programme | Eleni Karagianni | TBD",
        "",
        "# 4. Next meeting",
        "Wednesday 9 September 2026, 10:00, board room.",
    ], "Management Meeting Minutes 12 Aug 2026", "Helen Huang")
    text = ("Dear all,\n\nPlease find attached the minutes of today's management meeting. The action items are in "
            "section 3.\n\nBest regards,\nHelen\n\nHelen Huang | Operations Manager\n"
            "Kalliste Marine Coatings (Qinzhou) Co., Ltd.\n")
    alt = multipart("alternative", "_000_SEZPR04MB6613D2A9E0C14B7F3A61E8C0D5B2FSEZPR04MB6613apcp_", [
        text_part(text, "plain", "us-ascii", "quoted-printable"),
        text_part(html_lines(text.split("\n")), "html", "us-ascii", "quoted-printable")])
    mixed = multipart("mixed", "_004_SEZPR04MB6613D2A9E0C14B7F3A61E8C0D5B2FSEZPR04MB6613apcp_", [
        alt, attachment(pdf, "application/pdf", "MGMT-minutes-2026-08-12.pdf")])
    hdrs = [("Received", M365_RCV.format(n="6613", h="8", date="Wed, 12 Aug 2026 09:30:43 +0000")),
            ("From", addr(*en("helen"), quote_ascii=True)),
            ("To", addrs([en(k) for k in ("nikos", "eleni", "liangjun", "weiqp", "molj", "qinzq", "dinesh")],
                         quote_ascii=True)),
            ("CC", addrs([BOT], quote_ascii=True)),
            ("Subject", "Management meeting minutes 12 Aug"),
            ("Thread-Topic", "Management meeting minutes 12 Aug"),
            ("Thread-Index", "Ad0qJ6m1zW0b3eYtQ9Ce5f2Sx8kH0A=="),
            ("Date", date),
            ("Message-ID", "<SEZPR04MB6613D2A9E0C14B7F3A61E8C0D5B2F@SEZPR04MB6613.apcprd04.prod.outlook.com>"),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", "yes"),
            ("MIME-Version", "1.0")]
    items = [
        item("helen", "submit the H2 capex list with three quotes per item", "abs:2026-08-21"),
        item("molj", "renew the hazardous chemicals operating permit", "me"),
        item("liangjun", "close the two open shade complaints", "wd:3"),
        item("weiqp", "negotiate the 2027 zinc dust contract", "abs:2026-09-15"),
        item("eleni", "dealer summit Boao: final programme", None, vague=True),
    ]
    return dict(num=9418, slug="m365-pdf-attachment-minutes", kind="minutes",
                eml=message(hdrs, mixed, crlf=True), items=items, followup=("abs:2026-09-09", "10:00"),
                notes="The minutes are only in the PDF attachment (reportlab, text extractable); the body points to section 3. "
                      "Date 09:30 +0000 = Wed 2026-08-12 17:30 Shanghai. 21 Aug; end of month -> 08-31; within 3 business "
                      "days -> 08-13, 08-14, 08-17 -> 08-17; 2026-09-15; TBD -> vague_due. Decisions (price +4% from 1 "
                      "September, overtime until end of September) are not items. Next meeting 2026-09-09 10:00.",
                tests="minutes only in a PDF attachment; pipe-separated action table; within 3 business days over a weekend")


CASES = [c9415, c9416, c9417, c9418]
