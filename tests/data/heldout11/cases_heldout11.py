# Case definitions for heldout11 (exec'd by gen_heldout11.py). Each gold date carries its rule for --check.
HB = BOTS["h"]; DB = BOTS["d"]; SB = BOTS["s"]; LB = BOTS["l"]

# ============ 江州省人民医院 (hospital) ============
case(slug="1901-hosp-yuanzhouhui-national-day-outlook", client="outlook", label="gb2312", cte="quoted-printable",
     frm=("贺晓鹏", addr("贺晓鹏")), to=["周文澜", "杜秋萍", "宋立群", "姜明远"], cc=[HB], to_bot=HB[1],
     subj="院周会会议纪要（2025年第38期）", date=T("2025-09-26 16:42:10"),
     body="""各位科主任、护士长：

现将9月26日院周会会议纪要印发如下，请遵照执行。

一、会议时间：2025年9月26日（星期五）上午7:45
二、会议地点：门诊楼六楼第一会议室
三、主持人：周文澜（医务科科长）
四、参会人员：各临床科室主任、护士长，医务科、护理部、信息科、质控科负责人

五、会议内容
1. 医务科通报8月份医疗质量指标，平均住院日7.9天，较上月下降0.3天。
2. 质控科通报第三季度病历内涵质量检查情况，甲级病历率96.2%。
3. 国庆、中秋假期医疗安全工作部署。

六、待办事项
1. 医务科周文澜：汇总全院节前医疗安全自查结果，9月30日前报分管院长。
2. 信息科宋立群：制定假期信息系统应急值守预案并报医务科，3个工作日内完成。
3. 护理部杜秋萍：假期护理排班表报医务科备案，9月28日（周日，调休上班）前。
4. 护理部杜秋萍：节后第一个工作日前补报假期期间护理不良事件汇总。
5. 质控科姜明远：第三季度病历质控反馈整改清单下发各科室，10月15日前完成。

七、下次院周会：10月9日（星期四）上午7:45，地点不变。

医务科
贺晓鹏
2025年9月26日
""",
     gold=dict(kind="minutes", items=[
        it("周文澜", "汇总全院节前医疗安全自查结果，报分管院长", "2025-09-30", "abs"),
        it("宋立群", "制定假期信息系统应急值守预案并报医务科", "2025-09-30", "wk", 3),
        it("杜秋萍", "假期护理排班表报医务科备案", "2025-09-28", "abs"),
        it("杜秋萍", "补报假期期间护理不良事件汇总", "2025-10-09", "afterhol"),
        it("姜明远", "第三季度病历质控反馈整改清单下发各科室", "2025-10-15", "abs")],
        next_followup=fu("2025-10-09", "07:45", "afterhol"),
        notes="Outlook gb2312 QP. Sent Fri 2025-09-26 before National Day/Mid-Autumn 2025 (10-01..10-08 off, 09-28 Sun and 10-11 Sat are make-up days). 3个工作日内: 09-28 (make-up Sunday), 09-29, 09-30 -> 09-30. Items 3 and 4 have the same owner (杜秋萍) on consecutive lines: 3 is due on the 09-28 make-up Sunday, 4 on 节后第一个工作日 = 2025-10-09. 会议内容 1-3 are reports, not items. Next 院周会 10-09 07:45.")) 

case(slug="1902-hosp-zhikong-yishi-erishi-foxmail", client="foxmail", label="gbk", cte="base64",
     frm=("姜明远", addr("姜明远")), to=["周文澜", "杜秋萍", "宋立群"], cc=[HB, "贺晓鹏"], to_bot=HB[1],
     subj="关于医疗质量与安全管理委员会第一季度会议的纪要", date=T("2026-03-10 11:08:33"),
     body="""各相关科室：

2026年3月9日下午，医疗质量与安全管理委员会召开第一季度工作会议，姜明远主任主持。会议听取了2025年度质控工作总结，研究部署了2026年重点工作。现纪要如下：

会议指出，2025年全院核心制度落实总体较好，但仍存在三方面问题：一是危急值报告闭环率不足，二是部分科室术前讨论记录流于形式，三是抗菌药物使用强度偏高。

会议要求：
（一）加强危急值闭环管理。由信息科在HIS中增加危急值超时未处理提醒功能。
责任单位：信息科（牵头）、医务科（配合）  责任人：宋立群
完成时限：2026年4月30日前

（二）开展术前讨论专项检查。
责任单位：医务科  责任人：周文澜科长
完成时限：3月底前完成首轮检查，并形成通报。

（三）护理部牵头修订《护理交接班制度》，完成时限：2026年6月。

（四）各临床科室主任是本科室医疗质量第一责任人，要严格落实十八项核心制度。

下次会议拟于第二季度末召开，具体时间另行通知。

质控科
2026年3月10日
""",
     gold=dict(kind="minutes", items=[
        it("宋立群", "在HIS中增加危急值超时未处理提醒功能", "2026-04-30", "abs"),
        it("周文澜", "开展术前讨论专项检查（首轮检查并形成通报）", "2026-03-31", "me"),
        it(None, "修订《护理交接班制度》", None, flags=["vague_due"], dept="护理部")],
        next_followup=None,
        notes="Foxmail GBK base64, SOE/government style. 一是二是 lists problems (not items). （一）（二） name a 责任人 -> owners; 牵头/配合 in one cell, the named 责任人 宋立群 owns it. （三）: department-only owner 护理部 (no person) -> no_owner; '2026年6月' is a month without a day -> treated as vague (due null, vague_due) per the corpus convention for 11月中旬-like phrases; a scorer may accept 2026-06-30. （四） is a rule, not an item. Next meeting 'another notice' -> null.")) 

case(slug="1903-hosp-nursing-newyear-makeup-sunday", client="outlook", label="gb2312", cte="base64",
     frm=("杜秋萍", addr("杜秋萍")), to=[("各病区护士长", "hlb-hsz@jzph.example.org.cn")], cc=["韩雪", "孔令芳", HB], to_bot=HB[1],
     subj="护士长例会纪要12.30", date=T("2025-12-30 17:26:05"),
     body="""各位护士长：

今天护士长例会内容如下，请各病区传达到每位护士。

1、元旦期间护理安全：各病区护士长假期保持通讯畅通，严格执行交接班。
2、心内科护士长（韩雪）：负责整理全院跌倒/坠床不良事件根因分析PPT，
   元旦后第一个工作日上午交护理部。
3、急诊科孔护士长：抢救车药品、物品专项核查，5个工作日内将核查表报护理部。
4、护理部：组织2026年第一季度护理三基考核，时间待定。
5、本月护理质量检查已完成，结果已反馈各病区，不再单独通报。

下次护士长例会1月6日（周二）下午4点，护理部会议室。

护理部 杜秋萍
""",
     gold=dict(kind="minutes", items=[
        it("韩雪", "整理全院跌倒/坠床不良事件根因分析PPT交护理部", "2026-01-04", "afterhol"),
        it("孔令芳", "抢救车药品、物品专项核查，核查表报护理部", "2026-01-07", "wk", 5),
        it(None, "组织2026年第一季度护理三基考核", None, flags=["vague_due"], dept="护理部")],
        next_followup=fu("2026-01-06", "16:00", "nw", 1),
        notes="Outlook gb2312 base64. Sent Tue 2025-12-30; New Year 2026: 01-01..01-03 off, Sun 01-04 is a make-up working day, so 元旦后第一个工作日 = 2026-01-04 (a Sunday). '上午' gives no clock time -> due_time null. Item 2's deadline is on a wrapped continuation line. Owners by title only: 心内科护士长（韩雪） and 急诊科孔护士长 = 孔令芳 (roster alias; also in Cc). 5个工作日内: 12-31, 01-04, 01-05, 01-06, 01-07. Item 4 department-only + 待定. Item 5 is a report. 下次例会 1月6日（周二）16:00.")) 

case(slug="1904-hosp-info-dingtalk-ai-minutes", client="dingtalk", label="utf-8", cte="base64", html_only=True,
     frm=("邵晨", addr("邵晨")), to=["宋立群", "周文澜"], cc=[HB], to_bot=HB[1],
     subj="【钉钉智能纪要】HIS系统升级协调会", date=T("2026-04-29 15:12:40"),
     body="""HIS系统升级协调会 | 智能纪要
会议时间：2026-04-29 14:00-14:52  参会人：宋立群、周文澜、邵晨、厂商工程师 等6人

【会议摘要】
本次会议讨论了HIS系统5.2版本升级的时间窗口、回滚方案和临床科室通知安排。宋立群表示升级需避开五一假期门诊高峰，周文澜建议提前一周通知临床科室。

【章节速览】
00:01:12 升级范围说明
  邵晨介绍了本次升级涉及门诊医生站、住院医生站和电子病历模块，预计停机4小时。
00:18:40 时间窗口讨论
  宋立群：我们尽量5月9号晚上做，那天是调休上班，第二天周日门诊量小。
  周文澜：医务科这边需要提前一周发通知，最晚4月30号前要把通知稿给我。
00:35:05 回滚方案
  邵晨：回滚脚本我这周内写完，下周做一次演练。

【待办事项】
□ 邵晨：编写HIS升级回滚方案并组织演练，5月8日前完成
□ 宋立群：与厂商书面确认5月9日晚停机窗口
□ 邵晨：起草停机通知稿交医务科，4月30日前

【发言人统计】宋立群 38%｜邵晨 35%｜周文澜 19%｜其他 8%

以上内容由AI生成，仅供参考
""",
     gold=dict(kind="minutes", items=[
        it("邵晨", "编写HIS升级回滚方案并组织演练", "2026-05-08", "abs"),
        it("宋立群", "与厂商书面确认5月9日晚停机窗口", None, flags=["no_due"]),
        it("邵晨", "起草停机通知稿交医务科", "2026-04-30", "abs")],
        next_followup=None,
        notes="DingTalk-style AI minutes, HTML only, UTF-8 base64. Only the 【待办事项】 section counts; the 章节速览 transcript lines (时间戳, '这周内写完', '4月30号前') and the summary are not items. Item 2 contains a date inside the task (5月9日晚 is the subject, not a deadline) -> no_due. 5月8日 deadline, 05-09 is a 2026 make-up Saturday (irrelevant to gold). AI footer is noise. No next meeting.")) 

