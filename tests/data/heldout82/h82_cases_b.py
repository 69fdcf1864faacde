"""heldout82 cases 11009-11016."""
import datetime as dt

from h82_lib import (BOTS, Case, Item, P, bin_part, div_lines, docx_bytes, dstr, esc, html_doc, html_table, inbound,
                     message, mso_paras, multipart, std, text_part, text_part_q)

RF_MX = "mail.runfan-yacht.example.cn"
SP_MX = "mx.sialkot-wh.example.cn"
DQ_MX = "mail.dqgjj.example.gov.cn"
XL_MX = "mx.xueling-hotel.example.cn"
PONTICA = {"andrei": ("Andrei Popescu", "andrei.popescu@ponticayachting.example.ro"),
           "ioana": ("Ioana Dumitrescu", "ioana.dumitrescu@ponticayachting.example.ro")}


def c11009():
    d = dstr(2026, 6, 15, 9, 20, 41)
    frm = P("邵振宇")
    to = [P("管春雷"), P("韦国栋"), P("戴立群")]
    cc = [BOTS["rf"]]
    text = """管工这份纪要上周五发的时候漏抄了纪要助手，我转一下，请大家按节点办。

邵振宇

________________________________
发件人: 管春雷 <guanchunlei@runfan-yacht.example.cn>
发送时间: 2026年6月12日 17:05
收件人: 邵振宇 <shaozhenyu@runfan-yacht.example.cn>; 韦国栋 <weiguodong@runfan-yacht.example.cn>; 戴立群 <dailiqun@runfan-yacht.example.cn>
主题: 售后问题协调会纪要（RF-38）

各位领导：

今天RF-38售后问题协调会纪要如下：

一、问题回顾
RF-38（宁波船东）交付后发电机两次报警停机，已更换新机；主舱空调外机噪音超标，船东投诉。

二、待办事项
1. 回访船东，了解发电机更换后的使用情况——管春雷，6月16日前
2. 安排RF-38空调外机更换——韦国栋，端午节前完成
3. 就发电机质量问题向供应商提出索赔——戴立群，节后第一个工作日提交索赔函
4. 更新售后保修台账——售后服务部，6月30日前

三、其他
船东提出的延保要求，报邵总决定。

管春雷
售后服务部"""
    html = html_doc(mso_paras(text), "utf-8", "outlook")
    body = multipart("alternative", [text_part_q("plain", text, "utf-8", "base64"),
                                     text_part_q("html", html, "utf-8", "quoted-printable")],
                     "----=_NextPart_000_0044_01DCFC83.1E0F5A20", preamble="This is a multipart message in MIME format.")
    hs = std(frm, to, cc, "转发: 售后问题协调会纪要（RF-38）", d, "<004401dcfc83$1e0f5a20$5a2e0e60$@runfan-yacht.example.cn>",
             pre=inbound(BOTS["rf"][1], RF_MX, "SHAOZY-PC (unknown [192.168.10.12])", "4G9m2P1vDfz9vX", d, frm[1]),
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzZFQ8kWl3m6nB0R4m0dD0f3X1c9AB2cE7Q"),
                   ("Content-Language", "zh-cn")])
    items = [
        Item("管春雷", "回访船东，了解发电机更换后的使用情况", ("2026-06-16", "abs")),
        Item("韦国栋", "安排RF-38空调外机更换", ("2026-06-18", "pre:2026-06-19")),
        Item("戴立群", "就发电机质量问题向供应商提出索赔，提交索赔函", ("2026-06-22", "post:2026-06-19")),
        Item(None, "更新售后保修台账", ("2026-06-30", "abs"), dept="售后服务部"),
    ]
    notes = ("Outlook '转发:' with a one-line preface from the GM; the minutes sit below the 发件人/发送时间 block and must not "
             "be dropped as a quote. Forward sent Mon 2026-06-15, original Fri 06-12: every due phrase gives the same date "
             "from either day. '6月16日前' -> 06-16; '端午节前' -> 06-18 (holiday Fri 06-19..Sun 06-21); '节后第一个工作日' -> "
             "Mon 06-22; '售后服务部，6月30日前' -> department only (no_owner), 06-30. The preface '请大家按节点办' is no item; "
             "'延保要求，报邵总决定' is a pending decision, not a task. No next meeting.")
    return Case(11009, "outlook-forward-with-preface-dragon-boat", "minutes", message(hs, body), items, None, notes,
                "Outlook 转发 with preface; 端午节前 / 节后第一个工作日 (same answer from forward or original date); dept owner")


