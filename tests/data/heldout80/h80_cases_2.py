"""Cases 10808-10816: Ruhuna Coir Geotextiles (Jinhua), Sri Lankan-owned, writes English."""
import datetime as dt

from h80_clients import apple, exchange, feishu, gmail, thunderbird
from h80_html import div_html, exchange_html, gmail_html
from h80_lib import hx, it, fu, leaf, make_pdf, message, multi, rfc_date
from h80_people import ORGS, person

CST = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
SLST = dt.timezone(dt.timedelta(hours=5, minutes=30))
BOT = ORGS["B"]["bot"]
P = person
DOM = ORGS["B"]["domain"]


def case(slug, kind, raw, notes, row, items=(), followup=None):
    return {"slug": slug, "kind": kind, "raw": raw, "items": list(items), "followup": followup,
            "notes": notes, "row": row}


def lines(text):
    return text.rstrip("\n").split("\n")


def c10808():
    sent = dt.datetime(2026, 4, 20, 1, 10, 33, tzinfo=UTC)
    subject = "Weekly production review - minutes (wk 17)"
    text = """Hi all,

Minutes from this morning's production review (Mon 20 Apr, 08:00-08:45, Line 2 office). The bot is copied so the actions get tracked.

Attendees: Dilan Perera, Zhenhua Hu, Jiayi Shen, Xiaofeng Lou, Tina Fang
Apologies: Jason Ye

1. Output
Week 16 output was 18,400 m2 of CB-400 blanket against a plan of 20,000 m2; the loss is mainly the 6-hour stop on Dryer #2.

2. Actions

Action 1 - Replace the worn conveyor belt on Dryer #2
Owner: Zhenhua Hu
Due: Friday 24 April

Action 2 - Confirm the second husk-fibre container (ETA Ningbo) with the forwarder
Owner: Jiayi
Due: EOD Wednesday

Action 3 - Draft the summer shift pattern for Line 1 and Line 2
Owner: Tina Fang
Due: before the May Day break

Action 4 - Root-cause report for the 3 rejected rolls (moisture > 18%)
Owner: QA team
Due: TBD

Action 5 - Update the customer on the revised delivery date for order JW-2604
Owner: Jason Ye
Due: 22 Apr

3. Next check-in
Monday 27 April, 09:00 CST (06:30 Colombo), same room; Teams link in the invite.

Thanks,
Dilan
"""
    frm = P("Dilan Perera")
    to = [P(n) for n in ("胡振华", "沈佳怡", "楼晓峰", "方婷", "叶子豪")]
    to = [("Zhenhua Hu", to[0][1]), ("Jiayi Shen", to[1][1]), ("Xiaofeng Lou", to[2][1]),
          ("Tina Fang", to[3][1]), ("Jason Ye", to[4][1])]
    cc = [BOT]
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable", cs_quote=True),
                                 leaf("text/html", exchange_html(lines(text)), "us-ascii", "quoted-printable",
                                      cs_quote=True)],
                 "_000_TYZPR06MB6172D1A4E2F9B3C50A7E88C1B4A2TYZPR06MB6172apcp_")
    h = exchange(frm, to, cc, subject, sent, f"<TYZPR06MB6172{hx('10808', 24).upper()}@TYZPR06MB6172.apcprd06.prod.example.net>",
                 BOT, seed="10808")
    items = [
        it("胡振华", "Replace the worn conveyor belt on Dryer #2", "2026-04-24"),
        it("沈佳怡", "Confirm the second husk-fibre container (ETA Ningbo) with the forwarder", "2026-04-22",
           ("wkday", "Wed")),
        it("方婷", "Draft the summer shift pattern for Line 1 and Line 2", "2026-04-30", ("pre_hol",)),
        it(None, "Root-cause report for the 3 rejected rolls (moisture > 18%)", vague=True, dept="Quality"),
        it("叶子豪", "Update the customer on the revised delivery date for order JW-2604", "2026-04-22"),
    ]
    notes = ("Microsoft 365 English minutes in Action/Owner/Due blocks. Date header Mon 2026-04-20 01:10 +0000 = "
             "09:10 in Shanghai, same day. #1 'Friday 24 April' -> 2026-04-24. #2 'Jiayi' = 沈佳怡 (alias), 'EOD "
             "Wednesday' -> 2026-04-22, no time. #3 'before the May Day break' -> last working day before 05-01 = "
             "2026-04-30. #4 'QA team' is a team, not a person -> owner null, no_owner, department Quality (our "
             "QA department); 'TBD' -> vague_due. #5 '22 Apr' -> 2026-04-22. Output figures are facts. 'Next "
             "check-in: Monday 27 April, 09:00 CST (06:30 Colombo)' -> 2026-04-27 09:00 (both zones agree).")
    return case("10808-en-m365-owner-due-blocks", "minutes", message(h, body), notes,
                "M365 English Action/Owner/Due blocks, +0000 Date: EOD Wednesday, 'before the May Day break', "
                "QA team -> no_owner, TBD; next check-in in two time zones", items, fu("2026-04-27", "09:00", (
                    "tz", "2026-04-27T06:30+05:30")))


