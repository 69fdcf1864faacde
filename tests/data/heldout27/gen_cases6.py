# -*- coding: utf-8 -*-
from gen_cases5 import *

# ---------------------------------------------------------------- 5431 reply done (port, QQ quote)
t = T(2025, 9, 29, 9, 26); sd = t.date()
recap = "<mb.5401.recap.11aa@haiyan-log.example.cn>"
txt = """第2项已完成，海关放行了，柜子下午提走。

单磊


------------------&nbsp;原始邮件&nbsp;------------------
发件人: "纪要助手"<jiyao@haiyan-log.example.cn>;
发送时间:&nbsp;2025年9月28日(星期天) 上午7:50
收件人:&nbsp;"谷永胜"<guyongsheng@haiyan-log.example.cn>;"单磊"<shanlei@haiyan-log.example.cn>;
主题:&nbsp;[纪要确认] 夜班交接 9.28

1 3号堆场B区剩余17个倒箱倒完 谷永胜 2025-09-28 12:00
2 跟船代核对查验掏箱柜（MSCU）放行时间并回话 单磊 2025-09-29 10:00
如有异议请于今日18:00前回复。可回复：确认 / 有异议+原因 / 已完成 / 进度80% / 延期至10月20日
""".replace("&nbsp;", "\u00a0")
eml, MIDS[5431] = mk("exmail", P("单磊"), [("纪要助手", "jiyao+r5401k@haiyan-log.example.cn")], [P("卢振")], "回复：[纪要确认] 夜班交接 9.28", t, txt,
                     html_from_text(txt), cs="gb18030", cte="base64", irt=recap, refs=[MIDS[5401], recap], seed="5431", dom="haiyan-log.example.cn")
add(5431, "port-reply-done-item2-qq-quote", "reply", eml,
    "Exmail gb18030 '回复：' with QQ '------------------ 原始邮件 ------------------' quote: '第2项已完成' -> done [2]",
    reply=REP("done", [2]),
    notes="Reply by 单磊 (owner of item 2) on Mon 2025-09-29 to the recap of 5401. '第2项已完成' -> done, items [2]. '海关放行了，柜子下午提走' is explanation. The quote lists the command words.")

# ---------------------------------------------------------------- 5432 reply progress (game, English Gmail)
t = T(2026, 7, 20, 11, 8); sd = t.date()
recap = "<mb.5414.recap.22bb@huanyu-xa.example.com>"
txt = """Item 2 is ~60% done - stamina v3 numbers for days 1-7 are in the sheet, days 8-30 still WIP. Should be fine for Friday.

Tim

On Fri, Jul 17, 2026 at 7:42 PM minutebot <minutes@huanyu-xa.example.com> wrote:
> Action items recorded from "design sync (Discord) - actions by person":
> 1. 新手引导 v2 walkthrough 文档 - 苏曼 - 2026-07-17 18:00
> 2. 体力系统数值表 v3 - 霍天宇 - 2026-07-24 18:00
> 3. 跟 Ethan 对一下 PVP 匹配规则 - 霍天宇 - 2026-07-22 18:00
> 4. 角色立绘外包 feedback 汇总给 Dora - 俞晨阳 - (no date: ASAP)
> Reply "done", "progress 80%", "extend to <date>" or "object" to update.
"""
eml, MIDS[5432] = mk("gmail", ("Tim Huo", R["霍天宇"][1]), [("minutebot", "minutes+r5414q@huanyu-xa.example.com")], [],
                     "Re: [minutebot] design sync (Discord) - actions by person", t, txt, cs="UTF-8", cte="quoted-printable",
                     irt=recap, refs=[MIDS[5414], recap], seed="5432")
add(5432, "game-reply-progress-english-gmail", "reply", eml,
    "Gmail English reply 'Item 2 is ~60% done … Should be fine for Friday' quoting the recap with '>' -> progress 60, no extension",
    reply=REP("progress", [2], percent=60),
    notes="Sent Mon 2026-07-20 by 霍天宇, owner of item 2. '~60% done' -> progress 60, items [2]. 'Should be fine for Friday' is a reassurance, not an extension request. Quoted recap lines are not part of the reply.")

