"""Cases 9820-9823: 菏泽花韵牡丹生物科技 (D)."""
from h70_clients import Case, boundary
from h70_common import D, I, PEOPLE as P, esc, html_part, html_table, multi, paras, simple_html, text_part
from h70_people import BOT_D, EXT

CASES = []

# ------------------------------------------------------------------ 9820 Feishu AI minutes (智能纪要), @mentions in 待办
SUM9820 = ("会议复盘了清明假期线上销售情况，讨论牡丹籽油冷榨新品的质量指标与上市节奏。田振华要求五一前完成新品首批备货，"
           "孟晓介绍冷榨样品过氧化值偏高的原因，崔亮汇报基地花期比往年提前约5天。")
TODO9820 = [
    ("@樊青", "4月15日前完成牡丹籽油冷榨样品的过氧化值复测"),
    ("@崔亮", "下周五前提交基地3号地块花期预测"),
    ("@郜丹", "清明新品预售页面改版，尽快上线"),
    ("", "4月底前完成“凤丹”种苗采购比价（未指定负责人）"),
]
H9820 = ("<div style=\"font-family:-apple-system,PingFang SC,Microsoft YaHei;font-size:14px;color:#1f2329\">\n"
         "<div>各位好，飞书妙记生成的智能纪要如下，请大家确认待办。</div><br>\n"
         "<div style=\"background:#f5f6f7;border-radius:6px;padding:12px 16px\">\n"
         "<div style=\"font-size:18px;font-weight:600\">新品质量与上市节奏讨论会</div>\n"
         "<div style=\"color:#646a73\">2026年4月8日 10:00 | 时长 58分钟 | 参会人：田振华、孟晓、樊青、崔亮、郜丹</div>\n"
         "<h4>总结</h4><p>" + esc(SUM9820) + "</p>\n"
         "<h4>智能章节</h4><ul><li>清明线上销售复盘</li><li>冷榨样品质量指标</li><li>花期预测与采收安排</li></ul>\n"
         "<h4>待办</h4><ul>" + "".join(
             "<li><input type=\"checkbox\" disabled> %s%s</li>" % (
                 ("<span style=\"color:#3370ff\">%s</span> " % esc(a)) if a else "", esc(t)) for a, t in TODO9820) +
         "</ul>\n<h4>下次会议</h4><p>4月15日（周三）14:00，三楼会议室</p>\n"
         "<div style=\"color:#8f959e;font-size:12px\">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</div>\n</div>\n"
         "<br><div>孟晓 | 研发部</div></div>")
T9820 = ("各位好，飞书妙记生成的智能纪要如下，请大家确认待办。\n\n新品质量与上市节奏讨论会\n2026年4月8日 10:00 | 时长 58分钟 | "
         "参会人：田振华、孟晓、樊青、崔亮、郜丹\n\n总结\n" + SUM9820 + "\n\n智能章节\n- 清明线上销售复盘\n- 冷榨样品质量指标\n"
         "- 花期预测与采收安排\n\n待办\n" + "\n".join("[ ] %s%s" % ((a + " ") if a else "", t) for a, t in TODO9820) +
         "\n\n下次会议\n4月15日（周三）14:00，三楼会议室\n\n智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用\n\n孟晓 | 研发部\n")
