"""Cases 10725-10730."""
from h79_common import who, item, fu, BOT
from h79_clients import mail
import h79_html as H


def c10725():
    text = """各位好，

今天上午（10:00-11:00）华东区经销商大会筹备会，纪要如下：

• 大会定在8月21日（周五），地点初定聊城本地酒店，规模约60人。
• 伊经理：本周内把邀请名单定下来（约35家经销商）
• 小冉（我）：今天下班前发三家酒店的报价对比
• 宫主任：8月10日前准备2台纸箱夹、1台旋转器展示样机
• 聂工：产品介绍PPT，8月14日前给初稿
• 礼品和物料还没定，下次会上再议

下周三同一时间再碰一次进度。

冉晓
销售部
"""
    html = H.apple(text.split("\n"))
    to = [who("伊春来"), who("宫立新"), who("聂红梅")]
    cc = [who("孔德顺"), BOT["Y"]]
    eml, _ = mail("apple", who("冉晓"), to, cc, "华东区经销商大会筹备会 纪要", "2026-07-15 15:02:26 +0800",
                  text, html, seed="10725")
    items = [
        item("伊春来", "确定经销商大会邀请名单（约35家经销商）", "2026-07-19", ("weekend",)),
        item("冉晓", "发三家酒店的报价对比", "2026-07-15", ("today",)),
        item("宫立新", "准备2台纸箱夹、1台旋转器展示样机", "2026-08-10", ("md", 8, 10)),
        item("聂红梅", "产品介绍PPT初稿", "2026-08-14", ("md", 8, 14)),
    ]
    return dict(num=10725, slug="apple-mail-same-time-next-wednesday", kind="minutes", eml=eml, items=items,
                followup=fu("2026-07-22", "10:00", ("next", 2)),
                notes="Apple Mail (UTF-8 QP, Q-encoded headers), sent Wed 2026-07-15 15:02 about this morning's meeting. "
                      "Bullets '称谓：任务+时间': 伊经理 本周内 -> Sunday 07-19 (本周内 rule; AMBIGUOUS: business reading Fri "
                      "07-17); '小冉（我）' = sender 冉晓, 今天下班前 -> 07-15; 8月10日前 / 8月14日前. The first bullet is "
                      "a decision (8月21日 is the event date, not a deadline); '礼品和物料…下次会上再议' is a deferred "
                      "topic, not an item. '下周三同一时间' with the meeting at 10:00 -> 2026-07-22 10:00.")


def c10726():
    text = """农村饮水安全排查推进会纪要

7月20日下午，农村水利科召集水资源管理科、工程建设科、肃州供排水公司召开农村饮水安全排查推进会，纪要如下。

一、排查进展
全区已完成68个村的入户排查，占计划的81%；发现问题线索23条，已整改15条。

二、下一步安排
（一）剩余16个村的入户排查，7月底前全部完成。由我负责，小俞协助数据汇总。
（二）水质检测。请韦工安排供排水公司化验室对12处单村供水工程水样送检，8月7日前出报告。
（三）维修资金。请魏科长会同财务测算维修资金缺口，汛后报局党组。
（四）工程建设科芦科长负责3处管网破损点抢修，务必在7月24日（本周五）下班前完成。

三、下次推进会
8月4日（周二）下午3:30，局三楼会议室。

农村水利科 达文忠
2026年7月21日
"""
    html = H.divs(text.split("\n"), cs="UTF-8", wrapper="coremail")
    to = [who("俞晓雯"), who("韦成"), who("魏东升"), who("芦娜")]
    cc = [who("窦建华"), who("邸海波"), BOT["G"]]
    eml, _ = mail("coremail", who("达文忠"), to, cc, "农村饮水安全排查推进会纪要", "2026-07-21 11:20:44 +0800",
                  text, html, seed="10726")
    items = [
        item("达文忠", "完成剩余16个村的入户排查", "2026-07-31", ("mend",)),
        item("韦成", "12处单村供水工程水样送检并出报告", "2026-08-07", ("md", 8, 7)),
        item("魏东升", "测算维修资金缺口并报局党组", None, None, flags=["vague_due"]),
        item("芦娜", "3处管网破损点抢修", "2026-07-24", ("md", 7, 24)),
    ]
    return dict(num=10726, slug="coremail-gov-titles-kezhang-gong", kind="minutes", eml=eml, items=items,
                followup=fu("2026-08-04", "15:30", ("md", 8, 4)),
                notes="Coremail (UTF-8 base64 text + QP HTML), sent Tue 2026-07-21. Owners written with titles: '由我负责' = "
                      "sender 达文忠 (小俞 only assists); 韦工 = 韦成 (供排水公司); 魏科长 = 魏东升; 芦科长 = 芦娜. 7月底前 -> "
                      "07-31; 8月7日前 -> 08-07; '汛后' has no date -> vague_due; '7月24日（本周五）下班前' -> 07-24, no "
                      "time (下班前 convention). Section 一 is progress. Next meeting 8月4日（周二）下午3:30 -> 2026-08-04 "
                      "15:30.")


