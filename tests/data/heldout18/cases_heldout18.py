# -*- coding: utf-8 -*-
# Case definitions for make_heldout18.py (exec'd there; uses its helpers).

# =============================== A: 湘力工程机械 代理商网络 (Changsha) ===============================
c = case(id="3301", slug="dealer-q1-meeting-foxmail-gbk", org="A", client="foxmail", cs="GBK", frm="周敏",
         to=["邓建国", "彭亮", "曾志强", "谭晓燕"], cc=["纪要助手"], t=t8("2025-03-14 16:20:41"),
         subj="湘中南片区一季度代理商会议纪要", text="""各位领导、同事：

3月13日在长沙总部三楼会议室召开湘中南片区一季度代理商会议，邓总主持，现将会议纪要整理如下。

一、会议情况
1. 一季度片区销量完成年度目标的21%，小挖同比增长，中大挖偏弱。
2. 永州、衡阳两家代理商库存周转超过120天。

二、会议决定
1. 二季度起代理商提车实行“先款后货”，不再接受银行承兑。
2. 服务站星级评定按新标准执行，6月30日前完成首轮评定。

三、待办事项
1. 彭亮：整理湘南大区一季度回款清单并与代理商逐家核对，本月底前报财务部。
2. 谭晓燕：向永州、衡阳代理商发送对账函，下周三前。
3. 周敏：完成湘中南片区在库整机盘点（含代理商库存），3个工作日内提交盘点表。
4. 曾志强：与吉首服务站沟通配件库存补充计划，时间待定。

下次会议：4月11日（周五）上午9:30，地点同上。

周敏
商务部 | 湘力工程机械有限公司
电话：0731-8xxx2231
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("彭亮", "整理湘南大区一季度回款清单并与代理商逐家核对，报财务部", "2025-03-31", calc=month_end(s)),
    I("谭晓燕", "向永州、衡阳代理商发送对账函", "2025-03-19", calc=next_week(s, 2)),
    I("周敏", "完成湘中南片区在库整机盘点（含代理商库存），提交盘点表", "2025-03-19", calc=add_workdays(s, 3)),
    I("曾志强", "与吉首服务站沟通配件库存补充计划", None, flags=["vague_due"])],
    "next_followup": FU("2025-04-11", "09:30", calc=D(2025, 4, 11)), "reply": None,
    "notes": "Ordinary numbered 待办 section. Sent Fri 2025-03-14. 本月底前 -> 03-31; 下周三 -> 03-19; 3个工作日内 counted from the day after sending: Mon 17, Tue 18, Wed 19 -> 03-19. '时间待定' -> vague_due. The 会议决定 line '6月30日前完成首轮评定' is a decision/policy with no owner, not an item. 下次会议 4月11日（周五）上午9:30 -> next_followup."}

c = case(id="3302", slug="boss-oneliner-iphone", org="A", client="iphone", cs="utf-8", frm="邓建国",
         to=["彭亮", "刘卫东"], cc=["纪要助手"], t=t8("2025-06-05 21:12:09"), subj="今晚碰头的两件事",
         text="""彭亮：株洲服务站配件欠款周五前结清，结不了的直接停供。
刘工：郴州那台XL215挖机故障回访，明早9点前报我结果。

发自我的iPhone
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("彭亮", "结清株洲服务站配件欠款", "2025-06-06", calc=this_or_next(s, 4)),
    I("刘卫东", "回访郴州XL215挖机故障并报结果", "2025-06-06", "09:00", calc=s + dt.timedelta(days=1))],
    "next_followup": None, "reply": None,
    "notes": "A boss's two-line minutes of an evening stand-up from iPhone Mail (UTF-8 base64, no greeting, no heading). Counted as minutes: it records what was agreed at a meeting and the bot is Cc'd. Sent Thu 2025-06-05 21:12: 周五前 -> 06-06; 明早9点前 -> 06-06 09:00. '刘工' = 刘卫东 (roster alias, also in To). '结不了的直接停供' is a conditional instruction, not a separate item."}

c = case(id="3303", slug="wechat-group-paste-before-national-day", org="A", client="exmail", cs="gb18030",
         frm="曾志强", to=["邓建国"], cc=["彭亮", "周敏", "谭晓燕", "刘卫东", "纪要助手"],
         t=t8("2025-09-26 18:05:33"), subj="代理商大会筹备 群里定的事（留底）", text="""邓总让把今天群里定的事发个邮件留底，我直接把群聊贴过来了：

【湘力2025代理商大会筹备群】
邓建国 17:02
大会定在10月16日，地点还是华天，规模按180人准备
彭亮 17:05
收到。湘南的代理商名单我这边出
邓建国 17:06
@彭亮 名单节后第一个工作日给我，要带联系人和电话
彭亮 17:06
好的
邓建国 17:08
@周敏 会场和住宿两个工作日内把报价拿回来
周敏 17:10
[OK]
邓建国 17:11
@谭晓燕 各代理商上半年回款排名表，10月10日前
谭晓燕 17:15
邓总，10号是周五，我9号先给您初稿
邓建国 17:16
可以
刘卫东 17:20
服务站表彰名单我这边先拟一版？
邓建国 17:21
拟，尽快

曾志强
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("彭亮", "提供湘南代理商名单（含联系人和电话）", "2025-10-09", calc=first_workday_after(D(2025, 10, 8))),
    I("周敏", "拿回大会会场和住宿报价", "2025-09-29", calc=add_workdays(s, 2)),
    I("谭晓燕", "各代理商上半年回款排名表", "2025-10-10", calc=D(2025, 10, 10)),
    I("刘卫东", "拟服务站表彰名单", None, flags=["vague_due"])],
    "next_followup": None, "reply": None,
    "notes": "Minutes as a pasted WeChat group chat (name + time line, message on the next line), QQ/Exmail gb18030. Sent Fri 2025-09-26, before the 2025 National Day/Mid-Autumn holiday (10-01..10-08; make-up days Sun 09-28 and Sat 10-11). 节后第一个工作日 -> 10-09. 两个工作日内 from Fri: Sat 09-27 off, Sun 09-28 is a make-up working day (1), Mon 09-29 (2) -> 09-29. 10月10日前 -> 10-10; 谭晓燕's offer of an early draft on the 9th does not change the deadline the boss set (ambiguous; a careful assistant records 10-10). '尽快' -> vague_due. The chat times (17:02…) are not deadlines; '大会定在10月16日' is a decision (the conference date), not a follow-up meeting."}

c = case(id="3304", slug="inventory-table-odd-columns-makeup-sunday", org="A", client="outlook", cs="gb2312",
         frm="周敏", to=["彭亮", "曾志强", "谭晓燕"], cc=["邓建国", "纪要助手"], t=t8("2026-01-04 10:31:02"),
         subj="【库存周会】2026年第1周库存及调拨跟踪", text="""各位好：

今天（调休上班）库存周会跟踪表如下，请对照执行。

序号\t事项\t优先级\t状态\t负责人\t备注\t完成时限
1\t清理永州代理商超期库存（120天以上6台），制定调拨方案\t高\t进行中\t彭亮\t与财务确认贴息\t周五
2\t长沙中心库XL75小挖补货20台\t中\t已完成\t周敏\t1/2已到库\t1月2日
3\t湘西片区二手机评估报告\t中\t未开始\t曾志强\t\t下周一
4\t代理商库存贴息政策测算\t高\t进行中\t谭晓燕（主）/周敏（配合）\t需邓总审批\t1月15日

周敏
""", html=None)
c["html"] = text_to_html("各位好：\n\n今天（调休上班）库存周会跟踪表如下，请对照执行。\n") + "\n" + html_table([
    ["序号", "事项", "优先级", "状态", "负责人", "备注", "完成时限"],
    ["1", "清理永州代理商超期库存（120天以上6台），制定调拨方案", "高", "进行中", "彭亮", "与财务确认贴息", "周五"],
    ["2", "长沙中心库XL75小挖补货20台", "中", "已完成", "周敏", "1/2已到库", "1月2日"],
    ["3", "湘西片区二手机评估报告", "中", "未开始", "曾志强", "", "下周一"],
    ["4", "代理商库存贴息政策测算", "高", "进行中", "谭晓燕（主）/周敏（配合）", "需邓总审批", "1月15日"]]) + \
    "\n" + text_to_html("\n周敏")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("彭亮", "清理永州代理商超期库存（120天以上6台），制定调拨方案", "2026-01-09", calc=this_or_next(s, 4)),
    I("曾志强", "湘西片区二手机评估报告", "2026-01-05", calc=next_week(s, 0)),
    I("谭晓燕", "代理商库存贴息政策测算", "2026-01-15", calc=D(2026, 1, 15))],
    "next_followup": None, "reply": None,
    "notes": "Outlook gb2312 HTML table whose columns run 序号|事项|优先级|状态|负责人|备注|完成时限 (deadline last, status and remark in between); the plain alternative is tab-separated. Sent Sun 2026-01-04, a 调休 make-up working day after New Year. Weeks start Monday, so the send day closes the week of 12-29: 周五 (this week's 01-02 is past) -> 2026-01-09; 下周一 -> Monday of the following week = 2026-01-05 (tomorrow, which is also what a writer on a Sunday means). Row 2 is 已完成 -> not an item. Row 4 '谭晓燕（主）/周敏（配合）' -> owner 谭晓燕 (主责). 1月15日 -> 2026-01-15."}

c = case(id="3305", slug="new-minutes-in-old-re-thread-spring-festival", org="A", client="outlook", cs="gb2312",
         frm="彭亮", to=["刘卫东", "谭晓燕", "曾志强", "周敏"], cc=["邓建国", "纪要助手"], t=t8("2026-02-13 17:48:20"),
         subj="RE: 湘南大区周例会纪要", irt="<3a91c0de22f1$5b1e0a40$11563ac0@xlcm.example.cn>", text="""各位：
今天节前最后一次周例会，纪要如下：
1、刘卫东：春节期间各服务站值班表汇总，明天（2月14日，调休上班）中午12点前发群里。
2、谭晓燕：1月回款差额核对，3个工作日内。
3、彭亮：节后第一个工作日组织湘南大区开工会。
4、年后代理商提车政策由邓总另行通知。
大家春节快乐！

彭亮
湘南大区

-----原始邮件-----
发件人: 彭亮 <pengliang@xlcm.example.cn>
发送时间: 2026年2月6日 17:30
收件人: 刘卫东 <liuwd@xlcm.example.cn>; 谭晓燕 <tanxy@xlcm.example.cn>; 曾志强 <zengzq@xlcm.example.cn>; 周敏 <zhoumin@xlcm.example.cn>
抄送: 邓建国 <dengjg@xlcm.example.cn>; 纪要助手 <jiyao@xlcm.example.cn>
主题: 湘南大区周例会纪要

各位：
本周例会纪要：
1、曾志强：郴州代理商库存盘点，2月10日前。
2、周敏：XL60配件到货跟踪，下周二前。
3、谭晓燕：衡阳代理商保证金退还，月底前。

彭亮
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("刘卫东", "春节期间各服务站值班表汇总，发群里", "2026-02-14", "12:00", calc=D(2026, 2, 14)),
    I("谭晓燕", "1月回款差额核对", "2026-02-25", calc=add_workdays(s, 3)),
    I("彭亮", "组织湘南大区开工会", "2026-02-24", calc=first_workday_after(D(2026, 2, 23)))],
    "next_followup": None, "reply": None,
    "notes": "New minutes sent as 'RE:' in last week's thread (In-Reply-To set); the Outlook '-----原始邮件-----' block below holds the OLD minutes, which are not items. Sent Fri 2026-02-13 before Spring Festival (holiday 02-15..02-23; make-up working days Sat 02-14 and Sat 02-28). 明天（2月14日）中午12点前 -> 02-14 12:00. 3个工作日内: Sat 02-14 make-up (1), holiday to 02-23, Tue 02-24 (2), Wed 02-25 (3) -> 02-25. 节后第一个工作日 -> 02-24. Line 4 (policy to be announced by the boss) has no deliverable for anyone at the meeting: not an item."}

