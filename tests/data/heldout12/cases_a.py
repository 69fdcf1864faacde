# 汉江汽车 Hanjiang Motor: purchasing + supplier development (SQE)
from __main__ import *
from lib import *
from people import *

def P(n):
    r = R(n); return (r[0], r[1])
DENG = ('邓卫东', 'dengweidong@jingchu-rubber.example.cn')
LIU = ('刘建平', 'liujianping@vorland.example.de')
JONAS = ('Jonas Keller', 'jonas.keller@vorland.example.de')

# ------------------------------------------------------------------ 2201
t = T('2025-09-25 16:40:12')
rows = [['序号', '问题描述', '临时措施/永久措施', '责任人', '完成时间', '状态'],
        ['1', '前门密封条唇边缺胶（0923批次，不良12件）', '提交8D报告至D4根因分析', '邓卫东', '3个工作日内', '进行中'],
        ['2', '前门密封条在库品围堵', '在库品100%全检，已挑选2,400件，未再发现', '蔡明', '9月24日', '已完成'],
        ['3', '线束支架PPAP文件包被退回（尺寸报告缺CMM原始数据）', '补齐CMM原始数据后重新提交PPAP', '熊伟', '节后第一个工作日', '进行中'],
        ['4', '新能源平台A12 SOP节点评审', '梳理剩余未定点零件清单并组织评审', '龚志强', '10月10日（周五）17:00', '未开始']]
head = "各位好：\n\n今天下午供应商质量周会（第39周）纪要如下，请相关责任人按期关闭。\n\n会议时间：2025年9月25日 14:00-16:00\n地点：采购大楼3楼302会议室\n参会：龚志强、蔡明、熊伟、彭晓雯；荆楚橡塑 邓卫东（线上）\n\n一、本周重点问题\n"
tail = "\n二、其他\n1. 即日起所有8D报告统一使用新版模板（V3.2），旧模板不再接收。\n2. 国庆期间驻厂值班表已发群里，不再单列。\n\n下次周会：10月16日（周四）14:00，地点不变。\n\n蔡明\n汉江汽车 供应商发展部 SQE\n电话：027-8455 3120 转 6021\n"
text = head + text_table(rows) + '\n' + tail
html = html_from_text(head).replace('</div></body></html>\n', '') + html_table(rows) + html_from_text(tail)[html_from_text(tail).index('<body>') + 6:]
g = G('minutes', "Outlook gb2312 base64 multipart/alternative, 供应商质量周会 table (seed-style tracking table with 状态 column). Sent Thu 2025-09-25 before National Day 2025 (holiday 10-01..10-08, make-up Sun 09-28 and Sat 10-11). Row 1: supplier owner 邓卫东 resolved from the Cc display name; '3个工作日内' = 09-26, 09-28 (make-up Sunday), 09-29 -> 2025-09-29. Row 2 is 已完成 (status, not an item). Row 3 '节后第一个工作日' -> 2025-10-09. Row 4 '10月10日（周五）17:00' -> 2025-10-10 17:00. 其他 section is a rule and an announcement, not items. Next meeting 10月16日（周四）14:00.",
      [it(DENG, '提交前门密封条缺胶8D报告至D4根因分析', '2025-09-29', rule=('wd', 3)),
       it('熊伟', '补齐CMM原始数据后重新提交线束支架PPAP文件包', '2025-10-09', rule=('fwa', '2025-10-08')),
       it('龚志强', '梳理A12剩余未定点零件清单并组织SOP节点评审', '2025-10-10', '17:00', rule=('abs', '2025-10-10', 4))],
      fu('2025-10-16', '14:00', ('abs', '2025-10-16', 3)), bot=HJ_BOT)
mail('2201-oem-sqe-weekly-table-outlook-gb2312', 'minutes', 'outlook', P('蔡明'),
     [P('龚志强'), P('熊伟'), P('彭晓雯')], [DENG, HJ_BOT], '【供应商质量周会】第39周会议纪要', t,
     alt(text, html.replace('charset=utf-8', 'charset=gb2312'), 'gb2312', boundary=B('2201')), g, HJ, hcs='gb2312', thread_topic='【供应商质量周会】第39周会议纪要')

