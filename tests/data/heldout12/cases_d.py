# 信衡会计师事务所 Sinheng & Partners CPA (Guangzhou / Hong Kong / Macau)
from __main__ import *
from lib import *
from people import *

def P(n):
    r = R(n); return (r[0], r[1])
HUANG = ('黄志伟', 'huangzhiwei@ruifeng-food.example.cn')
WU = ('吴小燕', 'wuxiaoyan@ruifeng-food.example.cn')
KAHO = ('陳家豪', 'kaho.chan@harbourlogistics.example.com.hk')
INGRID = ('Ingrid Solberg', 'ingrid.solberg@nordvik.example.no')
LARS = ('Lars Havik', 'lars.havik@nordvik.example.no')
SATO = ('佐藤 健一', 'k-sato@sanwa-seiko.example.jp')

# ------------------------------------------------------------------ 2217
t = T('2026-01-05 18:10:29')
rows = [['状态', '备注', '优先级', '负责人', '事项', '截止'],
        ['待办', '客户已同意', '高', '黄志伟', '提供2025年12月银行对账单及余额调节表', '1月9日（周五）前'],
        ['待办', '', '高', '陈思颖', '发出银行询证函及往来询证函', '3个工作日内'],
        ['待办', '盘点计划客户先出', '中', '麦俊豪', '复核客户存货盘点计划，确定监盘抽样范围', '1月7日前'],
        ['已完成', '', '-', '冯嘉欣', '独立性确认函签署', '1月5日'],
        ['待办', '涉及关联方', '中', '吴小燕', '提供关联方交易明细', '尽快']]
head = "区生、各位：\n\n瑞丰食品2025年报审计现场启动会纪要如下。\n\n时间：2026年1月5日 14:00-15:30（客户会议室）\n参加：区志明（合伙人）、冯嘉欣、麦俊豪、陈思颖；客户：黄志伟（财务总监）、吴小燕（出纳）\n\n一、审计安排\n外勤时间1月5日至1月23日，存货监盘定于1月8日。\n\n二、待跟进事项\n"
tail = "\n下次进度会：1月12日（周一）下午4点，客户处。\n\n冯嘉欣 Karen Fung\n审计经理 | 信衡会计师事务所（广州）\n本邮件及其附件含保密信息，仅供收件人使用。如误收，请于24小时内删除并通知发件人。\n"
text = head + text_table(rows) + '\n' + tail
html = html_from_text(head).replace('</div></body></html>\n', '') + html_table(rows) + html_from_text(tail)[html_from_text(tail).index('<body>') + 6:]
g = G('minutes', "Outlook gb2312 fieldwork kick-off; the 待跟进事项 table has 状态/备注/优先级 before 负责人/事项 and the deadline last. Sent Mon 2026-01-05. Client owners 黄志伟 and 吴小燕 resolved from Cc display names. '1月9日（周五）前' -> 2026-01-09; '3个工作日内' = 01-06, 01-07, 01-08 -> 2026-01-08; '1月7日前' -> 2026-01-07; 已完成 row is status; '尽快' -> vague_due. 审计安排 facts (监盘 1月8日) are not items; the disclaimer's '24小时内' is noise. Next meeting 1月12日（周一）下午4点.",
      [it(HUANG, '提供2025年12月银行对账单及余额调节表', '2026-01-09', rule=('abs', '2026-01-09', 4)),
       it('陈思颖', '发出银行询证函及往来询证函', '2026-01-08', rule=('wd', 3)),
       it('麦俊豪', '复核客户存货盘点计划，确定监盘抽样范围', '2026-01-07', rule=('abs', '2026-01-07')),
       it(WU, '提供关联方交易明细', None, flags=['vague_due'])],
      fu('2026-01-12', '16:00', ('abs', '2026-01-12', 0)), bot=SH_BOT)
mail('2217-audit-kickoff-table-odd-column-order-outlook', 'minutes', 'outlook', P('冯嘉欣'),
     [P('区志明'), P('麦俊豪'), P('陈思颖')], [HUANG, WU, SH_BOT], '瑞丰食品2025年报审计 现场启动会纪要', t,
     alt(text, html.replace('charset=utf-8', 'charset=gb2312'), 'gb2312', boundary=B('2217')), g, SH, hcs='gb2312', thread_topic='瑞丰食品2025年报审计 现场启动会纪要')

