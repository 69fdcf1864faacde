"""Cases 10801-10807: 安顺市西秀区自然资源局 (government unit, Anshun, Guizhou)."""
import datetime as dt

from h80_clients import coremail, dingtalk, foxmail, outlook, exmail, apple
from h80_html import T, div_html, outlook_html, to_text
from h80_lib import ew, fu, hx, it, leaf, make_docx, message, multi
from h80_people import ORGS, person

CST = dt.timezone(dt.timedelta(hours=8))
BOT = ORGS["A"]["bot"]
P = person


def case(slug, kind, raw, notes, row, items=(), followup=None):
    return {"slug": slug, "kind": kind, "raw": raw, "items": list(items), "followup": followup,
            "notes": notes, "row": row}


def c10801():
    sent = dt.datetime(2026, 4, 30, 16, 42, 18, tzinfo=CST)
    subject = "西秀区自然资源局耕地保护专项工作调度会议纪要（2026年第3期）"
    blocks = [
        "各股室、中心、大队：",
        "",
        "4月29日下午，田茂林副局长主持召开耕地保护专项工作调度会，听取卫片执法图斑核查、不动产登记“带押过户”推进情况汇报，"
        "研究部署下一阶段工作。现将会议议定事项纪要如下：",
        "",
        "一、会议议定事项",
        "一是抓紧完成2026年第一季度卫片图斑核查。对剩余的37个疑似“非农化”图斑逐一现场核实，形成核查台账。"
        "责任单位：耕地保护股（吴光荣牵头），执法监察大队配合；完成时限：5个工作日内。",
        "二是做好“带押过户”业务窗口准备。梳理办理流程、明确收件材料清单并在大厅公示。责任单位：不动产登记中心；"
        "完成时限：5月8日前。",
        "三是报送国土空间规划实施监测评估初稿。责任单位：国土空间规划股（龙海燕）；完成时限：节后第一个工作日。",
        "四是汇总各乡镇（街道）耕地保护目标责任书签订情况，报区政府办公室。责任单位：办公室（杨德明）；"
        "完成时限：2026年5月20日前。",
        "",
        "二、有关要求",
        "（一）各责任单位要对照时限倒排工期，重要情况及时向分管领导报告。",
        "（二）五一假期期间执法监察大队要加强巡查，对违法占地行为做到早发现、早制止、严查处。",
        "（三）下次调度会时间另行通知。",
        "",
        "参会人员：田茂林、杨德明、吴光荣、龙海燕、陈国栋、安志刚、韦晓丽",
        "",
        "西秀区自然资源局办公室",
        "2026年4月30日",
    ]
    frm = P("杨德明")
    to = [P(n) for n in ("吴光荣", "龙海燕", "陈国栋", "安志刚")]
    cc = [P("田茂林"), P("韦晓丽"), BOT]
    body = multi("alternative", [
        leaf("text/plain", to_text(blocks), "gb2312", "quoted-printable", cs_quote=True),
        leaf("text/html", outlook_html(blocks, "gb2312"), "gb2312", "quoted-printable", cs_quote=True)],
        "----=_NextPart_000_0013_01DCD8A1.4F2E3B10")
    h = outlook(frm, to, cc, subject, sent, f"<000001dcd8a1$4f2e3b10$ed8cb130$@{frm[1].split('@')[1]}>", BOT,
                seed="10801")
    items = [
        it("吴光荣", "完成2026年第一季度卫片图斑核查", "2026-05-11", ("wd", 5)),
        it(None, "做好“带押过户”业务窗口准备", "2026-05-08", dept="不动产登记中心"),
        it("龙海燕", "报送国土空间规划实施监测评估初稿", "2026-05-06", ("post_hol",)),
        it("杨德明", "汇总各乡镇（街道）耕地保护目标责任书签订情况", "2026-05-20"),
    ]
    notes = ("Government 一是/二是 minutes with 责任单位/完成时限 lines. Sent Thu 2026-04-30 16:42, the eve of the "
             "Labour Day holiday (05-01..05-05 off, Sat 05-09 a make-up working day). 一是 names 吴光荣 as 牵头 "
             "(执法监察大队 only 配合): '5个工作日内' -> 05-06, 05-07, 05-08, 05-09 (make-up Sat), 05-11 = "
             "2026-05-11. 二是 has only the unit 不动产登记中心 -> owner null, no_owner, department 不动产登记中心, "
             "due 2026-05-08. 三是 '节后第一个工作日' -> 2026-05-06. 四是 -> 2026-05-20. The 有关要求 lines "
             "(五一 patrols etc.) are standing requirements, not items; '下次调度会时间另行通知' -> no follow-up. "
             "Outlook gb2312 quoted-printable, text + Word HTML.")
    return case("10801-gov-yishi-ershi-outlook-gb2312", "minutes", message(h, body), notes,
                "Outlook gb2312 QP 一是/二是 government minutes: 牵头/配合, unit-only owner, 5个工作日内 across May Day "
                "and the 05-09 make-up Saturday, 节后第一个工作日; 要求 lines are not items", items)


