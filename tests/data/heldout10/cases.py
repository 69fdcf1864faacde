# -*- coding: utf-8 -*-
# Case definitions for heldout10 (exec'd by gen.py). Send times are Shanghai/HK (+08:00) unless a tz is given.
# it(owner, task, due, spec, time, flags, dept): due = hand-written gold, spec = its computation (checked).

# ======================================================================== EMS: 瑞崎电子 (Suzhou)
case(1801, "ems-weekly-plan-numbered-outlook", "minutes",
 "Outlook gb2312 生产计划周会纪要, numbered 待办 with 'X：' owners (顾工/陆线长/钱班长 aliases), 本周五前/下周二/3月13日, 采购部 dept-only 尽快; '下周三同一时间' with the meeting time in the header",
 T("2025-03-12 16:40:12"), "outlook", "ems", "顾晓芸", ["沈建明", "陆志强", "钱磊", "潘立"], ["纪要助手"],
 "生产计划周会纪要（3月12日）",
"""各位好，

本周生产计划周会纪要如下，请查收。

会议时间：2025年3月12日（周三）14:00-15:30
地点：二楼PMC会议室
参会：沈总、顾晓芸、陆志强、钱磊、潘立（线上）
记录：顾晓芸

一、计划达成情况
上周SMT计划达成率91%，DIP 87%，主要影响为3线贴片机吸嘴故障停机6小时（已修复）。

二、讨论事项
1. 川中4月订单上调15%，需重排4月主计划；
2. STM32F030缺料，影响两个机种，目前供应商未回交期。

三、待办事项
1. 顾工：更新4月主计划（MPS）并发给各线长，本周五前；
2. 陆线长：SMT3线换线时间压缩方案，下周二提交；
3. 钱班长：夜班首件确认记录补齐，3月13日；
4. 采购部：跟进STM32F030回复交期，尽快。

下次会议：下周三同一时间。

顾晓芸
瑞崎电子 生产部 PMC
分机 8207
""",
 [it("顾晓芸", "更新4月主计划（MPS）并发给各线长", "2025-03-14", ("this", 4)),
  it("陆志强", "SMT3线换线时间压缩方案", "2025-03-18", ("next", 1)),
  it("钱磊", "夜班首件确认记录补齐", "2025-03-13", ("abs", "2025-03-13")),
  it(None, "跟进STM32F030回复交期", flags=["no_owner", "vague_due"], dept="采购部")],
 FU("2025-03-19", "14:00", ("next", 2)),
 notes="Sent Wed 2025-03-12. 本周五前 -> 03-14; 下周二 -> 03-18; 3月13日 -> 03-13. 采购部 is a department of this company (roster has 潘立 as its head, but the line names only the department) -> no_owner, department 采购部; 尽快 -> vague_due. Report lines (达成率, 吸嘴故障已修复) and 讨论事项 are not items. '下周三同一时间' = next Wednesday at the time of this meeting (14:00 from the 会议时间 line) -> 2025-03-19 14:00.")

case(1802, "ems-8d-japanese-tanto-kigen", "minutes",
 "Japanese-style 8D meeting table (項目/担当/期限/備考) from the QA manager, UTF-8 Outlook: 担当 as 钱班长/蒋工/許工（主）・杜工, 期限 5/7, 5/9, 3営業日内 (Chinese working days, sent the first day after May Day), customer 山田様 ASAP; 次回 line",
 T("2025-05-06 10:15:33"), "outlook", "ems", "吴静怡", ["钱磊", "蒋涛", "许文博", "杜鹏"], ["山田健太", "周子涵", "纪要助手"],
 "【川中電機】KD-2504 コネクタ外観不良 8D対策会議 議事録 / 8D会议纪要",
"""各位

川中電機 KD-2504 客诉（连接器外观压伤）8D对策会议纪要如下。
日时：2025/5/6（火）9:00-10:00　Teams
出席：川中 山田様；瑞崎 吴、蒋、许、杜、钱、周

■ 現状
・不良数：3/1200pcs（川中受入検査で発見）
・流出ロット：2504-118、2504-121

■ 対策事項
| No. | 項目 | 担当 | 期限 | 備考 |
| D3 | 在库品及在途品全数筛选 | 钱班长 | 5/7 | 含仓库2000pcs |
| D4 | 根本原因分析（鱼骨图+5Why） | 蒋工 | 5/9 | |
| D5/D6 | 永久对策导入及效果确认 | 許工（主）・杜工 | 5/16 | 治具改善 |
| D8 | 8D报告（日文版）提交川中 | 吴 | 3営業日内 | |
| - | 提供不良品实物及批次信息 | 山田様 | ASAP | 寄至苏州工厂 |

■ 次回
5/13（火）10:00 同Teams会議

以上、よろしくお願いいたします。
吴静怡 / 品質部
""",
 [it("钱磊", "在库品及在途品全数筛选", "2025-05-07", ("abs", "2025-05-07")),
  it("蒋涛", "根本原因分析（鱼骨图+5Why）", "2025-05-09", ("abs", "2025-05-09")),
  it("许文博", "永久对策导入及效果确认", "2025-05-16", ("abs", "2025-05-16")),
  it("吴静怡", "8D报告（日文版）提交川中", "2025-05-09", ("wd", 3)),
  it("山田健太", "提供不良品实物及批次信息", flags=["vague_due"])],
 FU("2025-05-13", "10:00", ("abs", "2025-05-13")),
 notes="Sent Tue 2025-05-06, the first working day after May Day (05-01..05-05). 担当 '許工（主）・杜工': the lead (主) owns -> 许文博 (Traditional 許 = alias 许工). '吴' alone in 担当 = the sender 吴静怡 (only 吴 in To/Cc/From). '3営業日内' = 3个工作日内: 05-07, 05-08, 05-09 -> 2025-05-09. '山田様' -> Cc display name 山田健太 (external, department null); ASAP -> vague_due. 現状 lines are facts. 次回 5/13（火）10:00 -> next_followup.", cs="utf-8")

case(1803, "ems-korean-customer-english-kst", "minutes",
 "English minutes from a Korean customer (Gmail, Date +0900 just after midnight = previous evening in Shanghai): 'please kindly … until this Friday', 'by next Tuesday', 'by Aug 25', Mr./Ms. + English alias; decision line; next call in KST converted",
 T("2025-08-21 00:40:05", 9), "gmail", "ems", "Park Ji-hoon", ["周子涵", "蒋涛"], ["金敏", "纪要助手"],
 "[Hanbit-Ruiqi] Weekly quality & delivery meeting minutes (Aug 20)",
"""Dear Ruiqi team,

Thank you for your attending today meeting. Please find below the minutes.

1. Connector pin bending issue (HB-0814)
 - Hanbit IQC found 7 pcs pin bending from lot 2508-033.
 - Mr. Jiang Tao please kindly check the packing tray and share the analysis result until this Friday.

2. Golden sample
 - Hanbit will send 5 pcs golden sample to Suzhou by next Tuesday. (Park)

3. September PO
 - Zoe please update the delivery schedule for Sep PO by Aug 25.

4. Line audit
 - It is decided that Hanbit QA team will visit Suzhou plant on Sep 3 for line audit.

Next conference call will be held on next Wednesday 10:00 KST.

If any opinion, please let me know.

Best regards,
Park Ji-hoon / Purchasing Team
Hanbit Mobility Co., Ltd.
""",
 [it("蒋涛", "check the packing tray and share the analysis result", "2025-08-22", ("this", 4)),
  it("Park Ji-hoon", "send 5 pcs golden sample to Suzhou", "2025-08-26", ("next", 1)),
  it("周子涵", "update the delivery schedule for Sep PO", "2025-08-25", ("abs", "2025-08-25"))],
 FU("2025-08-27", "09:00", ("next", 2)),
 notes="Date header Thu 2025-08-21 00:40 +0900 = Wed 2025-08-20 23:40 Asia/Shanghai; all relative words resolve from Wed 08-20. 'until this Friday' (Korean-English 'until' = by) -> 08-22. 'by next Tuesday' -> 08-26, owner '(Park)' = the From person (external). 'Zoe' = roster alias of 周子涵. The Sep 3 audit is a decision ('It is decided'), not an item. Next call 'next Wednesday 10:00 KST' = 2025-08-27 10:00 +0900 = 09:00 Asia/Shanghai (recorded in Shanghai time, as dates are resolved in Asia/Shanghai).")

