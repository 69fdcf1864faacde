"""Cases 6730-6738: 莱茵谷精密轴承（常熟）有限公司 Rheintal Precision Bearings (Changshu), Swiss-owned, Microsoft 365;
its Swiss head office and a German customer."""
from hl_lib import *  # noqa: F401,F403
from hl_lib import PEOPLE as P

BOT_D = 'Minutes Bot'
UTC = SHANGHAI.__class__(__import__('datetime').timedelta(0))


def exo_id(seed):
    return 'SG2PR06MB%s' % str(int(hx(seed, 6), 16) % 9000 + 1000)


def d_received(t, seed):
    a, b = exo_id(seed + 'a'), exo_id(seed + 'b')
    return ('from %s.apcprd06.prod.outlook.example.com (2603:1096:4:1a7::%s) by\n %s.apcprd06.prod.outlook.example.com '
            'with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; %s'
            % (a, hx(seed, 2), b, rfc_date(plus(t, 2).astimezone(UTC))))


def dx_received(t, helo, ip, seed):
    return ('from %s (%s [%s]) by\n %s.apcprd06.prod.outlook.example.com (2603:1096:4:1a7::%s) with Microsoft SMTP Server '
            '(version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21; %s'
            % (helo, helo, ip, exo_id(seed + 'b'), hx(seed, 2), rfc_date(plus(t, 3).astimezone(UTC))))


def exo_msgid(seed):
    a = exo_id(seed)
    return '<%s%s@%s.apcprd06.prod.outlook.example.com>' % (a, hx(seed, 10, True), a)


def en(p):
    """English display name as Outlook shows it for this tenant (Chinese staff have English names)."""
    names = {'guzh': 'Vincent Gu', 'shenli': 'Lily Shen', 'lujm': 'James Lu', 'jixy': 'Grace Ji', 'zhuhao': 'Howard Zhu',
             'caoying': 'Iris Cao', 'yvonne': 'Yvonne Lin'}
    return addr(names.get(p, P[p].name), P[p].email)


def exo_headers(seed, t, subject_hdr, lang='en-US', accept='en-US, zh-CN', reply_of=None):
    h = [('Thread-Topic', subject_hdr),
         ('Thread-Index', thread_index(reply_of or seed, seed if reply_of else None)),
         ('Date', rfc_date(t)),
         ('Message-ID', exo_msgid(seed))]
    if reply_of:
        h += [('References', exo_msgid(reply_of)), ('In-Reply-To', exo_msgid(reply_of))]
    h += [('Accept-Language', accept), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', '')]
    return h


# ---------------------------------------------------------------- 6730
def c6730():
    t = when(2026, 4, 14, 23, 48, 12, tzh=0)
    seed = '6730'
    lines = [
        'Hi all,',
        '',
        'Minutes of yesterday\'s weekly quality meeting (Tue Apr 14, 14:00-15:00, meeting room Rhine).',
        '',
        'Attendees: Martin Keller, Vincent Gu, James Lu, Grace Ji, Lily Shen; Sandra Brunner (Teams)',
        '',
        '1. Grinding line 3 - spindle vibration',
        '   Vibration on the G3 spindle above 4.5 mm/s since last week; 3% of 6205 rings out of roundness tolerance.',
        '   Owner: James Lu',
        '   Due: tomorrow',
        '   Action: replace the G3 spindle bearings and re-run the capability study',
        '',
        '2. Voss complaint VC-2026-011 (noise on 6206-2RS)',
        '   Owner: Lily Shen',
        '   Due: next Tuesday',
        '   Action: submit the 8D report D1-D4 to Voss',
        '',
        '3. Cage supplier PPAP (new supplier in Ningbo)',
        '   Owner: Supply Chain (TBD)',
        '   Due: end of April',
        '   Action: collect the PPAP documents and arrange a supplier audit',
        '',
        '4. Gauge R&R for the new bore gauges',
        '   Status: Closed (done Apr 10, %GRR 8.2)',
        '',
        'Next sync: Tue Apr 21, 10:00 CEST (16:00 Beijing)',
        '',
        'Best regards,',
        'Lily',
        '',
        'Lily Shen | Quality Engineer',
        'Rheintal Precision Bearings (Changshu) Co., Ltd.',
    ]
    text = '\n'.join(lines) + '\n'
    html = html_outlook(lines, 'us-ascii', lang='EN-US', font='Calibri')
    b = '_000_%s%s_' % (exo_id(seed), hx(seed, 10, True))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="us-ascii"', '7bit'),
        text_leaf(html, 'text/html; charset="us-ascii"', 'quoted-printable'),
    ])
    subject = 'Minutes - weekly quality meeting Apr 14'
    top = [('From', en('shenli')),
           ('To', ', '.join(en(k) for k in ('keller', 'guzh', 'lujm', 'jixy'))),
           ('CC', ', '.join([en('brunner'), addr(BOT_D, BOT['D'])])),
           ('Subject', subject)] + exo_headers(seed, t, subject) + [('MIME-Version', '1.0')]
    raw = message(top, node, trace(BOT['D'], P['shenli'].email, [d_received(t, seed)]))
    add_case(num=6730, slug='bearing-owner-due-blocks-exchange-utc', kind='minutes', org='D', sent=t, eml=raw,
             client='Outlook (Microsoft 365, en-US) via Exchange Online', enc='multipart/alternative; us-ascii 7bit text, QP HTML',
             what="English Owner:/Due:/Action: blocks; Exchange Date +0000 23:48 = next morning in Shanghai, so 'Due: tomorrow' is Thursday; 'next Tuesday'; department-only 'Supply Chain (TBD)'; Closed item; 'Next sync … 10:00 CEST (16:00 Beijing)'",
             items=[
                 I('lujm', 'replace the G3 spindle bearings and re-run the capability study', ('tomorrow',)),
                 I('shenli', 'submit the 8D report D1-D4 to Voss', ('nextwk', 1)),
                 I(None, 'collect the PPAP documents and arrange a supplier audit', ('month_end', 4), dept='Supply Chain'),
             ],
             next=(D('2026-04-21', 1), '16:00'),
             notes=('Date header Tue 2026-04-14 23:48 +0000 = Wed 2026-04-15 07:48 in Shanghai (Exchange Online writes UTC); Lily writes '
                    'the morning after the meeting. Items are the Owner/Due/Action blocks; the task is the Action line. 1 James Lu = 陆建明, '
                    '"Due: tomorrow" -> Thu 2026-04-16 (a parser that uses the UTC date gets 04-15). 2 Lily Shen = 沈丽, "next Tuesday" -> '
                    '2026-04-21 (next calendar week from Wednesday). 3 "Owner: Supply Chain (TBD)" is our department, no person -> owner null, '
                    'department Supply Chain, no_owner; "end of April" -> 2026-04-30. 4 is Closed -> not an item. '
                    '"Next sync: Tue Apr 21, 10:00 CEST (16:00 Beijing)" -> 2026-04-21 16:00.'))


