"""heldout77 cases 10519-10524."""
from hk77_clients import applemail, coremail, foxmail, m365, netease_qiye, thunderbird
from hk77_lib import (BOTS, P, assemble, fu, html_escape, html_table, item, leaf, lines_to_divs, multi)


def c10519():
    date = "Thu, 23 Jul 2026 03:15:40 +0000"
    bot = BOTS["M"]
    text = """Hi team,

Production/engineering weekly, 23 Jul, 10:00-10:45 (Suqian, Room A1).

Updates
- Line 2 OEE back to 81% after the reflow oven service.
- Yvonne: PCB supplier confirmed the August slots (done).

AI: @Haitao - move probe potting to the new curing oven and re-validate the cure time - by Tue 28 Jul
AI: @Leo - freeze firmware 2.5 for the Lusong pilot - 31/7
AI: @Chloe - onboard the two new test engineers (laptops, badges, ESD training) before they start on 3 Aug
AI: @Yvonne - get a quote for a spare reflow conveyor belt - no rush, when possible

Next check-in: same time next week.

Kevin
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">' + "".join(
                f'<p class="MsoNormal">{html_escape(ln).replace("@", "<a href=#>@", 1) + "</a>" if "@" in ln else (html_escape(ln) or "&nbsp;")}</p>'
                for ln in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_DB9PR07MB7781B4D2E0A93C6F15C2DB9PR07MB7781eurp_")
    to = [("Haitao Zhong", P("仲海涛")[1]), ("Leo Bian", P("卞磊")[1]), ("Chloe He", P("何晨")[1]), ("Yvonne Zhu", P("朱燕")[1])]
    hdr = m365(("Kevin Lu", P("陆文斌")[1]), to, [P("Declan Brennan"), bot], "Production/engineering weekly - 23 Jul",
               date, "10519", bot, arrival="23 Jul 2026 03:15:40.0912 (UTC)")
    return dict(
        slug="10519-m365-english-ai-prefix-at-mentions", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("仲海涛", "move probe potting to the new curing oven and re-validate the cure time", ("abs", "2026-07-28")),
            item("卞磊", "freeze firmware 2.5 for the Lusong pilot", ("abs", "2026-07-31")),
            item("何晨", "onboard the two new test engineers (laptops, badges, ESD training)", ("abs", "2026-08-03")),
            item("朱燕", "get a quote for a spare reflow conveyor belt", None, flags=["vague_due"]),
        ],
        followup=fu(("next", 3), "10:00", expect="2026-07-30"),
        what="M365 English (Date +0000 = 11:15 Shanghai) 'AI: @name - task - due' lines: 'by Tue 28 Jul', day-first '31/7', "
             "'before they start on 3 Aug', 'no rush, when possible' (vague); a done update is not an item; 'same time next week'",
        notes="Date Thu 2026-07-23 03:15 +0000 = 11:15 Shanghai. 'AI:' means action item here. @Haitao/@Leo/@Chloe/@Yvonne are roster "
              "aliases (To shows the English names). 'by Tue 28 Jul' -> 2026-07-28; '31/7' (day/month) -> 2026-07-31; 'before they start on "
              "3 Aug' -> 2026-08-03 (before X = due on X); 'no rush, when possible' -> vague_due. 'Yvonne: … confirmed … (done)' is an "
              "update. 'Next check-in: same time next week' -> Thu 2026-07-30 10:00 (the meeting ran 10:00-10:45).")


def c10520():
    date = "Mon, 27 Jul 2026 08:50:14 +0800"
    bot = BOTS["Y"]
    pre = "纪要助手跟一下这几项。程厂长这份纪要周六发给我的，我补一句：第3条闫经理务必盯紧，超市中秋档期不能误。\n\n孟庆国\n"
    fwd = """
-------- 转发邮件信息 --------
发件人："程志远" <chengzy@yxf-oil.example.cn>
发送日期：2026-07-25 10:12:33
收件人："孟庆国" <mengqg@yxf-oil.example.cn>
主题：中秋备货专题会纪要

孟总：

中秋备货专题会（7月25日上午）纪要如下：
1. 中秋礼盒1万套灌装计划：生产部程志远负责，8月底前全部灌装入库。
2. 新榨季芝麻收购价方案：采购部范磊，8月7日前拿出初稿。
3. 礼盒到店：销售部闫宝山负责协调物流，确保中秋节前全部到店。
4. 礼盒外箱印刷：已下单，8月5日到货，不用再跟。