case(1804, "ems-sqe-wrapped-lines-national-day-foxmail", "minutes",
 "Foxmail GBK SQE supplier-quality minutes before National Day 2025: items wrapped over two lines with the deadline on the continuation line; 9月28日（周日，调休上班）; 节后第一个工作日 (10-09); 5个工作日内 across the holiday; 品质部 月底",
 T("2025-09-26 17:20:44"), "foxmail", "ems", "蒋涛", ["王国栋"], ["吴静怡", "潘立", "纪要助手"],
 "宏兴五金螺丝柱尺寸超差 供应商质量会议纪要",
"""王经理及各位：

今天下午供应商质量会议纪要如下，请确认。

问题：宏兴五金供货的M3螺丝柱（料号 HW-0331）高度尺寸超差，
9月批次抽检不良率2.4%，超出协议AQL。

跟进事项：
1. 宏兴王国栋：针对尺寸超差提交8D报告，D3临时措施
   需在9月28日（周日，调休上班）前完成并回传筛选数据；
2. 蒋工：对宏兴进行现场稽核，稽核报告
   节后第一个工作日发出；
3. 潘立：评估第二供应商导入可行性，
   5个工作日内给出初步结论；
4. 品质部：更新供应商记分卡（9月），月底前。

说明：国庆期间（10/1-10/8）工厂放假，宏兴来料请在9/30前到货。

蒋涛 SQE
瑞崎电子 品质部
""",
 [it("王国栋", "针对尺寸超差提交8D报告，D3临时措施完成并回传筛选数据", "2025-09-28", ("abs", "2025-09-28")),
  it("蒋涛", "对宏兴进行现场稽核，发出稽核报告", "2025-10-09", ("after", "2025-10-08")),
  it("潘立", "评估第二供应商导入可行性，给出初步结论", "2025-10-10", ("wd", 5)),
  it(None, "更新供应商记分卡（9月）", "2025-09-30", ("eom",), flags=["no_owner"], dept="品质部")],
 notes="Sent Fri 2025-09-26. National Day + Mid-Autumn 2025: 10-01..10-08 off, make-up days Sun 09-28 and Sat 10-11. Item 1 deadline sits on the wrapped continuation line (09-28, the make-up Sunday). 节后第一个工作日 -> 10-09. 5个工作日内 from 09-26: 09-28, 09-29, 09-30, 10-09, 10-10 -> 2025-10-10. 月底前 -> 09-30 (department-only, 品质部 is ours -> no_owner). The 说明 line (来料9/30前到货) is a rule for the supplier, not an item. 王国栋 is external (To display name).")

case(1805, "ems-shift-wechat-paste-spring-festival", "minutes",
 "Line leader pastes the WeChat group 班前会 chat (8bit UTF-8, QQ-style plain) on the eve of Spring Festival 2026: @mentions, 明天（周六调休）, 今晚, 节后第一天（2/24）; chat noise (收到/👍) is not items",
 T("2026-02-13 20:10:02"), "thunderbird", "ems", "陆志强", ["钱磊", "顾晓芸", "杜鹏"], ["沈建明", "纪要助手"],
 "【班组交接】2月13日晚班会记录（群聊整理）",
"""群里说的几件事我整理一下发邮件，免得节前忘了。

[20:01] 陆志强：明天周六调休正常上班，白班照常开线
[20:02] 陆志强：@钱磊 明天白班开线前把回流焊炉温曲线重新测一遍，结果拍照发群里
[20:02] 钱磊：收到
[20:03] 陆志强：@顾晓芸 节前最后一批出货清单今晚发我，我好安排叉车
[20:04] 顾晓芸：好的👌
[20:05] 陆志强：@杜鹏 AOI程序更新节后第一天（2/24）开工前完成
[20:05] 杜鹏：👍
[20:07] 陆志强：大家放假注意安全，宿舍电器拔插头

陆志强
SMT 线长
""",
 [it("钱磊", "开线前把回流焊炉温曲线重新测一遍，结果拍照发群里", "2026-02-14", ("plus", 1)),
  it("顾晓芸", "节前最后一批出货清单发陆志强", "2026-02-13", ("today",)),
  it("杜鹏", "AOI程序更新", "2026-02-24", ("after", "2026-02-23"))],
 notes="Sent Fri 2026-02-13 20:10. Spring Festival 2026: 02-15..02-23 off; make-up Sat 02-14 and Sat 02-28. 明天 -> 02-14 (the make-up Saturday, as the text says). 今晚 -> the send date, no time. '节后第一天（2/24）' -> 2026-02-24 (first working day after the holiday, and written explicitly); '开工前' gives no clock time. Replies 收到/好的/👍 and the safety reminder are not items. Kind minutes: the sender posts the group's decisions as a meeting record.")

case(1806, "ems-person-headings-main-assist", "minutes",
 "Outlook gb2312 产销协调会 grouped by person headings 【顾工】【陆线长 / 钱班长】【杜工】【本人】; 主责/配合 in one line; one line with ①② sub-tasks; 节后第一个工作日上午10点前 and 5个工作日内 across May Day 2026 (make-up Sat 05-09); next meeting '每周四下午' (half day only)",
 T("2026-04-30 18:05:40"), "outlook", "ems", "沈建明", ["顾晓芸", "陆志强", "钱磊", "杜鹏"], ["许文博", "纪要助手"],
 "产销协调会纪要 0430",
"""各位：

今天产销会，按人把事情列一下，大家各自认领。

【顾工】
节后第一个工作日上午10点前发5月第2周排程。

【陆线长 / 钱班长】
1. 假期设备保养：钱班长主责，陆线长配合，5月5日前完成。
2. 三线人员补招，陆线长5个工作日内报人数缺口。

【杜工】
ECN-2604-17导入：①BOM更新，5月7日前；②SOP改版，5月8日前。

【本人】
与川中确认6月forecast，下周三前。

另：假期值班表已发，不再单列。

下次产销会照旧，每周四下午，5月7日。

沈建明
""",
 [it("顾晓芸", "发5月第2周排程", "2026-05-06", ("after", "2026-05-05"), time="10:00"),
  it("钱磊", "假期设备保养", "2026-05-05", ("abs", "2026-05-05")),
  it("陆志强", "三线人员补招，报人数缺口", "2026-05-11", ("wd", 5)),
  it("杜鹏", "ECN-2604-17导入：BOM更新", "2026-05-07", ("abs", "2026-05-07")),
  it("杜鹏", "ECN-2604-17导入：SOP改版", "2026-05-08", ("abs", "2026-05-08")),
  it("沈建明", "与川中确认6月forecast", "2026-05-06", ("next", 2))],
 FU("2026-05-07", None, ("abs", "2026-05-07")),
 notes="Sent Thu 2026-04-30. May Day 2026: 05-01..05-05 off, make-up Sat 05-09. Owners come from the person headings (顾工 = 顾晓芸; 杜工 = 杜鹏); under the shared heading each line names its owner; '钱班长主责，陆线长配合' -> the 主责 钱磊 owns. 节后第一个工作日上午10点前 -> 05-06 10:00. 5个工作日内: 05-06, 05-07, 05-08, 05-09 (make-up Sat), 05-11 -> 2026-05-11. ①② in one line are two items. 【本人】 = the sender 沈建明; 下周三 from Thu 04-30 -> 05-06. 值班表 line is information. Next meeting '每周四下午，5月7日': half day only -> date 2026-05-07, time null (no clock time given; 'afternoon' is not an appointment time).")

case(1807, "ems-complaint-tracker-odd-columns-exo", "minutes",
 "Exchange Online (Date +0000, previous evening UTC) customer-complaint tracker whose columns run 状态|优先级|事项|负责人|截止|备注: 已关闭 row excluded, 7/17, 7月底, 周五, a row without date",
 T("2026-07-14 23:55:10", 0), "exo", "ems", "吴静怡", ["蒋涛", "许文博", "钱磊", "陆志强"], ["纪要助手"],
 "客诉周会跟踪表 W29",
"""Hi all,

W29 客诉周会更新如下（表格按状态排序）：

| 状态 | 优先级 | 事项 | 负责人 | 截止 | 备注 |
| 已关闭 | 高 | 客诉#K2606 退货分析 | 蒋涛 | 7/10 | 已回复川中 |
| 进行中 | 高 | 韩方客诉HB-0711连接器虚焊：提交8D D4 | 蒋涛 | 7/17 | Hanbit催 |
| 未开始 | 中 | 更新PFMEA（连接器工位） | 许文博 | 7月底 | |
| 进行中 | 低 | 培训记录归档 | 钱磊 | | 等HR模板 |
| 未开始 | 高 | X-ray抽检补做（7/13批次） | 陆线长 | 周五 | |

Thanks,
Jenny
""",
 [it("蒋涛", "韩方客诉HB-0711连接器虚焊：提交8D D4", "2026-07-17", ("abs", "2026-07-17")),
  it("许文博", "更新PFMEA（连接器工位）", "2026-07-31", ("eom",)),
  it("钱磊", "培训记录归档", flags=["no_due"]),
  it("陆志强", "X-ray抽检补做（7/13批次）", "2026-07-17", ("this", 4))],
 notes="Date Tue 2026-07-14 23:55 +0000 = Wed 2026-07-15 07:55 Asia/Shanghai. Row marked 已关闭 is status, not an item. 7/17 -> 2026-07-17; 7月底 -> 07-31; 周五 from Wed 07-15 -> 07-17; the 培训记录 row has no date -> no_due. Columns are in an unusual order (状态 and 优先级 first). 陆线长 = 陆志强 (alias). No next meeting.")

