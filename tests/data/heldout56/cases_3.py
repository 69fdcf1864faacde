"""Cases 8414-8424."""
from gen_common import *  # noqa


# ------------------------------------------------------------------ 8414
def c8414():
    date = "Wed, 17 Jun 2026 16:40:55 +0800"
    pre = "各位领导、同事：\n\n今天下午夏粮收购准备会的飞书智能纪要如下，请按待办推进。\n\n于海洋\n"
    ai = """智能纪要：夏粮收购准备会 2026年6月17日
会议时间：2026年6月17日 14:00（时长1小时12分钟）
参会人：张德明、赵立军、韦志远、姜春梅、王建华、宋雨晴、谭文博、于海洋

总结
会议围绕夏粮（小麦）收购准备、3号库熏蒸和质检安排展开。韦志远负责端午节前完成3号库熏蒸；宋雨晴节后提交小麦入库质检报告；购销部需在6月底前完成收购预案。会议强调熏蒸期间严禁无关人员进入库区。

章节
00:00:12 夏粮收购形势：姜春梅介绍今年小麦长势和预计收购量约8万吨。
00:15:40 仓容与熏蒸安排：3号库存在虫害迹象，需在节前熏蒸。
00:32:05 质检安排：新麦上市后先做质量摸底。
00:51:30 安全要求：熏蒸期间视频监控须全程在线。

待办
- 端午节前完成3号库熏蒸作业并做好密闭 @韦志远
- 节后第一个工作日提交小麦入库质检报告 @宋雨晴
- 6月30日前完成夏粮收购预案 @姜春梅
- 检查熏蒸期间库区视频监控在线情况 @谭文博

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    text = pre + "\n" + ai
    html_ai = ai.split("\n")
    h = ['<div style="font-family:-apple-system,PingFang SC,Microsoft YaHei;font-size:14px">',
         pre.replace("\n", "<br>"), "</div>",
         '<div style="background:#f5f6f7;border-radius:8px;padding:16px;margin-top:8px">',
         f'<div style="font-size:17px;font-weight:600">{html_ai[0]}</div>',
         f'<div style="color:#646a73">{html_ai[1]}<br>{html_ai[2]}</div>']
    sec = None
    for line in html_ai[3:]:
        if line in ("总结", "章节", "待办"):
            if sec == "待办":
                h.append("</ul>")
            sec = line
            h.append(f'<div style="font-weight:600;margin-top:12px">{line}</div>')
            if line == "待办":
                h.append('<ul style="list-style:none;padding-left:0">')
        elif not line:
            continue
        elif sec == "待办" and line.startswith("- "):
            h.append(f'<li><input type="checkbox" disabled> {html_escape(line[2:])}</li>')
        else:
            if sec == "待办":
                h.append("</ul>")
                sec = None
            h.append(f"<p>{html_escape(line)}</p>")
    h.append("</div>")
    html = '<html><head><meta charset="utf-8"></head><body>' + "\n".join(h) + "</body></html>\n"
    body = multipart("alternative", "e9d1c7a35b2f4c0e8a61d3b7f2c9e054", [
        leaf("text/plain", text, "UTF-8", "base64"),
        leaf("text/html", html, "UTF-8", "base64"),
    ])
    hdrs = [
        ("From", addr("yuhy")),
        ("To", addrs(["zhangdm", "zhaolj", "weizy", "jiangcm", "wangjh", "songyq", "tanwb"])),
        ("Cc", addr(("纪要助手", ORGS["A"]["bot"]))),
        ("Subject", ew("夏粮收购准备会 智能纪要")),
        ("Date", date),
        ("Message-ID", "<7c1e0b5f-2a94-4e3d-8f61-5b0a9c2d7e14@feishu.example.net>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Feishu Mail"),
        ("X-Lms-Return-Path", "<lba+1d8f2a6c7b3e@feishu.example.net>"),
    ]
    case(8414, "feishu-ai-minutes-dragon-boat", "minutes", "A", date, hdrs, body, [
        I("weizy", "完成3号库熏蒸作业并做好密闭", "before_hol", "2026-06-18"),
        I("songyq", "提交小麦入库质检报告", "after_hol", "2026-06-22"),
        I("jiangcm", "完成夏粮收购预案", "abs:2026-06-30", "2026-06-30"),
        I("tanwb", "检查熏蒸期间库区视频监控在线情况", "none"),
    ], None,
        notes=("Feishu (飞书) 智能纪要 pasted into Feishu mail, Wed 2026-06-17, two days before Dragon Boat (06-19..06-21). Only 待办 "
               "counts; 总结 restates three to-dos and 章节 reports discussion; the 安全要求 is a rule. 端午节前 -> last working day before the "
               "holiday = 2026-06-18. 节后第一个工作日 -> 2026-06-22. 6月30日前. 谭文博's to-do has no date -> no_due. '会议时间 14:00' is "
               "this meeting, not a next one -> next_followup null."),
        tests="Feishu AI minutes: only 待办 counts; 端午节前 and 节后第一个工作日 around Dragon Boat; @name after the task",
        from_host="mail-out.feishu.example.net", from_ip="101.45.12.88")


# ------------------------------------------------------------------ 8415
def c8415():
    date = "Tue, 9 Jun 2026 12:15:20 +0800"
    head = ["序号", "工作内容", "责任人", "完成时间", "备注"]
    rows = [
        ["1", "活动落地页及小程序报名入口", "主责：郑伟；配合：翁佳", "6月12日", "需先确认报名字段"],
        ["2", "门诊物料（易拉宝、宣传单）设计与印刷", "卢敏（主责）/翁佳（配合）", "本周五", "印刷找老供应商"],
        ["3", "医生端咨询话术培训", "医务部（钱慧敏）", "端午节前", ""],
        ["4", "活动预算审批", "运营部", "6月底", "预算上限8万元"],
        ["5", "与隐动科技确认暑期隐形矫治套餐供货", "施建", "已完成", "6月8日已确认"],
    ]
    intro = "各位：\n\n暑期“小牙套”营销活动协调会纪要如下，分工见下表：\n"
    outro = "\n会议确定：活动时间为7月1日至8月31日，两家门诊同步上线。\n下周二中午12点再对一次进度。\n\n卢敏\n市场部\n"
    text = intro + "\n" + "\n".join(" | ".join(r) for r in [head] + rows) + "\n" + outro
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-size:14px;font-family:微软雅黑">' + intro.replace("\n", "<br>") + "</div>"
            + html_table([head] + rows) + '<div style="font-size:14px;font-family:微软雅黑">' + outro.replace("\n", "<br>")
            + "</div></body></html>\n")
    body = multipart("alternative", "----=_Part_77201_1398843562.1780978520331", [
        leaf("text/plain", text, "UTF-8", "base64"),
        leaf("text/html", html, "UTF-8", "quoted-printable"),
    ])
    hdrs = [
        ("Date", date),
        ("From", addr("lumin")),
        ("To", addrs(["zhengwei", "wengjia", "qianhm", "chensy", "shijian"])),
        ("Cc", ORGS["C"]["bot"]),
        ("Message-ID", "<3a5e7c91.1b2.19eaf5c8d20.Coremail.lumin@rongyue-ortho.example.cn>"),
        ("Subject", ew("暑期“小牙套”营销活动协调会纪要")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase Qiye Mail (Coremail Webmail Server Version XT6.0.2)"),
        ("X-Originating-IP", "[183.251.10.42]"),
    ]
    case(8415, "lead-support-in-one-cell-qiye163", "minutes", "C", date, hdrs, body, [
        I("zhengwei", "活动落地页及小程序报名入口", "abs:2026-06-12", "2026-06-12"),
        I("lumin", "门诊物料（易拉宝、宣传单）设计与印刷", "this:4", "2026-06-12"),
        I("qianhm", "医生端咨询话术培训", "before_hol", "2026-06-18"),
        I(None, "活动预算审批", "month_end", "2026-06-30", dept="运营部"),
    ], NF("next:1", "2026-06-16", "12:00"),
        notes=("NetEase enterprise mail (Coremail), sent Tue 2026-06-09. 责任人 cells mix 主责/配合: '主责：郑伟；配合：翁佳' -> 郑伟, "
               "'卢敏（主责）/翁佳（配合）' -> 卢敏 (the sender); 翁佳 is never an owner. '医务部（钱慧敏）' = person in brackets after a unit "
               "-> 钱慧敏. '运营部' alone -> no_owner, department 运营部. Row 5 已完成 -> not an item. 6月12日; 本周五 -> 2026-06-12; "
               "端午节前 -> 2026-06-18; 6月底 -> 2026-06-30. 备注 cells and '会议确定…' are not items. '下周二中午12点再对一次进度' -> "
               "2026-06-16 12:00. Plain part uses ' | ' separated rows."),
        tests="主责/配合 in one cell (two styles); unit(person); done row; 端午节前; 中午12点 next meeting sentence",
        from_host="qiye163.example.net", from_ip="183.251.10.42")


# ------------------------------------------------------------------ 8416
def c8416():
    date = "Wed, 10 Jun 2026 18:47:03 +0800"
    text = """Notes from today's copper desk stand-up (Matías, Kevin, Leo, Mandy)

