# 清溪县农业农村局 (county bureau) and its 乡镇 stations
from __main__ import *
from lib import *
from people import *

def P(n):
    r = R(n); return (r[0], r[1])
TOWNS = ('清溪县各乡镇农业服务中心', 'xiangzhen-list@qxnyj.example.gov.cn')

def cm_html(text):
    return html_from_text(text, '宋体', '16px')

# ------------------------------------------------------------------ 2212
t = T('2026-03-05 10:12:40')
text = """各乡镇人民政府，局属各股室、站（中心）：

    3月4日下午，局党组书记、局长王明远主持召开全县春耕备耕工作调度会，研究部署当前春耕生产工作。现将会议议定事项纪要如下：

    一、关于农资保供。会议指出，今年春耕农资需求量较上年增加约8%。一是种植业股牵头，会同县供销社开展农资市场摸底，3月13日前形成保供清单报局办公室；二是各乡镇要建立农资储备台账，每周一报送储备情况，长期坚持。
    二、关于技术指导。农技推广中心（田家旺同志负责）组织“科技下乡”春耕技术培训，3月底前完成全县14个乡镇全覆盖。
    三、关于高标准农田建设。杨秀英同志负责对接施工单位，确保去年续建项目在4月10日前完工并组织初验。
    四、关于农机安全生产。各乡镇要加强春耕农机安全检查。责任单位：各乡镇；完成时限：3月20日前。

    会议要求，各单位要高度重视、压实责任，确保春耕生产有序推进。

    下次调度会时间另行通知。

清溪县农业农村局办公室
2026年3月5日
"""
g = G('minutes', "Coremail (gov) GBK base64, 公文-style 会议纪要 with 一、二、… sections and 一是…二是… inside. Sent Thu 2026-03-05. (1) 种植业股牵头 -> department-only owner: no_owner, department 种植业股, '3月13日前' -> 2026-03-13. 一是/二是: the second ('每周一报送…长期坚持') is a standing rule, not an item. (2) '农技推广中心（田家旺同志负责）' -> 田家旺, '3月底前' -> 2026-03-31. (3) 杨秀英 '4月10日前' -> 2026-04-10. (4) '责任单位：各乡镇；完成时限：3月20日前' -> no_owner, department null (各乡镇 is not one department), 2026-03-20. '会议要求…' is exhortation. '下次调度会时间另行通知' -> no follow-up.",
      [it(None, '会同县供销社开展农资市场摸底，形成保供清单报局办公室', '2026-03-13', dept='种植业股', rule=('abs', '2026-03-13')),
       it('田家旺', '组织“科技下乡”春耕技术培训，全县14个乡镇全覆盖', '2026-03-31', rule=('eom',)),
       it('杨秀英', '对接施工单位，确保去年续建高标准农田项目完工并组织初验', '2026-04-10', rule=('abs', '2026-04-10')),
       it(None, '加强春耕农机安全检查', '2026-03-20', rule=('abs', '2026-03-20'))], None, bot=QX_BOT)
mail('2212-county-gongwen-yishi-ershi-coremail-gbk', 'minutes', 'coremail', P('龙振华'),
     [TOWNS, P('覃丽华'), P('田家旺'), P('杨秀英')], [QX_BOT], '春耕备耕工作调度会会议纪要', t,
     alt(text, cm_html(text).replace('charset=utf-8', 'charset=GBK'), 'GBK', boundary='----=_Part_' + str(int(hx('2212', 8), 16)) + '_' + str(int(hx('2212b', 6), 16)) + '.' + str(int(t.timestamp() * 1000))), g, QX, hcs='GBK')

