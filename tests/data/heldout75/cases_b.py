"""Cases 10309-10316: Soča Outdoor Gear (Rizhao) Co., Ltd. — Slovenian-owned tent maker; HQ Soča Outdoor d.o.o., Kranj."""
import datetime as dt

from clients75 import env
from lib75 import SOCA, SOCA_HQ, I, F, VAGUE, email_of
from mime75 import leaf, multi, message, ts, hx, flowed, esc, rfc_date
from styles75 import outlook_html, outlook_p, gmail_html, apple_html, div_html, lines_div

BOT = ("Minutes Bot", f"minutes@{SOCA}")
BOT_ZH = ("纪要助手", f"minutes@{SOCA}")


def P(*names, en=True):
    """Display names as the English-speaking side types them (Helen Wang) or the roster's Chinese name."""
    from lib75 import BY_NAME
    out = []
    for n in names:
        disp = n
        if en and any('\u4e00' <= ch <= '\u9fff' for ch in n):
            disp = BY_NAME[n][4].split(";")[0]
        out.append((disp, email_of(n)))
    return out


def m365_html(text):
    body = "".join(f"<div class=\"elementToProof\" style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; "
                   f"font-size: 11pt; color: rgb(0, 0, 0);\">{esc(x) if x else '<br>'}</div>" for x in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{body}\n</body>\n</html>")


def m365_node(text, seed):
    b = f"_000_{hx(seed, 8, True)}{hx(seed + 'b', 24, True)}_"
    return multi("alternative", [leaf("text/plain", text, "us-ascii" if text.isascii() else "utf-8",
                                      "quoted-printable", crlf=True),
                                 leaf("text/html", m365_html(text), "utf-8", "quoted-printable", crlf=True)], b)


# ------------------------------------------------------------------------------------------------ 10309
T10309 = """Hi all,

Minutes from today's ops review (Rizhao, 14:00-15:30 CST; Tina and Luka dialled in from Kranj).

Attendees: Matej, Helen, Jianhua, Simon, Kevin; Tina Hribar and Luka Novak (remote)

1. Output
- April output was 18,400 tents vs a plan of 19,000; seam taping line 2 is the bottleneck.
Action: HW to submit a recovery plan for line 2 (overtime + second shift option) by Fri 15 May.

2. Quality
- Waterproof test fail rate on the Triglav 2P flysheet is 3.1% (target < 1%).
AI: JH - run an 8D on the flysheet leak and share the D3 containment by tomorrow noon.
AI: JH/Kevin - requalify the hot-air taping parameters. Kevin leads, Jianhua supports. Due 22 May.

3. Materials
- The 20D ripstop nylon from the Ningbo mill is two weeks late.
Action: Simon to confirm the revised ETA with the mill and the air-freight cost for 3,000 m - EOD today.
Action: Luka to check whether HQ can release the Q3 buffer stock held in Kranj. No date yet.

4. Admin
- The Labour Day make-up Saturday (9 May) ran without issues, thanks everyone.

Next check-in: Tue 19 May, 15:00 CST / 09:00 CEST, same Teams link.

Matej
"""


def b10309(c):
    H, _ = env("m365", P("Matej Kovač")[0], P("王海燕", "刘建华", "张明", "崔志刚"),
               "Minutes - Weekly Ops Review (wk 20)", c["date"], "10309",
               cc=P("Tina Hribar", "Luka Novak") + [BOT])
    return message(H, m365_node(T10309, "10309"))


# ------------------------------------------------------------------------------------------------ 10310
T10310 = """Hi team,

Notes from this afternoon's design review (Kranj + Rizhao on Meet). Decisions first, then actions.

Decisions
- Pole diameter stays at 8.7 mm; we drop the 9.0 mm option.
- Colourway "Glacier" is cancelled for SS27.

Actions

1) Updated pole hub drawing (rev C)
   Owner: Kevin Cui
   Due: Monday 8 June

2) Cost roll-up for the v3 BOM incl. the new buckles
   Owner: Simon / Yolanda
   Due: next Wednesday

3) 50 pre-series samples for the Alps field test
   Owner: Helen Wang
   Due: June 26 (ship from Rizhao by then)

4) Field-test protocol
   Owner: me
   Due: Friday 12 June (I'll circulate a draft first)

Next call: Thursday 11 June, 9:00 CEST (15:00 Rizhao).

Best,
Tina

--
Tina Hribar
Product Development | Soča Outdoor d.o.o. | Kranj, Slovenia
"""


def b10310(c):
    H, _ = env("gmail", P("Tina Hribar")[0], P("崔志刚", "张明", "孙悦", "王海燕"),
               "Triglav 2P v3 - design review notes & owners", c["date"], "10310",
               cc=P("Matej Kovač", "Luka Novak") + [BOT])
    b = f"000000000000{hx('10310', 16)}"
    node = multi("alternative", [leaf("text/plain", T10310, "UTF-8", "7bit"),
                                 leaf("text/html", gmail_html(T10310.split("\n")), "UTF-8", "quoted-printable")], b)
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10311
T10311 = """Hi all,

Action list from this morning's QA weekly. Ticked items are closed, kept here for the record.

[x] @Kevin Cui - replace worn cutting die #14 (done 13 Apr)
[x] @Yolanda Sun - return the rejected zipper lot Z-0412 to the supplier (done)
[ ] @Helen Wang - rework plan for the 600 flysheets with seam-tape lift - by Fri
[ ] @Kevin Cui - add a peel-strength check to the taping SOP - 4/22
[ ] @Grace Gao - book the ISO 9001 surveillance audit date with the certification body - this month
[ ] @Simon Zhang - second-source quote for YKK-equivalent zippers - ASAP
[ ] QA team - retrain line 2 operators on the new tape temperature window - before 4/24

Jianhua

刘建华 Jianhua Liu | Quality Manager
Soča Outdoor Gear (Rizhao) Co., Ltd.
"""


def b10311(c):
    html = outlook_html("\n".join(outlook_p(x) for x in T10311.split("\n")), "utf-8")
    frm = ("Jianhua Liu", email_of("刘建华"))
    H, _ = env("outlook", frm, P("王海燕", "崔志刚", "高雅婷", "张明", "孙悦"), "QA weekly - action list (15 Apr)",
               c["date"], "10311", cc=P("Matej Kovač") + [BOT])
    node = multi("alternative", [leaf("text/plain", T10311, "utf-8", "quoted-printable", crlf=True),
                                 leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)],
                 f"----=_NextPart_000_0005_01DCCC9F.{hx('10311', 8, True)}")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10312
