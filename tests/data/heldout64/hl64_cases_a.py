"""heldout64 cases, organisation A: Tandil Agro Implements (Qiqihar), Argentine-owned seeder maker."""
import datetime as dt

from hl64_clients import alt, bnd, envelope
from hl64_core import Case, It, leaf, message, multi, who
from hl64_html import gm_html, ms_html, ms_table

T8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
ART = dt.timezone(dt.timedelta(hours=-3))
CASES = []


def case(num, slug, kind, tests, sent, items=(), followup=None, notes=""):
    def deco(fn):
        CASES.append(Case(num, slug, kind, tests, sent, fn, list(items), followup, notes))
        return fn
    return deco


SIG_M = "--\nMartín Etchegaray | General Manager\nTandil Agro Implements (Qiqihar) Co., Ltd.\nTel +86 452 555 0182"

# ------------------------------------------------------------------ 9201
T9201 = """Hi all,

Minutes from this morning's production review (Thu Apr 2, 08:30-09:40, meeting room 2 + Teams with Tandil).

Attendees: Martín, Haibo, Nancy, Ruby, Leo, Zack; Diego Bustos (Tandil, remote)

Status
- Line 1 built 11 units of SD-21 this week, 2 units on hold for paint rework.
- Gauge wheels: we are 40 sets short. Ruby has a partial delivery confirmed for Apr 7.
- Reminder: the plant is closed Sat Apr 4 - Mon Apr 6 (Qingming).

Decisions
- We keep the 12 units/day target for April. No overtime on the holiday.
- Paint rework is done on line 2, not in the booth.

AI: Haibo - confirm the April build plan for SD-21 with the new takt by Friday.
AI: Nancy - close the 8D on the disc-opener hub cracks, due 4/10.
AI: Ruby - send the revised PO for the gauge wheels to the supplier by next Wednesday.
AI: Leo (Zack to support) - release drawing rev C of the main frame within 3 working days.
AI: Diego - share the torque values from the Tandil field test, date TBD.

Next check-in: Thu Apr 9, 09:00 Beijing time / Wed Apr 8, 22:00 in Tandil.

Thanks,
Martín
""" + SIG_M


@case(9201, "tandil-ai-colon-m365-utc-qingming", "minutes",
      "M365 English 'AI: X - task' lines, Date header in +0000; 3 working days across Qingming (04-04..04-06); "
      "'(Zack to support)' is not a second owner; next check-in in two time zones",
      dt.datetime(2026, 4, 2, 10, 15, 27, tzinfo=T8),
      [It("haibo", "confirm the April build plan for SD-21 with the new takt", ("wd", 4)),
       It("nancy", "close the 8D on the disc-opener hub cracks", ("date", "2026-04-10")),
       It("ruby", "send the revised PO for the gauge wheels to the supplier", ("next", 2)),
       It("lixin", "release drawing rev C of the main frame", ("work", 3)),
       It(("ext", "diego"), "share the torque values from the Tandil field test", "vague")],
      ("date", "2026-04-09", "09:00"),
      "Sent Thu 2026-04-02 10:15 Shanghai; the Date header is 02:15 +0000 (same day). 'by Friday' -> 2026-04-03. "
      "'due 4/10' -> 2026-04-10. 'by next Wednesday' -> Wednesday of the following week 2026-04-08. "
      "'within 3 working days' counts Fri 04-03 (1), skips Sat 04-04..Mon 04-06 (Qingming), Tue 04-07 (2), "
      "Wed 04-08 (3) -> 2026-04-08 (a Mon-Fri count ignoring the holiday gives 04-07). Leo = 郭立新 (alias); "
      "'Zack to support' is help, not a second item. Diego Bustos is outside the roster, address from Cc; "
      "'date TBD' -> vague_due. 'Apr 7' partial delivery and the Apr 4-6 closure are status. "
      "Next check-in 09:00 Beijing time = 2026-04-09 09:00 (22:00 Apr 8 in Tandil is the same instant).")
def b9201(c):
    hs = envelope("m365", c, "A", "martin", ["haibo", "nancy", "ruby", "lixin", "zhigang"], ["diego", "botA"],
                  "Minutes - weekly production review (Apr 2)", date_tz=UTC)
    html = ms_html(T9201, lang="EN-US")
    return message(hs, alt("m365", c, T9201, html, "utf-8", "quoted-printable"))


