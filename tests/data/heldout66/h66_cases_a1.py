"""Cases 9401-9405: 安庆长锚链业有限公司 (anchor/mooring chain maker, Anqing, Anhui). Mail server: Tencent Exmail."""
from h66_common import (CM, KQ, P, addr, addrs, ew, fmt_date, item, message, mso_html, multipart, simple_html,
                        tab_text, text_part)

BOT = ("纪要助手", f"minutes@{CM}")
RCV = "from smtpbg.exmail.example.qq.com (smtpbg.exmail.example.qq.com [203.205.250.101])\n\tby mx.changmao-chain.example.cn (Postfix) with ESMTPS id {qid}\n\tfor <minutes@changmao-chain.example.cn>; {date}"


def c9401():
    date = fmt_date(2026, 4, 9, 17, 42, 10)
    text = """各位：

今天下午生产周例会纪要如下，请各位对照落实，有出入的今天内回我。

会议时间：2026年4月9日（周四）14:30-16:10
地点：行政楼二楼会议室
主持：孙立群
参会：何志勇、潘晓东、吴敏、汪海涛、檀文斌、查丽、储卫红
记录：鲍春燕

一、本周情况
1. AM3级φ76有档锚链本周完成热处理4节，拉力试验全部合格，已入成品库。
2. 2#闪光焊机周二故障停机约6小时，已恢复生产。
3. 3月份客户投诉2起，均已回复。

二、待办事项（按人员）
【何主管】
 - 4#热处理炉炉温均匀性测试，周五前出报告
 - 热处理工段夜班排班表下周二前报孙部长
【潘工】
 - 2#闪光焊机故障原因分析报告，4月15日前
 - 联系焊机厂家售后上门检修（时间待定，等厂家回复）
【吴科长】
 - 牵头整理一季度客户投诉闭环情况，月底前
【汪工】
 - φ76锚链破断负荷试验样品送船级社见证，下周三
【查工】
 - 更新AM3热处理工艺卡（C版），4月17日前交檀部长审核
【储主管】
 - 催卡利斯特尽快发沥青漆（黑）200桶，库存只够两周

三、下次例会
4月16日（周四）14:30，地点不变。

鲍春燕
总经办
安庆长锚链业有限公司
电话：0556-5512307
"""
    html = mso_html(text.split("\n"), charset="gb2312")
    alt = multipart("alternative", "----=_NextPart_000_0013_01DCC81A.4F2B7C30", [
        text_part(text, "plain", "gb2312", "base64"),
        text_part(html, "html", "gb2312", "quoted-printable")], preamble="This is a multipart message in MIME format.")
    to = ["sunlq", "hezy", "panxd", "wumin", "wanght", "tanwb", "zhali", "chuwh"]
    hdrs = [("Return-Path", f"<baocy@{CM}>"),
            ("Received", RCV.format(qid="4ZbQ3k1Hx9z2xT", date=date)),
            ("From", addr(*P("baocy"), charset="gb2312")),
            ("To", addrs(to, "gb2312")),
            ("Cc", addrs(["zhoujp", BOT], "gb2312")),
            ("Subject", ew("生产周例会纪要（4月9日）", "gb2312")),
            ("Date", date),
            ("Message-ID", f"<002601dcc81a$4f2b7c30$ed707490$@{CM}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdzIGk8rCqR0fPZ0TnmKxq1m5EJ0Qw=="),
            ("Content-Language", "zh-cn")]
    items = [
        item("hezy", "4#热处理炉炉温均匀性测试报告", "wk:4"),
        item("hezy", "热处理工段夜班排班表报孙部长", "nw:1"),
        item("panxd", "2#闪光焊机故障原因分析报告", "abs:2026-04-15"),
        item("panxd", "联系焊机厂家售后上门检修", None, vague=True),
        item("wumin", "整理一季度客户投诉闭环情况", "me"),
        item("wanght", "φ76锚链破断负荷试验样品送船级社见证", "nw:2"),
        item("zhali", "更新AM3热处理工艺卡（C版）交檀部长审核", "abs:2026-04-17"),
        item("chuwh", "催卡利斯特发沥青漆（黑）200桶", None, vague=True),
    ]
    return dict(num=9401, slug="outlook-gb2312-grouped-by-person-titles", kind="minutes",
                eml=message(hdrs, alt, crlf=True), items=items, followup=("abs:2026-04-16", "14:30"),
                notes="Outlook zh-CN gb2312 (text base64 + Word HTML QP), sent Thu 2026-04-09 17:42. Items grouped under "
                      "【title】 headings: 何主管=何志勇, 潘工=潘晓东, 吴科长=吴敏, 汪工=汪海涛, 查工=查丽, 储主管=储卫红 (roster "
                      "aliases). 周五前 -> 04-10; 下周二前 -> 04-14; 4月15日前; 月底前 -> 04-30; 下周三 -> 04-15; 4月17日前. "
                      "'时间待定' and '尽快' -> vague_due. '一、本周情况' lines are reports, not items. Next meeting 04-16 14:30.",
                tests="Outlook gb2312 alternative; minutes grouped by person under title headings; report lines not items; 待定/尽快")