c = case(id="3306", slug="grouped-by-person-zhuze-peihe-makeup-saturday", org="A", client="exmail", cs="gb18030",
         frm="曾志强", to=["刘卫东", "谭晓燕"], cc=["邓建国", "纪要助手"], t=t8("2026-05-08 11:20:15"),
         subj="5月8日服务站建设专题会 分工", text="""各位，专题会分工按人列一下：

■ 刘卫东（服务部）
  - 岳阳、常德两个新服务站验收，主责刘卫东，配合曾志强，明天完成（明天调休上班）
  - 服务工程师培训计划 下周二前给到邓总
■ 曾志强
  - 湘西片区服务站空白县摸底，5月底
■ 谭晓燕
  - 服务站保证金退还台账，跟着验收进度走，不卡时间

有问题群里说。
小曾
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("刘卫东", "岳阳、常德两个新服务站验收", "2026-05-09", calc=s + dt.timedelta(days=1)),
    I("刘卫东", "服务工程师培训计划给到邓总", "2026-05-12", calc=next_week(s, 1)),
    I("曾志强", "湘西片区服务站空白县摸底", "2026-05-31", calc=month_end(s)),
    I("谭晓燕", "服务站保证金退还台账", None, flags=["no_due"])],
    "next_followup": None, "reply": None,
    "notes": "Minutes grouped under person headings (■ name), tasks as '-' lines under each. Sent Fri 2026-05-08; Sat 05-09 is a 调休 make-up working day. '主责刘卫东，配合曾志强' in one line -> owner 刘卫东. 明天 -> 05-09; 下周二前 -> 05-12; '5月底' -> 05-31. '跟着验收进度走，不卡时间' explicitly has no deadline -> no_due (not vague). Signed '小曾' = 曾志强 (the From)."}

c = case(id="3307", slug="forward-with-preface-extra-item-foxmail", org="A", client="foxmail", cs="GBK",
         frm="邓建国", to=["刘卫东", "周敏", "谭晓燕"], cc=["曾志强", "纪要助手"], t=t8("2026-09-18 08:50:44"),
         subj="Fw: 湘西片区代理商座谈会纪要", text="""机器人抄一下，下面几件事要跟。小曾写的纪要我补一条：谭晓燕9月30日前把湘西三家代理商的授信额度重新核一遍。

邓建国

-------- 转发邮件信息 --------
发件人："曾志强" <zengzq@xlcm.example.cn>
发送日期：2026-09-17 19:22
收件人："邓建国" <dengjg@xlcm.example.cn>
主题：湘西片区代理商座谈会纪要

邓总：
今天在吉首开了湘西片区代理商座谈会，纪要如下：
一、代理商反映的问题
1. 山区工况下XL135液压油温偏高，已有4起投诉。
2. 配件到货周期平均9天，代理商希望缩短到5天。
二、下一步工作
1. 刘卫东：组织技术人员赴吉首现场排查液压油温问题，5个工作日内出报告。
2. 周敏：配件直发方案，9月底前。
3. 下次座谈会时间另行通知。

曾志强
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("谭晓燕", "重新核定湘西三家代理商的授信额度", "2026-09-30", calc=D(2026, 9, 30)),
    I("刘卫东", "组织技术人员赴吉首现场排查液压油温问题并出报告", "2026-09-24", calc=add_workdays(s, 5)),
    I("周敏", "配件直发方案", "2026-09-30", calc=month_end(s))],
    "next_followup": None, "reply": None,
    "notes": "Foxmail forward: the forwarder's own preface adds an item (谭晓燕 9月30日前), then the forwarded minutes below the '-------- 转发邮件信息 --------' block are the minutes (a forward, not a quote: they count). AMBIGUOUS: '5个工作日内' was written on 09-17 but the mail is dated Fri 09-18; following the corpus rule (resolve against the Date header) -> from 09-18: Sun 09-20 make-up (1), 21 (2), 22 (3), 23 (4), 24 (5) -> 2026-09-24 (counting from the minutes' own date would give 09-23). 9月底前 -> 09-30. '下次座谈会时间另行通知' -> no follow-up. Reported problems are not items."}

c = case(id="3308", slug="dingtalk-ai-minutes-todo-only", org="A", client="dingtalk", cs="utf-8",
         frm="刘卫东", to=["谭晓燕", "曾志强", "彭亮"], cc=["纪要助手"], t=t8("2026-11-20 16:40:12"),
         subj="钉钉会议智能纪要 | 服务站季度质量复盘会", text="""刘卫东 分享了会议纪要

会议主题：服务站季度质量复盘会
会议时间：2026-11-20 14:00-15:10
参会人：刘卫东、谭晓燕、曾志强、彭亮

智能摘要
本次会议复盘了三季度服务站质量问题，三包索赔金额环比下降12%，岳阳服务站索赔单据不规范问题仍较突出。会议要求各大区加强首保跟踪，索赔抵扣回款口径月底前统一。

章节速览
00:01:12 三季度三包索赔情况
刘卫东介绍三季度索赔总体情况，岳阳站需要在下周前完成整改，常德站情况良好。
00:18:40 回款与索赔抵扣
谭晓燕说明索赔款抵扣回款的口径，建议月底前统一发布。
00:41:05 二级网点建设
曾志强汇报湘西片区二级网点进展，已签约4家，2家在谈。

待办事项
☐ 刘卫东：11月27日前完成岳阳服务站三包索赔单据复核
☐ 谭晓燕：月底前发布索赔抵扣回款口径说明
☐ 曾志强：下周三前提交湘西片区二级网点名单

以上内容由AI生成，仅供参考
""", cte="base64")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("刘卫东", "完成岳阳服务站三包索赔单据复核", "2026-11-27", calc=D(2026, 11, 27)),
    I("谭晓燕", "发布索赔抵扣回款口径说明", "2026-11-30", calc=month_end(s)),
    I("曾志强", "提交湘西片区二级网点名单", "2026-11-25", calc=next_week(s, 2))],
    "next_followup": None, "reply": None,
    "notes": "DingTalk-style AI minutes (智能摘要 + 章节速览 with hh:mm:ss stamps + 待办事项 + '以上内容由AI生成' footer). Only the 待办事项 section counts; the summary and chapter lines repeat deadlines ('下周前完成整改', '月底前统一') that are not separate items. Sent Fri 2026-11-20: 11月27日前 -> 11-27; 月底前 -> 11-30; 下周三前 -> 11-25."}

c = case(id="3333", slug="reply-extend-next-friday-foxmail", org="A", client="foxmail", cs="GBK",
         frm="谭晓燕", to=["纪要助手"], cc=["周敏"], t=t8("2025-03-18 09:30:27"),
         subj="回复: 【纪要助手】会议纪要待办确认：湘中南片区一季度代理商会议纪要",
         irt="<recap-3301.20250314162110@xlcm.example.cn>", text="\n".join([
    "第2项申请延期至下周五，永州代理商的会计休假，对账函要等她回来盖章。", "", "谭晓燕", "财务部", "",
    "发件人：纪要助手", "发送时间：2025-03-14 16:21", "收件人：周敏; 邓建国; 彭亮; 曾志强; 谭晓燕",
    "主题：【纪要助手】会议纪要待办确认：湘中南片区一季度代理商会议纪要", ""] + fmt_recap("A", [
    ("整理湘南大区一季度回款清单并与代理商逐家核对", "彭亮", "2025-03-31"),
    ("向永州、衡阳代理商发送对账函", "谭晓燕", "2025-03-19"),
    ("完成在库整机盘点，提交盘点表", "周敏", "2025-03-19"),
    ("与吉首服务站沟通配件库存补充计划", "曾志强", "待定")], "湘中南片区一季度代理商会议纪要")) + "\n")
