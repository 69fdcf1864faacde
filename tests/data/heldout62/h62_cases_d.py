"""heldout62 cases 9014-9018."""
import html as H

from h62_clients import alt, bot, build
from h62_lib import (FU, I, MV, QS, SQ, TL, binary_part, email_of, html_page, html_table, make_docx, make_pdf,
                     multipart, part, text_to_html)

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def P(name):
    return (name, email_of(name))


# ------------------------------------------------------------------ 9014
@case
def c9014():
    iso = "2026-07-08T16:45:20+08:00"       # Wednesday; Exchange Online writes +0000
    pdf = make_pdf([
        "# 8D Review Minutes - 8D-2026-011 Encoder cable chafing",
        "Date: 8 July 2026, 10:00-11:30    Location: Quality meeting room / Teams",
        "Attendees: Helen Tan (chair), Zhou Lixin, Joe Ouyang, Harry Long, Jakub Novak (Brno)",
        "",
        "# 1. Problem description",
        "Customer reported 2 motors with chafed encoder cable at the terminal box exit after 4,000 km.",
        "# 2. Root cause (D4)",
        "Cable routed over a sharp casting edge; no clamp specified in drawing 27-3104 rev C.",
        "# 3. Containment (D3, completed)",
        "- 146 motors in stock re-inspected, 3 reworked. Completed 6 July.",
        "- Customer fleet check done by field service on 7 July.",
        "# 4. Decisions",
        "- Sleeved cable becomes standard from lot 2608 onwards.",
        "# 5. Actions",
        "D5-1  Add a cable clamp at the terminal box exit (drawing rev D)",
        "      Owner: Zhou Lixin    Due: 17 Jul 2026",
        "D5-2  Update assembly work instruction WI-ASM-032",
        "      Owner: Joe Ouyang    Due: within 3 working days",
        "D6-1  Verify the fix on 10 motors in the endurance rig",
        "      Owner: Helen Tan     Due: 31 Jul 2026",
        "D7-1  Share the lesson learned with the Brno design team",
        "      Owner: Jakub Novak   Due: TBD",
        "D7-2  Ask the harness supplier for a sleeved cable quote",
        "      Owner: Harry Long    Due: end of month",
        "# 6. Next review",
        "22 July 2026 at 10:00, same room.",
    ], title="8D-2026-011 review minutes", author="Helen Tan")
    text = ("Hi all,\n\nPlease find attached the minutes of today's 8D review on the encoder cable chafing complaint "
            "(8D-2026-011). Actions are in section 5 - please check your owner lines.\n\nBest regards,\nHelen Tan\n"
            "Quality Manager\nMorava Traction Systems (Zhuzhou) Co., Ltd.\n")
    html = html_page("".join("<p style=\"margin:0\">%s</p>" % (H.escape(l) if l else "&nbsp;") for l in text.split("\n")),
                     "us-ascii")
    inner = alt(text, html, "_000_PS2PR06MB8D11A0C2E3F44B6C9D7EPS2PR06MB8D11_", "us-ascii", "7bit",
                "quoted-printable", quoted=True)
    att = binary_part(pdf, "application/pdf", "8D-2026-011_review_minutes.pdf")
    body = multipart("mixed", [inner, att], "_004_PS2PR06MB8D11A0C2E3F44B6C9D7EPS2PR06MB8D11_")
    to = [("Zhou Lixin", email_of("周立新")), ("Joe Ouyang", email_of("欧阳舟")), ("Harry Long", email_of("龙海涛"))]
    cc_ = [("Jakub Novák", email_of("Jakub Novák")), ("Tomas Dvorak", email_of("Tomáš Dvořák")), bot(MV)]
    eml, _ = build("m365", ("Helen Tan", email_of("谭慧")), to, cc_, "8D-2026-011 review minutes (attached)", iso,
                   body, MV, utc=True, relay_ip="40.107.215.71", remote_host="APC01-SG2-obe.outbound.protection.outlook.com",
                   extra=[], crlf=True)
    eml = eml.replace(b"X-MS-Has-Attach: \r\n", b"X-MS-Has-Attach: yes\r\n")
    items = [
        I("周立新", "Add a cable clamp at the terminal box exit (drawing rev D)", "abs:2026-07-17", "2026-07-17"),
        I("欧阳舟", "Update assembly work instruction WI-ASM-032", "wdays:3", "2026-07-13"),
        I("谭慧", "Verify the fix on 10 motors in the endurance rig", "abs:2026-07-31", "2026-07-31"),
        I("Jakub Novák", "Share the lesson learned with the Brno design team", None, None, flags=["vague_due"]),
        I("龙海涛", "Ask the harness supplier for a sleeved cable quote", "monthend", "2026-07-31"),
    ]
    return dict(num=9014, slug="m365-pdf-8d-review-minutes", kind="minutes", eml=eml, items=items,
                followup=FU("abs:2026-07-22", "2026-07-22", "10:00"), must=["WI-ASM-032", "sleeved cable quote"],
                notes="M365 English mail (+0000 Date = Wed 2026-07-08 16:45 Shanghai) whose minutes are a PDF "
                      "(reportlab, invariant). Only section 5 holds actions: containment (completed 6/7 July) and the "
                      "decision are not items. D5-1 17 Jul 2026; D5-2 'within 3 working days' -> 07-09, 07-10, 07-13 -> "
                      "07-13; D6-1 31 Jul 2026; D7-1 TBD -> vague_due (Jakub at the Czech parent); D7-2 'end of month' "
                      "-> 07-31. Next review 22 July 2026 10:00.",
                tests="M365 English, minutes only in a PDF attachment: 8D sections, Owner/Due lines, within 3 working days")


