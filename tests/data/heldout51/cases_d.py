"""Org D: Nordfjord Seafood Processing (Qingdao) Co., Ltd. / 青岛北峡海产加工有限公司 (Norwegian-owned salmon processing).
Mail: Microsoft 365 (Exchange Online: Outlook for Windows/Mac, OWA), Thunderbird, Apple Mail; the production team uses
Feishu/Lark for meetings.  Parent: Nordfjord Seafood AS, Ålesund (OWA, CEST).  Bot: Minutes Bot <minutes@nordfjord-qd.example.com>."""
import datetime as dt
import html as H

import h51_lib as L
import h51_mime as M
from h51_case import Case, Item, plain, outlook_html, div_html, envelope, _table_html

DOM = "nordfjord-qd.example.com"
BOT = ("Minutes Bot", f"minutes@{DOM}")
MGR = f"ingrid.solberg@{DOM}"

PEOPLE = [
    ("Ingrid Solberg", MGR, "Management", "", "Ingrid;IS"),
    ("Lars Haugen", f"lars.haugen@{DOM}", "Production", MGR, "Lars;LH"),
    ("Kari Nilsen", f"kari.nilsen@{DOM}", "Quality", MGR, "Kari;KN"),
    ("于海涛", f"haitao.yu@{DOM}", "Supply Chain", MGR, "Haitao;Haitao Yu;Yu Haitao;Tom Yu;于经理"),
    ("孙倩", f"qian.sun@{DOM}", "Quality", f"kari.nilsen@{DOM}", "Cathy;Cathy Sun;Sun Qian"),
    ("姜鹏", f"peng.jiang@{DOM}", "Maintenance", f"lars.haugen@{DOM}", "Peter;Peter Jiang;Jiang Peng;姜工"),
    ("曲晓燕", f"xiaoyan.qu@{DOM}", "Finance", MGR, "Sherry;Sherry Qu;Qu Xiaoyan"),
    ("宋立国", f"liguo.song@{DOM}", "EHS", MGR, "Leo;Leo Song;Song Liguo"),
    ("韦志远", f"zhiyuan.wei@{DOM}", "Supply Chain", f"haitao.yu@{DOM}", "Wei Zhiyuan;Vincent Wei;韦主管"),
    ("吕娜", f"na.lv@{DOM}", "HR & Admin", MGR, "Nina;Nina Lv;Lv Na"),
    # outsider who writes to the bot
    ("Erik Brekke", "erik.brekke@nordfjord.example.no", "", "", "Erik"),
]
P = {r[0]: (r[0], r[1]) for r in PEOPLE}
EN = {"于海涛": "Haitao Yu", "孙倩": "Cathy Sun", "姜鹏": "Peter Jiang", "曲晓燕": "Sherry Qu", "宋立国": "Leo Song",
      "韦志远": "Wei Zhiyuan", "吕娜": "Nina Lv"}


def pe(name):
    """Address as it appears in the M365 global address list (English display names)."""
    return (EN.get(name, name), P[name][1])


def utc(d):
    return d.astimezone(dt.timezone.utc)


def recv_exo(date, hops):
    out = []
    t = utc(date)
    for i, (frm, by, proto) in enumerate(hops):
        tt = t + dt.timedelta(seconds=len(hops) - i)
        out.append(f"from {frm}\n by {by} with {proto}; {L.rfc_date(tt)}")
    return out


def env(sender, date, hops):
    return envelope(BOT[1], sender, recv_exo(date, hops))


HOPS_IN = [("TYZPR06MB6012.apcprd06.prod.outlook.example.com (2603:1096:400:31e::9)",
            "SEYPR06MB5276.apcprd06.prod.outlook.example.com", "HTTPS"),
           ("TYZPR06MB6012.apcprd06.prod.outlook.example.com ([fe80::7d1a:2c3b:9e4f:18a6])",
            "TYZPR06MB6012.apcprd06.prod.outlook.example.com ([fe80::7d1a:2c3b:9e4f:18a6%5])",
            "mapi id 15.20.9052.017")]


def exo_outlook(frm, to, cc, subject, date, msgid, text, html, boundary, *, thread_index, lang="en-US",
                charset="us-ascii", plain_cte="quoted-printable", html_cte="quoted-printable", in_reply_to=None,
                references=None, attachments=None, mixed_boundary=None, date_utc=True, thread_topic=None, extra=()):
    h = [("From", L.addr(frm[0], frm[1], "utf-8", "B")),
         ("To", ",\n\t".join(L.addr(n, e, "utf-8", "B") for n, e in to))]
    if cc:
        h.append(("CC", ",\n\t".join(L.addr(n, e, "utf-8", "B") for n, e in cc)))
    subj = subject if subject.isascii() else L.ew(subject, "utf-8", "B")
    topic = thread_topic or subject
    h += [("Subject", subj), ("Thread-Topic", topic if topic.isascii() else L.ew(topic, "utf-8", "B")),
          ("Thread-Index", thread_index),
          ("Date", L.rfc_date(utc(date) if date_utc else date)), ("Message-ID", msgid)]
    if references:
        h.append(("References", references))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    h += [("Accept-Language", f"{lang}, zh-CN" if lang != "zh-CN" else "zh-CN, en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")] + list(extra)
    alt = M.multipart("alternative", [M.text_part(text, "plain", charset, plain_cte),
                                      M.text_part(html, "html", charset, html_cte)], boundary)
    if attachments:
        top = M.multipart("mixed", [alt] + attachments, mixed_boundary)
    else:
        top = alt
    top.headers = h + top.headers + [("MIME-Version", "1.0")]
    return top


CASES = []

# ------------------------------------------------------------------ 7929
D7929 = L.when(2026, 4, 2, 17, 20, 14)
T7929 = [
    "Hi all,",
    "",
    "Minutes from this morning's production meeting. Note the Qingming holiday Sat-Mon (4-6 Apr); we are back on Tuesday.",
    "",
    "Attendees: Lars, Kari, Haitao, Peter, Leo, Wei Zhiyuan",
    "",
    "1. Fillet line 2 yield",
    "Yield was 58.4% last week vs. the 60% target. Trimming loss on the pin-bone machine is the main driver.",
    "AI: Peter - recalibrate the pin-bone remover on line 2 - by Tue 7 Apr",
    "AI: Lars - review the trimming spec with the line leaders - EOD today",
    "",
    "2. Raw material",
    "Two truckloads of Norwegian salmon (air freight via Beijing) arrive on 8 Apr.",
    "AI: Haitao - confirm the cold-chain trucking slot for 8 Apr with the forwarder - by Friday",
    "AI: Wei Zhiyuan - free up 20 pallet positions in the -25C cold store - by 7 Apr",
    "",
    "3. EHS",
    "AI: Leo - ammonia leak drill report to Ingrid - ASAP",
    "",
    "4. Quality",
    "Kari reported the March customer complaint rate at 0.8 ppm (info only, no action).",
    "",
    "Next meeting: Thu 9 Apr, 09:00, meeting room Fjord.",
    "",
    "Lars Haugen",
    "Production Manager",
    "Nordfjord Seafood Processing (Qingdao) Co., Ltd.",
]


