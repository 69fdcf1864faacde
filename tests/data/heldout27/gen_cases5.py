# -*- coding: utf-8 -*-
from gen_cases4 import *

# ---------------------------------------------------------------- 5424 Japanese-style 担当/期限 with a Japanese publisher, JST next meeting
t = T(2025, 7, 9, 16, 0); sd = t.date()
sato = ("佐藤健", "k.sato@sakuragames.example.jp")
txt = """佐藤様、各位

お疲れ様です。长安幻域的白露です。
本日の定例会の議事録をお送りします（中日両語）。

■ 課題一覧 / 事项一览
No.1
　事项：日服版本本地化文本校对
　担当：佐藤さん（樱花游戏）
　期限：7/18（金）
No.2
　事项：提供日服商店截图（iOS/Android各5张）
　担当：白露
　期限：7/11（金）
No.3
　事项：CERO评级申请资料
　担当：双方
　期限：未定

■ 次回定例
7月16日（水）15:00（日本時間）／北京时间14:00

以上、よろしくお願いいたします。
白露
"""
eml, MIDS[5424] = mk("gmail", ("白露", R["白露"][1]), [sato], [P("姚博文"), BS], "【定例会議事録】Starfall 日本版 7/9", t, txt,
                     html_from_text(txt, "Meiryo"), cs="UTF-8", cte="base64", seed="5424")
add(5424, "game-japanese-style-tantou-kigen-jst", "minutes", eml,
    "Gmail bilingual ja/zh minutes with Japanese 担当/期限 blocks, 7/18（金） weekday in Japanese, 双方/未定, next meeting in JST with the Beijing time given",
    [I("佐藤健", "日服版本本地化文本校对", "2025-07-18", email=sato[1], dept=None, calc=lambda sd=sd: D(2025, 7, 18)),
     I("白露", "提供日服商店截图（iOS/Android各5张）", "2025-07-11", calc=lambda sd=sd: D(2025, 7, 11)),
     I(None, "CERO评级申请资料", None, flags=["no_owner", "vague_due"], dept=None)],
    FU("2025-07-16", "14:00", calc=lambda sd=sd: D(2025, 7, 16)),
    None,
    "Sent Wed 2025-07-09. 担当 = owner, 期限 = deadline. 佐藤さん = 佐藤健 in To (external, department null). 7/18（金） -> 2025-07-18 (金 = Friday), 7/11（金） -> 07-11. "
    "担当：双方 + 期限：未定 -> owner null, no_owner + vague_due. Next: 15:00 JST = 14:00 Asia/Shanghai (also written) -> 2025-07-16 14:00.")

# ---------------------------------------------------------------- 5425 same task text twice, numbering continues at 5
t = T(2025, 5, 6, 9, 40); sd = t.date()
txt = """各位：
节前客户审核问题跟进会补充纪要（接4月30日纪要第1-4项）：

5. 更新PFMEA —— 刘工（壳体线） 本周五
6. 更新PFMEA —— 栾班长（装配线） 本周五
7. 客户审核问题清单关闭证据上传客户门户 —— 隋芳 5月30日前
8. 量具校准计划 —— 鞠工 5月20日

第1-4项按原计划执行。

刘振宇
质量部
"""
eml, MIDS[5425] = mk("exmail", ("刘振宇", R["刘振宇"][1]), [P("栾鹏"), P("隋芳"), P("鞠晓峰")], [EN("Sabine Krüger"), BJ],
                     "客户审核问题跟进 补充纪要", t, txt, html_from_text(txt), cs="gb18030", cte="base64", seed="5425", dom="hanse-qd.example.cn")
