"""Organisation D: Nordvik Paper Technology (Rizhao) Co., Ltd. -- Finnish-owned paper-machinery service centre.
Microsoft 365 / Exchange Online (Date headers in +0000); Outlook, OWA, Thunderbird, iPhone.
Outsiders: 日照鲁华纸业 (customer mill, DingTalk mail), Kessler Walzentechnik GmbH (German roll-cover partner, Gmail)."""
import datetime as dt

import h46attach as X
import h46clients as C
import h46lib as L
from h46case import Case, I
from h46people import P

BOT = ("Minutes Bot", C.BOTS["D"])
EXO_VIA = ("TYZPR06MB4521.apcprd06.prod.outlook.com", "2603:1096:400:2c7::14")
CASES = []


def en(name):
    """English display name of a Chinese staff member as Outlook shows it."""
    return {"韩立强": "Leo Han", "乔宇": "Joe Qiao", "郑佳": "Jenny Zheng", "牟海龙": "Hailong Mou",
            "秦晓": "Sharon Qin", "丁莉": "Lily Ding"}.get(name, name)


def E(name):
    return P(name, en(name))


# ---------------------------------------------------------------------------
# 7429  English Owner/Due blocks, Outlook via Exchange Online (+0000), EEST next meeting, '15.5.'
# ---------------------------------------------------------------------------
t7429 = """Hi team,

Minutes from today's weekly. Please check your items.

Attendees: Mikko, Aino (Teams from Jyväskylä), Leo, Joe, Jenny, Hailong

Topics
- Luhua PM3 shutdown confirmed for 2-6 June. Crew of 6 from Rizhao + 2 from Finland.
- Workshop: new grinding machine commissioning delayed by one week (supplier).

Actions

1. Shutdown job list for Luhua PM3
Owner: Leo
Due: Friday

2. Spare parts availability check (doctor blades, felts, bearings) against the job list
Owner: Jenny
Due: by next Wednesday

3. Crew travel & accommodation for the two Finnish technicians
Owner: Lily (admin)
Due: 22 May

4. Risk assessment for working at height in the PM3 dryer section
Owner: Sharon / HSE
Due: ASAP

5. Workshop capacity plan for June (roll regrinds)
Owner: TBD
Due: 15.5.

Next meeting: Tuesday 19 May, 09:00 EEST (14:00 Beijing)

BR,
Mikko
--
Mikko Virtanen
Service Centre Manager
Nordvik Paper Technology (Rizhao) Co., Ltd.
"""
CASES.append(Case(
    7429, "owner-due-blocks-outlook-exo-latin1", "minutes", "D", "Outlook (Microsoft 365, English) via Exchange Online, iso-8859-1 quoted-printable, Date in +0000",
    C.mail("exo", org="D", num=7429, frm=P("Mikko Virtanen"),
           to=[E("韩立强"), E("乔宇"), E("郑佳"), E("牟海龙")], cc=[P("Aino Lehtonen"), BOT],
           subject="Rizhao service team weekly - minutes 12 May", date=dt.datetime(2026, 5, 12, 9, 5, 12), offset=0,
           plain=t7429, html=C.html_outlook(C.outlook_paras(t7429), "iso-8859-1", lang="EN-US"),
           charset="iso-8859-1", cte="quoted-printable", via=EXO_VIA),
    items=[
        I("韩立强", "Shutdown job list for Luhua PM3", ("2026-05-15", None, "wd:Fri")),
        I("郑佳", "Spare parts availability check (doctor blades, felts, bearings) against the job list",
          ("2026-05-20", None, "nextwk:Wed")),
        I("丁莉", "Crew travel & accommodation for the two Finnish technicians", ("2026-05-22", None, "abs:2026-05-22")),
        I("秦晓", "Risk assessment for working at height in the PM3 dryer section", None, ["vague_due"]),
        I(None, "Workshop capacity plan for June (roll regrinds)", ("2026-05-15", None, "abs:2026-05-15"), ["no_owner"]),
    ],
    nf=("2026-05-19", "14:00", "abs:2026-05-19 14:00|nextwk:Tue 14:00"),
    notes=("English minutes by the Finnish manager, Date 'Tue, 12 May 2026 09:05:12 +0000' = 17:05 Tue in Shanghai. Actions in "
           "numbered blocks with 'Owner:'/'Due:' lines. Leo = 韩立强, Jenny = 郑佳, Lily = 丁莉, Sharon = 秦晓 (roster aliases; Lily "
           "and Sharon are not in To/Cc). 'Friday' -> 05-15; 'by next Wednesday' -> next week's Wednesday 05-20; '22 May' -> 05-22; "
           "'Sharon / HSE' is a person plus her team -> owner 秦晓, 'ASAP' -> vague_due; 'Owner: TBD' -> no_owner (department null) "
           "and the Finnish date '15.5.' = 15 May -> 05-15. Topics lines (shutdown 2-6 June) are facts. 'Next meeting: Tuesday 19 May, "
           "09:00 EEST (14:00 Beijing)' -> 2026-05-19 14:00 (EEST = UTC+3)."),
    summary="5 items (1 TBD owner); 05-15, 05-20, 05-22, vague, 05-15; next 05-19 14:00",
    tests="Owner:/Due: blocks, aliases not in To/Cc, 'Sharon / HSE', Finnish date 15.5., EEST next meeting, UTC Date header"))