def c10727():
    blocks = ["All,", "",
              "Updated version - item 3 owner corrected (Martin, not Snow) and item 5 added. Please use this one and "
              "ignore yesterday's mail.", "",
              "Customer audit preparation - Karnaphuli ACS on-site audit, 12-13 August", "",
              ("table", [["#", "Action", "Owner", "Due"],
                         ["1", "Update the process flow charts for lines 1-3", "Leo", "31.07"],
                         ["2", "Calibration records for all CMMs and the interferometer", "Snow", "Wed 29.07"],
                         ["3", "Supplier qualification files (coating chemicals, Ge, CaF2)", "Martin", "30.07"],
                         ["4", "Audit agenda and logistics (hotel, pick-up from Yingkou airport)", "Eric",
                          "next Monday"],
                         ["5", "Mock audit with Group Quality", "Rūta", "6 Aug"]]), "",
              "Next prep meeting: Friday 31 July, 10:00, meeting room 2.", "",
              "Thanks,", "Jenny"]
    text = H.plain(blocks, sep=" | ")
    html = H.outlook(blocks, cs="utf-8", font="Calibri")
    to = [("Leo Tan", who("谭志远")[1]), ("Snow Bao", who("鲍雪")[1]), ("Martin Guan", who("关明浩")[1]),
          ("Eric Na", who("那英杰")[1])]
    cc = [who("Rūta Kazlauskienė"), BOT["N"]]
    prev = "<000001dc1b7e3f20$a81c4e90$f854dbb0$@nemunas-yk.example.cn>"
    eml, _ = mail("outlook_utf8", ("Jenny Yu", who("于佳宁")[1]), to, cc,
                  "[Updated] Minutes - customer audit preparation (Karnaphuli, 23 Jul)", "2026-07-24 16:31:05 +0800",
                  text, html, seed="10727", irt=prev, refs=prev)
    items = [
        item("谭志远", "Update the process flow charts for lines 1-3", "2026-07-31", ("md", 7, 31)),
        item("鲍雪", "Calibration records for all CMMs and the interferometer", "2026-07-29", ("md", 7, 29)),
        item("关明浩", "Supplier qualification files (coating chemicals, Ge, CaF2)", "2026-07-30", ("md", 7, 30)),
        item("那英杰", "Audit agenda and logistics (hotel, pick-up from Yingkou airport)", "2026-07-27", ("next", 0)),
        item("Rūta Kazlauskienė", "Mock audit with Group Quality", "2026-08-06", ("md", 8, 6)),
    ]
    return dict(num=10727, slug="outlook-english-updated-resend-dotted-dm", kind="minutes", eml=eml, items=items,
                followup=fu("2026-07-31", "10:00", ("md", 7, 31)),
                notes="Corrected re-send ('[Updated]', In-Reply-To the first version, which is not in this set) from "
                      "Outlook (UTF-8 QP, Word HTML table; text part with ' | ' cells). Sent Fri 2026-07-24. Dates are "
                      "European day.month: '31.07' -> 07-31, 'Wed 29.07' -> 07-29 (a Wednesday, confirming D.M), "
                      "'30.07' -> 07-30 (a reader must not take 31.07 as month 31 or 07-31 of another year); 'next "
                      "Monday' -> 07-27; '6 Aug' -> 08-06. Owners by first name: Leo, Snow, Martin, Eric, Rūta (Cc). "
                      "The preface about the correction is not an item; '12-13 August' is the audit date. Next prep "
                      "meeting Friday 31 July 10:00 -> 2026-07-31 10:00.")


