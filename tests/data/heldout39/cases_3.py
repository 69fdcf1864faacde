"""Cases 6721-6729 (not 6719): 三亚椰栖科技 CocoNest (holiday-rental start-up, Sanya; Feishu/Lark mail),
its Korean agency partner and its cleaning contractor."""
from hl_lib import *  # noqa: F401,F403
from hl_lib import PEOPLE as P

BOT_C = '纪要助手'


def c_received(t, ip, seed, helo='lark-smtp'):
    return ('from %s (unknown [%s])\n\tby mx.coconest.example.com (LarkMail) with ESMTPSA id %s;\n\t%s'
            % (helo, ip, hx(seed, 12, True), rfc_date(plus(t, 1).astimezone(SHANGHAI), pad=True)))


def cx_received(t, helo, ip, seed):
    return ('from %s (%s [%s])\n\tby mx.coconest.example.com (LarkMail) with ESMTPS id %s\n\tfor <%s>; %s'
            % (helo, helo, ip, hx(seed, 12, True), BOT['C'], rfc_date(plus(t, 3).astimezone(SHANGHAI), pad=True)))


def cu(p, label='UTF-8'):
    return addr(P[p].name, P[p].email, label)


def lark_msgid(seed):
    return '<%s@coconest.example.com>' % uuid_like(seed)


# ---------------------------------------------------------------- 6721
def c6721():
    t = when(2026, 4, 9, 19, 33, 12)
    seed = '6721'
    h = []
    h.append('<div style="font-size:14px;line-height:1.6;">')
    h.append('<div>@所有人 周四运营会的飞书妙记智能纪要，转给纪要助手跟一下待办。</div><div><br></div>')
    h.append('<div style="border:1px solid #dee0e3;border-radius:8px;padding:16px;">')
    h.append('<div style="font-size:18px;font-weight:600;">智能纪要：清明假期复盘 &amp; 五一备战 2026年4月9日</div>')
    h.append('<div style="color:#8f959e;">会议时间：2026年4月9日 16:00 | 参会人：黎婉婷、符小龙、麦嘉欣、邢志鹏、云晓菲</div>')
    h.append('<h3>总结</h3>')
    h.append('<div>本次会议复盘了清明假期（4月4日-6日）入住情况，整体入住率82%，海棠湾片区达到95%，差评主要集中在保洁不及时和热水器问题。'
             '会议讨论了五一期间的房价策略，决定五一期间房价整体上浮30%，并在4月20日前完成全部新房源上架；符小龙提到新房源实拍需要尽快排期。</div>')
    h.append('<h3>章节</h3><ul>')
    for c in ('00:00 清明假期数据复盘', '14:22 差评原因分析', '27:45 五一房价策略', '41:10 新房源上线计划'):
        h.append('<li>%s</li>' % c)
    h.append('</ul><h3>待办</h3><ul style="list-style:none;padding-left:0;">')
    for c in ('☐ 符小龙：下周一前完成海棠湾新上线12套房源的实拍排期',
              '☐ 麦嘉欣：4月10日前整理清明假期差评原因清单',
              '☐ 邢志鹏：周五前评估动态定价模块改造工作量',
              '☐ 与保洁公司确认五一加班排班'):
        h.append('<li>%s</li>' % c)
    h.append('</ul><div style="color:#8f959e;font-size:12px;">智能纪要由AI生成，可能不准确，请谨慎甄别后使用</div></div>')
    h.append('<div><br></div><div>Tina</div></div>\n')
    html = '<html><head><meta charset="utf-8"></head><body>' + '\n'.join(h) + '</body></html>\n'
    leaf = text_leaf(html, 'text/html; charset=UTF-8', 'base64')
    top = [
        ('MIME-Version', '1.0'),
        ('Date', rfc_date(t)),
        ('From', cu('tina')),
        ('To', ', '.join(cu(k) for k in ('dragon', 'maggie', 'zhipeng', 'faye'))),
        ('Cc', addr(BOT_C, BOT['C'])),
        ('Subject', subj('飞书妙记 | 清明复盘 & 五一备战 智能纪要', 'UTF-8')),
        ('Message-ID', lark_msgid(seed)),
        ('X-Mailer', 'Lark Mail'),
        ('X-Lms-Return-Path', '<lba+2%s+tina@coconest.example.com>' % hx(seed, 10)),
    ]
    raw = message(top, leaf, trace(BOT['C'], P['tina'].email, [c_received(t, '10.0.12.8', seed)]))
    add_case(num=6721, slug='rental-feishu-ai-minutes-html-only', kind='minutes', org='C', sent=t, eml=raw,
             client='Feishu (Lark) mail desktop', enc='single text/html UTF-8 base64 (no text alternative)',
             what='飞书妙记 智能纪要, HTML only: 总结 (with a decision and a restated task) and 章节 are not items; 待办 with ☐ boxes; one 待办 has no assignee and no date',
             items=[
                 I('dragon', '完成海棠湾新上线12套房源的实拍排期', ('nextwk', 0)),
                 I('maggie', '整理清明假期差评原因清单', D('2026-04-10')),
                 I('zhipeng', '评估动态定价模块改造工作量', ('wd', 4)),
                 I(None, '与保洁公司确认五一加班排班', ('none',)),
             ],
             next=None,
             notes=('Feishu AI minutes sent by 黎婉婷 (Tina) on Thu 2026-04-09 19:33 +0800, HTML only. Only the 待办 list counts: the 总结 '
                    'paragraph states a decision (五一房价上浮30%, 4月20日前完成新房源上架) and restates 符小龙\'s task; 章节 lines are '
                    'timestamps. 1 下周一前 -> 2026-04-13. 2 2026-04-10. 3 周五前 -> this week\'s Friday 2026-04-10. 4 the AI left the '
                    'assignee and date empty -> owner null, department null, [no_owner, no_due]. No next meeting.'))