case(1808, "law-case-meeting-new-year", "minutes",
 "Outlook gb2312 案件讨论会纪要 (formal, numbered) before New Year 2026: 12月31日前, 举证期限届满前（2026年1月9日）, 元旦假期前 (last working day), client contact from Cc; next meeting with weekday and time",
 T("2025-12-29 17:30:21"), "outlook", "law", "韩雪", ["宋怀远", "孟凡"], ["赵倩", "案件待办助手"],
 "【纪要】(2025)京0105民初12345号 蓝山科技买卖合同纠纷案 案件讨论会",
"""宋律师、孟凡、赵总：

现将今日案件讨论会纪要呈报如下。

案号：(2025)京0105民初12345号
案由：买卖合同纠纷（我方代理被告蓝山科技）
时间：2025年12月29日 15:00-16:30
参会：宋怀远（合伙人）、韩雪（主办律师）、孟凡（律师助理）；蓝山科技法务赵倩（线上）

一、案件进展
原告已于12月19日提交证据，法院指定举证期限届满日为2026年1月9日。

二、工作安排
1. 孟凡：整理证据目录及第二组证据材料，12月31日前提交韩律师审阅；
2. 韩雪：起草质证意见，举证期限届满前（2026年1月9日）提交法院；
3. 宋怀远：与客户沟通和解底线，元旦假期前完成；
4. 赵倩：提供2023年度框架合同原件，1月5日前。

三、下次讨论
2026年1月6日（周二）上午9:30，本所3号会议室。

韩雪
北京衡正律师事务所 主办律师
本邮件及附件含保密信息，仅供指定收件人使用。
""",
 [it("孟凡", "整理证据目录及第二组证据材料，提交韩律师审阅", "2025-12-31", ("abs", "2025-12-31")),
  it("韩雪", "起草质证意见，提交法院", "2026-01-09", ("abs", "2026-01-09")),
  it("宋怀远", "与客户沟通和解底线", "2025-12-31", ("before", "2026-01-01")),
  it("赵倩", "提供2023年度框架合同原件", "2026-01-05", ("abs", "2026-01-05"))],
 FU("2026-01-06", "09:30", ("abs", "2026-01-06")),
 notes="Sent Mon 2025-12-29. New Year 2026: 01-01..01-03 off, make-up Sun 01-04. 元旦假期前 = last working day before the holiday = Wed 12-31. 举证期限届满前（2026年1月9日） -> 01-09 (the date in brackets). 赵倩 (client, Cc) external -> department null. Facts in 案件进展 (dates 12月19日, 1月9日) are not items. Next: 2026-01-06 09:30.")

case(1809, "law-soe-compliance-yishi-ershi", "minutes",
 "SOE-style compliance project minutes (Apple Mail UTF-8 QP): （一）（二）（三） sections with 一是…二是…, 牵头/负责, 完成时限：…, 责任单位 a client department (no_owner), 清明节前 (last working day), 会议强调 rules not items, 另行通知",
 T("2026-03-02 15:05:11"), "apple", "law", "秦可欣", ["曹宇航", "白露"], ["孙立伟", "案件待办助手"],
 "北元能源合规管理体系建设项目启动会会议纪要",
"""北元能源合规管理体系建设项目启动会会议纪要

2026年3月2日上午，北元能源集团与北京衡正律师事务所召开合规管理体系建设项目启动会。集团法务部孙立伟，衡正律所秦可欣、曹宇航、白露参加。会议听取了项目工作方案汇报，研究部署了下一阶段重点工作。现纪要如下：

（一）关于制度梳理。一是由曹宇航律师牵头，完成集团现行218项制度的合规性审查，形成问题清单，完成时限：2026年3月20日。二是白露负责建立制度台账，完成时限：3月13日前。

（二）关于合规培训。责任单位：集团法务部（配合：衡正合规部）。完成时限：3月底。

（三）关于数据出境。由秦可欣律师牵头，于清明节前提交个人信息出境风险评估方案。

会议强调，各项工作要坚持问题导向，按周报送进展，重大事项及时请示报告。

下次会议时间另行通知。

北京衡正律师事务所 合规部
""",
 [it("曹宇航", "完成集团现行218项制度的合规性审查，形成问题清单", "2026-03-20", ("abs", "2026-03-20")),
  it("白露", "建立制度台账", "2026-03-13", ("abs", "2026-03-13")),
  it(None, "合规培训", "2026-03-31", ("eom",), flags=["no_owner"]),
  it("秦可欣", "提交个人信息出境风险评估方案", "2026-04-03", ("before", "2026-04-04"))],
 notes="Sent Mon 2026-03-02. 一是/二是 split section （一） into two items. （二） names only a 责任单位 (集团法务部, the client's department, not ours) -> owner null, no_owner, department null; 3月底 -> 03-31. 清明节前: Qingming 2026 is 04-04..04-06 (Sat-Mon), so the last working day before it is Fri 04-03. '会议强调…按周报送' is a standing rule. '另行通知' -> next_followup null.")

case(1810, "law-feishu-ai-minutes-todo-only", "minutes",
 "Feishu 智能纪要 (UTF-8 HTML) of an antitrust filing meeting: 总结 + 章节 with timestamps (not items) + 待办 section (items), 端午节后 -> first working day after Dragon Boat 2026, 下周二; '内容由 AI 生成' footer",
 T("2026-06-17 19:20:45"), "feishu", "law", "曹宇航", ["秦可欣", "白露"], ["案件待办助手"],
 "智能纪要：经营者集中申报项目周会 2026年6月17日",
"""智能纪要：经营者集中申报项目周会 2026年6月17日

总结
会议围绕某汽车零部件企业并购项目的经营者集中申报展开。团队已完成相关市场界定与竞争分析初稿，秦可欣要求在申报书第三章补充上下游市场份额数据。曹宇航提出需与市场监管总局案件处进行商谈前沟通，白露负责附件整理。

章节
00:00:35 开场与进度回顾
秦可欣回顾项目进度，竞争分析初稿已完成，下周需定稿。
00:07:12 市场份额数据
曹宇航：份额数据我这周可以拿到，最晚周五。
00:18:40 商谈前沟通
秦可欣：节后跟案件处约时间，先把问题清单准备好。

待办
白露：整理经营者集中申报附件清单，6月18日完成
曹宇航：与市场监管总局案件处沟通商谈前会议时间，端午节后
秦可欣：审阅申报书第三章，下周二

相关文档：申报书第三章（草稿）

内容由 AI 生成，仅供参考
""",
 [it("白露", "整理经营者集中申报附件清单", "2026-06-18", ("abs", "2026-06-18")),
  it("曹宇航", "与市场监管总局案件处沟通商谈前会议时间", "2026-06-22", ("after", "2026-06-21")),
  it("秦可欣", "审阅申报书第三章", "2026-06-23", ("next", 1))],
 notes="Sent Wed 2026-06-17. Only the 待办 section is items; 总结 and the time-stamped 章节 (incl. '最晚周五', '下周需定稿') are transcript. Dragon Boat 2026: 06-19..06-21 -> 端午节后 = first working day after = Mon 06-22 (a date, not vague, per the 节后 convention). 下周二 -> 06-23. '内容由 AI 生成' footer is noise. No next meeting.")

case(1811, "law-re-thread-new-minutes-quoted-old", "minutes",
 "New minutes posted as 'RE:' in the old case thread (Outlook UTF-8) with the previous minutes quoted below an Outlook 发件人/发送时间 block (quoted items are not items); 1月9日（周五）下班前, 本周四前, 开庭日（1月20日）前, next internal meeting",
 T("2026-01-06 12:10:09"), "outlook", "law", "孟凡", ["宋怀远", "韩雪"], ["案件待办助手"],
 "RE: 【纪要】(2025)京0105民初12345号 蓝山科技买卖合同纠纷案 案件讨论会",
"""宋律师、韩律师：

今天上午讨论会的纪要如下，请审阅。

一、对方于1月5日提交了补充证据（发货单12份）。
二、待办：
1. 韩律师：根据对方补充证据补充代理词提纲，1月9日（周五）下班前；
2. 孟凡：向法院申请调取原告银行流水，本周四前递交申请书；
3. 宋律师：庭前与客户会面，开庭日（1月20日）前。
三、下次内部讨论：1月15日（周四）下午2点。

孟凡
律师助理

发件人: 韩雪 <hanxue@hengzheng-law.example.cn>
发送时间: 2025年12月29日 17:30
收件人: 宋怀远 <songhy@hengzheng-law.example.cn>; 孟凡 <mengfan@hengzheng-law.example.cn>
抄送: 赵倩 <zhaoqian@lanshan-tech.example.cn>; 案件待办助手 <docket@hengzheng-law.example.cn>
主题: 【纪要】(2025)京0105民初12345号 蓝山科技买卖合同纠纷案 案件讨论会

二、工作安排
1. 孟凡：整理证据目录及第二组证据材料，12月31日前提交韩律师审阅；
2. 韩雪：起草质证意见，举证期限届满前（2026年1月9日）提交法院；
3. 宋怀远：与客户沟通和解底线，元旦假期前完成；
4. 赵倩：提供2023年度框架合同原件，1月5日前。
""",
 [it("韩雪", "根据对方补充证据补充代理词提纲", "2026-01-09", ("abs", "2026-01-09")),
  it("孟凡", "向法院申请调取原告银行流水，递交申请书", "2026-01-08", ("this", 3)),
  it("宋怀远", "庭前与客户会面", "2026-01-20", ("abs", "2026-01-20"))],
 FU("2026-01-15", "14:00", ("abs", "2026-01-15")),
 notes="Sent Tue 2026-01-06, in the thread of case 1808 (the In-Reply-To/References point at it). Only the new part counts; the quoted 12-29 minutes below the Outlook header block are history. 1月9日（周五）下班前 -> 01-09, no time (下班前 gives the date only). 本周四前 -> 01-08. 开庭日（1月20日）前 -> 01-20. Next internal meeting 01-15 14:00 (下午2点).",
 irt=1808, cs="utf-8")

