"""heldout57 cases 8522-8527."""
from h57_lib import I, FU, C, T, at, make_docx
from h57_clients import build
from h57_people import P, EN, bot


def c8522():
    t = at(2026, 6, 17, 11, 30, 27)
    text = """各位：

端午前最后一次运营会，纪要如下。

1. 和丽：端午前把古城、双廊、喜洲三家店的布草和洗漱备品补齐。
2. 李绍明：端午假期后第一天检查古城店消防喷淋，结果报我。
3. 赵茜：端午三天的入住汇总，6月22日上午10点前发群里。
4. 尹红梅：明天下班前完成6月上半月各店营收对账。
5. 和景区接驳车公司续签合同，我来跟，节后尽快。

端午期间值班：段志华（19日）、和丽（20日）、施宇航（21日）。
节后第一次周会照常周一下午4点。

段志华
运营中心
"""
    raw = build("feishu", 8522, P("duanzh"), [P("hel"), P("lism"), P("zhaoq"), P("yinhm")], [P("yangcy"), bot("D")],
                "端午前运营会纪要", t, bot("D")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("hel", "把古城、双廊、喜洲三家店的布草和洗漱备品补齐", "2026-06-18", rule=("bh", "Dragon Boat Festival")),
        I("lism", "检查古城店消防喷淋", "2026-06-22", rule=("ah", "Dragon Boat Festival")),
        I("zhaoq", "端午三天的入住汇总发群里", "2026-06-22", "10:00", rule=("md", 6, 22, "10:00")),
        I("yinhm", "完成6月上半月各店营收对账", "2026-06-18", rule=("days", 1)),
        I("duanzh", "和景区接驳车公司续签合同", None, flags=["vague_due"]),
    ]
    notes = ("Feishu mail UTF-8. Sent Wed 2026-06-17, Dragon Boat holiday Fri 06-19..Sun 06-21. 端午前 -> last working day Thu 2026-06-18; "
             "端午假期后第一天 -> Mon 2026-06-22; 6月22日上午10点前 -> 10:00; 明天下班前 -> 2026-06-18 without time; #5 '我来跟' = sender "
             "段志华, 节后尽快 -> vague_due. The 值班 roster lines are a schedule, not items. '节后第一次周会照常周一下午4点' -> "
             "Mon 2026-06-22 16:00.")
    return C(8522, "feishu-dragon-boat-before-after", "minutes", raw, items,
             FU("2026-06-22", "16:00", ("ah", "Dragon Boat Festival", "16:00")), notes,
             "Feishu: 端午前 / 端午假期后第一天 / 明天下班前 / '我来跟' self-owner; duty roster not items; 节后周一下午4点", "D")