def c10809():
    sent = dt.datetime(2026, 5, 7, 17, 45, 0, tzinfo=SLST)
    subject = "Minutes: Galle-Jinhua quality call, 7 May"
    text = """Hi team,

Notes from today's call (Galle / Jinhua). Decisions first, then AIs.

Decisions
- From lot 26-05 onwards the fibre moisture limit at intake is 20% (was 22%).
- The Galle lab remains the referee lab for tensile disputes.

AIs
AI: Lou to send 3 retention samples of lot 26-04 to the Galle lab by May 15
AI: @Jiayi confirm container booking for the CB-700 order - by next Tuesday
AI (Nadeesha): circulate the revised coir-fibre intake spec ASAP
AI: Kasun to review the Dryer #2 temperature logs before the next call
AI: Zhenhua - trial the 2-pass drying profile on Line 2, report results by 12/5

Next call: Thursday 14 May, 2:30 pm Colombo / 5:00 pm Jinhua.

Best,
Nadeesha
--
Nadeesha Fernando | Group Quality Manager | Ruhuna Coir PLC, Galle, Sri Lanka
"""
    frm = P("Nadeesha Fernando")
    to = [("Xiaofeng Lou", P("楼晓峰")[1]), ("Jiayi Shen", P("沈佳怡")[1]), ("Zhenhua Hu", P("胡振华")[1]),
          P("Kasun Wijesinghe")]
    cc = [P("Dilan Perera"), BOT]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", cs_quote=True),
                                 leaf("text/html", gmail_html(lines(text)), "UTF-8", "quoted-printable",
                                      cs_quote=True)], f"000000000000{hx('10809b', 16)}")
    h = gmail(frm, to, cc, subject, sent, f"<CAKx{hx('10809', 20)}+{hx('10809q', 16)}@mail.gmail.com>", BOT,
              seed="10809")
    items = [
        it("楼晓峰", "send 3 retention samples of lot 26-04 to the Galle lab", "2026-05-15"),
        it("沈佳怡", "confirm container booking for the CB-700 order", "2026-05-12", ("nextwk", "Tue")),
        it("Nadeesha Fernando", "circulate the revised coir-fibre intake spec", vague=True),
        it("Kasun Wijesinghe", "review the Dryer #2 temperature logs", "2026-05-14"),
        it("胡振华", "trial the 2-pass drying profile on Line 2", "2026-05-12"),
    ]
    notes = ("English 'AI:' lines from the Sri Lankan head office (Gmail). Date Thu 2026-05-07 17:45 +0530 = 20:15 "
             "in Shanghai, same date. Decisions are not items. #1 'Lou' = 楼晓峰 (alias), 'by May 15' -> "
             "2026-05-15. #2 '@Jiayi' = 沈佳怡, 'by next Tuesday' -> Tuesday of the following week = 2026-05-12. "
             "#3 'AI (Nadeesha)' -> the sender, 'ASAP' -> vague_due. #4 'before the next call' -> the next call "
             "is 14 May, so due 2026-05-14 (AMBIGUOUS: a reader could leave it undated; most take the call date). "
             "#5 '12/5' from a Sri Lankan writer is day/month = 12 May -> 2026-05-12 (AMBIGUOUS: a month/day "
             "reading gives 5 December; the writer's other dates and the short loop make May the reading most "
             "readers take). Next call 'Thursday 14 May, 2:30 pm Colombo / 5:00 pm Jinhua' -> 2026-05-14 17:00.")
    return case("10809-en-gmail-ai-lines-colombo-tz", "minutes", message(h, body), notes,
                "Gmail 'AI:' lines from Galle (+0530 Date): @name, 'AI (Name)', by next Tuesday, ASAP, 'before the "
                "next call', day/month 12/5; next call in Colombo and Jinhua time", items,
                fu("2026-05-14", "17:00", ("tz", "2026-05-14T14:30+05:30")))


