"""Organisation B: 威海海岳轮胎有限公司 (private tyre maker, Weihai)."""
import io, html as H
from lib32 import *   # noqa

MX = 'mx.haiyue-tyre.example.cn'

def exmail_extra(mid_host='qq.com'):
    return [('X-QQ-mid', 'bizesmtp27t1744021200tqk3m2xa'), ('X-QQ-SSF', '00400000000000F0'),
            ('X-QQ-GoodBg', '0'), ('X-BIZMAIL-ID', '8512937440651203361'), ('MIME-Version', '1.0')]

def register(M):
    T, I, p, case, hdrs, bot = M.T, M.I, M.p, M.case, M.hdrs, M.BOT['B']
    P_ = lambda n: M.P[n][1]
    def tr(frm, sent, helo, ip, qid, delay=4):
        return trace(frm, bot[1], sent, helo, ip, MX, qid, delay)
    exmail_rcv = 'smtpbguseast2.qq.com smtpbguseast2.qq.com'

    # ---------------------------------------------------------------- 6008
    sent = T(2026, 4, 7, 17, 20, 9)
    body = """于总、各位：

今天是节后第一天，调度会内容按人整理如下：

【于总】
4月份子午胎排产目标定为12.5万条，较3月增加8%，各车间按此分解。

【丛丽】
① 4月10日前完成3号、5号硫化机排产调整方案；
② 周四前上报节日期间停机设备的开机点检记录。

【孙晓雯（质量部）】
本周五前复核0403批次胎面胶门尼粘度数据，异常批次单独标识隔离。

【仓储主管隋志远】
明天下午3点前清点成品库滞销规格库存，
并把清单发销售部宫经理。

【谷工】
4号密炼机主电机轴承异响，尽快安排停机检修。

【林总工】
本月下旬组织新配方小试评审。

下次调度会：4月14日（周二）下午4:30，生产楼二楼会议室。

丛丽
生产部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
            '<div style="font-family:微软雅黑;font-size:10.5pt">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '----=_NextPart_69D4D0F1_0A1B3C58_2E9F4A71'
    mime = multi('alternative', b, [text(body, 'gb18030', 'base64'), text(html, 'gb18030', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    to = [p('于海波'), p('孙晓雯'), p('隋志远'), p('谷振宇'), p('林涛')]
    h = hdrs(p('丛丽'), to, [p('宫敏'), bot], '4月7日生产调度会纪要（节后第一天）', sent,
             '<tencent_6F1A2B0E9C3D4E5F8A7B6C5D4E3F2A1B0C08@qq.com>', cs='gb18030', quote=True,
             extra_after=[('X-Mailer', 'QQMail 2.x')] + exmail_extra())
    raw = message(tr(P_('丛丽'), sent, exmail_rcv, '43.154.221.58', '4fF3b07pRWz8'), h, mime)
    case(6008, 'grouped-by-person-exmail-gb18030', 'minutes', sent, raw, [
        I('丛丽', '完成3号、5号硫化机排产调整方案', '2026-04-10', rule=('md', 4, 10)),
        I('丛丽', '上报节日期间停机设备的开机点检记录', '2026-04-09', rule=('wd', 3)),
        I('孙晓雯', '复核0403批次胎面胶门尼粘度数据，异常批次单独标识隔离', '2026-04-10', rule=('this', 4)),
        I('隋志远', '清点成品库滞销规格库存并把清单发销售部', '2026-04-08', '15:00', rule=('rel', 1, '15:00')),
        I('谷振宇', '安排4号密炼机停机检修', None, flags=['vague_due']),
        I('林涛', '组织新配方小试评审', None, flags=['vague_due']),
    ], {'date': '2026-04-14', 'time': '16:30'}, ('md', 4, 14, '16:30'),
        notes="Exmail (QQ企业邮) gb18030 base64, minutes grouped by person under 【name】 headings. Sent Tue 2026-04-07, first working day after Qingming. 【于总】 holds a production target (a decision), no item. 【丛丽】 ①② are two items: 4月10日前 -> 04-10; 周四前 -> Thu 04-09. 孙晓雯 本周五前 -> 04-10. 【仓储主管隋志远】 owner with a role title; the task wraps over two lines ('…库存，/并把清单发销售部宫经理') and is one item; 明天下午3点前 -> 2026-04-08 15:00 (宫经理 is the recipient, not an owner). 【谷工】 = 谷振宇, 尽快 -> vague_due. 【林总工】 = 林涛, 本月下旬 is a vague period -> vague_due. 下次调度会 4月14日（周二）下午4:30 -> 2026-04-14 16:30.",
        summary='6 items (2 vague); next 04-14 16:30',
        tests='grouped by person, ①② under one owner, role-title owner, wrapped item, 明天下午3点前, 本月下旬 vague, gb18030')

    # ---------------------------------------------------------------- 6009
    sent = T(2026, 4, 16, 11, 2, 47)
    todo = [('联系琼岛橡胶确认5月天然橡胶到货计划', '鞠娜', '2026-04-20'),
            ('提供STR20替代胶的来料检测标准', '孙晓雯', '4月23日'),
            ('确认新配方小试所需胶料用量', '未指定', '—'),
            ('更新二季度原材料成本预测表', '初国栋', '下周三')]
    trs = ''.join('<tr><td style="padding:6px 8px;border-bottom:1px solid #eee">%d. %s</td><td style="padding:6px 8px;border-bottom:1px solid #eee">%s</td>'
                  '<td style="padding:6px 8px;border-bottom:1px solid #eee">%s</td></tr>\n' % (i + 1, H.escape(a), H.escape(b_), H.escape(c))
                  for i, (a, b_, c) in enumerate(todo))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AI听记</title></head>
<body style="margin:0;background:#f5f6f7"><div style="max-width:680px;margin:0 auto;background:#fff;font-family:PingFang SC,Microsoft YaHei,sans-serif;font-size:14px;color:#171a1d">
<div style="padding:16px 24px;background:#1677ff;color:#fff;font-size:16px">初国栋 分享了钉钉闪记「天然橡胶采购策略周会」</div>
<div style="padding:16px 24px">
<p><b>会议主题：</b>天然橡胶采购策略周会<br><b>会议时间：</b>2026-04-16 10:00-10:55<br><b>参会人：</b>初国栋、鞠娜、孙晓雯、宫敏</p>
<h3 style="font-size:15px">智能摘要</h3>
<p>会议讨论了5月天然橡胶采购量、STR20替代胶试用和二季度成本预测。初国栋认为天然橡胶价格短期仍有上行压力，建议5月锁定60%用量。鞠娜将在4月20日前与琼岛橡胶确认到货计划；孙晓雯提出替代胶需先明确来料检测标准；宫敏反馈下游客户对价格调整接受度有限。</p>
<h3 style="font-size:15px">章节速览</h3>
<p>00:01 5月天然橡胶采购量与锁价比例<br>00:18 STR20替代胶试用安排<br>00:37 二季度原材料成本预测</p>
<h3 style="font-size:15px">待办事项</h3>
<table style="border-collapse:collapse;width:100%">
<tr style="color:#888"><td style="padding:6px 8px">待办</td><td style="padding:6px 8px">负责人</td><td style="padding:6px 8px">截止时间</td></tr>
""" + trs + """</table>
<h3 style="font-size:15px">发言人观点</h3>
<p><b>初国栋：</b>5月先锁60%，剩余部分看月中行情再定。<br><b>宫敏：</b>价格传导要分客户分批做，不能一刀切。</p>
<p style="color:#999;font-size:12px">以上内容由AI生成，仅供参考。<a href="https://shanji.dingtalk.example.com/s/7fK2pQ">查看完整闪记</a></p>
</div></div></body></html>
"""
    mime = text(html, 'utf-8', 'base64', 'html')
    to = [p('鞠娜'), p('孙晓雯'), p('宫敏')]
    h = hdrs(p('初国栋'), to, [bot], '【AI听记】天然橡胶采购策略周会 纪要', sent,
             '<a7b3c2d1-5e4f-4a6b-8c9d-0e1f2a3b4c5d.1776308567.mail.dingtalk.com>',
             extra_after=[('MIME-Version', '1.0'), ('X-Mailer', 'DingTalk Mail'),
                          ('X-Alimail-AntiSpam', 'AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037026112;MF=chugd@haiyue-tyre.example.cn;NM=1;PH=DS;RN=5;SR=0')])
    raw = message(tr(P_('初国栋'), sent, 'out30-112.freemail.mail.aliyun.com out30-112.freemail.mail.aliyun.com', '115.124.30.112', '4fGb3x1Jm6z2'), h, mime)
    case(6009, 'dingtalk-ai-minutes-html-only', 'minutes', sent, raw, [
        I('鞠娜', '联系琼岛橡胶确认5月天然橡胶到货计划', '2026-04-20', rule=('md', 4, 20)),
        I('孙晓雯', '提供STR20替代胶的来料检测标准', '2026-04-23', rule=('md', 4, 23)),
        I(None, '确认新配方小试所需胶料用量', None, flags=['no_owner', 'no_due']),
        I('初国栋', '更新二季度原材料成本预测表', '2026-04-22', rule=('next', 2)),
    ], None, None,
        notes="DingTalk (钉钉闪记) AI minutes mailed as single-part text/html (no plain part). Only the 待办事项 table counts: the 智能摘要 restates 鞠娜's task with a date and the 发言人观点/章节速览 are not items. Sent Thu 2026-04-16. 1 2026-04-20. 2 4月23日 -> 04-23. 3 负责人 '未指定' and 截止 '—' -> owner null, [no_owner, no_due]. 4 下周三 -> 2026-04-22. No next meeting.",
        summary='4 items (1 no_owner+no_due); next null',
        tests='钉钉 AI 纪要: only 待办 counts, summary restating items, 未指定 owner, html-only')

    # ---------------------------------------------------------------- 6010
    sent = T(2026, 4, 29, 16, 45, 51)
    body = """初经理、符经理：

今天和琼岛橡胶电话沟通了5月到货延迟的事，跟进表如下：

外部沟通跟进表
沟通编号：EC2026-04-29
沟通日期：2026-04-29
对方单位/联系人：琼岛橡胶贸易有限公司/符小琴（符经理）
我方对接人：采购部/鞠娜
沟通类型（客户/供应商/合作方）：供应商
核心需求/反馈：受海南产区降雨影响，原定5月上旬到港的SCR10批次预计推迟约一周；对方希望我方节前确认二季度剩余订单量。
解决方案/进展：①我方节前（4月30日前）确认二季度剩余订单量（鞠娜）；②符经理节后第一个工作日提供新的船期表及仓单；③质量部孙晓雯5月8日前完成替代批次SCR10样品检测。
下次沟通时间：5月9日（周六，调休上班）上午10:00
负责人：鞠娜

祝节日快乐！

鞠娜
采购部 | 威海海岳轮胎有限公司
Tel: 0631-5896612
"""
    html = html_from_text(body, '宋体').replace('charset=utf-8', 'charset=GBK')
    b = '----=_001_NextPart356170318462_=----'
    mime = multi('alternative', b, [text(body, 'GBK', 'base64'), text(html, 'GBK', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    h = hdrs(p('鞠娜'), [p('初国栋'), p('符小琴')], [p('孙晓雯'), bot], '外部沟通跟进表-琼岛橡胶（EC2026-04-29）', sent,
             '<202604291645512238815@haiyue-tyre.example.cn>', cs='GBK',
             extra_after=[('X-Priority', '3'), ('X-GUID', 'A3C1E2F4-7B8D-4E9A-B0C1-D2E3F4A5B6C7'),
                          ('X-Has-Attach', 'no'), ('X-Mailer', 'Foxmail 7.2.25.375[cn]'), ('Mime-Version', '1.0')])
    raw = message(tr(P_('鞠娜'), sent, 'JUNA-PC', '192.168.10.44', '4fHk8F0Zs1z3'), h, mime, crlf=True)
    case(6010, 'ec-supplier-followup-foxmail-gbk-mayday', 'minutes', sent, raw, [
        I('鞠娜', '确认二季度剩余订单量', '2026-04-30', rule=('md', 4, 30)),
        I('符小琴', '提供新的船期表及仓单', '2026-05-06', rule=('after_holiday',)),
        I('孙晓雯', '完成替代批次SCR10样品检测', '2026-05-08', rule=('md', 5, 8)),
    ], {'date': '2026-05-09', 'time': '10:00'}, ('md', 5, 9, '10:00'),
        notes="Seed 外部沟通跟进表 (supplier) as key：value lines, Foxmail GBK base64. Sent Wed 2026-04-29, before Labour Day (May 1-5 off, make-up Sat May 9). ① '节前（4月30日前）…（鞠娜）' -> 鞠娜 04-30. ② 符经理 = 符小琴 (outsider in the roster, also in To) -> 节后第一个工作日 = Wed 2026-05-06. ③ 质量部孙晓雯 -> 05-08. 核心需求/反馈 (the supplier's delay and wish) is not an item; the row's 负责人 鞠娜 does not add items. 下次沟通时间 5月9日（周六，调休上班）上午10:00 -> 2026-05-09 10:00.",
        summary='3 items (1 external owner); next 05-09 10:00 (make-up Saturday)',
        tests='seed 外部沟通跟进表 key-value, ①②③ with owners, 节后第一个工作日 after Labour Day, next meeting on make-up Saturday, GBK')

    # ---------------------------------------------------------------- 6011
    sent = T(2026, 6, 1, 9, 30, 14, off=2)
    body = """Hi Kevin, hi Grace,

thanks for the call this morning. My notes below, shout if I missed anything.

Attendees: Grace Gong, Kevin Jiang, Bi Chenggang (Haiyue); Markus Weber, Julia Brandt (TyreHub)

Discussion
- Q3 all-season volumes: TyreHub confirms 18 x 40' HC for Jul-Sep.
- EU tyre label: wet-grip grading for HY-A7 still pending the test report.
- Payment terms stay at 30% T/T in advance, 70% against B/L copy.

Action items
AI: Kevin - send the updated FOB price list incl. the 1.5% steel surcharge by Friday
AI: Markus - confirm the container booking for the July shipment by Jun 10
AI: Bi Chenggang - share the EU label wet-grip test report EOD
AI: Both sides - align on the winter tyre forecast, ASAP
AI: Julia - send the revised packing instructions by next Wednesday

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best,
Markus

--
Markus Weber | Category Manager Tyres | TyreHub GmbH
Königsallee 60, 40212 Düsseldorf
"""
    import re
    hbody = H.escape(body).replace('\n', '<br>\n')
    html = '<div dir="ltr">' + hbody + '</div>\n'
    b = '0000000000004a1e3c0646b0c2d7'
    mime = multi('alternative', b, [text(body, 'UTF-8', 'quoted-printable'), text(html, 'UTF-8', 'quoted-printable', 'html')])
    to = [p('姜伟', 'Kevin Jiang'), p('宫敏', 'Grace Gong')]
    cc = [p('毕成刚', 'Bi Chenggang'), ('Julia Brandt', 'julia.brandt@tyrehub.example.de'), ('Haiyue Minutes', bot[1])]
    h = [('MIME-Version', '1.0')] + hdrs(p('Markus Weber'), to, cc, 'Minutes - Haiyue / TyreHub monthly call (June 1)', sent,
             '<CAF3kq+Vd9rW2m8TzXc1n0bQ4Lp6s_Hy7eJu5aGt-oR1iKx2wNg@mail.gmail.com>')
    raw = message(trace(P_('Markus Weber'), bot[1], sent, 'mail-ej1-f54.google.com mail-ej1-f54.google.com', '209.85.218.54', MX, '4fTl2s0Pq8z1', 6), h, mime)
    case(6011, 'english-ai-lines-gmail-cest', 'minutes', sent, raw, [
        I('姜伟', 'send the updated FOB price list incl. the 1.5% steel surcharge', '2026-06-05', rule=('wd', 4)),
        I('Markus Weber', 'confirm the container booking for the July shipment', '2026-06-10', rule=('md', 6, 10)),
        I('毕成刚', 'share the EU label wet-grip test report', '2026-06-01', rule=('rel', 0)),
        I(None, 'align on the winter tyre forecast', None, flags=['no_owner', 'vague_due']),
        I('Julia Brandt', 'send the revised packing instructions', '2026-06-10', email='julia.brandt@tyrehub.example.de', rule=('next', 2)),
    ], {'date': '2026-06-09', 'time': '16:00'}, ('md', 6, 9, '16:00'),
        notes="English minutes written by the German customer in Gmail (UTF-8 QP for the umlauts), Date Mon 2026-06-01 09:30 +0200 = 15:30 Shanghai, same day. 'AI: name - task deadline' lines. Kevin = 姜伟 (roster alias), by Friday -> 06-05. Markus Weber (outsider in roster) by Jun 10 -> 06-10. Bi Chenggang = 毕成刚, EOD -> send date 06-01, no time. 'Both sides' is no one person -> [no_owner, vague_due] (ASAP). Julia = Julia Brandt, not in the roster, address from the Cc display name, department null; by next Wednesday -> 2026-06-10. Discussion bullets are facts/decisions. 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 Shanghai time.",
        summary='5 items (1 no_owner vague, 2 external owners); next 06-09 16:00',
        tests='English AI: lines, +0200 Date, EOD, Both sides, Cc-only external owner, CEST next sync with Beijing time')

    # ---------------------------------------------------------------- 6012
    sent = T(2026, 5, 20, 15, 10, 37)
    rows = [('序号', '问题/事项', '责任人', '完成时间', '状态'),
            ('1', '2号成型机夜班工艺纪律复查', '主责：丛丽 配合：孙晓雯', '5/22', '进行中'),
            ('2', '帘布库房加装除湿机', '主责：谷振宇 配合：隋志远', '下周一', '未开始'),
            ('3', '胎侧气泡缺陷图谱更新', '孙晓雯', '5个工作日内', '未开始'),
            ('4', '4月投诉批次追溯', '孙晓雯', '5/15', '已关闭'),
            ('5', '确定客户端气泡胎退赔口径', '宫敏', '待定', '未开始')]
    intro = '各位：\n\n今天质量问题协调会的待办见下表（Excel直接贴过来的，格式可能有点乱）。\n会议结论：胎侧气泡主要集中在2号成型机夜班，初步判断与帘布存放湿度有关。\n'
    outro = '\n毕成刚\n质量部 | 威海海岳轮胎有限公司\n'
    ttext = intro + '\n' + '\n'.join('\t'.join(r) for r in rows) + '\n' + outro
    xl = ''.join('<tr height=19 style=\'height:14.25pt\'>%s</tr>\n' % ''.join(
        '<td class=xl6%d style=\'border:.5pt solid windowtext\'%s>%s</td>' % (3 if i == 0 else 5, " x:num" if c.isdigit() else '', H.escape(c)) for c in r)
        for i, r in enumerate(rows))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">' + ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in intro.split('\n')) +
            '<table border=0 cellpadding=0 cellspacing=0 width=560 style=\'border-collapse:collapse;width:420pt\'>\n<!--StartFragment-->\n' + xl +
            '<!--EndFragment-->\n</table>' + ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in outro.split('\n')) + '</div></body></html>\n')
    b = '----=_NextPart_6A0D5C2B_0E4F1A88_5B2C7D19'
    mime = multi('alternative', b, [text(ttext, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    to = [p('丛丽'), p('孙晓雯'), p('谷振宇'), p('隋志远'), p('宫敏')]
    h = hdrs(p('毕成刚'), to, [p('于海波'), bot], '5月20日质量问题协调会纪要（胎侧气泡）', sent,
             '<tencent_3E5C7A9B1D2F4E6A8C0B2D4F6A8C0E2B4D06@qq.com>', quote=True,
             extra_after=[('X-Mailer', 'QQMail 2.x')] + exmail_extra())
    raw = message(tr(P_('毕成刚'), sent, exmail_rcv, '43.154.221.61', '4fLz6W3bNpz1'), h, mime)
    case(6012, 'excel-paste-zhuze-peihe-exmail', 'minutes', sent, raw, [
        I('丛丽', '2号成型机夜班工艺纪律复查', '2026-05-22', rule=('md', 5, 22)),
        I('谷振宇', '帘布库房加装除湿机', '2026-05-25', rule=('next', 0)),
        I('孙晓雯', '胎侧气泡缺陷图谱更新', '2026-05-27', rule=('workdays', 5)),
        I('宫敏', '确定客户端气泡胎退赔口径', None, flags=['vague_due']),
    ], None, None,
        notes="Exmail UTF-8 base64, a table pasted from Excel (HTML with x:num cells; the plain part is tab-separated). Sent Wed 2026-05-20. Row 1 '主责：丛丽 配合：孙晓雯' in one cell -> owner 丛丽 only; 5/22 -> 05-22. Row 2 主责 谷振宇 (隋志远 配合), 下周一 -> 2026-05-25. Row 3 5个工作日内 counted from Thu 05-21: 05-21, 05-22, 05-25, 05-26, 05-27 -> 2026-05-27. Row 4 已关闭 -> not an item. Row 5 待定 -> vague_due. 会议结论 is a finding, not an item. No next meeting.",
        summary='4 items (closed row skipped, 1 vague); next null',
        tests='Excel paste (HTML + tabs), 主责/配合 in one cell, 5/22 and 5个工作日内, 已关闭 row')

    # ---------------------------------------------------------------- 6013
    sent = T(2026, 6, 12, 17, 55, 3)
    body = ("各位好，\n\n今天下午235/55R19新规格开发评审会纪要如下：\n\n"
            "一、评审结论\n  1. 花纹方案B通过评审，进入模具设计阶段。\n  2. 噪音指标按欧标68dB控制。\n\n"
            "二、待办事项\n"
            "  1. 模具图纸外发及开模询价，由谷工负责，下周三前完成并把报价 \n汇总给采购部初经理。\n"
            "  2. 于总牵头，协调生产部在端午节前安排一次硫化工艺试制， \n丛主管配合排产。\n"
            "  3. 室内里程试验方案（含高速、耐久两项），晓雯负责，月底前 \n提交技术中心审核。\n"
            "  4. 与销售部确认首批试销市场，宫经理负责，时间待定。\n\n"
            "三、下次评审会：另行通知。\n\n-- \n林涛\n技术中心 | 威海海岳轮胎有限公司\n")
    mime = text(body, 'UTF-8', '8bit', params='; format=flowed')
    to = [p('谷振宇'), p('于海波'), p('孙晓雯'), p('宫敏')]
    h = [('Message-ID', '<9c2e4b71-3f0a-4d8e-a6b5-1c7d2e9f0a34@haiyue-tyre.example.cn>'), ('Date', rfcdate(sent)),
         ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'zh-CN'),
         ('To', addrs(to)), ('Cc', addrs([p('初国栋'), p('丛丽'), bot])), ('From', addr('林涛', P_('林涛'))),
         ('Subject', ew('新规格235/55R19开发评审会纪要'))]
    raw = message(tr(P_('林涛'), sent, 'LINTAO-WS', '192.168.10.71', '4fSm9T2cXbz5'), h, mime)
    case(6013, 'thunderbird-flowed-wrapped-title-owners', 'minutes', sent, raw, [
        I('谷振宇', '模具图纸外发及开模询价，并把报价汇总给采购部', '2026-06-17', rule=('next', 2)),
        I('于海波', '协调生产部安排一次硫化工艺试制', '2026-06-18', rule=('before_holiday',)),
        I('孙晓雯', '提交室内里程试验方案（含高速、耐久两项）', '2026-06-30', rule=('month_end',)),
        I('宫敏', '与销售部确认首批试销市场', None, flags=['vague_due']),
    ], None, None,
        notes="Thunderbird text/plain UTF-8 8bit format=flowed: items 1-3 wrap onto a second line (the first line ends in a space = flowed soft break), and the owner and date sit in the middle of the sentence. Sent Fri 2026-06-12. 1 谷工 = 谷振宇, 下周三前 -> 2026-06-17 (初经理 receives the quotes, not an owner). 2 于总牵头 -> 于海波; 丛主管配合 is not an owner; 端午节前 = the last working day before the Dragon Boat block (Jun 19-21) = Thu 2026-06-18. 3 晓雯 = 孙晓雯, 月底前 -> 06-30. 4 宫经理 = 宫敏, 时间待定 -> vague_due. 一、评审结论 are decisions. '下次评审会：另行通知' -> next_followup null.",
        summary='4 items (1 vague); next null (另行通知)',
        tests='format=flowed wrapped items, title aliases 谷工/于总/晓雯/宫经理, 牵头/配合, 端午节前 = last workday before holiday')

    # ---------------------------------------------------------------- 6014
    sent = T(2026, 5, 9, 11, 40, 22)
    body = """各位：

今天（5月9日，调休工作日）上午召开安全与6S专项会议，纪要如下：

1. 硫化车间通道占用问题：由生产部丛丽负责清理，下周一前完成。
2. 新员工三级安全教育补课：人事行政部组织，2个工作日内完成。
3. 仓库叉车年检：隋志远负责联系特检院，5月15日前。
4. 6S检查评分表修订（曲晓东），下周五前发各车间。

下次会议时间：5月15日（周五）
下午4:00，二楼培训室

曲晓东
人事行政部
"""
    html = ('<html><head><meta charset="UTF-8"></head><body><div style="font-family:微软雅黑;font-size:14px;line-height:1.6">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '----=ALIBOUNDARY_71266_7f3d2c40b700_6a1e6b22_7c4b1'
    mime = multi('alternative', b, [text(body, 'UTF-8', 'base64'), text(html, 'UTF-8', 'base64', 'html')])
    to = [p('丛丽'), p('隋志远'), p('于海波'), p('谷振宇')]
    h = hdrs(p('曲晓东'), to, [bot], '5月9日安全与6S专项会议纪要', sent,
             '<9f3a1c22-6d0e-4b5a-8f71-2c9e0a4d7b13.1778298022.mail.dingtalk.com>', quote=True,
             extra_after=[('MIME-Version', '1.0'), ('X-Mailer', 'DingTalk Mail'), ('X-Priority', '3')])
    raw = message(tr(P_('曲晓东'), sent, 'out30-97.freemail.mail.aliyun.com out30-97.freemail.mail.aliyun.com', '115.124.30.97', '4fKp5D0Vr7z8'), h, mime)
    case(6014, 'dingtalk-mail-makeup-saturday-split-next', 'minutes', sent, raw, [
        I('丛丽', '清理硫化车间通道占用', '2026-05-11', rule=('next', 0)),
        I(None, '组织新员工三级安全教育补课', '2026-05-12', flags=['no_owner'], dept='人事行政部', rule=('workdays', 2)),
        I('隋志远', '联系特检院完成仓库叉车年检', '2026-05-15', rule=('md', 5, 15)),
        I('曲晓东', '修订6S检查评分表并发各车间', '2026-05-15', rule=('next', 4)),
    ], {'date': '2026-05-15', 'time': '16:00'}, ('md', 5, 15, '16:00'),
        notes="DingTalk mail (Alimail) UTF-8 base64, sent on Sat 2026-05-09, the make-up working day. 1 下周一前 from a Saturday: 下周 is the calendar week after the week of May 4 -> Mon 2026-05-11. 2 only a unit (人事行政部, one of ours) -> no_owner, department 人事行政部; 2个工作日内 counted from Sun 05-10 (off): 05-11, 05-12 -> 2026-05-12. 3 05-15. 4 '（曲晓东）' in brackets after the task names the owner; 下周五前 -> 2026-05-15. The next meeting is split over two lines: '下次会议时间：5月15日（周五）' then '下午4:00，二楼培训室' -> 2026-05-15 16:00.",
        summary='4 items (1 unit-only); next 05-15 16:00',
        tests='make-up Saturday send with 下周一/下周五/2个工作日内; day and time of next meeting on two lines; DingTalk mail')

    # ---------------------------------------------------------------- 6034
    import docx
    from docx.shared import Pt
    dd = docx.Document()
    cp = dd.core_properties
    import datetime as _dt
    cp.created = cp.modified = _dt.datetime(2026, 6, 22, 2, 0, 0)
    cp.author = cp.last_modified_by = '谷振宇'
    cp.title = '跨部门沟通记录表'
    cp.revision = 1
    dd.add_heading('跨部门沟通记录表', level=1)
    rows = [('项目', '内容'),
            ('沟通主题', '端午假期设备大修后复产协调'),
            ('沟通时间', '2026年6月22日 8:30-9:30'),
            ('发起部门/人', '设备部/谷振宇'),
            ('参与部门/人', '生产部/于海波、丛丽；质量部/孙晓雯；仓储物流部/隋志远'),
            ('沟通内容摘要', '端午假期停机期间已完成1#、2#密炼机大修；复产前需完成首件检验；成品库位紧张。'),
            ('达成共识', '今天白班起1#密炼机先行复产，2#密炼机待验收合格后复产。'),
            ('待办事项', '① 设备部谷振宇：6月24日前提交密炼机大修验收报告；\n② 质量部孙晓雯：复产首件检验报告，3个工作日内；\n③ 生产部：调整复产首周排产计划，尽快。'),
            ('下次沟通时间', '6月26日（周五）10:00'),
            ('记录人', '谷振宇')]
    tb = dd.add_table(rows=len(rows), cols=2)
    tb.style = 'Table Grid'
    for i, (a, b_) in enumerate(rows):
        tb.cell(i, 0).text = a
        tb.cell(i, 1).text = b_
    buf = io.BytesIO(); dd.save(buf)
    docx_bytes = fixzip(buf.getvalue())
    M.ATTACH['6034.docx'] = docx_bytes
    sent = T(2026, 6, 22, 10, 30, 44)
    body = "各位：\n\n附件是今早复产协调会的沟通记录表，请查收。已抄送会议纪要助手。\n\n谷振宇\n设备部\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:微软雅黑;font-size:14px">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</div></body></html>\n')
    b1, b2 = '----=_NextPart_6A78A5BC_0F1E2D3C_4B5A6978', '----=_NextPart_6A78A5BC_0F1E2D3C_4B5A6979'
    alt = multi('alternative', b2, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')])
    att = binpart(docx_bytes, 'application/octet-stream', '跨部门沟通记录表-复产协调0622.docx', fn_style='2231')
    mime = multi('mixed', b1, [alt, att], preamble='This is a multi-part message in MIME format.')
    to = [p('于海波'), p('丛丽'), p('孙晓雯'), p('隋志远')]
    h = hdrs(p('谷振宇'), to, [bot], '复产协调会沟通记录表（6月22日）', sent,
             '<tencent_8D4F2A6C0E1B3D5F7A9C1E3B5D7F9A1C3E07@qq.com>', quote=True,
             extra_after=[('X-Mailer', 'QQMail 2.x')] + exmail_extra())
    raw = message(tr(P_('谷振宇'), sent, exmail_rcv, '43.154.221.58', '4fVb7P2yWdz6'), h, mime)
    case(6034, 'docx-cross-dept-record-after-dragonboat', 'minutes', sent, raw, [
        I('谷振宇', '提交密炼机大修验收报告', '2026-06-24', rule=('md', 6, 24)),
        I('孙晓雯', '提交复产首件检验报告', '2026-06-25', rule=('workdays', 3)),
        I(None, '调整复产首周排产计划', None, flags=['no_owner', 'vague_due'], dept='生产部'),
    ], {'date': '2026-06-26', 'time': '10:00'}, ('md', 6, 26, '10:00'),
        notes="Exmail mail with a one-line body and a real .docx (seed 跨部门沟通记录表 as a Word table; attachment sent as application/octet-stream with an RFC 2231 filename). Gold is what a human reading the .docx records. Sent Mon 2026-06-22, the first working day after Dragon Boat; the meeting was the same morning. 待办事项 ① 设备部谷振宇 06-24. ② 质量部孙晓雯, 3个工作日内 counted from Tue 06-23: 06-23, 06-24, 06-25 -> 2026-06-25. ③ unit only -> no_owner, department 生产部, 尽快 -> vague_due. 达成共识 is a decision. 下次沟通时间 6月26日（周五）10:00 -> 2026-06-26 10:00.",
        summary='3 items from the .docx (1 unit-only vague); next 06-26 10:00',
        tests='.docx table attachment (octet-stream, RFC 2231 name); ①②③ in one cell; 3个工作日内 after Dragon Boat')

    # ---------------------------------------------------------------- 6037
    sent = T(2026, 7, 20, 18, 5, 50)
    body = """各位区域经理：

今天下午7月销售政策会已开，会议纪要如下：

会议决定
1. 三季度经销商返利政策维持二季度标准不变。
2. 自8月1日起，全钢子午胎出厂价统一上调3%，半钢胎价格暂不调整。
3. 跨区窜货一经查实，取消该经销商当季返利，并按合同追究违约责任。
4. 8月起经销商订货起订量由200条调整为300条。

以上决定自即日起执行。下次会议时间视市场情况另定。

宫敏
销售部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:微软雅黑;font-size:14px">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '----=_NextPart_6A9DF3C6_0C1B2A39_48576675'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    h = hdrs(p('宫敏'), [p('姜伟')], [p('于海波'), bot], '7月销售政策会 会议纪要', sent,
             '<tencent_1A3C5E7F9B2D4F6A8C0E2A4C6E8A0C2E4A09@qq.com>', quote=True,
             extra_after=[('X-Mailer', 'QQMail 2.x')] + exmail_extra())
    raw = message(tr(P_('宫敏'), sent, exmail_rcv, '43.154.221.61', '4fZ1cR8kMhz2'), h, mime)
    case(6037, 'decisions-only-no-items', 'minutes', sent, raw, [], None, None,
        notes="Exmail UTF-8 minutes that hold only 会议决定 (price rise from 8月1日, order minimum from 8月): decisions with dates, no action items -> kind minutes with zero items. '下次会议时间视市场情况另定' -> next_followup null. Sent Mon 2026-07-20.",
        summary='0 items (decisions only); next null',
        tests='minutes with only decisions containing dates; no next meeting')

    # ---------------------------------------------------------------- 6015
    sent = T(2026, 6, 2, 9, 15, 27)
    body = """毕经理、林工：

本周四下午我要陪TÜV审核老师去硫化车间现场，质量周会能不能改到周五上午9点？或者下周一下午也行。二位看哪个时间方便，我来订会议室。

另外上次说的门尼粘度数据我周三前发您。

晓雯
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:微软雅黑;font-size:14px">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '----=_NextPart_6A7E2B1F_0D3C4E5A_6B7C8D9E'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    h = hdrs(p('孙晓雯'), [p('毕成刚'), p('林涛')], [bot], '本周质量周会能否改期？', sent,
             '<tencent_5B7D9F1A3C5E7A9B1D3F5A7C9E1B3D5F7A02@qq.com>', quote=True,
             extra_after=[('X-Mailer', 'QQMail 2.x')] + exmail_extra())
    raw = message(tr(P_('孙晓雯'), sent, exmail_rcv, '43.154.221.58', '4fTn3K7yQcz9'), h, mime)
    case(6015, 'other-reschedule-discussion', 'other', sent, raw, [], None, None,
        notes="A person asking two colleagues to move a meeting (周五上午9点 or 下周一下午), with the bot in Cc out of habit. It is a scheduling discussion, not minutes: no items, no next_followup (no meeting has been agreed). The promise '门尼粘度数据我周三前发您' is a personal note, not a minuted action.",
        summary='other; no items',
        tests='meeting-time discussion with weekdays, times and a 周三前 promise -> kind other')

    # ---------------------------------------------------------------- 6038
    sent = T(2026, 7, 10, 8, 0, 0)
    body = """轮胎行业资讯周刊 | 2026年第27期 | 7月10日

【本期导读】
① 天然橡胶：青岛保税区库存连续4周下降，7月下旬有望企稳；
② 政策：欧盟轮胎标签新规过渡期7月31日前截止，出口企业请尽快完成备案；
③ 展会：第十九届中国国际轮胎博览会9月15日前开放观众预登记。

【企业动态】
负责人访谈：某头部企业总经理谈海外工厂建设，计划三季度末前投产。

【会议预告】
轮胎绿色制造研讨会：7月24日（周五）下午2:00，威海国际会展中心。报名截止：7月20日前。

——————————
您收到此邮件是因为您订阅了《轮胎行业资讯周刊》。退订请点击：https://news.tyre-info.example.org.cn/u/hy2736
"""
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#f0f2f5"><table width="600" align="center" style="background:#fff;font-family:Arial,微软雅黑;font-size:14px"><tr><td style="padding:20px">' +
            ''.join('<p style="margin:4px 0">%s</p>' % (H.escape(l) or '&nbsp;') for l in body.split('\n')) +
            '<img src="https://news.tyre-info.example.org.cn/o/hy2736.gif" width="1" height="1" alt=""></td></tr></table></body></html>\n')
    b = '----=_Part_20260710080000_27_hy2736'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')])
    h = [('Date', rfcdate(sent)), ('From', addr('轮胎行业资讯周刊', 'weekly@news.tyre-info.example.org.cn', quote=True)),
         ('To', bot[1]), ('Subject', ew('【轮胎行业资讯周刊】第27期：天然橡胶库存连降4周，欧盟标签过渡期月底截止')),
         ('Message-ID', '<20260710080000.27.hy2736@news.tyre-info.example.org.cn>'), ('MIME-Version', '1.0'),
         ('Precedence', 'bulk'), ('List-Id', '%s <weekly.news.tyre-info.example.org.cn>' % ew('轮胎行业资讯周刊')),
         ('List-Unsubscribe', '<https://news.tyre-info.example.org.cn/u/hy2736>,\n <mailto:unsub@news.tyre-info.example.org.cn?subject=unsubscribe-hy2736>'),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Feedback-ID', '27:weekly:tyreinfo:edm'),
         ('X-Mailer', 'TyreInfo EDM 2.4')]
    raw = message(trace('bounce-27-minutes=haiyue-tyre.example.cn@news.tyre-info.example.org.cn', bot[1], sent,
                        'edm3.news.tyre-info.example.org.cn edm3.news.tyre-info.example.org.cn', '198.51.100.23', MX, '4fXk0A1mBvz3', 41), h, mime)
    case(6038, 'auto-industry-newsletter-bulk', 'auto', sent, raw, [], None, None,
        notes="Bulk industry newsletter (Precedence: bulk, List-Id, List-Unsubscribe one-click, VERP Return-Path) sent to the bot's address. The body has ①②③ lines with 前 dates, a '负责人' word and a meeting announcement with a date and time: none of it is minutes -> kind auto, no items, no follow-up.",
        summary='auto (bulk list mail)',
        tests='bulk newsletter headers override minutes-like body')