# ------------------------------------------------------------------ 2218
t = T('2026-06-17 18:45:03')
text = """各位：

港灣物流 2026/27 中期審閱 現場會議紀錄（6月17日）

出席：梁穎詩、何子軒；客戶：陳家豪（財務經理）

跟進事項：
一、何子軒：明早9點前將應收賬款賬齡分析初稿上載至共享資料夾。
二、陳家豪（客戶財務經理）：6月30日前提供所有新增租賃合約副本（HKFRS 16）。
三、本人：下週二與區生覆核減值測試模型。
四、客戶IT部：盡快提供系統權限清單（ITGC）。

下次會議：6月24日（星期三）上午10時30分，視像會議。

梁穎詩
經理 | 信衡會計師事務所（香港）
"""
g = G('minutes', "Hong Kong office, Traditional Chinese, Outlook Big5 base64 (headers Big5 B-encoded). Sent Wed 2026-06-17 18:45. 何子軒 is the Traditional spelling of roster 何子轩 (alias). '明早9點前' -> 2026-06-18 09:00. 陳家豪 (client) -> To display name, '6月30日前' -> 2026-06-30. '本人' -> the sender 梁颖诗 (roster name; 梁穎詩 is her alias), '下週二' -> 2026-06-23. '客戶IT部' is a client department -> no_owner, department null, '盡快' -> vague_due. Next meeting '6月24日（星期三）上午10時30分' -> 2026-06-24 10:30.",
      [it('何子轩', '將應收賬款賬齡分析初稿上載至共享資料夾', '2026-06-18', '09:00', rule=('days', 1)),
       it(KAHO, '提供所有新增租賃合約副本（HKFRS 16）', '2026-06-30', rule=('abs', '2026-06-30')),
       it('梁颖诗', '與區生覆核減值測試模型', '2026-06-23', rule=('nw', 1)),
       it(None, '提供系統權限清單（ITGC）', None, flags=['vague_due'])],
      fu('2026-06-24', '10:30', ('abs', '2026-06-24', 2)), bot=SH_BOT)
mail('2218-audit-hk-traditional-big5-outlook', 'minutes', 'outlook', ('梁穎詩', 'wing.leung@sinheng-cpa.example.com'),
     [('何子軒', 'hugo.ho@sinheng-cpa.example.com'), KAHO], [('區志明', 'chiming.au@sinheng-cpa.example.com'), SH_BOT], '港灣物流 中期審閱 會議紀錄 6/17', t,
     alt(text, html_from_text(text, '新細明體', '12pt').replace('charset=utf-8', 'charset=big5'), 'big5', boundary=B('2218')), g, SH, hcs='big5',
     thread_topic='港灣物流 中期審閱 會議紀錄 6/17')

# ------------------------------------------------------------------ 2219
t = T('2026-11-11 17:30:55')
text = """Dear Ingrid, dear all,

Thank you for your time this afternoon. Please find below the minutes of our group audit planning call for Nordvik Marine (Guangzhou) Co., Ltd. - FY2026.

Attendees: Ingrid Solberg (Group Controller), Lars Havik (Group Tax), Au Chi-ming, Karen Fung, Jason Mak

Action items

1. Group reporting package - interim version
   Owner: Ingrid Solberg
   Due: EOD Friday

2. Component materiality and reporting timetable
   Owner: Karen Fung
   Due: by 11/20

3. Transfer pricing documentation (local file FY2025)
   Owner: Lars Havik
   Due: ASAP - needed before we can close the tax section

4. Walkthrough of the revenue cycle at the Nansha yard
   Owner: Jason Mak
   Due: week of 23 Nov (exact date TBC)

Next call: Tuesday 17 November, 16:00 CET (23:00 Guangzhou time).

Kind regards,
Karen Fung
Audit Manager | Sinheng & Partners CPA
"""
g = G('minutes', "English minutes to an overseas (Norwegian) client in Owner:/Due: blocks, Outlook UTF-8 QP. Sent Wed 2026-11-11. 'EOD Friday' -> 2026-11-13 (no time); 'by 11/20' -> 2026-11-20; 'ASAP - …' -> vague_due; 'week of 23 Nov (exact date TBC)' -> vague_due (a week, no date). Client owners resolved from To/Cc display names. Next call 'Tuesday 17 November, 16:00 CET (23:00 Guangzhou time)' -> 2026-11-17 23:00 Asia/Shanghai.",
      [it(INGRID, 'Group reporting package - interim version', '2026-11-13', rule=('wk', 4)),
       it('冯嘉欣', 'Component materiality and reporting timetable', '2026-11-20', rule=('abs', '2026-11-20')),
       it(LARS, 'Transfer pricing documentation (local file FY2025)', None, flags=['vague_due']),
       it('麦俊豪', 'Walkthrough of the revenue cycle at the Nansha yard', None, flags=['vague_due'])],
      fu('2026-11-17', '23:00', ('tz', '2026-11-17 16:00', 1)), bot=SH_BOT)