case(slug="1905-hosp-reply-confirm-items-outlook", client="outlook", label="gb2312", cte="base64",
     frm=("杜秋萍", addr("杜秋萍")), to=[(HB[0], "jiyao+h7Qk29Fa@jzph.example.org.cn")], to_bot=HB[1],
     subj="答复: [院务纪要助手] 待办确认：院周会会议纪要（2025年第38期）", date=T("2025-09-26 18:03:51"),
     hdrs=[("In-Reply-To", "<recap-1901.k2@jzph.example.org.cn>"), ("References", "<recap-1901.k2@jzph.example.org.cn>")],
     body="""第3项护理部已知悉，确认。排班表明天上午报医务科。

杜秋萍
护理部

发件人: 院务纪要助手 <jiyao@jzph.example.org.cn>
发送时间: 2025年9月26日 16:43
收件人: 杜秋萍 <duqp@jzph.example.org.cn>
主题: [院务纪要助手] 待办确认：院周会会议纪要（2025年第38期）

您好，会议「院周会会议纪要（2025年第38期）」中有以下待办与您相关：
3. 假期护理排班表报医务科备案 — 截止 2025-09-28
4. 补报假期期间护理不良事件汇总 — 截止 2025-10-09
请直接回复本邮件：确认 / 有异议 / 已完成 / 进度80% / 延期至10月20日
""",
     gold=dict(kind="reply", reply=rep("confirm", [3]),
        notes="Outlook '答复:' reply to the bot recap (which listed items 3 and 4 for her); '第3项…确认' -> confirm item 3 only. The '明天上午报医务科' is the writer's plan, not a new date request. Quote is Outlook's 发件人/发送时间 block; the quoted command list must not be read as intent.")) 

case(slug="1906-hosp-wrapped-nested-brackets-thunderbird", client="thunderbird", label="utf-8",
     frm=("贺晓鹏", addr("贺晓鹏")), to=["周文澜", "宋立群", "杜秋萍"], cc=[HB], to_bot=HB[1],
     subj="日间手术中心筹备会议记录", date=T("2026-06-16 10:20:00"),
     body="""日间手术中心筹备工作第三次会议记录

时间：6月15日（周一）下午
记录：贺晓鹏

一、前期进展
  场地改造已完成验收；麻醉复苏床位6张已到货。

二、需落实事项
  1. 日间手术病种目录（首批不少于20个病种）报医保办备案（医务科周文澜负责，
     6月26日（周五）前报送（如医保办要求补充材料，另行顺延））。
  2. 信息科宋科长：日间手术预约模块上线测试，需与HIS、
     麻醉系统对接，
     完成时间：7月10日。
  3. 护理部杜主任：日间病房护理人员培训（①术前宣教流程；②出院随访电话流程），
     两项均须在6月30日前完成。

三、下次会议
  定于下周同一时间，仍在行政楼三楼小会议室召开。
""",
     gold=dict(kind="minutes", items=[
        it("周文澜", "日间手术病种目录报医保办备案", "2026-06-26", "abs"),
        it("宋立群", "日间手术预约模块上线测试（与HIS、麻醉系统对接）", "2026-07-10", "abs"),
        it("杜秋萍", "日间病房护理人员培训：①术前宣教流程；②出院随访电话流程", "2026-06-30", "abs")],
        next_followup=fu("2026-06-22", None, "nw", 0),
        notes="Thunderbird 8bit UTF-8 format=flowed. Items wrap over lines; item 1's deadline sits in nested brackets '（…6月26日（周五）前报送（如…顺延））'; item 2's date is on its own continuation line; item 3 has ①② sub-tasks inside brackets sharing one deadline (recorded as one item; splitting into two with the same owner/date is acceptable). 前期进展 is status. Meeting was Mon 06-15 afternoon; '下周同一时间' -> Mon 2026-06-22, afternoon only (no clock time) -> time null. Sent Tue 06-16: '下周' is relative to the meeting/send week, both give 06-22.")) 

case(slug="1907-hosp-decisions-only-apple", client="apple", label="utf-8", cte="quoted-printable",
     frm=("周文澜", addr("周文澜")), to=[("全体科主任", "kzr-all@jzph.example.org.cn")], cc=[HB], to_bot=HB[1],
     subj="医疗安全专题会议决定事项", date=T("2025-11-19 08:31:12"),
     body="""各科主任：

昨日医疗安全专题会议形成以下决定，即日起执行：

1. 自2025年12月1日起，所有三、四级手术术前须完成多学科讨论并在电子病历中记录。
2. 危急值须在接到报告后15分钟内处置并记录，超时纳入科室月度考核。
3. 节假日期间科主任须保持24小时通讯畅通。
4. 12月份起医务科每月第一周周三进行一次夜查房。

请各科室组织学习。

周文澜
医务科
""",
     gold=dict(kind="minutes", items=[], next_followup=None,
        notes="Apple Mail UTF-8 QP. Decisions and rules only ('即日起执行', '自…起', '15分钟内', '每月第一周周三'): no action items. Kind stays minutes (meeting decisions mailed to the bot).")) 

case(slug="1908-hosp-vendor-tantou-kigen-table", client="outlook", label="utf-8", cte="quoted-printable",
     frm=("Tanaka Ken", EXT["Tanaka Ken"]), to=["宋立群", "邵晨"], cc=[HB], to_bot=HB[1],
     subj="【議事録】PACS更新プロジェクト定例会 / PACS更新项目例会纪要 10/9", date=T("2026-10-09 18:40:00"),
     body="""宋科长、邵工

いつもお世话になっております。MediVue中国的田中です。
本日的定例会议事録如下，请确认。

■ 日时：2026年10月9日（金）14:00-15:30
■ 场所：江州省人民医院 信息科会议室

■ 決定事項
・影像数据迁移分两批进行，第一批为2024年以后的数据。

■ 课题一览（担当／期限）
No.	内容	担当	期限	备考
1	迁移脚本验证报告提交	田中	10/16	
2	院内网络带宽测试（放射科—机房）	邵工	下个工作日	周六调休上班
3	旧服务器下线审批流程	宋科长	10月末	
4	影像调阅终端清单确认	信息科	確認中	

■ 次回定例会
10月16日（金）同一时间

以上、よろしくお願いいたします。
田中 健 / Tanaka Ken
MediVue Co., Ltd. 中国事业部
""",
     gold=dict(kind="minutes", items=[
        it("Tanaka Ken", "迁移脚本验证报告提交", "2026-10-16", "abs"),
        it("邵晨", "院内网络带宽测试（放射科—机房）", "2026-10-10", "nextwd"),
        it("宋立群", "旧服务器下线审批流程", "2026-10-31", "me"),
        it(None, "影像调阅终端清单确认", None, flags=["vague_due"], dept="信息科")],
        next_followup=fu("2026-10-16", "14:00", "abs"),
        notes="Japanese vendor writes zh/ja mixed minutes (UTF-8 QP, Outlook) with a 担当/期限 table. 田中 = From 'Tanaka Ken' (external, address from From). 邵工/宋科长 via roster aliases. 下个工作日 from Fri 2026-10-09 = Sat 10-10 (make-up working day after National Day 2026; the 备考 column even says so). 10月末 -> 10-31. 信息科 + '確認中' -> no_owner + vague_due. 決定事項 not an item. 次回 '同一时间' = 14:00 on 10-16.")) 