T10312 = """Hi all,

Notes from this morning's S&OP (Mon 20 Jul, 10:00-11:00, meeting room 2 + Teams).

Demand
- HQ confirms the SS27 pre-order at 42k tents, +8% vs forecast.
- Luka flagged that two EU retailers may pull orders forward into September.

Supply / actions
- Yolanda to update the MRP run with the 42k pre-order and send the shortage list by EOD.
- Helen to confirm whether line 1 can take 6k extra units in August without a Saturday shift.
- Hongbo to prepare the capex request for the second hot-air taping machine by end of month.
- Luka to confirm the pull-forward volumes with the two retailers ASAP.
- Customs pre-classification for the new aluminium poles - owner TBD, no date yet.

Same time next week.

Simon
"""


def b10312(c):
    H, _ = env("m365", P("张明")[0], P("孙悦", "王海燕", "于洪波", "Luka Novak"), "S&OP meeting 20 Jul - notes",
               c["date"], "10312", cc=P("Matej Kovač") + [BOT])
    return message(H, m365_node(T10312, "10312"))


# ------------------------------------------------------------------------------------------------ 10313
T10313 = """Team,

Short version of today's management meeting, sorted by person so nobody can say they missed it :)

Helen
- Peak-season staffing: 25 temp sewers via the agency, in place by the 24th
- Line 2 overtime report for July - Monday

Jianhua
- Close the Triglav flysheet 8D (D8 sign-off) within two weeks

Grace
- Fire drill with the Lanshan fire brigade - still aligning the date with them, TBD
- Canteen contract: nothing to do, renewed on 1 Aug

Hongbo
- H1 transfer-pricing file for the auditors, by 31 August

Me
- Visit the buckle supplier in Ningbo with Simon, sometime in the week of 24 Aug

Next management meeting: Thursday 27 Aug, 4 pm, my office.

Matej
"""


