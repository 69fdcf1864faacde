# -*- coding: utf-8 -*-
from gen_cases2 import *
GD = "huanyu-xa.example.com"

# ---------------------------------------------------------------- 5413 Confluence export sprint review before New Year 2026
t = T(2025, 12, 30, 18, 5); sd = t.date()
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>
<h1>Sprint 24 Review &ndash; Project Starfall</h1>
<p><strong>Date:</strong> 30 Dec 2025 &nbsp; <strong>Attendees:</strong> @Bowen Yao @Mandy Su @Tim Huo @Dora Qian @Ethan Feng @Lulu Bai</p>
<h2>Demo highlights</h2>
<ul><li>CBT build 0.9.3 passed internal smoke test, crash rate 0.4%</li><li>Chapter 3 story mode playable end-to-end</li></ul>
<h2>Decisions</h2>
<ul><li>Spring Festival event ships with 1 banner, not 2</li><li>Code freeze for CBT stays on Jan 9</li></ul>
<h2>Action items</h2>
<ul class="inline-task-list">
<li data-inline-task-id="1">@Tim Huo patch the gacha pity-counter bug on the CBT build &mdash; within 2 working days</li>
<li data-inline-task-id="2">@Dora Qian deliver final key art for the Spring Festival event banner by 1/4 (Sunday, it's a 调休 workday)</li>
<li data-inline-task-id="3">@Ethan Feng set up the crash-report dashboard by next Monday</li>
<li data-inline-task-id="4">@Lulu Bai chase the publisher on the 版号 supplementary materials ASAP</li>
<li class="checked" data-inline-task-id="5">@Mandy Su chapter 3 reward balance sheet (done in sprint)</li>
</ul>
<p>Next sprint review: Tue Jan 13, 4pm, Room Qinling</p>
<p style="color:#6b778c;font-size:11px">Exported from Confluence &middot; Starfall space</p>
</body></html>
"""
txt = """Sprint 24 Review - Project Starfall
Date: 30 Dec 2025   Attendees: @Bowen Yao @Mandy Su @Tim Huo @Dora Qian @Ethan Feng @Lulu Bai

Demo highlights
* CBT build 0.9.3 passed internal smoke test, crash rate 0.4%
* Chapter 3 story mode playable end-to-end

Decisions
* Spring Festival event ships with 1 banner, not 2
* Code freeze for CBT stays on Jan 9

Action items
[ ] @Tim Huo patch the gacha pity-counter bug on the CBT build - within 2 working days
[ ] @Dora Qian deliver final key art for the Spring Festival event banner by 1/4 (Sunday, it's a 调休 workday)
[ ] @Ethan Feng set up the crash-report dashboard by next Monday
[ ] @Lulu Bai chase the publisher on the 版号 supplementary materials ASAP
[x] @Mandy Su chapter 3 reward balance sheet (done in sprint)

Next sprint review: Tue Jan 13, 4pm, Room Qinling

Exported from Confluence · Starfall space
"""
team = [P("苏曼"), P("霍天宇"), P("钱朵"), P("冯一鸣"), P("白露")]
eml, MIDS[5413] = mk("gmail", ("Bowen Yao", R["姚博文"][1]), team, [BS], "[Starfall] Sprint 24 review notes + action items", t, txt, html,
                     cs="UTF-8", cte="quoted-printable", seed="5413")
add(5413, "game-confluence-sprint-review-new-year", "minutes", eml,
    "Google Workspace HTML Confluence export: @mention task list with a checked (done) task, Decisions section, 'within 2 working days' over New Year 2026 and the 01-04 make-up Sunday",
    [I("霍天宇", "patch the gacha pity-counter bug on the CBT build", "2026-01-04", calc=lambda sd=sd: add_wd(sd, 2)),
     I("钱朵", "deliver final key art for the Spring Festival event banner", "2026-01-04", calc=lambda sd=sd: D(2026, 1, 4)),
     I("冯一鸣", "set up the crash-report dashboard", "2026-01-05", calc=lambda sd=sd: next_week(sd, 0)),
     I("白露", "chase the publisher on the 版号 supplementary materials", None, flags=["vague_due"])],
    FU("2026-01-13", "16:00", calc=lambda sd=sd: D(2026, 1, 13)),
    None,
    "Sent Tue 2025-12-30 18:05. New Year 2026 = 01-01..01-03, make-up Sunday 01-04. 'within 2 working days' -> 12-31, 01-04 -> 2026-01-04. 'by 1/4' -> 2026-01-04 "
    "(rolls to next year: clearly future). 'by next Monday' -> 2026-01-05. ASAP -> vague_due. The checked task (Mandy, done) is not an item. Owners via @handles = roster English aliases. "
    "Decisions (1 banner, freeze Jan 9) are not items. Next review Tue Jan 13 4pm -> 2026-01-13 16:00.")

# ---------------------------------------------------------------- 5414 Discord paste + person headings
t = T(2026, 7, 17, 19, 40); sd = t.date()
txt = """今天 design sync 没开会，直接在 Discord 里过的，我整理一下 by person：

**Mandy**
- 新手引导 v2 walkthrough 文档，EOD Friday（就是今天）

**Tim**
- 体力系统数值表 v3 by 7/24
- 跟 Ethan 对一下 PVP 匹配规则，下周三

**Chenyang**
- 角色立绘外包 feedback 汇总给 Dora，ASAP

原始聊天记录（节选）：
[7:02 PM] Bowen: stamina 现在太紧了，玩家 day 3 就卡
[7:05 PM] Tim: 我这周末改 v3，下周五前给
[7:06 PM] Ethan: PVP matchmaking 我们 Tuesday 可以先看
[7:11 PM] Mandy: walkthrough 我今晚出
[7:12 PM] Chenyang: 外包那边 feedback 我整理 👌

-- Mandy
"""
eml, MIDS[5414] = mk("applemail", ("Mandy Su", R["苏曼"][1]), [P("霍天宇"), P("俞晨阳"), P("冯一鸣")], [P("姚博文"), P("钱朵"), BS],
                     "design sync (Discord) - actions by person", t, txt, cs="utf-8", cte="quoted-printable", seed="5414")
add(5414, "game-discord-paste-person-headings", "minutes", eml,
    "Apple Mail QP: actions grouped under **person** headings (owner only in the heading), EOD Friday on a Friday, by 7/24, 下周三, ASAP; Discord chat excerpt below is not items",
    [I("苏曼", "新手引导 v2 walkthrough 文档", "2026-07-17", calc=lambda sd=sd: sd),
     I("霍天宇", "体力系统数值表 v3", "2026-07-24", calc=lambda sd=sd: D(2026, 7, 24)),
     I("霍天宇", "跟 Ethan 对一下 PVP 匹配规则", "2026-07-22", calc=lambda sd=sd: next_week(sd, 2)),
     I("俞晨阳", "角色立绘外包 feedback 汇总给 Dora", None, flags=["vague_due"])],
    None, None,
    "Sent Fri 2026-07-17. Owners come from the bold person headings (Mandy = 苏曼, Tim = 霍天宇, Chenyang = 俞晨阳 via aliases); Ethan/Dora inside task text are not owners. "
    "'EOD Friday（就是今天）' -> 07-17 (no time, as EOD). by 7/24 -> 07-24. 下周三 -> 07-22. ASAP -> vague_due. The Discord excerpt restates the same work: not extra items.")

# ---------------------------------------------------------------- 5415 Jira export table
t = T(2027, 1, 15, 10, 30); sd = t.date()
rows = [["Key", "Summary", "Assignee", "Status", "Due date"],
        ["HY-2098", "Login timeout on iOS 18", "Ethan Feng", "Done", "14/Jan/27"],
        ["HY-2101", "Fix memory leak in battle scene", "Ethan Feng", "In Progress", "20/Jan/27"],
        ["HY-2102", "Compress UI atlas textures for low-end Android", "Chenyang", "To Do", "22/Jan/27"],
        ["HY-2105", "Localize shop strings (EN/JA)", "Lulu Bai", "To Do", ""],
        ["HY-2107", "Anti-cheat SDK integration", "Unassigned", "To Do", "29/Jan/27"]]
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body>"
        "<p>Sprint 37 review (Fri 10:00). Open tickets below = our action items, filter: project = HY AND sprint = 37.</p>"
        + html_table(rows) + "<p>Sprint 38 review: same time next Friday.</p><p>Ethan</p></body></html>\n")
txt = ("Sprint 37 review (Fri 10:00). Open tickets below = our action items, filter: project = HY AND sprint = 37.\n\n"
       + "\n".join(" | ".join(r) for r in rows) + "\n\nSprint 38 review: same time next Friday.\n\nEthan\n")
eml, MIDS[5415] = mk("outlook_en", ("Ethan Feng", R["冯一鸣"][1]), [P("俞晨阳"), P("白露")], [P("姚博文"), BS],
                     "Sprint 37 review - open tickets", t, txt, html, cs="utf-8", cte="quoted-printable", seed="5415")
add(5415, "game-jira-export-table", "minutes", eml,
    "Outlook English HTML table pasted from a Jira filter: Jira date format 20/Jan/27, Done row excluded, blank due (no_due), Unassigned (no_owner); 'same time next Friday'",
    [I("冯一鸣", "Fix memory leak in battle scene", "2027-01-20", calc=lambda sd=sd: D(2027, 1, 20)),
     I("俞晨阳", "Compress UI atlas textures for low-end Android", "2027-01-22", calc=lambda sd=sd: D(2027, 1, 22)),
     I("白露", "Localize shop strings (EN/JA)", None, flags=["no_due"]),
     I(None, "Anti-cheat SDK integration", "2027-01-29", flags=["no_owner"], dept=None, calc=lambda sd=sd: D(2027, 1, 29))],
    FU("2027-01-22", "10:00", calc=lambda sd=sd: next_week(sd, 4)),
    None,
    "Sent Fri 2027-01-15. Jira's dd/Mon/yy: 20/Jan/27 -> 2027-01-20 etc. The Done row (HY-2098) is status. Blank due -> no_due. 'Unassigned' -> owner null, no_owner. "
    "'Sprint 38 review: same time next Friday' with 'Fri 10:00' -> 2027-01-22 10:00. Ticket keys are not part of the task text.")

# ---------------------------------------------------------------- 5416 版号 meeting before National Day 2026 (ordinary numbered)
t = T(2026, 9, 30, 17, 20); sd = t.date()
txt = """各位好，

今天下午版号材料补正专题会纪要如下：

会议时间：2026年9月30日 15:00-16:30
参会人员：姚博文、苏曼、冯一鸣、钱朵、白露

一、情况通报
出版主管部门反馈：防沉迷系统说明不完整、部分美术资源需复核。

二、待办事项
1. 白露：版号补正材料（防沉迷说明）修改后重新提交，节后第一个工作日；
2. 苏曼：游戏内容审核自查表更新，10月10日（周六，调休上班）前；
3. 冯一鸣：实名认证接口联调报告，5个工作日内；
4. 钱朵：全部美术资源敏感元素排查，10月15日。

三、下次会议：10月12日（周一）上午10:30，线上。

白露
发行部
"""
eml, MIDS[5416] = mk("foxmail", ("白露", R["白露"][1]), [P("姚博文"), P("苏曼"), P("冯一鸣"), P("钱朵")], [BS],
                     "版号材料补正专题会纪要（9.30）", t, txt, html_from_text(txt), cs="GBK", cte="base64", seed="5416")
add(5416, "game-license-meeting-national-day-foxmail", "minutes", eml,
    "Foxmail GBK ordinary numbered 待办 on 2026-09-30: 节后第一个工作日, 10月10日 make-up Saturday, 5个工作日内 across National Day",
    [I("白露", "版号补正材料（防沉迷说明）修改后重新提交", "2026-10-08", calc=lambda sd=sd: first_wd_after(sd)),
     I("苏曼", "游戏内容审核自查表更新", "2026-10-10", calc=lambda sd=sd: D(2026, 10, 10)),
     I("冯一鸣", "实名认证接口联调报告", "2026-10-13", calc=lambda sd=sd: add_wd(sd, 5)),
     I("钱朵", "全部美术资源敏感元素排查", "2026-10-15", calc=lambda sd=sd: D(2026, 10, 15))],
    FU("2026-10-12", "10:30", calc=lambda sd=sd: D(2026, 10, 12)),
    None,
    "Sent Wed 2026-09-30. National Day 2026 = 10-01..10-07, make-up Sat 10-10. 节后第一个工作日 -> 10-08. 5个工作日内 -> 10-08, 10-09, 10-10, 10-12, 10-13 -> 10-13. "
    "一、情况通报 is a fact. Next: 10月12日（周一）上午10:30.")

# ---------------------------------------------------------------- 5417 outsourcing review Owner:/Due: blocks with an external vendor
t = T(2025, 8, 22, 15, 30); sd = t.date()
pf = ("何家杰", "hejiajie@pixelforge.example.com")
txt = """Hi all,

Notes from today's art outsourcing review with PixelForge.

1) Boss 立绘第二轮反馈
   - 比例问题已确认，手部重画
   Owner: 何家杰 (PixelForge)
   Due: 8/29

2) 外包合同补充条款（修改次数上限）
   Owner: Dora
   Due: next Wed

