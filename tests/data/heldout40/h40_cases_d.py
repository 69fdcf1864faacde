# -*- coding: utf-8 -*-
"""Cases of organisation D: Brivio Coffee Machines (Suzhou), an Italian-owned plant writing English, and partners."""
from h40gold import I, case
from h40lib import (ORGS, T, Q, Leaf, Multi, P, addr, addrs, attach_leaf, build_message, email_of, html_body, hval, hx,
                    hx_upper, make_docx, render_text, rfc_date, text_leaf, thread_index, trace)

BOT_D = (ORGS["D"]["bot_name"], ORGS["D"]["bot"])
BV = "brivio-sz.example.com"
EXO_SRC = "APC01-SG2-obe.outbound.protection.outlook.com (mail-sg2apc01on2089.outbound.protection.outlook.com [40.107.215.89])"


def exo_tag(n):
    return "SG2PR06MB" + str(int(hx(n, 6), 16) % 10000).zfill(4)


def exo_hop(tag, dh):
    return (f"from {tag}.apcprd06.prod.outlook.com ([fe80::8d3:51ab:7f0e:2c19]) by\n {tag}.apcprd06.prod.outlook.com "
            f"([fe80::8d3:51ab:7f0e:2c19%4]) with mapi id 15.20.8632.025; {dh}")


def exo_mid(n):
    tag = exo_tag(n)
    return f"<{tag}{hx_upper(n * 7, 16)}@{tag}.apcprd06.prod.outlook.com>"


def people(*names):
    """English display names as in the Exchange address book."""
    disp = {"周嘉伟": "Kevin Zhou", "顾婷": "Tina Gu", "沈浩然": "Howard Shen", "陆敏": "Amy Lu", "施云飞": "Fred Shi",
            "钱佩玲": "Penny Qian", "吴晓东": "Sean Wu"}
    return [(disp.get(n, n), email_of(n)) for n in names]


def outlook_en_root(n, text, htm, cte="quoted-printable"):
    tag = exo_tag(n)
    b = f"_000_{tag}{hx_upper(n + 1, 12)}{tag[:9]}{hx_upper(n + 2, 4)}apcp_"
    return Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", cte, ct_style="quoted"),
        text_leaf(htm, "html", "utf-8", cte, ct_style="quoted")])


def exo_headers(n, dh, frm, to, cc, subject, extra=()):
    tag = exo_tag(n)
    return [
        f"From: {addr(*frm)}",
        "To: " + addrs(to, sep=",\n\t"),
        *(["CC: " + addrs(cc, sep=",\n\t")] if cc else []),
        "Subject: " + hval(subject),
        "Thread-Topic: " + hval(subject),
        f"Thread-Index: {thread_index(n)}",
        f"Date: {dh}",
        f"Message-ID:\n {exo_mid(n)}",
        *extra,
        "Accept-Language: en-US, zh-CN",
        "Content-Language: en-US",
        "X-MS-Has-Attach: " + ("yes" if "attach" in extra else ""),
        "X-MS-TNEF-Correlator: ",
        "x-ms-publictraffictype: Email",
        "MIME-Version: 1.0",
    ]


# ---------------------------------------------------------------------------
# 6826 quality review, 'AI:' lines, DD/MM dates; Outlook en
# ---------------------------------------------------------------------------
N6826 = ("Sent Mon 2026-04-13 09:35 +0800 by the Italian quality manager (Outlook, English). 'AI: owner - task - due' "
         "lines. Tina = 顾婷 'by Wednesday' -> 2026-04-15. Howard = 沈浩然 'by 17/04' is day/month (European) -> "
         "2026-04-17. Fred = 施云飞 'EOD' -> the send date 2026-04-13. Kevin = 周嘉伟 'tomorrow' -> 2026-04-14. Giulia "
         "(the writer) 'by Tuesday 14/4' -> 2026-04-14. Facts (14 returns, lot 2603-B) and the Decision (100% leak test until "
         "further notice) are not items. 'Next meeting: Monday 20 April, 9:30' -> 2026-04-20 09:30. Lorenzo Bianchi in Cc "
         "has left the company (see the bounce 6834).")


@case(6826, "quality-review-ai-lines-outlook-en", "minutes", "D", notes=N6826,
      items=[I("sort the 2603-B gaskets in stock and quarantine the suspect lot", "顾婷", ("wd", "Wed")),
             I("torque study on the flange screws (10 samples)", "沈浩然", ("abs", "2026-04-17")),
             I("ask the gasket supplier for 8D D3 containment and material certificates", "施云飞", ("today",)),
             I("add the 100% leak test to the EOL checklist, train the 2nd and 3rd shift", "周嘉伟", ("tomorrow",)),
             I("update the customer (Brivio SpA quality) on containment", "Giulia Rinaldi", ("abs", "2026-04-14", "Tue"))],
      nxt=(("abs", "2026-04-20", "Mon"), "09:30"),
      summary="5 items, next 04-20 09:30",
      tests="'AI: owner - task - due' lines; English first names via aliases; DD/MM dates (17/04, 14/4); EOD; tomorrow; decision not an item",
      client="Outlook for Microsoft 365 (Windows, en-US)", enc="multipart/alternative, UTF-8 quoted-printable")
