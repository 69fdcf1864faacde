"""Cases 6710-6720: 浙江海澄药业股份有限公司 (API maker, Taizhou; Alibaba Mail + DingTalk) and its Dutch customer;
6719 is a landlord of the Sanya start-up writing from QQ Mail."""
from hl_lib import *  # noqa: F401,F403
from hl_lib import PEOPLE as P

BOT_B = '纪要助手'


def b_received(t, mailfrom, ip, seed):
    return ('from %s(mailfrom:%s fp:SMTPD_---0W%s_%d cluster:ay29)\n          by smtp.haicheng-pharm.example.cn(127.0.0.1);\n          %s'
            % (ip, mailfrom, b64id(seed, 6).replace('-', 'q').replace('_', 'z'), 1770000000 + int(hx(seed, 6), 16) % 9999999,
               rfc_date(plus(t, 1), pad=True)))


def ext_received(t, helo, ip, rcpt_host, seed, extra_delay=2):
    return ('from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
            % (helo, helo, ip, rcpt_host, hx(seed, 11, True), 'minutes@' + rcpt_host.split('.', 1)[1],
               rfc_date(plus(t, extra_delay).astimezone(SHANGHAI), pad=True, comment='CST')))


def ab(p, label='UTF-8'):
    try:
        P[p].name.encode(label)
    except UnicodeEncodeError:
        label = 'UTF-8'
    return addr(P[p].name, P[p].email, label)


def alimail_msgid(seed, user):
    return '<%s.%s@%s>' % (uuid_like(seed), user, B)


# ---------------------------------------------------------------- 6710
def c6710():
    t = when(2026, 4, 7, 11, 24, 18)
    seed = '6710'
    rows = [['序号', '事项', '主责/配合', '完成时间', '状态', '备注'],
            ['1', 'HC-201批次收率偏低原因排查', '杨振宇/金晓丽', '4月10日', '进行中', '已排除原料问题'],
            ['2', '冷库货位重新规划，退货区与待验区物理隔离', '仓储主管韦志远', '本周五', '进行中', ''],
            ['3', '离心机B-03机械密封更换', '王工/卢工', '4月3日', '已完成', '节前已换'],
            ['4', '反应釜R-205夹套泄漏维修', '王工/卢工', '下周一', '未开始', '等备件，供应商说周五发货'],
            ['5', 'HC-201工艺变更备案资料准备', '钱老师', '4月底', '进行中', '需QA会签']]
    blocks = [
        '各位好：',
        '',
        '今天上午生产周例会（时间：2026年4月7日 9:30-11:00，地点：二车间办公室）纪要如下，表格是从周报Excel里直接贴过来的：',
        '',
        Table(rows),
        '',
        '节后第一天，大家注意各岗位开车前的点检记录要补齐。',
        '下周二同一时间继续开。',
        '',
        '杨振宇',
        '合成二车间',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<div class="__aliyun_email_body_block"><div style="clear:both;">',
                     tail='</div></div>', div='<div style="clear:both;">%s</div>', blank='<div style="clear:both;"><br ></div>',
                     table_attr='border="0" cellpadding="0" cellspacing="0" width="812" style="border-collapse:collapse;width:609pt"')
    b = '----=ALIBOUNDARY_%d_%s_%s' % (int(hx(seed, 5), 16) % 99999, hx(seed + 'a', 8), hx(seed + 'b', 8))
    node = Multi([('Content-Type', 'multipart/alternative;\n  boundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="UTF-8"', 'base64'),
        text_leaf(html, 'text/html; charset="UTF-8"', 'base64'),
    ])
    top = [
        ('Date', rfc_date(t)),
        ('From', ab('yangzy')),
        ('To', alist([ab(k) for k in ('jinxl', 'weizy', 'wanghb', 'lusy', 'qianyq')], ',\n  ')),
        ('Cc', alist([ab('linjp'), addr(BOT_B, BOT['B'])], ',\n  ')),
        ('Reply-To', ab('yangzy')),
        ('Message-ID', alimail_msgid(seed, 'yangzhenyu')),
        ('Subject', subj('合成二车间生产周例会纪要（4.7）', 'UTF-8', fold='\n  ')),
        ('X-Mailer', 'Alimail-Mailagent revision 3'),
        ('MIME-Version', '1.0'),
        ('x-aliyun-im-through', '{"version":"v1.0"}'),
        ('x-aliyun-mail-creator', 'W4_5400486_v5ForWebDing_QW=='),
    ]
    raw = message(top, node, trace(BOT['B'], P['yangzy'].email,
                                   [b_received(t, P['yangzy'].email, '10.23.68.14', seed)]))
    add_case(num=6710, slug='api-weekly-excel-paste-alimail', kind='minutes', org='B', sent=t, eml=raw,
             client='Alibaba Mail web (阿里邮箱)', enc='multipart/alternative; UTF-8 base64; text part is tab-separated',
             what='Excel tracker pasted (tab-separated in text/plain): 主责/配合 in one cell, role-prefixed owner 仓储主管韦志远, 王工/钱老师 titles, 已完成 row, 本周五/下周一/4月底; next = 下周二同一时间',
             items=[
                 I('yangzy', 'HC-201批次收率偏低原因排查', D('2026-04-10')),
                 I('weizy', '冷库货位重新规划，退货区与待验区物理隔离', ('thiswk', 4)),
                 I('wanghb', '反应釜R-205夹套泄漏维修', ('nextwk', 0)),
                 I('qianyq', 'HC-201工艺变更备案资料准备', ('month_end',)),
             ],
             next=(('nextwk', 1), '09:30'),
             notes=('Sent Tue 2026-04-07 11:24 +0800, the first working day after Qingming. 主责/配合 cells "杨振宇/金晓丽" and "王工/卢工": '
                    'the first name is 主责 = owner, the second is 配合 (not an owner, no extra item). Row 1 -> 2026-04-10. Row 2 '
                    '"仓储主管韦志远" = role + name -> 韦志远, 本周五 -> 2026-04-10. Row 3 is 已完成 -> not an item. Row 4 王工 = 王海波, '
                    '下周一 -> 2026-04-13 (备注 about the supplier is a remark). Row 5 钱老师 = 钱雅琴, 4月底 -> 2026-04-30. The 点检 '
                    'reminder is a rule. "下周二同一时间" = next Tuesday at the meeting\'s own start time 9:30 -> 2026-04-14 09:30.'))


