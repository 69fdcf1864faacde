"""heldout69 cases of Saaz Green Hop Processing (Changji) and its Czech parent: 9726-9734 and 9738."""
import io

from h69_clients import apple, exchange_online, exo_body, feishu, gmail, outlook, outlook_body, thunderbird
from h69_common import BOTS, FU, Case, I, P, T
from h69_mime import attach, esc, flowed, hx, lines_html, table_html, table_text

BOT = BOTS["hop"]
MJX = ("马建新", "mjx@fenghe-hops.example.cn")


def _h(text):
    return "\n".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in text.split("\n"))


def c9726():
    t = T(2026, 8, 10, 16, 45, 12, off=0)
    text = """Hi all,

Minutes of today's pre-harvest readiness review. Please check your actions and shout if anything is wrong.

Attendees: Tomáš Dvořák, Ma Haijun, Erkin Tursun, Gulnar Abdukerim, Song Jia, Han Dong

Status
- Kiln 1 and 2 passed the pressure test. Pellet line 2 commissioning is complete (done, no action).
- Expected intake this season: 1,150 t of green cones.

Actions

Action 1
Owner: Erkin Tursun
Task: Complete the kiln burner service and test run
Due: 20 Aug 2026

Action 2
Owner: Song Jia
Task: Book 6 reefer containers for the September pellet shipments to Hamburg
Due: by Friday

Action 3
Owner: Gulnar
Task: Calibrate the moisture analysers before the first delivery
Due: within 2 working days

Action 4
Owner: Quality + Operations
Task: Update the HACCP plan for the new pellet line
Due: end of month

Action 5
Owner: Han Dong
Task: Collect harvest start dates from all 14 grower groups
Due: TBD

Next readiness check: Monday 17 Aug, 09:30 Changji time.

Tomáš
"""
    ppl = [P("mahaijun"), P("erkin"), P("gulnar"), P("songjia"), P("handong")]
    eml, mid = exchange_online(P("tomas"), ppl, [BOT], "Pre-harvest readiness review - minutes", t,
                               exo_body(text, _h(text), "9726"), "9726", BOT)
    items = [
        I("erkin", "Complete the kiln burner service and test run", "2026-08-20", ("md", 8, 20)),
        I("songjia", "Book 6 reefer containers for the September pellet shipments to Hamburg", "2026-08-14", ("wd", 4)),
        I("gulnar", "Calibrate the moisture analysers before the first delivery", "2026-08-13", ("workdays", 2)),
        I(None, "Update the HACCP plan for the new pellet line", "2026-08-31", ("month_end",)),
        I("handong", "Collect harvest start dates from all 14 grower groups", vague=True),
    ]
    notes = ("Microsoft 365 English minutes in Owner/Task/Due blocks (UTF-8 QP). Date: Mon 2026-08-10 16:45 +0000 = Tue "
             "2026-08-11 00:45 in Shanghai, so relative dates start from Tuesday 08-11: 'within 2 working days' -> 08-12, "
             "08-13 -> 2026-08-13 (not 08-12); 'by Friday' -> 2026-08-14; 'end of month' -> 2026-08-31; 'TBD' -> vague_due. "
             "'Owner: Quality + Operations' is two departments -> no_owner, department null. 'Gulnar' alias. The status "
             "lines (done) are not items. 'Next readiness check: Monday 17 Aug, 09:30 Changji time' (= Beijing time) -> "
             "2026-08-17 09:30.")
    return Case(9726, "hop-owner-due-blocks-m365-utc", "minutes", eml, items, FU("2026-08-17", "09:30", ("md", 8, 17)), notes,
                "M365 English Owner/Task/Due blocks with a +0000 Date that is already Tuesday in Shanghai: 'within 2 working days', 'by Friday', end of month, TBD, two-department owner"), mid