def c10810():
    sent = dt.datetime(2026, 5, 27, 17, 52, 40, tzinfo=CST)
    subject = "QA weekly sync 27 May - notes & actions"
    text = """Hi all,

Quick notes from today's QA sync (Wed 27 May, 15:00, QC lab).

Done since last week:
[x] Zhenhua: calibrated the moisture meter on Line 1 (done 25 May)
[x] Jiayi: 兰溪 husk supplier audit report filed

Open actions:
[ ] Xiaofeng: re-test tensile strength of the CN-700 mats from lot 
26-05-B and send the report to Galle - by Fri 29 May
[ ] Tina: arrange forklift licence renewal for the 3 operators whose 
licences expire in July - by end of June
[ ] Jason: send the Wu River project quotation incl. the new pegs - by 6/3
[ ] Zhenhua: fix the dust extraction fan in the bale-opening room - no 
date yet, waiting for the spare part

Next sync: Wed 3 June, same time.

Xiaofeng
-- 
楼晓峰 Xiaofeng Lou | QA Engineer
Ruhuna Coir Geotextiles (Jinhua) Co., Ltd.
"""
    frm = ("Xiaofeng Lou", P("楼晓峰")[1])
    to = [("Zhenhua Hu", P("胡振华")[1]), ("Jiayi Shen", P("沈佳怡")[1]), ("Tina Fang", P("方婷")[1]),
          ("Jason Ye", P("叶子豪")[1])]
    cc = [P("Dilan Perera"), BOT]
    body = leaf("text/plain", text, "UTF-8", "8bit", params="; format=flowed")
    h = thunderbird(frm, to, cc, subject, sent, f"<{hx('10810', 8)}-{hx('10810a', 4)}-{hx('10810b', 4)}-"
                                                f"{hx('10810c', 4)}-{hx('10810d', 12)}@{DOM}>", BOT, seed="10810")
    items = [
        it("楼晓峰", "re-test tensile strength of the CN-700 mats from lot 26-05-B and send the report to Galle",
           "2026-05-29"),
        it("方婷", "arrange forklift licence renewal for the 3 operators whose licences expire in July", "2026-06-30"),
        it("叶子豪", "send the Wu River project quotation incl. the new pegs", "2026-06-03"),
        it("胡振华", "fix the dust extraction fan in the bale-opening room"),
    ]
    notes = ("Thunderbird text/plain format=flowed, 8bit UTF-8, with '[ ]' / '[x]' checkboxes. Sent Wed "
             "2026-05-27. '[x]' lines are done (status), not items. Two open actions wrap over a soft line break "
             "(trailing space). #1 'by Fri 29 May' -> 2026-05-29. #2 'Tina' = 方婷, 'by end of June' -> "
             "2026-06-30. #3 'Jason' = 叶子豪, '6/3' from a Chinese writer is month/day -> 2026-06-03 (matches "
             "'Next sync: Wed 3 June'). #4 'no date yet' -> no_due. 'Next sync: Wed 3 June, same time' -> "
             "2026-06-03 15:00 (the sync was at 15:00).")
    return case("10810-en-thunderbird-flowed-checkboxes", "minutes", message(h, body), notes,
                "Thunderbird format=flowed 8bit: '[ ]' open vs '[x]' done lines, actions wrapped over soft breaks, "
                "M/D 6/3, no-date item; 'Next sync … same time'", items, fu("2026-06-03", "15:00"))