# ------------------------------------------------------------------ 2213
t = T('2025-05-29 17:30:00')
text = """关于做好2025年汛期农业防灾减灾工作的会议纪要
（清农纪〔2025〕7号）

    5月29日上午，局长王明远主持召开汛期农业防灾减灾专题会议。现将议定事项纪要如下：

    一、会议议定事项
    （一）开展汛前隐患排查。对全县山塘、灌溉渠道、养殖池塘开展拉网式排查，建立隐患台账。
    责任单位：各乡镇农业服务中心
    完成时限：端午节前
    （二）备足救灾种子。储备稻种、菜种各2万斤，用于灾后补种改种。
    责任单位：农技推广中心（田家旺）
    完成时限：6月15日前
    （三）严格值班值守。汛期实行24小时值班和领导带班制度，发生险情须1小时内上报局值班室。
    （四）规范灾情报送。建立农业灾情日报模板并下发各乡镇。
    责任单位：种植业股（覃丽华）
    完成时限：24小时内

    二、参会人员
    王明远、龙振华、覃丽华、田家旺、杨秀英，各乡镇农业服务中心站长。

清溪县农业农村局
2025年5月29日
"""
g = G('minutes', "Coremail UTF-8 base64, 公文 （一）（二） items with 责任单位：/完成时限： lines. Sent Thu 2025-05-29 17:30, before Dragon Boat 2025 (holiday 05-31..06-02). （一）各乡镇农业服务中心 -> no_owner, department null; '端午节前' = last working day before the holiday = 2025-05-30. （二）'农技推广中心（田家旺）' -> 田家旺, '6月15日前' -> 2025-06-15. （三）is a standing rule (24小时值班, 1小时内上报 on any future incident): not an item. （四）'种植业股（覃丽华）' -> 覃丽华; '24小时内' counts from the Date header -> 2025-05-30 17:30.",
      [it(None, '开展汛前隐患排查（山塘、灌溉渠道、养殖池塘），建立隐患台账', '2025-05-30', rule=('lwb', '2025-05-31')),
       it('田家旺', '储备稻种、菜种各2万斤用于灾后补种改种', '2025-06-15', rule=('abs', '2025-06-15')),
       it('覃丽华', '建立农业灾情日报模板并下发各乡镇', '2025-05-30', '17:30', rule=('hours', 24))], None, bot=QX_BOT)
mail('2213-county-flood-zeren-danwei-shixian-coremail', 'minutes', 'coremail', P('龙振华'),
     [TOWNS, P('田家旺'), P('覃丽华')], [P('杨秀英'), QX_BOT], '关于做好2025年汛期农业防灾减灾工作的会议纪要', t,
     alt(text, cm_html(text), 'UTF-8', boundary='----=_Part_' + str(int(hx('2213', 8), 16)) + '_' + str(int(hx('2213b', 6), 16)) + '.' + str(int(t.timestamp() * 1000))), g, QX)

# ------------------------------------------------------------------ 2214
t = T('2026-04-21 12:05:33')
text = """各位站长：

今天上午片区农技站长会，按乡镇把任务分一下：

【石门镇】向站长
- 4月底前完成早稻机插秧示范片（500亩）落实到户
- 五一前报送集中育秧进度表

【白沙乡】符站长
- 油菜收割机具调度，下周五前报方案

【桃坪镇】粟站长
- 配合县植保站布设稻飞虱监测点，4月24日前
- 测土配方施肥入户指导，5月15日前

【全县】
- 各乡镇农技员培训名单本周五前报我

下次片区会：5月12日（周二）上午9点，在桃坪镇农业服务中心。

田家旺
县农技推广中心
"""
g = G('minutes', "Foxmail gb2312 minutes grouped by 乡镇 headings with the station head after the town name (向站长/符站长/粟站长 are roster aliases; the heading person owns the lines under it). Sent Tue 2026-04-21. '4月底前' -> 2026-04-30; '五一前' -> last working day before the May Day block (05-01..05-05) = 2026-04-30; '下周五前' -> 2026-05-01, which is a holiday: recorded as written (the literal rule); a human might say 04-30, noted as ambiguous. '4月24日前' -> 2026-04-24; '5月15日前' -> 2026-05-15. 【全县】 各乡镇 -> no_owner, '本周五前' -> 2026-04-24. Next meeting 5月12日（周二）上午9点.",
      [it('向东升', '完成早稻机插秧示范片（500亩）落实到户', '2026-04-30', rule=('eom',)),
       it('向东升', '报送集中育秧进度表', '2026-04-30', rule=('lwb', '2026-05-01')),
       it('符春燕', '油菜收割机具调度，报方案', '2026-05-01', rule=('nw', 4)),
       it('粟建军', '配合县植保站布设稻飞虱监测点', '2026-04-24', rule=('abs', '2026-04-24')),
       it('粟建军', '测土配方施肥入户指导', '2026-05-15', rule=('abs', '2026-05-15')),
       it(None, '报送各乡镇农技员培训名单', '2026-04-24', rule=('wk', 4))],
      fu('2026-05-12', '09:00', ('abs', '2026-05-12', 1)), bot=QX_BOT)