# ---------------------------------------------------------------- 6731
def c6731():
    t = when(2026, 4, 30, 19, 10, 22, tzh=2)
    seed = '6731'
    text = '\n'.join([
        'Dear all,',
        '',
        'Thanks for joining the quality review today. My notes:',
        '',
        '- The heat-treatment distortion on the 6205 outer rings is confirmed as the root cause of the Voss noise complaint.',
        '- Decision: we freeze the current furnace profile until the new spec is released.',
        '',
        'Actions:',
        '1. Lily Shen: send the revised control plan for the 6205 line within 3 working days.',
        '2. Lukas Meier: share the new heat-treatment spec rev. D by Monday.',
        '3. Vincent Gu: confirm capacity for the Voss ramp-up (+20% from July) by May 12.',
        '4. Sandra: book flights for the June plant audit - ASAP.',
        '',
        'I know Changshu is off for Labour Day until Tuesday, no need to reply before then.',
        '',
        'Next review: Thursday 7 May, 9:00 CEST / 15:00 China time.',
        '',
        'Kind regards,',
        'Sandra',
        '',
        '--',
        'Sandra Brunner',
        'Head of Group Quality',
        'Rheintal Praezisionslager AG, Winterthur',
    ]) + '\n'
    leaf = Leaf([('Content-Transfer-Encoding', '7bit'), ('Content-Type', 'text/plain;\n\tcharset=us-ascii')],
                encode_body(text, '7bit'))
    top = [
        ('From', addr(P['brunner'].name, P['brunner'].email)),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'),
        ('Subject', 'Quality review 30 April - notes and actions'),
        ('Message-Id', '<%s@rheintal-bearings.example.com>' % uuid_like(seed, True)),
        ('Date', rfc_date(t)),
        ('Cc', ', '.join([en('keller'), addr(BOT_D, BOT['D'])])),
        ('To', ', '.join([en('shenli'), en('meier'), en('guzh')])),
        ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)'),
    ]
    raw = message(top, leaf, trace(BOT['D'], P['brunner'].email, [d_received(t, seed)]))
    add_case(num=6731, slug='bearing-swiss-hq-notes-apple-mail-cest-holiday', kind='minutes', org='D', sent=t, eml=raw,
             client='Apple Mail (macOS), head office in Winterthur', enc='single text/plain us-ascii 7bit',
             what="Swiss HQ notes sent Thu 19:10 +0200 = Fri May 1 01:10 in Shanghai (Labour Day): 'within 3 working days' across the holiday, 'by Monday' lands on a Chinese holiday, 'by May 12', ASAP; decision line; 'Next review … 15:00 China time'",
             items=[
                 I('shenli', 'send the revised control plan for the 6205 line', ('workdays', 3)),
                 I('meier', 'share the new heat-treatment spec rev. D', ('wd', 0)),
                 I('guzh', 'confirm capacity for the Voss ramp-up (+20% from July)', D('2026-05-12')),
                 I('brunner', 'book flights for the June plant audit', ('vague',)),
             ],
             next=(D('2026-05-07', 3), '15:00'),
             notes=('Written in Winterthur on Thu 2026-04-30 19:10 +0200 = Fri 2026-05-01 01:10 in Shanghai, already Labour Day. '
                    '1 "within 3 working days" counted in Chinese working days from the day after the Shanghai send date: 05-02..05-05 holiday, '
                    '05-06 (1), 05-07 (2), 05-08 (3) -> 2026-05-08. 2 Lukas Meier (HQ), "by Monday" -> Mon 2026-05-04: a Chinese holiday but a '
                    'working day for him in Switzerland; recorded as written. 3 Vincent Gu = 顾振华, 2026-05-12. 4 Sandra (the writer) ASAP -> '
                    'vague_due. The root-cause line is a fact and "Decision:" a decision. "Next review: Thursday 7 May, 9:00 CEST / 15:00 '
                    'China time" -> 2026-05-07 15:00.'))


