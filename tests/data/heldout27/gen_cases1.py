# -*- coding: utf-8 -*-
from gen_part2 import *
CASES = []
def add(n, slug, kind, eml, what, items=(), fu=None, reply=None, notes=""):
    CASES.append(dict(n=n, slug=slug, kind=kind, eml=eml, what=what, items=list(items), fu=fu, reply=reply, notes=notes))

BP, BG, BS, BJ = BOTS["port"], BOTS["gov"], BOTS["game"], BOTS["jv"]
MIDS = {}

# ---------------------------------------------------------------- 5401 yard shift note from a phone on a make-up Sunday
t = T(2025, 9, 28, 7, 48); sd = t.date()
txt = """卢队，夜班交接：
1.3号堆场B区倒箱还剩17个，白班老谷接着弄，今天中午12点前倒完
2.查验台那个MSCU开头的柜子海关要掏箱，小单跟船代对一下放行时间 明天上午10点前回个话
3.正面吊2号机液压漏油 已报修，修好前别排它
4.冷箱插电巡检表夜班已签字

发自我的iPhone"""
eml, MIDS[5401] = mk("iphone", P("谷永胜"), [P("卢振")], [P("单磊"), BP], "夜班交接 9.28", t, txt, cs="utf-8",
                     cte="quoted-printable", seed="5401")
add(5401, "port-yard-shift-note-iphone-makeup-sunday", "minutes", eml,
    "iPhone plain QP shift handover typed on a phone, sent on the 2025-09-28 make-up Sunday; 老谷/小单 aliases; rule and done lines not items",
    [I("谷永胜", "3号堆场B区剩余17个倒箱倒完", "2025-09-28", "12:00", calc=lambda sd=sd: sd),
     I("单磊", "跟船代核对查验掏箱柜（MSCU）放行时间并回话", "2025-09-29", "10:00", calc=lambda sd=sd: sd + dt.timedelta(1))],
    None, None,
    "Shift handover from 谷永胜 (老谷 = the writer himself, roster alias) on Sun 2025-09-28, a make-up working day. Line 1 今天中午12点前 -> 2025-09-28 12:00. "
    "Line 2 小单 = 单磊 (alias, also in Cc), 明天上午10点前 -> 2025-09-29 10:00. Line 3 is a rule (修好前别排它), line 4 reports work done: not items. "
    "A handover note cc'd to the bot is treated as minutes (it assigns work).")

# ---------------------------------------------------------------- 5402 customs dept meeting before National Day, Outlook gb2312 table
t = T(2025, 9, 30, 16, 20); sd = t.date()
rows = [["序号", "事项", "负责人", "完成时限"],
        ["1", "核对节前最后一批出口报关单并归档", "付雪", "今天下班前"],
        ["2", "与船公司确认节后首航次截关时间", "单磊", "节后第一个工作日"],
        ["3", "9月代垫税费对账单发客户", "贾桂兰", "3个工作日内"],
        ["4", "更新AEO认证内控制度文本", "报关部", "10月15日前"]]
intro = "会议纪要\n会议名称：报关部节前工作会\n时间：2025年9月30日 14:30\n地点：二楼小会议室\n参会：齐晓冬、付雪、单磊、贾桂兰\n\n一、节日期间报关值班：10月1日-8日每天一人值班，值班表已发群里。\n二、待办事项：\n"
tail = "\n下次例会：10月9日（周四）上午9:00\n\n齐晓冬\n报关部 | 天津海晏通关物流有限公司\n"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body><div style=\"font-family:宋体;font-size:10.5pt\">"
        + esc(intro).replace("\n", "<br>\n") + html_table(rows) + esc(tail).replace("\n", "<br>\n") + "</div></body></html>\n")
eml, MIDS[5402] = mk("outlook", P("齐晓冬"), [P("付雪"), P("单磊"), P("贾桂兰")], [BP], "报关部节前工作会会议纪要", t,
                     intro + text_table(rows) + "\n" + tail, html, cs="gb2312", cte="base64", seed="5402")