程志远
"""
    text = pre + fwd
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + lines_to_divs(pre) +
            '<div style="padding:8px 0 0 0"><div style="font-size:12px;background:#efefef;padding:8px">' +
            lines_to_divs(fwd.strip("\n").split("\n\n孟总")[0]) + "</div>" +
            lines_to_divs("孟总" + fwd.split("\n\n孟总", 1)[1]) + "</div></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_771203_640118327.1785113414990")
    to = [P("程志远"), P("范磊"), P("闫宝山")]
    hdr = netease_qiye(P("孟庆国"), to, [bot], "Fw:中秋备货专题会纪要", date, "10520", bot)
    return dict(
        slug="10520-netease-forwarded-minutes-with-boss-preface", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item("程志远", "中秋礼盒1万套灌装计划，全部灌装入库", ("abs", "2026-08-31")),
            item("范磊", "拿出新榨季芝麻收购价方案初稿", ("abs", "2026-08-07")),
            item("闫宝山", "协调物流，确保中秋礼盒全部到店", ("before_hol", "2026-09-25"), expect="2026-09-24"),
        ],
        followup=None,
        what="NetEase qiye 'Fw:' of Saturday's minutes with the boss's preface (adds emphasis, no new item) above a "
             "'-------- 转发邮件信息 --------' block; 8月底前, 8月7日前, 中秋节前 (Mid-Autumn 09-25..27) -> 09-24; an ordered-and-arriving "
             "line says 不用再跟",
        notes="Sent Mon 2026-07-27; the forwarded minutes were written Sat 07-25 and use only absolute dates. The items sit below the "
              "forward block and must not be cut as a quote. 8月底前 -> 2026-08-31; 8月7日前 -> 2026-08-07; 中秋节前 -> last workday before "
              "the 09-25..09-27 holiday = Thu 2026-09-24. Line 4 is status ('不用再跟'). The preface stresses item 3 and adds nothing.")


def c10521():
    date = "Tue, 28 Jul 2026 14:20:19 +0800"
    bot = BOTS["Q"]
    head = ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间", "实际解决时间", "解决方案"]
    rows = [["WT-2607-03", "中心河乡卫生院疫苗冷链冰箱温度超标（12℃）", "宋春雨", "2026-07-28 11:40", "高", "在库疫苗约300剂",
             "疾病预防控制股", "初晓燕", "2小时内", "-", "疫苗先转移至区疾控冷库"],
            ["WT-2607-04", "中心河乡卫生院停电，无备用电源", "宋春雨", "2026-07-28 11:40", "高", "冷链、门诊",
             "基层卫生股", "谭立军", "今天下班前", "-", "协调租用移动发电机"],
            ["WT-2607-05", "受影响疫苗效价评估", "初晓燕", "2026-07-28 13:30", "中", "接种安全",
             "疾病预防控制股", "初晓燕", "明天上午10点前", "-", "请市疾控出具评估意见"],
            ["WT-2607-01", "铁山乡卫生院网络中断", "隋海鹰", "2026-07-27 09:10", "低", "挂号系统",
             "办公室", "曲丹", "2026-07-27", "2026-07-27", "已恢复"]]
    intro = "栾局、各位：\n\n中午临时碰头会（13:30-14:05）对昨天以来的问题做了梳理，问题协调解决记录表如下：\n"
    outro = "\n请各责任人按时限处理，处理完在群里回复。\n\n初晓燕\n疾病预防控制股\n"
    plain = intro + "\n" + "\n\n".join("\n".join(f"{h}：{v}" for h, v in zip(head, r)) for r in rows) + "\n" + outro
    html = ('<div style="font-family:宋体;font-size:14px">' + lines_to_divs(intro) +
            html_table([head] + rows, 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:12px"') +
            lines_to_divs(outro) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", plain, "GBK"), leaf("text/html", html, "GBK")],
                 "----=_Part_90233_1762290419.1785219619410")
    to = [P("谭立军"), P("曲丹"), ("宋春雨", "songchunyu@zxhwsy.example.cn")]
    hdr = coremail(P("初晓燕"), to, [P("栾秀丽"), bot], "【紧急】中心河乡卫生院冷链问题协调记录", date, "10521", bot, cs="GBK")
    return dict(
        slug="10521-coremail-gbk-issue-table-hour-deadlines", kind="minutes", org="Q", date=date,
        eml=assemble(hdr, body),
        items=[
            item("初晓燕", "中心河乡卫生院疫苗冷链冰箱温度超标，疫苗先转移至区疾控冷库", ("hours", 2), expect="2026-07-28"),
            item("谭立军", "中心河乡卫生院停电，协调租用移动发电机", ("today",)),
            item("初晓燕", "受影响疫苗效价评估，请市疾控出具评估意见", ("tomorrow",), time="10:00", expect="2026-07-29"),
        ],
        followup=None,
        what="Coremail GBK seed 问题协调解决记录表 (11 columns; HTML table, plain as key：value blocks): 2小时内 from the Date header -> "
             "16:20, 今天下班前 (date only), 明天上午10点前 -> 10:00; a row with 实际解决时间 is resolved and excluded",
        notes="AMBIGUOUS: '2小时内' is counted from the Date header (14:20 -> 16:20) as the corpus README prescribes, not from the row's "
              "提交时间 11:40. Sent Tue 2026-07-28 14:20. Task = problem + 解决方案, owner = 责任人. 今天下班前 -> 2026-07-28, no time. "
              "明天上午10点前 -> 2026-07-29 10:00. WT-2607-01 has an 实际解决时间 and 已恢复: resolved, not an item.")


def c10522():
    date = "Thu, 30 Jul 2026 16:45:09 +0800"
    bot = BOTS["H"]
    text = """沈老师、钮师傅、小章：