mail('2219-audit-english-owner-due-blocks-cet-outlook', 'minutes', 'outlook_en', ('Karen Fung', 'karen.fung@sinheng-cpa.example.com'),
     [INGRID, LARS], [('Au Chi-ming', 'chiming.au@sinheng-cpa.example.com'), ('Jason Mak', 'jason.mak@sinheng-cpa.example.com'), SH_BOT],
     'Nordvik Marine (Guangzhou) FY2026 - audit planning call minutes', t,
     alt(text, html_from_text(text, 'Calibri', '11pt'), 'utf-8', 'quoted-printable', B('2219')), g, SH, thread_topic='Nordvik Marine (Guangzhou) FY2026 - audit planning call minutes')

# ------------------------------------------------------------------ 2220
t = T('2026-11-27 12:03:41')
text = """冯经理、区生：

■ 三和精工（广州）存货减值讨论 会议记录
日时：2026/11/27（金）10:00-11:30
出席：区、冯、麦、陈；客户 经理部 佐藤様

【决定事项】
・呆滞存货按库龄>2年全额计提，客户同意。

【TODO】
No. | 内容 | 担当 | 期限
1 | 库龄表重新取数（截至11/30） | 佐藤様 | 12/3
2 | 计提测算底稿 | 麦 | 12/4（金）
3 | 与客户日本总部确认会计政策差异 | 冯 | 12/10
4 | 底稿复核 | 区 | 未定

以上、よろしくお願いします。
麦
"""
g = G('minutes', "Apple Mail (UTF-8 QP plain) minutes in a Japanese-office style: 日时/【决定事项】/【TODO】 with 担当/期限 columns, owners written by surname only (区/冯/麦 -> 区志明/冯嘉欣/麦俊豪 via To/From; 佐藤様 -> Cc display name 佐藤 健一). Sent Fri 2026-11-27. '12/3' -> 2026-12-03; '12/4（金）' -> 2026-12-04 (Friday); '12/10' -> 2026-12-10; '未定' -> vague_due. 决定事项 is not an item.",
      [it(SATO, '库龄表重新取数（截至11/30）', '2026-12-03', rule=('abs', '2026-12-03')),
       it('麦俊豪', '计提测算底稿', '2026-12-04', rule=('abs', '2026-12-04', 4)),
       it('冯嘉欣', '与客户日本总部确认会计政策差异', '2026-12-10', rule=('abs', '2026-12-10')),
       it('区志明', '底稿复核', None, flags=['vague_due'])], None, bot=SH_BOT)
mail('2220-audit-japanese-style-tantou-kigen-apple', 'minutes', 'apple', ('麦俊豪', 'jason.mak@sinheng-cpa.example.com'),
     [P('冯嘉欣'), P('区志明')], [P('陈思颖'), SATO, SH_BOT], '三和精工 存货减值讨论 会议记录（11/27）', t,
     leaf_plain_cs('text/plain', text, 'utf-8', 'quoted-printable', False), g, SH)