def c10802():
    sent = dt.datetime(2026, 4, 14, 10, 5, 37, tzinfo=CST)
    subject = "耕地保护专项整治推进会会议纪要（4月13日）"
    text = ("各位领导、同事：\n\n    附件是4月13日耕地保护专项整治推进会的会议纪要（含任务分解表），请各责任人按时限抓好落实。"
            "纪要助手已抄送，会按分解表自动提醒。\n    如有异议请今天内告诉我。\n\n耕地保护股  韦晓丽\n"
            "安顺市西秀区自然资源局\n")
    html = div_html([ln for ln in text.rstrip("\n").split("\n")], cs="GBK", font="宋体")
    table = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
             ["1", "完成旧州镇、双堡镇两个片区永久基本农田核实整改方案", "耕地保护股", "吴光荣", "4月20日前"],
             ["2", "对接区农业农村局，核对高标准农田建设项目上图入库数据", "国土空间规划股", "龙海燕", "4月底前"],
             ["3", "起草违法占用耕地案件移送工作规程（试行）", "执法监察大队", "安志刚", "本周五前"],
             ["4", "整改方案经省厅审核后印发各乡镇", "办公室", "杨德明", "待省厅反馈后"],
             ["5", "编制耕地保护宣传月活动方案", "耕地保护股", "韦晓丽", "4月24日（周五）"]]
    paras = ["会议时间：2026年4月13日（星期一）15:00—16:30",
             "会议地点：局三楼会议室",
             "主持人：田茂林    记录人：韦晓丽",
             "参会人员：杨德明、吴光荣、龙海燕、陈国栋、安志刚、韦晓丽",
             "## 一、会议情况",
             "会议通报了全区耕地保护专项整治进展。截至4月10日，已完成整改图斑126个，完成率71%。",
             "## 二、任务分解",
             "## 三、下次会议",
             "下次推进会定于4月21日（星期二）上午9:30召开，地点三楼会议室，请各责任人汇报任务进展。"]
    docx = make_docx("耕地保护专项整治推进会会议纪要", paras, tables=[(6, table)], author="韦晓丽",
                     when=dt.datetime(2026, 4, 14, 9, 40))
    fname = "耕地保护推进会纪要0413.docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "GBK", "base64"),
                              leaf("text/html", html, "GBK", "base64")], "----=_Part_81220_1391207512.1776132337201"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=docx,
             cte="base64", name=fname, disposition="attachment", name_cs="GBK")], "----=_Part_81219_572061114.1776132337201")
    frm = P("韦晓丽")
    to = [P(n) for n in ("吴光荣", "龙海燕", "安志刚", "杨德明")]
    cc = [P("田茂林"), P("陈国栋"), BOT]
    h = coremail(frm, to, cc, subject, sent,
                 f"<{hx('10802m', 8)}.{hx('10802n', 4)}.19d8b1c4a71.Coremail.weixiaoli@{frm[1].split('@')[1]}>",
                 BOT, seed="10802")
    items = [
        it("吴光荣", "完成旧州镇、双堡镇两个片区永久基本农田核实整改方案", "2026-04-20"),
        it("龙海燕", "对接区农业农村局，核对高标准农田建设项目上图入库数据", "2026-04-30", ("monthend",)),
        it("安志刚", "起草违法占用耕地案件移送工作规程（试行）", "2026-04-17", ("wkday", "五")),
        it("杨德明", "整改方案经省厅审核后印发各乡镇"),
        it("韦晓丽", "编制耕地保护宣传月活动方案", "2026-04-24"),
    ]
    notes = ("The minutes are only in the .docx attachment (task table 序号/工作任务/责任单位/责任人/完成时限); the "
             "mail body is a cover note. Sent Tue 2026-04-14. #1 '4月20日前' -> 2026-04-20. #2 '4月底前' -> "
             "2026-04-30. #3 '本周五前' -> 2026-04-17. #4 '待省厅反馈后' is a condition, not a date -> due null, "
             "no_due. #5 '4月24日（周五）' -> 2026-04-24 (a Friday, checked). 会议情况 numbers are facts. "
             "下次推进会 4月21日（星期二）上午9:30 -> 2026-04-21 09:30. '如有异议请今天内告诉我' in the cover note "
             "is not an item. Coremail GBK base64, attachment name as a GBK encoded word.")
    return case("10802-gov-docx-task-table-coremail", "minutes", message(h, body), notes,
                "Coremail GBK cover note + .docx minutes with a task-breakdown table: 本周五前, 4月底前, a conditional "
                "deadline (no_due), next meeting inside the docx", items, fu("2026-04-21", "09:30"))