# ---------------------------------------------------------------- 6732
def c6732():
    t = when(2026, 5, 13, 8, 20, 10, tzh=0)
    seed = '6732'
    blocks = [
        '各位：',
        '',
        '今天下午TPM月度会议（14:00-15:00，Rhine会议室）纪要如下：',
        '',
        '1. 磨床G3主轴轴承更换及能力验证',
        '   主责：陆建明；配合：顾振华',
        '   完成时间：5月15日',
        '2. 关键备件安全库存梳理（主轴、伺服电机、光栅尺）',
        '   主责：Grace；配合：James',
        '   完成时间：下周一',
        '3. 空压站漏气点整改',
        '   主责：Maintenance班组',
        '   完成时间：本月底',
        '4. 热处理炉温控系统年度校准',
        '   状态：已完成（5月8日）',
        '',
        '下周三同一时间再碰一次，重点看G3的CPK数据。',
        '',
        '陆建明',
        'Maintenance Supervisor',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'utf-8')
    b = '_000_%s%s_' % (exo_id(seed), hx(seed, 10, True))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="utf-8"', 'quoted-printable'),
        text_leaf(html, 'text/html; charset="utf-8"', 'quoted-printable'),
    ])
    subject = 'TPM月度会议纪要 5/13'
    sh = subj(subject, 'utf-8', fold='\n ')
    top = [('From', en('lujm')),
           ('To', ', '.join(en(k) for k in ('guzh', 'jixy'))),
           ('CC', ', '.join([en('keller'), addr(BOT_D, BOT['D'])])),
           ('Subject', sh)] + exo_headers(seed, t, sh, lang='zh-CN', accept='zh-CN, en-US') + [('MIME-Version', '1.0')]
    raw = message(top, node, trace(BOT['D'], P['lujm'].email, [d_received(t, seed)]))
    add_case(num=6732, slug='bearing-tpm-lead-support-blocks-outlook-zh', kind='minutes', org='D', sent=t, eml=raw,
             client='Outlook (Microsoft 365, zh-CN) via Exchange Online', enc='multipart/alternative; UTF-8 quoted-printable; Date +0000',
             what='主责/配合 blocks with English nicknames (Grace/James), team-only owner (Maintenance班组), 已完成 block, 下周一/本月底; next = 下周三同一时间 (meeting start 14:00)',
             items=[
                 I('lujm', '磨床G3主轴轴承更换及能力验证', D('2026-05-15')),
                 I('jixy', '关键备件安全库存梳理（主轴、伺服电机、光栅尺）', ('nextwk', 0)),
                 I(None, '空压站漏气点整改', ('month_end',), dept='Maintenance'),
             ],
             next=(('nextwk', 2), '14:00'),
             notes=('Date Wed 2026-05-13 08:20 +0000 = 16:20 in Shanghai. Each block: task line, 主责 (owner) / 配合 (support, not an owner), '
                    '完成时间. 1 陆建明 2026-05-15. 2 Grace = 季晓燕 (roster alias), James (陆建明) only 配合; 下周一 -> 2026-05-18. '
                    '3 "Maintenance班组" is a team of our Maintenance department, no person -> owner null, department Maintenance, no_owner; '
                    '本月底 -> 2026-05-31. 4 已完成 -> not an item. "下周三同一时间再碰一次" = next Wednesday at this meeting\'s start 14:00 -> '
                    '2026-05-20 14:00.'))