# ---------------------------------------------------------------- 5433 reply extend (JV, mixed zh/de)
t = T(2026, 3, 4, 14, 37); sd = t.date()
recap = "<mb.5421.recap.33cc@hanse-qd.example.cn>"
txt = """第2项PPAP文件包申请延期至3月20日，原因：客户新增了全尺寸报告要求，三坐标排队到下周。
Bitte um Verlängerung für Punkt 2 bis 20.03.

隋芳
质量部 SQE

发件人: Protokoll-Bot <protokoll@hanse-qd.example.cn>
发送时间: 2026年2月27日 16:32
收件人: 刘振宇 <liuzhenyu@hanse-qd.example.cn>; 隋芳 <suifang@hanse-qd.example.cn>; 栾鹏 <luanpeng@hanse-qd.example.cn>
主题: [纪要确认] APQP Gate 2 评审会议纪要 - K-310

1 控制计划（CP）更新至 Rev.C 刘振宇 2026-03-03 18:00
2 PPAP 文件包提交客户 隋芳 2026-03-15 18:00
3 试生产 run@rate 数据整理 栾鹏 2026-02-28 09:00
"""
eml, MIDS[5433] = mk("outlook", ("隋芳", R["隋芳"][1]), [("Protokoll-Bot", "protokoll+r5421z@hanse-qd.example.cn")], [P("鞠晓峰")],
                     "答复: [纪要确认] APQP Gate 2 评审会议纪要 - K-310", t, txt, html_from_text(txt, "等线"), cs="utf-8", cte="base64",
                     irt=recap, refs=[MIDS[5421], recap], seed="5433")
add(5433, "jv-reply-extend-item2-zh-de", "reply", eml,
    "Outlook '答复:' extension request in Chinese with a German repeat (20.03.), a reason mentioning '下周'; Outlook 发件人/发送时间 quote",
    reply=REP("extend", [2], new_due="2026-03-20", calc=lambda sd=sd: D(2026, 3, 20)),
    notes="Sent Wed 2026-03-04 by 隋芳 (owner of item 2 of 5421). '第2项…申请延期至3月20日' -> extend, items [2], new date 2026-03-20; the German line says the same (20.03.). "
          "'三坐标排队到下周' is the reason, not a date.")

# ---------------------------------------------------------------- 5434 auto: Coremail out-of-office over National Day
t = T(2026, 10, 2, 9, 0, 3); sd = t.date()
txt = """您好！我于10月1日至10月7日国庆休假，10月8日返岗。期间如有急事请联系蒲晓琳（电话028-6xxxxxx1），3个工作日内会回复您的邮件。
此邮件为自动回复，请勿直接回复。

母红梅
"""
eml, MIDS[5434] = mk("coremail", P("母红梅"), [BG], [], "自动回复：[纪要确认] 工作提示单〔2026〕第17号", t, txt, cs="GBK", cte="base64", seed="5434",
                     irt="<mb.5409.remind.44dd@cdwjw.example.gov.cn>",
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Coremail-Autoreply", "1"), ("Precedence", "auto_reply")])
add(5434, "gov-auto-ooo-coremail-national-day", "auto", eml,
    "Coremail out-of-office '自动回复：' during National Day with Auto-Submitted: auto-replied; body has dates and '3个工作日内'",
    notes="Auto-reply from 母红梅's mailbox on 2026-10-02 (holiday). Auto-Submitted: auto-replied + Precedence: auto_reply + subject 自动回复 -> kind auto; "
          "no items, nothing to answer, even though it is in the thread and mentions dates.")

# ---------------------------------------------------------------- 5435 auto: Jira digest notification (bulk)
t = T(2027, 1, 18, 8, 0, 12); sd = t.date()
txt = """Jira Daily Digest for project HY (Starfall)

Issues due this week:
  HY-2101  Fix memory leak in battle scene      Assignee: Ethan Feng   Due: 20/Jan/27
  HY-2102  Compress UI atlas textures           Assignee: Chenyang     Due: 22/Jan/27
  HY-2107  Anti-cheat SDK integration           Assignee: Unassigned   Due: 29/Jan/27

Action required: 2 issues have no estimate.

You are receiving this because you are a watcher. Manage notifications: https://jira.huanyu-xa.example.com/secure/ViewProfile.jspa
"""
eml, MIDS[5435] = mk("thunderbird", ("Jira", "jira@huanyu-xa.example.com"), [BS], [], "[JIRA] Daily digest: 3 issues due this week (HY)", t, txt,
                     cs="utf-8", cte="7bit", seed="5435",
                     extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-JIRA-FingerPrint", hx("jira", 32)),
                            ("List-Unsubscribe", "<https://jira.huanyu-xa.example.com/secure/ViewProfile.jspa>")])