def c10803():
    sent = dt.datetime(2026, 5, 18, 9, 47, 13, tzinfo=CST)
    old = "<202604081620431127304@xxzrzyj.example.gov.cn>"
    subject = "回复：关于旧州镇宅基地确权登记遗留问题的沟通"
    text = """陈主任、王雪梅同志：

    上周五（5月15日）在镇政府召开了宅基地确权登记遗留问题现场协调会，会议纪要如下，请审阅。局里的纪要助手我也抄送了。

一、参会人员：区不动产登记中心陈国栋、王雪梅；区林业局刘股长；镇自然资源所潘明、罗春燕；相关村组干部。

二、协调结果及分工
1. 对12户“一户多宅”情况，由镇自然资源所逐户入户核实，形成处置意见。（潘明，本周四前）
2. 不动产登记中心对已核实的47宗宅基地先行办理首次登记，发证工作同步推进。（王雪梅，5月底前）
3. 涉及林地的3宗，需区林业局出具林地性质认定意见。（区林业局，时间待林业局确定）
4. 罗春燕负责把村组公示材料收集齐全并扫描报送登记中心，下周二前完成。

三、下次现场会：视入户核实情况另定。

潘明
旧州镇自然资源所
2026-05-18

 
发件人： 陈国栋
发送时间： 2026-04-08 16:20
收件人： 潘明
抄送： 王雪梅
主题： 关于旧州镇宅基地确权登记遗留问题的沟通

潘所长：
    上次电话说的事项，请于4月底前把“一户多宅”的清单报我中心，我们好安排下一步工作。另外，已核实的宗地请镇里先出具四至确认书。
    谢谢！

陈国栋
西秀区不动产登记中心
"""
    lines = text.rstrip("\n").split("\n")
    html = div_html(lines, cs="GB2312", font="宋体", size="10.5pt")
    body = multi("alternative", [leaf("text/plain", text, "GB2312", "base64", cs_quote=True),
                                 leaf("text/html", html, "GB2312", "quoted-printable", cs_quote=True)],
                 "----=_001_NextPart431276380274_=----")
    frm = P("潘明")
    to = [P("陈国栋"), P("王雪梅")]
    cc = [P("罗春燕"), BOT]
    h = foxmail(frm, to, cc, subject, sent, "<202605180947138825631@jiuzhouzhen.example.gov.cn>", BOT,
                irt=old, refs=[old], seed="10803")
    items = [
        it("潘明", "逐户入户核实，形成处置意见", "2026-05-21", ("wkday", "四")),
        it("王雪梅", "对已核实的47宗宅基地先行办理首次登记", "2026-05-31", ("monthend",)),
        it(None, "出具林地性质认定意见", vague=True),
        it("罗春燕", "把村组公示材料收集齐全并扫描报送登记中心", "2026-05-26", ("nextwk", "二")),
    ]
    notes = ("New minutes posted as '回复：' in an old thread (In-Reply-To a 2026-04-08 mail), by the town office "
             "head 潘明 (outside the roster; owner address from From). Sent Mon 2026-05-18. #1 '本周四前' -> "
             "2026-05-21. #2 '5月底前' -> 2026-05-31. #3 owner '区林业局' is an outside department -> owner null, "
             "department null, no_owner; '时间待林业局确定' is 待定 -> due null, vague_due. #4 罗春燕 (Cc display "
             "name) '下周二前' -> 2026-05-26. '下次现场会…另定' -> no follow-up. The quoted Foxmail block "
             "(发件人：/发送时间：) is the old mail: its '4月底前' request is not an item. Foxmail GB2312, text "
             "base64 + HTML QP.")
    return case("10803-gov-new-minutes-in-old-thread-foxmail", "minutes", message(h, body), notes,
                "Foxmail GB2312 '回复：' carrying NEW minutes from an outside town office above an old quoted "
                "request; owners from From/Cc names, outside-department owner, 本周四前/下周二前", items)