add(5402, "port-customs-pre-national-day-table-outlook", "minutes", eml,
    "Ordinary Outlook gb2312 HTML 会议纪要 with 待办 table on 2025-09-30: 今天下班前, 节后第一个工作日, 3个工作日内 across National Day (10-11 make-up Saturday), dept-only owner",
    [I("付雪", "核对节前最后一批出口报关单并归档", "2025-09-30", calc=lambda sd=sd: sd),
     I("单磊", "与船公司确认节后首航次截关时间", "2025-10-09", calc=lambda sd=sd: first_wd_after(sd)),
     I("贾桂兰", "9月代垫税费对账单发客户", "2025-10-11", calc=lambda sd=sd: add_wd(sd, 3)),
     I(None, "更新AEO认证内控制度文本", "2025-10-15", flags=["no_owner"], dept="报关部", calc=lambda sd=sd: D(2025, 10, 15))],
    FU("2025-10-09", "09:00", calc=lambda sd=sd: D(2025, 10, 9)),
    None,
    "Sent Tue 2025-09-30 16:20. National Day + Mid-Autumn 2025 = 10-01..10-08, make-up working days 09-28 (Sun) and 10-11 (Sat). "
    "今天下班前 -> 09-30 (no time). 节后第一个工作日 -> 10-09. 3个工作日内 counts 10-09, 10-10, 10-11 (make-up Saturday) -> 10-11. "
    "Row 4 owner is the department 报关部 -> no_owner, department 报关部. The 值班 line is an arrangement, not an item. Next: 10月9日（周四）上午9:00.")

# ---------------------------------------------------------------- 5403 forwarded shipowner minutes before Spring Festival 2026
t = T(2026, 2, 13, 10, 5); sd = t.date()
kel = ("Kelvin Zhao", "kelvin.zhao@orientline.example.com")
txt = """单磊、老谷：
船东那边昨天协调会的纪要转给你们，各自那条盯紧，2.14周六是调休上班，别当周末过了。
有问题直接找我。

彭丽娟
船代部
""" + fwd_block_outlook("Kelvin Zhao <kelvin.zhao@orientline.example.com>", "2026年2月12日 17:42",
                        "彭丽娟 <penglijuan@haiyan-log.example.cn>", "", "东方航运-海晏 春节期间靠泊协调会纪要") + """各位好，

今天协调会纪要如下：

一、已确认事项
1）节前最后一班船 ORIENT GRACE 2月14日截港，不再调整。
2）春节期间堆场冷箱按正常标准巡检。

二、待办
1）海晏船代（单磊）：2月14日前提交春节期间在港船舶靠泊计划；
2）海晏堆场（谷永胜）：2月24日前清理超期空箱（约60TEU）；
3）东方航运（Kelvin）：3月6日前提供3月船期表。

下次会议时间节后另行通知。

Best regards,
Kelvin Zhao
Orient Line Shipping (Tianjin) | Operations
"""
eml, MIDS[5403] = mk("outlook", P("彭丽娟"), [P("单磊"), P("谷永胜")], [kel, BP], "转发: 东方航运-海晏 春节期间靠泊协调会纪要",
                     t, txt, html_from_text(txt), cs="utf-8", cte="base64", seed="5403")
add(5403, "port-forwarded-shipowner-minutes-spring-festival", "minutes", eml,
    "Outlook '转发:' of an external shipowner's minutes with the forwarder's own preface (mentions 2.14 but assigns nothing); items below the forward header; 2026-02-14 make-up Saturday",
    [I("单磊", "提交春节期间在港船舶靠泊计划", "2026-02-14", calc=lambda sd=sd: D(2026, 2, 14)),
     I("谷永胜", "清理超期空箱（约60TEU）", "2026-02-24", calc=lambda sd=sd: D(2026, 2, 24)),
     I("Kelvin Zhao", "提供3月船期表", "2026-03-06", email=kel[1], dept=None, calc=lambda sd=sd: D(2026, 3, 6))],
    None, None,
    "Forward sent Fri 2026-02-13 (Spring Festival 2026 = 02-15..02-23, make-ups 02-14 Sat and 02-28 Sat). The forwarder's preface ('各自那条盯紧, 2.14周六是调休上班') "
    "is not an item. The forwarded minutes' 待办 are items: owners written as '海晏船代（单磊）' -> 单磊, '海晏堆场（谷永胜）' -> 谷永胜, '东方航运（Kelvin）' -> Kelvin Zhao "
    "(external, in Cc of the forward; department null). 已确认事项 are decisions. '下次会议时间节后另行通知' -> no follow-up.")