# ---------------------------------------------------------------------------
# 7430  'AI Name:' bullets before Labour Day, OWA (+0000)
# ---------------------------------------------------------------------------
t7430 = """Hi all,

Short minutes from the pre-holiday check this afternoon. Reminder: office closed 1-5 May, back on Wed 6 May. Saturday 9 May is a working day.

- Workshop floor cleaned and locked out - done (Hailong)
- AI Jenny: place the bearing order for the Luhua PM3 rebuild - by Wed 6 May
- AI Hailong: send me the workshop holiday security roster - EOD today
- AI Leo: draft the PM3 rebuild method statement - within 3 working days
- AI Joe: update the customer contact list in CRM - next Friday
- AI Lily: book the hotel for Aino's visit 11-15 May - ASAP

Have a good holiday!

Mikko
"""
CASES.append(Case(
    7430, "ai-bullets-pre-labour-day-owa", "minutes", "D", "Outlook on the web (OWA), us-ascii quoted-printable, multipart/alternative, Date in +0000",
    C.mail("exo", org="D", num=7430, frm=P("Mikko Virtanen"),
           to=[E("郑佳"), E("牟海龙"), E("韩立强"), E("乔宇")], cc=[E("丁莉"), BOT],
           subject="Minutes - pre-holiday check 30.4.", date=dt.datetime(2026, 4, 30, 9, 40, 11), offset=0,
           plain=t7430, html=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">'
                              '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
                              '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
                              'font-size: 12pt; color: rgb(0, 0, 0);">' + L.html_divs(t7430) + '</div></body></html>'),
           charset="us-ascii", cte="quoted-printable", via=EXO_VIA),
    items=[
        I("郑佳", "place the bearing order for the Luhua PM3 rebuild", ("2026-05-06", None, "abs:2026-05-06|after:Labour Day")),
        I("牟海龙", "send the workshop holiday security roster", ("2026-04-30", None, "today")),
        I("韩立强", "draft the PM3 rebuild method statement", ("2026-05-08", None, "wdays:3")),
        I("乔宇", "update the customer contact list in CRM", ("2026-05-08", None, "nextwk:Fri")),
        I("丁莉", "book the hotel for Aino's visit 11-15 May", None, ["vague_due"]),
    ],
    nf=None,
    notes=("OWA minutes, Date 'Thu, 30 Apr 2026 09:40:11 +0000' = 17:40 Thu in Shanghai, the last working day before Labour Day "
           "(05-01..05-05 off, Sat 05-09 worked). 'AI Name: task - due' bullets: Jenny = 郑佳 'by Wed 6 May' -> 05-06; Hailong = "
           "牟海龙 'EOD today' -> 04-30 without a time; Leo = 韩立强 'within 3 working days' -> 05-06, 05-07, 05-08; Joe = 乔宇 "
           "'next Friday' -> Friday of next week 05-08 (05-01 is a holiday anyway); Lily = 丁莉 'ASAP' -> vague_due. The first bullet "
           "is '- done' -> not an item. The reminder line (office closed 1-5 May, Saturday 9 May a working day) is a fact. No next "
           "meeting."),
    summary="5 items; 05-06, 04-30, 05-08, 05-08, vague; no follow-up",
    tests="English 'AI Name:' bullets, done bullet, EOD today, N working days and 'next Friday' across Labour Day, UTC Date header"))

