"""Cases 9813-9819: Lindqvist Saw Tools (Yongkang), Swedish-owned, writes English (C)."""
from h70_clients import Case, boundary
from h70_common import D, I, PEOPLE as P, attach, esc, html_part, html_table, multi, outlook_html, text_part
from h70_docs import make_docx
from h70_people import BOT_C, EXT

CASES = []


def m365_html(text):
    body = "".join("<div class=\"elementToProof\" style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; "
                   "font-size: 11pt; color: rgb(0, 0, 0);\">%s</div>\n" % (esc(l).replace("  ", "&nbsp; ") if l else "<br>")
                   for l in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n"
            "<body dir=\"ltr\">\n" + body + "</body>\n</html>\n")


# ------------------------------------------------------------------ 9813 M365 English, AI/Owner/Due blocks, UTC Date
T9813 = """Hi all,

Minutes from this morning's engineering review.

Attendees: Vincent Chen, Frank Ying, Joy Lou, Eric Shi, Cathy Hu, Magnus Ekström

1. Carbide tip brazing trial (line 2)
   Result: 3 of 40 blades failed the impact test; root cause still open.
   AI: Re-run the brazing trial with the new silver alloy
       Owner: Eric Shi
       Due: Fri 17 Apr
2. New roller tensioning machine
   AI: Get three quotations for the roller tensioning machine
       Owner: Cathy Hu
       Due: end of April
   AI: Define acceptance criteria for the tensioning machine
       Owner: Vincent
       Due: TBD (after quotations are in)
3. Customer complaint CN-0419 (blade wobble)
   Closed - replacement blades shipped on 10 Apr, customer confirmed.

Next review: Tuesday 21 April, 10:00, meeting room Storsjön.

Br,
Vincent Chen
Engineering Manager | Lindqvist Saw Tools (Yongkang) Co., Ltd.
"""
CASES.append(Case(
    9813, "m365-english-ai-owner-due-blocks-utc", "minutes", "m365", "2026-04-14 02:15:27 +0000",
    P["陈锋"], [P["应晓峰"], P["楼佳"], P["施宇航"], P["胡晨曦"], P["Magnus Ekström"]],
    "Minutes - Weekly Engineering Review - 14 Apr",
    multi("alternative", boundary("m365", 9813), [
        text_part(T9813, "us-ascii", "7bit") if all(ord(c) < 128 for c in T9813) else text_part(T9813, "utf-8",
                                                                                                "quoted-printable"),
        html_part(m365_html(T9813), "utf-8", "quoted-printable")]),
    cc=[BOT_C], rcpt=BOT_C[1],
    items=[
        I("施宇航", "Re-run the brazing trial with the new silver alloy", D("abs", 4, 17), "Fri 17 Apr"),
        I("胡晨曦", "Get three quotations for the roller tensioning machine", D("monthend"), "end of April"),
        I("陈锋", "Define acceptance criteria for the tensioning machine", D("vague"), "TBD"),
    ],
    followup=D("abs", 4, 21, time="10:00"),
    notes="Microsoft 365 English minutes with 'AI:' lines followed by indented Owner:/Due: lines. Date is +0000 02:15 = "
          "Tue 2026-04-14 10:15 Shanghai. Eric Shi = 施宇航, Cathy Hu = 胡晨曦, Vincent = 陈锋 (the writer) via roster "
          "aliases. Fri 17 Apr -> 2026-04-17. 'end of April' -> 2026-04-30. 'TBD (after quotations are in)' -> vague_due. "
          "Item 3 is closed (a report). 'Result: …' is a finding. Next review Tuesday 21 April 10:00 -> 2026-04-21 10:00.",
    tests="M365 English 'AI:' + Owner:/Due: blocks; +0000 Date; end of April; TBD; closed topic skipped"))