def b7929():
    to = [pe("Kari Nilsen"), pe("于海涛"), pe("姜鹏"), pe("宋立国"), pe("韦志远")]
    top = exo_outlook(P["Lars Haugen"], to, [pe("Ingrid Solberg"), BOT], "Weekly production meeting - minutes (wk 14)",
                      D7929, "<TYZPR06MB601258A1C3D2E4F6B7A8C9D0E1F2A3B4@TYZPR06MB6012.apcprd06.prod.outlook.example.com>",
                      plain(T7929), outlook_html(T7929, "us-ascii", lang="EN-US", font="Aptos"),
                      "_000_TYZPR06MB601258A1C3D2E4F6B7A8C9D0E1F2A3B4TYZPR06MB6012apcp_",
                      thread_index="AdzCdY4Xk2mQ0vR1SUe7d3Hk0b6n2A==")
    top.headers = env(P["Lars Haugen"][1], D7929, HOPS_IN) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7929, "english-ai-lines-qingming-outlook365", "minutes", "D", "Outlook for Windows (Microsoft 365)",
    "multipart/alternative us-ascii quoted-printable; Date header in +0000 (Exchange Online); CRLF",
    "5 'AI:' items (by Tue 7 Apr after Qingming; EOD today; by Friday; ASAP); info-only line skipped; next 04-09 09:00",
    "English 'AI: Name - task - due' lines by a Norwegian manager; first-name owners; Exchange +0000 Date (09:20 UTC = 17:20 Shanghai)",
    b7929,
    [Item("姜鹏", "recalibrate the pin-bone remover on line 2", ("md", 4, 7), "2026-04-07"),
     Item("Lars Haugen", "review the trimming spec with the line leaders", ("today",), "2026-04-02"),
     Item("于海涛", "confirm the cold-chain trucking slot for 8 Apr with the forwarder", ("wd", 4), "2026-04-03"),
     Item("韦志远", "free up 20 pallet positions in the -25C cold store", ("md", 4, 7), "2026-04-07"),
     Item("宋立国", "ammonia leak drill report to Ingrid", ("vague",), None)],
    (("md", 4, 9), "2026-04-09", "09:00"),
    "English minutes sent Thu 2026-04-02; the Date header is Exchange Online's '09:20:14 +0000' = 17:20 in Shanghai, same day. "
    "Owners are first names: Peter = 姜鹏, Lars = the writer Lars Haugen, Haitao = 于海涛, Wei Zhiyuan = 韦志远, Leo = 宋立国 (roster aliases). "
    "'by Tue 7 Apr' -> 2026-04-07 (first working day after Qingming); 'EOD today' -> 2026-04-02 with no time; 'by Friday' sent Thursday -> 2026-04-03; "
    "'ASAP' -> vague_due. '8 Apr' inside a task and the arrival fact are not deadlines; Kari's report is info only. 'Next meeting: Thu 9 Apr, 09:00' -> 2026-04-09 09:00."))


