"""heldout61 cases 8908-8914: 龙岩坤鼎机械 (second part) and Bosveld Coffee (Pu'er)."""
import html as _html

from h61_cases_a import MX_KD, mso_html
from h61_clients import apple, exmail, gmail, m365, outlook, thunderbird, trace
from h61_lib import FU, I, P, assemble, html_table, html_wrap, multipart, text_part
from h61_roster import BOTS, BV, KD

MX_BV = "mx1.bosveld-puer.example.cn"
EMRE = ("Emre Y\u0131ld\u0131z", "emre.yildiz@karadenizmakina.example.com.tr")
SELIN = ("Selin Aksoy", "selin.aksoy@karadenizmakina.example.com.tr")


def flowed(text, width=72):
    """format=flowed: soft-wrap long lines, each soft break leaves a trailing space."""
    out = []
    for ln in text.split("\n"):
        while len(ln) > width and " " in ln[:width]:
            cut = ln.rfind(" ", 0, width)
            out.append(ln[:cut + 1])
            ln = ln[cut + 1:]
        out.append(ln)
    return "\n".join(out)


# ------------------------------------------------------------------ 8908
T8908 = """Hi Emre,

Please find the updated quotation for the dealer-show order below. For 10 units or more of HB-140 we can keep the H1 price and add 3% show discount; HB-100 stays at the list price.

Could you confirm the final quantity by next Tuesday? Our production team needs it to lock the July schedule, and the sea freight quote from Xiamen is only valid until 30 June.

Best regards,
Autumn Huang
International Trade Dept. | Longyan Kunding Machinery Co., Ltd.
Tel: +86 597 2286 618

发件人: Emre Y\u0131ld\u0131z <emre.yildiz@karadenizmakina.example.com.tr>
发送时间: 2026年6月17日 15:02
收件人: Autumn Huang <huangqiuping@kunding-mach.example.cn>
抄送: Kevin Qiu <qiuwenbin@kunding-mach.example.cn>; Kunding minutes <minutes@kunding-mach.example.cn>
主题: HB-140 quotation for dealer show

Hi Autumn,

For the Istanbul dealer show (12-14 September) we are planning 10-12 HB-140 and 4 HB-100. Can you send us your best price incl. the show discount?

Thanks,
Emre
"""