# ---------------------------------------------------------------- 6711
def c6711():
    t = when(2026, 4, 16, 18, 42, 9)
    seed = '6711'
    rows = [['序号', '行动项', '负责人', '完成时间'],
            ['1', '①完成留样复检（双人平行）\n②提交OOS调查报告初稿', '金晓丽', '①4月18日前\n②4月22日前'],
            ['2', '评估对已放行的3个批次的影响，给出是否召回的意见', '陈佳怡', '明天下午3点前'],
            ['3', '排查结晶工序操作记录及设备日志，提交CAPA建议', '杨振宇', '5个工作日内'],
            ['4', '评估是否需向客户通报，如需通报准备通报函', '钱雅琴（蒋雯配合）', '4月21日前']]
    blocks = [
        '各位：',
        '',
        '今天下午OOS调查会纪要如下，请按分工推进：',
        '',
        '会议主题：HC-201（批号260402）有关物质超标偏差调查',
        '时间：2026年4月16日 14:00-16:30',
        '参会：陈佳怡、金晓丽、杨振宇、钱雅琴、林建平',
        '',
        '会议结论：',
        '1. 第一阶段实验室调查未发现明确的实验室误差，进入第二阶段全面调查。',
        '2. 该批次暂停放行，已转入不合格品库隔离。',
        '',
        '行动项：',
        Table(rows),
        '',
        '下次会议：4月23日（周四）14:00 CAPA评审会，QA会议室。',
        '',
        '陈佳怡',
        '质量保证部',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'utf-8')
    b = outlook_boundary(seed, idx='0021')
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="utf-8"', 'base64'),
        text_leaf(html, 'text/html;\n\tcharset="utf-8"', 'base64'),
    ], preamble='This is a multipart message in MIME format.\n')
    top = [
        ('From', ab('chenjy', 'utf-8')),
        ('To', alist([ab(k, 'utf-8') for k in ('jinxl', 'yangzy', 'qianyq', 'jiangw')], ',\n\t')),
        ('Cc', alist([ab('linjp', 'utf-8'), addr(BOT_B, BOT['B'])], ',\n\t')),
        ('Subject', subj('【偏差调查会】HC-201 批号260402 OOS调查会议纪要', 'utf-8', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, B)),
        ('MIME-Version', '1.0'),
    ]
    node.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, node, trace(BOT['B'], P['chenjy'].email,
                                   [b_received(t, P['chenjy'].email, '10.23.70.102', seed)]))
    add_case(num=6711, slug='api-oos-deviation-table-subtasks-outlook', kind='minutes', org='B', sent=t, eml=raw,
             client='Outlook 2016 zh-CN', enc='multipart/alternative; UTF-8 base64; HTML Word table',
             what='Word table with ①② sub-tasks and ①② dates in one row (two items), 明天下午3点前 (due_time), 5个工作日内, 负责人 cell 钱雅琴（蒋雯配合）; 会议结论 not items',
             items=[
                 I('jinxl', '完成留样复检（双人平行）', D('2026-04-18')),
                 I('jinxl', '提交OOS调查报告初稿', D('2026-04-22')),
                 I('chenjy', '评估对已放行的3个批次的影响，给出是否召回的意见', ('tomorrow',), time='15:00'),
                 I('yangzy', '排查结晶工序操作记录及设备日志，提交CAPA建议', ('workdays', 5)),
                 I('qianyq', '评估是否需向客户通报，如需通报准备通报函', D('2026-04-21')),
             ],
             next=(D('2026-04-23', 3), '14:00'),
             notes=('Sent Thu 2026-04-16 18:42 +0800. Row 1 has ① and ② tasks for 金晓丽 with ① and ② dates in the same row: two items, '
                    '①4月18日前 -> 2026-04-18 (a Saturday, kept as written), ②4月22日前 -> 2026-04-22. Row 2 明天下午3点前 -> 2026-04-17 15:00. '
                    'Row 3 5个工作日内 from Fri 04-17: 04-17, 04-20, 04-21, 04-22, 04-23 -> 2026-04-23. Row 4 钱雅琴（蒋雯配合）-> 钱雅琴 only, '
                    '2026-04-21; 蒋雯 supports. 会议结论 1-2 are decisions/facts. 下次会议 4月23日（周四）14:00 -> 2026-04-23 14:00.'))