# ---------------------------------------------------------------------------
# 7431  Chinese HSE minutes by Chinese staff, findings numbered （一）（二）（三）, ①② under one owner
# ---------------------------------------------------------------------------
t7431 = """各位：

6月车间安全月度会议纪要如下，请对照整改。

一、会议基本情况
时间：6月15日（周一）14:00-15:00
地点：车间二楼会议室
主持：秦晓
参加：Mikko、牟海龙、韩立强、乔宇、郑佳

二、本月检查发现的问题
（一）磨床区域两处急停按钮标识脱落；
（二）行车钢丝绳点检记录缺5月第4周；
（三）危化品柜（切削液、清洗剂）台账未更新。

三、整改措施及分工
（一）车间主管牟海龙负责：
①补贴磨床区域急停按钮标识，端午节前完成（6月18日）；
②补齐行车钢丝绳点检记录并安排复检，6月17日前。
（二）乔宇负责更新危化品柜台账并张贴MSDS，本周四前完成。
（三）韩立强负责组织现场服务人员高处作业培训，节后第一个工作日。
（四）郑佳：采购一批防割手套（50副），尽快。

四、其他
会议强调，进入车间必须佩戴安全鞋和护目镜，违者按制度考核。

下次安全月度会：7月13日（周一）下午2点。

秦晓 Sharon Qin
HSE专员 | 诺维克造纸技术服务（日照）有限公司
"""
CASES.append(Case(
    7431, "hse-chinese-findings-vs-actions-outlook-exo", "minutes", "D", "Outlook zh-CN via Exchange Online, gb2312 base64, multipart/alternative, Date in +0000",
    C.mail("exo", org="D", num=7431, frm=P("秦晓", "Sharon Qin"),
           to=[E("牟海龙"), E("韩立强"), E("乔宇"), E("郑佳")], cc=[P("Mikko Virtanen"), BOT],
           subject="车间安全月度会议纪要（6月）", date=dt.datetime(2026, 6, 15, 9, 25, 40), offset=0,
           plain=t7431, html=C.html_outlook(C.outlook_paras(t7431), "gb2312"), charset="gb2312", cte="base64", via=EXO_VIA),
    items=[
        I("牟海龙", "补贴磨床区域急停按钮标识", ("2026-06-18", None, "abs:2026-06-18")),
        I("牟海龙", "补齐行车钢丝绳点检记录并安排复检", ("2026-06-17", None, "abs:2026-06-17")),
        I("乔宇", "更新危化品柜台账并张贴MSDS", ("2026-06-18", None, "thiswk:Thu")),
        I("韩立强", "组织现场服务人员高处作业培训", ("2026-06-22", None, "after:Dragon Boat Festival")),
        I("郑佳", "采购一批防割手套（50副）", None, ["vague_due"]),
    ],
    nf=("2026-07-13", "14:00", "abs:2026-07-13 14:00"),
    notes=("Chinese HSE minutes from the Finnish company's Chinese staff (Outlook zh-CN through Exchange Online), Date 'Mon, 15 Jun "
           "2026 09:25:40 +0000' = 17:25 Mon in Shanghai. 二、本月检查发现的问题 is numbered （一）（二）（三） too, but those are "
           "findings, not items. Items are under 三、整改措施及分工: （一）车间主管牟海龙 with ① ② -> two items: '端午节前完成（6月18日）' "
           "-> 06-18 (the explicit date, the last working day before Dragon Boat 06-19..21); '6月17日前' -> 06-17. （二）乔宇 '本周四前' "
           "-> 06-18. （三）韩立强 '节后第一个工作日' -> Mon 06-22. （四）郑佳 '尽快' -> vague_due. 四、其他 '会议强调…' is a standing "
           "rule. 下次安全月度会 '7月13日（周一）下午2点' -> 2026-07-13 14:00."),
    summary="5 items; 06-18, 06-17, 06-18, 06-22, vague; next 07-13 14:00",
    tests="findings numbered like items, （一）①② owners, 端午节前(date), 节后第一个工作日, Chinese body via Exchange with UTC Date"))