CASES.append(Case(
    9820, "feishu-ai-minutes-mentions-after-qingming", "minutes", "feishu", "2026-04-08 14:20:36 +0800",
    P["孟晓"], [P["田振华"], P["樊青"], P["崔亮"], P["郜丹"]], "【飞书智能纪要】新品质量与上市节奏讨论会",
    multi("alternative", boundary("feishu", 9820), [
        text_part(T9820, "UTF-8", "base64"), html_part(simple_html(H9820, "UTF-8", ""), "UTF-8", "base64")]),
    cc=[BOT_D], rcpt=BOT_D[1],
    items=[
        I("樊青", "完成牡丹籽油冷榨样品的过氧化值复测", D("abs", 4, 15), "4月15日前"),
        I("崔亮", "提交基地3号地块花期预测", D("nextwk", "五"), "下周五前"),
        I("郜丹", "清明新品预售页面改版", D("vague"), "尽快"),
        I(("dept", None), "完成“凤丹”种苗采购比价", D("monthend"), "4月底前"),
    ],
    followup=D("abs", 4, 15, time="14:00"),
    notes="Feishu (Lark) 妙记 智能纪要 pasted into a Feishu mail. Only 待办 count; the 总结 sentence '田振华要求五一前完成新品首批"
          "备货' is summary prose, not a 待办 (AMBIGUOUS: a reader could add it, but the organiser says '请大家确认待办' and "
          "the AI's own 待办 list omits it). Sent Wed 2026-04-08, two days after the Qingming holiday (04-04..06). @樊青 -> "
          "2026-04-15. @崔亮 下周五前 -> 2026-04-17. @郜丹 尽快 -> vague_due ('清明' is part of the task name). The fourth "
          "待办 says 未指定负责人 -> no_owner; 4月底前 -> 2026-04-30. 下次会议 4月15日（周三）14:00 -> 2026-04-15 14:00.",
    tests="Feishu 智能纪要: 总结/智能章节/待办/下次会议; @mention owners; 未指定负责人; summary commitment not an item "
          "(AMBIGUOUS note)"))

# ------------------------------------------------------------------ 9821 forwarded Tencent Meeting AI minutes, WeCom mail
T9821 = """转发腾讯会议智能纪要，请纪要助手登记跟踪。第2项我已经在联系了，周末前给结果。

单雨桐
市场部

---原始邮件---
发件人："腾讯会议" <noreply@meeting-notify.example.com>
发送时间：2026年5月18日(周一) 上午10:12
收件人："单雨桐" <shanyutong@huayun-peony.example.cn>
主题：【腾讯会议】“牡丹花期直播带货复盘”智能纪要已生成

会议主题：牡丹花期直播带货复盘
会议时间：2026/05/18 09:00-09:55
参会人员：郜丹、单雨桐、牛建伟、田振华

智能纪要
一、主要内容
1. 4月20日至5月10日花期直播共12场，GMV 186万元，退货率4.2%。
2. 牡丹花茶礼盒在第8场后断货，损失约2天销售。
3. 达人合作转化率高于自播，6月继续加大达人投放。

二、待办事项
1. 郜丹：5月22日前输出直播数据复盘报告
2. 单雨桐：联系3位达人洽谈6月档期，本周内确定
3. 牛建伟：补充牡丹花茶礼盒库存500盒，5月25日前到仓

本纪要由腾讯会议AI助手生成，仅供参考。
"""
CASES.append(Case(
    9821, "forwarded-tencent-meeting-ai-minutes-wecom", "minutes", "wecom", "2026-05-18 10:40:02 +0800",
    P["单雨桐"], [P["郜丹"], P["牛建伟"]], "转发：【腾讯会议】“牡丹花期直播带货复盘”智能纪要已生成",
    multi("alternative", boundary("wecom", 9821), [
        text_part(T9821, "utf-8", "base64"),
        html_part("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" + paras(T9821), "utf-8",
                  "base64")]),
    cc=[P["田振华"], BOT_D], rcpt=BOT_D[1],
    items=[
        I("郜丹", "输出直播数据复盘报告", D("abs", 5, 22), "5月22日前"),
        I("单雨桐", "联系3位达人洽谈6月档期", D("weekend"), "本周内"),
        I("牛建伟", "补充牡丹花茶礼盒库存500盒", D("abs", 5, 25), "5月25日前"),
    ],
    followup=None,
    notes="A person forwards the Tencent Meeting AI minutes (the original is a system notification) with a preface; the "
          "forward is written by a person, so it is minutes. Sent Mon 2026-05-18 10:40. 主要内容 are facts (dates, GMV). "
          "待办: 郜丹 -> 2026-05-22; 单雨桐 本周内 -> Sun 2026-05-24 (AMBIGUOUS: the preface's '周末前给结果' agrees with the "
          "calendar-week end; a business reading could say Fri 05-22); 牛建伟 -> 2026-05-25. The preface's '我已经在联系了' is "
          "progress on item 2, not a new item. No next meeting.",
    tests="WeCom forward of 腾讯会议 智能纪要 (---原始邮件--- block); facts vs 待办事项; 本周内 (AMBIGUOUS note)"))