# ------------------------------------------------------------------ 9814 Thunderbird format=flowed from Sweden, +0200
T9814 = """Hi Joy, Frank,

Summary of our call on Friday (22 May), as promised. I have put the minutes 
bot in cc so the actions get tracked.

[ ] @Joy: update the heat-treatment control plan with the new hardness 
     window (HRC 44-48) - by Thursday
[ ] @Frank: send the calibration certificates of the two Rockwell testers 
     - next Monday
[x] @Karin: share the group audit checklist - done, attached to my mail of 
     20 May
[ ] @Magnus: decide on the extra shift for the bi-metal line - by end of 
     May
[ ] @Joy + @Frank: joint MSA study on the tooth-set gauge - 10 June

Next check-in: Wed 3 June, 09:00 CEST / 15:00 Yongkang.

Thanks both, good progress.

Karin

-- 
Karin Sjöberg
Group Quality Manager
Lindqvist Sågverktyg AB, Sandviken
"""
CASES.append(Case(
    9814, "thunderbird-flowed-sweden-checkboxes-tz", "minutes", "thunderbird", "2026-05-24 20:30:41 +0200",
    P["Karin Sjöberg"], [P["楼佳"], P["应晓峰"]], "Audit follow-up - notes from Friday's call",
    text_part(T9814, "UTF-8", "8bit", extra_params={"format": "flowed"}),
    cc=[P["Magnus Ekström"], BOT_C], rcpt=BOT_C[1],
    items=[
        I("楼佳", "update the heat-treatment control plan with the new hardness window (HRC 44-48)", D("wk", "四"),
          "by Thursday"),
        I("应晓峰", "send the calibration certificates of the two Rockwell testers", D("nextwk", "一"), "next Monday"),
        I("Magnus Ekström", "decide on the extra shift for the bi-metal line", D("monthend"), "by end of May"),
        I("楼佳", "joint MSA study on the tooth-set gauge", D("abs", 6, 10), "10 June"),
    ],
    followup=D("abs", 6, 3, time="15:00"),
    notes="Thunderbird plain text, format=flowed (soft line breaks end in a space), from the Swedish parent, Date Sun "
          "2026-05-24 20:30 +0200 = Mon 2026-05-25 02:30 Shanghai: every date is resolved from Monday 05-25. '[ ] @Joy' "
          "checkbox items; '[x]' is done and is not an item. Joy = 楼佳: 'by Thursday' -> 2026-05-28. Frank = 应晓峰: 'next "
          "Monday' -> the Monday of next week = 2026-06-01. AMBIGUOUS: read from the writer's Sunday in Sweden, 'next "
          "Monday' could mean 05-25; the rules resolve in Asia/Shanghai, where the mail arrives on Monday. Magnus: 'by "
          "end of May' -> 2026-05-31. '@Joy + @Frank' joint item -> first named, 楼佳 (AMBIGUOUS: joint owners; the first "
          "named is recorded); '10 June' -> 2026-06-10. Next check-in 'Wed 3 June, 09:00 CEST / 15:00 Yongkang' -> "
          "2026-06-03 15:00 Shanghai time.",
    tests="Thunderbird format=flowed; +0200 Sunday evening = Monday in Shanghai; [ ]/[x] @name items; joint owners; "
          "two-time-zone check-in"))