# ---------------------------------------------------------------------------
# 7432  minutes written by the customer mill (DingTalk mail), company-as-owner, '下周三同一时间'
# ---------------------------------------------------------------------------
t7432 = """诺维克各位、设备科：

今天上午PM3停机检修协调会纪要如下：

会议时间：6月3日（周三）9:30-11:00
地点：鲁华纸业二号会议室
参加：鲁华纸业 厉建新、江涛；诺维克 Mikko、韩立强、乔宇

一、检修进展
PM3于6月2日0点停机，烘缸区、压榨区拆解按计划进行，计划6月6日开机。

二、需协调事项
1. 诺维克（韩工）：提交压榨辊辊面检测报告及修复建议，6月5日前
2. 我厂设备科（江涛）：安排25吨吊车及持证司索工，明天上午8点前到位
3. 诺维克：确认烘缸刮刀备件到货时间，今天下班前回复
4. 双方：制定开机前联合验收方案，6月5日前

三、下次会议
下周三同一时间再碰一次，如有变化另行通知。

厉建新
日照鲁华纸业有限公司 生产副厂长
"""
CASES.append(Case(
    7432, "customer-mill-minutes-dingtalk", "minutes", "D", "DingTalk mail (Alimail), UTF-8 base64, multipart/alternative",
    C.mail("dingtalk", org="D", num=7432, frm=P("厉建新"),
           to=[E("韩立强"), P("Mikko Virtanen"), E("乔宇")], cc=[P("江涛"), BOT],
           subject="PM3停机检修第一次协调会纪要", date=dt.datetime(2026, 6, 3, 12, 30, 55),
           plain=t7432, html=C.html_dingtalk(L.html_divs(t7432)), charset="UTF-8", cte="base64",
           via=("out30-121.freemail.mail.aliyun.com", "115.124.30.121")),
    items=[
        I("韩立强", "提交压榨辊辊面检测报告及修复建议", ("2026-06-05", None, "abs:2026-06-05")),
        I("江涛", "安排25吨吊车及持证司索工", ("2026-06-04", "08:00", "tomorrow 08:00")),
        I(None, "确认烘缸刮刀备件到货时间", ("2026-06-03", None, "today"), ["no_owner"]),
        I(None, "制定开机前联合验收方案", ("2026-06-05", None, "abs:2026-06-05"), ["no_owner"]),
    ],
    nf=("2026-06-10", "09:30", "nextwk:Wed 09:30"),
    notes=("Minutes written by the customer mill (厉建新, outsider who writes, DingTalk mail), sent Wed 2026-06-03 12:30. 1: '诺维克（韩工）' "
           "-> 韩工 = 韩立强 (alias), 06-05. 2: the mill's own 设备科（江涛） -> 江涛 (outsider in the roster and in Cc, department "
           "null), '明天上午8点前' -> 06-04 08:00. 3: only the company '诺维克' (the whole organisation, not a department) -> owner "
           "null, department null, no_owner; '今天下班前' -> 06-03. 4: '双方' -> no_owner, 06-05. 一、检修进展 (6月2日停机, 6月6日开机) "
           "is a fact. '下周三同一时间再碰一次' takes this meeting's start 9:30 -> 2026-06-10 09:30."),
    summary="4 items (outsider owner, company-only, 双方); 06-05, 06-04 08:00, 06-03, 06-05; next 06-10 09:30",
    tests="customer-written minutes, company name as owner, '下周三同一时间' sentence for the next meeting"))