# ---------------------------------------------------------------- 6712
def c6712():
    t = when(2026, 4, 22, 16, 8, 51)
    seed = '6712'
    blocks = [
        '各位，下午供应链月度例会的钉钉AI纪要贴在下面了，待办我核对过，没问题，请纪要助手跟一下。',
        '',
        '应志强',
        '',
        '【钉钉AI听记】供应链月度例会 智能纪要',
        '会议时间：2026-04-22 14:00-15:10',
        '参会人：应志强、韦志远、蒋雯、陈佳怡、王海波',
        '',
        '一、会议摘要',
        '本次会议主要围绕4月份原料到货、冷库验证以及荷兰客户审计准备展开讨论。应志强指出二氯甲烷供应紧张，需尽快锁定二季度用量；'
        '韦志远汇报了冷库温度分布验证的准备情况，计划4月24日前出方案；蒋雯提到客户审计日程需下周一前发给客户；王海波表示冷库新风机组已于4月20日调试完成。',
        '',
        '二、章节速览',
        '00:00 原料到货情况',
        '12:35 冷库温度分布验证',
        '31:20 Noordhaven审计准备',
        '52:10 其他事项',
        '',
        '三、待办事项',
        '1. 韦志远：完成冷库温度分布验证方案（4月24日前）',
        '2. 应志强：联系溶剂供应商锁定二季度二氯甲烷用量（尽快）',
        '3. 蒋雯：把审计日程表发给Marieke（下周一前）',
        '4. 陈佳怡：准备审计用SMF及近两年偏差清单（5月8日前）',
        '',
        '四、关键决策',
        '- 二季度起溶剂改为双供应商采购。',
        '',
        '以上内容由AI生成，仅供参考',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:PingFang SC;">',
                     tail='</div></div>')
    b = '----=ALIBOUNDARY_%d_%s_%s' % (int(hx(seed, 5), 16) % 99999, hx(seed + 'a', 8), hx(seed + 'b', 8))
    node = Multi([('Content-Type', 'multipart/alternative;\n  boundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="UTF-8"', 'base64'),
        text_leaf(html, 'text/html; charset="UTF-8"', 'base64'),
    ])
    top = [
        ('Date', rfc_date(t)),
        ('From', ab('yingzq')),
        ('To', alist([ab(k) for k in ('weizy', 'jiangw', 'chenjy', 'wanghb')], ',\n  ')),
        ('Cc', addr(BOT_B, BOT['B'])),
        ('Message-ID', alimail_msgid(seed, 'yingzhiqiang')),
        ('Subject', subj('供应链月度例会 AI纪要（4月22日）', 'UTF-8', fold='\n  ')),
        ('X-Mailer', 'DingTalk Mail 7.6.0 (Windows)'),
        ('MIME-Version', '1.0'),
        ('x-aliyun-mail-creator', 'W4_5400486_v5ForDingTalkMail_QW=='),
    ]
    raw = message(top, node, trace(BOT['B'], P['yingzq'].email,
                                   [b_received(t, P['yingzq'].email, '10.23.71.33', seed)]))
    add_case(num=6712, slug='api-dingtalk-ai-minutes-todo-only', kind='minutes', org='B', sent=t, eml=raw,
             client='DingTalk mail (钉钉邮箱) desktop', enc='multipart/alternative; UTF-8 base64',
             what='钉钉AI听记 智能纪要 pasted under a one-line preface: 会议摘要 restates the tasks, 章节速览 has timestamps, 关键决策 is a decision; only 待办事项 count (尽快, 下周一前)',
             items=[
                 I('weizy', '完成冷库温度分布验证方案', D('2026-04-24')),
                 I('yingzq', '联系溶剂供应商锁定二季度二氯甲烷用量', ('vague',)),
                 I('jiangw', '把审计日程表发给Marieke', ('nextwk', 0)),
                 I('chenjy', '准备审计用SMF及近两年偏差清单', D('2026-05-08')),
             ],
             next=None,
             notes=('AI meeting minutes (DingTalk) pasted into a mail sent Wed 2026-04-22 16:08 +0800. Only the 待办事项 section counts: '
                    'the 会议摘要 repeats two of the tasks and reports a finished job (新风机组 已调试完成), the 章节速览 lines are '
                    'timestamps, and 关键决策 is a decision. 1 2026-04-24; 2 尽快 -> vague_due; 3 下周一前 -> 2026-04-27; 4 2026-05-08. '
                    'No next meeting -> null.'))