case(1812, "law-forwarded-client-minutes-preface", "minutes",
 "Partner forwards the client's own minutes (Outlook 转发, gb2312) with a preface naming which items matter to us; items owned 衡正律所（韩律师）/（孟助理）, a client-department item (no_owner) and the client contact 尽快 (vague)",
 T("2026-01-12 09:05:50"), "outlook", "law", "宋怀远", ["韩雪", "孟凡"], ["赵倩", "案件待办助手"],
 "转发: 蓝山科技诉讼事项沟通会会议纪要",
"""韩雪、孟凡：

客户上周五的会议纪要转给你们，涉及我们的是第2、3条，请按时跟进；其余供参考。

宋

发件人: 赵倩 <zhaoqian@lanshan-tech.example.cn>
发送时间: 2026年1月9日 18:22
收件人: 宋怀远 <songhy@hengzheng-law.example.cn>
主题: 蓝山科技诉讼事项沟通会会议纪要

宋律师好：

今天沟通会纪要如下：
1. 蓝山科技法务部：提供合同履行期间往来邮件，1月16日前；
2. 衡正律所（韩律师）：出具诉讼风险评估意见，1月23日前；
3. 衡正律所（孟助理）：汇总诉讼费用预算，1月21日前；
4. 赵倩：确定出庭作证人员名单，尽快。

赵倩
蓝山科技 法务部
""",
 [it(None, "提供合同履行期间往来邮件", "2026-01-16", ("abs", "2026-01-16"), flags=["no_owner"]),
  it("韩雪", "出具诉讼风险评估意见", "2026-01-23", ("abs", "2026-01-23")),
  it("孟凡", "汇总诉讼费用预算", "2026-01-21", ("abs", "2026-01-21")),
  it("赵倩", "确定出庭作证人员名单", flags=["vague_due"])],
 notes="Forward sent Mon 2026-01-12; the minutes themselves are below the forward header and ARE the content (not a quote to strip). The preface only points at items 2 and 3; a careful assistant still records all four items of the forwarded minutes (ambiguous: one could argue only 2-3 are ours to track). '蓝山科技法务部' is the client's department -> no_owner, department null. '衡正律所（韩律师）' -> 韩雪, '（孟助理）' -> 孟凡 via aliases. 尽快 -> vague_due. All dates are absolute.")

# ======================================================================== Live-streaming: 橙屿 (Hangzhou)
case(1813, "live-feishu-markdown-checkboxes-1111", "minutes",
 "Feishu-doc Markdown export pasted into mail (UTF-8 HTML+plain): emoji section headings, '- [ ] @name … 📅 date', '- [x]' done line excluded, 本周三, 10/20前, 10.21, '预售开播（10/20 20:00）前'; next 碰头 as a sentence",
 T("2025-10-13 11:30:27"), "feishu", "live", "叶蓁", ["邹凯", "姚佳", "方浩然", "何苗", "唐小鱼"], ["待办小橙"],
 "双11作战会 to-do（10.13）",
"""# 双11作战会 10.13 🔥

## 🛒 选品
- [ ] @邹凯 双11主推品清单定稿（50个SKU）📅 10/17
- [x] @姚佳 样品寄到直播间 ✅
- [ ] @姚佳 跟花予品牌方谈赠品机制 📅 本周三

## 📈 投流
- [ ] @方浩然 千川预算分配表 📅 10/20前
- [ ] @何苗 预热短视频素材30条 📅 10.21

## 🎤 主播
- [ ] @小鱼 话术脚本过一遍，预售开播（10/20 20:00）前

> 今年预售 10/20 晚8点开，尾款 11/10 —— 别记错！

周四下午3点再碰一次，飞书会议~
""",
 [it("邹凯", "双11主推品清单定稿（50个SKU）", "2025-10-17", ("abs", "2025-10-17")),
  it("姚佳", "跟花予品牌方谈赠品机制", "2025-10-15", ("this", 2)),
  it("方浩然", "千川预算分配表", "2025-10-20", ("abs", "2025-10-20")),
  it("何苗", "预热短视频素材30条", "2025-10-21", ("abs", "2025-10-21")),
  it("唐小鱼", "话术脚本过一遍", "2025-10-20", ("abs", "2025-10-20"), time="20:00")],
 FU("2025-10-16", "15:00", ("this", 3)),
 notes="Sent Mon 2025-10-13 (the first Monday after the National Day holiday; 10-11 was a make-up Saturday, irrelevant here). '- [x]' line is done. 📅 本周三 -> 10-15; 10/20前 -> 10-20; 10.21 -> 10-21. '@小鱼' = 唐小鱼 (alias); '预售开播（10/20 20:00）前' -> 2025-10-20 20:00. The quoted '>' line is a fact (campaign schedule), not an item. '周四下午3点再碰一次' -> next_followup 2025-10-16 15:00.")

case(1814, "live-wechat-group-618-late-night", "minutes",
 "Operations assistant pastes a late-night WeChat group chat about 618 (iPhone, UTF-8 QP): '[name] text' lines with @handles and emoji, 明天中午前 (12:00), 周三, 周二下班前, 端午（6.19）前",
 T("2026-05-18 23:47:31"), "iphone", "live", "林一诺", ["叶蓁", "邹凯", "方浩然", "姚佳", "唐小鱼", "何苗"], ["待办小橙"],
 "618第一波 群里定的事儿",
"""整理下今晚群里聊的618的事儿👇 有漏的直接回我

[叶蓁] 618第一波5.20开卖，坑位费合同 @邹凯 明天中午前搞定哈
[邹凯] ok
[方浩然] 收到 我这边投流计划周三给
[唐小鱼] 我需要新品的卖点卡🥺
[叶蓁] @姚佳 卖点卡周二下班前给到小鱼
[何苗] 😂😂
[叶蓁] 端午（6.19）前把返场直播排期定了 @一诺

发自我的iPhone
""",
 [it("邹凯", "坑位费合同搞定", "2026-05-19", ("plus", 1), time="12:00"),
  it("方浩然", "投流计划", "2026-05-20", ("this", 2)),
  it("姚佳", "卖点卡给到小鱼", "2026-05-19", ("this", 1)),
  it("林一诺", "返场直播排期定了", "2026-06-19", ("abs", "2026-06-19"))],
 notes="Sent Mon 2026-05-18 23:47. 明天中午前 -> 05-19 12:00 (中午 = 12:00). '我这边投流计划周三给' is a self-commitment in the chat -> 方浩然, 周三 -> 05-20. 周二下班前 -> 05-19, no time. '@一诺' = 林一诺 (alias, also the sender). '端午（6.19）前' -> 2026-06-19 (the written date; it is itself the first day of the Dragon Boat holiday, but 'X前' = due on X per the conventions). 唐小鱼's need is a request answered by 叶蓁's assignment (one item). 'ok'/😂 are chat noise.")

case(1815, "live-one-line-manager-after-midnight", "minutes",
 "One-line minutes from a busy manager's iPhone at 01:20 after the 双11 night: '今天复盘：@方浩然 ROI周报明早9点前发群里；其他照旧。' (明早 read from the writer's 'today' = the evening before)",
 T("2026-11-12 01:20:14"), "iphone", "live", "叶蓁", ["方浩然"], ["何苗", "待办小橙"],
 "复盘",
"""今天复盘：@方浩然 ROI周报明早9点前发群里；其他照旧。

发自我的iPhone
""",
 [it("方浩然", "ROI周报发群里", "2026-11-12", ("today",), time="09:00")],
 notes="Genuinely ambiguous. Sent Thu 2026-11-12 01:20, right after the 双11 night; the writer says '今天复盘' about the 11-11 session, so her '明早' is the morning after that day = 2026-11-12 09:00 (the same calendar day as the Date header). A literal reading from the Date header gives 11-13 09:00; a careful assistant records 11-12 09:00 (the report is wanted that morning). No next meeting.")

case(1816, "live-feishu-table-1111-review", "minutes",
 "Ordinary 会议纪要 template in a Feishu-mail HTML table (序号/事项/负责人/截止时间): 11月20日, 月底前, '姚佳（主）、邹凯', 下周五, outside department 行政 尽快; next meeting line",
 T("2026-11-16 18:00:03"), "feishu", "live", "邹凯", ["姚佳", "叶蓁"], ["待办小橙"],
 "【会议纪要】双11复盘会（选品组）",
"""会议名称：双11复盘会（选品组）
会议时间：2026年11月16日 15:00-16:30
参会人员：叶蓁、邹凯、姚佳
记录人：邹凯

一、复盘结论
1. 双11选品组GMV达成率108%，美妆类超预期，家居类未达标。
2. 决定年货节减少家居类SKU至10个以内。

二、待办事项
| 序号 | 事项 | 负责人 | 截止时间 |
| 1 | 退货率TOP20 SKU原因分析 | 姚佳 | 11月20日 |
| 2 | 与花予品牌方对账 | 邹凯 | 月底前 |
| 3 | 年货节选品初筛 | 姚佳（主）、邹凯 | 下周五 |
| 4 | 直播间灯光设备维修 | 行政 | 尽快 |

三、下次会议：11月23日 14:00
""",
 [it("姚佳", "退货率TOP20 SKU原因分析", "2026-11-20", ("abs", "2026-11-20")),
  it("邹凯", "与花予品牌方对账", "2026-11-30", ("eom",)),
  it("姚佳", "年货节选品初筛", "2026-11-27", ("next", 4)),
  it(None, "直播间灯光设备维修", flags=["no_owner", "vague_due"])],
 FU("2026-11-23", "14:00", ("abs", "2026-11-23")),
 notes="Sent Mon 2026-11-16. 复盘结论 (results, a decision) are not items. '姚佳（主）、邹凯' -> the lead 姚佳 owns. 下周五 -> 11-27. 行政 is not a department in the roster -> owner null, no_owner, department null; 尽快 -> vague_due. 月底前 -> 11-30.")