s = sd(c)
c["gold"] = {"kind": "reply", "items": [], "next_followup": None,
             "reply": REP("extend", [2], new_due="2025-03-28", calc=next_week(s, 4)),
             "notes": "Foxmail reply to the bot's recap of 3301: '第2项申请延期至下周五' sent Tue 2025-03-18 -> Friday of the following week 2025-03-28 (resolved against the reply's own Date). The reason mentions no date. The quoted recap (Foxmail 发件人：/发送时间： block, not indented) lists all items and the command words."}

# =============================== B: 沪衡律师事务所 公司业务部 (Shanghai) ===============================
c = case(id="3309", slug="bilingual-client-minutes-may-day", org="B", client="outlook", cs="utf-8",
         cte="quoted-printable", frm="许佳", to=["Helen Zhou"], cc=["陆文澜", "沈一鸣", "Minutes Bot"],
         t=t8("2025-04-30 19:05:51"), lang="en-US",
         subj="Meeting Minutes 会议纪要 – Project Aurora / 华岳医疗 DD kick-off (29 April 2025)", text="""Dear Helen,

Please find below our minutes of yesterday's kick-off call. 请查收昨日启动会会议纪要，如有修改意见请告知。

Date / 日期: 29 April 2025, 15:00–16:30 (Beijing time)
Attendees / 参会人: Huayue Medical – Helen Zhou (GC), Wang Li (CFO); Huheng – Lu Wenlan, Simon Shen, Jia Xu

1. Scope / 尽调范围
The parties agreed that the legal due diligence will cover the Target and its two PRC subsidiaries; the Hong Kong holding company is out of scope.
双方确认法律尽调范围为目标公司及其两家境内子公司，香港控股公司不在范围内。

2. Action Items / 待办事项
(1) Circulate revised DD request list / 发送修订版尽调清单
    Owner / 负责人: Simon Shen 沈一鸣    Due / 截止: 6 May 2025
(2) Provide audited financial statements 2022–2024 / 提供2022–2024年审计报告
    Owner / 负责人: Huayue – Helen Zhou    Due / 截止: within 3 business days / 3个工作日内
(3) Set up the virtual data room and grant access / 开通数据室并授予访问权限
    Owner / 负责人: Huayue IT (TBC)    Due / 截止: ASAP / 尽快
(4) Prepare supplemental engagement terms / 准备委托协议补充条款
    Owner / 负责人: Jia Xu 许佳    Due / 截止: by next Tuesday / 下周二前

3. Next call / 下次会议
Wednesday, 7 May 2025, 10:00 Beijing time.

Best regards,
Jia Xu 许佳
Associate | Huheng Law Offices 沪衡律师事务所
This email is confidential and may be legally privileged. 本邮件含保密信息。
""", font="Arial")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("沈一鸣", "Circulate revised DD request list / 发送修订版尽调清单", "2025-05-06", calc=D(2025, 5, 6)),
    I("Helen Zhou", "Provide audited financial statements 2022–2024 / 提供2022–2024年审计报告", "2025-05-08",
      calc=add_workdays(s, 3)),
    I(None, "Set up the virtual data room and grant access / 开通数据室并授予访问权限", None,
      flags=["no_owner", "vague_due"]),
    I("许佳", "Prepare supplemental engagement terms / 准备委托协议补充条款", "2025-05-06", calc=next_week(s, 1))],
    "next_followup": FU("2025-05-07", "10:00", calc=D(2025, 5, 7)), "reply": None,
    "notes": "Formal bilingual client minutes (Outlook UTF-8 QP, multipart/alternative) with Owner/Due on a continuation line under each numbered action. Sent Wed 2025-04-30, eve of the May Day holiday (05-01..05-05; make-up Sun 04-27 already past). '6 May 2025' -> 05-06. 'within 3 business days / 3个工作日内' -> 05-06 (1), 05-07 (2), 05-08 (3) -> 05-08; owner Helen Zhou is the client (external, address from To). 'Huayue IT (TBC)' is a team -> no_owner, ASAP -> vague_due. 'by next Tuesday / 下周二前' -> 05-06. 'Next call: Wednesday, 7 May 2025, 10:00 Beijing time' -> next_followup. The scope paragraph is an agreement, not an item. Task text may be recorded in either language."}

c = case(id="3310", slug="ai-parenthesis-english-internal-gmail", org="B", client="gmail", cs="UTF-8",
         cte="quoted-printable", frm="沈一鸣", to=["许佳", "方可"], cc=["Minutes Bot"], t=t8("2025-11-21 10:12:37"),
         subj="Aurora – internal sync notes 11/21", text="""Team,

Quick notes from this morning's internal sync.

- SPA: buyer's comments on the disclosure schedule came in last night. W&I underwriter call moved to next week.
- Billing: Oct WIP is still not fully narrated; partners want it clean before the month-end close.

AI (Jia): mark-up of SPA disclosure schedule, back to me by Mon 11/24
AI (Coco): Oct billing narratives into Elite, EOD today
AI: chase 工商 registry search results for the two subsidiaries – ASAP (whoever is free)
AI (Simon): W&I questionnaire to the broker by Friday — that's today, I'll do it after lunch

Thanks,
Simon
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("许佳", "mark-up of SPA disclosure schedule", "2025-11-24", calc=D(2025, 11, 24)),
    I("方可", "Oct billing narratives into Elite", "2025-11-21", calc=s),
    I(None, "chase 工商 registry search results for the two subsidiaries", None, flags=["no_owner", "vague_due"]),
    I("沈一鸣", "W&I questionnaire to the broker", "2025-11-21", calc=this_or_next(s, 4))],
    "next_followup": None, "reply": None,
    "notes": "Gmail (Google Workspace) English internal notes with 'AI (Name):' action lines. Sent Fri 2025-11-21 10:12. Owners via roster aliases: Jia = 许佳, Coco = 方可, Simon = 沈一鸣 (the sender). 'by Mon 11/24' -> 11-24; 'EOD today' -> the send date; 'by Friday' on a Friday -> today 11-21. 'AI: … (whoever is free)' has no owner -> no_owner + ASAP vague_due. The '- SPA/- Billing' bullets are status, not items ('moved to next week' is not a follow-up meeting of this team)."}

c = case(id="3311", slug="partner-prose-paragraphs-apple-mail", org="B", client="apple", cs="utf-8",
         cte="quoted-printable", frm="陆文澜", to=["沈一鸣", "许佳"], cc=["Minutes Bot"], t=t8("2026-03-02 22:47:05"),
         subj="今天和华岳管理层会议的几点", text="""一鸣、许佳：

今天下午和华岳管理层的会开得比较长，我把要点写一下，就算作纪要。

关于交割先决条件，我们和对方已经达成一致，不再新增CP，这一点以后不要再和买方律师谈了。监管审批方面，客户说药监的变更备案已经递交，预计三月中旬能拿到回执，这个我们不用跟。

真正需要我们动的是两件事。一是股权转让协议第7条的陈述保证，客户希望把知识产权部分的披露做得更细，请许佳在本周四之前把披露函的初稿拿出来，先给我看，不要直接发客户。二是交割备忘录（closing memo），一鸣牵头，下周一中午12点前发我一版，里面把交割当天的资金流和签字顺序写清楚。

另外客户提到他们的年审律师可能需要我们出一份法律意见书，时间还没定，一鸣先心里有数就行。工时照例每周五前在系统里填好，这个月的账单我要提前看。

文澜
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("许佳", "出具股权转让协议第7条（知识产权部分）披露函初稿，先给陆律师看", "2026-03-05", calc=this_or_next(s, 3)),
    I("沈一鸣", "交割备忘录（closing memo）一版，写清交割当天资金流和签字顺序", "2026-03-09", "12:00",
      calc=next_week(s, 0))],
    "next_followup": None, "reply": None,
    "notes": "A partner's minutes written as prose paragraphs from Apple Mail late at night (UTF-8 QP, plain only). Two items are buried in the third paragraph: 本周四之前 -> Thu 2026-03-05 (sent Mon 03-02); 下周一中午12点前 -> 03-09 12:00; '一鸣牵头' -> 沈一鸣 (alias 一鸣). Not items: the CP agreement (decision), the client's own filing ('我们不用跟'), the possible legal opinion with no commitment ('先心里有数'), and the standing rule '工时照例每周五前填好' (policy). '三月中旬' belongs to a fact, not a deadline."}

c = case(id="3312", slug="notion-markdown-closing-checklist-dragon-boat", org="B", client="outlook", cs="utf-8",
         cte="quoted-printable", frm="方可", to=["沈一鸣", "许佳"], cc=["陆文澜", "Minutes Bot"],
         t=t8("2026-06-18 18:30:12"), subj="[Aurora] 交割清单更新 Closing checklist – 6/18", text="""Hi all，按今天下午的交割准备会更新了清单（从Notion导出的）：

# Project Aurora – Closing Checklist
## 签署前 Pre-signing
- [x] 董事会决议（目标公司） — @Jia — done 6/16
- [ ] 交割备忘录终稿 Closing memo final — @Simon — by 6/22
- [ ] 签字页汇编 Signature pages compiled — @Coco — due: 6/23 17:00
## 交割 Closing
- [ ] 股东会决议（卖方） — @Jia — 1个工作日内
- [ ] 资金划转指令 Funds flow instruction — @客户财务 — TBD

| 里程碑 Milestone | 日期 Date |
|---|---|
| 签署 Signing | 6/24 |
| 交割 Closing | 6/30 |

端午节快乐～
Coco
""", font="Arial")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("沈一鸣", "交割备忘录终稿 Closing memo final", "2026-06-22", calc=D(2026, 6, 22)),
    I("方可", "签字页汇编 Signature pages compiled", "2026-06-23", "17:00", calc=D(2026, 6, 23)),
    I("许佳", "股东会决议（卖方）", "2026-06-22", calc=add_workdays(s, 1)),
    I(None, "资金划转指令 Funds flow instruction", None, flags=["no_owner", "vague_due"])],
    "next_followup": None, "reply": None,
    "notes": "Notion export pasted as Markdown: '#' headings, '- [ ]' / '- [x]' checkboxes with @handles, and a pipe table of milestones. Sent Thu 2026-06-18, eve of Dragon Boat (06-19..06-21). '- [x] … done 6/16' is done -> not an item. @Simon/@Coco/@Jia via aliases. 'by 6/22' -> 06-22; 'due: 6/23 17:00' -> 06-23 17:00; '1个工作日内': Fri 06-19 holiday, weekend, Mon 06-22 -> 06-22. '@客户财务 — TBD' -> no_owner + vague_due. The milestone table (signing 6/24, closing 6/30) holds event dates, not items and not a follow-up meeting."}