# ------------------------------------------------------------------ 7930
D7930 = dt.datetime(2026, 6, 8, 17, 5, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
T7930 = [
    "Hi Kari, Ingrid,",
    "",
    "Thanks for joining today. Summary of the BRCGS audit prep call below.",
    "",
    "Audit window confirmed: 29 Jun - 1 Jul 2026 (announced audit).",
    "",
    "Actions",
    "",
    "Action: Update the HACCP plan for the new smoked-salmon line",
    "Owner: Kari",
    "Due: Fri 12 Jun",
    "",
    "Action: Close out the 3 open CAPAs from the internal audit",
    "Owner: Cathy Sun",
    "Due: before the Dragon Boat holiday (18 Jun)",
    "",
    "Action: Send the supplier approval files for the two new packaging suppliers",
    "Owner: Haitao",
    "Due: ASAP",
    "",
    "Action: Book the auditor's hotel and airport pickup",
    "Owner: Ingrid",
    "Due: by 24 Jun",
    "",
    "Action: Share the group mock-audit checklist",
    "Owner: Erik",
    "Due: tomorrow",
    "",
    "Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)",
    "",
    "Best,",
    "Erik Brekke",
    "Group Quality Director | Nordfjord Seafood AS | Ålesund, Norway",
]


def b7930():
    to = [pe("Kari Nilsen"), pe("Ingrid Solberg")]
    cc = [pe("孙倩"), pe("于海涛"), BOT]
    top = exo_outlook(P["Erik Brekke"], to, cc, "BRC audit prep call - notes & actions", D7930,
                      "<AM9PR03MB7412C6D1E2F3A4B5C6D7E8F9A0B1C2D3@AM9PR03MB7412.eurprd03.prod.outlook.example.com>",
                      plain(T7930), div_html(T7930, font="Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif",
                                            size="12pt", charset="utf-8"),
                      "_000_AM9PR03MB7412C6D1E2F3A4B5C6D7E8F9A0B1C2D3AM9PR03MB7412eurp_",
                      thread_index="AQHc93K4yq1m5Q2cT0+fA8mZbXQ0rw==", charset="utf-8", plain_cte="quoted-printable",
                      html_cte="base64", extra=[("msip_labels", ""), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")])
    hops = [("AM9PR03MB7412.eurprd03.prod.outlook.example.com (2603:10a6:20b:2e1::14)",
             "TYZPR06MB6012.apcprd06.prod.outlook.example.com", "Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9052.021"),
            ("AM9PR03MB7412.eurprd03.prod.outlook.example.com ([fe80::4b2e:91d0:7a3c:5e61])",
             "AM9PR03MB7412.eurprd03.prod.outlook.example.com ([fe80::4b2e:91d0:7a3c:5e61%3])", "mapi id 15.20.9052.021")]
    top.headers = env(P["Erik Brekke"][1], D7930, hops) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7930, "hq-owner-due-blocks-owa-cest", "minutes", "D", "Outlook on the web (parent company, Norway)",
    "multipart/alternative UTF-8 (plain QP, HTML base64); Date +0000 (15:05 UTC = 17:05 CEST = 23:05 Shanghai); CRLF",
    "5 Action/Owner/Due blocks (Fri 12 Jun; before the Dragon Boat holiday (18 Jun); ASAP; by 24 Jun; tomorrow); next 06-09 16:00",
    "Owner/Due blocks from the parent company in Norway; 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' must give the Beijing time",
    b7930,
    [Item("Kari Nilsen", "Update the HACCP plan for the new smoked-salmon line", ("md", 6, 12), "2026-06-12"),
     Item("孙倩", "Close out the 3 open CAPAs from the internal audit", ("md", 6, 18), "2026-06-18"),
     Item("于海涛", "Send the supplier approval files for the two new packaging suppliers", ("vague",), None),
     Item("Ingrid Solberg", "Book the auditor's hotel and airport pickup", ("md", 6, 24), "2026-06-24"),
     Item("Erik Brekke", "Share the group mock-audit checklist", ("tomorrow",), "2026-06-09")],
    (("md", 6, 9), "2026-06-09", "16:00"),
    "Notes written in Norway by the group quality director (roster outsider) and sent Mon 2026-06-08 15:05 UTC = 17:05 CEST = 23:05 in Shanghai, "
    "still 06-08 there. Each Action block has its Owner and Due lines: Kari = Kari Nilsen -> 2026-06-12; Cathy Sun = 孙倩 -> 2026-06-18 (the writer "
    "gives the date; it is also the last working day before Dragon Boat); Haitao = 于海涛, ASAP -> vague_due; Ingrid -> 2026-06-24; "
    "Erik = the writer, 'tomorrow' -> 2026-06-09. The audit window 29 Jun - 1 Jul is a fact. "
    "'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 in Asia/Shanghai (not 10:00)."))


# ------------------------------------------------------------------ 7931
D7931 = L.when(2026, 5, 13, 14, 30, 52)
TAB7931 = [
    ["#", "Action", "Owner", "Due", "Status"],
    ["D3", "Quarantine and re-inspect lot 260428-F2 in the cold store", "Wei Zhiyuan", "5/8", "Closed"],
    ["D4", "Root cause: X-ray sensitivity check on line 2", "Peter Jiang", "5/15", "Open"],
    ["D5", "Revise the X-ray reject verification frequency in SOP QA-017", "Cathy Sun", "May 20", "Open"],
    ["D6", "Retrain line 2 trimmers on pin-bone inspection", "Lars Haugen", "Next Monday", "Open"],
    ["D7", "8D report to the customer (Shanghai)", "Kari Nilsen", "TBD", "Open"],
    ["D8", "Cost of the claim settlement", "Sherry Qu", "05/22", "Open"],
]
T7931 = [
    "Dear all,",
    "",
    "Please find below the minutes of today's 8D meeting for complaint CC-2605-03 (bone fragments found by the customer in 2 packs of portions).",
    "",
    "Containment (D3) is finished. The customer accepted our interim reply on 11 May.",
    "",
    ("table", TAB7931),
    "",
    "Next 8D review: Wed 20 May 14:00, QA office.",
    "",
    "Best regards,",
    "Cathy Sun",
    "QA Engineer | Nordfjord Seafood Processing (Qingdao)",
]


def b7931():
    e = H.escape
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<div>{e(b) if b else '<br>'}</div>" if not isinstance(b, tuple) else _table_html(b[1], "plain") for b in T7931)
            + "</div></body></html>")
    h = [("User-Agent", "Microsoft-MacOutlook/16.96.26041219"),
         ("Date", L.rfc_date(D7931)),
         ("Subject", "8D meeting minutes - complaint CC-2605-03 (bone fragments)"),
         ("From", L.addr(*pe("孙倩"))),
         ("To", ", ".join(L.addr(*x) for x in [pe("韦志远"), pe("姜鹏"), pe("Lars Haugen"), pe("Kari Nilsen"), pe("曲晓燕")])),
         ("CC", L.addr(*BOT)),
         ("Message-ID", "<A7C3E1F2-9B4D-4E8A-B6C5-2D1F0E9A8B7C@nordfjord-qd.example.com>"),
         ("Thread-Topic", "8D meeting minutes - complaint CC-2605-03 (bone fragments)"),
         ("Thread-Index", "AdzixBn0Qm5wRkE8T7uS9Kd1cPq3Ww=="),
         ("Mime-version", "1.0")]
    alt = M.multipart("alternative", [M.text_part(plain(T7931), "plain", "UTF-8", "quoted-printable"),
                                      M.text_part(html, "html", "UTF-8", "quoted-printable")], "B_3861978652_1043716894")
    alt.headers = env(P["孙倩"][1], D7931, HOPS_IN) + h + [("Content-type", alt.headers[0][1])]
    return M.serialize(alt)


CASES.append(Case(
    7931, "8d-action-table-closed-row-outlook-mac", "minutes", "D", "Outlook for Mac",
    "multipart/alternative UTF-8 quoted-printable (HTML table + tab-separated plain)",
    "5 open rows (5/15; May 20; Next Monday = 05-18; TBD; 05/22); Closed row skipped; next 05-20 14:00",
    "English action table written by Chinese QA staff: D-numbers as item numbers, full English names, Status Closed, M/D and MM/DD dates",
    b7931,
    [Item("姜鹏", "Root cause: X-ray sensitivity check on line 2", ("md", 5, 15), "2026-05-15"),
     Item("孙倩", "Revise the X-ray reject verification frequency in SOP QA-017", ("md", 5, 20), "2026-05-20"),
     Item("Lars Haugen", "Retrain line 2 trimmers on pin-bone inspection", ("next", 0), "2026-05-18"),
     Item("Kari Nilsen", "8D report to the customer (Shanghai)", ("vague",), None),
     Item("曲晓燕", "Cost of the claim settlement", ("md", 5, 22), "2026-05-22")],
    (("md", 5, 20), "2026-05-20", "14:00"),
    "8D minutes written in English by the Chinese QA engineer 孙倩 (Cathy Sun) on Wed 2026-05-13 14:30 +0800 from Outlook for Mac. "
    "Row D3 is Closed -> not an item. Owners by English name: Peter Jiang = 姜鹏, Cathy Sun = 孙倩, Sherry Qu = 曲晓燕. "
    "'5/15' -> 2026-05-15; 'May 20' -> 2026-05-20; 'Next Monday' -> Monday of next week 2026-05-18; 'TBD' -> vague_due; '05/22' -> 2026-05-22. "
    "The customer's 11 May acceptance is a fact. 'Next 8D review: Wed 20 May 14:00' -> 2026-05-20 14:00."))


# ------------------------------------------------------------------ 7932
D7932 = L.when(2026, 4, 28, 18, 5, 22)
T7932 = [
    "Lars、各位：",
    "智能纪要由飞书妙记生成，待办我已经核对过，大家按时间推进。",
    "",
    "智能纪要：2号线停机复盘会 2026年4月28日",
    "参会人：姜鹏、Lars Haugen、孙倩、于海涛、韦志远",
    "",
    "总结",
    "4月27日2号线因真空包装机封口故障停机3.5小时，直接原因为密封条老化，备件库无库存导致恢复时间延长。"
    "Lars建议五一前完成密封条更换，并建立关键备件最低库存；孙倩提出停机期间封口的产品需补做密封性抽检；于海涛负责与德国厂家确认备件交期。",
    "",
    "智能章节",
    "00:00 故障经过",
    "08:42 原因分析：密封条老化、备件缺货",
    "21:15 整改措施与备件管理",
    "",
    "待办",
    "□ 4月30日前完成真空包装机密封条更换，并列出关键备件清单",
    "  @姜鹏",
    "□ 联系德国厂家确认备件交期，节后第一个工作日前反馈",
    "  @于海涛",
    "□ 5月9日（周六调休上班）前清理包装车间备件库",
    "  @韦志远",
    "□ 尽快补做停机期间产品的密封性抽检",
    "  @孙倩",
    "",
    "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用",
    "",
    "姜鹏 Peter Jiang",
    "Maintenance Supervisor",
]