# ------------------------------------------------------------------ 9015
@case
def c9015():
    iso = "2026-06-03T15:20:44+08:00"       # Wednesday
    head = ["序号", "工作事项", "责任人", "完成时间", "备注"]
    rows = [
        ["1", "直播样品组增补2名熟练工", "主责：彭建华<br>配合：总经办（行政）", "6月10日前", "从发帘车间调剂"],
        ["2", "漂染线温控仪表校准", "主责：尹主管<br>配合：谢小兰", "本周五", "校准报告存档"],
        ["3", "进口原发到货验收", "主责：蒋经理　配合：品管部", "到货后2个工作日内", "船期未定"],
        ["4", "6月产能排程表", "主责：谢小兰", "明天下班前", ""],
        ["5", "员工高温补贴发放", "主责：贺会计<br>配合：彭建华", "6月15日", "按公司制度标准"],
    ]
    tbl = html_table([head] + rows, style="font-size:13px;font-family:宋体")
    inner = ('<div style="font-family:微软雅黑;font-size:14px"><p>各位：</p><p>今天下午生产协调会纪要如下（表格从会议记录里整理），'
             '请主责人牵头推进，配合部门积极支持。</p><p><b>一、会议决定</b></p><p>1. 6月起漂染线实行两班倒，夜班补贴按原标准执行。</p>'
             '<p>2. 返修品一律回原班组返修，不跨组。</p><p><b>二、工作安排</b></p>%s<p>下次协调会：6月17日（周三）下午2点半，'
             '生产部会议室。</p><p>彭建华<br>生产部</p></div>' % tbl)
    html = html_page(inner)
    body = part(html, "html", "utf-8", "base64")
    to = [P("尹红梅"), P("谢小兰"), P("蒋卫东"), P("贺文静")]
    eml, _ = build("netease", P("彭建华"), to, [P("邓国梁"), bot(QS)], "6月生产协调会纪要", iso, body, QS,
                   cs="utf-8", relay_ip="220.181.97.201", remote_host="qiye163-mx.example.net")
    items = [
        I("彭建华", "直播样品组增补2名熟练工", "md:6-10", "2026-06-10"),
        I("尹红梅", "漂染线温控仪表校准", "this:5", "2026-06-05"),
        I("蒋卫东", "进口原发到货验收", None, None),
        I("谢小兰", "6月产能排程表", "plus:1", "2026-06-04"),
        I("贺文静", "员工高温补贴发放", "md:6-15", "2026-06-15"),
    ]
    return dict(num=9015, slug="netease-html-only-zhuze-peihe-cell", kind="minutes", eml=eml, items=items,
                followup=FU("md:6-17", "2026-06-17", "14:30"),
                notes="NetEase 企业邮 single-part text/html (no plain alternative). 责任人 cells hold '主责：X<br>配合：Y' "
                      "(or on one line with a full-width space): the 主责 person owns the item (尹主管=尹红梅, 蒋经理=蒋卫东, "
                      "贺会计=贺文静); 配合 people/departments are not owners. Sent Wed 2026-06-03. '6月10日前' -> 06-10; "
                      "'本周五' -> 06-05; '到货后2个工作日内' depends on an unknown arrival (船期未定) -> no date, no_due; "
                      "'明天下班前' -> 06-04 (no time); '6月15日' -> 06-15. 会议决定 lines are decisions. 下次协调会 "
                      "6月17日（周三）下午2点半 -> 2026-06-17 14:30.",
                tests="NetEase HTML-only table, 主责/配合 in one cell, conditional '到货后2个工作日内', 下午2点半 follow-up")