def c6826():
    dh, t = rfc_date(2026, 4, 13, 9, 35, 20)
    blocks = [
        "Hi all,",
        "Short minutes of this morning's review on the boiler leak returns (Verona V2 line).",
        "Facts\n- 14 field returns from the EU market since March, all with leakage at the boiler flange.\n"
        "- Suspected root cause: flange gasket compression set (supplier lot 2603-B).",
        "Decision\n- Containment: 100% leak test at EOL for Verona V2 until further notice.",
        "AI: Tina - sort the 2603-B gaskets in stock and quarantine the suspect lot - by Wednesday\n"
        "AI: Howard - torque study on the flange screws (10 samples) - by 17/04\n"
        "AI: Fred - ask the gasket supplier for 8D D3 containment and material certificates - EOD\n"
        "AI: Kevin - add the 100% leak test to the EOL checklist, train the 2nd and 3rd shift - tomorrow\n"
        "AI: Giulia - update the customer (Brivio SpA quality) on containment - by Tuesday 14/4",
        "Next meeting: Monday 20 April, 9:30, QA meeting room.",
        "Thanks,\nGiulia",
        "Giulia Rinaldi\nQuality Manager\nBrivio Coffee Machines (Suzhou) Co., Ltd.",
    ]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "utf-8", lang="EN-US", font="Aptos")
    me = P("Giulia Rinaldi")
    to = people("顾婷", "沈浩然", "周嘉伟", "施云飞")
    cc_ = people("Marco Ferrante", "Luca Moretti") + [("Lorenzo Bianchi", f"lorenzo.bianchi@{BV}"), BOT_D]
    hs = trace(6826, "D", t, return_path=f"<{me[1]}>", src=EXO_SRC, more=[exo_hop(exo_tag(6826), dh)], delay=4) + \
        exo_headers(6826, dh, me, to, cc_, "Minutes - Boiler leak (field returns) quality review 13/04")
    return build_message(hs, outlook_en_root(6826, text, htm))


# ---------------------------------------------------------------------------
# 6827 production meeting before May Day: Action/Owner/Due blocks; OWA, Date in UTC, CRLF
# ---------------------------------------------------------------------------
N6827 = ("Outlook on the web, Date Thu 30 Apr 2026 09:55 +0000 = 17:55 Shanghai, the last working day before Labour Day "
         "(05-01..05-05; Sat 05-09 is a make-up working day). Stored with CRLF line ends. 1 Kevin Zhou = 周嘉伟, 'first working "
         "day after the May Day holiday' -> Wed 2026-05-06. 2 Fred Shi = 施云飞, 'within 3 working days' from Thu 04-30: "
         "05-06, 05-07, 05-08 -> 2026-05-08. 3 Davide Conti 'by Sat 9 May (it is a working day)' -> 2026-05-09. 4 'Status: "
         "closed (done 28 Apr)' -> not an item. 5 周嘉伟 'Due: TBD' -> vague_due. 'Next production meeting: Wed 6 May, 08:45' "
         "-> 2026-05-06 08:45.")


@case(6827, "production-mayday-action-blocks-owa-utc", "minutes", "D", notes=N6827,
      items=[I("prepare the line restart checklist (line 1–3) and share it in the Teams channel", "周嘉伟",
               ("after_holiday", "Labour Day")),
             I("place the PO for grinder burr spare sets", "施云飞", ("workdays", 3)),
             I("confirm overtime roster for the Saturday shift with HR", "Davide Conti", ("abs", "2026-05-09", "Sat")),
             I("update matrix with the 6 new operators", "周嘉伟", None, vague=True)],
      nxt=(("abs", "2026-05-06", "Wed"), "08:45"),
      summary="4 items (closed topic skipped), next 05-06 08:45",
      tests="Action/Owner/Due blocks; +0000 Date; first working day after May Day; within 3 working days across the holiday; make-up Saturday; closed item; TBD",
      client="Outlook on the web (Microsoft 365)", enc="multipart/alternative, UTF-8 quoted-printable; CRLF file")
