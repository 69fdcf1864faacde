"""heldout69 cases of 玉林桂香香料有限公司: 9708-9716 and the forwarded minutes 9735."""
from h69_clients import exmail, feishu, foxmail, netease, outlook, outlook_body
from h69_common import BOTS, FU, Case, I, P, T
from h69_mime import esc, html_doc, leaf, lines_html, multi, table_html, table_text, hx

BOT = BOTS["spc"]


def c9708():
    t = T(2026, 4, 13, 11, 48, 22)
    text = """各位：

今天上午9点周例会，按人整理如下，有遗漏的直接回邮件补充。

【陆经理（采购）】
1. 联系防城港两家八角供应商，周五前拿到新一批大红八角报价；
2. 和春燕一起把4月到港的越南肉桂入库单核对一遍（下周二）。

【梁主管（生产）】
1. 二号烘干线温控探头更换，明天上午10点前完成，停机不超过2小时；
2. 4月底前报五一假期排班表。

【韦工（品控）】
1. 八角黄曲霉毒素送检，结果出来后同步销售部。

【钟经理（销售）】
1. 跟进成都那家火锅底料厂的年度框架协议，尽快回签。

黄总强调：上周烘干线停机导致两单延期，设备问题必须当天报总经办。

下周一同一时间（上午9点）继续开周例会。

覃晓雯
总经办
"""
    eml, mid = foxmail(P("qinxiaowen"), [P("luyongqiang"), P("liangguodong"), P("weilijuan"), P("zhongwenbin")],
                       [P("huangzhenhua"), P("pangchunyan"), BOT], "4月13日周例会纪要", t, text, "9708", BOT, cs="GBK")
    items = [
        I("luyongqiang", "拿到新一批大红八角报价", "2026-04-17", ("wd", 4)),
        I("luyongqiang", "把4月到港的越南肉桂入库单核对一遍", "2026-04-21", ("next", 1)),
        I("liangguodong", "二号烘干线温控探头更换", "2026-04-14", ("plus", 1), at="10:00"),
        I("liangguodong", "报五一假期排班表", "2026-04-30", ("month_end",)),
        I("weilijuan", "八角黄曲霉毒素送检"),
        I("zhongwenbin", "跟进成都那家火锅底料厂的年度框架协议", vague=True),
    ]
    notes = ("Foxmail GBK minutes grouped by person under 【title（dept）】 headings: the heading's person owns every line under "
             "it (陆经理=陆永强, 梁主管=梁国栋, 韦工=韦丽娟, 钟经理=钟文斌). Sent Mon 2026-04-13 11:48 +0800. 周五前 -> 2026-04-17; "
             "'（下周二）' -> 2026-04-21 (春燕 only helps); 明天上午10点前 -> 2026-04-14 10:00; 4月底前 -> 2026-04-30; 送检 with no "
             "date -> no_due; 尽快 -> vague_due. '停机不超过2小时' is a constraint, not an hour deadline. 黄总强调 is a policy line. "
             "'下周一同一时间（上午9点）' -> follow-up 2026-04-20 09:00.")
    return Case(9708, "spc-grouped-by-person-foxmail-gbk", "minutes", eml, items, FU("2026-04-20", "09:00", ("next", 0)), notes,
                "Foxmail GBK minutes grouped by person (【陆经理（采购）】 headings own the lines below); bare 周五前; 下周二 in brackets; '停机不超过2小时' is not a deadline; 下周一同一时间")