def c8908():
    date = "2026-06-18 10:02:36 +0800"
    frm = ("Autumn Huang", P("hqp")[1])
    to = [EMRE]
    cc = [("Kevin Qiu", P("qwb")[1]), ("Kunding minutes", BOTS["kd"])]
    subj = "RE: HB-140 quotation for dealer show"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8908", KD, cs="utf-8", lang="en-US",
                           extra=[("In-Reply-To", "<CAKd8x0Jm2vQpTz4Lw9@mail.gmail.com>"),
                                  ("References", "<CAKd8x0Jm2vQpTz4Lw9@mail.gmail.com>")])
    ent = multipart("alternative", "----=_NextPart_000_0051_01DCFEEA.1C2B3D40", [
        text_part(T8908, "plain", "utf-8", "quoted-printable"),
        text_part(mso_html(T8908, font="Calibri", charset="utf-8", lang="EN-US"), "html", "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    tr = trace(BOTS["kd"], frm[1], date, MX_KD, "HUANGQP-PC", "192.168.20.44", "8908")
    return dict(num=8908, slug="other-kd-quotation-reply-outlook-en", kind="other", eml=assemble(tr, h, tail, ent),
                items=[], followup=None, probes=["confirm the final quantity by next Tuesday"],
                notes="A person-to-person reply in a quotation thread ('RE:' with a Chinese-Outlook 发件人/发送时间 quote) "
                      "where the bot stayed on Cc from an earlier message. It asks the customer to confirm by next Tuesday, "
                      "but it is neither minutes nor a reply to a bot recap -> kind other, no items.",
                tests="other: business reply in a non-minutes thread, bot left on Cc, request with a deadline")


# ------------------------------------------------------------------ 8909
T8909 = """各位：

6月质量例会（6月9日上午，林总参加）纪要接着这个线程发，方便对照上月事项。

一、上月事项回顾
1. 缸体砂眼改进方案——已完成，赖工5月15日提交，林总已批。
2. 三明铸造厂毛坯补货——已完成，5月14日到货。
3. 来料检验标准修订——已发布（QI-023 C版）。

二、本月待办
1. 赖工：HB-140缸体改进方案小批量验证（20台），6月22日前出验证报告。
2. 蓝主管：二号喷房漆膜附着力不良批次返工，本周五前完成。
3. 江美玲：修订出厂检验记录表，增加保压测试项，月底前发布。
4. 采购部：对三明铸造厂开展二方审核，时间待定（等对方排期）。

三、下次例会：7月7日（周二）上午9:30，品质部会议室。

江美玲
品质部

发件人: 江美玲 <jiangmeiling@kunding-mach.example.cn>
发送时间: 2026年5月12日 16:20
收件人: 赖志坚 <laizhijian@kunding-mach.example.cn>; 蓝天佑 <lantianyou@kunding-mach.example.cn>; 罗建新 <luojianxin@kunding-mach.example.cn>
抄送: 林丽华 <linlihua@kunding-mach.example.cn>; 纪要助手 <minutes@kunding-mach.example.cn>
主题: 5月质量例会纪要

各位：

5月质量例会纪要如下：
1. 赖工：缸体砂眼改进方案，5月15日前提交。
2. 罗经理：三明铸造厂毛坯补货，5月20日前到货。
3. 江美玲：修订来料检验标准，5月底前发布。

下次例会：6月9日上午。

江美玲
"""


def c8909():
    date = "2026-06-09 14:25:03 +0800"
    frm = P("jml")
    to = [P("lzj"), P("lty"), P("ljx")]
    cc = [P("llh"), ("纪要助手", BOTS["kd"])]
    subj = "RE: 5月质量例会纪要"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8909", KD, cs="utf-8",
                           extra=[("In-Reply-To", "<000001dce1f0$5a6b7c8d$0f1e2d3c$@kunding-mach.example.cn>"),
                                  ("References", "<000001dce1f0$5a6b7c8d$0f1e2d3c$@kunding-mach.example.cn>")])
    ent = multipart("alternative", "----=_NextPart_000_0063_01DCF7C2.9D8E7F60", [
        text_part(T8909, "plain", "utf-8", "base64"),
        text_part(mso_html(T8909, font="等线", charset="utf-8"), "html", "utf-8", "base64")],
        preamble="This is a multipart message in MIME format.")
    tr = trace(BOTS["kd"], frm[1], date, MX_KD, "JIANGML-PC", "192.168.20.52", "8909")
    return dict(num=8909, slug="kd-new-minutes-as-re-old-thread-outlook", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("lzj", "HB-140缸体改进方案小批量验证（20台）并出验证报告", ("md", 6, 22)),
                       I("lty", "二号喷房漆膜附着力不良批次返工", ("twk", 4)),
                       I("jml", "修订出厂检验记录表（增加保压测试项）并发布", ("month_end",)),
                       I(None, "对三明铸造厂开展二方审核", None, vague=True, dept="采购部")],
                followup=FU(("md", 7, 7), "09:30"), probes=["二、本月待办", "主题: 5月质量例会纪要"],
                notes="New (June) minutes posted as 'RE: 5月质量例会纪要' in the May thread: still minutes. Only section 二 "
                      "counts; section 一 reviews last month's items (status). The quoted May minutes below the Outlook "
                      "发件人/发送时间 block are old and must not be extracted (their dates 5月15日/5月20日 would be past). "
                      "Sent Tue 2026-06-09: 本周五前 -> 06-12; 月底前 -> 06-30; 采购部 + 时间待定 -> no_owner + vague_due. "
                      "下次例会 7月7日（周二）上午9:30 -> next_followup.",
                tests="new minutes as RE: in an old thread with the old minutes quoted; review section; 本周五前, 月底前, dept + 待定")


# ------------------------------------------------------------------ 8910
T8910 = """Hello,

Thank you for your message. I am out of the office on summer leave from 16 June to 26 June 2026 with limited access to e-mail.

For urgent service matters (breakdowns, warranty claims) please contact Emre Y\u0131ld\u0131z, emre.yildiz@karadenizmakina.example.com.tr, +90 212 555 0147. I will reply to your e-mail after 29 June.

Merhaba, 26 Haziran'a kadar izindeyim. Acil konular i\u00e7in Emre Y\u0131ld\u0131z ile ileti\u015fime ge\u00e7ebilirsiniz.

Selin Aksoy
Service Engineer | Karadeniz Makina A.\u015e.
"""


def c8910():
    date = "2026-06-16 08:12:54 +0300"
    to = [("\u7eaa\u8981\u52a9\u624b", BOTS["kd"])]
    subj = "Out of Office: Re: [\u7eaa\u8981\u786e\u8ba4] Karadeniz x Kunding \u2013 weekly call notes (15 Jun)"
    h, tail, mid = gmail(SELIN, to, None, subj, date, "8910",
                         extra=[("Auto-Submitted", "auto-replied"),
                                ("In-Reply-To", "<mb.20260615.144102.8906@kunding-mach.example.cn>"),
                                ("References", "<mb.20260615.144102.8906@kunding-mach.example.cn>")])
    ent = text_part(T8910, "plain", "UTF-8", "quoted-printable", params="noquote")
    hop = ("by mail-wr1-f66.google.com with SMTP id ffacd0b85a97d-35f2c1b7e4aso19920f8f.0\r\n"
           f"\tfor <{BOTS['kd']}>; Tue, 16 Jun 2026 05:12:56 -0700 (PDT)")
    tr = trace(BOTS["kd"], "", "2026-06-16 13:12:58 +0800", MX_KD, "mail-wr1-f66.google.com", "209.85.221.66", "8910",
               ext_hop=hop)
    tr[0] = ("Return-Path", "<>")
    return dict(num=8910, slug="auto-gmail-vacation-auto-submitted", kind="auto", eml=assemble(tr, h, tail, ent),
                items=[], followup=None, probes=["out of the office on summer leave"],
                notes="Gmail vacation responder to the bot's recap of 8906: Auto-Submitted: auto-replied, empty "
                      "Return-Path, 'Out of Office: Re: …' subject. The body has dates (16-26 June, after 29 June) and a "
                      "delegate; none is an item or a reply command. kind auto.",
                tests="auto: Gmail vacation reply with Auto-Submitted and <> Return-Path, English + Turkish body with dates")


# ------------------------------------------------------------------ 8911
T8911 = """Morning all,

Notes from this morning's ops sync (07:00, mill office). Harvest tail-end: 38 t cherry received last week, wet mill running at about 70% capacity.

Decisions
- Washed lots below 84 points go to the blend programme, not to specialty.
- No more cherry intake after 30 April.

Action items

Action: Re-cup the four Menglian natural lots flagged in the last round
Owner: Thandi
Due: Wed 15 Apr

Action: Settle the March cherry payments with the Nuozhadu and Mengtuan cooperatives
Owner: Lily
Due: within 2 working days

Action: Service the No. 2 huller (bearing noise)
Owner: JG
Due: before intake closes (30 Apr)

Action: Get three quotes for the drying-bed rain covers
Owner: TBD
Due: end of month

Action: Book the first May container with the forwarder
Owner: Mei
Due: 24 Apr

Next check-in: Monday 20 April, 07:00 CST (01:00 SAST).

Pieter
"""


def c8911():
    date = "2026-04-12 23:50:31 +0000"
    frm = P("pvr")
    to = [("Thandiwe Mokoena", P("tmk")[1]), ("Lily Li", P("lcy")[1]), ("Dao Jianguo", P("djg")[1]), ("Mei Yang", P("yxm")[1])]
    cc = [("Bosveld minutes", BOTS["bv"])]
    subj = "Weekly ops sync \u2013 13 Apr \u2013 actions"
    h, tail, mid = m365(frm, to, cc, subj, date, "8911")
    paras = "".join(f'<p class="MsoNormal">{_html.escape(l) if l else "&nbsp;"}</p>\n' for l in T8911.split("\n"))
    html = html_wrap('<div class="WordSection1">\n' + paras + "</div>",
                     '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style>\n', "us-ascii")
    ent = multipart("alternative", "_000_SY4P282MB3871A1B2C3D4E5F6SY4P282MB3871AUSP_", [
        text_part(T8911, "plain", "us-ascii", "quoted-printable"),
        text_part(html, "html", "us-ascii", "quoted-printable")])
    hop = ("from SY4P282MB3871.AUSP282.PROD.OUTLOOK.COM ([fe80::5c1:2a3b:4c5d:6e7f]) by\r\n"
           " SY4P282MB3871.AUSP282.PROD.OUTLOOK.COM ([fe80::5c1:2a3b:4c5d:6e7f%4]) with mapi id\r\n"
           " 15.20.8722.014; Sun, 12 Apr 2026 23:50:31 +0000")
    tr = trace(BOTS["bv"], frm[1], "2026-04-13 07:50:34 +0800", MX_BV,
               "mail-sy4aus01on2071.outbound.protection.outlook.com", "40.107.107.71", "8911", ext_hop=hop)
    return dict(num=8911, slug="bv-owner-due-blocks-m365-utc-sunday", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("tmk", "Re-cup the four Menglian natural lots flagged in the last round", ("md", 4, 15)),
                       I("lcy", "Settle the March cherry payments with the Nuozhadu and Mengtuan cooperatives", ("wd", 2)),
                       I("djg", "Service the No. 2 huller (bearing noise)", ("md", 4, 30)),
                       I(None, "Get three quotes for the drying-bed rain covers", ("month_end",)),
                       I("yxm", "Book the first May container with the forwarder", ("md", 4, 24))],
                followup=FU(("md", 4, 20), "07:00"), probes=["Owner: TBD", "within 2 working days"],
                notes="Exchange Online minutes in Action/Owner/Due blocks. The Date header is Sun 2026-04-12 23:50 +0000 = "
                      "Mon 2026-04-13 07:50 in Shanghai: 'within 2 working days' counts 04-14, 04-15 -> 2026-04-15 (from "
                      "the UTC Sunday it would be 04-14). Owners by roster aliases (Thandi, Lily, JG, Mei). 'before intake "
                      "closes (30 Apr)' -> 04-30. 'Owner: TBD' -> no_owner; 'end of month' -> 04-30. Decisions are not items. "
                      "'Next check-in: Monday 20 April, 07:00 CST (01:00 SAST)' -> 04-20 07:00 Shanghai time.",
                tests="Owner/Due blocks, +0000 Date on the UTC Sunday (Shanghai Monday) with 'within 2 working days', Owner TBD, two time zones")