## Updates
- June shipment (2,000 t) arrived Tianjin Xingang 6/8, customs cleared 6/9.
- LME 3M around 9,850 USD/t this morning, contango narrowing.

## Action items
- [x] @Kevin send warehouse receipts to the bank (done Monday)
- [ ] @Leo reconcile June LC charges with BoC by Jun 15
- [ ] @Mandy confirm the trucking quote for the Shanghai bonded leg, due next Tuesday
- [ ] @Matías send the revised quality-claim side letter to Felipe within 3 working days
- [ ] @Kevin update the hedge position sheet, EOD Friday

Next sync: Tue Jun 16, 10:00 CLT (22:00 Beijing)

--
Kevin Sun 孙立伟
Copper Desk | Andes Pacífico Trading (Tianjin)
"""
    body = leaf("text/plain; format=flowed", text, "UTF-8", "8bit")
    hdrs = [
        ("Message-ID", "<4b9e2f7a-31c5-4d08-9a6e-0f2d8c71b5e3@andespacifico.example.com>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("To", addrs(["mherrera", "quhang", "gaomin"], quote_ascii=True)),
        ("Cc", "minutes@andespacifico.example.com"),
        ("From", "Kevin Sun <sunlw@andespacifico.example.com>"),
        ("Subject", "[Copper Desk] stand-up notes 2026-06-10"),
    ]
    case(8416, "markdown-checkboxes-thunderbird-8bit", "minutes", "D", date, hdrs, body, [
        I("quhang", "reconcile June LC charges with BoC", "abs:2026-06-15", "2026-06-15"),
        I("gaomin", "confirm the trucking quote for the Shanghai bonded leg", "next:1", "2026-06-16"),
        I("mherrera", "send the revised quality-claim side letter to Felipe", "wd:3", "2026-06-15"),
        I("sunlw", "update the hedge position sheet", "bare:4", "2026-06-12"),
    ], NF("abs:2026-06-16", "2026-06-16", "22:00"),
        notes=("Thunderbird text/plain format=flowed 8bit UTF-8, Markdown checklist, sent Wed 2026-06-10. '- [x]' row is done -> not an "
               "item. @Leo = 曲航 'by Jun 15'; @Mandy = 高敏 'next Tuesday' -> 2026-06-16; @Matías 'within 3 working days' -> 06-11, "
               "06-12, 06-15 -> 2026-06-15; @Kevin = 孙立伟 (the sender) 'EOD Friday' -> 2026-06-12, no clock time. 'Next sync: Tue Jun "
               "16, 10:00 CLT (22:00 Beijing)' -> 2026-06-16 22:00 (Beijing time is what the bot records)."),
        tests="'- [ ] @name' checklist; [x] done; English names via aliases; within 3 working days; next sync in CLT with Beijing time",
        from_host="[10.60.2.15]", from_ip="117.10.88.4")


# ------------------------------------------------------------------ 8417
def c8417():
    date = "Mon, 15 Jun 2026 10:28:40 +0800"
    paras = [
        ("h", "关于夏粮收购及仓储准备工作的会议纪要"),
        ("p", "6月15日上午，张德明副总经理主持召开夏粮收购及仓储准备工作会议，储运部、购销部、质检中心、财务部、综合办公室主要负责同志参加。纪要如下："),
        ("b", "一、关于仓容准备"),
        ("p", "会议要求储运部（韦志远）：①6月26日前完成4号、6号库空仓清理和消毒；②本月底前完成地磅及输送设备检修。"),
        ("b", "二、关于收购资金"),
        ("p", "由购销部牵头、财务部配合，6月24日前提出夏粮收购资金使用计划。"),
        ("b", "三、关于质量检验"),
        ("p", "质检中心王工负责，端午节后第一个工作日组织新麦质量摸底检验。"),
        ("b", "四、关于政策宣传"),
        ("p", "张总牵头，综合办公室配合，做好夏粮收购惠农政策宣传工作。"),
        ("p", "会议强调，收购期间严格执行“五要五不准”收购守则，不得压级压价。"),
        ("p", "综合办公室"),
        ("p", "2026年6月15日"),
    ]
    h = []
    for k, t in paras:
        if k == "h":
            h.append(f'<p align="center" style="text-align:center"><b><span style="font-size:16pt;font-family:方正小标宋简体">{t}</span></b></p>')
        elif k == "b":
            h.append(f'<p><b><span style="font-family:黑体">{t}</span></b></p>')
        else:
            h.append(f'<p style="text-indent:2em"><span style="font-family:仿宋;font-size:14pt">{html_escape(t)}</span></p>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>\n'
            + "\n".join(h) + '\n<div><br></div><div style="color:#909090;font-size:12px">孟庆国 | 综合办公室主任</div></body></html>\n')
    body = leaf("text/html", html, "gb2312", "quoted-printable")
    hdrs = [
        ("Date", date),
        ("From", addr("mengqg", "gb2312")),
        ("To", addrs(["weizy", "zhaolj", "jiangcm", "changli", "wangjh"], "gb2312")),
        ("Cc", addr("zhangdm", "gb2312") + ",\n " + ORGS["A"]["bot"]),
        ("Message-ID", "<5d0c2e18.2f4a.19eca3e1b77.Coremail.mengqg@jlgrain.example.cn>"),
        ("Subject", ew("关于夏粮收购及仓储准备工作的会议纪要", "gb2312")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20220113(9b3b7e35) Copyright (c) 2002-2026 www.mailtech.cn"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    case(8417, "formal-sub-tasks-html-only-gb2312", "minutes", "A", date, hdrs, body, [
        I("weizy", "完成4号、6号库空仓清理和消毒", "abs:2026-06-26", "2026-06-26"),
        I("weizy", "完成地磅及输送设备检修", "month_end", "2026-06-30"),
        I(None, "提出夏粮收购资金使用计划", "abs:2026-06-24", "2026-06-24", dept="购销部"),
        I("wangjh", "组织新麦质量摸底检验", "after_hol", "2026-06-22"),
        I("zhangdm", "做好夏粮收购惠农政策宣传工作", "none"),
    ], None,
        notes=("Coremail HTML-only (gb2312 QP) formal minutes sent Mon 2026-06-15, no next meeting. 储运部（韦志远） with ①② -> two items "
               "for 韦志远: 6月26日前; 本月底前 -> 2026-06-30. 二 购销部牵头 (no person), 财务部配合 -> no_owner, department 购销部, "
               "2026-06-24. 三 王工 = 王建华, 端午节后第一个工作日 -> 2026-06-22. 四 张总 = 张德明 牵头 (综合办公室配合 not an owner), no "
               "deadline -> no_due. '会议强调…守则' is a standing rule."),
        tests="HTML-only gb2312 formal minutes; ①② under a unit(person); unit 牵头 without person; 张总牵头 without date; no next meeting",
        from_host="webmail.jlgrain.example.cn", from_ip="10.20.1.10")


# ------------------------------------------------------------------ 8418
def c8418():
    date = "Thu, 18 Jun 2026 19:40:26 +0800"
    text = """下午碰头会说的几件事，记一下，大家按这个来：