# ---------------------------------------------------------------- 6733
def c6733():
    t = when(2026, 6, 9, 14, 20, 51, tzh=2)
    seed = '6733'
    text = '\n'.join([
        'Hello Lily, hello Vincent,',
        '',
        'thank you for the call this morning. Here my short minutes.',
        '',
        'Participants: J\u00f6rg Hansen, Anna Schr\u00f6der (Voss); Lily Shen, Vincent Gu, Howard Zhu ',
        '(Rheintal)',
        '',
        'Agreed:',
        '- Voss accepts the interim containment (100% noise test at Rheintal before ',
        'shipment) until the 8D is closed.',
        '- Returned parts: 240 pcs 6206-2RS from lot 26-0412.',
        '',
        'To do:',
        '1. Lily: submit 8D report D4-D7 incl. verification data - by 16 June',
        '2. J\u00f6rg (Voss): send 3D scan data of the returned bearings - by Friday',
        '3. Howard: arrange sorting of the remaining stock in the Hamburg warehouse ',
        '(third-party sorter) - by 18 June',
        '4. Rheintal: update the PFMEA for the heat-treatment step - date to be defined',
        '',
        'Next call: Tuesday 16 June 2026, 10:00 CEST.',
        '',
        'Best regards',
        'J\u00f6rg Hansen',
        '',
        '-- ',
        'J\u00f6rg Hansen | Supplier Quality Engineer',
        'Voss Antriebstechnik GmbH | Stra\u00dfe des 17. Juni 4 | 21079 Hamburg',
    ]) + '\n'
    leaf = text_leaf(text, 'text/plain; charset=ISO-8859-1; format=flowed', 'quoted-printable', codec='iso-8859-1')
    top = [
        ('Message-ID', '<%s@voss-antrieb.example.de>' % uuid_like(seed)),
        ('Date', rfc_date(t)),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'en-US'),
        ('To', 'Lily Shen <%s>, Vincent Gu <%s>' % (P['shenli'].email, P['guzh'].email)),
        ('Cc', 'Howard Zhu <%s>, =?UTF-8?Q?Anna_Schr=C3=B6der?= <a.schroeder@voss-antrieb.example.de>, %s'
         % (P['zhuhao'].email, BOT['D'])),
        ('From', '=?UTF-8?B?SsO2cmcgSGFuc2Vu?= <%s>' % P['joerg'].email),
        ('Subject', 'Voss / Rheintal - 8D call 9 June - minutes'),
    ]
    raw = message(top, leaf, trace(BOT['D'], P['joerg'].email,
                                   [dx_received(t, 'mail.voss-antrieb.example.de', '194.25.134.8', seed)]))
    add_case(num=6733, slug='bearing-german-customer-thunderbird-latin1', kind='minutes', org='D', sent=t, eml=raw,
             client='Thunderbird 128 (customer in Hamburg)', enc='single text/plain ISO-8859-1 quoted-printable, format=flowed with soft line breaks (trailing space, =20 in QP)',
             what="German customer's English minutes, Latin-1: 'To do:' lines with ' - by …', one soft-wrapped (format=flowed) over two lines; customer-side owner; company-only owner 'Rheintal' with 'date to be defined'; next call given in CEST only",
             items=[
                 I('shenli', 'submit 8D report D4-D7 incl. verification data', D('2026-06-16')),
                 I('joerg', 'send 3D scan data of the returned bearings', ('wd', 4)),
                 I('zhuhao', 'arrange sorting of the remaining stock in the Hamburg warehouse (third-party sorter)', D('2026-06-18')),
                 I(None, 'update the PFMEA for the heat-treatment step', ('vague',)),
             ],
             next=(D('2026-06-16', 1), '16:00'),
             notes=('Written by the customer (Voss, Hamburg) on Tue 2026-06-09 14:20 +0200 = 20:20 Tuesday in Shanghai; ISO-8859-1 QP '
                    '(ö, ß). Only the "To do:" list gives items; "Agreed:" lines are decisions/facts. 1 Lily = 沈丽, 2026-06-16. 2 Jörg = '
                    'Jörg Hansen (roster outsider, From), "by Friday" -> 2026-06-12. 3 Howard = 朱浩, the line is soft-wrapped (format=flowed: '
                    'trailing space) onto "(third-party sorter) - by 18 June" -> 2026-06-18. 4 "Rheintal" is the whole company, no person and no department -> owner null, '
                    'department null; "date to be defined" -> vague_due. "Next call: Tuesday 16 June 2026, 10:00 CEST" -> 10:00 UTC+2 = '
                    '16:00 in Shanghai -> 2026-06-16 16:00. Anna Schröder is a participant, not an owner.'))