# ------------------------------------------------------------------ 8912
T8912 = """Hi team,

Short notes from today's calibration session (14:00\u201316:00, Q-grader panel, 6 cuppers).

- Panel spread on the washed Catimor lots is down to \u00b11.5 pts \u2014 good progress.
- Lot PE-0412 scored 82.75, lot PE-0415 85.25 (specialty).

AI: Thandi \u2013 re-cup PE-0412 with a fresh roast, report by Thu
AI: JG \u2013 check moisture on drying beds 3 and 4 (target 10.5\u201311.5%), daily until dispatch
AI: \u666e\u8001\u5e08 \u2013 collect harvest-date records from the 5 Jinggu farmers by next Tue
AI: Lily \u2013 pay the guest cuppers' fees (\u9ece\u8001\u5e08 + \u738b\u8001\u5e08) by Friday
AI: ?? \u2013 order new cupping spoons + 200 sample bags

Next calibration: Thu 7 May, 14:00, same room.

Thandi

Thandiwe Mokoena
Quality & Cupping Lead, Bosveld Coffee (Pu\u2019er)
"""


def c8912():
    date = "2026-04-21 16:20:08 +0800"
    frm = ("Thandiwe Mokoena", P("tmk")[1])
    to = [("Dao Jianguo", P("djg")[1]), ("Pu Zhiming", P("pzm")[1]), ("Lily Li", P("lcy")[1])]
    cc = [("Pieter van Rensburg", P("pvr")[1]), ("Bosveld minutes", BOTS["bv"])]
    subj = "Cupping calibration \u2013 notes & AIs"
    h, tail, mid = apple(frm, to, cc, subj, date, "8912", BV)
    ent = text_part(T8912, "plain", "utf-8", "quoted-printable", params="noquote")
    tr = trace(BOTS["bv"], frm[1], date, MX_BV, "[192.168.8.23]", "192.168.8.23", "8912")
    return dict(num=8912, slug="bv-ai-lines-apple-mail", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("tmk", "re-cup PE-0412 with a fresh roast and report", ("wk", 3)),
                       I("djg", "check moisture on drying beds 3 and 4 daily until dispatch", None),
                       I("pzm", "collect harvest-date records from the 5 Jinggu farmers", ("nwk", 1)),
                       I("lcy", "pay the guest cuppers' fees", ("wk", 4)),
                       I(None, "order new cupping spoons and 200 sample bags", None)],
                followup=FU(("md", 5, 7), "14:00"), probes=["AI: ?? \u2013 order new cupping spoons"],
                notes="Apple Mail plain text (QP) with 'AI: Name \u2013 task, deadline' lines. Sent Tue 2026-04-21. "
                      "'by Thu' -> 04-23; 'by next Tue' -> 04-28; 'by Friday' -> 04-24. Owners via aliases (Thandi, JG, "
                      "\u666e\u8001\u5e08 = \u666e\u5fd7\u660e, Lily). 'daily until dispatch' is a recurring task "
                      "without a deadline -> no_due. 'AI: ??' has no owner and no date -> no_owner + no_due. The "
                      "names in brackets (\u9ece\u8001\u5e08, \u738b\u8001\u5e08) are payees, not owners. Scores are "
                      "facts. Next calibration Thu 7 May 14:00.",
                tests="'AI:' lines with aliases (incl. a Chinese title 普老师), abbreviations Thu/Tue, recurring task, '??' owner")