1. 徐师傅负责把钛合金支架批次的后处理（去支撑、喷砂、
热处理）全部做完，6月24日前交质量部抽检
2. 小顾节后第一个工作日上午10点前把2号SLM激光器的
故障记录整理好发给厂家
3. 邱莉把端午后的交期调整通知发给受影响的6家客户，
下周三前发完
4. 费工牵头、钱工配合，评估新接的模具随形水路订单能
否在7月10日前交付，明天给我答复

下次时间节后再定。

陆建锋

发自网易邮箱大师
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    hdrs = [
        ("Date", date),
        ("From", addr("lujf")),
        ("To", addrs(["xujp", "guhao", "qiuli", "feixd", "qianzm"])),
        ("Cc", addr("wudm") + ",\n " + ORGS["B"]["bot"]),
        ("Message-ID", "<1c7a2e5f.63b1.19ede44b9a0.mailmaster@sandieji3d.example.cn>"),
        ("Subject", ew("碰头会")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "MailMaster_IOS/7.19.3"),
        ("X-Priority", "3"),
    ]
    case(8418, "wrapped-lines-mailmaster-mobile-holiday-eve", "minutes", "B", date, hdrs, body, [
        I("xujp", "完成钛合金支架批次后处理（去支撑、喷砂、热处理）并交质量部抽检", "abs:2026-06-24", "2026-06-24"),
        I("guhao", "整理2号SLM激光器故障记录发给厂家", "after_hol", "2026-06-22", time="10:00"),
        I("qiuli", "给受影响的6家客户发端午后交期调整通知", "next:2", "2026-06-24"),
        I("feixd", "评估模具随形水路订单能否在7月10日前交付并答复", "tomorrow", "2026-06-19"),
    ], None,
        notes=("Mail Master iOS plain text (base64) sent Thu 2026-06-18, the eve of Dragon Boat (06-19..06-21), by the general manager; "
               "the subject is just '碰头会' but the body is minutes. Every item wraps onto a second line, and dates sit on the "
               "second line. 徐师傅 = 徐建平 6月24日前. 小顾 = 顾浩, 节后第一个工作日上午10点前 -> 2026-06-22 10:00. 邱莉 下周三前 -> "
               "2026-06-24. 费工牵头、钱工配合 -> 费晓东 only; '7月10日前交付' is what he evaluates, his own deadline is '明天给我答复' "
               "-> 2026-06-19, a holiday, kept as written (AMBIGUOUS: a private firm's GM asking for an answer on the holiday; a "
               "careful assistant records the date the boss set). '下次时间节后再定' -> no next meeting."),
        tests="items wrapped over two lines; date inside the wrap; 明天 = a holiday kept; 牵头/配合; a date in the task that is not the due",
        from_host="mailmaster-ios.example.net", from_ip="223.104.5.77")


