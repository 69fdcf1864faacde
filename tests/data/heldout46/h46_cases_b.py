"""Organisation B: 天津津骋自行车配件有限公司 (bicycle-parts maker, 静海区, Tianjin).
Tencent Exmail (腾讯企业邮); staff use Foxmail, Exmail web, 企业微信 mail, iPhone Mail,
Outlook (export sales).  Outsiders: Velora Bikes B.V. (customer, NL), 沧州恒通钢管 (supplier)."""
import datetime as dt

import h46attach as X
import h46clients as C
import h46lib as L
from h46case import Case, I
from h46people import P

BOT = ("纪要助手", C.BOTS["B"])
SANNE = ("Sanne de Vries", "sanne.devries@velora.example.nl")
JORIS = ("Joris Bakker", "joris.bakker@velora.example.nl")
CASES = []

# ---------------------------------------------------------------------------
# 7409  production weekly, owners by title (刘厂长/王工/仓储主管马振江/孙经理), ①②, Foxmail gb2312
# ---------------------------------------------------------------------------
t7409 = """王总、各位：

今天早上生产周例会纪要如下：

时间：4月13日 8:00-9:10
地点：二楼会议室
主持：王总
参加：刘厂长、孙经理、王工、赵主管、马振江、李婷、杜海

一、上周情况
上周总产量花鼓4.2万只，曲柄1.8万套，达成率93%。踏板线因模具维修停线一天。

二、本周安排
1. 刘厂长
   ① 调整二号线排产，优先保证Velora HB-220花鼓订单，周三前出新排产表
   ② 确认周六焊接工段加班人员名单，本周五下班前报人事
2. 王工：出具CK-30铝合金曲柄疲劳测试报告，4月17日前
3. 仓储主管马振江：盘点轴承库存并提交缺料清单，明天中午12点前
4. 孙经理：跟进上批踏板退货的8D报告，尽快

三、会议决定
本周起二号线实行两班倒，早班7:30、晚班19:30交接。

下次例会：下周一早8点，地点不变。

杜海
生产部
"""
CASES.append(Case(
    7409, "production-weekly-titles-foxmail-gb2312", "minutes", "B", "Foxmail 7.2, gb2312 base64, multipart/alternative",
    C.mail("foxmail", org="B", num=7409, frm=P("杜海"),
           to=[P("王建军"), P("刘金柱"), P("孙慧敏"), P("王磊"), P("赵春燕"), P("马振江"), P("李婷")], cc=[BOT],
           subject="4月13日生产周例会纪要", date=dt.datetime(2026, 4, 13, 9, 48, 21),
           plain=t7409, html=C.html_foxmail(L.html_divs(t7409), "gb2312"), charset="gb2312", cte="base64",
           via=("DESKTOP-DUHAI", "111.30.22.75")),
    items=[
        I("刘金柱", "调整二号线排产并出新排产表（优先保证Velora HB-220花鼓订单）", ("2026-04-15", None, "wd:Wed")),
        I("刘金柱", "确认周六焊接工段加班人员名单报人事", ("2026-04-17", None, "thiswk:Fri")),
        I("王磊", "出具CK-30铝合金曲柄疲劳测试报告", ("2026-04-17", None, "abs:2026-04-17")),
        I("马振江", "盘点轴承库存并提交缺料清单", ("2026-04-14", "12:00", "tomorrow 12:00")),
        I("孙慧敏", "跟进上批踏板退货的8D报告", None, ["vague_due"]),
    ],
    nf=("2026-04-20", "08:00", "nextwk:Mon 08:00"),
    notes=("Ordinary production weekly minutes sent Mon 2026-04-13 09:48. Owners are written by title: 刘厂长 = 刘金柱, 王工 = 王磊 "
           "(not 王总 = 王建军, the chair), 仓储主管马振江 (title + name), 孙经理 = 孙慧敏 (roster aliases). 刘厂长 has two ① ② "
           "sub-tasks -> two items: '周三前' -> 04-15; '本周五下班前' -> 04-17 without a time. '4月17日前' -> 04-17; "
           "'明天中午12点前' -> 04-14 12:00; '尽快' -> vague_due. 一、上周情况 is a report and 三、会议决定 (两班倒 7:30/19:30) a "
           "decision with times: not items. '下次例会：下周一早8点' -> 2026-04-20 08:00."),
    summary="5 items; 04-15, 04-17, 04-17, 04-14 12:00, vague; next 04-20 08:00",
    tests="owners by title (刘厂长/王工 vs 王总/仓储主管马振江), ①② sub-tasks, decision with clock times, 下周一早8点"))