c = case(id="3313", slug="owner-due-blocks-national-day-client", org="B", client="outlook", cs="utf-8",
         frm="许佳", to=["周海伦"], cc=["陆文澜", "Minutes Bot"], t=t8("2026-09-30 16:00:18"),
         subj="会议纪要：华岳医疗2026年度合规审查沟通会（9月29日）", text="""周总您好，

附上昨日沟通会的会议纪要，请审阅。

会议：华岳医疗2026年度合规审查沟通会
时间：2026年9月29日 14:00-15:30
参会：华岳医疗 周海伦（法务总监）；沪衡 陆律师、许佳

一、会议结论
1. 年度合规审查分三个阶段进行，第一阶段以反商业贿赂为重点。
2. 报告语言为中英双语，以中文为准。

二、后续事项
事项1：出具合规审查工作计划及报价
Owner：陆律师
Due：节后第一个工作日

事项2：提供2025年以来的经销商协议清单
Owner：周海伦
Due：10月9日

事项3：销售、采购、财务三个部门的访谈提纲
Owner：许佳
Due：10/10（周六，调休上班）

三、下次会议
10月12日（周一）下午2点，北京时间，腾讯会议（会议号另发）。

祝国庆中秋双节快乐！
许佳 | 沪衡律师事务所
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("陆文澜", "出具合规审查工作计划及报价", "2026-10-08", calc=first_workday_after(D(2026, 10, 7))),
    I("周海伦", "提供2025年以来的经销商协议清单", "2026-10-09", calc=D(2026, 10, 9)),
    I("许佳", "销售、采购、财务三个部门的访谈提纲", "2026-10-10", calc=D(2026, 10, 10))],
    "next_followup": FU("2026-10-12", "14:00", calc=D(2026, 10, 12)), "reply": None,
    "notes": "Client minutes in '事项N / Owner： / Due：' blocks (full-width colons), Outlook UTF-8 base64. Sent Wed 2026-09-30 before National Day (10-01..10-07; make-up Sat 10-10). Owner '陆律师' = 陆文澜 (title alias); '周海伦' is the client, resolved from To. 节后第一个工作日 -> 10-08; 10月9日 -> 10-09; '10/10（周六，调休上班）' -> 10-10. 会议结论 are decisions. 下次会议 10月12日（周一）下午2点 -> 2026-10-12 14:00."}

c = case(id="3314", slug="reply-done-item3-outlook", org="B", client="outlook", cs="utf-8", frm="许佳",
         to=["Minutes Bot"], t=t8("2026-10-10 11:02:40"),
         subj="答复: [Minutes Bot] 会议纪要待办确认：华岳医疗2026年度合规审查沟通会（9月29日）",
         irt="<recap-3313@huhenglaw.example.com>", text="\n".join([
    "第3项已完成，访谈提纲今早已发周总，抄送了陆律师。", "", "许佳", "",
    "发件人: Minutes Bot <minutes@huhenglaw.example.com>", "发送时间: 2026年9月30日 16:01",
    "收件人: 许佳 <xujia@huhenglaw.example.com>; 陆文澜 <luwenlan@huhenglaw.example.com>",
    "主题: [Minutes Bot] 会议纪要待办确认：华岳医疗2026年度合规审查沟通会（9月29日）", ""] + fmt_recap("B", [
    ("出具合规审查工作计划及报价", "陆文澜", "2026-10-08"), ("提供经销商协议清单", "周海伦", "2026-10-09"),
    ("三个部门的访谈提纲", "许佳", "2026-10-10")], "华岳医疗2026年度合规审查沟通会（9月29日）")) + "\n")
c["gold"] = {"kind": "reply", "items": [], "next_followup": None, "reply": REP("done", [3]),
             "notes": "Outlook '答复:' to the bot's recap of 3313 on the 10-10 make-up Saturday: '第3项已完成'. The Outlook 发件人/发送时间 quote block carries the recap table and the command words."}

c = case(id="3315", slug="auto-ooo-exchange-bilingual", org="B", client="outlook", cs="utf-8", frm="陆文澜",
         to=["Minutes Bot"], t=t8("2026-09-30 16:01:55"),
         subj="自动答复: [Minutes Bot] 会议纪要待办确认：华岳医疗2026年度合规审查沟通会（9月29日）",
         irt="<recap-3313@huhenglaw.example.com>",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "luwenlan@huhenglaw.example.com")],
         text="""Thank you for your email. I am out of the office from 1 to 8 October 2026 with limited access to email. For urgent matters please contact Simon Shen (shenym@huhenglaw.example.com, +86 21 6xxx 0188).

您好，本人10月1日至10月8日休假，期间邮件回复可能延迟。如有急事，请联系沈一鸣律师。

Lu Wenlan 陆文澜 | Partner | Huheng Law Offices
""")
c["gold"] = {"kind": "auto", "items": [], "next_followup": None, "reply": None,
             "notes": "Exchange out-of-office (自动答复:, Auto-Submitted: auto-replied, X-Auto-Response-Suppress, Inbox-Rules-Loop) replying to the bot's recap; the body has dates and a person to contact but no person wrote it -> kind auto."}

c = case(id="3316", slug="same-task-two-owners-own-numbering-2027", org="B", client="outlook", cs="utf-8",
         cte="quoted-printable", frm="沈一鸣", to=["方可", "许佳"], cc=["陆文澜", "Minutes Bot"],
         t=t8("2027-01-12 18:20:03"), lang="en-US", subj="Project Birch – signing prep call (cont.)", text="""All,

Continuing the numbering from last week's list (items 1–4 are closed, see my email of 5 Jan).

5. Coco: prepare signature pages — Thu 1/14
6. Jia: prepare signature pages — Fri 1/15 (seller entities, separate set)
7. Simon: closing bible index — by end of January
8. Client to confirm authorised signatories — ASAP

Next call same time next Tuesday (today we ran 17:00–17:40).

Simon
""", font="Calibri")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("方可", "prepare signature pages", "2027-01-14", calc=this_or_next(s, 3)),
    I("许佳", "prepare signature pages", "2027-01-15", calc=this_or_next(s, 4)),
    I("沈一鸣", "closing bible index", "2027-01-31", calc=month_end(s)),
    I(None, "confirm authorised signatories", None, flags=["no_owner", "vague_due"])],
    "next_followup": FU("2027-01-19", "17:00", calc=next_week(s, 1)), "reply": None,
    "notes": "English minutes that continue their own numbering (5–8; 1–4 closed last week): the bot numbers its items 1–4, but replies may say 'item 6'. Items 5 and 6 have the same task text with different owners and dates — both must be stored. Sent Tue 2027-01-12 (2027 has no published holiday schedule; no working-day arithmetic is used). Thu 1/14, Fri 1/15; 'by end of January' -> 01-31; 'Client' is not a person -> no_owner, ASAP -> vague_due. 'same time next Tuesday (today we ran 17:00–17:40)' -> 2027-01-19 17:00."}

# =============================== C: 榆川县乡村振兴局 (Lanzhou) ===============================
c = case(id="3317", slug="gov-yishi-ershi-zerendanwei-outlook", org="C", client="outlook", cs="gb2312",
         frm="张永红", to=["何雪梅", "杨登科", "王建军", "李春花"], cc=["马志刚", "督办助手"],
         t=t8("2025-06-27 17:30:26"), subj="榆川县乡村振兴推进会会议纪要（第6期）", font="仿宋_GB2312", text="""榆川县乡村振兴局
会  议  纪  要
〔2025〕第6期

6月26日，局长马志刚主持召开全县乡村振兴推进会，局班子成员、各股室负责人、各乡镇分管领导参加。会议听取了上半年衔接资金项目进展情况汇报，研究部署下一阶段重点工作。现纪要如下：

一、会议指出，今年以来全县衔接资金项目开工率达到87%，防止返贫动态监测工作总体平稳，但部分项目进度滞后，资金支出偏慢。

二、会议要求，各单位要重点抓好以下工作：
一是加快衔接资金项目建设进度。对未开工的项目逐一列出问题清单，明确解决措施。（责任单位：项目股；责任人：何雪梅；完成时限：2025年7月10日）
二是做好防返贫动态监测集中排查。各乡镇要对监测户开展一次全覆盖入户走访，做到应纳尽纳。（责任单位：各乡镇；完成时限：7月15日前）
三是抓好产业帮扶。制定高原夏菜产销对接方案，拓宽销售渠道。（责任单位：产业发展股；责任人：杨登科；完成时限：6月底前）
四是加快红崖村人居环境整治示范点建设。（责任单位：柳沟镇；完成时限：8月底前）

三、会议强调，各单位要严格落实周报告制度，每周五下班前报送当周工作进展。

榆川县乡村振兴局综合股
2025年6月27日
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("何雪梅", "加快衔接资金项目建设进度，对未开工项目逐一列出问题清单", "2025-07-10", calc=D(2025, 7, 10)),
    I(None, "对监测户开展一次全覆盖入户走访（防返贫动态监测集中排查）", "2025-07-15", flags=["no_owner"],
      calc=D(2025, 7, 15)),
    I("杨登科", "制定高原夏菜产销对接方案", "2025-06-30", calc=month_end(s)),
    I(None, "红崖村人居环境整治示范点建设", "2025-08-31", flags=["no_owner"], calc=D(2025, 8, 31), dept="柳沟镇")],
    "next_followup": None, "reply": None,
    "notes": "County-government 会议纪要 (Outlook gb2312, Word HTML in 仿宋): 会议指出 (facts) / 会议要求 with 一是…四是… each ending '（责任单位：…；责任人：…；完成时限：…）' / 会议强调 (a standing rule '每周五下班前报送' -> not an item). Sent Fri 2025-06-27. 一是: 责任人 何雪梅, 2025-07-10. 二是: 各乡镇 is not a person or one department -> no_owner, department null, 07-15. 三是: 杨登科, 6月底前 -> 06-30. 四是: 柳沟镇 only (a roster department) -> owner null, no_owner, department 柳沟镇, 8月底前 -> 08-31. The date line under the signature is not a deadline."}

