"""heldout57 cases 8501-8507."""
from h57_lib import I, FU, C, T, at, attach, make_docx, to_text
from h57_clients import build
from h57_people import P, EN, bot, W, K, L, D


def c8501():
    t = at(2026, 4, 2, 16, 40, 12)
    text = """各位：

下午沙燕系列新款的碰头会记录如下，按公司内部沟通记录表格式整理，请核对。

沟通编号：NC2026-0402-03
沟通日期：2026年4月2日（周四）14:30-15:40
发起部门/人：总经办/韩梅
参与部门/人：设计部（谭老师、小许）、生产部（刘工、王班长）、电商部（露露）
沟通主题：沙燕系列春季新款打样及预售安排
核心内容摘要：今年沙燕系列保留传统软翅结构，骨架由竹改为碳杆，面料改为防撕裂伞布；
首批打样8款，电商部预售链接和打样同步推进。王班长反馈碳杆到货推迟两天，已和采购确认
4月7日能到齐。
待办事项：①设计部4月8日前出沙燕系列春季新款打样稿（谭老师）②生产部清明节后第一个工作日
安排样品试飞，试飞场地用白浪河湿地（刘工）③电商部4月10日前上架预售链接（露露）
状态：进行中
备注：试飞当天如风力超过5级顺延，具体另行通知。

下次碰头：4月9日（周四）下午两点，三楼样品间。

韩梅
总经办
潍坊鸢飞风筝文创有限公司
电话：0536-8xx6021
"""
    raw = build("foxmail", 8501, P("hanm"), [P("tanzy"), P("liuzd"), P("qiul")],
                [P("sunlj"), P("xuj"), P("wangxl"), bot("W")],
                "沙燕系列春季新款碰头会记录（4月2日）", t, bot("W")[1], text=text,
                html=None, structure="text")
    items = [
        I("tanzy", "出沙燕系列春季新款打样稿", "2026-04-08", rule=("md", 4, 8)),
        I("liuzd", "安排样品试飞", "2026-04-07", rule=("ah", "Tomb-sweeping Day")),
        I("qiul", "上架预售链接", "2026-04-10", rule=("md", 4, 10)),
    ]
    notes = ("Foxmail GBK base64 text/plain. Seed 内部沟通记录表 as key：value lines; the 待办事项 cell wraps over two lines "
             "with ①②③ items '部门+date+task（title）'. Sent Thu 2026-04-02. ① 谭老师 = 谭志勇 (alias), 4月8日前 -> 2026-04-08. "
             "② 刘工 = 刘振东; 清明节后第一个工作日: Qingming holiday 04-04..04-06 -> Tue 2026-04-07. ③ 露露 = 邱露, 4月10日前 -> 2026-04-10. "
             "'4月7日能到齐' (carbon rods) is a status fact in the summary, not an item; 备注 'X顺延' is a condition. "
             "下次碰头 4月9日（周四）下午两点 -> 2026-04-09 14:00.")
    return C(8501, "nc-record-foxmail-gbk-qingming", "minutes", raw, items,
             FU("2026-04-09", "14:00", ("md", 4, 9, "14:00")), notes,
             "Foxmail GBK plain 内部沟通记录表 as key：value lines; ①②③ with titles 谭老师/刘工/露露; 清明节后第一个工作日; next meeting 下午两点", "W")