# ---------------------------------------------------------------- 6722
def c6722():
    t = when(2026, 4, 21, 23, 41, 7)
    seed = '6722'
    text = '\n'.join([
        '刚才群里语音会的结论我贴一下，纪要助手帮忙盯一下',
        '',
        '【群聊记录】',
        '[21:05] 云晓菲：五一预售海报和小红书笔记我周五前出',
        '[21:06] 黄子轩：Haneul那边韩国团的房源包，我明天中午前跟他们对完',
        '[21:08] 吉文博：优惠券叠加那个bug我今晚修，明早10点前上线',
        '[21:09] 符小龙：五一房态我下周一前最后确认一遍',
        '[21:10] Tina：好，那就这么定',
        '',
        '会后待办：',
        '1. 晓菲：五一预售海报+3篇小红书笔记，4月24日前',
        '2. 子轩：与Haneul对接韩国团客房源包报价，明天中午12点前',
        '3. 文博：修复小程序下单页优惠券叠加bug并上线，明早10点前',
        '4. 龙哥：五一房态最终确认（下周一前）',
        '',
        '明晚9点线上再过一遍。',
        '',
        '发自我的iPhone',
    ]) + '\n'
    leaf = text_leaf(text, 'text/plain;\n\tcharset=utf-8', 'quoted-printable')
    top = [leaf.headers[0], leaf.headers[1],
           ('From', cu('tina')),
           ('Mime-Version', '1.0 (1.0)'),
           ('Subject', subj('今晚语音会待办', 'utf-8')),
           ('Date', rfc_date(t)),
           ('Message-Id', '<%s@coconest.example.com>' % uuid_like(seed, True)),
           ('Cc', addr(BOT_C, BOT['C'], 'utf-8')),
           ('To', ', '.join(cu(k, 'utf-8') for k in ('faye', 'zixuan', 'wenbo', 'dragon'))),
           ('X-Mailer', 'iPhone Mail (22E252)')]
    leaf.headers = []
    raw = message(top, leaf, trace(BOT['C'], P['tina'].email, [c_received(t, '223.104.20.17', seed, helo='smtpclient.apple')]))
    add_case(num=6722, slug='rental-chat-paste-late-night-iphone', kind='minutes', org='C', sent=t, eml=raw,
             client='iPhone Mail (iOS 18)', enc='single text/plain UTF-8 quoted-printable',
             what='WeChat group chat pasted above the 会后待办 list (chat lines restate the tasks: not items); late-night send: 明天中午12点前, 明早10点前 (due_time), 下周一前; nicknames 晓菲/子轩/文博/龙哥; next 明晚9点',
             items=[
                 I('faye', '五一预售海报+3篇小红书笔记', D('2026-04-24')),
                 I('zixuan', '与Haneul对接韩国团客房源包报价', ('tomorrow',), time='12:00'),
                 I('wenbo', '修复小程序下单页优惠券叠加bug并上线', ('tomorrow',), time='10:00'),
                 I('dragon', '五一房态最终确认', ('nextwk', 0)),
             ],
             next=(('tomorrow',), '21:00'),
             notes=('Sent from an iPhone on Tue 2026-04-21 23:41 +0800. The 【群聊记录】 lines are the chat that produced the list; they '
                    'restate the same four tasks and are not items. 会后待办: 晓菲 = 云晓菲, 2026-04-24 (the chat\'s 周五 agrees); 子轩 = 黄子轩, '
                    '明天中午12点前 -> 2026-04-22 12:00; 文博 = 吉文博, 明早10点前 -> 2026-04-22 10:00; 龙哥 = 符小龙, 下周一前 -> 2026-04-27. '
                    '明晚9点线上再过一遍 -> 2026-04-22 21:00.'))