def c10728():
    text = """总经理办公会纪要（7月27日）

参加：符振华、龚倩、卜海军、易晓红、邝志刚、田蕾

一、关于8月出口旺季备货
1. 外贸部龚经理负责，分两步：
   ①本周三前与三家主要客户确认8月订单数量；
   ②8月5日前把确认后的订单转生产部排产。
2. 生产部卜厂长：8月起实行两班制，7月31日前把排班和加班费方案报我。

二、关于CCC认证
品管部易主管负责，认证资料8月10日前提交认证机构；研发部配合提供结构图纸。

三、关于资金
财务部8月中旬前完成银行授信续期。

四、其他
中秋节前发放员工福利，具体方案由综合办拟定。

符振华
"""
    html = H.divs(text.split("\n"), cs="UTF-8", wrapper="plain", style="font-family:微软雅黑;font-size:14px")
    to = [who("龚倩"), who("卜海军"), who("易晓红"), who("邝志刚"), who("田蕾")]
    cc = [BOT["C"]]
    eml, _ = mail("dingtalk", who("符振华"), to, cc, "总经理办公会纪要0727", "2026-07-27 10:20:37 +0800",
                  text, html, seed="10728")
    items = [
        item("龚倩", "与三家主要客户确认8月订单数量", "2026-07-29", ("this", 2)),
        item("龚倩", "把确认后的订单转生产部排产", "2026-08-05", ("md", 8, 5)),
        item("卜海军", "两班制排班和加班费方案报总经理", "2026-07-31", ("md", 7, 31)),
        item("易晓红", "CCC认证资料提交认证机构", "2026-08-10", ("md", 8, 10)),
        item(None, "完成银行授信续期", None, None, flags=["no_owner", "vague_due"], dept="财务部"),
        item(None, "拟定中秋员工福利发放方案", "2026-09-24", ("pre", "中秋"), flags=["no_owner"]),
    ]
    return dict(num=10728, slug="dingtalk-mail-sub-tasks-mid-autumn", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="DingTalk (Alimail) mail, UTF-8 base64, sent Mon 2026-07-27. Item 1 has ①② sub-tasks under one "
                      "owner (龚经理 = 龚倩): two items. 本周三前 -> 07-29; 8月5日前 -> 08-05; 卜厂长 7月31日前 -> 07-31 "
                      "('报我' = to the sender, 符振华); 易主管 8月10日前 -> 08-10 (研发部配合 is support). '财务部8月中旬前' "
                      "-> no_owner, department 财务部, vague_due (中旬 convention). '中秋节前…由综合办拟定' -> 中秋 "
                      "2026-09-25..27, last working day before is 09-24; 综合办 is not a roster department -> no_owner, "
                      "department null. No next meeting.")