def c10811():
    sent = dt.datetime(2026, 6, 8, 18, 30, 12, tzinfo=CST)
    subject = "Notes - management meeting 8 June"
    text = """All,

Short notes from this afternoon's management meeting.

Sales are 6% ahead of budget for May, mainly the Wu River river-bank project. Cash is fine. We agreed to keep the second shift on Line 2 until the end of July.

Jiayi to chase the Galle shipment of CB-700 fibre and confirm the new ETA by Thursday.
I will sign off the H2 maintenance budget by 12 June.
Zhenhua and Xiaofeng to agree the new in-process sampling plan; Zhenhua to circulate it by 16 June.
Tina to publish the duty roster for the Dragon Boat Festival holiday before the break.
Jason to visit the Wu River site with the customer's engineer next week, date to be confirmed with Mr He.

The plant is closed 19-21 June for the Dragon Boat Festival.

Dilan
"""
    frm = P("Dilan Perera")
    to = [("Jiayi Shen", P("沈佳怡")[1]), ("Zhenhua Hu", P("胡振华")[1]), ("Xiaofeng Lou", P("楼晓峰")[1]),
          ("Tina Fang", P("方婷")[1]), ("Jason Ye", P("叶子豪")[1])]
    body = leaf("text/plain", text, "us-ascii", "7bit")
    h = apple(frm, to, [BOT], subject, sent, f"<{hx('10811', 8).upper()}-{hx('10811a', 4).upper()}-"
                                            f"{hx('10811b', 4).upper()}-{hx('10811c', 12).upper()}@{DOM}>", BOT,
              seed="10811")
    items = [
        it("沈佳怡", "chase the Galle shipment of CB-700 fibre and confirm the new ETA", "2026-06-11",
           ("wkday", "Thu")),
        it("Dilan Perera", "sign off the H2 maintenance budget", "2026-06-12"),
        it("胡振华", "agree the new in-process sampling plan", "2026-06-16"),
        it("方婷", "publish the duty roster for the Dragon Boat Festival holiday", "2026-06-18", ("pre_hol",)),
        it("叶子豪", "visit the Wu River site with the customer's engineer", vague=True),
    ]
    notes = ("Apple Mail plain 7bit English minutes in prose: 'X to …' sentences and 'I will …' (= the sender, "
             "Dilan Perera). Sent Mon 2026-06-08. #1 'by Thursday' -> 2026-06-11. #2 -> 2026-06-12. #3 two people "
             "agree the plan and 'Zhenhua to circulate it by 16 June': one item owned by 胡振华, due 2026-06-16 "
             "(AMBIGUOUS: 楼晓峰 is a co-worker on it; readers record the person who delivers). #4 'before the "
             "break' (Dragon Boat 06-19..21) -> 2026-06-18. #5 'next week, date to be confirmed' -> vague_due. "
             "Sales figures, the second-shift decision and the closure dates are not items.")
    return case("10811-en-apple-prose-x-to", "minutes", message(h, body), notes,
                "Apple Mail English prose: 'X to …' and 'I will …' (= From), two names on one action, 'before "
                "the break' = 06-18, 'next week, date TBC' -> vague", items)