3) 场景原画风格统一指南
   Owner: 晨阳
   Due: TBD

Decision: 从9月起外包交付统一走公司网盘，不再用微信传文件。

Dora
"""
eml, MIDS[5417] = mk("applemail", ("钱朵", R["钱朵"][1]), [pf, P("俞晨阳")], [P("姚博文"), BS], "Art outsourcing review 8/22 - notes", t, txt,
                     cs="utf-8", cte="quoted-printable", seed="5417")
add(5417, "game-outsourcing-owner-due-blocks-external", "minutes", eml,
    "Apple Mail QP mixed zh/en Owner:/Due: blocks; external vendor owner resolved from To; 'next Wed'; 'Due: TBD' -> vague; a Decision line",
    [I("何家杰", "Boss 立绘第二轮反馈修改（手部重画）", "2025-08-29", email=pf[1], dept=None, calc=lambda sd=sd: D(2025, 8, 29)),
     I("钱朵", "外包合同补充条款（修改次数上限）", "2025-08-27", calc=lambda sd=sd: next_week(sd, 2)),
     I("俞晨阳", "场景原画风格统一指南", None, flags=["vague_due"])],
    None, None,
    "Sent Fri 2025-08-22. Block 1 owner 何家杰 (PixelForge, external, in To) -> his To address, department null; Due 8/29 -> 2025-08-29. "
    "Block 2 Dora = 钱朵 (the writer), next Wed -> 08-27. Block 3 晨阳 = 俞晨阳, TBD -> vague_due. The Decision line is not an item.")

# ---------------------------------------------------------------- 5418 Notion export, markdown checkboxes + emoji
t = T(2027, 6, 9, 21, 15); sd = t.date()
txt = """# 🗓 周三策划周会 2027-06-09