# ------------------------------------------------------------------ 9822 same task text for two bases + ①② sub-tasks
T9822 = """各位：

今早基地碰头会说的事记一下，两个基地分开安排：

牡丹区基地（祁组长）：
①完成土壤墒情检测，下周三前把数据表发我；
②秋季分株用的种苗挑选，7月20日前挑完，不少于2万株。

曹县基地（我自己盯）：
①完成土壤墒情检测，7月17日前；
②滴灌管网检修，周一开工，7月22日前完工。

研发部樊工：两个基地的土样检测报告汇总后出一份对比分析，
月底前给孟博。

行政部葛主任帮忙联系一下农机站，借两台旋耕机，尽快。

下周五上午8点还在牡丹区基地碰头。

崔亮
"""
CASES.append(Case(
    9822, "same-task-two-bases-subtasks-dingtalk-plain", "minutes", "dingtalk", "2026-07-10 07:55:20 +0800",
    P["崔亮"], [P["祁红梅"], P["樊青"], P["葛慧"]], "基地碰头会安排0710",
    text_part(T9822, "UTF-8", "base64"),
    cc=[P["孟晓"], BOT_D], rcpt=BOT_D[1],
    items=[
        I("祁红梅", "完成土壤墒情检测", D("nextwk", "三"), "下周三前"),
        I("祁红梅", "秋季分株用的种苗挑选", D("abs", 7, 20), "7月20日前"),
        I("崔亮", "完成土壤墒情检测", D("abs", 7, 17), "7月17日前"),
        I("崔亮", "滴灌管网检修", D("abs", 7, 22), "7月22日前"),
        I("樊青", "两个基地的土样检测报告汇总后出一份对比分析", D("monthend"), "月底前"),
        I("葛慧", "联系农机站借两台旋耕机", D("vague"), "尽快", src="联系一下农机站，借两台旋耕机"),
    ],
    followup=D("nextwk", "五", time="08:00"),
    notes="Plain-text DingTalk mail (UTF-8 base64) from the base manager, early Fri 2026-07-10 07:55. Two items have the "
          "same task text '完成土壤墒情检测' for two bases with different owners and dates - both are kept. ①② sub-tasks "
          "under a person heading are separate items. 祁组长 = 祁红梅: 下周三前 -> 2026-07-15; 7月20日前 -> 2026-07-20. "
          "'我自己盯' = the writer 崔亮: 7月17日前 -> 2026-07-17; 滴灌管网检修 '周一开工，7月22日前完工' -> due 2026-07-22 "
          "(周一 is the start, not the deadline). 樊工 = 樊青, the line wraps -> 月底前 = 2026-07-31. 葛主任 = 葛慧 -> 尽快, "
          "vague_due. 下周五上午8点 -> 2026-07-17 08:00.",
    tests="Same task text for two owners (both kept); ①② sub-tasks; '我自己盯' = sender; start day vs deadline; wrapped "
          "item; 下周五上午8点 follow-up"))