def c11010():
    d = dstr(2026, 6, 17, 15, 10, 26)
    frm = P("那春艳")
    to = [P("鞠红梅"), P("初永辉"), P("富德明"), P("关英杰"), P("臧丽娟")]
    cc = [P("常玉梅"), BOTS["dq"]]
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况（进行中/已完成/延期）", "风险点及应对措施"]
    rows = [head,
            ["1", "个贷审批流程压缩", "贷款管理科", "信息科", "鞠红梅", "初永辉", "2026-05-07", "2026-06-30", "-",
             "进行中（已完成70%）", "系统改造排期紧，已申请加派外包人员"],
            ["2", "灵活就业人员缴存试点方案", "归集管理科", "让胡路管理部", "富德明", "么晓丹", "2026-05-11", "2026-06-12",
             "2026-06-12", "已完成", "-"],
            ["3", "一季度资金安全专项稽核", "稽核审计科", "财务核算科", "关英杰", "臧丽娟", "2026-05-07", "2026-05-29",
             "2026-06-03", "已完成（延期5天，因银行对账单迟到）", "下次提前向银行调取对账单"],
            ["4", "端午节前缴存单位政策宣传", "办公室", "归集管理科", "那春艳", "富德明", "2026-06-10", "2026-06-18", "-",
             "进行中", "宣传册印刷厂排期紧"],
            ["5", "公积金APP提取功能上线", "信息科", "贷款管理科", "初永辉", "佟博", "2026-06-01", "待定", "-",
             "延期（等待省级平台接口）", "每周与省中心对接一次"],
            ["6", "6月归集资金对账", "财务核算科", "归集管理科", "臧丽娟", "-", "2026-07-01", "2026-07-10", "-", "未开始", "-"]]
    intro = "各位：\n\n本周跨部门协作事项跟踪表更新如下，请各责任人核对进展，有变化请直接回复。\n"
    outro = "\n已完成事项下周起不再列入。\n\n那春艳\n中心办公室\n0459-6123 4578"
    text = intro + "\n跨部门协作事项跟踪表（截至6月17日）\n" + "\n".join(" | ".join(r) for r in rows) + "\n" + outro
    html = html_doc(div_lines(intro) + "<div><b>跨部门协作事项跟踪表（截至6月17日）</b></div>\n" +
                    html_table(rows, style="border-collapse:collapse;font-size:12px", cell_style="border:1px solid #999;padding:3px") +
                    div_lines(outro), "utf-8", font="宋体")
    body = multipart("alternative", [text_part("plain", text, "UTF-8", "quoted-printable"),
                                     text_part("html", html, "UTF-8", "quoted-printable")],
                     "----=_Part_519077_1340216628.1781680226114")
    hs = std(frm, to, cc, "跨部门协作事项跟踪表（6月17日更新）", d,
             "<7a1e4f02.61c3.19f7c2a0d5e.Coremail.nachunyan@dqgjj.example.gov.cn>",
             pre=inbound(BOTS["dq"][1], DQ_MX, "nachunyan$dqgjj.example.gov.cn ( [10.12.4.31] )", "4GBQ0y3JmXz5sW", d, frm[1]),
             post=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230606(3ad3b7e6)"
                                           " Copyright (c) 2002-2026 www.mailtech.cn gov"),
                   ("X-Originating-IP", "[10.12.4.31]"), ("X-Coremail-Locale", "zh_CN"),
                   ("X-CM-TRANSID", "AQAAfwCnOi2iSDpqWcYBAA--.8812W")])
    items = [
        Item("鞠红梅", "个贷审批流程压缩", ("2026-06-30", "abs")),
        Item("那春艳", "端午节前缴存单位政策宣传", ("2026-06-18", "abs")),
        Item("初永辉", "公积金APP提取功能上线", vague=True),
        Item("臧丽娟", "6月归集资金对账", ("2026-07-10", "abs")),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 (11 columns) in Coremail UTF-8 QP, text with ' | ' separators plus HTML table. The "
             "responsible person is 责任人（发起方）; the 协作方 column names helpers. Rows 2 and 3 are 已完成 (one late) -> status, "
             "not items. Row 1 '进行中（已完成70%）' is progress of an open item (due 2026-06-30). Row 4 due 2026-06-18; row 5 "
             "计划完成时间 '待定' -> vague_due; row 6 '未开始' is open, due 2026-07-10. Sent Wed 2026-06-17. No next meeting.")
    return Case(11010, "coremail-seed-collab-tracking-table", "minutes", message(hs, body), items, None, notes,
                "Coremail seed 跨部门协作事项跟踪表: 发起方 owner, 已完成 rows skipped, 待定 -> vague, 进行中(70%) stays an item")


