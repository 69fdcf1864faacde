# case definitions for heldout14 (exec'd by make_heldout14.py)
GB = ("纪要机器人", "minutes@chiyan.example.cn")
PB = ("IC Minutes Bot", "ic-minutes@hulingcap.example.com")
BB = ("纪要助手", "jiyao@laoquan-beer.example.cn")
TB = ("minutes", "minutes@caiyunxing.example.cn")
W = lambda s: D(s)

# ---------------- 2501 game weekly, ordinary numbered ----------------
t = when("2025-09-25 18:10 +0800"); s = W("2025-09-25")
txt = """【赤焰互动·《山海行》项目周会纪要】
时间：9月25日（周四）16:00-17:10
地点：飞书会议 / 3楼大会议室
参会：周浩然、林小雨、唐毅、贺明杰、杜晓晓、谢婉

一、进度同步
- 主线第三章关卡已全部进包，唐毅这边场景换肤已完成。
- 压测环境9/24已搭好。

二、待办
1. 林小雨：新手引导第二版策划案，本周日（28号调休上班）前给到大家评审
2. 唐毅：角色立绘3张返修，节后第一个工作日交
3. 贺明杰：战斗服压测报告，3个工作日内
4. QA组：0.8.2版本全量回归，9/30前跑完

三、其他
国庆期间线上值班表见飞书文档，不另发。

节后第一次周会改到10月9日（周四）下午两点，还是这个飞书会议链接。
"""
case(2501, "game-weekly-numbered-national-day", "minutes",
     "Feishu mail UTF-8 base64 plain+HTML weekly 周会: 本周日 on the 09-28 make-up Sunday, 节后第一个工作日 (2025 holiday ends 10-08), 3个工作日内 across the make-up Sunday, dept-only QA组; next meeting as a sentence",
     build("feishu", P("周浩然"), [GB, P("林小雨"), P("唐毅"), P("贺明杰"), P("杜晓晓")], [P("谢婉")], "《山海行》周会纪要 0925", t, txt, html_of(txt), slug="2501"),
     [it("林小雨", "新手引导第二版策划案", "2025-09-28", calc=this_or_next(s, 6)),
      it("唐毅", "角色立绘3张返修", "2025-10-09", calc=first_workday_after(W("2025-10-08"))),
      it("贺明杰", "战斗服压测报告", "2025-09-29", calc=add_workdays(s, 3)),
      it(None, "0.8.2版本全量回归", "2025-09-30", flags=["no_owner"], dept="QA组", calc=W("2025-09-30"))],
     fu("2025-10-09", "14:00", calc=W("2025-10-09")),
     notes="Sent Thu 2025-09-25. 本周日 = 09-28, a 调休 working Sunday. 2025 National Day+Mid-Autumn holiday is 10-01..10-08, so 节后第一个工作日 = 10-09. 3个工作日内: 09-26, 09-28 (make-up Sunday), 09-29 -> 09-29. 'QA组' is a department -> no_owner. Progress lines (已全部进包, 已完成, 已搭好) are reports, not items. Next meeting written as a sentence: 10月9日 下午两点 -> 14:00.")

# ---------------- 2502 Feishu 妙记 AI minutes ----------------
t = when("2026-03-02 11:40 +0800"); s = W("2026-03-02")
txt = """智能纪要：《山海行》版号材料对齐会 2026年3月2日

会议主题
版号申报材料（游戏说明书、防沉迷、自查报告）进度对齐

总结
1. 版号材料整体进度约60%，唐毅已完成主界面截图的替换，贺明杰说明防沉迷接口上周联调时出现实名校验超时。
2. 周浩然强调3月中旬前必须把全套材料交给出版单位，之后不再改版本号。
3. 杜晓晓提出自查报告需要补一份未成年人充值限额的测试记录。

章节
00:00:12 开场 - 周浩然介绍本次会议目的，要求大家本周内把问题清掉。
00:04:37 防沉迷 - 贺明杰：接口超时是对方网关限流，我周三前搞定。
00:11:05 说明书 - 林小雨：说明书初稿我3月6日前提交，玩法截图要美术再给一版。
00:17:48 自查 - 杜晓晓：充值限额测试我来跟。

待办
□ 林小雨  3月6日前提交游戏说明书初稿
□ 贺明杰  本周三前修复防沉迷实名校验超时问题
□ 杜晓晓  补充未成年人充值限额测试记录

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
查看完整妙记：https://chiyan.feishu.example/minutes/obcn{0}
""".format(hx("2502", 20))
case(2502, "game-feishu-ai-minutes-todo-only", "minutes",
     "飞书妙记 智能纪要 pasted/sent as mail: summary and time-stamped 章节 repeat the tasks; only the 待办 section counts; AI footer; 3月中旬 in summary is not an item",
     build("feishu", P("林小雨"), [GB], [P("周浩然"), P("贺明杰"), P("杜晓晓"), P("唐毅")], "智能纪要：《山海行》版号材料对齐会 2026年3月2日", t, txt, html_of(txt), slug="2502"),
     [it("林小雨", "提交游戏说明书初稿", "2026-03-06", calc=W("2026-03-06")),
      it("贺明杰", "修复防沉迷实名校验超时问题", "2026-03-04", calc=this_or_next(s, 2)),
      it("杜晓晓", "补充未成年人充值限额测试记录", None, flags=["no_due"])],
     None,
     notes="Sent Mon 2026-03-02. Only the 待办 section are items (3). The 总结 and time-stamped 章节 restate them (and '3月中旬前必须把全套材料交给出版单位' is a goal stated by the producer, not a 待办) -> not separate items. 本周三 = 03-04. No next meeting.")

# ---------------- 2503 person headings ----------------
t = when("2026-04-03 16:32 +0800"); s = W("2026-04-03")
txt = """各位，清明前最后一次周会，按人整理如下：

【程序 - MJ】
· 热更新包上传到测试服，4/7（节后第一天）上午弄完
· 登录排队偶现卡死的bug，下周三前出修复
【美术 - 唐老师】
· 新赛季主视觉海报，2个工作日内（清明假期不算）给到运营
【QA - Doris】
· 兼容性测试机型清单尽快更新，红米那几台借到了告诉我
【策划 - Rain】
· 本周无新增待办，数值表已交

假期愉快～
—— Wendy
"""
case(2503, "game-person-headings-qingming", "minutes",
     "Minutes grouped under '【组 - English name/title】' person headings (Feishu HTML); Qingming holiday 04-04..04-06 in 2个工作日内; 4/7 上午 (half day, no time); 尽快 vague; '本周无新增待办' is not an item",
     build("feishu", P("谢婉"), [GB], [P("贺明杰"), P("唐毅"), P("杜晓晓"), P("林小雨"), P("周浩然")], "周会小结（4/3）", t, txt, html_of(txt), slug="2503"),
     [it("贺明杰", "热更新包上传到测试服", "2026-04-07", calc=W("2026-04-07")),
      it("贺明杰", "登录排队偶现卡死的bug出修复", "2026-04-08", calc=next_week(s, 2)),
      it("唐毅", "新赛季主视觉海报给到运营", "2026-04-08", calc=add_workdays(s, 2)),
      it("杜晓晓", "更新兼容性测试机型清单", None, flags=["vague_due"])],
     None,
     notes="Sent Fri 2026-04-03; Qingming holiday 04-04..04-06. Owners come from the heading (MJ, 唐老师, Doris = roster aliases). '4/7 上午' -> 2026-04-07, time null (a half day is not a clock time). 下周三 = 04-08. 2个工作日内 = 04-07, 04-08. Rain's line is a report (本周无新增待办). ")

# ---------------- 2504 markdown checkboxes ----------------
t = when("2026-06-16 20:05 +0800"); s = W("2026-06-16")
txt = """## M3 里程碑同步 · 6/16

**参会**：Howard / MJ / Doris / Wendy / Rain

### 结论
- M3 scope 砍掉公会战，放到 M4
- 首发渠道先上 TapTap + 官服

### Todo
- [ ] @Howard 跟发行方对齐 M3 scope 变更 — 周四前
- [x] @MJ 打包脚本迁移到新 CI
- [ ] @Doris build 0.9.3 冒烟测试 — EOD
- [ ] @Wendy 联系渠道确认首发档期 (by 6/24)
- [ ] @Rain 公会战策划案归档，M4 再捞

下次同步：端午后第一个工作日 上午10:30
"""
case(2504, "game-markdown-checkbox-handles-dragon-boat", "minutes",
     "Feishu-doc Markdown export in a Gmail-style UTF-8 QP mail: '- [ ] @handle task — due', a ticked [x] line (done), 结论 (decisions), EOD, 'by 6/24', an item with no date; next meeting '端午后第一个工作日 上午10:30'",
     build("gmail", ("Wendy Xie", "xiewan@chiyan.example.cn"), [GB, ("Howard Zhou", "zhouhaoran@chiyan.example.cn")], [("MJ", "hemingjie@chiyan.example.cn"), ("Doris Du", "duxiaoxiao@chiyan.example.cn")], "M3 sync notes 6/16", t, txt, None, cte="quoted-printable", slug="2504"),
     [it("周浩然", "跟发行方对齐 M3 scope 变更", "2026-06-18", calc=this_or_next(s, 3)),
      it("杜晓晓", "build 0.9.3 冒烟测试", "2026-06-16", calc=s),
      it("谢婉", "联系渠道确认首发档期", "2026-06-24", calc=W("2026-06-24")),
      it("林小雨", "公会战策划案归档", None, flags=["no_due"])],
     fu("2026-06-22", "10:30", calc=first_workday_after(W("2026-06-21"))),
     notes="Sent Tue 2026-06-16. [x] line is done -> not an item. 周四 = 06-18; EOD = send date; 'by 6/24' = 06-24. Rain's 'M4 再捞' is not a deadline -> no_due (arguably vague_due; a careful human records no date). Dragon Boat holiday 2026-06-19..06-21, so 端午后第一个工作日 = 06-22 10:30. 结论 lines are decisions.")