## 📌 讨论
- 7月版本主题定为「海市蜃楼」
- 抽卡概率公示按新规，7月1日前上线（已排期）

## ✅ Action Items
- [ ] 🎯 @Mandy 7月版本活动策划案定稿 by Fri
- [x] 📄 @Tim 抽卡概率公示页面
- [ ] 🎨 @Dora 节日皮肤三套概念稿 6/18
- [ ] 🛠 @Ethan 服务器扩容评估 月底

## 📅 Next
下周三 同一时间（20:00）

---
exported from Notion
"""
eml, MIDS[5418] = mk("gmail", ("Tim Huo", R["霍天宇"][1]), [P("苏曼"), P("钱朵"), P("冯一鸣")], [BS], "策划周会 6/9 (Notion export)", t, txt,
                     cs="UTF-8", cte="base64", seed="5418")
add(5418, "game-notion-markdown-checkboxes-emoji", "minutes", eml,
    "Notion Markdown export in Gmail plain text: emoji headings, '- [ ]' vs '- [x]', @handles, 'by Fri', '6/18', '月底'; next meeting as a section with '同一时间（20:00）'",
    [I("苏曼", "7月版本活动策划案定稿", "2027-06-11", calc=lambda sd=sd: this_or_next(sd, 4)),
     I("钱朵", "节日皮肤三套概念稿", "2027-06-18", calc=lambda sd=sd: D(2027, 6, 18)),
     I("冯一鸣", "服务器扩容评估", "2027-06-30", calc=lambda sd=sd: month_end(2027, 6))],
    FU("2027-06-16", "20:00", calc=lambda sd=sd: next_week(sd, 2)),
    None,
    "Sent Wed 2027-06-09 21:15. '- [x]' (Tim, done) is not an item. by Fri -> 06-11; 6/18 -> 06-18; 月底 -> 06-30. The 讨论 bullet '7月1日前上线（已排期）' is a decision/fact, no owner. "
    "'## 📅 Next 下周三 同一时间（20:00）' -> 2027-06-16 20:00.")

# ---------------------------------------------------------------- 5419 items buried in prose, before Qingming 2026
t = T(2026, 4, 3, 12, 10); sd = t.date()
txt = """各位，