今天“太湖”系列产品会的几件事记一下：

一、题字：请沈老师下周一前把笔杆题字定稿。
二、打样：钮师傅拿到定稿后按定稿打样20支，8月7日要看到样品。
三、包装：小章尽快联系印刷厂报包装盒价格，至少找两家比价。
四、礼盒颜色沿用去年的靛蓝，不再另外打样。

下次碰头：下周四下午两点，样品间。

臧敏
电商部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>'
            '<div style="font-size:10.5pt;font-family:宋体">' + lines_to_divs(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "GB2312", "base64"), leaf("text/html", html, "GB2312", "quoted-printable")],
                 "----=_001_NextPart416203984211_=----", preamble="This is a multi-part message in MIME format.")
    to = [P("沈砚秋"), P("钮建华"), P("章浩")]
    hdr = foxmail(P("臧敏"), to, [bot], "“太湖”系列产品会", date, "20260730164509", bot, cs="GB2312")
    return dict(
        slug="10522-foxmail-gb2312-titles-laoshi-shifu", kind="minutes", org="H", date=date,
        eml=assemble(hdr, body),
        items=[
            item("沈砚秋", "笔杆题字定稿", ("next", 0), expect="2026-08-03"),
            item("钮建华", "按定稿打样20支", ("abs", "2026-08-07")),
            item("章浩", "联系印刷厂报包装盒价格，至少找两家比价", None, flags=["vague_due"]),
        ],
        followup=fu(("next", 3), "14:00", expect="2026-08-06"),
        what="Foxmail GB2312 (base64 text, QP html) short numbered minutes with owners as 沈老师 / 钮师傅 / 小章 inside the sentence; "
             "下周一前, '8月7日要看到样品', 尽快; a decision line; 下次碰头 下周四下午两点",
        notes="Sent Thu 2026-07-30. 沈老师 = 沈砚秋, 钮师傅 = 钮建华, 小章 = 章浩 (roster aliases). 下周一前 -> 2026-08-03. '8月7日要看到样品' "
              "-> 2026-08-07. 尽快 -> vague_due. 四 is a decision. 下次碰头 下周四下午两点 -> 2026-08-06 14:00.")