# ---------------- 2505 RE thread with quoted old minutes ----------------
t = when("2026-07-13 11:15 +0800"); s = W("2026-07-13")
txt = """今天10:00周会的纪要直接回在这个串里了：

1. 唐毅：UI图标第二批（背包、商城），7月17日前
2. 杜晓晓：0.9.6回归，周三下班前
3. 贺明杰：热更失败率监控看板，下周一前上线

下周一同一时间继续。

浩然

发件人：周浩然 <zhouhaoran@chiyan.example.cn>
发送时间：2026年7月6日 11:02
收件人：纪要机器人 <minutes@chiyan.example.cn>
主题：《山海行》周会纪要 0706

1. 唐毅：UI图标第一批，7月10日前
2. 林小雨：七夕活动策划案，7月9日前
3. 杜晓晓：0.9.5回归，周三下班前
下周一同一时间。
"""
case(2505, "game-re-thread-new-over-quoted", "minutes",
     "New minutes posted as 'RE:' in last week's thread; quoted old minutes (Feishu/Outlook-style 发件人/发送时间 block) are not items; '下周一同一时间' resolved from '今天10:00周会'",
     build("outlook", P("周浩然"), [GB], [P("唐毅"), P("杜晓晓"), P("贺明杰"), P("林小雨")], "RE: 《山海行》周会纪要 0706", t, txt, html_of(txt), cs="gb18030", irt="<%s@chiyan.example.cn>" % hx("0706", 16), slug="2505"),
     [it("唐毅", "UI图标第二批（背包、商城）", "2026-07-17", calc=W("2026-07-17")),
      it("杜晓晓", "0.9.6回归", "2026-07-15", calc=this_or_next(s, 2)),
      it("贺明杰", "热更失败率监控看板上线", "2026-07-20", calc=next_week(s, 0))],
     fu("2026-07-20", "10:00", calc=next_week(s, 0)),
     notes="Sent Mon 2026-07-13, Outlook gb18030. Items only above the quoted 发件人/发送时间 block (old 07-06 minutes: 3 lines, not items). 周三下班前 = 07-15, no time (README: 下班前 gives no time). '下周一同一时间' = 07-20 at the time of today's meeting stated in the first line (10:00).")

# ---------------- 2506 one-liner ----------------
t = when("2027-01-13 22:47 +0800"); s = W("2027-01-13")
txt = "MJ 明早9点前把昨晚崩溃率数据发群里，其余照周会纪要。\n\n发自我的iPhone\n"
case(2506, "game-one-line-manager-iphone", "minutes",
     "One-line minutes addendum from the producer's iPhone late at night: 明早9点前 -> next day 09:00 (2027, no holiday arithmetic)",
     build("iphone", P("周浩然"), [GB, P("贺明杰")], [], "1/13周会 补一条", t, txt, None, cte="quoted-printable", slug="2506"),
     [it("贺明杰", "把昨晚崩溃率数据发群里", "2027-01-14", "09:00", calc=W("2027-01-14"))],
     None,
     notes="Sent Wed 2027-01-13 22:47 +0800. A busy manager's one-line addendum to minutes, addressed to the bot: kind minutes with one item. 明早9点前 -> 2027-01-14 09:00. '其余照周会纪要' refers to another mail; nothing else.")

# ---------------- 2507 bug triage table unusual columns ----------------
t = when("2025-12-18 19:02 +0800"); s = W("2025-12-18")
rows = [["优先级", "状态", "备注", "事项", "负责人", "截止"],
        ["P0", "进行中", "线上玩家反馈最多", "跨服战斗结算偶发丢奖励", "贺工", "12/19"],
        ["P1", "已完成", "12/17已热更", "商城折扣显示错误", "贺工", "12/17"],
        ["P2", "未开始", "主责唐毅，林小雨配合出文案", "圣诞活动入口图标重绘", "唐毅/林小雨", "月底"],
        ["P1", "待排期", "等发行方给测试账号", "海外包登录回归", "Doris", "待定"],
        ["P2", "未开始", "", "新年签到奖励配置表二次核对", "Rain", "12月26日（周五）18:00"]]
txt = "Bug triage 纪要（12/18）\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n下次triage：下周四晚7点\n"
html = "<html><body><p>Bug triage 纪要（12/18）</p>" + table_html(rows) + "<p>下次triage：下周四晚7点</p></body></html>"
case(2507, "game-triage-table-extra-columns", "minutes",
     "Outlook HTML table whose columns run 优先级|状态|备注|事项|负责人|截止; 已完成 row excluded; '唐毅/林小雨' with 主责 in 备注; 月底; 待定; '12月26日（周五）18:00'; next '下周四晚7点'",
     build("outlook", P("杜晓晓"), [GB], [P("贺明杰"), P("唐毅"), P("林小雨"), P("周浩然")], "Bug triage 纪要 12/18", t, txt, html, cs="gb2312", slug="2507"),
     [it("贺明杰", "跨服战斗结算偶发丢奖励", "2025-12-19", calc=W("2025-12-19")),
      it("唐毅", "圣诞活动入口图标重绘", "2025-12-31", calc=month_end(2025, 12)),
      it("杜晓晓", "海外包登录回归", None, flags=["vague_due"]),
      it("林小雨", "新年签到奖励配置表二次核对", "2025-12-26", "18:00", calc=W("2025-12-26"))],
     fu("2025-12-25", "19:00", calc=next_week(s, 3)),
     notes="Sent Thu 2025-12-18. Columns in unusual order; the 已完成 row is status, not an item. '唐毅/林小雨' with 备注 '主责唐毅，林小雨配合' -> owner 唐毅 (主责). 月底 -> 2025-12-31. 待定 -> vague_due. 下周四晚7点 -> 2025-12-25 19:00.")

# ---------------- 2508 PE terse IC ----------------
t = when("2025-11-11 21:05 +0800"); s = W("2025-11-11")
txt = """IC 11/11 — Project Nebula (储能BMS)

Decision: approved in principle, 估值上限 12x PE, 需 CFO 背调 clean.

AI:
- Leo: financial DD 缺口清单补齐, by Fri
- Angie: 约 mgmt call（CEO+CTO）, next Tue
- Mandy: 被投 Q3 board pack 月底前
- Legal: SPA redline ASAP

JS
"""
case(2508, "pe-ic-terse-mixed-ai", "minutes",
     "Partner's terse mixed zh/en IC note from Outlook: 'AI:' list with English-name owners, by Fri / next Tue / 月底前 / 'Legal: … ASAP' (dept-only + vague); Decision line not an item",
     build("outlook", P("沈钧"), [PB], [P("陆骁"), P("顾安琪"), P("钱蔓"), P("方思哲")], "IC 11/11 Nebula", t, txt, html_of(txt), slug="2508"),
     [it("陆骁", "financial DD 缺口清单补齐", "2025-11-14", calc=this_or_next(s, 4)),
      it("顾安琪", "约 mgmt call（CEO+CTO）", "2025-11-18", calc=next_week(s, 1)),
      it("钱蔓", "被投 Q3 board pack", "2025-11-30", calc=month_end(2025, 11)),
      it(None, "SPA redline", None, flags=["no_owner", "vague_due"])],
     None,
     notes="Sent Tue 2025-11-11. Leo/Angie/Mandy are roster aliases. 'by Fri' = 11-14; 'next Tue' = Tuesday of the following week 11-18; 月底前 = 11-30 (a Sunday; kept as written). 'Legal' is a function, not a person (方思哲 is in Cc but not named) -> no_owner; department null because the text says 'Legal', not our 法务合规部 — a scorer may accept 法务合规部. ASAP -> vague_due.")