c = case(id="3318", slug="duban-table-qiantou-xieban-newyear-makeup", org="C", client="coremail", cs="GBK",
         frm="张永红", to=["何雪梅", "杨登科", "李春花"], cc=["马志刚", "督办助手"], t=t8("2025-12-29 10:05:47"),
         subj="关于年底重点工作督查情况的通报（第12期）", text="""各股室、各乡镇：

根据局党组安排，综合股于12月26日对年底重点工作进行了督查，现将有关情况通报如下。

（一）总体情况
12项督办事项中，已办结8项，正在推进3项，未启动1项。

（二）需继续推进的事项
序号\t督办事项\t责任单位及责任人\t完成时限\t进展情况\t督查意见
1\t2025年度衔接资金项目绩效自评报告\t项目股 何雪梅（牵头）；各乡镇（配合）\t12月31日前\t已完成初稿\t抓紧定稿
2\t脱贫人口小额信贷逾期清收\t产业发展股 杨登科\t元旦后第一个工作日\t逾期余额12.6万元\t加大清收力度
3\t驻村工作队年度考核材料\t驻村工作队 李春花\t已完成\t已报送\t—
4\t监测户信息系统数据清洗\t综合股（牵头）；各乡镇（协办）\t1月9日\t进行中\t

（三）有关要求
各责任单位要对照时限抓好落实，逾期未完成的将在全局通报。

榆川县乡村振兴局综合股
""")
c["html"] = text_to_html("各股室、各乡镇：\n\n根据局党组安排，综合股于12月26日对年底重点工作进行了督查，现将有关情况通报如下。\n\n（一）总体情况\n12项督办事项中，已办结8项，正在推进3项，未启动1项。\n\n（二）需继续推进的事项", font="仿宋") + "\n" + html_table([
    ["序号", "督办事项", "责任单位及责任人", "完成时限", "进展情况", "督查意见"],
    ["1", "2025年度衔接资金项目绩效自评报告", "项目股 何雪梅（牵头）；\n各乡镇（配合）", "12月31日前", "已完成初稿", "抓紧定稿"],
    ["2", "脱贫人口小额信贷逾期清收", "产业发展股 杨登科", "元旦后第一个工作日", "逾期余额12.6万元", "加大清收力度"],
    ["3", "驻村工作队年度考核材料", "驻村工作队 李春花", "已完成", "已报送", "—"],
    ["4", "监测户信息系统数据清洗", "综合股（牵头）；\n各乡镇（协办）", "1月9日", "进行中", ""]]) + "\n" + \
    text_to_html("\n（三）有关要求\n各责任单位要对照时限抓好落实，逾期未完成的将在全局通报。\n\n榆川县乡村振兴局综合股", font="仿宋")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("何雪梅", "2025年度衔接资金项目绩效自评报告", "2025-12-31", calc=D(2025, 12, 31)),
    I("杨登科", "脱贫人口小额信贷逾期清收", "2026-01-04", calc=first_workday_after(D(2026, 1, 3))),
    I(None, "监测户信息系统数据清洗", "2026-01-09", flags=["no_owner"], calc=D(2026, 1, 9), dept="综合股")],
    "next_followup": None, "reply": None,
    "notes": "督查通报 (Coremail GBK, HTML table with '<br>' inside the 责任单位及责任人 cell; plain alternative tab-separated). Treated as minutes: it is the tracking table of a supervision meeting, sent to owners with the bot in Cc. Sent Mon 2025-12-29. Row 1 '项目股 何雪梅（牵头）；各乡镇（配合）' -> owner 何雪梅. Row 2 '元旦后第一个工作日': New Year holiday 2026-01-01..01-03, and Sun 2026-01-04 is a 调休 make-up working day -> 2026-01-04 (a Sunday!). Row 3's 完成时限 cell says 已完成 -> done, not an item. Row 4 names only 综合股 (a roster department) -> owner null, no_owner, department 综合股; '1月9日' written in late December is clearly next year -> 2026-01-09. (一)(三) are facts/rules."}

c = case(id="3319", slug="circled-subtasks-in-one-cell-qingming-foxmail", org="C", client="foxmail", cs="gb2312",
         frm="何雪梅", to=["李春花", "王建军", "杨登科"], cc=["督办助手"], t=t8("2026-04-03 18:10:09"),
         subj="红崖村产业项目现场推进会纪要", text="""各位：
现将4月2日现场推进会纪要发给大家，请按分工落实。

会议时间：2026年4月2日下午
会议地点：柳沟镇红崖村村委会
参会人员：何雪梅、杨登科、王建军、李春花

议定事项：
1. 红崖村高原夏菜育苗大棚项目
   责任人：李春花
   工作任务：①4月8日前完成大棚建设用地农户签字确认；②4月15日前将育苗计划上报产业发展股。
2. 项目资金拨付
   责任人：何雪梅（牵头）、王建军（配合）
   工作任务：3个工作日内完成第一批资金拨付手续。
3. 冷链库选址
   责任人：王建军
   工作任务：与县交通局对接进村道路问题，清明假期后尽快落实。

何雪梅
项目股
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("李春花", "完成大棚建设用地农户签字确认", "2026-04-08", calc=D(2026, 4, 8)),
    I("李春花", "将育苗计划上报产业发展股", "2026-04-15", calc=D(2026, 4, 15)),
    I("何雪梅", "完成第一批资金拨付手续", "2026-04-09", calc=add_workdays(s, 3)),
    I("王建军", "与县交通局对接冷链库进村道路问题", None, flags=["vague_due"])],
    "next_followup": None, "reply": None,
    "notes": "Key/value blocks (责任人：/工作任务：) with ①② sub-tasks in one 工作任务 line -> two items for the same owner. Foxmail gb2312 base64. Sent Fri 2026-04-03, eve of Qingming (04-04..04-06). 4月8日前 -> 04-08; 4月15日前 -> 04-15; 3个工作日内: Tue 04-07 (1), 04-08 (2), 04-09 (3) -> 04-09; '何雪梅（牵头）、王建军（配合）' -> owner 何雪梅. '清明假期后尽快落实' -> 尽快, vague_due (假期后 is a start, not a date)."}

c = case(id="3320", slug="wecom-forward-own-units-only", org="C", client="wecom", cs="utf-8", frm="张永红",
         to=["杨登科", "何雪梅"], cc=["马志刚", "督办助手"], t=t8("2026-07-13 09:20:31"),
         subj="转发：县委农村工作领导小组会议议定事项", text="""杨股长、何股长：
现将县委农村工作领导小组会议议定事项转发给你们，涉及我局的两项（第一、三项）请按时限办理，其他事项了解即可。马局长已阅。

张永红

------------------ 原始邮件 ------------------
发件人: "县委农办"<nb@ycx.example.gov.cn>;
发送时间: 2026年7月11日(星期六) 下午4:12
收件人: "张永红"<zhangyh@ycx.example.gov.cn>;
主题: 县委农村工作领导小组会议议定事项

（一）县乡村振兴局牵头制定2026年度消费帮扶工作方案，7月24日前报县委农办。（局内由杨登科具体负责）
（二）县交通局负责梳理全县通村道路养护缺口，8月10日前形成报告。
（三）县乡村振兴局负责完成全县防返贫监测帮扶集中排查数据汇总，7月底前。（局内由何雪梅具体负责）
""")
c["gold"] = {"kind": "minutes", "items": [
    I("杨登科", "制定2026年度消费帮扶工作方案报县委农办", "2026-07-24", calc=D(2026, 7, 24)),
    I("何雪梅", "完成全县防返贫监测帮扶集中排查数据汇总", "2026-07-31", calc=month_end(sd(c)))],
    "next_followup": None, "reply": None,
    "notes": "WeCom/Exmail forward (QQ-style '------------------ 原始邮件 ------------------' header) of another body's 议定事项, with the forwarder's preface saying only items (一) and (三) concern us. AMBIGUOUS: item (二) belongs to 县交通局 (not in the roster, '了解即可'); a careful assistant for this bureau records only (一) and (三) (a scorer may accept an extra no_owner item for (二), due 2026-08-10). Owners come from the parentheses '（局内由X具体负责）' and match the To names (杨股长/何股长). 7月24日前 -> 07-24; 7月底前 -> 07-31. The forwarded part is not a reply quote: it is the minutes."}

c = case(id="3321", slug="wrapped-lines-nested-brackets-coremail", org="C", client="coremail", cs="GBK",
         frm="杨登科", to=["王建军", "何雪梅", "张永红"], cc=["马志刚", "督办助手"], t=t8("2026-08-10 16:45:00"),
         subj="高原夏菜产销对接专题会议纪要", text="""8月7日，杨登科主持召开高原夏菜产销对接专题会议，柳沟镇、
项目股、综合股有关同志参加。现将议定事项纪要如下：

一、关于销售渠道拓展。由产业发展股杨登科负责，对接兰州、西宁
两地农产品批发市场及3家商超，形成合作意向清单（完成时限：8
月20日前（遇周末顺延））。
二、关于冷链运输补贴。（1）柳沟镇王建军负责统计各合作社冷链运
输需求，于8月14日（周五）前报产业发展股；（2）何雪梅负责测算
补贴资金，完成时限：
8月底前。
三、关于品牌认证。申报“榆川夏菜”区域公用品牌，由综合股张永红
牵头，各乡镇配合，年底前完成申报材料准备。

产业发展股
2026年8月10日
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("杨登科", "对接兰州、西宁两地农产品批发市场及3家商超，形成合作意向清单", "2026-08-20", calc=D(2026, 8, 20)),
    I("王建军", "统计各合作社冷链运输需求，报产业发展股", "2026-08-14", calc=this_or_next(s, 4)),
    I("何雪梅", "测算冷链运输补贴资金", "2026-08-31", calc=month_end(s)),
    I("张永红", "“榆川夏菜”区域公用品牌申报材料准备", "2026-12-31", calc=D(2026, 12, 31))],
    "next_followup": None, "reply": None,
    "notes": "Hard-wrapped plain text (the writer's own line breaks, Coremail GBK): a deadline split across lines ('8\\n月20日前'), nested brackets '（完成时限：8月20日前（遇周末顺延））' (08-20 is a Thursday, no shift), sub-numbering （1）（2） inside one paragraph giving two items, and '完成时限：' with the date on the next line ('8月底前' -> 08-31). Sent Mon 2026-08-10. 8月14日（周五）-> 08-14. 年底前 -> 2026-12-31; '张永红牵头，各乡镇配合' -> owner 张永红."}