def c6827():
    dh, t = rfc_date(2026, 4, 30, 9, 55, 12, tz="+0000")
    blocks = [
        "Hi all,",
        "Minutes of today's production meeting (before the May Day shutdown, 1–5 May):",
        "1. Restart plan after the holiday\n   Action: prepare the line restart checklist (line 1–3) and share it in the Teams channel\n"
        "   Owner: Kevin Zhou\n   Due: first working day after the May Day holiday",
        "2. Spare parts for the grinder line\n   Action: place the PO for grinder burr spare sets (Italy lead time 6 weeks)\n"
        "   Owner: Fred Shi\n   Due: within 3 working days",
        "3. Make-up working day (Sat 9 May)\n   Action: confirm overtime roster for the Saturday shift with HR\n"
        "   Owner: Davide Conti\n   Due: by Sat 9 May (it is a working day)",
        "4. 5S audit line 2\n   Status: closed (done 28 Apr)",
        "5. Operator certification matrix\n   Action: update matrix with the 6 new operators\n   Owner: Kevin Zhou\n   Due: TBD",
        "Next production meeting: Wed 6 May, 08:45 at the line 1 board.",
        "Br,\nKevin Zhou | Production Supervisor",
    ]
    text = render_text(blocks)
    htm = html_body("owa", blocks)
    me = ("Kevin Zhou", email_of("周嘉伟"))
    to = people("Davide Conti", "施云飞", "钱佩玲")
    cc_ = people("Marco Ferrante", "陆敏") + [BOT_D]
    hs = trace(6827, "D", t, return_path=f"<{me[1]}>", src=EXO_SRC, more=[exo_hop(exo_tag(6827), dh)], delay=5) + \
        exo_headers(6827, dh, me, to, cc_, "Production meeting minutes 30 Apr – holiday shutdown & restart")
    return build_message(hs, outlook_en_root(6827, text, htm), crlf=True)


# ---------------------------------------------------------------------------
# 6828 German supplier, Thunderbird 8bit format=flowed, +0200, 'Next sync … CEST (16:00 Beijing)'
# ---------------------------------------------------------------------------
N6828 = ("Minutes written by the German heating-element supplier in Thunderbird (plain text, format=flowed, 8bit UTF-8). "
         "Date Thu 28 May 2026 15:42 +0200 = 21:42 Shanghai, still Thursday 05-28. 1 Jonas Weber (the supplier's engineer, in "
         "Cc, not in the roster; department null) 'by 3 June' -> 2026-06-03. 2 'Owner: Fred' = 施云飞; 'by next Wednesday' "
         "-> Wednesday of the following week 2026-06-03 (the item wraps over two lines). 3 Luca = Luca Moretti 'EOD' -> the "
         "Shanghai send date 2026-05-28. 4 'No action' -> not an item. 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> "
         "2026-06-09 16:00 Shanghai.")


@case(6828, "german-supplier-thunderbird-flowed-cest", "minutes", "D", notes=N6828,
      items=[I("send the revised drawing (terminal position moved 2 mm)", name="Jonas Weber",
               email="jonas.weber@heizwerk.example.de", due=("abs", "2026-06-03")),
             I("confirm the PPAP submission level (level 3) and the date for the sample delivery", "施云飞",
               ("nextweek", "Wed")),
             I("confirm the endurance test protocol (5,000 cycles)", "Luca Moretti", ("today",))],
      nxt=(("abs", "2026-06-09", "Tue"), "16:00"),
      summary="3 items (1 supplier engineer outside the roster), next 06-09 16:00 (10:00 CEST)",
      tests="foreign supplier's minutes; +0200 Date late in the Shanghai day; format=flowed wrapped item; 'No action' line; Next sync in CEST with Beijing time",
      client="Thunderbird 128 (Windows, de-DE)", enc="text/plain only, UTF-8 8bit, format=flowed")
def c6828():
    dh, t = rfc_date(2026, 5, 28, 15, 42, 9, tz="+0200")
    text = ("Dear Amy, Fred, Luca,\n\n"
            "thank you for the call today. Please find the minutes below.\n\n"
            "Participants: Amy Lu, Fred Shi, Luca Moretti (Brivio Suzhou); Sabine Krause, \n"
            "Jonas Weber (Heizwerk)\n\n"
            "1. Drawing rev. C\n"
            "    - Heizwerk will send the revised drawing (terminal position moved 2 mm) \n"
            "by 3 June. Owner: Jonas Weber\n"
            "2. PPAP\n"
            "    - Brivio Suzhou to confirm the PPAP submission level (level 3) and the \n"
            "date for the sample delivery by next Wednesday. Owner: Fred\n"
            "3. Test protocol\n"
            "    - Luca to confirm the endurance test protocol (5,000 cycles) EOD.\n"
            "4. Pricing\n"
            "    - Price for 2026 H2 unchanged (EUR 6.85/pc). No action.\n\n"
            "Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)\n\n"
            "Best regards / Mit freundlichen Grüßen\n"
            "Sabine Krause\n"
            "Key Account Manager Asia\n"
            "Heizwerk Thermotechnik GmbH | Würzburg, Germany\n")
    leaf = text_leaf(text, "plain", "utf-8", "8bit", label="UTF-8", extra_params="; format=flowed")
    me = "sabine.krause@heizwerk.example.de"
    hs = trace(6828, "D", t, return_path=f"<{me}>",
               src="mail.heizwerk.example.de (mail.heizwerk.example.de [198.51.100.12])",
               more=[f"from [10.2.14.66] (vpn-gw.heizwerk.example.de [198.51.100.9])\n\t(Authenticated sender: "
                     f"sabine.krause)\n\tby mail.heizwerk.example.de (Postfix) with ESMTPSA id {hx_upper(68281, 10)};\n\t{dh}"],
               delay=7) + [
        f"Message-ID: <{hx(68282, 8)}-{hx(68283, 4)}-{hx(68284, 4)}-{hx(68285, 4)}-{hx(68286, 12)}@heizwerk.example.de>",
        f"Date: {dh}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE, en-GB",
        "To: Amy Lu <min.lu@brivio-sz.example.com>, Fred Shi <yunfei.shi@brivio-sz.example.com>,\n"
        " Luca Moretti <luca.moretti@brivio-sz.example.com>",
        "Cc: Jonas Weber <jonas.weber@heizwerk.example.de>, minutes@brivio-sz.example.com",
        f"From: Sabine Krause <{me}>",
        "Subject: " + hval("Minutes: Heating element HE-2200 – PPAP and drawing rev. C (28.05.)"),
        "Organization: Heizwerk Thermotechnik GmbH",
    ]
    return build_message(hs, leaf)


