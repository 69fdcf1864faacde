# -*- coding: utf-8 -*-
from gen_base import *

def add_fashion(case, T, P, EXT, BOTS):
    FB = BOTS["qimu"]
    text = ("# SS25 二波企划会 0312\n\n> 飞书文档导出 · 参会：Jiayi / Chloe / Kevin / 小唐 / 萌萌 / 钱师傅（线上）\n\n"
            "## 结论\n- 二波主推「奶油风」针织开衫 + 天丝阔腿裤，整体比一波晚一周上新\n- 直播间配合上新做专场，不单独投流\n\n"
            "## Todo\n- [ ] @Chloe 二波上新排期表，周五前发群里\n- [ ] @小唐 小红书种草笔记 10 篇（含 3 篇素人），by 3/20\n"
            "- [x] @萌萌 天丝面料打样 ✅ 已回样\n- [ ] @Kevin 专场直播脚本初稿，下周三下班前\n"
            "- [ ] @钱师傅 寄新一季色卡到公司，ASAP\n\n## 下次企划会\n3月19日（周三）\n晚上 8 点，还是线上\n")
    h = ("<html><head><meta charset=\"{cs}\"></head><body><h1>SS25 二波企划会 0312</h1><blockquote>飞书文档导出 · 参会：Jiayi / Chloe / Kevin / 小唐 / 萌萌 / 钱师傅（线上）</blockquote>"
         "<h2>结论</h2><ul><li>二波主推「奶油风」针织开衫 + 天丝阔腿裤，整体比一波晚一周上新</li><li>直播间配合上新做专场，不单独投流</li></ul>"
         "<h2>Todo</h2><ul><li><input type=\"checkbox\" disabled> @Chloe 二波上新排期表，周五前发群里</li>"
         "<li><input type=\"checkbox\" disabled> @小唐 小红书种草笔记 10 篇（含 3 篇素人），by 3/20</li>"
         "<li><input type=\"checkbox\" checked disabled> @萌萌 天丝面料打样 ✅ 已回样</li>"
         "<li><input type=\"checkbox\" disabled> @Kevin 专场直播脚本初稿，下周三下班前</li>"
         "<li><input type=\"checkbox\" disabled> @钱师傅 寄新一季色卡到公司，ASAP</li></ul>"
         "<h2>下次企划会</h2><p>3月19日（周三）<br>晚上 8 点，还是线上</p></body></html>")
    case(3509, "fashion-feishu-markdown-checkboxes", "minutes", T(2025, 3, 12, 20, 47), "qimu", P("沈佳怡"),
         [P("顾晓晨"), P("陆子轩"), P("唐蜜"), P("周萌萌")], "SS25 二波企划会 0312 纪要", text,
         cc=[EXT["钱建国"], FB], cs="utf-8", cte="quoted-printable", client="feishu", html_body=h,
         items=[I("顾晓晨", "二波上新排期表发群里", "2025-03-14", spec=("wd", 4)),
                I("唐蜜", "小红书种草笔记 10 篇（含 3 篇素人）", "2025-03-20", spec=("lit", "2025-03-20")),
                I("陆子轩", "专场直播脚本初稿", "2025-03-19", spec=("nwd", 2)),
                I("钱建国", "寄新一季色卡到公司", None, flags=["vague_due"], email=EXT["钱建国"][1])],
         fu=FU("2025-03-19", "20:00", ("nwd", 2)),
         notes="Feishu-doc Markdown export (# headings, '- [ ]' / '- [x]' checkboxes, @handles), UTF-8 QP + HTML. Sent Wed 2025-03-12 20:47. @Chloe/@小唐/@Kevin are roster aliases; the checked [x] line is done, not an item; 结论 lines are decisions. @钱师傅 = the supplier 钱建国 in Cc (surname + 师傅), ASAP -> vague_due. 周五前 -> 03-14; by 3/20 -> 03-20; 下周三下班前 -> 03-19 without a time. Next meeting: date on one line, '晚上 8 点' on the next -> 2025-03-19 20:00.")

    text = "今天会上定的：小唐周四前出主图，Kevin月底前把618直播预算报我。其他按群里说的来。\n\n发自我的iPhone\n"
    case(3510, "fashion-one-line-manager-iphone", "minutes", T(2025, 5, 6, 22, 10), "qimu", P("沈佳怡"),
         [P("唐蜜"), P("陆子轩")], "今天会", text, cc=[FB], cs="utf-8", cte="quoted-printable", client="iphone",
         items=[I("唐蜜", "出主图", "2025-05-08", spec=("wd", 3)),
                I("陆子轩", "把618直播预算报沈佳怡", "2025-05-31", spec=("me",))],
         fu=None,
         notes="One-line minutes from a busy manager on iPhone (format=flowed QP), sent Tue 2025-05-06 22:10, the first working day after May Day. 小唐/Kevin are aliases. 周四前 -> 05-08; 月底前 -> 05-31. '报我' = report to the sender 沈佳怡 (task rewritten with her name; scorer should accept '把618直播预算报我'). '其他按群里说的来' is not an item.")

    text = ("宝子们今天的碰头小结来啦～\n\n✅ 已搞定\n· 六月首波上新图已全部上架\n· 达人寄样 30 单全部发出\n\n"
            "📌 待办\n🔥 @晓晨 把七月上新的爆款预测表拉出来，明天中午12点前\n"
            "👗 @蜜蜜 小红书 KOC 笔记数据复盘（点赞/收藏/进店），EOD Friday\n"
            "💰 @萌萌 跟面料商再砍一轮价，能压多少压多少，尽快哈\n\n"
            "⏰ 下次碰头：周五下午4点，老地方（3楼小会议室）\n\n冲鸭🦆\n—— Chloe\n")
    case(3511, "fashion-emoji-bullets-slang-qq", "minutes", T(2025, 6, 10, 19, 5), "qimu", P("顾晓晨"),
         [P("唐蜜"), P("周萌萌")], "碰头小结 0610 📌", text, cc=[P("沈佳怡"), FB], cs="utf-8", cte="base64", client="qq",
         html_body=text_to_html(text, "Microsoft YaHei", "14px"),
         items=[I("顾晓晨", "把七月上新的爆款预测表拉出来", "2025-06-11", "12:00", spec=("plus", 1)),
                I("唐蜜", "小红书 KOC 笔记数据复盘（点赞/收藏/进店）", "2025-06-13", spec=("wd", 4)),
                I("周萌萌", "跟面料商再砍一轮价", None, flags=["vague_due"])],
         fu=FU("2025-06-13", "16:00", ("wd", 4)),
         notes="QQ Mail UTF-8 base64 + HTML, emoji bullets and slang (宝子们, 冲鸭). Sent Tue 2025-06-10. '✅ 已搞定' lines are done work. @晓晨 is the writer herself (顾晓晨); @蜜蜜 = 唐蜜; @萌萌 = 周萌萌. 明天中午12点前 -> 06-11 12:00; 'EOD Friday' -> 06-13 without time; 尽快 -> vague_due. '下次碰头：周五下午4点' -> 2025-06-13 16:00.")

    rows = [["No.", "内容", "担当", "期限", "備考"],
            ["1", "双11退货率分析（按品类）", "顾", "11/21(金)", ""],
            ["2", "冬装羽绒马甲追单", "周", "11/25", "与工厂确认交期"],
            ["3", "年货节企划案", "沈", "月末", "初稿即可"],
            ["4", "直播间背景改版", "陸", "未定", "等报价"]]
    text = ("各位，\n\n本日の定例会（11/17 10:00〜10:40）の議事録です。中文写，表头照旧。\n\n■ 決定事項\n・12月上新按3波走，不再加急单\n\n■ ToDo\n" +
            table_text(rows, " | ") + "\n\n■ 次回\n11/24(月) 10:30〜 同会议室\n\n以上、よろしくお願いします。\n顾晓晨\n")
    h = text_to_html("各位，\n\n本日の定例会（11/17 10:00〜10:40）の議事録です。中文写，表头照旧。\n\n■ 決定事項\n・12月上新按3波走，不再加急单\n\n■ ToDo") + \
        table_html(rows) + "<p>■ 次回<br>11/24(月) 10:30〜 同会议室</p><p>以上、よろしくお願いします。<br>顾晓晨</p>"
    case(3512, "fashion-japanese-tantou-kigen-table", "minutes", T(2025, 11, 17, 10, 52), "qimu", P("顾晓晨"),
         [P("沈佳怡"), P("周萌萌"), P("陆子轩")], "【議事録】定例会 11/17", text, cc=[FB], cs="utf-8", cte="base64", client="apple",
         html_body=h,
         items=[I("顾晓晨", "双11退货率分析（按品类）", "2025-11-21", spec=("wk", "2025-11-21", 4)),
                I("周萌萌", "冬装羽绒马甲追单", "2025-11-25", spec=("lit", "2025-11-25")),
                I("沈佳怡", "年货节企划案", "2025-11-30", spec=("me",)),
                I("陆子轩", "直播间背景改版", None, flags=["vague_due"])],
         fu=FU("2025-11-24", "10:30", ("nwd", 0)),
         notes="Japanese-style minutes (議事録, 担当/期限/備考, 次回, (金)/(月) weekday marks) written in Chinese by a writer who studied in Japan; Apple Mail UTF-8 base64 + HTML table. Sent Mon 2025-11-17. 担当 cells are surnames only (顾/周/沈/陸), resolved via To names and roster aliases (陸 = 陆子轩, Traditional form). 月末 -> 11-30; 未定 -> vague_due. 決定事項 is a decision. 次回 11/24(月) 10:30 -> next_followup.")

    text = ("Hi all,\n\n年货节直播复盘 + 春节排班 quick notes (Thu 2/12):\n\n"
            "Topic 1: 年货节直播复盘\nOwner: Kevin\nDue: 2/14 (Sat, 调休上班)\nNote: GMV 达成 92%，退货率偏高\n\n"
            "Topic 2: 春节期间客服排班表\nOwner: Chloe\nDue: 节后第一个工作日\n\n"
            "Topic 3: 3月新品直播排期\nOwner: 小唐\nDue: within 5 working days\n\n"
            "Decision: 春节期间直播间停播，店铺正常接单，2/24 统一发货。\n\n"
            "Next sync: Feb 24, 3pm\n\nKevin\n")
    case(3513, "fashion-owner-due-blocks-spring-festival", "minutes", T(2026, 2, 12, 15, 0), "qimu", P("陆子轩"),
         [P("沈佳怡"), P("顾晓晨"), P("唐蜜")], "notes: 年货节复盘 & 春节排班", text, cc=[FB], cs="utf-8",
         cte="quoted-printable", client="gmail", html_body=text_to_html(text, "Arial", "small"),
         items=[I("陆子轩", "年货节直播复盘", "2026-02-14", spec=("wk", "2026-02-14", 5)),
                I("顾晓晨", "春节期间客服排班表", "2026-02-24", spec=("after", "2026-02-15")),
                I("唐蜜", "3月新品直播排期", "2026-02-26", spec=("work", 5))],
         fu=FU("2026-02-24", "15:00", ("lit", "2026-02-24")),
         notes="Gmail mixed zh/en Owner:/Due: blocks. Sent Thu 2026-02-12 15:00 before Spring Festival 2026 (holiday 02-15..02-23; make-up days Sat 02-14 and Sat 02-28). 'Due: 2/14' is the make-up Saturday. 节后第一个工作日 -> Tue 02-24. 'within 5 working days' counts 02-13, 02-14, 02-24, 02-25, 02-26 -> 02-26. The Decision line (dates 2/24) is not an item. 'Next sync: Feb 24, 3pm' -> 2026-02-24 15:00.")

    quoted = ("\n\n------------------ Original ------------------\nFrom: \"周萌萌\"<zhoumm@qimu-studio.example.com>;\nDate: Mon, Apr 13, 2026 05:31 PM\n"
              "To: \"钱建国\"<qianjg@keqiao-textile.example.cn>;\nSubject: 面料沟通会 0413\n\n"
              "1、钱师傅：天丝混纺首样 4月16日前寄出\n2、萌萌：下单数量 本周五前确认\n")
    text = ("钱师傅好，\n\n今天电话会的纪要，接着上周的邮件发，方便您对照：\n\n"
            "1、钱师傅（面料厂）：天丝混纺复样寄到上海，4月24日（周五）前到。\n"
            "2、萌萌：和财务确认大货单价及付款节点，下周一。\n"
            "3、小唐：面料详情页文案（含成分、洗涤说明），4月30日前。\n\n"
            "首样色牢度问题已经确认是染厂批次原因，不再追究。\n\n周萌萌\n栖木服饰 商品部" + quoted)
    case(3514, "fashion-supplier-re-thread-foxmail", "minutes", T(2026, 4, 20, 18, 0), "qimu", P("周萌萌"),
         [EXT["钱建国"]], "Re: 面料沟通会 0413", text, cc=[P("唐蜜"), FB], cs="gbk", cte="base64", client="foxmail",
         irt="<5E3A71C2.0413A9@qimu-studio.example.com>",
         items=[I("钱建国", "天丝混纺复样寄到上海", "2026-04-24", email=EXT["钱建国"][1], spec=("wk", "2026-04-24", 4)),
                I("周萌萌", "和财务确认大货单价及付款节点", "2026-04-27", spec=("nwd", 0)),
                I("唐蜜", "面料详情页文案（含成分、洗涤说明）", "2026-04-30", spec=("lit", "2026-04-30"))],
         fu=None,
         notes="Foxmail GBK, supplier-facing minutes posted as 'Re:' in the previous week's thread; the quoted '------------------ Original ------------------' minutes (04-16, 本周五) are NOT items. Sent Mon 2026-04-20. 钱师傅 = 钱建国 (To). 萌萌 = the sender 周萌萌; 小唐 = 唐蜜 (Cc). 下周一 -> 04-27. The 色牢度 line is a conclusion.")

    text = ("各位：\n\n今晚复盘会聊得比较散，我凭印象整理一下，有遗漏大家补充。\n\n"
            "国庆预售整体比去年好，但加购转化掉得厉害。晓晨这边国庆期间帮忙盯一下预售数据，10月8日上班第一天给我一个复盘，重点看加购到支付这一段。"
            "小唐的秋冬 lookbook 拍摄场地我们最后定了安福路那家，请她节前把拍摄脚本定下来发我，不然摄影师档期排不上。"
            "Kevin 说直播间新布景要等供应商报价，这个先放着，不急。\n\n"
            "另外提醒一下，放假期间店铺客服按排班表执行，有售后纠纷直接拉群。\n\n"
            "节后第一个周六（10月10日，调休上班）上午10点我们再碰一次。\n\n佳怡\n")
    case(3515, "fashion-prose-items-national-day-eve", "minutes", T(2026, 9, 30, 21, 0), "qimu", P("沈佳怡"),
         [P("顾晓晨"), P("唐蜜"), P("陆子轩")], "国庆预售复盘会（简记）", text, cc=[FB], cs="utf-8", cte="quoted-printable",
         client="apple",
         items=[I("顾晓晨", "国庆预售数据复盘（重点看加购到支付）", "2026-10-08", spec=("after", "2026-10-01")),
                I("唐蜜", "定下秋冬 lookbook 拍摄脚本发沈佳怡", "2026-09-30", spec=("before", "2026-10-01"))],
         fu=FU("2026-10-10", "10:00", ("lit", "2026-10-10")),
         notes="Apple Mail UTF-8 QP (format=flowed), items buried in prose paragraphs. Sent Wed 2026-09-30 21:00, eve of National Day 2026 (10-01..10-07; make-up Sat 10-10). '10月8日上班第一天' -> 10-08. '节前' = last working day before the holiday = the send date 09-30 (ambiguous: sent at 21:00 it is effectively overdue at once; a careful assistant still records 09-30). Kevin's 布景 is explicitly deferred ('先放着，不急') -> not an item. The 客服排班 sentence is a rule. '节后第一个周六（10月10日，调休上班）上午10点' -> 2026-10-10 10:00.")

    text = ("【SS27企划群】聊天记录整理（3月4日晚）\n\n"
            "沈佳怡 21:02\nOTB 还没定吗 @顾晓晨\n\n顾晓晨 21:05\n在拉了，周一前给你\n\n"
            "唐蜜 21:11\n达人名单我周六发群里哈～\n\n沈佳怡 21:13\n好。Kevin 直播场地明天确认下？\n\n"
            "陆子轩 21:20\n明早9点前确认，放心\n\n沈佳怡 21:24\n👌 那就这样，下周二晚上8点语音再对一次\n\n"
            "——\n整理：\n1. 顾晓晨：SS27二波OTB，下周一前\n2. 唐蜜：达人名单，周六发群\n3. 陆子轩：确认直播场地，明早9点前\n"
            "下次：下周二 20:00 语音\n")
    case(3516, "fashion-wechat-chat-paste-2027", "minutes", T(2027, 3, 4, 23, 15), "qimu", P("唐蜜"),
         [P("沈佳怡"), P("顾晓晨"), P("陆子轩")], "群聊记录整理｜SS27企划", text, cc=[FB], cs="utf-8", cte="base64",
         client="qq",
         items=[I("顾晓晨", "SS27二波OTB", "2027-03-08", spec=("nwd", 0)),
                I("唐蜜", "达人名单发群", "2027-03-06", spec=("wd", 5)),
                I("陆子轩", "确认直播场地", "2027-03-05", "09:00", spec=("plus", 1))],
         fu=FU("2027-03-09", "20:00", ("nwd", 1)),
         notes="Group-chat transcript pasted into mail (speaker + time lines) followed by the writer's own 整理 list; the chat lines and the 整理 list describe the same three tasks - record each once. Sent Thu 2027-03-04 23:15 (no 2027 holidays involved; only weekday arithmetic). The chat says '周一前' while the list says '下周一前': both mean Mon 03-08. 周六 -> 03-06; 明早9点前 -> 03-05 09:00. '下次：下周二 20:00' -> 2027-03-09 20:00. Chat timestamps (21:02…) are not times of anything.")

