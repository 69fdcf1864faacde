"""Cases 9809-9812: the down-products maker (B)."""
from h70_clients import Case, boundary
from h70_common import D, I, PEOPLE as P, esc, html_part, html_table, multi, paras, simple_html, text_part
from h70_people import BOT_B, EXT

CASES = []

# ------------------------------------------------------------------ 9809 minutes grouped by person, Exmail
T9809 = """生产例会纪要 6月17日（周三）

参加：许德胜、汤明、邵玲、孙浩
记录：许德胜

【汤班长】
1. 3号线充绒机计量秤重新校准，端午放假前弄完。
2. 车间东侧除湿机滤网清洗。（已完成）

【邵经理】
1. PO 26-117 大货首件检验，节后上班第一天出结果。
2. 异味批次（批号0612-B）留样送检，6月24日（下周三）前拿到报告。

【孙浩】
1. 催防绒布第二批到货，明天中午前回复确切到货时间。

【我】
1. 出端午假期值班表，今天下班前发群里。
2. 6月排产计划调整版，6月23日前发储经理。

决定：夜班交接记录下周一起改用新表，旧表停用。

许德胜
生产部
"""
CASES.append(Case(
    9809, "grouped-by-person-exmail-before-dragon-boat", "minutes", "exmail", "2026-06-17 18:05:33 +0800",
    P["许德胜"], [P["汤明"], P["邵玲"], P["孙浩"]], "生产例会纪要0617",
    multi("alternative", boundary("exmail", 9809), [
        text_part(T9809, "utf-8", "base64"),
        html_part("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><div style=\"font-family:"
                  "微软雅黑;font-size:14px\">" + "".join("<div>%s</div>" % (esc(l) if l else "<br>")
                                                     for l in T9809.split("\n")) + "</div>", "utf-8", "base64")]),
    cc=[P["储婷婷"], BOT_B], rcpt=BOT_B[1],
    items=[
        I("汤明", "3号线充绒机计量秤重新校准", D("before_hol", "Dragon"), "端午放假前"),
        I("邵玲", "PO 26-117 大货首件检验", D("after_hol", "Dragon"), "节后上班第一天"),
        I("邵玲", "异味批次（批号0612-B）留样送检", D("abs", 6, 24), "6月24日（下周三）前"),
        I("孙浩", "回复防绒布第二批确切到货时间", D("plus", 1, time="12:00"), "明天中午前",
          src="催防绒布第二批到货，明天中午前回复确切到货时间"),
        I("许德胜", "出端午假期值班表", D("today"), "今天下班前"),
        I("许德胜", "6月排产计划调整版发储经理", D("abs", 6, 23), "6月23日前", src="6月排产计划调整版，6月23日前发储经理"),
    ],
    followup=None,
    notes="Minutes grouped by person (【汤班长】/【邵经理】/【孙浩】/【我】). Sent Wed 2026-06-17 18:05; Dragon Boat holiday "
          "06-19..21. 汤班长 = 汤明: 端午放假前 -> Thu 2026-06-18. The (已完成) line is a report, not an item. 邵经理 = 邵玲: "
          "节后上班第一天 -> Mon 2026-06-22; 6月24日（下周三）前 -> 2026-06-24 (the bracket agrees). 孙浩: 明天中午前 -> "
          "2026-06-18 12:00 (中午 = 12:00). 【我】 = the sender 许德胜: 今天下班前 -> 2026-06-17 (no time); 6月23日前 -> "
          "2026-06-23. '决定：…下周一起改用新表' is a decision with a start date, not an item. No next meeting given.",
    tests="Exmail minutes grouped by person with title headings and 【我】 = sender; 端午放假前 / 节后上班第一天; 明天中午前; "
          "(已完成) and 决定 lines skipped"))

# ------------------------------------------------------------------ 9810 DingTalk AI minutes: only 待办 counts
SUM9810 = ("本次会议围绕AW26羽绒被大货进度展开。鲍志强强调大货必须在8月10日前出运，不能再延误；储婷婷表示客户已同意唛头"
           "改版，她会协调跟单本周内把确认稿发出；邵玲汇报异味问题已定位为水洗后烘干温度不足，已调整工艺；汤明表示第一批"
           "1,600条已完成充绒，第二批预计下周完成。")