# ------------------------------------------------------------------ 9823 seed 跨部门协作事项跟踪表 (weekly), WeCom HTML
ROWS9823 = [
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况（如“进行中/已完成/延期”）", "风险点及应对措施"],
    ["1", "牡丹籽油新品包装设计", "市场部", "研发部", "单雨桐", "樊青", "2026-05-06", "2026-05-20", "2026-05-22",
     "已完成（延期2天，因配方标注修改）", "包装文字需研发提前3天确认"],
    ["2", "电商详情页功效宣称合规审核", "电商部", "研发部", "郜丹", "孟晓", "2026-05-25", "2026-06-05", "-",
     "进行中（已完成60%）", "宣称用语需对照化妆品功效宣称规范，已约法务周三过稿"],
    ["3", "花期采摘季临时用工招聘", "种植基地", "行政部", "崔亮", "葛慧", "2026-05-28", "2026-06-10", "-",
     "延期（原计划6月3日，已调整）", "本地劳务紧张，已联系邻县劳务站"],
    ["4", "牡丹花茶礼盒二期备货", "电商部", "生产部", "郜丹", "牛建伟", "2026-06-01", "待定", "-", "未开始",
     "等一期销售数据"],
]
H9823 = ("<div style=\"font-family:微软雅黑;font-size:14px\"><p>田总、各部门：</p><p>本周《跨部门协作事项跟踪表》更新如下，"
         "作为周度协作报告，请各责任人核对。</p>" +
         html_table(ROWS9823, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;'
                    'font-size:12px"') +
         "<p>下周协作例会：6月5日（周五）上午10:00，二楼会议室。</p><p>葛慧<br>行政部</p></div>")
CASES.append(Case(
    9823, "seed-collab-tracking-table-weekly-wecom", "minutes", "wecom", "2026-05-29 17:30:48 +0800",
    P["葛慧"], [P["田振华"], P["单雨桐"], P["樊青"], P["郜丹"], P["孟晓"], P["崔亮"], P["牛建伟"]],
    "周度协作报告：跨部门协作事项跟踪表（5月第4周）",
    html_part(simple_html(H9823, "utf-8", ""), "utf-8", "base64"),
    cc=[BOT_D], rcpt=BOT_D[1],
    items=[
        I("郜丹", "电商详情页功效宣称合规审核", D("abs", 2026, 6, 5), "2026-06-05"),
        I("崔亮", "花期采摘季临时用工招聘", D("abs", 2026, 6, 10), "2026-06-10"),
        I("郜丹", "牡丹花茶礼盒二期备货", D("vague"), "待定"),
    ],
    followup=D("abs", 6, 5, time="10:00"),
    notes="Seed 跨部门协作事项跟踪表 as a single-part HTML table (WeCom mail), sent as the weekly 周度协作报告 on Fri "
          "2026-05-29. Row 1 is 已完成 (实际完成时间 filled) -> not an item. Rows 2-4 are open: owner is the 发起方 "
          "责任人 (AMBIGUOUS: the table has two 责任人 columns; the initiating side's person is recorded, the 协作方 "
          "person is the helper). Row 2 郜丹 -> 计划完成时间 2026-06-05 ('已约法务周三过稿' in 风险点 is a note). Row 3 "
          "崔亮, 延期 with the adjusted plan date 2026-06-10 (the old 6月3日 is history). Row 4 郜丹, 计划完成时间 待定 -> "
          "vague_due. 计划开始时间 values are not deadlines. 下周协作例会 6月5日（周五）上午10:00 -> 2026-06-05 10:00.",
    tests="Seed 跨部门协作事项跟踪表 HTML-only; 已完成 row skipped; 发起方/协作方 two 责任人 columns (AMBIGUOUS); 延期 row "
          "with adjusted date; 待定 -> vague"))