# ---------------------------------------------------------------------------
# 7410  English minutes with the Dutch customer, AI: lines, CEST next call, Outlook (en) QP
# ---------------------------------------------------------------------------
t7410 = """Hi Sanne, Joris,

Thanks for the call this afternoon. Minutes below, please let me know if I missed anything.

Attendees: Sanne de Vries, Joris Bakker (Velora); Tina Li, Wang Lei, Rain Zhang (Jincheng)

1. HB-220 rear hub - pricing
Velora accepted the new packaging (100 pcs/carton). Price to be revised accordingly.
AI: Tina - send revised quotation for HB-220 incl. new packaging - by Friday

2. Salt-spray test
Last batch passed 96h NSS; Velora wants 120h from the next order onwards.
AI: Joris - share salt-spray test spec v3 - by Apr 27
AI: Wang Lei - confirm whether our zinc-nickel plating can reach 120h, and the cost impact - EOD tomorrow

3. Lead time
AI: Rain - check with production whether the 12-week lead time can be cut to 10 weeks for the Q3 orders - by next Wednesday

4. Pre-shipment inspection
AI: Velora team - nominate a third-party inspection agency - TBD

Done since last call:
[x] Golden samples for CK-30 approved (Joris, Apr 15)

Next call: Wed 29 Apr, 09:00 CEST / 15:00 Beijing

Best regards,
Tina Li
Export Sales Manager | Tianjin Jincheng Bicycle Parts Co., Ltd.
Tel +86 22 6893 5127 | Jinghai Economic Development Zone, Tianjin 301600
"""
CASES.append(Case(
    7410, "english-ai-lines-velora-outlook-en", "minutes", "B", "Outlook 2016 (English UI), UTF-8 quoted-printable, multipart/alternative",
    C.mail("outlook", org="B", num=7410, frm=("Tina Li", P("李婷")[1]), to=[SANNE],
           cc=[JORIS, ("Wang Lei", P("王磊")[1]), ("Rain Zhang", P("张雨")[1]), ("Minutes", C.BOTS["B"])],
           subject="Minutes - Velora / Jincheng weekly call 22 Apr", date=dt.datetime(2026, 4, 22, 17, 40, 12),
           plain=t7410, html=C.html_outlook(C.outlook_paras(t7410), "utf-8", lang="EN-US"), charset="utf-8",
           cte="quoted-printable", via=("TINA-LAPTOP", "111.30.22.91"),
           extra=[]),
    items=[
        I("李婷", "send revised quotation for HB-220 incl. new packaging", ("2026-04-24", None, "wd:Fri")),
        I(JORIS, "share salt-spray test spec v3", ("2026-04-27", None, "abs:2026-04-27")),
        I("王磊", "confirm whether zinc-nickel plating can reach 120h and the cost impact", ("2026-04-23", None, "tomorrow")),
        I("张雨", "check with production whether the lead time can be cut to 10 weeks for the Q3 orders",
          ("2026-04-29", None, "nextwk:Wed")),
        I(None, "nominate a third-party inspection agency", None, ["no_owner", "vague_due"]),
    ],
    nf=("2026-04-29", "15:00", "abs:2026-04-29 15:00"),
    notes=("English minutes to the Dutch customer, sent Wed 2026-04-22 17:40 +0800. 'AI: Name - task - due' lines. Tina = 李婷 (the "
           "writer; alias), Wang Lei = 王磊, Rain = 张雨 (aliases); Joris is the customer's QA engineer, not in the roster: address "
           "from the Cc display name, department null. 'by Friday' -> 04-24; 'by Apr 27' -> 04-27; 'EOD tomorrow' -> 04-23 without "
           "a time; 'by next Wednesday' -> the Wednesday of next week 04-29 (not today). 'Velora team … TBD' -> owner null (a "
           "customer team, department null), vague_due. '[x] Golden samples … approved' is done, not an item. 'Next call: Wed 29 "
           "Apr, 09:00 CEST / 15:00 Beijing' -> 2026-04-29 15:00 Shanghai (CEST = UTC+2)."),
    summary="5 items (1 external, 1 team TBD); 04-24, 04-27, 04-23, 04-29, vague; next 04-29 15:00",
    tests="English 'AI:' lines, external owner from Cc, EOD tomorrow, by next Wednesday, [x] done line, CEST->Beijing next call"))

# ---------------------------------------------------------------------------
# 7411  外部沟通跟进表 (seed) as HTML table, Exmail web gb18030, May 9 make-up Saturday
# ---------------------------------------------------------------------------
rows7411 = [
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
    ["EC2026-05-07-01", "2026-05-07", "沧州恒通钢管/卢经理", "采购部/赵春燕", "供应商",
     "原定5月12日到货的铬钼钢管因轧制设备检修，需推迟至5月19日",
     "①生产部确认能否调整二号线排产（5月9日前，刘厂长）②若无法调整，启动备选供应商询价", "2026-05-11", "赵春燕"],
    ["EC2026-05-07-02", "2026-05-07", "天津瑞达轴承/孟经理", "品质部/孙慧敏", "供应商",
     "4月28日批次6204轴承来料抽检不合格（游隙超差）",
     "①出具来料检验报告并发供应商（明天前）②督促供应商5月15日前补发合格品", "视补货情况", "孙慧敏"],
]
intro7411 = "王总、刘厂长、孙经理：\n\n今天和两家供应商电话沟通的情况，按跟进表整理如下："
outro7411 = "\n后天（周六）调休上班，钢管的事刘厂长那边周六给个准话。\n\n赵春燕\n采购部"
html7411 = C.html_exmail(L.html_divs(intro7411) + "\n<div><b>外部沟通跟进表</b></div>\n" +
                         L.html_table(rows7411, td_attrs='style="border:1px solid #999;padding:4px"') + L.html_divs(outro7411), "gb18030")