def add_logistics(case, T, P, EXT, BOTS):
    EB = BOTS["ever"]
    text = ("各位同事：\n\n今日（1月24日）年前最後一次週會，紀錄如下：\n\n"
            "1. 黃志明：年前最後一批報關資料（共6票），今日內搞掂。\n"
            "2. 梁家豪：同船公司確認2月份倉位，3個工作天內回覆。\n"
            "3. 何美玲：通知深圳倉節後開倉時間，節後第一個工作日前發出。\n\n"
            "備註：假期期間如有急件，請直接致電Kelly。\n\n"
            "下次開會：2月5日（三）上午10:00（HKT），地點：觀塘辦公室／深圳視像。\n\n"
            "Kelly Chan\n恆越貨運有限公司 Everlink Freight Ltd.\n營運經理\n")
    case(3517, "hk-big5-weekly-before-cny", "minutes", T(2025, 1, 24, 17, 45), "ever", P("陳嘉欣"),
         [P("黃志明"), P("梁家豪"), P("何美玲")], "週會紀錄 1月24日", text, cc=[P("張偉強"), EB], cs="big5",
         cte="base64", client="outlook-hk", html_body=text_to_html(text, "新細明體", "12pt"),
         items=[I("黃志明", "年前最後一批報關資料（共6票）", "2025-01-24", spec=("today",)),
                I("梁家豪", "同船公司確認2月份倉位", "2025-02-05", spec=("work", 3)),
                I("何美玲", "通知深圳倉節後開倉時間", "2025-02-05", spec=("after", "2025-01-28"))],
         fu=FU("2025-02-05", "10:00", ("wk", "2025-02-05", 2)),
         notes="Outlook (zh-hk) Big5 base64 + HTML, Traditional characters, Cantonese wording (搞掂, 工作天). Sent Fri 2025-01-24 17:45 HKT (= CST). 今日內 -> send date. 3個工作天內 uses the mainland calendar (the gold convention; the firm runs a Shenzhen office): 01-26 (Sunday make-up day), 01-27, then Spring Festival 01-28..02-04, 02-05 -> 2025-02-05 (ambiguous: a HK calendar would differ). 節後第一個工作日前 -> 02-05. Next meeting 2月5日（三）10:00 HKT -> 2025-02-05 10:00.")

    text = ("Weekly ops call - 3 Apr 2025 (Thu) 09:00-09:25 HKT\nAttendees: Kelly, Ming, Ho, Mabel, Keung\n\n"
            "Shipments\n- SZX->LAX 2x40HQ for Lumen Home: cargo ready 8 Apr, vessel cut-off 10 Apr.\n- Customs: new e-manifest rule from 1 May, no action for now.\n\n"
            "AI: Ho to confirm vessel space with COSCO by 4/7\n"
            "AI (Kelly): chase Lumen Home for the commercial invoice & packing list ASAP\n"
            "Action: Ming - submit the import declaration for the HKG airfreight lot by EOD\n"
            "ACTION ITEM (Mabel): arrange SZ trucking for the Tuesday pick-up, by Monday 12:00 CST\n\n"
            "Note: tomorrow (4 Apr) - 6 Apr is Ching Ming holiday in both HK and mainland; SZ warehouse closed.\n\n"
            "Next call: Tuesday 8 April, 4:30pm HKT\n\n-- \nKelly\n")
    case(3518, "hk-english-ai-lines-hkt-cst", "minutes", T(2025, 4, 3, 9, 30), "ever", P("陳嘉欣"),
         [P("梁家豪"), P("黃志明"), P("何美玲"), P("張偉強")], "Weekly ops call 3 Apr - notes & AIs", text, cc=[EB],
         cs="us-ascii", cte="7bit", client="outlook-hk",
         items=[I("梁家豪", "confirm vessel space with COSCO", "2025-04-07", spec=("lit", "2025-04-07")),
                I("陳嘉欣", "chase Lumen Home for the commercial invoice & packing list", None, flags=["vague_due"]),
                I("黃志明", "submit the import declaration for the HKG airfreight lot", "2025-04-03", spec=("today",)),
                I("何美玲", "arrange SZ trucking for the Tuesday pick-up", "2025-04-07", "12:00", spec=("wd", 0))],
         fu=FU("2025-04-08", "16:30", ("wk", "2025-04-08", 1)),
         notes="Plain ASCII English minutes with four action-item spellings (AI:, AI (Name):, Action: Name -, ACTION ITEM (Name):). Sent Thu 2025-04-03 09:30 +0800. Ho/Kelly/Ming/Mabel are roster aliases. by 4/7 -> 04-07; ASAP -> vague_due; by EOD -> send date; 'by Monday 12:00 CST' -> 04-07 12:00 (CST = China Standard Time = +08:00). Shipment facts (cut-off 10 Apr, 1 May rule, holiday note) are not items. 'Next call: Tuesday 8 April, 4:30pm HKT' -> 2025-04-08 16:30.")

    text = ("Ming、Keung：\n\nFYI，以下係客戶 Lumen Home 嘅會議紀錄，麻煩你哋跟進下。另外我加多一項：Ho 要喺元旦前同船公司 confirm 返 1 月份長約價。\n\nKelly\n\n"
            "________________________________\n寄件者: Peter Lau <peter.lau@lumen-home.example.hk>\n寄件日期: 2025年12月29日 上午 10:02\n"
            "收件者: Kelly Chan <kelly.chan@everlink-hk.example.com>\n主旨: Meeting notes - Q1 shipping plan\n\n"
            "Hi Kelly,\n\nThanks for the call this morning. Summary:\n"
            "1. Everlink (Ming) to review the HS codes for the new LED range by 12/31.\n"
            "2. Everlink (Keung) to arrange the pick-up truck at our Dongguan factory on 5 Jan (Mon).\n"
            "3. Lumen Home (Peter) to send the final packing list before 4 Jan.\n\nBest,\nPeter\n")
    case(3519, "hk-forward-with-preface-item-new-year", "minutes", T(2025, 12, 29, 11, 20), "ever", P("陳嘉欣"),
         [P("黃志明"), P("張偉強")], "FW: Meeting notes - Q1 shipping plan", text, cc=[P("梁家豪"), EXT["Peter Lau"], EB],
         cs="utf-8", cte="base64", client="outlook-hk", html_body=text_to_html(text, "Calibri", "11pt"),
         items=[I("梁家豪", "同船公司 confirm 返 1 月份長約價", "2025-12-31", spec=("before", "2026-01-01")),
                I("黃志明", "review the HS codes for the new LED range", "2025-12-31", spec=("lit", "2025-12-31")),
                I("張偉強", "arrange the pick-up truck at our Dongguan factory", "2026-01-05", spec=("wk", "2026-01-05", 0)),
                I("Peter Lau", "send the final packing list", "2026-01-04", email=EXT["Peter Lau"][1], spec=("lit", "2026-01-04"))],
         fu=None,
         notes="Outlook forward (FW:) of a customer's English notes with a Cantonese preface that ADDS one item (Ho, 元旦前). Sent Mon 2025-12-29. 元旦前 -> the last working day before New Year's Day holiday = 12-31 (ambiguous: 'X前 = due on X' would give 01-01, a holiday; a careful assistant records 12-31). 'on 5 Jan (Mon)' is a scheduled date for the truck -> due 2026-01-05. 'before 4 Jan' -> 01-04 (the 2026 Sunday make-up day). Peter Lau is external (Cc). All four are items.")

    text = ("腾讯会议 智能纪要\n会议主题：深圳仓3月运营例会\n会议时间：2026/03/09 16:00-16:45\n\n"
            "【会议摘要】\n本次会议回顾了2月仓库作业情况（出库准确率99.6%），讨论了跨境车队证件年审和报关系统升级安排。会议决定3月起深圳仓周六不再安排夜班。\n\n"
            "【发言要点】\n00:02:15 何美玲：2月出库量环比增长18%，盘点计划放在本周。\n00:10:48 張偉強：司机证件年审材料还差三份。\n00:25:30 黃志明：报关系统供应商说升级包已经好了，但测试还没人排。\n\n"
            "【待办事项】\n1. 何美玲：3月12日前完成深圳仓季度盘点\n2. 張偉強：本周五前交齐跨境车队司机证件年审资料\n3. 待定：报关系统升级测试，尽快安排\n\n"
            "以上内容由AI生成，仅供参考\n")
    case(3520, "sz-tencent-meeting-ai-minutes", "minutes", T(2026, 3, 9, 18, 30), "ever", P("何美玲"),
         [P("陳嘉欣"), P("張偉強"), P("黃志明")], "深圳仓3月运营例会 智能纪要", text, cc=[EB], cs="gb18030", cte="base64",
         client="qq",
         items=[I("何美玲", "完成深圳仓季度盘点", "2026-03-12", spec=("lit", "2026-03-12")),
                I("張偉強", "交齐跨境车队司机证件年审资料", "2026-03-13", spec=("wd", 4)),
                I(None, "报关系统升级测试", None, flags=["vague_due"])],
         fu=None,
         notes="Tencent Meeting AI minutes (会议摘要 / 发言要点 with timestamps / 待办事项) forwarded by the Shenzhen office, Exmail gb18030 base64. Sent Mon 2026-03-09. Only 【待办事项】 counts; the summary's decision (周六不再安排夜班) and the remarks are not items. 本周五前 -> 03-13. Item 3 owner '待定' -> no_owner, 尽快 -> vague_due. AI-generated footer.")

    text = ("各位：\n\n今日週會（11月5日 15:00-16:00 HKT）紀錄，按人分：\n\n"
            "【Ming 黃志明】\n- 跟進海關查驗櫃 CMAU4417852 放行，聽日下晝3點前回覆客戶\n- 更新報關費報價表，下個禮拜三\n\n"
            "【Ho 梁家豪】\n- 訂12月聖誕旺季船倉位（美西 4x40HQ），月尾前\n\n"
            "【Mabel】\n- 冇新增，跟返上次嘅倉租單\n\n"
            "下星期四同一時間，Teams開。\n\nKelly\n")
    case(3521, "hk-cantonese-person-headings-same-time", "minutes", T(2026, 11, 5, 16, 10), "ever", P("陳嘉欣"),
         [P("黃志明"), P("梁家豪"), P("何美玲")], "週會紀錄 5/11", text, cc=[EB], cs="utf-8", cte="8bit", client="outlook-hk",
         items=[I("黃志明", "跟進海關查驗櫃 CMAU4417852 放行，回覆客戶", "2026-11-06", "15:00", spec=("plus", 1)),
                I("黃志明", "更新報關費報價表", "2026-11-11", spec=("nwd", 2)),
                I("梁家豪", "訂12月聖誕旺季船倉位（美西 4x40HQ）", "2026-11-30", spec=("me",))],
         fu=FU("2026-11-12", "15:00", ("nwd", 3)),
         notes="Cantonese written Chinese (聽日下晝3點 = 明天下午3点, 下個禮拜三 = 下周三, 月尾 = 月底, 冇 = 没有), 8bit UTF-8, person headings. Sent Thu 2026-11-05 (subject '5/11' is HK day/month order). 聽日下晝3點前 -> 11-06 15:00. 【Mabel】 '冇新增' -> no new item (the carry-over has no date; treated as not an item). Next meeting: '下星期四同一時間' + header time 15:00 HKT -> 2026-11-12 15:00.")

    text = ("## Ops tracker - week 52\n\n| Status | Due | Task | Owner | Priority |\n|---|---|---|---|---|\n"
            "| Open | 12/23 | Renew Shenzhen customs broker licence | Mabel | High |\n"
            "| Done | 12/18 | Year-end stock count at Kwai Chung | Keung | Med |\n"
            "| Open | EOD Wed | Send Q1 rate card to key accounts | Kelly | Med |\n"
            "| Open | TBD | Trial LCL consolidation at Yantian | Ho | Low |\n"
            "| Open | 2026年底 | Close out all pending customs refunds | Ming | High |\n\n"
            "Next: Mon 28 Dec 2026, 9:30 CST (= 9:30 HKT)\n")
    case(3522, "hk-markdown-pipe-table-odd-columns", "minutes", T(2026, 12, 21, 10, 0), "ever", P("陳嘉欣"),
         [P("何美玲"), P("梁家豪"), P("黃志明"), P("張偉強")], "Ops tracker wk52", text, cc=[EB], cs="utf-8",
         cte="quoted-printable", client="gmail",
         items=[I("何美玲", "Renew Shenzhen customs broker licence", "2026-12-23", spec=("lit", "2026-12-23")),
                I("陳嘉欣", "Send Q1 rate card to key accounts", "2026-12-23", spec=("wd", 2)),
                I("梁家豪", "Trial LCL consolidation at Yantian", None, flags=["vague_due"]),
                I("黃志明", "Close out all pending customs refunds", "2026-12-31", spec=("lit", "2026-12-31"))],
         fu=FU("2026-12-28", "09:30", ("nwd", 0)),
         notes="Markdown/Notion-style pipe table with columns in an unusual order (Status | Due | Task | Owner | Priority), plain UTF-8 QP. Sent Mon 2026-12-21. Done row is status. 'EOD Wed' -> 12-23 without time; TBD -> vague_due; '2026年底' -> 12-31. 'Next: Mon 28 Dec 2026, 9:30 CST' -> 2026-12-28 09:30.")

    text = ("Hi team,\n\nQuick notes from today's call with the Long Beach agent (I'm still in LA, so times below are HKT unless marked):\n\n"
            "- Ho to share the revised sailing schedule by 3/18\n- Ming to file the ISF for the two April bookings by Friday\n"
            "- Keung: no action this week\n\nAgent confirmed the chassis shortage is over; no extra demurrage expected.\n\n"
            "Next call: Wed 17 Mar 2027, 9am HKT (Tue 6pm PDT)\n\nKelly\nSent from my iPad\n")
    case(3523, "hk-sender-in-la-pdt-date-header", "minutes", T(2027, 3, 16, 9, 40), "ever", P("陳嘉欣"),
         [P("梁家豪"), P("黃志明"), P("張偉強")], "Long Beach agent call - notes", text, cc=[EB], cs="us-ascii", cte="7bit",
         client="iphone", date_tz=dt.timezone(dt.timedelta(hours=-7)),
         items=[I("梁家豪", "share the revised sailing schedule", "2027-03-18", spec=("lit", "2027-03-18")),
                I("黃志明", "file the ISF for the two April bookings", "2027-03-19", spec=("wd", 4))],
         fu=FU("2027-03-17", "09:00", ("lit", "2027-03-17")),
         notes="iPad mail from a sender travelling in Los Angeles: Date header is Mon 15 Mar 2027 18:40 -0700 = Tue 2027-03-16 09:40 Asia/Shanghai; dates resolve against the Shanghai date. 'by Friday' -> 03-19; 'by 3/18' -> 03-18. 'Keung: no action this week' is not an item. Next call stated in two zones: '9am HKT (Tue 6pm PDT)' -> 2027-03-17 09:00 (+08:00). No 2027 holiday data needed.")

    text = ("各位：\n\n今日報關及倉庫協調會紀錄：\n\n"
            "1. 黃志明負責就上月被海關抽查嘅三票貨（包括 CMAU4417852、\n   TGHU2093318、SEGU5120046）整理書面解釋說明，\n"
            "   連同相關單證一併提交海關\n   （完成時限：本週五（5月21日）前）。\n\n"
            "2. 何美玲負責深圳倉WMS系統切換（（1）歷史數據遷移，5月25日前；\n   （2）倉管員操作培訓，6月1日前）。\n\n"
            "3. 關於加班費計算方式，維持現行做法，不作調整。\n\nKelly\n")
    case(3524, "hk-wrapped-items-nested-brackets", "minutes", T(2027, 5, 18, 14, 20), "ever", P("陳嘉欣"),
         [P("黃志明"), P("何美玲")], "報關及倉庫協調會紀錄", text, cc=[EB], cs="big5-hkscs", cte="quoted-printable",
         client="outlook-hk",
         items=[I("黃志明", "就上月被海關抽查嘅三票貨整理書面解釋說明，連同相關單證一併提交海關", "2027-05-21", spec=("wk", "2027-05-21", 4)),
                I("何美玲", "深圳倉WMS系統切換：歷史數據遷移", "2027-05-25", spec=("lit", "2027-05-25")),
                I("何美玲", "深圳倉WMS系統切換：倉管員操作培訓", "2027-06-01", spec=("lit", "2027-06-01"))],
         fu=None,
         notes="Big5-HKSCS QP plain text (嘅 is an HKSCS character). Sent Tue 2027-05-18. Item 1 wraps over four lines; its deadline sits on a continuation line inside nested brackets '（完成時限：本週五（5月21日）前）' -> 05-21. Item 2 holds sub-numbering inside brackets '（（1）…5月25日前；（2）…6月1日前）' -> two items. Item 3 is a decision (no item). Container numbers are not dates.")