# ============ 粤珑置业 南沙项目公司 (developer) ============
case(slug="1909-dev-gongcheng-lihui-table-outlook", client="outlook", label="gb2312", cte="base64",
     frm=("钟伟强", addr("钟伟强")), to=["梁振东", "冯嘉豪", "潘慧敏", ("谭国栋", EXT["谭国栋"]), ("曾志勇", EXT["曾志勇"])], cc=[DB], to_bot=DB[1],
     subj="南沙悦珑湾项目第27次工程例会纪要", date=T("2025-07-14 19:05:22"),
     body="""各参建单位：

7月14日（周一）下午在项目部召开第27次工程例会，甲方工程部、恒正监理、穗宏建设总包参加，梁总主持。纪要如下：

一、进度情况
3#楼主体封顶（已完成），5#楼施工至18层，较节点计划滞后约5天。

二、待办事项
序号	事项	责任单位	责任人	完成时间
1	5#楼增加一个作业班组，追回节点工期	总包	曾志勇	7月25日前
2	地下室防水旁站记录补齐	监理	谭国栋	本周五
3	幕墙二次深化图纸确认	甲方工程部	冯嘉豪	7月18日
4	7月进度款审核	甲方成本合约部	潘慧敏	月底前
5	3#楼屋面防水验收	甲方工程部	钟伟强	已完成

三、下次例会：7月21日（周一）14:30，项目部二楼会议室。

甲方工程部 钟伟强
""",
     gold=dict(kind="minutes", items=[
        it("曾志勇", "5#楼增加一个作业班组，追回节点工期", "2025-07-25", "abs"),
        it("谭国栋", "地下室防水旁站记录补齐", "2025-07-18", "wd", 4),
        it("冯嘉豪", "幕墙二次深化图纸确认", "2025-07-18", "abs"),
        it("潘慧敏", "7月进度款审核", "2025-07-31", "me")],
        next_followup=fu("2025-07-21", "14:30", "nw", 0),
        notes="Outlook gb2312 base64 with HTML table. External owners 曾志勇 (总包) and 谭国栋 (监理) from the To display names. Row 5 '已完成' is status. 本周五 from Mon 07-14 = 07-18. 进度情况 is a report.")) 

case(slug="1910-dev-forward-before-spring-festival", client="outlook", label="gb2312", cte="quoted-printable",
     frm=("梁振东", addr("梁振东")), to=["冯嘉豪", "钟伟强", "黎诗琪"], cc=[DB], to_bot=DB[1],
     subj="转发: 春节前安全文明施工检查整改会议纪要", date=T("2026-02-12 09:14:45"),
     body="""小钟、冯工、黎经理：
监理这份纪要转给你们，涉及我们甲方的几条各自抓紧，节前必须闭环。另外报建那条黎经理直接对接住建局，不用等我。
梁

________________________________
发件人: 谭国栋 <tangd@hengzheng-jl.example.cn>
发送时间: 2026年2月11日 18:32
收件人: 梁振东 <liangzd@yuelong-dev.example.cn>
抄送: 曾志勇 <zengzy@suihong-build.example.cn>
主题: 春节前安全文明施工检查整改会议纪要

梁总：
2月11日节前安全联合检查后召开整改会，纪要如下：
（1）总包：临边防护缺失7处，2个工作日内整改完毕并报监理复查（责任人：曾志勇）。
（2）甲方工程部：组织节前停工封闭验收，2月13日（周五）前完成（责任人：钟伟强）。
（3）甲方报建部：夜间施工许可延期手续，节后第一个工作日办结（责任人：黎诗琪）。
（4）监理：节后复工条件核查，责任人：谭国栋，时间：节后第一个工作日。
春节停工期间值班安排按已报方案执行。
恒正监理 谭国栋
""",
     gold=dict(kind="minutes", items=[
        it("曾志勇", "临边防护缺失7处整改完毕并报监理复查", "2026-02-13", "wk", (("2026-02-11"), 2)),
        it("钟伟强", "组织节前停工封闭验收", "2026-02-13", "abs"),
        it("黎诗琪", "夜间施工许可延期手续办结", "2026-02-24", "afterhol"),
        it("谭国栋", "节后复工条件核查", "2026-02-24", "afterhol")],
        next_followup=None,
        notes="Outlook '转发:' sent Thu 2026-02-12 by the developer's 梁总 with his own preface (no items in it: '各自抓紧' restates). The forwarded minutes are the content and count. Spring Festival 2026: 02-15..02-23 off, 02-14 (Sat) and 02-28 (Sat) make-up. '2个工作日内' is written in minutes dated 02-11: counted from the minutes' date 02-11 -> 02-12, 02-13 = 2026-02-13 (ambiguous: counting from the forward's Date 02-12 gives 02-14 make-up Saturday; a careful assistant uses the original minutes' date). 节后第一个工作日 = 2026-02-24. Last line is a rule.")) 

case(slug="1911-dev-re-thread-new-minutes-exmail", client="exmail", label="gb18030", cte="base64",
     frm=("冯嘉豪", addr("冯嘉豪")), to=["梁振东", ("曾志勇", EXT["曾志勇"]), ("谭国栋", EXT["谭国栋"])], cc=[DB, "钟伟强"], to_bot=DB[1],
     subj="回复：南沙悦珑湾 精装样板房专题会纪要", date=T("2026-06-22 20:47:03"),
     hdrs=[("In-Reply-To", "<old-yb-0615@yuelong-dev.example.cn>"), ("References", "<old-yb-0615@yuelong-dev.example.cn>")],
     body="""各位，今天（6/22）样板房专题会第二次，纪要直接回在这个邮件里：

1. 样板房瓷砖色差问题：总包曾经理负责更换，6月30日前完成，更换后通知监理验收。
2. 橱柜五金品牌变更：冯嘉豪出变更单，走成本合约部审批，本周四前提交。
3. 样板房开放时间定7月11日，不再变。

下次专题会下周一同一时间（晚7点）。

冯嘉豪 甲方工程部

------------------ 原始邮件 ------------------
发件人: "冯嘉豪"<fengjh@yuelong-dev.example.cn>;
发送时间: 2026年6月15日(星期一) 晚上8:12
收件人: "梁振东"<liangzd@yuelong-dev.example.cn>;
主题: 南沙悦珑湾 精装样板房专题会纪要

1. 样板房吊顶开裂：总包曾经理负责修复，6月19日前完成。
2. 软装进场：钟伟强协调软装单位，6月20日前进场。
3. 灯具到货：冯嘉豪跟踪，下周三前确认到货时间。
""",
     gold=dict(kind="minutes", items=[
        it("曾志勇", "样板房瓷砖色差更换，更换后通知监理验收", "2026-06-30", "abs"),
        it("冯嘉豪", "出橱柜五金品牌变更单，走成本合约部审批", "2026-06-25", "wd", 3)],
        next_followup=fu("2026-06-29", "19:00", "nw", 0),
        notes="Exmail gb18030: new minutes posted as '回复：' in last week's thread. Only the top part counts; the QQ-style '原始邮件' quote holds last week's items (not items now). 曾经理 = 曾志勇 (surname + title, known only from To). Item 3 is a decision. 本周四 from Mon 06-22 = 06-25. '下周一同一时间（晚7点）' -> 2026-06-29 19:00.")) 

case(slug="1912-dev-wechat-group-paste-iphone", client="iphone", label="utf-8", cte="quoted-printable",
     frm=("梁振东", addr("梁振东")), to=[DB], cc=["冯嘉豪", "钟伟强"], to_bot=DB[1],
     subj="今晚群里碰的几件事", date=T("2025-08-20 21:36:18"),
     body="""群里刚说的，发给纪要机器人留个底

【悦珑湾工程管理群】
梁振东 20:41
今天暴雨，基坑东侧水位上来了，大家注意
冯嘉豪 20:43
收到，抽水泵已经加了两台
梁振东 20:45
@冯嘉豪 明早9点前把基坑监测数据发群里，监测单位的报告一起
冯嘉豪 20:45
好的梁总
梁振东 20:47
@钟伟强 塔吊防风加固你去盯一下，周五前给我一个书面情况
钟伟强 20:52
[OK]
梁振东 20:53
其他的明天早会再说

发自我的iPhone
""",
     gold=dict(kind="minutes", items=[
        it("冯嘉豪", "发基坑监测数据及监测单位报告到群里", "2025-08-21", "tomorrow", time="09:00"),
        it("钟伟强", "盯塔吊防风加固，给书面情况", "2025-08-22", "wd", 4)],
        next_followup=None,
        notes="iPhone Mail UTF-8 QP: a WeChat group chat pasted as minutes. '@冯嘉豪 明早9点前' -> 2025-08-21 09:00. '周五前' from Wed 08-20 -> 08-22. Chat lines about done work ('抽水泵已经加了两台') are reports. '明天早会再说' is vague, no time -> no follow-up recorded (ambiguous; a scorer may accept 2025-08-21 null time).")) 

case(slug="1913-dev-supervisor-minutes-jiafang-yifang", client="foxmail", label="gbk", cte="base64",
     frm=("谭国栋", EXT["谭国栋"]), to=["梁振东", ("曾志勇", EXT["曾志勇"])], cc=["冯嘉豪", DB], to_bot=DB[1],
     subj="监理例会纪要（第45期）", date=T("2026-11-04 17:55:40"),
     body="""监理例会纪要（第45期）

工程名称：粤珑·南沙悦珑湾二期
会议时间：2026年11月4日 14:00
主持：谭国栋（总监理工程师）

一、上期遗留问题落实情况
1、5#楼外墙渗漏点修补——已完成。
2、消防管道试压——已完成。

二、本期监理意见及要求
1、乙方：6#楼砌体工程存在灰缝不饱满，要求3日内返工整改，整改后报验。
2、乙方：按节点计划12月15日前完成6#楼外架拆除，提前报拆除方案。
3、甲方：尽快明确地下车库交付标准，以便乙方安排施工。
4、甲方工程部冯工：组织6#楼分户验收预检，11月20日前。

三、下次监理例会：11月11日（星期三）下午两点。

恒正工程监理有限公司 悦珑湾项目监理部
""",
     gold=dict(kind="minutes", items=[
        it(None, "6#楼砌体灰缝不饱满返工整改，整改后报验", "2026-11-07", "days", 3),
        it(None, "完成6#楼外架拆除，提前报拆除方案", "2026-12-15", "abs"),
        it(None, "明确地下车库交付标准", None, flags=["vague_due"]),
        it("冯嘉豪", "组织6#楼分户验收预检", "2026-11-20", "abs")],
        next_followup=fu("2026-11-11", "14:00", "nw", 2),
        notes="Foxmail GBK minutes written by the supervisor (external From). 乙方/甲方 are party labels, not persons -> owner null, no_owner, department null (乙方 is the contractor; not a roster department). A careful assistant could map 乙方 to 曾志勇 (总包 PM in To), but the text names no person, so gold keeps no_owner. '3日内' = calendar days (N天 rule) -> 11-07. 上期遗留 already done -> status. 冯工 = 冯嘉豪 via alias. 下午两点 -> 14:00.")) 