# ---------------------------------------------------------------------------
# 7433  German partner's call notes (Gmail, +0200), 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)'
# ---------------------------------------------------------------------------
t7433 = """Hi Mikko, hi Leo,

thanks for the call this morning. My notes below.

Roll cover regrind for Luhua PM3 press rolls
- Regrind can be done in our Shanghai service workshop, lead time approx. 3 weeks incl. transport.
- Decision: covers stay on rubber, no change to PU this year.

Action items
- Thomas: send quotation for regrind + transport - by Friday
- Leo: send crown measurement data and current roll drawings - by June 5
- Mikko: confirm PO budget with Nordvik HQ - ASAP
- Jenny: arrange customs paperwork for the return of the spare roll

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards
Thomas

--
Thomas Brandt
Key Account Manager Asia
Kessler Walzentechnik GmbH
"""
h7433 = C.html_gmail(L.html_divs(t7433).replace("<div>--</div>", '<div>-- <br></div><div dir="ltr" class="gmail_signature">') + "</div>")
CASES.append(Case(
    7433, "partner-call-notes-gmail-cest", "minutes", "D", "Gmail (Google Workspace web), UTF-8 quoted-printable, multipart/alternative, Date in +0200",
    C.mail("gmail", org="D", num=7433, frm=P("Thomas Brandt"),
           to=[P("Mikko Virtanen"), E("韩立强")], cc=[E("郑佳"), BOT],
           subject="Kessler / Nordvik Rizhao - call notes 28 May", date=dt.datetime(2026, 5, 28, 11, 12, 40), offset=2,
           plain=t7433, html=h7433, charset="UTF-8", cte="quoted-printable",
           via=("mail-ej1-f52.google.com", "209.85.218.52")),
    items=[
        I("Thomas Brandt", "send quotation for regrind + transport", ("2026-05-29", None, "wd:Fri")),
        I("韩立强", "send crown measurement data and current roll drawings", ("2026-06-05", None, "abs:2026-06-05")),
        I("Mikko Virtanen", "confirm PO budget with Nordvik HQ", None, ["vague_due"]),
        I("郑佳", "arrange customs paperwork for the return of the spare roll", None, ["no_due"]),
    ],
    nf=("2026-06-09", "16:00", "abs:2026-06-09 16:00"),
    notes=("Call notes from the German partner (Gmail, Date 'Thu, 28 May 2026 11:12:40 +0200' = 17:12 Thu in Shanghai). 'Thomas' is the "
           "writer (outsider in the roster) -> 'by Friday' -> 05-29. Leo = 韩立强 'by June 5' -> 06-05. Mikko 'ASAP' -> vague_due. "
           "Jenny = 郑佳 with no deadline at all -> no_due. 'Decision: …' and the lead-time fact are not items. 'Next sync: Tue Jun 9, "
           "10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 (CEST = UTC+2; the Beijing time agrees)."),
    summary="4 items (outsider writer); 05-29, 06-05, vague, no_due; next 06-09 16:00",
    tests="partner-written English notes, +0200 Date, by Friday/by June 5/ASAP/no date, 'Next sync … CEST (16:00 Beijing)'"))

# ---------------------------------------------------------------------------
# 7434  minutes only in a PDF attachment (reportlab, invariant), Outlook via Exchange
# ---------------------------------------------------------------------------
pdf7434 = X.make_pdf([
    ("title", "Nordvik Paper Technology (Rizhao) - Workshop Monthly Review"),
    ("p", "Date: 3 July 2026, 14:00-15:00        Venue: Workshop meeting room"),
    ("p", "Participants: Mikko Virtanen, Hailong Mou, Leo Han, Joe Qiao, Jenny Zheng"),
    ("h", "1. KPIs (June)"),
    ("p", "Roll regrinds completed: 14 (target 12). On-time delivery 93%. No recordable injuries."),
    ("h", "2. Open actions from May"),
    ("p", "- Grinding machine commissioning (Hailong) - DONE, closed."),
    ("p", "- Crane inspection certificate renewal (Joe) - DONE, closed."),
    ("h", "3. New actions"),
    ("row", ["No.", "Action", "Owner", "Due"]),
    ("row", ["1", "Calibrate roll grinder measuring head after relocation", "Hailong Mou", "10 July 2026"]),
    ("row", ["2", "Quote for Luhua PM1 suction roll overhaul", "Leo Han", "by next Wednesday"]),
    ("row", ["3", "Reorder grinding wheels (2 pcs, 60 grit)", "Jenny Zheng", "within 5 working days"]),
    ("row", ["4", "Update workshop layout drawing in the QMS", "Joe Qiao", "end of July"]),
    ("h", "4. Next review"),
    ("p", "Friday 7 August 2026, 14:00, workshop meeting room."),
], "Workshop Monthly Review - June 2026", "Hailong Mou")
t7434 = """Hi all,

Please find attached the minutes of today's workshop monthly review. Let me know if anything is missing.

Best regards,
Hailong

Hailong Mou
Workshop Supervisor
Nordvik Paper Technology (Rizhao) Co., Ltd.
"""
CASES.append(Case(
    7434, "pdf-attachment-workshop-review-exo", "minutes", "D", "Outlook via Exchange Online, us-ascii QP body + PDF attachment (multipart/mixed), Date in +0000",
    C.mail("exo", org="D", num=7434, frm=E("牟海龙"),
           to=[P("Mikko Virtanen"), E("韩立强"), E("乔宇"), E("郑佳")], cc=[BOT],
           subject="Workshop monthly review - June 2026 minutes (PDF)", date=dt.datetime(2026, 7, 3, 8, 10, 25), offset=0,
           plain=t7434, html=C.html_outlook(C.outlook_paras(t7434), "us-ascii", lang="EN-US"), charset="us-ascii",
           cte="quoted-printable", attachments=[("Workshop_Monthly_Review_2026-06.pdf", "application/pdf", pdf7434)],
           via=EXO_VIA),
    items=[
        I("牟海龙", "Calibrate roll grinder measuring head after relocation", ("2026-07-10", None, "abs:2026-07-10")),
        I("韩立强", "Quote for Luhua PM1 suction roll overhaul", ("2026-07-08", None, "nextwk:Wed")),
        I("郑佳", "Reorder grinding wheels (2 pcs, 60 grit)", ("2026-07-10", None, "wdays:5")),
        I("乔宇", "Update workshop layout drawing in the QMS", ("2026-07-31", None, "month_end")),
    ],
    nf=("2026-08-07", "14:00", "abs:2026-08-07 14:00"),
    notes=("The minutes are only in the attached PDF; the body says 'Please find attached'. Date 'Fri, 3 Jul 2026 08:10:25 +0000' = "
           "16:10 Fri in Shanghai. From the PDF's '3. New actions' table: Hailong Mou = 牟海龙 '10 July 2026' -> 07-10; Leo Han = "
           "韩立强 'by next Wednesday' -> 07-08; Jenny Zheng = 郑佳 'within 5 working days' -> 07-06..07-10 -> 07-10; Joe Qiao = 乔宇 "
           "'end of July' -> 07-31. '2. Open actions from May' are DONE/closed -> not items. KPIs are facts. '4. Next review: Friday "
           "7 August 2026, 14:00' -> 2026-08-07 14:00."),
    summary="4 items from the PDF; 07-10, 07-08, 07-10, 07-31; next 08-07 14:00",
    tests="minutes only in a PDF attachment, closed actions, within 5 working days, end of July"))