# ------------------------------------------------------------------ 9815 Apple Mail "X to ..." lines before Dragon Boat
T9815 = """Team,

Short notes from yesterday's management meeting.

- Production reached 92% of plan for June; the bi-metal line goes back to two shifts from 1 July.
- Frank to prepare the July capacity plan by Monday 22 June.
- Lily to send the Dragon Boat holiday duty roster today.
- Cathy to agree revised payment terms with Jinbang Strip before the end of the month.
- Joy to close the three open points from Karin's audit by 26 June.
- I will discuss the 2027 budget frame with Sandviken next week - no action for you yet.
- Vincent to look into the tooth-grinding bottleneck together with Frank.

Next management meeting: Wed 1 July, 09:00.

Have a good holiday,
Magnus
"""
CASES.append(Case(
    9815, "apple-mail-x-to-lines-dragon-boat", "minutes", "apple", "2026-06-18 08:50:19 +0800",
    P["Magnus Ekström"], [P["应晓峰"], P["周蕾"], P["胡晨曦"], P["楼佳"], P["陈锋"]],
    "Notes - management meeting 17 June",
    text_part(T9815, "utf-8", "quoted-printable"),
    cc=[BOT_C], rcpt=BOT_C[1],
    items=[
        I("应晓峰", "prepare the July capacity plan", D("abs", 6, 22), "by Monday 22 June"),
        I("周蕾", "send the Dragon Boat holiday duty roster", D("today"), "today"),
        I("胡晨曦", "agree revised payment terms with Jinbang Strip", D("monthend"), "before the end of the month"),
        I("楼佳", "close the three open points from Karin's audit", D("abs", 6, 26), "by 26 June"),
        I("陈锋", "look into the tooth-grinding bottleneck", D("none")),
    ],
    followup=D("abs", 7, 1, time="09:00"),
    notes="Apple Mail text/plain (UTF-8 QP) bullet notes in the 'X to do Y by Z' style. Sent Thu 2026-06-18 08:50, the last "
          "working day before Dragon Boat (06-19..21). Frank = 应晓峰 -> 2026-06-22. Lily = 周蕾: 'today' -> 2026-06-18. "
          "Cathy = 胡晨曦: 'before the end of the month' -> 2026-06-30. Joy = 楼佳 -> 2026-06-26. Vincent = 陈锋 with no "
          "date -> no_due (Frank only helps). The first bullet is a fact/decision; 'I will discuss … no action for you yet' "
          "is explicitly not an action. Next management meeting Wed 1 July 09:00 -> 2026-07-01 09:00.",
    tests="Apple Mail plain 'X to …' bullets; 'today'; end of month; helper not owner; facts and 'no action' lines "
          "skipped"))

# ------------------------------------------------------------------ 9816 minutes in a .docx attachment, M365
DOCX9816 = make_docx([
    ("h", "安全委员会会议纪要 / Safety Committee Minutes"),
    ("p", "日期 Date：2026-07-09 10:00-11:30    地点 Venue：行政楼2楼会议室"),
    ("p", "参会 Attendees：Magnus Ekström, 应晓峰, 陈锋, 胡晨曦, 周蕾, 楼佳"),
    ("p", "1. 6月安全情况 June safety status：无工伤事故；高温天气已启动防暑措施。No lost-time injury."),
    ("p", "2. 行动项 Action items："),
    ("t", [["No.", "措施 Action", "负责人 Owner", "期限 Due", "状态 Status"],
           ["1", "冲压车间新增2处急停按钮 Add two e-stops in the stamping shop", "应晓峰 Frank", "2026-07-17", "Open"],
           ["2", "更新高温作业津贴发放名单 Update the heat-allowance list", "周蕾 Lily", "7月15日前", "Open"],
           ["3", "组织叉车司机复训 Forklift driver refresher training", "胡晨曦 Cathy", "3个工作日内", "Open"],
           ["4", "更换磨齿间除尘器滤芯 Replace dust-collector filters, grinding room", "陈锋 Vincent", "2026-07-03",
            "Closed"]]),
    ("p", "3. 下次会议 Next meeting：2026年8月13日 14:00，同一会议室。"),
    ("p", "记录 Minutes taken by：周蕾 Lily Zhou"),
], title="Safety Committee Minutes 2026-07-09", author="Lily Zhou", when=(2026, 7, 9, 14, 30, 0))
T9816 = """Dear all,

Please find attached the minutes of today's safety committee meeting (bilingual).
Items 1-3 are open; item 4 was closed during the meeting.

Best regards,
Lily Zhou 周蕾
HR & Admin | Lindqvist Saw Tools (Yongkang) Co., Ltd.
"""
CASES.append(Case(
    9816, "m365-docx-bilingual-safety-minutes", "minutes", "m365", "2026-07-09 06:40:03 +0000",
    P["周蕾"], [P["Magnus Ekström"], P["应晓峰"], P["陈锋"], P["胡晨曦"], P["楼佳"]],
    "Safety Committee Minutes 2026-07-09",
    multi("mixed", boundary("m365", 9816, 0), [
        multi("alternative", boundary("m365", 9816, 1), [
            text_part(T9816, "utf-8", "base64"), html_part(m365_html(T9816), "utf-8", "base64")]),
        attach(DOCX9816, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "Safety Committee Minutes 2026-07-09.docx",
               extra_headers=["Content-Description: Safety Committee Minutes 2026-07-09.docx"]),
    ]),
    cc=[BOT_C], rcpt=BOT_C[1],
    items=[
        I("应晓峰", "冲压车间新增2处急停按钮", D("abs", 2026, 7, 17), "2026-07-17"),
        I("周蕾", "更新高温作业津贴发放名单", D("abs", 7, 15), "7月15日前"),
        I("胡晨曦", "组织叉车司机复训", D("wd", 3), "3个工作日内"),
    ],
    followup=D("abs", 2026, 8, 13, time="14:00"),
    notes="Bilingual minutes only in a .docx attachment (Word table); the English body just announces them. Date +0000 "
          "06:40 = Thu 2026-07-09 14:40 Shanghai. Row 1 Frank = 应晓峰 -> 2026-07-17. Row 2 Lily = 周蕾 -> 2026-07-15. Row 3 "
          "Cathy = 胡晨曦: 3个工作日内 from Thu 07-09 = 07-10, 07-13, 07-14 -> 2026-07-14. Row 4 is Closed -> not an item. "
          "Next meeting 2026年8月13日 14:00 -> 2026-08-13 14:00. Tasks recorded in their Chinese half.",
    tests="Minutes only in a bilingual .docx table; Closed row skipped; 3个工作日内 across a weekend; +0000 Date"))