def _pdf_9727():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Changji internal audit follow-up - action plan")
    c.setAuthor("Petra Novakova")
    y = 800
    lines = [("Helvetica-Bold", 13, "Saaz Green a.s. - Group Quality"),
             ("Helvetica-Bold", 11, "Internal audit follow-up meeting, Changji plant, 15 June 2026 (video call)"),
             ("Helvetica", 10, "Participants: Petra Novakova, Gulnar Abdukerim, Ma Haijun, Erkin Tursun"),
             ("Helvetica", 10, ""),
             ("Helvetica-Bold", 10, "Findings closed"),
             ("Helvetica", 10, "F-03 Pest control log incomplete - closed (evidence reviewed on the call)."),
             ("Helvetica", 10, ""),
             ("Helvetica-Bold", 10, "Open actions"),
             ("Helvetica", 10, "A1  Install a second metal detector after the pellet mill."),
             ("Helvetica", 10, "      Owner: Ma Haijun    Due: 31 July 2026"),
             ("Helvetica", 10, "A2  Issue the cold store temperature mapping report."),
             ("Helvetica", 10, "      Owner: Gulnar Abdukerim    Due: 30 June 2026"),
             ("Helvetica", 10, "A3  Retrain kiln operators on drying-log entries."),
             ("Helvetica", 10, "      Owner: Erkin Tursun    Due: 10 July 2026"),
             ("Helvetica", 10, "A4  Send the updated supplier questionnaire template to Changji."),
             ("Helvetica", 10, "      Owner: Petra Novakova    Due: 19 June 2026"),
             ("Helvetica", 10, ""),
             ("Helvetica", 10, "Next follow-up call: 7 July 2026, 09:00 CEST / 15:00 Changji."),
             ("Helvetica-Oblique", 8, "Document GQ-AP-2026-07, rev. 1")]
    for font, size, s in lines:
        c.setFont(font, size)
        c.drawString(56, y, s)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def c9727():
    t = T(2026, 6, 16, 7, 10, 31, off=0)
    text = """Dear all,

Please find attached the action plan from yesterday's audit follow-up call. Finding F-03 is closed; four actions remain open, with owners and due dates in the PDF.

Kind regards,
Petra

Petra Nováková
Group Quality Manager | Saaz Green a.s. | Žatec, Czech Republic
"""
    att = attach("Changji_audit_follow-up_action_plan.pdf", _pdf_9727(), "application/pdf")
    frm = ("Petra Nováková", "petra.novakova@saazgreen.example.cz")
    eml, mid = exchange_online(frm, [P("gulnar"), P("mahaijun"), P("erkin")], [P("tomas"), BOT],
                               "Changji internal audit follow-up - action plan", t, exo_body(text, _h(text), "9727", atts=[att]),
                               "9727", BOT)
    items = [
        I("mahaijun", "Install a second metal detector after the pellet mill", "2026-07-31", ("md", 7, 31)),
        I("gulnar", "Issue the cold store temperature mapping report", "2026-06-30", ("md", 6, 30)),
        I("erkin", "Retrain kiln operators on drying-log entries", "2026-07-10", ("md", 7, 10)),
        I("petra", "Send the updated supplier questionnaire template to Changji", "2026-06-19", ("md", 6, 19)),
    ]
    notes = ("Group Quality (Czechia) sends the minutes as a PDF action plan (reportlab, invariant) from Microsoft 365, Date "
             "Tue 2026-06-16 07:10 +0000 (= 15:10 Shanghai). The items are only in the PDF: A1-A4 with Owner/Due lines. "
             "'Petra Novakova' (no diacritics in the PDF) = roster Petra Nováková. F-03 is closed -> not an item. Next "
             "follow-up '7 July 2026, 09:00 CEST / 15:00 Changji' -> 2026-07-07 15:00 (CEST = UTC+2).")
    return Case(9727, "hop-pdf-action-plan-m365-czech", "minutes", eml, items,
                FU("2026-07-07", "15:00", ("tz", "2026-07-07 09:00", 2)), notes,
                "Czech parent's M365 mail with the minutes only in a PDF (A1-A4 Owner/Due); closed finding excluded; follow-up in CEST/Changji"), mid