# ---------------------------------------------------------------------------
# 7435  钉钉 AI 纪要 (闪记) from the customer mill, HTML only: only 待办事项 count
# ---------------------------------------------------------------------------
h7435 = """<div>韩工、乔工：</div><div>复盘会的钉钉AI纪要转给大家，待办我核对过了。</div><div><br></div>
<div style="background:#f5f6f7;padding:12px;border-radius:8px;">
<div style="font-size:16px;font-weight:bold;">【钉钉闪记】PM3开机后问题复盘会</div>
<div style="color:#858b99;">会议时间：2026-06-24 15:00-16:05　发言人：江涛、厉建新、韩立强、乔宇</div><div><br></div>
<div style="font-weight:bold;">摘要</div>
<div>本次会议复盘了PM3于6月6日开机后出现的压榨部断纸和烘缸区异响问题。断纸主要与压榨辊辊面粗糙度有关，需尽快评估重新研磨；异响初步判断为3#烘缸轴承磨损，需要加强振动监测。</div><div><br></div>
<div style="font-weight:bold;">关键决策</div>
<div>1. 压榨辊在7月计划停机时下机研磨。</div>
<div>2. 异响先加强监测，暂不停机。</div><div><br></div>
<div style="font-weight:bold;">待办事项</div>
<div>· 韩立强：出具压榨辊下机研磨方案及报价　截止：6月30日</div>
<div>· 乔宇：在3#烘缸轴承座加装振动监测点　截止：本周五</div>
<div>· 江涛：整理开机后两周断纸记录发诺维克　截止：明天</div>
<div>· 郑佳：确认3#烘缸轴承备件库存　截止：无</div><div><br></div>
<div style="color:#858b99;font-size:12px;">内容由钉钉AI生成，仅供参考</div>
</div><div><br></div><div>江涛</div><div>日照鲁华纸业有限公司 设备科</div>"""
CASES.append(Case(
    7435, "dingtalk-ai-minutes-html-only", "minutes", "D", "DingTalk mail (Alimail), HTML only, UTF-8 quoted-printable",
    C.mail("dingtalk", org="D", num=7435, frm=P("江涛"), to=[E("韩立强"), E("乔宇")],
           cc=[P("厉建新"), E("郑佳"), BOT], subject="钉钉会议AI纪要：PM3开机后问题复盘会",
           date=dt.datetime(2026, 6, 24, 18, 40, 12), html=C.html_dingtalk(h7435), charset="UTF-8",
           cte="quoted-printable", via=("out30-118.freemail.mail.aliyun.com", "115.124.30.118")),
    items=[
        I("韩立强", "出具压榨辊下机研磨方案及报价", ("2026-06-30", None, "abs:2026-06-30")),
        I("乔宇", "在3#烘缸轴承座加装振动监测点", ("2026-06-26", None, "thiswk:Fri")),
        I("江涛", "整理开机后两周断纸记录发诺维克", ("2026-06-25", None, "tomorrow")),
        I("郑佳", "确认3#烘缸轴承备件库存", None, ["no_due"]),
    ],
    nf=None,
    notes=("DingTalk AI minutes (钉钉闪记) shared by the mill's 江涛 (outsider) in an HTML-only DingTalk mail, sent Wed 2026-06-24 18:40. "
           "Only 待办事项 count: 韩立强 '截止：6月30日' -> 06-30; 乔宇 '截止：本周五' -> 06-26; 江涛 (the writer) '截止：明天' -> 06-25; "
           "郑佳 '截止：无' -> no deadline -> no_due. 摘要 ('需尽快评估重新研磨') and 关键决策 (7月停机研磨) are not items. No next meeting."),
    summary="4 items (outsider writer owns one); 06-30, 06-26, 06-25, no_due; no follow-up",
    tests="DingTalk AI minutes: only 待办事项, '截止：无' -> no_due, summary with 尽快 ignored, HTML only"))