# ---------------------------------------------------------------- 5404 WeChat group chat pasted with the boss's own summary
t = T(2026, 5, 9, 9, 30); sd = t.date()
txt = """早上群里说的几件事我理一下，大家按这个来：
1、卢队：5号堆场照明改造，下周一前把施工方案给我
2、单磊：跟中远那边确认周二那条船的进港时间，今天下午4点前回群里
3、谷班长 下周二下班前把叉车年检安排完

—— 以下群聊记录 ——
【海晏堆场调度群】
韩建军 07:58
@卢振 5号场灯又坏了两盏，晚上作业太黑
卢振 08:03
收到韩总，我今天找施工队来看，周一前给方案
单磊 08:10
周二那条船代理说可能推迟，我下午问问
谷永胜 08:15
叉车年检我下周弄，上次的检验报告在我这
韩建军 08:20
[强]

韩建军"""
eml, MIDS[5404] = mk("huawei", P("韩建军"), [P("卢振"), P("单磊"), P("谷永胜")], [BP], "堆场几件事", t, txt + "\n\n发自我的华为手机",
                     cs="utf-8", cte="base64", seed="5404")
add(5404, "port-wechat-chat-paste-boss-summary", "minutes", eml,
    "Boss's phone mail on the 2026-05-09 make-up Saturday: his own 3-line list counts, the pasted WeChat group chat below (with promises and times) does not",
    [I("卢振", "5号堆场照明改造施工方案", "2026-05-11", calc=lambda sd=sd: next_week(sd, 0)),
     I("单磊", "跟中远确认周二那条船的进港时间并回群里", "2026-05-09", "16:00", calc=lambda sd=sd: sd),
     I("谷永胜", "安排叉车年检", "2026-05-12", calc=lambda sd=sd: next_week(sd, 1))],
    None, None,
    "Sent Sat 2026-05-09 (make-up working day after Labour Day). 卢队 = 卢振, 谷班长 = 谷永胜 (aliases). 下周一前 -> 05-11, 今天下午4点前 -> 05-09 16:00, "
    "下周二下班前 -> 05-12 (no time). The chat log repeats the same work as promises ('周一前给方案', '下周弄'); they are the source of the boss's list, not extra items.")

# ---------------------------------------------------------------- 5405 one-line minutes from the boss
t = T(2026, 10, 10, 18, 40); sd = t.date()
txt = "刚跟海关开完会，下月起查验率上调。齐经理牵头把申报要素复核流程10月底前出个方案，卢队配合；贾会计把查验费垫付台账理一下。\n\n发自我的华为手机"
eml, MIDS[5405] = mk("huawei", P("韩建军"), [P("齐晓冬"), P("卢振"), P("贾桂兰")], [BP], "海关会", t, txt, cs="utf-8", cte="base64", seed="5405")
add(5405, "port-one-line-boss-minutes", "minutes", eml,
    "One-paragraph minutes from a busy GM on the 2026-10-10 make-up Saturday: 牵头/配合 in prose, 10月底前, an item without date",
    [I("齐晓冬", "申报要素复核流程方案", "2026-10-31", calc=lambda sd=sd: month_end(2026, 10)),
     I("贾桂兰", "整理查验费垫付台账", None, flags=["no_due"])],
    None, None,
    "Sent Sat 2026-10-10 18:40 (make-up working day). 齐经理 = 齐晓冬 leads (牵头) -> owner; 卢队配合 is support, not a separate item. 10月底前 -> 2026-10-31. "
    "贾会计 = 贾桂兰, no deadline -> no_due. '下月起查验率上调' is a fact.")

# ---------------------------------------------------------------- 5406 new minutes posted as RE: in the old thread
t = T(2025, 11, 14, 17, 10); sd = t.date()
old_mid = "<0000a1b2c3d4$5e6f7a8b$9c0d1e2f@haiyan-log.example.cn>"
txt = """各位：本周例会纪要如下，bot已抄送。

时间：11月14日（周五）14:00-15:00
参会：齐晓冬、付雪、单磊

本周待办：
1. 付雪：整理本周三份查验异常报告，11/18前发我
2. 单磊：与船代核对舱单数据差异，下周三下班前
3. 齐晓冬：月底前排好12月报关员班表

下次例会下周五同一时间。

齐晓冬

-----原始邮件-----
发件人: 齐晓冬 <qixiaodong@haiyan-log.example.cn>
发送时间: 2025年11月7日 16:55
收件人: 付雪 <fuxue@haiyan-log.example.cn>; 单磊 <shanlei@haiyan-log.example.cn>
抄送: 纪要助手 <jiyao@haiyan-log.example.cn>
主题: 报关部周例会纪要

时间：11月7日（周五）14:00
待办：
1. 付雪：11/10前完成10月报关单自查
2. 单磊：11月12日前更新船代联系人清单
下次例会：11月14日（周五）14:00
"""
eml, MIDS[5406] = mk("outlook", P("齐晓冬"), [P("付雪"), P("单磊")], [BP], "RE: 报关部周例会纪要", t, txt,
                     html_from_text(txt, "等线"), cs="gb2312", cte="quoted-printable", irt=old_mid, refs=[old_mid], seed="5406")