# ---------------------------------------------------------------- 6723
def c6723():
    t = when(2026, 4, 29, 12, 18, 40)
    seed = '6723'
    blocks = [
        'Hi all，五一前最后一次 standup 的 action items（从飞书文档里拷出来的）：',
        '',
        '- [x] @wenbo 五一房价日历上线（已上线）',
        '- [ ] @zhipeng 五一期间技术值班表 by Thu',
        '- [ ] @maggie 五一入住高峰保洁排班 4/30',
        '- [ ] @jason 跟Haneul确认韩国团订单定金 节后第一个工作日',
        '- [ ] @faye 节后复盘数据看板 5/8',
        '- [ ] @keke 客服话术更新（台风/暴雨退改）',
        '',
        'Next sync: 5/6 (Wed) 11:00',
        '',
        '志鹏',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<html><head><meta charset="utf-8"></head><body><div style="font-size:14px;">',
                     tail='</div></body></html>\n')
    b = '%s' % hx(seed, 28)
    node = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset=UTF-8', 'base64'),
        text_leaf(html, 'text/html; charset=UTF-8', 'base64'),
    ])
    top = [
        ('MIME-Version', '1.0'),
        ('Date', rfc_date(t)),
        ('From', cu('zhipeng')),
        ('To', ', '.join(cu(k) for k in ('wenbo', 'maggie', 'zixuan', 'faye', 'keke'))),
        ('Cc', ', '.join([cu('tina'), addr(BOT_C, BOT['C'])])),
        ('Subject', subj('[standup] 4/29 action items', 'UTF-8')),
        ('Message-ID', lark_msgid(seed)),
        ('X-Mailer', 'Lark Mail'),
    ]
    raw = message(top, node, trace(BOT['C'], P['zhipeng'].email, [c_received(t, '10.0.12.31', seed)]))
    add_case(num=6723, slug='rental-markdown-checkboxes-feishu', kind='minutes', org='C', sent=t, eml=raw,
             client='Feishu (Lark) mail desktop', enc='multipart/alternative; UTF-8 base64',
             what="'- [ ] @name' checklist pasted from a doc: [x] is done; @handles are roster aliases; 'by Thu', '4/30', 节后第一个工作日 (Labour Day), '5/8'; no-date row; 'Next sync: 5/6 (Wed) 11:00'",
             items=[
                 I('zhipeng', '五一期间技术值班表', ('wd', 3)),
                 I('maggie', '五一入住高峰保洁排班', D('2026-04-30')),
                 I('zixuan', '跟Haneul确认韩国团订单定金', ('after_hol',)),
                 I('faye', '节后复盘数据看板', D('2026-05-08')),
                 I('keke', '客服话术更新（台风/暴雨退改）', ('none',)),
             ],
             next=(D('2026-05-06', 2), '11:00'),
             notes=('Sent Wed 2026-04-29 12:18 +0800. Checklist in GitHub/Markdown style. "- [x] @wenbo …（已上线）" is done -> not an item. '
                    '@zhipeng = 邢志鹏 (the writer), "by Thu" -> 2026-04-30; @maggie = 麦嘉欣, 4/30 -> 2026-04-30; @jason = 黄子轩 (roster alias '
                    'Jason; not Vincent Gu of the bearing plant), 节后第一个工作日 -> Labour Day 05-01..05-05, so 2026-05-06; @faye = 云晓菲, '
                    '5/8 -> 2026-05-08; @keke = 陈可 with no date -> no_due. "Next sync: 5/6 (Wed) 11:00" -> 2026-05-06 11:00.'))


