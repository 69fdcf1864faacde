# 栗子硬件 Chestnut Labs, Shenzhen hardware start-up
from __main__ import *
from lib import *
from people import *

def P(n):
    r = R(n); return (r[0], r[1])

def lark_html(text):
    return html_from_text(text, 'system-ui,-apple-system,PingFang SC,Microsoft YaHei', '14px')

# ------------------------------------------------------------------ 2206
t = T('2026-05-08 18:20:37')
text = """妙记导出，待办见最后。

飞书妙记｜EVT 回板评审 智能纪要
会议时间：2026年5月8日 16:00-17:05
参会人：赖俊杰、苏雨桐、Arjun Mehta、温可欣

总结
本次会议主要围绕 EVT 第二版回板情况展开。团队确认电源模块温升问题已定位为电感选型，USB-C 口虚焊需在明天测试完成后统计；固件 OTA 采用双分区方案，预计3个工作日内完成；工厂问题清单需尽快同步。

章节
00:00:12 回板情况同步
苏雨桐介绍了20块EVT板的回板情况，其中3块USB-C口虚焊，明天全部测完后出报告。
00:14:36 固件OTA方案
Arjun 提出 OTA 采用 A/B 双分区，会议同意该方案，Arjun 表示3个工作日内可以提交代码评审。
00:41:05 工厂沟通
温可欣提到工厂对EVT问题清单有疑问，赖俊杰要求下周一前统一口径。

待办
□ 苏雨桐：明天完成20块EVT板回板功能测试，输出测试报告
□ Arjun Mehta：3个工作日内完成OTA双分区方案并提交代码评审
□ 温可欣：下周一前更新EVT问题清单并同步给工厂

智能纪要由 AI 生成，内容可能不准确，请谨慎甄别后使用
"""
g = G('minutes', "Feishu/Lark mail with a 飞书妙记 智能纪要 export: summary, time-stamped chapters and an AI footer repeat the tasks; only the 待办 section gives items (3). Sent Fri 2026-05-08, the day before the 2026-05-09 make-up Saturday. '明天' -> 2026-05-09 (a working Saturday). '3个工作日内' = 05-09, 05-11, 05-12 -> 2026-05-12. '下周一前' -> 2026-05-11. No next meeting.",
      [it('苏雨桐', '完成20块EVT板回板功能测试，输出测试报告', '2026-05-09', rule=('days', 1)),
       it('Arjun Mehta', '完成OTA双分区方案并提交代码评审', '2026-05-12', rule=('wd', 3)),
       it('温可欣', '更新EVT问题清单并同步给工厂', '2026-05-11', rule=('nw', 0))], None, bot=CL_BOT)
mail('2206-startup-feishu-ai-minutes-todo-only-lark', 'minutes', 'lark', P('温可欣'),
     [P('赖俊杰'), P('苏雨桐'), P('Arjun Mehta')], [CL_BOT], 'EVT 回板评审 智能纪要 5/8', t,
     alt(text, lark_html(text), 'utf-8', boundary='lark-' + hx('2206', 20)), g, CL)

# ------------------------------------------------------------------ 2207
t = T('2025-06-03 09:52:10')
text = """standup 6/3 (post-holiday)

done:
- [x] @yutong EVT BOM v0.9 uploaded
- [x] @zhiheng sample PO placed w/ Jiahe
blocked: @arjun waiting on BLE stack license

today:
- [ ] @arjun ping Nordic FAE re license - EOD
- [ ] @yutong rework antenna matching, report by Thu
- [ ] @carmen CMF samples to Jay ASAP
- [ ] @kexin write up user-test script (no rush)

next standup tmrw 9:30 as usual

-j
"""
g = G('minutes', "Google Workspace (Gmail) English stand-up, very terse, sent Tue 2025-06-03 (first day after Dragon Boat 05-31..06-02). Checked boxes [x] and the 'blocked' line are status, not items. Open boxes with @handles -> roster aliases. 'EOD' -> send date 2025-06-03 (no time); 'by Thu' -> 2025-06-05; 'ASAP' -> vague_due; '(no rush)' has no deadline -> no_due. 'next standup tmrw 9:30' -> 2025-06-04 09:30.",
      [it('Arjun Mehta', 'ping Nordic FAE re BLE stack license', '2025-06-03', rule=('today',)),
       it('苏雨桐', 'rework antenna matching, report', '2025-06-05', rule=('wk', 3)),
       it('黎嘉敏', 'CMF samples to Jay', None, flags=['vague_due']),
       it('温可欣', 'write up user-test script', None)],
      fu('2025-06-04', '09:30', ('days', 1)), bot=CL_BOT)