def b7932():
    e = H.escape
    html = ("<div style=\"font-family:-apple-system,'PingFang SC','Microsoft YaHei';font-size:14px;line-height:1.6\">"
            + "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in T7932) + "</div>")
    h = [("Date", L.rfc_date(D7932)), ("From", L.addr(*pe("姜鹏"))),
         ("To", ", ".join(L.addr(*x) for x in [pe("Lars Haugen"), pe("孙倩"), pe("于海涛"), pe("韦志远")])),
         ("Cc", L.addr(*BOT)),
         ("Subject", L.ew("智能纪要：2号线停机复盘会 2026年4月28日")),
         ("Message-Id", "<7f2c9a1e-3d5b-4c8a-9e0f-1a2b3c4d5e6f@nordfjord-qd.example.com>"),
         ("Mime-Version", "1.0"), ("X-Mailer", "Lark Mail"),
         ("X-Lms-Return-Path", "<lba+269ee1f3a+4c0d2b+nordfjord-qd.example.com+peng.jiang@feishu.example.cn>")]
    alt = M.multipart("alternative", [M.text_part(plain(T7932), "plain", "UTF-8", "base64"),
                                      M.text_part(html, "html", "UTF-8", "base64")], "b9f3c2a17e4d5068a1c2")
    hops = [("va.feishu.example.cn (101.36.218.16)", "SEYPR06MB5276.apcprd06.prod.outlook.example.com", "ESMTPS")]
    alt.headers = env(P["姜鹏"][1], D7932, hops) + h + alt.headers
    return M.serialize(alt)


CASES.append(Case(
    7932, "feishu-ai-minutes-lark-mail", "minutes", "D", "Lark Mail (Feishu)",
    "multipart/alternative UTF-8 base64",
    "4 items from 待办 (owner @mention on the line below each task; 4月30日前; 节后第一个工作日前 = 05-06; 5月9日 make-up Saturday; 尽快); no next meeting",
    "飞书 智能纪要: 总结 restates who does what ('于海涛负责…') and 智能章节 are not items; owner on the next line",
    b7932,
    [Item("姜鹏", "完成真空包装机密封条更换，并列出关键备件清单", ("md", 4, 30), "2026-04-30"),
     Item("于海涛", "联系德国厂家确认备件交期并反馈", ("after_hol", "Labour Day"), "2026-05-06"),
     Item("韦志远", "清理包装车间备件库", ("md", 5, 9), "2026-05-09"),
     Item("孙倩", "补做停机期间产品的密封性抽检", ("vague",), None)],
    None,
    "Feishu AI minutes sent through Lark Mail on Tue 2026-04-28 18:05 +0800 by 姜鹏. Only 待办 counts; each to-do's owner is the @mention on the "
    "following line. 4月30日前 -> 2026-04-30; '节后第一个工作日前' -> after Labour Day 05-01..05-05 = Wed 2026-05-06; '5月9日（周六调休上班）前' -> "
    "2026-05-09; 尽快 -> vague_due. The 总结 ('Lars建议五一前…', '于海涛负责…') and 智能章节 are summaries. No next meeting."))


# ------------------------------------------------------------------ 7933
D7933 = dt.datetime(2026, 5, 28, 23, 52, 30, tzinfo=dt.timezone.utc)
LIUJIA = ("刘佳", f"jia.liu@{DOM}")
T7933 = [
    "各位：",
    "",
    "昨天下午供应链例会纪要如下：",
    "",
    "1. 仓储主管韦志远：组织-18℃冷库全面盘点，本月底前完成并提交",
    "   盘点差异报告。",
    "2. 计划员刘佳：下周二前出6月发运计划（含上海、广州两条线），发给",
    "   Ingrid和Lars确认。",
    "3. Sherry（财务）：6月5日前完成5月冷链运费对账。",
    "4. 于海涛：与青岛海运冷链续签运输合同，6月中旬前。",
    "5. 韦志远：今天下班前把冷库温度记录仪校准证书发给孙倩。",
    "",
    "下次会议：6月5日（周五）",
    "下午2点，二楼Fjord会议室",
    "",
    "于海涛",
    "Supply Chain Manager",
]


def b7933():
    to = [pe("韦志远"), LIUJIA, pe("曲晓燕"), pe("孙倩")]
    cc = [pe("Ingrid Solberg"), pe("Lars Haugen"), BOT]
    top = exo_outlook(pe("于海涛"), to, cc, "冷库盘点及6月发运计划会议纪要", D7933,
                      "<SEYPR06MB52761A2B3C4D5E6F708192A3B4C5D6E7@SEYPR06MB5276.apcprd06.prod.outlook.example.com>",
                      plain(T7933), div_html(T7933, font="Microsoft YaHei", size="11pt", charset="utf-8"),
                      "_000_SEYPR06MB52761A2B3C4D5E6F708192A3B4C5D6E7SEYPR06MB5276apcp_",
                      thread_index="AQHc7vQ3mYx0q2kS1E6tR7Ls9p4dXg==", lang="zh-CN", charset="utf-8",
                      plain_cte="base64", html_cte="base64")
    hops = [("SEYPR06MB5276.apcprd06.prod.outlook.example.com (2603:1096:101:1c8::7)",
             "SEYPR06MB5276.apcprd06.prod.outlook.example.com", "HTTPS"),
            ("SEYPR06MB5276.apcprd06.prod.outlook.example.com ([fe80::21c4:7b9e:5a1d:3f02])",
             "SEYPR06MB5276.apcprd06.prod.outlook.example.com ([fe80::21c4:7b9e:5a1d:3f02%6])", "mapi id 15.20.9052.017")]
    top.headers = env(P["于海涛"][1], D7933, hops) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7933, "owa-utc-date-wrapped-titles-zh", "minutes", "D", "Outlook on the web (Microsoft 365)",
    "multipart/alternative UTF-8 base64; Date 'Thu 23:52 +0000' = Fri 07:52 Shanghai; CRLF",
    "5 items (titles 仓储主管韦志远/计划员刘佳/Sherry（财务）; wrapped lines; 本月底; 下周二; 6月中旬 = vague; 今天下班前 = Shanghai Fri); next 06-05 14:00",
    "UTC Date header one calendar day behind Shanghai ('今天下班前' must be 05-29); role/title before names; date line and time line split",
    b7933,
    [Item("韦志远", "组织-18℃冷库全面盘点，提交盘点差异报告", ("month_end",), "2026-05-31"),
     Item(("ext",) + LIUJIA, "出6月发运计划（含上海、广州两条线），发给Ingrid和Lars确认", ("next", 1), "2026-06-02"),
     Item("曲晓燕", "完成5月冷链运费对账", ("md", 6, 5), "2026-06-05"),
     Item("于海涛", "与青岛海运冷链续签运输合同", ("vague",), None),
     Item("韦志远", "把冷库温度记录仪校准证书发给孙倩", ("today",), "2026-05-29")],
    (("md", 6, 5), "2026-06-05", "14:00"),
    "Chinese minutes from OWA whose Date header is 'Thu, 28 May 2026 23:52:30 +0000' = Fri 2026-05-29 07:52 in Shanghai ('昨天下午' = Thu's meeting). "
    "'今天下班前' -> the Shanghai send date 2026-05-29 (a UTC reading gives 05-28). Titles precede names: 仓储主管韦志远 = 韦志远, 计划员刘佳 = 刘佳 "
    "(not on the roster; address from To, department null), 'Sherry（财务）' = 曲晓燕. Items 1-2 wrap onto an indented second line. "
    "本月底前 -> 2026-05-31; 下周二前 -> 2026-06-02; 6月5日前 -> 2026-06-05; '6月中旬前' is a vague period -> vague_due (as the corpus README treats 11月中旬; AMBIGUOUS, a resolver may pick 06-20). "
    "'下次会议：6月5日（周五）' with '下午2点' on the next line -> 2026-06-05 14:00."))