mail('2214-county-town-headings-station-heads-foxmail', 'minutes', 'foxmail', P('田家旺'),
     [P('向东升'), P('符春燕'), P('粟建军')], [P('龙振华'), QX_BOT], '片区站长会任务分解（4.21）', t,
     alt(text, html_from_text(text, '宋体', '10.5pt').replace('charset=utf-8', 'charset=gb2312'), 'gb2312', boundary='----=_001_NextPart' + hx('2214', 12)), g, QX, hcs='gb2312')

# ------------------------------------------------------------------ 2215
t = T('2027-06-10 16:48:02')
text = """龙主任、田主任：

石门镇农业服务中心6月10日站务会情况报告如下：

一、前段工作
1. 早稻机插秧已完成3,200亩，占计划的104%。
2. 6月5日完成5个村农药包装废弃物回收，共回收1.2吨。
3. 防汛物资（编织袋2,000条）已入库。

二、下步安排
1. 中稻病虫害统防统治：由站里技术员彭勇负责，6月18日前完成第一次统防。
2. 高标农田田间道路破损情况摸排，我本人负责，下周一报局农田建设股。
3. 村级防汛责任人名单更新，月底前完成。

特此报告。

石门镇农业服务中心 向东升
"""
g = G('minutes', "Tencent Exmail gb18030 base64 站务会 report from a town station head. Sent Thu 2027-06-10. 前段工作 lines are reports of work done (with dates), not items. 下步安排: (1) 彭勇 is neither in the roster nor in To/Cc -> owner_name 彭勇, email null, department null, 2027-06-18; (2) '我本人负责' -> the sender 向东升, '下周一' -> 2027-06-14; (3) names nobody -> no_owner (a reader may assume the station itself; we do not guess a person), '月底前' -> 2027-06-30. 2027 dates use no working-day arithmetic.",
      [it(('彭勇', None), '中稻病虫害第一次统防统治', '2027-06-18', rule=('abs', '2027-06-18')),
       it('向东升', '高标农田田间道路破损情况摸排并报局农田建设股', '2027-06-14', rule=('nw', 0)),
       it(None, '村级防汛责任人名单更新', '2027-06-30', rule=('eom',))], None, bot=QX_BOT)
mail('2215-county-town-report-done-vs-next-exmail-gb18030', 'minutes', 'exmail', P('向东升'),
     [P('龙振华'), P('田家旺')], [QX_BOT], '石门镇农业服务中心站务会情况报告', t,
     alt(text, html_from_text(text, '宋体', '14px').replace('charset=utf-8', 'charset=gb18030'), 'gb18030', boundary='----=_NextPart_' + hx('2215', 24).upper()), g, QX, hcs='gb18030')

# ------------------------------------------------------------------ 2216
t = T('2025-10-09 15:26:10')
rows = [['序号', '工作任务', '责任单位（人）', '完成时限'],
        ['1', '①完成晚稻测产验收（10个样点）\n②汇总全县秋粮产量预估报局', '牵头：种植业股 覃丽华\n协办：农技推广中心', '①2个工作日内\n②10月20日前'],
        ['2', '秋冬种油菜种子调运发放', '牵头：各乡镇\n协办：种植业股', '10月底'],
        ['3', '秸秆禁烧巡查', '各乡镇', '长期']]
