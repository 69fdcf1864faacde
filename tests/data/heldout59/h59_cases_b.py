"""heldout59 cases 8705-8709 (Kallio Proving Ground)."""
from h59_base import BOT, E, P, case, esc, html_lines, html_table, it, nf
from h59_mime import (addr, addrs, bin_part, ew, flowed, make_pdf, message, multipart, received,
                      text_part)

KD = "kallio-heihe.example.cn"
EN = {"孙浩然": "Sun Haoran", "刘春燕": "Liu Chunyan", "王大勇": "Wang Dayong", "赵雪": "Snow Zhao"}


def PE(name):
    return (EN.get(name, name), E(name))


def c8705():
    date = "Tue, 14 Jul 2026 10:05:33 +0300"
    text = """Hi all,

Notes from this morning's sensor & data logger workshop (we met 9:00-10:00
Helsinki time, 14:00-15:00 in Heihe).

Summary
- All 12 ice-thickness sensors passed the bench test in Tampere, but two show
  drift above 3 mm after 48 h and need recalibration before they ship.
- Logger firmware v4.2 fixes the cold-start bug we saw in February.
- The forwarder says customs for the sensor shipment takes 2-3 weeks.

Action items

1) Recalibrate the two drifting ice-thickness sensors and re-run the 48 h test
   Owner: Sun Haoran
   Due: 24 July

2) Data logger firmware update (v4.2) on all field loggers
   Owner: Aino (me)
   Due: end of July

3) Customs paperwork for the sensor shipment Helsinki -> Heihe
   Owner: Snow Zhao
   Due: TBD, depends on the forwarder's booking

4) Spare parts list for the ice-penetrating radar
   Owner: TBD
   Due: 7 Aug

5) Cold-chamber test plan for the new sensor housings
   Owner: Jukka
   Due: within two weeks

Next call: same time next Tuesday.

Kiitos,
Aino

--
Aino Laaksonen
Test Engineering Manager, Kallio Proving Ground Oy
+358 40 xxx xxxx
"""
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n")[:-6])
            + '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
            'data-smartmail="gmail_signature"><div dir="ltr">Aino Laaksonen<br>Test Engineering Manager, Kallio Proving '
            'Ground Oy<br>+358 40 xxx xxxx</div></div></div>\n')
    alt = multipart("alternative", "000000000000a41e3f0653c1b7d2",
                    [text_part(text, "plain", "UTF-8", "7bit"), text_part(html, "html", "UTF-8", "7bit")])
    to = [PE("孙浩然"), PE("赵雪"), ("Jukka Heikkinen", E("Jukka Heikkinen"))]
    hs = ["Return-Path: <aino.laaksonen@kallio-pg.example.fi>", "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "mail-ej1-f51.google.com", "209.85.218.51",
                   "Tue, 14 Jul 2026 15:05:41 +0800 (CST)", "4ZvQk71cJmz6tR", BOT["kallio"]),
          "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kallio-pg.example.fi; s=google; t=1783926333;\n"
          "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject;\n"
          "        bh=Qm9ndXNCb2R5SGFzaEZvclRlc3RPbmx5MTIzNDU2Nzg5MA==; b=dGVzdA==",
          "X-Google-Smtp-Source: AGHT+IFq0bZ8Yx3VwR2sD7uK9nM4pL1oE6tA5cB2xW8yZ0hJ3kG7fV1",
          "MIME-Version: 1.0",
          "From: Aino Laaksonen <aino.laaksonen@kallio-pg.example.fi>",
          "Date: " + date,
          "Message-ID: <CAJ8sR0vPq2Lw9xT4nK7bY3mF1dZ6hQ5cV0eU8aG2iN4oM7rS5w@mail.gmail.com>",
          "Subject: Sensor & data logger workshop - notes and actions",
          "To: " + addrs(to, sep=", "),
          "Cc: Mikko Rantanen <%s>, Minutes Bot <%s>" % (E("Mikko Rantanen"), BOT["kallio"])]
    items = [
        it("孙浩然", "Recalibrate the two drifting ice-thickness sensors and re-run the 48 h test", "2026-07-24", "md:7-24"),
        it("Aino Laaksonen", "Data logger firmware update (v4.2) on all field loggers", "2026-07-31", "me"),
        it("赵雪", "Customs paperwork for the sensor shipment Helsinki -> Heihe", None, None, flags=["vague_due"]),
        it(None, "Spare parts list for the ice-penetrating radar", "2026-08-07", "md:8-7"),
        it("Jukka Heikkinen", "Cold-chamber test plan for the new sensor housings", "2026-07-28", "d:14"),
    ]
    notes = ("Google Workspace (Gmail) English notes from Finnish HQ, Date 10:05 +0300 = Tue 2026-07-14 15:05 Shanghai. Numbered "
             "actions in Owner:/Due: blocks. 'Aino (me)' -> the sender; Snow Zhao is the English alias of 赵雪. 'Due: TBD, "
             "depends on…' -> vague_due. 'Owner: TBD' -> no_owner. 'within two weeks' -> send date + 14 days = 2026-07-28. "
             "The Summary bullets are facts. 'Next call: same time next Tuesday' with the meeting time given as 14:00-15:00 in "
             "Heihe -> 2026-07-21 14:00 (Shanghai time; 9:00 Helsinki).")
    return case(8705, "kallio-owner-due-blocks-gmail", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-07-21", "14:00", "nwk:1"), notes,
                "Gmail English Owner:/Due: blocks from Finland (+0300), 'Aino (me)', Owner TBD, Due TBD, 'within two weeks', 'same time next Tuesday' with the time only in the header line (two time zones)")