add(5425, "jv-same-task-twice-numbering-from-5", "minutes", eml,
    "Exmail gb18030: two items with the same task text (更新PFMEA) for different owners; the minutes' own numbering starts at 5; sent on the first working day after Labour Day 2025",
    [I("刘振宇", "更新PFMEA（壳体线）", "2025-05-09", calc=lambda sd=sd: this_or_next(sd, 4)),
     I("栾鹏", "更新PFMEA（装配线）", "2025-05-09", calc=lambda sd=sd: this_or_next(sd, 4)),
     I("隋芳", "客户审核问题清单关闭证据上传客户门户", "2025-05-30", calc=lambda sd=sd: D(2025, 5, 30)),
     I("鞠晓峰", "量具校准计划", "2025-05-20", calc=lambda sd=sd: D(2025, 5, 20))],
    None, None,
    "Sent Tue 2025-05-06 (Labour Day 2025 = 05-01..05-05). Items are numbered 5-8 in the minutes; the bot's own item numbers may be 1-4 but both PFMEA items must be kept "
    "(same task, different owner/line: the bracketed line name is part of the task). 刘工 = 刘振宇 (writer), 栾班长 = 栾鹏, 鞠工 = 鞠晓峰. 本周五 -> 05-09. "
    "'第1-4项按原计划执行' refers to old items: nothing new.")

# ---------------------------------------------------------------- 5426 "Name to do X by ..." + next call in CET
t = T(2026, 11, 19, 18, 20); sd = t.date()
txt = """Hi team,

Recap of today's line 3 relocation meeting:

Luan Peng to finish the layout change drawing for line 3 by Friday.
Gong Xue to book sea freight for the Stuttgart tooling shipment by Nov 27.
Markus to sign off the capex request by Wednesday.
We agreed to keep the old press running until the new one passes SAT.

We meet Stuttgart again on Thursday the 26th,
9:00 CET (16:00 Qingdao time).

Thomas

--
Thomas Brandt
Head of Production
"""
eml, MIDS[5426] = mk("outlook_en", EN("Thomas Brandt"), [EN("栾鹏"), EN("宫雪"), EN("Markus Wendler")], [BJ],
                     "Line 3 relocation - recap", t, txt, html_from_text(txt, "Calibri"), cs="utf-8", cte="quoted-printable", seed="5426")
add(5426, "jv-name-to-do-by-next-call-cet", "minutes", eml,
    "Outlook English prose 'X to do Y by …' lines (by Friday, by Nov 27, by Wednesday), an agreement line, next call with the day on one line and the time (CET + local) on the next",
    [I("栾鹏", "finish the layout change drawing for line 3", "2026-11-20", calc=lambda sd=sd: this_or_next(sd, 4)),
     I("宫雪", "book sea freight for the Stuttgart tooling shipment", "2026-11-27", calc=lambda sd=sd: D(2026, 11, 27)),
     I("Markus Wendler", "sign off the capex request", "2026-11-25", calc=lambda sd=sd: this_or_next(sd, 2))],
    FU("2026-11-26", "16:00", calc=lambda sd=sd: D(2026, 11, 26)),
    None,
    "Sent Thu 2026-11-19 18:20. by Friday -> 11-20; by Nov 27 -> 11-27; by Wednesday -> Wednesday of this week is past, so next week's -> 11-25. "
    "'We agreed to keep the old press…' is a decision. Next: Thursday the 26th, 9:00 CET = 16:00 Asia/Shanghai (CET = UTC+1 in November) -> 2026-11-26 16:00.")

# ---------------------------------------------------------------- 5427 wrapped items, deadlines on continuation lines, next meeting over three lines
t = T(2025, 11, 27, 17, 50); sd = t.date()
txt = """冬春季呼吸道传染病防控调度会纪要

一、会议议定事项
1.请市疾控中心（谭卫东所长）牵头完成冬春季呼吸道传染病
监测方案修订，12月1日前报疾控处。
2.请医政医管处（曾若愚处长）督促各哨点医院落实流感样病例
报告制度，并于下周一前反馈落实情况。
3.疾控处杨凯文负责汇总各区县督导检查问题清单（时间节点：12月
5日（周五）下班前）。

二、下次调度会定于
12月4日（周四）
上午9:30，地点另行通知。

疾病预防控制处
"""
eml, MIDS[5427] = mk("coremail", P("杨凯文"), [P("谭卫东"), P("曾若愚")], [P("邓光明"), BG], "冬春季呼吸道传染病防控调度会纪要", t, txt,
                     cs="GBK", cte="base64", seed="5427")
