"""Cases 9533-9538: 赤峰红山热力有限责任公司 (continued)."""
from cases_hr import HOP, ORG, wecom_alt
from h67_build import mk
from h67_core import Case, I, T
from h67_mime import attach, docx_bytes, html_table, hx, leaf, lines_html, multi, outlook_html, mso_paras, simple_html


def c9533():
    sent = T("2026-07-09 18:05:44")
    text = """刘思雨 通过腾讯会议分享了智能纪要

会议主题：客服热线系统升级及热源厂检修协调会
会议时间：2026/07/09 15:00-16:10
参会成员：刘思雨、那日苏、韩冬梅、包国栋

AI 会议总结
本次会议主要讨论了客服热线系统升级进度和热源厂脱硫设施检修安排。那日苏表示检修计划于8月底前全部完成；包国栋要求客服中心在采暖季前完成系统切换。

智能待办
□ 刘思雨 7月20日前完成客服热线系统升级测试
□ 那日苏 下周五前完成脱硫设施检修
□ 相关同事 整理会议资料并归档

以上内容由 AI 生成，仅供参考
"""
    body = wecom_alt(text, hx("c9533b", 24))
    eml = mk(ORG, "wecom", sent, "刘思雨", ["那日苏", "韩冬梅", "包国栋"], [],
             "腾讯会议智能纪要：客服热线系统升级及热源厂检修协调会", body, "c9533", sender_ip="10.20.1.41",
             hop=("smtp.exmail.example.com", ""))
    items = [
        I("刘思雨", "完成客服热线系统升级测试", ("2026-07-20", ("abs", "2026-07-20"))),
        I("那日苏", "完成脱硫设施检修", ("2026-07-17", ("nextwk", 4))),
        I(None, "整理会议资料并归档", None, flags=["no_owner", "no_due"]),
    ]
    notes = ("Tencent Meeting AI minutes (腾讯会议 智能纪要) shared through WeCom mail. Only 智能待办 counts; the AI 总结 "
             "('8月底前全部完成', '采暖季前完成系统切换') is prose. Sent Thu 2026-07-09. 下周五前 -> 2026-07-17. '相关同事' "
             "is nobody in particular -> no_owner, no date -> no_due.")
    return Case(9533, "hr-tencent-meeting-ai-minutes", "minutes",
                "腾讯会议 智能纪要 via WeCom: only 智能待办 counts; 下周五前; '相关同事' owner",
                eml, sent, items, None, notes)