# ------------------------------------------------------------------ 8419
def c8419():
    date = "Sun, 21 Jun 2026 20:15:09 +0800"
    text = """今天端午值班碰头会，简单记一下：
1. 钱老师：明天上午10点前把3位托槽脱落患者的复诊约好
2. 郑工：周三前把挂号系统节日排班模板修好
3. 池主管：下周一给节日期间预约未到的患者做电话回访
4. 消毒供应室高压灭菌器年检，采购部跟进，时间待定

发自我的iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    hdrs = [
        ("Content-Type-Dummy", ""),
        ("From", addr("huangxl")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", ew("端午值班碰头会纪要")),
        ("Message-Id", "<A7E3C0F2-5B91-4D6A-8E24-19C0B3F5D2A8@rongyue-ortho.example.cn>"),
        ("To", addrs(["qianhm", "zhengwei", "chimh", "shijian"])),
        ("Cc", ORGS["C"]["bot"]),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    hdrs = [h for h in hdrs if h[0] != "Content-Type-Dummy"]
    case(8419, "iphone-short-minutes-holiday-sunday", "minutes", "C", date, hdrs, body, [
        I("qianhm", "约好3位托槽脱落患者的复诊", "tomorrow", "2026-06-22", time="10:00"),
        I("zhengwei", "修好挂号系统节日排班模板", "bare:2", "2026-06-24"),
        I("chimh", "给节日期间预约未到的患者做电话回访", "next:0", "2026-06-22"),
        I(None, "消毒供应室高压灭菌器年检", "vague", dept="采购部"),
    ], None,
        notes=("iPhone Mail, short plain minutes (base64) sent Sun 2026-06-21, the last day of Dragon Boat. 明天上午10点前 -> 2026-06-22 "
               "10:00. 周三前 -> 2026-06-24. 下周一 sent on a Sunday -> Monday of the next calendar week = 2026-06-22 (weeks start "
               "Monday, so it is also tomorrow). '采购部跟进，时间待定' -> no_owner, department 采购部, vague_due. No next meeting."),
        tests="plain iPhone minutes on a holiday Sunday; 下周一 from a Sunday; 明天上午10点前; unit owner + 待定",
        from_host="[10.1.8.23]", from_ip="120.36.9.140")


# ------------------------------------------------------------------ 8420
def c8420():
    date = "Mon, 22 Jun 2026 21:30:12 -0400"
    text = """Team,