add(5427, "gov-wrapped-lines-next-meeting-three-lines", "minutes", eml,
    "Coremail GBK plain text with hard-wrapped items (deadline on the continuation line, a date split across lines '12月\\n5日'), and the next meeting date/time spread over three lines",
    [I("谭卫东", "完成冬春季呼吸道传染病监测方案修订并报疾控处", "2025-12-01", calc=lambda sd=sd: D(2025, 12, 1)),
     I("曾若愚", "督促各哨点医院落实流感样病例报告制度并反馈落实情况", "2025-12-01", calc=lambda sd=sd: next_week(sd, 0)),
     I("杨凯文", "汇总各区县督导检查问题清单", "2025-12-05", calc=lambda sd=sd: D(2025, 12, 5))],
    FU("2025-12-04", "09:30", calc=lambda sd=sd: D(2025, 12, 4)),
    None,
    "Sent Thu 2025-11-27. Owners in brackets after the unit: 谭卫东所长 -> 谭卫东, 曾若愚处长 -> 曾若愚. 12月1日前 -> 12-01; 下周一前 -> 12-01; "
    "'12月\\n5日（周五）下班前' (wrapped inside the date) -> 12-05, no time. Next: '下次调度会定于 / 12月4日（周四） / 上午9:30' -> 2025-12-04 09:30.")

# ---------------------------------------------------------------- 5428 nested brackets and (1)(2) sub-numbering
t = T(2026, 10, 14, 16, 0); sd = t.date()
txt = """查验整改专题会纪要（10月14日）

一、查验整改
1. 付雪负责：（1）整理9月查验记录（完成时限：10月16日（周五）前）；（2）更新查验预约台账（完成时限：10月20日（周二）17:00前）。
2. 船代部（单磊）配合码头确认查验箱调箱时间（每批次提前一天），本月底前形成固定流程。

二、其他
贾会计：查验费发票10月23日前寄给客户【如客户有变更（以邮件通知为准）则顺延】。

齐晓冬
"""
eml, MIDS[5428] = mk("exmail", ("齐晓冬", R["齐晓冬"][1]), [P("付雪"), P("单磊"), P("贾桂兰")], [BP], "查验整改专题会纪要", t, txt,
                     html_from_text(txt), cs="gb18030", cte="base64", seed="5428", dom="haiyan-log.example.cn")
add(5428, "port-nested-brackets-sub-numbering", "minutes", eml,
    "Exmail gb18030: one owner with （1）（2） sub-tasks whose deadlines sit in nested brackets (10月20日（周二）17:00前), '船代部（单磊）', a conditional clause in 【】 brackets",
    [I("付雪", "整理9月查验记录", "2026-10-16", calc=lambda sd=sd: D(2026, 10, 16)),
     I("付雪", "更新查验预约台账", "2026-10-20", "17:00", calc=lambda sd=sd: D(2026, 10, 20)),
     I("单磊", "配合码头确认查验箱调箱时间并形成固定流程", "2026-10-31", calc=lambda sd=sd: month_end(2026, 10)),
     I("贾桂兰", "查验费发票寄给客户", "2026-10-23", calc=lambda sd=sd: D(2026, 10, 23))],
    None, None,
    "Sent Wed 2026-10-14. Item 1 splits into two items for 付雪: （完成时限：10月16日（周五）前） -> 10-16; 10月20日（周二）17:00前 -> 10-20 17:00. "
    "'船代部（单磊）' -> 单磊; '每批次提前一天' is a standing rule inside the task, 本月底前 -> 10-31. 贾会计 = 贾桂兰, 10月23日前 -> 10-23; the 【如…则顺延】 condition does not change the date.")

