"""heldout57 cases 8515-8521."""
from h57_lib import I, FU, C, T, at, make_pdf
from h57_clients import build
from h57_people import P, EN, bot


def c8515():
    t = at(2026, 6, 26, 17, 5, 30)
    text = """Hi team,

Engineering weekly, Fri 26 Jun. Short one this week.

What we got done:
- Line 2 demoulding robot re-taught, cycle time back to 4.1 s (Tony).
- Spare servo for the lathe cell arrived and is on the shelf 
(Jessica).
- Steriliser PQ run 1 of 3 passed, report signed (Tony).

Still to do:
- Tony: PQ runs 2 and 3 on the steriliser, finish by 3 July.
- Kevin: update the LOTO procedure for the new robot cell, within 3 
working days.
- David: agree the line-2 maintenance window with production 
planning - next Tuesday.
- Ciar\u00e1n will review the demoulding FMEA remotely from Galway (no date 
yet).

No meeting next week (Ciar\u00e1n travelling); we pick up again on Fri 10 
July, 16:30, usual room.

--
Tony Tang
Process Engineering, Kilbride Medical Optics (Changzhou)
"""
    raw = build("thunderbird", 8515, EN("tangxf", "Tony Tang"),
                [EN("konglf", "Kevin Kong"), EN("luw", "David Lu"), EN("shenj", "Jessica Shen"),
                 ("Ciar\u00e1n Byrne", "ciaran.byrne@kilbride.example.ie")],
                [bot("K")], "Engineering weekly - 26 Jun", t, bot("K")[1], text=text)
    items = [
        I("tangxf", "PQ runs 2 and 3 on the steriliser", "2026-07-03", rule=("md", 7, 3)),
        I("konglf", "update the LOTO procedure for the new robot cell", "2026-07-01", rule=("wd", 3)),
        I("luw", "agree the line-2 maintenance window with production planning", "2026-06-30", rule=("nw", 1)),
        I("ciaran", "review the demoulding FMEA remotely", None),
    ]
    notes = ("Thunderbird text/plain format=flowed 8bit UTF-8 (soft breaks = trailing space). Sent Fri 2026-06-26. 'What we got done' "
             "lines are reports, not items. 'Still to do': Tony (唐晓峰, the sender) by 3 July -> 2026-07-03; Kevin (孔令飞) within 3 working "
             "days -> Mon 06-29, Tue 06-30, Wed 07-01 -> 2026-07-01; David (陆伟) next Tuesday -> 2026-06-30; Ciarán Byrne no date -> no_due. "
             "'we pick up again on Fri 10 July, 16:30' -> 2026-07-10 16:30 (the 'No meeting next week' sentence is not the follow-up).")
    return C(8515, "thunderbird-flowed-done-vs-todo", "minutes", raw, items,
             FU("2026-07-10", "16:30", ("md", 7, 10, "16:30")), notes,
             "Thunderbird format=flowed English: done list vs to-do list, 'within 3 working days', next meeting after a skipped week", "K")