def c10804():
    sent = dt.datetime(2026, 5, 29, 11, 32, 5, tzinfo=CST)
    subject = "关于召开2026年耕地保护目标责任考核工作会的通知"
    text = """各股室、中心、大队：

    经局领导同意，定于6月3日（星期三）上午9:00在局三楼会议室召开2026年耕地保护目标责任考核工作会，现将有关事项通知如下：

    一、参会人员：局领导，各股室、中心、大队主要负责人。
    二、会议内容：通报2025年度考核结果，部署2026年度考核自评工作。
    三、有关要求：请各单位于6月2日下班前将本单位自评报告（纸质版盖章、电子版发邮箱）报送办公室；确因特殊情况不能参会的，请提前向田茂林副局长请假。

    联系人：杨德明

西秀区自然资源局办公室
2026年5月29日
"""
    frm = P("杨德明")
    to = [P(n) for n in ("吴光荣", "龙海燕", "陈国栋", "安志刚")]
    cc = [P("田茂林"), BOT]
    body = multi("alternative", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", div_html(text.rstrip("\n").split("\n"), cs="utf-8", font="仿宋"), "utf-8", "base64")],
        "----=_NextPart_6658A1C9_0B3C5E28_4D1F7A90")
    h = exmail(frm, to, cc, subject, sent, f"<tencent_{hx('10804', 32).upper()}@xxzrzyj.example.gov.cn>", BOT,
               cs="utf-8", seed="10804", mailer="WeCom Mail")
    notes = ("A meeting notice (会议通知) written by a person, sent from WeCom mail: it announces a meeting on "
             "6月3日 and asks units for a self-assessment report '6月2日下班前', but it is not minutes and not a "
             "reply -> kind other, no items, no follow-up. No Auto-Submitted or list headers.")
    return case("10804-other-meeting-notice-wecom", "other", message(h, body), notes,
                "WeCom 会议通知 with a meeting time and a 下班前 deadline: a notice, not minutes -> other")