# ---------------------------------------------------------------------------
# 6829 HQ (Brescia) call notes, Apple Mail, +0200; 'next Friday' lands on Dragon Boat
# ---------------------------------------------------------------------------
N6829 = ("Call notes from the Italian parent company (Apple Mail, English). Date Wed 10 Jun 2026 12:10 +0200 = 18:10 "
         "Shanghai, Wednesday. 1 Marco 'by end of month' -> 2026-06-30. 2 Amy = 陆敏 'next Friday' -> by the set's rule "
         "(next X = X of the following calendar week) Friday 2026-06-19, which is the Dragon Boat holiday; the written date is "
         "kept, not shifted (AMBIGUOUS: some English writers mean this Friday 06-12 by 'next Friday'). 3 Davide 'no deadline, "
         "when he has the data' -> no_due. 4 'I' = the writer Alessandro Galli (outsider in the roster) 'by Monday 15 June' -> "
         "2026-06-15. H2 volumes and the September transfer are information. 'Next call: Thursday 25 June, 9:00 Italian time "
         "(15:00 in Suzhou)' -> 2026-06-25 15:00.")


@case(6829, "hq-call-notes-apple-mail-cest", "minutes", "D", notes=N6829,
      items=[I("send the updated H2 capacity plan (incl. overtime scenario)", "Marco Ferrante", ("month_end",)),
             I("quotation for the local grinder burrs from the two Chinese suppliers", "陆敏", ("nextweek", "Fri")),
             I("check whether line 3 can run the Milano compact without new fixtures", "Davide Conti"),
             I("send the transfer timeline for the grinder line", "Alessandro Galli", ("abs", "2026-06-15", "Mon"))],
      nxt=(("abs", "2026-06-25", "Thu"), "15:00"),
      summary="4 items (1 no date, 'I' = writer), next 06-25 15:00",
      tests="parent-company English notes; +0200; by end of month; 'next Friday' falling on a holiday; 'no deadline'; I = sender; next call in Italian time",
      client="Apple Mail (macOS, Italy)", enc="multipart/alternative, UTF-8 quoted-printable")