def c8523():
    t = at(2026, 8, 3, 10, 15, 2, 1)
    doc = [
        ("h", "8D Review Minutes - Complaint CC-2026-0412"),
        "Complaint: torn lens edge, Toric 2.0, customer OptiVue Benelux (3 reports, lot 2606-044)",
        "Date: 3 Aug 2026, 09:00 IST / 16:00 CST (Teams)",
        "Attendees: Niamh O'Connell (chair), Ciar\u00e1n Byrne, Aoife Walsh, Cindy Lin, Tony Tang, Sunny Cao, Jessica Shen",
        "D3 Containment: complete. All stock at the Rotterdam DC sorted on 29 July, 312 lenses quarantined.",
        "D4 Root cause (preliminary): edge-finishing pressure drifted after the June tool change; to be confirmed by DOE.",
        ("table", [
            ["#", "Action", "Owner", "Target date", "Status"],
            ["1", "Sort all stock at Rotterdam DC", "Jessica Shen", "29-Jul-2026", "Closed"],
            ["2", "Verify root cause with DOE on edge-finishing pressure", "Tony Tang", "07-Aug-2026", "Open"],
            ["3", "Update PFMEA and control plan for edge finishing", "Ciar\u00e1n Byrne", "14 Aug (W33)", "Open"],
            ["4", "Customer 8D response (D5-D7)", "Cindy Lin", "10-Aug-2026", "Open"],
            ["5", "Decide whether to add edge inspection to the Toric 2.0 spec", "Product owner - Aoife Walsh", "21-Aug-2026", "Open"],
            ["6", "Effectiveness check on the next 3 lots", "Sunny Cao", "after 3 lots produced", "Open"],
        ]),
        "Next 8D review: Mon 10 Aug, 15:00 Galway / 22:00 Changzhou.",
    ]
    data = make_docx(doc, author="Niamh O'Connell", title="8D review CC-2026-0412")
    text = """Hi all,

Attached are the minutes from this morning's 8D review for CC-2026-0412 (torn edge, Toric 2.0). Please check your actions in the table and shout if anything is wrong.

Kind regards,
Niamh

Niamh O'Connell
Group Quality Director | Kilbride Medical Optics Ltd., Galway
"""
    raw = build("outlook_mac", 8523, P("niamh"),
                [("Ciar\u00e1n Byrne", "ciaran.byrne@kilbride.example.ie"), P("aoife"), EN("linsy", "Cindy Lin"),
                 EN("tangxf", "Tony Tang"), EN("caoy", "Sunny Cao"), EN("shenj", "Jessica Shen")],
                [bot("K")], "8D review minutes - CC-2026-0412", t, bot("K")[1], blocks=text.rstrip("\n").split("\n"),
                atts=[("CC-2026-0412 8D review minutes.docx", data,
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2231")])
    items = [
        I("tangxf", "Verify root cause with DOE on edge-finishing pressure", "2026-08-07", rule=("md", 8, 7)),
        I("ciaran", "Update PFMEA and control plan for edge finishing", "2026-08-14", rule=("md", 8, 14)),
        I("linsy", "Customer 8D response (D5-D7)", "2026-08-10", rule=("md", 8, 10)),
        I("aoife", "Decide whether to add edge inspection to the Toric 2.0 spec", "2026-08-21", rule=("md", 8, 21)),
        I("caoy", "Effectiveness check on the next 3 lots", None),
    ]
    notes = ("Outlook for Mac (QP) English from Galway, Date Mon 2026-08-03 10:15 +0100 = 17:15 Shanghai; the minutes are only in the "
             ".docx attachment (8D action table). Row 1 is Closed -> not an item. Dates '07-Aug-2026', '14 Aug (W33)' (ISO week 33 "
             "agrees), '10-Aug-2026', '21-Aug-2026'. Row 5 owner written with a role: 'Product owner - Aoife Walsh'. Row 6 'after 3 lots "
             "produced' -> no date -> no_due. D3/D4 lines are status. 'Next 8D review: Mon 10 Aug, 15:00 Galway / 22:00 Changzhou' -> "
             "2026-08-10 22:00 Shanghai.")
    return C(8523, "outlook-mac-docx-8d-actions", "minutes", raw, items,
             FU("2026-08-10", "22:00", ("md", 8, 10, "22:00")), notes,
             "Outlook for Mac + .docx 8D action table (Closed row, 'Product owner - X', W33, 'after 3 lots'); two-zone next review", "K")


def c8524():
    t = at(2026, 8, 13, 10, 20, 56)
    text = """几位：

早上碰的几件事，抓紧：

郑经理：今天下班前把Drachenwerk的尾款催款函发出去。
蒋总监：明早9点前给我7月份的利润表。
高经理：本周内把两家纸箱厂的比价报上来。
谭老师：风筝会展位效果图尽快定稿。
韩梅：月底前把各部门8月考勤汇总给我。

其他事下周一例会再说。

孙立军
"""
    raw = build("exmail", 8524, P("sunlj"), [P("zhenghb"), P("jiangm"), P("gaojh"), P("tanzy"), P("hanm")], [bot("W")],
                "几件急事", t, bot("W")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("zhenghb", "把Drachenwerk的尾款催款函发出去", "2026-08-13", rule=("days", 0)),
        I("jiangm", "给我7月份的利润表", "2026-08-14", "09:00", rule=("days", 1, "09:00")),
        I("gaojh", "把两家纸箱厂的比价报上来", "2026-08-16", rule=("weekend",)),
        I("tanzy", "风筝会展位效果图定稿", None, flags=["vague_due"]),
        I("hanm", "把各部门8月考勤汇总给我", "2026-08-31", rule=("me",)),
    ]
    notes = ("Tencent Exmail gb18030, a terse boss mail that is still minutes of a morning huddle (items with owners, bot in Cc). "
             "Sent Thu 2026-08-13. 今天下班前 -> 2026-08-13 no time; 明早9点前 -> 2026-08-14 09:00; 本周内 -> Sun 2026-08-16 "
             "(AMBIGUOUS: could be read as Fri 08-14 or as vague; date-phrases.tsv uses the calendar-week end); 尽快 -> vague_due; "
             "月底前 -> 2026-08-31. Owners by title: 郑经理 = 郑海波, 蒋总监 = 蒋敏, 高经理 = 高建华, 谭老师 = 谭志勇. "
             "'下周一例会' -> next follow-up Mon 2026-08-17, no time.")
    return C(8524, "exmail-boss-huddle-vague-mix", "minutes", raw, items,
             FU("2026-08-17", None, ("nw", 0)), notes,
             "Exmail terse boss huddle: 今天下班前 / 明早9点前 / 本周内 (AMBIGUOUS) / 尽快 / 月底前; titles 经理/总监/老师; 下周一例会", "W")


def c8525():
    t = at(2026, 8, 27, 16, 40, 8)
    text = """各科室、中心：

8月27日下午，局党委书记、局长程国栋主持召开“双节”（中秋、国庆）期间安全防范工作提前部署会。现将有关要求通知如下：

1. 安全生产监督管理科吴科长牵头，国庆节前完成全区人员密集场所、旅游景区安全检查全覆盖。
2. 应急指挥中心朱主任负责，中秋节前完成区级应急物资储备库补库，重点是救生衣、冲锋舟和照明设备。
3. 综合减灾科叶科长负责，于9月20日（周日，调休上班）前制定“双节”期间地质灾害巡查方案。
4. 安全生产监督管理科雷振宇两周内梳理全区重点场所清单，报吴科长审核。
5. 办公室毛主任负责，国庆节后第一个工作日报送假期值班值守工作总结。

9月中旬再召开一次推进会，具体时间另行通知。

莲都区应急管理局办公室
"""
    raw = build("outlook_utf8", 8525, P("zhongn"), [P("wujp"), P("zhulx"), P("yejh"), P("leizy"), P("maohf")],
                [P("chenggd"), P("panxl"), bot("L")], "关于做好“双节”期间安全防范工作的部署会议纪要", t, bot("L")[1],
                blocks=text.rstrip("\n").split("\n"))
    items = [
        I("wujp", "完成全区人员密集场所、旅游景区安全检查全覆盖", "2026-09-30", rule=("bh", "National Day")),
        I("zhulx", "完成区级应急物资储备库补库", "2026-09-24", rule=("bh", "Mid-autumn Festival")),
        I("yejh", "制定“双节”期间地质灾害巡查方案", "2026-09-20", rule=("md", 9, 20)),
        I("leizy", "梳理全区重点场所清单，报吴科长审核", "2026-09-10", rule=("days", 14)),
        I("maohf", "报送假期值班值守工作总结", "2026-10-08", rule=("ah", "National Day")),
    ]
    notes = ("Outlook UTF-8, sent Thu 2026-08-27, deadlines keyed to holidays a month ahead: 国庆节前 -> last working day before "
             "10-01..10-07 = Wed 2026-09-30; 中秋节前 -> holiday 09-25..09-27 -> Thu 2026-09-24; '9月20日（周日，调休上班）前' -> 2026-09-20 "
             "(a make-up working Sunday); 两周内 -> send date + 14 = 2026-09-10; 国庆节后第一个工作日 -> Thu 2026-10-08. Owners by title "
             "(吴科长, 朱主任, 叶科长, 毛主任) and name (雷振宇; 吴科长 in #4 is only the reviewer). '9月中旬…具体时间另行通知' -> no follow-up.")
    return C(8525, "outlook-gov-midautumn-national-day", "minutes", raw, items, None, notes,
             "Outlook UTF-8 gov minutes: 中秋节前 / 国庆节前 / 调休 Sunday / 两周内 / 国庆节后第一个工作日; reviewer is not the owner", "L")


def c8526():
    t = at(2026, 8, 10, 18, 5, 40)
    text = """各位：

喜洲店重新开业筹备会纪要（8月10日下午）

开业时间定于8月20日（周四），开业当天不对外营业，只接待受邀的老客户和合作方。

一、开业筹备（主责：段志华；配合：和丽、李绍明）
  ① 工程验收及消防复检，8月14日前（李工）
  ② 客房软装布置及布草到位，8月18日前（和经理）
  ③ 开业接待流程演练，开业前一天（段经理）
二、开业宣传（主责：施宇航；配合：董佳怡）：小红书、抖音预热内容本周五前发布
三、开业当天用工（主责：杜磊）：临时工12人，8月17日前招齐并完成培训

本周四下午3点在喜洲店现场碰头。

赵茜
"""
    raw = build("wecom", 8526, P("zhaoq"), [P("duanzh"), P("hel"), P("lism"), P("shiyh"), P("dongjy"), P("dul")],
                [P("yangcy"), bot("D")], "喜洲店开业筹备会纪要", t, bot("D")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("lism", "工程验收及消防复检", "2026-08-14", rule=("md", 8, 14)),
        I("hel", "客房软装布置及布草到位", "2026-08-18", rule=("md", 8, 18)),
        I("duanzh", "开业接待流程演练", "2026-08-19", rule=("md", 8, 19)),
        I("shiyh", "小红书、抖音预热内容发布", "2026-08-14", rule=("wk", 4)),
        I("dul", "临时工12人招齐并完成培训", "2026-08-17", rule=("md", 8, 17)),
    ]
    notes = ("WeCom UTF-8. Sent Mon 2026-08-10. Section 一 has 主责/配合 in the heading and ①②③ sub-tasks, each with its own owner in "
             "brackets (李工 = 李绍明, 和经理 = 和丽, 段经理 = 段志华); the heading itself is not a separate item. ③ '开业前一天' with 开业 "
             "8月20日 -> 2026-08-19. 二 主责 施宇航 (董佳怡 配合) 本周五前 -> 2026-08-14. 三 主责 杜磊 8月17日前. '本周四下午3点' -> "
             "2026-08-13 15:00.")
    return C(8526, "wecom-zhuze-subtasks-relative-event", "minutes", raw, items,
             FU("2026-08-13", "15:00", ("wk", 3, "15:00")), notes,
             "WeCom 主责/配合 headings with ①②③ sub-task owners; '开业前一天' relative to a stated event date; 本周四下午3点", "D")


def c8527():
    t = at(2026, 8, 18, 17, 42, 19)
    text = """Hi all,

Thanks for joining today's supplier call with Redcedar Polymers on the Q4 HEMA monomer supply.

Key points
- Redcedar will move the Q4 shipments from Portland to the Singapore hub; transit to Shanghai drops to ~9 days.
- Price for Q4 stays at the Q3 level.

Action items
AI: Jessica - place the PO for Q4 HEMA monomer by 08/21
AI: Mark Ellison (Redcedar) - confirm revised shipping schedule for Sept lots by 9/4
AI: Linda - update the supplier change file for NMPA, within 5 working days
AI: Sunny - draft the incoming inspection plan for the first Singapore lot (Cindy to approve), before first delivery

Next call: Thu Aug 27, 8:00 AM PDT / 11:00 PM CST.

Best,
Jessica Shen
Supply Chain Manager, Kilbride Medical Optics (Changzhou)
"""
    raw = build("outlook_mac", 8527, EN("shenj", "Jessica Shen"),
                [("Mark Ellison", "mark.ellison@redcedar-polymers.example.com"), EN("fangl", "Linda Fang"),
                 EN("caoy", "Sunny Cao"), EN("linsy", "Cindy Lin")],
                [bot("K")], "Redcedar Polymers supplier call - minutes & AIs", t, bot("K")[1],
                blocks=text.rstrip("\n").split("\n"))
    items = [
        I("shenj", "place the PO for Q4 HEMA monomer", "2026-08-21", rule=("md", 8, 21)),
        I(("ext", "Mark Ellison", "mark.ellison@redcedar-polymers.example.com"),
          "confirm revised shipping schedule for Sept lots", "2026-09-04", rule=("md", 9, 4)),
        I("fangl", "update the supplier change file for NMPA", "2026-08-25", rule=("wd", 5)),
        I("caoy", "draft the incoming inspection plan for the first Singapore lot", None),
    ]
    notes = ("Outlook for Mac English, 'AI:' prefixed lines. Sent Tue 2026-08-18 17:42 +0800. '08/21' -> 2026-08-21. '9/4' -> "
             "2026-09-04 reading month/day (the writer is in Changzhou and 08/21 in the same mail is M/D). AMBIGUOUS: a D/M reader "
             "(Galway) would get 2026-04-09, which is in the past and makes no sense for Sept lots. Mark Ellison is the supplier "
             "(To) -> email from To, department null. Linda (方琳) within 5 working days -> 08-19, 08-20, 08-21, 08-24, 08-25 -> "
             "2026-08-25. Sunny (曹阳) 'before first delivery' -> no date -> no_due (Cindy only approves). 'Next call: Thu Aug 27, "
             "8:00 AM PDT / 11:00 PM CST' -> 2026-08-27 23:00 Shanghai.")
    return C(8527, "outlook-mac-ai-lines-md-ambiguous", "minutes", raw, items,
             FU("2026-08-27", "23:00", ("md", 8, 27, "23:00")), notes,
             "Outlook for Mac English 'AI:' lines; 9/4 M/D vs D/M (AMBIGUOUS); 5 working days; PDT/CST next call", "K")


CASES = [c8522, c8523, c8524, c8525, c8526, c8527]