add(5406, "port-weekly-minutes-as-re-in-old-thread", "minutes", eml,
    "New week's minutes posted as 'RE:' in last week's thread (Outlook gb2312 QP): the quoted old minutes are not items; '下周五同一时间' follow-up",
    [I("付雪", "整理本周三份查验异常报告", "2025-11-18", calc=lambda sd=sd: D(2025, 11, 18)),
     I("单磊", "与船代核对舱单数据差异", "2025-11-19", calc=lambda sd=sd: next_week(sd, 2)),
     I("齐晓冬", "排好12月报关员班表", "2025-11-30", calc=lambda sd=sd: month_end(2025, 11))],
    FU("2025-11-21", "14:00", calc=lambda sd=sd: next_week(sd, 4)),
    None,
    "Sent Fri 2025-11-14 in reply to the 11-07 minutes (In-Reply-To set) but it carries new minutes -> kind minutes, a new meeting. 11/18前 -> 2025-11-18; "
    "下周三下班前 -> 11-19; 月底前 -> 11-30. '下次例会下周五同一时间' = this meeting's 14:00 -> 2025-11-21 14:00. Everything under '-----原始邮件-----' is last week's minutes: not items.")

# ---------------------------------------------------------------- 5407 Excel range pasted as TSV, odd column order
t = T(2027, 3, 17, 11, 20); sd = t.date()
rows = [["状态", "事项", "优先级", "完成时限", "责任人", "备注"],
        ["已完成", "堆场地面裂缝修补", "高", "3/12", "谷永胜", "已验收"],
        ["进行中", "冷箱插座更换（20个）", "高", "3/19", "谷永胜", "到货12个"],
        ["未开始", "夜班安全巡查表电子化", "中", "3月底", "卢振", ""],
        ["进行中", "堆存费对账", "低", "4月2日", "贾桂兰", "等客户回签"],
        ["未开始", "危险品箱区标识更新", "高", "尽快", "谷永胜", "安监检查提的"]]
txt = "今天10点堆场周会的跟踪表，直接从表格里贴的：\n\n" + text_table(rows) + "\n\n下周三同一时间再过一遍。\n\n卢振\n"
eml, MIDS[5407] = mk("thunderbird", P("卢振"), [P("谷永胜"), P("贾桂兰")], [P("韩建军"), BP], "堆场周会跟踪表 3.17", t, txt,
                     cs="utf-8", cte="8bit", seed="5407")
add(5407, "port-excel-tsv-tracking-odd-columns", "minutes", eml,
    "Thunderbird 8bit plain text with an Excel range pasted as tab-separated rows; columns 状态|事项|优先级|完成时限|责任人|备注; 已完成 row excluded; 尽快 -> vague",
    [I("谷永胜", "冷箱插座更换（20个）", "2027-03-19", calc=lambda sd=sd: D(2027, 3, 19)),
     I("卢振", "夜班安全巡查表电子化", "2027-03-31", calc=lambda sd=sd: month_end(2027, 3)),
     I("贾桂兰", "堆存费对账", "2027-04-02", calc=lambda sd=sd: D(2027, 4, 2)),
     I("谷永胜", "危险品箱区标识更新", None, flags=["vague_due"])],
    FU("2027-03-24", "10:00", calc=lambda sd=sd: next_week(sd, 2)),
    None,
    "Sent Wed 2027-03-17. The status column comes first: the 已完成 row (地面裂缝修补) is not an item; 进行中/未开始 rows are. 3/19 -> 2027-03-19, 3月底 -> 03-31, "
    "4月2日 -> 04-02, 尽快 -> vague_due. Remarks (到货12个, 等客户回签) are not tasks. '下周三同一时间' with '今天10点' -> 2027-03-24 10:00. "
    "No working-day arithmetic is used in 2027 cases (chinesecalendar has no 2027 data).")
