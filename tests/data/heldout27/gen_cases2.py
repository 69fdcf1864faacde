# -*- coding: utf-8 -*-
from gen_cases1 import *

# ---------------------------------------------------------------- 5408 formal 纪要 一是二是三是, before Qingming 2025
t = T(2025, 4, 3, 17, 30); sd = t.date()
txt = """关于春季传染病防控专项整治工作推进会的会议纪要

4月3日上午，市卫生健康委在第三会议室召开春季传染病防控专项整治工作推进会。委疾病预防控制处、医政医管处、综合监督处和市疾控中心有关同志参加会议。会议听取了前期专项整治工作进展情况汇报，研究部署了下一阶段工作。现纪要如下：

会议认为，前期专项整治工作总体有序推进，各区县已完成第一轮自查。

会议明确：一是由疾病预防控制处牵头，会同市疾控中心，于4月10日前完成全市二级以上医疗机构发热门诊督导检查方案（责任单位：疾病预防控制处、市疾控中心；完成时限：4月10日前）。二是医政医管处负责督促各医疗机构落实预检分诊制度，清明节后第一个工作日报送落实情况（责任单位：医政医管处）。三是请蒲晓琳副处长牵头起草专项整治工作简报，3个工作日内报邓光明处长审核。四是各处室要严格落实清明节假期值班值守制度，遇有突发情况及时报告。

会议要求，各责任单位要提高政治站位，压紧压实责任，确保专项整治取得实效。

出席：邓光明、蒲晓琳、曾若愚、母红梅、谭卫东、杨凯文（记录）

成都市卫生健康委员会疾病预防控制处
2025年4月3日
"""
html = html_from_text(txt, "仿宋_GB2312")
eml, MIDS[5408] = mk("coremail", P("杨凯文"), [P("邓光明"), P("蒲晓琳"), P("曾若愚"), P("母红梅"), P("谭卫东")], [BG],
                     "关于春季传染病防控专项整治工作推进会的会议纪要", t, txt, html, cs="GBK", cte="base64", seed="5408")
add(5408, "gov-formal-yishi-ershi-qingming", "minutes", eml,
    "Coremail GBK formal 纪要 with 一是…二是…三是…四是 in one paragraph, (责任单位/完成时限) brackets, dept-only owners, 清明节后第一个工作日 and 3个工作日内 across Qingming 2025",
    [I(None, "完成全市二级以上医疗机构发热门诊督导检查方案", "2025-04-10", flags=["no_owner"], dept="疾病预防控制处", calc=lambda sd=sd: D(2025, 4, 10)),
     I(None, "督促各医疗机构落实预检分诊制度并报送落实情况", "2025-04-07", flags=["no_owner"], dept="医政医管处", calc=lambda sd=sd: first_wd_after(sd)),
     I("蒲晓琳", "起草专项整治工作简报报邓光明处长审核", "2025-04-09", calc=lambda sd=sd: add_wd(sd, 3))],
    None, None,
    "Sent Thu 2025-04-03 17:30; Qingming 2025 = 04-04..04-06. 一是: 牵头 is a department (疾病预防控制处, with 市疾控中心) -> owner null, no_owner, department 疾病预防控制处, 4月10日前. "
    "二是: 医政医管处 -> no_owner, 清明节后第一个工作日 -> 04-07. 三是: 蒲晓琳副处长 -> 蒲晓琳, 3个工作日内 -> 04-07, 04-08, 04-09 -> 04-09. "
    "四是 is a standing duty rule (值班值守), and 会议认为/会议要求 are not items. 邓光明 is the reviewer, not the owner.")

# ---------------------------------------------------------------- 5409 工作提示单 table before Mid-Autumn/National Day 2026
t = T(2026, 9, 24, 15, 0); sd = t.date()
rows = [["序号", "工作任务", "牵头处室", "责任科室/责任人", "时间节点"],
        ["1", "完成中秋国庆期间食源性疾病监测值班安排", "疾病预防控制处", "杨凯文", "9月24日下班前"],
        ["2", "汇总节前督导检查问题清单", "疾病预防控制处", "市疾控中心 谭卫东", "9月30日前"],
        ["3", "医疗机构肠道门诊开诊情况抽查", "医政医管处", "曾若愚", "国庆节后第一个工作日"],
        ["4", "专项整治阶段性总结", "疾病预防控制处", "蒲晓琳（主责）\n杨凯文（配合）", "10月16日前"],
        ["5", "学校传染病防控联合督导", "综合监督处", "（待定）", "10月中旬"]]
intro = "工作提示单\n〔2026〕第17号\n\n根据9月24日处务会研究，现将节日期间及节后重点工作提示如下，请各责任科室按时间节点落实：\n\n"
tail = "\n下一次调度：10月9日（周五）下午3:00，地点：委机关三楼会议室。\n\n疾病预防控制处\n2026年9月24日\n"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body style=\"font-family:仿宋\">"
        + esc(intro).replace("\n", "<br>\n") + html_table(rows) + esc(tail).replace("\n", "<br>\n") + "</body></html>\n")