# ------------------------------------------------------------------ 9016
@case
def c9016():
    iso = "2026-07-13T10:10:26+08:00"       # Monday
    tasks = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
             ["1", "文旅节开幕式全流程彩排", "产业发展科", "付晓东", "7月16日"],
             ["2", "开幕式当天文化市场秩序保障方案", "文化市场综合执法大队", "白志刚", "7月15日"],
             ["3", "旅游厕所延长开放时间并公示", "公共服务科", "", "7月17日前"],
             ["4", "文旅节期间每日舆情信息报送", "办公室", "冯雪", "节会期间每日"],
             ["5", "申报省级文化和旅游消费示范区材料", "产业发展科", "宋佳怡", "8月底前"]]
    doc = make_docx("双桥区文化广电和旅游局局务会会议纪要", [
        "〔2026〕第14期",
        "7月13日上午，孟庆和副局长主持召开局务会，听取\"山庄消夏\"文化旅游节筹备进展汇报，部署开幕前各项工作。会议议定事项如下：",
        "#一、筹备进展",
        "会议听取了产业发展科、执法大队、公共服务科的汇报。总体方案已经局党组审定，开幕式安全评估报告已于7月10日完成。",
        "#二、任务分解",
        "会议明确以下任务，请各责任单位按时限落实，逾期未完成的在下次局务会上说明原因。",
        "#三、下次会议",
        "下次局务会：7月20日（周一）上午8:30，局三楼会议室。",
        "双桥区文化广电和旅游局办公室　2026年7月13日",
    ], tables=[(5, tasks)], author="冯雪", when=None)
    text = "各位：\n\n附件为7月13日局务会会议纪要（2026年第14期），请查收并按任务分解表落实。\n\n冯雪\n局办公室\n电话：0314-2023516\n"
    html = html_page('<div style="font-size:14px">%s</div>' % text_to_html(text), "GBK")
    inner = alt(text, html, "----=_Part_118320_971644338.1783908626114", "GBK", "base64", "base64")
    att = binary_part(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "局务会会议纪要（2026年第14期）.docx")
    body = multipart("mixed", [inner, att], "----=_Part_118319_1845129934.1783908626114")
    to = [P("付晓东"), P("白志刚"), P("常慧"), P("宋佳怡"), P("齐振宇")]
    eml, _ = build("coremail", P("冯雪"), to, [P("孟庆和"), bot(SQ)], "局务会会议纪要（2026年第14期）", iso, body, SQ,
                   cs="GBK", relay_ip="10.133.8.21", remote_host="webmail.sqwgl.example.gov.cn")
    items = [
        I("付晓东", "文旅节开幕式全流程彩排", "md:7-16", "2026-07-16"),
        I("白志刚", "开幕式当天文化市场秩序保障方案", "md:7-15", "2026-07-15"),
        I(None, "旅游厕所延长开放时间并公示", "md:7-17", "2026-07-17", dept="公共服务科"),
        I("冯雪", "文旅节期间每日舆情信息报送", None, None),
        I("宋佳怡", "申报省级文化和旅游消费示范区材料", "mend:8", "2026-08-31"),
    ]
    return dict(num=9016, slug="coremail-docx-gov-task-table", kind="minutes", eml=eml, items=items,
                followup=FU("md:7-20", "2026-07-20", "08:30"), must=["旅游厕所延长开放时间", "消费示范区"],
                notes="Coremail GBK mail with the 局务会纪要 as a .docx attachment (filename RFC 2047-encoded); the items "
                      "are the 任务分解表 (责任单位/责任人/完成时限). Sent Mon 2026-07-13. Row 1 7月16日, row 2 7月15日, row "
                      "3 has an empty 责任人 -> no_owner with 公共服务科, 7月17日前; row 4 is a daily duty '节会期间每日' "
                      "-> no single deadline, no_due; row 5 '8月底前' -> 08-31. 筹备进展 (安全评估报告已于7月10日完成) "
                      "is a report. 下次局务会 7月20日（周一）上午8:30 -> 2026-07-20 08:30. The phone number in the "
                      "signature is not a date.",
                tests="Coremail + .docx 局务会纪要 with 任务分解表 (empty 责任人 cell, daily duty, 8月底前)")