def c11011():
    d = dstr(2026, 6, 18, 11, 30, 5)
    frm = P("木丽娟")
    to = [P("段春燕"), P("余小川"), P("习文涛")]
    cc = [P("和志华"), BOTS["xl"]]
    rows = [["序号", "事项", "责任人", "完成时间"],
            ["1", "端午假期团队入住分流方案", "主责：木丽娟；配合：段春燕、余小川", "今天下班前"],
            ["2", "客房预留与超售预案", "主责：段春燕/配合：木丽娟", "6月19日（端午）早上8:00前"],
            ["3", "前台PMS系统升级测试", "主责：习工　配合：小余", "节后3个工作日内"],
            ["4", "夜审交接表格修订", "主责：余小川", "节后第一个工作日"],
            ["5", "大堂端午布置撤场", "主责：工程部；配合：前厅部", "6月22日"]]
    intro = "各位：\n上午前厅、客房协调会的事项如下，明天起端午三天客满，请大家务必按时完成。\n"
    outro = "\n节后第一次协调会：6月23日（周二）上午10点，前厅办公室。\n\n木丽娟\n前厅部经理\n丽江雪岭酒店"
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    html = html_doc(div_lines(intro) + html_table(rows, cell_style="border:1px solid #c0c0c0;padding:4px 8px") +
                    div_lines(outro), "utf-8", font="微软雅黑")
    body = multipart("alternative", [text_part("plain", text, "utf-8", "base64"),
                                     text_part("html", html, "utf-8", "base64")],
                     "----=_NextPart_6853E4F5_0A1B7C28_2D9E6F13")
    hs = std(frm, to, cc, "前厅客房协调会纪要（6月18日）", d, "<tencent_0F3B8A2C61E94D7A5B2E1C07@xueling-hotel.example.cn>",
             pre=inbound(BOTS["xl"][1], XL_MX, "smtpbgsg2.exmail.example.net (smtpbgsg2.exmail.example.net [54.254.200.128])",
                         "4GBx9w0WqSz6tK", d, frm[1]),
             post=[("X-QQ-mid", "bizesmtpsz5t1781753405t7k2r0a"), ("X-QQ-Originating-IP", "8uWZ0q1f3qKjV4yXb0fQ=="),
                   ("X-Mailer", "WeCom Mail 4.1.33"), ("X-QQ-SENDSIZE", "520")])
    items = [
        Item("木丽娟", "端午假期团队入住分流方案", ("2026-06-18", "today")),
        Item("段春燕", "客房预留与超售预案", ("2026-06-19", "abs"), time="08:00"),
        Item("习文涛", "前台PMS系统升级测试", ("2026-06-24", "wk:3")),
        Item("余小川", "夜审交接表格修订", ("2026-06-22", "post:2026-06-19")),
        Item(None, "大堂端午布置撤场", ("2026-06-22", "abs"), dept="工程部"),
    ]
    notes = ("WeCom (企业微信邮箱) table whose 责任人 cell holds '主责：X；配合：Y' -> the 主责 person owns the item, 配合 people "
             "are helpers. Titles/nicknames: 习工 = 习文涛, 小余 = 余小川. Sent Thu 2026-06-18, the day before the Dragon Boat "
             "holiday (06-19..06-21). '今天下班前' -> 06-18; '6月19日（端午）早上8:00前' -> 06-19 08:00 (a deadline on a holiday "
             "is kept as written); '节后3个工作日内' -> 06-22, 06-23, 06-24 -> 06-24 (counting from the day after sending gives "
             "the same day); '节后第一个工作日' -> 06-22; row 5 主责 is a department -> no_owner, department 工程部, 06-22. "
             "Follow-up '6月23日（周二）上午10点' -> 2026-06-23 10:00.")
    return Case(11011, "wecom-zhuze-peihe-before-dragon-boat", "minutes", message(hs, body), items,
                ("2026-06-23", "abs", "10:00"), notes,
                "WeCom table with '主责：X；配合：Y' cells; deadlines around 端午 (节后3个工作日内, 节后第一个工作日, on-holiday 8:00)")