# ------------------------------------------------------------------ 7934
D7934 = L.when(2026, 6, 15, 16, 45, 10)
T7934 = [
    "Hi team,",
    "",
    "We use the Dragon Boat holiday (19-21 Jun) for the planned shutdown of line 1. Notes from today's planning meeting:",
    "",
    "- Ammonia compressor #2 overhaul during the shutdown, contractor confirmed for 19-20 Jun.",
    "- Line 1 restart on Mon 22 Jun, first shift 07:00.",
    "",
    "Action: Order the compressor gasket kit (Owner: Haitao, Due: within 3 working days)",
    "Action: Lock-out/tag-out plan for the shutdown (Owner: Leo, Due: Wed 17 Jun)",
    "Action: Line 1 sanitation after restart and ATP swab test (Owner: Cathy, Due: first working day after the holiday)",
    "Action: Update the spare-parts register (Owner: Peter, Due: end of month)",
    "Action: Decide whether to also service the freezer tunnel (Owner: TBD, Due: TBD)",
    "",
    "Next sync: Tuesday 23 June, 10:30",
    "",
    "--",
    "Peter Jiang",
    "Maintenance Supervisor",
    "Nordfjord Seafood Processing (Qingdao) Co., Ltd.",
]


def _flow(lines, width=72):
    """format=flowed: soft-wrap long lines with a trailing space."""
    out = []
    for ln in lines:
        if ln == "--":
            out.append("-- ")
            continue
        while len(ln) > width:
            cut = ln.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(ln[:cut + 1])
            ln = ln[cut + 1:]
        out.append(ln)
    return "\n".join(out)


def b7934():
    part = M.text_part(_flow(T7934), "plain", "UTF-8", "7bit", ct_params="; format=flowed", charset_style="{}")
    h = [("Message-ID", "<5c1e7a3b-9d2f-4b6a-8e0c-3f5a7b9d1e2c@nordfjord-qd.example.com>"),
         ("Date", L.rfc_date(D7934)),
         ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Content-Language", "en-US"),
         ("To", ", ".join(L.addr(*x) for x in [pe("于海涛"), pe("宋立国"), pe("孙倩"), pe("Lars Haugen")])),
         ("Cc", L.addr(*BOT)),
         ("From", L.addr(*pe("姜鹏"))),
         ("Subject", "Maintenance planning - Dragon Boat shutdown of line 1")]
    hops = [("[10.66.2.41] (10.66.2.41)", "SEYPR06MB5276.apcprd06.prod.outlook.example.com", "Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9052.021")]
    part.headers = env(P["姜鹏"][1], D7934, hops) + h + part.headers
    return M.serialize(part)


CASES.append(Case(
    7934, "action-owner-due-inline-thunderbird-flowed", "minutes", "D", "Thunderbird",
    "single text/plain UTF-8 7bit format=flowed",
    "5 'Action: … (Owner: X, Due: Y)' items (within 3 working days = 06-18; Wed 17 Jun; first working day after the holiday = 06-22; end of month; TBD/TBD); next 06-23 10:30",
    "English inline (Owner, Due) pairs by a Chinese supervisor; working days just before a holiday; 'Owner: TBD'; flowed soft line breaks",
    b7934,
    [Item("于海涛", "Order the compressor gasket kit", ("wdays", 3), "2026-06-18"),
     Item("宋立国", "Lock-out/tag-out plan for the shutdown", ("md", 6, 17), "2026-06-17"),
     Item("孙倩", "Line 1 sanitation after restart and ATP swab test", ("after_hol", "Dragon Boat Festival"), "2026-06-22"),
     Item("姜鹏", "Update the spare-parts register", ("month_end",), "2026-06-30"),
     Item(("dept", None), "Decide whether to also service the freezer tunnel", ("vague",), None)],
    (("md", 6, 23), "2026-06-23", "10:30"),
    "English minutes from Thunderbird (format=flowed, long Action lines soft-wrapped with trailing spaces) sent Mon 2026-06-15 16:45 +0800. "
    "Haitao = 于海涛: 'within 3 working days' from Tue 06-16 (1), 06-17 (2), 06-18 (3) -> 2026-06-18 (the holiday starts 06-19). "
    "Leo = 宋立国 -> 2026-06-17. Cathy = 孙倩: 'first working day after the holiday' -> Dragon Boat 06-19..06-21 -> 2026-06-22. "
    "Peter = the writer 姜鹏, 'end of month' -> 2026-06-30. 'Owner: TBD, Due: TBD' -> owner null, department null, [no_owner, vague_due]. "
    "The two '-' lines are facts (contractor dates, restart shift 07:00). 'Next sync: Tuesday 23 June, 10:30' -> 2026-06-23 10:30."))