def c8516():
    t = at(2026, 7, 3, 17, 50, 14)
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "风筝会展位设计方案", "总经办", "设计部", "韩梅", "谭志勇", "2026-06-15", "2026-07-20", "-", "进行中（已完成40%）", "展位尺寸待主办方确认"],
            ["2", "风筝会参展样品备货（200只）", "总经办", "生产部", "韩梅", "刘振东", "2026-06-20", "2026-08-10", "-", "未开始", "与外贸订单抢产能，需错峰"],
            ["3", "海外展商接待翻译安排", "总经办", "外贸部", "韩梅", "宋婷婷", "2026-06-20", "2026-07-03", "2026-07-02", "已完成", "-"],
            ["4", "展会期间直播方案", "电商部", "设计部", "赵一鸣", "许佳", "2026-07-01", "待定", "-", "进行中", "依赖展位方案"],
            ["5", "参展费用预算", "总经办", "财务部", "韩梅", "蒋敏", "2026-06-25", "2026-07-08", "-", "延期（原定7月1日）", "报价未收齐"]]
    blocks = ["各位：", "",
              "第43届潍坊国际风筝会参展筹备，本周跨部门协作事项跟踪表更新如下（从共享表格里直接贴过来的）：", "",
              T(rows), "",
              "下周五（7月10日）下午4点在小会议室过一遍进度，各责任人请提前更新表格。", "",
              "韩梅", "总经办"]
    # the html part uses the Excel clipboard flavour
    from h57_lib import to_html, to_text
    raw = build("outlook_gb2312", 8516, P("hanm"), [P("tanzy"), P("liuzd"), P("songtt"), P("zhaoym"), P("xuj"), P("jiangm")],
             [P("sunlj"), bot("W")], "风筝会参展筹备 跨部门协作事项跟踪表（7月3日更新）", t, bot("W")[1],
             text=to_text(blocks), html=to_html(blocks, "excel", "gb2312"))
    items = [
        I("tanzy", "风筝会展位设计方案", "2026-07-20", rule=("md", 7, 20)),
        I("liuzd", "风筝会参展样品备货（200只）", "2026-08-10", rule=("md", 8, 10)),
        I("xuj", "展会期间直播方案", None, flags=["vague_due"]),
        I("jiangm", "参展费用预算", "2026-07-08", rule=("md", 7, 8)),
    ]
    notes = ("Outlook gb2312; the HTML is an Excel clipboard table (xl66/xl67 classes), the text part tab-separated. Seed "
             "跨部门协作事项跟踪表 with two responsible columns. Owner = 责任人（协作方）, the person doing the work (as in the corpus, where the "
             "owner was the 协作部门 person). AMBIGUOUS: a reader could take 责任人（发起方） 韩梅 as accountable for rows 1, 2, 5; we follow the "
             "协作方. Sent Fri 2026-07-03. Due = 计划完成时间: 07-20, 08-10, 待定 -> vague_due, 07-08 (row 5 is 延期 but open). Row 3 已完成 "
             "with 实际完成时间 -> status, not an item. '下周五（7月10日）下午4点' -> 2026-07-10 16:00.")
    return C(8516, "outlook-excel-paste-collab-tracking", "minutes", raw, items,
             FU("2026-07-10", "16:00", ("nw", 4, "16:00")), notes,
             "Outlook gb2312 Excel-pasted seed 跨部门协作事项跟踪表: 发起方/协作方 owners (AMBIGUOUS), 已完成 row, 待定, 延期 row still open", "W")


def c8517():
    t = at(2026, 7, 13, 11, 20, 9)
    lines = [
        "#莲都区应急管理局局长办公会议纪要",
        "〔2026〕7号",
        "2026年7月10日，程国栋局长主持召开局长办公会议，研究部署主汛期后半程及下半年重点工作。",
        "现将会议议定事项纪要如下：",
        "一、关于台风防御准备。会议要求综合减灾科（叶建华）于7月17日前完成全区台风防御工作方案",
        "修订，并组织各乡镇（街道）开展一轮自查。",
        "二、关于安全生产专项整治。会议同意安全生产监督管理科提出的工贸企业有限空间作业专项整治方案，",
        "由吴建平同志牵头，8月底前完成整治验收。",
        "三、关于应急指挥平台升级。应急指挥中心朱立新同志负责，会同区大数据局于本月25日前提交平台",
        "升级需求书。",
        "四、关于干部培训。办公室牵头，下半年组织一期应急管理业务培训，时间另定。",
        "会议还通报了上半年安全生产目标责任制考核情况（全区未发生较大以上生产安全事故）。",
        "出席：程国栋 潘晓丽 叶建华 吴建平 朱立新 毛慧芳",
        "记录：钟宁",
        "莲都区应急管理局办公室  2026年7月10日印发",
    ]
    pdf = make_pdf(lines, title="局长办公会议纪要〔2026〕7号")
    blocks = ["各位领导、各科室：", "",
              "7月10日局长办公会议纪要（〔2026〕7号）已印发，扫描件见附件PDF，请按分工抓好落实。", "",
              "毛慧芳", "莲都区应急管理局办公室"]
    raw = build("outlook_utf8", 8517, P("maohf"), [P("yejh"), P("wujp"), P("zhulx")],
                [P("chenggd"), P("panxl"), P("zhongn"), bot("L")], "局长办公会议纪要〔2026〕7号", t, bot("L")[1],
                blocks=blocks, atts=[("局长办公会议纪要〔2026〕7号.pdf", pdf, "application/pdf", "2231")])
    items = [
        I("yejh", "完成全区台风防御工作方案修订", "2026-07-17", rule=("md", 7, 17)),
        I("wujp", "完成整治验收（工贸企业有限空间作业专项整治）", "2026-08-31", rule=("me_m", 8)),
        I("zhulx", "提交平台升级需求书", "2026-07-25", rule=("md", 7, 25)),
        I(None, "组织一期应急管理业务培训", None, flags=["vague_due"], dept="办公室"),
    ]
    notes = ("Outlook UTF-8 with the minutes only in a PDF attachment (RFC 2231 filename), government 一、二、三、四 style with items "
             "wrapped across PDF lines. Sent Mon 2026-07-13 (meeting 07-10). 一 叶建华 7月17日前; 二 吴建平 牵头 8月底前 -> 2026-08-31; "
             "三 朱立新 '本月25日前' -> 2026-07-25; 四 办公室牵头 (department only) -> no_owner, 下半年…时间另定 -> vague_due. "
             "The assessment report line is information. No next meeting.")
    return C(8517, "outlook-pdf-attachment-gov-minutes", "minutes", raw, items, None, notes,
             "Minutes only in a PDF attachment; 同志 owners; 8月底前; 本月25日前; dept-only 时间另定", "L")