# ------------------------------------------------------------------ 2221
t = T('2026-12-08 17:44:16')
text = """冯经理：

今天下午审计一部内部碰头，记录如下（按讨论顺序）：

1. 收入截止测试样本扩大到
   60笔，由麦俊豪负责（陈思颖协助），完成时限：12月11日（周五）
   前。
2. 固定资产盘点差异（共3项）逐项
   取得说明：(1) 2台叉车的报废审批手续；
   (2) 1辆货车的过户凭证——负责人：陈思颖（需客户行政部配合），
   截止：下周一。
3. 合并抵销分录底稿（含内部往来对账（截至11月末））：冯经理，12月18日
   前完成初稿。
4. 澳门子公司审计进度，由我跟林嘉琪确认（澳门办，
   时间：本周四前）。

陈思颖
"""
g = G('minutes', "Foxmail GBK minutes with hard-wrapped lines: deadlines on continuation lines ('12月11日（周五）\\n 前', '12月18日\\n 前'), nested brackets （含…（截至11月末）） and (1)(2) sub-numbering inside one item. Sent Tue 2026-12-08. (1) 麦俊豪 (陈思颖 only assists) -> 2026-12-11. (2) one item with two sub-parts (same owner, one deadline; a scorer may accept it split in two) -> 陈思颖, '下周一' -> 2026-12-14. (3) 冯经理 -> 冯嘉欣 alias, 2026-12-18. (4) '由我' -> the sender 陈思颖, '本周四前' -> 2026-12-10. No next meeting.",
      [it('麦俊豪', '收入截止测试样本扩大到60笔', '2026-12-11', rule=('abs', '2026-12-11', 4)),
       it('陈思颖', '固定资产盘点差异逐项取得说明（叉车报废审批手续、货车过户凭证）', '2026-12-14', rule=('nw', 0)),
       it('冯嘉欣', '合并抵销分录底稿（含内部往来对账）初稿', '2026-12-18', rule=('abs', '2026-12-18')),
       it('陈思颖', '跟林嘉琪确认澳门子公司审计进度', '2026-12-10', rule=('wk', 3))], None, bot=SH_BOT)
mail('2221-audit-wrapped-lines-nested-brackets-foxmail', 'minutes', 'foxmail', P('陈思颖'),
     [P('冯嘉欣')], [P('麦俊豪'), P('林嘉琪'), SH_BOT], '12.8 内部碰头记录', t,
     alt(text, html_from_text(text, '宋体', '10.5pt').replace('charset=utf-8', 'charset=GBK'), 'GBK', boundary='----=_001_NextPart' + hx('2221', 12)), g, SH, hcs='GBK')

# ------------------------------------------------------------------ 2222
t = T('2027-04-20 16:20:00')
text = """各位，接上期编号：

5. 取得银行询证函回函 —— 中国银行天河支行 —— 陈思颖 —— 4月23日
6. 取得银行询证函回函 —— 招商银行珠江新城支行 —— 何子轩（借调） —— 4月23日
7. 管理层声明书签署 —— 黄志伟 —— 4月28日（周三）
8. 期后事项检查 —— 麦俊豪 —— 报告日前（暂定4月30日）

第1-4项已于上期关闭。
下次：4月27日 周二 同一时间（14:00）

Karen
"""
g = G('minutes', "Outlook UTF-8 follow-up minutes that continue the previous issue's numbering (items 5-8; gold lists them in order, the bot may number them 1-4 or 5-8). Items 5 and 6 have the same task text and differ only by bank and owner. Sent Tue 2027-04-20. '4月23日' -> 2027-04-23; '4月28日（周三）' -> 2027-04-28; '报告日前（暂定4月30日）' -> 2027-04-30 (tentative date recorded; ambiguous). '第1-4项已于上期关闭' is status. Next meeting '4月27日 周二 同一时间（14:00）'.",
      [it('陈思颖', '取得银行询证函回函（中国银行天河支行）', '2027-04-23', rule=('abs', '2027-04-23')),
       it('何子轩', '取得银行询证函回函（招商银行珠江新城支行）', '2027-04-23', rule=('abs', '2027-04-23')),
       it(HUANG, '管理层声明书签署', '2027-04-28', rule=('abs', '2027-04-28', 2)),
       it('麦俊豪', '期后事项检查', '2027-04-30', rule=('abs', '2027-04-30'))],
      fu('2027-04-27', '14:00', ('abs', '2027-04-27', 1)), bot=SH_BOT)
mail('2222-audit-same-task-two-banks-own-numbering-outlook', 'minutes', 'outlook', ('冯嘉欣', 'karen.fung@sinheng-cpa.example.com'),
     [P('陈思颖'), P('何子轩'), P('麦俊豪'), HUANG], [P('区志明'), SH_BOT], '瑞丰食品 审计完成阶段 待办（续）', t,
     alt(text, html_from_text(text), 'utf-8', boundary=B('2222')), g, SH, thread_topic='瑞丰食品 审计完成阶段 待办（续）')