# ------------------------------------------------------------------ 9202
H9202 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang=EN-US link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Dear Luc&iacute;a, all,<o:p></o:p></p>
<p class=MsoNormal>Thanks for joining from Tandil so late in your evening. Minutes below.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Discussed<o:p></o:p></b></p>
<ul style="margin-top:0cm" type=disc>
<li class=MsoNormal>Field returns from dealers in Buenos Aires province: 7 disc-opener hubs cracked after about 300 ha.</li>
<li class=MsoNormal>Salt-spray results on the new zinc-flake coating: 480 h passed on 5 of 6 panels.</li>
</ul>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Action 1<o:p></o:p></b></p>
<p class=MsoNormal>What: Share the field-failure photos and hectares per unit from the Argentine dealers<o:p></o:p></p>
<p class=MsoNormal>Owner: Luc&iacute;a Ferreyra<o:p></o:p></p>
<p class=MsoNormal>Due: ASAP<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Action 2<o:p></o:p></b></p>
<p class=MsoNormal>What: Update the control plan for the disc-opener hub (add MPI on 100% of forgings)<o:p></o:p></p>
<p class=MsoNormal>Owner: Nancy Sun<o:p></o:p></p>
<p class=MsoNormal>Due: Apr 30<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Action 3<o:p></o:p></b></p>
<p class=MsoNormal>What: Re-run the salt-spray test on the sixth panel<o:p></o:p></p>
<p class=MsoNormal>Owner: Quality lab<o:p></o:p></p>
<p class=MsoNormal>Due: before the May Day holiday<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Action 4<o:p></o:p></b></p>
<p class=MsoNormal>What: Confirm the coating supplier's capacity for May<o:p></o:p></p>
<p class=MsoNormal>Owner: Ruby<o:p></o:p></p>
<p class=MsoNormal>Due: Fri 4/24<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Next review: Tuesday, April 28, 4:00 pm Beijing time (5:00 am in Tandil).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Best regards,<o:p></o:p></p>
<p class=MsoNormal>Nancy<o:p></o:p></p>
<p class=MsoNormal><span style="font-size:9.0pt;color:gray">Sun Xiaonan (Nancy) | Quality Manager | Tandil Agro Implements (Qiqihar)<o:p></o:p></span></p>
</div></body></html>"""


@case(9202, "tandil-owner-due-blocks-outlook-html-only", "minutes",
      "Outlook English single text/html part (us-ascii, &iacute; entity) with What/Owner/Due blocks: ASAP from head office, "
      "'Quality lab' owner, 'before the May Day holiday', 'Fri 4/24'; next review in two time zones",
      dt.datetime(2026, 4, 21, 16, 40, 12, tzinfo=T8),
      [It(("ext", "lucia"), "Share the field-failure photos and hectares per unit from the Argentine dealers", "vague"),
       It("nancy", "Update the control plan for the disc-opener hub", ("date", "2026-04-30")),
       It(None, "Re-run the salt-spray test on the sixth panel", ("before_hol", "2026-05-01")),
       It("ruby", "Confirm the coating supplier's capacity for May", ("date", "2026-04-24"))],
      ("date", "2026-04-28", "16:00"),
      "Sent Tue 2026-04-21 16:40 +0800; HTML only. Action 1 owner Lucía Ferreyra (head office, outside the roster; "
      "address from To), 'ASAP' -> vague_due. Action 2 'Nancy Sun' = 孙晓楠 (alias), 'Apr 30' -> 2026-04-30; the "
      "bracket '(add MPI on 100% of forgings)' is detail of the task. Action 3 'Quality lab' is no person and no roster "
      "department -> owner null, department null, no_owner; 'before the May Day holiday' = last working day before "
      "the 05-01..05-05 block = Thu 2026-04-30. Action 4 'Ruby' = 张蕊, 'Fri 4/24' -> 2026-04-24. '300 ha', '480 h' "
      "are findings. Next review Tue April 28 4:00 pm Beijing time -> 2026-04-28 16:00.")
def b9202(c):
    hs = envelope("outlook_en", c, "A", "nancy", ["lucia", "haibo"], ["ruby", "martin", "botA"],
                  "Minutes: coating & disc-opener quality review with Tandil HQ")
    return message(hs, leaf("text/html", H9202, "us-ascii", "quoted-printable"))


# ------------------------------------------------------------------ 9203
T9203 = """Team,