case(1817, "hk-cantonese-rotterdam-followup", "minutes",
 "Hong Kong ops manager's Cantonese-influenced Traditional Chinese minutes (Outlook UTF-8, HKT): 聽日之前, 7月8號 (Tue) 中午12點 SI cut-off, 星期一前, agent 'Pieter (Maasport)' ASAP; next meeting '下星期四 同一時間'",
 T("2025-07-03 18:45:30"), "outlook", "hk", "梁家豪", ["陳詠詩", "黃志偉", "何嘉欣"], ["Pieter de Vries", "Minutes Bot"],
 "會議記錄：Rotterdam 線 weekly call (3/7)",
"""各位，

今日同Rotterdam agent開會，重點如下：

時間：2025年7月3日 下午3:00
出席：KH、Winnie、偉哥、嘉欣；Maasport Pieter

1. 7月10號嗰班船（MSC Aurora V.528W）space仲未confirm。
   -> Winnie 聽日之前同船公司confirm space。
2. SI cut-off 係7月8號 (Tue) 中午12點，偉哥要喺之前submit晒。
3. Kowloon Toys 嘅 commercial invoice 仲有錯，嘉欣星期一前 follow up 客人改好。
4. 鹿特丹港口擠塞，Pieter (Maasport) 幫手 check 最新 berthing 情況，ASAP。

下次會議：下星期四 同一時間。

KH
""",
 [it("陳詠詩", "同船公司confirm 7月10號船期space", "2025-07-04", ("plus", 1)),
  it("黃志偉", "submit SI", "2025-07-08", ("abs", "2025-07-08"), time="12:00"),
  it("何嘉欣", "follow up 客人改好 Kowloon Toys commercial invoice", "2025-07-07", ("this", 0)),
  it("Pieter de Vries", "check 鹿特丹港口最新 berthing 情況", flags=["vague_due"])],
 FU("2025-07-10", "15:00", ("next", 3)),
 notes="Sent Thu 2025-07-03 18:45 +0800 (HKT = Asia/Shanghai offset). 聽日之前 (Cantonese 明天前) -> 07-04. 'SI cut-off 係7月8號 (Tue) 中午12點' -> 07-08 12:00, owner 偉哥 = 黃志偉 (alias). 星期一前 -> Mon 07-07. 'Pieter (Maasport)' -> Cc display name Pieter de Vries (external); ASAP -> vague_due. Status lines ('space仲未confirm', '港口擠塞') are facts. '下星期四 同一時間' -> next Thursday 07-10 at the meeting time 下午3:00 -> 15:00. KH in the signature = 梁家豪. (Holidays: none near; note that HK public holidays differ from mainland ones, so no working-day phrase is used in HK cases.)", cs="utf-8")

case(1818, "hk-la-agent-english-ai-pdt", "minutes",
 "English minutes from the LA agent (Gmail, Date -0700 = next morning in HK): 'AI: X to … by Wednesday', 'before vessel ETA 9/18', 'EOD Thursday', 'Owner TBD … ASAP'; next call in PT converted to Asia/Shanghai",
 T("2025-09-08 17:30:22", -7), "gmail", "hk", "Maria Gonzalez", ["黃志偉", "陳詠詩"], ["梁家豪", "Minutes Bot"],
 "Haisheng / PCL weekly call - minutes 9/8",
"""Hi Raymond, Winnie,

Thanks for the call today. Recap below.

Shipments discussed:
- HSE25-0871, 2 x 40HQ, Yantian -> LB, vessel ETA Long Beach 9/18
- HSE25-0877, 1 x 20GP, rolled to next week

Action items
AI: Haisheng (Raymond) to send revised booking for the 2 x 40HQ by Wednesday.
AI: PCL (Maria) to arrange drayage from LB terminal before vessel ETA 9/18.
AI: Winnie to share ISF data EOD Thursday.
AI: Customs broker for the Kowloon Toys entry - owner TBD, ASAP.

Next call Monday 9/15, 4:30 PM PT.

Best,
Maria Gonzalez
Import Operations | Pacific Crest Logistics, Los Angeles
""",
 [it("黃志偉", "send revised booking for the 2 x 40HQ", "2025-09-10", ("this", 2)),
  it("Maria Gonzalez", "arrange drayage from LB terminal", "2025-09-18", ("abs", "2025-09-18")),
  it("陳詠詩", "share ISF data", "2025-09-11", ("this", 3)),
  it(None, "customs broker for the Kowloon Toys entry", flags=["no_owner", "vague_due"])],
 FU("2025-09-16", "07:30", ("abs", "2025-09-16")),
 notes="Date Mon 2025-09-08 17:30 -0700 = Tue 2025-09-09 08:30 Asia/Shanghai; weekday words resolve from Tue 09-09 (the same Wed/Thu as from LA's Monday). 'Raymond' = 黃志偉, 'Winnie' = 陳詠詩 (aliases). 'by Wednesday' -> 09-10; 'before vessel ETA 9/18' -> 09-18; 'EOD Thursday' -> 09-11, no time. 'owner TBD, ASAP' -> no_owner + vague_due. The shipment list is facts. 'Next call Monday 9/15, 4:30 PM PT' (PDT, -0700) = 2025-09-16 07:30 Asia/Shanghai.")

case(1819, "hk-rotterdam-mixed-en-yue-mid-autumn", "minutes",
 "Mixed English/Cantonese minutes with the Rotterdam agent (Outlook UTF-8), 'Name to do X by Friday 25 Sep', 'KH to … by next Tuesday', 'Raymond 同 carrier 傾 … by 9/30', conditional item without date (no_due); next meeting in CEST",
 T("2026-09-24 17:00:41"), "outlook", "hk", "陳詠詩", ["梁家豪", "黃志偉", "李卓然"], ["Pieter de Vries", "Minutes Bot"],
 "Minutes - Maasport reefer project call 24 Sep",
"""Dear all,

Minutes of today's call with Maasport (Pieter) below.

1. Reefer plugs at ECT Delta are tight for wk40. Pieter to confirm the reefer plug availability by Friday 25 Sep.
2. Customer wants a new all-in rate. KH to revise the quotation by next Tuesday.
3. Last week's rollover: Raymond 同 carrier 傾 compensation，by 9/30 要有答覆。
4. Jason to issue the debit note to the consignee once POD is received.

Next meeting: Thursday 8 Oct, 09:00 CEST (15:00 HKT).

Thanks & regards,
Winnie Chan
Operations | Haisheng Freight (HK) Ltd.
""",
 [it("Pieter de Vries", "confirm the reefer plug availability", "2026-09-25", ("abs", "2026-09-25")),
  it("梁家豪", "revise the quotation", "2026-09-29", ("next", 1)),
  it("黃志偉", "同 carrier 傾 rollover compensation", "2026-09-30", ("abs", "2026-09-30")),
  it("李卓然", "issue the debit note to the consignee", flags=["no_due"])],
 FU("2026-10-08", "15:00", ("abs", "2026-10-08")),
 notes="Sent Thu 2026-09-24 (HKT). 'by Friday 25 Sep' -> 09-25 (the day of the mainland Mid-Autumn holiday; the written date is kept). 'KH' = 梁家豪, 'next Tuesday' -> 09-29. 'Raymond' = 黃志偉, 'by 9/30' -> 09-30. 'Jason' = 李卓然; 'once POD is received' is a condition, no date -> no_due. Next meeting written in CEST with HKT in brackets -> 2026-10-08 15:00 Asia/Shanghai.", cs="utf-8")