case(slug="1914-dev-one-line-boss", client="iphone", label="utf-8", cte="base64", plain_only=True,
     frm=("梁振东", addr("梁振东")), to=["钟伟强", "冯嘉豪"], cc=[DB], to_bot=DB[1],
     subj="碰头会", date=T("2026-09-14 12:10:09"),
     body="""小钟周四前把塔吊拆除方案报我，冯工跟消防验收月底前必须过。

发自我的iPhone
""",
     gold=dict(kind="minutes", items=[
        it("钟伟强", "报塔吊拆除方案", "2026-09-17", "wd", 3),
        it("冯嘉豪", "跟进消防验收（通过）", "2026-09-30", "me")],
        notes="One-line minutes from a busy manager on iPhone (UTF-8 base64, plain). Subject '碰头会' marks it as a meeting record. 小钟 and 冯工 via aliases. 周四 from Mon 09-14 -> 09-17; 月底 -> 09-30.")) 

case(slug="1915-dev-zhuze-peihe-extra-columns", client="qq", label="gb18030", cte="base64",
     frm=("潘慧敏", addr("潘慧敏")), to=["梁振东", "冯嘉豪", "黎诗琪"], cc=[DB], to_bot=DB[1],
     subj="二期结算及签证管理专题会 会议纪要", date=T("2025-11-27 16:30:00"),
     body="""各位：
今天专题会的待办表如下（按优先级排），有问题直接回我。

优先级	状态	工作事项	主责/配合	计划完成	备注
高	进行中	①现场签证单集中清理 ②漏签证补办	冯嘉豪（主责）/潘慧敏（配合）	12月5日（周五）	①②同一时限
高	未开始	二期竣工结算资料移交审计	潘慧敏	2025年底	
中	进行中	规划验收报建资料补正	黎诗琪 牵头；冯嘉豪 协办	3个工作日内	规划局窗口退件
低	已完成	一期质保金返还审批	潘慧敏	—	
中	未开始	总包索赔函回复口径	—	待定	等梁总定

潘慧敏 成本合约部
""",
     gold=dict(kind="minutes", items=[
        it("冯嘉豪", "①现场签证单集中清理 ②漏签证补办", "2025-12-05", "abs"),
        it("潘慧敏", "二期竣工结算资料移交审计", "2025-12-31", "abs"),
        it("黎诗琪", "规划验收报建资料补正", "2025-12-02", "wk", 3),
        it(None, "总包索赔函回复口径", None, flags=["vague_due"])],
        notes="QQ mail gb18030 table with columns in an unusual order (优先级, 状态 before the task). 主责/配合 and 牵头/协办 in one cell -> owner is the 主责/牵头 person. One cell with ①② sub-tasks kept as one item (two items with the same owner/date are acceptable). 已完成 row is status. Row with '—' owner and 待定 -> no_owner + vague_due ('等梁总定' is a note, not an owner). 2025年底 -> 2025-12-31. 3个工作日内 from Thu 11-27: 11-28, 12-01, 12-02.")) 

case(slug="1916-dev-reply-done-foxmail", client="foxmail", label="gbk", cte="base64",
     frm=("曾志勇", EXT["曾志勇"]), to=[(DB[0], "minutes+Rz8kP1wQ@yuelong-dev.example.cn")], cc=["冯嘉豪"], to_bot=DB[1],
     subj="回复: [会议纪要机器人] 待办确认：南沙悦珑湾项目第27次工程例会纪要", date=T("2025-07-24 17:40:11"),
     hdrs=[("In-Reply-To", "<recap-1909.p1@yuelong-dev.example.cn>"), ("References", "<recap-1909.p1@yuelong-dev.example.cn>")],
     body="""第1项已完成，5#楼新增木工班组7/16已进场，本周工期已追回3天，附现场照片见监理日报。

曾志勇
穗宏建设 悦珑湾项目部

发件人：会议纪要机器人
发送时间：2025-07-14 19:06
收件人：曾志勇
主题：[会议纪要机器人] 待办确认：南沙悦珑湾项目第27次工程例会纪要

您好，以下待办由您负责：
1. 5#楼增加一个作业班组，追回节点工期 — 截止 2025-07-25
回复"确认"、"有异议"、"已完成"、"进度80%"或"延期至X月X日"。
""",
     gold=dict(kind="reply", reply=rep("done", [1]),
        notes="Foxmail GBK reply from the external contractor: '第1项已完成' -> done item 1; the dates and '3天' in the explanation are not a progress/extend request. Foxmail 发件人：/发送时间： quote block.")) 

# ============ 启衡实验学校 (K-12 school) ============
case(slug="1917-school-math-jiaoyanzu-midterm-apple", client="apple", label="utf-8", cte="quoted-printable",
     frm=("邹建", addr("邹建")), to=[("初中数学组", "math-jh@qhschool.example.cn")], cc=["沈若溪", SB], to_bot=SB[1],
     subj="数学教研组第6次活动记录（期中命题分工）", date=T("2025-10-13 17:48:30"),
     body="""各位老师：

今天教研活动记录如下。

活动时间：10月13日 第八节
地点：初中部三楼教研室
主持：邹建　记录：魏晓婷

一、期中考试安排（教务处通知）：初二数学期中考试定于11月6日上午，时长120分钟。
二、命题分工及待办：
1. 魏晓婷老师：初二期中试卷A卷命题，10月24日（周五）前交邹老师审核。
2. 邹建：A卷审题并出B卷（备用卷），10月31日前交教务处沈主任。
3. 全组老师：本周内各自提交一道原创压轴题到组内共享盘。
三、上周公开课（魏老师《一次函数的图像》）评课意见已整理完毕，存档。

下次教研活动：10月20日（周一）第八节。

邹建
数学教研组
""",
     gold=dict(kind="minutes", items=[
        it("魏晓婷", "初二期中试卷A卷命题，交邹老师审核", "2025-10-24", "abs"),
        it("邹建", "A卷审题并出B卷（备用卷），交教务处", "2025-10-31", "abs"),
        it(None, "提交一道原创压轴题到组内共享盘", "2025-10-19", "wd", 6, dept="数学教研组")],
        next_followup=fu("2025-10-20", None, "nw", 0),
        notes="Apple Mail UTF-8 QP; ordinary school 教研活动记录. Sent Mon 2025-10-13 (two days after the 10-11 make-up Saturday). Item 3 '全组老师' is a group -> owner null, no_owner, department 数学教研组 (our department); '本周内' = end of this Mon-Sun week = Sun 10-19 (ambiguous: some would record 10-17, the school week's Friday). 期中考试 date is an announcement, not an item. 公开课 评课 done. Next: 10-20 第八节 (a class period, no clock time) -> time null.")) 

case(slug="1918-school-grade-jiazhanghui-person-headings-foxmail", client="foxmail", label="gbk", cte="base64",
     frm=("陶静", addr("陶静")), to=["石磊", ("初二班主任群", "g8-bzr@qhschool.example.cn")], cc=["沈若溪", SB], to_bot=SB[1],
     subj="初二年级组会议记录—家长会筹备", date=T("2026-04-07 18:22:15"),
     body="""初二年级组会议记录（4月7日 午休后）

议题：期中考试后家长会筹备

【陶老师】
- 家长会总流程和PPT模板，4月20日前发到年级群。
- 联系德育处确认家长会当天校门口交通疏导，下周三前。

【石老师】
- 汇总各班期中成绩分析（均分、优秀率、后20%名单），考试结束后3个工作日内完成。
  （期中考试4月23日、24日，按24日结束算）
- 家长签到表、座位牌打印。

【各班主任】
- 提前一周电话或班级群通知家长，确认出席名单。

下次年级组会议：4月21日中午12:40，年级办公室。
""",
     gold=dict(kind="minutes", items=[
        it("陶静", "家长会总流程和PPT模板发到年级群", "2026-04-20", "abs"),
        it("陶静", "联系德育处确认家长会当天校门口交通疏导", "2026-04-15", "nw", 2),
        it("石磊", "汇总各班期中成绩分析（均分、优秀率、后20%名单）", "2026-04-29", "wk", (("2026-04-24"), 3)),
        it("石磊", "家长签到表、座位牌打印", None, flags=["no_due"]),
        it(None, "提前一周通知家长，确认出席名单", None, flags=["no_due"])],
        next_followup=fu("2026-04-21", "12:40", "abs"),
        notes="Foxmail GBK; minutes grouped by person headings 【陶老师】/【石老师】 -> owners from headings via aliases. Sent Tue 2026-04-07 (day after Qingming 04-04..06). 下周三 = 04-15. '考试结束后3个工作日内' anchored on the stated exam end 04-24 (Fri): 04-27, 04-28, 04-29 -> 2026-04-29 (before May Day 05-01). '各班主任' is a group -> no_owner, no department (not a roster department); '提前一周' relative to an unstated 家长会 date -> no_due.")) 