c = case(id="3322", slug="next-meeting-sentence-day-time-split-makeup-sunday", org="C", client="outlook", cs="gb2312",
         frm="张永红", to=["王建军", "李春花", "杨登科"], cc=["马志刚", "何雪梅", "督办助手"],
         t=t8("2026-09-14 17:20:08"), subj="第三季度乡村振兴工作推进会纪要", font="仿宋_GB2312", text="""各位同志：
9月14日上午，马志刚局长主持召开第三季度乡村振兴工作推进会。现将会议议定事项纪要如下：

（一）各乡镇衔接资金项目完工验收。柳沟镇由王建军同志负责，5个工作日内完成本镇已完工项目的初验。
（二）红崖村集体经济收益分配方案。由李春花同志负责拟定，9月24日前报局项目股审核。
（三）中秋国庆期间农产品展销活动方案。由杨登科同志负责，本周日（调休上班）前拿出初稿。

经研究，下次推进会定于10月12日（星期一）召开，
时间为上午9时，地点县政府三楼会议室，请各单位提前准备汇报材料。

榆川县乡村振兴局综合股
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("王建军", "完成柳沟镇已完工衔接资金项目的初验", "2026-09-20", calc=add_workdays(s, 5)),
    I("李春花", "拟定红崖村集体经济收益分配方案，报局项目股审核", "2026-09-24", calc=D(2026, 9, 24)),
    I("杨登科", "中秋国庆期间农产品展销活动方案初稿", "2026-09-20", calc=this_or_next(s, 6))],
    "next_followup": FU("2026-10-12", "09:00", calc=D(2026, 10, 12)), "reply": None,
    "notes": "（一）（二）（三） items in government prose ('由X同志负责'). Sent Mon 2026-09-14. 5个工作日内: 15,16,17,18 (4), Sat 09-19 off, Sun 09-20 is a 调休 make-up working day (5) -> 09-20. 9月24日前 -> 09-24 (the day before Mid-Autumn 09-25). 本周日（调休上班）前 -> 09-20. The next meeting is a sentence ('下次推进会定于10月12日（星期一）召开，') with its time on the next line ('时间为上午9时') -> 2026-10-12 09:00."}

c = case(id="3323", slug="juwuhui-reports-decisions-two-items-2027", org="C", client="coremail", cs="GBK",
         frm="何雪梅", to=["张永红", "杨登科", "王建军"], cc=["马志刚", "督办助手"], t=t8("2027-03-15 11:00:39"),
         subj="局务会议纪要（2027年第3次）", text="""局务会议纪要
（2027年第3次）

3月15日上午，马志刚局长主持召开局务会议。纪要如下：

一、各股室汇报上周工作
综合股：已完成2026年度工作总结报送，已印发春季防返贫排查通知。
项目股：2027年第一批衔接资金项目库已入库43个，完成专家评审。
产业发展股：已与兰州3家商超签订夏菜订单意向，正在对接西宁市场。

二、会议议定
1. 2027年衔接资金项目实行“周调度、月通报”制度，每周一上午由项目股汇总进度。
2. 同意产业发展股关于在柳沟镇设立夏菜产销服务点的建议。
3. 项目股何雪梅同志牵头拟定2027年衔接资金项目公示方案，3月底前提交局务会审定。
4. 春季防返贫集中排查由各乡镇按通知要求于4月10日前完成。

项目股 记录
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("何雪梅", "拟定2027年衔接资金项目公示方案，提交局务会审定", "2027-03-31", calc=month_end(s)),
    I(None, "完成春季防返贫集中排查", "2027-04-10", flags=["no_owner"], calc=D(2027, 4, 10))],
    "next_followup": None, "reply": None,
    "notes": "局务会 minutes whose first half is reports of work already done (已完成/已入库/已签订: not items) and whose 会议议定 mixes a standing rule (1: 周调度, '每周一上午' is a routine, not a deadline), a decision (2: 同意…建议) and two real tasks. Sent Mon 2027-03-15 (no 2027 holiday data needed). 3: 何雪梅 3月底前 -> 03-31. 4: 各乡镇 -> no_owner, department null, 4月10日前 -> 2027-04-10. AMBIGUOUS: item 4 restates an existing notice; a careful assistant still tracks it since it has a deadline."}

c = case(id="3324", slug="reply-object-item1-qqmail-gb18030", org="C", client="exmail", cs="gb18030", frm="王建军",
         to=["督办助手"], cc=["张永红"], t=t8("2026-09-15 08:40:12"),
         subj="回复：【督办助手】会议纪要待办确认：第三季度乡村振兴工作推进会纪要",
         irt="<recap-3322@ycx.example.gov.cn>", text="\n".join([
    "关于第1项，有异议：柳沟镇有2个项目是跨年度项目，按批复要到11月底才完工，5个工作日内无法全部初验，建议先验已完工的4个，其余完工后分批验收。",
    "", "王建军", "柳沟镇人民政府", "", "", "------------------ 原始邮件 ------------------",
    "发件人: \"督办助手\"<dbzs@ycx.example.gov.cn>;", "发送时间: 2026年9月14日(星期一) 下午5:21",
    "收件人: \"王建军\"<wangjj@ycx.example.gov.cn>;\"李春花\"<lich@ycx.example.gov.cn>;\"杨登科\"<yangdk@ycx.example.gov.cn>;",
    "主题: 【督办助手】会议纪要待办确认：第三季度乡村振兴工作推进会纪要", ""] + fmt_recap("C", [
    ("完成柳沟镇已完工衔接资金项目的初验", "王建军", "2026-09-20"), ("拟定红崖村集体经济收益分配方案", "李春花", "2026-09-24"),
    ("农产品展销活动方案初稿", "杨登科", "2026-09-20")], "第三季度乡村振兴工作推进会纪要")) + "\n")
c["gold"] = {"kind": "reply", "items": [], "next_followup": None, "reply": REP("object", [1]),
             "notes": "QQ/Exmail gb18030 reply '关于第1项，有异议：…' with a reason full of dates and durations (11月底, 5个工作日内) that must not become a new date; the QQ '原始邮件' quote holds the recap."}

c = case(id="3334", slug="minutes-in-docx-attachment-half-day-next", org="C", client="outlook", cs="gb2312",
         frm="张永红", to=["李春花", "杨登科", "王建军"], cc=["马志刚", "督办助手"], t=t8("2026-11-16 09:12:30"),
         subj="冬春季防返贫工作部署会纪要", text="""各位：
冬春季防返贫工作部署会纪要见附件，请按分工抓好落实。

张永红
综合股
""")
c["attach"] = ("冬春季防返贫工作部署会纪要.docx", tiny_docx([
    "冬春季防返贫工作部署会纪要", "11月13日，马志刚局长主持召开冬春季防返贫工作部署会。现纪要如下：",
    "一、会议认为，今年全县未发生规模性返贫，监测帮扶机制运行有效。",
    "二、工作安排",
    "1. 李春花：11月30日前完成红崖村监测户冬季入户走访，重点排查取暖、饮水问题。",
    "2. 杨登科：下周三前报送产业帮扶项目冬季管护台账。",
    "3. 王建军：10个工作日内完成柳沟镇因灾受损农户核查。",
    "三、下次会议：12月14日（周一）下午，同一地点。"]),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("李春花", "完成红崖村监测户冬季入户走访", "2026-11-30", calc=D(2026, 11, 30)),
    I("杨登科", "报送产业帮扶项目冬季管护台账", "2026-11-25", calc=next_week(s, 2)),
    I("王建军", "完成柳沟镇因灾受损农户核查", "2026-11-30", calc=add_workdays(s, 10))],
    "next_followup": FU("2026-12-14", None, calc=D(2026, 12, 14)), "reply": None,
    "notes": "The minutes are only in a .docx attachment (raw WordprocessingML zip, RFC 2047-encoded filename); the body says '纪要见附件'. Sent Mon 2026-11-16. 11月30日前 -> 11-30; 下周三前 -> 11-25; 10个工作日内: 17-20 (4), 23-27 (9), Mon 11-30 (10) -> 11-30. 下次会议 '12月14日（周一）下午' gives a half day only -> date 2026-12-14, time null. A bot that does not read attachments finds no items here."}