Summary of tonight's (your morning's) Q3 commercial review.

Attendees: Rodrigo, Camila, Matías, Leo, Grace, Kevin

Key points
- Q3 wine volumes +15% vs Q2; copper volumes flat.
- We keep the credit line with BoC Tianjin at USD 20m.

AI (Camila): revised Q3 wine budget by Friday.
AI (Matías): counterparty risk review of the two new fabricators within 2 working days.
AI (Leo): bank covenant compliance certificate by end of June.
AI (Grace, Kevin supporting): joint customer visit plan for Shandong, next Monday.

Next sync: Thu Jul 2, 09:00 Beijing (Wed Jul 1, 21:00 Santiago).

Rodrigo

Rodrigo Fuentes
General Manager | Andes Pacífico Trading (Tianjin) Co., Ltd.
Av. Apoquindo 3000, Las Condes, Santiago | Tianjin Free Trade Zone
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">'
            + html_escape(text).replace("\n", "<br>\n") + "</div></body></html>\n")
    body = multipart("alternative", "_000_CP6PR01MB7432E1B0A9C3D5F7E2A4CP6PR01MB7432namp_", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ])
    hdrs = [
        ("From", "Rodrigo Fuentes <rfuentes@andespacifico.example.com>"),
        ("To", addrs(["csoto", "mherrera", "quhang", "liujh", "sunlw"], quote_ascii=True)),
        ("CC", "minutes <minutes@andespacifico.example.com>"),
        ("Subject", "Minutes - Q3 commercial review (Santiago/Tianjin)"),
        ("Thread-Topic", "Minutes - Q3 commercial review (Santiago/Tianjin)"),
        ("Thread-Index", "AdziS0q7tD3fVuK1RkW9mP2xY0c6aQ=="),
        ("Date", date),
        ("Message-ID", "<CP6PR01MB7432E1B0A9C3D5F7E2A4@CP6PR01MB7432.brapr01.prod.outlook.example.com>"),
        ("Accept-Language", "es-CL, en-US"),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ]
    case(8420, "chile-sender-minus4-outlook-en", "minutes", "D", date, hdrs, body, [
        I("csoto", "revised Q3 wine budget", "bare:4", "2026-06-26"),
        I("mherrera", "counterparty risk review of the two new fabricators", "wd:2", "2026-06-25"),
        I("quhang", "bank covenant compliance certificate", "month_end", "2026-06-30"),
        I("liujh", "joint customer visit plan for Shandong", "next:0", "2026-06-29"),
    ], NF("abs:2026-07-02", "2026-07-02", "09:00"),
        notes=("Outlook (M365) from the GM in Santiago: Date Mon 2026-06-22 21:30 -0400 = Tue 2026-06-23 09:30 in Shanghai; every "
               "phrase resolves from the Shanghai date. by Friday -> 2026-06-26; within 2 working days from Tue 06-23 -> 06-24, 06-25 "
               "-> 2026-06-25 (from the Santiago date it would be 06-24: the convention fixes Shanghai); end of June -> 2026-06-30; "
               "'AI (Grace, Kevin supporting)' -> Grace = 刘佳慧 only; next Monday -> 2026-06-29. Next sync 'Thu Jul 2, 09:00 Beijing' -> "
               "2026-07-02 09:00."),
        tests="-0400 Date header crossing into the next Shanghai day; working days from the Shanghai date; owner with a supporter",
        from_host="CP6PR01MB7432.brapr01.prod.outlook.example.com", from_ip="40.107.90.71")