mail('2207-startup-english-standup-checkboxes-gmail', 'minutes', 'gmail', P('赖俊杰'),
     [P('苏雨桐'), P('邝志恒'), P('Arjun Mehta'), P('黎嘉敏'), P('温可欣')], [CL_BOT], 'standup 6/3', t,
     alt(text, '<div dir="ltr">' + esc(text).replace('\n', '<br>') + '</div>\n', 'UTF-8', 'quoted-printable', '000000000000' + hx('2207', 14)), g, CL)

# ------------------------------------------------------------------ 2208
t = T('2026-09-18 19:03:44')
text = """# Weekly product sync — 2026-09-18

**Attendees:** Jay, Yutong, Arjun, Kexin, Zhiheng

## Decisions
- DVT 开模走 2 穴，不走 4 穴
- 包装改 FSC 纸

## Action items

| 状态 | 优先级 | 事项 | Owner | Due | 备注 |
| --- | --- | --- | --- | --- | --- |
| Done | P1 | 外壳 DFM 反馈回厂 | @yutong | 9/15 | 已回 |
| In progress | P0 | DVT 模具 T0 试模跟进 | @zhiheng | 9/30 | 工厂说国庆前能试 |
| Not started | P1 | App 配网流程改版 PRD | @kexin | 国庆后 | |
| Not started | P2 | 产测工装固件 | @arjun | 5个工作日内 | 依赖工装到货 |
| Not started | P2 | 官网 landing page 视觉 | @carmen | TBD | |

## Next
9/25 是中秋假期 → 下次 sync 提前到 **Thu 9/24, 15:00**.

(exported from Notion)
"""
g = G('minutes', "Notion page exported to Markdown and pasted into Gmail (UTF-8 base64): pipe table with 状态/优先级 before the task and 备注 last. Sent Fri 2026-09-18 (make-up Sunday 09-20; Mid-Autumn holiday Fri 09-25; National Day 10-01..10-07). Done row is status. '9/30' -> 2026-09-30; '国庆后' -> first working day after the block = 2026-10-08; '5个工作日内' = 09-20 (make-up Sun), 09-21, 09-22, 09-23, 09-24 -> 2026-09-24; 'TBD' -> vague_due. Decisions are not items. Next sync moved: 'Thu 9/24, 15:00'.",
      [it('邝志恒', 'DVT 模具 T0 试模跟进', '2026-09-30', rule=('abs', '2026-09-30')),
       it('温可欣', 'App 配网流程改版 PRD', '2026-10-08', rule=('fwa', '2026-10-07')),
       it('Arjun Mehta', '产测工装固件', '2026-09-24', rule=('wd', 5)),
       it('黎嘉敏', '官网 landing page 视觉', None, flags=['vague_due'])],
      fu('2026-09-24', '15:00', ('abs', '2026-09-24', 3)), bot=CL_BOT)
mail('2208-startup-notion-markdown-table-extra-cols-gmail', 'minutes', 'gmail', P('温可欣'),
     [P('赖俊杰'), P('苏雨桐'), P('Arjun Mehta'), P('邝志恒'), P('黎嘉敏')], [CL_BOT], 'Weekly product sync 9/18 notes', t,
     alt(text, '<div dir="ltr"><pre style="font-family:monospace">' + esc(text) + '</pre></div>\n', 'UTF-8', 'base64', '000000000000' + hx('2208', 14)), g, CL)

# ------------------------------------------------------------------ 2209
t = T('2027-03-08 11:47:20')
text = """Q1 OKR check-in（3/8 周一 10:30）

O1 DVT 按时出货
🟢 KR1 DVT 良率 ≥ 92%：目前 93.5%，维持
🟡 KR2 BOM 成本 ≤ $38：现在 $41.2。阿恒下周二之前把两家PCBA的二次报价拿回来，目标压到 $38 以下。
🔴 KR3 FCC/CE 认证：实验室排期又延了。雨桐这周五前跟实验室确认最终排期，不行就换实验室。

O2 用户
🟢 KR1 内测用户 500：已 512 ✅
🟡 KR2 NPS ≥ 40：目前 36。可欣 Q1末前做完第二轮用户访谈（≥15人）并出报告。

两周后同一时间再 check-in。
— Jay
"""
g = G('minutes', "Lark mail OKR check-in with traffic-light emoji bullets; items are buried in the KR prose. Sent Mon 2027-03-08. 阿恒 -> 邝志恒, 雨桐 -> 苏雨桐, 可欣 -> 温可欣 (aliases). '下周二之前' -> 2027-03-16; '这周五前' -> 2027-03-12; 'Q1末前' -> 2027-03-31. Green KRs and '维持' are status. Next check-in '两周后同一时间' = 2027-03-22 at the meeting's own time 10:30 (stated in the title).",
      [it('邝志恒', '拿回两家PCBA的二次报价，BOM成本压到$38以下', '2027-03-16', rule=('nw', 1)),
       it('苏雨桐', '跟实验室确认FCC/CE认证最终排期', '2027-03-12', rule=('wk', 4)),
       it('温可欣', '完成第二轮用户访谈（≥15人）并出报告', '2027-03-31', rule=('eom',))],
      fu('2027-03-22', '10:30', ('days', 14)), bot=CL_BOT)