def c11012():
    d = dstr(2026, 6, 24, 14, 40, 3)
    frm = P("冷佳慧")
    to_en = [("Peter Yu", P("于海鹏")[1]), ("Sui Lixin", P("隋立新")[1]), ("Nina Gong", P("宫晓宁")[1])]
    cc = [("Usman Tariq", P("Usman Tariq")[1]), ("Yvonne Luan", P("栾月")[1]), BOTS["sp"]]
    text = """Hi team,

Notes from this morning's regulatory sync.

Present: Grace, Peter, Lixin, Nina; Usman (Sialkot) dialled in

Notes
- FDA asked for additional biocompatibility data on the 14 cm needle holder (cytotoxicity retest).
- EU MDR: notified body audit window confirmed for the week of 14 Sep.
- 420J2 supplier certificate received, filed under /QA/Suppliers.

To-do
[ ] @Lixin pull the passivation records for lots 2605-031..2605-040 - by Fri 26 Jun
[ ] @Peter confirm whether line 3 can run a validation batch in July (before 3 Jul)
[ ] @Usman send the updated EU distributor list for the registration - by next Wed
[x] @Nina supplier cert for 420J2 bar - done Monday
[ ] @Grace compile the FDA response package - target 10 Jul
[ ] someone from Finance to check the FDA user fee invoice - no date yet

Thanks,
Grace

--
Grace Leng | Regulatory Affairs
Sialkot Precision Instruments (Weihai) Co., Ltd.
"""
    html_rows = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n"))
    html = f'<div dir="ltr">{html_rows}</div>\n'
    body = multipart("alternative", [text_part_q("plain", text, "UTF-8", "quoted-printable"),
                                     text_part_q("html", html, "UTF-8", "quoted-printable")],
                     "000000000000c4d21f0634a1b7e2")
    hs = std(frm, to_en, cc, "Regulatory sync 24 Jun - notes & to-dos", d,
             "<CAK7fQm2v0pXr9Yq3bD1sW4nE8tH6uJ5cL2aF0gZxV1yR7oT3kA@mail.gmail.com>",
             pre=inbound(BOTS["sp"][1], SP_MX, "mail-ed1-f47.google.example.com (mail-ed1-f47.google.example.com "
                         "[209.85.208.47])", "4GDk7r5VcRz3mY", d, frm[1]),
             post=[("X-Google-Smtp-Source", "AGHT+IFq3h2b1x0kZr7Y6s8p5mW4nV3cT2bR1aQ0zL9xK8jH7gF6dE5cB4aZ3yX2wV1u")])
    items = [
        Item("隋立新", "pull the passivation records for lots 2605-031..2605-040", ("2026-06-26", "abs")),
        Item("于海鹏", "confirm whether line 3 can run a validation batch in July", ("2026-07-03", "abs")),
        Item("Usman Tariq", "send the updated EU distributor list for the registration", ("2026-07-01", "next:2")),
        Item("冷佳慧", "compile the FDA response package", ("2026-07-10", "abs")),
        Item(None, "check the FDA user fee invoice", vague=True),
    ]
    notes = ("Google Workspace (Gmail) English notes with a checkbox to-do list: '[ ]' lines are open items, '[x]' is done "
             "(status, not an item). Owners are @first names via roster aliases (Lixin, Peter, Usman, Grace). Sent Wed "
             "2026-06-24. 'by Fri 26 Jun' -> 06-26; '(before 3 Jul)' -> 07-03; 'by next Wed' -> Wednesday of next week "
             "07-01; 'target 10 Jul' -> 07-10; 'someone from Finance … no date yet' -> no_owner (a team, department null as "
             "written in English) + vague_due. 'week of 14 Sep' is an audit window, not a deadline. No next meeting.")
    return Case(11012, "gmail-english-checkbox-at-mentions", "minutes", message(hs, body), items, None, notes,
                "Gmail English '[ ] @name' checklist; [x] done line skipped; 'someone from Finance … no date yet'")


