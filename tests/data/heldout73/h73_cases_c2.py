"""Cases 10122-10125: Kinabalu Rattan, continued (Lark AI minutes, a request, Outlook for Mac, a correction)."""
from h73_cases_c import BOTC, DOM, HQ, MX, OPS_ID_10118, m365_alt, m365_headers
from h73_common import addr, addrs, case, ew, fu, html_paras, it, message, multipart, rfc_date, t8, text_part


def c10122():
    t = t8("2026-07-20 18:45:27")
    text = """各位，今天生产协调会的飞书智能纪要，待办我核对过，直接按这个执行。

覃志强

━━━━━━━━━━━━━━━━━━━━
飞书妙记 · 智能纪要
生产协调会 | 2026年7月20日 15:00-15:55
参会人：覃志强、蒙小勇、韦春花、黄丽萍、Jason Liew

总结
· 7月编织二线产能达成率92%，主要受藤条到货延迟影响
· Casa Alentejo第二柜预计8月初装柜，客户同意分批验货
· Jason建议8月起试行计件+质量系数的薪酬方案，HR下周出草案

智能章节
00:00 产能回顾
12:31 物料与物流
31:08 验货安排

待办
☐ 蒙小勇：明天下班前把编织二线6-7月的工时数据导出给Jason
☐ 韦春花：7/24前跟货代确认两个40HQ的订舱
☐ Jason Liew：审批7月加班申请
☐ 黄丽萍：下周一上午10点前提交客户验货预约（含验货清单）

由飞书智能纪要生成，内容仅供参考
"""
    html = ('<div style="font-family:-apple-system,PingFang SC,Microsoft YaHei;font-size:14px">' +
            html_paras(text) + '</div>\n')
    alt = multipart("alternative", "b1f04a7d2e6c9358a1f0e7d4c3b2a190", [
        text_part(text, "UTF-8", "base64"), text_part(html, "UTF-8", "base64", "html")])
    hdr = [
        ("Return-Path", f"<kevin.qin@{DOM}>"), ("Delivered-To", BOTC[1]),
        ("Received", f"from sg-mta-09.feishu-mail.example.net (sg-mta-09.feishu-mail.example.net [101.45.255.9])\n"
                     f"\tby {MX} (Postfix) with ESMTPS id 4fT8bX1dNqz4Hc\n\tfor <{BOTC[1]}>; "
                     f"{rfc_date(t8('2026-07-20 18:45:30'))}"),
        ("X-Lms-Return-Path", f"<lba+169a2f4c1.kevin.qin@{DOM}>"),
        ("From", addr("覃志强", f"kevin.qin@{DOM}")), ("Date", rfc_date(t)),
        ("Message-Id", f"<169a2f4c1a7e-3b0d-4f52-8c9e-77e1d2a0b6f4@{DOM}>"),
        ("To", addrs(["蒙小勇", "韦春花", "黄丽萍", "Jason Liew"])), ("Cc", addrs([BOTC])),
        ("Subject", ew("生产协调会 智能纪要 7/20")), ("Mime-Version", "1.0"),
        ("X-Mailer", "Feishu Mail"), ("X-Original-Sender", f"kevin.qin@{DOM}"),
    ]
    items = [
        it("蒙小勇", "把编织二线6-7月的工时数据导出给Jason", ("days", 1), "2026-07-21"),
        it("韦春花", "跟货代确认两个40HQ的订舱", ("date", "2026-07-24"), "2026-07-24"),
        it("Jason Liew", "审批7月加班申请", None, None),
        it("黄丽萍", "提交客户验货预约（含验货清单）", ("nextweek", 0), "2026-07-27", "10:00"),
    ]
    notes = ("Feishu/Lark 妙记 智能纪要 sent on by the organiser through Feishu Mail (UTF-8 base64). Sent Mon 2026-07-20. "
             "Only the 待办 block counts: 总结 has facts and plans without an owner ('HR下周出草案' names no person) and "
             "智能章节 timestamps are not times. '明天下班前' -> 2026-07-21, no time; '7/24前' -> 2026-07-24; Jason's "
             "approval has no date -> no_due; '下周一上午10点前' -> 2026-07-27 10:00.")
    return case(10122, "kb-feishu-ai-minutes-lark-mail", "minutes", message(hdr, alt), notes, items, None,
                "Feishu/Lark 智能纪要 sent by the organiser: only 待办 counts; 明天下班前, 7/24前, undated, "
                "下周一上午10点前; chapter timestamps are not times")