def c9534():
    sent = T("2026-07-29 10:26:31")
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [head,
            ["1", "换热站自控改造", "生产技术部", "工程部", "乌云其其格", "白玉山", "2026-07-01", "2026-08-15", "", "进行中",
             "设备到货可能延迟，已协调供应商分批发货"],
            ["2", "热费收缴系统对接", "客服中心", "财务部", "刘思雨", "张淑珍", "2026-07-06", "2026-07-24", "2026-07-24",
             "已完成", "—"],
            ["3", "供热前安全大检查", "安全环保部", "各部门", "赵立新", "—", "2026-08-01", "2026-09-30", "", "未开始", "—"],
            ["4", "新建小区入网评估", "客服中心", "管网所", "刘思雨", "孟庆海", "2026-07-20", "待定", "", "进行中",
             "开发商资料不全"]]
    doc = docx_bytes("跨部门协作事项跟踪表（截至2026年7月29日）", ["编制：综合办公室"], rows,
                     ["注：已完成事项保留一期后移出。"], sent)
    text = "各位：\n\n附件为7月跨部门协作事项跟踪表（截至7月29日），请各责任人核对进度。\n下次协调会：8月5日（周三）上午9:30，公司三楼会议室。\n\n韩冬梅\n综合办公室\n"
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                leaf("text/html", outlook_html(mso_paras(text), cs="utf-8"), "utf-8", "base64")],
                "----=_NextPart_001_0088_01DD1F41.6C2D8A90")
    body = multi("mixed", [alt, attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                                       "跨部门协作事项跟踪表0729.docx", "gb2312")],
                 "----=_NextPart_000_0087_01DD1F41.6C2D8A90", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, "韩冬梅", ["乌云其其格", "白玉山", "刘思雨", "张淑珍", "赵立新", "孟庆海"], ["包国栋"],
             "7月跨部门协作事项跟踪表", body, "c9534", sender_ip="10.20.1.15", hop=HOP,
             extra=[("X-MS-Has-Attach", "yes")])
    items = [
        I("乌云其其格", "换热站自控改造", ("2026-08-15", ("abs", "2026-08-15"))),
        I("赵立新", "供热前安全大检查", ("2026-09-30", ("abs", "2026-09-30"))),
        I("刘思雨", "新建小区入网评估", None, flags=["vague_due"]),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 only in a .docx attachment (attachment name RFC 2047 gb2312), cover note in Outlook "
             "UTF-8. Sent Wed 2026-07-29. The 发起方 责任人 owns each row; row 2 is 已完成 (status); row 3 '未开始' is "
             "open, due 2026-09-30; row 4 '待定' -> vague_due. The cover note gives the next meeting: 8月5日（周三）"
             "上午9:30 -> 2026-08-05 09:30.")
    return Case(9534, "hr-docx-collab-tracking-table", "minutes",
                "Outlook cover note + .docx seed 跨部门协作事项跟踪表 (已完成/未开始/待定 rows); next meeting in the cover note",
                eml, sent, items, ("2026-08-05", ("abs", "2026-08-05"), "09:30"), notes)


def c9535():
    sent = T("2026-08-03 08:52:16")
    text = """乌部长、孟所长：

转发区住建局7月31日专题会议纪要。第一项请乌部长牵头落实，第二项孟所长负责，第三项是住建局自己的事，我们配合即可。

包国栋

________________________________
发件人: 石磊 <shilei@hszjj.example.gov.cn>
发送时间: 2026年7月31日 17:02
收件人: 包国栋 <baogd@hsrl-cf.example.cn>
主题: 红山区老旧小区供热管网改造专题会议纪要

红山区老旧小区供热管网改造专题会议纪要

7月31日下午，区住建局组织召开老旧小区供热管网改造专题会议，红山热力公司、区城管局、相关街道参加。会议议定：
一是红山热力公司要加快施工进度，8月31日前完成12个老旧小区供热管网改造主体工程。
二是红山热力公司9月15日前完成改造管网注水试压，确保10月15日前具备供热条件。
三是区住建局负责协调燃气、通信等管线迁改，8月20日前完成。

红山区住房和城乡建设局办公室
"""
    html = outlook_html(mso_paras(text), cs="gb2312")
    body = multi("alternative", [leaf("text/plain", text, "gb2312", "base64"), leaf("text/html", html, "gb2312", "base64")],
                 "----=_NextPart_000_0012_01DD22E5.0F3B7C10", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, "包国栋", ["乌云其其格", "孟庆海"], [], "转发: 红山区老旧小区供热管网改造专题会议纪要",
             body, "c9535", label="gb2312", sender_ip="10.20.1.2", hop=HOP)
    items = [
        I("乌云其其格", "完成12个老旧小区供热管网改造主体工程", ("2026-08-31", ("abs", "2026-08-31"))),
        I("孟庆海", "完成改造管网注水试压", ("2026-09-15", ("abs", "2026-09-15"))),
        I(None, "协调燃气、通信等管线迁改（区住建局）", ("2026-08-20", ("abs", "2026-08-20")), flags=["no_owner"]),
    ]
    notes = ("Outlook gb2312 forward of a government unit's 一是/二是 minutes (责任单位 = the company itself or the bureau) "
             "with a preface that assigns the company's items to people. AMBIGUOUS: owners come from the preface "
             "mapping (第一项 -> 乌部长, 第二项 -> 孟所长), which most readers would apply; 三是 belongs to 区住建局 "
             "(outside, not a person) -> no_owner, department null. '确保10月15日前具备供热条件' qualifies 二是, not a "
             "separate item. Only absolute dates, so the original (07-31) and forward (08-03) dates agree.")
    return Case(9535, "hr-outlook-forward-gov-minutes-preface", "minutes",
                "Outlook gb2312 forward of government 一是/二是 minutes; owners assigned in the preface (第一项/第二项); "
                "outside bureau's item no_owner",
                eml, sent, items, None, notes)