case(1820, "hk-big5-formal-table-2027", "minutes",
 "Formal Traditional Chinese 例會記錄 in big5 (Outlook HK): table 序號/跟進事項/負責人/限期 (3月12日, 3月底, 下星期五), department-only owner 操作部全體同事; next meeting line; 2027 (no holiday nearby)",
 T("2027-03-10 10:20:19"), "outlook_big5", "hk", "何嘉欣", ["陳詠詩", "李卓然", "梁家豪"], ["Minutes Bot"],
 "客戶服務部例會記錄（二零二七年三月十日）",
"""各位同事：

本週例會記錄如下，敬請查閱。

會議日期：2027年3月10日（星期三）
主持：何嘉欣
出席：梁家豪、陳詠詩、李卓然

| 序號 | 跟進事項 | 負責人 | 限期 |
| 1 | 更新四月份船期表並發送客戶 | 陳詠詩 | 3月12日 |
| 2 | 跟進逾期超過60日之應收賬款 | 李卓然 | 3月底 |
| 3 | 完成新報價系統培訓 | 操作部全體同事 | 下星期五 |

下次例會：3月24日（星期三）上午10時

何嘉欣
客戶服務部
""",
 [it("陳詠詩", "更新四月份船期表並發送客戶", "2027-03-12", ("abs", "2027-03-12")),
  it("李卓然", "跟進逾期超過60日之應收賬款", "2027-03-31", ("eom",)),
  it(None, "完成新報價系統培訓", "2027-03-19", ("next", 4), flags=["no_owner"], dept="操作部")],
 FU("2027-03-24", "10:00", ("abs", "2027-03-24")),
 notes="Sent Wed 2027-03-10, charset big5. 3月底 -> 03-31. '操作部全體同事' is a department (ours) -> no_owner, department 操作部. 下星期五 -> 03-19. Next meeting 上午10時 -> 10:00. 2027 holidays are not in chinesecalendar; no working-day phrase is used.",
 cs="big5")

case(1821, "ems-korean-style-action-item-name", "minutes",
 "Korean-Chinese sales coordinator's mixed zh/en/ko minutes (Outlook UTF-8): 'ACTION ITEM (Zoe): …', 3个工作日内 after National Day 2026 counting the 10-10 make-up Saturday, 'by 10/15', ACTION ITEM (TBD); next meeting '다음 회의: 10월 16일(금) 10:00 (KST)'",
 T("2026-10-09 18:20:00"), "outlook", "ems", "金敏", ["周子涵", "蒋涛"], ["Park Ji-hoon", "纪要助手"],
 "Hanbit 周例会 Minutes (10/9)",
"""各位好，

Hanbit 周例会 minutes 如下。

- 11月 PO forecast Hanbit 上调 20%，交期需要重新回复。
ACTION ITEM (Zoe): Hanbit 11月 PO 交期回复，下周一
- HB-0711 8D：Hanbit 同意 close 条件。
ACTION ITEM (Jiang Tao): HB-0711 8D 最终报告提交，3个工作日内
ACTION ITEM (Park Ji-hoon): 提供 field failure data，by 10/15
ACTION ITEM (TBD): 二期产能评估

다음 회의: 10월 16일(금) 10:00 (KST)

감사합니다 / 谢谢
金敏 Kim Min
业务部
""",
 [it("周子涵", "Hanbit 11月 PO 交期回复", "2026-10-12", ("next", 0)),
  it("蒋涛", "HB-0711 8D 最终报告提交", "2026-10-13", ("wd", 3)),
  it("Park Ji-hoon", "提供 field failure data", "2026-10-15", ("abs", "2026-10-15")),
  it(None, "二期产能评估", flags=["no_owner", "no_due"])],
 FU("2026-10-16", "09:00", ("abs", "2026-10-16")),
 notes="Sent Fri 2026-10-09 (after National Day 10-01..10-07; make-up Sat 10-10). 下周一 -> 10-12. 3个工作日内: 10-10 (make-up Saturday), 10-12, 10-13 -> 2026-10-13. 'Jiang Tao' = 蒋涛 alias. Park is external (Cc). (TBD) with no date -> no_owner + no_due. Bullet lines are facts. Next meeting '10월 16일(금) 10:00 (KST)' = 10-16 09:00 Asia/Shanghai.", cs="utf-8")

case(1822, "ems-gm-prose-items-2027", "minutes",
 "A general manager's prose mail (Thunderbird 8bit UTF-8) with items buried in paragraphs (小顾 这周四之前 / 许工 6月18号之前 / 吴经理 月底), a done report, and the next meeting split over two lines (下周二晚上 … / 时间定在8点)",
 T("2027-06-08 21:30:55"), "thunderbird", "ems", "沈建明", ["顾晓芸", "许文博", "吴静怡"], ["周子涵", "纪要助手"],
 "今天川中会议的几点想法",
"""各位，

今天和川中山田さん的会开得不太顺利，他们对7月两个新机种的交付很担心，说实话我也担心。上周陆线长已经把三线的人补齐了，这点山田さん是认可的，但治具和交付计划这两块我们讲不清楚。

我的意见是：小顾这周四之前把交付风险评估重新做一版，重点放在7月的两个新机种上，不要再用上个月的模板；许工那边的治具，我希望6月18号之前全部到位，不要再拖了。质量这块，吴经理跟我说会在月底给川中一个正式答复，我看可以。

下周二晚上我们再碰一次，
时间定在8点，还是大会议室。

沈建明
""",
 [it("顾晓芸", "重新做一版交付风险评估（重点7月两个新机种）", "2027-06-10", ("this", 3)),
  it("许文博", "治具全部到位", "2027-06-18", ("abs", "2027-06-18")),
  it("吴静怡", "给川中一个正式答复（质量）", "2027-06-30", ("eom",))],
 FU("2027-06-15", "20:00", ("next", 1)),
 notes="Sent Tue 2027-06-08. 这周四之前 -> 06-10; 6月18号之前 -> 06-18; 月底 -> 06-30. 小顾/许工/吴经理 are roster aliases. '陆线长已经把三线的人补齐了' is a report of work done, not an item. Next meeting: '下周二晚上 … 时间定在8点' split over two lines -> 2027-06-15 20:00 (晚上 8点 = 20:00). Dragon Boat 2027 falls around mid-June but no working-day phrase is used.")

case(1823, "ems-makeup-sunday-spring-festival-2025-qq", "minutes",
 "Exmail/QQ gb18030 minutes sent on the 2025-01-26 make-up Sunday before Spring Festival: 1月27日下班前, 节后第一个工作日 (02-05), 2个工作日内 across the holiday, 待定 (vague); next meeting 2月5日 8:30",
 T("2025-01-26 16:12:08"), "qq", "ems", "顾晓芸", ["陆志强", "钱磊", "潘立"], ["沈建明", "纪要助手"],
 "春节停线及节后复工安排会议纪要",
"""各位：

今天（1/26调休上班）春节停线及复工安排会议纪要如下：

一、停线安排：1月27日白班结束后全厂停线，2月5日复工。
二、待办：
（1）陆线长：停线前设备5S及断电检查，1月27日下班前；
（2）钱班长：统计节后返岗人数，节后第一个工作日报我；
（3）潘立：节后首周物料齐套确认，2个工作日内；
（4）沈总：节后开工仪式安排，待定。
三、节后复工会：2月5日 8:30，PMC会议室。

顾晓芸
""",
 [it("陆志强", "停线前设备5S及断电检查", "2025-01-27", ("abs", "2025-01-27")),
  it("钱磊", "统计节后返岗人数", "2025-02-05", ("after", "2025-02-04")),
  it("潘立", "节后首周物料齐套确认", "2025-02-05", ("wd", 2)),
  it("沈建明", "节后开工仪式安排", flags=["vague_due"])],
 FU("2025-02-05", "08:30", ("abs", "2025-02-05")),
 notes="Sent Sun 2025-01-26, a make-up working day. Spring Festival 2025: 01-28..02-04 off; make-up Sun 01-26 and Sat 02-08. 1月27日下班前 -> 01-27, no time. 节后第一个工作日 -> 02-05. 2个工作日内: 01-27, then 02-05 -> 2025-02-05. 待定 -> vague_due. 停线安排 line is a decision. Next meeting 02-05 08:30.")

case(1824, "law-titles-from-cc-qingming", "minutes",
 "Compliance partner's minutes (Gmail-style UTF-8) where owners are written only as title + surname (主办律师曹律师, 律师助理小白, 客户孙经理 known only from Cc '孙立伟'), 节后第一个工作日 and 3个工作日内 across Qingming 2025; '另行确定' next meeting",
 T("2025-04-03 16:00:37"), "gmail", "law", "秦可欣", ["曹宇航", "白露"], ["孙立伟", "案件待办助手"],
 "北元能源数据合规尽调 第二次沟通会纪要",
"""各位：

今天与北元能源的沟通会纪要如下：

1. 主办律师曹律师：出具数据合规尽调报告初稿，4月11日前；
2. 律师助理小白：补充3场业务部门访谈记录，节后第一个工作日；
3. 客户信息安全部孙经理：提供数据流转图（含境外子公司），下周三；
4. 我本人：与客户总法律顾问电话沟通尽调范围，3个工作日内。

下次沟通时间另行确定。

秦可欣
合伙人 | 北京衡正律师事务所
""",
 [it("曹宇航", "出具数据合规尽调报告初稿", "2025-04-11", ("abs", "2025-04-11")),
  it("白露", "补充3场业务部门访谈记录", "2025-04-07", ("after", "2025-04-06")),
  it("孙立伟", "提供数据流转图（含境外子公司）", "2025-04-09", ("next", 2)),
  it("秦可欣", "与客户总法律顾问电话沟通尽调范围", "2025-04-09", ("wd", 3))],
 notes="Sent Thu 2025-04-03. Qingming 2025: 04-04..04-06 off (no make-up day). 曹律师 = 曹宇航, 小白 = 白露 (aliases, titles before the name). '孙经理' is not in the roster; the only 孙 in To/Cc is the Cc display name 孙立伟 (external, department null). 下周三 -> 04-09. 节后第一个工作日 -> 04-07. '我本人' = the sender 秦可欣; 3个工作日内: 04-07, 04-08, 04-09 -> 2025-04-09. '另行确定' -> no follow-up.")