def c8518():
    t = at(2026, 6, 5, 16, 0, 41)
    text = """各位：

今天渠道营销会的纪要如下。

一、会议结论
1. 暑期主推“连住3晚送洱海骑行”套餐，6月15日起全渠道统一上线。
2. 抖音团购价不低于携程同房型价格的95%。

二、待办事项
1. 暑期抖音团购套餐上线【负责人：施宇航（配合：董佳怡）】（截止：6月10日（周三）前）
2. 会员小程序积分规则调整方案【负责人：董佳怡】（截止：6月12日（周五）18:00前）
3. 与同程旅行谈暑期专属房型【负责人：施宇航】（截止：待与对方确认（预计6月中旬））
4. 门店前台推荐话术更新【负责人：和丽（客房部）】（截止：下周一（6月8日）前）

下次渠道会：6月12日（周五）下午3点。

施宇航
渠道营销部
"""
    raw = build("dingtalk", 8518, P("shiyh"), [P("dongjy"), P("hel")], [P("yangcy"), P("duanzh"), bot("D")],
                "渠道营销会纪要 6.5", t, bot("D")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("shiyh", "暑期抖音团购套餐上线", "2026-06-10", rule=("md", 6, 10)),
        I("dongjy", "会员小程序积分规则调整方案", "2026-06-12", "18:00", rule=("md", 6, 12, "18:00")),
        I("shiyh", "与同程旅行谈暑期专属房型", None, flags=["vague_due"]),
        I("hel", "门店前台推荐话术更新", "2026-06-08", rule=("nw", 0)),
    ]
    notes = ("DingTalk mail UTF-8. Owners and deadlines in nested brackets: 【负责人：X（配合：Y）】 -> owner X (Y assists); "
             "（截止：6月10日（周三）前） -> 2026-06-10. Sent Fri 2026-06-05. #2 18:00前 -> due_time 18:00. #3 '待与对方确认（预计6月中旬）' -> "
             "vague_due. #4 '下周一（6月8日）前' -> 2026-06-08 (both readings agree). 会议结论 are decisions. "
             "下次渠道会 6月12日（周五）下午3点 -> 2026-06-12 15:00.")
    return C(8518, "dingtalk-nested-brackets", "minutes", raw, items,
             FU("2026-06-12", "15:00", ("md", 6, 12, "15:00")), notes,
             "DingTalk 【负责人：X（配合：Y）】（截止：…（周三）前） nested brackets; 预计6月中旬 vague; 18:00 time", "D")