plain7411 = intro7411 + "\n\n外部沟通跟进表\n" + L.tsv(rows7411) + "\n" + outro7411 + "\n"
CASES.append(Case(
    7411, "supplier-followup-table-exmail-gb18030", "minutes", "B", "Tencent Exmail webmail, gb18030 base64, multipart/alternative (HTML table)",
    C.mail("exmail", org="B", num=7411, frm=P("赵春燕"), to=[P("王建军"), P("刘金柱"), P("孙慧敏")], cc=[BOT],
           subject="供应商沟通跟进表（5月7日）", date=dt.datetime(2026, 5, 7, 16, 30, 12),
           plain=plain7411, html=html7411, charset="gb18030", cte="base64", via=("[111.30.22.80]", "111.30.22.80")),
    items=[
        I("刘金柱", "确认能否调整二号线排产", ("2026-05-09", None, "abs:2026-05-09")),
        I("赵春燕", "若无法调整，启动备选供应商询价", None, ["no_due"]),
        I("孙慧敏", "出具来料检验报告并发供应商", ("2026-05-08", None, "tomorrow")),
        I("孙慧敏", "督促供应商补发合格品", ("2026-05-15", None, "abs:2026-05-15")),
    ],
    nf=("2026-05-11", None, "abs:2026-05-11"),
    notes=("Seed 外部沟通跟进表 with two supplier rows, sent Thu 2026-05-07 (just after Labour Day). Row 1 ① names 刘厂长 = 刘金柱 "
           "inline, '5月9日前' -> 05-09, a Saturday make-up working day; ② is conditional and names nobody -> the row's 负责人 "
           "赵春燕, no date -> no_due. Row 2 names nobody in its ①② -> the row's 负责人 孙慧敏 owns both: '明天前' -> 05-08; "
           "'5月15日前' -> 05-15. 核心需求/反馈 (推迟至5月19日, 4月28日批次) are facts. 下次沟通时间: row 1 gives 2026-05-11 (no time), "
           "row 2 '视补货情况' none -> next_followup 2026-05-11. The closing '后天（周六）调休上班' is a remark."),
    summary="4 items; 05-09 (make-up Sat), no_due, 05-08, 05-15; next 05-11",
    tests="seed 外部沟通跟进表 rows, inline owner vs row 负责人, conditional item without date, 下次沟通时间 column"))

# ---------------------------------------------------------------------------
# 7412  跨部门协作事项跟踪表 pasted from Excel (tabs), Foxmail plain text GB18030
# ---------------------------------------------------------------------------
t7412 = """各位：

今天下午过了一遍跨部门协作事项，跟踪表如下（从Excel贴过来的，格式可能有点乱）：

会议时间：5月8日（周五）16:00-16:40

序号	事项名称	牵头部门	配合部门	责任人	计划完成时间	进展情况	风险点及应对措施
1	HB-220花鼓样品试制	技术部	生产部	王磊	2026-04-30	已完成（延期2天，因客户改图）	-
2	曲柄CNC工装夹具改造	生产部	技术部	杜海	2026-05-15	进行中（已完成60%）	夹具供应商交期紧，已催
3	ERP物料编码清理	仓储部	财务部	马振江	2026-05-20（原5月12日）	延期	编码规则需财务确认
4	出口包装防潮方案	外贸部	仓储部	张雨	待定	未开始	等Velora确认包装规格
5	供应商二次审核	品质部	采购部	孙慧敏（主责）/赵春燕（配合）	5月底	进行中	-

明天（周六）正常上班，别忘了。下周五同一时间继续过一遍。

刘金柱
"""
CASES.append(Case(
    7412, "collab-tracking-tsv-foxmail-gb18030", "minutes", "B", "Foxmail 7.2 plain-text mode, GB18030 base64, text/plain only (Excel paste with tabs)",
    C.mail("foxmail", org="B", num=7412, frm=P("刘金柱"),
           to=[P("王磊"), P("杜海"), P("马振江"), P("张雨"), P("孙慧敏"), P("赵春燕"), P("陈淑芬")],
           cc=[P("王建军"), BOT], subject="跨部门协作事项跟踪（第19周）", date=dt.datetime(2026, 5, 8, 17, 20, 45),
           plain=t7412, charset="GB18030", cte="base64", via=("LIUJZ-PC", "111.30.22.77")),
    items=[
        I("杜海", "曲柄CNC工装夹具改造", ("2026-05-15", None, "abs:2026-05-15")),
        I("马振江", "ERP物料编码清理", ("2026-05-20", None, "abs:2026-05-20")),
        I("张雨", "出口包装防潮方案", None, ["vague_due"]),
        I("孙慧敏", "供应商二次审核", ("2026-05-31", None, "month_end")),
    ],
    nf=("2026-05-15", "16:00", "nextwk:Fri 16:00"),
    notes=("A 跨部门协作事项跟踪表 (seed layout, simplified to one 责任人 column) pasted from Excel as tab-separated text, sent Fri "
           "2026-05-08. Row 1 is 已完成 -> not an item. Row 2 -> 杜海 05-15 ('已完成60%' is progress, not a date). Row 3 is 延期 "
           "with the new plan '2026-05-20（原5月12日）' -> 05-20. Row 4 '待定' -> vague_due. Row 5 '孙慧敏（主责）/赵春燕（配合）' "
           "-> owner 孙慧敏 only; '5月底' -> 05-31. '明天（周六）正常上班' is the 05-09 make-up day, a remark. '下周五同一时间继续过一遍' "
           "takes the time of this meeting (会议时间 16:00) -> next_followup 2026-05-15 16:00."),
    summary="4 items; 05-15, 05-20, vague, 05-31; next 05-15 16:00",
    tests="tab-separated tracking table, done/延期 rows, 主责/配合 in one cell, '下周五同一时间' resolved with the meeting's own start time"))