# ---------------- 2509 lawyer formal English ----------------
t = when("2026-01-07 18:40 +0800"); s = W("2026-01-07")
txt = """Privileged & Confidential / Attorney Work Product

Dear all,

Please find below our note of the conference call held this afternoon in respect of the proposed Series C investment in Suzhou Lumina Optics Co., Ltd.

1. Attendees
Huling Capital: Angie Gu, Leo Lu, Steven Fang
Jinheng Law Offices: Eleanor Hsu, Marcus Lee
Company counsel: Ms. Chen Yu (Tianyuan Partners)

2. Matters discussed
2.1 The parties discussed the scope of the fundamental warranties. It was agreed that the tax warranty will survive for 36 months.
2.2 The Company confirmed that the ESOP pool reserve of 8% has been approved by its board.

3. Action items
3.1 Revised SPA draft reflecting the positions above.
      Owner: Eleanor Hsu
      Due: 12 January 2026
3.2 Confirmation of the Fund's position on W&I insurance.
      Owner: Steven Fang
      Due: within 3 business days
3.3 Updated disclosure letter.
      Owner: Company counsel
      Due: COB Friday, 9 January 2026

4. Next call
Tuesday, 13 January 2026 at 4:00 p.m. (Hong Kong time)

Kind regards,

Eleanor Hsu
Partner | Jinheng Law Offices
T: +86 21 5000 0000 | This email is confidential and may be legally privileged. If you are not the intended recipient, please notify us within 24 hours and delete it.
"""
case(2509, "pe-lawyer-formal-english-owner-due-blocks", "minutes",
     "Law-firm formal English call note (Outlook, UTF-8 QP): numbered 2.x discussion (agreements, not items), 3.x Owner:/Due: blocks; 'within 3 business days' after 2026 New Year; 'Company counsel' owner; Hong Kong time next call; disclaimer with '24 hours'",
     build("outlook", ("Eleanor Hsu", "eleanor.hsu@jinheng-law.example.com"), [("Angie Gu", "guanqi@hulingcap.example.com"), ("Leo Lu", "luxiao@hulingcap.example.com"), ("Steven Fang", "fangsizhe@hulingcap.example.com")], [PB, ("Marcus Lee", "marcus.lee@jinheng-law.example.com"), ("Chen Yu", "chenyu@tianyuan-law.example.com")], "Project Lumina - Note of call 7 January 2026", t, txt, html_of(txt), cte="quoted-printable", slug="2509"),
     [it("Eleanor Hsu", "Revised SPA draft reflecting the positions above", "2026-01-12", email="eleanor.hsu@jinheng-law.example.com", calc=W("2026-01-12")),
      it("方思哲", "Confirmation of the Fund's position on W&I insurance", "2026-01-12", calc=add_workdays(s, 3)),
      it(None, "Updated disclosure letter", "2026-01-09", flags=["no_owner"], calc=W("2026-01-09"))],
     fu("2026-01-13", "16:00", calc=W("2026-01-13")),
     notes="Sent Wed 2026-01-07 18:40 +0800. Items are the 3.x Owner/Due blocks only; 2.x are agreed positions. Eleanor Hsu is external (From) -> her address, dept null. Steven Fang = 方思哲 (alias). 'within 3 business days' = Chinese working days 01-08, 01-09, 01-12 -> 01-12. 'Company counsel' is a role, not a resolvable person (Ms. Chen Yu is named only in attendees; a scorer may accept Chen Yu with chenyu@tianyuan-law.example.com) -> owner null, no_owner. COB Friday 9 January = 01-09, no time given. Hong Kong time = UTC+8 -> 01-13 16:00.")

# ---------------- 2510 PE post-investment meeting, 主责/配合 table ----------------
t = when("2026-02-13 17:50 +0800"); s = W("2026-02-13")
rows = [["序号", "事项", "责任人（主责/配合）", "完成时间"],
        ["1", "督促恒拓科技提交1月经营月报", "钱蔓 / 陆骁", "节后第一个工作日"],
        ["2", "年度审计机构选聘比价", "主责：顾安琪\n配合：钱蔓", "3个工作日内"],
        ["3", "更新2026年度预算（含春节后复工计划）", "王磊（恒拓CFO）", "2月底"],
        ["4", "董事会换届材料", "钱蔓", "已完成"]]
txt = "恒拓科技 2026年2月投后例会 会议纪要\n\n会议时间：2026年2月13日 14:00-16:00\n参会人员：钱蔓、陆骁、顾安琪；恒拓科技 王磊\n\n一、经营情况通报（略）\n二、待办事项\n" + "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows) + "\n\n三、下次例会\n定于3月13日（周五）下午，具体时间另行通知。\n\n钱蔓\n沪岭资本 投后管理部\n"
html = "<html><body><p>恒拓科技 2026年2月投后例会 会议纪要</p><p>会议时间：2026年2月13日 14:00-16:00<br>参会人员：钱蔓、陆骁、顾安琪；恒拓科技 王磊</p><p>一、经营情况通报（略）</p><p>二、待办事项</p>" + table_html(rows) + "<p>三、下次例会<br>定于3月13日（周五）下午，具体时间另行通知。</p><p>钱蔓<br>沪岭资本 投后管理部</p></body></html>"
case(2510, "pe-post-investment-spring-festival-table", "minutes",
     "投后例会 Outlook gb2312 table on the Friday before Spring Festival 2026: '钱蔓 / 陆骁' and '主责：…配合：…' cells, 节后第一个工作日 (holiday to 02-23), 3个工作日内 over the 02-14 make-up Saturday, external CFO, 已完成 row; next meeting date with a half day only",
     build("outlook", P("钱蔓"), [PB, ("王磊", "wanglei@hengtuo-tech.example.cn")], [P("陆骁"), P("顾安琪")], "恒拓科技2月投后例会纪要", t, txt, html, cs="gb2312", slug="2510"),
     [it("钱蔓", "督促恒拓科技提交1月经营月报", "2026-02-24", calc=first_workday_after(W("2026-02-23"))),
      it("顾安琪", "年度审计机构选聘比价", "2026-02-25", calc=add_workdays(s, 3)),
      it("王磊", "更新2026年度预算（含春节后复工计划）", "2026-02-28", email="wanglei@hengtuo-tech.example.cn", calc=month_end(2026, 2))],
     fu("2026-03-13", None, calc=W("2026-03-13")),
     notes="Sent Fri 2026-02-13. Spring Festival holiday 02-15..02-23, make-up 02-14 (Sat) and 02-28 (Sat). '钱蔓 / 陆骁' under 责任人（主责/配合） -> 钱蔓. 3个工作日内: 02-14 (make-up Sat), 02-24, 02-25 -> 02-25. 2月底 -> 02-28. 王磊 is external, resolved from To display name. Row 4 '已完成' is status. Next meeting '3月13日（周五）下午，具体时间另行通知' -> date, time null.")

# ---------------- 2511 forward with preface ----------------
t = when("2026-10-12 09:12 +0800"); s = W("2026-10-12")
txt = """FYI，Angie周六出的IC纪要，抄bot入库。第3条我已经当面跟方律说了。

JS

-----Original Message-----
From: 顾安琪 <guanqi@hulingcap.example.com>
Sent: Saturday, October 10, 2026 6:48 PM
To: 沈钧 <shenjun@hulingcap.example.com>
Cc: 陆骁 <luxiao@hulingcap.example.com>; 方思哲 <fangsizhe@hulingcap.example.com>
Subject: Project Kestrel IC 纪要 10/10

沈总，今天（调休）IC 的纪要：

结论：Kestrel 进入终审，额度上限 1.5 亿。

后续工作：
1. 安琪：IC memo 终稿，10月16日前
2. 小陆：模型敏感性分析（汇率±5%），本周五
3. 方律：VIE 拆除路径的合规意见，10/19前

Angie
"""
case(2511, "pe-forward-ic-minutes-with-preface", "minutes",
     "Outlook '转发:'/FW of Saturday (10-10 调休) IC minutes with the partner's own preface; items sit below an English '-----Original Message-----' block and must be read; 本周五 written on 10-10, forwarded 10-12 (same Friday)",
     build("outlook", P("沈钧"), [PB], [P("顾安琪")], "FW: Project Kestrel IC 纪要 10/10", t, txt, html_of(txt), slug="2511"),
     [it("顾安琪", "IC memo 终稿", "2026-10-16", calc=W("2026-10-16")),
      it("陆骁", "模型敏感性分析（汇率±5%）", "2026-10-16", calc=this_or_next(s, 4)),
      it("方思哲", "VIE 拆除路径的合规意见", "2026-10-19", calc=W("2026-10-19"))],
     None,
     notes="Forward sent Mon 2026-10-12; original written Sat 10-10 (调休 working day). Forwarded minutes are the content: 3 items. 本周五: resolved against the Date header (Mon 10-12) = 10-16; read from the original's Saturday 10-10 it is also 10-16 (that week's Friday 10-09 is past, so the next Friday). Preface '第3条我已经当面跟方律说了' does not change the owner. 结论 is a decision.")

# ---------------- 2512 same task text twice, own numbering ----------------
t = when("2027-03-15 12:30 +0800"); s = W("2027-03-15")
txt = """pipeline会 3/15（接上周编号）

5. Project Heron：Leo 更新 comps，周三
6. Project Ibis：Angie 更新 comps，周五
7. Heron 管理层访谈纪要 —— Leo，和5一起交
8. LP季度信 Mandy 3/31

其余项目无变化。
JS
"""
case(2512, "pe-pipeline-same-task-own-numbering", "minutes",
     "Partner's pipeline note continuing last week's numbering (5..8); two items with the same task text '更新 comps' for different owners/dates; '和5一起交' refers to item 5's date",
     build("apple", P("沈钧"), [PB], [P("陆骁"), P("顾安琪"), P("钱蔓")], "pipeline 3/15", t, txt, html_of(txt), cte="quoted-printable", slug="2512"),
     [it("陆骁", "Project Heron 更新 comps", "2027-03-17", calc=this_or_next(s, 2)),
      it("顾安琪", "Project Ibis 更新 comps", "2027-03-19", calc=this_or_next(s, 4)),
      it("陆骁", "Heron 管理层访谈纪要", "2027-03-17", calc=this_or_next(s, 2)),
      it("钱蔓", "LP季度信", "2027-03-31", calc=W("2027-03-31"))],
     None,
     notes="Sent Mon 2027-03-15 (Apple Mail). Numbering 5-8 is the minutes' own (continued from last week); a reply '第5项' would mean the first item here. Items 5 and 6 share the task text '更新 comps' (task may be recorded with or without the project name). '和5一起交' -> item 5's due 周三 = 03-17 (a careful human copies it; a parser leaving it null with no_due is defensible). No 2027 holiday arithmetic needed.")

