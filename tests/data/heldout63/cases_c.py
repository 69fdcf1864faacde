"""Cases 9113-9121: Tiszavölgy Sealing Technologies (Quzhou), Hungarian-owned seal maker writing English (C)."""
from hl63_case import Case, alt, apple, gmail, html_doc, m365, outlook, render_html, thunderbird
from hl63_lib import bot, esc, hx, leaf, person, ts

P = person
ESZTER = ("Eszter Nagy", "eszter.nagy@tiszaseal.example.hu")
GABOR = ("Gábor Tóth", "gabor.toth@tiszaseal.example.hu")
CAMILA = ("Camila Rojas", "camila.rojas@cordillera-min.example.cl")
MATIAS = ("Matías Soto", "matias.soto@cordillera-min.example.cl")


def en_html(text, tag="div"):
    return html_doc("\n".join("<%s>%s</%s>" % (tag, esc(x) if x.strip() else "<br>", tag) for x in text.split("\n")),
                    "utf-8")


def c9113():
    c = Case(9113, "seal-m365-ai-owner-due-blocks", "minutes", "C", ts("2026-06-15 02:10:33", 0),
             "M365 English, Date in +0000 (10:10 Shanghai): 'AI: name – task – by Thu', Owner/Action/Due blocks, "
             "'before the Dragon Boat break' (-> 06-18), 'EOD Friday' landing on the 06-19 holiday (literal), a done line; "
             "'Next check-in: Mon 22 June, same time'")
    text = """Hi all,

Minutes of today's ops review (Mon 15 June, 09:00-09:50, room Danube + Teams).

Attendees: Zoltán Kovács, Lily Zhu, Péter Szabó, Rain Zheng, JP Xu, Frank Fang

1. FKM O-ring line yield
- Yield back to 96.2% after the mould temperature fix. No action.

2. PPAP for the Cordillera pump seals
AI: Lily – submit the PPAP level 3 package to Cordillera – by Thu
AI: Péter – update the DFMEA with the new compound – before the Dragon Boat break

3. Resin supply
Owner: Rain
Action: confirm second-source PTFE resin samples with the Jinhua supplier
Due: EOD Friday

Owner: JP
Action: re-qualify press #4 after the heater replacement
Due: 23 June

4. Hiring
- Jia has posted the two operator positions (done).

Next check-in: Mon 22 June, same time.

Thanks,
Frank"""
    body = alt(text, en_html(text), "utf-8", "quoted-printable", "_000_SEZPR06MB71209C3D1A5B2E4F_")
    c.eml = m365(c, ("Frank Fang", P("方卫东")[1]),
                 [("Zoltán Kovács", P("Zoltán Kovács")[1]), ("Lily Zhu", P("祝丽")[1]),
                  ("Péter Szabó", P("Péter Szabó")[1]), ("Rain Zheng", P("郑雨桐")[1]), ("JP Xu", P("徐建平")[1])],
                 [bot("C")], "Minutes: Ops review 15 June", body)
    c.item("祝丽", "submit the PPAP level 3 package to Cordillera", (("wd", 3), "2026-06-18"))
    c.item("Péter Szabó", "update the DFMEA with the new compound", (("before_holiday", "端午"), "2026-06-18"))
    c.item("郑雨桐", "confirm second-source PTFE resin samples with the Jinhua supplier", (("wd", 4), "2026-06-19"))
    c.item("徐建平", "re-qualify press #4 after the heater replacement", (("abs", "2026-06-23"), "2026-06-23"))
    c.fu(("abs", "2026-06-22"), "2026-06-22", "09:00")
    c.notes = ("Date header Mon 15 Jun 2026 02:10 +0000 = 10:10 Shanghai, same day. 'by Thu' -> 06-18. 'before the Dragon "
               "Boat break' -> last working day before 06-19..21 = 06-18. AMBIGUOUS: 'EOD Friday' is Fri 06-19, a public "
               "holiday; recorded literally (06-19, no time, as for EOD in the corpus) - the writer may have meant Thu. "
               "Owners: Lily, Péter, Rain, JP are roster aliases. Item 1 and the hiring line are status. Next check-in "
               "06-22 at the same time as this meeting (09:00).")
    return c