# ------------------------------------------------------------------ 7935
D7935 = L.when(2026, 7, 8, 11, 30, 40)
BILEI = ("Bi Lei", "bilei@haiyun-cold.example.cn")
T7935 = [
    "Hi Bi Lei, all,",
    "",
    "Action list from this morning's call, pasted from our tracker:",
    "",
    "No.\tAction\tOwner\tDue\tStatus",
    "1\tBook 2 reefer containers (-18℃) for the Busan shipment\tBi Lei (Haiyun)\t7/10\tOpen",
    "2\tCustoms pre-declaration docs incl. CIQ health cert\tWei Zhiyuan\tnext Tue\tOpen",
    "3\tPay the June freight invoice\tSherry Qu\tEOD Fri\tOpen",
    "4\tTemperature logger data for all June shipments\tBi Lei (Haiyun)\twithin 2 working days\tOpen",
    "5\tUpdate Incoterms in the Busan contract\tHaitao Yu\t6/30\tDone",
    "6\tEvaluate a backup forwarder for the Japan lane\tHaitao Yu\tTBD\tOpen",
    "",
    "Next sync: 15 Jul (Wed) 14:00 Beijing time.",
    "",
    "Thanks,",
    "Haitao",
    "",
    "Haitao Yu | Supply Chain Manager",
    "Nordfjord Seafood Processing (Qingdao) Co., Ltd.",
]


def b7935():
    part = M.text_part(plain(T7935), "plain", "utf-8", "quoted-printable", charset_style="{}")
    part.headers = [("Content-Type", "text/plain;\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]
    h = [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.41\\))"),
         ("Subject", "Export shipment sync w/ Haiyun - action list"),
         ("From", L.addr(*pe("于海涛"))),
         ("In-Reply-To", "<CAHk8Lz1Qm3Vn5Xp7Rt9Yb2Dc4Fg6Hj8Kl0Mn2Pq4Rs6Tu8Vw@mail.haiyun-cold.example.cn>"),
         ("Date", L.rfc_date(D7935)),
         ("Cc", ", ".join(L.addr(*x) for x in [pe("Ingrid Solberg"), BOT])),
         ("Content-Transfer-Encoding", "quoted-printable"),
         ("Message-Id", "<3E8B1C5A-7D9F-4A2B-8C6E-1F0D3B5A7C9E@nordfjord-qd.example.com>"),
         ("References", "<CAHk8Lz1Qm3Vn5Xp7Rt9Yb2Dc4Fg6Hj8Kl0Mn2Pq4Rs6Tu8Vw@mail.haiyun-cold.example.cn>"),
         ("To", ", ".join(L.addr(*x) for x in [BILEI, pe("韦志远"), pe("曲晓燕")])),
         ("X-Mailer", "Apple Mail (2.3826.600.41)")]
    hops = [("smtpclient.apple (10.66.3.18)", "SEYPR06MB5276.apcprd06.prod.outlook.example.com", "Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9052.021")]
    part.headers = env(P["于海涛"][1], D7935, hops) + part.headers[:1] + h
    return M.serialize(part)


CASES.append(Case(
    7935, "tracker-tsv-forwarder-apple-mail", "minutes", "D", "Apple Mail (macOS)",
    "single text/plain UTF-8 quoted-printable (tab-separated tracker rows)",
    "5 open rows (7/10; next Tue = 07-14; EOD Fri = 07-10; within 2 working days = 07-10; TBD); Done row skipped; next 07-15 14:00",
    "tab-separated tracker pasted into plain text with an outside forwarder as owner '(Haiyun)', Status Done, 'EOD Fri', Beijing-time next sync",
    b7935,
    [Item(("ext",) + BILEI, "Book 2 reefer containers (-18℃) for the Busan shipment", ("md", 7, 10), "2026-07-10"),
     Item("韦志远", "Customs pre-declaration docs incl. CIQ health cert", ("next", 1), "2026-07-14"),
     Item("曲晓燕", "Pay the June freight invoice", ("wd", 4), "2026-07-10"),
     Item(("ext",) + BILEI, "Temperature logger data for all June shipments", ("wdays", 2), "2026-07-10"),
     Item("于海涛", "Evaluate a backup forwarder for the Japan lane", ("vague",), None)],
    (("md", 7, 15), "2026-07-15", "14:00"),
    "Tracker rows pasted as tab-separated text, sent Wed 2026-07-08 11:30 +0800 from Apple Mail. 'Bi Lei (Haiyun)' is the forwarder's contact in To -> "
    "bilei@haiyun-cold.example.cn, department null (two rows). '7/10' -> 2026-07-10; 'next Tue' -> Tuesday of next week 2026-07-14; "
    "'EOD Fri' -> this week's Friday 2026-07-10, no time; 'within 2 working days' -> 07-09 (1), 07-10 (2) -> 2026-07-10. Row 5 Status Done -> not an item. "
    "Row 6 Haitao Yu = 于海涛 (the writer), TBD -> vague_due. 'Next sync: 15 Jul (Wed) 14:00 Beijing time' -> 2026-07-15 14:00. "
    "In-Reply-To/References point to the forwarder's earlier mail, but the new subject and body make this minutes, not a reply to the bot."))


# ------------------------------------------------------------------ 7936
D7936 = L.when(2026, 7, 16, 10, 5, 18)
DOCX7936 = [
    ("c", "EHS Committee Meeting Minutes / EHS委员会会议纪要"),
    ("p", "Date / 日期: 15 Jul 2026, 14:00-15:30"),
    ("p", "Chair / 主持: Ingrid Solberg"),
    ("p", "Attendees / 参会: Leo Song 宋立国, Lars Haugen, Wei Zhiyuan 韦志远, Nina Lv 吕娜, Peter Jiang 姜鹏, Sherry Qu 曲晓燕"),
    ("p", "1. Review of June actions / 上月事项回顾: all closed except the forklift refresher training (carried over as item 3 below)."),
    ("p", "2. June incident statistics / 6月事故统计: 0 LTI, 2 first-aid cases (cut fingers at trimming)."),
    ("p", "3. Action items / 待办事项"),
    ("table", [
        ["No.", "Action 事项", "Owner 负责人", "Due 完成时间", "Status 状态"],
        ["1", "Heat-stress prevention plan for the loading dock 装卸区防暑降温方案", "Leo Song 宋立国", "7/20 (Mon)", "Open"],
        ["2", "Replace damaged PVC strip curtains at cold-store doors 更换冷库门破损PVC门帘", "Wei Zhiyuan 韦志远", "by end of July", "Open"],
        ["3", "Forklift refresher training for 6 drivers 叉车司机复训", "HR & Admin (Nina Lv 吕娜)", "next Monday", "Open"],
        ["4", "Ammonia detector calibration 氨气报警器校验", "Peter Jiang 姜鹏", "within 3 working days", "Open"],
        ["5", "Budget for new eye-wash stations 洗眼器预算", "Finance", "TBD", "Open"],
        ["6", "Repaint pedestrian walkway lines 重新划设人行通道线", "Wei Zhiyuan 韦志远", "30 Jun", "Closed"],
    ]),
    ("p", "4. Next meeting / 下次会议: Wed 19 Aug 2026, 14:00, Meeting room Fjord."),
    ("p", "Minutes by / 记录: Leo Song"),
]
DOCX7936_NAME = "EHS Committee Minutes 2026-07.docx"