# ---------------- 2513 guidance fund SOE style ----------------
t = when("2026-09-18 16:05 +0800"); s = W("2026-09-18")
txt = """沪岭资本：

现将9月17日市引导基金子基金季度调度会有关事项纪要如下：

会议认为，各子基金总体运行平稳，投资进度基本符合协议约定。

会议要求：
一是抓紧报送年度运营报告。责任单位：沪岭资本投后管理部（钱蔓）；完成时限：9月30日前。
二是做好返投认定材料准备。责任单位：市引导基金办；完成时限：10月底。
三是各子基金管理人要持续做好风险排查，发现重大风险事项及时报告。
四是沪岭资本于国庆节后第一个工作日前报送三季度投资进度表。责任单位：沪岭资本投资部。

市引导基金办
2026年9月18日
"""
case(2513, "pe-guidance-fund-yishi-ershi", "minutes",
     "Government guidance-fund 纪要 (Coremail, GB18030 base64): 一是…二是… with 责任单位/完成时限; person in brackets after a department; external office as owner; a standing requirement (三是) that is a rule, not an item; 国庆节后第一个工作日前",
     build("coremail", ("市引导基金办", "office@yindao-fund.example.gov.cn"), [("沪岭资本", "ir@hulingcap.example.com")], [PB, P("钱蔓")], "关于子基金季度调度会有关事项的纪要", t, txt, html_of(txt), cs="gb18030", slug="2513"),
     [it("钱蔓", "报送年度运营报告", "2026-09-30", calc=W("2026-09-30")),
      it(None, "做好返投认定材料准备", "2026-10-31", flags=["no_owner"], calc=month_end(2026, 10)),
      it(None, "报送三季度投资进度表", "2026-10-08", flags=["no_owner"], dept="投资部", calc=first_workday_after(W("2026-10-07")))],
     None,
     notes="Sent Fri 2026-09-18 by the LP (external). 一是: 责任单位 names 钱蔓 in brackets -> owner 钱蔓. 二是: 市引导基金办 is an external office -> no_owner, dept null; 10月底 -> 10-31. 三是 is a standing requirement (持续做好…及时报告) with no deliverable -> not an item. 四是: 责任单位 沪岭资本投资部 -> no_owner, department 投资部; 国庆节后第一个工作日 = 10-08 (holiday 10-01..10-07). 会议认为 is a finding.")

# ---------------- 2514 brewery safety meeting table ----------------
t = when("2025-06-09 11:20 +0800"); s = W("2025-06-09")
rows = [["序号", "隐患描述", "整改措施", "责任人", "整改时限", "状态"],
        ["1", "2号灌装线东侧护栏螺栓松动", "紧固并加装防松垫片", "孙工", "6月11日", "未整改"],
        ["2", "糖化间CO2报警器超期未校验", "联系厂家校验，出具校验报告", "王科长", "6月13日前", "整改中"],
        ["3", "成品库叉车通道标线磨损", "重新划线", "姜主任", "6月6日", "已完成"],
        ["4", "CIP管道保温层破损", "更换保温棉", "刘班长", "本周五", "未整改"]]
txt = ("第二工厂 6月第2周安全生产例会纪要\n\n时间：6月9日（周一）8:30\n主持：于德海\n记录：王秀梅\n\n一、上周隐患整改情况通报（略）\n二、本周隐患整改清单\n"
       + "\n".join("\t".join(r) for r in rows) +
       "\n三、要求\n各班组严格执行交接班安全确认，严禁带病作业。\n\n下次例会：\n下周一\n上午8:30  老地方（厂部二楼会议室）\n")
html = "<html><body><p>第二工厂 6月第2周安全生产例会纪要</p><p>时间：6月9日（周一）8:30<br>主持：于德海<br>记录：王秀梅</p><p>一、上周隐患整改情况通报（略）</p><p>二、本周隐患整改清单</p>" + table_html(rows) + "<p>三、要求<br>各班组严格执行交接班安全确认，严禁带病作业。</p><p>下次例会：<br>下周一<br>上午8:30&nbsp; 老地方（厂部二楼会议室）</p></body></html>"
case(2514, "brew-safety-hazard-table", "minutes",
     "Brewery 安全生产例会 隐患整改 table (Foxmail GBK HTML): 责任人 by title (孙工/王科长/刘班长), 已完成 row, 本周五; rule line; next meeting with the day on one line and the time on the next",
     build("foxmail", P("王秀梅"), [BB], [P("于德海"), P("孙立强"), P("姜国栋"), P("刘建")], "6月第2周安全生产例会纪要", t, txt, html, cs="GBK", slug="2514"),
     [it("孙立强", "2号灌装线东侧护栏螺栓松动：紧固并加装防松垫片", "2025-06-11", calc=W("2025-06-11")),
      it("王秀梅", "糖化间CO2报警器联系厂家校验，出具校验报告", "2025-06-13", calc=W("2025-06-13")),
      it("刘建", "CIP管道保温层破损：更换保温棉", "2025-06-13", calc=this_or_next(s, 4))],
     fu("2025-06-16", "08:30", calc=next_week(s, 0)),
     notes="Sent Mon 2025-06-09. Titles are roster aliases (孙工=孙立强, 王科长=王秀梅, 刘班长=刘建). Task = hazard + measure (either wording acceptable). Row 3 已完成 is not an item. 三、要求 is a rule. Next meeting: '下周一' on one line, '上午8:30' on the next -> 06-16 08:30.")

# ---------------- 2515 owners known only from Cc ----------------
t = when("2026-05-08 17:40 +0800"); s = W("2026-05-08")
txt = """设备科 5月检修协调会 纪要

1. 糖化锅搅拌电机更换——马工负责，5月9日（周六，调休上班）当班完成。
2. 空压机保养记录补齐——小崔，下周二前。
3. 整体检修方案报于厂长审批——孙工，2个工作日内。
4. 备件库存盘点——仓库那边，时间待定。

设备科 孙立强
"""
case(2515, "brew-maintenance-owners-from-cc", "minutes",
     "Maintenance minutes (QQ Exmail gb18030 plain) whose owners are 马工/小崔, known only from Cc display names 马振华/崔小龙; 5月9日 make-up Saturday; 2个工作日内 ending on it; 仓库 dept-only + 待定",
     build("qq", P("孙立强"), [BB, P("于德海")], [("马振华", "mazhenhua@laoquan-beer.example.cn"), ("崔小龙", "cuixiaolong@laoquan-beer.example.cn")], "5月检修协调会纪要", t, txt, None, cs="gb18030", slug="2515"),
     [it("马振华", "糖化锅搅拌电机更换", "2026-05-09", email="mazhenhua@laoquan-beer.example.cn", calc=W("2026-05-09")),
      it("崔小龙", "空压机保养记录补齐", "2026-05-12", email="cuixiaolong@laoquan-beer.example.cn", calc=next_week(s, 1)),
      it("孙立强", "整体检修方案报于厂长审批", "2026-05-11", calc=add_workdays(s, 2)),
      it(None, "备件库存盘点", None, flags=["no_owner", "vague_due"])],
     None,
     notes="Sent Fri 2026-05-08. 马工 and 小崔 are not in the roster: resolved by surname to the Cc display names 马振华 / 崔小龙 (department null). 孙工 = 孙立强. 5月9日 is a 调休 working Saturday. 下周二 = 05-12. 2个工作日内: 05-09 (make-up Sat), 05-11 -> 05-11. '仓库那边' is not a person -> no_owner; 待定 -> vague_due.")

# ---------------- 2516 SOE style brewery ----------------
t = when("2026-12-29 15:30 +0800"); s = W("2026-12-29")
txt = """第二工厂年末安全检查专题会会议纪要

12月29日，于德海厂长主持召开年末安全检查专题会。现纪要如下：

（一）消防通道清理。包装车间成品暂存区占用消防通道问题限期整改。责任部门：包装车间；责任人：姜国栋；完成时限：12月31日。
（二）冬季防冻检查。对室外管线、消防水系统开展防冻专项检查。责任部门：设备科；完成时限：2027年1月8日。
（三）全员安全再培训。元旦后组织全员安全再培训并建立考试台账。责任部门：安全环保科（王秀梅）；完成时限：2027年一季度内。
（四）会议强调，节日期间严格执行领导带班和24小时值班制度。

厂部办公室
"""
case(2516, "brew-soe-numbered-responsibility", "minutes",
     "SOE-style 专题会纪要 with （一）（二）（三）, 责任部门/责任人/完成时限 in prose; department-only item (设备科); 一季度内 = quarter end; （四）会议强调 rule with '24小时' is not an item",
     build("outlook", ("厂部办公室", "office@laoquan-beer.example.cn"), [BB], [P("于德海"), P("姜国栋"), P("孙立强"), P("王秀梅")], "年末安全检查专题会会议纪要", t, txt, html_of(txt), cs="gb2312", slug="2516"),
     [it("姜国栋", "清理包装车间成品暂存区占用的消防通道", "2026-12-31", calc=W("2026-12-31")),
      it(None, "对室外管线、消防水系统开展防冻专项检查", "2027-01-08", flags=["no_owner"], dept="设备科", calc=W("2027-01-08")),
      it("王秀梅", "组织全员安全再培训并建立考试台账", "2027-03-31", calc=W("2027-03-31"))],
     None,
     notes="Sent Tue 2026-12-29. （二）names only 设备科 -> no_owner, department 设备科. （三） names 王秀梅 in brackets. '2027年一季度内' -> 2027-03-31 (quarter end, per dates-eval: Q/季度末 = last day). （四）is a rule. No next meeting.")