case(1825, "law-nested-brackets-appeal", "minutes",
 "Appeal-preparation minutes (Outlook UTF-8) with sub-numbering inside brackets （1）（2） within one item, deadline in nested brackets 〔截止：9月24日（周四）〕, '（上诉期届满前，即10月9日）', 2个工作日内 over the 09-20 make-up Sunday; next meeting half day only",
 T("2026-09-18 18:40:26"), "outlook", "law", "韩雪", ["宋怀远", "孟凡"], ["案件待办助手"],
 "【待办】星辰物流案上诉准备会",
"""宋律师、孟凡：

今天上诉准备会的待办整理如下：

一、上诉准备（（2026）京0108民初6677号判决）
1. 上诉状定稿（含（1）事实与理由部分改写；（2）新证据清单〔截止：9月24日（周四）〕）——韩雪
2. 上诉费缴纳——孟凡（上诉期届满前，即10月9日）

二、证据保全
3. 向法院提交证据保全申请（宋律师审定后由孟凡递交），2个工作日内

下次例会：10月13日（周二）上午。

韩雪
""",
 [it("韩雪", "上诉状定稿（事实与理由部分改写；新证据清单）", "2026-09-24", ("abs", "2026-09-24")),
  it("孟凡", "上诉费缴纳", "2026-10-09", ("abs", "2026-10-09")),
  it("孟凡", "向法院提交证据保全申请", "2026-09-21", ("wd", 2))],
 FU("2026-10-13", None, ("abs", "2026-10-13")),
 notes="Sent Fri 2026-09-18. Item 1's （1）（2） are parts of one deliverable (not two items); its deadline is in nested brackets -> 09-24. Item 2 deadline in brackets after the owner -> 10-09. Item 3: 宋律师 reviews, 孟凡 submits -> the submitter owns; 2个工作日内 from Fri 09-18: Sun 09-20 (make-up for Mid-Autumn) and Mon 09-21 -> 2026-09-21. Next meeting '10月13日（周二）上午': half day only -> time null.", cs="utf-8")

case(1826, "live-excel-tsv-paste-618", "minutes",
 "Ad-spend lead pastes an Excel range as tab-separated text (Gmail-like plain+HTML UTF-8) with columns 渠道/目标GMV/负责人/要做的事/截止/状态: a 已完成 row excluded, 6/14, 周一, 6/18, 6/22; next stand-up as a sentence '周一早会…9:30'",
 T("2026-06-12 22:10:48"), "gmail", "live", "方浩然", ["何苗", "林一诺", "唐小鱼"], ["叶蓁", "待办小橙"],
 "618投放分工（表格）",
"""今晚会上定的投放分工，直接从表里贴过来了：

渠道\t目标GMV\t负责人\t要做的事\t截止\t状态
千川\t80w\t何苗\t新建618专属计划x12\t6/14\t进行中
随心推\t10w\t何苗\t素材测试\t6/10\t已完成
小红书\t15w\t林一诺\tKOC投放名单确认\t周一\t未开始
直播间\t—\t唐小鱼\t6.18当晚加播到凌晨2点\t6/18\t未开始
复盘\t—\t方浩然\t618复盘PPT\t6/22\t未开始

周一早会再过一遍，9:30 老地方。
""".replace("\\t", "\t"),
 [it("何苗", "新建618专属计划x12", "2026-06-14", ("abs", "2026-06-14")),
  it("林一诺", "KOC投放名单确认", "2026-06-15", ("this", 0)),
  it("唐小鱼", "6.18当晚加播到凌晨2点", "2026-06-18", ("abs", "2026-06-18")),
  it("方浩然", "618复盘PPT", "2026-06-22", ("abs", "2026-06-22"))],
 FU("2026-06-15", "09:30", ("this", 0)),
 notes="Sent Fri 2026-06-12 22:10. Tab-separated rows; the 已完成 row is status. 周一 -> 06-15. 6/14 is a Sunday (kept as written). The 直播间 row is an assigned task with a date (extra streaming hours on 6-18). 目标GMV is not a date. '周一早会再过一遍，9:30' -> next_followup 2026-06-15 09:30. Dragon Boat (06-19..21) does not affect any item.")

case(1827, "ems-tencent-ai-minutes", "minutes",
 "腾讯会议 智能纪要 (Outlook UTF-8 forward of the AI summary by the meeting owner): 会议摘要 and time-stamped 发言 contain commitments that are NOT items; only the 待办事项 list counts (周五前, 下周一, no date); 'AI生成' footer",
 T("2025-11-19 15:40:16"), "outlook", "ems", "周子涵", ["顾晓芸"], ["山田健太", "纪要助手"],
 "腾讯会议智能纪要｜川中12月出货计划沟通",
"""各位，腾讯会议自动生成的纪要如下，待办请大家跟进。

【会议主题】川中12月出货计划沟通
【会议时间】2025-11-19 14:00-15:00

会议摘要
本次会议主要讨论了川中12月出货计划及包装规格变更。顾晓芸表示12月产能可满足，排程可于本周内输出；山田提出新包装需要在12月第二周导入；周子涵表示已与物流确认月底的船期。

发言要点
00:02:15 周子涵：今天主要对一下12月的出货和包装的事情。
00:05:40 顾晓芸：12月产能没问题，我们周五前能出排程。
00:21:08 山田：新的包装图纸我们这边还在改，改好了就发过来。
00:33:50 周子涵：包装规格我下周一跟山田さん再确认一次。

待办事项
1. 顾晓芸：输出12月排程（周五前）
2. 周子涵：与川中确认包装规格变更（下周一）
3. 山田：提供新包装图纸

以上内容由AI生成，仅供参考
""",
 [it("顾晓芸", "输出12月排程", "2025-11-21", ("this", 4)),
  it("周子涵", "与川中确认包装规格变更", "2025-11-24", ("next", 0)),
  it("山田健太", "提供新包装图纸", flags=["no_due"])],
 notes="Sent Wed 2025-11-19. Only the 待办事项 section gives items; the summary and transcript repeat them and add '月底的船期' (a fact). 周五前 -> 11-21; 下周一 -> 11-24. '山田' -> Cc display name 山田健太 (external); no date -> no_due. Footer is noise. No next meeting.", cs="utf-8")

case(1835, "law-docx-attachment-minutes", "minutes",
 "Partner sends minutes only as a .docx attachment (body: '纪要见附件'), Outlook gb2312; the docx holds a numbered list: 10月16日前, 明天 = the 10-10 make-up Saturday",
 T("2026-10-09 17:02:33"), "outlook", "law", "宋怀远", ["韩雪", "孟凡"], ["案件待办助手"],
 "星辰物流案二审准备会纪要",
"""韩雪、孟凡：

今天二审准备会的纪要见附件，请按期完成。

宋怀远
""",
 [it("韩雪", "起草二审答辩状", "2026-10-16", ("abs", "2026-10-16")),
  it("孟凡", "复印并整理一审卷宗", "2026-10-10", ("plus", 1))],
 notes="Sent Fri 2026-10-09. The items are only in the attached .docx (word/document.xml). 10月16日前 -> 10-16. '明天（周六，调休上班）' -> 10-10, the National Day make-up Saturday. The docx's 会议决定 paragraph is a decision. No next meeting.",
 attachments="DOCX_1835")

case(1836, "ems-same-task-two-lines-own-numbering", "minutes",
 "Engineering meeting (Thunderbird 8bit UTF-8) continuing its own item numbering (#14–#16) in a 线别|事项|负责人|期限 table where two rows have the identical task text for different owners; 1/15, 1/22, 下周三; next meeting '下周同一时间'",
 T("2027-01-13 17:50:12"), "thunderbird", "ems", "许文博", ["杜鹏", "钱磊"], ["陆志强", "纪要助手"],
 "工程例会纪要 2027-01-13（续编号）",
"""工程例会纪要
时间：1月13日 16:00-17:00
参加：许文博、杜鹏、钱磊、陆志强

上期遗留 #11-#13 均已关闭。

本期新增（编号接上期）：
| # | 线别 | 事项 | 负责人 | 期限 |
| 14 | SMT1 | 更新钢网清洗SOP | 杜鹏 | 1/15 |
| 15 | SMT2 | 更新钢网清洗SOP | 钱磊 | 1/22 |
| 16 | 全线 | 回流焊氮气流量验证 | 许文博 | 下周三 |

下次例会：下周同一时间。

许文博
""",
 [it("杜鹏", "更新钢网清洗SOP", "2027-01-15", ("abs", "2027-01-15")),
  it("钱磊", "更新钢网清洗SOP", "2027-01-22", ("abs", "2027-01-22")),
  it("许文博", "回流焊氮气流量验证", "2027-01-20", ("next", 2))],
 FU("2027-01-20", "16:00", ("next", 2)),
 notes="Sent Wed 2027-01-13. The minutes number items #14-#16 (continuing the previous meeting); gold lists them in order (scorers match by content, the bot may number 1-3 or keep 14-16). Rows 14 and 15 have the identical task text (different line 线别 SMT1/SMT2 and owners) and must stay two items. '#11-#13 均已关闭' is status. 下周三 -> 01-20. '下周同一时间' -> 2027-01-20 16:00 (meeting time 16:00 from the 时间 line). No holiday-dependent phrase (2027).")