def c9709():
    t = T(2026, 5, 7, 16, 30, 5)
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型(客户/供应商/合作方)", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2026-05-07", "2026-05-07", "蓉城味道调味品/周主管", "销售部/钟文斌", "客户",
             "客户反馈4月批次八角含梗率偏高，要求下批控制在3%以内；希望6月起改为25kg编织袋包装",
             "①品控部5月12日前出具含梗率复检报告（韦工）②5月15日前向客户反馈包装改版方案", "2026-05-15 10:00", "钟文斌"]]
    pre = "黄总、各位：\n\n今天下午和蓉城味道周主管电话沟通，跟进表如下：\n"
    post = """
附：采购部同步到货情况
越南肉桂12吨原定5月10日到港，因口岸查验延迟，预计推迟至5月18日。陆经理5月8日前与生产部确认是否调整5月排产。

钟文斌
销售部
"""
    text = pre + "\n外部沟通跟进表\n" + table_text(rows) + "\n" + post
    html = lines_html(pre) + "<div><b>外部沟通跟进表</b></div>" + table_html(rows) + lines_html(post)
    eml, mid = exmail(P("zhongwenbin"), [P("huangzhenhua"), P("weilijuan"), P("luyongqiang")], [P("liangguodong"), BOT],
                      "客户沟通跟进：蓉城味道（EC2026-05-07）", t, text, "9709", BOT, html_inner=html)
    items = [
        I("weilijuan", "出具含梗率复检报告", "2026-05-12", ("md", 5, 12)),
        I("zhongwenbin", "向客户反馈包装改版方案", "2026-05-15", ("md", 5, 15)),
        I("luyongqiang", "与生产部确认是否调整5月排产", "2026-05-08", ("md", 5, 8)),
    ]
    notes = ("Seed 外部沟通跟进表 (customer row) in Tencent Exmail gb18030 text+html. Sent Thu 2026-05-07 16:30 +0800. ① names "
             "品控部 and （韦工） -> 韦丽娟, 2026-05-12; ② names nobody -> the row's 负责人 钟文斌, 2026-05-15. The appended "
             "supplier note has one item: 陆经理 5月8日前 -> 陆永强 2026-05-08; 5月10日/5月18日 are arrival facts. '3%', "
             "'25kg' and '6月起' are requirements. 下次沟通时间 2026-05-15 10:00 -> follow-up.")
    return Case(9709, "spc-external-followup-table-exmail", "minutes", eml, items, FU("2026-05-15", "10:00", ("md", 5, 15)), notes,
                "Seed 外部沟通跟进表 in Exmail gb18030: ① owned by （韦工）, ② by the row 负责人; supplier delay facts vs one item; 下次沟通时间 with a time")


def c9710():
    t = T(2026, 5, 19, 20, 15, 37)
    text = """大家好，下午618备战会的飞书妙记纪要转到邮件里，方便纪要助手跟踪，待办以下面为准。

飞书妙记 · 智能纪要
会议：618大促备战会
时间：2026年5月19日 15:00-16:10
参会人：钟文斌、李梓萌、甘德胜、莫小芬、陈淑芬

总结
- 去年618八角、桂皮礼盒转化率2.8%，今年目标提升到3.5%
- 主推“卤味全家福”组合装，预计销量8000单
- 钟文斌提出月底前要和平台谈好坑位，陈淑芬提醒推广预算不超过6万元

章节
00:00 去年数据复盘
12:40 今年主推品与定价
35:10 备货与仓储
52:30 推广预算

待办
- @李梓萌 整理618大促八角、桂皮礼盒的详情页文案 5月25日前
- @甘德胜 确认618备货库位 本周五
- @莫小芬 抽检礼盒装样品水分含量 下周一
- @钟文斌 和平台小二确认坑位费 尽快

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用。

李梓萌
"""
    html = lines_html(text).replace("<div>待办</div>", "<div><b>待办</b></div>")
    eml, mid = feishu(P("lizimeng"), [P("zhongwenbin"), P("gandesheng"), P("moxiaofen"), P("chenshufen")], [BOT],
                      "618大促备战会｜飞书妙记智能纪要", t, text, html, "9710", BOT)
    items = [
        I("lizimeng", "整理618大促八角、桂皮礼盒的详情页文案", "2026-05-25", ("md", 5, 25)),
        I("gandesheng", "确认618备货库位", "2026-05-22", ("this", 4)),
        I("moxiaofen", "抽检礼盒装样品水分含量", "2026-05-25", ("next", 0)),
        I("zhongwenbin", "和平台小二确认坑位费", vague=True),
    ]
    notes = ("飞书妙记 智能纪要 pasted into a Feishu mail (UTF-8 QP text+html). Sent Tue 2026-05-19 20:15 +0800. Only the 待办 "
             "list gives items (@mention = owner): 5月25日前; 本周五 -> 2026-05-22; 下周一 -> 2026-05-25; 尽快 -> vague_due. The "
             "总结 line '钟文斌提出月底前要和平台谈好坑位' is summary, not an item; 2.8%/3.5%/8000单/6万元 are figures. '618' is a "
             "shopping festival name, not a date. No next meeting.")
    return Case(9710, "spc-feishu-ai-minutes-todo", "minutes", eml, items, None, notes,
                "飞书妙记 AI minutes in a Feishu mail: only 待办 with @mentions; 总结 with 月底前 is not an item; '618' is not a date; 本周五/下周一")