def docx7936():
    return M.build_docx(DOCX7936, "Leo Song", dt.datetime(2026, 7, 15, 16, 2, 0), "EHS Committee Meeting Minutes", (2026, 7, 16, 9, 58, 0))


def b7936():
    T = ["Dear all,", "", "Please find attached the minutes of the July EHS committee meeting. 请查阅附件，如有问题请告诉我。", "",
         "Best regards,", "Leo Song 宋立国", "EHS Officer"]
    att = M.attachment(docx7936(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       f'\n\tname="{DOCX7936_NAME}"', f'\n\tfilename="{DOCX7936_NAME}"; size=38211;\n\tcreation-date="Thu, 16 Jul 2026 02:04:51 GMT";\n\tmodification-date="Thu, 16 Jul 2026 02:04:51 GMT"',
                       extra_headers=[("Content-Description", DOCX7936_NAME)])
    to = [pe("Ingrid Solberg"), pe("Lars Haugen"), pe("韦志远"), pe("吕娜"), pe("姜鹏"), pe("曲晓燕")]
    top = exo_outlook(pe("宋立国"), to, [BOT], "EHS committee minutes (July) / EHS委员会会议纪要（7月）", D7936,
                      "<TYZPR06MB6012E4F5A6B7C8D9E0F1A2B3C4D5E6F7@TYZPR06MB6012.apcprd06.prod.outlook.example.com>",
                      plain(T), outlook_html(T, "utf-8", lang="EN-US", font="Aptos"),
                      "_000_TYZPR06MB6012E4F5A6B7C8D9E0F1A2B3C4D5E6F7TYZPR06MB6012apcp_",
                      thread_index="Adz1KXc9Vf8f2dGhS0uN3PqL1y7b0Q==", charset="utf-8", plain_cte="base64", html_cte="base64",
                      attachments=[att], mixed_boundary="_004_TYZPR06MB6012E4F5A6B7C8D9E0F1A2B3C4D5E6F7TYZPR06MB6012apcp_")
    top.headers = env(P["宋立国"][1], D7936, HOPS_IN) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7936, "ehs-bilingual-docx-attachment-outlook365", "minutes", "D", "Outlook for Windows (Microsoft 365)",
    "multipart/mixed: alternative UTF-8 base64 + .docx; Date +0000 (02:05 UTC = 10:05 Shanghai); CRLF",
    "5 open rows from the bilingual .docx table (7/20 (Mon); by end of July; next Monday = 07-20; within 3 working days = 07-21; Finance TBD); Closed row skipped; next 08-19 14:00",
    "minutes only in an attached Word table, bilingual cells 'Leo Song 宋立国', 'HR & Admin (Nina Lv 吕娜)' = unit with person in brackets, dept-only 'Finance'",
    b7936,
    [Item("宋立国", "Heat-stress prevention plan for the loading dock 装卸区防暑降温方案", ("md", 7, 20), "2026-07-20"),
     Item("韦志远", "Replace damaged PVC strip curtains at cold-store doors 更换冷库门破损PVC门帘", ("month_end",), "2026-07-31"),
     Item("吕娜", "Forklift refresher training for 6 drivers 叉车司机复训", ("next", 0), "2026-07-20"),
     Item("姜鹏", "Ammonia detector calibration 氨气报警器校验", ("wdays", 3), "2026-07-21"),
     Item(("dept", "Finance"), "Budget for new eye-wash stations 洗眼器预算", ("vague",), None)],
    (("ymd", 2026, 8, 19), "2026-08-19", "14:00"),
    "EHS committee minutes as an attached .docx (bilingual table), covering mail sent Thu 2026-07-16 02:05 UTC = 10:05 Shanghai. "
    "Row 1 Leo Song = 宋立国 (the writer), '7/20 (Mon)' -> 2026-07-20. Row 2 Wei Zhiyuan = 韦志远, 'by end of July' -> 2026-07-31. "
    "Row 3 'HR & Admin (Nina Lv 吕娜)' is a unit with its person in brackets -> 吕娜; 'next Monday' -> 2026-07-20. "
    "Row 4 Peter Jiang = 姜鹏, 'within 3 working days' from Fri 07-17 (1), Mon 07-20 (2), Tue 07-21 (3) -> 2026-07-21. "
    "Row 5 only 'Finance' (a department of this plant) -> owner null, department Finance, no_owner; TBD -> vague_due. Row 6 Closed -> not an item. "
    "Sections 1-2 are review and statistics. 'Next meeting: Wed 19 Aug 2026, 14:00' -> 2026-08-19 14:00 (after the April-July send window, still 2026)."))


# ------------------------------------------------------------------ 7937
D7937 = L.when(2026, 7, 23, 17, 45, 33)
NEW7937 = [
    "All,",
    "",
    "Minutes from today's management meeting below. The 2 Jul minutes are kept underneath for reference.",
    "",
    "Status of the 2 Jul actions",
    "- Ammonia detector budget (Leo): closed, approved on 9 Jul.",
    "- Summer shift pattern (Lars): done, in effect since 13 Jul.",
    "",
    "New actions",
    "1. Haitao: Q3 raw-material forecast to HQ by 31 Jul",
    "2. Sherry: H1 management accounts pack by next Friday",
    "3. Lars: Line 1 capacity plan for the Christmas season by 7 Aug",
    "4. Nina: staff canteen survey - results by EOD Monday",
    "5. Kari: customer audit by the Shanghai retailer - date to be agreed with the customer",
    "",
    "No management meeting in August; the next one will be scheduled in September.",
    "",
    "Ingrid",
    "",
]
OLD7937 = [
    "From: Ingrid Solberg <ingrid.solberg@nordfjord-qd.example.com>",
    "Sent: Thursday, July 2, 2026 5:20 PM",
    "To: Lars Haugen <lars.haugen@nordfjord-qd.example.com>; Kari Nilsen <kari.nilsen@nordfjord-qd.example.com>; Haitao Yu <haitao.yu@nordfjord-qd.example.com>; Sherry Qu <xiaoyan.qu@nordfjord-qd.example.com>; Leo Song <liguo.song@nordfjord-qd.example.com>; Nina Lv <na.lv@nordfjord-qd.example.com>",
    "Cc: Minutes Bot <minutes@nordfjord-qd.example.com>",
    "Subject: Management meeting - minutes 2 Jul",
    "",
    "All,",
    "",
    "Actions from today:",
    "1. Leo: ammonia detector budget to Sherry by 10 Jul",
    "2. Lars: new summer shift pattern from 13 Jul, brief the team leaders by Friday",
    "3. Haitao: renew the cold-store lease option by 31 Jul",
    "",
    "Next management meeting: Thu 23 Jul, 15:00.",
    "",
    "Ingrid",
]