def c9402():
    date = fmt_date(2026, 4, 17, 16, 5, 33)
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
             "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC-CG-260417-02", "2026-04-17", "卡利斯特船舶涂料（钦州）/韦秋萍", "采购部/储卫红", "供应商",
             "4月第二批沥青漆（黑）200桶因钦州港船期调整，预计延后到4月28日到货；对方建议分两批发",
             "①何主管确认现有库存可用到几号（4月20日前）②储卫红书面确认分批发货方案并回传订单变更（下周二前）"
             "③韦秋萍提供第一批80桶的物流单号（4月21日前）", "4月22日下午3点", "储卫红"]]
    text = ("周总、孙部长：\n\n下午和卡利斯特韦主管电话沟通了沥青漆延期的事，跟进表如下：\n\n" + tab_text(rows) +
            "\n\n另：换批次后到货要重新做附着力抽检，到货后由汪工安排。\n\n"
            "储卫红\n采购部\n\n")
    html_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head>'
            '<body><style>body{font-size:10.5pt;font-family:微软雅黑;}</style>'
            '<div>周总、孙部长：</div><div><br></div><div>下午和卡利斯特韦主管电话沟通了沥青漆延期的事，跟进表如下：</div>'
            f'<div><br></div><table border="1" cellspacing="0" cellpadding="3">{html_rows}</table><div><br></div>'
            '<div>另：换批次后到货要重新做附着力抽检，到货后由汪工安排。</div><div><br></div>'
            '<div><span>储卫红</span></div><div>采购部</div><hr style="width:210px;height:1px" align="left">'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">'
            '<div>chuwh@changmao-chain.example.cn</div></div></span></div></body></html>')
    alt = multipart("alternative", "----=_001_NextPart428061752403_=----", [
        text_part(text, "plain", "GBK", "base64"), text_part(html, "html", "GBK", "base64")],
        preamble="This is a multi-part message in MIME format.")
    hdrs = [("Return-Path", f"<chuwh@{CM}>"),
            ("Received", RCV.format(qid="4ZdW2s0Qn3z1yK", date=date)),
            ("Date", date),
            ("From", addr(*P("chuwh"), charset="GBK")),
            ("To", addrs(["zhoujp", "sunlq"], "GBK")),
            ("Cc", addrs(["hezy", "wanght", "weiqp", BOT], "GBK")),
            ("Subject", ew("沥青漆延期到货-外部沟通跟进表", "GBK")),
            ("X-Priority", "3"),
            ("X-GUID", "5B0E4C1A-7F21-4C0D-9E4B-2C9D1F6A7E30"),
            ("X-Has-Attach", "no"),
            ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
            ("Mime-Version", "1.0"),
            ("Message-ID", f"<202604171605331068142@{CM}>")]
    items = [
        item("hezy", "确认现有沥青漆库存可用到几号", "abs:2026-04-20"),
        item("chuwh", "书面确认分批发货方案并回传订单变更", "nw:1"),
        item("weiqp", "提供第一批80桶的物流单号", "abs:2026-04-21"),
        item("wanght", "到货后安排附着力抽检", None),
    ]
    return dict(num=9402, slug="foxmail-gbk-supplier-followup-table", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("abs:2026-04-22", "15:00"),
                notes="Foxmail GBK base64, seed 外部沟通跟进表 (supplier row) as tab text + HTML table, sent Fri 2026-04-17. "
                      "①②③ in one cell each name their owner: 何主管=何志勇 (4月20日前), 储卫红 (下周二前 -> 04-21), 韦秋萍 of the "
                      "supplier (in the roster as Kalliste Supply Chain; 4月21日前). The delay to 4月28日 is the supplier's news, "
                      "not a task. '到货后由汪工安排' is conditional with no date -> no_due. 下次沟通时间 4月22日下午3点 -> 15:00.",
                tests="Foxmail GBK; seed 外部沟通跟进表 with ①②③ in one cell; supplier owner; conditional item no_due")