# ------------------------------------------------------------------ 8421
def c8421():
    date = "Wed, 24 Jun 2026 17:10:33 +0800"
    text = """周经理、姜部长：

今天下午与华丰饲料周经理电话沟通了夏季玉米采购事宜，跟进表如下，周经理如有异议请于今日内回复。

外部沟通跟进表
沟通编号：EC2026-06-24-01
沟通日期：2026-06-24
对方单位/联系人：华丰饲料有限公司/周军经理
我方对接人：购销部/刘振宇
沟通类型：客户
核心需求/反馈：客户需采购三等玉米3000吨，要求7月上旬到厂，水分不高于14%
解决方案/进展：①储运部韦主管安排铁路发运计划（7月1日前）②6月26日前向客户反馈报价及质检指标③待客户确认后签订购销合同
下次沟通时间：2026-06-30
负责人：刘振宇

刘振宇
购销部 | 吉林省粮油贸易集团有限公司
"""
    body = leaf("text/plain", text, "gb2312", "base64")
    hdrs = [
        ("From", addr("liuzy", "gb2312")),
        ("To", addr("zhoujun", "gb2312") + ",\n " + addr("jiangcm", "gb2312")),
        ("Cc", addr("weizy", "gb2312") + ",\n " + addr(("纪要助手", ORGS["A"]["bot"]), "gb2312")),
        ("Subject", ew("华丰饲料玉米采购沟通纪要（EC2026-06-24-01）", "gb2312")),
        ("Date", date),
        ("Message-ID", "<000b01dd03a7$2e8f4c10$8bade430$@jlgrain.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzjpyqAbC8aFJ3mS5e7R2uQ0wkXkA=="),
        ("Content-Language", "zh-cn"),
    ]
    case(8421, "external-followup-keyvalue-outlook-text", "minutes", "A", date, hdrs, body, [
        I("weizy", "安排铁路发运计划", "abs:2026-07-01", "2026-07-01"),
        I("liuzy", "向客户反馈报价及质检指标", "abs:2026-06-26", "2026-06-26"),
        I("liuzy", "待客户确认后签订购销合同", "none"),
    ], NF("abs:2026-06-30", "2026-06-30"),
        notes=("Seed 外部沟通跟进表 as key：value lines, Outlook text-only gb2312 base64, sent Wed 2026-06-24 to a customer (周军, external, "
               "in To). ① names 储运部韦主管 = 韦志远 inline, (7月1日前) -> 2026-07-01. ② names nobody -> the row's 负责人 刘振宇, "
               "2026-06-26. ③ is conditional on the customer and has no date -> 刘振宇, no_due. '7月上旬到厂' is the customer's "
               "requirement, not an item. 下次沟通时间 2026-06-30, no time."),
        tests="seed 外部沟通跟进表 key:value; row 负责人 owns unnamed sub-items; conditional item no_due; external recipient",
        from_host="LIUZY-PC", from_ip="10.20.2.33")