def c10812():
    sent = dt.datetime(2026, 6, 30, 0, 40, 5, tzinfo=UTC)
    subject = "RE: Dryer #2 vibration"
    prev = f"<TYZPR06MB4410{hx('10812p', 24).upper()}@TYZPR06MB4410.apcprd06.prod.example.net>"
    text = """Zhenhua,

Thanks for the quick update. Can you send me the vibration log from last night by tomorrow noon? If it is the bearing again we order two spares straight away, no need to wait for the monthly PO.

Dilan

From: Zhenhua Hu <zhenhua.hu@ruhuna-jh.example.cn>
Sent: Monday, June 29, 2026 9:12 PM
To: Dilan Perera <dilan.perera@ruhuna-jh.example.cn>
Cc: Xiaofeng Lou <xiaofeng.lou@ruhuna-jh.example.cn>; Minutes Bot <minutes@ruhuna-jh.example.cn>
Subject: Dryer #2 vibration

Dilan,

Dryer #2 tripped twice on high vibration tonight (19:40 and 20:55). We restarted at reduced speed. I will check the main bearing tomorrow morning.

Zhenhua
"""
    frm = P("Dilan Perera")
    to = [("Zhenhua Hu", P("胡振华")[1])]
    cc = [("Xiaofeng Lou", P("楼晓峰")[1]), BOT]
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable", cs_quote=True),
                                 leaf("text/html", exchange_html(lines(text)), "us-ascii", "quoted-printable",
                                      cs_quote=True)],
                 "_000_TYZPR06MB6172B8E01C3D4F5A6B7C8D9E0F1A2TYZPR06MB6172apcp_")
    h = exchange(frm, to, cc, subject, sent, f"<TYZPR06MB6172{hx('10812', 24).upper()}@TYZPR06MB6172.apcprd06.prod.example.net>",
                 BOT, irt=prev, refs=[prev], seed="10812", topic="Dryer #2 vibration")
    notes = ("A reply in an ordinary thread that happens to have the bot in Cc (the first mail was a status "
             "report, not minutes, and no recap was ever sent). Dilan asks for a log 'by tomorrow noon' - a "
             "person's request, not minutes and not a reply to a bot recap -> kind other, no items. M365, +0000 "
             "Date (08:40 in Shanghai).")
    return case("10812-other-en-reply-in-ordinary-thread-m365", "other", message(h, body), notes,
                "M365 'RE:' in an ordinary thread with the bot in Cc: a request with 'by tomorrow noon' and a "
                "quoted status mail -> other")


def c10813():
    sent = dt.datetime(2026, 6, 23, 2, 15, 48, tzinfo=UTC)
    subject = "FW: 婺江生态护岸项目现场协调会纪要（6月22日）"
    text = """Dilan, FYI - the customer's minutes of yesterday's site meeting (in Chinese). Bot copied so that our actions and theirs are tracked. Ours are 2, 3 and 5.

Jason

From: 何建平 <hejianping@jhwjst.example.cn>
Sent: Monday, June 22, 2026 6:05 PM
To: Jason Ye <zihao.ye@ruhuna-jh.example.cn>
Cc: Xiaofeng Lou <xiaofeng.lou@ruhuna-jh.example.cn>
Subject: 婺江生态护岸项目现场协调会纪要（6月22日）

叶经理、楼工：

今天现场协调会纪要如下：
一、时间地点：6月22日下午，婺江二期3号标段现场
二、参加人员：金华婺江生态水利工程有限公司 何建平，施工队 邵队长；鲁胡纳 叶子豪、楼晓峰
三、议定事项
1. 我方（何建平）负责6月30日前提供二期护坡断面图（含坡比）。
2. 鲁胡纳叶经理下周三前提交CB-700椰纤毯与锚钉的分批供货计划。
3. 鲁胡纳楼工6月26日前出具椰纤毯抗拉强度及降解周期检测报告复印件。
4. 施工队邵队长尽快整改3号段坡面平整度，满足铺设要求。
5. 鲁胡纳派技术人员现场指导首批铺设，时间待坡面整改完成后另定。
四、下次协调会：7月1日（周三）上午10点，现场。

何建平
金华婺江生态水利工程有限公司 工程部
"""
    frm = ("Jason Ye", P("叶子豪")[1])
    to = [P("Dilan Perera")]
    cc = [("Xiaofeng Lou", P("楼晓峰")[1]), BOT]
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64", cs_quote=True),
                                 leaf("text/html", exchange_html(lines(text)), "utf-8", "base64", cs_quote=True)],
                 "_000_SEZPR06MB5480C2D3E4F5A6B7C8D9E0F1A2B3SEZPR06MB5480apcp_")
    h = exchange(frm, to, cc, subject, sent, f"<SEZPR06MB5480{hx('10813', 24).upper()}@SEZPR06MB5480.apcprd06.prod.example.net>",
                 BOT, seed="10813")
    items = [
        it(("何建平", "hejianping@jhwjst.example.cn"), "提供二期护坡断面图（含坡比）", "2026-06-30"),
        it("叶子豪", "提交CB-700椰纤毯与锚钉的分批供货计划", "2026-07-01", ("nextwk", "三")),
        it("楼晓峰", "出具椰纤毯抗拉强度及降解周期检测报告复印件", "2026-06-26"),
        it(("邵队长", None), "整改3号段坡面平整度", vague=True),
        it(None, "派技术人员现场指导首批铺设", vague=True),
    ]
    notes = ("M365 'FW:' with an English preface over Chinese minutes written by the customer (何建平, 金华婺江"
             "生态水利). The minutes sit below an English Outlook 'From:/Sent:' block and must not be cut as a quote. "
             "Date Tue 2026-06-23 02:15 +0000 = 10:15 Shanghai; the minutes were written Mon 06-22, and both anchors "
             "give the same dates. #1 owner 何建平 (outside the roster; address from the forwarded From line), "
             "2026-06-30. #2 '叶经理' = 叶子豪 (alias), '下周三前' -> 2026-07-01. #3 '楼工' = 楼晓峰, 2026-06-26. "
             "#4 '施工队邵队长' has no address -> owner_name 邵队长, email null; '尽快' -> vague_due. #5 owner is the "
             "company '鲁胡纳' -> no_owner; '时间待…另定' -> vague_due. 下次协调会 7月1日（周三）上午10点 -> "
             "2026-07-01 10:00.")
    return case("10813-fw-customer-minutes-en-preface-m365", "minutes", message(h, body), notes,
                "M365 'FW:' with an English preface over the customer's Chinese minutes: external owners from the "
                "forwarded header, 叶经理/楼工 aliases, company-only owner, owner without address",
                items, fu("2026-07-01", "10:00"))


