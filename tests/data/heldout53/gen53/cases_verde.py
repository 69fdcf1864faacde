"""Verde Sol Fruits (Guangzhou) Co., Ltd. 绿阳果业（广州）有限公司, Nansha: Mexican-owned avocado importer.
Microsoft 365 (Outlook desktop / OWA / Outlook for iOS / Outlook zh-TW), Apple Mail, Feishu mail; its Mexican
packer writes from Gmail."""
from . import markup
from .mime import addr, addr_list, message, multipart, subject, text_part
from .model import Item, Next, case, sent
from .orgs import BOTS, VERDE, person

BOT = ("Minutes Bot", BOTS[VERDE])
EN = {"梁嘉豪": "Kevin Leung", "冯志明": "Ming Feng", "黎雪莹": "Shirley Li", "何婉婷": "Tina He",
      "陈思雨": "Cindy Chen", "苏文杰": "Jason Su"}


def P(*names):
    """Display names as Microsoft 365 (Entra ID) shows them: English names."""
    return [(EN.get(n, n), person(n)[1]) for n in names]


def exo_rx(when, qid, host="TYZPR06MB6218.apcprd06.prod.outlook.com", ip="40.107.215.98"):
    from .model import fmt_local
    return [("Return-Path", None), ("Delivered-To", BOTS[VERDE]),
            ("Received", "from %s (mail-%s.outbound.protection.outlook.com [%s])\n\tby mail.verdesol.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
             % ("APC01-TYZ-obe.outbound.protection.outlook.com", "tyzapc01on2098", ip, qid, BOTS[VERDE], fmt_local(when))),
            ("Received", "from %s\n ([fe80::5c4a:9b1e:3d27:e0f1]) by %s\n ([fe80::5c4a:9b1e:3d27:e0f1%%4]) with mapi id 15.20.8722.021; %s"
             % (host, host, _utc(when)))]


def _utc(when):
    import datetime as dt
    t = when.astimezone(dt.timezone.utc)
    return "%s, %d %s %d %02d:%02d:%02d +0000" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()], t.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1],
        t.year, t.hour, t.minute, t.second)


def exo_headers(sender, when, qid, msgid, thread_index, lang="en-US"):
    h = exo_rx(when, qid)
    h[0] = ("Return-Path", "<%s>" % sender)
    h += [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=Wq1Hk3Zp8Jm2Vn6Xc0Rt4Yb7Ls9Df1Gh5Kj3Mn8Pq2St6Uv0Wx4Yz7Ab1Cd5Ef9Gh3"),
          ("Date", _utc(when)),
          ("Message-ID", msgid),
          ("Accept-Language", "en-US, zh-CN"),
          ("Content-Language", lang),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("Thread-Index", thread_index),
          ("MIME-Version", "1.0"),
          ("X-OriginatorOrg", "verdesol.example.com")]
    return h


# ------------------------------------------------------------------------------------------------ 8123
ROWS8123 = [["#", "Owner", "Action", "Due", "Status"],
            ["1", "Ming", "Recalibrate the ethylene sensors in ripening rooms 3-4", "Wed 15 Apr", "Open"],
            ["2", "Shirley", "Submit the pre-declaration for the 2 containers arriving on the Pacific Jade", "Thu", "Open"],
            ["3", "Tina", "Update the QA intake checklist (add dry-matter sampling per pallet)", "EOD", "Open"],
            ["4", "Cindy", "Confirm the May promo volumes with 鲜果荟", "TBD", "Open"],
            ["5", "Diego", "Reconcile the March freight invoices", "Apr 10", "Closed"]]
T8123_HEAD = """Hi team,

Minutes from today's ops sync below. Please shout if I missed anything.

Attendees: Alejandro, Kevin, Ming, Shirley, Mariana, Tina, Cindy, Diego

Highlights
- Qingming week: 3 containers released, 1 held for inspection (MSKU 7734102) - released Apr 10.
- Ripening rooms 3-4: ethylene readings drifting ~15% high since last Thursday.
- Dry matter average of the week-14 arrivals: 23.8% (target >= 23%).

Action items"""
T8123_TAIL = """Next sync: Mon Apr 20, 17:00 (same room / Teams link below)

Thanks,
Kevin

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.example.com/l/meetup-join/19%3ameeting_OpsSync
Meeting ID: 425 118 903 226  Passcode: 7xQ2pL"""


def _t8123():
    return T8123_HEAD + "\n" + "\n".join("\t".join(r) for r in ROWS8123) + "\n\n" + T8123_TAIL + "\n"


def _h8123():
    return markup.outlook_html([T8123_HEAD, ("raw", markup.word_table(ROWS8123, lang="EN-US")), "", T8123_TAIL],
                               "utf-8", lang="EN-US")