def c9114():
    c = Case(9114, "seal-outlook-en-two-timezones", "minutes", "C", ts("2026-06-24 17:30:41"),
             "Outlook desktop English (utf-8 base64 alternative): '[Action] X to …', an HQ owner outside the roster "
             "(Cc display name), 'within 5 working days' after Dragon Boat, 'next Tuesday'; next call given in two "
             "time zones (15:00 China / 09:00 Budapest)")
    text = """Dear all,

Please find below the minutes of today's quality alignment call with HQ.

Date: Wed 24 June 2026, 15:00-16:10 China time
Participants: Eszter Nagy (HQ Quality), Zoltán Kovács, Péter Szabó, JP Xu, Lily Zhu

Discussion
- HQ audit scheduled for the week of 14 September; scope = FKM and PTFE lines.
- Complaint rate May: 38 ppm (target 50 ppm).

Actions
[Action] Eszter to send the updated HQ audit checklist - by Fri 26 June
[Action] Lily to translate the 2026 customer complaint log into English - next Tuesday
[Action] Péter (JP supporting) to run the compression-set test on 3 lots - within 5 working days

Next call: Wednesday 8 July, 15:00 China / 09:00 Budapest.

Best regards,
Lily Zhu
Quality Manager"""
    body = alt(text.replace("\n", "\r\n"), render_html(text, "utf-8", flavor="outlook"), "utf-8", "base64",
               "----=_NextPart_000_0041_01DD03C7.5E2A1F90")
    c.eml = outlook(c, ("Lily Zhu", P("祝丽")[1]), [ESZTER, ("Zoltán Kovács", P("Zoltán Kovács")[1])],
                    [("Péter Szabó", P("Péter Szabó")[1]), ("JP Xu", P("徐建平")[1]), bot("C")],
                    "Minutes - Quality alignment call with HQ (24 Jun)", body, cs="utf-8", host="TSQZ-LT-031",
                    ip="10.31.4.88", lang="en-us")
    c.item(ESZTER, "send the updated HQ audit checklist", (("abs", "2026-06-26"), "2026-06-26"))
    c.item("祝丽", "translate the 2026 customer complaint log into English", (("next", 1), "2026-06-30"))
    c.item("Péter Szabó", "run the compression-set test on 3 lots", (("workdays", 5), "2026-07-01"))
    c.fu(("abs", "2026-07-08"), "2026-07-08", "15:00")
    c.notes = ("Sent Wed 2026-06-24 17:30 +0800. Eszter Nagy (HQ, Hungary) is not in the roster: owner from the To "
               "display name, department null. 'next Tuesday' -> 06-30. 'within 5 working days' -> 06-25, 06-26, 06-29, "
               "06-30, 07-01. Péter owns the test, JP only supports. Audit week and ppm figures are facts. Next call "
               "'Wednesday 8 July, 15:00 China / 09:00 Budapest' -> 2026-07-08 15:00 Shanghai (CEST = UTC+2).")
    return c


def c9115():
    c = Case(9115, "seal-gmail-hq-x-to-plus0200", "minutes", "C", ts("2026-07-07 20:30:12", 2),
             "Google Workspace Gmail from HQ, Date +0200 at 20:30 = next day 02:30 in Shanghai; 'X to … by Friday / by "
             "July 17 / next Monday' lines; an owner in HQ finance (Cc display name); 'no rush' (no date); decisions; "
             "follow-up 'date TBC' -> null")
    text = """Hi Zoltán, hi Frank,

Notes from today's quarterly capex review.

Decisions
* Second vulcanising press (#5) approved, budget EUR 420k.
* Chiller upgrade moved to Q4.

Next steps
* Zoltán to submit the capex form for press #5 by Friday.
* Frank to get three quotes for the new chiller by July 17.
* Rain to check lead time for the Japanese PTFE grade - no rush.
* Gábor to release the Q3 budget tranche next Monday.

We'll regroup at the September steering meeting, date TBC.

Cheers,
Eszter

--
Eszter Nagy | Group Quality & Programs
Tiszavölgy Sealing Technologies Zrt. | Szolnok"""
    html = html_doc('<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % (esc(x) or "<br>") for x in text.split("\n")),
                    "UTF-8")
    body = alt(text, html, "UTF-8", "quoted-printable", "000000000000%s" % hx(c.name, 16))
    c.eml = gmail(c, ESZTER, [("Zoltán Kovács", P("Zoltán Kovács")[1]), ("Frank Fang", P("方卫东")[1])],
                  [("Rain Zheng", P("郑雨桐")[1]), GABOR, bot("C")], "Capex review - notes", body)
    c.item("Zoltán Kovács", "submit the capex form for press #5", (("wd", 4), "2026-07-10"))
    c.item("方卫东", "get three quotes for the new chiller", (("abs", "2026-07-17"), "2026-07-17"))
    c.item("郑雨桐", "check lead time for the Japanese PTFE grade", None)
    c.item(GABOR, "release the Q3 budget tranche", (("next", 0), "2026-07-13"))
    c.notes = ("Date Tue 7 Jul 2026 20:30 +0200 = Wed 07-08 02:30 Shanghai; every phrase gives the same day from "
               "either side: 'by Friday' -> 07-10, 'next Monday' -> 07-13. Gábor Tóth (HQ finance, Cc) is outside the "
               "roster. 'no rush' is no deadline -> no_due. The Decisions block is not items. 'September steering "
               "meeting, date TBC' -> no follow-up.")
    return c