def c8706():
    date = "Fri, 7 Aug 2026 16:20:48 +0800"
    raw = """Hi,

HSE monthly meeting, 7 Aug, north workshop meeting room. Present: Mikko, Haoran, Dayong, Snow, me.

Incidents: none recordable in July. One near miss on 28 Jul (a loader reversing at the lake ramp without a banksman) - investigated, closed.

Open actions
[ ] @Haoran - repair the fence at the north gate of the lake access road, the cattle got onto the track again on Tuesday, EOD today
[ ] @Dayong - fire extinguisher inspection tags for the workshop and both garages, by Wednesday
[x] @Snow - insurance renewal paid (done 3 Aug)
[ ] @Mikko - sign off the revised emergency response plan, Monday 10 Aug
[ ] @Jukka (me) - toolbox talk on heat stress for the summer construction crew, before next Fri
[ ] nobody yet - contractor induction video with Chinese subtitles, ASAP

Reminder: hard hats and hi-vis are mandatory on the construction site, visitors included.

Next HSE meeting: first Friday of September as usual.

Jukka
--
Jukka Heikkinen | HSE Manager | Kallio Proving Ground (Heihe)
"""
    body = flowed(raw)
    part = text_part(body, "plain", "UTF-8", "7bit", params="; format=flowed")
    hs = ["Return-Path: <jukka.heikkinen@%s>" % KD, "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "[192.168.20.45]", "192.168.20.45", date + " (CST)", "4ZxFv02HnTz1pL", BOT["kallio"]),
          "Message-ID: <7c1e4b2a-9f3d-4e8a-b6c5-2d0f1a8e3b97@%s>" % KD,
          "Date: " + date,
          "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird",
          "Content-Language: en-GB",
          "To: " + addrs([("Mikko Rantanen", E("Mikko Rantanen")), PE("孙浩然"), PE("王大勇"), PE("赵雪")], sep=", "),
          "Cc: Minutes Bot <%s>" % BOT["kallio"],
          "From: Jukka Heikkinen <jukka.heikkinen@%s>" % KD,
          "Subject: HSE monthly - actions (Aug)"]
    items = [
        it("孙浩然", "Repair the fence at the north gate of the lake access road", "2026-08-07", "today"),
        it("王大勇", "Fire extinguisher inspection tags for the workshop and both garages", "2026-08-12", "wk:2"),
        it("Mikko Rantanen", "Sign off the revised emergency response plan", "2026-08-10", "md:8-10"),
        it("Jukka Heikkinen", "Toolbox talk on heat stress for the summer construction crew", "2026-08-14", "nwk:4"),
        it(None, "Contractor induction video with Chinese subtitles", None, None, flags=["vague_due"]),
    ]
    notes = ("Thunderbird plain text, UTF-8, format=flowed (long action lines are soft-wrapped with trailing spaces). Sent "
             "Fri 2026-08-07. '[ ] @name' checklist; the '[x]' line is done -> not an item. '@Haoran … EOD today' -> "
             "2026-08-07 (EOD gives no clock time by the corpus convention); the 'on Tuesday' inside the task is context, not a "
             "deadline. 'by Wednesday' -> 2026-08-12; 'Monday 10 Aug' -> 08-10; 'before next Fri' -> 2026-08-14; 'nobody yet' "
             "+ ASAP -> [no_owner, vague_due]. The near miss and the hard-hat reminder are not items. 'Next HSE meeting: first "
             "Friday of September as usual' has no time; AMBIGUOUS: it is a computable date (2026-09-04) and most readers would "
             "record it, so next_followup is 2026-09-04 without time.")
    return case(8706, "kallio-checklist-at-owner-thunderbird-flowed", "minutes", message(hs, part, mime_version=False), items,
                nf("2026-09-04", None, "abs:2026-09-04"), notes,
                "Thunderbird format=flowed '[ ] @name - task, due' checklist with a done [x] line, EOD today, by Wednesday, before next Fri, nobody yet + ASAP; 'first Friday of September'")