def c10814():
    sent = dt.datetime(2026, 7, 13, 10, 5, 0, tzinfo=SLST)
    subject = "Supplier quality audit Jinhua - minutes (PDF)"
    text = """Dear Dilan, dear team,

Please find attached the minutes of last week's process audit (9-10 July). The actions are in section 4; owners, please confirm by reply.

Regards,
Nadeesha
"""
    pdf = make_pdf("Minutes: Process audit, Jinhua plant, 9-10 July 2026", [
        "Ruhuna Coir PLC - Group Quality",
        "Auditors: Nadeesha Fernando, Kasun Wijesinghe. Auditees: Dilan Perera, Xiaofeng Lou, Zhenhua Hu.",
        "## 1. Scope",
        "Intake inspection, drying, needle-punching, packing.",
        "## 2. Findings",
        "NCR-0713-01 (minor): moisture records on Line 2 incomplete for 2 shifts.",
        "NCR-0713-02 (major): tensile test frequency below the control plan.",
        "## 3. Good practice",
        "Bale-opening dust control is effective.",
        "## 4. Actions",
        "4.1 Xiaofeng Lou - close NCR-0713-02 with a corrected test frequency - due 17 July 2026",
        "4.2 Zhenhua Hu - recalibrate the Line 2 moisture meter - within 3 working days",
        "4.3 Jiayi Shen - audit the Dongyang bale-strapping supplier - by 31 July",
        "4.4 Dilan Perera - approve the revised control plan - by Friday next week",
        "## 5. Next audit",
        "Follow-up audit planned for October 2026 (date TBC).",
    ], author="Nadeesha Fernando")
    frm = P("Nadeesha Fernando")
    to = [P("Dilan Perera"), ("Xiaofeng Lou", P("楼晓峰")[1]), ("Zhenhua Hu", P("胡振华")[1]),
          ("Jiayi Shen", P("沈佳怡")[1])]
    cc = [P("Kasun Wijesinghe"), BOT]
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit", cs_quote=True),
                              leaf("text/html", gmail_html(lines(text)), "UTF-8", "quoted-printable", cs_quote=True)],
              f"000000000000{hx('10814a', 16)}"),
        leaf("application/pdf", data=pdf, cte="base64", name="Audit_Jinhua_2026-07_minutes.pdf",
             disposition="attachment", headers=[("Content-ID", f"<f_{hx('10814c', 9)}0>"),
                                                ("X-Attachment-Id", f"f_{hx('10814c', 9)}0")])],
        f"000000000000{hx('10814m', 16)}")
    h = gmail(frm, to, cc, subject, sent, f"<CAKx{hx('10814', 20)}+{hx('10814q', 14)}@mail.gmail.com>", BOT,
              seed="10814")
    items = [
        it("楼晓峰", "close NCR-0713-02 with a corrected test frequency", "2026-07-17"),
        it("胡振华", "recalibrate the Line 2 moisture meter", "2026-07-16", ("wd", 3)),
        it("沈佳怡", "audit the Dongyang bale-strapping supplier", "2026-07-31"),
        it("Dilan Perera", "approve the revised control plan", "2026-07-24", ("nextwk", "Fri")),
    ]
    notes = ("Gmail mail whose minutes are only in a PDF attachment (reportlab, text extractable). Date Mon "
             "2026-07-13 10:05 +0530 = 12:35 Shanghai, same date. Section 4 actions: 4.1 -> 2026-07-17; 4.2 "
             "'within 3 working days' -> 07-14, 07-15, 07-16 = 2026-07-16; 4.3 'by 31 July' -> 2026-07-31; 4.4 'by "
             "Friday next week' -> 2026-07-24. Findings (NCRs) are facts; 'October 2026 (date TBC)' is not a dated "
             "next meeting -> no follow-up.")
    return case("10814-en-pdf-minutes-gmail", "minutes", message(h, body), notes,
                "Gmail with the minutes only in a PDF attachment (+0530 Date): within 3 working days, by Friday "
                "next week; findings are not items", items)