def c8519():
    t = at(2026, 7, 14, 23, 50, 2, 0)
    blocks = [
        "All,",
        "",
        "Minutes of this morning's production review (07:00 shift handover).",
        "",
        "- Demoulding step change (ECO-2607) goes live on both lines from Monday 20 July.",
        "- Yield last week: Line 1 96.2%, Line 2 94.8%.",
        "",
        T([["#", "Line", "Action", "Owner", "Due"],
           ["1", "Line 1", "Update the work instruction for the new demoulding step", "Min Zhang", "Fri 17 Jul"],
           ["2", "Line 2", "Update the work instruction for the new demoulding step", "Qiang Wu", "Fri 17 Jul"],
           ["3", "Both", "Retrain operators on the visual inspection criteria", "Sunny", "tomorrow"],
           ["4", "-", "Confirm delivery of the new demoulding tool set", "Jessica", "2026-07-24"]]),
        "",
        "Next production review: Wed 22 July, 08:00, line-side.",
        "",
        "David Lu",
        "Production Manager",
    ]
    raw = build("m365", 8519, EN("luw", "David Lu"),
                [("Min Zhang", "min.zhang@kilbride-cz.example.com"), ("Qiang Wu", "qiang.wu@kilbride-cz.example.com"),
                 EN("caoy", "Sunny Cao"), EN("shenj", "Jessica Shen")],
                [EN("zhouhf", "Jason Zhou"), bot("K")], "Production review 15-Jul - actions", t, bot("K")[1], blocks=blocks)
    items = [
        I(("ext", "Min Zhang", "min.zhang@kilbride-cz.example.com"), "Update the work instruction for the new demoulding step",
          "2026-07-17", rule=("md", 7, 17)),
        I(("ext", "Qiang Wu", "qiang.wu@kilbride-cz.example.com"), "Update the work instruction for the new demoulding step",
          "2026-07-17", rule=("md", 7, 17)),
        I("caoy", "Retrain operators on the visual inspection criteria", "2026-07-16", rule=("days", 1)),
        I("shenj", "Confirm delivery of the new demoulding tool set", "2026-07-24", rule=("md", 7, 24)),
    ]
    notes = ("Exchange Online English, Date Tue 2026-07-14 23:50 +0000 = Wed 2026-07-15 07:50 Shanghai: 'tomorrow' is Thu 2026-07-16 "
             "(a UTC reading gives 07-15). Items 1 and 2 have the SAME task text for different owners and lines; both must be kept "
             "as two items. Min Zhang and Qiang Wu are line leaders not in the roster -> emails from To, department null. "
             "Sunny = 曹阳, Jessica = 沈洁. '2026-07-24' ISO. Bullet facts (go-live from Monday, yields) are not items. "
             "'Next production review: Wed 22 July, 08:00' -> 2026-07-22 08:00.")
    return C(8519, "m365-same-task-two-owners-utc", "minutes", raw, items,
             FU("2026-07-22", "08:00", ("md", 7, 22, "08:00")), notes,
             "M365 table with two rows of identical task text for two owners; UTC Date one day behind Shanghai ('tomorrow')", "K")