def c8707():
    date = "Thu, 4 Jun 2026 20:40:15 +0300"
    text = """Hi team,

Quick notes from today's budget meeting with the board here in Helsinki, so nothing gets lost while I'm away.

- Boiler: the board accepts replacement instead of repair, capex up to 160k RMB.
- Winter season price list +4% for 2026/27, Jingbo keeps last year's price (multi-year deal).

Actions:
- Haoran to send the revised track construction schedule to Aino by Monday.
- Snow to book the auditors for the half-year close within 2 business days.
- Spring to confirm with Jingbo whether they still want the handling track in January, before the Dragon Boat holiday.
- Mikko (me) to sign the boiler contract on 15 June when I'm back in Heihe.

Mikko

Sent from my iPad"""
    part = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = ["Return-Path: <mikko.rantanen@%s>" % KD, "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "smtpclient.apple", "85.76.34.112", "Fri, 05 Jun 2026 01:40:22 +0800 (CST)",
                   "4ZcW7t5qLpz3mN", BOT["kallio"]),
          "From: Mikko Rantanen <mikko.rantanen@%s>" % KD,
          "Content-Type: text/plain;\n\tcharset=utf-8",
          "Content-Transfer-Encoding: quoted-printable",
          "Mime-Version: 1.0 (1.0)",
          "Subject: Board budget meeting - notes",
          "Date: " + date,
          "Message-Id: <8E4B1C7A-3D2F-4A95-B1E6-0C9D7F2A5E31@%s>" % KD,
          "To: " + addrs([PE("孙浩然"), PE("赵雪"), PE("刘春燕"), ("Aino Laaksonen", E("Aino Laaksonen"))], sep=", "),
          "Cc: Minutes Bot <%s>" % BOT["kallio"],
          "X-Mailer: iPad Mail (22F76)"]
    body = part["body"]
    items = [
        it("孙浩然", "Send the revised track construction schedule to Aino", "2026-06-08", "wk:0"),
        it("赵雪", "Book the auditors for the half-year close", "2026-06-09", "wd:2"),
        it("刘春燕", "Confirm with Jingbo whether they still want the handling track in January", "2026-06-18", "beforehol"),
        it("Mikko Rantanen", "Sign the boiler contract", "2026-06-15", "md:6-15"),
    ]
    notes = ("iPad Mail (Apple) single text/plain QP from the GM travelling in Helsinki: Date Thu 20:40 +0300 = Fri 2026-06-05 "
             "01:40 in Shanghai. 'X to …' action lines. 'by Monday' -> 2026-06-08 under either reading. AMBIGUOUS: 'within 2 "
             "business days' counted from the Shanghai date (Fri 06-05) gives 06-08, 06-09 -> 2026-06-09; from the writer's "
             "Thursday it would be 06-08. Gold follows the rule (convert to Asia/Shanghai first). 'before the Dragon Boat "
             "holiday' (06-19..21) -> last working day 2026-06-18. 'Mikko (me) … on 15 June' -> 06-15. Board decisions are not "
             "items. No next meeting.")
    return case(8707, "kallio-x-to-helsinki-evening-ipad", "minutes",
                message(hs, {"head": "", "body": body, "charset": "ascii"}, mime_version=False).replace(b"\n\n\n", b"\n\n", 1),
                items, None, notes,
                "iPad Mail text/plain QP sent 20:40 +0300 = next day in Shanghai: 'within 2 business days' (AMBIGUOUS, Shanghai rule), 'before the Dragon Boat holiday', 'Mikko (me)', decisions not items")