# ---------------------------------------------------------------- 6713
def c6713():
    t = when(2026, 4, 27, 15, 10, 33, tzh=2)
    seed = '6713'
    lines = [
        'Hi Joy, Wendy,',
        '',
        'Thanks for the call this morning. Short minutes below, please shout if I',
        'missed anything.',
        '',
        'Attendees: Joy Chen, Wendy Jiang (Haicheng); Pieter Bakker, Marieke de Vries',
        '(Noordhaven)',
        '',
        'Discussion',
        '- On-site audit of the HC-201 API site confirmed for the week of May 18;',
        'Noordhaven will send two auditors.',
        '- Haicheng explained the open OOS investigation on batch 260402 (not yet',
        'closed). We agreed it will be part of the audit scope.',
        '',
        'Action items',
        'AI: Joy \u2013 send the updated DMF open part (v7) and the 2025 change-control',
        'list, by Friday',
        'AI: Wendy \u2013 confirm the audit dates (proposed May 19\u201320) and the hotel',
        'booking, by Apr 29',
        'AI: Marieke \u2013 circulate the draft audit agenda EOD',
        'AI: Pieter \u2013 check whether the 2025 APR needs a translation of the batch',
        'records, ASAP',
        '',
        'Next call: Wed May 6, 09:00 CEST (15:00 Beijing)',
        '',
        'Best regards,',
        'Marieke',
        '',
        '--',
        'Marieke de Vries',
        'Senior QA Auditor | Noordhaven Generics B.V.',
        'Noordkade 12, 2741 EW Waddinxveen, The Netherlands',
    ]
    text = '\n'.join(lines) + '\n'
    # Gmail's HTML does not hard-wrap
    para, cur = [], []
    for ln in lines:
        if ln == '' or ln.startswith(('AI:', '- ', 'Next call', 'Best', 'Marieke', 'Senior', 'Noordkade', '--', 'Discussion', 'Action items', 'Attendees', 'Hi ', 'Thanks')):
            if cur:
                para.append(' '.join(cur))
            cur = [ln] if ln else []
            if not ln:
                para.append('')
        else:
            cur.append(ln)
    if cur:
        para.append(' '.join(cur))
    html = '<div dir="ltr">' + ''.join(('<div>%s</div>' % esc(p)) if p else '<div><br></div>' for p in para[:-4]) + \
        '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' \
        '<div dir="ltr">Marieke de Vries<div>Senior QA Auditor | Noordhaven Generics B.V.</div>' \
        '<div>Noordkade 12, 2741 EW Waddinxveen, The Netherlands</div></div></div></div>\n'
    b = '000000000000%s' % hx(seed, 16)
    node = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="UTF-8"', 'quoted-printable'),
        text_leaf(html, 'text/html; charset="UTF-8"', 'quoted-printable'),
    ])
    top = [
        ('MIME-Version', '1.0'),
        ('From', addr(P['marieke'].name, P['marieke'].email)),
        ('Date', rfc_date(t)),
        ('Message-ID', '<CAH%s@mail.gmail.com>' % b64id(seed, 44).replace('-', 'x')),
        ('Subject', 'Audit prep call =?UTF-8?Q?=E2=80=93?= minutes & action items'),
        ('To', 'Joy Chen <%s>, Wendy Jiang <%s>' % (P['chenjy'].email, P['jiangw'].email)),
        ('Cc', 'Pieter Bakker <%s>, %s' % (P['pieter'].email, BOT['B'])),
    ]
    raw = message(top, node, trace(BOT['B'], P['marieke'].email,
                                   [ext_received(t, 'mail-wr1-f44.google.example.com', '209.85.221.44', 'mx.' + B, seed),
                                    ]))
    add_case(num=6713, slug='api-customer-english-ai-lines-gmail-cest', kind='minutes', org='B', sent=t, eml=raw,
             client='Gmail web (Google Workspace, customer in NL)', enc='multipart/alternative; UTF-8 quoted-printable; hard-wrapped text at 78',
             what="Dutch customer's English minutes, Date +0200: 'AI: Name – …' lines wrapped over two lines; by Friday lands on May 1 (Labour Day); EOD; ASAP; owners via English aliases/Cc; 'Next call … 09:00 CEST (15:00 Beijing)'",
             items=[
                 I('chenjy', 'send the updated DMF open part (v7) and the 2025 change-control list', ('wd', 4)),
                 I('jiangw', 'confirm the audit dates (proposed May 19-20) and the hotel booking', D('2026-04-29')),
                 I('marieke', 'circulate the draft audit agenda', ('today',)),
                 I('pieter', 'check whether the 2025 APR needs a translation of the batch records', ('vague',)),
             ],
             next=(D('2026-05-06', 2), '15:00'),
             notes=('Written by the customer (Gmail, NL) on Mon 2026-04-27 15:10 +0200 = 21:10 in Shanghai, still Monday 04-27. '
                    'Action lines are hard-wrapped: the deadline sits on the second line. Joy = 陈佳怡 and Wendy = 蒋雯 (roster aliases, '
                    'also their To display names). "by Friday" -> Fri 2026-05-01; that is Labour Day in China, but the gold records the '
                    'date as written (a careful assistant would not move it; the bot may warn). "by Apr 29" -> 2026-04-29. Marieke '
                    '"EOD" -> the send date in Shanghai, 2026-04-27, no time. Pieter ASAP -> vague_due. Both outsiders are in the roster '
                    'without a department -> department null. "Next call: Wed May 6, 09:00 CEST (15:00 Beijing)" -> 2026-05-06 15:00. '
                    'The audit week and the OOS remark are facts/decisions. Task text for Wendy uses an ASCII hyphen for the en dash.'))


# ---------------------------------------------------------------- 6714
def c6714():
    t = when(2026, 5, 9, 10, 36, 27)
    seed = '6714'
    blocks = [
        '各位：',
        '今天调休上班，早上车间碰了一下，事项如下：',
        '1. 仓储主管韦志远：节前入库的3批中间体复核标签，今天下班前完成；',
        '2. 王工：R-205夹套补焊后做保压试验，周一前出报告；',
        '3. 金晓丽：中间体HC-201-M3留样检测，2个工作日内出结果；',
        '4. 杨振宇：组织新员工岗位SOP培训及考核，下周五前完成。',
        '节后设备开机前必须做点检，这个大家都清楚，不再单列。',
        '下周一早上8:30还在车间办公室碰头。',
        '',
        '杨振宇',
        '',
        '发自网易邮箱大师',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                     '<div style="font-size: 14px; line-height: 1.6;">', tail='</div></body></html>\n')
    b = '----=_Part_%s' % hx(seed, 20)
    node = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset=UTF-8', 'base64'),
        text_leaf(html, 'text/html; charset=UTF-8', 'base64'),
    ])
    top = [
        ('Date', rfc_date(t)),
        ('From', ab('yangzy')),
        ('To', ', '.join(ab(k) for k in ('weizy', 'wanghb', 'jinxl'))),
        ('Cc', ', '.join([ab('linjp'), addr(BOT_B, BOT['B'])])),
        ('Message-ID', '<%s.%s.%s@%s>' % (hx(seed, 8), hx(seed + 'q', 4), hx(seed + 'r', 11), B)),
        ('Subject', subj('今天调休班车间碰头会 纪要', 'UTF-8')),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'NetEase MailMaster iOS/7.18.4'),
        ('X-Priority', '3'),
    ]
    raw = message(top, node, trace(BOT['B'], P['yangzy'].email,
                                   [b_received(t, P['yangzy'].email, '112.17.45.203', seed)]))
    add_case(num=6714, slug='api-makeup-saturday-mailmaster', kind='minutes', org='B', sent=t, eml=raw,
             client='网易邮箱大师 (NetEase Mail Master) iOS, company account', enc='multipart/alternative; UTF-8 base64',
             what='Sent on the 05-09 make-up Saturday: 今天下班前 (date, no time), bare 周一前 -> next Monday, 2个工作日内 skipping Sunday, 下周五前; role owners 仓储主管韦志远/王工; next 下周一早上8:30',
             items=[
                 I('weizy', '节前入库的3批中间体复核标签', ('today',)),
                 I('wanghb', 'R-205夹套补焊后做保压试验并出报告', ('wd', 0)),
                 I('jinxl', '中间体HC-201-M3留样检测并出结果', ('workdays', 2)),
                 I('yangzy', '组织新员工岗位SOP培训及考核', ('nextwk', 4)),
             ],
             next=(('nextwk', 0), '08:30'),
             notes=('Sent Sat 2026-05-09 10:36 +0800, the Labour Day make-up working day. 1 今天下班前 -> 2026-05-09 with no time. '
                    '2 王工 = 王海波, bare 周一前: this week\'s Monday (05-04) is past -> next Monday 2026-05-11. 3 2个工作日内 counted from '
                    'Sunday 05-10 (rest): 05-11 (1), 05-12 (2) -> 2026-05-12. 4 下周五前 -> the next calendar week\'s Friday 2026-05-15. '
                    'The 点检 sentence is a rule (不再单列). 下周一早上8:30 -> 2026-05-11 08:30. Mail Master signature 发自网易邮箱大师.'))