# ------------------------------------------------------------------ 2227
t = T('2025-08-14 13:12:37')
text = """Karen, Jason,

Spent the morning with 瑞丰's CFO. Long story short: they are going ahead with the Foshan plant acquisition and want us to do a limited-scope financial due diligence before signing, which they now expect in late September. I told 黄总 we can do it as long as the data room is ready in time.

Karen, could you put together the engagement letter and a fee estimate and send them to me by Monday? Nothing fancy, use the 2023 template. Jason should start on the independence and conflict check today; it has to be cleared before we sign anything.

Kiki in Macau raised their VAT refund issue again. No action for us yet, I said we would look at it after the interim.

Let's talk staffing at Monday's partner meeting as usual (9am).

Chi-ming
"""
g = G('minutes', "Apple Mail (UTF-8 QP, plain + HTML) note from a partner after a client meeting, items buried in prose. Sent Thu 2025-08-14. 'Karen, could you … send them to me by Monday?' -> 冯嘉欣, 2025-08-18. 'Jason should start … today' -> 麦俊豪, 2025-08-14 (start today; recorded as the send date, ambiguous). 'late September' belongs to the client's timeline, not our item; the Macau VAT line says no action. Follow-up: 'Monday's partner meeting … (9am)' is where this is next discussed -> 2025-08-18 09:00 (a careful assistant would record it; ambiguous).",
      [it('冯嘉欣', 'put together the engagement letter and a fee estimate for the Foshan due diligence', '2025-08-18', rule=('wk', 0)),
       it('麦俊豪', 'independence and conflict check for the Foshan due diligence', '2025-08-14', rule=('today',))],
      fu('2025-08-18', '09:00', ('wk', 0)), bot=SH_BOT)
mail('2227-audit-partner-prose-apple-mail', 'minutes', 'apple', ('Au Chi-ming', 'chiming.au@sinheng-cpa.example.com'),
     [('Karen Fung', 'karen.fung@sinheng-cpa.example.com'), ('Jason Mak', 'jason.mak@sinheng-cpa.example.com')], [SH_BOT], 'Ruifeng - Foshan DD', t,
     multi('alternative', [leaf_plain_cs('text/plain', text, 'utf-8', 'quoted-printable', False),
                           leaf_plain_cs('text/html', '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + esc(text).replace('\n\n', '<div><br></div>').replace('\n', '<br>') + '</body></html>\n', 'utf-8', 'quoted-printable', False)],
           'Apple-Mail=_' + hx('2227', 8).upper() + '-' + hx('2227b', 4).upper() + '-' + hx('2227c', 4).upper()), g, SH)

# ------------------------------------------------------------------ 2233 reply
t = T('2026-06-17 22:08:40')
text = """第1項確認，明早9點前一定上載。

從我的iPhone傳送

> 在 2026年6月17日 下午6:47，Fieldwork Tracker <fieldwork@sinheng-cpa.example.com> 寫道：
>
> [紀要確認] 港灣物流 中期審閱 會議紀錄 6/17
> 1. 將應收賬款賬齡分析初稿上載至共享資料夾 - 何子轩 - 2026-06-18 09:00
> 2. 提供所有新增租賃合約副本（HKFRS 16） - 陳家豪 - 2026-06-30
> 3. 與區生覆核減值測試模型 - 梁颖诗 - 2026-06-23
> 4. 提供系統權限清單（ITGC） - 無負責人 - 未定
> 如有異議請於今日內回覆。回覆「已完成」「進度80%」「延期至X月X日」更新狀態。
"""
g = G('reply', "iPhone Mail (Traditional Chinese, HK signature '從我的iPhone傳送') reply to the recap of 2218: '第1項確認' -> confirm, item 1; the promised time is not an extension.",
      reply=rep('confirm', [1]), bot=SH_BOT)
mail('2233-reply-confirm-traditional-iphone', 'reply', 'iphone', ('何子軒', 'hugo.ho@sinheng-cpa.example.com'), [SH_BOT], [('梁穎詩', 'wing.leung@sinheng-cpa.example.com')],
     '回覆: [紀要確認] 港灣物流 中期審閱 會議紀錄 6/17', t, leaf_plain_cs('text/plain', text, 'utf-8', 'quoted-printable', False), g, SH,
     irt='<recap-2218.c4d1@sinheng-cpa.example.com>')