def c10815():
    sent = dt.datetime(2026, 8, 4, 11, 2, 40, tzinfo=SLST)
    orig_id = "<mb.20260804.7c2e1a@ruhuna-jh.example.cn>"
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kasun.wijesinghe@ruhunacoir.example.lk
    host mx1.ruhunacoir.example.lk [203.94.66.10]
    SMTP error from remote mail server after RCPT TO:<kasun.wijesinghe@ruhunacoir.example.lk>:
    550 5.1.1 <kasun.wijesinghe@ruhunacoir.example.lk>: Recipient address rejected: User unknown
"""
    status = """Reporting-MTA: dns; mx1.ruhunacoir.example.lk

Action: failed
Final-Recipient: rfc822;kasun.wijesinghe@ruhunacoir.example.lk
Status: 5.1.1
Remote-MTA: dns; mx1.ruhunacoir.example.lk
Diagnostic-Code: smtp; 550 5.1.1 <kasun.wijesinghe@ruhunacoir.example.lk>: Recipient address rejected: User unknown
"""
    orig = f"""Return-path: <minutes@ruhuna-jh.example.cn>
From: Minutes Bot <minutes@ruhuna-jh.example.cn>
To: Kasun Wijesinghe <kasun.wijesinghe@ruhunacoir.example.lk>
Subject: [Minutes] Plant maintenance review - 3 actions, please confirm by 18:00
Date: Tue, 04 Aug 2026 13:32:31 +0800
Message-ID: {orig_id}
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
"""
    b = f"1754285560-eximdsn-{hx('10815', 9)}"
    body = ([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"")],
            (f"--{b}\nContent-type: text/plain; charset=us-ascii\n\n{text}\n--{b}\n"
             f"Content-type: message/delivery-status\n\n{status}\n--{b}\nContent-type: text/rfc822-headers\n\n"
             f"{orig}\n--{b}--\n").encode())
    h = [("Received", f"from mx1.ruhunacoir.example.lk ([203.94.66.10])\n\tby mx.ruhuna-jh.example.cn (Postfix) with "
                      f"ESMTPS id 4F2A81C0D3\n\tfor <minutes@ruhuna-jh.example.cn>; {rfc_date(sent)}"),
         ("Return-path", "<>"), ("X-Failed-Recipients", "kasun.wijesinghe@ruhunacoir.example.lk"),
         ("Auto-Submitted", "auto-replied"), ("From", "Mail Delivery System <Mailer-Daemon@mx1.ruhunacoir.example.lk>"),
         ("To", "minutes@ruhuna-jh.example.cn"), ("References", orig_id),
         ("Content-Transfer-Encoding", "7bit"), ("MIME", None),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Message-Id", f"<E1uj{hx('10815m', 10)}-0007Qx-2C@mx1.ruhunacoir.example.lk>"),
         ("Date", rfc_date(sent))]
    notes = ("Exim delivery-status notification (multipart/report; report-type=delivery-status, Return-path <>, "
             "Auto-Submitted: auto-replied, From Mailer-Daemon) for a bot recap sent to a wrong head-office "
             "address. kind auto; the returned headers mention a deadline ('by 18:00') that must not be read.")
    return case("10815-auto-dsn-exim", "auto", message(h, body), notes,
                "Exim DSN (multipart/report, text/rfc822-headers) for a recap to an unknown Galle address")


def c10816():
    sent = dt.datetime(2026, 7, 23, 16, 40, 2, tzinfo=CST)
    subject = "飞书智能纪要：7月生产安全例会"
    text = """【飞书妙记 · 智能纪要】7月生产安全例会