# ======================================================================== replies / auto / other
case(1828, "reply-done-cantonese-hk", "reply",
 "Cantonese reply (Outlook UTF-8 'RE:') to the bot's recap of 1817: '第2項已經搞掂，SI今朝submit咗' -> done [2]; Outlook 寄件者/傳送時間 quote in Traditional Chinese",
 T("2025-07-08 11:02:40"), "outlook", "hk", "黃志偉", ["Minutes Bot"], ["梁家豪"],
 "RE: [待確認] 會議記錄：Rotterdam 線 weekly call (3/7)",
"""第2項已經搞掂，SI今朝10點submit咗，船公司已回覆收到。

Raymond

寄件者: Minutes Bot <minutes@haisheng-hk.example.com>
傳送時間: 2025年7月3日 18:46
收件者: 黃志偉 <wongcw@haisheng-hk.example.com>
主旨: [待確認] 會議記錄：Rotterdam 線 weekly call (3/7)

會議事項：
1. 同船公司confirm 7月10號船期space — 陳詠詩 — 2025-07-04
2. submit SI — 黃志偉 — 2025-07-08 12:00
3. follow up Kowloon Toys commercial invoice — 何嘉欣 — 2025-07-07
4. check 鹿特丹港口 berthing 情況 — Pieter de Vries — 未定（ASAP）
如有異議請於今日內回覆；完成請回覆「已完成」，進度請回覆「進度80%」。
""",
 reply=R("done", [2]),
 notes="Reply to the recap of case 1817. '已經搞掂' (Cantonese: done) on '第2項' -> intent done, items [2]. The quoted recap lists dates and command words; ignore it.",
 irt="<recap-1817@haisheng-hk.example.com>", cs="utf-8")

case(1829, "reply-object-item3-law", "reply",
 "Associate objects to 第3项 of the recap of 1811 (Outlook gb2312 '答复:'), reason mentions a new date; Outlook 发件人/发送时间 quote",
 T("2026-01-06 14:20:18"), "outlook", "law", "韩雪", ["案件待办助手"], ["宋怀远", "孟凡"],
 "答复: [请确认] RE: 【纪要】(2025)京0105民初12345号 蓝山科技买卖合同纠纷案 案件讨论会",
"""第3项有异议：法院今天上午来电，开庭日期已改为1月27日，会见客户的时间应相应调整，请宋律师确认后再定。

韩雪

发件人: 案件待办助手 <docket@hengzheng-law.example.cn>
发送时间: 2026年1月6日 12:11
收件人: 韩雪 <hanxue@hengzheng-law.example.cn>; 宋怀远 <songhy@hengzheng-law.example.cn>; 孟凡 <mengfan@hengzheng-law.example.cn>
主题: [请确认] RE: 【纪要】(2025)京0105民初12345号 蓝山科技买卖合同纠纷案 案件讨论会

1. 根据对方补充证据补充代理词提纲 — 韩雪 — 2026-01-09
2. 向法院申请调取原告银行流水 — 孟凡 — 2026-01-08
3. 庭前与客户会面 — 宋怀远 — 2026-01-20
如有异议请于今日18:00前回复。
""",
 reply=R("object", [3]),
 notes="Objection to item 3 with a reason; the date '1月27日' in the reason is not an extension request by the owner (the sender is not the owner of item 3) -> intent object, items [3], new_due_date null.",
 irt="<recap-1811@hengzheng-law.example.cn>")

case(1830, "reply-extend-live-emoji", "reply",
 "Casual extend request from the live-stream selection assistant (iPhone UTF-8 QP): '第3项申请延期到周三🙏 品牌方资料还没给' -> new date from the reply's own Date",
 T("2026-05-19 09:31:05"), "iphone", "live", "姚佳", ["待办小橙"], ["叶蓁"],
 "Re: [待确认] 618第一波 群里定的事儿",
"""第3项申请延期到周三🙏 品牌方资料还没给，拿到马上做

发自我的iPhone

> 2026年5月18日 23:48，待办小橙 <todo-bot@chengyu-live.example.cn> 写道：
> 
> 1. 坑位费合同搞定 — 邹凯 — 5月19日 12:00
> 2. 投流计划 — 方浩然 — 5月20日
> 3. 卖点卡给到小鱼 — 姚佳 — 5月19日
> 4. 返场直播排期定了 — 林一诺 — 6月19日
> 有异议请今天内回复；完成回复「已完成」，延期回复「延期至X月X日」。
""",
 reply=R("extend", [3], new="2026-05-20", spec=("this", 2)),
 notes="Sent Tue 2026-05-19. '延期到周三' -> Wed 2026-05-20 (this week). items [3]. Quoted recap below '写道：' is ignored.",
 irt="<recap-1814@chengyu-live.example.cn>")

case(1831, "reply-progress-supplier-foxmail", "reply",
 "Supplier's Foxmail GBK reply to the recap of 1804: '第1项进度60%，…剩余预计周日前完成' -> progress 60 on item 1; Foxmail 原始邮件 quote",
 T("2025-09-27 10:14:51"), "foxmail", "ems", "王国栋", ["纪要助手"], ["蒋涛"],
 "回复：[待确认] 宏兴五金螺丝柱尺寸超差 供应商质量会议纪要",
"""蒋工：

第1项进度60%，在库品已筛选2万pcs（不良48pcs），剩余在途品预计周日前筛完，8D报告随后发送。

王国栋
昆山宏兴五金 品质部

------------------ 原始邮件 ------------------
发件人: "纪要助手"<jiyao@ruiqi-ems.example.cn>;
发送时间: 2025年9月26日(星期五) 下午5:21
收件人: "王国栋"<wanggd@hongxing-hw.example.cn>;
主题: [待确认] 宏兴五金螺丝柱尺寸超差 供应商质量会议纪要

1. 针对尺寸超差提交8D报告，D3临时措施完成并回传筛选数据 — 王国栋 — 2025-09-28
如有异议请于今日内回复。
""",
 reply=R("progress", [1], pct=60),
 notes="Progress 60% on item 1. '周日前' is the sender's own estimate within the existing deadline, not an extension request -> intent progress, new_due_date null.",
 irt="<recap-1804@ruiqi-ems.example.cn>")

case(1832, "auto-ooo-hk-bilingual", "auto",
 "Exchange bilingual out-of-office 'Automatic reply:' from the HK ops staff to the bot's recap (Auto-Submitted, X-Auto-Response-Suppress), body with dates and 'please contact'",
 T("2025-07-04 09:00:02"), "outlook", "hk", "陳詠詩", ["Minutes Bot"], [],
 "Automatic reply: [待確認] 會議記錄：Rotterdam 線 weekly call (3/7)",
"""Thank you for your email. I am on annual leave from 4 Jul to 11 Jul 2025 with limited access to email. For urgent shipment matters please contact KH Leung (leungkh@haisheng-hk.example.com) or call +852 2345 6789.

多謝來郵。本人於2025年7月4日至7月11日放年假，期間未能即時回覆。如有緊急船務事宜，請聯絡梁家豪先生。
""",
 notes="Out-of-office auto-reply (Auto-Submitted: auto-replied). Dates in the body are not items.",
 irt="<recap-1817@haisheng-hk.example.com>",
 extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "chanws@haisheng-hk.example.com")), cs="utf-8")

case(1833, "auto-bulk-platform-notice", "auto",
 "Bulk platform notice to the live-stream bot address (Precedence: bulk, List-Unsubscribe) with 报名截止 dates, numbered 待办-like steps and '负责人' wording -> auto, no items",
 T("2026-10-20 10:00:00"), "feishu", "live", ("商家服务中心", "noreply@notice.douyin-shop.example.com"), ["待办小橙"], [],
 "【重要】双11大促活动报名即将截止，请尽快完成报名",
"""尊敬的商家：

双11大促活动报名将于10月25日23:59截止，请店铺负责人尽快完成以下事项：
① 10月22日前完成商品资质审核；
② 10月24日前提交活动价格；
③ 报名截止前确认库存。

退订请点击：https://notice.douyin-shop.example.com/unsub
本邮件由系统自动发送，请勿直接回复。
""",
 notes="Platform bulk mail (Precedence: bulk, List-Id, List-Unsubscribe); looks like a to-do list with dates but no person wrote it -> kind auto, no items.",
 extra=(("Precedence", "bulk"), ("List-Id", "<merchant-notice.douyin-shop.example.com>"),
        ("List-Unsubscribe", "<https://notice.douyin-shop.example.com/unsub?u=8841>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))

case(1834, "other-person-request-bot-cc", "other",
 "Person-to-person request with the bot in Cc by habit (QQ gb18030): '明天早上8点前把三线的点检表发我' -> other, no items",
 T("2025-11-20 17:45:33"), "qq", "ems", "顾晓芸", ["陆志强"], ["纪要助手"],
 "三线点检表",
"""陆线长，

明天早上8点前把三线这周的设备点检表发我一下，客户审核要用，谢谢！

顾晓芸
""",
 notes="A one-to-one request, not meeting minutes; the bot is in Cc by habit. kind other, no items.")