def c9536():
    sent = T("2026-08-27 16:22:50")
    text = """热源厂检修调度会纪要（8月27日）

参会：那日苏、白玉山、赵立新、乌云其其格

一、1号炉本体检修已完成80%，2号炉待备件。
二、待办：
（1）1号炉水压试验，中秋节前完成，那日苏负责；
（2）输煤皮带更换，10个工作日内完成，白玉山负责；
（3）全员安全培训放在9月20日（周日，调休上班），赵立新组织；
（4）国庆节后第一个工作日组织冷态试运行，乌云其其格牵头。
三、下次检修调度会：9月3日（周四）上午8:30，热源厂会议室。

那日苏
热源厂
"""
    body = leaf("text/plain", text, "UTF-8", "8bit", quote=False)
    eml = mk(ORG, "coremail", sent, "那日苏", ["白玉山", "赵立新", "乌云其其格"], ["包国栋"], "热源厂检修调度会纪要0827",
             body, "c9536", sender_ip="10.20.5.3", hop=HOP)
    items = [
        I("那日苏", "1号炉水压试验", ("2026-09-24", ("before", "2026-09-25"))),
        I("白玉山", "输煤皮带更换", ("2026-09-10", ("wd", 10))),
        I("赵立新", "组织全员安全培训", ("2026-09-20", ("abs", "2026-09-20"))),
        I("乌云其其格", "组织冷态试运行", ("2026-10-08", ("after", "2026-10-01"))),
    ]
    notes = ("Coremail plain text, raw 8bit UTF-8. Sent Thu 2026-08-27. 中秋节前 -> last working day before the "
             "Mid-Autumn holiday (09-25..09-27) = Thu 09-24. 10个工作日内 -> 08-28, 08-31, 09-01 … 09-10 -> 2026-09-10. "
             "9月20日 is a Sunday make-up working day (stated in the text). 国庆节后第一个工作日 -> after 10-01..10-07 -> "
             "Thu 2026-10-08. 一、 is status (已完成80%). 下次检修调度会 9月3日（周四）上午8:30.")
    return Case(9536, "hr-coremail-8bit-midautumn-national-day", "minutes",
                "Coremail 8bit UTF-8: 中秋节前, 10个工作日内, Sunday make-up day 09-20, 国庆节后第一个工作日; next meeting 8:30",
                eml, sent, items, ("2026-09-03", ("abs", "2026-09-03"), "08:30"), notes)