# ------------------------------------------------------------------ 9817 Excel range pasted into Outlook, bilingual
ROWS9817 = [
    ["No.", "Issue 问题", "Action 措施", "Owner 负责人", "Due 截止", "Status 状态"],
    ["1", "Strip thickness out of tolerance (lot JB-0731)", "供应商提交8D报告", "Gao Wenbin (Jinbang)", "8/19", "Open"],
    ["2", "Carbide tip shortage", "确认第二供应商样品测试计划", "Cathy", "8/21", "Open"],
    ["3", "Export carton damage", "更换加厚纸箱并安排一次试运", "Frank", "2026/8/28", "In progress"],
    ["4", "Pallet labels", "更新托盘标签模板", "Lily", "8/7", "Closed"],
    ["5", "HS code for bi-metal blades", "与报关行确认HS编码", "Cathy（主）/ Lily（辅）", "本周五", "Open"],
]


def excel_table(rows):
    out = ["<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"860\" style=\"border-collapse:collapse;"
           "width:645pt\">", "<col width=\"40\"><col width=\"230\"><col width=\"210\"><col width=\"150\"><col width=\"90\">"
           "<col width=\"140\">"]
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        out.append("<tr height=\"19\" style=\"height:14.25pt\">" + "".join(
            "<td class=\"%s\" style=\"border:.5pt solid windowtext;%s\">%s</td>" % (
                cls, "background:#D9E1F2;font-weight:700;" if i == 0 else "", esc(c)) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


PRE9817 = "Hi all,\n\nTracking list after today's supplier quality meeting below (copied from the team sheet).\n"
POST9817 = ("Jinbang: Mr. Gao, please send the 8D to Joy and me.\n\nNext supplier review: 8/26 (Wed) 14:00, "
            "Teams.\n\nThanks,\nCathy Hu 胡晨曦\nSupply Chain")
TXT9817 = PRE9817 + "\n" + "\n".join("\t".join(r) for r in ROWS9817) + "\n\n" + POST9817 + "\n"
HTML9817 = outlook_html("".join("<p class=\"MsoNormal\"><span lang=\"EN-US\">%s<o:p></o:p></span></p>\n" %
                                (esc(l) or "&nbsp;") for l in PRE9817.split("\n")) + excel_table(ROWS9817) + "\n" +
                        "".join("<p class=\"MsoNormal\"><span lang=\"EN-US\">%s<o:p></o:p></span></p>\n" %
                                (esc(l) or "&nbsp;") for l in POST9817.split("\n")), "utf-8", lang="EN-US")
CASES.append(Case(
    9817, "excel-range-pasted-outlook-bilingual", "minutes", "outlook_utf8", "2026-08-12 17:10:55 +0800",
    P["胡晨曦"], [P["楼佳"], P["应晓峰"], P["周蕾"], EXT["steel"]], "Supplier quality meeting 8/12 - tracking list",
    multi("alternative", boundary("outlook", 9817), [
        text_part(TXT9817, "utf-8", "base64"), html_part(HTML9817, "utf-8", "base64")]),
    cc=[P["Magnus Ekström"], BOT_C], rcpt=BOT_C[1],
    items=[
        I(("ext", "Gao Wenbin", EXT["steel"][1]), "供应商提交8D报告", D("abs", 8, 19), "8/19"),
        I("胡晨曦", "确认第二供应商样品测试计划", D("abs", 8, 21), "8/21"),
        I("应晓峰", "更换加厚纸箱并安排一次试运", D("abs", 2026, 8, 28), "2026/8/28"),
        I("胡晨曦", "与报关行确认HS编码", D("thiswk", "五"), "本周五"),
    ],
    followup=D("abs", 8, 26, time="14:00"),
    notes="An Excel range pasted into Outlook (x:str-style table with xl65 classes, bilingual headers) plus the text "
          "part Outlook derives with tabs. Sent Wed 2026-08-12 17:10. Row 1 owner 'Gao Wenbin (Jinbang)' is the steel-strip "
          "supplier, in To -> his address, department null; 8/19 -> 2026-08-19. Row 2 Cathy = 胡晨曦 -> 2026-08-21. Row 3 "
          "Frank = 应晓峰, 'In progress' is still open -> 2026-08-28. Row 4 Closed -> not an item. Row 5 'Cathy（主）/ "
          "Lily（辅）' -> 胡晨曦 (主 = lead); 本周五 -> 2026-08-14. Next supplier review 8/26 (Wed) 14:00 -> 2026-08-26 14:00.",
    tests="Excel range pasted into Outlook HTML; M/D numeric dates; supplier owner via To; 主/辅 in one cell; Closed row "
          "skipped; 'Next supplier review' follow-up"))

# ------------------------------------------------------------------ 9818 two items with the same task text, M365
T9818 = """Hi team,

Notes from today's lessons-learned session on the May weld failures.

What happened
- 2 bi-metal blades and 1 carbide blade broke at the weld during customer use (Norway, Poland).
- Root cause: weld zone not annealed long enough after the furnace change on 28 April.

Actions per line
Bi-metal line:
  - Update PFMEA with the new weld failure mode - Eric - 6/5
  - Add an annealing-time check to the shift start checklist - Frank - 6/3
Carbide line:
  - Update PFMEA with the new weld failure mode - Vincent - 6/12
  - Retest 10 blades from stock for weld hardness - Joy - within 3 working days

Customer communication was already done by Karin on 27 May.

Regards,
Eric Shi
Process Engineer
"""
CASES.append(Case(
    9818, "same-task-two-lines-m365-utc", "minutes", "m365", "2026-05-29 08:05:12 +0000",
    P["施宇航"], [P["陈锋"], P["应晓峰"], P["楼佳"]], "Lessons learned - weld failures May",
    multi("alternative", boundary("m365", 9818), [
        text_part(T9818, "utf-8", "quoted-printable"), html_part(m365_html(T9818), "utf-8", "quoted-printable")]),
    cc=[P["Karin Sjöberg"], BOT_C], rcpt=BOT_C[1],
    items=[
        I("施宇航", "Update PFMEA with the new weld failure mode", D("abs", 6, 5), "6/5"),
        I("应晓峰", "Add an annealing-time check to the shift start checklist", D("abs", 6, 3), "6/3"),
        I("陈锋", "Update PFMEA with the new weld failure mode", D("abs", 6, 12), "6/12"),
        I("楼佳", "Retest 10 blades from stock for weld hardness", D("wd", 3), "within 3 working days"),
    ],
    followup=None,
    notes="Two items with the same task text ('Update PFMEA with the new weld failure mode') under two line headings, with "
          "different owners and dates: both must be kept. Date +0000 08:05 = Fri 2026-05-29 16:05 Shanghai. Eric = 施宇航 "
          "(the writer) -> 2026-06-05; Frank = 应晓峰 -> 2026-06-03; Vincent = 陈锋 -> 2026-06-12; Joy = 楼佳 'within 3 "
          "working days' from Fri 05-29 = 06-01, 06-02, 06-03 -> 2026-06-03. 'What happened' facts (28 April, 27 May) and "
          "the done customer communication are not items. No next meeting.",
    tests="Duplicate task text with different owners/dates (both kept); 'Task - Owner - M/D' lines; within 3 working "
          "days; facts with dates skipped"))

# ------------------------------------------------------------------ 9819 product owner's minutes in an English RE: thread
T9819 = """Hi Vincent, Eric,

Posting today's product review notes in this thread so we keep the history together.

Decisions
- Tooth geometry: we go with variant B (3/4 TPI variable pitch).
- Pilot quantity stays at 20 blades.

Actions
1. Product owner Erik - freeze the tooth geometry spec in PLM - 12 June
2. Yongkang engineering (Vincent) - produce the 20 pilot blades - by 19 June
3. Owner TBD - find a field-test customer in Norway - date TBD
4. Eric - send the grinding-wheel wear data from the pilot run - within a week after the pilot

Next check-in: Thursday 11 June, 08:30 CEST / 14:30 CST (same Teams link).

/Erik

Erik Lund | Product Manager, Bandsaw Blades | Lindqvist Sågverktyg AB

From: Vincent Chen <chen.feng@lindqvist-yk.example.cn>
Sent: Thursday, May 21, 2026 10:02 AM
To: Erik Lund <erik.lund@lindqvist-tools.example.se>
Cc: Eric Shi <shi.yuhang@lindqvist-yk.example.cn>
Subject: Product review - Nordic 900 bandsaw blade

Hi Erik,
Agenda for the 3 June review attached. Action from last time: Eric to send the
hardness profile by 29 May - done.
"""
CASES.append(Case(
    9819, "english-re-thread-product-owner-tz", "minutes", "m365", "2026-06-03 14:45:30 +0000",
    P["Erik Lund"], [P["陈锋"], P["施宇航"]], "RE: Product review - Nordic 900 bandsaw blade",
    multi("alternative", boundary("m365", 9819), [
        text_part(T9819, "utf-8", "quoted-printable"), html_part(m365_html(T9819), "utf-8", "quoted-printable")]),
    cc=[P["Magnus Ekström"], BOT_C], rcpt=BOT_C[1],
    extra=["In-Reply-To: <TYZPR06MB41727C2B0E9A4D1F8E35A0C21D9B2@TYZPR06MB4172.apcprd06.prod.outlook.com>",
           "References: <TYZPR06MB41727C2B0E9A4D1F8E35A0C21D9B2@TYZPR06MB4172.apcprd06.prod.outlook.com>"],
    items=[
        I("Erik Lund", "freeze the tooth geometry spec in PLM", D("abs", 6, 12), "12 June"),
        I("陈锋", "produce the 20 pilot blades", D("abs", 6, 19), "by 19 June"),
        I(("dept", None), "find a field-test customer in Norway", D("vague"), "date TBD"),
        I("施宇航", "send the grinding-wheel wear data from the pilot run", D("none")),
    ],
    followup=D("abs", 6, 11, time="14:30"),
    notes="New minutes posted as 'RE:' in an older English thread (M365 EU tenant, Date +0000 14:45 = Wed 2026-06-03 22:45 "
          "Shanghai). The quoted mail below 'From:/Sent:' is old (its 'by 29 May - done' is history). 'Product owner Erik' "
          "= Erik Lund -> 2026-06-12. 'Yongkang engineering (Vincent)' = 陈锋 -> 2026-06-19, which is the Dragon Boat "
          "holiday in China; it is kept as written (a foreign writer's date). 'Owner TBD … date TBD' -> no owner, vague_due. "
          "Eric = 施宇航: 'within a week after the pilot' depends on an event without a date -> no_due. Decisions are not "
          "items. Next check-in 'Thursday 11 June, 08:30 CEST / 14:30 CST' -> 2026-06-11 14:30 Shanghai.",
    tests="English minutes as RE: in an old thread (quoted old action ignored); 'Product owner X'; team (Vincent); "
          "Owner TBD; event-relative due -> no_due; due on a Chinese holiday kept; CEST/CST check-in"))