def c9116():
    c = Case(9116, "seal-apple-checkbox-at-mentions", "minutes", "C", ts("2026-07-16 18:45:20"),
             "Apple Mail (utf-8 QP alternative) from the GM: '[x]' done vs '[ ]' open with @mentions; 'by 24/7' "
             "(European D/M); 'tomorrow'; an unowned 'somebody from maintenance … asap'; next walk 'in two weeks'")
    text = """Team,

Thanks for the plant walk this afternoon. Follow-ups below - tick them off when you reply.

[x] @Jia emergency exit signage in warehouse B (fixed during the walk)
[ ] @JP 5S audit of the mixing room by Tuesday
[ ] @Lily move the reject bins away from the good-part racks - tomorrow
[ ] @Rain label all resin drums with the receiving date (by 24/7)
[ ] somebody from maintenance to look at the compressor noise - asap

Let's walk again in two weeks, same time.

Z.

Sent from my Mac"""
    html = html_doc('<div style="font-family: Helvetica; font-size: 13px;">%s</div>'
                    % "".join("<div>%s</div>" % (esc(x) or "<br>") for x in text.split("\n")), "utf-8")
    body = alt(text, html, "utf-8", "quoted-printable", "Apple-Mail=_%s" % hx(c.name, 8).upper() + "-3A1C-4E0B-9F52")
    to = [("Jia Mao", P("毛佳")[1]), ("JP Xu", P("徐建平")[1]), ("Lily Zhu", P("祝丽")[1]), ("Rain Zheng", P("郑雨桐")[1])]
    c.eml = apple(c, ("Zoltán Kovács", P("Zoltán Kovács")[1]), to, [("Frank Fang", P("方卫东")[1]), bot("C")],
                  "Plant walk – follow-ups", body)
    c.item("徐建平", "5S audit of the mixing room", (("wd", 1), "2026-07-21"))
    c.item("祝丽", "move the reject bins away from the good-part racks", (("plus", 1), "2026-07-17"))
    c.item("郑雨桐", "label all resin drums with the receiving date", (("abs", "2026-07-24"), "2026-07-24"))
    c.item(None, "look at the compressor noise", ("vague",))
    c.fu(("plus", 14), "2026-07-30")
    c.notes = ("Sent Thu 2026-07-16 18:45. '[x]' is done (not an item); '[ ]' lines are items. 'by Tuesday' -> 07-21; "
               "'tomorrow' -> 07-17. AMBIGUOUS: 'by 24/7' is D/M from a Hungarian writer = 24 July (not 'around the "
               "clock'). 'somebody from maintenance' -> no owner (maintenance is no roster department) + asap -> "
               "vague_due. 'walk again in two weeks, same time' -> 07-30; the walk time is not stated ('this afternoon'), "
               "so time null.")
    return c