# ---------------------------------------------------------------- 6724
def c6724():
    t = when(2026, 5, 12, 10, 20, 14, tzh=9)
    seed = '6724'
    lines = [
        'Dear Jason, Tina,',
        '',
        'Thank you for your time yesterday. Please find below the minutes of our call.',
        '',
        'Participants: Tina Li, Jason Huang (CocoNest); Kim Minji (Haneul Travel)',
        '',
        '1. Summer group series (June\u2013August)',
        '- Haneul will send 6 groups of 20\u201324 pax; first arrival on June 26.',
        '- CocoNest will hold 12 villas in Haitang Bay for each group.',
        '',
        '2. Actions',
        '- Action: Jason to send the updated group-rate sheet (incl. breakfast option) by Thursday.',
        '- Action: Minji to confirm the room block for the June 26\u201329 group by May 20.',
        '- Action: Tina to sign the revised agency agreement \u2013 by end of May.',
        '- Action: Both sides to agree on a typhoon-season cancellation policy \u2013 TBD.',
        '',
        'Next call: Tuesday, May 19, 4pm KST (3pm Beijing).',
        '',
        'Best regards,',
        'Minji',
        '',
        'Kim Minji | Partnership Manager',
        'Haneul Travel Co., Ltd. | Seoul',
    ]
    text = '\n'.join(lines) + '\n'
    html = html_outlook(lines, 'utf-8', lang='EN-US', font='Calibri')
    b = outlook_boundary(seed, idx='0001')
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="utf-8"', 'quoted-printable'),
        text_leaf(html, 'text/html; charset="utf-8"', 'quoted-printable'),
    ])
    top = [
        ('From', 'Kim Minji <%s>' % P['minji'].email),
        ('To', 'Jason Huang <%s>, Tina Li <%s>' % (P['zixuan'].email, P['tina'].email)),
        ('CC', 'CocoNest Minutes <%s>' % BOT['C']),
        ('Subject', 'Minutes =?utf-8?Q?=E2=80=93?= Haneul x CocoNest call (May 11)'),
        ('Thread-Topic', 'Minutes =?utf-8?Q?=E2=80=93?= Haneul x CocoNest call (May 11)'),
        ('Thread-Index', thread_index(seed)),
        ('Date', rfc_date(t)),
        ('Message-ID', '<SL2PR06MB%s@SL2PR06MB%s.apcprd06.prod.outlook.example.com>' % (hx(seed, 12, True), hx(seed, 4, True))),
        ('Accept-Language', 'ko-KR, en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('MIME-Version', '1.0'),
    ]
    raw = message(top, node, trace(BOT['C'], P['minji'].email,
                                   [cx_received(t, 'mail-sl2kor01on2101.outbound.protection.outlook.example.com', '40.107.15.101', seed)]))
    add_case(num=6724, slug='rental-korean-partner-actions-outlook-kst', kind='minutes', org='C', sent=t, eml=raw,
             client='Outlook (Microsoft 365, partner in Seoul)', enc='multipart/alternative; UTF-8 quoted-printable',
             what="Foreign partner's English 'Action: X to … by …' lines, Date +0900: by Thursday, by May 20, 'by end of May', 'Both sides … TBD'; owners through English aliases; 'Next call … 4pm KST (3pm Beijing)'",
             items=[
                 I('zixuan', 'send the updated group-rate sheet (incl. breakfast option)', ('wd', 3)),
                 I('minji', 'confirm the room block for the June 26-29 group', D('2026-05-20')),
                 I('tina', 'sign the revised agency agreement', ('month_end', 5)),
                 I(None, 'agree on a typhoon-season cancellation policy', ('vague',)),
             ],
             next=(D('2026-05-19', 1), '15:00'),
             notes=('Written in Seoul on Tue 2026-05-12 10:20 +0900 = 09:20 Tuesday in Shanghai. Jason = 黄子轩 and Tina = 黎婉婷 '
                    '(roster aliases and To display names); Minji = Kim Minji (roster outsider, From). "by Thursday" -> 2026-05-14; '
                    '"by May 20" -> 2026-05-20; "by end of May" -> 2026-05-31; "Both sides … TBD" is no one person and no date -> owner '
                    'null, department null, [no_owner, vague_due]. "Next call: Tuesday, May 19, 4pm KST (3pm Beijing)" -> 2026-05-19 15:00 '
                    '(KST is UTC+9). The group-series lines are facts/plans, not action items.'))


# ---------------------------------------------------------------- 6725
def c6725():
    t = when(2026, 5, 18, 20, 7, 55)
    seed = '6725'
    blocks = [
        '各位，今晚运营周会纪要：',
        '',
        '1. 麦嘉欣 5月22日前 完成亚龙湾6套房源的布草更换',
        '2. 陈可 本周五前 上线新版入住指引（中英韩三语）',
        '3. 王思琪 5月25日前 完成4月房东分账对账',
        '4. 符小龙 5月底前 谈下2个三亚湾新房东',
        '',
        '下周一晚8点同一个会议室。',
        '',
        '符小龙',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<html><head><meta charset="utf-8"></head><body><div style="font-size:14px;">',
                     tail='</div></body></html>\n')
    b = '%s' % hx(seed, 28)
    node = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset=UTF-8', 'base64'),
        text_leaf(html, 'text/html; charset=UTF-8', 'base64'),
    ])
    top = [
        ('MIME-Version', '1.0'),
        ('Date', rfc_date(t)),
        ('From', cu('dragon')),
        ('To', ', '.join(cu(k) for k in ('maggie', 'keke', 'siqi'))),
        ('Cc', ', '.join([cu('tina'), addr(BOT_C, BOT['C'])])),
        ('Subject', subj('运营周会纪要 5/18', 'UTF-8')),
        ('Message-ID', lark_msgid(seed)),
        ('X-Mailer', 'Lark Mail'),
    ]
    raw = message(top, node, trace(BOT['C'], P['dragon'].email, [c_received(t, '10.0.12.44', seed)]))
    add_case(num=6725, slug='rental-plain-weekly-ops-feishu', kind='minutes', org='C', sent=t, eml=raw,
             client='Feishu (Lark) mail desktop', enc='multipart/alternative; UTF-8 base64',
             what='Plain common minutes: "N. 姓名 日期前 任务" lines; 本周五前, 5月底前; next 下周一晚8点',
             items=[
                 I('maggie', '完成亚龙湾6套房源的布草更换', D('2026-05-22')),
                 I('keke', '上线新版入住指引（中英韩三语）', ('thiswk', 4)),
                 I('siqi', '完成4月房东分账对账', D('2026-05-25')),
                 I('dragon', '谈下2个三亚湾新房东', ('month_end',)),
             ],
             next=(('nextwk', 0), '20:00'),
             notes=('Short everyday minutes sent Mon 2026-05-18 20:07 +0800. Each line is owner, deadline, task. 2026-05-22; 本周五前 -> '
                    '2026-05-22; 2026-05-25; 5月底前 -> 2026-05-31. 下周一晚8点 -> 2026-05-25 20:00.'))