def c9711():
    t = T(2026, 6, 10, 9, 35, 50)
    head = ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间", "实际解决时间", "解决方案"]
    row = ["QC2026-0610-01", "出口批次GX2605桂皮二氧化硫残留检测值超内控", "莫小芬", "2026-06-10 08:50", "高", "在库8.6吨，未发货",
           "生产部", "梁国栋", "2026-06-10 18:00", "-", "隔离该批次并复烘处理"]
    pre = "各位：\n\n早上例行抽检发现出口批次桂皮二氧化硫超内控，问题协调解决记录如下：\n"
    post = """
补充安排：
1. 莫小芬4小时内完成复检取样并送第三方；
2. 陆经理今天下班前核查该批次供应商往期检测记录；
3. 钟经理明天中午12点前与客户沟通延期发货。

内控标准为≤150mg/kg，本次检测值186mg/kg。

韦丽娟
品控部
"""
    text = pre + "\n问题协调解决记录表\n" + table_text([head, row]) + "\n" + post
    html = html_doc(lines_html(pre) + "<div><b>问题协调解决记录表</b></div>" + table_html([head, row]) + lines_html(post),
                    "UTF-8", "font-family:微软雅黑;font-size:14px")
    b = f"----=_Part_{hx('9711b', 12)}"
    node = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")], b)
    eml, mid = netease(P("weilijuan"), [P("liangguodong"), P("moxiaofen"), P("luyongqiang"), P("zhongwenbin")],
                       [P("huangzhenhua"), BOT], "【紧急】桂皮SO2超内控问题协调记录", t, node, "9711", BOT, flash=True)
    items = [
        I("liangguodong", "隔离该批次并复烘处理", "2026-06-10", ("plus", 0), at="18:00"),
        I("moxiaofen", "完成复检取样并送第三方", "2026-06-10", ("hours", 4), at="13:35"),
        I("luyongqiang", "核查该批次供应商往期检测记录", "2026-06-10", ("plus", 0)),
        I("zhongwenbin", "与客户沟通延期发货", "2026-06-11", ("plus", 1), at="12:00"),
    ]
    notes = ("Seed 问题协调解决记录表 (紧急程度 高) from NetEase Flash Mail, UTF-8 base64. Sent Wed 2026-06-10 09:35:50 +0800. "
             "Row: 责任人 梁国栋, 计划解决时间 2026-06-10 18:00 -> item with time. '4小时内' counts from the Date header -> "
             "13:35 (not from the 提交时间 08:50). 今天下班前 -> 2026-06-10, no time. 明天中午12点前 -> 2026-06-11 12:00. "
             "≤150mg/kg and 186mg/kg are measurements.")
    return Case(9711, "spc-problem-record-hours-netease", "minutes", eml, items, None, notes,
                "Seed 问题协调解决记录表 (NetEase Flash Mail): row item with 计划解决时间; 4小时内 from the Date header (not 提交时间); 今天下班前; 明天中午12点前")