# ------------------------------------------------------------------ 2202
t = T('2026-03-16 09:15:40', 1)
text = """Hi all,

Minutes of today's sourcing pre-alignment (Teams, 08:00-09:00 CET / 15:00-16:00 Wuhan).

Participants: Qian Guodong, Vivian Peng, Gong Zhiqiang, Claire Dubois, Markus Weber

1) Rear lamp A12 - nomination
We agreed to go with Vorland as single source, subject to the capacity audit result. The nomination letter (定点函) goes out only after committee sign-off.
AI Markus: draft the nomination letter incl. the LTA clause and circulate by Friday.

2) Rear lamp - capacity audit
AI Gong / Claire: on-site capacity audit (run@rate, 2 days) at Vorland Changzhou. Claire owns the report, due 3/27.

3) Cost breakdown
Vivian to update the RFQ cost breakdown with the new LED price (EUR 4.12) by 3/20.
Mr. Qian: align the target price with finance - no date yet, ASAP please.

4) AOB
Claire reported that PPAP for the seat heater was approved last week (closed).

Next meeting: Monday 23 March, 9:00 CET (16:00 China time), same Teams link.

Best regards
Markus

--
Markus Weber
Strategic Purchasing | Hanjiang Motor Co., Ltd.
Munich Liaison Office | Mobile +49 151 2740 0000
"""
g = G('minutes', "English minutes from the German colleague, Outlook desktop, Date in +0100 (Mon 09:15 CET = Mon 2026-03-16 16:15 Shanghai). 'AI Markus ... by Friday' -> this week's Friday 2026-03-20. 'AI Gong / Claire ... Claire owns the report, due 3/27' -> owner Claire Dubois (the one who owns the deliverable; Gong is support), 2026-03-27. 'Vivian to ... by 3/20' -> 彭晓雯 via alias Vivian Peng. 'Mr. Qian ... ASAP' -> 钱国栋, vague_due. Decision (single source) and AOB (already approved) are not items. Next meeting 'Monday 23 March, 9:00 CET (16:00 China time)' -> 2026-03-23 16:00 Shanghai (CET is still UTC+1; EU summer time starts 03-29).",
      [it('Markus Weber', 'draft the nomination letter incl. the LTA clause and circulate', '2026-03-20', rule=('wk', 4)),
       it('Claire Dubois', 'on-site capacity audit (run@rate) at Vorland Changzhou and audit report', '2026-03-27', rule=('abs', '2026-03-27')),
       it('彭晓雯', 'update the RFQ cost breakdown with the new LED price', '2026-03-20', rule=('abs', '2026-03-20')),
       it('钱国栋', 'align the target price with finance', None, flags=['vague_due'])],
      fu('2026-03-23', '16:00', ('tz', '2026-03-23 09:00', 1)), bot=HJ_BOT)
mail('2202-oem-english-ai-lines-cet-outlook', 'minutes', 'outlook_en', P('Markus Weber'),
     [P('钱国栋'), P('彭晓雯'), P('龚志强'), P('Claire Dubois')], [HJ_BOT], 'Minutes: A12 rear lamp sourcing pre-alignment 16-Mar', t,
     alt(text, html_from_text(text, 'Calibri', '11pt'), 'utf-8', 'quoted-printable', B('2202')), g, HJ, thread_topic='Minutes: A12 rear lamp sourcing pre-alignment 16-Mar')