# ---------------------------------------------------------------- 5429 minutes only in a .docx attachment, before Dragon Boat 2026
t = T(2026, 6, 18, 19, 30); sd = t.date()
doc = docx_bytes(["周会纪要（6月18日 15:00）", "参会：苏曼、霍天宇、俞晨阳、冯一鸣", "一、进展", "暑期版本主线剧情已锁定。",
                  "二、待办", "1. 霍天宇：暑期活动数值配置，端午节后第一个工作日", "2. 俞晨阳：活动主视觉外包验收，6月26日前",
                  "3. 冯一鸣：暑期版本压测报告，6月24日", "三、下次周会：下周四同一时间（15:00）"])
txt = "各位，今天周会纪要见附件，机器人帮忙跟一下。端午快乐～\n\nMandy\n"
att = bin_leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "周会纪要0618.docx")
eml, MIDS[5429] = mk("foxmail", ("苏曼", R["苏曼"][1]), [P("霍天宇"), P("俞晨阳"), P("冯一鸣")], [BS], "周会纪要 6.18", t, txt,
                     html_from_text(txt), cs="GBK", cte="base64", seed="5429", attach=[att])
add(5429, "game-minutes-in-docx-attachment-dragon-boat", "minutes", eml,
    "Foxmail GBK mail whose body only says '纪要见附件': the items are in a .docx attachment (RFC 2047 filename); 端午节后第一个工作日 (2026-06-19..21)",
    [I("霍天宇", "暑期活动数值配置", "2026-06-22", calc=lambda sd=sd: first_wd_after(sd)),
     I("俞晨阳", "活动主视觉外包验收", "2026-06-26", calc=lambda sd=sd: D(2026, 6, 26)),
     I("冯一鸣", "暑期版本压测报告", "2026-06-24", calc=lambda sd=sd: D(2026, 6, 24))],
    FU("2026-06-25", "15:00", calc=lambda sd=sd: next_week(sd, 3)),
    None,
    "Sent Thu 2026-06-18 19:30; Dragon Boat 2026 = 06-19..06-21. The docx (word/document.xml) holds the minutes. 端午节后第一个工作日 -> 06-22. 6月26日前 -> 06-26; 6月24日 -> 06-24. "
    "'下周四同一时间（15:00）' -> 2026-06-25 15:00. A parser that ignores attachments will find no items; the gold records what a human reading the attachment would.")

# ---------------------------------------------------------------- 5430 ordinary 2027 minutes, numbered 待办
t = T(2027, 9, 8, 11, 0); sd = t.date()
txt = """处务会会议纪要

时间：2027年9月8日（周三）9:00
主持：邓光明
参会：蒲晓琳、杨凯文、熊莉

一、传达学习上级通知精神（略）
二、待办事项
1. 杨凯文：9月15日前完成秋季学校传染病防控督导方案初稿；
2. 蒲晓琳：9月底前组织召开区县疾控工作联席会；
3. 综合监督处：配合开展学校卫生联合检查，时间待定。

办公室 熊莉
"""
eml, MIDS[5430] = mk("coremail", P("熊莉"), [P("蒲晓琳"), P("杨凯文")], [P("邓光明"), P("母红梅"), BG], "处务会会议纪要（9月8日）", t, txt,
                     html_from_text(txt, "仿宋"), cs="utf-8", cte="base64", seed="5430")
add(5430, "gov-ordinary-office-meeting-2027", "minutes", eml,
    "Ordinary Coremail UTF-8 处务会纪要 with numbered 待办 (person：task，deadline): 9月15日前, 9月底前, dept-only + 待定",
    [I("杨凯文", "完成秋季学校传染病防控督导方案初稿", "2027-09-15", calc=lambda sd=sd: D(2027, 9, 15)),
     I("蒲晓琳", "组织召开区县疾控工作联席会", "2027-09-30", calc=lambda sd=sd: month_end(2027, 9)),
     I(None, "配合开展学校卫生联合检查", None, flags=["no_owner", "vague_due"], dept="综合监督处")],
    None, None,
    "Sent Wed 2027-09-08. 9月15日前 -> 09-15; 9月底前 -> 09-30; 综合监督处 (department only) + 时间待定 -> no_owner + vague_due. No next meeting stated.")