# ------------------------------------------------------------------ 9824 nested brackets + hard-wrapped lines, Coremail GBK
T9824 = """田总、孟博：

6月9日生产质量碰头会纪要（樊青记录）

一、冷榨车间2号压榨机滤布破损导致6月5日批次
浊度超标，已隔离该批次（共420公斤）。

二、待办
1. 牛工：完成冷榨车间2号压榨机的滤布更换及试
   机（截止：6月12日（周五）前【如遇停电顺延至
   6月15日（周一）】）
2. 樊工：提交牡丹籽油α-亚麻酸含量检测数据（含三
   批次对比）（时限〔6月16日（下周二）17:00前〕）
3. 孟博：向田总汇报GMP审计整改进度（〔本月20日前〕
   ，书面）
4. 隔离批次的处置方案（返工或降级）：待田总定，
   暂不安排。

三、下次碰头会：6月16日（下周二）下午4点半。

樊青
研发部
"""
CASES.append(Case(
    9824, "nested-brackets-wrapped-lines-coremail-gbk", "minutes", "coremail", "2026-06-09 18:12:09 +0800",
    P["樊青"], [P["田振华"], P["孟晓"], P["牛建伟"]], "6月9日生产质量碰头会纪要",
    multi("alternative", boundary("coremail", 9824), [
        text_part(T9824, "GBK", "base64"),
        html_part("<div style=\"line-height:1.7;font-size:14px;font-family:宋体\"><pre>" + esc(T9824) + "</pre></div>",
                  "GBK", "base64")]),
    cc=[BOT_D], rcpt=BOT_D[1],
    items=[
        I("牛建伟", "完成冷榨车间2号压榨机的滤布更换及试机", D("abs", 6, 12), "6月12日（周五）前"),
        I("樊青", "提交牡丹籽油α-亚麻酸含量检测数据（含三批次对比）", D("abs", 6, 16, time="17:00"),
          "6月16日（下周二）17:00前"),
        I("孟晓", "向田总汇报GMP审计整改进度", D("abs", 6, 20), "本月20日前"),
    ],
    followup=D("abs", 6, 16, time="16:30"),
    notes="Plain text with hard line wraps inside items and deadlines in nested brackets （…（周五）前【…（周一）】） and "
          "（时限〔…〕）. Sent Tue 2026-06-09 18:12. 1. 牛工 = 牛建伟: due 6月12日（周五）; the 【如遇停电顺延至6月15日】 clause is "
          "a contingency, the recorded due stays 2026-06-12 (AMBIGUOUS: a reader may note 06-15 as the fallback). 2. 樊工 = "
          "樊青 (the writer) -> 2026-06-16 17:00. 3. 孟博 = 孟晓: 本月20日前 -> 2026-06-20 (a Saturday, as written). 4. "
          "'待田总定，暂不安排' -> not an item. 一、 is a fact (6月5日批次). 下次碰头会 6月16日（下周二）下午4点半 -> "
          "2026-06-16 16:30. Coremail GBK; the HTML part is a <pre> of the same text.",
    tests="Nested brackets in deadlines; items wrapped over lines; contingency date (AMBIGUOUS); 本月20日前; 下午4点半; "
          "pending-decision line skipped"))