case(slug="1919-school-jiaowu-yishi-2027-qq", client="qq", label="gb18030", cte="base64",
     frm=("沈若溪", addr("沈若溪")), to=["陶静", "邹建", "袁芳"], cc=[SB], to_bot=SB[1],
     subj="2027年春季学期开学工作会议纪要", date=T("2027-03-02 12:05:44"),
     body="""各教研组长、年级组长：

3月1日下午召开春季学期开学工作会议，纪要如下。

会议强调，本学期要重点抓好三项工作：一是落实“双减”作业管理，二是提升课堂教学质量，三是做好毕业年级备考。

具体分工：
（一）作业公示。各年级组每周五将下周作业计划公示，由陶静老师负责初二年级，3月6日起执行。
（二）英语听说考试模拟。英语组袁芳老师牵头，3月20日前完成第一次全年级模拟，并将成绩汇总报教务处。
（三）数学组邹建老师：3月13日（周六）前提交本学期公开课安排表。
（四）教务处：学期教学进度表3月5日前挂学校官网。

教务处 沈若溪
2027年3月2日
""",
     gold=dict(kind="minutes", items=[
        it("袁芳", "完成第一次全年级英语听说考试模拟，成绩汇总报教务处", "2027-03-20", "abs"),
        it("邹建", "提交本学期公开课安排表", "2027-03-13", "abs"),
        it(None, "学期教学进度表挂学校官网", "2027-03-05", "abs", dept="教务处")],
        notes="QQ mail gb18030, 2027 (no holiday data needed: only explicit dates). 一是二是 are emphases, not items. （一）作业公示 is a standing rule ('每周五…起执行'), not a one-off item. （三）'3月13日（周六）' - 2027-03-13 is indeed a Saturday. （四）教务处 is a roster department but no person -> no_owner (the sender heads it; gold keeps the text: department-only).")) 

case(slug="1920-school-prose-paragraphs-outlook", client="outlook", label="utf-8", cte="quoted-printable",
     frm=("袁芳", addr("袁芳")), to=["沈若溪"], cc=[("英语组全体", "eng@qhschool.example.cn"), SB], to_bot=SB[1],
     subj="英语组期末复习研讨 记录", date=T("2026-12-18 16:02:00"),
     body="""沈主任及各位老师好，

今天下午英语组开了期末复习研讨会，简单记录一下。大家普遍反映初三学生阅读理解的推理判断题失分较多，七选五的语篇衔接也不理想。经过讨论，组里决定期末复习以专题为主，不再整卷刷题。

具体分工方面，我负责在下周三下班前整理出一份推理判断题专项练习（20篇左右），发到组里；初一、初二的复习资料由各备课组长自行安排，这里不再细说。另外沈主任提到的期末口语测试方案，我和教务处商量后月底前给出定稿。

期末考试时间已确定为1月20日至22日，届时按教务处安排监考。

谢谢大家！
袁芳
""",
     gold=dict(kind="minutes", items=[
        it("袁芳", "整理推理判断题专项练习（20篇左右）发到组里", "2026-12-23", "nw", 2),
        it("袁芳", "与教务处商量后给出期末口语测试方案定稿", "2026-12-31", "me")],
        notes="Outlook UTF-8 QP; items buried in prose, first person '我' = the From 袁芳. 下周三下班前 from Fri 12-18 -> 12-23, no time. 月底前 -> 12-31. '各备课组长自行安排' and exam dates are not items; '组里决定' is a decision.")) 

case(slug="1921-school-same-task-two-teachers", client="qq", label="gb18030", cte="base64",
     frm=("魏晓婷", addr("魏晓婷")), to=["邹建", "石磊"], cc=[SB], to_bot=SB[1],
     subj="期中阅卷分工会", date=T("2025-11-05 13:15:20"),
     body="""阅卷分工会 11.5

3. 魏晓婷：批改期中试卷，周五中午12点前录入成绩
4. 石磊：批改期中试卷，周五中午12点前录入成绩
5. 邹建：试卷讲评课教案统一，下周一前
6. 质量分析报告 由组长邹建老师负责汇总 —— 下下周一

（1、2条为考务安排，见教务处通知，略）
""",
     gold=dict(kind="minutes", items=[
        it("魏晓婷", "批改期中试卷，录入成绩", "2025-11-07", "wd", 4, time="12:00"),
        it("石磊", "批改期中试卷，录入成绩", "2025-11-07", "wd", 4, time="12:00"),
        it("邹建", "试卷讲评课教案统一", "2025-11-10", "nw", 0),
        it("邹建", "汇总质量分析报告", "2025-11-17", "days", 12)],
        notes="QQ gb18030 plain-ish minutes using the minutes' own numbering starting at 3 (1, 2 omitted). Two items with the same task text for different owners must both be kept. 周五中午12点前 from Wed 11-05 -> 11-07 12:00. 下周一 -> 11-10; 下下周一 -> 11-17.")) 

case(slug="1922-school-reply-progress-qq", client="qq", label="gb18030", cte="base64",
     frm=("魏晓婷", addr("魏晓婷")), to=[(SB[0], "jiyao-bot+Wq03LmPz@qhschool.example.cn")], to_bot=SB[1],
     subj="回复：[教务纪要助手] 待办确认：数学教研组第6次活动记录（期中命题分工）", date=T("2025-10-21 21:10:05"),
     body="""第1项进度80%，选择填空都出好了，最后两道大题周四能定稿

------------------ 原始邮件 ------------------
发件人: "教务纪要助手"<jiyao-bot@qhschool.example.cn>;
发送时间: 2025年10月13日(星期一) 下午5:49
收件人: "魏晓婷"<weixt@qhschool.example.cn>;
主题: [教务纪要助手] 待办确认：数学教研组第6次活动记录（期中命题分工）

1. 初二期中试卷A卷命题，交邹老师审核 — 截止 2025-10-24
回复：确认 / 有异议 / 已完成 / 进度80% / 延期至…
""",
     gold=dict(kind="reply", reply=rep("progress", [1], 80),
        notes="QQ mail gb18030 reply '第1项进度80%'; '周四能定稿' is an estimate inside the deadline, not an extension request. QQ 原始邮件 quote contains the command list.")) 

case(slug="1923-school-auto-qq-vacation", client="qq", label="gb18030", cte="base64", plain_only=True,
     frm=("石磊", addr("石磊")), to=[(SB[0], "jiyao-bot+Hh71cVx2@qhschool.example.cn")], to_bot=SB[1],
     subj="自动回复: [教务纪要助手] 待办确认：期中阅卷分工会", date=T("2025-11-05 13:16:02"),
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-QQ-AUTOREPLY", "1")],
     body="""您好，我正在带学生参加市研学活动（11月5日—11月8日），期间回复邮件不及时。成绩录入事宜请联系魏晓婷老师，紧急事务请拨打年级办公室电话。周一返校后第一时间处理。
""",
     gold=dict(kind="auto",
        notes="QQ mail auto-reply (Auto-Submitted: auto-replied, subject 自动回复:) to a recap; body contains dates and a person -> still auto, no items.")) 

case(slug="1924-school-next-meeting-halfday-gmail", client="gmail", label="utf-8", cte="quoted-printable",
     frm=("陶静", "taojing.qh@gmail.example.com"), to=["石磊", "沈若溪"], cc=[SB], to_bot=SB[1],
     subj="Fwd: 初二研学活动安排 碰头会小结", date=T("2026-05-08 22:41:17"),
     body="""（用自己邮箱发的，学校邮箱登不上）

初二研学碰头会小结：
1）研学安全预案——石磊老师，明天（周六上班）交给我
2）家长告知书和回执——陶静，5月13日收齐
3）大巴车辆合同——总务处，尽快

下次碰头：
下周四
下午（具体几点群里通知）
""",
     gold=dict(kind="minutes", items=[
        it("石磊", "研学安全预案交陶静", "2026-05-09", "tomorrow"),
        it("陶静", "收齐家长告知书和回执", "2026-05-13", "abs", email="taojing@qhschool.example.cn"),
        it(None, "大巴车辆合同", None, flags=["vague_due"])],
        next_followup=fu("2026-05-14", None, "nw", 3),
        notes="Gmail (personal address) UTF-8 QP; subject says Fwd: but there is no forwarded block, the writer's own summary. Sent Fri 2026-05-08; 明天 = Sat 05-09, a 2026 May-Day make-up working day. 陶静 is the sender using a personal mailbox: owner resolved by roster name to her school address. 总务处 is not a roster department -> department null. Next meeting: day on one line ('下周四' = 05-14) and only a half day ('下午') on the next -> time null.")) 