# ---------------------------------------------------------------- 6715
def c6715():
    t = when(2026, 5, 14, 9, 42, 16)
    seed = '6715'
    fname = 'EHS例会纪要-20260513.pdf'
    blocks = [
        '各位领导、同事：',
        '',
        '5月13日EHS例会纪要已整理成PDF（见附件），请查收并按期完成各项整改。如有异议请今天内回复。',
        '',
        '卢思远',
        'EHS部',
        '浙江海澄药业股份有限公司',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'gb2312')
    pdf = make_pdf([
        (15, '浙江海澄药业股份有限公司'),
        (15, 'EHS月度例会纪要'),
        (10, ''),
        (10.5, '会议时间：2026年5月13日 13:30-15:00'),
        (10.5, '会议地点：行政楼三楼会议室'),
        (10.5, '主持：林建平    记录：卢思远'),
        (10.5, '参会：杨振宇、王海波、韦志远、应志强、卢思远'),
        (10, ''),
        (12, '一、会议内容'),
        (10.5, '1. 卢思远通报了4月份EHS检查情况，共发现隐患17项，已整改14项。'),
        (10.5, '2. 会议认为，RTO焚烧炉运行稳定，但需按期开展年度检修。'),
        (10, ''),
        (12, '二、整改及工作安排'),
        (10.5, '1. 卢思远：完成RTO焚烧炉年度检修方案并组织实施，5月底前。'),
        (10.5, '2. EHS部：组织危化品仓库泄漏应急演练，6月12日前。'),
        (10.5, '3. 杨振宇：整改合成二车间溶剂回收岗位静电接地问题，下周三前。'),
        (10.5, '4. 韦志远：完成危化品仓库MSDS更新上墙，5月20日前。'),
        (10, ''),
        (12, '三、下次EHS例会：6月11日（周四）下午2点，行政楼三楼会议室。'),
    ], 'EHS月度例会纪要')
    ba = outlook_boundary(seed, '001', '0013')
    bm = outlook_boundary(seed + 'm', '000', '0012')
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % ba)], ba, [
        text_leaf(text, 'text/plain;\n\tcharset="gb2312"', 'base64', codec='gb2312'),
        text_leaf(html, 'text/html;\n\tcharset="gb2312"', 'quoted-printable', codec='gb2312'),
    ])
    att = bin_leaf(pdf, 'application/pdf;\n\t' + rfc2231('name', fname), 'attachment;\n\t' + rfc2231('filename', fname))
    node = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % bm)], bm, [alt, att],
                 preamble='This is a multipart message in MIME format.\n')
    top = [
        ('From', ab('lusy', 'gb2312')),
        ('To', alist([ab(k, 'gb2312') for k in ('yangzy', 'wanghb', 'weizy', 'yingzq')], ',\n\t')),
        ('Cc', alist([ab('linjp', 'gb2312'), addr(BOT_B, BOT['B'], 'gb2312')], ',\n\t')),
        ('Subject', subj('5月EHS例会纪要（见附件PDF）', 'gb2312', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, B)),
        ('MIME-Version', '1.0'),
    ]
    node.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, node, trace(BOT['B'], P['lusy'].email,
                                   [b_received(t, P['lusy'].email, '10.23.70.58', seed)]))
    add_case(num=6715, slug='api-ehs-minutes-in-pdf-outlook', kind='minutes', org='B', sent=t, eml=raw,
             attachments=[('pdf', fname)],
             client='Outlook 2016 zh-CN', enc='multipart/mixed: alternative (gb2312 base64 text, QP HTML) + PDF (reportlab, embedded CJK subset)',
             what='Minutes only in a PDF attachment; body says 如有异议请今天内回复 (not an item); 5月底前, 下周三前 (mail Date and meeting date agree), department-only EHS部; next meeting in the PDF',
             items=[
                 I('lusy', '完成RTO焚烧炉年度检修方案并组织实施', ('month_end',)),
                 I(None, '组织危化品仓库泄漏应急演练', D('2026-06-12'), dept='EHS部'),
                 I('yangzy', '整改合成二车间溶剂回收岗位静电接地问题', ('nextwk', 2)),
                 I('weizy', '完成危化品仓库MSDS更新上墙', D('2026-05-20')),
             ],
             next=(D('2026-06-11', 3), '14:00'),
             notes=('Cover note sent Thu 2026-05-14 09:42 +0800; the minutes (meeting Wed 05-13) are only in the PDF, so the gold is what '
                    'a person reading the PDF records. 1 卢思远 5月底前 -> 2026-05-31. 2 EHS部 only -> owner null, department EHS部, no_owner, '
                    '2026-06-12. 3 下周三前 -> 2026-05-20 (from the mail\'s Date Thu 05-14; the meeting day Wed 05-13 gives the same week). '
                    '4 2026-05-20. 会议内容 1-2 are a report and a decision. 下次EHS例会 6月11日（周四）下午2点 -> 2026-06-11 14:00. '
                    'The body line 如有异议请今天内回复 is not a task.'))