def c8502():
    t = at(2026, 4, 14, 9, 12, 40, 0)
    text = """Hi all,

Minutes from this afternoon's CAPA review (CAPA-26-017, hydration ratio drifting high on line 3).

Attendees: Cindy Lin, Sunny Cao, Tony Tang, David Lu (Changzhou); Niamh O'Connell, Ciar\u00e1n Byrne (Galway, via Teams)

Summary
- Hydration ratio on line 3 trended from 38.2% to 39.6% over lots 2604-011 to 2604-019; spec is 38.0 +/- 1.5%.
- Likely cause is the new monomer batch; autoclave cycle not yet ruled out.
- Already done: David quarantined all remaining line-3 WIP at 14:30 today; Sunny re-tested the two retained samples (both in spec).

Decisions
- Lots 2604-011 to 2604-019 stay on QA hold until the investigation closes.
- No change to line 1 and line 2 schedules.

Actions
Action: Sunny to pull hydration data for lots 2604-011 to 2604-019 and share the trend chart by Thursday.
Action: Tony Tang to re-verify the autoclave cycle F0 values - due EOD Wed 15 Apr.
Action: Niamh to confirm whether Group wants a field safety assessment, by next Monday.
Action: Cindy to update the CAPA record in the eQMS - ASAP.

Next check-in: Thursday 16 April, 16:00 CST / 09:00 IST, same Teams link.

Thanks,
Cindy

Cindy Lin | Quality Manager
Kilbride Medical Optics (Changzhou) Co., Ltd.
No. 18 Xihu Road, Wujin, Changzhou
"""
    blocks = text.rstrip("\n").split("\n")
    raw = build("m365", 8502, EN("linsy", "Cindy Lin"),
                [EN("caoy", "Sunny Cao"), EN("tangxf", "Tony Tang"), EN("luw", "David Lu"),
                 P("niamh"), ("Ciar\u00e1n Byrne", "ciaran.byrne@kilbride.example.ie")],
                [EN("zhouhf", "Jason Zhou"), bot("K")],
                "Minutes - CAPA-26-017 hydration ratio drift review", t, bot("K")[1], blocks=blocks)
    items = [
        I("caoy", "pull hydration data for lots 2604-011 to 2604-019 and share the trend chart", "2026-04-16", rule=("wk", 3)),
        I("tangxf", "re-verify the autoclave cycle F0 values", "2026-04-15", rule=("md", 4, 15)),
        I("niamh", "confirm whether Group wants a field safety assessment", "2026-04-20", rule=("nw", 0)),
        I("linsy", "update the CAPA record in the eQMS", None, flags=["vague_due"]),
    ]
    notes = ("Exchange Online (M365) English, Date Tue 2026-04-14 09:12 +0000 = 17:12 Shanghai (same day). 'Action: X to …' lines. "
             "Sunny = 曹阳, Tony Tang = 唐晓峰, Niamh = Niamh O'Connell (Galway, roster), Cindy = 林思雨 (From). 'by Thursday' -> 2026-04-16; "
             "'EOD Wed 15 Apr' -> 2026-04-15 without time; 'by next Monday' -> 2026-04-20; ASAP -> vague_due. 'Already done' lines "
             "(quarantine, re-test) are reports, not items; Decisions are not items. Next check-in written in two zones: "
             "16:00 CST = 09:00 IST -> 2026-04-16 16:00 Shanghai.")
    return C(8502, "m365-action-lines-two-timezones", "minutes", raw, items,
             FU("2026-04-16", "16:00", ("md", 4, 16, "16:00")), notes,
             "M365 English 'Action: X to …' lines, UTC Date header, done-reports not items, next check-in in CST/IST", "K")