eml, MIDS[5409] = mk("coremail", P("蒲晓琳"), [P("杨凯文"), P("谭卫东"), P("曾若愚"), P("母红梅")], [P("邓光明"), BG],
                     "工作提示单〔2026〕第17号：中秋国庆期间及节后重点工作", t, intro + text_table(rows) + "\n" + tail, html,
                     cs="GBK", cte="base64", seed="5409")
add(5409, "gov-work-reminder-sheet-table-mid-autumn", "minutes", eml,
    "Coremail 工作提示单 table 牵头处室|责任科室/责任人|时间节点 on 2026-09-24 (eve of Mid-Autumn): 主责/配合 in one cell, 国庆节后第一个工作日, 待定 owner + 10月中旬",
    [I("杨凯文", "完成中秋国庆期间食源性疾病监测值班安排", "2026-09-24", calc=lambda sd=sd: sd),
     I("谭卫东", "汇总节前督导检查问题清单", "2026-09-30", calc=lambda sd=sd: D(2026, 9, 30)),
     I("曾若愚", "医疗机构肠道门诊开诊情况抽查", "2026-10-08", calc=lambda sd=sd: first_wd_after(D(2026, 10, 1))),
     I("蒲晓琳", "专项整治阶段性总结", "2026-10-16", calc=lambda sd=sd: D(2026, 10, 16)),
     I(None, "学校传染病防控联合督导", None, flags=["no_owner", "vague_due"], dept="综合监督处")],
    FU("2026-10-09", "15:00", calc=lambda sd=sd: D(2026, 10, 9)),
    None,
    "Sent Thu 2026-09-24 15:00. Mid-Autumn 2026 = 09-25..09-27, National Day = 10-01..10-07 (make-up 09-20 Sun, 10-10 Sat). 9月24日下班前 = today, no time. "
    "Owner is the 责任科室/责任人 cell, not the 牵头处室: 市疾控中心 谭卫东 -> 谭卫东 (roster, other domain). 国庆节后第一个工作日 -> 10-08. "
    "Row 4: 蒲晓琳（主责）/杨凯文（配合） -> owner 蒲晓琳 only. Row 5: （待定） person, 10月中旬 -> no_owner + vague_due, department 综合监督处. Next: 10月9日（周五）下午3:00.")

# ---------------------------------------------------------------- 5410 督导检查 纪要 （一）（二） with ①② in one paragraph
t = T(2026, 3, 6, 16, 45); sd = t.date()
txt = """督导检查工作专题会议纪要

3月6日下午，邓光明处长主持召开督导检查工作专题会议，母红梅、蒲晓琳、熊莉参加。纪要如下：

（一）关于督导发现问题整改。由母红梅处长牵头：①3月20日前完成对5家问题医疗机构的复查；②2026年底前建立督导问题整改台账长效机制。
（二）关于疫苗接种门诊规范化建设。由邓光明处长负责，下周三前将建设标准报委领导审定。
（三）关于经费保障。会议认为，督导检查工作经费从专项整治经费中列支，不再另行申请。

办公室　熊莉（记录）
"""
eml, MIDS[5410] = mk("coremail", P("熊莉"), [P("邓光明"), P("母红梅"), P("蒲晓琳")], [BG], "督导检查工作专题会议纪要", t, txt,
                     html_from_text(txt, "仿宋"), cs="GBK", cte="base64", seed="5410")
add(5410, "gov-supervision-numbered-paren-sub-items", "minutes", eml,
    "Coremail （一）（二）（三） sections: ①② sub-tasks of one 牵头 person in one paragraph (two items), 2026年底前, 下周三前, a 会议认为 decision",
    [I("母红梅", "完成对5家问题医疗机构的复查", "2026-03-20", calc=lambda sd=sd: D(2026, 3, 20)),
     I("母红梅", "建立督导问题整改台账长效机制", "2026-12-31", calc=lambda sd=sd: D(2026, 12, 31)),
     I("邓光明", "将疫苗接种门诊规范化建设标准报委领导审定", "2026-03-11", calc=lambda sd=sd: next_week(sd, 2))],
    None, None,
    "Sent Fri 2026-03-06. （一） has two sub-tasks ①② both owned by 母红梅处长 -> two items (3月20日前 -> 03-20; 2026年底前 -> 12-31). "
    "（二） 邓光明处长, 下周三前 -> 2026-03-11. （三） is a decision (会议认为). No next meeting.")