上午的版本复盘我简单写几句，不按模板了。

整体来说3月版本的留存比预期好，次留到了41%，上周我们已经把付费礼包的价格档位调完了，这块不用再动。问题主要在新UI上，玩家反馈字太小、层级太深。所以美术这边，朵姐清明节后第一个工作日把新版UI风格稿给我们过一遍；程序这边冯工说两个工作日内能把热更新方案评估出来，评估完直接发群里。

另外付费点调整的事，Mandy下周二前补一份说明给我，我要拿去跟发行对。

下周二下午3点我们在大会议室再碰一次，半小时就够。

老姚
"""
eml, MIDS[5419] = mk("foxmail", ("姚博文", R["姚博文"][1]), [P("钱朵"), P("冯一鸣"), P("苏曼")], [BS], "版本复盘 随手记", t, txt,
                     html_from_text(txt), cs="GBK", cte="base64", seed="5419")
add(5419, "game-prose-paragraph-items-qingming", "minutes", eml,
    "Foxmail GBK prose minutes: three items buried in paragraphs (朵姐/冯工/Mandy aliases), done work reported, 两个工作日内 across Qingming 2026, next meeting as a sentence",
    [I("钱朵", "新版UI风格稿评审", "2026-04-07", calc=lambda sd=sd: first_wd_after(sd)),
     I("冯一鸣", "热更新方案评估", "2026-04-08", calc=lambda sd=sd: add_wd(sd, 2)),
     I("苏曼", "付费点调整说明", "2026-04-07", calc=lambda sd=sd: next_week(sd, 1))],
    FU("2026-04-07", "15:00", calc=lambda sd=sd: next_week(sd, 1)),
    None,
    "Sent Fri 2026-04-03 (Qingming 2026 = 04-04..04-06). 朵姐 = 钱朵: 清明节后第一个工作日 -> 04-07. 冯工 = 冯一鸣: 两个工作日内 -> 04-07, 04-08 -> 04-08. "
    "Mandy = 苏曼: 下周二前 -> 04-07. '上周我们已经把…调完了' is work done. '下周二下午3点…再碰一次' -> 2026-04-07 15:00.")