def c8503():
    t = at(2026, 4, 22, 16, 5, 31)
    doc = [
        ("h", "莲都区应急管理局防汛防台备汛工作专题会议纪要"),
        "〔2026〕第6期",
        "时间：2026年4月22日上午9:00    地点：局三楼会议室",
        "主持：潘晓丽    记录：钟宁",
        "参加：程国栋、潘晓丽、叶建华、蓝雨晴、吴建平、朱立新、毛慧芳",
        "4月22日上午，潘晓丽副局长主持召开防汛防台备汛工作专题会议。会议听取了综合减灾科关于全区地质灾害隐患点巡查情况的汇报（已完成43处隐患点巡查，发现问题7处，已全部移交属地），应急指挥中心汇报了物资储备情况。现将会议议定事项纪要如下：",
        "一是抓紧修订预案。请综合减灾科牵头，叶科长具体负责，于4月30日前完成《莲都区防汛防台应急预案（2026版）》修订稿，报局领导审定。",
        "二是开展物资盘点。应急指挥中心朱主任负责，五一节前完成区级防汛物资仓库盘点，形成台账报局办公室备案。",
        "三是强化值班值守。办公室毛主任负责，于4月27日前印发主汛期值班表，严格落实领导带班和24小时值班制度。",
        "四是组织培训演练。综合减灾科牵头、安全生产监督管理科配合，5月中旬组织一次山洪灾害人员转移演练，具体方案另行报批。",
        "会议强调，各科室要把备汛工作作为当前首要任务，主要负责人要亲自抓、负总责。",
        "下次专题会拟于5月13日（周三）下午3:00召开，听取各项工作落实情况汇报。",
        "抄送：局领导班子成员",
        "莲都区应急管理局办公室          2026年4月22日印发",
    ]
    data = make_docx(doc, author="钟宁", title="备汛专题会议纪要")
    text = """各位：

现将4月22日防汛防台备汛工作专题会议纪要发给大家（见附件），请各科室按分工抓好落实，有关完成情况及时报局办公室。

钟宁
莲都区应急管理局办公室
0578-2xx3507
"""
    raw = build("coremail", 8503, P("zhongn"), [P("yejh"), P("zhulx"), P("maohf"), P("wujp"), P("lanyq")],
                [P("chenggd"), P("panxl"), bot("L")],
                "关于印发防汛防台备汛工作专题会议纪要的通知", t, bot("L")[1],
                blocks=text.rstrip("\n").split("\n"),
                atts=[("莲都区应急管理局防汛防台备汛工作专题会议纪要.docx", data,
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ew")])
    items = [
        I("yejh", "完成《莲都区防汛防台应急预案（2026版）》修订稿，报局领导审定", "2026-04-30", rule=("md", 4, 30)),
        I("zhulx", "完成区级防汛物资仓库盘点，形成台账报局办公室备案", "2026-04-30", rule=("bh", "Labour Day")),
        I("maohf", "印发主汛期值班表", "2026-04-27", rule=("md", 4, 27)),
        I(None, "组织一次山洪灾害人员转移演练", None, flags=["vague_due"], dept="综合减灾科"),
    ]
    notes = ("Coremail GBK; the body only points to the .docx attachment, which carries the government-style minutes "
             "(一是…二是…三是…四是…). Sent Wed 2026-04-22. 一是: 叶科长 = 叶建华, 4月30日前 -> 2026-04-30. 二是: 朱主任 = 朱立新, "
             "五一节前 = last working day before the Labour Day block (05-01..05-05) -> Thu 2026-04-30. 三是: 毛主任 = 毛慧芳, 4月27日前. "
             "四是: only departments (综合减灾科牵头, 安全生产监督管理科配合) -> no_owner, department = the lead 综合减灾科; 5月中旬 -> vague_due. "
             "The patrol report (43处, 7处已移交) is what was done, not an item; 会议强调 is policy. "
             "下次专题会 5月13日（周三）下午3:00 -> 2026-05-13 15:00.")
    return C(8503, "gov-docx-yishi-ershi-coremail", "minutes", raw, items,
             FU("2026-05-13", "15:00", ("md", 5, 13, "15:00")), notes,
             "Coremail GBK body + .docx government minutes 一是/二是; 科长/主任 titles; 五一节前; dept-only lead/配合 + 5月中旬", "L")


def c8504():
    t = at(2026, 5, 11, 18, 30, 5)
    text = """各位，今天运营周会的飞书妙记智能纪要贴在下面，待办我看过了没问题，按这个执行。

段志华

———— 飞书妙记 · 智能纪要 ————
会议主题：苍洱栖居 5月第二周运营周会
会议时间：2026年5月11日 16:00 - 17:05
参会人：段志华、和丽、施宇航、李绍明、杜磊、赵茜

总结
本次会议回顾了五一假期各门店入住情况，古城店和双廊店平均入住率分别为96%和91%，喜洲店因外墙施工仅开放一半房间。会议决定6月1日起暑期房价上调12%，双廊店海景房单独定价。下次运营周会为5月18日（周一）同一时间。

章节
00:02 五一复盘：段志华提到五一期间客诉主要集中在热水不稳定，工程部需要在月底前彻底解决。
18:40 暑期定价：施宇航建议先在OTA做连住优惠测试，再决定是否全面上调。
39:15 人员：杜磊表示暑期兼职管家缺口约15人。

待办
□ 和丽：5月15日前完成古城店、双廊店客房布草盘点
□ 施宇航：本周五前在携程、美团上线暑期连住优惠
□ 李绍明：双廊店热水系统报修跟进，尽快
□ 整理暑期兼职管家招聘需求 @杜磊

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    raw = build("feishu", 8504, P("duanzh"), [P("hel"), P("shiyh"), P("lism"), P("dul")],
                [P("yangcy"), P("zhaoq"), bot("D")],
                "运营周会纪要（5/11）", t, bot("D")[1], blocks=text.rstrip("\n").split("\n"),
                structure="html")
    items = [
        I("hel", "完成古城店、双廊店客房布草盘点", "2026-05-15", rule=("md", 5, 15)),
        I("shiyh", "在携程、美团上线暑期连住优惠", "2026-05-15", rule=("wk", 4)),
        I("lism", "双廊店热水系统报修跟进", None, flags=["vague_due"]),
        I("dul", "整理暑期兼职管家招聘需求", None),
    ]
    notes = ("Feishu mail, single-part text/html UTF-8 base64, pasting a 飞书妙记 智能纪要: only the 待办 checklist counts; 总结 and 章节 "
             "lines ('月底前彻底解决', '缺口约15人') are AI narrative, not items. Sent Mon 2026-05-11. 和丽 5月15日前 -> 2026-05-15; "
             "施宇航 本周五前 -> 2026-05-15; 李绍明 尽快 -> vague_due; 杜磊 (as @mention at the end) no date -> no_due. "
             "Decision (6月1日起上调12%) not an item. '下次运营周会为5月18日（周一）同一时间' with the meeting at 16:00 -> 2026-05-18 16:00.")
    return C(8504, "feishu-ai-minutes-todo-only", "minutes", raw, items,
             FU("2026-05-18", "16:00", ("md", 5, 18, "16:00")), notes,
             "Feishu HTML-only 智能纪要 pasted: only 待办 counts; 总结/章节 narrative with dates is not items; '同一时间' follow-up", "D")


def c8505():
    t = at(2026, 4, 15, 11, 5, 48)
    text = """【钉钉AI听记】618大促视觉与投放沟通会

会议时间：2026-04-15 09:30
发起人：赵一鸣
参会人：赵一鸣、许佳、邱露、谭志勇

会议摘要
围绕618大促的主图视觉、直播投流和竞品价格进行了讨论。设计部将按“复古沙燕+新国潮”两个方向出图，电商部负责竞品价格监控。直播投流预算暂未确定，需要和财务沟通。

发言人观点
赵一鸣：今年618主推沙燕和蝴蝶两个系列，首页banner要提前一周定稿。
许佳：主图三套方案下周二之前可以出，需要电商部先给卖点文案。
谭志勇：建议月底前把风筝线轮的包装也换成新国潮风格。
邱露：竞品这两周普遍降价10%左右，我们可以做满减不降价。

待办事项
1. 许佳：4月22日前提交618主图三套方案
2. 邱露：下周一前整理TOP20竞品价格表
3. 赵一鸣：跟财务确认直播投流预算（时间待定）

以上内容由AI生成，仅供参考
"""
    raw = build("dingtalk", 8505, P("zhaoym"), [P("xuj"), P("qiul"), P("tanzy")], [P("jiangm"), bot("W")],
                "【AI听记】618大促视觉与投放沟通会", t, bot("W")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("xuj", "提交618主图三套方案", "2026-04-22", rule=("md", 4, 22)),
        I("qiul", "整理TOP20竞品价格表", "2026-04-20", rule=("nw", 0)),
        I("zhaoym", "跟财务确认直播投流预算", None, flags=["vague_due"]),
    ]
    notes = ("DingTalk mail with a 钉钉AI听记 summary. Sent Wed 2026-04-15. Only 待办事项 count: 许佳 4月22日前 -> 2026-04-22; 邱露 下周一前 -> "
             "2026-04-20; 赵一鸣 时间待定 -> vague_due. 发言人观点 contains date-like opinions ('下周二之前可以出', '月底前把…包装也换成') that are "
             "speaker views, not assigned items. No next meeting.")
    return C(8505, "dingtalk-ai-tingji-speaker-views", "minutes", raw, items, None, notes,
             "DingTalk AI听记: 发言人观点 with dates are not items; only 待办事项; 时间待定", "W")


def c8506():
    t = at(2026, 5, 6, 9, 40, 22)
    text = """各位：
转发4月29日调度会的腾讯会议智能纪要。纪要是AI生成的，待办我已逐条核对过，请按时办理。
其中第2条，吴科长会上同意延后，时间改为5月8日。

朱立新
应急指挥中心

发件人: 腾讯会议 <noreply@meeting-notice.ldyjj.example.gov.cn>
发送时间: 2026年4月29日 17:26
收件人: 朱立新 <zhulixin@ldyjj.example.gov.cn>
主题: 【智能纪要】节前安全生产与应急值守调度会

智能纪要
会议主题：节前安全生产与应急值守调度会
会议时间：2026/04/29 15:00-16:10

会议摘要
会议通报了4月份全区安全生产形势，部署了“五一”假期应急值守和隐患排查工作。应急广播终端在线率偏低（87%），需要排查。

待办
1. @季晨 5月7日前完成全区应急广播终端在线率排查，列出离线清单
2. @雷振宇 5月6日前报送重点企业隐患整改台账
3. @蓝雨晴 整理各乡镇（街道）避灾安置场所清单，时间待定

下次会议：待定
本纪要由腾讯会议AI生成，内容仅供参考
"""
    raw = build("outlook_gb2312", 8506, P("zhulx"), [P("jic"), P("leizy"), P("lanyq")],
                [P("wujp"), P("panxl"), bot("L")],
                "转发: 【智能纪要】节前安全生产与应急值守调度会", t, bot("L")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("jic", "完成全区应急广播终端在线率排查，列出离线清单", "2026-05-07", rule=("md", 5, 7)),
        I("leizy", "报送重点企业隐患整改台账", "2026-05-08", rule=("md", 5, 8)),
        I("lanyq", "整理各乡镇（街道）避灾安置场所清单", None, flags=["vague_due"]),
    ]
    notes = ("Outlook gb2312 '转发:' of a 腾讯会议 智能纪要 with a preface by the forwarder. Sent Wed 2026-05-06. The preface changes item 2: "
             "'时间改为5月8日' -> 雷振宇's due is 2026-05-08, not the 5月6日 in the forwarded text. 季晨 5月7日前 -> 2026-05-07; "
             "蓝雨晴 时间待定 -> vague_due. The items sit below the Outlook 发件人/发送时间 block and must be read (this is the minutes). "
             "'下次会议：待定' -> no follow-up.")
    return C(8506, "tencent-ai-minutes-fwd-preface-override", "minutes", raw, items, None, notes,
             "Outlook gb2312 forward of 腾讯会议 智能纪要; the preface moves item 2 to 5月8日; 下次会议待定", "L")


def c8507():
    t = at(2026, 4, 23, 14, 2, 9, 1)
    text = """Hi all,

Notes from today's Toric 2.0 transfer sync.

Done since last week
[x] @Tony pilot-line mould inserts received and measured, all within tolerance
[x] @Jessica PO for the second blister-foil supplier raised

Open actions
[ ] @Tony Tang - run 3 validation lots on the pilot line, target Fri 1 May
[ ] @Jessica - revised quote for blister foil from the 2nd supplier by Tuesday
[ ] @Ciar\u00e1n - send updated process FMEA (rev D), by 30/04
[ ] @Linda - check whether NMPA needs a change notification for the new foil, no rush, end of May is fine
[ ] gauge R&R study on the new cylinder-axis fixture - owner TBD (someone from Quality)

Risks: lot release in CN still waiting on the steriliser requal.

Next sync: same time next Thursday (14:00 Irish / 21:00 Beijing).

Thanks,
Aoife

--
Aoife Walsh
Product Owner, Toric Lenses
Kilbride Medical Optics Ltd. | Galway
"""
    raw = build("gmail", 8507, P("aoife"), [EN("tangxf", "Tony Tang"), EN("shenj", "Jessica Shen"),
                                           ("Ciar\u00e1n Byrne", "ciaran.byrne@kilbride.example.ie"), EN("fangl", "Linda Fang")],
                [EN("linsy", "Cindy Lin"), bot("K")],
                "Toric 2.0 transfer - weekly sync notes (23 Apr)", t, bot("K")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("tangxf", "run 3 validation lots on the pilot line", "2026-05-01", rule=("md", 5, 1)),
        I("shenj", "revised quote for blister foil from the 2nd supplier", "2026-04-28", rule=("wk", 1)),
        I("ciaran", "send updated process FMEA (rev D)", "2026-04-30", rule=("md", 4, 30)),
        I("fangl", "check whether NMPA needs a change notification for the new foil", "2026-05-31", rule=("me_m", 5)),
        I(None, "gauge R&R study on the new cylinder-axis fixture", None, dept="Quality"),
    ]
    notes = ("Gmail (Google Workspace) English from Galway, Date Thu 2026-04-23 14:02 +0100 = 21:02 Shanghai, same day. "
             "'[x]' lines are done reports, '[ ] @name' lines are items. Tony Tang = 唐晓峰; 'target Fri 1 May' -> 2026-05-01 as written "
             "(a Chinese Labour Day holiday; the writer is Irish — keep the written date). Jessica = 沈洁, 'by Tuesday' -> 2026-04-28. "
             "Ciarán = Ciarán Byrne, '30/04' is DD/MM -> 2026-04-30. Linda = 方琳, 'end of May' -> 2026-05-31. Owner TBD -> no_owner, "
             "department Quality, no date -> no_due. 'same time next Thursday (14:00 Irish / 21:00 Beijing)' -> 2026-04-30 21:00 Shanghai.")
    return C(8507, "gmail-checkboxes-at-mentions-ireland", "minutes", raw, items,
             FU("2026-04-30", "21:00", ("nw", 3, "21:00")), notes,
             "Gmail English '[ ] @name' checklist vs '[x]' done; DD/MM date; Labour-Day date as written; owner TBD; next sync in two zones", "K")


CASES = [c8501, c8502, c8503, c8504, c8505, c8506, c8507]