# ---------------------------------------------------------------------------
# 7436  auto: Exchange automatic reply (out of office) from HQ, English + Finnish
# ---------------------------------------------------------------------------
t7436 = """Thank you for your message. I am on summer holiday from 29 June to 24 July 2026 with limited access to email.
For urgent product support matters please contact support.hq@nordvik.example.com or +358 20 755 4100.

Kiitos viestistäsi. Olen kesälomalla 29.6.-24.7.2026. Kiireellisissä asioissa ota yhteyttä support.hq@nordvik.example.com.

Jussi Korhonen
"""
CASES.append(Case(
    7436, "auto-ooo-exchange-finnish", "auto", "D", "Exchange Online automatic reply, utf-8 quoted-printable, Date in +0000",
    C.mail("exo", org="D", num=7436, frm=P("Jussi Korhonen"), to=[BOT],
           subject="Automatic reply: [Minutes] Re: PM3 rebuild - site debrief", date=dt.datetime(2026, 7, 2, 5, 6, 40), offset=0,
           plain=t7436, html=C.html_outlook(C.outlook_paras(t7436), "utf-8", lang="EN-US"), charset="utf-8",
           cte="quoted-printable", via=EXO_VIA,
           in_reply_to="<mb.3e9d0c7a51f24b88.recap@nordvik.example.com>",
           references="<mb.3e9d0c7a51f24b88.recap@nordvik.example.com>",
           extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: jussi.korhonen@nordvik.example.com"]),
    items=[], nf=None,
    notes=("Exchange out-of-office answer from HQ (Jussi) to the bot's recap of case 7438: 'Automatic reply:' subject, Auto-Submitted: "
           "auto-generated, X-Auto-Response-Suppress, X-MS-Exchange-Inbox-Rules-Loop. Body (English + Finnish) has holiday dates and "
           "a support contact -> kind auto, no items; the bot must not answer."),
    summary="auto: no items",
    tests="Exchange OOF with Finnish text and dates"))

# ---------------------------------------------------------------------------
# 7437  other: a plain request from HQ logistics (iPhone, +0300)
# ---------------------------------------------------------------------------
t7437 = """Hi Jenny,

Could you send me the updated stock list for the Rizhao warehouse by Friday? We're planning the Q3 container from Tampere and I'd like to book it next week.

Also, please check if we still have the two spare suction roll seals from the Luhua job.

Thanks!
Sanna

Sent from my iPhone
"""
CASES.append(Case(
    7437, "other-plain-request-iphone", "other", "D", "iPhone Mail, UTF-8 quoted-printable, text/plain only, Date in +0300",
    C.mail("iphone", org="D", num=7437, frm=P("Sanna Mäkelä"), to=[E("郑佳")], cc=[BOT],
           subject="Stock list for Q3 container", date=dt.datetime(2026, 7, 7, 9, 15, 2), offset=3,
           plain=t7437, charset="utf-8", cte="quoted-printable", via=("[85.76.44.12]", "85.76.44.12")),
    items=[], nf=None,
    notes=("A person-to-person request from HQ logistics with the bot in Cc (Date +0300 = 14:15 Tue in Shanghai): 'by Friday', "
           "'next week', a task-like question, but no meeting and no minutes -> kind other, no items, no follow-up."),
    summary="other: no items",
    tests="plain request with 'by Friday' and the bot in Cc -> other"))

# ---------------------------------------------------------------------------
# 7438  new English minutes as a reply in an old thread (Thunderbird, QP, +0300), quoted old actions
# ---------------------------------------------------------------------------
old7438 = """Hi Aino,

Minutes from today's site meeting at Luhua:

Actions:
1. Joe - order replacement doctor blade holders - by 15.6.
2. Jenny - confirm delivery of the felts - by Monday
3. Leo - measure press roll crowns before reassembly - done

Next site meeting: Mon 15 June 09:00

Leo
"""
t7438 = """Hi all,

New minutes from this morning's debrief call (Rizhao 13:00) below - replying in this thread so the history stays together.

What went well: rebuild finished 4 h ahead of plan, no LTIs, Luhua happy with the crown correction.

Actions:
1. Leo - final service report to Luhua incl. measurement sheets - by Wed 8.7.
2. Joe - return unused spare parts to the warehouse and book them back in SAP - by Friday
3. Mikko - invoice milestone 3 to Luhua - after Leo's report is accepted
4. Aino - lessons-learned slides for the HQ service meeting - during week 28

Next debrief: Mon 13 July, 15:00 Rizhao time.

Br,
Aino

On 12.6.2026 10.14, Leo Han wrote:
""" + "\n".join(("> " + x).rstrip() for x in old7438.rstrip("\n").split("\n")) + "\n"
old_mid7438 = "<%s@nordvik.example.com>" % C.uuid_from("old7438").upper()
CASES.append(Case(
    7438, "new-minutes-in-thread-thunderbird-en", "minutes", "D", "Thunderbird, UTF-8 quoted-printable, text/plain format=flowed, Date in +0300",
    C.mail("thunderbird", org="D", num=7438, frm=P("Aino Lehtonen"),
           to=[E("韩立强"), E("乔宇"), P("Mikko Virtanen")], cc=[P("Jussi Korhonen"), BOT],
           subject="Re: PM3 rebuild - site debrief", date=dt.datetime(2026, 7, 2, 8, 5, 33), offset=3,
           plain=t7438, charset="UTF-8", cte="quoted-printable", plain_params="; format=flowed",
           in_reply_to=old_mid7438, references=old_mid7438, via=("[85.76.101.7]", "85.76.101.7")),
    items=[
        I("韩立强", "final service report to Luhua incl. measurement sheets", ("2026-07-08", None, "abs:2026-07-08|wd:Wed")),
        I("乔宇", "return unused spare parts to the warehouse and book them back in SAP", ("2026-07-03", None, "wd:Fri")),
        I("Mikko Virtanen", "invoice milestone 3 to Luhua", None, ["no_due"]),
        I("Aino Lehtonen", "lessons-learned slides for the HQ service meeting", None, ["vague_due"]),
    ],
    nf=("2026-07-13", "15:00", "abs:2026-07-13 15:00"),
    notes=("New minutes written as 'Re:' in an old thread by the Finnish field-service manager (Thunderbird, Date 'Thu, 2 Jul 2026 "
           "08:05:33 +0300' = 13:05 Thu in Shanghai). Only the new text counts; the '> '-quoted minutes of 12.6. (with their own "
           "actions and next meeting) are history. Leo = 韩立强 'by Wed 8.7.' (Finnish day.month) -> 07-08; Joe = 乔宇 'by Friday' -> "
           "07-03; Mikko 'after Leo's report is accepted' is a condition, no date -> no_due; Aino (the writer) 'during week 28' is an "
           "ISO week (07-06..07-12), a period like 11月中旬 -> vague_due (AMBIGUOUS: a reader could take the week's Friday 07-10). "
           "'Next debrief: Mon 13 July, 15:00 Rizhao time' -> 2026-07-13 15:00."),
    summary="4 items; 07-08, 07-03, no_due, vague; next 07-13 15:00",
    tests="new minutes as Re: over quoted old minutes, Finnish dates 8.7., condition without date, ISO week period, +0300 Date"))