# ---------------------------------------------------------------- 6726
def c6726():
    t = when(2026, 6, 11, 15, 44, 20)
    seed = '6726'
    blocks = [
        '符总、嘉欣：',
        '',
        '今天下午腾讯会议的智能纪要如下，待办我已经核对过。端午和暑假高峰的保洁我们按这个推进，端午后6月22日（周一）下午再对一次。',
        '',
        '腾讯会议 智能纪要',
        '会议主题：椰栖×洁屋 端午及暑期保洁排班对接会',
        '会议时间：2026/06/11 14:00-14:50',
        '',
        '全文摘要',
        '双方就端午假期及暑期高峰的保洁人力、布草周转和质检标准进行了沟通。洁屋方面表示端午期间可增派8名保洁员，暑期需提前一周锁定排班；'
        '椰栖方面提出退房后4小时内完成保洁的要求，并希望洁屋尽快给出暑期布草周转方案。',
        '',
        '待办事项',
        '1. 邓春梅：端午期间增派保洁员名单及排班表，6/15前发给椰栖',
        '2. 麦嘉欣：提供端午期间每日退房清单（端午前）',
        '3. 陈可：客服中心同步保洁时效投诉的处理口径（下周三）',
        '4. 洁屋：暑期布草周转方案（待定）',
        '',
        '以上内容由腾讯会议AI生成',
        '',
        '邓春梅',
        '运营经理 | 三亚洁屋家政服务有限公司',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<div style="font-family:微软雅黑;font-size:14px;">', tail='</div>\n')
    b = '----=_NextPart_%s_%s_%s' % (hx(seed, 8, True), hx(seed + 'a', 8, True), hx(seed + 'b', 8, True))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="utf-8"', 'base64'),
        text_leaf(html, 'text/html;\n\tcharset="utf-8"', 'base64'),
    ], preamble='This is a multi-part message in MIME format.\n')
    top = [
        ('From', cu('dengcm', 'utf-8')),
        ('To', ', '.join(cu(k, 'utf-8') for k in ('dragon', 'maggie'))),
        ('Cc', ', '.join([cu('keke', 'utf-8'), addr(BOT_C, BOT['C'], 'utf-8')])),
        ('Subject', subj('椰栖×洁屋 端午及暑期保洁排班对接会 智能纪要', 'utf-8', fold='\n\t')),
        ('Mime-Version', '1.0'),
        ('Date', rfc_date(t)),
        ('Message-ID', '<tencent_%s@jiewu-clean.example.cn>' % hx(seed, 30, True)),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'WXWork Mail 4.1.36'),
        ('X-QQ-Mailer', 'WXWork Mail'),
    ]
    raw = message(top, node, trace(BOT['C'], P['dengcm'].email,
                                   [cx_received(t, 'smtpbguseast1.qq.example.com', '54.204.34.130', seed)]))
    add_case(num=6726, slug='rental-cleaning-partner-tencent-meeting-ai-wecom', kind='minutes', org='C', sent=t, eml=raw,
             client='企业微信 (WeCom) mail, partner company', enc='multipart/alternative; UTF-8 base64',
             what='Partner sends 腾讯会议 智能纪要: 全文摘要 not items, only 待办事项; partner-side owner; 端午前 = last working day before Dragon Boat; company-only owner 洁屋 + 待定; next date in the preface with 下午 but no clock time',
             items=[
                 I('dengcm', '端午期间增派保洁员名单及排班表发给椰栖', D('2026-06-15')),
                 I('maggie', '提供端午期间每日退房清单', ('before_hol',)),
                 I('keke', '客服中心同步保洁时效投诉的处理口径', ('nextwk', 2)),
                 I(None, '暑期布草周转方案', ('vague',)),
             ],
             next=(D('2026-06-22', 0), None),
             notes=('Written by the cleaning contractor\'s manager 邓春梅 (WeCom mail) on Thu 2026-06-11 15:44 +0800, with Tencent Meeting '
                    'AI minutes. Only 待办事项 count; the 全文摘要 repeats wishes (尽快给出布草周转方案) and is not an item. 1 邓春梅 '
                    '(roster outsider, From) 6/15前 -> 2026-06-15. 2 麦嘉欣 端午前 -> the last working day before the Dragon Boat holiday '
                    '(06-19..06-21) = Thu 2026-06-18. 3 陈可 下周三 -> 2026-06-17. 4 洁屋 is the contractor company, no person -> owner null, '
                    'department null (not one of ours), 待定 -> vague_due. The preface fixes the next talk: 端午后6月22日（周一）下午 -> '
                    '2026-06-22 with time null (下午 without a clock time).'))