# ---------------------------------------------------------------- 6734
def c6734():
    t = when(2026, 6, 18, 8, 5, 40, tzh=0)
    seed = '6734'
    rows = [['No.', 'Action', 'Owner', 'Due', 'Status'],
            ['1', 'Close the G3 capability study (Cpk \u2265 1.67)', 'James Lu', 'Jun 17', 'Closed'],
            ['2', 'Holiday shift plan & handover checklist', 'Vincent (lead) / Iris (support)', 'EOD', 'Open'],
            ['3', 'Restart check of the heat-treatment furnace after the holiday', 'James (lead) / Lily (support)',
             'First working day after the holiday', 'Open'],
            ['4', 'Physical stock count of finished goods', 'Howard Zhu', 'Jun 30', 'Open'],
            ['5', 'Quote for the second automatic packing line', 'Grace Ji', 'TBD', 'Open'],
            ['6', '5S audit follow-up in the grinding area', 'Production', 'Jun 26', 'In progress']]
    blocks = [
        'Hi team,',
        '',
        'Action log from today\'s production meeting (before the Dragon Boat holiday) - copied from the Excel tracker.',
        '',
        Table(rows),
        '',
        'Next meeting: Jun 25 (Thu) 9:30, meeting room Rhine.',
        '',
        'Vincent',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'utf-8', lang='EN-US', font='Calibri')
    b = '_000_%s%s_' % (exo_id(seed), hx(seed, 10, True))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="utf-8"', 'base64'),
        text_leaf(html, 'text/html; charset="utf-8"', 'base64'),
    ])
    subject = 'Action log - production meeting Jun 18'
    top = [('From', en('guzh')),
           ('To', ', '.join(en(k) for k in ('lujm', 'shenli', 'zhuhao', 'jixy', 'caoying'))),
           ('CC', ', '.join([en('keller'), addr(BOT_D, BOT['D'])])),
           ('Subject', subject)] + exo_headers(seed, t, subject) + [('MIME-Version', '1.0')]
    raw = message(top, node, trace(BOT['D'], P['guzh'].email, [d_received(t, seed)]))
    add_case(num=6734, slug='bearing-excel-action-log-lead-support-dragon-boat', kind='minutes', org='D', sent=t, eml=raw,
             client='Outlook (Microsoft 365, en-US) via Exchange Online', enc='multipart/alternative; UTF-8 base64; Excel range as HTML table',
             what="Excel action log (No./Action/Owner/Due/Status): Closed row, 'X (lead) / Y (support)' in one cell, EOD, 'First working day after the holiday' (Dragon Boat), TBD, department-only Production",
             items=[
                 I('guzh', 'Holiday shift plan & handover checklist', ('today',)),
                 I('lujm', 'Restart check of the heat-treatment furnace after the holiday', ('after_hol',)),
                 I('zhuhao', 'Physical stock count of finished goods', D('2026-06-30')),
                 I('jixy', 'Quote for the second automatic packing line', ('vague',)),
                 I(None, '5S audit follow-up in the grinding area', D('2026-06-26'), dept='Production'),
             ],
             next=(D('2026-06-25', 3), '09:30'),
             notes=('Date Thu 2026-06-18 08:05 +0000 = 16:05 in Shanghai, the day before the Dragon Boat holiday (06-19..06-21). Row 1 '
                    'is Closed -> not an item. Row 2 "Vincent (lead) / Iris (support)" -> the lead 顾振华 owns it, Iris supports; EOD -> '
                    '2026-06-18 with no time. Row 3 James (lead) = 陆建明; "First working day after the holiday" -> Mon 2026-06-22. Row 4 '
                    '朱浩 2026-06-30. Row 5 季晓燕 TBD -> vague_due. Row 6 "Production" is our department, no person -> owner null, '
                    'department Production, no_owner, 2026-06-26. "Next meeting: Jun 25 (Thu) 9:30" -> 2026-06-25 09:30.'))