def c8708():
    date = "Mon, 13 Apr 2026 11:26:09 +0800"
    rows = [["No.", "Action / 事项", "Owner / 负责人", "Due / 截止", "Status / 状态"],
            ["1", "Send track availability calendar for Jan–Feb 2027 发送2027年1-2月场地档期表", "Spring Liu", "2026/4/17", "Open"],
            ["2", "Provide vehicle list and test matrix 提供车辆清单及试验矩阵", "韩振宇（镜泊）", "2026/4/24", "Open"],
            ["3", "Quote for 8 heated garage bays 8个加热车位报价", "Snow Zhao", "2026/4/20", "Open"],
            ["4", "NDA signed 保密协议签署", "Both / 双方", "2026/4/10", "Done 已完成"],
            ["5", "Site visit for the Jingbo test team 镜泊试验团队现场考察", "Haoran", "TBD（镜泊确认日期）", "Open"],
            ["6", "Confirm insurance requirements for prototype vehicles 确认样车保险要求", "镜泊法务", "2026/5/8", "Open"]]
    intro = ("Dear all / 各位好，\n\nThanks for joining the kick-off call this morning. Minutes and action list below "
             "(pasted from our tracker). 以下为今天上午启动会纪要及行动项，请查收。\n\nKey points / 要点\n"
             "- Jingbo plans 2 test blocks: 5–30 Jan (ADAS on snow) and 1–26 Feb (cold start + HVAC). 镜泊计划两个试验时段。\n"
             "- 4 prototype vehicles + 1 benchmark per block. 每个时段4台样车+1台对标车。\n"
             "- Jingbo needs the handling track exclusively on Tuesdays and Thursdays. 周二、周四需独占操稳路。\n")
    outro = ("\nNext call / 下次会议：Monday 27 April, 10:00 Beijing time / 4月27日（周一）上午10:00，Teams。\n\n"
             "Best regards / 此致\nLiu Chunyan (Spring) 刘春燕\nCustomer Programs | Kallio Proving Ground (Heihe)\n")
    ptable = "\n".join("\t".join(r) for r in rows)
    text = intro + "\n" + ptable + "\n" + outro
    xl = ['<table border=0 cellpadding=0 cellspacing=0 width=812 style=\'border-collapse:collapse;width:610pt\'>']
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        xl.append(" <tr height=19 style='height:14.25pt'>" + "".join(
            "\n  <td class=%s style='border:.5pt solid windowtext'%s>%s</td>" % (
                cls, " x:str" if j == 3 else "", esc(c)) for j, c in enumerate(r)) + "\n </tr>")
    xl.append("</table>")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<style><!-- .xl65 {mso-style-parent:style0; font-size:10.0pt; mso-number-format:"\\@";} .xl66 {font-weight:700; '
            'background:#D9E1F2;} --></style></head><body lang=ZH-CN><div class=WordSection1>\n'
            + html_lines(intro, outlook=True, font="等线") + "\n" + "\n".join(xl) + "\n"
            + html_lines(outro, outlook=True, font="等线") + "\n</div></body></html>")
    alt = multipart("alternative", "----=_NextPart_000_0041_01DCCB0C.7A3E52D0",
                    [text_part(text, "plain", "utf-8", "base64", crlf=True),
                     text_part(html, "html", "utf-8", "quoted-printable", crlf=True)])
    han = ("韩振宇", "hanzy@jingbo-auto.example.cn")
    hs = ["Return-Path: <liucy@%s>" % KD, "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "SPRING-LT", "10.20.1.58", date + " (CST)", "4ZJrKc0w9bz4vD", BOT["kallio"]),
          "From: " + addr("Liu Chunyan (Spring)", E("刘春燕")),
          "To: " + addrs([han, ("Mikko Rantanen", E("Mikko Rantanen")), PE("赵雪"), PE("孙浩然")]),
          "Cc: " + addrs([("镜泊汽研 法务 宋琳", "songlin@jingbo-auto.example.cn"), ("Minutes Bot", BOT["kallio"])]),
          "Subject: " + ew("Jingbo winter program kick-off – minutes / 镜泊冬季试验项目启动会纪要"),
          "Date: " + date,
          "Message-ID: <004101dccb0c$7a3e52d0$6ebaf870$@%s>" % KD,
          "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdzLDHo+Ugu1bS0zQnqC5O8yJ2w5Fw==",
          "Content-Language: en-us"]
    items = [
        it("刘春燕", "Send track availability calendar for Jan–Feb 2027", "2026-04-17", "abs:2026-04-17"),
        it(han, "Provide vehicle list and test matrix", "2026-04-24", "abs:2026-04-24"),
        it("赵雪", "Quote for 8 heated garage bays", "2026-04-20", "abs:2026-04-20"),
        it("孙浩然", "Site visit for the Jingbo test team", None, None, flags=["vague_due"]),
        it(None, "Confirm insurance requirements for prototype vehicles", "2026-05-08", "abs:2026-05-08"),
    ]
    notes = ("Outlook (utf-8, plain base64 + HTML QP) bilingual minutes with an action table pasted from Excel (x:str cells, "
             "dates as 2026/4/17). Sent Mon 2026-04-13, the week after Qingming. Row 4 'Done 已完成' is status. Row 2 owner is "
             "the customer's 韩振宇, resolved from To (not in the roster). Row 5 'TBD（镜泊确认日期）' -> vague_due. Row 6 '镜泊法务' "
             "is a customer department (宋琳 is in Cc, but the row names the department, not her) -> owner null, department "
             "null, no_owner; AMBIGUOUS: a reader could assign 宋琳. Key points are facts. Next call 'Monday 27 April, 10:00 "
             "Beijing time' -> 2026-04-27 10:00.")
    return case(8708, "kallio-excel-paste-bilingual-outlook", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-04-27", "10:00", "md:4-27"), notes,
                "Outlook bilingual minutes with an Excel-pasted action table (2026/4/17 dates, Done row), external owner from To, customer-department owner, TBD date, Beijing-time next call")