# ---------------------------------------------------------------- 6716
def c6716():
    t = when(2026, 5, 18, 17, 55, 2)
    seed = '6716'
    blocks = [
        '各位：',
        '',
        '本周QA/QC周会纪要（5月18日），按人整理如下：',
        '',
        '【陈佳怡】',
        '1. 更新2026年度供应商审计计划，5月22日前',
        '2. 组织QA部GMP附录《原料药》培训，时间待定',
        '',
        '【金晓丽】',
        '1. 完成HPLC色谱柱使用记录整改，本周四前',
        '2. 稳定性考察箱温湿度偏离的调查报告，5月26日前',
        '',
        '【钱老师】',
        '1. 答复CDE关于HC-305的发补意见，6月5日前',
        '',
        '【林总】',
        '1. 审批QC实验室扩建方案',
        '',
        '上周事项：金晓丽的OOS调查报告初稿已于4月22日提交（已完成）；Noordhaven现场审计5月19-20日照常进行。',
        '',
        '下次周会：5月25日（周一）',
        '时间：上午10:00，地点：QA会议室',
        '',
        '陈佳怡',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                                   '<body lang="ZH-CN" style="word-wrap:break-word"><div class="WordSection1">'),
                     tail='</div></body></html>\n', div='<p class="MsoNormal"><span style="font-size:11.0pt">%s</span></p>',
                     blank='<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>')
    b = 'B_%d_%d' % (3988000000 + int(hx(seed, 6), 16) % 999999, int(hx(seed + 'z', 8), 16) % 2000000000)
    node = Multi([('Content-type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="UTF-8"', 'quoted-printable'),
        text_leaf(html, 'text/html;\n\tcharset="UTF-8"', 'quoted-printable'),
    ], preamble='> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n')
    top = [
        ('User-Agent', 'Microsoft-MacOutlook/16.97.25052718'),
        ('Date', rfc_date(t)),
        ('Subject', subj('QA/QC周会纪要 5.18', 'UTF-8')),
        ('From', ab('chenjy')),
        ('To', ', '.join(ab(k) for k in ('jinxl', 'qianyq', 'linjp'))),
        ('CC', addr(BOT_B, BOT['B'])),
        ('Message-ID', '<%s@%s>' % (uuid_like(seed, True), B)),
        ('Thread-Topic', subj('QA/QC周会纪要 5.18', 'UTF-8')),
        ('Mime-version', '1.0'),
    ]
    raw = message(top, node, trace(BOT['B'], P['chenjy'].email,
                                   [b_received(t, P['chenjy'].email, '10.23.70.102', seed)]))
    add_case(num=6716, slug='api-qa-minutes-grouped-by-person-mac-outlook', kind='minutes', org='B', sent=t, eml=raw,
             client='Outlook for Mac 16', enc='multipart/alternative; UTF-8 quoted-printable',
             what='Minutes grouped by person (【姓名】 headers with numbered tasks under each); 时间待定 -> vague; 本周四前; title headers 钱老师/林总; item with no date; done review line; next meeting date on one line, time on the next',
             items=[
                 I('chenjy', '更新2026年度供应商审计计划', D('2026-05-22')),
                 I('chenjy', '组织QA部GMP附录《原料药》培训', ('vague',)),
                 I('jinxl', '完成HPLC色谱柱使用记录整改', ('thiswk', 3)),
                 I('jinxl', '稳定性考察箱温湿度偏离的调查报告', D('2026-05-26')),
                 I('qianyq', '答复CDE关于HC-305的发补意见', D('2026-06-05')),
                 I('linjp', '审批QC实验室扩建方案', ('none',)),
             ],
             next=(D('2026-05-25', 0), '10:00'),
             notes=('Sent Mon 2026-05-18 17:55 +0800. Each 【…】 header names the owner of the numbered tasks below it, so the numbering '
                    'restarts per person; items are listed in the mail\'s order. 陈佳怡: 2026-05-22; 时间待定 -> vague_due. 金晓丽: 本周四前 -> '
                    '2026-05-21; 2026-05-26. 钱老师 = 钱雅琴: 2026-06-05. 林总 = 林建平: no deadline -> no_due. The 上周事项 line reports a '
                    'finished task and a fact. 下次周会: date 5月25日（周一） on one line, 时间：上午10:00 on the next -> 2026-05-25 10:00.'))