def c9403():
    date = fmt_date(2026, 5, 12, 10, 40, 2)
    rows = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度（高/中/低）", "影响范围", "责任部门", "责任人",
             "计划解决时间", "实际解决时间", "解决方案"],
            ["QP-2605-03", "舟山船厂来料复检：φ64有档锚链1节链环焊缝处磁粉探伤发现线性裂纹", "章宇航（销售部）",
             "2026-05-12 08:50", "高", "批次CM2604-118，共11节，已发货", "质量部/生产部", "吴敏", "见下", "", "见下"]]
    text = ("孙部长、周总：\n\n今早接到舟山船厂反馈，按问题协调流程记录如下：\n\n" + tab_text(rows) + "\n\n"
            "处理安排（上午碰头会定的）：\n"
            "1、汪工4小时内带探伤仪到成品库复检同批次剩余链节，结果发群里；\n"
            "2、潘工今天下班前调出该批次闪光焊参数记录；\n"
            "3、小章明天上午10点前给船厂书面回复初步处理意见；\n"
            "4、本人5月15日前出8D报告（先完成D1-D4）。\n\n"
            "孙部长已决定：同规格焊接生产暂停，复检结果出来后再定是否恢复。\n\n"
            "吴敏\n质量部\n")
    html = simple_html(["孙部长、周总：", "", "今早接到舟山船厂反馈，按问题协调流程记录如下：", ("t", rows), "",
                        "处理安排（上午碰头会定的）：",
                        "1、汪工4小时内带探伤仪到成品库复检同批次剩余链节，结果发群里；",
                        "2、潘工今天下班前调出该批次闪光焊参数记录；",
                        "3、小章明天上午10点前给船厂书面回复初步处理意见；",
                        "4、本人5月15日前出8D报告（先完成D1-D4）。", "",
                        "孙部长已决定：同规格焊接生产暂停，复检结果出来后再定是否恢复。", "", "吴敏", "质量部"],
                       wrapper='<div style="font-family:宋体;font-size:14px">').replace('charset="utf-8"', 'charset="gb18030"')
    alt = multipart("alternative", "----=_NextPart_6A1E3F2C_0D4B8E70_5C21A9D3", [
        text_part(text, "plain", "gb18030", "base64"), text_part(html, "html", "gb18030", "base64")],
        preamble="This is a multi-part message in MIME format.")
    hdrs = [("Return-Path", f"<wumin@{CM}>"),
            ("Received", RCV.format(qid="4ZfM0b2c8Lz3vQ", date=date)),
            ("X-QQ-mid", "bizesmtp61t1778553602t8k2m0q4"),
            ("X-QQ-SSF", "0000000000000070000000000000"),
            ("From", addr(*P("wumin"), charset="gb18030")),
            ("To", addrs(["sunlq", "zhoujp"], "gb18030")),
            ("Cc", addrs(["wanght", "panxd", "zhangyh", BOT], "gb18030")),
            ("Subject", ew("【紧急】φ64锚链焊缝裂纹投诉-问题协调解决记录", "gb18030")),
            ("Mime-Version", "1.0"),
            ("Date", date),
            ("Message-ID", f"<tencent_5E1B7C9A2D04F3386E0A1B2C@{CM}>"),
            ("X-Mailer", "Tencent Exmail Web"),
            ("X-Priority", "1")]
    items = [
        item("wanght", "带探伤仪到成品库复检同批次剩余链节，结果发群里", "hours:4"),
        item("panxd", "调出该批次闪光焊参数记录", "today"),
        item("zhangyh", "给船厂书面回复初步处理意见", "days:1", time="10:00"),
        item("wumin", "出8D报告（先完成D1-D4）", "abs:2026-05-15"),
    ]
    return dict(num=9403, slug="exmail-gb18030-issue-record-hours", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=None,
                notes="Exmail web gb18030, seed 问题协调解决记录表 + numbered follow-up lines, sent Tue 2026-05-12 10:40. "
                      "4小时内 -> 05-12 14:40; 今天下班前 -> 05-12 (no time, corpus convention); 明天上午10点前 -> 05-13 10:00; "
                      "5月15日前. 小章=章宇航; '本人' = the sender 吴敏. The stop-production line is a decision. The table's "
                      "提交时间 08:50 and 计划解决时间 '见下' are not deadlines.",
                tests="Exmail gb18030 问题协调解决记录表; 4小时内 with due_time; 本人 = sender; decision not item")