TODO9810 = [
    "项阳：7月24日前把大货唛头确认稿发给客户",
    "邵玲：整理异味问题8D报告，下周一前提交",
    "汤明：7月28日前完成第二批2,000条的充绒",
    "待分配：联系货代确认8月船期",
]
H9810 = ("<div style=\"font-size:14px;font-family:PingFang SC,Microsoft YaHei\">\n"
         "<div>各位，钉钉闪记生成的纪要我核对过了，转给大家，待办以下面为准。——储婷婷</div><br>\n"
         "<div style=\"border:1px solid #e5e6eb;border-radius:8px;padding:16px\">\n"
         "<h3>AW26大货进度会 智能纪要</h3>\n"
         "<div style=\"color:#8f959e\">会议时间：2026-07-21 09:30-10:42 | 发起人：储婷婷 | 参会人：鲍志强、储婷婷、项阳、"
         "邵玲、汤明</div>\n<h4>摘要</h4>\n<p>" + esc(SUM9810) + "</p>\n<h4>章节速览</h4>\n<ol>"
         "<li>00:00 大货出运时间节点（鲍志强）</li><li>12:40 唛头改版与客户确认（储婷婷、项阳）</li>"
         "<li>27:15 异味问题根因与工艺调整（邵玲）</li><li>51:02 充绒进度与人手安排（汤明）</li></ol>\n"
         "<h4>发言人观点</h4>\n<ul><li>鲍志强：8月10日前出运是底线，必要时周末加班。</li>"
         "<li>邵玲：烘干温度由95℃调到110℃，下周一前出8D报告。</li><li>汤明：第二批缺两名熟练工，需要从3号线借调。</li></ul>\n"
         "<h4>待办</h4>\n<ul style=\"list-style:none;padding-left:0\">"
         + "".join("<li>☐ %s</li>" % esc(t) for t in TODO9810) +
         "</ul>\n<div style=\"color:#8f959e;font-size:12px\">智能纪要由AI生成，内容仅供参考</div>\n</div>\n</div>")
T9810 = ("各位，钉钉闪记生成的纪要我核对过了，转给大家，待办以下面为准。——储婷婷\n\nAW26大货进度会 智能纪要\n"
         "会议时间：2026-07-21 09:30-10:42 | 发起人：储婷婷 | 参会人：鲍志强、储婷婷、项阳、邵玲、汤明\n\n摘要\n" + SUM9810 +
         "\n\n章节速览\n1. 00:00 大货出运时间节点（鲍志强）\n2. 12:40 唛头改版与客户确认（储婷婷、项阳）\n"
         "3. 27:15 异味问题根因与工艺调整（邵玲）\n4. 51:02 充绒进度与人手安排（汤明）\n\n发言人观点\n"
         "鲍志强：8月10日前出运是底线，必要时周末加班。\n邵玲：烘干温度由95℃调到110℃，下周一前出8D报告。\n"
         "汤明：第二批缺两名熟练工，需要从3号线借调。\n\n待办\n" + "\n".join("☐ " + t for t in TODO9810) +
         "\n\n智能纪要由AI生成，内容仅供参考\n")
CASES.append(Case(
    9810, "dingtalk-ai-minutes-todo-only", "minutes", "dingtalk", "2026-07-21 11:30:12 +0800",
    P["储婷婷"], [P["鲍志强"], P["项阳"], P["邵玲"], P["汤明"]], "【智能纪要】AW26大货进度会 2026-07-21",
    multi("alternative", boundary("dingtalk", 9810), [
        text_part(T9810, "UTF-8", "base64"), html_part(simple_html(H9810, "UTF-8", ""), "UTF-8", "base64")]),
    cc=[BOT_B], rcpt=BOT_B[1],
    items=[
        I("项阳", "把大货唛头确认稿发给客户", D("abs", 7, 24), "7月24日前"),
        I("邵玲", "整理异味问题8D报告", D("nextwk", "一"), "下周一前"),
        I("汤明", "完成第二批2,000条的充绒", D("abs", 7, 28), "7月28日前"),
        I(("dept", None), "联系货代确认8月船期", D("none")),
    ],
    followup=None,
    notes="DingTalk 闪记 AI minutes pasted into a DingTalk mail by the organiser. Only the 待办 list counts: the 摘要 and "
          "发言人观点 repeat commitments in prose (本周内把确认稿发出, 下周一前出8D报告, 8月10日前出运) that are the same "
          "tasks or targets and must not become extra items. Sent Tue 2026-07-21 11:30. 项阳 -> 2026-07-24. 邵玲 下周一前 -> "
          "2026-07-27. 汤明 -> 2026-07-28. '待分配：联系货代确认8月船期' -> no owner, no date (8月 is the sailing month, not a "
          "deadline) -> no_owner + no_due. No next meeting.",
    tests="DingTalk AI 智能纪要 (摘要/章节速览/发言人观点/待办): only 待办 are items; 待分配 owner; 下周一前"))