def c9712():
    t = T(2026, 6, 29, 17, 5, 44)
    text = """6月月度盘点会纪要

时间：6月29日 14:00-15:20
参加：甘德胜、庞春燕、陈淑芬、梁国栋、覃晓雯

一、盘点结果
成品仓账实相符率99.2%，原料仓97.6%，原料仓差异主要集中在散装八角。

二、待办
1. 成品仓（甘主管）：提交6月盘点差异分析表，7月3日前
2. 原料仓（春燕代管）：提交6月盘点差异分析表，7月3日前
3. 陈会计：出具6月存货跌价测算，7月8日前
4. 梁主管：车间退料单补录到系统，本周内

三、决定
从7月6日起所有出入库一律扫码，纸质单据只作备份。

下次月度盘点会：7月27日（周一）下午4点
"""
    html = lines_html(text).replace("<div>6月月度盘点会纪要</div>", "<h3>6月月度盘点会纪要</h3>")
    eml, mid = feishu(P("qinxiaowen"), [P("gandesheng"), P("pangchunyan"), P("chenshufen"), P("liangguodong")],
                      [P("huangzhenhua"), BOT], "6月月度盘点会纪要", t, text, html, "9712", BOT)
    items = [
        I("gandesheng", "提交6月盘点差异分析表", "2026-07-03", ("md", 7, 3)),
        I("pangchunyan", "提交6月盘点差异分析表", "2026-07-03", ("md", 7, 3)),
        I("chenshufen", "出具6月存货跌价测算", "2026-07-08", ("md", 7, 8)),
        I("liangguodong", "车间退料单补录到系统", "2026-07-05", ("week_end",)),
    ]
    notes = ("Feishu mail (UTF-8 QP). Sent Mon 2026-06-29 17:05 +0800. Items 1 and 2 have the same task text and date but "
             "different owners (甘主管=甘德胜, 春燕=庞春燕): two items. 陈会计=陈淑芬 7月8日前; 梁主管 本周内 -> Sunday "
             "2026-07-05 (dates-eval rule; AMBIGUOUS: some readers take Friday 07-03). Percentages are results; '从7月6日起…扫码' is a decision. 下次月度盘点会 "
             "7月27日（周一）下午4点 -> follow-up 2026-07-27 16:00.")
    return Case(9712, "spc-same-task-two-owners-feishu", "minutes", eml, items, FU("2026-07-27", "16:00", ("md", 7, 27)), notes,
                "Feishu minutes with two items of identical task text and date for two owners; alias owners; 本周内; decision with a date; 下午4点 follow-up")


def c9713():
    t = T(2026, 6, 23, 10, 12, 9)
    text = """各位：

原定本周四（6月25日）下午的二季度复盘会改到周五下午3点，会议室不变（三楼小会议室）。黄总周四要去南宁见客户。

请各部门周四前把二季度数据发我汇总，格式跟一季度一样。

谢谢！
晓雯
"""
    eml, mid = foxmail(P("qinxiaowen"), [P("luyongqiang"), P("liangguodong"), P("weilijuan"), P("zhongwenbin"),
                                         P("gandesheng"), P("chenshufen")], [BOT], "二季度复盘会改期", t, text, "9713", BOT, cs="GBK")
    notes = ("A rescheduling note (Foxmail GBK) with the bot in Cc from the all-hands list: it moves a meeting and asks for "
             "data by 周四, but it records no meeting -> kind other, no items, no follow-up.")
    return Case(9713, "spc-reschedule-note-foxmail", "other", eml, [], None, notes,
                "Rescheduling chat (meeting moved to 周五下午3点, data 周四前): not minutes -> other")