# ---------------------------------------------------------------------------
# 7413  chat paste: 待办 + standing rule + group-chat log restating items, iPhone Mail QP
# ---------------------------------------------------------------------------
t7413 = """各位，

中午群里语音会的结论整理如下，聊天记录附在后面备查。

待办：
1. 田野：在库3000件PD-12踏板全检（重点查轴芯螺纹根部），明天下班前出结果
2. 王工：修改PD-12轴芯图纸螺纹退刀槽尺寸并发ECN，周五前
3. 赵春燕：通知鑫达热处理派技术人员来厂分析，今天下班前

规定（即日起执行）：
焊接、装配工段每班首件必须留样并记录，杜海负责监督。

---------- 群聊记录 ----------
孙慧敏 12:31
@田野 在库的3000件全检，明天下班前给我结果
田野 12:32
收到
孙慧敏 12:33
@王磊 图纸退刀槽改一下，周五前发ECN
王磊 12:35
好的，我下午先出草图
孙慧敏 12:36
@赵春燕 今天下班前通知鑫达派人过来
赵春燕 12:36
👌
---------- 以上 ----------

孙慧敏
品质部

发自我的iPhone
"""
CASES.append(Case(
    7413, "chat-paste-quality-iphone-qp", "minutes", "B", "iPhone Mail (iOS), UTF-8 quoted-printable, text/plain only",
    C.mail("iphone", org="B", num=7413, frm=P("孙慧敏"), to=[P("田野"), P("杜海"), P("王磊"), P("赵春燕")],
           cc=[P("王建军"), BOT], subject="PD-12踏板轴芯断裂问题 语音会结论", date=dt.datetime(2026, 5, 12, 15, 5, 33),
           plain=t7413, charset="utf-8", cte="quoted-printable", via=("[223.104.3.71]", "223.104.3.71")),
    items=[
        I("田野", "在库3000件PD-12踏板全检（重点查轴芯螺纹根部）", ("2026-05-13", None, "tomorrow")),
        I("王磊", "修改PD-12轴芯图纸螺纹退刀槽尺寸并发ECN", ("2026-05-15", None, "wd:Fri")),
        I("赵春燕", "通知鑫达热处理派技术人员来厂分析", ("2026-05-12", None, "today")),
    ],
    nf=None,
    notes=("Minutes of a WeChat-group voice call typed on an iPhone, sent Tue 2026-05-12 15:05. Items are the three 待办 lines: "
           "田野 '明天下班前' -> 05-13 without a time; 王工 = 王磊 '周五前' -> 05-15; 赵春燕 '今天下班前' -> 05-12. The 规定（即日起执行） "
           "line is a standing rule even though it names 杜海 as supervisor: not an item. The pasted 群聊记录 restates the same "
           "three tasks with @mentions and must not add items. '发自我的iPhone' is a signature. No next meeting."),
    summary="3 items; 05-13, 05-15, 05-12; no follow-up",
    tests="chat log restating the list, standing rule naming a person, 今天下班前/明天下班前, emoji in 8-bit-safe QP"))