# ---------------------------------------------------------------- 6735
def c6735():
    t = when(2026, 6, 29, 8, 12, 31)
    seed = '6735'
    fname = 'Management Meeting Minutes 2026-06-26.docx'
    text = 'Hi all,\n\nminutes of last Friday\'s management meeting attached. Please check your actions.\n\nMartin\n\nSent from my iPhone\n'
    docx = make_docx([
        ('h', 'Rheintal Precision Bearings (Changshu) Co., Ltd.'),
        ('h', 'Management Meeting - Minutes'),
        ('p', 'Date: 26 June 2026, 08:30-10:00    Place: Meeting room Rhine'),
        ('p', 'Participants: Martin Keller (chair), Vincent Gu, Lily Shen, Grace Ji, Iris Cao, Howard Zhu'),
        ('p', '1. Business review: May sales CHF 2.1 m (+6% vs budget); OTD 94.2%.'),
        ('p', '2. Decisions: the second automatic packing line is postponed to Q4; overtime in July capped at 36 h per person.'),
        ('p', '3. Action items'),
        ('t', [['No.', 'Action', 'Responsible', 'Deadline'],
               ['1', 'Summer heat-protection plan for the workshops (cooling, drinks, shift adjustments)', 'Iris Cao', '3 July'],
               ['2', 'Customer delivery-performance report H1', 'Howard Zhu', '10 July'],
               ['3', 'Annual supplier evaluation - top 20 suppliers', 'Grace Ji', '31 July'],
               ['4', 'Prepare the group plant audit (agenda, documents)', 'Lily Shen', '2 weeks before the audit (date TBD)']]),
        ('p', 'Next management meeting: 27 July 2026, 08:30'),
        ('p', 'Minutes: Iris Cao'),
    ], 'Iris Cao', when(2026, 6, 26, 11, 40, 0), 'Management Meeting Minutes')
    b = 'Apple-Mail-%s' % uuid_like(seed, True)
    node = Multi([('Content-Type', 'multipart/mixed; boundary=%s' % b)], b, [
        Leaf([('Content-Type', 'text/plain; charset=us-ascii'), ('Content-Transfer-Encoding', '7bit')], encode_body(text, '7bit')),
        bin_leaf(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname="%s"' % fname,
                 'attachment;\n\tfilename="%s"' % fname),
    ])
    top = [
        ('From', addr(P['keller'].name, P['keller'].email)),
        ('Mime-Version', '1.0 (1.0)'),
        ('Date', rfc_date(t)),
        ('Subject', 'Management meeting 26 June - minutes'),
        ('Message-Id', '<%s@rheintal-bearings.example.com>' % uuid_like(seed + 'm', True)),
        ('To', ', '.join(en(k) for k in ('guzh', 'shenli', 'jixy', 'caoying', 'zhuhao'))),
        ('Cc', addr(BOT_D, BOT['D'])),
        ('X-Mailer', 'iPhone Mail (22F76)'),
    ]
    raw = message(top, node, trace(BOT['D'], P['keller'].email, [d_received(t, seed)]))
    add_case(num=6735, slug='bearing-management-minutes-docx-iphone', kind='minutes', org='D', sent=t, eml=raw,
             attachments=[('docx', fname)],
             client='iPhone Mail (iOS 18)', enc='multipart/mixed: us-ascii 7bit text + .docx (base64, quoted ASCII filename)',
             what="Minutes only in an English .docx (Action items table: Responsible/Deadline '3 July', '31 July', '2 weeks before the audit (date TBD)'); decisions; next meeting line in the document",
             items=[
                 I('caoying', 'Summer heat-protection plan for the workshops (cooling, drinks, shift adjustments)', D('2026-07-03')),
                 I('zhuhao', 'Customer delivery-performance report H1', D('2026-07-10')),
                 I('jixy', 'Annual supplier evaluation - top 20 suppliers', D('2026-07-31')),
                 I('shenli', 'Prepare the group plant audit (agenda, documents)', ('vague',)),
             ],
             next=(D('2026-07-27', 0), '08:30'),
             notes=('Martin Keller forwards from his iPhone on Mon 2026-06-29 08:12 +0800 the minutes of the Fri 06-26 meeting as a .docx; '
                    'the body has no items, so the gold is what a reader of the document records. Action items: Iris Cao = 曹颖 '
                    '2026-07-03; Howard Zhu = 朱浩 2026-07-10; Grace Ji = 季晓燕 2026-07-31; Lily Shen = 沈丽, "2 weeks before the audit '
                    '(date TBD)" has no date -> vague_due. Business review and Decisions are not items. "Next management meeting: '
                    '27 July 2026, 08:30" -> 2026-07-27 08:30 (a Monday).'))


# ---------------------------------------------------------------- 6736 (other)
def c6736():
    t = when(2026, 7, 2, 2, 15, 9, tzh=0)
    seed = '6736'
    orig = '6736-orig'
    quote_text = ('________________________________\nFrom: Martin Keller <%s>\nSent: Wednesday, July 1, 2026 5:40 PM\n'
                  'To: Grace Ji <%s>; Vincent Gu <%s>\nCc: %s <%s>\nSubject: Q3 supplier review - which date works?\n\n'
                  'Hi Grace, Vincent,\n\ncan we fix a date for the Q3 supplier review in the week of July 13? Please propose a slot '
                  'that works for both of you, I am flexible except Wednesday.\n\nThanks,\nMartin\n'
                  % (P['keller'].email, P['jixy'].email, P['guzh'].email, BOT_D, BOT['D']))
    new_text = ('Hi Martin,\n\nTue 14 July 9:00 works for me; on Thursday 16 July I am at the Ningbo cage supplier. Vincent '
                'prefers the afternoon because of the morning shift handover.\nShall I send the invite for Tue 14 July 14:00 '
                '(2 hours, meeting room Rhine)?\n\nGrace\n\n')
    text = new_text + quote_text
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
            'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            + ''.join('<div>%s</div>\n' % (esc(x) if x else '<br>') for x in new_text.rstrip('\n').split('\n')) +
            '</div>\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            '<b>From:</b> Martin Keller &lt;%s&gt;<br>\n<b>Sent:</b> Wednesday, July 1, 2026 5:40 PM<br>\n'
            '<b>To:</b> Grace Ji &lt;%s&gt;; Vincent Gu &lt;%s&gt;<br>\n<b>Cc:</b> %s &lt;%s&gt;<br>\n'
            '<b>Subject:</b> Q3 supplier review - which date works?</font>\n<div>&nbsp;</div>\n</div>\n'
            '<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">Hi Grace, Vincent,<br>\n<br>\n'
            'can we fix a date for the Q3 supplier review in the week of July 13? Please propose a slot that works for both of you, '
            'I am flexible except Wednesday.<br>\n<br>\nThanks,<br>\nMartin</div>\n</span></font></div>\n</body>\n</html>\n'
            % (P['keller'].email, P['jixy'].email, P['guzh'].email, BOT_D, BOT['D']))
    b = '_000_%s%s_' % (exo_id(seed), hx(seed, 10, True))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="us-ascii"', 'quoted-printable'),
        text_leaf(html, 'text/html; charset="us-ascii"', 'quoted-printable'),
    ])
    subject = 'Re: Q3 supplier review - which date works?'
    top = [('From', en('jixy')),
           ('To', en('keller')),
           ('CC', ', '.join([en('guzh'), addr(BOT_D, BOT['D'])])),
           ('Subject', subject)] + exo_headers(seed, t, 'Q3 supplier review - which date works?', reply_of=orig) + \
        [('MIME-Version', '1.0'), ('X-MS-Exchange-Organization-SCL', '-1')]
    raw = message(top, node, trace(BOT['D'], P['jixy'].email, [d_received(t, seed)]))
    add_case(num=6736, slug='bearing-meeting-time-discussion-owa', kind='other', org='D', sent=t, eml=raw,
             client='Outlook on the web (OWA, Microsoft 365)', enc='multipart/alternative; us-ascii quoted-printable; Date +0000',
             what='People discussing when to hold a meeting (proposed Tue 14 July 14:00), OWA reply with divRplyFwdMsg quote: not minutes, no items, no follow-up',
             notes=('A reply on Thu 2026-07-02 (02:15 +0000 = 10:15 Shanghai) in a thread about finding a date for the Q3 supplier review; '
                    'the bot is in Cc because Martin copies it on everything. It proposes times ("Shall I send the invite for Tue 14 July '
                    '14:00?") but no meeting has happened and nothing is assigned; it is not a reply to a recap either -> kind other, no '
                    'items, next_followup null (a proposal is not a scheduled follow-up of minutes).'))