head = "龙主任、各位：\n\n今天秋收秋种工作推进会的待办事项整理如下：\n\n"
tail = "\n下次推进会：10月23日（周四）下午3点。\n\n覃丽华\n种植业股\n"
text = head + text_table(rows, ' | ') + '\n' + tail
html = html_from_text(head).replace('</div></body></html>\n', '') + html_table(rows) + html_from_text(tail)[html_from_text(tail).index('<body>') + 6:]
g = G('minutes', "Outlook gb2312 HTML table; row 1 holds two sub-tasks ①② with their own deadlines in one cell, and 牵头/协办 in one cell (牵头 owns). Sent Thu 2025-10-09 after National Day 2025 (make-up Sat 10-11). ① '2个工作日内' = 10-10, 10-11 (make-up Saturday) -> 2025-10-11; ② '10月20日前' -> 2025-10-20. Row 2 牵头 各乡镇 -> no_owner, '10月底' -> 2025-10-31. Row 3 '长期' is an ongoing duty in the 待办 table: kept as an item with no_owner + no_due (ambiguous: a reader could call it a standing rule). Next meeting 10月23日（周四）下午3点.",
      [it('覃丽华', '完成晚稻测产验收（10个样点）', '2025-10-11', rule=('wd', 2)),
       it('覃丽华', '汇总全县秋粮产量预估报局', '2025-10-20', rule=('abs', '2025-10-20')),
       it(None, '秋冬种油菜种子调运发放', '2025-10-31', rule=('eom',)),
       it(None, '秸秆禁烧巡查', None)],
      fu('2025-10-23', '15:00', ('abs', '2025-10-23', 3)), bot=QX_BOT)
mail('2216-county-subtasks-one-cell-lead-assist-outlook', 'minutes', 'outlook', P('覃丽华'),
     [P('龙振华'), P('田家旺')], [TOWNS, QX_BOT], '秋收秋种工作推进会待办事项', t,
     alt(text, html.replace('charset=utf-8', 'charset=gb2312'), 'gb2312', boundary=B('2216')), g, QX, hcs='gb2312', thread_topic='秋收秋种工作推进会待办事项')

# ------------------------------------------------------------------ 2225
t = T('2026-06-29 10:31:18')
text = """【钉钉闪记】防汛抗旱农业生产调度视频会 AI纪要
会议时间：2026-06-29 08:30-09:40  发起人：龙振华

会议摘要
会议听取了各乡镇近期降雨和农作物受灾情况汇报。截至6月28日，全县农作物受灾面积约1.1万亩，其中绝收约800亩。会议要求抓紧补种改种，7月3日前拿出技术方案，受灾面积核实表7月1日前报齐。

发言总结
龙振华：强调汛期值班纪律，要求各乡镇每日17:00前报送灾情。
田家旺：介绍补种改种品种建议，表示7月3日前出方案。
覃丽华：说明灾情统计口径，6月份损失本周五前汇总报市局。

待办事项
1. 田家旺：7月3日前完成受灾田块补种改种技术方案，发各乡镇
2. 各乡镇：7月1日前上报受灾面积核实表
3. 覃丽华：本周五前汇总6月份农业灾情损失报市局

下次调度会：7月6日（周一）同一时间

以上内容由AI生成，仅供参考
"""
g = G('minutes', "Alimail (DingTalk mail) UTF-8 with a 钉钉闪记 AI minutes export: 会议摘要 and 发言总结 repeat dates and a standing rule (每日17:00前报送); only 待办事项 gives items. Sent Mon 2026-06-29. '7月3日前' -> 2026-07-03; 各乡镇 -> no_owner, '7月1日前' -> 2026-07-01; '本周五前' -> 2026-07-03. Next meeting '7月6日（周一）同一时间' = the meeting's start time 08:30 (会议时间 08:30-09:40).",
      [it('田家旺', '完成受灾田块补种改种技术方案，发各乡镇', '2026-07-03', rule=('abs', '2026-07-03')),
       it(None, '上报受灾面积核实表', '2026-07-01', rule=('abs', '2026-07-01')),
       it('覃丽华', '汇总6月份农业灾情损失报市局', '2026-07-03', rule=('wk', 4))],
      fu('2026-07-06', '08:30', ('abs', '2026-07-06', 0)), bot=QX_BOT)
mail('2225-county-dingtalk-ai-minutes-alimail', 'minutes', 'alimail', P('田家旺'),
     [TOWNS, P('龙振华'), P('覃丽华')], [QX_BOT], '防汛抗旱农业生产调度视频会 AI纪要', t,
     alt(text, html_from_text(text, 'PingFang SC', '14px'), 'UTF-8', boundary='----=ALIBOUNDARY_' + str(int(hx('2225', 6), 16)) + '_' + hx('2225b', 12)), g, QX)