def b10313(c):
    H, _ = env("apple", P("Matej Kovač")[0], P("王海燕", "刘建华", "高雅婷", "于洪波", "张明"),
               "Mgmt meeting 13/8 \u2014 who does what", c["date"], "10313", cc=[BOT])
    b = f"Apple-Mail={hx('10310a', 8, True)}-{hx('10313b', 4, True)}-{hx('10313c', 4, True)}-{hx('10313d', 4, True)}-{hx('10313e', 12, True)}"
    node = multi("alternative", [leaf("text/plain", T10313, "utf-8", "quoted-printable", quote_cs=False),
                                 leaf("text/html", apple_html(T10313.split("\n")), "utf-8", "quoted-printable",
                                      quote_cs=False)], b)
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10314
T10314 = """各位，今天早上专题会的钉钉AI听记智能纪要贴在下面，待办我核对过了，请各自确认。

—— 以下内容由钉钉AI听记生成 ——
会议主题：缝制二线产能提升专题
会议时间：2026-06-23 08:30-09:30
参会人：王海燕、崔志刚、刘建华、孙悦、高雅婷

会议摘要：
本次会议围绕缝制二线产能瓶颈展开。崔志刚提出热风压胶机温控不稳是主要原因，建议7月上旬更换温控模块；刘建华表示压胶剥离强度不达标导致返工率上升至4.2%；孙悦提到压胶条库存仅够10天。会议决定二线暂时增加一个夜班。

章节速览：
00:02 二线产能现状
12:40 压胶机温控问题（崔志刚）
27:15 返工与质量数据（刘建华）
41:30 物料与排班（孙悦、高雅婷）

待办事项：
1. 崔志刚：联系设备厂商报价温控模块，本周五前
2. 孙悦：压胶条补货下单，库存覆盖30天，2个工作日内
3. 高雅婷：夜班临时工招聘10人，7月1日前到岗
4. 刘建华：每天发送二线返工日报（持续）

—— AI生成内容仅供参考，请以实际为准 ——

王海燕
生产部 | Soča Outdoor Gear (Rizhao)
"""