# ============ Lumora Cloud (Singapore SaaS, Chengdu R&D) ============
case(slug="1925-saas-sprint-review-english-gmail", client="gmail", label="utf-8", cte="quoted-printable",
     frm=("Marcus Lee", addr("Marcus Lee")), to=["Priya Raman", "何俊杰", "蒋雨", "罗可欣"], cc=[LB], to_bot=LB[1],
     subj="Sprint 41 review - notes & AIs", date=T("2026-03-17 17:20:44"),
     body="""Hi all,

Notes from today's Sprint 41 review (Chengdu + SG on Zoom).

Demoed
- LUM-2211 bulk invoice export (Junjie) - accepted
- LUM-2230 SSO for Okta - accepted with minor copy changes

Decisions
- We drop the legacy CSV importer in Sprint 43.
- Release train stays bi-weekly.

Action items
- AI: Junjie to fix the timezone bug in LUM-2240 (export timestamps off by 8h) by 3/20
- AI: Yu - regression run on the billing module, EOD Friday
- Kexin to update the onboarding copy per today's feedback, by next Tue
- AI (Priya): capacity plan for Sprint 42 - ASAP, need it before planning
- Someone from SRE to look at staging flakiness - owner TBD

Next review: Tue 31 Mar, 4pm SGT / 4pm Chengdu.

Cheers,
Marcus
""",
     gold=dict(kind="minutes", items=[
        it("何俊杰", "fix the timezone bug in LUM-2240 (export timestamps off by 8h)", "2026-03-20", "abs"),
        it("蒋雨", "regression run on the billing module", "2026-03-20", "wd", 4),
        it("罗可欣", "update the onboarding copy per today's feedback", "2026-03-24", "nw", 1),
        it("Priya Raman", "capacity plan for Sprint 42", None, flags=["vague_due"]),
        it(None, "look at staging flakiness", None, flags=["no_due"], dept="SRE")],
        next_followup=fu("2026-03-31", "16:00", "abs"),
        notes="Gmail English, UTF-8 QP. 'AI:' prefixes, 'Name to do X by Y', 'AI (Name):'. Owners via aliases (Junjie, Yu, Kexin, Priya). by 3/20 = 2026-03-20; EOD Friday from Tue 03-17 = 03-20, no time. next Tue = 03-24. ASAP -> vague_due. 'Someone from SRE … owner TBD' -> no_owner, dept SRE, no_due. Demoed/Decisions not items. SGT = UTC+8 = Shanghai, so 16:00.")) 

case(slug="1926-saas-notion-retro-markdown-html", client="raw", label="utf-8", cte="base64", html_only=True,
     frm=("谢子涵", addr("谢子涵")), to=[("cd-eng", "cd-eng@lumora.example.sg")], cc=[LB], to_bot=LB[1],
     subj="[Retro] Sprint 38 retrospective (exported from Notion)", date=T("2025-06-04 11:03:27"),
     body="""# Sprint 38 Retro
**Date:** 2025-06-03 · **Facilitator:** @zihan

## 😀 What went well
- On-call handover was smooth over the 端午 long weekend
- Flaky test count down from 23 to 9

## 😕 What didn't
- PR reviews sat > 2 days (again)
- Staging DB refresh broke demos twice

## ✅ Action items
- [x] @dan.ong snapshot staging DB before each refresh (done during retro)
- [ ] @junjie propose a PR review SLA in #cd-eng — by Fri
- [ ] @yujiang quarantine the remaining 9 flaky tests, next Monday
- [ ] @dan.ong automate the staging refresh window — by 6/30

| Owner | Topic | Due |
|---|---|---|
| @kexin | Retro format feedback survey | 6/11 |
""",
     gold=dict(kind="minutes", items=[
        it("何俊杰", "propose a PR review SLA in #cd-eng", "2025-06-06", "wd", 4),
        it("蒋雨", "quarantine the remaining 9 flaky tests", "2025-06-09", "nw", 0),
        it("Daniel Ong", "automate the staging refresh window", "2025-06-30", "abs"),
        it("罗可欣", "Retro format feedback survey", "2025-06-11", "abs")],
        notes="Notion export pasted as HTML-only mail (Markdown source visible in the text: headings, '- [ ]', pipe table). '- [x]' is done -> not an item. @handles via aliases. Sent Wed 2025-06-04 (after Dragon Boat 05-31..06-02): by Fri = 06-06, next Monday = 06-09. The pipe-table row is also an item. went well/didn't are not items.")) 

case(slug="1927-saas-slack-shorthand-national-day", client="gmail", label="utf-8", cte="base64",
     frm=("何俊杰", addr("何俊杰")), to=["Priya Raman", "谢子涵", "蒋雨", "Daniel Ong"], cc=[LB], to_bot=LB[1],
     subj="cd standup 9/30 - pre-holiday sync", date=T("2026-09-30 10:12:50"),
     body="""quick notes from standup, CD team is OOO 10/1-10/7 for 国庆

- LUM-2788 hotfix 已经 merge 了 ✅ deployed to prod last night
- AI: @zihan 把 LUM-2791 的 migration script review 完, EOD today pls
- AI: @yujiang smoke test on prod after the hotfix, 今天下班前
- AI: JJ (me) write up the holiday on-call runbook, 节后第一个工作日 walk thru w/ Dan
- @dan.ong pls keep an eye on the SG alerts during our holiday (no action needed unless paging)

next standup: back on 10/8, usual time 9:45 CST
""",
     gold=dict(kind="minutes", items=[
        it("谢子涵", "review LUM-2791 migration script", "2026-09-30", "today"),
        it("蒋雨", "smoke test on prod after the hotfix", "2026-09-30", "today"),
        it("何俊杰", "write up the holiday on-call runbook and walk through with Dan", "2026-10-08", "afterhol")],
        next_followup=fu("2026-10-08", "09:45", "afterhol"),
        notes="Gmail UTF-8 base64, Slack-style zh/en shorthand. 'AI: JJ (me)' = the sender 何俊杰 via alias JJ. EOD today / 今天下班前 -> send date, no time. 节后第一个工作日 after National Day 2026 (10-01..10-07) = 10-08. The @dan.ong line is a heads-up ('no action needed') -> not an item (ambiguous; a careful assistant leaves it out). The merged hotfix is done. 'CST' here = China Standard Time -> 09:45 Shanghai.")) 

case(slug="1928-saas-owner-due-blocks-utc-date", client="outlook", label="utf-8", cte="quoted-printable",
     frm=("Priya Raman", addr("Priya Raman")), to=["何俊杰", "谢子涵", "Marcus Lee"], cc=[LB], to_bot=LB[1],
     subj="Architecture sync - billing v2 (minutes)", date=T("2025-10-12 23:50:31", UTC),
     body="""Team,

Minutes from the billing v2 architecture sync (Sun evening SG time, sorry for the weekend slot).

Context: v2 moves proration into the ledger service. Agreed to keep the old path behind a flag until Q1.

ACTION ITEM (Zihan)
  Owner: Zihan Xie
  Task: spike on ledger-side proration, write a 1-pager
  Due: Friday

ACTION ITEM (Junjie)
  Owner: Junjie He
  Task: estimate the migration of 14k active subscriptions
  Due: within 3 working days (CN calendar, Chengdu team)

ACTION ITEM (Marcus)
  Owner: Marcus Lee
  Task: confirm with Finance whether mid-cycle upgrades need pro-rated tax lines
  Due: next Wednesday

Next sync: Thursday 23 October, 10:00 SGT.

Priya
""",
     gold=dict(kind="minutes", items=[
        it("谢子涵", "spike on ledger-side proration, write a 1-pager", "2025-10-17", "wd", 4),
        it("何俊杰", "estimate the migration of 14k active subscriptions", "2025-10-16", "wk", 3),
        it("Marcus Lee", "confirm with Finance whether mid-cycle upgrades need pro-rated tax lines", "2025-10-22", "nw", 2)],
        next_followup=fu("2025-10-23", "10:00", "abs"),
        notes="Outlook, Date header Sun 2025-10-12 23:50 +0000 = Mon 2025-10-13 07:50 in Shanghai: every relative date counts from Monday 10-13. Friday -> 10-17; 3 working days: 10-14, 10-15, 10-16 (the 10-11 make-up Saturday is before the send day). next Wednesday -> 10-22 (using UTC Sunday would give 10-15 — the trap). Owner:/Task:/Due: blocks with English names as aliases. 10:00 SGT = 10:00 Shanghai.")) 