# ------------------------------------------------------------------ 9825 English minutes from Cambodia, +0700 near midnight
T9825 = """Dear Mr. Tian, Dana, Dr. Meng,

Thank you for the productive video call this evening. Please find below the minutes as I understood them.

Participants: Tian Zhenhua, Dana Gao, Dr. Meng Xiao (Huayun); Sokha Chan, Dara Meas (Angkor Botanica)

Agreed
* Angkor Botanica will be the exclusive distributor of Huayun peony seed oil in Cambodia for 2 years.
* First order: 1,200 bottles (100 ml), FOB Qingdao.

Action items
1. Dana to send the updated price list in USD - by tomorrow
2. Mr. Tian to sign and return the distribution agreement - by Friday
3. Dr. Meng to provide the CoA and MSDS for the peony seed oil - by 5 Aug
4. Sokha to register the product with the Cambodian Ministry of Health - within two weeks
5. Dara to check the import duty for cosmetic oils - no date

Next call: Monday 10 Aug, 9:00 Phnom Penh / 10:00 Beijing.

Best regards,
Sokha Chan
Business Development Director
Angkor Botanica Co., Ltd., Phnom Penh
"""
CASES.append(Case(
    9825, "cambodia-partner-english-midnight-tz", "minutes", "gmail", "2026-07-27 23:40:18 +0700",
    EXT["sokha"], [P["田振华"], P["郜丹"], P["孟晓"]], "Minutes - video call Huayun / Angkor Botanica 27 July",
    multi("alternative", boundary("gmail", 9825), [
        text_part(T9825, "UTF-8", "quoted-printable"),
        html_part("<div dir=\"ltr\">" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in T9825.split("\n"))
                  + "</div>\n", "UTF-8", "quoted-printable")]),
    cc=[EXT["dara"], BOT_D], rcpt=BOT_D[1],
    items=[
        I("郜丹", "send the updated price list in USD", D("plus", 1), "by tomorrow"),
        I("田振华", "sign and return the distribution agreement", D("wk", "五"), "by Friday"),
        I("孟晓", "provide the CoA and MSDS for the peony seed oil", D("abs", 8, 5), "by 5 Aug"),
        I(("ext", "Sokha Chan", EXT["sokha"][1]), "register the product with the Cambodian Ministry of Health",
          D("plus", 14), "within two weeks"),
        I(("ext", "Dara Meas", EXT["dara"][1]), "check the import duty for cosmetic oils", D("none")),
    ],
    followup=D("abs", 8, 10, time="10:00"),
    notes="English minutes from the Cambodian distributor (Google Workspace, Date +0700). Sent Mon 2026-07-27 23:40 +0700 "
          "= Tue 2026-07-28 00:40 Shanghai, so every relative date is resolved from Tuesday 07-28. Dana = 郜丹: 'by "
          "tomorrow' -> 2026-07-29 (AMBIGUOUS: in the writer's own day it would be 07-28; the rules convert to Asia/Shanghai "
          "first). Mr. Tian = 田振华: 'by Friday' -> 2026-07-31. Dr. Meng = 孟晓 -> 2026-08-05. Sokha (external, the From) "
          "'within two weeks' -> send date + 14 days = 2026-08-11. Dara (external, Cc) 'no date' -> no_due. 'Agreed' "
          "bullets are decisions. Next call 'Monday 10 Aug, 9:00 Phnom Penh / 10:00 Beijing' -> 2026-08-10 10:00.",
    tests="Partner English minutes sent near midnight +0700 (next day in Shanghai); Mr./Dr./English aliases; "
          "within two weeks; external owners; two-time-zone next call"))

# ------------------------------------------------------------------ 9826 office meeting: vague words, holiday-eve phrases
T9826 = """各部门：

8月3日总经理办公会纪要如下，请抓好落实。

一、办公楼空调维保合同续签，葛主任负责，月底前办完。
二、生产车间消防通道清理，牛主任负责，今天下班前清完，明早安全员检查。
三、电商仓搬迁方案，郜经理牵头，尽快拿出初稿。
四、下半年员工培训计划，负责人待定，8月20日前报田总。
五、中秋礼盒宣传物料设计，小单负责，中秋节前全部到位。
六、秋季牡丹种苗订单统计，崔场长负责，近期报一个数。
七、年度团建方案，国庆前定下来，由田总亲自定。

下次办公会：下周一上午9点。

行政部
2026年8月3日
"""
CASES.append(Case(
    9826, "office-meeting-vague-and-holiday-eve-outlook-gb2312-plain", "minutes", "outlook", "2026-08-03 16:02:44 +0800",
    P["葛慧"], [P["田振华"], P["牛建伟"], P["郜丹"], P["单雨桐"], P["崔亮"]], "总经理办公会纪要（8月3日）",
    text_part(T9826, "gb2312", "base64"),
    cc=[BOT_D], rcpt=BOT_D[1],
    items=[
        I("葛慧", "办公楼空调维保合同续签", D("monthend"), "月底前"),
        I("牛建伟", "生产车间消防通道清理", D("today"), "今天下班前"),
        I("郜丹", "电商仓搬迁方案", D("vague"), "尽快"),
        I(("dept", None), "下半年员工培训计划", D("abs", 8, 20), "8月20日前"),
        I("单雨桐", "中秋礼盒宣传物料设计", D("before_hol", "Mid-autumn"), "中秋节前"),
        I("崔亮", "秋季牡丹种苗订单统计", D("vague"), "近期"),
        I("田振华", "年度团建方案", D("before_hol", "National"), "国庆前"),
    ],
    followup=D("nextwk", "一", time="09:00"),
    notes="Outlook plain-text (gb2312 base64) office-meeting minutes with every kind of loose deadline. Sent Mon "
          "2026-08-03 16:02. 一 葛主任 = 葛慧: 月底前 -> 2026-08-31. 二 牛主任 = 牛建伟: 今天下班前 -> 2026-08-03, no "
          "time ('明早安全员检查' is a check, not an item). 三 郜经理 = 郜丹: 尽快 -> vague_due. 四 负责人待定 -> no_owner; "
          "8月20日前 -> 2026-08-20. 五 小单 = 单雨桐: 中秋节前 -> last working day before Mid-Autumn (09-25..27) = Thu "
          "2026-09-24. 六 崔场长 = 崔亮: 近期 -> vague_due. 七 田总 = 田振华: 国庆前 -> last working day before 10-01 = "
          "Wed 2026-09-30. 下次办公会 下周一上午9点 -> 2026-08-10 09:00.",
    tests="Plain gb2312 Outlook; 月底前/今天下班前/尽快/近期/负责人待定; 中秋节前 and 国庆前 from August; 下周一上午9点"))