# ------------------------------------------------------------------ 2203
t = T('2026-02-12 15:20:05')
text = """钱总、各位：

今天节前最后一次定点推进会，纪要如下：

1、后视镜支架 二供定点：商务已谈完，技术协议还差最后一版。
   → 龚工牵头、小蔡配合，2个工作日内把技术协议冻结版发我。
2、A12 门内饰板 模具T1延期：邓总答应春节放假前出T1件，我们认为风险很大。
   → 邓总：春节放假前提交T1样件+全尺寸报告
3、Vorland 灯具 PPAP 4级提交，刘工说资料基本齐了。
   → 刘工 节后第一个工作日 提交PPAP文件包（PSW+控制计划+MSA）
4、定点函模板更新——钱总已签发新版，本条关闭。

节后第一次会：2月25日（周三）上午9:30，老地方。

祝大家新春快乐！

彭晓雯
采购部 | 汉江汽车
"""
g = G('minutes', "Foxmail GBK. Sent Thu 2026-02-12 before Spring Festival 2026 (holiday 02-15..02-23, make-up Sat 02-14 and Sat 02-28). Owners written as title/surname only: 龚工 -> 龚志强 (roster alias), 小蔡 is only 配合 (support) so the item belongs to 龚志强 (牵头). '2个工作日内' = 02-13, 02-14 (make-up Saturday) -> 2026-02-14. 邓总 -> 邓卫东 (To display name, supplier). '春节放假前' = last working day before the holiday block = the make-up Saturday 2026-02-14 (ambiguous: a human might write 02-13; we record the last working day, the dates-eval '节前' rule). 刘工 -> 刘建平 (Cc display name; surname + 工). '节后第一个工作日' -> 2026-02-24. Item 4 is closed, not an item. Next meeting 2月25日（周三）上午9:30.",
      [it('龚志强', '冻结后视镜支架二供技术协议并发给彭晓雯', '2026-02-14', rule=('wd', 2)),
       it(DENG, '提交A12门内饰板T1样件和全尺寸报告', '2026-02-14', rule=('lwb', '2026-02-15')),
       it(LIU, '提交Vorland灯具PPAP文件包（PSW+控制计划+MSA）', '2026-02-24', rule=('fwa', '2026-02-23'))],
      fu('2026-02-25', '09:30', ('abs', '2026-02-25', 2)), bot=HJ_BOT)
fh = html_from_text(text, '宋体', '10.5pt').replace('charset=utf-8', 'charset=GBK')
mail('2203-oem-title-owners-spring-festival-foxmail-gbk', 'minutes', 'foxmail', P('彭晓雯'),
     [P('钱国栋'), P('龚志强'), P('蔡明'), DENG], [LIU, HJ_BOT], '节前定点推进会纪要（2.12）', t,
     alt(text, fh, 'GBK', boundary='----=_001_NextPart' + hx('2203', 12)), g, HJ, hcs='GBK')

# ------------------------------------------------------------------ 2204
t = T('2026-04-08 17:10:44')
newpart = """各位，第15周周会纪要接在这个邮件里，方便对照上周。

【本周待办】
1. 荆楚橡塑8D报告D5-D7（永久措施+效果验证）—— 邓卫东，下周三下班前
2. 线束支架二次PPAP现场审核 —— 熊伟，本周五前
3. 3月份供应商质量月报 —— 蔡明，月底

【上周待办回顾】
- 邓卫东 D4根因分析：已提交，关闭
- 熊伟 CMM原始数据：已补齐

下次：4月15日 周三 14:00

蔡明
"""
quoted = """
________________________________
发件人: 蔡明 <caiming@hjmotor.example.com.cn>
发送时间: 2026年4月1日 17:02
收件人: 龚志强 <gongzhiqiang@hjmotor.example.com.cn>; 熊伟 <xiongwei@hjmotor.example.com.cn>; 邓卫东 <dengweidong@jingchu-rubber.example.cn>
抄送: 纪要助手 <jiyao@hjmotor.example.com.cn>
主题: 【供应商质量周会】第14周纪要

各位：
第14周周会待办：
1. 荆楚橡塑8D报告D4根因分析 —— 邓卫东，4月3日前
2. 线束支架补CMM原始数据 —— 熊伟，4月7日前
3. 供应商年度审核计划初稿 —— 龚志强，4月10日前
下次：4月8日 周三 14:00
"""
text = newpart + quoted
g = G('minutes', "Outlook gb2312 'RE:' in the old weekly thread: the new week's minutes sit above an Outlook 发件人/发送时间 quote of last week's minutes, whose three dated items must not be extracted. Sent Wed 2026-04-08. '下周三下班前' -> 2026-04-15 (下班前 gives no time); '本周五前' -> 2026-04-10; '月底' -> 2026-04-30 (the task says March report but the deadline word is 月底 of the send month). 上周待办回顾 lines are status. Next meeting '4月15日 周三 14:00'.",
      [it(DENG, '提交荆楚橡塑8D报告D5-D7（永久措施+效果验证）', '2026-04-15', rule=('nw', 2)),
       it('熊伟', '线束支架二次PPAP现场审核', '2026-04-10', rule=('wk', 4)),
       it('蔡明', '3月份供应商质量月报', '2026-04-30', rule=('eom',))],
      fu('2026-04-15', '14:00', ('abs', '2026-04-15', 2)), bot=HJ_BOT)