def c9404():
    date = fmt_date(2026, 4, 29, 11, 20, 45)
    blocks = ["【AI听记】节前安全生产检查部署会", "会议时间：2026-04-29 09:30 | 时长 52分钟 | 发言人 6",
              "", "会议概要", "会议部署五一假期前的安全生产检查和停炉安排，明确值班与节后复工验收。",
              "", "章节速览",
              "00:00 开场：孙立群说明今年五一放假5天（5月1日至5日），5月9日（周六）正常上班。",
              "06:41 热处理车间：何志勇汇报4#炉计划停炉，檀文斌提出5月8日前完成炉温曲线复核。",
              "19:05 消防与起重：江涛要求节前检查消防设施和行车吊具，发现问题当场整改。",
              "33:20 原材料：储卫红说明圆钢节后到货，需要质量部参与验收。",
              "", "会议待办",
              "☐ 江涛  节前对全厂消防设施、行车吊具全面检查一遍  截止：4月30日",
              "☐ 何志勇  4#热处理炉停炉降温方案报安环部  截止：节前",
              "☐ 孙立群  五一值班表发群里  截止：今天下班前",
              "☐ 储卫红  组织圆钢到货验收（通知质量部）  截止：节后第一个工作日",
              "☐ 未分配  确认五一期间客户提货安排  截止：节前",
              "", "以上内容由AI生成，仅供参考。", "来自 钉钉"]
    html = simple_html(blocks, wrapper='<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;color:#171A1D">')
    body = text_part(html, "html", "utf-8", "base64")
    hdrs = [("Return-Path", f"<baocy@{CM}>"),
            ("Received", "from mail.dingtalk.example.com (mail.dingtalk.example.com [47.246.137.51])\n\tby mx.changmao-chain.example.cn (Postfix) with ESMTPS id 4ZbJ7r5mQ0z4wD\n\tfor <minutes@changmao-chain.example.cn>; " + date),
            ("Date", date),
            ("From", addr(*P("baocy"))),
            ("To", addrs(["sunlq", "hezy", "jiangtao", "chuwh", "tanwb"])),
            ("Cc", addrs([BOT])),
            ("Subject", ew("【AI听记】节前安全生产检查部署会 会议纪要")),
            ("Message-ID", "<0b3c7e1f-44d2-4a0e-9f3b-7ad2c51e9e06.baocy@dingtalk.example.com>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "DingTalk Mail"),
            ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07;BR=01201311R171e4")]
    items = [
        item("jiangtao", "节前对全厂消防设施、行车吊具全面检查一遍", "abs:2026-04-30"),
        item("hezy", "4#热处理炉停炉降温方案报安环部", "before:2026-05-01"),
        item("sunlq", "五一值班表发群里", "today"),
        item("chuwh", "组织圆钢到货验收（通知质量部）", "after:2026-05-01"),
        item(None, "确认五一期间客户提货安排", "before:2026-05-01"),
    ]
    return dict(num=9404, slug="dingtalk-ai-minutes-labour-day", kind="minutes",
                eml=message(hdrs, body), items=items, followup=None,
                notes="DingTalk AI听记 minutes mailed HTML-only (UTF-8 base64), sent Wed 2026-04-29 11:20. Only 会议待办 counts: "
                      "the 章节速览 line '5月8日前完成炉温曲线复核' is a transcript summary, not a todo. Labour Day 2026 is 05-01..05 "
                      "(05-09 Sat make-up). 节前 -> last workday 04-30; 节后第一个工作日 -> 05-06; 今天下班前 -> 04-29. "
                      "'未分配' -> owner null, no_owner. No next meeting.",
                tests="DingTalk AI minutes: only 待办 count, chapter dates ignored; 节前/节后第一个工作日 around 劳动节; 未分配 owner")


def c9405():
    date = fmt_date(2026, 6, 15, 9, 31, 18)
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（主责/配合）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况（进行中/已完成/延期）", "风险点及应对措施"],
            ["1", "船级社年度工厂审核资料准备", "质量部", "技术部", "吴敏（主责）/查丽（配合）", "2026-06-01", "端午节前",
             "-", "进行中（已完成60%）", "热处理记录缺3月份纸质件，已找档案室"],
            ["2", "3#热处理炉PLC改造", "生产部", "技术部", "主责：何志勇；配合：檀文斌", "2026-06-08", "2026-06-30", "-",
             "进行中", "备件交期约2周"],
            ["3", "希腊船东订单包装唛头确认", "销售部", "生产部", "章宇航/潘晓东（配合）", "2026-06-10", "2026-06-12",
             "2026-06-12", "已完成", "-"],
            ["4", "焊材供应商二次比价", "采购部", "质量部", "储卫红主责，汪海涛配合", "2026-06-15", "3个工作日内", "-",
             "未开始", "只有两家报价，需再找一家"],
            ["5", "端午节后复工安全交底", "安环部", "生产部", "江涛（主责）、孙立群（配合）", "-", "节后第一天上班", "-",
             "未开始", "-"]]
    blocks = ["各部门：", "", "本周跨部门协作事项跟踪表更新如下，已完成的事项下周起不再列出。", "", ("table", rows), "",
              "请主责人周五前在表里更新进展。端午放假6月19日至21日，节前事项请提前安排。", "", "总经办 鲍春燕"]
    html = mso_html(blocks, font="微软雅黑", charset="utf-8")
    body = text_part(html, "html", "utf-8", "quoted-printable")
    hdrs = [("Return-Path", f"<baocy@{CM}>"),
            ("Received", RCV.format(qid="4ZkT8x3Wm2z5pL", date=date)),
            ("From", addr(*P("baocy"))),
            ("To", addrs(["wumin", "hezy", "chuwh", "jiangtao", "zhangyh"])),
            ("Cc", addrs(["zhoujp", "sunlq", "tanwb", "zhali", "panxd", "wanght", BOT])),
            ("Subject", ew("跨部门协作事项跟踪表（6月第3周）")),
            ("Date", date),
            ("Message-ID", f"<000c01dcfc3b$8e41d2a0$aac577e0$@{CM}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "Adz8O44MbJXwRF2tQ1e+Wk8PpLx0Aw=="),
            ("Content-Language", "zh-cn")]
    items = [
        item("wumin", "船级社年度工厂审核资料准备", "before:2026-06-19"),
        item("hezy", "3#热处理炉PLC改造", "abs:2026-06-30"),
        item("chuwh", "焊材供应商二次比价", "wd:3"),
        item("jiangtao", "端午节后复工安全交底", "after:2026-06-19"),
    ]
    return dict(num=9405, slug="outlook-html-only-collab-table-lead-support", kind="minutes",
                eml=message(hdrs, body, crlf=True), items=items, followup=None,
                notes="Outlook HTML-only UTF-8 QP, seed 跨部门协作事项跟踪表 with one merged 责任人（主责/配合） cell written four "
                      "different ways; the owner is the 主责 person. Sent Mon 2026-06-15. Dragon Boat 06-19..21 (no make-up day): "
                      "端午节前 -> 06-18; 3个工作日内 -> 06-16/17/18 -> 06-18; 节后第一天上班 -> 06-22. Row 3 已完成 is status, "
                      "not an item. '请主责人周五前在表里更新进展' is a general instruction to all, not an item.",
                tests="HTML-only seed 跨部门协作事项跟踪表; 主责/配合 in one cell (4 spellings); 已完成 row; 端午节前/节后")


CASES = [c9401, c9402, c9403, c9404, c9405]