# ---------------- 2517 WeChat group paste on make-up Saturday ----------------
t = when("2025-10-11 09:05 +0800"); s = W("2025-10-11")
txt = """今早群里于厂定的几件事，原样贴过来入库：

于德海 08:12
@孙立强 3号发酵罐温控今天务必修好，下午要投料
孙立强 08:13
收到
于德海 08:15
@曲红 节前那批原麦汁的检测报告周一上午给我
曲红 08:20
好的于厂
于德海 08:21
@王秀梅 消防检查表你看着办，10月底前报集团
王秀梅 08:30
[OK]
姜国栋 08:41
包装线昨天已经恢复了，跟大家说一声

——刘建（酿造车间）
"""
case(2517, "brew-wechat-paste-makeup-saturday", "minutes",
     "WeChat group-chat paste (name + hh:mm lines, @mentions) forwarded on the 2025-10-11 make-up Saturday: 今天 = the Saturday, 周一上午 (half day), 10月底前; acknowledgements and a status report are not items",
     build("foxmail", P("刘建"), [BB], [P("于德海")], "群里定的事项", t, txt, None, cs="GBK", cte="8bit", slug="2517"),
     [it("孙立强", "3号发酵罐温控修好", "2025-10-11", calc=s),
      it("曲红", "节前那批原麦汁的检测报告", "2025-10-13", calc=this_or_next(s, 0)),
      it("王秀梅", "消防检查表报集团", "2025-10-31", calc=month_end(2025, 10))],
     None,
     notes="Sent Sat 2025-10-11, a 调休 working day (8bit GBK Foxmail). Items are the @-assignments; '收到/好的/[OK]' are acks; 姜国栋's line is a report. 今天 = 10-11. 周一上午 = 10-13 (next Monday; the week of 10-11 has passed its Monday), time null for a half day. 10月底前 = 10-31.")

# ---------------- 2518 wrapped lines, nested brackets ----------------
t = when("2026-06-29 16:50 +0800"); s = W("2026-06-29")
txt = """酿造/包装/质检 班组长周例会纪要（6.29）

1、刘班长：酵母扩培记录从纸质改电子化，表格模板找信息
   部要，7月3日前完成并开始试运行。
2、曲工负责质检两件事（（1）麦汁浊度复检，7月1日前；
   （2）出具复检报告（完成时间：（暂定）7月3日））。
3、姜主任：包装线贴标机换型调试，含新瓶型的标签位置确认，
   下周三下班前。
4、上周提的清酒罐取样阀漏点，刘班长已处理完。
"""
case(2518, "brew-wrapped-lines-nested-brackets", "minutes",
     "Foxmail GBK plain minutes with items wrapped over lines (deadline on the continuation line), one line holding two sub-items （1）（2） inside brackets, nested-bracket deadline '（完成时间：（暂定）7月3日）'; a done report",
     build("foxmail", P("曲红"), [BB], [P("刘建"), P("姜国栋"), P("于德海")], "班组长周例会纪要6.29", t, txt, None, cs="GBK", cte="base64", slug="2518"),
     [it("刘建", "酵母扩培记录从纸质改电子化并开始试运行", "2026-07-03", calc=W("2026-07-03")),
      it("曲红", "麦汁浊度复检", "2026-07-01", calc=W("2026-07-01")),
      it("曲红", "出具复检报告", "2026-07-03", calc=W("2026-07-03")),
      it("姜国栋", "包装线贴标机换型调试，含新瓶型的标签位置确认", "2026-07-08", calc=next_week(s, 2))],
     None,
     notes="Sent Mon 2026-06-29. Item 1 wraps mid-word (信息\\n部) and its date is on the continuation line. Item 2 holds two sub-tasks (（1）（2）) each with its own date -> two items owned by 曲工=曲红; '（暂定）7月3日' is a date with a tentative marker (kept, not vague). 下周三下班前 = 07-08, no time. Line 4 is a done report (已处理完).")

# ---------------- 2519 travel ordinary template table ----------------
t = when("2026-04-29 18:30 +0800"); s = W("2026-04-29")
rows = [["事项", "负责人", "完成时间", "备注"],
        ["琅勃拉邦6日游定价方案", "杨经理", "4月30日（节前）", "含小费标准"],
        ["确认Mekong Gate地接报价（含万荣段）", "段志勇", "5个工作日内", ""],
        ["泼水节返场宣传海报", "小罗", "5月8日", "两版"],
        ["清迈线路复盘", "杨经理", "已完成", ""]]
txt = ("会议纪要\n会议名称：5月线路产品会\n会议时间：2026年4月29日 15:00\n参会人员：杨舒、段志勇、罗佳、李桐\n\n会议内容：\n1. 老挝线6月起恢复双飞，万象进、琅勃拉邦出。\n2. 暑期亲子线暂不上新。\n\n待办事项：\n"
       + "\n".join("\t".join(r) for r in rows) + "\n\n下次产品会：5月11日（周一）上午9:30\n")
html = "<html><body><p>会议纪要<br>会议名称：5月线路产品会<br>会议时间：2026年4月29日 15:00<br>参会人员：杨舒、段志勇、罗佳、李桐</p><p>会议内容：<br>1. 老挝线6月起恢复双飞，万象进、琅勃拉邦出。<br>2. 暑期亲子线暂不上新。</p><p>待办事项：</p>" + table_html(rows) + "<p>下次产品会：5月11日（周一）上午9:30</p></body></html>"
case(2519, "travel-product-meeting-template-mayday", "minutes",
     "Ordinary 会议纪要 template (Outlook gb2312 HTML) before May Day 2026: 5个工作日内 ends on the 05-09 make-up Saturday; '4月30日（节前）'; 已完成 row; decisions in 会议内容",
     build("outlook", P("杨舒"), [TB], [P("段志勇"), P("罗佳"), P("李桐")], "5月线路产品会纪要", t, txt, html, cs="gb2312", slug="2519"),
     [it("杨舒", "琅勃拉邦6日游定价方案", "2026-04-30", calc=W("2026-04-30")),
      it("段志勇", "确认Mekong Gate地接报价（含万荣段）", "2026-05-09", calc=add_workdays(s, 5)),
      it("罗佳", "泼水节返场宣传海报", "2026-05-08", calc=W("2026-05-08"))],
     fu("2026-05-11", "09:30", calc=W("2026-05-11")),
     notes="Sent Wed 2026-04-29. May Day holiday 05-01..05-05, make-up Saturday 05-09. 5个工作日内: 04-30, 05-06, 05-07, 05-08, 05-09 -> 05-09. 杨经理=杨舒, 小罗=罗佳. 已完成 row is status. 会议内容 lines are decisions.")

# ---------------- 2520 Thai partner English, +0700 ----------------
t = when("2025-11-13 14:20 +0700"); s = W("2025-11-13")
txt = """Dear Khun Shu and Khun Zhiyong,

Thank you very much for join the call this morning krub. I am summary the points as below:

1) Chiang Mai - Chiang Rai 5D4N for Chinese New Year group: our side already hold 22 rooms at Le Meridien Chiang Rai.
2) Action: Somchai will sending the new hotel contract (with CNY surcharge) by 20 Nov.
3) Action: Khun Zhiyong kindly confirm the flight block KMG-CNX by next Monday, because airline need to know.
4) Both side please double check the visa-free policy update for the group, no rush.

Next call we propose Thursday 27 Nov 10.00 Bangkok time, same Zoom link.

Best regards,
Somchai Wongsawat
Siam Lanna Tours Co., Ltd.
"""
case(2520, "travel-thai-partner-english-bangkok-time", "minutes",
     "Thai partner's English call summary (Gmail, Date +0700): 'Action:' lines in Thai-style English (will sending / kindly confirm), 'by next Monday', 'Both side … no rush' (no owner, vague), next call in Bangkok time -> 11:00 Shanghai",
     build("gmail", ("Somchai Wongsawat", "somchai@siamlanna.example.co.th"), [("Yang Shu", "yangshu@caiyunxing.example.cn"), ("Duan Zhiyong", "duanzhiyong@caiyunxing.example.cn")], [TB], "Summary of call 13 Nov - CNY group Chiang Mai/Chiang Rai", t, txt, html_of(txt), cte="quoted-printable", slug="2520"),
     [it("Somchai Wongsawat", "send the new hotel contract (with CNY surcharge)", "2025-11-20", email="somchai@siamlanna.example.co.th", calc=W("2025-11-20")),
      it("段志勇", "confirm the flight block KMG-CNX", "2025-11-17", calc=next_week(s, 0)),
      it(None, "double check the visa-free policy update for the group", None, flags=["no_owner", "vague_due"])],
     fu("2025-11-27", "11:00", calc=W("2025-11-27")),
     notes="Date Thu 2025-11-13 14:20 +0700 = 15:20 Shanghai, same day. Line 1 is a status (already hold). 'Action:' lines are items; Khun Zhiyong = 段志勇 (alias). 'Both side' -> no_owner; 'no rush' -> vague_due (a careful human might record no_due; both defensible). Next call 10:00 Bangkok (UTC+7) = 11:00 Asia/Shanghai on 11-27.")