# ---------------------------------------------------------------------------
# 7414  new minutes as a reply in the old weekly thread, Foxmail GBK with Foxmail quote
# ---------------------------------------------------------------------------
t7414_new = """各位：

5月18日生产周例会纪要，接着这个邮件发了，方便大家翻前面的记录。

时间：5月18日 8:00-9:00  主持：王总

一、上周完成情况
HB-220首批8000只已出货，CNC夹具改造完成80%。

二、本周安排
1. 刘厂长：编制6月份排产计划，5月22日前报王总
2. 仓储主管马振江：提交仓库货架改造报价（至少两家比价），下周三
3. 财务陈淑芬：核对4月份外协加工费，本月底前完成
4. 王工：CK-30曲柄量产图纸定版

下次例会：下周一（5月25日）早8点

杜海
"""
quote7414 = """
 
发件人： 杜海
发送时间： 2026-04-13 09:48
收件人： 王建军; 刘金柱; 孙慧敏; 王磊; 赵春燕; 马振江; 李婷
抄送： 纪要助手
主题： 4月13日生产周例会纪要
""" + t7409
plain7414 = t7414_new + quote7414
html7414 = C.html_foxmail(L.html_divs(t7414_new) +
                          '<div><br></div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                          '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
                          '<div><b>发件人：</b>&nbsp;杜海</div><div><b>发送时间：</b>&nbsp;2026-04-13&nbsp;09:48</div>'
                          '<div><b>收件人：</b>&nbsp;王建军; 刘金柱; 孙慧敏; 王磊; 赵春燕; 马振江; 李婷</div>'
                          '<div><b>抄送：</b>&nbsp;纪要助手</div><div><b>主题：</b>&nbsp;4月13日生产周例会纪要</div></div></div>'
                          '<div>' + L.html_divs(t7409) + '</div>', "GBK")
mid7409 = C.msgid("foxmail", 7409, "jincheng-parts.example.cn", date=dt.datetime(2026, 4, 13, 9, 48, 21))
CASES.append(Case(
    7414, "new-minutes-in-old-thread-foxmail-gbk", "minutes", "B", "Foxmail 7.2 reply (回复：), GBK base64, multipart/alternative with Foxmail quote block",
    C.mail("foxmail", org="B", num=7414, frm=P("杜海"),
           to=[P("王建军"), P("刘金柱"), P("孙慧敏"), P("王磊"), P("赵春燕"), P("马振江"), P("陈淑芬")], cc=[BOT],
           subject="回复：4月13日生产周例会纪要", date=dt.datetime(2026, 5, 18, 10, 12, 7),
           plain=plain7414, html=html7414, charset="GBK", cte="base64", in_reply_to=mid7409, references=mid7409,
           via=("DESKTOP-DUHAI", "111.30.22.75")),
    items=[
        I("刘金柱", "编制6月份排产计划报王总", ("2026-05-22", None, "abs:2026-05-22")),
        I("马振江", "提交仓库货架改造报价（至少两家比价）", ("2026-05-27", None, "nextwk:Wed")),
        I("陈淑芬", "核对4月份外协加工费", ("2026-05-31", None, "month_end")),
        I("王磊", "CK-30曲柄量产图纸定版", None, ["no_due"]),
    ],
    nf=("2026-05-25", "08:00", "abs:2026-05-25 08:00|nextwk:Mon 08:00"),
    notes=("New weekly minutes written as a '回复：' in the April thread (In-Reply-To = case 7409), sent Mon 2026-05-18. Only the new "
           "text above Foxmail's 发件人：/发送时间： block counts; the quoted 4月13日 minutes (with their own items and 下次例会) are "
           "history. It is still kind minutes, not a reply to a recap. Items: 刘厂长 = 刘金柱 05-22; 仓储主管马振江 '下周三' -> "
           "05-27; 财务陈淑芬 '本月底前' -> 05-31; 王工 = 王磊 with no deadline at all -> no_due. 一、上周完成情况 is a report. "
           "下次例会 '下周一（5月25日）早8点' -> 2026-05-25 08:00."),
    summary="4 items; 05-22, 05-27, 05-31, no_due; next 05-25 08:00",
    tests="new minutes as a reply in an old thread over a quoted earlier minutes; item with no deadline; 下周三 from a Monday"))