Short notes from today's staff meeting.

1. May Day backlog: 36 units shipped last week, 9 still waiting for tyres.
2. Daqing agri-machinery fair is confirmed for June.
3. Saturday May 9 was a working day - thanks to everyone who covered.

Actions
- Martín to sign off the dealer price list by Wed.
- Haibo to lock the June build plan by EOD.
- Kiki to send the Q2 cost roll-up by end of month.
- Zack to update the hitch drawing, date TBD (waiting for Diego's torque data).
- Don to book the booth for the Daqing fair by May 20.
- Diego to send the updated torque spec by next Tuesday.

We skip the sync next Monday (I'm travelling). Next one TBD.

M."""


@case(9203, "tandil-x-to-convention-gmail", "minutes",
      "Google Workspace Gmail, 'X to <task> by <when>' lines: by Wed, by EOD, by end of month, date TBD, by May 20, "
      "by next Tuesday; writer is an owner himself; 'Next one TBD' -> no follow-up",
      dt.datetime(2026, 5, 11, 9, 5, 44, tzinfo=T8),
      [It("martin", "sign off the dealer price list", ("wd", 2)),
       It("haibo", "lock the June build plan", ("rel", 0)),
       It("kiki", "send the Q2 cost roll-up", ("mend",)),
       It("zhigang", "update the hitch drawing", "vague"),
       It("handong", "book the booth for the Daqing fair", ("date", "2026-05-20")),
       It(("ext", "diego"), "send the updated torque spec", ("next", 1))],
      None,
      "Sent Mon 2026-05-11 09:05 +0800. 'by Wed' -> 2026-05-13. 'by EOD' -> the send date 2026-05-11, no time. "
      "'by end of month' -> 2026-05-31. 'date TBD' -> vague_due (owner Zack = 宋志刚). 'Don' = 韩冬 (alias), "
      "'by May 20' -> 2026-05-20. 'Diego' = Diego Bustos from Cc (outside the roster), 'by next Tuesday' -> "
      "2026-05-19. Martín (the writer) owns the first item. The numbered status lines (May 9 make-up Saturday) are "
      "information. 'Next one TBD' -> next_followup null.")
def b9203(c):
    hs = envelope("gmail", c, "A", "martin", ["haibo", "kiki", "zhigang", "handong"], ["diego", "botA"],
                  "Monday staff meeting - notes & actions")
    return message(hs, alt("gmail", c, T9203, gm_html(T9203), "UTF-8", "quoted-printable"))


# ------------------------------------------------------------------ 9204
T9204 = """文静、晓楠：

转发总部昨晚的会议纪要。我们这边的事项请按时间推进，已抄送纪要助手自动跟踪。

于海波

________________________________
发件人: Lucía Ferreyra <lucia.ferreyra@tandil-maq.example.com.ar>
发送时间: 2026年5月22日 7:02
收件人: 于海波 <yuhaibo@tandil-qqhr.example.cn>; Martín Etchegaray <martin.etchegaray@tandil-qqhr.example.cn>
抄送: Diego Bustos <diego.bustos@tandil-maq.example.com.ar>
主题: Minutes - SD-21 export build sync (May 21)

Hi all,

Minutes from today's sync (May 21, 18:00 ART).

Open items
[ ] Qiqihar plant: build and ship 3 sample row units for the Córdoba field test - Haibo - by May 29
[x] HQ: release seeding-controller firmware 2.3 - done May 20
[ ] Wenjing: confirm the container slot with the forwarder - next Monday
[ ] Lucía: share the updated seeding-rate tables - June 5
[ ] Nancy: PPAP package for the new fertilizer hopper - end of June

Next call: Thursday June 4, 10:00 ART (21:00 in Qiqihar).

Saludos,
Lucía"""


@case(9204, "tandil-fwd-hq-checkbox-minutes-outlook", "minutes",
      "Outlook zh-CN '转发:' with a Chinese preface over English head-office minutes: '[ ]' open vs '[x]' done "
      "checkboxes, owner before or after the task, next call given in ART and Qiqihar time",
      dt.datetime(2026, 5, 22, 8, 40, 3, tzinfo=T8),
      [It("haibo", "build and ship 3 sample row units for the Córdoba field test", ("date", "2026-05-29")),
       It("wenjing", "confirm the container slot with the forwarder", ("next", 0)),
       It(("extname", "lucia"), "share the updated seeding-rate tables", ("date", "2026-06-05")),
       It("nancy", "PPAP package for the new fertilizer hopper", ("date", "2026-06-30"))],
      ("date", "2026-06-04", "21:00"),
      "Forward sent Fri 2026-05-22 08:40 +0800; the minutes sit below Outlook's 发件人/发送时间 block and must be "
      "read. '[x] … done May 20' is status, not an item. 'by May 29' -> 2026-05-29. 'next Monday' -> 2026-05-25 "
      "(the same from the original send time, Fri 05-22 07:02 Shanghai). 'June 5' -> 2026-06-05; owner Lucía "
      "Ferreyra is outside the roster and appears only in the quoted header block, not in this mail's From/To/Cc, "
      "so owner_email is null under the schema (AMBIGUOUS: a reader could copy the address from the quoted "
      "block). 'end of June' -> 2026-06-30. 'Next call: Thursday June 4, 10:00 ART (21:00 in Qiqihar)' -> "
      "2026-06-04 21:00 Shanghai time (ART = UTC-3).")
def b9204(c):
    hs = envelope("outlook", c, "A", "haibo", ["wenjing", "nancy"], ["botA"],
                  "转发: Minutes - SD-21 export build sync (May 21)")
    return message(hs, alt("outlook", c, T9204, ms_html(T9204, "utf-8"), "utf-8", "base64"))


# ------------------------------------------------------------------ 9205
T9205 = """各位：

今天下午碰头会（15:00-16:10，二楼会议室）纪要如下，按人整理。

【于海波】
- 二号线焊接工装切换，节前完成，节后直接按新工装排产。
- 6月底前提交下半年产能计划（含SD-21和SD-24两个型号的 
节拍测算）。

【孙晓楠】
- 2个工作日内向鹤城锻造发出供应商纠正措施要求（SCAR），附 
上周的磁粉探伤记录。
- 已完成：盐雾试验报告已发总部，不再跟踪。

【张蕊】
- 节后第一个工作日与鹤城锻造确认调价，调价幅度不超过3%的 
可以直接签。

【郭立新】
- 无新增事项，机架图纸C版已于6月12日发布。

下次碰头：下周三同一时间。

-- 
郭立新 工程部
坦迪尔农机（齐齐哈尔）有限公司"""


@case(9205, "tandil-grouped-by-person-thunderbird-flowed-duanwu", "minutes",
      "Thunderbird format=flowed QP, items grouped under 【name】 headings with wrapped lines; 节前 / 节后第一个工作日 "
      "around Dragon Boat (06-19..06-21), 2个工作日内 across it; 已完成 line; '下周三同一时间'",
      dt.datetime(2026, 6, 17, 17, 30, 9, tzinfo=T8),
      [It("haibo", "完成二号线焊接工装切换", ("before_hol", "2026-06-19")),
       It("haibo", "提交下半年产能计划（含SD-21和SD-24两个型号的节拍测算）", ("date", "2026-06-30")),
       It("nancy", "向鹤城锻造发出供应商纠正措施要求（SCAR）", ("work", 2)),
       It("ruby", "与鹤城锻造确认调价", ("after_hol", "2026-06-19"))],
      ("next", 2, "15:00"),
      "Sent Wed 2026-06-17 17:30 +0800, two days before 端午 (Fri 06-19 .. Sun 06-21, no make-up day). Items are "
      "grouped by owner heading. '节前完成' -> last working day before the holiday = Thu 2026-06-18. '6月底前' -> "
      "2026-06-30 (the item wraps over a flowed line). '2个工作日内' -> Thu 06-18 (1), Mon 06-22 (2) -> 2026-06-22. "
      "'节后第一个工作日' -> 2026-06-22. '已完成：盐雾试验报告…' and 郭立新's '无新增事项…6月12日发布' are status. "
      "'下周三同一时间' = Wednesday of next week at the meeting's start time 15:00 -> 2026-06-24 15:00.")
def b9205(c):
    hs = envelope("thunderbird", c, "A", "lixin", ["haibo", "nancy", "ruby"], ["martin", "botA"],
                  "端午节前生产质量碰头会纪要（6/17）")
    return message(hs, leaf("text/plain", T9205, "UTF-8", "quoted-printable", params="; format=flowed"))