# ---------------- 2521 DingTalk AI minutes ----------------
t = when("2026-09-22 17:05 +0800"); s = W("2026-09-22")
txt = """【钉钉闪记】国庆团操作协调会
会议时间：2026-09-22 15:30 | 时长 42分钟 | 发言人 4

AI摘要
本次会议主要讨论国庆期间老挝团与西双版纳团的地接确认、宣传和签证名单核对。段志勇负责地接确认，李桐负责宣传素材，罗佳与老挝方核对名单。

发言记录
发言人1（杨舒） 00:01:10  国庆三个团，老挝两个，版纳一个，地接这周要全部落地。
发言人2（段志勇） 00:05:42  Mekong Gate那边我9月25号之前拿到确认函。
发言人3（李桐） 00:12:30  朋友圈素材我节前发，9月30号之前。
发言人4（罗佳） 00:20:05  名单我跟Khamla核一下。

待办事项
1. 段志勇：拿到Mekong Gate国庆团地接确认函（截止 9月25日）
2. 李桐：朋友圈推广素材发布（截止 9月30日）
3. 罗佳：与老挝方核对签证名单

以上内容由AI生成，仅供参考
"""
case(2521, "travel-dingtalk-ai-minutes", "minutes",
     "钉钉闪记 AI minutes (DingTalk mail, UTF-8 QP): AI摘要 and time-stamped 发言记录 repeat the tasks; only 待办事项 counts; '截止 9月25日' inside brackets; AI footer",
     build("dingtalk", P("杨舒"), [TB], [P("段志勇"), P("李桐"), P("罗佳")], "【钉钉闪记】国庆团操作协调会", t, txt, html_of(txt), cte="quoted-printable", slug="2521"),
     [it("段志勇", "拿到Mekong Gate国庆团地接确认函", "2026-09-25", calc=W("2026-09-25")),
      it("李桐", "朋友圈推广素材发布", "2026-09-30", calc=W("2026-09-30")),
      it("罗佳", "与老挝方核对签证名单", None, flags=["no_due"])],
     None,
     notes="Sent Tue 2026-09-22. Only the 待办事项 section counts (3 items); the AI摘要 and 发言记录 lines restate them and are not extra items. No next meeting.")

# ---------------- 2522 Excel TSV paste ----------------
t = when("2027-02-26 10:15 +0800"); s = W("2027-02-26")
txt = ("杨经理，周三会上过的线路事项表，我从Excel里直接复制的：\n\n"
       "线路\t事项\t负责人\t完成日期\t备注\n"
       "万象-万荣-琅勃拉邦\t更新行程单（加湄公河慢船）\t罗佳\t3/5\t\n"
       "万象-万荣-琅勃拉邦\t地接社报价\tMekong Gate\t3/10\t等Khamla回复\n"
       "清迈-清莱\t签证材料清单更新\t段志勇\t2027/3/8\t\n"
       "西双版纳\t春季研学线报价\t杨舒\t已完成\t\n"
       "\n桐桐\n")
case(2522, "travel-excel-tsv-paste", "minutes",
     "Excel range pasted as tab-separated text (Apple Mail plain): one row owned by an external agency name (no person), '已完成' in the date column, m/d and yyyy/m/d dates in 2027",
     build("apple", P("李桐"), [P("杨舒"), TB], [("Khamla Phommavong", "khamla@mekonggate.example.la")], "线路事项表（周三会）", t, txt, None, cte="quoted-printable", slug="2522"),
     [it("罗佳", "更新行程单（加湄公河慢船）", "2027-03-05", calc=W("2027-03-05")),
      it(None, "地接社报价", "2027-03-10", flags=["no_owner"], calc=W("2027-03-10")),
      it("段志勇", "签证材料清单更新", "2027-03-08", calc=W("2027-03-08"))],
     None,
     notes="Sent Fri 2027-02-26. TSV paste; the Mekong Gate row names a company -> no_owner (a scorer may accept Khamla Phommavong from the 备注 '等Khamla回复' and Cc, but the row owner is the agency). The 已完成 row is status. No holiday arithmetic (explicit dates).")

# ---------------- 2523 emoji bullets before Spring Festival ----------------
t = when("2026-02-12 18:45 +0800"); s = W("2026-02-12")
txt = """🧧 春节前最后一次碰头 · 小结

📌 待办
👉 桐桐：开工利是海报 + 公众号推文，节后第一个工作日发
👉 段哥：春节团游客回访，2/14（周六上班）打完电话
👉 小罗：老挝泼水节团 早鸟价 上架，2月底前
💡 想法：做一条泼水节专线（清迈+琅勃拉邦），节后再议

📅 开工后第一次例会：2月24日下午三点
祝大家新年快乐🎉
"""
case(2523, "travel-emoji-bullets-spring-festival", "minutes",
     "Emoji-bullet minutes in a WeCom/QQ-style HTML mail before Spring Festival 2026: 节后第一个工作日 (02-24), the 02-14 make-up Saturday, 2月底前; an idea (💡) is not an item; next meeting after 📅",
     build("qq", P("杨舒"), [TB], [P("李桐"), P("段志勇"), P("罗佳")], "春节前碰头小结", t, txt, html_of(txt), cs="utf-8", slug="2523"),
     [it("李桐", "开工利是海报 + 公众号推文", "2026-02-24", calc=first_workday_after(W("2026-02-23"))),
      it("段志勇", "春节团游客回访", "2026-02-14", calc=W("2026-02-14")),
      it("罗佳", "老挝泼水节团 早鸟价 上架", "2026-02-28", calc=month_end(2026, 2))],
     fu("2026-02-24", "15:00", calc=W("2026-02-24")),
     notes="Sent Thu 2026-02-12. Spring Festival holiday 02-15..02-23; 节后第一个工作日 = 02-24. 2/14 is a make-up Saturday. 2月底前 = 02-28 (also a make-up Saturday). 💡 idea line is not an item. 桐桐/段哥/小罗 are aliases.")

# ---------------- 2524 Japanese-style 担当/期限 ----------------
t = when("2025-10-14 13:20 +0800"); s = W("2025-10-14")
txt = """■会議メモ 10/14（火）老挝线 操作检讨会

■課題1 万荣段大巴车况投诉
  対応：更换车队，补偿每人100元
  担当：段志勇
  期限：10/17（金）

■課題2 琅勃拉邦酒店超订
  対応：与地接社共同出具说明函
  担当：Khamla（Mekong Gate）
  期限：10/20（月）

■課題3 投诉客人回访
  担当：罗佳
  期限：—

■次回：10/21（火）14:00～

以上
罗佳
"""
case(2524, "travel-japanese-style-tanto-kigen", "minutes",
     "Japanese-style meeting memo by a staffer trained in Japan (Thunderbird UTF-8): ■課題 / 対応 / 担当 / 期限 with (金)(月) weekdays, external owner resolved from Cc, '期限：—' (no date), '次回：10/21（火）14:00～'",
     build("thunderbird", P("罗佳"), [TB, P("杨舒")], [P("段志勇"), ("Khamla Phommavong", "khamla@mekonggate.example.la")], "会議メモ 10/14 老挝线操作检讨", t, txt, None, cte="8bit", slug="2524"),
     [it("段志勇", "万荣段大巴车况投诉：更换车队，补偿每人100元", "2025-10-17", calc=W("2025-10-17")),
      it("Khamla Phommavong", "琅勃拉邦酒店超订：与地接社共同出具说明函", "2025-10-20", email="khamla@mekonggate.example.la", calc=W("2025-10-20")),
      it("罗佳", "投诉客人回访", None, flags=["no_due"])],
     fu("2025-10-21", "14:00", calc=W("2025-10-21")),
     notes="Sent Tue 2025-10-14. 担当 = owner, 期限 = deadline, 金 = Friday, 月 = Monday, 火 = Tuesday. Khamla is resolved from the Cc display name Khamla Phommavong. '期限：—' = no date -> no_due. 次回 = next meeting 10-21 14:00.")

# ---------------- 2525 items buried in prose ----------------
t = when("2026-10-09 21:30 +0800"); s = W("2026-10-09")
txt = """各位：

今天下午的数值评审会开得有点散，我补一封邮件把事情说清楚。

上周Doris已经把兼容性报告发了，这块大家不用再跟。核心问题还是新赛季的养成曲线太陡，玩家第三天就卡住。所以我希望Rain在下周一之前把新版数值表给到MJ，MJ最晚下周三给一版实现评估，看哪些能在M4前改完。Tony那边说明天周六正好调休上班，把新赛季场景原画收个尾，我觉得可以，就明天吧。

运营这边Wendy提的限时礼包方案先不做，等数值稳定再说。

浩然
"""
case(2525, "game-items-in-prose-makeup-saturday", "minutes",
     "Producer's prose follow-up mail (Outlook UTF-8) with items buried in paragraphs: 下周一之前, 最晚下周三, '明天周六正好调休上班…就明天吧' (10-10 make-up Saturday); a done report and a shelved proposal are not items",
     build("outlook", P("周浩然"), [GB, P("林小雨"), P("贺明杰"), P("唐毅")], [P("杜晓晓"), P("谢婉")], "数值评审会补充", t, txt, html_of(txt), cte="quoted-printable", slug="2525"),
     [it("林小雨", "新版数值表给到MJ", "2026-10-12", calc=next_week(s, 0)),
      it("贺明杰", "实现评估", "2026-10-14", calc=next_week(s, 2)),
      it("唐毅", "新赛季场景原画收尾", "2026-10-10", calc=W("2026-10-10"))],
     None,
     notes="Sent Fri 2026-10-09 (first working day after National Day). Items are inside prose. 下周一 = 10-12; 下周三 = 10-14; 明天 = Sat 10-10, a 调休 working day. 'Doris已经把兼容性报告发了' is a report; Wendy's 礼包方案 '先不做' is a decision.")