mail('2209-startup-okr-emoji-buried-items-lark', 'minutes', 'lark', P('赖俊杰'),
     [P('邝志恒'), P('苏雨桐'), P('温可欣'), P('Arjun Mehta')], [CL_BOT], 'Q1 OKR check-in 3/8', t,
     alt(text, lark_html(text), 'utf-8', boundary='lark-' + hx('2209', 20)), g, CL)

# ------------------------------------------------------------------ 2210
t = T('2025-12-30 21:14:05')
text = """把群里刚才语音会的结论贴一下，省得翻记录：

[栗子硬件-供应链]
赖俊杰 20:31
好，那就这么定：嘉禾那边PCBA先下500套试产
邝志恒 20:32
收到，我明天把PO发过去
赖俊杰 20:33
@苏雨桐 试产SOP你元旦后第一个工作日给到工厂
苏雨桐 20:35
OK👌
Arjun Mehta 20:40
产测固件我1月9号前release，来得及
赖俊杰 20:41
👍 包材的事年后再说
温可欣 20:45
[图片]

以上。

发自我的iPhone
"""
g = G('minutes', "iPhone Mail (UTF-8 QP, plain only) with a WeChat group chat pasted as minutes. Sent Tue 2025-12-30 21:14. Commitments: 邝志恒 '我明天把PO发过去' -> 2025-12-31; 苏雨桐 '元旦后第一个工作日' -> New Year 2026 holiday 01-01..01-03, 2026-01-04 is a make-up Sunday, so 2026-01-04; Arjun '1月9号前' -> clearly future, 2026-01-09. '包材的事年后再说' is deferred, not an item. The decision (500套试产) is not an item.",
      [it('邝志恒', '给嘉禾发PCBA 500套试产PO', '2025-12-31', rule=('days', 1)),
       it('苏雨桐', '试产SOP给到工厂', '2026-01-04', rule=('fwa', '2026-01-03')),
       it('Arjun Mehta', '产测固件release', '2026-01-09', rule=('abs', '2026-01-09'))], None, bot=CL_BOT)
mail('2210-startup-wechat-chat-paste-iphone', 'minutes', 'iphone', P('赖俊杰'),
     [P('邝志恒'), P('苏雨桐'), P('Arjun Mehta'), P('温可欣')], [CL_BOT], '供应链群语音会结论', t,
     leaf_plain_cs('text/plain', text, 'utf-8', 'quoted-printable', False), g, CL)

# ------------------------------------------------------------------ 2211
t = T('2026-07-16 19:40:22')
text = "今天4点的会定了：Kexin 下周一前出 v2 PRD；阿恒 跟工厂确认 MOQ，周三给结论。下周四同一时间再过一遍。\n\n发自我的iPhone\n"
g = G('minutes', "One-line minutes from the CEO on iPhone (UTF-8 base64). Sent Thu 2026-07-16. 'Kexin 下周一前' -> 2026-07-20; '阿恒 … 周三给结论' -> this week's Wednesday is past -> 2026-07-22. Next meeting '下周四同一时间' with the meeting time '今天4点' -> 2026-07-23 16:00.",
      [it('温可欣', '出 v2 PRD', '2026-07-20', rule=('nw', 0)),
       it('邝志恒', '跟工厂确认 MOQ 并给结论', '2026-07-22', rule=('wk', 2))],
      fu('2026-07-23', '16:00', ('nw', 3)), bot=CL_BOT)
mail('2211-startup-one-line-ceo-iphone', 'minutes', 'iphone', P('赖俊杰'),
     [P('温可欣'), P('邝志恒')], [CL_BOT], '会议结论', t,
     leaf_plain_cs('text/plain', text, 'utf-8', 'base64', False), g, CL)