def c9117():
    c = Case(9117, "seal-thunderbird-flowed-nested-brackets", "minutes", "C", ts("2026-07-20 11:02:47"),
             "Thunderbird text/plain format=flowed 8bit: items wrapped over lines, deadline in nested brackets "
             "'(due Thu 23 Jul (before the customer audit (24 Jul)))', a quoted supplier promise vs our need date, "
             "'Me:' = sender, '[no date yet]'")
    lines = [
        "Hi,", "", "Short notes from this morning's tooling review.", "",
        "Attendees: Péter, JP, Lily, Rain (Frank excused)", "", "Open points / actions:", "",
        "1) New 4-cavity mould for the CM-220 lip seal: JP to finish the trial ",
        "shots and send the dimensional report (due Thu 23 Jul (before the ",
        "customer audit (24 Jul)))",
        "2) Rain to chase the steel supplier for the H13 inserts; they promised ",
        "delivery \"end of the month\" but we need them by 28 Jul at the latest",
        "3) Lily: update the control plan once (1) is approved [no date yet]",
        "4) Me: release drawing rev. C to production - by Wednesday 22 Jul", "",
        "Next review: Monday 27 Jul, 10:30, Danube room.", "",
        "-- ", "Péter Szabó", "Tooling & Process Engineering",
        "Tiszavölgy Sealing Technologies (Quzhou) Co., Ltd."]
    body = leaf("text/plain", "\n".join(lines) + "\n", "UTF-8", "8bit", params="; format=flowed", cs_quote=False)
    c.eml = thunderbird(c, ("Péter Szabó", P("Péter Szabó")[1]),
                        [("JP Xu", P("徐建平")[1]), ("Lily Zhu", P("祝丽")[1]), ("Rain Zheng", P("郑雨桐")[1])],
                        [("Frank Fang", P("方卫东")[1]), bot("C")], "Notes: tooling review CM-220 (20 Jul)", body)
    c.item("徐建平", "finish the trial shots and send the dimensional report", (("abs", "2026-07-23"), "2026-07-23"))
    c.item("郑雨桐", "chase the steel supplier for the H13 inserts", (("abs", "2026-07-28"), "2026-07-28"))
    c.item("祝丽", "update the control plan once (1) is approved", None)
    c.item("Péter Szabó", "release drawing rev. C to production", (("abs", "2026-07-22"), "2026-07-22"))
    c.fu(("abs", "2026-07-27"), "2026-07-27", "10:30")
    c.notes = ("Sent Mon 2026-07-20. format=flowed: wrapped lines end with a space and join the next. Item 1's due is "
               "the outer date of '(due Thu 23 Jul (before the customer audit (24 Jul)))' = 07-23; 24 Jul is the audit. "
               "Item 2: the supplier's 'end of the month' is their promise; our deadline is 'by 28 Jul'. Item 3 is "
               "conditional with '[no date yet]' -> no_due. 'Me:' = the sender Péter. Next review 07-27 10:30.")
    return c