# ------------------------------------------------------------------ 8913
def c8913():
    date = "2026-05-06 11:30:19 +0800"
    frm = ("李春燕", P("lcy")[1])
    to = [("普志明", P("pzm")[1])]
    cc = [("Pieter van Rensburg", P("pvr")[1]), ("纪要助手", BOTS["bv"])]
    subj = "合作社沟通跟进表（5月6日）"
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"]
    rows = [head,
            ["EC-0506-01", "2026/5/6", "景谷县益智乡咖啡种植专业合作社/刀社长", "采购部/李春燕", "供应商",
             "合作社反映4月鲜果款未到账，希望5月15日前结清",
             "①财务核对4月结算单（5月8日前，李春燕）②5月12日前完成付款并回传凭证", "2026/5/12", "李春燕"],
            ["EC-0506-02", "2026/5/6", "孟连县娜允镇咖农代表/岩温", "农技推广/普志明", "合作方",
             "咖农申请6月开展修枝培训，希望用傣语讲解",
             "①普志明5月内拟定培训方案 ②培训时间待定，视雨季情况", "待定", "普志明"]]
    cells = []
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        cells.append('<tr height="38" style="height:28.5pt">' +
                     "".join(f'<td class="{cls}" x:str>{_html.escape(c)}</td>' for c in r) + "</tr>")
    table = ('<table border="0" cellpadding="0" cellspacing="0" width="1180" style="border-collapse:collapse;width:885pt">'
             '<colgroup><col width="90" span="9"></colgroup>' + "".join(cells) + "</table>")
    html = html_wrap('<div>普老师：</div><div>上午和两个合作社的沟通整理成跟进表（从Excel贴过来的），请查收：</div><div><br></div>'
                     + table + '<div><br></div><div>春燕</div><div>Bosveld Coffee (Pu\'er) 采购部</div>',
                     '<style>.xl65{mso-number-format:"\\@";border:.5pt solid windowtext;white-space:normal;font-size:11pt}'
                     '.xl66{font-weight:700;border:.5pt solid windowtext;background:#D9E1F2}</style>\n')
    plain = "普老师：\n上午和两个合作社的沟通整理成跟进表（从Excel贴过来的），请查收：\n\n" + \
            "\n".join("\t".join(r) for r in rows) + "\n\n春燕\nBosveld Coffee (Pu'er) 采购部\n"
    h, tail, mid = exmail(frm, to, cc, subj, date, "8913")
    ent = multipart("alternative", "----=_NextPart_69FAB6E3_0C8D4E20_5B7A1F36", [
        text_part(plain, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")],
        preamble="This is a multi-part message in MIME format.")
    tr = trace(BOTS["bv"], frm[1], date, MX_BV, "smtpbg150.exmail.example.com", "203.205.250.150", "8913")
    return dict(num=8913, slug="bv-excel-pasted-followup-exmail", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("lcy", "核对4月结算单", ("md", 5, 8)),
                       I("lcy", "完成4月鲜果款付款并回传凭证", ("md", 5, 12)),
                       I("pzm", "拟定修枝培训方案", ("month_end",)),
                       I("pzm", "组织6月修枝培训", None, vague=True)],
                followup=FU(("md", 5, 12)), probes=["①普志明5月内拟定培训方案"],
                notes="Seed 外部沟通跟进表 pasted from Excel into Exmail (xl65 classes, dates written 2026/5/6). Sent Wed "
                      "2026-05-06, the first working day after 劳动节. Row 1: ① '(5月8日前，李春燕)', ② names nobody -> "
                      "row 负责人 李春燕, 5月12日前. '希望5月15日前结清' is the co-op's wish. Row 2: '5月内' -> end of May "
                      "2026-05-31; '培训时间待定' -> an item of the row 负责人 with vague_due. 下次沟通时间 2026/5/12 (row 2 "
                      "待定) -> next_followup 05-12, no time.",
                tests="seed 外部沟通跟进表 pasted from Excel (slash dates), 5月内, 待定 item, co-op wish not an item")


# ------------------------------------------------------------------ 8914
T8914 = """Hello all,

Minutes of today's export planning meeting (Mei, Pieter, Thandi, Lily; Johan on the phone from Johannesburg).

Status
- Container BVP-2605-01 (18 t washed Catimor) loaded on 8 May, on rail to Shanghai Yangshan.
- Durban roaster confirmed 2 x 20' for July.

To do
[ ] Mei: book 2 x 20' containers for the June lots (by 15 May (subject to (vessel) schedule confirmation))
[ ] Thandi: issue the pre-shipment quality certificates for lots PE-0415 to PE-0421, so that the forwarder can file the documents with customs in time, by next Wednesday
[ ] Lily: confirm with the Jinggu co-op by Thursday whether the 6 t of natural-process beans can be milled before 25 May; otherwise we drop them from the June plan
[x] Pieter: sign the sales contract with the Durban roaster (done in the meeting)
[ ] Johan: send the updated ICE-based price grid for Q3
[ ] JG: dry-mill capacity plan for June (timing TBD, depends on the rains)

Next meeting: Monday 18 May, same time (16:00).

Mei

-- 
Mei Yang | Export & Logistics | Bosveld Coffee (Pu'er) Co., Ltd.
"""


def c8914():
    date = "2026-05-11 17:05:42 +0800"
    frm = ("Mei Yang", P("yxm")[1])
    johan = ("Johan Botha", "johan.botha@bosveld-agri.example.co.za")
    to = [("Pieter van Rensburg", P("pvr")[1]), ("Thandiwe Mokoena", P("tmk")[1]), ("Lily Li", P("lcy")[1]),
          ("Dao Jianguo", P("djg")[1])]
    cc = [johan, ("Bosveld minutes", BOTS["bv"])]
    subj = "Export planning - May/June shipments - minutes"
    h, tail, mid = thunderbird(frm, to, cc, subj, date, "8914", BV)
    ent = text_part(flowed(T8914), "plain", "UTF-8", "7bit", params="; format=flowed")
    ent = ent.replace(b'charset="UTF-8"; format=flowed', b"charset=UTF-8; format=flowed")
    tr = trace(BOTS["bv"], frm[1], date, MX_BV, "[192.168.8.31]", "192.168.8.31", "8914")
    return dict(num=8914, slug="bv-checkbox-nested-brackets-thunderbird-flowed", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("yxm", "book 2 x 20' containers for the June lots", ("md", 5, 15)),
                       I("tmk", "issue the pre-shipment quality certificates for lots PE-0415 to PE-0421", ("nwk", 2)),
                       I("lcy", "confirm with the Jinggu co-op whether the 6 t of natural-process beans can be milled before 25 May", ("wk", 3)),
                       I(("ext", "Johan Botha", johan[1]), "send the updated ICE-based price grid for Q3", None),
                       I("djg", "dry-mill capacity plan for June", None, vague=True)],
                followup=FU(("md", 5, 18), "16:00"), probes=["[x] Pieter", "(by 15 May (subject to (vessel) schedule"],
                notes="Thunderbird format=flowed plain text, '[ ]'/'[x]' checkboxes; long items are soft-wrapped over "
                      "lines (trailing-space flowed breaks). Sent Mon 2026-05-11. Nested brackets '(by 15 May (subject to "
                      "(vessel) schedule confirmation))' -> 05-15. Thandi's deadline 'by next Wednesday' sits at the end of "
                      "a wrapped line -> 05-20. Lily: 'by Thursday' -> 05-14 (25 May is the milling condition, not her "
                      "deadline). '[x] Pieter … (done)' is not an item. Johan is outside the roster -> his Cc address; no "
                      "date -> no_due. 'timing TBD' -> vague_due. Next meeting Mon 18 May 16:00.",
                tests="[ ]/[x] checkboxes, flowed-wrapped items, nested-bracket deadline, condition date vs deadline, external owner from Cc")


CASES = [c8908(), c8909(), c8910(), c8911(), c8912(), c8913(), c8914()]