# ---------------------------------------------------------------- 6717
def c6717():
    t = when(2026, 6, 4, 16, 31, 45)
    seed = '6717'
    text = '\n'.join([
        '各位：',
        '',
        '下午发补资料准备会纪要如下（CDE发补通知要求80个工作日内回复，我们内部定6月底前完成全部资料）：',
        '',
        '1. 汇总CDE发补问题清单（共23条），按部门分配并建立跟踪表，',
        '   6月8日前完成（钱雅琴）。',
        '2. 补做杂质B的方法学验证（专属性、检测限、定量限），出具验证报告，',
        '   6月18日前完成 —— 金晓丽负责。',
        '3. 补充3批工艺验证批的关键工艺参数统计分析，6月15日前（杨振宇）。',
        '4. 提供起始物料供应商的质量审计报告及变更情况说明，由陈佳怡负责，',
        '   时间：下周三前。',
        '5. 注册资料整体汇编和格式审核：钱雅琴，6月30日前。',
        '',
        '下周四同一时间（下午2点）在注册部再对一次进度。',
        '',
        '-- ',
        '钱雅琴',
        '注册部 | 浙江海澄药业股份有限公司',
        'Tel: 0576-8556xxxx',
    ]) + '\n'
    leaf = text_leaf(text, 'text/plain; charset=UTF-8; format=flowed', '8bit')
    top = [
        ('Message-ID', '<%s@%s>' % (uuid_like(seed), B)),
        ('Date', rfc_date(t)),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'zh-CN'),
        ('To', ', '.join(ab(k) for k in ('jinxl', 'yangzy', 'chenjy'))),
        ('Cc', ', '.join([ab('zhanggd'), addr(BOT_B, BOT['B'])])),
        ('From', ab('qianyq')),
        ('Subject', subj('HC-305 CDE发补资料准备会 纪要', 'UTF-8')),
    ]
    raw = message(top, leaf, trace(BOT['B'], P['qianyq'].email,
                                   [b_received(t, P['qianyq'].email, '10.23.72.9', seed)]))
    add_case(num=6717, slug='api-cde-items-wrapped-two-lines-thunderbird', kind='minutes', org='B', sent=t, eml=raw,
             client='Thunderbird 128 (Windows)', enc='single text/plain UTF-8 8bit, format=flowed, hard-wrapped items',
             what='Numbered items hard-wrapped onto an indented second line that carries the date and owner; owner in brackets, "—— X负责", "由X负责", "：X，"; 80个工作日内 is a fact; next 下周四同一时间（下午2点）',
             items=[
                 I('qianyq', '汇总CDE发补问题清单，按部门分配并建立跟踪表', D('2026-06-08')),
                 I('jinxl', '补做杂质B的方法学验证，出具验证报告', D('2026-06-18')),
                 I('yangzy', '补充3批工艺验证批的关键工艺参数统计分析', D('2026-06-15')),
                 I('chenjy', '提供起始物料供应商的质量审计报告及变更情况说明', ('nextwk', 2)),
                 I('qianyq', '注册资料整体汇编和格式审核', D('2026-06-30')),
             ],
             next=(('nextwk', 3), '14:00'),
             notes=('Sent Thu 2026-06-04 16:31 +0800 from Thunderbird (8bit, format=flowed; the wrapped lines are real hard breaks, no '
                    'trailing space). Items 1, 2 and 4 continue on an indented second line that holds the deadline and sometimes the owner. '
                    '1 钱雅琴 2026-06-08; 2 金晓丽 2026-06-18; 3 杨振宇 2026-06-15; 4 陈佳怡 下周三前 -> 2026-06-10; 5 钱雅琴 2026-06-30. '
                    'The opening sentence (80个工作日内回复 is the authority\'s rule; 6月底前完成全部资料 is the overall goal that item 5 '
                    'already carries) gives no extra item. "下周四同一时间（下午2点）" -> 2026-06-11 14:00. "-- " signature.'))


# ---------------------------------------------------------------- 6718
def c6718():
    t = when(2026, 6, 17, 17, 3, 12)
    seed = '6718'
    blocks = [
        '各位：',
        '',
        '今天下午端午节前生产安排会纪要如下：',
        '',
        '一、会议由张总主持，林总、杨主任、应经理、韦志远、卢思远、蒋雯参加。',
        '',
        '二、议定事项',
        '（一）张总牵头，国际销售部、供应链部配合，与Noordhaven确认7月份HC-201发货计划，节后第一个工作日给客户答复。',
        '（二）杨主任负责完成节前最后一批HC-201的出料和清场，周四前完成。',
        '（三）卢工负责组织节前安全检查，发现问题3个工作日内完成整改闭环。',
        '（四）应经理负责锁定7月份主要原料采购订单，6月底前。',
        '（五）节日期间值班安排按公司通知执行，值班人员手机24小时开机。',
        '',
        '三、下次会议',
        '节后周二（6月23日）上午9点，行政楼三楼会议室。',
        '',
        '蒋雯',
        '国际销售部',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'gb2312')
    b = outlook_boundary(seed, idx='0031')
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="gb2312"', 'base64', codec='gb2312'),
        text_leaf(html, 'text/html;\n\tcharset="gb2312"', 'quoted-printable', codec='gb2312'),
    ], preamble='This is a multipart message in MIME format.\n')
    top = [
        ('From', ab('jiangw', 'gb2312')),
        ('To', alist([ab(k, 'gb2312') for k in ('zhanggd', 'linjp', 'yangzy', 'yingzq', 'weizy', 'lusy')], ',\n\t')),
        ('Cc', addr(BOT_B, BOT['B'], 'gb2312')),
        ('Subject', subj('端午节前生产安排会纪要', 'gb2312', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, B)),
        ('MIME-Version', '1.0'),
    ]
    node.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, node, trace(BOT['B'], P['jiangw'].email,
                                   [b_received(t, P['jiangw'].email, '10.23.70.77', seed)]))
    add_case(num=6718, slug='api-dragon-boat-eve-zhangzong-lead-outlook', kind='minutes', org='B', sent=t, eml=raw,
             client='Outlook 2016 zh-CN', enc='multipart/alternative; gb2312 base64 text, QP HTML',
             what='Eve of Dragon Boat (06-19..21): 张总牵头 with units 配合, 节后第一个工作日, bare 周四前, 3个工作日内 across the holiday, 6月底前; title owners 杨主任/卢工/应经理; next 节后周二（6月23日）上午9点',
             items=[
                 I('zhanggd', '与Noordhaven确认7月份HC-201发货计划并答复客户', ('after_hol',)),
                 I('yangzy', '完成节前最后一批HC-201的出料和清场', ('wd', 3)),
                 I('lusy', '组织节前安全检查，发现问题完成整改闭环', ('workdays', 3)),
                 I('yingzq', '锁定7月份主要原料采购订单', ('month_end',)),
             ],
             next=(D('2026-06-23', 1), '09:00'),
             notes=('Sent Wed 2026-06-17 17:03 +0800; Dragon Boat holiday is Fri 06-19..Sun 06-21. （一）张总牵头 -> 张国栋 (the 配合 '
                    'units are support); 节后第一个工作日 -> Mon 2026-06-22. （二）杨主任 = 杨振宇, 周四前 -> Thu 2026-06-18. （三）卢工 = 卢思远, '
                    '3个工作日内 from Thu 06-18: 06-18 (1), 06-22 (2), 06-23 (3) -> 2026-06-23 (AMBIGUOUS: "发现问题3个工作日内" could be read '
                    'as counted from when a problem is found; we count from the mail as the convention says). （四）应经理 = 应志强, '
                    '6月底前 -> 2026-06-30. （五）is a rule. 下次会议 节后周二（6月23日）上午9点 -> 2026-06-23 09:00.'))