# ------------------------------------------------------------------ 8422
def c8422():
    date = "Mon, 29 Jun 2026 16:20:44 +0200"
    text = """Dear Mr. Fei, dear all,

thank you for the call today. Please find the minutes below.

Participants: Fei Xiaodong, Qian Zhiming, Wu Dongmei (Sandieji 3D), Jonas Weber, Lukas Brandt (Kessler Additive)

1. Findings
- Build plate cracks on machine #2 correlate with the preheating profile used since firmware 4.2.
- Recoater blade wear is above the limit (0.15 mm).

2. Action items
- Sandieji (Mr. Fei): send the build logs and thermocouple data of the last 5 jobs - by Friday, July 3
- Kessler (J. Weber): ship a replacement recoater blade - by 8 July
- Kessler service team: remote diagnosis session - date tbd
- Mrs. Wu: stop using preheating profile 4.2 on all SLM machines - immediately

Next sync: Tue Jul 7, 10:00 CEST (16:00 Beijing).

Kind regards / Mit freundlichen Grüßen
Jonas Weber
Service Engineer APAC

Kessler Additive GmbH | Industriestraße 12 | 86899 Landsberg am Lech | Germany
Geschäftsführer: Dr. Anna Kessler, Markus Roth | Amtsgericht Augsburg HRB 31527
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete it.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Calibri,Helvetica,sans-serif;font-size:11pt">'
            + html_escape(text).replace("\n", "<br>\n") + "</div></body></html>\n")
    body = multipart("alternative", "_000_AM0PR03MB5619C3E8B2A1D4F60B7C9AM0PR03MB5619eurp_", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ])
    hdrs = [
        ("From", "Jonas Weber <jonas.weber@kessler-additive.example.de>"),
        ("To", addrs(["feixd", "qianzm", "wudm"])),
        ("CC", "Lukas Brandt <lukas.brandt@kessler-additive.example.de>,\n \"minutes@sandieji3d.example.cn\" <minutes@sandieji3d.example.cn>"),
        ("Subject", "Minutes - SLM 280 build plate failures / service call 29.06."),
        ("Thread-Topic", "Minutes - SLM 280 build plate failures / service call 29.06."),
        ("Thread-Index", "AQHc57wq0nT2u4VcR0qf8n1X9bE3kg=="),
        ("Date", date),
        ("Message-ID", "<AM0PR03MB5619C3E8B2A1D4F60B7C9@AM0PR03MB5619.eurprd03.prod.outlook.example.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    case(8422, "german-partner-owa-cest", "minutes", "B", date, hdrs, body, [
        I("feixd", "send the build logs and thermocouple data of the last 5 jobs", "bare:4", "2026-07-03"),
        I("jweber", "ship a replacement recoater blade", "abs:2026-07-08", "2026-07-08"),
        I(None, "remote diagnosis session", "vague"),
        I("wudm", "stop using preheating profile 4.2 on all SLM machines", "vague"),
    ], NF("abs:2026-07-07", "2026-07-07", "16:00"),
        notes=("Minutes written by the German supplier (Outlook on the web, Date Mon 2026-06-29 16:20 +0200 = 22:20 in Shanghai, same "
               "day). Findings are facts. 'Sandieji (Mr. Fei)' -> 费晓东 (company with person in brackets), 'by Friday, July 3' -> "
               "2026-07-03. 'Kessler (J. Weber)' -> Jonas Weber (the sender, outsider in the roster, department null), 2026-07-08. "
               "'Kessler service team' is no person and not one of B's departments -> no_owner, department null, 'date tbd' -> "
               "vague_due. 'Mrs. Wu' = 吴冬梅, 'immediately' gives no date -> vague_due. 'Next sync: Tue Jul 7, 10:00 CEST (16:00 "
               "Beijing)' -> 2026-07-07 16:00. German legal footer is noise."),
        tests="foreign partner writes English minutes; +0200 Date; 'Company (Person)' owners; external team owner; immediately; CEST next sync",
        from_host="AM0PR03MB5619.eurprd03.prod.outlook.example.com", from_ip="40.107.20.55")


# ------------------------------------------------------------------ 8423
def c8423():
    date = "Thu, 2 Jul 2026 16:05:18 +0800"
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
            "解决方案/进展", "下次沟通时间", "负责人"]
    row = ["EC2026-07-02", "2026-07-02", "隐动科技/曹磊经理", "采购部/施建", "供应商",
           "7月起隐形矫治器加工周期由10天延长至14天，暑期订单需提前排产",
           "①医务部钱老师7月6日前提供暑期预计病例数②7月3日前与对方确认加急通道费用③7月8日前签订暑期供货补充协议",
           "2026-07-09", "施建"]
    intro = "曹经理、林主任：\n\n今天与隐动科技曹经理电话沟通了暑期加工周期问题，跟进表如下。如有异议请于今日内回复。\n"
    text = intro + "\n外部沟通跟进表\n" + "\n".join("\t".join(r) for r in [head, row]) + "\n\n施建\n榕悦口腔 采购部\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=ZH-CN>'
            '<div class=WordSection1>' + "".join(f"<p class=MsoNormal>{l or '<o:p>&nbsp;</o:p>'}</p>" for l in intro.split("\n"))
            + '<p class=MsoNormal><b>外部沟通跟进表</b></p>'
            + html_table([head, row], style="border-collapse:collapse;border:none")
            + "<p class=MsoNormal>施建<br>榕悦口腔 采购部</p></div></body></html>\n")
    body = multipart("alternative", "----=_NextPart_000_0019_01DD09E2.5C4A7B80", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", html, "utf-8", "base64"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [
        ("From", addr("shijian")),
        ("To", addr("caolei") + ",\n " + addr("linyq")),
        ("Cc", addr("qianhm") + ",\n " + addr("chensy") + ",\n " + addr(("纪要助手", ORGS["C"]["bot"]))),
        ("Subject", ew("隐动科技加工周期沟通纪要（EC2026-07-02）")),
        ("Date", date),
        ("Message-ID", "<001901dd09e2$5c4a7b80$14df7280$@rongyue-ortho.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzJ4lxKHm0p8rTtQ0aH3u1e6V9kPw=="),
        ("Content-Language", "zh-cn"),
    ]
    case(8423, "supplier-followup-table-outlook-html", "minutes", "C", date, hdrs, body, [
        I("qianhm", "提供暑期预计病例数", "abs:2026-07-06", "2026-07-06"),
        I("shijian", "与对方确认加急通道费用", "abs:2026-07-03", "2026-07-03"),
        I("shijian", "签订暑期供货补充协议", "abs:2026-07-08", "2026-07-08"),
    ], NF("abs:2026-07-09", "2026-07-09"),
        notes=("Seed 外部沟通跟进表 (supplier row) as an Outlook HTML table + tab text, sent Thu 2026-07-02. ① names 医务部钱老师 = 钱慧敏, "
               "7月6日前. ② and ③ name nobody -> row 负责人 施建: 2026-07-03 and 2026-07-08. The supplier's lead-time change in 核心需求 "
               "is a fact. 下次沟通时间 2026-07-09 (no time). 曹磊 (supplier) is only a recipient."),
        tests="seed 外部沟通跟进表 HTML row with ①②③ in one cell; title alias inside the cell; row owner for unnamed items",
        from_host="SHIJIAN-PC", from_ip="192.168.1.71")


# ------------------------------------------------------------------ 8424
def c8424():
    date = "Sun, 5 Jul 2026 23:45:10 +0000"
    head = ["#", "Action", "Owner", "Due", "Status"]
    rows = [
        ["1", "Accrue June freight invoices", "Leo", "Jul 3", "Closed"],
        ["2", "Bank reconciliation BoC &amp; ICBC", "Leo Qu", "by Wednesday", "Open"],
        ["3", "FX revaluation of USD payables", "Kevin", "next Friday", "Open"],
        ["4", "Wine inventory count at the bonded warehouse", "Mandy + Grace", "Jul 10", "Open"],
        ["5", "Transfer-pricing file for HQ Santiago", "Rodrigo", "EOD today", "Open"],
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">Hi all,<br><br>'
            'June close is almost done. Action log from Friday\'s close meeting below; closed ones are left in for reference.<br><br>'
            + html_table([head] + rows, style="border-collapse:collapse;border:1px solid #999")
            + '<br>We will review on Thursday at 9:30.<br><br>Thanks,<br>Leo<br><br>'
              'Leo Qu 曲航 | Finance<br>Andes Pacífico Trading (Tianjin) Co., Ltd.</div></body></html>\n')
    text = ("Hi all,\n\nJune close is almost done. Action log from Friday's close meeting below; closed ones are left in for reference.\n\n"
            + "\n".join("\t".join(c.replace("&amp;", "&") for c in r) for r in [head] + rows)
            + "\n\nWe will review on Thursday at 9:30.\n\nThanks,\nLeo\n\nLeo Qu 曲航 | Finance\nAndes Pacífico Trading (Tianjin) Co., Ltd.\n")
    body = multipart("alternative", "_000_TYZPR02MB6180D3F4A1B5C7E90F2ATYZPR02MB6180apcp_", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", html, "utf-8", "base64"),
    ])
    hdrs = [
        ("From", "Leo Qu <quhang@andespacifico.example.com>"),
        ("To", addrs(["sunlw", "gaomin", "liujh", "rfuentes"], quote_ascii=True)),
        ("CC", "minutes <minutes@andespacifico.example.com>"),
        ("Subject", "June month-end close - action log"),
        ("Thread-Topic", "June month-end close - action log"),
        ("Thread-Index", "AQHc7NvM4f8Yp2kLbUq0r7x3d5H1Zw=="),
        ("Date", date),
        ("Message-ID", "<TYZPR02MB6180D3F4A1B5C7E90F2A@TYZPR02MB6180.apcprd02.prod.outlook.example.com>"),
        ("Accept-Language", "en-US, zh-CN"),
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("MIME-Version", "1.0"),
    ]
    case(8424, "owa-utc-date-closed-rows-two-owners", "minutes", "D", date, hdrs, body, [
        I("quhang", "Bank reconciliation BoC & ICBC", "bare:2", "2026-07-08"),
        I("sunlw", "FX revaluation of USD payables", "next:4", "2026-07-17"),
        I("gaomin", "Wine inventory count at the bonded warehouse", "abs:2026-07-10", "2026-07-10"),
        I("liujh", "Wine inventory count at the bonded warehouse", "abs:2026-07-10", "2026-07-10"),
        I("rfuentes", "Transfer-pricing file for HQ Santiago", "today", "2026-07-06"),
    ], NF("bare:3", "2026-07-09", "09:30"),
        notes=("Outlook on the web (M365) whose Date is Sun 2026-07-05 23:45 +0000 = Mon 2026-07-06 07:45 in Shanghai. Row 1 Closed -> not "
               "an item. by Wednesday -> 2026-07-08; 'next Friday' -> Friday of the next calendar week 2026-07-17 (not 07-10); "
               "'Mandy + Grace' -> the same task for two owners = two items (高敏, 刘佳慧), Jul 10; 'EOD today' -> 2026-07-06 (the "
               "Shanghai date, not 07-05), no time. 'We will review on Thursday at 9:30' -> 2026-07-09 09:30."),
        tests="+0000 Sunday Date = Monday in Shanghai; Closed row; next Friday; two owners for one row; EOD today",
        from_host="TYZPR02MB6180.apcprd02.prod.outlook.example.com", from_ip="40.107.255.60")


for _f in (c8414, c8415, c8416, c8417, c8418, c8419, c8420, c8421, c8422, c8423, c8424):
    _f()
