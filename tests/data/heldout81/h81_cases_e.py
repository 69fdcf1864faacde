"""heldout81 cases 10922-10927: Gulet Marine Refit (Hainan) Co., Ltd. (Turkish-owned yacht refit yard, Danzhou)."""
from h81lib import (Case, It, ad, alist, attach, div_html, ew, htmlesc, make_pdf, message, multipart, part, received,
                    tpart)

GM = "guletmarine-hn.example.cn"
TR = "guletmarine.example.com.tr"
BR = "maresia-yachting.example.com.br"
BOT = ad("Minutes Bot", "minutes@" + GM)


def g(name):
    return {"Emre Aydın": "emre.aydin", "Harry Fu": "haisheng.fu", "Zack Wu": "zhenyu.wu", "Wendy Lin": "xiaowen.lin",
            "George Yun": "zhijian.yun", "Selin Koç": "selin.koc", "Maggie Chen": "meijiao.chen", "符海生": "haisheng.fu",
            "吴振宇": "zhenyu.wu", "林晓雯": "xiaowen.lin", "云志坚": "zhijian.yun", "陈美娇": "meijiao.chen"}[name] + "@" + GM


def c10922():
    date = "Fri, 29 May 2026 19:30:51 +0800"
    text = """Hi Selin, Emre,

Quick notes from today's walk-through on board (Selin, Harry, Zack and myself).

Good progress overall. Teak deck is about 70% done and looks great, the owner is happy with the photos.

Open points:
- Harry to re-seal the forward hatches by Wednesday (leak test failed on two of them).
- Zack to send the updated electrical diagram (new inverter + lithium bank) by June 5.
- Selin to confirm the sea trial slot with the harbour master asap.
- I will send the owner's signed change order #3 by Monday.

Next walk-through: Tuesday 2 June at 14:00, same place.

Cheers,
Rafael

--
Capt. Rafael Moura
S/Y Maresia | +55 21 98765 4321
"""
    html = '<div dir="ltr">%s</div>\n' % "".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in text.split("\n"))
    ctype, body = multipart("alternative", "000000000000b7e2d10652a9c4f1",
                            [tpart(text, "UTF-8", "7bit"), tpart(html, "UTF-8", "quoted-printable", sub="html")])
    ctype = ctype.replace(';\n\tboundary', '; boundary')
    rm = ad("Rafael Moura", "rafael.moura@" + BR)
    hdr = [
        ("Return-Path", "<rafael.moura@%s>" % BR),
        ("Delivered-To", "minutes@" + GM),
        ("Received", "from mail-pj1-f45.google.example.com (mail-pj1-f45.google.example.com [192.0.2.45])\n\tby mx.%s "
                     "(Postfix) with ESMTPS id 4bW2cK7rMf\n\tfor <minutes@%s>; Fri, 29 May 2026 19:30:55 +0800 (CST)" % (GM, GM)),
        ("MIME-Version", "1.0"),
        ("From", rm),
        ("Date", date),
        ("Message-ID", "<CAF4p9Kd0vQe7=xR2mZs1tW3yH8nB5cJ6uL0gA9oE2fV4iD7kPw@mail.gmail.com>"),
        ("Subject", "Maresia - walk-through notes 29/05"),
        ("To", alist([ad("Selin Koç", g("Selin Koç")), ad("Emre Aydın", g("Emre Aydın"))])),
        ("Cc", alist([ad("Harry Fu", g("Harry Fu")), ad("Zack Wu", g("Zack Wu")), BOT])),
        ("Content-Type", ctype),
    ]
    items = [
        It("符海生", "re-seal the forward hatches", "wd:2"),
        It("吴振宇", "send the updated electrical diagram (new inverter + lithium bank)", "abs:2026-06-05"),
        It("Selin Koç", "confirm the sea trial slot with the harbour master", "vague"),
        It(("ext", "Rafael Moura", "rafael.moura@" + BR), "send the owner's signed change order #3", "wd:0"),
    ]
    notes = ("English notes from the yacht's captain (the customer, Gmail, external From) in the 'X to … by …' style. Sent Fri "
             "2026-05-29 19:30 +0800. Harry = 符海生, Zack = 吴振宇 (aliases). 'by Wednesday' -> 2026-06-03; 'by June 5' -> "
             "2026-06-05; 'asap' -> vague_due; 'I will send … by Monday' is the writer's own item (owner = From, external, "
             "department null) -> 2026-06-01. 'Teak deck is about 70% done' is a status remark, not an item or progress command. "
             "'Next walk-through: Tuesday 2 June at 14:00' -> 2026-06-02 14:00.")
    return Case(10922, "yacht-captain-notes-x-to-gmail", "minutes", message(hdr, body), items, ("abs:2026-06-02", "14:00"),
                notes, "Customer (yacht captain) English notes via Gmail: 'X to … by Wednesday/Monday', 'I will …' owned by the "
                "external From, asap, next walk-through")