def b7937():
    T = NEW7937 + ["________________________________"] + OLD7937
    e = H.escape
    html = outlook_html(NEW7937, "us-ascii", lang="EN-US", font="Aptos")
    quote = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
             + "".join(f"<p class=MsoNormal><b>{e(x.split(': ', 1)[0])}:</b> {e(x.split(': ', 1)[1])}</p>" for x in OLD7937[:5])
             + "</div>" + "".join(f"<p class=MsoNormal>{e(x) if x else '&nbsp;'}</p>" for x in OLD7937[5:]))
    html = html.replace("\n</div></body></html>", "\n" + quote + "\n</div></body></html>")
    to = [pe("Lars Haugen"), pe("Kari Nilsen"), pe("于海涛"), pe("曲晓燕"), pe("宋立国"), pe("吕娜")]
    top = exo_outlook(P["Ingrid Solberg"], to, [BOT], "RE: Management meeting - minutes 2 Jul", D7937,
                      "<TYZPR06MB6012B7C8D9E0F1A2B3C4D5E6F7A8B9C0@TYZPR06MB6012.apcprd06.prod.outlook.example.com>",
                      plain(T), html, "_000_TYZPR06MB6012B7C8D9E0F1A2B3C4D5E6F7A8B9C0TYZPR06MB6012apcp_",
                      thread_index="AdzqE5mKqR3oYy1YQ0CdaF7x8m3zLgAyx1rA", thread_topic="Management meeting - minutes 2 Jul",
                      in_reply_to="<TYZPR06MB601277A1B2C3D4E5F6A7B8C9D0E1F2A3@TYZPR06MB6012.apcprd06.prod.outlook.example.com>",
                      references="<TYZPR06MB601277A1B2C3D4E5F6A7B8C9D0E1F2A3@TYZPR06MB6012.apcprd06.prod.outlook.example.com>")
    top.headers = env(P["Ingrid Solberg"][1], D7937, HOPS_IN) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7937, "re-new-minutes-over-old-outlook-english", "minutes", "D", "Outlook for Windows (Microsoft 365, reply)",
    "multipart/alternative us-ascii quoted-printable; Date +0000; CRLF",
    "5 new actions (by 31 Jul; next Friday = 07-31; by 7 Aug; EOD Monday = 07-27; date to be agreed); status lines and quoted 2 Jul actions skipped; next null",
    "new minutes sent as 'RE:' above the previous minutes (Outlook From/Sent/To/Subject quote); status of old actions is not new items; 'No meeting in August'",
    b7937,
    [Item("于海涛", "Q3 raw-material forecast to HQ", ("md", 7, 31), "2026-07-31"),
     Item("曲晓燕", "H1 management accounts pack", ("next", 4), "2026-07-31"),
     Item("Lars Haugen", "Line 1 capacity plan for the Christmas season", ("md", 8, 7), "2026-08-07"),
     Item("吕娜", "staff canteen survey results", ("wd", 0), "2026-07-27"),
     Item("Kari Nilsen", "customer audit by the Shanghai retailer", ("vague",), None)],
    None,
    "The plant manager's new minutes sent as 'RE:' on Thu 2026-07-23 (09:45 UTC = 17:45 Shanghai) above the quoted 2 Jul minutes. "
    "Quoted actions (by 10 Jul, by Friday, by 31 Jul) and the quoted 'Next management meeting: Thu 23 Jul, 15:00' belong to the old mail. "
    "'Status of the 2 Jul actions' lines are closed/done -> not items. New: Haitao = 于海涛 -> 2026-07-31; Sherry = 曲晓燕, 'next Friday' -> Friday "
    "of next week 2026-07-31 (AMBIGUOUS: some writers mean the coming Friday 07-24; the set follows the corpus/dates-eval rule next X = next calendar week); Lars -> 2026-08-07; Nina = 吕娜, 'EOD Monday' sent Thursday -> the coming Monday 2026-07-27, no time; "
    "Kari 'date to be agreed with the customer' -> vague_due. 'No management meeting in August; … scheduled in September' -> next_followup null."))


# ------------------------------------------------------------------ 7938
D7938 = L.when(2026, 7, 27, 9, 1, 12)
T7938 = [
    "Hi,",
    "",
    "I am on summer holiday until Friday 14 August with limited access to email.",
    "For urgent production matters please contact Lars Haugen (lars.haugen@nordfjord-qd.example.com); for everything else Nina Lv (na.lv@nordfjord-qd.example.com).",
    "",
    "Jeg er på sommerferie til fredag 14. august og leser e-post sporadisk.",
    "",
    "Best regards / Med vennlig hilsen",
    "Ingrid Solberg",
    "Plant Manager, Nordfjord Seafood Processing (Qingdao) Co., Ltd.",
]


def b7938():
    html = outlook_html(T7938, "utf-8", lang="EN-US", font="Aptos")
    subj = "Automatic reply: [纪要确认] RE: Management meeting - minutes 2 Jul (5 items)"
    top = exo_outlook(P["Ingrid Solberg"], [BOT], None, subj, D7938,
                      "<c0f1e2d3b4a5968778695a4b3c2d1e0f@TYZPR06MB6012.apcprd06.prod.outlook.example.com>",
                      plain(T7938), html, "_000_c0f1e2d3b4a5968778695a4b3c2d1e0fTYZPR06MB6012apcprd06prod_",
                      thread_index="AQHc/UYKt9wz0nIhR0Ks0b0jJ5b7QQAAXl0I", charset="utf-8",
                      thread_topic="[纪要确认] RE: Management meeting - minutes 2 Jul (5 items)",
                      in_reply_to="<recap.7937.1@minutes.nordfjord-qd.example.com>",
                      references="<recap.7937.1@minutes.nordfjord-qd.example.com>",
                      extra=[("X-MS-Exchange-Inbox-Rules-Loop", MGR), ("Auto-Submitted", "auto-replied"),
                             ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                             ("X-Auto-Response-Suppress", "All")])
    top.headers = env(P["Ingrid Solberg"][1], D7938, HOPS_IN) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7938, "auto-ooo-exchange-norwegian", "auto", "D", "Exchange Online (automatic reply)",
    "multipart/alternative UTF-8 quoted-printable; Date +0000; CRLF",
    "auto: no items",
    "'Automatic reply:' to the bot's recap of 7937 (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop) with dates, names and Norwegian text",
    b7938, [], None,
    "Exchange Online out-of-office reply from the plant manager (Mon 2026-07-27 01:01 UTC) to the bot's recap of 7937: subject 'Automatic reply:', "
    "Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, X-Auto-Response-Suppress: All. It mentions 14 August, contacts and a Norwegian "
    "line, but no person wrote it for this thread -> kind auto, no items; the bot must not answer it."))