# ---------------------------------------------------------------------------
# 7415  HTML-only (企业微信 mail), items wrapped over two lines, 王总牵头, day and time on two lines
# ---------------------------------------------------------------------------
h7415 = """<div>各位领导、同事：</div><div><br></div>
<div>今天下午Velora Q3订单评审会纪要如下：</div><div><br></div>
<div><b>一、评审结论</b></div>
<div>Q3预计订单量花鼓6.5万只、曲柄2.2万套，按现有产能可以覆盖，8月需安排加班。</div><div><br></div>
<div><b>二、待办事项</b></div>
<div>1. 与Velora确认Q3框架协议价格调整幅度，并同步财务部更新报价<br>&nbsp;&nbsp;&nbsp;模板（王总牵头，李婷配合，节后第一个工作日）</div>
<div>2. 核算铝材涨价对HB-220毛利的影响，出测算表（陈淑芬，<br>&nbsp;&nbsp;&nbsp;3个工作日内）</div>
<div>3. 8月加班排产初步方案（刘厂长，6月30日前）</div>
<div>4. Velora验厂资料包更新，包括营业执照、ISO9001证书<br>&nbsp;&nbsp;&nbsp;和社会责任审核报告（张雨，下周二）</div><div><br></div>
<div><b>三、下次评审</b></div>
<div>6月24日（周三）</div>
<div>时间：14:30，地点：二楼会议室</div><div><br></div>
<div>张雨</div><div>外贸部 | 天津津骋自行车配件有限公司</div>"""
CASES.append(Case(
    7415, "wrapped-items-html-only-wecom", "minutes", "B", "企业微信 (WeCom) mail on Exmail, HTML only, UTF-8 quoted-printable",
    C.mail("wecom", org="B", num=7415, frm=P("张雨"), to=[P("王建军"), P("李婷"), P("陈淑芬"), P("刘金柱")], cc=[BOT],
           subject="Velora Q3订单评审会纪要", date=dt.datetime(2026, 6, 18, 16, 5, 27),
           html=C.html_exmail(h7415, "utf-8"), charset="utf-8", cte="quoted-printable",
           via=("[111.30.22.93]", "111.30.22.93")),
    items=[
        I("王建军", "与Velora确认Q3框架协议价格调整幅度，并同步财务部更新报价模板",
          ("2026-06-22", None, "after:Dragon Boat Festival")),
        I("陈淑芬", "核算铝材涨价对HB-220毛利的影响，出测算表", ("2026-06-24", None, "wdays:3")),
        I("刘金柱", "8月加班排产初步方案", ("2026-06-30", None, "abs:2026-06-30")),
        I("张雨", "Velora验厂资料包更新（营业执照、ISO9001证书和社会责任审核报告）", ("2026-06-23", None, "nextwk:Tue")),
    ],
    nf=("2026-06-24", "14:30", "abs:2026-06-24 14:30|nextwk:Wed 14:30"),
    notes=("HTML-only mail (no text/plain part) sent Thu 2026-06-18 16:05, the last working day before Dragon Boat (06-19..06-21 off). "
           "Items 1, 2 and 4 wrap over two lines with <br>, so the owner/deadline bracket sits on the second line. 1: '王总牵头，李婷配合' "
           "-> owner 王建军 only; '节后第一个工作日' -> Mon 06-22. 2: 陈淑芬 '3个工作日内' -> 06-22 (1), 06-23 (2), 06-24 (3). 3: 刘厂长 "
           "= 刘金柱, 06-30. 4: 张雨 '下周二' -> 06-23. 一、评审结论 is a decision. 下次评审: the date '6月24日（周三）' on one line, "
           "'时间：14:30' on the next -> 2026-06-24 14:30."),
    summary="4 items; 06-22, 06-24, 06-30, 06-23; next 06-24 14:30",
    tests="HTML-only body, items wrapped over two lines, 牵头/配合, holiday-spanning 工作日 count, next meeting date and time on separate lines"))