时间：2026年7月23日 14:00 | 时长 52分钟 | 参会人：胡振华、方婷、沈佳怡、楼晓峰

总结
本次例会主要讨论了高温季节车间安全、2号烘干线轴承异响和原料到港安排。胡振华介绍了上周2号线两次停机的情况，初步判断为主轴承磨损；方婷提醒7月高温补贴需在月底前发放；沈佳怡通报斯里兰卡椰壳纤维预计8月中旬到港。

待办
□ 胡振华：下周二前完成2号烘干线主轴承更换并试车
□ 方婷：7月底前完成夏季高温补贴发放名单并报财务
□ 沈佳怡：跟进斯里兰卡椰壳纤维到港情况，到港后2个工作日内安排入库检验
□ 楼晓峰 @胡振华：周五前一起修订烘干工序作业指导书（v3.2）

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    frm = P("胡振华")
    to = [P("方婷"), P("沈佳怡"), P("楼晓峰")]
    cc = [P("Dilan Perera"), BOT]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="UTF-8", font="PingFang SC"), "UTF-8",
                                      "base64")], f"{hx('10816b', 28)}")
    h = feishu(frm, to, cc, subject, sent, f"<{hx('10816', 16)}.{hx('10816z', 8)}@{DOM}>", BOT, seed="10816",
               mailer="Feishu Mail")
    items = [
        it("胡振华", "完成2号烘干线主轴承更换并试车", "2026-07-28", ("nextwk", "二")),
        it("方婷", "完成夏季高温补贴发放名单并报财务", "2026-07-31", ("monthend",)),
        it("沈佳怡", "跟进斯里兰卡椰壳纤维到港情况"),
        it("楼晓峰", "修订烘干工序作业指导书（v3.2）", "2026-07-24", ("wkday", "五")),
    ]
    notes = ("Feishu 智能纪要 (AI minutes) mailed by 胡振华: only the 待办 list counts; the 总结 paragraph restates "
             "the same work ('月底前发放', '8月中旬到港') and is not items. Sent Thu 2026-07-23. #1 '下周二前' -> "
             "2026-07-28. #2 '7月底前' -> 2026-07-31. #3 '到港后2个工作日内' depends on an unknown arrival date -> "
             "due null, no_due. #4 '楼晓峰 @胡振华' - the first-named person owns it (AMBIGUOUS: a co-owner is "
             "tagged), '周五前' -> 2026-07-24.")
    return case("10816-feishu-ai-minutes-todo-only", "minutes", message(h, body), notes,
                "Feishu 智能纪要: only 待办 counts (总结 repeats dates); condition-relative deadline -> no_due; "
                "'A @B' co-owner", items)


CASES = [c10808, c10809, c10810, c10811, c10812, c10813, c10814, c10815, c10816]