# ---------------------------------------------------------------- 6737 (auto)
def c6737():
    t = when(2026, 7, 8, 10, 32, 18, tzh=0)
    seed = '6737'
    bad = 'kevin.xu@rheintal-bearings.example.com'
    orig_subject = 'Re: Action log - production meeting Jul 7'
    orig_id = '<mb.%s@rheintal-bearings.example.com>' % hx(seed + 'o', 20)
    text = ('Your message to %s couldn\'t be delivered.\n\nkevin.xu wasn\'t found at rheintal-bearings.example.com.\n\n'
            'minutes       Office 365       kevin.xu\nAction Required                 Recipient\n\n'
            'Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n'
            '- Send the message again following these steps: ...\n\n'
            'Original Message Details\nCreated Date:   7/8/2026 10:32:09 AM\nSender Address: %s\nRecipient Address: %s\n'
            'Subject:        %s\n\nError Details\nError:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP '
            'address lookup\nMessage rejected by:    %s.apcprd06.prod.outlook.example.com\n' % (bad, BOT['D'], bad, orig_subject, exo_id(seed)))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
            '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><p style="font-size:16px">Your message to '
            '<a href="mailto:%s">%s</a> couldn\'t be delivered.</p><p>kevin.xu wasn\'t found at rheintal-bearings.example.com.</p>'
            '<p><b>Error:</b> 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p></div>\n'
            '</body>\n</html>\n' % (bad, bad))
    status = ('Reporting-MTA: dns;%s.apcprd06.prod.outlook.example.com\nReceived-From-MTA: dns;%s.apcprd06.prod.outlook.example.com\n'
              'Arrival-Date: Wed, 8 Jul 2026 10:32:09 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n'
              'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP\n address lookup\n'
              % (exo_id(seed), exo_id(seed + 'x'), bad))
    orig_headers = ('From: %s <%s>\nTo: Vincent Gu <%s>, %s\nSubject: %s\nDate: Wed, 8 Jul 2026 10:32:08 +0000\n'
                    'Message-ID: %s\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\n'
                    % (BOT_D, BOT['D'], P['guzh'].email, bad, orig_subject, orig_id))
    ba = 'a%s' % hx(seed + 'a', 30)
    alt = Multi([('Content-Type', 'multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % ba)], ba, [
        text_leaf(text, 'text/plain; charset="us-ascii"', 'quoted-printable'),
        text_leaf(html, 'text/html; charset="us-ascii"', 'quoted-printable'),
    ])
    b = '%s' % hx(seed, 32)
    node = Multi([('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b)], b, [
        alt,
        Leaf([('Content-Type', 'message/delivery-status')], status.encode('ascii')),
        Leaf([('Content-Type', 'text/rfc822-headers')], orig_headers.encode('ascii')),
    ])
    top = [
        ('From', 'Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@rheintal-bearings.example.com>'),
        ('To', BOT['D']),
        ('Date', rfc_date(t)),
        ('Subject', 'Undeliverable: ' + orig_subject),
        ('Message-ID', exo_msgid(seed)),
        ('In-Reply-To', orig_id),
        ('References', orig_id),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Content-Language', 'en-US'),
        ('MIME-Version', '1.0'),
    ]
    raw = message(top, node, trace(BOT['D'], None, [d_received(t, seed)]))
    add_case(num=6737, slug='bearing-exchange-ndr-recipient-not-found', kind='auto', org='D', sent=t, eml=raw,
             client='Exchange Online NDR', enc='multipart/report (delivery-status) with alternative, message/delivery-status, text/rfc822-headers',
             what='Non-delivery report for a recap the bot sent to a departed employee: Return-Path <>, multipart/report, Auto-Submitted -> kind auto',
             notes=('Exchange Online bounce (Undeliverable:) for a message the bot sent on 2026-07-08 to kevin.xu@…, an address that no '
                    'longer exists. Return-Path <>, From MicrosoftExchange…, multipart/report; report-type=delivery-status, '
                    'Auto-Submitted: auto-replied -> kind auto: no items, no follow-up, never answered. The dates and the original subject '
                    '(Action log … Jul 7) in the body are not minutes.'))


# ---------------------------------------------------------------- 6738
def c6738():
    t = when(2026, 7, 15, 10, 20, 33, tzh=0)
    seed = '6738'
    blocks = [
        '各位好：',
        '',
        '今天下午產銷協調會議記錄如下，請各位確認：',
        '',
        '會議時間：2026/7/15 14:00-15:30',
        '與會人員：Martin、Vincent、Lily、Grace、Howard、Yvonne',
        '',
        '一、8月份訂單狀況：Voss 8月份訂單較7月增加18%，6205系列需求最大。',
        '二、待辦事項',
        '1. Vincent：確認8月份6205產能及加班安排，7/20前回覆。',
        '2. Lily：回覆客戶PPAP文件缺漏項（材質證明、尺寸報告），下週二前。',
        '3. Howard：完成出口包裝改版打樣（木箱改鐵架），7月22日前。',
        '4. Yvonne：提供Q3 forecast給Vincent，時間待定。',
        '三、下次會議：8月5日（三）上午10:00',
        '',
        'Yvonne Lin 林怡君',
        'Sales Manager',
        'Rheintal Precision Bearings (Changshu) Co., Ltd.',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'big5', lang='ZH-TW', font='新細明體')
    b = '_000_%s%s_' % (exo_id(seed), hx(seed, 10, True))
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset="big5"', 'base64', codec='big5'),
        text_leaf(html, 'text/html; charset="big5"', 'quoted-printable', codec='big5'),
    ])
    subject = subj('7月產銷協調會議記錄', 'big5', fold='\n ')
    top = [('From', addr('Yvonne Lin 林怡君', P['yvonne'].email, 'big5')),
           ('To', ', '.join(en(k) for k in ('guzh', 'shenli', 'zhuhao', 'jixy'))),
           ('CC', ', '.join([en('keller'), addr(BOT_D, BOT['D'])])),
           ('Subject', subject)] + exo_headers(seed, t, subject, lang='zh-TW', accept='zh-TW, en-US') + [('MIME-Version', '1.0')]
    raw = message(top, node, trace(BOT['D'], P['yvonne'].email, [d_received(t, seed)]))
    add_case(num=6738, slug='bearing-sales-minutes-big5-outlook-zh-tw', kind='minutes', org='D', sent=t, eml=raw,
             client='Outlook (Microsoft 365, zh-TW)', enc='multipart/alternative; big5 base64 text, QP HTML; Date +0000',
             what='Traditional-Chinese minutes in Big5 with English-name owners: 7/20前, 下週二前 (週 not 周), 7月22日前, 時間待定; next 8月5日（三）上午10:00 (weekday as one character)',
             items=[
                 I('guzh', '確認8月份6205產能及加班安排', D('2026-07-20')),
                 I('shenli', '回覆客戶PPAP文件缺漏項（材質證明、尺寸報告）', ('nextwk', 1)),
                 I('zhuhao', '完成出口包裝改版打樣（木箱改鐵架）', D('2026-07-22')),
                 I('yvonne', '提供Q3 forecast給Vincent', ('vague',)),
             ],
             next=(D('2026-08-05', 2), '10:00'),
             notes=('Written by a Taiwanese sales manager in Outlook zh-TW, Big5, Date Wed 2026-07-15 10:20 +0000 = 18:20 in Shanghai. '
                    'Owners are English names (roster aliases): Vincent = 顾振华, Lily = 沈丽, Howard = 朱浩, Yvonne = 林怡君 (the writer). '
                    'Task text is kept in Traditional characters as written. 1 7/20前 -> 2026-07-20. 2 下週二前 -> 2026-07-21. 3 7月22日前 -> '
                    '2026-07-22. 4 時間待定 -> vague_due. Part 一 is a fact. 下次會議 8月5日（三）上午10:00 -> 2026-08-05 10:00 (a Wednesday).'))


for _f in (c6730, c6731, c6732, c6733, c6734, c6735, c6736, c6737, c6738):
    _f()
