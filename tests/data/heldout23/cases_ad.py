"""Loomlight 拾光创意 (Shanghai boutique advertising agency): cases 4608-4614."""
import re


def md_html(text):
    """Very small Markdown-ish rendering, as a Feishu doc pasted into a mail client would look."""
    out = []
    for l in text.split("\n"):
        if l.startswith("# "):
            out.append("<h1>%s</h1>" % esc(l[2:]))
        elif l.startswith("## "):
            out.append("<h2>%s</h2>" % esc(l[3:]))
        elif l.startswith("> "):
            out.append('<blockquote style="color:#646a73">%s</blockquote>' % esc(l[2:]))
        elif l.startswith("- [ ] "):
            out.append('<div><input type="checkbox" disabled> %s</div>' % esc(l[6:]))
        elif l.startswith("- [x] "):
            out.append('<div><input type="checkbox" checked disabled> <s>%s</s></div>' % esc(l[6:]))
        elif l.startswith("- "):
            out.append("<li>%s</li>" % esc(l[2:]))
        elif not l.strip():
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % esc(l))
    return "\n".join(out)


def build(g):
    globals().update(g)
    DOM, BOT = ORGS["ad"]

    # ---------------------------------------------------------------------------------------------- 4608
    t = T("2025-06-03 19:41:22")
    s = t.date()
    text = ("Hi team,\n\nQuick recap of today's creative review w/ Ian. TL;DR 方向B胜出，但 headline 要再收一收。\n\n"
            "What we agreed\n- Direction B（“光在玻璃里”）moves forward; A is parked.\n"
            "- Client wants a less \"luxury-cold\" tone, more warmth. 不要再出现冷灰调。\n\n"
            "AI:\n- @Jackie rewrite 3 headline options (CN + EN) — by Fri\n"
            "- @Sean KV round 3 with warmer grading, EOD Thu\n"
            "- @Vivian send Camille the revised timeline + 报价 — ASAP\n"
            "- @Tim get 2 quotes for the glass-blowing shoot (Hangzhou studio vs. our usual) by 6/10\n\n"
            "Next review: Mon 9 June, 4pm, 大会议室.\n\nCheers,\nCyn\n\n--\nCynthia Shen | Account Director\n"
            "Loomlight 拾光创意 | 上海市徐汇区\n")
    b = gmail(who("沈可欣"), W("顾一鸣", "陆佳琪", "钱思远", "范晓雯", "蒋天"), [BOT],
              "Maison Verre SS26 KV – creative review #2 recap", t, text, text_to_html(text), "4608", BOT[1])
    case(4608, "ad-creative-review-ai-handles-gmail", "minutes",
         "Google Workspace mixed zh/en recap: 'AI:' lines with @handles (first names only), by Fri / EOD Thu / ASAP / by 6/10; decisions under 'What we agreed'; Next review after Dragon Boat",
         b, G("minutes",
              "Sent Tue 2025-06-03 19:41 (Dragon Boat holiday 05-31..06-02 just ended). @Jackie = 陆佳琪, 'by Fri' -> 2025-06-06; @Sean = 钱思远, "
              "'EOD Thu' -> 2025-06-05 (EOD gives the date without a time); @Vivian = 范晓雯, 'ASAP' -> null + vague_due; @Tim = 蒋天, 'by 6/10' -> 2025-06-10. "
              "'What we agreed' lines are decisions. 'Next review: Mon 9 June, 4pm' -> 2025-06-09 16:00.",
              [I("陆佳琪", "rewrite 3 headline options (CN + EN)", C("2025-06-06", wd(s, 4))),
               I("钱思远", "KV round 3 with warmer grading", C("2025-06-05", wd(s, 3))),
               I("范晓雯", "send Camille the revised timeline + 报价", None, None, ["vague_due"]),
               I("蒋天", "get 2 quotes for the glass-blowing shoot", C("2025-06-10", D(2025, 6, 10)))],
              FU(C("2025-06-09", nwd(s, 0)), "16:00")))

    # ---------------------------------------------------------------------------------------------- 4609
    t = T("2025-09-30 11:38:06")
    s = t.date()
    md = ("# Harbourline 品牌焕新 Kick-off\n> 📅 2025-09-30 10:00–11:00 · 📍 Orchid 会议室 + Zoom（新加坡）\n"
          "> 👥 Jasmine Koh, Marcus Lee（Harbourline）; Rae, Cynthia, Ian, Jackie（Loomlight）\n\n"
          "## 背景\nHarbourline 明年进入中国大陆市场，品牌需要一个中英双语的新叙事。\n\n"
          "## 决议\n- 品牌主色保留 harbour blue，字体换掉\n- 先做 SG + 上海两地，不做全亚洲\n\n"
          "## 待办\n- [ ] @Marcus Lee 提供过去3年的消费者调研原始数据 📅 2025-10-10\n"
          "- [ ] @俞蕾 竞品审计（SG/MY/CN 共6个品牌）初版 📅 3个工作日内\n"
          "- [ ] @陆佳琪 品牌故事方向 × 3 📅 2025-10-15\n"
          "- [x] @沈可欣 NDA 发送并签回\n"
          "- [ ] @Jasmine Koh 确认内部审批流程和最终决策人\n\n"
          "## 下次会议\n10月16日（周四）10:00 SGT，线上 Zoom\n")
    pre = "各位，kick-off 纪要从飞书文档导出贴在下面，有问题直接在文档里评论。国庆快乐！\n\nRae\n\n"
    text = pre + md
    b = apple_mail(who("俞蕾"), W("Jasmine Koh", "Marcus Lee"), W("沈可欣", "顾一鸣", "陆佳琪") + [BOT],
                   "Harbourline 品牌焕新 Kick-off 会议纪要", t, text, text_to_html(pre) + md_html(md), "4609", BOT[1])
    case(4609, "ad-feishu-markdown-export-national-day", "minutes",
         "Feishu-doc export pasted as Markdown (headings, '- [ ]' / '- [x]', 📅 dates) via Apple Mail QP; 3个工作日内 across National Day 2025 ending on the 10-11 make-up Saturday",
         b, G("minutes",
              "Sent Tue 2025-09-30 11:38; National Day holiday 2025-10-01..10-08, make-up Sat 10-11. Marcus Lee (external, To) 📅 2025-10-10. "
              "俞蕾 '3个工作日内' -> 10-09, 10-10, 10-11 (make-up Saturday) -> 2025-10-11. 陆佳琪 📅 2025-10-15. The '- [x]' NDA line is done (not an item). "
              "Jasmine Koh (external, To) has no date -> no_due. 决议 lines are decisions. '10月16日（周四）10:00 SGT' -> SGT = UTC+8 = Shanghai time -> 2025-10-16 10:00.",
              [I("Marcus Lee", "提供过去3年的消费者调研原始数据", C("2025-10-10", D(2025, 10, 10))),
               I("俞蕾", "竞品审计（SG/MY/CN 共6个品牌）初版", C("2025-10-11", add_workdays(s, 3))),
               I("陆佳琪", "品牌故事方向 × 3", C("2025-10-15", D(2025, 10, 15))),
               I("Jasmine Koh", "确认内部审批流程和最终决策人")],
              FU(C("2025-10-16", D(2025, 10, 16)), "10:00")))

    # ---------------------------------------------------------------------------------------------- 4610
    t = dt.datetime(2026, 3, 17, 9, 12, 44, tzinfo=TZ(1))
    text = ("Dear all,\n\nThank you for the session this morning (your afternoon!). Please find below our notes.\n\n"
            "Feedback round 2 – Key visual\n"
            "1. Overall the direction is validated by our Directrice artistique, félicitations.\n"
            "2. The bottle must stay the hero: no hands in the frame.\n"
            "3. Chinese copy: shorter, please avoid the word “奢华”.\n\n"
            "Actions\n\n"
            "Action: Send the final EN/FR/CN copy deck with legal mentions\nOwner: Jackie (Loomlight)\nDue: by 3/20\n\n"
            "Action: Retouch the bottle reflections on KV #2 and #3\nOwner: Sean\nDue: Monday 23/03\n\n"
            "Action: Share the brand typography licence files\nOwner: Hugo Marchand (Maison Verre)\nDue: ASAP\n\n"
            "Action: Validate the media plan budget\nOwner: Cynthia\nDue: end of March\n\n"
            "Next call: Thursday 26 March, 10:00 CET (17:00 Shanghai).\n\nBien à vous,\nCamille\n\n"
            "Camille Laurent\nResponsable Marketing Asie | Maison Verre\n12 rue de Turenne, 75004 Paris\n")
    b = outlook_mac(who("Camille Laurent"), W("沈可欣", "陆佳琪", "钱思远"), W("Hugo Marchand", "范晓雯") + [BOT],
                    "Maison Verre – KV feedback round 2 / notes", t, text, text_to_html(text), "4610", BOT[1],
                    host="mail-eopbgr.outbound.protection.outlook.com")
    case(4610, "ad-french-client-owner-due-blocks", "minutes",
         "French client's English notes (Outlook, Date +0100): Action/Owner/Due blocks, 'by 3/20', European 'Monday 23/03', ASAP, 'end of March'; next call in CET with the Shanghai time given",
         b, G("minutes",
              "Sent Tue 2026-03-17 09:12 +0100 = 16:12 Shanghai, same date. Owner 'Jackie (Loomlight)' = 陆佳琪, 'by 3/20' -> 2026-03-20. 'Sean' = 钱思远, "
              "'Monday 23/03' is day/month (French writer) -> 2026-03-23, a Monday. Hugo Marchand (external, Cc) 'ASAP' -> vague_due. 'Cynthia' = 沈可欣, "
              "'end of March' -> 2026-03-31. The numbered feedback points are client feedback, not actions. 'Thursday 26 March, 10:00 CET (17:00 Shanghai)': "
              "EU summer time starts 2026-03-29, so CET = UTC+1 -> 17:00 Shanghai -> next_followup 2026-03-26 17:00 (Asia/Shanghai).",
              [I("陆佳琪", "Send the final EN/FR/CN copy deck with legal mentions", C("2026-03-20", D(2026, 3, 20))),
               I("钱思远", "Retouch the bottle reflections on KV #2 and #3", C("2026-03-23", D(2026, 3, 23) if D(2026, 3, 23).weekday() == 0 else None)),
               I("Hugo Marchand", "Share the brand typography licence files", None, None, ["vague_due"]),
               I("沈可欣", "Validate the media plan budget", C("2026-03-31", month_end(D(2026, 3, 17))))],
              FU(C("2026-03-26", D(2026, 3, 26)), "17:00")))

    # ---------------------------------------------------------------------------------------------- 4611
    t = T("2026-09-24 18:33:51")
    s = t.date()
    text = ("各位，今天下午跟 Jasmine 开了个短会（企业微信语音），群聊记录+待办贴一下：\n\n"
            "——— Harbourline x Loomlight 项目群 ———\n"
            "Jasmine Koh 15:02\nHi all, the CNY campaign brief we need to lock by next week ya, can or not?\n"
            "范晓雯 Vivian 15:03\nCan! 我们节后第一天给你 brief v2 😊\n"
            "Jasmine Koh 15:05\nok also pls send me the influencer shortlist, our boss wants to see before 1 Oct lah\n"
            "顾一鸣 Ian 15:07\nJackie 写 brief，Sean 出 moodboard，同一天给\n"
            "Jasmine Koh 15:08\nshiok, thanks all 🙏\n"
            "———————————————\n\n"
            "待办（我整理的）：\n"
            "1) brief v2 —— Jackie，节后第一个工作日（9/28）\n"
            "2) moodboard —— Sean，同上\n"
            "3) influencer shortlist 发 Jasmine —— Vivian（我），9月30日前\n"
            "4) 内部预算核对 —— Cynthia，下周二\n\n"
            "祝大家中秋快乐🥮\nVivian\n")
    b = gmail(who("范晓雯"), W("顾一鸣", "陆佳琪", "钱思远", "沈可欣"), W("Jasmine Koh") + [BOT],
              "Harbourline CNY campaign – 短会纪要 9/24", t, text, text_to_html(text), "4611", BOT[1])
    case(4611, "ad-wecom-chat-paste-singapore-mid-autumn", "minutes",
         "WeCom group chat pasted above the AE's own 待办 list (Singlish client lines with 'by next week', 'before 1 Oct'); '同上' deadline; 节后 = after Mid-Autumn 2026; '我' = the sender",
         b, G("minutes",
              "Sent Thu 2026-09-24 18:33; Mid-Autumn holiday 2026-09-25..27. Only the 待办 list counts (the chat lines are its source, not extra items). "
              "1) Jackie = 陆佳琪, '节后第一个工作日（9/28）' -> 2026-09-28. 2) Sean = 钱思远, '同上' = the same deadline 2026-09-28. "
              "3) 'Vivian（我）' = the sender 范晓雯, '9月30日前' -> 2026-09-30. 4) Cynthia = 沈可欣, '下周二' -> 2026-09-29. No next meeting.",
              [I("陆佳琪", "brief v2", C("2026-09-28", first_workday_after(D(2026, 9, 27)))),
               I("钱思远", "moodboard", C("2026-09-28", first_workday_after(D(2026, 9, 27)))),
               I("范晓雯", "influencer shortlist 发 Jasmine", C("2026-09-30", D(2026, 9, 30))),
               I("沈可欣", "内部预算核对", C("2026-09-29", nwd(s, 1)))]))

    # ---------------------------------------------------------------------------------------------- 4612
    t = T("2026-01-05 10:48:30")
    s = t.date()
    text = ("Creative WIP 周会 1/5\n\n【Jackie】\n- Maison Verre 春季 newsletter 文案，周三前给我看\n"
            "- Harbourline 年报 tagline 再出两版 → 本周五\n\n"
            "【Sean】\n- KV 延展 12 个尺寸，1/16 前交制作\n- 上周的 storyboard 客户已经过了 ✅\n\n"
            "【Tim】\n- 拍摄场地合同，月底前签掉\n- 找 2 家 3D 外包备选（不急，有空看看）\n\n"
            "【me】\n- 跟 Cynthia 对 Q1 人力，周四\n\n"
            "Next WIP：下周一 same time（10:00）\n\nIan\n")
    b = apple_mail(who("顾一鸣"), W("陆佳琪", "钱思远", "蒋天"), W("沈可欣") + [BOT], "WIP 1/5", t, text,
                   text_to_html(text), "4612", BOT[1])
    case(4612, "ad-wip-person-headings-apple-mail", "minutes",
         "Minutes grouped under person headings (【Jackie】/【Sean】/【Tim】/【me】) from the creative director: 周三前, 本周五, 1/16前, 月底前, an undated '不急' task, 'me' = sender; first Monday after New Year",
         b, G("minutes",
              "Sent Mon 2026-01-05 10:48 (New Year holiday 01-01..03, make-up Sun 01-04). Heading owns its lines. Jackie = 陆佳琪: '周三前' -> 2026-01-07, "
              "'本周五' -> 2026-01-09. Sean = 钱思远: '1/16 前' -> 2026-01-16; the ✅ storyboard line is done (not an item). Tim = 蒋天: '月底前' -> 2026-01-31; "
              "'找 2 家 3D 外包备选（不急，有空看看）' has no deadline -> no_due (ambiguous: a careful assistant still records it, undated). "
              "【me】 = the sender 顾一鸣: '周四' -> 2026-01-08. 'Next WIP：下周一 same time（10:00）' -> 2026-01-12 10:00.",
              [I("陆佳琪", "Maison Verre 春季 newsletter 文案", C("2026-01-07", wd(s, 2))),
               I("陆佳琪", "Harbourline 年报 tagline 再出两版", C("2026-01-09", wd(s, 4))),
               I("钱思远", "KV 延展 12 个尺寸交制作", C("2026-01-16", D(2026, 1, 16))),
               I("蒋天", "拍摄场地合同签掉", C("2026-01-31", month_end(s))),
               I("蒋天", "找 2 家 3D 外包备选"),
               I("顾一鸣", "跟 Cynthia 对 Q1 人力", C("2026-01-08", wd(s, 3)))],
              FU(C("2026-01-12", nwd(s, 0)), "10:00")))

    # ---------------------------------------------------------------------------------------------- 4613
    t = T("2026-10-14 16:02:18")
    s = t.date()
    rows = [["状态", "事项", "Owner", "优先级", "Deadline", "备注"],
            ["Done", "场地确认（安福路棚）", "Tim", "P1", "10/9", "已付定金"],
            ["进行中", "模特 casting 终选", "Vivian", "P1", "10/16", "客户要看3个备选"],
            ["未开始", "道具清单 & 采购", "Tim", "P2", "10/20", ""],
            ["未开始", "调色师档期", "Sean", "P2", "10/22前", "找Leo"],
            ["Blocked", "音乐版权报价", "Tim / Vivian", "P3", "TBD", "等客户确认用途"]]
    tsv = "\n".join("\t".join(r) for r in rows)
    text = ("Hi all，\n\n今天3点的制作进度会结论很简单，表直接从 Excel 贴过来：\n\n" + tsv +
            "\n\n周五同一时间再过一遍。\n\nTim\n制作部\n")
    xl = ('<table border=0 cellpadding=0 cellspacing=0 width=520 style="border-collapse:collapse;width:390pt">' +
          "".join("<tr height=19>" + "".join('<td class=xl65 style="border:.5pt solid windowtext">%s</td>' % esc(c)
                                             for c in r) + "</tr>" for r in rows) + "</table>")
    html = ("<p class=MsoNormal>Hi all，</p><p class=MsoNormal>今天3点的制作进度会结论很简单，表直接从 Excel 贴过来：</p>" + xl +
            "<p class=MsoNormal>周五同一时间再过一遍。</p><p class=MsoNormal>Tim<br>制作部</p>")
    b = outlook(who("蒋天"), W("范晓雯", "钱思远", "沈可欣"), [BOT], "Maison Verre TVC 制作进度 10/14", t, text, html,
                "4613", BOT[1], cs="utf-8", cte="quoted-printable", host="smtp.loomlight.example.com")
    case(4613, "ad-excel-tsv-status-first-columns", "minutes",
         "Excel range pasted as tab-separated text (and an Excel HTML table) with columns in an odd order (状态 first, 优先级 between Owner and Deadline); Done row; 'Tim / Vivian'; TBD; '周五同一时间'",
         b, G("minutes",
              "Sent Wed 2026-10-14 16:02 (Outlook, UTF-8 QP). Done row (场地确认) is status, not an item. Vivian = 范晓雯 '10/16' -> 2026-10-16; Tim = 蒋天 "
              "'10/20' -> 2026-10-20; Sean = 钱思远 '10/22前' -> 2026-10-22; 'Tim / Vivian' -> first-named owner 蒋天 (Vivian supports), 'TBD' -> vague_due. "
              "Priorities (P1..P3) and 备注 are not deadlines. '周五同一时间' with the meeting at 3点 (15:00) -> 2026-10-16 15:00.",
              [I("范晓雯", "模特 casting 终选", C("2026-10-16", D(2026, 10, 16))),
               I("蒋天", "道具清单 & 采购", C("2026-10-20", D(2026, 10, 20))),
               I("钱思远", "调色师档期", C("2026-10-22", D(2026, 10, 22))),
               I("蒋天", "音乐版权报价", None, None, ["vague_due"])],
              FU(C("2026-10-16", wd(s, 4)), "15:00")))

    # ---------------------------------------------------------------------------------------------- 4614
    t = T("2027-07-06 09:05:40")
    s = t.date()
    text = ("Hi all,\n\nThanks for staying late yesterday. 简单写几句，大家对一下。\n\n"
            "Maison Verre 那边 Hugo 的意思很明确，他们不要再看新方向了，所以接下来两周我们只打磨 B。Jackie 这周五之前把 manifesto 的"
            "中文版再顺一遍，尤其第二段，读起来还是太像翻译；英文版我自己来改，下周二发给 Camille。\n\n"
            "Sean，我跟你说过的那个玻璃折射的 motion test，可以先做 5 秒的版本，不用等音乐，月底前给我看就行。\n\n"
            "预算的事 Cynthia 上周已经跟客户谈妥了，这里不展开。Tim, the shoot is confirmed for the 20th, 不用再改。\n\n"
            "Ian\n")
    inv = "<PH0PR11MB4%s@PH0PR11MB.namprd11.prod.outlook.com>" % hx("4614inv", 12).upper()
    b = apple_mail(who("顾一鸣"), W("陆佳琪", "钱思远", "蒋天"), W("沈可欣") + [BOT], "Re: yesterday's MV review",
                   t, text, text_to_html(text), "4614", BOT[1], irt=inv, refs=[inv])
    case(4614, "ad-ecd-prose-paragraph-items", "minutes",
         "Action items buried in prose paragraphs by the creative director (2027): 这周五之前, 下周二 for the sender himself, 月底前; done/fact sentences; 'Re:' to a calendar invite the bot never saw",
         b, G("minutes",
              "Sent Tue 2027-07-06 09:05. Jackie = 陆佳琪, '这周五之前' -> 2027-07-09. '英文版我自己来改，下周二发给 Camille' -> owner = sender 顾一鸣, 2027-07-13. "
              "Sean = 钱思远, '月底前' -> 2027-07-31. The mail answers (In-Reply-To) a calendar invite that is not a bot mail, so it is not a reply to the bot. Budget line is done (谈妥了); 'the shoot is confirmed for the 20th' is a fact. Kind minutes: it is the "
              "review's written follow-up with owners and dates, although it reads as prose. No weekday depends on 2027 holidays.",
              [I("陆佳琪", "manifesto 中文版再顺一遍", C("2027-07-09", wd(s, 4))),
               I("顾一鸣", "manifesto 英文版修改并发给 Camille", C("2027-07-13", nwd(s, 1))),
               I("钱思远", "玻璃折射 motion test（5 秒版本）", C("2027-07-31", month_end(s)))]))