@case(8123, "english-ops-sync-table-closed-row-m365-utc", "minutes", VERDE,
      items=[
          Item("冯志明", "Recalibrate the ethylene sensors in ripening rooms 3-4", "2026-04-15", ("date", "2026-04-15")),
          Item("黎雪莹", "Submit the pre-declaration for the 2 containers arriving on the Pacific Jade", "2026-04-16", ("wd", 3)),
          Item("何婉婷", "Update the QA intake checklist (add dry-matter sampling per pallet)", "2026-04-13", ("today",)),
          Item("陈思雨", "Confirm the May promo volumes with 鲜果荟", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-04-20", "17:00", ("date", "2026-04-20")),
      client="Outlook (Microsoft 365, Windows), English, UTF-8 quoted-printable, multipart/alternative, Exchange Date in +0000",
      tests="English action-item table (#/Owner/Action/Due/Status) with first-name owners: 'Wed 15 Apr', a bare 'Thu', 'EOD', 'TBD', a Closed row skipped; Date header in UTC (+0000); Highlights and the Teams meeting ID are not items or dates",
      notes="Outlook/Exchange Online; Date Mon 2026-04-13 10:10 +0000 = Mon 18:10 in Shanghai. "
            "#1 'Ming' = 冯志明 (alias), 'Wed 15 Apr' -> 2026-04-15. #2 'Shirley' = 黎雪莹, bare 'Thu' -> this week's Thursday 2026-04-16. "
            "#3 'Tina' = 何婉婷, 'EOD' -> 2026-04-13, no time. #4 'Cindy' = 陈思雨, 'TBD' -> vague_due. "
            "Row 5 (Diego, Status Closed) -> not an item. Highlights are facts; 'released Apr 10' is past. "
            "'Next sync: Mon Apr 20, 17:00' -> 2026-04-20 17:00; the Teams meeting ID/passcode is not a date.")
def b8123():
    when = sent(2026, 4, 13, 18, 10, 27)
    frm = ("Kevin Leung", person("梁嘉豪")[1])
    h = exo_headers(frm[1], when, "4fB7n2kXqVz3pQc",
                    "<TYZPR06MB62184E1A9C7B3D50F2A8C1D7B45A2@TYZPR06MB6218.apcprd06.prod.outlook.com>",
                    "AQHcyzt0mQ2kV8rBTk6F1pS3a4b9Xw==")
    h = h[:5] + [("From", addr(*frm)),
                 ("To", addr_list(P("Alejandro Torres", "冯志明", "黎雪莹", "Mariana López", "何婉婷", "陈思雨",
                                    "Diego Hernández"))),
                 ("CC", addr(*BOT)),
                 ("Subject", "Weekly Ops Sync - minutes & action items (Apr 13)"),
                 ("Thread-Topic", "Weekly Ops Sync - minutes & action items (Apr 13)")] + h[5:]
    body = multipart("alternative", [
        text_part(_t8123(), "plain", "utf-8", "quoted-printable"),
        text_part(_h8123(), "html", "utf-8", "quoted-printable"),
    ], "_000_TYZPR06MB62184E1A9C7B3D50F2A8C1D7B45A2TYZPR06MB6218apcp_", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8124
T8124 = """Hola equipo,

Quick notes from today's call — I know it's a holiday here, thanks for jumping on for 20 min.

Context: lot VS-0426 (Empacadora San Juan, 1,280 cartons) arrived with 6% of the fruit above 9 kgf firmness; the client flagged uneven ripening.

To-do
- [ ] @Tina update the cold-chain temperature log template (add probe ID + pulp temp) — by Friday
- [ ] @Ming run a firmness test on 30 fruit from lot VS-0426 — within 4 working days
- [x] @Shirley send copies of the phyto certificates to the client — done
- [ ] @Mariana draft the rejection claim to Empacadora San Juan — next Tuesday

Decision: lot VS-0426 stays on hold; no sales until the firmness results are in.

Next QA huddle: Wed May 6, 9:30 (ripening office).

Gracias,
Mariana

Mariana López
QA Manager | Verde Sol Fruits (Guangzhou) Co., Ltd.
Nansha, Guangzhou
"""


@case(8124, "checkbox-todos-on-labour-day-apple-mail", "minutes", VERDE,
      items=[
          Item("何婉婷", "update the cold-chain temperature log template (add probe ID + pulp temp)", "2026-05-08", ("wd", 4)),
          Item("冯志明", "run a firmness test on 30 fruit from lot VS-0426", "2026-05-09", ("workdays", 4)),
          Item("Mariana López", "draft the rejection claim to Empacadora San Juan", "2026-05-12", ("next_wd", 1)),
      ],
      nxt=Next("2026-05-06", "09:30", ("date", "2026-05-06")),
      client="Apple Mail (macOS), English with Spanish greetings, UTF-8 quoted-printable, multipart/alternative",
      tests="'- [ ] @name' checklist minutes written on a Labour Day holiday (Tue 05-05): 'within 4 working days' lands on the 05-09 make-up Saturday, by Friday / next Tuesday from a holiday; '[x]' done row skipped; the writer's own @mention; Spanish greeting/closing",
      notes="Apple Mail, sent Tue 2026-05-05 21:40 +0800 - the last day of the Labour Day holiday (05-01..05-05). "
            "#1 '@Tina' = 何婉婷, 'by Friday' -> 2026-05-08. "
            "#2 '@Ming' = 冯志明, 'within 4 working days' counted from the day after sending: Wed 05-06 (1), Thu 05-07 (2), Fri 05-08 (3), Sat 05-09 make-up working day (4) -> 2026-05-09 (a Mon-Fri count gives 05-11). "
            "'[x] @Shirley … done' -> not an item. #3 '@Mariana' = the writer Mariana López, 'next Tuesday' -> 2026-05-12. "
            "'Decision:' line is not an item. 'Next QA huddle: Wed May 6, 9:30' -> 2026-05-06 09:30.")
def b8124():
    when = sent(2026, 5, 5, 21, 40, 16)
    frm = person("Mariana López")
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from APC01-TYZ-obe.outbound.protection.outlook.com (mail-tyzapc01on2101.outbound.protection.outlook.com [40.107.215.101])\n\tby mail.verdesol.example.com (Postfix) with ESMTPS id 4fFh1m5TrQz2kWs\n\tfor <%s>; Tue, 5 May 2026 21:40:21 +0800 (CST)" % BOT[1]),
         ("From", addr(*frm)),
         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
         ("Subject", "QA huddle notes =?utf-8?Q?=E2=80=93?= May 5 (holiday edition)"),
         ("Message-Id", "<C7A2F91E-4B3D-4E6A-8F05-2D9B1E7C3A48@verdesol.example.com>"),
         ("Date", "Tue, 5 May 2026 21:40:16 +0800"),
         ("Cc", addr(*BOT)),
         ("To", addr_list(P("何婉婷", "冯志明", "黎雪莹", "梁嘉豪"))),
         ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    body = multipart("alternative", [
        text_part(T8124, "plain", "utf-8", "quoted-printable", ctype_style="bare"),
        text_part(markup.apple_html(T8124), "html", "utf-8", "quoted-printable", ctype_style="bare"),
    ], "Apple-Mail=_2E9C7B14-8A3F-4D61-B0E2-5F1A9C3D7E86", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8125
T8125 = """Hola a todos,

Muchas gracias por la llamada de hoy. Below are the minutes in English so everyone in Nansha can follow.

Participants: Alejandro Torres, Mariana López, Shirley Li (Verde Sol); Sofía Ramírez, Raúl Medina (Empacadora San Juan)

Key points
- Lot VS-0426: San Juan accepts a 4% credit on the invoice for the firmness issue.
- Pre-cooling at the packhouse will be extended from 12 to 16 hours for all China shipments from July.

Action items
* Sofía – send the packing list and the pallet temperature records for container TGHU 882015-3 – by Jun 12
* Alejandro – confirm the revised price for size 48 fruit – by Monday
* Shirley – share the Nansha customs inspection photos of lot VS-0426 – ASAP
* Both sides – align the Q3 volume forecast – by end of June

Next call: Tue Jun 16, 8:00 pm Mexico City time (Wed Jun 17, 10:00 Beijing).

Saludos cordiales,
Sofía

--
Sofía Ramírez
Gerente de Exportaciones | Empacadora San Juan S.A. de C.V.
Uruapan, Michoacán, México
"""


@case(8125, "mexican-packer-minutes-gmail-minus0600", "minutes", VERDE,
      items=[
          Item("Sofía Ramírez", "send the packing list and the pallet temperature records for container TGHU 882015-3",
               "2026-06-12", ("date", "2026-06-12")),
          Item("Alejandro Torres", "confirm the revised price for size 48 fruit", "2026-06-15", ("wd", 0)),
          Item("黎雪莹", "share the Nansha customs inspection photos of lot VS-0426", None, ("none",), flags=["vague_due"]),
          Item(None, "align the Q3 volume forecast", "2026-06-30", ("date", "2026-06-30")),
      ],
      nxt=Next("2026-06-17", "10:00", ("date", "2026-06-17")),
      client="Gmail web (Google Workspace) from Mexico, English + Spanish, UTF-8 quoted-printable, multipart/alternative, Date -0600",
      tests="minutes from the Mexican packer with a -0600 Date that is already the next day in Shanghai; en-dash separated '* Name – task – due' lines; 'Both sides' -> no_owner; by Monday; ASAP; next call given in Mexico City time with the Beijing time (next day) in brackets",
      notes="Gmail, Date Wed 2026-06-10 19:30 -0600 = Thu 2026-06-11 09:30 in Shanghai (all dates resolve from the Shanghai date). "
            "#1 'Sofía' = the sender Sofía Ramírez (outside, department null), 'by Jun 12' -> 2026-06-12. "
            "#2 'Alejandro' = Alejandro Torres, 'by Monday' -> next Monday after Thu 06-11 = 2026-06-15 (the same from the Mexican Wednesday). "
            "#3 'Shirley' = 黎雪莹 (alias Shirley Li), 'ASAP' -> vague_due. "
            "#4 'Both sides' -> owner null, no_owner, department null; 'by end of June' -> 2026-06-30. "
            "Key points (4% credit, pre-cooling from July) are agreements. "
            "'Next call: Tue Jun 16, 8:00 pm Mexico City time (Wed Jun 17, 10:00 Beijing)' -> 2026-06-17 10:00 Asia/Shanghai (20:00 UTC-6 = 10:00 UTC+8 next day).")
def b8125():
    frm = person("Sofía Ramírez")
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from mail-oi1-f181.google.com (mail-oi1-f181.google.com [209.85.167.181])\n\tby mail.verdesol.example.com (Postfix) with ESMTPS id 4fNx0b8RkTz5mYq\n\tfor <%s>; Thu, 11 Jun 2026 09:30:14 +0800 (CST)" % BOT[1]),
         ("Received", "by mail-oi1-f181.google.com with SMTP id 5614622812f47-3e5a7c1b2d9so1187264b6e.2;\n        Wed, 10 Jun 2026 18:30:11 -0700 (PDT)"),
         ("MIME-Version", "1.0"),
         ("From", addr(*frm)),
         ("Date", "Wed, 10 Jun 2026 19:30:08 -0600"),
         ("Message-ID", "<CAM7s0qP3vXk9dN2bL5wR8tY1zH4cJ6fG0aE2mS7uQ9nV3xB+8k@mail.gmail.com>"),
         ("Subject", subject("Minuta llamada Verde Sol / Empacadora San Juan – June 10 (English below)", "UTF-8", "Q")),
         ("To", addr_list([("Alejandro Torres", person("Alejandro Torres")[1]),
                           ("Mariana López", person("Mariana López")[1]),
                           ("Shirley Li", person("黎雪莹")[1])], "UTF-8", "Q")),
         ("Cc", addr(*BOT))]
    body = multipart("alternative", [
        text_part(T8125, "plain", "UTF-8", "quoted-printable"),
        text_part(markup.gmail_html(T8125), "html", "UTF-8", "quoted-printable"),
    ], "0000000000007c3f1e0652a9b4d8", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8126
H8126 = """<div style="font-family:-apple-system,PingFang SC,Microsoft YaHei,sans-serif;font-size:14px;color:#1f2329">
<div>Hi all，飞书妙记自动生成的纪要如下，待办已同步到飞书任务，抄送纪要邮箱备档。</div><div><br></div>
<div style="border:1px solid #dee0e3;border-radius:6px;padding:16px 20px;max-width:760px">
<div style="font-size:20px;font-weight:600">智能纪要：6月第1周销售与物流周会</div>
<div style="color:#646a73;margin-top:4px">2026年6月4日 周四 15:00 ｜ 时长 48分钟 ｜ 参会人：梁嘉豪、陈思雨、苏文杰、黎雪莹、何婉婷、Mariana López</div>
<div style="font-size:16px;font-weight:600;margin-top:16px">总结</div>
<div>Mariana 汇报了5月到港批次合格率为96.2%，较4月提升1.5个百分点。陈思雨表示端午档期促销需求旺盛，预计6月第3周出货量环比增长30%。黎雪莹提到南沙海关近期对墨西哥牛油果的查验比例上调，需提前预约查验。梁嘉豪要求销售与物流每周三前对齐下周到港计划。</div>
<div style="font-size:16px;font-weight:600;margin-top:16px">章节</div>
<div>00:00 5月到港质量回顾</div><div>09:12 端午促销备货</div><div>27:40 海关查验安排</div><div>41:05 客户退货处理</div>
<div style="font-size:16px;font-weight:600;margin-top:16px">待办</div>
<ul style="margin:4px 0;padding-left:20px">
<li>黎雪莹 6月8日前跟进南沙海关查验预约，锁定下周两柜的查验时段</li>
<li>陈思雨 下周二提交端午促销报价（含鲜果荟、优选生鲜两家）</li>
<li>苏文杰 本周五前回复优选生鲜的退货申请</li>
</ul>
<div style="color:#8f959e;font-size:12px;margin-top:12px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</div>
</div>
<div><br></div><div>Kevin Leung 梁嘉豪 | Operations Manager</div>
</div>
"""


@case(8126, "feishu-ai-minutes-todo-only-html", "minutes", VERDE,
      items=[
          Item("黎雪莹", "跟进南沙海关查验预约，锁定下周两柜的查验时段", "2026-06-08", ("date", "2026-06-08")),
          Item("陈思雨", "提交端午促销报价（含鲜果荟、优选生鲜两家）", "2026-06-09", ("next_wd", 1)),
          Item("苏文杰", "回复优选生鲜的退货申请", "2026-06-05", ("wd", 4)),
      ],
      nxt=None,
      client="飞书邮箱 (Feishu/Lark mail client on the company account), single-part text/html, UTF-8 base64",
      tests="飞书 智能纪要 (总结 / 章节 / 待办): only 待办 count, with 'name date task' lines and no colon; the 总结's 'X汇报了…' and 'X要求…每周三前…' are not items; 下周二 / 本周五前",
      notes="Feishu mail, HTML only, sent Thu 2026-06-04 19:02 +0800. Only the 待办 list of the AI minutes counts: "
            "#1 黎雪莹 '6月8日前' -> 2026-06-08. #2 陈思雨 '下周二' -> 2026-06-09. #3 苏文杰 '本周五前' -> 2026-06-05. "
            "The 总结 (Mariana汇报了…96.2%, 梁嘉豪要求…每周三前对齐, a standing rule) and the 章节 timestamps are not items. No next meeting -> null.")
def b8126():
    when = sent(2026, 6, 4, 19, 2, 44)
    frm = ("Kevin Leung", person("梁嘉豪")[1])
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from APC01-TYZ-obe.outbound.protection.outlook.com (mail-tyzapc01on2107.outbound.protection.outlook.com [40.107.215.107])\n\tby mail.verdesol.example.com (Postfix) with ESMTPS id 4fQw6p1YhBz8nLr\n\tfor <%s>; Thu, 4 Jun 2026 19:02:49 +0800 (CST)" % BOT[1]),
         ("Received", "from [10.88.3.61] (lark-mail-client [10.88.3.61])\n\tby smtp.office365.example.com with ESMTPSA; Thu, 4 Jun 2026 11:02:45 +0000"),
         ("Date", "Thu, 4 Jun 2026 19:02:44 +0800"),
         ("From", addr(*frm)),
         ("To", addr_list(P("陈思雨", "苏文杰", "黎雪莹", "何婉婷", "Mariana López"))),
         ("Cc", addr(*BOT)),
         ("Subject", subject("【飞书智能纪要】6月第1周销售与物流周会")),
         ("Message-ID", "<a8f3c2e1-7b90-4d5e-9c16-3e0f2b8d4a71@verdesol.example.com>"),
         ("Mime-Version", "1.0"),
         ("X-Mailer", "Lark Mail 7.32.5 (Windows)"),
         ("X-Lms-Return-Path", "<lba+268fb2a4e0e+kevin.leung@verdesol.example.com>")]
    body = text_part(H8126, "html", "UTF-8", "base64", crlf=False, ctype_style="bare")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8127
T8127 = """各位好：

今天上午和丰泰报关行区经理碰了一下本周到港两柜的清关安排，纪要如下：

1. 区伟强（丰泰报关）：今天下班前提交两柜原产地证电子底账核对结果；
2. 黎雪莹：明天下午3点前预约南沙冷库查验时段，并通知车队；
3. 冯志明：4小时内确认催熟室6号能否腾出，腾不出就改用外租冷库；
4. 梁嘉豪：6月30日前与船公司确认7月舱位和运价。

备注：6月24日（周三）上午海关系统升级，期间无法申报。

Shirley Li 黎雪莹
Customs & Logistics | Verde Sol Fruits (Guangzhou) Co., Ltd.
"""


@case(8127, "customs-broker-hours-deadline-outlook-zh", "minutes", VERDE,
      items=[
          Item("区伟强", "提交两柜原产地证电子底账核对结果", "2026-06-23", ("today",)),
          Item("黎雪莹", "预约南沙冷库查验时段，并通知车队", "2026-06-24", ("tomorrow",), time="15:00"),
          Item("冯志明", "确认催熟室6号能否腾出，腾不出就改用外租冷库", "2026-06-23", ("hours", 4), time="14:20"),
          Item("梁嘉豪", "与船公司确认7月舱位和运价", "2026-06-30", ("date", "2026-06-30")),
      ],
      nxt=None,
      client="Outlook (Microsoft 365, zh-CN UI), UTF-8 base64, multipart/alternative",
      tests="plain numbered Chinese minutes with an outside customs broker as owner; 今天下班前 (no time), 明天下午3点前, 4小时内 (time from the Date header), 6月30日前; a 备注 date is not an item; no next meeting",
      notes="Outlook, sent Tue 2026-06-23 10:20 +0800. "
            "#1 区伟强 (outside broker, in Cc), '今天下班前' -> 2026-06-23, no time. "
            "#2 黎雪莹 '明天下午3点前' -> 2026-06-24 15:00. "
            "#3 冯志明 '4小时内' -> Date 10:20:15 + 4h -> 2026-06-23 14:20. "
            "#4 梁嘉豪 '6月30日前' -> 2026-06-30. "
            "'备注：6月24日（周三）上午海关系统升级' is a fact. No next meeting -> null.")
def b8127():
    when = sent(2026, 6, 23, 10, 20, 15)
    frm = ("Shirley Li", person("黎雪莹")[1])
    h = exo_headers(frm[1], when, "4fVb3n7MxKz2qTd",
                    "<SEZPR06MB69474D2E8A1C5B0F93E7A2C6D18B4@SEZPR06MB6947.apcprd06.prod.outlook.com>",
                    "AQHc4tA9nB7mQ2xWTj6dK1pV8r3sZw==", lang="zh-CN")
    h = h[:5] + [("From", addr(*frm)),
                 ("To", addr_list([("Ricky Au 区伟强", person("区伟强")[1])] + P("冯志明", "梁嘉豪"))),
                 ("CC", addr(*BOT)),
                 ("Subject", subject("6月23日报关与冷库协调会纪要")),
                 ("Thread-Topic", subject("6月23日报关与冷库协调会纪要"))] + h[5:]
    html = markup.outlook_html([T8127], "utf-8")
    body = multipart("alternative", [
        text_part(T8127, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ], "_000_SEZPR06MB69474D2E8A1C5B0F93E7A2C6D18B4SEZPR06MB6947apcp_", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8128
T8128 = """Hi all,

Summary of this morning's finance review and the follow-ups.

Item 1 – Q2 FX hedge report
Owner: Diego Hernández
Due: Jul 10
Status: In progress

Item 2 – Review of customer credit limits (top 10 accounts)
Owner: Cindy Chen
Due: end of month
Status: Not started

Item 3 – Bank reconciliation for the USD account (June)
Owner: Finance team
Due: next Wednesday
Status: Not started

Item 4 – Year-to-date freight accrual true-up
Owner: Diego Hernández
Due: Jun 30
Status: Done

Note: the hedge ratio stays at 60% for Q3 (decision by Alejandro).

Next finance review: Thu Jul 9, 4:00 PM.

Best,
Diego

Diego Hernández
Finance Controller | Verde Sol Fruits (Guangzhou) Co., Ltd.
"""


@case(8128, "owner-due-blocks-english-outlook-desktop", "minutes", VERDE,
      items=[
          Item("Diego Hernández", "Q2 FX hedge report", "2026-07-10", ("date", "2026-07-10")),
          Item("陈思雨", "Review of customer credit limits (top 10 accounts)", "2026-07-31", ("month_end",)),
          Item(None, "Bank reconciliation for the USD account (June)", "2026-07-08", ("next_wd", 2), dept="Finance"),
      ],
      nxt=Next("2026-07-09", "16:00", ("date", "2026-07-09")),
      client="Outlook (Microsoft 365, Windows, en-US), UTF-8 quoted-printable, multipart/alternative",
      tests="English 'Item N – title / Owner: / Due: / Status:' blocks: the title is the task; 'end of month', 'next Wednesday', a team owner (Finance team -> no_owner with our department), a Status: Done block skipped; a Note: decision; 'Next finance review: Thu Jul 9, 4:00 PM'",
      notes="Outlook en-US, sent Thu 2026-07-02 11:00 +0800. "
            "Item 1 Owner Diego Hernández (the writer), 'Due: Jul 10' -> 2026-07-10. "
            "Item 2 'Cindy Chen' = 陈思雨, 'end of month' -> 2026-07-31. "
            "Item 3 'Finance team' -> owner null, no_owner, department Finance (one of the company's departments); 'next Wednesday' -> 2026-07-08. "
            "Item 4 'Status: Done' -> not an item. The 'Note:' hedge-ratio line is a decision. "
            "'Next finance review: Thu Jul 9, 4:00 PM' -> 2026-07-09 16:00.")
def b8128():
    when = sent(2026, 7, 2, 11, 0, 9)
    frm = ("Diego Hernández", person("Diego Hernández")[1])
    h = exo_headers(frm[1], when, "4fX2q9p0JwZz7vLm",
                    "<TYZPR06MB6218B3F7A0D24C1E9E85F0A7C2D61@TYZPR06MB6218.apcprd06.prod.outlook.com>",
                    "AQHc6cE8pT2vK9nXQj3rM7aB0d5yFg==")
    h = h[:5] + [("From", addr(*frm, label="utf-8", enc="Q")),
                 ("To", addr_list(P("Alejandro Torres", "陈思雨", "梁嘉豪"))),
                 ("CC", addr(*BOT)),
                 ("Subject", subject("Finance review – action items (Jul 2)", "utf-8", "Q")),
                 ("Thread-Topic", subject("Finance review – action items (Jul 2)", "utf-8", "Q"))] + h[5:]
    html = markup.outlook_html([T8128], "utf-8", lang="EN-US")
    body = multipart("alternative", [
        text_part(T8128, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ], "_000_TYZPR06MB6218B3F7A0D24C1E9E85F0A7C2D61TYZPR06MB6218apcp_", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8129
T8129 = """Hi Alejandro, Kevin,

Monday's slot clashes with the 鲜果荟 supplier review. Could we move the Q3 planning meeting to Thursday Jun 25, 10:00? If Thursday doesn't work for you, Friday afternoon is also fine for me.

I'll send a new invite once you both confirm.

Thanks,
Cindy

Get Outlook for iOS
"""


@case(8129, "other-reschedule-meeting-outlook-ios", "other", VERDE,
      client="Outlook for iOS, UTF-8 base64, multipart/alternative",
      tests="a discussion about moving a meeting (proposed Thursday Jun 25, 10:00) with the bot in Cc: no meeting was held, nothing is recorded -> kind other, no follow-up",
      notes="Outlook for iOS, sent Mon 2026-06-22 09:15 +0800 by 陈思雨. She proposes moving the Q3 planning meeting to Thursday Jun 25, 10:00 and waits for confirmation. "
            "Not minutes: no meeting took place, no items; the proposed time is not a confirmed next meeting -> kind other, next_followup null.")
def b8129():
    when = sent(2026, 6, 22, 9, 15, 40)
    frm = ("Cindy Chen", person("陈思雨")[1])
    h = exo_headers(frm[1], when, "4fV1c8Wq0Tz3hMb",
                    "<PUZPR06MB5712C0A8E4F19B2D7C63E5A1F07B9@PUZPR06MB5712.apcprd06.prod.outlook.com>",
                    "AQHc4hR1xY7kP0vWQm9sN3cT2a8bLg==")
    h = h[:5] + [("From", addr(*frm)),
                 ("To", addr_list(P("Alejandro Torres", "梁嘉豪"))),
                 ("CC", addr(*BOT)),
                 ("Subject", subject("Q3 planning meeting – move to Thursday?", "utf-8", "Q")),
                 ("Thread-Topic", subject("Q3 planning meeting – move to Thursday?", "utf-8", "Q"))] + h[5:]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + "".join("<div>%s</div>" % (markup.esc(l) if l.strip() else "<br>")
                                      for l in T8129.split("\n")[:-3])
            + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>')
    body = multipart("alternative", [
        text_part(T8129, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ], "_000_PUZPR06MB5712C0A8E4F19B2D7C63E5A1F07B9PUZPR06MB5712apcp_", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8130
T8130 = """¡Hola a todos! 大家好！

Welcome to the May issue of our little monthly newsletter.

1. Numbers of the month
- 46 containers received (+12% vs April), 96.2% QA pass rate.
- Our ripening centre hit a record 212 tonnes dispatched in one week.

2. People
- Welcome to 苏文杰 Jason, who joined the Sales team on May 11!
- Congratulations to Ming and the night shift: 100 days without a cold-chain incident.

3. Coming up
- Ripening centre open day for key clients: Friday Jun 12. Please suggest guests to Cindy by Friday Jun 5.
- Dragon Boat Festival: office closed Jun 19–21.
- Team dinner (tacos + 早茶 fusion!) on Jun 26, details to follow.

4. Photo corner
Send me your best photos from the warehouse or the market visits by next Wednesday and we'll feature them in June.

Un abrazo,
Valeria

Valeria Gómez
Marketing | Verde Sol Fruits (Guangzhou) Co., Ltd.
"""


@case(8130, "other-staff-newsletter-written-by-person", "other", VERDE,
      client="Outlook (Microsoft 365), HTML newsletter written by a colleague, UTF-8 quoted-printable, multipart/alternative",
      tests="an internal monthly newsletter a colleague wrote to all staff (the bot is on the all-staff list): numbered sections, dates and requests ('by Friday Jun 5', 'by next Wednesday') but no meeting -> kind other (not auto: a person wrote it, no bulk headers)",
      notes="Sent Fri 2026-05-29 17:30 +0800 by Valeria Gómez to the all-staff group. A person-written newsletter: numbered sections, events (open day Friday Jun 12, dinner Jun 26), "
            "and requests to everyone ('suggest guests to Cindy by Friday Jun 5', 'send photos by next Wednesday'). "
            "No meeting and no action list -> kind other, no items, no follow-up. It has no Precedence/List headers, so it is not auto.")
def b8130():
    when = sent(2026, 5, 29, 17, 30, 22)
    frm = ("Valeria Gómez", person("Valeria Gómez")[1])
    h = exo_headers(frm[1], when, "4fL9k3Rz1Xz6wNc",
                    "<TYZPR06MB4410F2B7C9E03A1D5E8B6C0A4F92D@TYZPR06MB4410.apcprd06.prod.outlook.com>",
                    "AdzvS0u3kQ7d2Xb5Rf6mB1pT9yW4Hg==")
    h = h[:5] + [("From", addr(*frm, label="utf-8", enc="Q")),
                 ("To", "All Staff Nansha <allstaff-nansha@verdesol.example.com>"),
                 ("Subject", subject("Verde Sol Nansha Monthly – May 2026 🥑", "utf-8", "Q")),
                 ("Thread-Topic", subject("Verde Sol Nansha Monthly – May 2026 🥑", "utf-8", "Q"))] + h[5:]
    h[1] = ("Delivered-To", BOT[1])
    blocks = []
    for para in T8130.split("\n\n"):
        lines = para.split("\n")
        if lines[0][:2] in ("1.", "2.", "3.", "4."):
            blocks.append(('raw', '<h3 style="color:#2e7d32;font-family:Segoe UI">%s</h3>\n' % markup.esc(lines[0])))
            lines = lines[1:]
        blocks.append("\n".join(lines))
        blocks.append("")
    html = markup.outlook_html(blocks, "utf-8", lang="EN-US")
    body = multipart("alternative", [
        text_part(T8130, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ], "_000_TYZPR06MB4410F2B7C9E03A1D5E8B6C0A4F92DTYZPR06MB4410apcp_", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8133
T8133 = """各位：

今早營運會議紀要如下，請各位跟進。

一、清明假期（4/4-4/6）期間到港3櫃，其中1櫃（MSKU 7734102）被海關抽驗，仍在查驗中。

二、待辦事項
1. 馮志明：4月9日前完成3號催熟室乙烯感測器更換；
2. 黎雪瑩：下週一前提交清明期間滯港貨櫃費用明細；
3. 何婉婷：3個工作日內完成抽驗批次的乾物質複檢並出報告。

三、下次會議：4月14日（週二）10:00，南沙辦公室二樓。

Kevin Leung 梁嘉豪
Operations Manager
Verde Sol Fruits (Guangzhou) Co., Ltd.
"""


@case(8133, "traditional-chinese-outlook-zh-tw-big5", "minutes", VERDE,
      items=[
          Item("冯志明", "完成3號催熟室乙烯感測器更換", "2026-04-09", ("date", "2026-04-09")),
          Item("黎雪莹", "提交清明期間滯港貨櫃費用明細", "2026-04-13", ("next_wd", 0)),
          Item("何婉婷", "完成抽驗批次的乾物質複檢並出報告", "2026-04-10", ("workdays", 3)),
      ],
      nxt=Next("2026-04-14", "10:00", ("date", "2026-04-14")),
      client="Outlook (Microsoft 365, zh-TW UI), big5: text base64 + HTML quoted-printable, multipart/alternative",
      tests="Traditional-Chinese minutes in big5 from a Hong Kong-born manager: owners written in traditional characters (馮志明, 黎雪瑩) resolve to the roster's simplified names via aliases; 下週一前, 3個工作日內 right after Qingming; 下次會議 with 週二",
      notes="Outlook zh-TW, big5, sent Tue 2026-04-07 09:50 +0800 (first working day after Qingming). "
            "#1 '馮志明' = 冯志明 (roster alias), '4月9日前' -> 2026-04-09. #2 '黎雪瑩' = 黎雪莹 (alias), '下週一前' -> 2026-04-13. "
            "#3 何婉婷 '3個工作日內' -> Wed 04-08, Thu 04-09, Fri 04-10 -> 2026-04-10. Task text is kept in traditional characters as written. "
            "一 (containers held during the holiday) is a report. '下次會議：4月14日（週二）10:00' -> 2026-04-14 10:00.")
def b8133():
    when = sent(2026, 4, 7, 9, 50, 31)
    frm = ("Kevin Leung", person("梁嘉豪")[1])
    h = exo_headers(frm[1], when, "4fBq5t2NdPz9kXw",
                    "<TYZPR06MB6218A9D0C3E71B4F28E5D7B0C9A13@TYZPR06MB6218.apcprd06.prod.outlook.com>",
                    "AdzGRk2m9Qx5Vb3hTz7nW1pC8dK0sA==", lang="zh-TW")
    h = h[:5] + [("From", addr(*frm)),
                 ("To", addr_list([("Ming Feng", person("冯志明")[1]), ("Shirley Li", person("黎雪莹")[1]),
                                   ("Tina He", person("何婉婷")[1])])),
                 ("CC", addr("Alejandro Torres", person("Alejandro Torres")[1]) + ", " + addr(*BOT)),
                 ("Subject", subject("清明假期後營運會議紀要（4月7日）", "big5")),
                 ("Thread-Topic", subject("清明假期後營運會議紀要（4月7日）", "big5"))] + h[5:]
    html = markup.outlook_html([T8133], "big5", lang="ZH-TW")
    body = multipart("alternative", [
        text_part(T8133, "plain", "big5", "base64"),
        text_part(html, "html", "big5", "quoted-printable"),
    ], "_000_TYZPR06MB6218A9D0C3E71B4F28E5D7B0C9A13TYZPR06MB6218apcp_", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8137
PRE8137 = """Team – FYI, Kevin's minutes from yesterday below, now copied to the minutes bot so the actions get tracked.
@Diego, could you also take a look at the July freight accrual when you have a moment?

Saludos,
Alejandro"""
QH8137 = [("From", "Kevin Leung <kevin.leung@verdesol.example.com>"),
          ("Sent", "Thursday, July 16, 2026 6:02 PM"),
          ("To", "Alejandro Torres <alejandro.torres@verdesol.example.com>; Ming Feng <ming.feng@verdesol.example.com>; Tina He <tina.he@verdesol.example.com>; Jason Su <jason.su@verdesol.example.com>"),
          ("Subject", "Ripening centre review – minutes (Jul 16)")]
IN8137 = """Hi all,

Minutes from today's ripening centre review:

Action: Ming – submit the Q3 maintenance schedule for ripening rooms 1–6 – Jul 24
Action: Tina – retrain the night shift on pulp-temperature checks – by next Wednesday
Action: Jason – close out the 鲜果荟 credit note for lot VS-0611 – by Jul 20
Action: Kevin – get two quotes for a backup ethylene generator – no date yet

Decision: room 6 goes back into service on Monday after the compressor repair.

Next sync: Thu Jul 23, 3pm, ripening office.

Kevin"""


def _t8137():
    return (PRE8137 + "\n\n________________________________\n" + "\n".join("%s: %s" % kv for kv in QH8137)
            + "\n\n" + IN8137 + "\n")


def _h8137():
    pre = "".join('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">%s</div>' %
                  (markup.esc(l) if l.strip() else "<br>") for l in PRE8137.split("\n"))
    qh = "".join("<b>%s:</b> %s<br>" % (k, markup.esc(v)) for k, v in QH8137)
    inner = "".join("<div>%s</div>" % (markup.esc(l) if l.strip() else "<br>") for l in IN8137.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr">' + pre + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + qh + '</font><div>&nbsp;</div></div>' + inner + "</body></html>")


@case(8137, "owa-forward-action-lines-utc-previous-day", "minutes", VERDE,
      items=[
          Item("冯志明", "submit the Q3 maintenance schedule for ripening rooms 1–6", "2026-07-24", ("date", "2026-07-24")),
          Item("何婉婷", "retrain the night shift on pulp-temperature checks", "2026-07-22", ("next_wd", 2)),
          Item("苏文杰", "close out the 鲜果荟 credit note for lot VS-0611", "2026-07-20", ("date", "2026-07-20")),
          Item("梁嘉豪", "get two quotes for a backup ethylene generator", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-07-23", "15:00", ("date", "2026-07-23")),
      client="Outlook on the web (Microsoft 365) forward, UTF-8 quoted-printable, multipart/alternative, Date +0000 on the previous day",
      tests="OWA 'FW:' of English minutes with a preface (the GM's own request to Diego is not an item); items are 'Action: Name – task – due' lines below the divRplyFwdMsg From/Sent/To/Subject block; Date is Thu 23:30 UTC = Fri 07:30 Shanghai; 'no date yet' -> vague",
      notes="OWA forward; Date Thu 2026-07-16 23:30 +0000 = Fri 2026-07-17 07:30 in Shanghai. The minutes (Kevin, Thu 07-16 18:02) sit below OWA's From/Sent/To/Subject block and must be read. "
            "The preface request '@Diego, could you also take a look at the July freight accrual' is the forwarder's own note, not a minutes item. "
            "#1 'Ming' = 冯志明, 'Jul 24' -> 2026-07-24. #2 'Tina' = 何婉婷, 'by next Wednesday' -> 2026-07-22 (the same from Fri 07-17 Shanghai, from the UTC Thursday, or from the original Thursday). "
            "#3 'Jason' = 苏文杰, 'by Jul 20' -> 2026-07-20. #4 'Kevin' = 梁嘉豪, 'no date yet' -> treated like 待定/TBD: vague_due (AMBIGUOUS: no_due would also be defensible). "
            "'Decision:' line is not an item. 'Next sync: Thu Jul 23, 3pm' -> 2026-07-23 15:00.")
def b8137():
    when = sent(2026, 7, 17, 7, 30, 12)
    frm = ("Alejandro Torres", person("Alejandro Torres")[1])
    h = exo_headers(frm[1], when, "4fZc0r4TqLz1wMv",
                    "<TYZPR06MB5903E1C7A2B84D6F09C3E8A5B2F71@TYZPR06MB5903.apcprd06.prod.outlook.com>",
                    "AQHc9UV2rT0mK8pBQx4nZ6cD1f3sWbK5eY2hAAAB")
    h = h[:5] + [("From", addr(*frm)),
                 ("To", addr_list(P("冯志明", "何婉婷", "苏文杰", "梁嘉豪", "Diego Hernández"))),
                 ("CC", addr(*BOT)),
                 ("Subject", subject("FW: Ripening centre review – minutes (Jul 16)", "utf-8", "Q")),
                 ("Thread-Topic", subject("Ripening centre review – minutes (Jul 16)", "utf-8", "Q"))] + h[5:]
    body = multipart("alternative", [
        text_part(_t8137(), "plain", "utf-8", "quoted-printable"),
        text_part(_h8137(), "html", "utf-8", "quoted-printable"),
    ], "_000_TYZPR06MB5903E1C7A2B84D6F09C3E8A5B2F71TYZPR06MB5903apcp_", quote_boundary=True)
    return message(h, body)