def c9537():
    sent = T("2026-08-11 15:05:27")
    rows = [["序号", "工作内容", "责任人", "完成时间", "备注"],
            ["1", "二级管网平衡调试方案", "主责：孟庆海；配合：白玉山", "8月20日（周四）前（含）", ""],
            ["2", "用户室内温度监测点安装", "刘思雨（主责）/韩冬梅（配合）", "8月底前", "首批200户"],
            ["3", "热源厂环保验收资料", "那日苏", "待定", "等环保局通知"],
            ["4", "复核换热站设备台账", "孟庆海", "本周五", "东片区"],
            ["5", "复核换热站设备台账", "白玉山", "下周五", "西片区"]]
    intro = "各位：\n\n今天供热准备工作周例会的任务分解如下，请按时完成。\n"
    tail = "\n孟庆海\n管网所"
    text = intro + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n" + tail + "\n"
    html = simple_html('<div style="font-size:14px">%s</div>\n%s\n<div>%s</div>' % (
        lines_html(intro), html_table(rows), lines_html(tail)), cs="utf-8")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_NextPart_%s" % hx("c9537b", 24).upper(), fold=False)
    eml = mk(ORG, "wecom", sent, "孟庆海", ["白玉山", "刘思雨", "韩冬梅", "那日苏", "乌云其其格"], ["包国栋"],
             "供热准备工作周例会任务分解（8.11）", body, "c9537", sender_ip="10.20.3.8", hop=("smtp.exmail.example.com", ""))
    items = [
        I("孟庆海", "二级管网平衡调试方案", ("2026-08-20", ("abs", "2026-08-20"))),
        I("刘思雨", "用户室内温度监测点安装", ("2026-08-31", ("monthend",))),
        I("那日苏", "热源厂环保验收资料", None, flags=["vague_due"]),
        I("孟庆海", "复核换热站设备台账", ("2026-08-14", ("wkday", 4))),
        I("白玉山", "复核换热站设备台账", ("2026-08-21", ("nextwk", 4))),
    ]
    notes = ("WeCom HTML table + '|' text. Sent Tue 2026-08-11. 责任人 cells hold 主责/配合 in two spellings ('主责：孟庆海；"
             "配合：白玉山', '刘思雨（主责）/韩冬梅（配合）'): the 主责 owns. Nested '8月20日（周四）前（含）' -> 08-20. Rows 4 "
             "and 5 have the same task text for different owners and dates (本周五 -> 08-14, 下周五 -> 08-21): two items. "
             "待定 -> vague_due.")
    return Case(9537, "hr-wecom-table-zhuze-same-task", "minutes",
                "WeCom table: 主责/配合 cells in two spellings, nested '（周四）前（含）', same task text twice (本周五/下周五), 待定",
                eml, sent, items, None, notes)


def c9538():
    sent = T("2026-05-09 11:20:36")
    text = """各部门：

今天（5月9日，调休上班）上午召开了“安全生产月”活动筹备会，议定事项如下：
1、活动方案由综合办公室韩主任修改后印发，下周一上午10点前完成。
2、各部门2个工作日内报送本部门安全隐患自查清单，报安全环保部。
3、工程部白工周五前完成管网抢修应急演练脚本。
4、安全环保部5月底前组织全员安全知识考试。

下次筹备会时间另行通知。

赵立新
安全环保部
"""
    body = leaf("text/plain", text, "gb2312", "quoted-printable")
    eml = mk(ORG, "outlook", sent, "赵立新", ["韩冬梅", "白玉山", "刘思雨", "孟庆海"], ["包国栋"],
             "“安全生产月”活动筹备会议定事项", body, "c9538", label="gb2312", sender_ip="10.20.1.27", hop=HOP)
    items = [
        I("韩冬梅", "修改并印发“安全生产月”活动方案", ("2026-05-11", ("nextwk", 0)), time="10:00"),
        I(None, "报送本部门安全隐患自查清单", ("2026-05-12", ("wd", 2)), flags=["no_owner"]),
        I("白玉山", "完成管网抢修应急演练脚本", ("2026-05-15", ("wkday", 4))),
        I(None, "组织全员安全知识考试", ("2026-05-31", ("monthend",)), flags=["no_owner"], dept="安全环保部"),
    ]
    notes = ("Outlook gb2312 QP text/plain only, sent on Sat 2026-05-09, a May Day make-up working day. 下周一上午10点前 "
             "-> 05-11 10:00; 2个工作日内 -> 05-11, 05-12 -> 2026-05-12; bare 周五前 on a Saturday: this week's Friday "
             "(05-08) is past -> 2026-05-15. '各部门' -> no_owner, department null; '安全环保部' (department only, even "
             "though the writer heads it) -> no_owner with department 安全环保部. No next meeting (另行通知).")
    return Case(9538, "hr-outlook-makeup-saturday", "minutes",
                "Outlook gb2312 plain sent on the 05-09 make-up Saturday: 下周一上午10点前, 2个工作日内, 周五前 rolls to next "
                "week; 各部门 and department-only owners",
                eml, sent, items, None, notes)