def c6829():
    dh, t = rfc_date(2026, 6, 10, 12, 10, 44, tz="+0200")
    blocks = [
        "Ciao Marco, Amy,",
        "thanks for the call. My notes:",
        "- H2 volumes: Brescia confirms 38k units for Suzhou (Verona V2 28k, Milano compact 10k).\n"
        "- The new grinder line will be transferred in September, not August.",
        "To do\n"
        "* Marco will send the updated H2 capacity plan (incl. overtime scenario) by end of month.\n"
        "* Amy: quotation for the local grinder burrs from the two Chinese suppliers, next Friday.\n"
        "* Davide to check whether line 3 can run the Milano compact without new fixtures \u2013 no deadline, when he has the data.\n"
        "* I will send the transfer timeline for the grinder line by Monday 15 June.",
        "Next call: Thursday 25 June, 9:00 Italian time (15:00 in Suzhou).",
        "A presto,\nAlessandro",
        "Alessandro Galli\nGlobal Operations \u2013 Brivio S.p.A.\nBrescia, Italy",
    ]
    text = render_text(blocks)
    htm = html_body("apple", blocks)
    b = f"Apple-Mail={hx_upper(6829, 8)}-{hx_upper(68291, 4)}-{hx_upper(68292, 4)}-{hx_upper(68293, 4)}-{hx_upper(68294, 12)}"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "quoted-printable"),
        text_leaf(htm, "html", "utf-8", "quoted-printable")])
    me = "alessandro.galli@brivio.example.it"
    hs = trace(6829, "D", t, return_path=f"<{me}>", src="mx01.brivio.example.it (mx01.brivio.example.it [192.0.2.140])",
               more=[f"from smtpclient.apple (host-82-54-17-9.retail.example.it [82.54.17.9])\n\tby mx01.brivio.example.it "
                     f"(Postfix) with ESMTPSA id {hx_upper(68295, 10)};\n\t{dh}"], delay=9) + [
        f"From: Alessandro Galli <{me}>",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
        "Subject: " + hval("Suzhou H2 capacity & new grinder line \u2013 call notes 10 June"),
        f"Message-Id: <{hx_upper(68296, 8)}-{hx_upper(68297, 4)}-{hx_upper(68298, 4)}-{hx_upper(68299, 4)}-{hx_upper(682910, 12)}@brivio.example.it>",
        f"Date: {dh}",
        "Cc: Davide Conti <davide.conti@brivio-sz.example.com>,\n minutes@brivio-sz.example.com",
        "To: Marco Ferrante <marco.ferrante@brivio-sz.example.com>,\n Amy Lu <min.lu@brivio-sz.example.com>",
        "X-Mailer: Apple Mail (2.3826.500.181.1.5)",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6830 EHS monthly meeting, bilingual table, HTML only (OWA), Date +0000
# ---------------------------------------------------------------------------
N6830 = ("Outlook on the web, a single text/html part with a bilingual table. Date Mon 15 Jun 2026 06:20 +0000 = 14:20 "
         "Shanghai, the week of Dragon Boat (06-19..06-21). 1 吴晓东 Sean Wu '6月18日' -> 2026-06-18. 2 钱佩玲 '7月10日前' -> "
         "2026-07-10. 3 顾婷 'EOD' -> the send date 2026-06-15. 4 'Closed 已完成' -> not an item. 5 '施云飞 / Fred Shi' (one "
         "person written twice) 'by Thursday' -> 2026-06-18. 6 'EHS team' is a department, not a person -> owner null, "
         "no_owner, department EHS (the plant's own EHS department; AMBIGUOUS only in that 'team' is not the roster's exact "
         "word), 'TBD' -> vague_due. The 备注 Remarks line (节前最后一次安全检查由EHS负责) is a remark, not an item. 'July meeting "
         "date TBC' -> no follow-up.")


@case(6830, "ehs-bilingual-table-owa-html-only", "minutes", "D", notes=N6830,
      items=[I("车间加装2台工业风扇，更新防暑降温物资", "吴晓东", ("abs", "2026-06-18")),
             I("组织下半年全厂消防演练，提前通知各班组", "钱佩玲", ("abs", "2026-07-10")),
             I("清洁剂SDS中文版更新", "顾婷", ("today",)),
             I("新员工劳保鞋采购", "施云飞", ("wd", "Thu")),
             I("研磨线噪音检测", dept="EHS", vague=True)],
      summary="5 items (closed row skipped, 1 team-owned), no next meeting",
      tests="HTML-only bilingual table; +0000 Date; EOD; by Thursday; 'EHS team' -> department owner; closed row; remarks line",
      client="Outlook on the web (Microsoft 365)", enc="single text/html part, UTF-8 quoted-printable")
def c6830():
    dh, t = rfc_date(2026, 6, 15, 6, 20, 31, tz="+0000")
    header = ["No.", "Topic 议题", "Action 行动项", "Owner 负责人", "Due 截止", "Status 状态"]
    rows = [
        ["1", "高温作业 Heat stress", "车间加装2台工业风扇，更新防暑降温物资 / Install 2 industrial fans in assembly, restock heat-stress kits",
         "吴晓东 Sean Wu", "6月18日", "Open"],
        ["2", "消防演练 Fire drill", "组织下半年全厂消防演练，提前通知各班组 / Organise the H2 plant-wide fire drill",
         "钱佩玲 Penny Qian", "7月10日前", "Open"],
        ["3", "化学品 Chemicals", "清洁剂SDS中文版更新 / Update the Chinese SDS for the descaling agent", "顾婷 Tina Gu", "EOD", "Open"],
        ["4", "叉车 Forklifts", "叉车司机证年审 / Forklift licence renewal", "Sean Wu", "5月30日", "Closed 已完成"],
        ["5", "劳保 PPE", "新员工劳保鞋采购 / Safety shoes for new hires", "施云飞 / Fred Shi", "by Thursday", "Open"],
        ["6", "噪音 Noise", "研磨线噪音检测 / Noise measurement at the grinder line", "EHS team", "TBD", "Open"],
    ]
    blocks = [
        "Dear all / 各位好，",
        "Below are the minutes of today's EHS monthly meeting. 以下为今天EHS月度会议纪要。",
        T(header, rows),
        "Remarks 备注：端午假期6月19日至21日，节前最后一次安全检查由EHS负责。",
        "下次会议：7月例会时间另行通知 / July meeting date TBC",
        "Best regards,\nPenny Qian 钱佩玲\nHR & Admin | Brivio Coffee Machines (Suzhou)",
    ]
    htm = html_body("owa", blocks)
    leaf = text_leaf(htm, "html", "utf-8", "quoted-printable", ct_style="quoted")
    me = ("Penny Qian", email_of("钱佩玲"))
    to = people("吴晓东", "顾婷", "施云飞", "周嘉伟")
    cc_ = people("Marco Ferrante") + [BOT_D]
    hs = trace(6830, "D", t, return_path=f"<{me[1]}>", src=EXO_SRC, more=[exo_hop(exo_tag(6830), dh)], delay=4) + \
        exo_headers(6830, dh, me, to, cc_, "EHS 月度会议纪要 / EHS monthly meeting minutes – June")
    return build_message(hs, leaf)


# ---------------------------------------------------------------------------
# 6831 8D review minutes in a .docx, Outlook en
# ---------------------------------------------------------------------------
N6831 = ("Sent Tue 2026-07-07 18:30; the minutes are in the attached .docx (section 3 Actions table), the body only points "
         "to it. 1 Howard Shen = 沈浩然 '17 July 2026' -> 2026-07-17. 2 Tina Gu = 顾婷 '3 working days' (= within 3 working "
         "days) from Tue 07-07: 07-08, 07-09, 07-10 -> 2026-07-10. 3 Fred Shi = 施云飞 'end of July' -> 2026-07-31. 4 Kevin "
         "Zhou = 周嘉伟 'after validation (TBD)' -> vague_due. 5 Giulia Rinaldi '31 July 2026' -> 2026-07-31. Status (D4) and "
         "Decisions are not items. 'Next review: Tuesday 21 July 2026, 14:00' -> 2026-07-21 14:00.")


@case(6831, "docx-8d-minutes-outlook-en", "minutes", "D", notes=N6831,
      items=[I("Validate the new gasket lot with 500-cycle thermal test", "沈浩然", ("abs", "2026-07-17")),
             I("Update the PFMEA and control plan for the boiler flange", "顾婷", ("workdays", 3)),
             I("Add change-notification clause to supplier quality agreement, get supplier signature", "施云飞",
               ("month_end",)),
             I("Release 100% EOL leak test once 3 lots pass", "周嘉伟", None, vague=True),
             I("D8 closure and team recognition", "Giulia Rinaldi", ("abs", "2026-07-31"))],
      nxt=(("abs", "2026-07-21", "Tue"), "14:00"),
      summary="5 items from the .docx table, next 07-21 14:00",
      tests="English minutes only in a .docx table; '3 working days'; 'end of July'; 'after validation (TBD)'",
      client="Outlook for Microsoft 365 (Windows, en-US)", enc="multipart/mixed: alternative UTF-8 base64 + .docx")
def c6831():
    dh, t = rfc_date(2026, 7, 7, 18, 30, 2)
    doc = make_docx([
        ("center", "Brivio Coffee Machines (Suzhou) Co., Ltd."),
        ("title", "Meeting Minutes – 8D Review, Verona V2 Boiler Leak"),
        ("normal", "Date: 7 July 2026, 14:00–15:15    Location: QA meeting room"),
        ("normal", "Chair: Giulia Rinaldi    Minute-taker: Tina Gu"),
        ("normal", "Attendees: Giulia Rinaldi, Tina Gu, Howard Shen, Kevin Zhou, Fred Shi, Luca Moretti"),
        ("heading", "1. Status"),
        ("normal", "D4 root cause confirmed: gasket compression set caused by a material change at the supplier (EPDM grade) "
                   "that was not notified to Brivio."),
        ("heading", "2. Decisions"),
        ("normal", "Permanent corrective action: switch back to the previous EPDM grade; a change-notification clause will be "
                   "added to the supplier quality agreement."),
        ("heading", "3. Actions"),
        ("heading", "4. Next review"),
        ("normal", "Tuesday 21 July 2026, 14:00"),
    ], table=(["#", "Action", "Owner", "Due"], [
        ["1", "Validate the new gasket lot with 500-cycle thermal test", "Howard Shen", "17 July 2026"],
        ["2", "Update the PFMEA and control plan for the boiler flange", "Tina Gu", "3 working days"],
        ["3", "Add change-notification clause to supplier quality agreement, get supplier signature", "Fred Shi",
         "end of July"],
        ["4", "Release 100% EOL leak test once 3 lots pass", "Kevin Zhou", "after validation (TBD)"],
        ["5", "D8 closure and team recognition", "Giulia Rinaldi", "31 July 2026"]]), table_after=9,
        title="8D Review Minutes", author="Tina Gu", font_east="Microsoft YaHei")
    blocks = ["Hi all,", "Please find attached the minutes of today's 8D review. Actions and due dates are in section 3 of "
              "the document.", "Best regards,\nGiulia"]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "utf-8", lang="EN-US", font="Aptos")
    alt = outlook_en_root(6831, text, htm, cte="base64")
    att = attach_leaf(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "8D_VeronaV2_boiler_leak_minutes_2026-07-07.docx")
    tag = exo_tag(6831)
    root = Multi('Content-Type: multipart/mixed;\n\tboundary="{b}"', f"_004_{tag}{hx_upper(68311, 12)}apcp_", [alt, att])
    me = P("Giulia Rinaldi")
    to = people("沈浩然", "顾婷", "周嘉伟", "施云飞", "Luca Moretti")
    cc_ = people("Marco Ferrante") + [BOT_D]
    hs = trace(6831, "D", t, return_path=f"<{me[1]}>", src=EXO_SRC, more=[exo_hop(tag, dh)], delay=6) + \
        exo_headers(6831, dh, me, to, cc_, "8D review minutes – Verona V2 boiler leak (D5–D7) – see attachment")
    hs = [h if not h.startswith("X-MS-Has-Attach") else "X-MS-Has-Attach: yes" for h in hs]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6832 line-walk notes from Outlook for iOS (Date +0000): tomorrow 3pm / today / by Friday / ASAP