# ---------------------------------------------------------------------------
# 7416  auto: delivery failure of a bot recap (Exmail multipart/report)
# ---------------------------------------------------------------------------
def _bounce7416():
    num = 7416
    notice = """您好，很抱歉，您发送的邮件未能成功投递给以下收件人：

jsb@hengtong-steel.example.cn

原因：收件人地址不存在（550 5.1.1 User unknown）。
请核实收件人地址后重新发送。

This is the mail system at host mx1.exmail.qq.com.
I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<jsb@hengtong-steel.example.cn>: host mx.hengtong-steel.example.cn[203.0.113.58] said:
    550 5.1.1 <jsb@hengtong-steel.example.cn>: Recipient address rejected: User unknown
"""
    status = """Reporting-MTA: dns; mx1.exmail.qq.com
Arrival-Date: Fri, 22 May 2026 18:03:10 +0800

Final-Recipient: rfc822; jsb@hengtong-steel.example.cn
Original-Recipient: rfc822;jsb@hengtong-steel.example.cn
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.hengtong-steel.example.cn
Diagnostic-Code: smtp; 550 5.1.1 <jsb@hengtong-steel.example.cn>: Recipient
    address rejected: User unknown
"""
    orig = """Return-Path: <minutes@jincheng-parts.example.cn>
From: =?utf-8?B?57qq6KaB5Yqp5omL?= <minutes@jincheng-parts.example.cn>
To: =?utf-8?B?5Y2i5bu65Y2O?= <lujianhua@hengtong-steel.example.cn>,
 =?utf-8?B?5oGS6YCa5oqA5pyv6YOo?= <jsb@hengtong-steel.example.cn>
Subject: =?utf-8?B?44CQ57qq6KaB56Gu6K6k44CRNeaciDIx5pel6LS15Y+45p2l6K6/5Lqk?=
 =?utf-8?B?5rWB57qq6KaB?=
Date: Fri, 22 May 2026 18:03:08 +0800
Message-ID: <mb.5c2e81f0a97d4b36.recap@jincheng-parts.example.cn>
Auto-Submitted: auto-generated
"""
    b = "%s.%s/mx1.exmail.qq.com" % (L.hexid_upper("bn%s" % num, 10), 1779444190)
    p1 = L.text_part(notice, "plain", "utf-8", "base64", extra_headers=["Content-Description: Notification"])
    p2 = ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status).encode("ascii")
    p3 = ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n"
          "Content-Transfer-Encoding: 7bit\n\n" + orig).encode("ascii")
    ct, body = L.multipart("report", b, [p1, p2, p3], preamble="This is a MIME-encapsulated message.",
                           params=" report-type=delivery-status;")
    heads = L.server_headers("", C.BOTS["B"], [
        "Received: by mx1.exmail.qq.com (NewMx)\n\tid 4FQ2A9C13B7; Fri, 22 May 2026 18:03:11 +0800 (CST)"])
    heads += ["Date: Fri, 22 May 2026 18:03:11 +0800 (CST)",
              "From: MAILER-DAEMON@exmail.qq.com (Mail Delivery System)",
              L.enc_header("Subject", "退信：【纪要确认】5月21日贵司来访交流纪要", "utf-8", "B"),
              "To: minutes@jincheng-parts.example.cn", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
              "Message-Id: <20260522100311.4FQ2A9C13B7@exmail.qq.com>"]
    return L.assemble(heads, ct, body)


CASES.append(Case(
    7416, "auto-bounce-exmail-report", "auto", "B", "Exmail MTA delivery-status notification (multipart/report), Return-Path <>",
    _bounce7416(), items=[], nf=None,
    notes=("Delivery failure for the bot's recap of case 7417, sent to a supplier department address that does not exist. "
           "multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>, Auto-Submitted: auto-replied. "
           "The Chinese notice and the returned headers mention 纪要/确认 and dates -> kind auto, no items; the bot never answers it."),
    summary="auto: no items",
    tests="DSN bounce of a bot recap with Chinese notice text"))

# ---------------------------------------------------------------------------
# 7417  minutes written by the supplier (网易企业邮 webmail, GBK)
# ---------------------------------------------------------------------------
t7417 = """赵主管、孙经理：

感谢贵司5月21日来沧州工厂交流。现将会谈内容整理如下，请确认：

一、交流内容
1. 我司通报了轧制设备检修进度，5月19日已恢复生产，推迟批次已于5月20日发出。
2. 贵司反馈4月批次铬钼钢管有2%壁厚偏差超差。

二、后续事项
1. 我司（卢建华）提供该批次材质证明及第三方检测报告，5月28日前发送。
2. 贵司赵主管确认6月订单数量及规格，月底前回复。
3. 贵司品质部提供退货批次不良样件，尽快寄回我司。
4. 双方技术人员6月上旬到我司进行壁厚控制工艺联合评审。

具体评审时间待定，另行约定。

如有不妥请指正。

卢建华
沧州恒通钢管有限公司  销售部
电话：0317-5582316  手机：13803179526
"""
CASES.append(Case(
    7417, "supplier-written-minutes-netease-gbk", "minutes", "B", "网易企业邮箱 webmail (Coremail), GBK base64, multipart/alternative",
    C.mail("netease", org="B", num=7417, frm=P("卢建华"), to=[P("赵春燕"), P("孙慧敏")],
           cc=[P("王磊"), ("恒通技术部", "jsb@hengtong-steel.example.cn"), BOT],
           subject="5月21日贵司来访交流纪要", date=dt.datetime(2026, 5, 22, 17, 48, 3),
           plain=t7417, html=C.html_coremail(L.html_divs(t7417), "GBK"), charset="GBK", cte="base64",
           date_style="cst", via=("mail-m121141.qiye.163.com", "115.236.121.141")),
    items=[
        I("卢建华", "提供该批次材质证明及第三方检测报告", ("2026-05-28", None, "abs:2026-05-28")),
        I("赵春燕", "确认6月订单数量及规格", ("2026-05-31", None, "month_end")),
        I(None, "提供退货批次不良样件", None, ["no_owner", "vague_due"], dept="品质部"),
        I(None, "壁厚控制工艺联合评审", None, ["no_owner", "vague_due"]),
    ],
    nf=None,
    notes=("Minutes written by the supplier (From 卢建华, outside the company, in the roster as an outsider who writes) on Fri "
           "2026-05-22. Item 1 is the supplier's own task: owner 卢建华 (department null), 05-28. Item 2 '贵司赵主管' = 赵春燕, "
           "'月底前' -> 05-31. Item 3 names only '贵司品质部' (our 品质部) -> owner null, department 品质部, '尽快' -> [no_owner, "
           "vague_due]. Item 4 '双方技术人员' is nobody in particular and '6月上旬' a period -> [no_owner, vague_due], department null "
           "(AMBIGUOUS: it is also a future joint review, but with no date it is no next_followup). 一、交流内容 are facts. "
           "'具体评审时间待定' -> no follow-up."),
    summary="4 items (supplier owner, 2 no_owner vague); 05-28, 05-31, vague, vague; no follow-up",
    tests="minutes written by an outsider: their own item, '贵司X' owners, 双方 + 6月上旬"))