# ------------------------------------------------------------------------------------------------------------
def c10123():
    t = t8("2026-07-07 10:02:18")
    text = """Hi Ricky,

Could you send me the updated FOB Wuzhou price list (with the new steel-frame items) by Thursday? Rita wants it for her autumn catalogue and I'd like to check the margins before it goes out.

Also, is the July exchange rate already fixed on your side, or should I use last month's?

Thanks!
Aisyah
"""
    html = '<div dir="ltr">' + html_paras(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + \
           '</div>\n'
    alt = multipart("alternative", "0000000000004e2f9a0637a1c5b8", [
        text_part(text, "UTF-8", "quoted-printable"), text_part(html, "UTF-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<aisyah.rahman@{HQ}>"), ("Delivered-To", BOTC[1]),
        ("Received", f"from mail-sor-f49.google.example.com (mail-sor-f49.google.example.com [209.85.220.49])\n\t"
                     f"by {MX} (Postfix) with ESMTPS id 4fR5Kc8nTwz2Lp\n\tfor <{BOTC[1]}>; "
                     f"{rfc_date(t8('2026-07-07 10:02:22'))}"),
        ("MIME-Version", "1.0"), ("From", f"Aisyah Rahman <aisyah.rahman@{HQ}>"), ("Date", rfc_date(t)),
        ("Message-ID", "<CAF7q2LnB0yT4kQ8sVw2dXe7Ru1Mz9pHc6Lj3GaNf5oUr8WqE-w@mail.gmail.com>"),
        ("Subject", "FOB price list for Casa Alentejo"),
        ("To", addrs(["梁志华"])), ("Cc", addrs(["莫海燕", BOTC])),
    ]
    notes = ("A person's request (Gmail, English, UTF-8 QP) with the bot in Cc, probably by autocomplete: 'by Thursday' "
             "is a request, not a recorded meeting outcome -> kind other, no items.")
    return case(10123, "other-request-gmail-english", "other", message(hdr, alt), notes,
                what="Gmail English request 'by Thursday' to a colleague, bot in Cc: not minutes")


# ------------------------------------------------------------------------------------------------------------
def c10124():
    t = t8("2026-08-07 17:10:44")
    text = """Hi all,

Minutes from today's logistics sync with KK head office.

Attendees: Helen, Spring, Kevin, Ricky; Aisyah (KK, by phone)

Status
- Container 1 for Casa Alentejo sailed 3 Aug from Nansha (ETA Sines 12 Sep).
- Fumigation for container 2 booked; certificate not yet received.

Actions
1. Helen to book 3 x 40HQ with the forwarder for the late-August sailing (Wuzhou port -
   barge to Nansha - then mainline to Sines), by next Tuesday.
2. Spring to chase the fumigation certificate for container 2 ASAP.
3. Owner TBD: get a quote for the alternative rail route via Nanning, for comparison
   only.
4. Ricky to settle the July freight invoices by end of month.
5. Kevin to confirm final loading quantities by Wed 12 Aug, 3pm.

Next check-in: Friday 14 Aug, 4pm (same Teams link).

Helen

Helen Mo | Supply Chain Manager
Kinabalu Rattan Furniture (Wuzhou) Co., Ltd.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div class="WordSection1">' + html_paras(text.replace("-\n   ", "- ").replace("\n   ", " ")) +
            '</div></body></html>\n')
    alt = multipart("alternative", "B_3868011044_2089735511", [
        text_part(text, "UTF-8", "quoted-printable"), text_part(html, "UTF-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<helen.mo@{DOM}>"), ("Delivered-To", BOTC[1]),
        ("Received", f"from [192.168.1.102] (unknown [116.10.187.44])\n\tby {MX} (Postfix) with ESMTPSA id "
                     f"4fX2Qd0sVmz7Jg\n\tfor <{BOTC[1]}>; {rfc_date(t8('2026-08-07 17:10:47'))}"),
        ("User-Agent", "Microsoft-MacOutlook/16.99.26080213"), ("Date", rfc_date(t)),
        ("Subject", "Logistics sync 7 Aug - minutes"), ("From", addr("Helen Mo", f"helen.mo@{DOM}")),
        ("To", addrs(["韦春花", "覃志强", "梁志华", "Aisyah Rahman"])), ("CC", addrs(["Jason Liew", BOTC])),
        ("Message-ID", f"<6C2D1F0A-9B3E-4A7C-8E52-0F41D6B3A9C7@{DOM}>"),
        ("Thread-Topic", "Logistics sync 7 Aug - minutes"), ("Mime-version", "1.0"),
    ]
    items = [
        it("莫海燕", "book 3 x 40HQ with the forwarder for the late-August sailing (Wuzhou port - barge to Nansha - "
                    "then mainline to Sines)", ("nextweek", 1), "2026-08-11"),
        it("韦春花", "chase the fumigation certificate for container 2", None, None, flags=["vague_due"]),
        it(None, "get a quote for the alternative rail route via Nanning, for comparison only", None, None,
           flags=["no_owner", "no_due"]),
        it("梁志华", "settle the July freight invoices", ("month_end",), "2026-08-31"),
        it("覃志强", "confirm final loading quantities", ("date", "2026-08-12"), "2026-08-12", "15:00"),
    ]
    notes = ("Outlook for Mac English minutes (UTF-8 QP, hard-wrapped text: items 1 and 3 continue on an indented "
             "second line, and item 1's deadline 'by next Tuesday' sits on that second line). Sent Fri 2026-08-07. "
             "'X to …' convention: Helen = 莫海燕 (the writer), Spring = 韦春花, Ricky = 梁志华, Kevin = 覃志强. 'by next "
             "Tuesday' -> 2026-08-11; 'ASAP' -> vague_due; 'Owner TBD' with no date -> no_owner + no_due; 'by end of "
             "month' -> 2026-08-31; 'by Wed 12 Aug, 3pm' -> 2026-08-12 15:00. 'late-August sailing', 'sailed 3 Aug', "
             "'ETA 12 Sep' are facts. Next check-in 'Friday 14 Aug, 4pm' -> 2026-08-14 16:00.")
    return case(10124, "kb-outlook-mac-x-to-wrapped-items", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-08-14"), "2026-08-14", "16:00"),
                "Outlook for Mac English 'X to …' actions wrapped over two lines, ASAP, Owner TBD, end of month, "
                "'Wed 12 Aug, 3pm', Next check-in")


# ------------------------------------------------------------------------------------------------------------
def c10125():
    t = t8("2026-05-11 03:10:09", 0)
    text = """Hi team,

Re-sending the actions with two corrections (in CAPS) after checking with Linda and Helen. Please use this version.

Actions
AI: Kevin to re-sequence weaving line 2 for the Alentejo order by Friday.
AI: Linda - close out moisture-content NCR-0427 - MOVED FROM TODAY TO WED 13 MAY (lab re-test).
AI: Helen - confirm pricing from the second core-rattan supplier (Kalimantan) by next Wed. SPRING IS BACK-UP ONLY.
AI: Ricky to raise the USD hedging question with group treasury within 2 business days.
AI: Andy - 5S audit of the finishing shop (no date yet).

Next ops review unchanged: Mon 18 May, 08:30 Wuzhou time.

Jason

________________________________
From: Jason Liew <jason.liew@kbrattan-wz.example.cn>
Sent: Sunday, May 10, 2026 11:45 PM
To: Kevin Qin; Linda Huang; Helen Mo; Spring Wei; Ricky Liang; Andy Meng
Cc: Aisyah Rahman; Minutes Bot
Subject: Weekly ops review - 11 May - actions

Hi team,

Notes from this morning's weekly ops review (held early because of the Alentejo container cut-off).
[...]
"""
    alt = m365_alt(text, "_000_SG2PR06MB5312B7E0D4A19C6F2E3081B5C7D19SG2PR06MB5312apcp_")
    hdr = m365_headers("Jason Liew", ["覃志强", "黄丽萍", "莫海燕", "韦春花", "梁志华", "蒙小勇"],
                       ["Aisyah Rahman", BOTC], "[Updated] RE: Weekly ops review - 11 May - actions", t,
                       "SG2PR06MB5312B7E0D4A19C6F2E3081B5C7D19",
                       extra=[("References", f"<{OPS_ID_10118}@SG2PR06MB5312.apcprd06.prod.outlook.example.com>"),
                              ("In-Reply-To", f"<{OPS_ID_10118}@SG2PR06MB5312.apcprd06.prod.outlook.example.com>")])
    items = [
        it("覃志强", "re-sequence weaving line 2 for the Alentejo order", ("thisweek", 4), "2026-05-15"),
        it("黄丽萍", "close out moisture-content NCR-0427", ("date", "2026-05-13"), "2026-05-13"),
        it("莫海燕", "confirm pricing from the second core-rattan supplier (Kalimantan)", ("nextweek", 2),
           "2026-05-20"),
        it("梁志华", "raise the USD hedging question with group treasury", ("workdays", 2), "2026-05-13"),
        it("蒙小勇", "5S audit of the finishing shop", None, None),
    ]
    notes = ("Corrected re-send of 10118 in the same thread (In-Reply-To/References to it), M365, Date Mon 2026-05-11 "
             "03:10 +0000 = 11:10 in Shanghai. Still minutes: the full action list is restated with the new values. "
             "Linda's item 'MOVED FROM TODAY TO WED 13 MAY' -> 2026-05-13 (the old 'today' is not the deadline). Helen "
             "alone owns the supplier item (Spring is back-up). The other dates resolve as in 10118 (same Shanghai "
             "day). The quoted original below the Outlook 'From:/Sent:' block is elided with '[...]'. Next ops review "
             "2026-05-18 08:30.")
    return case(10125, "kb-m365-corrected-resend-same-thread", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-05-18"), "2026-05-18", "08:30"),
                "M365 corrected re-send of 10118 in the same thread: 'MOVED FROM TODAY TO WED 13 MAY', back-up is "
                "not an owner, quoted original below")
