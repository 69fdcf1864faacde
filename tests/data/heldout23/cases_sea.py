"""鹭峰海产 (Xiamen seafood importer): cases 4622-4628."""


def ptable(rows, sep="\t"):
    return "\n".join(sep.join(c.replace("\n", " ") for c in r) for r in rows)


def mso(text):
    return "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;")
                     for l in text.split("\n"))


def build(g):
    globals().update(g)
    DOM, BOT = ORGS["sea"]

    # ---------------------------------------------------------------------------------------------- 4622
    t = T("2025-07-15 21:40:37")
    s = t.date()
    text = ("琴姐、阿鹏、阿杰：\n\n早上跟 Diego 在 WhatsApp 讲好了，聊天记录贴一下：\n\n"
            "[15/07/2025, 10:02:11] Diego Fuentes: Hola Meiling! about the container AMCU 4418207, the certificado sanitario (health certificate) "
            "we send you before friday, no problem\n"
            "[15/07/2025, 10:03:40] Meiling Lin: ok Diego, pls also the packing list with net weight per carton, customs here very strict\n"
            "[15/07/2025, 10:05:02] Diego Fuentes: Sí claro, packing list tomorrow morning 👍\n"
            "[15/07/2025, 10:06:15] Meiling Lin: 👌 gracias\n\n"
            "下午内部碰了一下（我、琴姐、阿鹏、阿杰），分工：\n"
            "1. Diego：周五前发卫生证书扫描件（我来盯）\n"
            "2. 阿鹏：明天下班前把报关单草单做出来\n"
            "3. 阿杰：冷库预留2个40尺冻柜位，7月25日船到之前\n"
            "4. 琴姐：跟报关行陈国栋确认查验时间，尽快\n\n"
            "美玲\n鹭峰海产 采购部\n")
    b = foxmail(who("林美玲"), W("黄秀琴", "洪志鹏", "蔡俊杰"), W("Diego Fuentes") + [BOT], "智利冻虾 AMCU4418207 到港准备",
                t, text, html_of(text), "4622", BOT[1], cs="UTF-8")
    case(4622, "sea-whatsapp-paste-chile-foxmail-utf8", "minutes",
         "WhatsApp chat (Spanish-flavoured English supplier) pasted above the buyer's own 分工 list; nicknames 阿鹏/阿杰/琴姐; external owner in Cc; '7月25日船到之前'; 尽快",
         b, G("minutes",
              "Sent Tue 2025-07-15 21:40 (Foxmail, UTF-8 because the pasted chat has emoji). The chat is the source; the 分工 list holds the items. 1 Diego Fuentes (external, Cc) '周五前' -> "
              "2025-07-18 ('我来盯' means 林美玲 follows up; the owner is Diego). 2 阿鹏 = 洪志鹏, '明天下班前' -> 2025-07-16. 3 阿杰 = 蔡俊杰, "
              "'7月25日船到之前' -> 2025-07-25. 4 琴姐 = 黄秀琴, '尽快' -> vague_due. The chat's 'packing list tomorrow morning' is not in the list "
              "and is the supplier's chat promise (not recorded; arguable).",
              [I("Diego Fuentes", "发卫生证书扫描件", C("2025-07-18", wd(s, 4))),
               I("洪志鹏", "报关单草单做出来", C("2025-07-16", s + dt.timedelta(days=1))),
               I("蔡俊杰", "冷库预留2个40尺冻柜位", C("2025-07-25", D(2025, 7, 25))),
               I("黄秀琴", "跟报关行陈国栋确认查验时间", None, None, ["vague_due"])]))

    # ---------------------------------------------------------------------------------------------- 4623
    t = T("2026-02-11 20:15:09")
    s = t.date()
    text = ("庄总讲把群里说的事整理一下发邮件登记，我先把聊天记录贴上来，下面是我整理的。\n\n"
            "—————— 鹭峰冷链群 的聊天记录 ——————\n"
            "庄永福  19:02\n今晚碰一下年前最后两柜\n"
            "庄永福  19:03\n阿鹏你明天早上九点前去海关把那个挪威柜的查验通知单拿回来喔\n"
            "洪志鹏  19:03\n好的庄总\n"
            "庄永福  19:05\n阿杰冷库年前要盘一下，礼拜五之前数字给我\n"
            "蔡俊杰  19:06\n收到，礼拜五下午给你\n"
            "庄永福  19:08\n丽珠你去跟司机讲，过年冷藏车不能断电，每天拍温度记录\n"
            "吴丽珠  19:08\n好，我每天发群里\n"
            "庄永福  19:10\n秀琴智利那个柜节后第一个工作日要清出来，你跟报关行讲好\n"
            "黄秀琴  19:11\n有数\n"
            "——————————————————————\n\n"
            "整理：\n"
            "1、阿鹏：明早9点前到海关取挪威柜查验通知单\n"
            "2、阿杰：冷库年前盘点，礼拜五前报数\n"
            "3、我：过年期间冷藏车每天拍温度记录发群\n"
            "4、琴姐：智利柜节后第一个工作日清关\n\n"
            "丽珠\n")
    b = exmail(who("吴丽珠"), W("庄永福"), W("洪志鹏", "蔡俊杰", "黄秀琴") + [BOT], "冷链群 2.11 晚碰头事项", t, text,
               text_to_html(text), "4623", BOT[1])
    case(4623, "sea-wechat-group-minnan-spring-festival", "minutes",
         "WeChat group chat export with Minnan-flavoured Mandarin (礼拜五, 喔, 有数) plus the sender's 整理 list: 明早9点前, 礼拜五前, recurring task without date, 节后第一个工作日 after Spring Festival 2026",
         b, G("minutes",
              "Sent Wed 2026-02-11 20:15 (exmail gb18030); 02-14 Sat make-up day, 02-15..02-23 Spring Festival. Items from the 整理 list (the chat lines are their source): "
              "阿鹏 = 洪志鹏, '明早9点前' -> 2026-02-12 09:00; 阿杰 = 蔡俊杰, '礼拜五前' -> 2026-02-13 (the chat's '礼拜五下午' gives only a half day); "
              "'我' = the sender 吴丽珠, a daily task with no deadline -> no_due; 琴姐 = 黄秀琴, '节后第一个工作日' -> 2026-02-24.",
              [I("洪志鹏", "到海关取挪威柜查验通知单", C("2026-02-12", s + dt.timedelta(days=1)), "09:00"),
               I("蔡俊杰", "冷库年前盘点报数", C("2026-02-13", wd(s, 4))),
               I("吴丽珠", "过年期间冷藏车每天拍温度记录发群"),
               I("黄秀琴", "智利柜清关", C("2026-02-24", first_workday_after(D(2026, 2, 23))))]))

    # ---------------------------------------------------------------------------------------------- 4624
    t = T("2026-05-08 16:10:27")
    s = t.date()
    text = ("Hi Ingrid, hi all,\n\nMinutes of today's weekly call (09:00 Oslo / 15:00 Xiamen).\n"
            "Attendees: Ingrid Solberg (Nordfjord Salmon), Meiling, Ivy (customs), Jie Cai (cold chain), Tina\n\n"
            "1. Week 20 shipment: 2 x 40' reefer, ETA Xiamen 28 May. Superchilled, not frozen.\n"
            "2. Mattilsynet changed the health certificate template (new field for harvest site).\n"
            "3. Price for June: Nordfjord proposes NOK 98/kg, we counter at 94. Not agreed yet.\n\n"
            "Action items\n"
            "- Ingrid to send the new health certificate sample (PDF) by Wednesday\n"
            "- Ivy to check with Xiamen customs whether the new template is accepted, within 3 working days\n"
            "- Jie Cai to book reefer plugs at Haicang port for 28-29 May, by 20 May\n"
            "- Tina: update the June price sheet, EOD Monday\n\n"
            "Next call: same time next Friday.\n\nBest regards,\nTina Zheng\nLufeng Seafood | Purchasing\n")
    b = outlook(who("郑雅婷"), W("Ingrid Solberg"), W("林美玲", "黄秀琴", "蔡俊杰") + [BOT], "Weekly call minutes 8 May – Nordfjord / Lufeng",
                t, text, text_to_html(text), "4624", BOT[1], cs="utf-8", cte="quoted-printable", host="smtp.exmail.qq.com")
    case(4624, "sea-norway-weekly-call-english-makeup-saturday", "minutes",
         "English weekly-call minutes to a Norwegian supplier: 'X to do Y by Wednesday', 'within 3 working days' over the 2026-05-09 make-up Saturday, 'EOD Monday', "
         "'Next call: same time next Friday' with the time in two zones",
         b, G("minutes",
              "Sent Fri 2026-05-08 16:10 (Outlook UTF-8 QP). Ingrid Solberg (external, To) 'by Wednesday' -> 2026-05-13. Ivy = 黄秀琴 (alias), "
              "'within 3 working days' from 05-09: 05-09 (make-up Saturday), 05-11, 05-12 -> 2026-05-12. Jie Cai = 蔡俊杰, 'by 20 May' -> 2026-05-20. "
              "Tina = the sender 郑雅婷, 'EOD Monday' -> 2026-05-11. Numbered points 1-3 are facts/negotiation status. 'Next call: same time next Friday' "
              "with today's call at 15:00 Xiamen -> 2026-05-15 15:00.",
              [I("Ingrid Solberg", "send the new health certificate sample (PDF)", C("2026-05-13", wd(s, 2))),
               I("黄秀琴", "check with Xiamen customs whether the new template is accepted", C("2026-05-12", add_workdays(s, 3))),
               I("蔡俊杰", "book reefer plugs at Haicang port for 28-29 May", C("2026-05-20", D(2026, 5, 20))),
               I("郑雅婷", "update the June price sheet", C("2026-05-11", wd(s, 0)))],
              FU(C("2026-05-15", nwd(s, 4)), "15:00")))

    # ---------------------------------------------------------------------------------------------- 4625
    t = T("2025-12-29 17:31:44")
    s = t.date()
    rows = [["序号", "事项", "主办", "协办", "时限", "备注"],
            ["1", "进口冷链食品追溯平台账号年度续期", "洪志鹏", "郑雅婷", "元旦后第一个工作日", "过期将无法申报"],
            ["2", "智利冻虾原产地证正本寄送", "林美玲", "", "2026年1月8日", "DHL寄出后发单号"],
            ["3", "年度报关行服务合同续签", "黄秀琴", "苏文斌", "3个工作日内", ""],
            ["4", "冷库温度记录仪年检", "蔡俊杰", "吴丽珠", "1月15日前", ""],
            ["5", "海关AEO认证复核资料准备", "关务部", "各部门", "2026年一季度", ""]]
    head = ("各位同事：\n\n12月29日下午召开年终冷链报关协调会，庄总参加。会议纪要如下：\n\n"
            "一、2025年共进口冷链货柜186柜，查验率4.3%，无退运。\n二、工作安排：")
    tail = "三、下次协调会：1月5日（周一）下午3点，三楼会议室。\n\n关务部 黄秀琴"
    text = head + "\n" + ptable(rows) + "\n\n" + tail
    html = mso(head) + table_html(rows) + mso("\n" + tail)
    b = outlook(who("黄秀琴"), W("庄永福", "洪志鹏", "林美玲", "蔡俊杰", "苏文斌"), W("郑雅婷", "吴丽珠") + [BOT],
                "年终冷链报关协调会纪要", t, text, html, "4625", BOT[1])
    case(4625, "sea-coldchain-customs-table-new-year-makeup-sunday", "minutes",
         "Outlook gb2312 table with 主办/协办 columns: 元旦后第一个工作日 = the 2026-01-04 make-up Sunday, 3个工作日内 ending on it too, department-only owner with '2026年一季度'",
         b, G("minutes",
              "Sent Mon 2025-12-29 17:31. New Year 2026: 01-01..01-03 off, Sun 01-04 is a make-up working day. 1 洪志鹏 '元旦后第一个工作日' -> 2026-01-04 (Sunday). "
              "2 林美玲 '2026年1月8日' -> 2026-01-08. 3 黄秀琴 '3个工作日内' -> 12-30, 12-31, 01-04 -> 2026-01-04. 4 蔡俊杰 '1月15日前' -> 2026-01-15 (next year, clearly "
              "future-meant). 5 主办 '关务部' is a department -> owner null, department 关务部, no_owner; '2026年一季度' -> the end of Q1 2026-03-31 (period end). "
              "协办 columns name helpers, not owners. '下次协调会：1月5日（周一）下午3点' -> 2026-01-05 15:00.",
              [I("洪志鹏", "进口冷链食品追溯平台账号年度续期", C("2026-01-04", first_workday_after(D(2026, 1, 3)))),
               I("林美玲", "智利冻虾原产地证正本寄送", C("2026-01-08", D(2026, 1, 8))),
               I("黄秀琴", "年度报关行服务合同续签", C("2026-01-04", add_workdays(s, 3))),
               I("蔡俊杰", "冷库温度记录仪年检", C("2026-01-15", D(2026, 1, 15))),
               I(None, "海关AEO认证复核资料准备", C("2026-03-31", month_end(D(2026, 3, 1))), None, ["no_owner"], dept="关务部")],
              FU(C("2026-01-05", D(2026, 1, 5)), "15:00")))

    # ---------------------------------------------------------------------------------------------- 4626
    t = T("2027-03-22 07:10:02")
    s = t.date()
    text = "秀琴智利那柜下周三前一定要清掉 阿杰冷库位子月底前排好 雅婷挪威的价格礼拜五前谈下来 其他的下礼拜一开会再说\n\n发自我的iPhone"
    b = iphone(who("庄永福"), W("黄秀琴", "蔡俊杰", "郑雅婷"), [BOT], "早上电话会", t, text, "4626", BOT[1], cte="base64")
    case(4626, "sea-boss-voice-input-one-liner", "minutes",
         "The boss's voice-input one-liner from iPhone (no punctuation, base64): 下周三前, 月底前, 礼拜五前, next meeting '下礼拜一' without a time (2027)",
         b, G("minutes",
              "Sent Mon 2027-03-22 07:10. 秀琴 = 黄秀琴 '下周三前' -> 2027-03-31; 阿杰 = 蔡俊杰 '月底前' -> 2027-03-31; 雅婷 = 郑雅婷 '礼拜五前' -> this week's "
              "Friday 2027-03-26. '其他的下礼拜一开会再说' -> next meeting 2027-03-29, no time. No 2027 holiday affects these dates.",
              [I("黄秀琴", "智利那柜清关", C("2027-03-31", nwd(s, 2))),
               I("蔡俊杰", "冷库位子排好", C("2027-03-31", month_end(s))),
               I("郑雅婷", "挪威的价格谈下来", C("2027-03-26", wd(s, 4)))],
              FU(C("2027-03-29", nwd(s, 0)), None)))

    # ---------------------------------------------------------------------------------------------- 4627
    t = T("2027-11-16 10:02:15")
    s = t.date()
    rows = [["No.", "内容", "担当", "期限", "状况"],
            ["1", "10月进口增值税专用缴款书抵扣勾选", "苏", "11/19(金)", "○"],
            ["2", "海关缴税单与发票核对，出差异清单", "洪", "11/22(月)", "△"],
            ["3", "挪威供应商预付款汇兑损失说明", "郑", "11/26(金)", "△"],
            ["4", "关税保证金退还申请", "黄", "月末", "△"],
            ["5", "9月分差异调整", "苏", "済", "◎"]]
    text = ("【议事录】11月财务·关务联络会\n\n日时：2027/11/16（火）9:00～9:45\n场所：3F会议室\n出席：苏、黄、洪、郑（记录：苏）\n\n"
            "■决定事项\n・12月起进口增值税缴款书统一由关务部扫描后上传共享盘\n・差异金额500元以下不再单独说明\n\n"
            "■课题（TODO）\n" + ptable(rows, "｜") + "\n凡例：◎完了 ○进行中 △未着手\n\n■下回\n12/14(火) 9:00 同会议室\n\n以上\n\n苏文斌\n")
    html = ("<div>" + text_to_html(text.split("■课题（TODO）")[0]) + "</div><div><b>■课题（TODO）</b></div>" +
            table_html(rows) + "<div>" + text_to_html("凡例：◎完了 ○进行中 △未着手\n\n■下回\n12/14(火) 9:00 同会议室\n\n以上\n\n苏文斌") + "</div>")
    b = foxmail(who("苏文斌"), W("黄秀琴", "洪志鹏", "郑雅婷"), [BOT], "11月财务·关务联络会 议事录", t, text, html, "4627", BOT[1],
                cs="GB18030")
    case(4627, "sea-japanese-style-tantou-kigen", "minutes",
         "Japanese-trained writer: 议事录, 担当/期限 columns, surnames only (苏/洪/郑/黄, resolvable only from To/Cc/From), weekday kanji 11/19(金), 月末, 済 done mark, 下回 next meeting",
         b, G("minutes",
              "Sent Tue 2027-11-16 10:02 (Foxmail GB18030). 担当 are surnames only: 苏 = the sender 苏文斌, 洪 = 洪志鹏, 郑 = 郑雅婷, 黄 = 黄秀琴 (each the only "
              "person with that surname among From/To). 1 '11/19(金)' -> 2027-11-19 (a Friday); 2 '11/22(月)' -> 2027-11-22; 3 '11/26(金)' -> 2027-11-26; "
              "4 '月末' -> 2027-11-30. Row 5 期限 '済' and 状况 ◎ = done, not an item. ■决定事项 are decisions. '■下回 12/14(火) 9:00' -> 2027-12-14 09:00.",
              [I("苏文斌", "10月进口增值税专用缴款书抵扣勾选", C("2027-11-19", wd(s, 4))),
               I("洪志鹏", "海关缴税单与发票核对，出差异清单", C("2027-11-22", nwd(s, 0))),
               I("郑雅婷", "挪威供应商预付款汇兑损失说明", C("2027-11-26", nwd(s, 4))),
               I("黄秀琴", "关税保证金退还申请", C("2027-11-30", month_end(s)))],
              FU(C("2027-12-14", D(2027, 12, 14) if D(2027, 12, 14).weekday() == 1 else None), "09:00")))

    # ---------------------------------------------------------------------------------------------- 4628
    t = T("2025-10-10 17:52:38")
    s = t.date()
    text = ("各位：\n\n本周冷链周会纪要（10月10日 16:30）\n\n上周待办：1—6项均已完成。\n\n"
            "本周新增待办（接上周编号）：\n"
            "7. 核对装箱单与商业发票 —— 郑雅婷（挪威 NF2541 柜），明天（周六调休上班）\n"
            "8. 核对装箱单与商业发票 —— 林美玲（智利 AM0932 柜），10月14日\n"
            "9. 冷藏车GPS温控平台续费 —— 吴丽珠，10月底前\n"
            "10. 叉车司机冷库作业安全培训 —— 蔡俊杰，下周四\n\n"
            "其他：国庆期间冷库无断电、无温度超标记录。\n\n阿杰\n")
    b = exmail(who("蔡俊杰"), W("郑雅婷", "林美玲", "吴丽珠"), W("庄永福") + [BOT], "冷链周会纪要 10.10", t, text, text_to_html(text),
               "4628", BOT[1])
    case(4628, "sea-own-numbering-same-task-makeup-saturday", "minutes",
         "The minutes' own numbering continues from last week (7-10); two items with the same task text for two owners; 明天（周六调休上班）; 10月底前; 下周四",
         b, G("minutes",
              "Sent Fri 2025-10-10 17:52; Sat 2025-10-11 is a make-up working day. Items are numbered 7-10 by the writer (continuing last week's list); "
              "'1—6项均已完成' is status. 7 and 8 share the task text '核对装箱单与商业发票' (different containers, different owners): 郑雅婷 '明天' -> 2025-10-11, "
              "林美玲 '10月14日' -> 2025-10-14. 9 吴丽珠 '10月底前' -> 2025-10-31. 10 蔡俊杰 '下周四' -> 2025-10-16. The 其他 line is a fact.",
              [I("郑雅婷", "核对装箱单与商业发票", C("2025-10-11", s + dt.timedelta(days=1) if is_workday(s + dt.timedelta(days=1)) else None)),
               I("林美玲", "核对装箱单与商业发票", C("2025-10-14", D(2025, 10, 14))),
               I("吴丽珠", "冷藏车GPS温控平台续费", C("2025-10-31", month_end(s))),
               I("蔡俊杰", "叉车司机冷库作业安全培训", C("2025-10-16", nwd(s, 3)))]))