def c9714():
    t = T(2026, 4, 30, 16, 2, 11)
    text = """您好，我已于4月30日起休假，5月6日（周三）回来上班。
休假期间财务付款事宜请联系黄总（huangzhenhua@guixiang-spice.example.cn），报销单据节后统一处理。
紧急事项请致电财务部座机。

陈淑芬
"""
    frm = P("chenshufen")
    mid = f"<tencent_{hx('9714', 40, True)}@guixiang-spice.example.cn>"
    from h69_mime import addr, htext, message, rdate
    hdr = [("Return-Path", f"<{frm[1]}>"), ("Delivered-To", BOT[1]),
           ("Received", f"from smtpbgsg2.qq.com (smtpbgsg2.qq.com [54.254.200.92])\n\tby mx.guixiang-spice.example.cn (Postfix) with ESMTPS id 4F8C1A2B3D4\n\tfor <{BOT[1]}>; {rdate(t)} (CST)"),
           ("X-QQ-mid", "bizesmtp55t1777536131tab12c9d"), ("From", addr(frm, "gb18030")), ("To", addr(BOT, "gb18030")),
           ("Subject", htext("自动回复: 4月费用报销汇总（纪要确认）", "gb18030", name="Subject")), ("Mime-Version", "1.0")]
    tail = [("Date", rdate(t)), ("Message-ID", mid),
            ("In-Reply-To", "<r.20260430.9f3a@guixiang-spice.example.cn>"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    eml = message(hdr, leaf("text/plain", text, "gb18030", "base64"), tail)
    notes = ("Exmail vacation auto-reply to a bot recap, WITHOUT Auto-Submitted or X-Autoreply headers: only the subject "
             "'自动回复:' and the text say it is automatic. It mentions dates (5月6日, 节后) -> kind auto, no items.")
    return Case(9714, "spc-vacation-autoreply-no-header-exmail", "auto", eml, [], None, notes,
                "Exmail vacation reply with no Auto-Submitted header (only '自动回复:' subject) mentioning return date -> auto")


def c9715():
    t = T(2026, 7, 16, 18, 22, 31)
    text = """各位好，

今天下午卤料包新品开发会的纪要，手机上整理的，格式将就看：

1. 研发配方：五香卤料包第三版配方定型，梁主管负责
   （截止：7月24日（周五）前）
2. 品控：完成卤料包微生物及重金属检测（韦工，
   时间：7月底前（含第三方报告））
3. 包装设计外包：找两家设计公司比稿，钟经理牵头
   （下周三（7/22）前出初稿）
4. 采购：确定草果、白芷两种辅料的稳定货源，陆经理
   （尽快）

定价原则：终端零售价不超过19.9元/袋，毛利率不低于35%。

下次开发会等配方定型后再约。

李梓萌
发自网易邮箱大师
"""
    node = leaf("text/plain", text, "UTF-8", "base64")
    eml, mid = netease(P("lizimeng"), [P("liangguodong"), P("weilijuan"), P("zhongwenbin"), P("luyongqiang")],
                       [P("huangzhenhua"), BOT], "卤料包新品开发会纪要", t, node, "9715", BOT)
    items = [
        I("liangguodong", "五香卤料包第三版配方定型", "2026-07-24", ("md", 7, 24)),
        I("weilijuan", "完成卤料包微生物及重金属检测", "2026-07-31", ("month_end",)),
        I("zhongwenbin", "找两家设计公司比稿", "2026-07-22", ("next", 2)),
        I("luyongqiang", "确定草果、白芷两种辅料的稳定货源", vague=True),
    ]
    notes = ("NetEase Mail Master plain text (UTF-8 base64) typed on a phone: each item wraps onto a second line, and the "
             "deadline sits in nested brackets on that line. Sent Thu 2026-07-16 18:22 +0800. （截止：7月24日（周五）前） -> "
             "2026-07-24; 7月底前（含第三方报告） -> 2026-07-31 (owner 韦工 written before the line break); 下周三（7/22）前 -> "
             "2026-07-22 (both readings agree); （尽快） -> vague_due. 定价原则 is policy. '等配方定型后再约' -> no follow-up.")
    return Case(9715, "spc-wrapped-lines-nested-brackets-mailmaster", "minutes", eml, items, None, notes,
                "Mail Master text-only: items wrapped over two lines, owner before the break, deadlines in nested brackets （截止：7月24日（周五）前）; 下周三（7/22）; 尽快")


def c9716():
    t = T(2026, 7, 2, 18, 10, 26)
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人(发起方)", "责任人(协作方)", "计划开始时间", "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "天猫旗舰店详情页改版", "销售部", "品控部", "李梓萌", "韦丽娟", "2026/6/15", "2026/6/30", "2026/6/29", "已完成", "-"],
            ["2", "出口欧盟八角农残检测方案", "品控部", "采购部", "韦丽娟", "庞春燕", "2026/6/20", "2026/7/15", "-", "进行中(已完成40%)", "第三方实验室排期紧，已预约备选实验室"],
            ["3", "仓库温湿度监控系统上线", "仓储部", "总经办", "甘德胜", "覃晓雯", "2026/7/1", "月底", "-", "进行中", "供应商驻场时间待定"],
            ["4", "新供应商准入资料审核", "采购部", "财务部", "陆永强", "陈淑芬", "2026/7/6", "待定", "-", "未开始", "-"],
            ["5", "7月直播选品样品准备", "销售部", "仓储部", "李梓萌", "甘德胜", "2026/7/2", "2026/7/9", "-", "进行中", "-"]]
    pre = "黄总、各位：\n\n本周跨部门协作会后更新的跟踪表如下（从Excel贴过来的），请各责任人按计划完成时间推进。\n"
    post = "\n下周四下午4点再过一次进度。\n\n覃晓雯\n"
    xl = []
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl67"
        cells = "".join(
            f'<td class="{cls}" style="mso-number-format:\'yyyy\\/m\\/d\'">{esc(c)}</td>' if "/" in c and c[:4] == "2026"
            else f'<td class="{cls}">{esc(c)}</td>' for c in r)
        xl.append(f'<tr height="{38 if i == 0 else 19}" style="height:{28.5 if i == 0 else 14.25}pt">{cells}</tr>')
    table = ('<table border="0" cellpadding="0" cellspacing="0" width="1180" style="border-collapse:collapse;width:885pt">\n'
             + "\n".join(xl) + "\n</table>")
    inner = lines_html(pre, "p") + table + lines_html(post, "p")
    head = ('<style><!-- td.xl66 {border:.5pt solid windowtext;font-weight:700;background:#D9E1F2;white-space:normal;} '
            'td.xl67 {border:.5pt solid windowtext;font-size:11.0pt;font-family:等线;} --></style>\n')
    text = pre + "\n" + table_text(rows) + "\n" + post
    node = outlook_body(text, html_doc(inner, "utf-8", "font-family:等线", head), "utf-8", "9716", cte="quoted-printable")
    eml, mid = outlook(P("qinxiaowen"), [P("weilijuan"), P("gandesheng"), P("luyongqiang"), P("lizimeng")],
                       [P("huangzhenhua"), P("pangchunyan"), P("chenshufen"), BOT], "跨部门协作事项跟踪表（7月2日更新）", t, node, "9716",
                       BOT, cs="utf-8")
    items = [
        I("weilijuan", "出口欧盟八角农残检测方案", "2026-07-15", ("md", 7, 15)),
        I("gandesheng", "仓库温湿度监控系统上线", "2026-07-31", ("month_end",)),
        I("luyongqiang", "新供应商准入资料审核", vague=True),
        I("lizimeng", "7月直播选品样品准备", "2026-07-09", ("md", 7, 9)),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 pasted from Excel into Outlook (UTF-8 QP, xl66/xl67 classes, mso-number-format dates "
             "2026/7/15). Sent Thu 2026-07-02 18:10 +0800. Row 1 is 已完成 (实际完成时间 filled): not an item. The owner is "
             "责任人(发起方); the 协作方 person is not a second owner. 2026/7/15 -> 2026-07-15; 月底 -> 2026-07-31; 待定 -> "
             "vague_due; 2026/7/9. 计划开始时间 is not a due. '下周四下午4点再过一次进度' -> follow-up 2026-07-09 16:00.")
    return Case(9716, "spc-excel-collab-tracking-outlook-utf8-qp", "minutes", eml, items, FU("2026-07-09", "16:00", ("next", 3)), notes,
                "Seed 跨部门协作事项跟踪表 pasted from Excel (Outlook UTF-8 QP): 已完成 row excluded, 发起方 owner, yyyy/m/d dates, 月底, 待定, start dates ignored; follow-up sentence")


def c9735():
    t = T(2026, 8, 18, 8, 50, 14)
    text = """晓雯、韦工、老甘：

转发钟经理昨天的销售周会纪要，第3项请韦工配合把关。抄送纪要助手跟踪。

黄振华

________________________________
发件人: 钟文斌 <zhongwenbin@guixiang-spice.example.cn>
发送时间: 2026年8月17日 17:02
收件人: 黄振华 <huangzhenhua@guixiang-spice.example.cn>; 李梓萌 <lizimeng@guixiang-spice.example.cn>; 庞春燕 <pangchunyan@guixiang-spice.example.cn>
主题: 销售周会纪要（8月17日）

黄总、各位：

今天销售周会纪要如下：
1. 李梓萌：中秋礼盒详情页上线，周五前；
2. 钟文斌：与3家商超采购确认中秋礼盒订单量，8月25日前；
3. 甘德胜（品控部韦工配合）：礼盒包材入库抽检，月底前；
4. 庞春燕：锁定9月八角采购价，中秋节前。

会议确定：中秋礼盒统一零售价128元，9月20日后不再接受商超加单。

下周一上午9:30周会。

钟文斌
"""
    html = lines_html(text).replace("<div>________________________________</div>", '<hr style="display:inline-block;width:98%">')
    node = outlook_body(text, html, "utf-8", "9735")
    eml, mid = outlook(P("huangzhenhua"), [P("qinxiaowen"), P("weilijuan"), P("gandesheng")], [P("zhongwenbin"), BOT],
                       "转发: 销售周会纪要（8月17日）", t, node, "9735", BOT, cs="utf-8")
    items = [
        I("lizimeng", "中秋礼盒详情页上线", "2026-08-21", ("wd", 4)),
        I("zhongwenbin", "与3家商超采购确认中秋礼盒订单量", "2026-08-25", ("md", 8, 25)),
        I("gandesheng", "礼盒包材入库抽检", "2026-08-31", ("month_end",)),
        I("pangchunyan", "锁定9月八角采购价", "2026-09-24", ("before_hol", "2026-09-25")),
    ]
    notes = ("Outlook (UTF-8 base64) '转发:' by 黄总 with a preface; the bot was added on the forward and the items sit below "
             "Outlook's 发件人/发送时间 block (must not be stripped as a quote). Forward sent Tue 2026-08-18 08:50 +0800; original "
             "Mon 08-17. Every phrase gives the same date from either day: 周五前 -> 2026-08-21; 8月25日前; 月底前 -> 2026-08-31; "
             "中秋节前 (Mid-Autumn 2026-09-25..27) -> last working day Thu 2026-09-24. 甘德胜 owns item 3 (韦工 only 配合). "
             "128元 / 9月20日后 are decisions. '下周一上午9:30周会' -> 2026-08-24 09:30 (the same from both dates).")
    return Case(9735, "spc-forwarded-minutes-preface-outlook", "minutes", eml, items, FU("2026-08-24", "09:30", ("next", 0)), notes,
                "Outlook '转发:' with a preface; items below the 发件人/发送时间 block; 中秋节前 -> 09-24; owner with （韦工配合）; decisions with dates")


def cases():
    return [c9708(), c9709(), c9710(), c9711(), c9712(), c9713(), c9714(), c9715(), c9716(), c9735()]