# ------------------------------------------------------------------ 9017
@case
def c9017():
    iso = "2026-05-13T12:40:02+08:00"       # Wednesday
    text = """几件事中午一起过了下，记一下：

@嘉欣 轻跑3代新配色的效果图发群里，今天下班前
@雨桐 618预售价格表，本周五给我
@阿峰 问下鞋面网布能不能提前到货，ASAP
@秋燕 618投放预算上限核算一下，时间待定，等雅婷那边定完SKU
@JJ 达人合作合同模板给法务审，下周一

另外定了：预售定金统一20元，不搞阶梯。

明辉

发自我的Mac
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join("<div>%s</div>" % (H.escape(l) if l else "<br>") for l in text.split("\n")) + "</body></html>\n")
    body = alt(text, html, "Apple-Mail=_6C1B9E0A-3F42-4D17-9A85-2E70C4B1D3F6", "utf-8", "quoted-printable",
               "quoted-printable")
    to = [P("王嘉欣"), P("陈雨桐"), P("苏晓峰"), P("林秋燕"), P("蔡俊杰")]
    eml, _ = build("apple", P("施明辉"), to, [P("洪雅婷"), bot(TL)], "中午碰的几件事", iso, body, TL, cs="utf-8",
                   relay_ip="117.28.251.73", remote_host="MingdeMacBook-Pro.local")
    items = [
        I("王嘉欣", "轻跑3代新配色的效果图发群里", "today", "2026-05-13"),
        I("陈雨桐", "618预售价格表", "this:5", "2026-05-15"),
        I("苏晓峰", "问下鞋面网布能不能提前到货", None, None, flags=["vague_due"]),
        I("林秋燕", "618投放预算上限核算", None, None, flags=["vague_due"]),
        I("蔡俊杰", "达人合作合同模板给法务审", "next:1", "2026-05-18"),
    ]
    return dict(num=9017, slug="apple-mail-at-names-eod-asap-tbd", kind="minutes", eml=eml, items=items, followup=None,
                notes="Apple Mail (utf-8 QP) short notes from the boss after a lunch meeting, one '@nickname task, "
                      "deadline' per line: 嘉欣=王嘉欣, 雨桐=陈雨桐, 阿峰=苏晓峰, 秋燕=林秋燕, JJ=蔡俊杰 (roster aliases). "
                      "Sent Wed 2026-05-13 12:40. '今天下班前' -> 05-13 (no time); '本周五' -> 05-15; ASAP -> vague_due; "
                      "'时间待定' -> vague_due; '下周一' -> 05-18. '预售定金统一20元' is a decision. No next meeting. "
                      "'发自我的Mac' is a signature.",
                tests="Apple Mail informal minutes: @nickname owners, 今天下班前 / 本周五 / ASAP / 时间待定 / 下周一")


# ------------------------------------------------------------------ 9018
@case
def c9018():
    iso = "2026-05-26T18:05:39+08:00"       # Tuesday
    text = """All,