# ---------------------------------------------------------------------------
N6832 = ("Short notes sent from Outlook for iOS; Date Wed 22 Jul 2026 04:40 +0000 = 12:40 Shanghai, Wednesday. 1 Kevin = "
         "周嘉伟 'tomorrow 3pm' -> 2026-07-23 15:00. 2 Howard = 沈浩然 'today' -> 2026-07-22, no time. 3 Tina = 顾婷 'by "
         "Friday' -> 2026-07-24. 4 Kevin 'ASAP' -> vague_due. 'No follow-up meeting, we'll check again on next week's walk' "
         "-> no next meeting.")


@case(6832, "line-walk-notes-outlook-ios-utc", "minutes", "D", notes=N6832,
      items=[I("recalibrate the torque tools at line 2 stations 4 and 7", "周嘉伟", ("tomorrow",), "15:00"),
             I("fix the leaking air coupling at line 3", "沈浩然", ("today",)),
             I("add the burr inspection step to the line 1 work instruction", "顾婷", ("wd", "Fri")),
             I("5S red tag area clean-up", "周嘉伟", None, vague=True)],
      summary="4 items, no next meeting",
      tests="plain short phone notes; +0000 Date; tomorrow 3pm; today; by Friday; ASAP; explicit 'no follow-up meeting'",
      client="Outlook for iOS", enc="multipart/alternative, UTF-8 base64")