add(5435, "game-auto-jira-digest-bulk", "auto", eml,
    "Jira daily digest to the bot (Auto-Submitted: auto-generated, Precedence: bulk) listing assignees and due dates -> kind auto, no items",
    notes="Machine-generated Jira digest sent Mon 2027-01-18 08:00 from jira@ (the studio's own domain). It has owners and dates in a table but no person wrote it: kind auto, no items.")

# ---------------------------------------------------------------- 5436 other: person-to-person request with the bot in Cc
t = T(2026, 3, 5, 10, 14); sd = t.date()
txt = """Markus,

could you sign the PSW for K-310 by Friday? The customer portal closes the PPAP window on the 15th and Sui Fang needs the signed copy to upload.
I put the bot in cc by habit, sorry - this is not a meeting.

Thanks,
Sabine
"""
eml, MIDS[5436] = mk("outlook_en", EN("Sabine Krüger"), [EN("Markus Wendler")], [EN("隋芳"), BJ], "PSW signature K-310", t, txt,
                     html_from_text(txt, "Calibri"), cs="utf-8", cte="quoted-printable", seed="5436")
add(5436, "jv-other-request-bot-cc-by-habit", "other", eml,
    "Outlook English person-to-person request ('sign the PSW by Friday') with the bot in Cc by habit -> kind other, no items",
    notes="Sent Thu 2026-03-05. A single request between two people, not minutes of a meeting (the writer even says so): kind other, no items, no follow-up.")

# ---------------------------------------------------------------- 5437 reply confirm (game, Feishu-style short reply in Chinese)
t = T(2026, 9, 30, 17, 48); sd = t.date()
recap = "<mb.5416.recap.55ee@huanyu-xa.example.com>"
txt = """收到，没问题，都确认。节后见！

在 2026年9月30日 17:22，minutebot <minutes@huanyu-xa.example.com> 写道：

> 版号材料补正专题会纪要（9.30）已记录 4 项待办：
> 1 版号补正材料（防沉迷说明）修改后重新提交 白露 2026-10-08 18:00
> 2 游戏内容审核自查表更新 苏曼 2026-10-10 18:00
> 3 实名认证接口联调报告 冯一鸣 2026-10-13 18:00
> 4 全部美术资源敏感元素排查 钱朵 2026-10-15 18:00
> 如有异议请于今日18:00前回复。
"""
eml, MIDS[5437] = mk("iphone", P("冯一鸣"), [("minutebot", "minutes+r5416w@huanyu-xa.example.com")], [],
                     "Re: [minutebot] 版号材料补正专题会纪要（9.30）", t, txt + "\n发自我的iPhone", cs="utf-8", cte="quoted-printable",
                     irt=recap, refs=[MIDS[5416], recap], seed="5437", dom="huanyu-xa.example.com")
add(5437, "game-reply-confirm-iphone", "reply", eml,
    "iPhone reply '收到，没问题，都确认。' before the cut-off, Apple '在…写道：' quote of the recap",
    reply=REP("confirm", []),
    notes="Sent Wed 2026-09-30 17:48 by 冯一鸣 to the recap of 5416. '都确认' -> confirm, no item numbers -> items []. '节后见' is a greeting.")