def c10923():
    date = "Mon, 8 Jun 2026 17:40:18 +0800"
    text = """各位，

6月8日工程周会纪要（S/Y Maresia + 2艘在修船），请查收。

一、进度
Maresia：柚木甲板完成85%，前舱口盖已重新密封并通过淋水试验（已完成）。
Sea Breeze：船底防污漆第一道已完成。

二、本周事项
1. 发电机组二次试车，记录负载曲线发Kerem审阅（截止：6月12日（周五）前）
   —— 吴振宇
2. 动火区域消防器材点检【截止：本周三（6/10）】—— 云志坚
3. 补订不锈钢扣件（M8×40，A4材质）200套，规格以船东确认为准
   （截止时间：[船东确认规格后] 3个工作日内）—— 林晓雯
4. 向船东开具第二期进度款发票（6/15前（周一））—— 陈美娇

三、其他
台风季临近，请各位关注气象预警，船台吊装作业遇6级以上大风一律暂停。

-- 
吴振宇 Zack Wu
Engineering Lead | Gulet Marine Refit (Hainan)
"""
    body = tpart(text, "UTF-8", "8bit", params="; format=flowed", quote_cs=False)
    hdr = [
        ("Return-Path", "<zhenyu.wu@%s>" % GM),
        ("Delivered-To", "minutes@" + GM),
        ("Received", received("[192.168.20.34]", "192.168.20.34", "mx." + GM, "4bY3dM8sNg", date + " (CST)", "minutes@" + GM)),
        ("Message-ID", "<0e9b7c3a-2d41-4f6e-9a8b-5c1d3e7f2a90@guletmarine-hn.example.cn>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", alist([ad("符海生", g("符海生")), ad("云志坚", g("云志坚")), ad("林晓雯", g("林晓雯")), ad("陈美娇", g("陈美娇"))])),
        ("Cc", alist([ad("Emre Aydın", g("Emre Aydın")), ad("Kerem Yıldız", "kerem.yildiz@" + TR), BOT])),
        ("From", ad("吴振宇 Zack Wu", g("吴振宇"))),
        ("Subject", ew("6月8日工程周会纪要")),
    ]
    raw = message(hdr, b"")[:-1] + body
    items = [
        It("吴振宇", "发电机组二次试车，记录负载曲线发Kerem审阅", "abs:2026-06-12"),
        It("云志坚", "动火区域消防器材点检", "this:2"),
        It("林晓雯", "补订不锈钢扣件（M8×40，A4材质）200套", "workdays:3"),
        It("陈美娇", "向船东开具第二期进度款发票", "abs:2026-06-15"),
    ]
    notes = ("Thunderbird 8bit UTF-8 minutes whose items wrap over two lines (owner '—— 吴振宇' on the next line; item 3's deadline "
             "on its own line) and carry deadlines in nested brackets. Sent Mon 2026-06-08. #1 '（截止：6月12日（周五）前）' -> "
             "2026-06-12. #2 '【截止：本周三（6/10）】' -> 2026-06-10. #3 AMBIGUOUS: '[船东确认规格后] 3个工作日内' is conditional; "
             "read from the send date as most readers do: 06-09, 06-10, 06-11 -> 2026-06-11. #4 '（6/15前（周一））' -> 2026-06-15. "
             "进度 lines (85%, 已完成) are status; the 6级大风 line is a rule.")
    return Case(10923, "yacht-wrapped-items-nested-brackets-thunderbird", "minutes", raw, items, None, notes,
                "Thunderbird 8bit: items wrapped over lines with the owner on the next line; deadlines in nested brackets "
                "（6月12日（周五）前）/【本周三（6/10）】/[条件] 3个工作日内 (AMBIGUOUS)")