# ------------------------------------------------------------------ 2230
t = T('2025-01-24 11:20:45')
text = """会议纪要

时间：2025年1月24日（星期五）上午9:00
地点：局三楼会议室
主持：龙振华
参加：覃丽华、田家旺、杨秀英，各乡镇农业服务中心站长

待办事项：
1. 春节期间农业安全生产值班表，覃丽华负责，春节前报县政府办。
2. 冬春农田水利冬修进度统计，杨秀英负责，3个工作日内。
3. 春耕备耕物资需求摸底，田家旺负责，节后第一个工作日报局办公室。
4. 各乡镇春节前开展一次农机安全隐患排查。

下次会议：节后第一个工作日上午9点。

局办公室
"""
g = G('minutes', "Coremail 8bit UTF-8 plain text, ordinary numbered 待办. Sent Fri 2025-01-24 before Spring Festival 2025 (holiday 01-28..02-04, make-up Sun 01-26 and Sat 02-08). '春节前' = last working day before the block = 2025-01-27. '3个工作日内' = 01-26 (make-up Sunday), 01-27, then 02-05 -> 2025-02-05. '节后第一个工作日' -> 2025-02-05. Item 4 各乡镇 -> no_owner, 2025-01-27. Next meeting '节后第一个工作日上午9点' -> 2025-02-05 09:00.",
      [it('覃丽华', '春节期间农业安全生产值班表报县政府办', '2025-01-27', rule=('lwb', '2025-01-28')),
       it('杨秀英', '冬春农田水利冬修进度统计', '2025-02-05', rule=('wd', 3)),
       it('田家旺', '春耕备耕物资需求摸底报局办公室', '2025-02-05', rule=('fwa', '2025-02-04')),
       it(None, '开展一次农机安全隐患排查', '2025-01-27', rule=('lwb', '2025-01-28'))],
      fu('2025-02-05', '09:00', ('fwa', '2025-02-04')), bot=QX_BOT)
mail('2230-county-plain-numbered-spring-festival-coremail-8bit', 'minutes', 'coremail', P('龙振华'),
     [P('覃丽华'), P('田家旺'), P('杨秀英'), TOWNS], [QX_BOT], '1月24日局务会议纪要', t,
     leaf('text/plain', text, 'UTF-8', '8bit'), g, QX)

# ------------------------------------------------------------------ 2232 reply
t = T('2026-04-24 09:41:27')
text = """田主任：
第3项油菜收割机具调度方案申请延期至5月6日，原因：五一期间收割机跨区作业，机手名单节后才能确定。

符春燕


------------------&nbsp;原始邮件&nbsp;------------------
发件人: "督办助手"<duban@qxnyj.example.gov.cn>;
发送时间:&nbsp;2026年4月21日(星期二) 中午12:07
收件人:&nbsp;"符春燕"<fuchunyan@qxnyj.example.gov.cn>;
主题:&nbsp;[纪要确认] 片区站长会任务分解（4.21）

1. 完成早稻机插秧示范片（500亩）落实到户 — 向东升 — 4月30日
2. 报送集中育秧进度表 — 向东升 — 4月30日
3. 油菜收割机具调度，报方案 — 符春燕 — 5月1日
…
如有异议请于今日内回复；回复“已完成”“进度80%”“延期至X月X日”更新状态。
""".replace('&nbsp;', '\u00a0')
g = G('reply', "Tencent Exmail (QQ-style) gb18030 reply over a '------------------ 原始邮件 ------------------' quote of the recap of 2214: extend, item 3, '延期至5月6日' -> 2026-05-06 (the new date falls right after the May Day block).",
      reply=rep('extend', [3], None, '2026-05-06', ('abs', '2026-05-06')), bot=QX_BOT)
mail('2232-reply-extend-item3-exmail-gb18030', 'reply', 'exmail', P('符春燕'), [QX_BOT], [P('田家旺')],
     '回复：[纪要确认] 片区站长会任务分解（4.21）', t,
     alt(text, html_from_text(text, '宋体', '14px').replace('charset=utf-8', 'charset=gb18030'), 'gb18030', boundary='----=_NextPart_' + hx('2232', 24).upper()), g, QX,
     hcs='gb18030', irt='<recap-2214.9b2e@qxnyj.example.gov.cn>')