def c9728():
    t = T(2026, 6, 1, 18, 5, 48)
    text = """Team,

Notes from this afternoon's harvest planning session. Short version:

- Alpha-acid pre-tests from the Hutubi fields look normal, harvest start is expected around Aug 25.
- We stay with two shifts during harvest; third shift only if intake exceeds 60 t/day.

AI: Han Dong – finalize picker contracts with the Hutubi co-op by Jun 5
AI: Erkin – kiln burner service before harvest (by Aug 20)
AI (Ma Haijun): get two quotes for the second pellet press ASAP
AI: Sherry – update the harvest cash-flow forecast by end of June

Next check-in: Thursday 11 June, 10:00 Changji / 04:00 Žatec.

Tomáš

Sent from my Mac
"""
    eml, mid = apple(P("tomas"), [P("handong"), P("erkin"), P("mahaijun"), P("liuxiuying")], [P("jakub"), BOT],
                     "Harvest planning – notes 1 June", t, text, "9728", BOT)
    items = [
        I("handong", "finalize picker contracts with the Hutubi co-op", "2026-06-05", ("md", 6, 5)),
        I("erkin", "kiln burner service before harvest", "2026-08-20", ("md", 8, 20)),
        I("mahaijun", "get two quotes for the second pellet press", vague=True),
        I("liuxiuying", "update the harvest cash-flow forecast", "2026-06-30", ("month_end",)),
    ]
    notes = ("Apple Mail (text/plain UTF-8 QP) English notes with 'AI:' lines in three spellings (AI: Name – task; AI (Name): "
             "task). Sent Mon 2026-06-01 18:05 +0800. 'by Jun 5' -> 2026-06-05; '(by Aug 20)' -> 2026-08-20 ('before "
             "harvest' alone is vague, the bracket gives the date); ASAP -> vague_due; 'by end of June' -> 2026-06-30. "
             "Sherry = 刘秀英 alias. 'around Aug 25' and '60 t/day' are plans, not items. 'Next check-in: Thursday 11 June, "
             "10:00 Changji / 04:00 Žatec' -> 2026-06-11 10:00 (Beijing time; Žatec is UTC+2 in June).")
    return Case(9728, "hop-ai-lines-apple-mail", "minutes", eml, items, FU("2026-06-11", "10:00", ("tz", "2026-06-11 04:00", 2)), notes,
                "Apple Mail English 'AI:' lines in mixed forms; Sherry alias; by Jun 5 / (by Aug 20) / ASAP / by end of June; check-in in two zones"), mid


def c9729():
    t = T(2026, 7, 22, 10, 15, 3)
    rows = [["事项 Item", "负责人 Owner", "截止 Due", "备注 Notes"],
            ["颗粒机环模更换 Replace pellet-mill ring die", "艾尔肯 Erkin", "下周一 / next Mon", "备件已到 spare part arrived"],
            ["冷库除霜系统检修 Cold-store defrost service", "马海军", "7月31日", ""],
            ["包装袋供应商二次审核 Second audit of bag supplier", "古丽 Gulnar", "8/7", "和Petra视频 video with Petra"],
            ["叉车年检 Forklift annual inspection", "宋佳 Jessica", "待定 TBD", ""]]
    pre = "各位 / All,\n\n今天早会的待办整理如下 / Actions from this morning's stand-up:\n"
    post = "\n下次碰头 Next sync：7月29日（周三）10:00\n\n马海军 Ma Haijun\n"
    text = pre + "\n" + table_text(rows) + "\n" + post
    html = lines_html(pre) + table_html(rows) + lines_html(post)
    eml, mid = feishu(P("mahaijun"), [P("erkin"), P("gulnar"), P("songjia")], [P("tomas"), BOT],
                      "早会待办 Stand-up actions 7/22", t, text, html, "9729", BOT)
    items = [
        I("erkin", "颗粒机环模更换", "2026-07-27", ("next", 0)),
        I("mahaijun", "冷库除霜系统检修", "2026-07-31", ("md", 7, 31)),
        I("gulnar", "包装袋供应商二次审核", "2026-08-07", ("md", 8, 7)),
        I("songjia", "叉车年检", vague=True),
    ]
    notes = ("Feishu mail (UTF-8 QP) with a bilingual table. Sent Wed 2026-07-22 10:15 +0800. Owners written 'Chinese + "
             "English' (艾尔肯 Erkin, 古丽 Gulnar, 宋佳 Jessica) resolve through aliases. '下周一 / next Mon' -> 2026-07-27; "
             "7月31日; '8/7' is M/D -> 2026-08-07 (a Chinese/English writer, not D/M; 7 August is after the 7/22 send date "
             "while 8 July would be past); '待定 TBD' -> vague_due. Task text is the Chinese half (either half is the same "
             "task). Next sync 7月29日（周三）10:00 -> follow-up.")
    return Case(9729, "hop-bilingual-table-feishu", "minutes", eml, items, FU("2026-07-29", "10:00", ("md", 7, 29)), notes,
                "Feishu bilingual table (事项 Item / 负责人 Owner / 截止 Due): 'Chinese English' owner cells, 下周一 / next Mon, 8/7 as M/D, 待定 TBD"), mid