# ---------------------------------------------------------------- 5411 Tencent Meeting AI minutes forwarded
t = T(2025, 6, 3, 10, 12); sd = t.date()
txt = """各位领导、同事：
5月30日视频调度会的腾讯会议智能纪要转发如下，请按待办事项落实。

杨凯文

---------- 转发的邮件 ----------
发件人：腾讯会议 <notice@meeting.example.tencent.com>
日期：2025年5月30日 周五 16:41
主题：【智能纪要】登革热防控视频调度会

会议主题：登革热防控视频调度会
会议时间：2025/05/30 15:00-16:20
参会人：邓光明、蒲晓琳、谭卫东、杨凯文 等12人

摘要
本次会议通报了5月蚊媒监测情况，布雷图指数在两个区县超标。会议决定6月起监测频次由每两周一次调整为每周一次，各区县于汛期前完成孳生地清理。

章节速览
00:02:15 监测数据通报
谭卫东：我们争取周五前把报告弄出来，数据还差两个区县。
00:15:32 孳生地清理
邓光明：下周要把各区县自查表收齐，小杨你盯一下。
00:41:08 哨点医院
蒲晓琳：哨点医院名单我跟医政那边再确认。

待办事项
- 谭卫东：6月6日前提交5月登革热媒介监测数据分析报告
- 杨凯文：汇总各区县蚊媒孳生地清理自查表（6月10日前）
- 蒲晓琳：尽快协调医政医管处确认哨点医院名单

以上内容由AI生成，仅供参考
"""
eml, MIDS[5411] = mk("coremail", P("杨凯文"), [P("邓光明"), P("蒲晓琳"), P("谭卫东")], [BG], "转发：【智能纪要】登革热防控视频调度会", t, txt,
                     cs="utf-8", cte="base64", seed="5411")
add(5411, "gov-tencent-ai-minutes-forwarded", "minutes", eml,
    "Forwarded 腾讯会议 智能纪要: summary, time-stamped chapter quotes with promises ('周五前', '下周') and an AI footer; only the 待办事项 section counts",
    [I("谭卫东", "提交5月登革热媒介监测数据分析报告", "2025-06-06", calc=lambda sd=sd: D(2025, 6, 6)),
     I("杨凯文", "汇总各区县蚊媒孳生地清理自查表", "2025-06-10", calc=lambda sd=sd: D(2025, 6, 10)),
     I("蒲晓琳", "协调医政医管处确认哨点医院名单", None, flags=["vague_due"])],
    None, None,
    "Forward sent Tue 2025-06-03 (first working day after Dragon Boat 05-31..06-02). Only the 待办事项 list gives items. Chapter quotes (谭卫东 '周五前', 邓光明 '下周…小杨你盯一下') "
    "restate the same work as speech and are not separate items; the 摘要 decision (监测频次调整, 汛期前完成清理 by 各区县) is not an item. 尽快 -> vague_due.")

# ---------------------------------------------------------------- 5412 reply: object to item 3 of 5409
t = T(2026, 9, 24, 17, 5); sd = t.date()
recap_mid = "<mb.5409.recap.7f3a@cdwjw.example.gov.cn>"
txt = """对第3项有异议：肠道门诊开诊情况抽查属于卫生监督执法范畴，建议由综合监督处牵头，我处配合提供医疗机构名单。请蒲处协调。

曾若愚
医政医管处


-----原始邮件-----
发件人："会议纪要督办助手" <dubanbot@cdwjw.example.gov.cn>
发送时间：2026-09-24 15:02:11 (星期四)
收件人: 蒲晓琳 <puxiaolin@cdwjw.example.gov.cn>, 曾若愚 <zengruoyu@cdwjw.example.gov.cn>
主题: [纪要确认] 工作提示单〔2026〕第17号：中秋国庆期间及节后重点工作

序号 | 事项 | 负责人 | 截止时间
1 | 完成中秋国庆期间食源性疾病监测值班安排 | 杨凯文 | 2026-09-24 18:00
2 | 汇总节前督导检查问题清单 | 谭卫东 | 2026-09-30 18:00
3 | 医疗机构肠道门诊开诊情况抽查 | 曾若愚 | 2026-10-08 18:00
4 | 专项整治阶段性总结 | 蒲晓琳 | 2026-10-16 18:00
5 | 学校传染病防控联合督导 | （无负责人） | 待定
如有异议请于今日18:00前回复。回复“确认”“有异议+原因”“已完成”“进度80%”“延期至10月20日”。
"""
eml, MIDS[5412] = mk("coremail", P("曾若愚"), [("会议纪要督办助手", "dubanbot+r5409x@cdwjw.example.gov.cn")], [P("蒲晓琳")],
                     "Re:[纪要确认] 工作提示单〔2026〕第17号：中秋国庆期间及节后重点工作", t, txt, cs="GBK", cte="base64",
                     irt=recap_mid, refs=[MIDS[5409], recap_mid], seed="5412")
add(5412, "gov-reply-object-item3-coremail", "reply", eml,
    "Coremail 'Re:' objection to 第3项 with a reason naming another department; the quoted recap lists every command word",
    reply=REP("object", [3]),
    notes="Reply to the recap of 5409 (sent Thu 2026-09-24 17:05, before the 18:00 cut-off). '对第3项有异议' + reason -> object, items [3]. "
          "The quote under '-----原始邮件-----' holds the recap table and the command list (确认/已完成/进度80%/延期至10月20日), none of which is the reply.")