def c10523():
    date = "Mon, 3 Aug 2026 17:30:02 +0800"
    bot = BOTS["M"]
    text = """Hi all,

Supply chain weekly - 3 Aug 2026 (Suqian, 16:00-16:50)

Action items by owner

Yvonne Zhu
  - Place the PO for 5k LoRa modules (due Aug 5)
  - Update the safety-stock sheet for the gateway BOM (due 8/12)

Haitao Zhong
  - Confirm line capacity for the September Lusong batch (due Fri 7 Aug)

Tina Qi
  - Share the Q3 Lusong forecast with supply chain (due tomorrow)

Leo Bian
  - nothing new this week

Next sync: Monday 10 Aug, 17:00.

Thanks,
Yvonne
"""
    body = leaf("text/plain", text, "UTF-8", "7bit", params="; format=flowed", csq=False)
    to = [("Haitao Zhong", P("仲海涛")[1]), ("Tina Qi", P("戚婷婷")[1]), ("Leo Bian", P("卞磊")[1])]
    hdr = thunderbird(("Yvonne Zhu", P("朱燕")[1]), to, [bot], "Supply chain weekly - action items (3 Aug)", date, "10523", bot,
                      lang="en-US")
    return dict(
        slug="10523-thunderbird-english-grouped-by-owner", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("朱燕", "Place the PO for 5k LoRa modules", ("abs", "2026-08-05")),
            item("朱燕", "Update the safety-stock sheet for the gateway BOM", ("abs", "2026-08-12")),
            item("仲海涛", "Confirm line capacity for the September Lusong batch", ("abs", "2026-08-07")),
            item("戚婷婷", "Share the Q3 Lusong forecast with supply chain", ("tomorrow",), expect="2026-08-04"),
        ],
        followup=fu(("abs", "2026-08-10"), "17:00"),
        what="Thunderbird English plain (7bit, format=flowed) 'Action items by owner': the owner is a heading line above indented "
             "bullets (two for the sender herself); '(due Aug 5)', '(due 8/12)', '(due Fri 7 Aug)', '(due tomorrow)'; 'nothing new' is no item",
        notes="Sent Mon 2026-08-03 17:30 +0800. Owners come from the heading lines (English names = roster aliases). Aug 5 -> 2026-08-05; "
              "8/12 (M/D) -> 2026-08-12; Fri 7 Aug -> 2026-08-07; tomorrow -> 2026-08-04. 'Leo Bian - nothing new this week' is not an "
              "item. Next sync Monday 10 Aug 17:00 -> 2026-08-10 17:00.")


def c10524():
    date = "Sat, 8 Aug 2026 21:10:37 +0800"
    bot = BOTS["Y"]
    text = """几件事记一下，今天下午和闫经理、晓雯碰的：
1. 明天把样品寄给郑州那家连锁超市，闫经理负责
2. 周一例会前晓雯把7月电商销售数据汇总好
3. 新厂房环评的事葛主任牵头，时间待定

发自我的iPad
"""
    body = leaf("text/plain", text, "utf-8", "base64", csq=False)
    to = [P("闫宝山"), P("牛晓雯"), P("葛丽娟")]
    hdr = applemail(P("孟庆国"), to, [bot], "今天碰头的几件事", date, "10524", bot, xmailer="iPad Mail (23G80)")
    hdr = [(k, "1.0 (1.0)" if k == "MIME-Version" else v) for k, v in hdr]
    return dict(
        slug="10524-ipad-mail-saturday-tomorrow-bare-monday", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item("闫宝山", "把样品寄给郑州那家连锁超市", ("tomorrow",), expect="2026-08-09"),
            item("牛晓雯", "把7月电商销售数据汇总好", ("wd", 0), expect="2026-08-10"),
            item("葛丽娟", "新厂房环评", None, flags=["vague_due"]),
        ],
        followup=None,
        what="iPad Mail text/plain base64 from the boss on a Saturday evening: owner after the task ('…，闫经理负责') or inside it "
             "(晓雯, 葛主任牵头); 明天 = Sunday, bare 周一 = 08-10, 时间待定; '发自我的iPad' signature",
        notes="Sent Sat 2026-08-08 21:10. 明天 -> Sun 2026-08-09 (a literal calendar day, even though not a workday). '周一例会前' -> bare "
              "weekday, next Monday = 2026-08-10. 晓雯 = 牛晓雯, 闫经理 = 闫宝山, 葛主任 = 葛丽娟 (aliases). 时间待定 -> vague_due. "
              "No next meeting (周一例会 is mentioned only as a deadline anchor).")


CASES = [c10519, c10520, c10521, c10522, c10523, c10524]