def c9730():
    t = T(2026, 8, 10, 16, 47, 55, off=0)
    text = """Thank you for your message.

I am on holiday until Monday 24 August with limited access to e-mail. Messages will not be forwarded.
For urgent quality matters please contact Jakub Svoboda (jakub.svoboda@saazgreen.example.cz).

Best regards,
Petra Nováková
"""
    irt = f"<r.20260811.{hx('9730r', 10)}@saazgreen-cj.example.com>"
    extra = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "petra.novakova@saazgreen.example.cz"),
             ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]
    eml, mid = exchange_online(("Petra Nováková", "petra.novakova@saazgreen.example.cz"), [BOT], [],
                               "Automatic reply: [Recap] Pre-harvest readiness review - minutes", t,
                               exo_body(text, _h(text), "9730"), "9730", BOT, irt=irt, refs=[irt], extra=extra)
    notes = ("Exchange Online out-of-office 'Automatic reply:' to the bot's recap, with Auto-Submitted: auto-replied and "
             "X-MS-Exchange-Inbox-Rules-Loop; the text has a date (24 August) and a contact -> kind auto, no items.")
    return Case(9730, "hop-ooo-m365-auto-submitted", "auto", eml, [], None, notes,
                "Exchange Online English out-of-office to the recap (Auto-Submitted: auto-replied, Inbox-Rules-Loop) -> auto"), mid


def c9731():
    t = T(2026, 7, 31, 17, 30, 20)
    text = """Dear colleagues,

Here is our plant update for July.

Safety: 212 days without a lost-time accident. Thank you all.
Production: pellet line 2 is running at 1.8 t/h after commissioning; line 1 overhaul finished on 24 July.
People: welcome to our two new lab technicians, who joined Quality this month.
Harvest 2026: picking is expected to start around 25 August. If you plan leave in August or September, please send your request to your manager by 10 August.
Community: the Hutubi co-op invited us to their harvest festival on 5 September - details will follow.

Have a good weekend,
Tomáš Dvořák
General Manager
"""
    allstaff = ("All Staff Changji", "allstaff@saazgreen-cj.example.com")
    node = outlook_body(text, _h(text), "utf-8", "9731", cte="quoted-printable")
    eml, mid = outlook(P("tomas"), [allstaff], [BOT], "Plant update - July 2026", t, node, "9731", BOT, cs="utf-8", lang="en-us")
    notes = ("The general manager's monthly plant newsletter to the all-staff group, from Outlook, with no List-Id / "
             "Precedence / List-Unsubscribe headers. It contains dates and a request (leave requests by 10 August) but "
             "records no meeting -> kind other (a person's newsletter, not bulk mail), no items.")
    return Case(9731, "hop-plant-newsletter-outlook", "other", eml, [], None, notes,
                "A person's internal newsletter (no bulk headers) with dates and a request -> other, not minutes"), mid


def c9732():
    t = T(2026, 8, 4, 8, 12, 40, off=0)
    prev_mid = f"<{hx('9732p', 12)}@saazgreen-cj.example.com>"
    text = """Hi Jessica,

Thanks - 6 containers is fine. Could you check whether the September sailing can be moved one week earlier? Two of our brewery customers want the new crop in their cold stores before 15 October.

Best,
Jakub

________________________________
From: Song Jia <song.jia@saazgreen-cj.example.com>
Sent: Monday, August 3, 2026 6:40 PM
To: Jakub Svoboda <jakub.svoboda@saazgreen.example.cz>
Cc: Ma Haijun <ma.haijun@saazgreen-cj.example.com>; Minutes Bot <minutes@saazgreen-cj.example.com>
Subject: Pellet shipment to Hamburg - container booking

Hi Jakub,

For the September pellet shipments I plan 6 x 40' reefers from Urumqi via Lianyungang. The forwarder needs our confirmation by 7 August. Please let me know if the quantity is OK.

Jessica
"""
    frm = ("Jakub Svoboda", "jakub.svoboda@saazgreen.example.cz")
    eml, mid = exchange_online(frm, [P("songjia")], [P("mahaijun"), BOT], "RE: Pellet shipment to Hamburg - container booking", t,
                               exo_body(text, _h(text), "9732"), "9732", BOT, irt=prev_mid, refs=[prev_mid])
    notes = ("A reply in a logistics thread that was never minutes (the bot was in Cc of the first mail). It asks a question "
             "and quotes a message with a date (confirmation by 7 August) -> kind other, no items; not a reply to minutes.")
    return Case(9732, "hop-thread-reply-not-minutes-m365", "other", eml, [], None, notes,
                "M365 'RE:' in a logistics thread (not a minutes thread) with a question and a quoted deadline -> other"), mid