# ---------------------------------------------------------------- 6719 (other)
def c6719():
    t = when(2026, 6, 9, 10, 48, 31)
    seed = '6719'
    blocks = [
        '符经理你好：',
        '',
        '我那套海棠湾2栋1503的客厅空调上周开始不制冷，上次住的客人也反映过，麻烦这周五前安排师傅上门看看，需要我到场的话提前一天跟我说。',
        '',
        '另外5月份的分账明细我还没收到，请财务6月12日前发我一下，有几笔退订的订单我想核对一下。',
        '',
        '谢谢！',
        '',
        '陈国华',
        '',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>',
                     tail='</div>', div='<div>%s</div>', blank='<div><br></div>')
    b = '----=_NextPart_%s_%s_%s' % (hx(seed, 8, True), hx(seed + 'a', 8, True), hx(seed + 'b', 8, True))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="gb18030"', 'base64', codec='gb18030'),
        text_leaf(html, 'text/html;\n\tcharset="gb18030"', 'base64', codec='gb18030'),
    ], preamble='This is a multi-part message in MIME format.\n')
    top = [
        ('From', addr('陈国华', P['landlord'].email, 'gb18030', quote=True)),
        ('To', addr(P['dragon'].name, P['dragon'].email, 'gb18030')),
        ('Cc', ', '.join([addr(P['siqi'].name, P['siqi'].email, 'gb18030'), addr('纪要助手', BOT['C'], 'gb18030')])),
        ('Subject', subj('关于1503空调维修和5月分账的事', 'gb18030')),
        ('Mime-Version', '1.0'),
        ('Date', rfc_date(t)),
        ('X-Priority', '3'),
        ('Message-ID', '<tencent_%s@qq.example.com>' % hx(seed, 30, True)),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'QQMail 2.x'),
        ('X-QQ-Mailer', 'QQMail 2.x'),
    ]
    raw = message(top, node, trace(BOT['C'], P['landlord'].email,
                                   [ext_received(t, 'out203-205-221-239.mail.qq.example.com', '203.205.221.239', 'mx.' + C, seed)]))
    add_case(num=6719, slug='rental-landlord-request-qqmail-gb18030', kind='other', org='C', sent=t, eml=raw,
             client='QQ Mail web (personal)', enc='multipart/alternative; gb18030 base64',
             what='A landlord\'s request to the start-up (这周五前/6月12日前), bot in Cc because he copied an old Cc list: kind other, no items',
             notes=('A property owner (陈国华, QQ Mail, GB18030) writes on Tue 2026-06-09 to 符小龙 with 王思琪 and the bot in Cc (copied '
                    'from an earlier mail). It asks for things with dates (这周五前安排师傅, 6月12日前发分账明细) but it is a request, not '
                    'minutes of any meeting and not a reply to a recap -> kind other, no items, no follow-up.'))


# ---------------------------------------------------------------- 6720 (auto)
def c6720():
    t = when(2026, 6, 18, 9, 12, 40)
    seed = '6720'
    text = ('您好，\n\n我于6月18日至6月28日休年假，期间不便查看邮件。6月29日返岗后会尽快处理您的邮件。\n'
            '注册相关紧急事项请联系陈佳怡（chenjiayi@haicheng-pharm.example.cn，分机8021）。\n\n'
            '钱雅琴\n注册部 | 浙江海澄药业股份有限公司\n\n（此邮件为自动回复）\n')
    leaf = text_leaf(text, 'text/plain; charset="UTF-8"', 'base64')
    bot_msgid = '<mb.%s@%s>' % (hx(seed + 'bot', 20), B)
    top = [
        ('Date', rfc_date(t)),
        ('From', ab('qianyq')),
        ('To', addr(BOT_B, BOT['B'])),
        ('Message-ID', alimail_msgid(seed, 'qianyaqin')),
        ('In-Reply-To', bot_msgid),
        ('References', bot_msgid),
        ('Subject', subj('自动回复：【纪要确认】HC-305 CDE发补资料准备会 纪要', 'UTF-8', fold='\n  ')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Autoreply', 'yes'),
        ('Precedence', 'auto_reply'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'Alimail-Mailagent revision 3'),
    ]
    raw = message(top, leaf, trace(BOT['B'], P['qianyq'].email,
                                   [b_received(t, P['qianyq'].email, '127.0.0.1', seed)]))
    add_case(num=6720, slug='api-out-of-office-alimail', kind='auto', org='B', sent=t, eml=raw,
             client='Alibaba Mail server auto-reply', enc='single text/plain UTF-8 base64',
             what='Out-of-office auto-reply (Auto-Submitted: auto-replied, X-Autoreply, Precedence) to the bot\'s recap, with dates and a contact in the body',
             notes=('Automatic out-of-office reply from 钱雅琴\'s mailbox to the bot\'s recap of case 6717 (In-Reply-To the bot\'s message, '
                    'subject 自动回复：…). Auto-Submitted: auto-replied and X-Autoreply mark it as machine-written: kind auto. The dates in '
                    'the body (6月18日至6月28日, 6月29日返岗) are not items or a follow-up, and the bot must not answer it.'))


for _f in (c6710, c6711, c6712, c6713, c6714, c6715, c6716, c6717, c6718, c6719, c6720):
    _f()