mail('2204-oem-new-minutes-in-old-thread-outlook', 'minutes', 'outlook', P('蔡明'),
     [P('龚志强'), P('熊伟'), DENG], [HJ_BOT], 'RE: 【供应商质量周会】第14周纪要', t,
     alt(text, html_from_text(text).replace('charset=utf-8', 'charset=gb2312'), 'gb2312', boundary=B('2204')), g, HJ, hcs='gb2312',
     irt='<000001a3f2$77c1d2e0$1b2c3d4e@hjmotor.example.com.cn>', thread_topic='【供应商质量周会】第14周纪要')

# ------------------------------------------------------------------ 2205
t = T('2027-01-14 09:02:31')
text = """各位：

转给大家，Claire 昨天开的后灯 PPAP 启动会，下面的分工我没意见，按期推进。

钱国栋

________________________________
发件人: Claire Dubois <claire.dubois@hjmotor.example.com.cn>
发送时间: 2027年1月13日 18:05
收件人: 龚志强 <gongzhiqiang@hjmotor.example.com.cn>; 熊伟 <xiongwei@hjmotor.example.com.cn>; 彭晓雯 <pengxiaowen@hjmotor.example.com.cn>; Jonas Keller <jonas.keller@vorland.example.de>
抄送: 钱国栋 <qianguodong@hjmotor.example.com.cn>
主题: PPAP kick-off - A12 rear lamp / 后灯PPAP启动会

Bonjour à tous / 大家好,

Quick summary of today's PPAP kick-off with Vorland (Jonas Keller, 刘建平).

Actions :
• Jonas Keller - submit the PPAP timing plan (all 18 elements), by 1/22
• Xiong Wei - confirm the gauge concept for the lamp housing, next Tuesday
• Claire - share the PSW template and the CSR pack, by Friday 15 Jan
• Vivian - confirm the tooling payment milestone with Vorland (date TBD)

Décisions : PPAP level 3 ; run@rate planned in week 9.
Next meeting : 27 January 2027, 16:00 Beijing time.

Merci,
Claire
"""
g = G('minutes', "Outlook '转发:' by 钱国栋 (Thu 2027-01-14) of Claire's English/French minutes; the preface has no task. Items sit below the Outlook 发件人/发送时间 header block and are the content being forwarded (not a stale quote). Jonas Keller -> address from the outer Cc. 'next Tuesday' -> 2027-01-19 (same from the original 01-13 send date). 'by Friday 15 Jan' -> 2027-01-15. 'date TBD' -> vague_due. Décisions are not items. Next meeting '27 January 2027, 16:00 Beijing time'. 2027 is beyond chinesecalendar's data, so no working-day phrase is used.",
      [it(JONAS, 'submit the PPAP timing plan (all 18 elements)', '2027-01-22', rule=('abs', '2027-01-22')),
       it('熊伟', 'confirm the gauge concept for the lamp housing', '2027-01-19', rule=('nw', 1)),
       it('Claire Dubois', 'share the PSW template and the CSR pack', '2027-01-15', rule=('abs', '2027-01-15', 4)),
       it('彭晓雯', 'confirm the tooling payment milestone with Vorland', None, flags=['vague_due'])],
      fu('2027-01-27', '16:00', ('abs', '2027-01-27')), bot=HJ_BOT)