def c9118():
    c = Case(9118, "seal-collab-tracking-outlook-gb2312-html", "minutes", "C", ts("2026-07-31 16:05:12"),
             "Outlook zh-CN single-part HTML gb2312 QP (with pinyin-range é/ó/á in Hungarian names) seed "
             "跨部门协作事项跟踪表: 已完成 row skipped, 8月底 -> 08-31, 下周三 from a Friday, 待定, 'X（Y配合）' owner cell")
    rows = [["序号", "协作事项", "牵头部门", "配合部门", "负责人", "计划完成时间", "进展情况"],
            ["1", "新员工安全培训教材中英文版", "HR & Admin", "Quality", "毛佳", "7月24日", "已完成"],
            ["2", "ERP物料编码清理", "Supply Chain", "Production、Quality", "郑雨桐", "8月14日", "进行中（60%）"],
            ["3", "5号压机安装场地改造", "Operations", "Engineering", "方卫东", "8月底", "未开始"],
            ["4", "CM-220客户投诉8D闭环", "Quality", "Engineering", "祝丽", "下周三", "进行中"],
            ["5", "年度消防演练", "HR & Admin", "全体", "毛佳", "待定", "未开始"],
            ["6", "模具寿命统计表", "Engineering", "Production", "Péter Szabó（徐建平配合）", "8月7日", "进行中"]]
    text = """Zoltán、各位：

本周跨部门协作事项跟踪表更新如下，请各负责人核对进展，有变化直接回复我。

[[T0]]

下次跟踪会：8月7日（周五）16:00，Danube会议室。

方卫东
Operations"""
    html = render_html(text, "gb2312", tables=[rows], flavor="outlook",
                       cell_style=' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"')
    body = leaf("text/html", html, "gb2312", "quoted-printable")
    c.eml = outlook(c, P("方卫东"), [("Zoltán Kovács", P("Zoltán Kovács")[1])],
                    [P("毛佳"), P("郑雨桐"), P("祝丽"), ("Péter Szabó", P("Péter Szabó")[1]), P("徐建平"), bot("C")],
                    "跨部门协作事项跟踪表（7月31日更新）", body, cs="gb2312", host="TSQZ-PC-007", ip="10.31.4.20")
    c.item("郑雨桐", "ERP物料编码清理", (("abs", "2026-08-14"), "2026-08-14"))
    c.item("方卫东", "5号压机安装场地改造", (("month_end", 8), "2026-08-31"))
    c.item("祝丽", "CM-220客户投诉8D闭环", (("next", 2), "2026-08-05"))
    c.item("毛佳", "年度消防演练", ("vague",))
    c.item("Péter Szabó", "模具寿命统计表", (("abs", "2026-08-07"), "2026-08-07"))
    c.fu(("abs", "2026-08-07"), "2026-08-07", "16:00")
    c.notes = ("Seed 跨部门协作事项跟踪表, HTML only, gb2312 (Zoltán/Péter/Szabó use the pinyin letters á é ó that GB2312 "
               "has). Sent Fri 2026-07-31. Row 1 is 已完成 -> not an item. '8月底' -> 08-31; '下周三' -> 08-05; '待定' -> "
               "vague_due; 'Péter Szabó（徐建平配合）' -> owner Péter. '进行中（60%）' is progress, not a date. Next meeting "
               "08-07 16:00.")
    return c


def c9119():
    c = Case(9119, "seal-other-site-newsletter-outlook", "other", "C", ts("2026-08-03 09:02:18"),
             "Outlook English site newsletter written by HR to all staff (no List-/Precedence headers): dates, "
             "'please register by Friday', named people - not minutes -> other")
    text = """Dear colleagues,

Welcome to the August edition of Quzhou Site News.

Safety
- 212 days without a lost-time accident. Thank you all!
- The annual fire drill will be scheduled in September; details to follow.

People
- Please welcome our new process engineer, Wang Rui, who joins Péter's team today.
- Summer team-building trip to Jianglang Mountain on Saturday 22 August. Please register with Jia by Friday.

Business
- HQ audit of the FKM and PTFE lines: week of 14 September.
- Press #5 arrives in October.

Have a great month!

Jia Mao
HR & Admin"""
    body = alt(text.replace("\n", "\r\n"), render_html(text, "utf-8", flavor="outlook"), "utf-8", "base64",
               "----=_NextPart_000_0007_01DD2300.6B1E4A20")
    c.eml = outlook(c, ("Jia Mao", P("毛佳")[1]), [("All Quzhou Staff", "all.quzhou@tiszaseal.example.com")],
                    [bot("C")], "Quzhou Site News - August 2026", body, cs="utf-8", host="TSQZ-LT-044",
                    ip="10.31.4.61", lang="en-us")
    c.notes = ("A monthly site newsletter written and sent by a person to a staff list, with the bot copied; no "
               "List-Id/Precedence headers, so not bulk mail, but also no meeting and nothing to track: kind other. "
               "'register with Jia by Friday' is an announcement to everyone.")
    return c


def c9120():
    c = Case(9120, "seal-auto-vacation-gmail", "auto", "C", ts("2026-08-04 21:14:05", 2),
             "Gmail vacation responder from HQ (Auto-Submitted: auto-replied, Precedence-free), English + Hungarian, "
             "dates and a delegate in the body")
    text = ("Thank you for your email. I am on annual leave until Friday 21 August with limited access to email.\n"
            "For urgent quality matters please contact Gábor Tóth (gabor.toth@tiszaseal.example.hu).\n\n"
            "Köszönöm a levelét. Augusztus 21-ig szabadságon vagyok, korlátozottan olvasom a leveleimet.\n\n"
            "Eszter Nagy\n")
    body = alt(text, html_doc("<div dir=\"ltr\">%s</div>" % esc(text).replace("\n", "<br>"), "UTF-8"), "UTF-8",
               "quoted-printable", "000000000000%s" % hx(c.name, 16))
    raw = gmail(c, ESZTER, [bot("C")], [], "Szabadság / Out of office", body,
                irt="<recap.%s@tiszaseal.example.com>" % hx("9119", 16))
    c.eml = raw.replace(b"MIME-Version: 1.0\n", b"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n", 1)
    c.notes = ("Gmail vacation auto-reply to a bot mail (Auto-Submitted: auto-replied). The leave dates and the delegate "
               "are not items. kind auto.")
    return c