def c6832():
    dh, t = rfc_date(2026, 7, 22, 4, 40, 9, tz="+0000")
    blocks = [
        "Quick notes from this morning's line walk (lines 1-3):",
        "1) Kevin \u2013 recalibrate the torque tools at line 2 stations 4 and 7 \u2013 tomorrow 3pm\n"
        "2) Howard \u2013 fix the leaking air coupling at line 3 \u2013 today\n"
        "3) Tina \u2013 add the burr inspection step to the line 1 work instruction \u2013 by Friday\n"
        "4) Kevin \u2013 5S red tag area clean-up \u2013 ASAP",
        "No follow-up meeting, we'll check again on next week's walk.",
        "Davide",
        "Get Outlook for iOS",
    ]
    text = render_text(blocks)
    htm = html_body("owa", blocks)
    me = P("Davide Conti")
    to = people("周嘉伟", "沈浩然", "顾婷")
    hs = trace(6832, "D", t, return_path=f"<{me[1]}>", src=EXO_SRC, more=[exo_hop(exo_tag(6832), dh)], delay=4) + \
        exo_headers(6832, dh, me, to, [BOT_D], "Line walk notes")
    return build_message(hs, outlook_en_root(6832, text, htm, cte="base64"))


# ---------------------------------------------------------------------------
# 6833 other: a plain request with the bot in Cc by habit
# ---------------------------------------------------------------------------
N6833 = ("A one-to-one request from the plant manager ('can you send me the June OEE numbers … by Friday?') with the bot in "
         "Cc out of habit. No meeting, no minutes: kind other, no items, even though it has an owner-like addressee and a "
         "deadline.")


@case(6833, "other-request-oee-outlook-en", "other", "D", notes=N6833,
      summary="other, no items",
      tests="plain person-to-person request with a deadline (by Friday) and the bot in Cc",
      client="Outlook for Microsoft 365 (Windows, en-US)", enc="multipart/alternative, UTF-8 quoted-printable")