case(slug="1929-saas-big5-hk-solutions-minutes", client="outlook", label="big5", cte="base64", hlabel="utf-8",
     frm=("陈嘉欣", addr("陈嘉欣")), to=["Marcus Lee", "罗可欣", ("Wong Siew Ling", EXT["Wong Siew Ling"])], cc=[LB], to_bot=LB[1],
     subj="客戶會議記錄 - 港鐵物業 POC 檢討", date=T("2026-01-21 15:40:08"),
     body="""Hi all,

今日同客戶開完 POC 檢討會，記錄如下：

出席：客戶 IT 及財務部、Marcus、Kexin、Siew Ling、本人

討論重點：
1. 客戶對報表匯出速度滿意，但要求支援繁體中文發票範本。
2. 單點登入 (SSO) 需要同客戶的 ADFS 整合。

跟進事項：
1. Kexin － 繁體中文發票範本設計稿，下星期五前交客戶確認。
2. Siew Ling － ADFS 整合技術文件，1月28日前。
3. 本人 － 準備正式報價，月底前發出。
4. Marcus － 同總部確認合約條款（數據存放地點），盡快。

下次會議暫定二月四日（星期三）下午三時，視乎客戶時間。

Ka Yan
""",
     gold=dict(kind="minutes", items=[
        it("罗可欣", "繁體中文發票範本設計稿，交客戶確認", "2026-01-30", "nw", 4),
        it("Wong Siew Ling", "ADFS 整合技術文件", "2026-01-28", "abs"),
        it("陈嘉欣", "準備正式報價並發出", "2026-01-31", "me"),
        it("Marcus Lee", "同總部確認合約條款（數據存放地點）", None, flags=["vague_due"])],
        next_followup=fu("2026-02-04", "15:00", "abs"),
        notes="Outlook Big5 base64 (Hong Kong colleague, traditional Chinese, Cantonese wording). '本人' = the From 陈嘉欣 (roster alias 陳嘉欣/Kayan). Siew Ling is outside the roster -> address from the To display name. 下星期五 from Wed 01-21 = 01-30. 盡快 -> vague_due. 下次會議 '暫定' but a concrete date/time is given -> recorded (二月四日 下午三時 = 15:00). Task text kept in traditional characters as written.")) 

case(slug="1930-saas-excel-tsv-paste-foxmail", client="foxmail", label="gbk", cte="base64",
     frm=("蒋雨", addr("蒋雨")), to=["何俊杰", "谢子涵", "Daniel Ong"], cc=[LB], to_bot=LB[1],
     subj="QA 周会 0708 - 缺陷跟踪表", date=T("2026-07-08 18:05:00"),
     body="""各位，QA周会结论直接从跟踪表里拷出来了：

Key	Summary	Assignee	Due	Status	Comment
LUM-3012	导出PDF中文乱码	谢子涵	2026/7/10	In Progress	字体嵌入问题
LUM-3019	登录页在Safari 17白屏	何俊杰	2026/7/9	Done	已验证
LUM-3025	staging证书7/15过期	Dan Ong	7/14	To Do	
LUM-3031	大客户报表超时(>30s)	何俊杰	2026/7/17	To Do	需要和SRE一起看
LUM-3033	自动化用例补齐(计费模块)	蒋雨	TBD	To Do	

Done 的那条不用跟了。
""",
     gold=dict(kind="minutes", items=[
        it("谢子涵", "LUM-3012 导出PDF中文乱码", "2026-07-10", "abs"),
        it("Daniel Ong", "LUM-3025 staging证书7/15过期", "2026-07-14", "abs"),
        it("何俊杰", "LUM-3031 大客户报表超时(>30s)", "2026-07-17", "abs"),
        it("蒋雨", "LUM-3033 自动化用例补齐(计费模块)", None, flags=["vague_due"])],
        notes="Foxmail GBK; an Excel/Jira range pasted as tab-separated text (Foxmail renders an HTML table). Done row excluded. 'Dan Ong' via alias. Due column mixes 2026/7/10 and 7/14. TBD -> vague_due. Task = Key + Summary as written.")) 

case(slug="1931-saas-feishu-miaoji-ai", client="feishu", label="utf-8", cte="base64", html_only=True,
     frm=("罗可欣", addr("罗可欣")), to=["Marcus Lee", "何俊杰"], cc=[LB], to_bot=LB[1],
     subj="飞书妙记｜Onboarding 改版评审 的智能纪要", date=T("2026-05-08 19:30:12"),
     body="""Onboarding 改版评审 的智能纪要
2026年5月8日 17:00 | 1小时3分钟

总结
会议评审了新用户 Onboarding 流程改版方案。Marcus 认为步骤从7步减到4步方向正确，但数据导入环节需要保留。何俊杰提出埋点改动需要两天工作量。

智能章节
00:00 方案背景介绍
可欣介绍了当前注册到激活的转化率为31%，主要流失在第3步。
12:35 数据导入环节讨论
Marcus：导入这一步不能砍，企业客户必须要。我下周一前给一个最低可行版本的需求。
41:20 埋点与上线计划
何俊杰：埋点我明天先改，调休上班正好。

待办
罗可欣
更新 Onboarding 设计稿（保留数据导入步骤） 5月12日
何俊杰
完成新流程埋点改造 5月9日
Marcus Lee
给出数据导入最低可行版本需求

相关文档：Onboarding v3 设计稿（飞书文档）
智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
""",
     gold=dict(kind="minutes", items=[
        it("罗可欣", "更新 Onboarding 设计稿（保留数据导入步骤）", "2026-05-12", "abs"),
        it("何俊杰", "完成新流程埋点改造", "2026-05-09", "tomorrow"),
        it("Marcus Lee", "给出数据导入最低可行版本需求", None, flags=["no_due"])],
        notes="Feishu (Lark) 妙记 AI minutes, HTML only: owner name on one line, task + date on the next. Only the 待办 section counts; chapters/summary are transcript (Marcus says '下周一前' in the transcript, but the 待办 line has no date -> no_due; ambiguous, a scorer may accept 2026-05-11). 5月9日 is a 2026 make-up Saturday. AI footer is noise.")) 

case(slug="1932-saas-emoji-bullets-2027-apple", client="apple", label="utf-8", cte="quoted-printable",
     frm=("Daniel Ong", addr("Daniel Ong")), to=["何俊杰", "谢子涵", "蒋雨"], cc=[LB], to_bot=LB[1],
     subj="SRE x CD infra weekly 🛠️", date=T("2027-04-20 09:55:00"),
     body="""hey team, infra weekly recap 👇

✅ k8s 1.31 upgrade on staging - done, no issues
✅ cert-manager rotated

🔲 @zihan: move the report workers to the new node pool -> Thu
🔲 @junjie + @yujiang: load test the export API @ 2x traffic, Junjie owns, due Apr 30
🔲 me: write the postmortem for the 4/16 outage by tmr noon
⚠️ reminder: change freeze from May 1, no prod deploys w/o approval

next weekly same time next Tue (Apr 27), 10am SGT

Dan
""",
     gold=dict(kind="minutes", items=[
        it("谢子涵", "move the report workers to the new node pool", "2027-04-22", "wd", 3),
        it("何俊杰", "load test the export API at 2x traffic", "2027-04-30", "abs"),
        it("Daniel Ong", "write the postmortem for the 4/16 outage", "2027-04-21", "tomorrow", time="12:00")],
        next_followup=fu("2027-04-27", "10:00", "nw", 1),
        notes="Apple Mail UTF-8 QP with emoji bullets: ✅ done lines are status, 🔲 are items, ⚠️ is a rule. Sent Tue 2027-04-20 (2027: only weekday/explicit dates used, no holiday data needed). '@junjie + @yujiang … Junjie owns' -> owner 何俊杰. 'me' = From Daniel Ong. 'by tmr noon' -> 04-21 12:00. Thu -> 04-22. Next weekly 'same time next Tue (Apr 27), 10am SGT' -> 2027-04-27 10:00.")) 

case(slug="1933-saas-reply-extend-english", client="gmail", label="utf-8", cte="quoted-printable",
     frm=("罗可欣", addr("罗可欣")), to=[(LB[0], "minutes+Kx9m2Ttb@lumora.example.sg")], to_bot=LB[1],
     subj="Re: [Minutes Bot] Your action items: Sprint 41 review - notes & AIs", date=T("2026-03-23 09:31:40"),
     hdrs=[("In-Reply-To", "<recap-1925.a@lumora.example.sg>"), ("References", "<recap-1925.a@lumora.example.sg>")],
     body="""Hi, can we push item 3 to next Wednesday? Marketing hasn't signed off the wording yet, waiting on them.

Thanks,
Kexin

On Tue, Mar 17, 2026 at 5:21 PM Minutes Bot <minutes@lumora.example.sg> wrote:
> Hi Kexin, you own the following item from "Sprint 41 review - notes & AIs":
> 3. update the onboarding copy per today's feedback - due 2026-03-24
> Reply with: confirm / object / done / 80% / extend to <date>
""",
     gold=dict(kind="reply", reply=rep("extend", [3], None, "2026-04-01", "nw", 2),
        notes="Gmail English reply 'push item 3 to next Wednesday' = extend; next Wednesday counted from the reply's own Date (Mon 2026-03-23) -> 2026-04-01. Gmail '> ' quote.")) 

case(slug="1934-saas-auto-jira-notification", client="raw", label="utf-8", cte="quoted-printable", plain_only=True,
     frm=("Jira", "jira@lumora.atlassian.example.net"), to=[LB], to_bot=LB[1], return_path="bounces+jira@lumora.atlassian.example.net",
     subj="[JIRA] (LUM-3031) 大客户报表超时(>30s)", date=T("2026-07-09 02:14:09", UTC),
     hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-JIRA-FingerPrint", "a81f3c0de2"),
           ("List-Unsubscribe", "<https://lumora.atlassian.example.net/secure/ViewProfile.jspa>")],
     body="""何俊杰 updated LUM-3031
--------------------------
Assignee: 何俊杰
Due date: 17/Jul/26
Status: To Do -> In Progress

Comment:
@Daniel Ong need SRE to pull slow-query logs by Friday, action item from QA weekly.

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT)
""",
     gold=dict(kind="auto",
        notes="Jira notification (Auto-Submitted: auto-generated, Precedence: bulk) sent to the bot list; the comment has an owner, 'by Friday' and the words 'action item' -> still kind auto, no items.")) 