def c8709():
    date = "Tue, 18 Aug 2026 06:02:55 +0000"
    lines = ["# Kallio Proving Ground (Heihe) - Track Walkdown Minutes",
             "Date: 17 August 2026, 09:00-11:30    Location: lake track, ramp and north workshop",
             "Participants: Jukka Heikkinen (HSE, chair), Sun Haoran (Track Ops), Wang Dayong (Facilities),",
             "Qu Jianjun (site manager, Longjiang Build - civil contractor)",
             "",
             "1. Observations",
             "1.1 Guard rail at the lake ramp damaged over ~6 m (impact, probably the July loader incident).",
             "1.2 Construction traffic crosses the customer parking area twice a day.",
             "1.3 Ice-cutting equipment delivered, no method statement on site.",
             "",
             "2. Decisions",
             "2.1 No construction traffic through the customer parking area from 1 September.",
             "2.2 Ramp closed to vehicles until the guard rail is replaced.",
             "",
             "3. Actions",
             "No. | Action | Owner | Due",
             "3.1 | Replace the damaged guard rail at the lake ramp | Wang Dayong | 21 Aug 2026",
             "3.2 | Submit the revised construction traffic plan | Sun Haoran | 20 Aug 2026",
             "3.3 | Provide method statements for the ice-cutting equipment | Longjiang Build | 31 Aug 2026",
             "3.4 | Close out the walkdown findings in the HSE log | J. Heikkinen | Fri 28 Aug",
             "",
             "Next walkdown: 15 September 2026, 09:00, meet at the north workshop.",
             "",
             "Minutes: J. Heikkinen    Distribution: participants, M. Rantanen"]
    pdf = make_pdf(lines)
    text = ("Hi all,\r\n\r\nPlease find attached the minutes of yesterday's track walkdown. Actions are in section 3; "
            "Mr. Qu has a copy too.\r\n\r\nBr,\r\nJukka\r\n")
    html = ('<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\r\n</head>\r\n'
            '<body dir="ltr">\r\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt;">'
            'Hi all,<br><br>Please find attached the minutes of yesterday\'s track walkdown. Actions are in section 3; '
            'Mr. Qu has a copy too.<br><br>Br,<br>Jukka</div>\r\n</body>\r\n</html>\r\n')
    alt = multipart("alternative", "_000_SEZPR06MB6941E2B7D3A5C0F19B46D8A4C3E12SEZPR06MB6941apcp_",
                    [text_part(text, "plain", "us-ascii", "quoted-printable"),
                     text_part(html, "html", "us-ascii", "quoted-printable")])
    att = bin_part(pdf, "application/pdf", "Track walkdown minutes 2026-08-17.pdf",
                   extra_headers=("Content-ID: <F3B1A2C4D5E6F708@apcprd06.prod.outlook.com>",))
    root = multipart("mixed", "_004_SEZPR06MB6941E2B7D3A5C0F19B46D8A4C3E12SEZPR06MB6941apcp_", [alt, att])
    hs = ["Return-Path: <jukka.heikkinen@%s>" % KD, "Delivered-To: %s" % BOT["kallio"],
          received("mx.%s" % KD, "SEZPR06CU001.outbound.protection.outlook.com", "52.101.128.71",
                   "Tue, 18 Aug 2026 14:03:01 +0800 (CST)", "4b0Qn83WvXz2Kp", BOT["kallio"]),
          "From: Jukka Heikkinen <jukka.heikkinen@%s>" % KD,
          "To: " + addrs([PE("王大勇"), PE("孙浩然"), ("Qu Jianjun", "qujj@longjiang-build.example.cn")], sep=",\n\t"),
          "CC: Mikko Rantanen <%s>,\n\tMinutes Bot <%s>" % (E("Mikko Rantanen"), BOT["kallio"]),
          "Subject: Track walkdown 17 Aug - minutes attached",
          "Thread-Topic: Track walkdown 17 Aug - minutes attached",
          "Thread-Index: AQHdD1x3c0Jq9m1vV0G3yB2u6r8wTQ==",
          "Date: " + date,
          "Message-ID: <SEZPR06MB6941E2B7D3A5C0F19B46D8A4C3E12@SEZPR06MB6941.apcprd06.prod.outlook.com>",
          "Accept-Language: en-GB, zh-CN", "Content-Language: en-GB", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:",
          "MIME-Version: 1.0"]
    items = [
        it("王大勇", "Replace the damaged guard rail at the lake ramp", "2026-08-21", "abs:2026-08-21"),
        it("孙浩然", "Submit the revised construction traffic plan", "2026-08-20", "abs:2026-08-20"),
        it(None, "Provide method statements for the ice-cutting equipment", "2026-08-31", "abs:2026-08-31"),
        it("Jukka Heikkinen", "Close out the walkdown findings in the HSE log", "2026-08-28", "abs:2026-08-28"),
    ]
    notes = ("Microsoft 365 mail (Date 06:02 +0000 = Tue 2026-08-18 14:02 Shanghai) whose body is a cover note; the minutes "
             "are in a PDF attachment (reportlab, text extractable) with a pipe-separated action table. 3.3 owner is the "
             "contractor company 'Longjiang Build' -> owner null, department null, no_owner (Mr. Qu is in To but the row names "
             "the firm). 3.4 'J. Heikkinen' = Jukka; 'Fri 28 Aug' -> 2026-08-28. Observations and decisions are not items. "
             "Next walkdown 15 September 2026, 09:00 -> 2026-09-15 09:00.")
    return case(8709, "kallio-pdf-walkdown-m365", "minutes", message(hs, root, mime_version=False), items,
                nf("2026-09-15", "09:00", "abs:2026-09-15"), notes,
                "M365 cover note + PDF minutes (pipe table in the PDF text): contractor-firm owner -> no_owner, 'J. Heikkinen' initial form, decisions/observations skipped, next walkdown in the PDF")


CASES = [c8705, c8706, c8707, c8708, c8709]