# =============================== D: 珂蔓 Keman Beauty (Guangzhou) ===============================
c = case(id="3325", slug="cantonese-emoji-launch-kickoff-feishu", org="D", client="feishu", cs="utf-8", frm="梁嘉欣",
         to=["陈颖琳", "黄子轩", "苏晓彤", "区家豪"], cc=["Keman Todo"], t=t8("2025-10-10 19:35:22"),
         subj="【新品上市会】焕颜精华2.0 上市 kick off 纪要", text="""Hi all～今日上市会辛苦晒🙏 重点 sum up 一下：

📌 决定咗嘅嘢
• 上市日期定 11月6日，双11预售同步开
• 主推 KOL 以小红书为主，抖音做补充

✅ 跟进事项
• Winnie：小红书腰部KOL名单（30个）+ 报价，听日交畀我（听日系调休返工日，唔好忘记😂）
• Ken：同韩国 Hanbit 确认首批 2万支 到港时间，下礼拜三前
• Tina：天猫详情页 brief，月尾前出
• 阿豪：成分宣称合规再 check 一次（备案证据），尽快

📅 下次 sync：下礼拜五 下昼 3 点，同一个会议室

Kayla
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("陈颖琳", "小红书腰部KOL名单（30个）+ 报价", "2025-10-11", calc=s + dt.timedelta(days=1)),
    I("黄子轩", "同韩国 Hanbit 确认首批2万支到港时间", "2025-10-15", calc=next_week(s, 2)),
    I("苏晓彤", "天猫详情页 brief", "2025-10-31", calc=month_end(s)),
    I("区家豪", "成分宣称合规再 check 一次（备案证据）", None, flags=["vague_due"])],
    "next_followup": FU("2025-10-17", "15:00", calc=next_week(s, 4)), "reply": None,
    "notes": "Cantonese-flavoured minutes with emoji section markers (📌 decisions, ✅ items, 📅 next sync), '•' bullets, English nicknames. Sent Fri 2025-10-10 (Sat 10-11 is a 调休 make-up working day). 听日 (Cantonese 明天) -> 10-11; 下礼拜三 (= 下周三) -> 10-15; 月尾前 (= 月底前) -> 10-31; 尽快 -> vague_due. Owners via aliases: Winnie = 陈颖琳, Ken = 黄子轩, Tina = 苏晓彤, 阿豪 = 区家豪. '上市日期定 11月6日' is a decision. 下次 sync 下礼拜五 下昼 3 点 (下昼 = 下午) -> 2025-10-17 15:00."}

c = case(id="3326", slug="korean-odm-english-kst-until", org="D", client="outlook", cs="utf-8", frm="Park Ji-won",
         to=["黄子轩"], cc=["梁嘉欣", "Lee Min-seo", "Keman Todo"],
         t=dt.datetime(2026, 3, 12, 18, 40, 11, tzinfo=dt.timezone(dt.timedelta(hours=9))), lang="ko-KR",
         subj="[Hanbit-Keman] Meeting minutes_Glow Serum 2.0 reformulation (3/12)", font="맑은 고딕", text="""Dear Ken,

Thank you for your time today. I share the meeting minutes as below.
Please check and give your feedback.

1. Attendee : Keman - Ken Wong, Kayla Leung / Hanbit - Park Ji-won, Lee Min-seo(R&D)

2. Discussed
 - Keman requested to reduce the stickiness of Glow Serum 2.0. Hanbit R&D will adjust the thickener ratio.
 - MOQ is 10,000 pcs per SKU as agreed before.

3. To do
 - Hanbit R&D team : send 2 revised samples (stickiness down) until 3/20
 - Ken : confirm the packaging artwork final version until next Tuesday
 - Ms. Park : share updated quotation reflecting new thickener ASAP

4. Next meeting : 3/19(Thu) 10:00 KST (Zoom)

Best regards,
Park Ji-won / Manager
Overseas Sales Team | Hanbit Cosmetic Co., Ltd.
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I(None, "send 2 revised samples (stickiness down)", "2026-03-20", flags=["no_owner"], calc=D(2026, 3, 20)),
    I("黄子轩", "confirm the packaging artwork final version", "2026-03-17", calc=next_week(s, 1)),
    I("Park Ji-won", "share updated quotation reflecting new thickener", None, flags=["vague_due"])],
    "next_followup": FU("2026-03-19", "09:00", calc=D(2026, 3, 19)), "reply": None,
    "notes": "Minutes written by the Korean ODM partner in Korean-influenced English (Outlook ko-KR, Date header +0900: Thu 18:40 KST = 17:40 Shanghai, same day 2026-03-12). 'until 3/20' means 'by 3/20' (Korean 까지) -> 03-20; 'Hanbit R&D team' is a team -> no_owner. 'Ken' = 黄子轩 (alias; also in To); 'until next Tuesday' -> 03-17. 'Ms. Park' is the sender Park Ji-won (external, From address) and ASAP -> vague_due. Next meeting '3/19(Thu) 10:00 KST' -> 09:00 Asia/Shanghai (gold stores the Shanghai time). 'Discussed' lines are not items."}

c = case(id="3327", slug="feishu-ai-minutes-618-makeup-saturday", org="D", client="feishu", cs="utf-8", frm="苏晓彤",
         to=["梁嘉欣", "陈颖琳", "黄子轩"], cc=["Keman Todo"], t=t8("2026-05-06 15:20:44"),
         subj="飞书智能纪要：618大促筹备会 2026年5月6日", text="""智能会议纪要由 AI 生成，可能不准确，请谨慎甄别后使用

618大促筹备会 2026年5月6日
参会人：苏晓彤、梁嘉欣、陈颖琳、黄子轩

总结
本次会议讨论了618大促的货品准备、内容种草及投放预算。焕颜精华库存可支撑到6月20日，KOL报价普遍上涨约15%，需在本周内确定预算上限。

章节
00:00:00 开场
00:03:25 货品与库存
黄子轩表示焕颜精华现有库存可支撑到6月20日，第二批预计6月5日到仓。
00:21:10 KOL 投放
陈颖琳提出小红书 KOL 报价普遍上涨15%，建议减少头部、增加腰部达人。
00:38:42 店铺与详情页
苏晓彤介绍天猫旗舰店详情页改版进度。

待办
苏晓彤 5月9日前完成天猫旗舰店详情页改版
陈颖琳 下周一同步10位小红书KOL最新报价
梁嘉欣 确认618投放预算（本周六前）

智能会议纪要由 AI 生成，可能不准确，请谨慎甄别后使用
相关链接：妙记
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("苏晓彤", "完成天猫旗舰店详情页改版", "2026-05-09", calc=D(2026, 5, 9)),
    I("陈颖琳", "同步10位小红书KOL最新报价", "2026-05-11", calc=next_week(s, 0)),
    I("梁嘉欣", "确认618投放预算", "2026-05-09", calc=this_or_next(s, 5))],
    "next_followup": None, "reply": None,
    "notes": "Feishu-style AI minutes (总结 / 章节 with hh:mm:ss stamps / 待办 / 'AI 生成' disclaimer at top and bottom). Only the 待办 lines ('Name task+date', no colon) are items; dates in the summary and chapters (6月20日, 6月5日, 本周内) are facts. Sent Wed 2026-05-06; Sat 05-09 is a 调休 make-up working day. 5月9日前 -> 05-09; 下周一 -> 05-11; 本周六前 -> 05-09."}

c = case(id="3328", slug="excel-tsv-paste-apple-mail", org="D", client="apple", cs="utf-8", cte="quoted-printable",
         frm="黄子轩", to=["区家豪", "梁嘉欣"], cc=["Keman Todo"], t=t8("2026-10-09 18:02:51"),
         subj="供应链周会 跟进表 10/9", text="""各位，今日周会跟进表贴喺下面（直接由Excel度copy出嚟）：

序号\t跟进事项\t负责人\t截止\t状态\t备注
1\t焕颜精华2.0 第二批到港清关\t黄子轩\t10/10\t进行中\tHanbit 已出货
2\t双11 赠品（旅行装）采购\t区家豪\t下周三\t未开始\t
3\t广州仓盘点\t黄子轩\t10/8\t已完成\t差异0.3%
4\t2027年ODM框架合同续签\t梁嘉欣\t2026年底\t进行中\t法务review中

有咩补充直接reply all。
Ken
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("黄子轩", "焕颜精华2.0 第二批到港清关", "2026-10-10", calc=D(2026, 10, 10)),
    I("区家豪", "双11 赠品（旅行装）采购", "2026-10-14", calc=next_week(s, 2)),
    I("梁嘉欣", "2027年ODM框架合同续签", "2026-12-31", calc=D(2026, 12, 31))],
    "next_followup": None, "reply": None,
    "notes": "An Excel range pasted as tab-separated text into Apple Mail (plain, UTF-8 QP; tabs survive as =09 where needed). Sent Fri 2026-10-09, the day before the 10-10 make-up Saturday. 10/10 -> 10-10; 下周三 -> 10-14; 2026年底 -> 12-31. Row 3 状态 已完成 -> not an item. Cantonese framing lines are not items."}