def c11013():
    d = dstr(2026, 7, 2, 22, 10, 37, tz=5)
    frm = P("Ayesha Malik")
    to = [("Sui Lixin", P("隋立新")[1]), ("Peter Yu", P("于海鹏")[1]), ("Qu Zhigang", P("曲志刚")[1])]
    cc = [("Faisal Qureshi", P("Faisal Qureshi")[1]), ("Usman Tariq", P("Usman Tariq")[1]), BOTS["sp"]]
    text = """Dear all,

Minutes of this afternoon's complaint review (Hartwell Surgical, Metzenbaum scissors batch 2603-117, 8D steps D4-D5).

Participants: Ayesha Malik, Usman Tariq (Sialkot); Faisal Qureshi, Sui Lixin, Peter Yu, Qu Zhigang (Weihai)

Findings
- Loose joints traced to screw torque below spec on 2 of 6 assembly benches.
- Hardness of the retained samples looks normal, but only 8 pieces were tested.

Actions
1. Lixin to submit the D4 root-cause analysis with the fishbone, by Friday.
2. I will inform Hartwell of the containment status by next Tuesday.
3. ZG to run the hardness re-test on 30 retained samples by 10 July.
4. Usman to negotiate the credit note with Hartwell - ASAP please, they are chasing.
5. Product owner for the D5 corrective action plan: Peter Yu. Plan due 14 July.

Next review: Wednesday 8 July, 3:00 pm PKT (6:00 pm Weihai).

Best regards,
Ayesha

Ayesha Malik
Head of Group Quality
Sialkot Precision Instruments (Pvt.) Ltd., Sialkot, Pakistan
"""
    body = text_part("plain", text, "utf-8", "quoted-printable")
    hs = std(frm, to, cc, "Minutes: Hartwell complaint review (D4-D5)", d,
             "<9C4E2B71-3A5D-4F08-B6E1-2D7C90A4F815@sialkot-precision.example.com.pk>",
             pre=inbound(BOTS["sp"][1], SP_MX, "mail.sialkot-precision.example.com.pk (mail.sialkot-precision.example.com.pk "
                         "[203.99.48.17])", "4GGq3s0TnLz3mR", d, frm[1]),
             mime=False,
             post=[("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
                   ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")])
    items = [
        Item("隋立新", "submit the D4 root-cause analysis with the fishbone", ("2026-07-03", "this:4")),
        Item("Ayesha Malik", "inform Hartwell of the containment status", ("2026-07-07", "next:1")),
        Item("曲志刚", "run the hardness re-test on 30 retained samples", ("2026-07-10", "abs")),
        Item("Usman Tariq", "negotiate the credit note with Hartwell", vague=True),
        Item("于海鹏", "D5 corrective action plan", ("2026-07-14", "abs")),
    ]
    notes = ("Apple Mail plain text (UTF-8 QP) from the Pakistani head office. Date Thu 2026-07-02 22:10 +0500 = Fri 07-03 "
             "01:10 in Shanghai. 'by Friday' -> 07-03 either way (Thursday evening in Sialkot, Friday in Shanghai); 'by next "
             "Tuesday' -> 07-07 either way; 'by 10 July' -> 07-10; 'ASAP' -> vague_due; 'Product owner for … : Peter Yu. Plan "
             "due 14 July' -> 于海鹏 07-14. 'I will inform…' is owned by the sender Ayesha Malik. Findings are facts. Next "
             "review 'Wednesday 8 July, 3:00 pm PKT (6:00 pm Weihai)' -> 2026-07-08 18:00 Shanghai time.")
    return Case(11013, "apple-mail-hq-pkt-date-product-owner", "minutes", message(hs, body), items,
                ("2026-07-08", "abs", "18:00"), notes,
                "Apple Mail text from HQ (+0500 late evening = next day in Shanghai); 'I will…', 'Product owner … Peter Yu'; PKT/Weihai times")


def c11014():
    d = dstr(2026, 7, 7, 19, 5, 48)
    frm = ("Cindy Bai", P("柏欣然")[1])
    to = [PONTICA["andrei"], PONTICA["ioana"]]
    cc = [("Bob Qian", P("钱文博")[1]), ("Helen Bian", P("卞海燕")[1]), BOTS["rf"]]
    text = ("Hi Andrei, Ioana,\n\n"
            "Thanks for the call today. Minutes below - please correct me if I got \n"
            "anything wrong.\n\n"
            "Attendees: Andrei Popescu, Ioana Dumitrescu (Pontica Yachting); Bob \n"
            "Qian, Helen Bian, Cindy Bai (Runfan)\n\n"
            "1. RF-45 hull #2\n"
            "- Hull #2 passed the watertight test on 3 July.\n"
            "Action: Bob to send the final general arrangement drawing rev. C and \n"
            "the electrical single-line diagram by Friday 10 July.\n"
            "Action: Ioana to confirm the Romanian registry requirements for the \n"
            "navigation lights - by 14 July.\n\n"
            "2. Sea trial\n"
            "- Planned for early August on the Yangtze near Yangzhou.\n"
            "Action: Helen to prepare the sea-trial checklist and share it one week \n"
            "before the trial (trial date TBD).\n"
            "Action: Cindy to book the class surveyor for the sea trial by end of \n"
            "July.\n\n"
            "3. Payment\n"
            "- 2nd instalment (30%) is due on hull #2 acceptance.\n"
            "Action: Andrei to check with the bank why the SWIFT transfer of 29 June \n"
            "has not arrived, by tomorrow.\n\n"
            "Next call: Tuesday 14 July, 15:00 Yangzhou / 10:00 Constanta.\n\n"
            "Best regards,\n"
            "Cindy\n\n"
            "-- \n"
            "Cindy Bai (柏欣然)\n"
            "Export Sales Manager, Yangzhou Runfan Yacht Manufacturing Co., Ltd.\n"
            "Tel +86 514 8765 2260\n")
    body = text_part("plain", text, "UTF-8", "8bit", params="format=flowed")
    hs = std(frm, to, cc, "Minutes: RF-45 weekly call with Pontica (7 Jul)", d,
             "<5f0c2a9e-7b13-4d8a-a6c1-3e92d04b7f18@runfan-yacht.example.cn>",
             pre=inbound(BOTS["rf"][1], RF_MX, "[192.168.10.66] (unknown [192.168.10.66])", "4GJ1m80QbTz9vV", d, frm[1]),
             post=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")])
    items = [
        Item("钱文博", "send the final general arrangement drawing rev. C and the electrical single-line diagram",
             ("2026-07-10", "abs")),
        Item(PONTICA["ioana"], "confirm the Romanian registry requirements for the navigation lights", ("2026-07-14", "abs")),
        Item("卞海燕", "prepare the sea-trial checklist and share it one week before the trial", vague=True),
        Item("柏欣然", "book the class surveyor for the sea trial", ("2026-07-31", "me")),
        Item(PONTICA["andrei"], "check with the bank why the SWIFT transfer of 29 June has not arrived", ("2026-07-08", "d:1")),
    ]
    notes = ("Thunderbird plain text, format=flowed, 8bit UTF-8: 'Action:' lines wrap with soft line breaks (trailing "
             "space) and must be joined. English minutes to the Romanian partner. Bob = 钱文博, Helen = 卞海燕, Cindy = "
             "柏欣然 (roster aliases); Andrei/Ioana are resolved through the To display names (external, department null). "
             "Sent Tue 2026-07-07. 'by Friday 10 July' -> 07-10; 'by 14 July' -> 07-14; 'one week before the trial (trial "
             "date TBD)' -> vague_due; 'by end of July' -> 07-31; 'by tomorrow' -> 07-08. 'due on hull #2 acceptance' is a "
             "payment term, not an item. 'Next call: Tuesday 14 July, 15:00 Yangzhou / 10:00 Constanta' (EEST = UTC+3) -> "
             "2026-07-14 15:00.")
    return Case(11014, "thunderbird-flowed-english-romanian-partner", "minutes", message(hs, body), items,
                ("2026-07-14", "abs", "15:00"), notes,
                "Thunderbird format=flowed English 'Action:' lines wrapped over soft breaks; external owners via To; two time zones")


def c11015():
    d = dstr(2026, 7, 8, 17, 50, 14)
    frm = P("佟博")
    to = [P("鞠红梅"), P("么晓丹")]
    cc = [P("常玉梅"), P("那春艳"), BOTS["dq"]]
    text = """鞠科长、么主任：

今天下午与合作银行、开发商的沟通情况整理成外部沟通跟进表，请审阅。

外部沟通跟进表

沟通编号：EC2026-07-08-01
沟通日期：2026-07-08
对方单位/联系人：庆北农村商业银行个贷部/迟东经理
我方对接人：贷款管理科/佟博
沟通类型：合作方
核心需求/反馈：银行反映部分组合贷款放款周期超过20个工作日，希望中心压缩审批环节
解决方案/进展：①贷款管理科梳理组合贷审批环节，提出压缩方案（7月15日前，鞠科长）②7月17日反馈银行评估结果
下次沟通时间：2026-07-17
负责人：佟博

沟通编号：EC2026-07-08-02
沟通日期：2026-07-08
对方单位/联系人：庆恒房地产开发有限公司/郝经理
我方对接人：让胡路管理部/么主任
沟通类型：合作方
核心需求/反馈：开发商希望在售楼处设立公积金贷款咨询点
解决方案/进展：①么主任本周五前答复是否同意设点②如同意，由办公室统一制作宣传展板（时间另定）
下次沟通时间：待定
负责人：么晓丹

佟博
贷款管理科

发自网易邮箱大师"""
    body = text_part("plain", text, "utf-8", "base64")
    hs = std(frm, to, cc, "外部沟通跟进表（7月8日 银行、开发商）", d, "<2b7d61f0.3c8e.19f3a5b7d20.tongbo@dqgjj.example.gov.cn>",
             pre=inbound(BOTS["dq"][1], DQ_MX, "m15-112.mail.netease.example.com (m15-112.mail.netease.example.com "
                         "[220.181.15.112])", "4GJYv20KpMz5sT", d, frm[1]),
             post=[("X-Mailer", "NetEase Mail Master iOS 7.19.6"), ("X-Priority", "3"),
                   ("X-NetEase-Flag", "1"), ("X-CM-TRANSID", "D8CowAD3rNn5L4lpQ0Z0Aw--.1842S2")])
    items = [
        Item("鞠红梅", "梳理组合贷审批环节，提出压缩方案", ("2026-07-15", "abs")),
        Item("佟博", "反馈银行评估结果", ("2026-07-17", "abs")),
        Item("么晓丹", "答复是否同意设点", ("2026-07-10", "this:4")),
        Item(None, "统一制作宣传展板", vague=True, dept="办公室"),
    ]
    notes = ("Seed 外部沟通跟进表 written as 'key：value' lines (two partner rows), NetEase Mail Master, UTF-8 base64 text "
             "only. Sent Wed 2026-07-08. Row 1: ① names 鞠科长 (= 鞠红梅) and '7月15日前' -> 07-15; ② names nobody, so the "
             "row's 负责人 佟博 owns it, '7月17日' -> 07-17. Row 2: ① 么主任 (= 么晓丹) '本周五前' -> 07-10; ② is conditional "
             "('如同意') and given to 办公室 with '时间另定' -> no_owner, department 办公室, vague_due. Follow-up: row 1 "
             "下次沟通时间 2026-07-17 (no time); row 2 says 待定. '超过20个工作日' is a complaint, not a deadline.")
    return Case(11015, "mailmaster-external-followup-key-value", "minutes", message(hs, body), items,
                ("2026-07-17", "abs", None), notes,
                "NetEase Mail Master seed 外部沟通跟进表 as key：value lines; row 负责人 owns unnamed ②; 时间另定 dept item")


def _docx_11016(doc):
    doc.add_heading("丽江雪岭酒店 人力资源协调会会议纪要", level=1)
    doc.add_paragraph("会议时间：2026年7月10日（周五）15:00-16:30")
    doc.add_paragraph("会议地点：行政楼二楼会议室")
    doc.add_paragraph("参会人员：和志华、彭晓雯、段春燕、普建国、施玉兰、习文涛")
    doc.add_paragraph("记录人：彭晓雯")
    doc.add_heading("一、上月事项完成情况", level=2)
    doc.add_paragraph("1. 6月新员工入职培训已于6月26日完成，共培训23人。")
    doc.add_paragraph("2. 员工餐厅菜单调整已完成，满意度调查结果见附表。")
    doc.add_heading("二、本次会议决定事项", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "工作事项", "责任部门", "责任人", "完成时限"]):
        c.text = h
    for r in [["1", "完成暑期旺季临时工岗前培训", "人力资源部", "彭晓雯", "7月17日前"],
              ["2", "编排客房部7-8月员工排班表", "客房部", "段春燕", "7月15日"],
              ["3", "提交后厨人员健康证复审名单", "餐饮部", "普建国", "3个工作日内"],
              ["4", "核算6月加班费", "财务部", "施玉兰", "本月20日前"],
              ["5", "员工宿舍热水器维修", "工程部", "习文涛", "尽快"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_heading("三、其他", level=2)
    doc.add_paragraph("旺季期间员工调休原则上安排在周二至周四，由各部门自行平衡。")


def c11016():
    d = dstr(2026, 7, 13, 10, 15, 22)
    frm = P("彭晓雯")
    to = [P("段春燕"), P("普建国"), P("施玉兰"), P("习文涛")]
    cc = [P("和志华"), BOTS["xl"]]
    text = """各位好：

上周五人力资源协调会的会议纪要见附件，请查收。如有异议请于今日内回复，谢谢！

彭晓雯
人力资源部 | 丽江雪岭酒店管理有限公司
"""
    html = html_doc(mso_paras(text), "utf-8", "outlook")
    alt = multipart("alternative", [text_part_q("plain", text, "utf-8", "base64"),
                                    text_part_q("html", html, "utf-8", "quoted-printable")],
                    "----=_NextPart_001_0062_01DD128A.5E1B7C40")
    when = dt.datetime(2026, 7, 13, 9, 58, 0)
    doc = docx_bytes(_docx_11016, "人力资源协调会会议纪要", "彭晓雯", when)
    att = bin_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                   "人力资源协调会纪要0710.docx")
    body = multipart("mixed", [alt, att], "----=_NextPart_000_0061_01DD128A.5E1B7C40",
                     preamble="This is a multipart message in MIME format.")
    hs = std(frm, to, cc, "人力资源协调会会议纪要（7月10日）", d, "<006101dd128a$5e1b7c40$1a527480$@xueling-hotel.example.cn>",
             pre=inbound(BOTS["xl"][1], XL_MX, "PENGXW-PC (unknown [172.16.8.23])", "4GL0t61Hc8z6tB", d, frm[1]),
             post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzSil4XzP6b1Y0fRGGkM0G7a8xQ2w=="),
                   ("Content-Language", "zh-cn")])
    items = [
        Item("彭晓雯", "完成暑期旺季临时工岗前培训", ("2026-07-17", "abs")),
        Item("段春燕", "编排客房部7-8月员工排班表", ("2026-07-15", "abs")),
        Item("普建国", "提交后厨人员健康证复审名单", ("2026-07-16", "wk:3")),
        Item("施玉兰", "核算6月加班费", ("2026-07-20", "abs")),
        Item("习文涛", "员工宿舍热水器维修", vague=True),
    ]
    notes = ("The minutes are only in the .docx attachment (python-docx table 序号/工作事项/责任部门/责任人/完成时限); the body "
             "just points to it and carries the objection sentence. Outlook UTF-8, multipart/mixed. Mail sent Mon 2026-07-13 "
             "(meeting Fri 07-10): dates resolve from the Date header. '7月17日前' -> 07-17; '7月15日' -> 07-15; '3个工作日内' -> "
             "07-14, 07-15, 07-16 -> 07-16; '本月20日前' -> 07-20; '尽快' -> vague_due. '上月事项完成情况' lists done work; "
             "the 调休 rule under 其他 is policy. No next meeting.")
    return Case(11016, "outlook-docx-attachment-minutes", "minutes", message(hs, body), items, None, notes,
                "Outlook mail whose minutes are only in a .docx table; 3个工作日内 from the Date header; 上月完成情况 skipped")


def cases():
    return [c11009(), c11010(), c11011(), c11012(), c11013(), c11014(), c11015(), c11016()]