def c10805():
    sent = dt.datetime(2026, 6, 17, 18, 20, 44, tzinfo=CST)
    subject = "转发：【钉钉智能纪要】国土空间规划“一张图”数据更新专题会"
    text = """纪要助手：请跟踪下面纪要里的待办。其他内容是AI自动生成的，仅供参考。
——龙海燕

-------- 原始邮件 --------
发件人：钉钉智能纪要 <ai-minutes@notice.xxzrzyj.example.gov.cn>
时间：2026年6月17日 17:05
收件人：龙海燕
主题：【钉钉智能纪要】国土空间规划“一张图”数据更新专题会

会议主题：国土空间规划“一张图”数据更新专题会
会议时间：2026-06-17 15:00-16:10
参会人：龙海燕、韦晓丽、王雪梅、安志刚、田茂林

【全文摘要】
会议围绕“一张图”年度数据更新展开。龙海燕通报了上半年变更图斑入库进度，目前已完成约82%。田茂林要求端午节前完成重点图斑复核，节后第一时间上报市局。安志刚提出执法图斑中有15宗需要二次核查。

【章节速览】
00:02 上半年入库进度通报
18:40 变更图斑复核分工
41:15 执法图斑衔接

【发言人观点】
田茂林：端午节前务必把重点图斑复核完，节后第一时间报市局。
安志刚：执法图斑有15宗需二次核查，建议节后统一安排人员。
王雪梅：登记宗地数据可以导出，但需要规划股提供比对口径。

【待办事项】
1. 韦晓丽：端午节前完成38个重点变更图斑的内业复核
2. 王雪梅：6月23日前提供不动产登记宗地数据与“一张图”的比对结果
3. 安志刚：节后第一个工作日完成15宗执法图斑的二次核查
4. 整理会议录音中提到的数据问题清单（未指定负责人）

以上内容由AI生成，仅供参考，请以实际会议内容为准。
"""
    frm = P("龙海燕")
    to = [BOT]
    cc = [P("韦晓丽"), P("王雪梅"), P("安志刚")]
    body = multi("alternative", [
        leaf("text/plain", text, "UTF-8", "base64"),
        leaf("text/html", div_html(text.rstrip("\n").split("\n"), cs="UTF-8", font="PingFang SC"), "UTF-8",
             "base64")], f"----=ALIBOUNDARY_{hx('10805b', 5)}_{hx('10805c', 8)}")
    h = dingtalk(frm, to, cc, subject, sent, f"<{hx('10805', 8)}-{hx('10805x', 4)}-{hx('10805y', 4)}@"
                                             f"xxzrzyj.example.gov.cn>", BOT, seed="10805")
    items = [
        it("韦晓丽", "完成38个重点变更图斑的内业复核", "2026-06-18", ("pre_hol",)),
        it("王雪梅", "提供不动产登记宗地数据与“一张图”的比对结果", "2026-06-23"),
        it("安志刚", "完成15宗执法图斑的二次核查", "2026-06-22", ("post_hol",)),
        it(None, "整理会议录音中提到的数据问题清单"),
    ]
    notes = ("DingTalk AI minutes (智能纪要) forwarded by 龙海燕 with the bot in To. Only 【待办事项】 counts: the "
             "摘要/发言人观点 sections repeat the same work as talk and are not items. Sent Wed 2026-06-17; "
             "Dragon Boat holiday 06-19..06-21. #1 '端午节前' -> last working day before the holiday = Thu "
             "2026-06-18. #2 -> 2026-06-23. #3 '节后第一个工作日' -> Mon 2026-06-22. #4 '未指定负责人' and no date "
             "-> no_owner + no_due. No next meeting.")
    return case("10805-gov-dingtalk-ai-minutes-dragon-boat", "minutes", message(h, body), notes,
                "Forwarded 钉钉智能纪要: only 待办 counts (摘要/观点 repeat the work); 端午节前 = 06-18, 节后第一个"
                "工作日 = 06-22; unassigned 待办 -> no_owner+no_due", items)