def c9733():
    t = T(2026, 6, 29, 17, 30, 6)
    raw = """QC weekly - 29 Jun

Present: Gulnar, Erkin, Song Jia, Han Dong

1. Moisture of incoming cones: avg 9.8%, within spec.
2. Pellet density complaint from Žatec (lot CJ-2605-11): retained sample re-tested, density is OK; the real problem is the bag seal on line 2.

Actions:
- Song Jia to book the reefer container for the replacement lot by 7/3.
- Erkin to check the heat sealer on bagging line 2 by tomorrow noon.
- Han Dong to send the updated field spray records to Petra before the audit (13 Jul).
- Gulnar to write the 8D report for the bag-seal complaint within 5 working days.

Next QC weekly: same time next Monday (6 Jul, 15:00).

--
Gulnar Abdukerim
Quality Lead, Saaz Green Hop Processing (Changji)
"""
    eml, mid = thunderbird(P("gulnar"), [P("erkin"), P("songjia"), P("handong")], [P("tomas"), P("petra"), BOT],
                           "QC weekly 29 Jun - notes", t, flowed(raw, 72), "9733", BOT)
    items = [
        I("songjia", "book the reefer container for the replacement lot", "2026-07-03", ("md", 7, 3)),
        I("erkin", "check the heat sealer on bagging line 2", "2026-06-30", ("plus", 1), at="12:00"),
        I("handong", "send the updated field spray records to Petra", "2026-07-13", ("md", 7, 13)),
        I("gulnar", "write the 8D report for the bag-seal complaint", "2026-07-06", ("workdays", 5)),
    ]
    notes = ("Thunderbird English text/plain format=flowed (delsp=yes). Sent Mon 2026-06-29 17:30 +0800. 'X to …' actions: "
             "'by 7/3' -> M/D 2026-07-03; 'by tomorrow noon' -> 2026-06-30 12:00; 'before the audit (13 Jul)' -> "
             "2026-07-13; 'within 5 working days' -> 06-30, 07-01, 07-02, 07-03, 07-06 -> 2026-07-06 (the writer owns it). "
             "9.8% and the lot number are facts. 'same time next Monday (6 Jul, 15:00)' -> 2026-07-06 15:00.")
    return Case(9733, "hop-x-to-actions-thunderbird-flowed", "minutes", eml, items, FU("2026-07-06", "15:00", ("next", 0)), notes,
                "Thunderbird flowed English 'X to …' actions: by 7/3 (M/D), by tomorrow noon, before the audit (13 Jul), within 5 working days; lot numbers not dates"), mid