def c6833():
    dh, t = rfc_date(2026, 7, 9, 10, 12, 40)
    blocks = ["Kevin,",
              "can you send me the June OEE numbers per line by Friday? I need them for the board pack on the 14th. "
              "Please also include the top 3 downtime reasons for line 2.",
              "Thanks,\nMarco",
              "Marco Ferrante\nPlant Manager | Brivio Coffee Machines (Suzhou) Co., Ltd."]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "utf-8", lang="EN-US", font="Aptos")
    me = P("Marco Ferrante")
    hs = trace(6833, "D", t, return_path=f"<{me[1]}>", src=EXO_SRC, more=[exo_hop(exo_tag(6833), dh)], delay=3) + \
        exo_headers(6833, dh, me, people("周嘉伟"), people("Davide Conti") + [BOT_D], "OEE numbers for the board pack")
    return build_message(hs, outlook_en_root(6833, text, htm))


# ---------------------------------------------------------------------------
# 6834 auto: Exchange Online NDR for the bot's recap sent to a departed employee
# ---------------------------------------------------------------------------
N6834 = ("Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Return-Path <>, "
         "Auto-Submitted: auto-replied, X-MS-Exchange-Message-Is-Ndr) for the bot's recap of 6826 sent to a former employee "
         "(5.1.10 RecipientNotFound). It quotes the recap's headers; it is not minutes nor a reply. kind auto.")


@case(6834, "auto-ndr-exchange-recap", "auto", "D", notes=N6834,
      summary="bounce, no items",
      tests="Exchange NDR (multipart/report with message/delivery-status and text/rfc822-headers) for a recap",
      client="Exchange Online (postmaster)", enc="multipart/report: alternative UTF-8 QP + delivery-status + rfc822-headers")
def c6834():
    dh, t = rfc_date(2026, 4, 13, 1, 37, 52, tz="+0000")
    rdh, _ = rfc_date(2026, 4, 13, 1, 37, 49, tz="+0000")
    bad = f"lorenzo.bianchi@{BV}"
    recap_mid = f"<recap.{hx(68341, 16)}@{BV}>"
    tag = exo_tag(6834)
    text = ("Your message to " + bad + " couldn't be delivered.\n\n"
            "lorenzo.bianchi wasn't found at brivio-sz.example.com.\n\n"
            "Minutes Bot    Office 365    lorenzo.bianchi\nAction Required                Recipient\n\n"
            "Unknown To address\n\n"
            "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
            "  - Retype the recipient's address, then resend the message.\n"
            "  - If you're using the Outlook Web App, remove the address from the auto-complete list.\n\n"
            "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
            f"Original Message Details\nCreated Date:    {rdh}\nSender Address:    minutes@{BV}\n"
            f"Recipient Address:    {bad}\nSubject:    [Minutes Bot] Recap: Minutes - Boiler leak (field returns) quality review 13/04\n")
    htm = html_body("owa", [text])
    alt = Multi('Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="{b}"',
                f"b2_{hx(68342, 32)}", [text_leaf(text, "plain", "utf-8", "quoted-printable", ct_style="quoted"),
                                       text_leaf(htm, "html", "utf-8", "quoted-printable", ct_style="quoted")])
    ds = Leaf(["Content-Type: message/delivery-status"],
              f"Reporting-MTA: dns;{tag}.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;bot.{BV}\n"
              f"Arrival-Date: {rdh}\n\nFinal-Recipient: rfc822;{bad}\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    hdrs = Leaf(["Content-Type: text/rfc822-headers"],
                f"Received: from bot.{BV} (192.0.2.78) by {tag}.apcprd06.prod.outlook.com\n with Microsoft SMTP Server; {rdh}\n"
                f"From: Minutes Bot <minutes@{BV}>\nTo: Tina Gu <ting.gu@{BV}>, Howard Shen <haoran.shen@{BV}>\n"
                f"Cc: Lorenzo Bianchi <{bad}>\n"
                "Subject: [Minutes Bot] Recap: Minutes - Boiler leak (field returns) quality review 13/04\n"
                f"Date: {rdh}\nMessage-ID: {recap_mid}\nIn-Reply-To: {exo_mid(6826)}\nAuto-Submitted: auto-generated\n"
                "X-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n")
    root = Multi('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
                 f"b1_{hx(68343, 32)}", [alt, ds, hdrs])
    frm = f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{BV}"
    hs = trace(6834, "D", t, return_path="<>", src=EXO_SRC, delay=3) + [
        f"From: Microsoft Outlook\n\t<{frm}>",
        f"To: <minutes@{BV}>",
        f"Date: {dh}",
        "Content-Language: en-US",
        f"Message-ID:\n <{hx(68344, 8)}-{hx(68345, 4)}-{hx(68346, 4)}-{hx(68347, 4)}-{hx(68348, 12)}@{tag}.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {recap_mid}",
        f"References: {recap_mid}",
        "Subject: Undeliverable: [Minutes Bot] Recap: Minutes - Boiler leak (field returns) quality\n review 13/04",
        "Auto-Submitted: auto-replied",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "MIME-Version: 1.0",
    ]
    return build_message(hs, root)