# ---------------------------------------------------------------- 6727 (other)
def c6727():
    t = when(2026, 6, 26, 16, 20, 9)
    seed = '6727'
    blocks = [
        '各会员单位：',
        '',
        '大家好！现将《三亚民宿行业通讯》2026年第6期发给大家，欢迎转发给贵单位的同事。',
        '',
        '三亚民宿行业通讯（2026年第6期）',
        '三亚市民宿行业协会秘书处 编',
        '',
        '一、6月行业动态',
        '1. 端午假期（6月19日-21日）全市民宿平均入住率78.6%，同比提高4.1个百分点，海棠湾、亚龙湾片区超过90%。',
        '2. 市旅文局发布《关于进一步规范民宿经营的通知》，要求7月31日前完成民宿经营信息登记备案。',
        '3. 协会与两家保险公司洽谈民宿综合责任险团购方案，预计7月中旬公布。',
        '',
        '二、7月活动预告',
        '7月10日（周五）下午3点，协会在海棠湾召开暑期旺季安全工作会，请各会员单位于7月6日前回复参会人员名单。',
        '',
        '三、温馨提示',
        '台风季已至，请各民宿于6月30日前完成消防及防台风自查，并做好住客安全提示。',
        '',
        '如有投稿或建议，请直接回复本邮件。',
        '',
        '吴晓洁',
        '三亚市民宿行业协会 秘书长',
        '电话：0898-8826xxxx',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">',
                     tail='</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>', blank='<div>&nbsp;</div>')
    b = '----=_Part_%d_%d.%d' % (int(hx(seed, 6), 16) % 900000, int(hx(seed + 'x', 8), 16) % 2000000000, 1782462009000)
    node = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset=GBK', 'base64', codec='gbk'),
        text_leaf(html, 'text/html; charset=GBK', 'base64', codec='gbk'),
    ])
    top = [
        ('Date', rfc_date(t, comment='CST')),
        ('From', addr('吴晓洁', P['xiehui'].email, 'GBK')),
        ('To', addr('三亚民宿协会秘书处', P['xiehui'].email, 'GBK')),
        ('Subject', subj('三亚民宿行业通讯（2026年第6期）', 'GBK')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 163com'),
        ('X-NTES-SC', 'AL_Qu2cC%s==' % b64id(seed, 30)),
        ('MIME-Version', '1.0'),
        ('Message-ID', '<%s.%s.%s@163.example.com>' % (hx(seed, 8), hx(seed + 'q', 4), hx(seed + 'r', 11))),
        ('X-Coremail-Locale', 'zh_CN'),
        ('X-CM-TRANSID', '_____wD%s--.%dS2' % (b64id(seed + 't', 20).replace('-', 'x').replace('_', 'y'), 30000 + int(hx(seed, 3), 16))),
        ('X-Originating-IP', '[36.101.207.18]'),
    ]
    raw = message(top, node, trace(BOT['C'], P['xiehui'].email,
                                   [cx_received(t, 'm16.mail.163.example.com', '220.181.12.16', seed)]))
    add_case(num=6727, slug='rental-association-newsletter-163-gbk', kind='other', org='C', sent=t, eml=raw,
             client='163.com webmail (Coremail)', enc='multipart/alternative; GBK base64',
             what='A newsletter written by a person (association secretary) to members by Bcc: dates, a meeting time and 请…前回复 lines, but no list headers and no minutes -> kind other',
             notes=('A trade association\'s monthly newsletter written and sent by its secretary from 163.com on Fri 2026-06-26, with members '
                    'in Bcc (the bot address is on the member list; To is the secretariat itself). It has dates and requests (7月6日前回复, '
                    '6月30日前完成自查) and announces a meeting (7月10日下午3点), but it is neither minutes of our meeting nor a reply, and '
                    'it is written by a person (no List-Id/Precedence/Auto-Submitted) -> kind other, no items, no follow-up.'))


# ---------------------------------------------------------------- 6728 (auto)
def c6728():
    t = when(2026, 7, 3, 8, 0, 5)
    seed = '6728'
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>每日经营提醒</title></head>'
            '<body style="margin:0;background:#f5f6f7;"><table width="600" align="center" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:PingFang SC,Microsoft YaHei,sans-serif;font-size:14px;color:#1f2329;">\n'
            '<tr><td style="padding:24px;"><h2 style="margin:0 0 12px;">椰栖（三亚）您好，以下是7月3日的经营提醒</h2>\n'
            '<p>【待处理】3个订单待确认，请于今日18:00前处理，超时将自动取消：</p>\n'
            '<ul><li>订单 HT26070312：海棠湾2栋1503，7月5日-7月8日，2晚以上连住</li>\n'
            '<li>订单 HT26070319：亚龙湾椰林别墅A，7月4日入住</li>\n'
            '<li>订单 HT26070327：三亚湾海景房802，7月10日入住</li></ul>\n'
            '<p>【待回复】5条差评待回复，请于48小时内完成回复，以免影响房源排名。</p>\n'
            '<p>【提醒】暑期房价日历请于7月5日前完成设置。</p>\n'
            '<p><a href="https://pms.fangdongguanjia.example.com/console?from=mail">登录房东管家后台处理</a></p>\n'
            '<p style="color:#8f959e;font-size:12px;">本邮件由系统自动发送，请勿直接回复。如不想再收到此类提醒，'
            '<a href="https://pms.fangdongguanjia.example.com/unsub?u=%s">点此退订</a>。</p>\n'
            '</td></tr></table></body></html>\n' % hx(seed, 24))
    leaf = text_leaf(html, 'text/html; charset=utf-8', 'quoted-printable')
    top = [
        ('From', '=?utf-8?B?5oi/5Lic566h5a62?= <noreply@notice.fangdongguanjia.example.com>'),
        ('To', BOT['C']),
        ('Subject', subj('【房东管家】7月3日经营提醒：3个订单待确认', 'utf-8')),
        ('Date', rfc_date(t)),
        ('Message-ID', '<%s.%s@notice.fangdongguanjia.example.com>' % (hx(seed, 16), t.strftime('%Y%m%d%H%M%S'))),
        ('MIME-Version', '1.0'),
        ('Auto-Submitted', 'auto-generated'),
        ('Precedence', 'bulk'),
        ('X-Auto-Response-Suppress', 'All'),
        ('List-Unsubscribe', '<https://pms.fangdongguanjia.example.com/unsub?u=%s>, <mailto:unsub@notice.fangdongguanjia.example.com>' % hx(seed, 24)),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Feedback-ID', 'daily-remind:fdgj:%s' % hx(seed, 6)),
    ]
    raw = message(top, leaf, trace(BOT['C'], 'bounce+%s@notice.fangdongguanjia.example.com' % hx(seed, 10),
                                   [cx_received(t, 'mta12.notice.fangdongguanjia.example.com', '47.96.140.12', seed)]))
    add_case(num=6728, slug='rental-pms-daily-notification-auto', kind='auto', org='C', sent=t, eml=raw,
             client='property-management SaaS mailer', enc='single text/html UTF-8 quoted-printable',
             what='System notification (Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe) with 今日18:00前 / 48小时内 / 7月5日前 -> kind auto',
             notes=('Daily reminder from a property-management SaaS that the team registered with the shared minutes address. No person '
                    'wrote it: Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe(-Post), Feedback-ID. Its deadlines '
                    '(今日18:00前, 48小时内, 7月5日前) are not items -> kind auto, no items, no follow-up; the bot must not answer.'))