def c9734():
    t = T(2026, 4, 20, 20, 40, 33)
    text = """马社长、各位：

今晚和丰禾合作社的线上沟通会纪要如下（中英文混写，见谅）：

参会：马建新（丰禾合作社）、韩东、刘秀英、Tomáš

一、2026年种植情况：合作社今年新增酒花种植约300亩，品种以Saaz和Cascade为主。
二、待办：
1. 丰禾合作社（马建新）：4月30日前报送2026年各地块种植面积和品种清单；
2. 韩东：月底前完成滴灌改造补贴方案初稿；
3. 刘秀英（Sherry）：5月15日前确认2026年预付款比例和打款时间；
4. Owner TBD：组织一次病虫害防治培训，5月中旬；
5. 双方：签订2026年收购框架协议，尽快。

下次沟通：下周一同一时间（晚上7点）线上会议。

韩东 Han Dong
Agronomist | Saaz Green Hop Processing (Changji)
"""
    eml, mid = gmail(P("handong"), [MJX], [P("liuxiuying"), P("tomas"), BOT], "丰禾合作社沟通会纪要 4/20", t, text, _h(text), "9734", BOT)
    items = [
        I(MJX, "报送2026年各地块种植面积和品种清单", "2026-04-30", ("md", 4, 30)),
        I("handong", "完成滴灌改造补贴方案初稿", "2026-04-30", ("month_end",)),
        I("liuxiuying", "确认2026年预付款比例和打款时间", "2026-05-15", ("md", 5, 15)),
        I(None, "组织一次病虫害防治培训", vague=True),
        I(None, "签订2026年收购框架协议", vague=True),
    ]
    notes = ("Google Workspace Gmail (UTF-8 QP), Chinese with English words. Sent Mon 2026-04-20 20:40 +0800. The grower "
             "co-op's contact 马建新 (To display name, outside the roster) owns item 1 -> his address, department null. "
             "月底前 -> 2026-04-30; 5月15日前; 'Owner TBD … 5月中旬' -> no_owner + vague_due; '双方 … 尽快' -> no_owner + "
             "vague_due. '300亩' is a fact. '下周一同一时间（晚上7点）' -> 2026-04-27 19:00.")
    return Case(9734, "hop-grower-coop-gmail-owner-tbd", "minutes", eml, items, FU("2026-04-27", "19:00", ("next", 0)), notes,
                "Gmail Chinese/English minutes with an outside co-op: external owner via To display name, Owner TBD + 5月中旬, 双方 + 尽快, 晚上7点 follow-up"), mid


def c9738():
    t = T(2026, 8, 25, 16, 0, 27)
    text = """各位：

今天下午中秋、国庆期间物资与发运安排会的纪要：

1. 宋佳：国庆节前发出最后一批颗粒酒花（Hamburg）；
2. 刘秀英：中秋节前发放员工节日福利；
3. 马海军：制定国庆期间生产值班表，9月15日前；
4. 古丽娜尔：国庆节后第一个工作日完成冷库温度记录复核；
5. 艾尔肯：9月20日（周日，调休上班）安排锅炉年检。

说明：中秋节9月25日至27日放假，国庆节10月1日至7日放假，10月10日（周六）上班。

下次会议9月中旬再定。

刘秀英
财务部
"""
    eml, mid = feishu(P("liuxiuying"), [P("songjia"), P("mahaijun"), P("gulnar"), P("erkin")], [P("tomas"), BOT],
                      "中秋国庆物资与发运安排会纪要", t, text, _h(text), "9738", BOT)
    items = [
        I("songjia", "发出最后一批颗粒酒花", "2026-09-30", ("before_hol", "2026-10-01")),
        I("liuxiuying", "发放员工节日福利", "2026-09-24", ("before_hol", "2026-09-25")),
        I("mahaijun", "制定国庆期间生产值班表", "2026-09-15", ("md", 9, 15)),
        I("gulnar", "完成冷库温度记录复核", "2026-10-08", ("after_hol", "2026-10-01")),
        I("erkin", "安排锅炉年检", "2026-09-20", ("md", 9, 20)),
    ]
    notes = ("Feishu mail (UTF-8 QP) on holiday logistics. Sent Tue 2026-08-25 16:00 +0800. 国庆节前 -> last working day "
             "before 10-01 = Wed 2026-09-30; 中秋节前 (09-25..27) -> Thu 2026-09-24; 9月15日前; 国庆节后第一个工作日 -> "
             "Thu 2026-10-08; '9月20日（周日，调休上班）' -> 2026-09-20 (a make-up Sunday). The 说明 line lists holiday "
             "dates (not items). '下次会议9月中旬再定' -> no follow-up. 古丽娜尔 is the roster's short name form.")
    return Case(9738, "hop-mid-autumn-national-day-feishu", "minutes", eml, items, None, notes,
                "Feishu holiday planning: 国庆节前 -> 09-30, 中秋节前 -> 09-24, 国庆节后第一个工作日 -> 10-08, make-up Sunday 09-20; holiday notice line not an item"), mid


def cases():
    return [f()[0] for f in (c9726, c9727, c9728, c9729, c9730, c9731, c9732, c9733, c9734, c9738)]