# ------------------------------------------------------------------ 2229
t = T('2025-03-12 17:26:48')
CHEN = ('陈浩', 'chenhao@jiahe-pcba.example.cn')
text = """Hi team, notes from today's supplier call w/ Jiahe PCBA (Kexin on leave, I'm taking notes):

- Zhiheng to chase the revised PCBA quote by Friday.
- Yutong 下周三下班前出 DFM report (reflow profile + stencil).
- Jiahe side: 陈生 to send the SMT line capacity plan, next Monday.
- I'll update the flashing jig firmware to v1.3 by 3/18.
- Longer term: switch to a 2-piece shielding can for gen 2 — target 2025年底 (Yutong).

Jiahe confirmed they can hold the current price until end of Q2 (no action).

Arjun
"""
g = G('minutes', "Lark mail, mixed zh/en 'Name to do X by …' lines. Sent Wed 2025-03-12. 'by Friday' -> 2025-03-14; '下周三下班前' -> 2025-03-19; '陈生' (Cantonese Mr. Chen) -> the Cc display name 陈浩 at the supplier, 'next Monday' -> 2025-03-17; 'I'll … by 3/18' -> the sender Arjun Mehta, 2025-03-18; '2025年底 (Yutong)' -> 苏雨桐, 2025-12-31. The price-hold line is marked no action.",
      [it('邝志恒', 'chase the revised PCBA quote', '2025-03-14', rule=('wk', 4)),
       it('苏雨桐', '出 DFM report (reflow profile + stencil)', '2025-03-19', rule=('nw', 2)),
       it(CHEN, 'send the SMT line capacity plan', '2025-03-17', rule=('nw', 0)),
       it('Arjun Mehta', 'update the flashing jig firmware to v1.3', '2025-03-18', rule=('abs', '2025-03-18')),
       it('苏雨桐', 'switch to a 2-piece shielding can for gen 2', '2025-12-31', rule=('abs', '2025-12-31'))], None, bot=CL_BOT)
mail('2229-startup-mixed-zh-en-name-to-do-lark', 'minutes', 'lark', P('Arjun Mehta'),
     [P('邝志恒'), P('苏雨桐'), P('赖俊杰')], [CHEN, CL_BOT], 'Jiahe PCBA call notes 3/12', t,
     alt(text, lark_html(text), 'utf-8', boundary='lark-' + hx('2229', 20)), g, CL)

# ------------------------------------------------------------------ 2234 reply
t = T('2026-05-09 14:10:03')
text = """第1项进度60%，还有8块板没测完，明天上午能结束。

在 2026年5月8日 18:22，ops bot<ops-bot@chestnutlabs.example.io> 写道：
> [纪要确认] EVT 回板评审 智能纪要 5/8
> 1. 完成20块EVT板回板功能测试，输出测试报告 — 苏雨桐 — 2026-05-09
> 2. 完成OTA双分区方案并提交代码评审 — Arjun Mehta — 2026-05-12
> 3. 更新EVT问题清单并同步给工厂 — 温可欣 — 2026-05-11
> 如有异议请于今日内回复。回复"已完成"/"进度80%"/"延期至X月X日"更新状态。
"""
g = G('reply', "Lark reply on the 2026-05-09 make-up Saturday to the recap of 2206: '第1项进度60%' -> progress, item 1, 60. '明天上午能结束' is an estimate, not an extension request.",
      reply=rep('progress', [1], 60), bot=CL_BOT)
mail('2234-reply-progress-item1-lark', 'reply', 'lark', P('苏雨桐'), [CL_BOT], [P('温可欣')],
     'Re: [纪要确认] EVT 回板评审 智能纪要 5/8', t, alt(text, lark_html(text), 'utf-8', boundary='lark-' + hx('2234', 20)), g, CL,
     irt='<recap-2206.a11c@chestnutlabs.example.io>')

# ------------------------------------------------------------------ 2235 auto
t = T('2026-05-11 08:00:14')
text = """Auto reply / 自动回复

Hi, I'm on leave 5/11 - 5/15 with limited access to email, back on Monday 5/18.
For urgent firmware issues please contact Yutong (yutong@chestnutlabs.example.io); for anything with a deadline this week, please push it to 5/19.

我5月11日至15日休假，18日回来。紧急事项请找雨桐。
"""
g = G('auto', "Lark out-of-office auto-reply to a recap (Auto-Submitted: auto-replied, X-Autoreply); body full of dates and a 'please push it to 5/19' that must not be read as an extension request.", bot=CL_BOT)
mail('2235-auto-ooo-lark-bilingual', 'auto', 'lark', P('Arjun Mehta'), [CL_BOT], [],
     '自动回复: [纪要确认] EVT 回板评审 智能纪要 5/8', t, leaf('text/plain', text, 'utf-8', 'base64'), g, CL,
     irt='<recap-2206.a11c@chestnutlabs.example.io>', extra=('Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: auto_reply'))