def c8520():
    t = at(2026, 7, 22, 16, 10, 33)
    blocks = [
        "各位：",
        "",
        "电商周会纪要",
        "时间：7月22日（周三）14:00-15:30",
        "地点：电商部办公室",
        "参会：赵一鸣、邱露、宋婷婷、许佳、蒋敏（部分时间）",
        "",
        "一、上周数据：天猫店GMV环比+18%，抖店退货率降到6.3%。",
        "二、七夕活动：主推情侣双线风筝，全店满199减30。",
        "三、待办：",
        "1、邱露：8月1日前完成七夕专题页搭建",
        "2、婷婷：亚马逊欧洲站3款新品listing，下周一前上架",
        "3、小许：七夕主图后天给到",
        "4、财务部：核对6月平台结算差异，尽快",
        "",
        "下周三同一时间继续，地点不变。",
        "",
        "赵一鸣",
        "电商部",
    ]
    raw = build("foxmail", 8520, P("zhaoym"), [P("qiul"), P("songtt"), P("xuj")], [P("jiangm"), bot("W")],
                "电商周会纪要（7.22）", t, bot("W")[1], blocks=blocks)
    items = [
        I("qiul", "完成七夕专题页搭建", "2026-08-01", rule=("md", 8, 1)),
        I("songtt", "亚马逊欧洲站3款新品listing上架", "2026-07-27", rule=("nw", 0)),
        I("xuj", "七夕主图", "2026-07-24", rule=("days", 2)),
        I(None, "核对6月平台结算差异", None, flags=["vague_due"], dept="财务部"),
    ]
    notes = ("Foxmail GBK alternative. Sent Wed 2026-07-22. 邱露 8月1日前 -> 2026-08-01 (a Saturday, kept); 婷婷 = 宋婷婷 (alias), 下周一前 -> "
             "2026-07-27; 小许 = 许佳, 后天 -> 2026-07-24; 财务部 only -> no_owner, 尽快 -> vague_due (蒋敏 attended but is not named for it). "
             "一、二 are data and decisions. '下周三同一时间' with the meeting at 14:00 -> 2026-07-29 14:00.")
    return C(8520, "foxmail-next-wednesday-same-time", "minutes", raw, items,
             FU("2026-07-29", "14:00", ("nw", 2, "14:00")), notes,
             "Foxmail GBK; nicknames 婷婷/小许; 后天; dept-only 尽快; next meeting '下周三同一时间'", "W")


def c8521():
    t = at(2026, 7, 28, 15, 30, 0)
    text = """各科室、中心：

今天14:30，潘局主持召开防御台风“白鹭”紧急会商会。根据省、市防指部署，我区于15:00启动防台风Ⅳ级应急响应。会议要求：

一是叶建华科长今天下班前将各乡镇（街道）需转移人员底数报区防指。
二是应急指挥中心季晨2小时内完成卫星电话、无人机等应急通信装备测试。
三是吴科长牵头，明天中午12点前督促全区在建工地塔吊落臂、停工。
四是办公室毛主任尽快起草致全区群众的防台公开信。
五是各乡镇（街道）7月31日前完成危旧房、低洼地人员转移。

根据台风路径，明天上午8:30再次会商。

综合减灾科
2026年7月28日
"""
    raw = build("coremail", 8521, P("lanyq"), [P("yejh"), P("jic"), P("wujp"), P("maohf")],
                [P("panxl"), P("chenggd"), bot("L")], "防御台风“白鹭”紧急会商会议要求", t, bot("L")[1], text=text,
                structure="text")
    items = [
        I("yejh", "将各乡镇（街道）需转移人员底数报区防指", "2026-07-28", rule=("days", 0)),
        I("jic", "完成卫星电话、无人机等应急通信装备测试", "2026-07-28", "17:30", rule=("hours", 2)),
        I("wujp", "督促全区在建工地塔吊落臂、停工", "2026-07-29", "12:00", rule=("days", 1, "12:00")),
        I("maohf", "起草致全区群众的防台公开信", None, flags=["vague_due"]),
        I(None, "完成危旧房、低洼地人员转移", "2026-07-31", rule=("md", 7, 31)),
    ]
    notes = ("Coremail GBK text/plain only, urgent government 一是…五是 list sent Tue 2026-07-28 15:30 by 蓝雨晴 for the section. "
             "一 叶建华 今天下班前 -> 2026-07-28 (no time, corpus convention); 二 季晨 2小时内 -> 2026-07-28 17:30 from the Date header; "
             "三 吴科长 = 吴建平, 明天中午12点前 -> 2026-07-29 12:00; 四 毛主任 = 毛慧芳 尽快 -> vague_due; 五 各乡镇（街道） are not our "
             "departments -> owner null, department null, no_owner, 7月31日前. The 14:30/15:00 times in the preamble are facts. "
             "'明天上午8:30再次会商' -> 2026-07-29 08:30.")
    return C(8521, "coremail-gov-typhoon-hours", "minutes", raw, items,
             FU("2026-07-29", "08:30", ("days", 1, "08:30")), notes,
             "Coremail GBK plain 一是…五是 typhoon minutes: 今天下班前, 2小时内, 明天中午12点前, 尽快, external 乡镇 owner", "L")


CASES = [c8515, c8516, c8517, c8518, c8519, c8520, c8521]