# ---------------- 2526 Korean-influenced English from vendor ----------------
t = when("2025-07-10 17:25 +0900"); s = W("2025-07-10")
txt = """Dear 孙工, 于厂장님,

Thank you for your kind cooperation at today meeting. I summarize meeting result as below.

1. Gearbox of mash filter agitator: we will send the spare parts list until 7/15 (Tue).
   - Person in charge: Park Jiho (Hanil Engineering)
2. Shutdown window for the replacement: 孙工 side please prepare until this Friday.
3. Vibration data of last 3 months: Qingdao plant will share to us. Date is not fixed yet.

Next meeting will be held on 7/22 (Tue) 10:00 KST by Teams.

Best regards,
Park Jiho / 朴智浩
Hanil Engineering Co., Ltd.
"""
case(2526, "brew-korean-vendor-english-kst", "minutes",
     "Korean equipment vendor's English minutes (Date +0900; '于厂장님' honorific): 'until 7/15' = by, 'Person in charge:' on the next line, 'prepare until this Friday', plant-as-owner with no date, next meeting in KST",
     build("outlook", ("Park Jiho", "jiho.park@hanil-eng.example.co.kr"), [P("孙立强"), P("于德海")], [BB], "Meeting result - mash filter gearbox replacement", t, txt, html_of(txt), slug="2526"),
     [it("Park Jiho", "send the spare parts list", "2025-07-15", email="jiho.park@hanil-eng.example.co.kr", calc=W("2025-07-15")),
      it("孙立强", "prepare the shutdown window for the replacement", "2025-07-11", calc=this_or_next(s, 4)),
      it(None, "share vibration data of last 3 months", None, flags=["no_owner", "vague_due"])],
     fu("2025-07-22", "09:00", calc=W("2025-07-22")),
     notes="Date Thu 2025-07-10 17:25 +0900 = 16:25 Shanghai, same day. Korean-English 'until' = by. Item 1's owner is on the next line ('Person in charge: Park Jiho', the From person). 'this Friday' = 07-11. 'Qingdao plant' is not a person -> no_owner; 'Date is not fixed yet' -> vague_due (no_due also defensible). Next meeting 10:00 KST (UTC+9) = 09:00 Asia/Shanghai on 07-22.")

# ---------------- 2527 Notion table export PE ----------------
t = when("2026-08-20 19:40 +0800"); s = W("2026-08-20")
txt = """Weekly portfolio sync — 2026/08/20

| # | Item | Owner | Due | Status |
|---|------|-------|-----|--------|
| 1 | LP quarterly letter draft | Mandy | 8/31 | In progress |
| 2 | Co-invest term sheet review | Steven | Next Wed | Not started |
| 3 | Data room access for ESG advisor | Leo | 8/18 | Done |
| 4 | Site visit Suzhou plant | Angie (Leo 配合) | TBD | Not started |

Notes
- Fund II 的 capital call 通知已于 8/15 发出。

Exported from Notion
"""
case(2527, "pe-notion-pipe-table", "minutes",
     "Notion export with a Markdown pipe table (Gmail UTF-8 plain+HTML): Status column with a Done row, 'Next Wed', 'Angie (Leo 配合)', TBD; a Notes fact",
     build("gmail", ("Angie Gu", "guanqi@hulingcap.example.com"), [PB], [("Mandy Qian", "qianman@hulingcap.example.com"), ("Steven Fang", "fangsizhe@hulingcap.example.com"), ("Leo Lu", "luxiao@hulingcap.example.com")], "Weekly portfolio sync 8/20", t, txt, html_of(txt), slug="2527"),
     [it("钱蔓", "LP quarterly letter draft", "2026-08-31", calc=W("2026-08-31")),
      it("方思哲", "Co-invest term sheet review", "2026-08-26", calc=next_week(s, 2)),
      it("顾安琪", "Site visit Suzhou plant", None, flags=["vague_due"])],
     None,
     notes="Sent Thu 2026-08-20. Row 3 Done -> not an item. 'Next Wed' = Wednesday of the following week, 08-26. 'Angie (Leo 配合)' -> owner Angie (顾安琪). TBD -> vague_due. The Notes line is a fact.")

# ---------------- 2528 ACTION ITEM (name) milestone ----------------
t = when("2026-03-16 18:20 +0800"); s = W("2026-03-16")
txt = """M2 验收复盘

背景：发行方对 M2 包体大小和首日留存有意见，详见附件截图。

ACTION ITEM (Howard): 给发行方回 M2 验收邮件，说明包体优化计划 —— by 3/20
ACTION ITEM (Doris): 性能基线报告（中端机三款），EOD Friday
ACTION ITEM (美术组): 宣传CG分镜初稿，下周五
ACTION ITEM (MJ): 首包资源拆分方案，3/18 前在群里过一遍

包体目标：首包 ≤ 1.2GB（已定，不再讨论）
"""
case(2528, "game-action-item-parenthesised", "minutes",
     "'ACTION ITEM (Name): task —— due' lines (Outlook gb18030 base64): by 3/20, EOD Friday, team owner 美术组 + 下周五, '3/18 前'; a 已定 target is a decision",
     build("outlook", P("林小雨"), [GB], [P("周浩然"), P("杜晓晓"), P("唐毅"), P("贺明杰")], "M2 验收复盘", t, txt, html_of(txt), cs="gb18030", slug="2528"),
     [it("周浩然", "给发行方回 M2 验收邮件，说明包体优化计划", "2026-03-20", calc=W("2026-03-20")),
      it("杜晓晓", "性能基线报告（中端机三款）", "2026-03-20", calc=this_or_next(s, 4)),
      it(None, "宣传CG分镜初稿", "2026-03-27", flags=["no_owner"], dept="美术组", calc=next_week(s, 4)),
      it("贺明杰", "首包资源拆分方案在群里过一遍", "2026-03-18", calc=W("2026-03-18"))],
     None,
     notes="Sent Mon 2026-03-16. 'EOD Friday' = 03-20, no time. 美术组 is a department -> no_owner, department 美术组. 下周五 = 03-27. The 包体目标 line is a decision. Reference to an attachment that is not present is harmless.")

# ---------------- 2529 sloppy numbering over New Year ----------------
t = when("2025-12-31 11:05 +0800"); s = W("2025-12-31")
txt = """早会几件事
1.小罗 元旦团行程单今天发完给客人
2 段哥3个工作日内跟长水机场确认包机时刻
3、Tina 1月4号(周日上班)出春节线路海报
元旦后4号下午大家再碰一下
"""
case(2529, "travel-sloppy-numbering-new-year", "minutes",
     "Sloppy short minutes (iPhone Mail, 8bit UTF-8) on New Year's Eve 2025: mixed 1./2/3、 numbering, 今天, 3个工作日内 over the 2026 New Year holiday and the 01-04 make-up Sunday; next meeting '4号下午' (half day)",
     build("iphone", P("杨舒"), [TB], [P("罗佳"), P("段志勇"), P("李桐")], "早会", t, txt, None, cte="8bit", slug="2529"),
     [it("罗佳", "元旦团行程单发完给客人", "2025-12-31", calc=s),
      it("段志勇", "跟长水机场确认包机时刻", "2026-01-06", calc=add_workdays(s, 3)),
      it("李桐", "出春节线路海报", "2026-01-04", calc=W("2026-01-04"))],
     fu("2026-01-04", None, calc=W("2026-01-04")),
     notes="Sent Wed 2025-12-31. 2026 New Year holiday 01-01..01-03, make-up Sunday 01-04. 3个工作日内: 01-04, 01-05, 01-06 -> 01-06. '1月4号' in the next year (clearly future). Next meeting '元旦后4号下午' -> 2026-01-04, time null (half day).")

# ---------------- 2530 docx attachment minutes ----------------
t = when("2026-11-20 16:10 +0800"); s = W("2026-11-20")
paras = ["第二工厂设备科月度检修会议纪要", "时间：2026年11月20日", "一、待办事项",
         "1. 孙立强：冬季停产检修计划编制，11月27日前报厂部。",
         "2. 刘建：酿造车间过滤机滤布更换，下周三前完成。",
         "3. 曲红：检修后首批酒液微生物加检，检修结束后3个工作日内。",
         "二、下次会议：12月18日（周五）上午9:00"]