# ------------------------------------------------------------------ 9811 supplier-written minutes, NetEase 163, GBK
T9811 = """羽丰公司鲁经理、孙经理：

你们好！今天你们来合作社看毛，谈的几件事我记一下，有不对的回个邮件。

已经办好的：
1. 7月份那批灰鹅毛的水洗检测报告，已经交给孙经理了。
2. 仓库防潮垫已经全部换新。

要办的：
一、我们这边8月15日前把第二批白鹅毛（1.5吨）送到你们仓库。
二、孙经理帮忙问一下你们财务，7月货款什么时候能付，下周二前给个话。
三、双方月底前把明年收毛框架协议的条款各自再看一遍。
分拣设备补贴的事，鲁经理说公司还没定，先放着。

下次碰面：8月21号（周五）上午，在你们厂里。

周永福
霍邱县丰羽养殖合作社
手机：139xxxx6621
"""
CASES.append(Case(
    9811, "supplier-written-minutes-netease-gbk", "minutes", "netease", "2026-08-07 20:15:48 +0800",
    EXT["goose"], [P["鲁堃"], P["孙浩"]], "今天看毛谈的事情",
    multi("alternative", boundary("netease", 9811), [
        text_part(T9811, "GBK", "base64"),
        html_part("<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">" +
                  "".join("<p style=\"margin:0;\">%s</p>" % (esc(l) if l else "<br>") for l in T9811.split("\n")) +
                  "</div><br><br><span title=\"neteasefooter\"><p>&nbsp;</p></span>", "GBK", "base64")]),
    cc=[BOT_B], rcpt=BOT_B[1], msgid="<4f2c81a9.7d31.19a2b7c0e15.Coremail.zhouyongfu@hqfengyu-coop.example.cn>",
    items=[
        I(("ext", "周永福", EXT["goose"][1]), "把第二批白鹅毛（1.5吨）送到你们仓库", D("abs", 8, 15), "8月15日前"),
        I("孙浩", "问财务7月货款什么时候能付", D("nextwk", "二"), "下周二前", src="问一下你们财务，7月货款什么时候能付"),
        I(("dept", None), "把明年收毛框架协议的条款各自再看一遍", D("monthend"), "月底前"),
    ],
    followup=D("abs", 8, 21),
    notes="Minutes written by a supplier (external From, NetEase/Coremail web mail, GBK base64) in plain words, with a "
          "'已经办好的' section (done reports, not items). Sent Fri 2026-08-07 20:15. 一、'我们这边' = the writer's "
          "cooperative -> owner 周永福 (the From), department null; 8月15日前 -> 2026-08-15. 二、孙经理 here is 孙浩 (the "
          "To display name; the writer calls him 经理 politely) -> 下周二前 = 2026-08-11. 三、双方 -> no_owner; 月底前 -> "
          "2026-08-31. The 分拣设备补贴 line is explicitly on hold (先放着) -> not an item. 下次碰面 8月21号（周五）上午 -> "
          "2026-08-21, no exact time.",
    tests="Supplier-written minutes (NetEase GBK); 已经办好的 reports skipped; '我们这边' = From; 双方 -> no_owner; on-hold "
          "line not an item; follow-up with 上午 only"))

# ------------------------------------------------------------------ 9812 minutes with no items at all, Apple Mail
T9812 = """各位：

7月质量月会纪要如下。

一、上月事项回顾
1. 6月客户投诉2起，均已关闭，8D报告已归档。
2. 3号线充绒机计量秤已于6月18日校准完成，偏差在±0.5g以内。
3. 异味批次0612-B整改完毕，第三方复测合格。

二、会议决定
1. 自8月1日起，所有出口批次增加烘干后气味抽检，抽检比例5%。
2. 含绒量内控标准由90%提高到91%，不合格批次一律不得放行。
3. 品质部邵玲为8月质量月度负责人。

三、下次月会：8月28日（周五）下午2点，一楼会议室。

本月无新增待办。

鲍志强
"""
CASES.append(Case(
    9812, "no-items-review-and-decisions-apple-mail", "minutes", "apple", "2026-07-31 16:20:05 +0800",
    P["鲍志强"], [P["邵玲"], P["许德胜"], P["储婷婷"], P["鲁堃"]], "7月质量月会纪要",
    multi("alternative", boundary("apple", 9812), [
        text_part(T9812, "utf-8", "quoted-printable"),
        html_part("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body "
                  "style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">" +
                  "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in T9812.split("\n")) + "</body></html>",
                  "utf-8", "quoted-printable")]),
    cc=[BOT_B], rcpt=BOT_B[1],
    items=[],
    followup=D("abs", 8, 28, time="14:00"),
    notes="Minutes with no action items: a review of last month's closed points (已关闭/已校准/整改完毕) and decisions "
          "(自8月1日起…, standard raised, a monthly role) only, and the writer says 本月无新增待办. Zero items. Sent Fri "
          "2026-07-31. 下次月会 8月28日（周五）下午2点 -> 2026-08-28 14:00. Apple Mail, UTF-8 quoted-printable.",
    tests="Minutes with zero items (review + decisions only); follow-up still recorded; Apple Mail QP"))