def c9121():
    c = Case(9121, "seal-forwarded-customer-minutes-preface", "minutes", "C", ts("2026-08-11 09:20:36"),
             "Outlook English 'FW:' with a preface above the customer's (Chile) minutes: the items sit under the "
             "From/Sent/To/Cc block; owners written as 'Company (Name)', external owners resolved from the forwarded "
             "header; 'this week'; ASAP; next meeting in Santiago time (-> 22:00 Beijing)")
    text = """Hi Péter, Frank,

FYI - adding the minutes bot so the actions get tracked. Cordillera's minutes of yesterday's call below; items 1 and 3 are ours.

Lily

From: Camila Rojas <camila.rojas@cordillera-min.example.cl>
Sent: Monday, August 10, 2026 4:45 PM
To: Lily Zhu <lily.zhu@tiszaseal.example.com>
Cc: Matías Soto <matias.soto@cordillera-min.example.cl>; Péter Szabó <peter.szabo@tiszaseal.example.com>
Subject: Minutes - CM-220 seal leakage call (Aug 10)

Hello all,

Thank you for joining today. Summary: 3 of 40 CM-220 seals installed in June leaked at the slurry pump in Antofagasta after about 600 hours.

Action items:
1. Tiszavolgy (Lily Zhu) - root-cause report for the 3 leaking seals - by August 14
2. Cordillera (Camila) - send the failed seals back by courier - this week
3. Tiszavolgy (Péter Szabó) - propose a revised groove design - by August 21
4. Cordillera (Matías Soto) - share pump operating data (pressure/temperature logs) - ASAP

Next meeting: Thursday, August 20, 10:00 Santiago time (22:00 Beijing).

Best regards,
Camila Rojas
Reliability Engineer | Cordillera Minerals"""
    body = alt(text.replace("\n", "\r\n"), render_html(text, "utf-8", flavor="outlook"), "utf-8", "base64",
               "----=_NextPart_000_0052_01DD2957.0C4B8E10")
    c.eml = outlook(c, ("Lily Zhu", P("祝丽")[1]), [("Péter Szabó", P("Péter Szabó")[1]), ("Frank Fang", P("方卫东")[1])],
                    [bot("C")], "FW: Minutes - CM-220 seal leakage call (Aug 10)", body, cs="utf-8",
                    host="TSQZ-LT-031", ip="10.31.4.88", lang="en-us")
    c.item("祝丽", "root-cause report for the 3 leaking seals", (("abs", "2026-08-14"), "2026-08-14"))
    c.item(CAMILA, "send the failed seals back by courier", (("week_end",), "2026-08-16"))
    c.item("Péter Szabó", "propose a revised groove design", (("abs", "2026-08-21"), "2026-08-21"))
    c.item(MATIAS, "share pump operating data (pressure/temperature logs)", ("vague",))
    c.fu(("abs", "2026-08-20"), "2026-08-20", "22:00")
    c.notes = ("Forward (Tue 2026-08-11 09:20 +0800) of the customer's minutes; the preface is not an item and the "
               "forwarded From/Sent block must not be cut as a quote. All four action items are recorded (the preface "
               "only says which are ours); Camila and Matías are outside the roster, emails from the forwarded header. "
               "AMBIGUOUS: 'this week' -> end of the Mon-Sun week 08-16 (like 本周内). 'ASAP' -> vague_due. Next "
               "meeting 'August 20, 10:00 Santiago time (22:00 Beijing)' -> 2026-08-20 22:00 Shanghai.")
    return c


CASES = [c9113, c9114, c9115, c9116, c9117, c9118, c9119, c9120, c9121]