mail('2205-oem-forwarded-french-colleague-outlook', 'minutes', 'outlook', P('钱国栋'),
     [P('龚志强'), P('熊伟'), P('彭晓雯'), P('Claire Dubois')], [JONAS, HJ_BOT], '转发: PPAP kick-off - A12 rear lamp / 后灯PPAP启动会', t,
     alt(text, html_from_text(text), 'utf-8', boundary=B('2205')), g, HJ, thread_topic='PPAP kick-off - A12 rear lamp / 后灯PPAP启动会')

# ------------------------------------------------------------------ 2223
t = T('2026-10-09 16:05:19')
rows = [['零件号', '零件名称', '供应商', 'PPAP等级', '当前状态', '下一步', '负责人', '计划日期'],
        ['A12-5410-01', '后灯总成', 'Vorland', '3', '已批准', '-', '熊伟', '-'],
        ['A12-6102-03', '门内饰板左', '荆楚橡塑', '3', '临时批准', '补全尺寸报告+CPK', '邓卫东', '3个工作日内'],
        ['A12-6102-04', '门内饰板右', '荆楚橡塑', '3', '临时批准', '补全尺寸报告+CPK', '邓卫东', '3个工作日内'],
        ['A12-3724-11', '线束支架', '鑫达五金', '2', '退回', '重做MSA（GRR>30%）', '熊伟', '10/16'],
        ['A12-8201-07', '顶棚拉手', '鑫达五金', '2', '未提交', '催交PPAP资料', '蔡明', '尽快']]
text = "龚工：\n\nPPAP状态从表里直接贴过来了，今天电话会过了一遍，后面几行是要跟的：\n\n" + text_table(rows) + "\n\n明天周六调休上班，我在现场。\n熊伟\n"
g = G('minutes', "Foxmail GBK; an Excel range pasted as tab-separated text (8 columns, 负责人 and 计划日期 last). Sent Fri 2026-10-09 right after National Day 2026 (make-up Saturday 10-10). Row 1 已批准 with '-' is status, not an item. Rows 2 and 3 have the same task text (补全尺寸报告+CPK) for two different parts and the same owner: two items. '3个工作日内' = 10-10 (make-up Sat), 10-12, 10-13 -> 2026-10-13. '10/16' -> 2026-10-16. '尽快' -> vague_due. Task = part + 下一步.",
      [it(DENG, 'A12-6102-03 门内饰板左：补全尺寸报告+CPK', '2026-10-13', rule=('wd', 3)),
       it(DENG, 'A12-6102-04 门内饰板右：补全尺寸报告+CPK', '2026-10-13', rule=('wd', 3)),
       it('熊伟', 'A12-3724-11 线束支架：重做MSA（GRR>30%）', '2026-10-16', rule=('abs', '2026-10-16')),
       it('蔡明', 'A12-8201-07 顶棚拉手：催交PPAP资料', None, flags=['vague_due'])], None, bot=HJ_BOT)
fh = html_from_text(text, '宋体', '10.5pt').replace('charset=utf-8', 'charset=GBK')
mail('2223-oem-excel-tsv-paste-same-task-foxmail', 'minutes', 'foxmail', P('熊伟'),
     [P('龚志强')], [P('蔡明'), DENG, HJ_BOT], 'PPAP状态跟踪 10.9电话会', t,
     alt(text, fh, 'GBK', boundary='----=_001_NextPart' + hx('2223', 12)), g, HJ, hcs='GBK')

# ------------------------------------------------------------------ 2224
t = T('2025-11-20 18:30:02')
text = "各位：\n\n今天A12项目SOP节点评审会纪要见附件，请查收。如有问题直接找我。\n\n柯文斌\n项目管理部\n"
doc = docx([('b', 'A12项目SOP节点评审会 会议纪要'), '时间：2025年11月20日 14:00-17:30', '参会：柯文斌、钱国栋、龚志强、彭晓雯、制造部代表',
            ('b', '一、结论'), 'SOP节点维持2026年3月不变；PVS节点压缩一周。',
            ('b', '二、待办事项'),
            [['序号', '事项', '责任部门', '责任人', '完成时间'],
             ['1', '完成剩余6个零件定点', '采购部', '钱国栋', '11月28日前'],
             ['2', '关闭所有PPAP临时批准项', '供应商发展部', '龚志强', '12月15日前'],
             ['3', 'PVS试生产准备方案', '制造部', '', '下周三']],
            '下次评审：12月4日（周四）15:00'])