txt = "于厂：\n\n本月检修会议纪要见附件，请审阅。\n\n孙立强\n设备科\n"
case(2530, "brew-docx-attachment-minutes", "minutes",
     "Minutes only in a .docx attachment (raw-XML zip) under a two-line cover note (Outlook gb2312): 11月27日前, 下周三前, a conditional '检修结束后3个工作日内' (no fixed date); next meeting inside the attachment",
     build("outlook", P("孙立强"), [P("于德海"), BB], [P("刘建"), P("曲红")], "设备科11月检修会议纪要", t, txt, html_of(txt), cs="gb2312",
           attach=("设备科11月检修会议纪要.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(paras)), slug="2530"),
     [it("孙立强", "冬季停产检修计划编制，报厂部", "2026-11-27", calc=W("2026-11-27")),
      it("刘建", "酿造车间过滤机滤布更换", "2026-11-25", calc=next_week(s, 2)),
      it("曲红", "检修后首批酒液微生物加检", None, flags=["vague_due"])],
     fu("2026-12-18", "09:00", calc=W("2026-12-18")),
     notes="Sent Fri 2026-11-20. The minutes are in the .docx (word/document.xml); the body is a cover note. 下周三 = 11-25. Item 3's deadline depends on when maintenance ends (unknown) -> due null, vague_due (no_due defensible). Attachment filename is non-ASCII in a quoted name param (as some clients do). If a bot ignores attachments, it will see no items.")

# ====================== non-minutes ======================
t = when("2025-09-26 09:31 +0800")
txt = """收到，1、3 我这边没问题👍

---- 回复的原邮件 ----
| 发件人 | 纪要机器人<minutes@chiyan.example.cn> |
| 日期 | 2025年09月25日 18:12 |
| 主题 | 【待办确认】《山海行》周会纪要 0925 |

1. 新手引导第二版策划案 —— 林小雨 —— 2025-09-28
3. 战斗服压测报告 —— 贺明杰 —— 2025-09-29
回复 确认 / 有异议 / 已完成 / 进度80% / 延期至… 即可更新状态
"""
case(2531, "reply-confirm-items-mailmaster", "reply",
     "Reply from NetEase Mail Master confirming items 1 and 3 with an emoji; quoted recap lists dates and every command word",
     build("mailmaster", P("林小雨"), [GB], [], "Re: 【待办确认】《山海行》周会纪要 0925", t, txt, None, cs="utf-8", irt="<recap-2501@chiyan.example.cn>", slug="2531"),
     [], None, rep("confirm", [1, 3]),
     notes="Reply; '1、3 我这边没问题' = confirm items 1 and 3 (as numbered in the recap). The quoted recap has command words (已完成, 延期至…) that must not be read.")

t = when("2025-06-11 15:02 +0800")
txt = """第2项 CO2报警器校验，厂家说下周三才能派人来，申请延期至6月20日（周五）。

孙立强

发件人：纪要助手
发送时间：2025-06-09 11:25
收件人：孙立强
主题：【待办】6月第2周安全生产例会纪要

1. 2号灌装线东侧护栏紧固 —— 孙立强 —— 2025-06-11
2. 糖化间CO2报警器校验 —— 王秀梅 —— 2025-06-13
"""
case(2532, "reply-extend-foxmail-gbk", "reply",
     "Foxmail GBK reply asking '申请延期至6月20日（周五）' for item 2 with a reason containing another date (下周三)",
     build("foxmail", P("孙立强"), [BB], [P("王秀梅")], "回复: 【待办】6月第2周安全生产例会纪要", t, txt, None, cs="GBK", irt="<recap-2514@laoquan-beer.example.cn>", slug="2532"),
     [], None, rep("extend", [2], new_due="2025-06-20", calc=W("2025-06-20")),
     notes="Reply Wed 2025-06-11; extend item 2 to 2025-06-20. '下周三才能派人来' is the reason, not the new date. (The item belongs to 王秀梅; 孙工 writes on her behalf — the intent is still extend.)")

t = when("2025-11-18 10:40 +0700")
txt = """Dear Khun Shu,

Update for item 1: hotel contract now around 70% finish, only the CNY surcharge page still waiting hotel GM sign. Will send complete one on Thursday krub.

Somchai

On Thu, Nov 13, 2025 at 3:25 PM minutes <minutes@caiyunxing.example.cn> wrote:
> Action items recorded:
> 1. send the new hotel contract (with CNY surcharge) - Somchai Wongsawat - 2025-11-20
> 2. confirm the flight block KMG-CNX - 段志勇 - 2025-11-17
> Reply "done", "progress 80%" or "extend to <date>" to update.
"""
case(2533, "reply-progress-thai-english", "reply",
     "Thai partner's English Gmail reply 'Update for item 1: … around 70% finish' (+0700) over a '>' quote of the recap",
     build("gmail", ("Somchai Wongsawat", "somchai@siamlanna.example.co.th"), [TB], [("Yang Shu", "yangshu@caiyunxing.example.cn")], "Re: Summary of call 13 Nov - CNY group Chiang Mai/Chiang Rai", t, txt, None, cte="quoted-printable", irt="<recap-2520@caiyunxing.example.cn>", slug="2533"),
     [], None, rep("progress", [1], percent=70),
     notes="Progress 70% on item 1. 'on Thursday' is an expected finish, not an extension request. Quoted recap contains 'done'/'extend'.")

t = when("2025-11-14 08:02 +0800")
txt = "#1 done，缺口清单已发群里\n\n发自我的iPhone\n\n> 在 2025年11月11日，21:07，IC Minutes Bot <ic-minutes@hulingcap.example.com> 写道：\n>\n> 1. financial DD 缺口清单补齐 — 陆骁 — 2025-11-14\n> 2. 约 mgmt call（CEO+CTO）— 顾安琪 — 2025-11-18\n"
case(2534, "reply-done-iphone-terse", "reply",
     "iPhone reply '#1 done，…' in mixed zh/en under a '在…写道：' quote",
     build("iphone", P("陆骁"), [PB], [P("沈钧")], "Re: IC 11/11 Nebula", t, txt, None, cte="quoted-printable", irt="<recap-2508@hulingcap.example.com>", slug="2534"),
     [], None, rep("done", [1]),
     notes="Done item 1.")

t = when("2026-09-23 09:00 +0800")
txt = """您好，我正在休年假（9月23日-9月30日），期间邮件不能及时回复。
国庆团紧急事务请联系段志勇 13800000000；10月8日返岗后第一时间处理。
"""
case(2535, "auto-ooo-dingtalk", "auto",
     "Out-of-office auto reply (Auto-Submitted: auto-replied, X-Autoreply) to a recap, with dates and a named colleague in the body",
     build("dingtalk", P("李桐"), [TB], [], "自动回复：【待办确认】国庆团操作协调会", t, txt, None, cs="utf-8", irt="<recap-2521@caiyunxing.example.cn>",
           extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"], slug="2535"),
     [], None, None, notes="Auto-reply; body dates are not items or replies.")

t = when("2026-09-25 10:00 +0800")
txt = """各部门、各车间：

根据国务院办公厅通知精神，结合生产实际，现将2026年国庆节、中秋节放假安排通知如下：
一、放假时间：10月1日至7日放假调休，共7天。9月20日（星期日）、10月10日（星期六）上班。
二、各车间负责人于9月29日前将值班表报厂部办公室。
三、节日期间严格执行领导带班和24小时值班制度。

厂部办公室
2026年9月25日
"""
case(2536, "other-holiday-notice", "other",
     "Plant-wide holiday notice (通知, not minutes) sent to an all-staff list with the bot on it: contains 一、二、三 with a 9月29日前 duty-roster requirement -> kind other, no items",
     build("outlook", ("厂部办公室", "office@laoquan-beer.example.cn"), [("全厂员工", "all@laoquan-beer.example.cn")], [BB], "关于2026年国庆节、中秋节放假安排的通知", t, txt, html_of(txt), cs="gb2312", slug="2536"),
     [], None, None, notes="An administrative notice, not meeting minutes: kind other, no items, no follow-up. A bot that files it as minutes would create a no_owner item '值班表报厂部办公室' due 2026-09-29.")

t = when("2026-01-08 09:15 +0800")
txt = """Dear Steven,

Thank you for your call yesterday. As discussed, please find attached our engagement letter for Project Lumina. Could you kindly countersign and return a scanned copy by Friday, 16 January?

Our fee estimate assumes signing by end-January; we will let you know promptly if that changes.

Kind regards,
Eleanor
"""
case(2537, "other-lawyer-engagement-letter", "other",
     "A lawyer's person-to-person mail (engagement letter request, 'by Friday, 16 January') with the bot in Cc: kind other, no items",
     build("outlook", ("Eleanor Hsu", "eleanor.hsu@jinheng-law.example.com"), [("Steven Fang", "fangsizhe@hulingcap.example.com")], [PB], "Project Lumina - engagement letter", t, txt, html_of(txt), slug="2537"),
     [], None, None, notes="Request in a one-to-one mail, not minutes: kind other.")

t = when("2026-06-29 16:51 +0800")
dsn_text = """This is the mail system at host mx.laoquan-beer.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jiangguodong@laoquan-beer.example.cn>: host mailstore.laoquan-beer.example.cn[10.2.3.4]
    said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)
"""
status = "Reporting-MTA: dns; mx.laoquan-beer.example.cn\r\nArrival-Date: Mon, 29 Jun 2026 16:51:02 +0800\r\n\r\nFinal-Recipient: rfc822; jiangguodong@laoquan-beer.example.cn\r\nAction: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n"
orig = "Content-Type: text/rfc822-headers\r\n\r\nFrom: =?utf-8?B?57qq6KaB5Yqp5omL?= <jiyao@laoquan-beer.example.cn>\r\nTo: jiangguodong@laoquan-beer.example.cn\r\nSubject: =?utf-8?B?44CQ5b6F5Yqe44CR54+t57uE6ZW/5ZGo5L6L5Lya57qq6KaBNi4yOQ==?=\r\nDate: Mon, 29 Jun 2026 16:51:00 +0800\r\n"
body = ("Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"DSN.2026062916510\"\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n--DSN.2026062916510\r\n" + leaf("text/plain", dsn_text, "us-ascii", "7bit")
        + "\r\n--DSN.2026062916510\r\nContent-Type: message/delivery-status\r\n\r\n" + status + "\r\n--DSN.2026062916510\r\n" + orig + "\r\n--DSN.2026062916510--\r\n")
raw = ("Return-Path: <>\r\nDate: Mon, 29 Jun 2026 16:51:03 +0800\r\nFrom: MAILER-DAEMON@mx.laoquan-beer.example.cn (Mail Delivery System)\r\nTo: jiyao@laoquan-beer.example.cn\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-Id: <20260629085103.4F1A2@mx.laoquan-beer.example.cn>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n" + body)
case(2538, "auto-dsn-mailbox-full", "auto",
     "Postfix DSN (multipart/report, Return-Path <>, MAILER-DAEMON) bouncing the bot's recap of 2518 to a full mailbox",
     raw, [], None, None, notes="Bounce of the bot's own recap: kind auto, no items.")