c = case(id="3329", slug="japanese-style-tantou-kigen-outlook", org="D", client="outlook", cs="utf-8", frm="区家豪",
         to=["梁嘉欣", "陈颖琳", "苏晓彤"], cc=["Keman Todo"], t=t8("2026-11-27 17:10:30"),
         subj="【議事録】成分宣称合规检讨会 11/27", text="""各位辛苦了。检讨会议事录如下，请确认。

■ 日時：2026/11/27（金）14:00～15:00
■ 出席：区家豪、梁嘉欣、陈颖琳、苏晓彤

■ 决定事项
・“7天淡纹”宣称全部下线，改为“持续使用改善细纹外观”。
・小红书已发布的笔记，不要求KOL删除；后续投放统一用新话术。

■ 课题（ToDo）
No.｜内容｜担当｜期限
1｜淡纹功效测试报告补充（第三方机构）｜区家豪｜12/4（金）
2｜KOL新话术 brief 更新，并通知已签约达人｜陈颖琳｜下周三
3｜天猫/抖音详情页宣称替换｜苏晓彤｜11/30（月）17:00

以上，请多关照。
区家豪（Howard）
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("区家豪", "淡纹功效测试报告补充（第三方机构）", "2026-12-04", calc=D(2026, 12, 4)),
    I("陈颖琳", "KOL新话术 brief 更新，并通知已签约达人", "2026-12-02", calc=next_week(s, 2)),
    I("苏晓彤", "天猫/抖音详情页宣称替换", "2026-11-30", "17:00", calc=D(2026, 11, 30))],
    "next_followup": None, "reply": None,
    "notes": "Japanese-style 議事録 by a writer who worked in Japan: ■ headings, ・ bullets, a full-width-bar table 内容｜担当｜期限 (担当 = owner, 期限 = deadline), weekday in Japanese kanji （金）（月）. Sent Fri 2026-11-27. 12/4（金） -> 12-04; 下周三 -> 12-02; 11/30（月）17:00 -> 11-30 17:00. The 日時 line is the meeting itself, not a follow-up; 决定事项 are decisions."}

c = case(id="3330", slug="action-item-checkbox-handles-same-time-2027", org="D", client="gmail", cs="UTF-8",
         cte="quoted-printable", frm="陈颖琳", to=["苏晓彤", "梁嘉欣", "区家豪"], cc=["Keman Todo"],
         t=t8("2027-04-20 16:05:18"), subj="KOL weekly 4/20 notes", text="""Hi team,

今日 KOL weekly 3pm 开到 3:45，notes 如下：

Updates
- 4月投放 28 篇已发 21 篇，CPE 比3月低 8%
- 两个达人延迟交稿，已催

ACTION ITEM (Winnie) — 整理4月投放复盘数据 by Friday
ACTION ITEM (Tina) — 抖音挂车链接检查 EOD
☐ @Kayla 审批5月KOL预算 by 4/30
☐ @Howard 提供新品成分卖点卡 ASAP

Next KOL weekly：下周二同一时间

Winnie
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("陈颖琳", "整理4月投放复盘数据", "2027-04-23", calc=this_or_next(s, 4)),
    I("苏晓彤", "抖音挂车链接检查", "2027-04-20", calc=s),
    I("梁嘉欣", "审批5月KOL预算", "2027-04-30", calc=D(2027, 4, 30)),
    I("区家豪", "提供新品成分卖点卡", None, flags=["vague_due"])],
    "next_followup": FU("2027-04-27", "15:00", calc=next_week(s, 1)), "reply": None,
    "notes": "Gmail mixed zh/en notes: 'ACTION ITEM (Name) —' lines and '☐ @Handle' checkboxes. Sent Tue 2027-04-20 (no 2027 holiday arithmetic needed; 04-30 is before any May Day break). Winnie (the sender) = 陈颖琳, Tina = 苏晓彤, Kayla = 梁嘉欣, Howard = 区家豪. by Friday -> 04-23; EOD -> 04-20; by 4/30 -> 04-30; ASAP -> vague_due. 'Next KOL weekly：下周二同一时间' with today's meeting at 3pm ('3pm 开到 3:45') -> 2027-04-27 15:00."}

c = case(id="3331", slug="other-kol-contract-chat-bot-cc", org="D", client="gmail", cs="UTF-8", frm="陈颖琳",
         to=["Amy Lin"], cc=["Keman Todo"], t=t8("2026-06-02 11:18:40"), subj="Re: 6月达人合作合同 - 珂蔓 x 星链MCN",
         text="""Amy你好，

合同我哋法务睇过啦，有两点想改下：
1. 第5条付款节点，改为笔记发布后15天内付清，唔系30天；
2. 第8条数据保底，CPE 唔超过 2.5 元，超过部分按比例退款。

如果你哋冇问题，周四前回签可以吗？达人那边6月10日前要排期。

Thanks!
Winnie
珂蔓 Keman Beauty | 社媒部
""")
c["gold"] = {"kind": "other", "items": [], "next_followup": None, "reply": None,
             "notes": "A person-to-person negotiation mail to an MCN agency with the bot left in Cc (copied from an earlier thread). Numbered points and deadlines (周四前, 6月10日前) but no meeting and no minutes -> kind other, no items."}

c = case(id="3332", slug="reply-progress-60-feishu", org="D", client="feishu", cs="utf-8", frm="苏晓彤",
         to=["Keman Todo"], t=t8("2026-05-08 14:00:26"),
         subj="回复：[Keman Todo] 会议纪要待办确认：飞书智能纪要：618大促筹备会 2026年5月6日",
         irt="<recap-3327@kemanbeauty.example.com>", text="\n".join([
    "第1项进度60%，主图还差两张，明天调休上班会补齐。", "", "Tina", "",
    "> 在 2026年5月6日 15:21，Keman Todo <todo@kemanbeauty.example.com> 写道：", ">"] + ["> " + x for x in fmt_recap("D", [
    ("完成天猫旗舰店详情页改版", "苏晓彤", "2026-05-09"), ("同步10位小红书KOL最新报价", "陈颖琳", "2026-05-11"),
    ("确认618投放预算", "梁嘉欣", "2026-05-09")], "飞书智能纪要：618大促筹备会 2026年5月6日")]) + "\n")
c["gold"] = {"kind": "reply", "items": [], "next_followup": None, "reply": REP("progress", [1], percent=60),
             "notes": "Short reply to the recap of 3327: '第1项进度60%' with a reason mentioning 明天 (not an extension). The recap is quoted with '>' under a '在…写道：' line."}

# =============================== extra shapes ===============================
c = case(id="3335", slug="feishu-doc-pipe-table-after-dealer-conference", org="A", client="feishu", cs="utf-8",
         frm="彭亮", to=["曾志强", "周敏", "谭晓燕"], cc=["邓建国", "纪要助手"], t=t8("2025-10-17 20:15:03"),
         subj="代理商大会会后复盘（飞书文档导出）", text="""邓总，会后复盘的跟进表从飞书文档导出来了，格式有点乱，凑合看：

## 代理商大会会后跟进

| 事项 | 主责/配合 | 截止 | 备注 |
| --- | --- | --- | --- |
| 大会客户意向订单逐单回访 | 彭亮/曾志强 | 10月24日（周五）17:00 | 意向单共37张 |
| 大会费用报销汇总 | 周敏 | 下周三下班前 | 发票找会务公司要 |
| 代理商返利兑现测算 | 谭晓燕 | 11月中旬 | 等厂家政策 |
| 大会视频剪辑发公众号 | 市场部 | 尽快 | |

下次复盘会：10月31日（周五）
下午4点，还是小会议室。

彭亮
""")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("彭亮", "大会客户意向订单逐单回访", "2025-10-24", "17:00", calc=D(2025, 10, 24)),
    I("周敏", "大会费用报销汇总", "2025-10-22", calc=next_week(s, 2)),
    I("谭晓燕", "代理商返利兑现测算", None, flags=["vague_due"]),
    I(None, "大会视频剪辑发公众号", None, flags=["no_owner", "vague_due"])],
    "next_followup": FU("2025-10-31", "16:00", calc=D(2025, 10, 31)), "reply": None,
    "notes": "A Feishu-doc export pasted as a Markdown pipe table (header row + '| --- |' rule). Sent Fri 2025-10-17 (after the 10-16 dealer conference). '主责/配合' in one cell '彭亮/曾志强' -> owner 彭亮. '10月24日（周五）17:00' -> 10-24 17:00; '下周三下班前' -> 10-22 (下班前 gives no time); '11月中旬' -> vague_due; '市场部' is not a roster department -> owner null, department null, no_owner + 尽快 vague_due. The next meeting has its day on one line and its time on the next ('10月31日（周五）' / '下午4点') -> 2025-10-31 16:00."}

c = case(id="3336", slug="owa-utc-date-name-to-do-by-owner-tbd", org="B", client="outlook", cs="utf-8",
         cte="quoted-printable", frm="沈一鸣", to=["许佳", "方可"], cc=["陆文澜", "Minutes Bot"],
         t=dt.datetime(2026, 12, 3, 23, 30, 42, tzinfo=dt.timezone.utc), lang="en-GB",
         subj="Birch – notes from tonight's call with London", text="""Hi both,

Notes from tonight's call with the buyer's London counsel (I'm still in London, hence the late email).

We agreed the long-stop date stays at 31 March 2027 and that the SPA will be governed by HK law. No change on the escrow mechanics.

Jia to circulate the updated CP tracker by Monday.
Coco to send the fee estimate for the signing phase to Helen by 12/9.
I will turn the buyer's SPA comments EOD Friday.
Owner TBD – PRC counsel memo on the SAFE registration point, ASAP. Wenlan, can you decide who takes this?

Next call Tuesday 8 Dec, 9am London / 5pm Beijing.

Simon
""", font="Calibri")
s = sd(c)
c["gold"] = {"kind": "minutes", "items": [
    I("许佳", "circulate the updated CP tracker", "2026-12-07", calc=this_or_next(s, 0)),
    I("方可", "send the fee estimate for the signing phase to Helen", "2026-12-09", calc=D(2026, 12, 9)),
    I("沈一鸣", "turn the buyer's SPA comments", "2026-12-04", calc=this_or_next(s, 4)),
    I(None, "PRC counsel memo on the SAFE registration point", None, flags=["no_owner", "vague_due"])],
    "next_followup": FU("2026-12-08", "17:00", calc=D(2026, 12, 8)), "reply": None,
    "notes": "English prose actions 'Name to do X by …' / 'I will …' from a partner travelling in London; Date header is Thu 2026-12-03 23:30 +0000 = Fri 2026-12-04 07:30 Asia/Shanghai, so all weekday words resolve from Friday 12-04: 'by Monday' -> 12-07; 'EOD Friday' -> 12-04 (the sender 'I' = 沈一鸣); 'by 12/9' -> 12-09. 'Owner TBD … ASAP' -> no_owner + vague_due (the question to Wenlan does not make her the owner). Long-stop date 31 March 2027 is an agreed term, not an item. 'Next call Tuesday 8 Dec, 9am London / 5pm Beijing' -> 2026-12-08 17:00 Shanghai."}