# ---------------------------------------------------------------------------
# 7418  minutes as a .docx attachment, short body (Exmail web)
# ---------------------------------------------------------------------------
docx7418 = X.make_docx([
    ("title", "5月质量月度会会议纪要"),
    ("p", "时间：2026年5月29日（周五）14:00-15:30"),
    ("p", "地点：品质部会议室"),
    ("p", "主持：孙慧敏    记录：田野"),
    ("p", "参加：王建军、刘金柱、王磊、赵春燕、杜海、孙慧敏、田野"),
    ("h", "一、5月质量指标回顾"),
    ("p", "5月来料批次合格率97.6%，制程不良率0.82%，客诉4起（其中Velora 2起），均较4月有所改善。"),
    ("h", "二、问题及措施"),
    ("table", [
        ["序号", "问题", "措施", "责任人", "完成时间", "状态"],
        ["1", "PD-12踏板轴芯断裂", "更换热处理外协厂并完成首批验证", "赵春燕", "6月15日", "进行中"],
        ["2", "CK-30曲柄异响", "修订装配扭矩作业指导书", "杜海", "6月3日前", "未开始"],
        ["3", "HB-220花鼓渗油", "出具密封圈选型对比报告", "王工", "下周五", "未开始"],
        ["4", "客诉管理", "建立客诉台账，6月起按月发布", "田野", "6月5日前", "未开始"],
        ["5", "6204轴承游隙超差", "供应商补发合格品", "孙慧敏", "5月15日", "已关闭"],
    ]),
    ("h", "三、下次会议"),
    ("p", "6月质量月度会：6月26日（周五）下午2点，品质部会议室。"),
], "孙慧敏", dt.datetime(2026, 5, 29, 17, 20, 0))
t7418 = """各位：

5月质量月度会纪要见附件，请查收，有问题今天内反馈。

孙慧敏
品质部
"""
CASES.append(Case(
    7418, "docx-attachment-quality-monthly-exmail", "minutes", "B", "Tencent Exmail webmail, gb18030 base64 body + .docx attachment (multipart/mixed)",
    C.mail("exmail", org="B", num=7418, frm=P("孙慧敏"),
           to=[P("王建军"), P("刘金柱"), P("王磊"), P("赵春燕"), P("杜海"), P("田野")], cc=[BOT],
           subject="5月质量月度会纪要", date=dt.datetime(2026, 5, 29, 17, 31, 40),
           plain=t7418, html=C.html_exmail(L.html_divs(t7418), "gb18030"), charset="gb18030", cte="base64",
           attachments=[("5月质量月度会纪要.docx",
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx7418)],
           via=("[111.30.22.86]", "111.30.22.86")),
    items=[
        I("赵春燕", "更换热处理外协厂并完成首批验证", ("2026-06-15", None, "abs:2026-06-15")),
        I("杜海", "修订装配扭矩作业指导书", ("2026-06-03", None, "abs:2026-06-03")),
        I("王磊", "出具密封圈选型对比报告", ("2026-06-05", None, "nextwk:Fri")),
        I("田野", "建立客诉台账，6月起按月发布", ("2026-06-05", None, "abs:2026-06-05")),
    ],
    nf=("2026-06-26", "14:00", "abs:2026-06-26 14:00"),
    notes=("The minutes are only in the attached 5月质量月度会纪要.docx (a real OOXML file); the body just says '见附件'. Sent Fri "
           "2026-05-29. From the docx table 二、问题及措施: row 1 赵春燕 06-15; row 2 杜海 '6月3日前' -> 06-03; row 3 王工 = 王磊, "
           "'下周五' -> 06-05; row 4 田野 '6月5日前' -> 06-05 (the '按月发布' part is the habit that follows, one item); row 5 is "
           "已关闭 -> not an item. 一、质量指标回顾 is a report. 三、下次会议 '6月26日（周五）下午2点' -> 2026-06-26 14:00. The body's "
           "'有问题今天内反馈' is an invitation to object, not an item."),
    summary="4 items from the .docx; 06-15, 06-03, 06-05, 06-05; next 06-26 14:00",
    tests="minutes only in a .docx attachment with a table, closed row, 下周五, next meeting inside the attachment"))