Notes from today's management meeting.

Done since last time
- Brno lab slot booked for 8-12 June (Helen).
- Second magnet quote received, 6% below current price (Harry).
- Housing casting FAI re-run passed on 22 May (Joe).

Action 1
Owner: Bo Wen
Due: 29 May
Finalise the thermal simulation for the 160 kW variant.

Action 2
Owner: Cindy
Due: 5 June
Prepare the agenda and logistics for the customer FAI visit.

Action 3
Owner: Helen + Joe
Due: before the Dragon Boat holiday
Close the 3 open NCRs from the housing casting.

Action 4
Owner: me
Due: end of June
Agree the 2027 budget envelope with Brno.

Action 5
Owner: HR
Due: -
Summer heat-protection plan for the workshop.

Next meeting: Tue 9 June, 16:00.

Tomas

Tomáš Dvořák
General Manager
Morava Traction Systems (Zhuzhou) Co., Ltd.
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join("<div>%s</div>" % (H.escape(l) if l else "<br>") for l in text.split("\n")) + "</body></html>\n")
    body = alt(text, html, "Apple-Mail=_0F8E2D4A-71B3-4C5E-A9D6-83B1F27C6E10", "utf-8", "quoted-printable",
               "quoted-printable")
    to = [("Bo Wen", email_of("文博")), ("Cindy Yi", email_of("易欣")), ("Helen Tan", email_of("谭慧")),
          ("Joe Ouyang", email_of("欧阳舟")), ("Harry Long", email_of("龙海涛"))]
    eml, _ = build("apple", ("Tomáš Dvořák", email_of("Tomáš Dvořák")), to, [bot(MV)],
                   "Mgmt meeting 26 May - notes", iso, body, MV, cs="utf-8", relay_ip="10.60.1.8",
                   remote_host="Tomass-MacBook-Pro.local")
    items = [
        I("文博", "Finalise the thermal simulation for the 160 kW variant", "md:5-29", "2026-05-29"),
        I("易欣", "Prepare the agenda and logistics for the customer FAI visit", "md:6-5", "2026-06-05"),
        I("谭慧", "Close the 3 open NCRs from the housing casting", "before:Dragon Boat Festival", "2026-06-18"),
        I("Tomáš Dvořák", "Agree the 2027 budget envelope with Brno", "mend:6", "2026-06-30"),
        I(None, "Summer heat-protection plan for the workshop", None, None),
    ]
    return dict(num=9018, slug="apple-mail-en-owner-due-blocks-done-list", kind="minutes", eml=eml, items=items,
                followup=FU("md:6-9", "2026-06-09", "16:00"),
                notes="Apple Mail English from the Czech GM, items as 'Action N / Owner: / Due: / task' blocks; the 'Done "
                      "since last time' list is a report (dates 8-12 June, 22 May are not deadlines). Sent Tue "
                      "2026-05-26. Bo Wen = 文博 (given-name-last alias); 29 May -> 05-29; Cindy = 易欣, 5 June -> 06-05; "
                      "'Helen + Joe' -> AMBIGUOUS, two owners: recorded as the first named, Helen = 谭慧; 'before the "
                      "Dragon Boat holiday' -> last working day before 06-19 = 06-18; 'me' = the sender Tomáš Dvořák, "
                      "'end of June' -> 06-30; 'HR' is a function not in the roster -> no_owner, department null, 'Due: "
                      "-' -> no_due. Next meeting Tue 9 June 16:00 -> 2026-06-09 16:00.",
                tests="Apple Mail English Owner/Due blocks, done-list report, two owners, 'me', before the Dragon Boat "
                      "holiday, HR owner")