def b10314(c):
    html = div_html(lines_div(T10314.split("\n")), font="PingFang SC", size="14px")
    H, _ = env("dingtalk", ("王海燕", email_of("王海燕")), P("崔志刚", "刘建华", "孙悦", "高雅婷", en=False),
               "【智能纪要】缝制二线产能提升专题", c["date"], "10314", cc=P("Matej Kovač") + [BOT_ZH])
    node = multi("alternative", [leaf("text/plain", T10314, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=ALIBOUNDARY_{num_b(c)}_{hx('10314', 8, True)}")
    return message(H, node)


def num_b(c):
    return "62834"


# ------------------------------------------------------------------------------------------------ 10315
def b10315(c):
    t = c["date"]
    bot_tok = f"minutes+b{hx('10309recap', 14)}@{SOCA}"
    qid = hx("10315q", 11, True)
    bad = "tina.hrbar@socaoutdoor.example.si"
    recap_id = f"<r.20260512162003.{hx('10309r', 10)}@{SOCA}>"
    expl = f"""This is the mail system at host mx.{SOCA}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{bad}>: host mx.{SOCA_HQ}[185.34.207.21] said: 550 5.1.1
    <{bad}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; mx.{SOCA}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {bot_tok}
Arrival-Date: {rfc_date(t - dt.timedelta(seconds=4))}

Final-Recipient: rfc822; {bad}
Original-Recipient: rfc822;{bad}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.{SOCA_HQ}
Diagnostic-Code: smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    orig = f"""Return-Path: <{bot_tok}>
Received: from minutebot (localhost [127.0.0.1])
	by mx.{SOCA} (Postfix) with ESMTP id {qid}
	for <{bad}>; {rfc_date(t - dt.timedelta(seconds=4))} (CST)
From: Minutes Bot <minutes@{SOCA}>
To: {bad}
Subject: [Minutes recap] Minutes - Weekly Ops Review (wk 20)
Date: {rfc_date(t - dt.timedelta(seconds=5))}
Message-ID: {recap_id}
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
"""
    b = f"{qid}.{1778574003 + 1}/mx.{SOCA}"
    node = multi("report", [
        leaf("text/plain", expl, "us-ascii", "7bit", extra=["Content-Description: Notification"], quote_cs=False),
        leaf("message/delivery-status", data=status.encode(), cte="7bit", extra=["Content-Description: Delivery report"]),
        leaf("text/rfc822-headers", data=orig.encode(), cte="7bit", extra=["Content-Description: Undelivered Message Headers"]),
    ], b, preamble="This is a MIME-encapsulated message.", params="; report-type=delivery-status")
    top = [f"Return-Path: <>", f"Delivered-To: {bot_tok}",
           f"Received: by mx.{SOCA} (Postfix)\n\tid {hx('10315r', 11, True)}; {rfc_date(t)} (CST)",
           f"Date: {rfc_date(t)}", f"From: MAILER-DAEMON@mx.{SOCA} (Mail Delivery System)",
           "Subject: Undelivered Mail Returned to Sender", f"To: {bot_tok}", "Auto-Submitted: auto-replied",
           "MIME-Version: 1.0"]
    top.append(f"Message-Id: <{hx('10315m', 12, True)}.{qid}@mx.{SOCA}>")
    return message(top, node)


# ------------------------------------------------------------------------------------------------ 10316
T10316 = """Hi Simon,

Something came up on Thursday - could we move the call with the buckle supplier to Friday 24 July, 9:00 CEST (15:00 your time)? If that doesn't work for them, Monday morning is fine too.

I'll send the updated invite once you confirm.

Thanks,
Luka
"""


def b10316(c):
    H, _ = env("gmail", P("Luka Novak")[0], P("张明"), "Buckle supplier call - move to Friday?", c["date"], "10316",
               cc=P("孙悦") + [BOT])
    b = f"000000000000{hx('10316', 16)}"
    node = multi("alternative", [leaf("text/plain", T10316, "UTF-8", "7bit"),
                                 leaf("text/html", gmail_html(T10316.split("\n")), "UTF-8", "7bit")], b)
    return message(H, node)


CASES = [
    dict(num=10309, slug="soca-m365-action-ai-lines-cest", kind="minutes", date=ts("2026-05-12 08:14:33", 0),
         build=b10309, probes=["by Fri 15 May", "tomorrow noon", "Due 22 May", "EOD today", "09:00 CEST"],
         items=[I("王海燕", "submit a recovery plan for line 2 (overtime + second shift option)", "2026-05-15", ("md", 5, 15)),
                I("刘建华", "run an 8D on the flysheet leak and share the D3 containment", "2026-05-13", ("rel", 1), time="12:00"),
                I("崔志刚", "requalify the hot-air taping parameters", "2026-05-22", ("md", 5, 22)),
                I("张明", "confirm the revised ETA with the mill and the air-freight cost for 3,000 m", "2026-05-12", ("rel", 0)),
                I("Luka Novak", "check whether HQ can release the Q3 buffer stock held in Kranj", None, None)],
         followup=F("2026-05-19", "15:00", ("at", "2026-05-19", "09:00", 2)),
         notes="Exchange Online English minutes; Date is +0000 (08:14 UTC = 16:14 Tue 2026-05-12 in Shanghai). "
               "'Action:'/'AI:' lines with initials: HW = 王海燕 (roster alias), JH = 刘建华. 'by Fri 15 May' -> 2026-05-15. "
               "'by tomorrow noon' -> 2026-05-13 12:00. 'JH/Kevin ... Kevin leads, Jianhua supports' -> the lead 崔志刚 owns it, "
               "2026-05-22. 'EOD today' -> 2026-05-12, no clock time. Luka's item says 'No date yet' -> no_due. The 9 May "
               "make-up Saturday and the 3.1% figure are information. 'Next check-in: Tue 19 May, 15:00 CST / 09:00 CEST' "
               "-> 2026-05-19 15:00 Shanghai (both zones agree).",
         tests="M365 English, UTC Date; Action:/AI: lines with initials (HW, JH); 'X/Y … X leads'; tomorrow noon; EOD today; next check-in in CST/CEST"),
    dict(num=10310, slug="soca-hq-gmail-owner-due-blocks-cest-date", kind="minutes", date=ts("2026-06-04 18:40:12", 2),
         build=b10310, probes=["Due: Monday 8 June", "Due: next Wednesday", "Due: June 26", "Owner: me", "9:00 CEST"],
         items=[I("崔志刚", "Updated pole hub drawing (rev C)", "2026-06-08", ("md", 6, 8)),
                I("张明", "Cost roll-up for the v3 BOM incl. the new buckles", "2026-06-10", ("next", 2)),
                I("王海燕", "50 pre-series samples for the Alps field test", "2026-06-26", ("md", 6, 26)),
                I("Tina Hribar", "Field-test protocol", "2026-06-12", ("md", 6, 12))],
         followup=F("2026-06-11", "15:00", ("at", "2026-06-11", "09:00", 2)),
         notes="Gmail (Google Workspace at HQ) from Kranj; Date 'Thu, 4 Jun 2026 18:40 +0200' = Fri 2026-06-05 00:40 in "
               "Shanghai. Owner/Due blocks. 'next Wednesday' -> Wednesday of the following week = 2026-06-10 (the same "
               "from either zone). AMBIGUOUS: item 2 'Owner: Simon / Yolanda' names two people; the first, Simon = 张明 "
               "(his report 孙悦 helps), is recorded. 'Owner: me' = the sender Tina Hribar (roster, HQ). Decisions (8.7 mm, "
               "Glacier cancelled) are not items. 'Next call: Thursday 11 June, 9:00 CEST (15:00 Rizhao)' -> 2026-06-11 15:00.",
         tests="Gmail from HQ with +0200 Date (next day in Shanghai); Owner:/Due: blocks; 'Owner: me'; two owners in one cell (AMBIGUOUS); next call in two zones"),
    dict(num=10311, slug="soca-checkbox-mentions-outlook-en", kind="minutes", date=ts("2026-04-15 11:02:40"),
         build=b10311, probes=["by Fri", "4/22", "this month", "ASAP", "before 4/24"],
         items=[I("王海燕", "rework plan for the 600 flysheets with seam-tape lift", "2026-04-17", ("wd", 4)),
                I("崔志刚", "add a peel-strength check to the taping SOP", "2026-04-22", ("md", 4, 22)),
                I("高雅婷", "book the ISO 9001 surveillance audit date with the certification body", "2026-04-30", ("month_end",)),
                I("张明", "second-source quote for YKK-equivalent zippers", None, VAGUE),
                I(None, "retrain line 2 operators on the new tape temperature window", "2026-04-24", ("md", 4, 24))],
         notes="Outlook English action list with '[ ]'/'[x]' and @mentions, sent Wed 2026-04-15. The two '[x]' lines are "
               "closed (status, not items). 'by Fri' -> 2026-04-17; '4/22' -> 2026-04-22; 'this month' -> month end "
               "2026-04-30; 'ASAP' -> vague_due. 'QA team' is no person and not a roster department name (ours is "
               "'Quality') -> owner null, department null, no_owner; 'before 4/24' -> 2026-04-24. No next meeting.",
         tests="Outlook English '[ ] @name – task – due' checklist; [x] lines are closed; by Fri / 4/22 / this month / ASAP; 'QA team' owner"),
    dict(num=10312, slug="soca-m365-x-to-style-same-time-next-week", kind="minutes", date=ts("2026-07-20 03:55:10", 0),
         build=b10312, probes=["by EOD", "by end of month", "ASAP", "owner TBD", "Same time next week", "10:00-11:00"],
         items=[I("孙悦", "update the MRP run with the 42k pre-order and send the shortage list", "2026-07-20", ("rel", 0)),
                I("王海燕", "confirm whether line 1 can take 6k extra units in August without a Saturday shift", None, None),
                I("于洪波", "prepare the capex request for the second hot-air taping machine", "2026-07-31", ("month_end",)),
                I("Luka Novak", "confirm the pull-forward volumes with the two retailers", None, VAGUE),
                I(None, "Customs pre-classification for the new aluminium poles", None, None)],
         followup=F("2026-07-27", "10:00", ("rel", 7)),
         notes="M365 English 'X to …' minutes, Date 03:55 UTC = 11:55 Mon 2026-07-20 Shanghai. Yolanda = 孙悦, Helen = "
               "王海燕, Hongbo = 于洪波 (roster aliases), Luka = Luka Novak (HQ). 'by EOD' -> 2026-07-20, no time. Helen's line "
               "has no deadline -> no_due. 'by end of month' -> 2026-07-31. 'ASAP' -> vague_due. 'owner TBD, no date yet' -> "
               "[no_owner, no_due]. 'Same time next week.' with the meeting at Mon 10:00 -> 2026-07-27 10:00.",
         tests="M365 'X to …' style; EOD / end of month / ASAP / owner TBD; next meeting only as 'Same time next week.'"),
    dict(num=10313, slug="soca-apple-mail-by-person-en", kind="minutes", date=ts("2026-08-13 19:22:08"),
         build=b10313, probes=["by the 24th", "- Monday", "within two weeks", "TBD", "by 31 August", "Thursday 27 Aug, 4 pm"],
         items=[I("王海燕", "Peak-season staffing: 25 temp sewers via the agency", "2026-08-24", ("md", 8, 24)),
                I("王海燕", "Line 2 overtime report for July", "2026-08-17", ("wd", 0)),
                I("刘建华", "Close the Triglav flysheet 8D (D8 sign-off)", "2026-08-27", ("rel", 14)),
                I("高雅婷", "Fire drill with the Lanshan fire brigade", None, VAGUE),
                I("于洪波", "H1 transfer-pricing file for the auditors", "2026-08-31", ("md", 8, 31)),
                I("Matej Kovač", "Visit the buckle supplier in Ningbo with Simon", None, VAGUE)],
         followup=F("2026-08-27", "16:00", ("md", 8, 27)),
         notes="Apple Mail (Mac) English minutes grouped by person (Helen / Jianhua / Grace / Hongbo / Me), sent Thu "
               "2026-08-13 19:22. 'by the 24th' (day only) -> 2026-08-24. Bare 'Monday' -> 2026-08-17. 'within two weeks' -> "
               "send date + 14 = 2026-08-27. Grace's drill 'TBD' -> vague_due; her canteen line is done ('renewed on 1 Aug') "
               "-> not an item. 'Me' = the sender Matej Kovač; 'sometime in the week of 24 Aug' is a period, not a date -> "
               "vague_due. Next meeting 'Thursday 27 Aug, 4 pm' -> 2026-08-27 16:00.",
         tests="Apple Mail English grouped by person; 'by the 24th'; bare Monday; within two weeks; TBD; a week-span -> vague; 'Me'"),
    dict(num=10314, slug="soca-dingtalk-ai-minutes-todo-only", kind="minutes", date=ts("2026-06-23 09:48:31"),
         build=b10314, probes=["本周五前", "2个工作日内", "7月1日前到岗", "（持续）", "7月上旬"],
         items=[I("崔志刚", "联系设备厂商报价温控模块", "2026-06-26", ("this", 4)),
                I("孙悦", "压胶条补货下单，库存覆盖30天", "2026-06-25", ("workdays", 2)),
                I("高雅婷", "夜班临时工招聘10人到岗", "2026-07-01", ("md", 7, 1)),
                I("刘建华", "每天发送二线返工日报", None, None)],
         notes="DingTalk mail (UTF-8) pasting a 钉钉AI听记 智能纪要 of this morning's meeting, sent Tue 2026-06-23 (the day "
               "after the first working day following 端午 06-19..21). Only the 待办事项 count: the 摘要 ('建议7月上旬更换温控模块', "
               "'决定增加一个夜班') and 章节速览 timestamps are not items. '本周五前' -> 2026-06-26. '2个工作日内' -> 06-24, "
               "06-25 -> 2026-06-25. '7月1日前到岗' -> 2026-07-01. '（持续）' daily report has no deadline -> no_due.",
         tests="DingTalk mail with pasted 钉钉AI听记 智能纪要: only 待办 count (摘要/章节速览 ignored); 2个工作日内; 持续 -> no_due"),
    dict(num=10315, slug="soca-auto-dsn-postfix-bounce", kind="auto", date=ts("2026-05-12 16:20:07"),
         build=b10315,
         notes="Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>, "
               "Auto-Submitted: auto-replied) for the bot's recap of 10309 sent to a mistyped HQ address. kind auto.",
         tests="auto: Postfix DSN bounce of a recap (multipart/report, Return-Path <>)"),
    dict(num=10316, slug="soca-other-reschedule-gmail", kind="other", date=ts("2026-07-22 16:05:44", 2),
         build=b10316,
         notes="A rescheduling request from HQ (Gmail, +0200) with the bot in Cc: it proposes 'Friday 24 July, 9:00 CEST' "
               "but is not minutes, not a reply to a recap and sets no items -> kind other, no follow-up.",
         tests="other: English rescheduling chat with a proposed time in two zones"),
]