def c10924():
    date = "Wed, 24 Jun 2026 17:45:33 +0300"
    text = """Hi Emre,

Can we move our Thursday call to Friday, same time (11:00 TRT / 16:00 your time)? I have the class society surveyor here all day tomorrow.

If Friday doesn't work for you, Monday morning is also fine.

Best,
Kerem

Sent from my iPad
"""
    body = tpart(text, "us-ascii", "7bit", quote_cs=False)
    hdr = [
        ("Return-Path", "<kerem.yildiz@%s>" % TR),
        ("Delivered-To", "minutes@" + GM),
        ("Received", "from mx.guletmarine.example.com.tr (mx.guletmarine.example.com.tr [192.0.2.130])\n\tby mx.%s (Postfix) "
                     "with ESMTPS id 4bZ9fP2tRh\n\tfor <minutes@%s>; Wed, 24 Jun 2026 22:45:38 +0800 (CST)" % (GM, GM)),
        ("From", ad("Kerem Yıldız", "kerem.yildiz@" + TR)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", "Thursday call"),
        ("Message-Id", "<5A1E7C0B-3F92-4D68-B2E4-9C8D7A6F1E05@guletmarine.example.com.tr>"),
        ("To", ad("Emre Aydın", g("Emre Aydın"))),
        ("Cc", BOT),
        ("X-Mailer", "iPad Mail (22F76)"),
    ]
    raw = message(hdr, b"")[:-1] + body
    notes = ("A rescheduling question from head office (iPad Mail, +0300, us-ascii) to the GM, with the bot in Cc because it is on "
             "the weekly-call list. It proposes times but records no meeting and assigns nothing: kind other, no items, no follow-up.")
    return Case(10924, "other-yacht-hq-reschedule-ipad", "other", raw, [], None, notes,
                "iPad Mail +0300 rescheduling question ('move our Thursday call to Friday') -> other")


def c10925():
    date = "Wed, 1 Jul 2026 08:20:04 +0000"
    text = """Hi team,

Weekly project meeting - 1 July. Notes and actions below; ticked = done since last week.

Status
- Maresia: sea trial passed on 26 Jun; snag list down to 9 items.
- Sea Breeze: antifouling 2nd coat done, relaunch planned for 10 Jul.

Actions
[ ] Emre - approve overtime budget for July - by Fri 3 Jul
[x] Wendy - propeller shaft bearings received and checked
[ ] Zack (with Harry) - align the shaft after re-installation - by next Tuesday
[ ] George - toolbox talk on working at height for the new riggers - EOD today
[ ] Maggie - chase the owner's payment of invoice #2 - by 10 Jul
[x] Harry - forward hatches re-sealed, leak test passed

Next weekly: Wed 8 Jul, same time (16:00 CST).

Selin
"""
    html = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body dir=\"ltr\">\n"
            "<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt;\">\n%s\n</div>\n</body>\n</html>\n"
            % "\n".join("<div>%s</div>" % (htmlesc(l) or "<br>") for l in text.split("\n")))
    bnd = "_000_SEZPR06MB5720F0A3B9C1D84E2A7B6C05SEZPR06MB5720apcp_"
    ctype, body = multipart("alternative", bnd, [tpart(text, "us-ascii", "quoted-printable"),
                                                 tpart(html, "us-ascii", "quoted-printable", sub="html")])
    hdr = [
        ("Return-Path", "<selin.koc@%s>" % GM),
        ("Delivered-To", "minutes@" + GM),
        ("Received", "from SEZPR06MB5720.apcprd06.prod.outlook.example.com (2603:1096:101:5c::12)\n by "
                     "SEZPR06MB6014.apcprd06.prod.outlook.example.com with HTTPS; Wed, 1 Jul 2026\n 08:20:06 +0000"),
        ("From", ad("Selin Koç", g("Selin Koç"))),
        ("To", alist([ad(n, g(n)) for n in ("Emre Aydın", "Wendy Lin", "Zack Wu", "Harry Fu", "George Yun", "Maggie Chen")])),
        ("CC", BOT),
        ("Subject", "Weekly project meeting 1 Jul - actions"),
        ("Thread-Topic", "Weekly project meeting 1 Jul - actions"),
        ("Thread-Index", "AQHc6Uq2h7d0xK1bQk6z3YJ9r8WvFA=="),
        ("Date", date),
        ("Message-ID", "<SEZPR06MB5720F0A3B9C1D84E2A7B6C05@SEZPR06MB5720.apcprd06.prod.outlook.example.com>"),
        ("Accept-Language", "en-US, tr-TR"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", ctype),
        ("MIME-Version", "1.0"),
    ]
    items = [
        It("Emre Aydın", "approve overtime budget for July", "abs:2026-07-03"),
        It("吴振宇", "align the shaft after re-installation", "next:1"),
        It("云志坚", "toolbox talk on working at height for the new riggers", "today"),
        It("陈美娇", "chase the owner's payment of invoice #2", "abs:2026-07-10"),
    ]
    notes = ("Microsoft 365 English checklist: '[ ]' open actions are items, '[x]' ticked lines are done since last week (status, not "
             "items). Date 08:20 +0000 = Wed 2026-07-01 16:20 in Shanghai. 'by Fri 3 Jul' -> 2026-07-03; 'Zack (with Harry)' -> "
             "owner 吴振宇 (Harry only helps), 'by next Tuesday' -> 2026-07-07; 'EOD today' -> 2026-07-01 (no time); 'by 10 Jul' "
             "-> 2026-07-10. Status lines (sea trial 26 Jun, relaunch 10 Jul) are facts. 'Next weekly: Wed 8 Jul, same time (16:00 "
             "CST)' -> 2026-07-08 16:00.")
    return Case(10925, "yacht-m365-checkbox-actions-english", "minutes", message(hdr, body, crlf=True), items,
                ("abs:2026-07-08", "16:00"), notes,
                "M365 English '[ ]'/'[x]' action checklist (ticked = done, not items), 'Zack (with Harry)', next Tuesday, EOD "
                "today, next weekly 'same time (16:00 CST)'")


def c10926():
    date = "Mon, 13 Jul 2026 21:30:05 +0300"
    pdf = make_pdf([
        (15, "Gulet Marine Group - Technical Review Call"),
        (10, "Date: 13 July 2026, 15:00-16:10 TRT (20:00-21:10 CST)"),
        (10, "Participants: Kerem Yıldız (Bodrum); Emre Aydın, Zack Wu, Harry Fu (Danzhou)"),
        (12, "1. Review"),
        (10, "- Gelcoat repairs on Sea Breeze: two blisters re-opened after six weeks; root cause likely moisture in the laminate."),
        (10, "- Yard capacity Q3: two refits confirmed, one enquiry (60 ft catamaran)."),
        (12, "2. Actions"),
        (10, "- Emre Aydın to submit the Q3 yard capacity plan by 17 July."),
        (10, "- Zack Wu to share the gelcoat repair procedure (incl. moisture readings) with Bodrum engineering within 3 working days."),
        (10, "- Kerem Yıldız to arrange a Bodrum technician visit to Danzhou - dates TBD."),
        (12, "3. Next review call: 28 July, 11:00 TRT (16:00 CST)."),
    ], "en", "Technical Review Call 13 Jul 2026", "Kerem Yıldız")
    text = "Hi all,\n\nPlease find attached the minutes of today's technical review call (Bodrum / Danzhou).\n\nBest regards,\nKerem\n\n"
    ctype, body = multipart("mixed", "Apple-Mail=_9D4B2E71-6A3C-4F18-8E05-B7C1D2A3F460", [
        tpart(text, "us-ascii", "7bit", quote_cs=False),
        attach(pdf, "application/pdf", "TRC_2026-07-13_minutes.pdf", disp="attachment"),
        tpart("\n", "us-ascii", "7bit", quote_cs=False),
    ])
    hdr = [
        ("Return-Path", "<kerem.yildiz@%s>" % TR),
        ("Delivered-To", "minutes@" + GM),
        ("Received", "from mx.guletmarine.example.com.tr (mx.guletmarine.example.com.tr [192.0.2.130])\n\tby mx.%s (Postfix) "
                     "with ESMTPS id 4bA4hQ6vSj\n\tfor <minutes@%s>; Tue, 14 Jul 2026 02:30:11 +0800 (CST)" % (GM, GM)),
        ("From", ad("Kerem Yıldız", "kerem.yildiz@" + TR)),
        ("Content-Type", ctype),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
        ("Subject", "Minutes - Technical Review Call 13/07"),
        ("Date", date),
        ("Message-Id", "<E0C3A9B7-1D54-4F2E-8B6A-3C9D0F7E2B18@guletmarine.example.com.tr>"),
        ("To", alist([ad("Emre Aydın", g("Emre Aydın")), ad("Zack Wu", g("Zack Wu")), ad("Harry Fu", g("Harry Fu"))])),
        ("Cc", BOT),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    ]
    items = [
        It("Emre Aydın", "submit the Q3 yard capacity plan", "abs:2026-07-17"),
        It("吴振宇", "share the gelcoat repair procedure (incl. moisture readings) with Bodrum engineering", "workdays:3"),
        It("Kerem Yıldız", "arrange a Bodrum technician visit to Danzhou", "vague"),
    ]
    notes = ("Head-office English minutes only in a PDF (Apple Mail, multipart/mixed). Date Mon 21:30 +0300 = Tue 2026-07-14 02:30 "
             "in Shanghai, so relative phrases use 07-14: 'within 3 working days' -> 07-15, 07-16, 07-17 -> 2026-07-17 (from the "
             "Turkish date it would be 07-16; the corpus rule is Asia/Shanghai). 'by 17 July' -> 2026-07-17; 'dates TBD' -> "
             "vague_due. Kerem Yıldız is in the roster (Group Engineering). 'Next review call: 28 July, 11:00 TRT (16:00 CST)' -> "
             "2026-07-28 16:00.")
    return Case(10926, "yacht-hq-minutes-pdf-tz-crossing-apple-mail", "minutes", message(hdr, body), items,
                ("abs:2026-07-28", "16:00"), notes,
                "Apple Mail +0300 late evening = next day in Shanghai; English minutes only in a PDF; within 3 working days from "
                "the Shanghai date; TBD; next call TRT/CST", attach_expect=["gelcoat repair procedure"])


def c10927():
    date = "Fri, 24 Jul 2026 11:30:40 +0800"
    text = """各位：

本周安全例会（7月24日）记录如下：

符海生
① 船台区域警戒线重新划定，7月27日前完成
② 安排叉车司机复训，7月底前

吴振宇
① 电气间漏电保护器逐台测试，下周二

林晓雯
① 采购防暑降温用品（藿香正气水、绿豆、电解质水），明天到货

云志坚（本人）
① 修订台风应急预案，8月5日前发各部门会签

通报：7月份未发生可记录工伤事故；高温期间户外作业时间调整为7:00-11:00、15:30-19:00。

云志坚 George Yun
QHSE | Gulet Marine Refit (Hainan)
"""
    html = div_html(text.split("\n"), "font-family:'PingFang SC','Microsoft YaHei';font-size:14px")
    ctype, body = multipart("alternative", "----=_NextPart_6A62D9F0_1B4C7E28_3D5F0A19",
                            [tpart(text, "utf-8", "base64"), tpart(html, "utf-8", "base64", sub="html")],
                            preamble="This is a multi-part message in MIME format.")
    hdr = [
        ("Return-Path", "<zhijian.yun@%s>" % GM),
        ("Delivered-To", "minutes@" + GM),
        ("Received", received("smtpbg.wecom.example.com", "198.51.100.80", "mx." + GM, "4bB7jS9wUk", date + " (CST)",
                              "minutes@" + GM)),
        ("X-QQ-mid", "bizesmtp45t1784863840tr6y2u8i"),
        ("From", ad("云志坚", g("云志坚"))),
        ("To", alist([ad("符海生", g("符海生")), ad("吴振宇", g("吴振宇")), ad("林晓雯", g("林晓雯"))])),
        ("Cc", alist([ad("Emre Aydın", g("Emre Aydın")), BOT])),
        ("Subject", ew("7月24日安全例会记录")),
        ("Date", date),
        ("Message-ID", "<tencent_3B7E2A9C1F0D4E6A8B5C7D20@qq.example.com>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "WXWork Mail 4.1.38"),
    ]
    items = [
        It("符海生", "船台区域警戒线重新划定", "abs:2026-07-27"),
        It("符海生", "安排叉车司机复训", "monthend"),
        It("吴振宇", "电气间漏电保护器逐台测试", "next:1"),
        It("林晓雯", "采购防暑降温用品（藿香正气水、绿豆、电解质水）", "rel:1"),
        It("云志坚", "修订台风应急预案，发各部门会签", "abs:2026-08-05"),
    ]
    notes = ("WeCom mail (UTF-8 base64), safety meeting grouped by person: a bare name line heads each block and ①② lines under "
             "it are that person's items. Sent Fri 2026-07-24. 7月27日前 -> 2026-07-27; '7月底前' -> 2026-07-31; '下周二' -> "
             "2026-07-28; '明天到货' -> 2026-07-25 (Saturday); 8月5日前 -> 2026-08-05. '云志坚（本人）' is the writer. The 通报 "
             "line (no accidents, summer working hours) is information.")
    return Case(10927, "yacht-safety-grouped-by-person-wecom", "minutes", message(hdr, body), items, None, notes,
                "WeCom: items grouped under bare name lines with ①②; 7月底前, 下周二, 明天, writer's own item")


CASES = [c10922, c10923, c10924, c10925, c10926, c10927]