body = multi('mixed', [alt(text, html_from_text(text).replace('charset=utf-8', 'charset=gb2312'), 'gb2312', boundary=B('2224a')),
                       bin_attach('A12项目SOP节点评审会纪要-1120.docx', doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')], B('2224'))
g = G('minutes', "Outlook gb2312 with the minutes only in a .docx attachment (raw WordprocessingML zip; filename RFC 2231 encoded). Sent Thu 2025-11-20. The body says only '纪要见附件'. Items from the docx table: '11月28日前' -> 2025-11-28; '12月15日前' -> 2025-12-15; row 3 has department 制造部 and no person -> no_owner, department '制造部' (an internal department of the sender, written in the row), '下周三' -> 2025-11-26. 结论 is not an item. Next review '12月4日（周四）15:00'.",
      [it('钱国栋', '完成剩余6个零件定点', '2025-11-28', rule=('abs', '2025-11-28')),
       it('龚志强', '关闭所有PPAP临时批准项', '2025-12-15', rule=('abs', '2025-12-15')),
       it(None, 'PVS试生产准备方案', '2025-11-26', dept='制造部', rule=('nw', 2))],
      fu('2025-12-04', '15:00', ('abs', '2025-12-04', 3)), bot=HJ_BOT)
mail('2224-oem-docx-attachment-only-outlook', 'minutes', 'outlook', P('柯文斌'),
     [P('钱国栋'), P('龚志强'), P('彭晓雯')], [HJ_BOT], 'A12项目SOP节点评审会纪要', t, body, g, HJ, hcs='gb2312', thread_topic='A12项目SOP节点评审会纪要')

# ------------------------------------------------------------------ 2226
t = T('2026-08-19 11:48:27')
text = """Claire、熊工、小蔡：

上午Vorland二次审核的内部复盘，几点跟进：

1. 熊工 8月21日前把Vorland二次审核报告定稿，问题清单同步给刘建平。
2. Claire 牵头华宏涂装CQI-12涂装过程审核，时间初步放在9月上旬，等供应商回复窗口。
3. 小蔡 月底前更新二级供应商风险清单（重点是LED芯片和PC料）。

另外 Vorland 那边刘工提了模具保养周期的问题，结论是按他们现有规定执行，不额外要求。

下次碰头定在
8月27日（周四）
上午，具体时间我再约。

龚志强
"""
g = G('minutes', "Outlook UTF-8 base64, short internal minutes from the SQE manager. Sent Wed 2026-08-19. Owners by title/nickname: 熊工 -> 熊伟, 小蔡 -> 蔡明 (roster aliases), Claire (牵头) -> Claire Dubois. '8月21日前' -> 2026-08-21. '9月上旬' -> vague_due (a period, no date). '月底前' -> 2026-08-31. The Vorland paragraph is a decision. Next meeting written as a sentence with the date on its own line and only a half day ('上午，具体时间我再约') -> date 2026-08-27, time null (convention: a half day alone gives no time for next_followup).",
      [it('熊伟', 'Vorland二次审核报告定稿并同步问题清单给刘建平', '2026-08-21', rule=('abs', '2026-08-21')),
       it('Claire Dubois', '华宏涂装CQI-12涂装过程审核', None, flags=['vague_due']),
       it('蔡明', '更新二级供应商风险清单', '2026-08-31', rule=('eom',))],
      fu('2026-08-27', None, ('abs', '2026-08-27', 3)), bot=HJ_BOT)
mail('2226-oem-next-meeting-half-day-split-lines-outlook', 'minutes', 'outlook', P('龚志强'),
     [P('Claire Dubois'), P('熊伟'), P('蔡明')], [HJ_BOT], 'Vorland二次审核复盘-跟进事项', t,
     alt(text, html_from_text(text), 'utf-8', boundary=B('2226')), g, HJ, thread_topic='Vorland二次审核复盘-跟进事项')

# ------------------------------------------------------------------ 2228
t = T('2025-07-03 17:55:09')
text = """采购例会 7/3 纪要

一、上周工作汇报
1. 彭晓雯：完成A12座椅骨架RFQ发放（5家），7月1日已全部回标。
2. Markus：Vorland年度降价谈判结束，2026年降3.5%，补充协议已签。
3. 蔡明：荆楚橡塑8D已于6月30日关闭。

二、会议决定
1. 座椅骨架进入第二轮报价，供应商回标截止7月11日。
2. 今后所有定点申请须附供应商质量评分（≥80分）。
3. 报价有效期统一为90天。

下次例会
7月10日 周四
下午2:30

彭晓雯
"""
g = G('minutes', "Outlook gb2312 minutes with only work reports (done) and decisions: zero items. '供应商回标截止7月11日' is a supplier deadline written as a decision; '90天' is a rule. Next meeting written under a heading with the day on one line and the time on the next: 2025-07-10 14:30.",
      [], fu('2025-07-10', '14:30', ('abs', '2025-07-10', 3)), bot=HJ_BOT)
mail('2228-oem-reports-decisions-only-outlook', 'minutes', 'outlook', P('彭晓雯'),
     [P('钱国栋'), P('Markus Weber'), P('蔡明')], [HJ_BOT], '采购例会纪要 7/3', t,
     alt(text, html_from_text(text).replace('charset=utf-8', 'charset=gb2312'), 'gb2312', boundary=B('2228')), g, HJ, hcs='gb2312', thread_topic='采购例会纪要 7/3')

# ------------------------------------------------------------------ 2231 reply
t = T('2026-03-19 10:02:51', 1)
text = """Hi,

AI #1 done - nomination letter draft is in the SharePoint folder, sent to Mr. Qian for review.

BR
Markus

From: 纪要助手 <jiyao@hjmotor.example.com.cn>
Sent: Monday, March 16, 2026 9:21 AM
To: Markus Weber <markus.weber@hjmotor.example.com.cn>; Qian Guodong <qianguodong@hjmotor.example.com.cn>; Vivian Peng <pengxiaowen@hjmotor.example.com.cn>; Claire Dubois <claire.dubois@hjmotor.example.com.cn>
Subject: [纪要确认] Minutes: A12 rear lamp sourcing pre-alignment 16-Mar

已登记以下待办，如有异议请于今日内回复：
1. draft the nomination letter incl. the LTA clause and circulate - Markus Weber - 2026-03-20
2. capacity audit report - Claire Dubois - 2026-03-27
3. update the RFQ cost breakdown - 彭晓雯 - 2026-03-20
4. align the target price with finance - 钱国栋 - 未定 (ASAP)
回复 确认 / 有异议 / 已完成 / 进度80% / 延期至10月20日 更新状态。
"""
g = G('reply', "Outlook English reply (Date +0100) to the bot's recap of 2202: 'AI #1 done' -> done, item 1. The quoted recap lists every command word and dates; only the new text counts.",
      reply=rep('done', [1]), bot=HJ_BOT)
mail('2231-reply-done-ai1-english-outlook', 'reply', 'outlook_en', P('Markus Weber'),
     [HJ_BOT], [P('钱国栋')], 'RE: [纪要确认] Minutes: A12 rear lamp sourcing pre-alignment 16-Mar', t,
     alt(text, html_from_text(text, 'Calibri', '11pt'), 'utf-8', 'quoted-printable', B('2231')), g, HJ,
     irt='<recap-2202.7f3a@hjmotor.example.com.cn>', refs=['<' + 'minutes-2202@hjmotor.example.com.cn>', '<recap-2202.7f3a@hjmotor.example.com.cn>'],
     thread_topic='Minutes: A12 rear lamp sourcing pre-alignment 16-Mar')