def c10729():
    rows = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
             "实际解决时间", "解决方案"],
            ["Q2607-05", "经销商报修：客户现场旋转器回转异响", "冉晓", "2026-07-29 08:40", "高", "1台/1家客户",
             "技术部", "郝建军", "4小时内给出远程排查意见", "", ""],
            ["Q2607-06", "侧移器装配线扭矩扳手校准过期", "展鹏", "2026-07-28 16:00", "中", "装配一线", "质量部",
             "訾文静", "明天上午10点前完成校准", "", ""],
            ["Q2607-04", "夹抱器油管接头渗油", "訾文静", "2026-07-27 10:10", "中", "3台", "生产部", "展鹏",
             "2026-07-28 18:00", "2026-07-28 17:20", "更换接头密封垫，已复测无渗漏"],
            ["Q2607-07", "客户投诉发货少一套说明书", "冉晓", "2026-07-29 09:00", "低", "1单", "销售部", "冉晓",
             "今天下班前补发", "", ""]]
    blocks = ["各位：", "", "今天早会过的问题协调解决记录表如下，高优先级的请郝工盯紧。", "", ("table", rows), "",
              "訾文静", "质量部"]
    text = H.plain(blocks)
    html = H.outlook(blocks, cs="gb2312")
    to = [who("郝建军"), who("展鹏"), who("冉晓")]
    cc = [who("宫立新"), who("聂红梅"), BOT["Y"]]
    eml, _ = mail("outlook", who("訾文静"), to, cc, "问题协调解决记录表（7月29日早会）", "2026-07-29 09:30:12 +0800",
                  text, html, seed="10729")
    items = [
        item("郝建军", "给出客户现场旋转器回转异响的远程排查意见", "2026-07-29", ("hours", 4), time="13:30"),
        item("訾文静", "侧移器装配线扭矩扳手完成校准", "2026-07-30", ("days", 1, "10:00"), time="10:00"),
        item("冉晓", "补发客户缺少的说明书", "2026-07-29", ("today",)),
    ]
    return dict(num=10729, slug="outlook-seed-issue-table-hour-deadlines", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="Seed 问题协调解决记录表, Outlook gb2312 Word HTML + text, sent Wed 2026-07-29 09:30:12. The "
                      "计划解决时间 cells hold phrases: '4小时内' counts from the Date header -> 2026-07-29 13:30; "
                      "'明天上午10点前' -> 07-30 10:00; '今天下班前' -> 07-29, no time. Row Q2607-04 has an 实际解决时间 and a "
                      "解决方案: resolved, not an item. 提交时间 values are facts. No next meeting.")


def c10730():
    text = """各位：

8月14日下午在公司二楼召开城区二次供水泵房改造协调会，邸海波主持，局工程建设科芦娜科长、水资源管理科魏东升科长参加。纪要如下：

一、今年计划改造6个老旧小区二次供水泵房，资金已落实。
二、分工和时限：
1. 韦工负责6个小区泵房设备招标文件编制，8月底前挂网。
2. 停水公告由韦工负责，施工前3天在小区张贴。
3. 芦科长负责审查改造设计方案，中秋节前反馈审查意见。
4. 魏科长负责泵房取水计量设备更换方案，国庆节后报局里。
三、下次协调会时间待定。

邸海波
酒泉肃州供排水有限公司
"""
    to = [who("韦成"), who("芦娜"), who("魏东升")]
    cc = [who("窦建华"), BOT["G"]]
    eml, _ = mail("outlook", who("邸海波"), to, cc, "二次供水泵房改造协调会纪要", "2026-08-17 15:45:03 +0800",
                  text, None, seed="10730")
    items = [
        item("韦成", "6个小区泵房设备招标文件编制并挂网", "2026-08-31", ("mend",)),
        item("韦成", "在小区张贴停水公告", None, None, flags=["no_due"]),
        item("芦娜", "审查改造设计方案并反馈审查意见", "2026-09-24", ("pre", "中秋")),
        item("魏东升", "泵房取水计量设备更换方案报局里", "2026-10-08", ("post", "国庆")),
    ]
    return dict(num=10730, slug="outlook-plain-gb2312-mid-autumn-national-day", kind="minutes", eml=eml,
                items=items, followup=None,
                notes="Outlook text-only gb2312 base64 from the SOE, sent Mon 2026-08-17. 8月底前 -> 08-31; '施工前3天' "
                      "depends on an unknown start date -> no_due; 中秋节前 -> Mid-Autumn 2026-09-25..27, last working day "
                      "09-24; 国庆节后 -> National Day 10-01..07, first working day 10-08. 韦工/芦科长/魏科长 via roster "
                      "aliases. Section 一 is a fact; '下次协调会时间待定' -> no follow-up.")


CASES = [c10725, c10726, c10727, c10728, c10729, c10730]