# ------------------------------------------------------------------ 9827 base weekly from a personal NetEase mailbox
T9827 = """各位，今天下午4点基地周会的事：

1.祁组长：①3号地块秋季施肥8月22日前完成 ②整理8月用工考勤，月底前交行政部葛主任
2.牛工：冷库温控探头更换，这周六前弄好（周六要进一批种苗）
3.我：联系县农业农村局申报牡丹良种补贴，8月28日前把材料交上去
4.上周说的打药无人机租赁，已经租好了，不再跟

下周三同一时间再碰。

崔亮
（手机发的，格式乱请见谅）

发自网易邮箱大师
"""
CASES.append(Case(
    9827, "personal-mailbox-subtasks-next-same-time", "minutes", "netease", "2026-08-19 17:05:31 +0800",
    ("崔亮", "cuiliang_heze@126.example.com"), [P["祁红梅"], P["牛建伟"]], "基地周会0819",
    multi("alternative", boundary("netease", 9827), [
        text_part(T9827, "GBK", "base64"),
        html_part("<div style=\"font-family:PingFang SC;font-size:15px\">" + "".join(
            "<div>%s</div>" % (esc(l) if l else "<br>") for l in T9827.split("\n")) + "</div>", "GBK", "base64")]),
    cc=[P["葛慧"], BOT_D], rcpt=BOT_D[1], msgid="<6b0e5c2d.2f41.19b1c4f7a02.Coremail.cuiliang_heze@126.example.com>",
    items=[
        I("祁红梅", "3号地块秋季施肥", D("abs", 8, 22), "8月22日前"),
        I("祁红梅", "整理8月用工考勤", D("monthend"), "月底前"),
        I("牛建伟", "冷库温控探头更换", D("thiswk", "六"), "这周六前"),
        I("崔亮", "联系县农业农村局申报牡丹良种补贴", D("abs", 8, 28), "8月28日前"),
    ],
    followup=D("nextwk", "三", time="16:00"),
    notes="Sent from the base manager's personal NetEase mailbox (NetEase Mail Master on the phone), so the From address "
          "is not his roster address: owner '我' is still 崔亮 by name (roster email). Sent Wed 2026-08-19 17:05. 1. 祁组长 "
          "= 祁红梅 with ①② sub-tasks on one line -> two items: 8月22日前 -> 2026-08-22; 月底前 -> 2026-08-31 (交行政部葛主任 "
          "is the recipient, not an owner). 2. 牛工 = 牛建伟: 这周六前 -> 2026-08-22. 3. 我 = 崔亮 -> 2026-08-28. 4. is done "
          "(已经租好了). '下周三同一时间' with the meeting at 今天下午4点 -> 2026-08-26 16:00.",
    tests="Personal mailbox sender; ①② sub-tasks on one line; 这周六前; done line skipped; '下周三同一时间' follow-up "
          "needing the meeting time from the first line"))