case(slug="1935-saas-other-question-to-bot", client="gmail", label="utf-8", cte="quoted-printable",
     frm=("Wong Siew Ling", EXT["Wong Siew Ling"]), to=[LB], cc=["Priya Raman"], to_bot=LB[1],
     subj="How do I add my team to the minutes bot?", date=T("2026-02-02 14:02:11"),
     body="""Hi Priya / whoever owns this bot,

Solutions team would like to start cc'ing the bot on our customer calls. Do we just cc minutes@ or does someone need to add us to a roster first? Ideally we'd start before our Friday customer sync.

Also, could the recap go out in English only? A few of our customers don't read Chinese.

Thanks!
Siew Ling
""",
     gold=dict(kind="other",
        notes="A person's question sent to the bot address (cc Priya): mentions Friday and a meeting, but it is not minutes and not a reply to a recap -> kind other, no items, no follow-up.")) 

case(slug="1936-hosp-auto-exchange-ooo", client="outlook", label="gb2312", cte="base64", plain_only=True,
     frm=("宋立群", addr("宋立群")), to=[(HB[0], "jiyao+S0ng55Aq@jzph.example.org.cn")], to_bot=HB[1],
     subj="自动答复: [院务纪要助手] 待办确认：HIS系统升级协调会", date=T("2026-04-29 15:13:20"),
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "songlq@jzph.example.org.cn")],
     body="""您好！我于4月29日至5月6日参加省卫健委信息化培训，期间邮件处理可能延迟。HIS升级相关事宜请联系邵晨（分机8123），5月7日返岗后尽快回复。
""",
     gold=dict(kind="auto",
        notes="Exchange out-of-office '自动答复:' (Auto-Submitted: auto-replied) with dates and a named substitute -> kind auto, no items.")) 

case(slug="1937-dev-next-meeting-two-lines-and-correction-outlook", client="outlook", label="gb2312", cte="quoted-printable",
     frm=("黎诗琪", addr("黎诗琪")), to=["梁振东", "冯嘉豪"], cc=[DB], to_bot=DB[1],
     subj="报建节点推进会 纪要（更正版，以此为准）", date=T("2025-12-29 18:20:00"),
     body="""各位领导、同事：

上午发的纪要第2条时间写错了，以本版为准。

1.预售证第二批（7#、8#楼）资料报送：报建部黎诗琪，2026年1月9日前报区住建局。
2.人防工程竣工验收备案：工程部冯嘉豪配合报建部，
  时间由原定1月5日调整为元旦后第一个工作日。
3.规划条件核实：待区规划分局排期，暂无时间（报建部跟进）。

下次推进会
定于2026年1月5日（星期一）
上午九点半，项目部会议室

报建部 黎诗琪
""",
     gold=dict(kind="minutes", items=[
        it("黎诗琪", "预售证第二批（7#、8#楼）资料报送区住建局", "2026-01-09", "abs"),
        it("冯嘉豪", "人防工程竣工验收备案", "2026-01-04", "afterhol"),
        it(None, "规划条件核实", None, flags=["vague_due"], dept="报建部")],
        next_followup=fu("2026-01-05", "09:30", "nw", 0),
        notes="Outlook gb2312 QP corrected re-send. Item 2 '冯嘉豪配合报建部' - the named person 冯嘉豪 is the only person (ambiguous: 报建部 leads; a careful assistant records 冯嘉豪 as the named owner). '由原定1月5日调整为元旦后第一个工作日' -> the new date: New Year 2026 off 01-01..01-03, Sun 01-04 is a make-up working day -> 2026-01-04. Item 3: 报建部 only + '暂无时间' -> no_owner, vague_due. Next meeting: date on one line, '上午九点半' on the next -> 2026-01-05 09:30.")) 

case(slug="1938-dev-docx-attachment-minutes", client="outlook", label="gb2312", cte="base64",
     frm=("冯嘉豪", addr("冯嘉豪")), to=["梁振东", ("曾志勇", EXT["曾志勇"])], cc=["钟伟强", DB], to_bot=DB[1],
     subj="交付前联合验收专题会会议纪要（见附件）", date=T("2026-10-21 18:02:33"),
     attach=("交付前联合验收专题会会议纪要1021.docx", docx([
        "粤珑·南沙悦珑湾二期 交付前联合验收专题会 会议纪要",
        "时间：2026年10月21日（星期三）9:30　地点：项目部一楼会议室",
        "参加单位：甲方工程部、恒正监理、穗宏建设",
        "一、会议议定事项",
        [["序号", "事项", "责任人", "完成时限"],
         ["1", "6#楼公共区域观感问题清单整改（共43项）", "曾志勇", "10月31日（周六）前"],
         ["2", "交付样板段水电表读数拍照存档", "钟伟强", "下周二"],
         ["3", "业主开放日动线及安全方案", "冯嘉豪", "11月6日"]],
        "二、其他",
        "交付日期维持11月28日不变。",
        "下次专题会：10月28日（周三）上午9:30。"]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
     body="""梁总、曾经理：

今天专题会纪要见附件，请查收。有问题直接回我。

冯嘉豪
粤珑置业 南沙项目公司 工程部
""",
     gold=dict(kind="minutes", items=[
        it("曾志勇", "6#楼公共区域观感问题清单整改（共43项）", "2026-10-31", "abs"),
        it("钟伟强", "交付样板段水电表读数拍照存档", "2026-10-27", "nw", 1),
        it("冯嘉豪", "业主开放日动线及安全方案", "2026-11-06", "abs")],
        next_followup=fu("2026-10-28", "09:30", "nw", 2),
        notes="Outlook gb2312 with the minutes only in a .docx attachment (raw WordprocessingML zip, table inside). The body just says 见附件. Items and next meeting come from the attachment; a bot that ignores attachments finds nothing. 下周二 from Wed 10-21 = 10-27; 2026-10-31 is a Saturday as written. '交付日期维持…' is a decision.")) 

case(slug="1939-saas-korean-colleague-english", client="outlook", label="utf-8", cte="quoted-printable",
     frm=("Park Jiwoo", "jiwoo.park@lumora.example.sg"), to=["谢子涵", "蒋雨", "Marcus Lee"], cc=[LB], to_bot=LB[1],
     subj="[Meeting Minutes] KR localization kick-off (2026.08.19)", date=T("2026-08-19 16:45:00"),
     body="""Dear all,

Thank you for joining the KR localization kick-off meeting today.
I share the meeting minutes as below. Please kindly check.

1. Attendee : Marcus, Zihan, Yu, Jiwoo(writer)

2. Discussion
 - Korean customers want invoice in KRW and Korean language.
 - Hangul font is not supported in current PDF export.

3. To-do (담당 / 기한)
 - Zihan : Please check Hangul font embedding in PDF export until this Friday.
 - Yu : Prepare Korean test cases. Until 8/28.
 - Jiwoo : I will make the glossary of billing terms and share within next week.

4. Next meeting : 2026.08.26 (Wed) 15:00 (KST)

If there is any missing point, please let me know.
Best regards,
Jiwoo Park
""",
     gold=dict(kind="minutes", items=[
        it("谢子涵", "check Hangul font embedding in PDF export", "2026-08-21", "wd", 4),
        it("蒋雨", "Prepare Korean test cases", "2026-08-28", "abs"),
        it("Park Jiwoo", "make the glossary of billing terms and share", "2026-08-30", "nw", 6, email="jiwoo.park@lumora.example.sg")],
        next_followup=fu("2026-08-26", "14:00", "abs"),
        notes="Outlook UTF-8 QP from a Korean colleague (outside the roster, owner from the From line): Korean-influenced English ('until this Friday' = by Friday, '담당 / 기한' header, 2026.08.19 dates). 'within next week' -> end of next week, Sun 2026-08-30 (ambiguous: Fri 08-28 also defensible). Next meeting 15:00 KST (UTC+9) = 14:00 Shanghai time -> recorded as 14:00.")) 

case(slug="1940-hosp-other-meeting-notice", client="outlook", label="gb2312", cte="base64",
     frm=("贺晓鹏", addr("贺晓鹏")), to=[("全体科主任", "kzr-all@jzph.example.org.cn")], cc=[HB], to_bot=HB[1],
     subj="关于召开2026年第二季度医疗质量分析会的通知", date=T("2026-06-29 09:12:00"),
     body="""各临床、医技科室：

经研究，定于2026年7月3日（星期五）下午3:00在行政楼五楼报告厅召开第二季度医疗质量分析会，现将有关事项通知如下：

一、参会人员：各科室主任、质控员
二、会议内容：通报第二季度医疗质量指标；各科室汇报整改落实情况
三、有关要求：
1. 请各科室于7月1日前将本科室季度质控分析PPT发送至医务科邮箱。
2. 参会人员不得无故缺席，确有特殊情况须向医务科请假。

医务科
2026年6月29日
""",
     gold=dict(kind="other",
        notes="A meeting notice (会议通知) sent before the meeting: it has a deadline for all departments and a meeting time, but it is not minutes of a held meeting -> kind other, no items, no follow-up. (A bot that treats every 通知 with 前 as minutes fails here.)")) 