# ---------------------------------------------------------------- 6729
def c6729():
    t = when(2026, 6, 30, 21, 15, 48)
    seed = '6729'
    blocks = [
        '各位：',
        '',
        '今晚防台风预案讨论会纪要（气象台预报本周末可能有台风影响三亚）：',
        '',
        '1. 晓菲、嘉欣：各自梳理负责片区房源的防台物资清单（沙袋、胶带、应急灯），7月3日前报我。',
        '2. 龙哥（我）：',
        '   ① 联系各房东确认落地窗加固情况，本周五前；',
        '   ② 准备台风天退改及安抚话术，下周一前给到客服。',
        '3. 可可：客服中心台风期间24小时值班表，7月2日前。',
        '4. 文博：小程序上线台风预警横幅，明天下班前。',
        '',
        '台风登陆前一天所有房源暂停接新单，这个Tina已经确认。',
        '',
        '下周二（7/7）晚上8点复盘。',
        '',
        '符小龙',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head=('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                                   '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'),
                     tail='</body></html>\n')
    b = 'Apple-Mail=_%s' % uuid_like(seed, True)

    def apple_leaf(content, ctype):
        return Leaf([('Content-Transfer-Encoding', 'quoted-printable'), ('Content-Type', ctype)],
                    encode_body(content, 'quoted-printable'))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        apple_leaf(text, 'text/plain;\n\tcharset=utf-8'),
        apple_leaf(html, 'text/html;\n\tcharset=utf-8'),
    ])
    top = [
        ('From', cu('dragon', 'utf-8')),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'),
        ('Subject', subj('防台风预案讨论会 纪要（6/30）', 'utf-8')),
        ('Message-Id', '<%s@coconest.example.com>' % uuid_like(seed + 'm', True)),
        ('Date', rfc_date(t)),
        ('Cc', ', '.join([cu('tina', 'utf-8'), addr(BOT_C, BOT['C'], 'utf-8')])),
        ('To', ', '.join(cu(k, 'utf-8') for k in ('faye', 'maggie', 'keke', 'wenbo'))),
        ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)'),
    ]
    raw = message(top, node, trace(BOT['C'], P['dragon'].email, [c_received(t, '10.0.12.44', seed, helo='smtpclient.apple')]))
    add_case(num=6729, slug='rental-typhoon-two-owners-subtasks-apple-mail', kind='minutes', org='C', sent=t, eml=raw,
             client='Apple Mail (macOS)', enc='multipart/alternative; UTF-8 quoted-printable (CTE before Content-Type, as Apple writes it)',
             what='Same task for two owners (晓菲、嘉欣：各自…) -> two items; ①② sub-tasks under 龙哥（我）; 明天下班前 (no time); 本周五前/下周一前; decision line; next 下周二（7/7）晚上8点',
             items=[
                 I('faye', '梳理负责片区房源的防台物资清单（沙袋、胶带、应急灯）', D('2026-07-03')),
                 I('maggie', '梳理负责片区房源的防台物资清单（沙袋、胶带、应急灯）', D('2026-07-03')),
                 I('dragon', '联系各房东确认落地窗加固情况', ('thiswk', 4)),
                 I('dragon', '准备台风天退改及安抚话术给到客服', ('nextwk', 0)),
                 I('keke', '客服中心台风期间24小时值班表', D('2026-07-02')),
                 I('wenbo', '小程序上线台风预警横幅', ('tomorrow',)),
             ],
             next=(D('2026-07-07', 1), '20:00'),
             notes=('Sent Tue 2026-06-30 21:15 +0800 from Apple Mail. 1 "晓菲、嘉欣：各自梳理…" gives the same task to two people -> two items '
                    '(云晓菲, 麦嘉欣), both 2026-07-03. 2 龙哥（我）= 符小龙, the writer; ① 本周五前 -> 2026-07-03, ② 下周一前 -> 2026-07-06: two '
                    'items. 3 可可 = 陈可, 2026-07-02. 4 文博 = 吉文博, 明天下班前 -> 2026-07-01 with no time. The 暂停接新单 line is a decision. '
                    '下周二（7/7）晚上8点 -> 2026-07-07 20:00.'))


for _f in (c6721, c6722, c6723, c6724, c6725, c6726, c6727, c6728, c6729):
    _f()