def c10806():
    sent = dt.datetime(2026, 7, 6, 20, 15, 9, tzinfo=CST)
    subject = "股室周例会（7月6日）简要纪要"
    text = """股室周例会（7月6日）简要纪要，田局不在，结论以此为准：

晓丽：
①7月8日前把6月份耕地“进出平衡”台账更新完；
②配合执法大队做好大西桥镇2宗图斑的现场复核，具体时间跟安队约。

光荣（我）：
①周三前向田局汇报补充耕地项目验收情况。

雪梅（登记中心借调）：
①下周一前把耕地占用税联办材料转交税务部门。

安队：
①尽快出具大西桥镇复核意见，市局在催。

发自我的iPhone
"""
    frm = P("吴光荣")
    to = [P("韦晓丽"), P("王雪梅"), P("安志刚")]
    cc = [BOT]
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    h = apple(frm, to, cc, subject, sent, f"<{hx('10806', 8).upper()}-{hx('10806a', 4).upper()}-"
                                         f"{hx('10806b', 4).upper()}-{hx('10806c', 12).upper()}@xxzrzyj.example.gov.cn>",
              BOT, seed="10806", build="3826.500.181.1.5")
    h = [x for x in h if x[0] != "X-Mailer"] + [("X-Mailer", "iPhone Mail (22F76)")]
    items = [
        it("韦晓丽", "把6月份耕地“进出平衡”台账更新完", "2026-07-08"),
        it("韦晓丽", "配合执法大队做好大西桥镇2宗图斑的现场复核"),
        it("吴光荣", "向田局汇报补充耕地项目验收情况", "2026-07-08", ("wkday", "三")),
        it("王雪梅", "把耕地占用税联办材料转交税务部门", "2026-07-13", ("nextwk", "一")),
        it("安志刚", "出具大西桥镇复核意见", vague=True),
    ]
    notes = ("Minutes grouped by person, written on an iPhone (text/plain UTF-8 QP). Sent Mon 2026-07-06 20:15. "
             "Person headers are short names: 晓丽 = 韦晓丽, 雪梅 = 王雪梅, 安队 = 安志刚 (roster aliases); "
             "'光荣（我）' is the sender 吴光荣 (From). ①② under a person are separate items of that person. "
             "韦晓丽 ① '7月8日前' -> 2026-07-08; ② '具体时间跟安队约' -> no date, no_due. 吴光荣 '周三前' -> "
             "2026-07-08. 王雪梅 '下周一前' -> 2026-07-13. 安志刚 '尽快' -> vague_due.")
    return case("10806-gov-grouped-by-person-iphone", "minutes", message(h, body), notes,
                "iPhone Mail plain QP minutes grouped by person (晓丽：/安队：/光荣（我）：) with ① sub-items; "
                "short-name aliases, 'me' = From; 周三前, 下周一前, 尽快, no-date item", items)


def c10807():
    sent = dt.datetime(2026, 6, 18, 8, 5, 31, tzinfo=CST)
    recap = "<mb.20260617.a41c9e@xxzrzyj.example.gov.cn>"
    subject = "自动回复: 【纪要确认】国土空间规划“一张图”数据更新专题会"
    text = ("您好！我于6月18日至6月24日参加省厅组织的业务培训，期间不能及时查看邮件。\n"
            "紧急事项请联系办公室杨德明，节后（6月22日起）我会陆续回复。\n\n田茂林\n")
    frm = P("田茂林")
    body = multi("alternative", [
        leaf("text/plain", text, "gb2312", "base64"),
        leaf("text/html", outlook_html(text.rstrip("\n").split("\n"), "gb2312", bold_first=False), "gb2312",
             "base64")], "_000_SG2PR06MB5190A1C4E37E2B0F9AD3C2B6A1C42SG2PR06MB5190apcp_")
    h = outlook(frm, [BOT], [], subject, sent, f"<SG2PR06MB5190{hx('10807', 20).upper()}@xxzrzyj.example.gov.cn>",
                BOT, irt=recap, refs=[recap], seed="10807")
    h = [x for x in h if x[0] != "X-Mailer"]
    pos = [k for k, _ in h].index("MIME")
    h[pos:pos] = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", frm[1])]
    notes = ("Out-of-office reply from 田茂林 to the bot's recap: Auto-Submitted: auto-replied, "
             "X-Auto-Response-Suppress and '自动回复:' subject. The body has dates (6月18日至6月24日, 6月22日起) and "
             "a delegate; none is an item or a command -> kind auto.")
    return case("10807-auto-ooo-outlook-gb2312", "auto", message(h, body), notes,
                "Outlook/Exchange out-of-office to a recap (Auto-Submitted: auto-replied) with dates in the body")


CASES = [c10801, c10802, c10803, c10804, c10805, c10806, c10807]
