"""Cases of Siam Latex Gloves (Beihai) Co., Ltd. (siamlatex-bh.example.com): Thai and Chinese staff writing English."""
from h55_common import *
from h55_cases_jms import mso, outlook_html

OUT_EN = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'en-us')]

def en_html(t):
    return outlook_html(mso(t, 'Calibri'), 'us-ascii' if all(ord(c) < 128 for c in t) else 'utf-8').replace('lang=ZH-CN', 'lang=EN-US')

def outlook_alt(T, B, cs='utf-8', cte='quoted-printable'):
    return multipart('alternative', B, [leaf(T, 'plain', cs, cte), leaf(en_html(T), 'html', cs, cte)],
                     preamble='This is a multipart message in MIME format.')

# ------------------------------------------------------------------ 8322
T = '''Dear all,

Minutes of QA weekly meeting, 20 Apr 2026 (Mon) 10:00-11:00, QA meeting room.
Attendees: Nattaya, Kittipong, Mo Zhenhua, Qin Yongfu, Pimchanok

1. Pinhole rate (AQL 1.5) \u2013 line 3 at 1.9% last week, above target.
Decision: line 3 double-dipping trial continues until end of April.
AI: Nat \u2013 update AQL sampling plan for nitrile 3.5g and circulate by Apr 24
AI: Mo Gong \u2013 fix chlorination tank pH logging (manual log missing on night
    shift) \u2013 by Wed

2. Former cleaning
AI: Kit / Engineering \u2013 replace 40 damaged formers on line 2 \u2013 ASAP

3. Customer complaint MSD-0412 (powder residue)
Pim reported the customer accepted our 8D report. Closed.

Next meeting: Mon 27 Apr, 9:30

Thanks & best regards,
Nattaya Srisuk
QA Manager
Siam Latex Gloves (Beihai) Co., Ltd.
'''
eml = build('sl', frm=addr('nattaya'), to=alist([addr('kittipong'), addr('mozhenhua', cs='utf-8'), addr('qinyongfu', cs='utf-8'), addr('pimchanok')]),
            cc=alist([addr('somchai'), addr('Minutes Bot', BOT['sl'])]), subject='Minutes - QA weekly meeting 20 Apr', date='Mon, 20 Apr 2026 15:20:44 +0800',
            mid='<SG2PR06MB5311A8E1C4F2B7D9E0A3B16C9F2A0@SG2PR06MB5311.apcprd06.prod.outlook.example.com>', helo='NATTAYA-LT', ip='10.60.1.34', qid='4ZsJ3k8TcWz2',
            extra=OUT_EN + [('Thread-Index', 'AdzQjk2g8c1n0Yx9S2m0Cw6R0HqF7w==')], entity=outlook_alt(T, '_000_SG2PR06MB5311A8E1C4F2B7D9_'))
case(8322, 'sl-outlook-en-ai-lines', 'minutes', eml, [
    it('nattaya', 'Update AQL sampling plan for nitrile 3.5g and circulate', '2026-04-24', ('abs', '2026-04-24')),
    it('mozhenhua', 'Fix chlorination tank pH logging (manual log missing on night shift)', '2026-04-22', ('wd', 2)),
    it('kittipong', 'Replace 40 damaged formers on line 2', None, None, flags=['vague_due']),
], nf('2026-04-27', '09:30', ('abs', '2026-04-27', '09:30')),
    notes='Outlook English (UTF-8 QP) QA minutes with "AI:" lines, sent Mon 2026-04-20. Nat -> Nattaya Srisuk (alias), by Apr 24 -> 04-24. '
          'Mo Gong -> 莫振华 (alias); the AI line wraps onto a second line and ends "by Wed" -> 04-22. Kit / Engineering -> the named person Kittipong owns it; ASAP -> vague_due. '
          'Decision line and the Closed complaint report are not items. Next meeting Mon 27 Apr, 9:30 -> 04-27 09:30.',
    summary='3 items (Nattaya 04-24; 莫振华 04-22; Kittipong vague), next 04-27 09:30',
    tests='English AI: lines, Thai nicknames and 莫工 pinyin title as owners, wrapped line, Decision/Closed not items')

# ------------------------------------------------------------------ 8323
T = '''Hi Pim, Anan,

Notes from today's call:

- [x] @Pim shared the April lab reports (thanks!)
- [ ] @Rachel send Q3 forecast (SKU-level) by May 15
- [ ] @Pim confirm new carton marking artwork by Tuesday
- [ ] @Anan confirm LC terms with your bank EOD
- [ ] @Rachel check whether our FDA 510(k) letter needs an update - no date yet

Next sync: Thursday May 14, 9am ET / 9pm Beijing

Rachel

--
Rachel Kim | Sourcing Manager
MedSupply Direct, Inc. | Columbus, OH
'''
html = '<div dir="ltr">' + text_to_html(T).replace('<div>', '<div dir="ltr">') + '</div>\n'
B = '000000000000f3e4a1063c1d2b7a'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable', label='UTF-8'), leaf(html, 'html', 'utf-8', 'quoted-printable', label='UTF-8')])
eml = build('sl', frm=addr('rachelkim'), to=alist([addr('Pimchanok Wongsa', E('pimchanok')), addr('Anan Boonmee', E('anan'))]),
            cc=addr(BOT['sl'].split('@')[0], BOT['sl']), subject='Call notes 5/7', date='Thu, 7 May 2026 10:15:02 -0400',
            mid='<CAJr8vM1xQ7pA0dWq3Zk5n2Lb9e_Tg4sY6uH1fR2cD8mN0kP3wA@mail.gmail.com>', helo='mail-qt1-f170.google.example.com', ip='209.85.160.170', qid='4ZvW8m2XdRz7',
            extra=[('X-Gm-Message-State', 'AOJu0YwZk3nHq2v8T1pXcR5a9bLm0sE4dJ7fW6gUyQ1oN8rV2iC3kM')], entity=ent)
case(8323, 'sl-gmail-us-customer-checkboxes', 'minutes', eml, [
    it('rachelkim', 'Send Q3 forecast (SKU-level)', '2026-05-15', ('abs', '2026-05-15')),
    it('pimchanok', 'Confirm new carton marking artwork', '2026-05-12', ('wd', 1)),
    it('anan', 'Confirm LC terms with the bank', '2026-05-07', ('today', None)),
    it('rachelkim', 'Check whether the FDA 510(k) letter needs an update', None, None, flags=['vague_due']),
], nf('2026-05-14', '21:00', ('tz', '2026-05-14 09:00', -4)),
    notes='A US customer\'s Gmail notes with markdown checkboxes; Date 10:15 -0400 = Thu 2026-05-07 22:15 in Shanghai. [x] item is done -> excluded. '
          '@Rachel -> Rachel Kim (roster outsider, department null), by May 15 -> 05-15. @Pim by Tuesday: this week\'s Tuesday is past -> 05-12. '
          '@Anan EOD -> the send date in Shanghai, 05-07, no time (AMBIGUOUS: the writer\'s EOD in Ohio falls on 05-08 morning Beijing; the convention fixes the Shanghai send date). '
          '"no date yet" -> vague_due. Next sync 9am ET = 21:00 Beijing on 05-14 (the text says so too).',
    summary='4 items (Rachel Kim 05-15; Pimchanok 05-12; Anan 05-07; Rachel Kim vague), next 05-14 21:00',
    tests='- [ ] @name style from a US customer (-0400), [x] done, by Tuesday rolled, EOD, ET next sync')

# ------------------------------------------------------------------ 8324
T = '''Dear team,

Management review meeting \u2013 Friday 29 May. Key follow-ups below.

Follow-ups
1. Nitrile price increase letter to US/EU customers \u2013 Pim \u2013 by Friday
2. Q2 budget variance explanation \u2013 Anan \u2013 within 3 working days
3. Night-shift staffing plan for line 5 \u2013 Helen Huang \u2013 by end of month
4. Boiler #2 overhaul quotation \u2013 Kit \u2013 Jun 10

Decisions
- Line 5 start-up moved to 1 July.
- Overtime cap stays at 36h/month.

Regards,
Somchai
'''
html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        + text_to_html(T) + '\n</div>\n</body>\n</html>\n')
B = '_000_TYZPR06MB6192E1F0A9B8C7D6E5F4A3B2C1D0TYZPR06MB6192apcp_'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')])
eml = build('sl', frm=addr('somchai'), to=alist([addr('pimchanok'), addr('anan'), addr('Helen Huang', E('huanghaiyan')), addr('kittipong')]),
            cc=addr('Minutes Bot', BOT['sl']), subject='Management review 29 May - follow-ups', date='Sun, 31 May 2026 23:40:12 +0000',
            mid='<TYZPR06MB6192E1F0A9B8C7D6E5F4A3B2C1D0@TYZPR06MB6192.apcprd06.prod.outlook.example.com>', helo='APC01-TYZ-obe.outbound.protection.outlook.example.com', ip='52.101.128.40', qid='4ZwK1v6NbTz3',
            extra=[('Thread-Topic', 'Management review 29 May - follow-ups'), ('Thread-Index', 'AQHc8UPa1b2c3d4e5f6a7b8c9d0e1f2g3h4i'),
                   ('Accept-Language', 'en-US, th-TH'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                   ('msip_labels', '')], entity=ent)
case(8324, 'sl-owa-utc-date-sunday-night', 'minutes', eml, [
    it('pimchanok', 'Nitrile price increase letter to US/EU customers', '2026-06-05', ('wd', 4)),
    it('anan', 'Q2 budget variance explanation', '2026-06-04', ('workdays', 3)),
    it('huanghaiyan', 'Night-shift staffing plan for line 5', '2026-06-30', ('monthend', None)),
    it('kittipong', 'Boiler #2 overhaul quotation', '2026-06-10', ('abs', '2026-06-10')),
], None,
    notes='Outlook on the web (Microsoft 365), Date Sun 2026-05-31 23:40 +0000 = Mon 2026-06-01 07:40 in Shanghai; every phrase resolves against 06-01. '
          'by Friday -> 06-05. within 3 working days from 06-02: 02, 03, 04 -> 06-04 (a UTC-date reader would get 06-03). by end of month -> 06-30 (not 05-31). Jun 10 -> 06-10. '
          'Helen Huang -> 黄海燕 (alias). Decisions (line 5 start-up 1 July) are not items. No next meeting.',
    summary='4 items (Pimchanok 06-05; Anan 06-04; 黄海燕 06-30; Kittipong 06-10), no next',
    tests='+0000 Date header that is already Monday in Shanghai: working days and month end must use the Shanghai date')

# ------------------------------------------------------------------ 8325
T = '''各位 / Dear all,

安全生产月培训筹备会纪要 / Safety Month training prep meeting
时间 Time：4月29日 15:00
参会 Attendees：Somchai, 覃永福, 莫振华, Kittipong, 黄海燕

1. 覃工：节后第一个工作日提交6月“安全生产月”培训计划（含消防演练）。
   Qin Gong: submit the June Safety Month training plan (incl. fire drill) on the first working day after the holiday.
2. 莫工：4月30日前统计各班组未完成三级安全教育的新员工名单。
   Mo Gong: list of new hires without 3-level safety training, by Apr 30.
3. Kit：3个工作日内确认叉车司机证件到期情况。
   Kit: check forklift driver licence expiry within 3 working days.

下次会议：节后第一个工作日下午2点 / Next meeting: first working day after the holiday, 2 pm.

祝大家五一快乐！Happy Labour Day!

黄海燕 Helen Huang
HR Department | Siam Latex Gloves (Beihai) Co., Ltd.
'''
B = '_000_SG2PR06MB4410C2D3E4F5A6B7C8D9E0F1A2B3SG2PR06MB4410apcp_'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(outlook_html(mso(T, '微软雅黑'), 'utf-8'), 'html', 'utf-8', 'base64')],
                preamble='This is a multipart message in MIME format.')
eml = build('sl', frm=addr('huanghaiyan'), to=alist([addr('qinyongfu'), addr('mozhenhua'), addr('kittipong')]),
            cc=alist([addr('somchai'), addr('Minutes Bot', BOT['sl'])]), subject='安全生产月培训筹备会纪要 / Safety Month prep minutes', date='Wed, 29 Apr 2026 17:10:05 +0800',
            mid='<SG2PR06MB4410C2D3E4F5A6B7C8D9E0F1A2B3@SG2PR06MB4410.apcprd06.prod.outlook.example.com>', helo='HELEN-PC', ip='10.60.1.52', qid='4ZtF2n9QmXz6',
            extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'zh-cn'), ('Thread-Index', 'AdzXq2c1mV0Rk8gTR0iO1b6Yb7ZQ9g==')], entity=ent)
case(8325, 'sl-bilingual-labour-day-eve', 'minutes', eml, [
    it('qinyongfu', '提交6月“安全生产月”培训计划（含消防演练）', '2026-05-06', ('after_holiday', None)),
    it('mozhenhua', '统计各班组未完成三级安全教育的新员工名单', '2026-04-30', ('abs', '2026-04-30')),
    it('kittipong', '确认叉车司机证件到期情况', '2026-05-07', ('workdays', 3)),
], nf('2026-05-06', '14:00', ('after_holiday', None, '14:00')),
    notes='Bilingual Chinese/English minutes (Outlook zh-CN, UTF-8 base64) sent Wed 2026-04-29, the eve of Labour Day (05-01..05-05). Each item is written in Chinese and then translated: one item each, not two. '
          '覃工 = 覃永福, 节后第一个工作日 -> Wed 05-06. 莫工 = 莫振华, 4月30日前 -> 04-30. Kit = Kittipong, 3个工作日内 from 04-30: 04-30, then 05-06, 05-07 -> 05-07. '
          'Next meeting 节后第一个工作日下午2点 -> 05-06 14:00.',
    summary='3 items (覃永福 05-06; 莫振华 04-30; Kittipong 05-07), next 05-06 14:00',
    tests='bilingual lines (no double items), 节后第一个工作日 and 3个工作日内 across Labour Day, next meeting as a holiday phrase')

# ------------------------------------------------------------------ 8326
T = '''Hi K. Wichai, all,

Minutes of today's call (Songkhla Latex / Siam Latex Gloves Beihai), 8 June 2026

Participants: Wichai Thongdee (Songkhla Latex); Liang Qiuyue, Nattaya Srisuk, Anan Boonmee

1. Concentrated latex (60% DRC) price for Q3
   Owner: Wichai (Songkhla Latex)
   Due: 15 June
2. Shipment SL-0611 \u2013 moisture test certificate
   Owner: Nattaya
   Due: upon arrival of the vessel
3. Payment term change from 60 to 45 days
   Owner: Anan
   Due: by next Wednesday
4. Monthly volume commitment for H2
   Owner: Autumn
   Due: 30 Jun

Next sync: Tue Jun 16, 10:00 ICT (11:00 Beijing)

Best regards,
Autumn Liang (\u6881\u79cb\u6708)
Procurement, Siam Latex Gloves (Beihai) Co., Ltd.
'''
ent = leaf(T, 'plain', 'utf-8', '8bit', extra='; format=flowed')
eml = build('sl', frm=addr('Autumn Liang', E('liangqiuyue')), to=addr('wichai'),
            cc=alist([addr('nattaya'), addr('anan'), addr('Minutes Bot', BOT['sl'])]), subject='Minutes: Songkhla Latex call 8 June', date='Mon, 8 Jun 2026 16:30:27 +0800',
            mid='<9c2d4e1a-6b3f-4d70-b8e2-1f0a3c5d7e92@siamlatex-bh.example.com>', helo='[10.60.2.18]', ip='10.60.2.18', qid='4ZwX6p0KcFz9',
            extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')], entity=ent)
case(8326, 'sl-thunderbird-owner-due-supplier-ict', 'minutes', eml, [
    it('wichai', 'Concentrated latex (60% DRC) price for Q3', '2026-06-15', ('abs', '2026-06-15')),
    it('nattaya', 'Shipment SL-0611 moisture test certificate', None, None, flags=['vague_due']),
    it('anan', 'Payment term change from 60 to 45 days', '2026-06-17', ('nextwk', 2)),
    it('liangqiuyue', 'Monthly volume commitment for H2', '2026-06-30', ('abs', '2026-06-30')),
], nf('2026-06-16', '11:00', ('tz', '2026-06-16 10:00', 7)),
    notes='Thunderbird plain text (8bit UTF-8, format=flowed) with Owner:/Due: blocks, sent Mon 2026-06-08. Wichai -> Wichai Thongdee (roster outsider, department null; address from To), 15 June -> 06-15. '
          'Nattaya: "upon arrival of the vessel" is a condition, not a date -> vague_due. Anan: by next Wednesday -> the following week\'s Wednesday 06-17 (README date rule for next X). '
          'Autumn -> 梁秋月 (alias), 30 Jun -> 06-30. Next sync 10:00 ICT (UTC+7) = 11:00 Beijing on 06-16.',
    summary='4 items (Wichai Thongdee 06-15; Nattaya vague; Anan 06-17; 梁秋月 06-30), next 06-16 11:00',
    tests='Owner/Due blocks with a Thai supplier as owner, conditional due, next Wednesday, ICT next sync, format=flowed 8bit')

# ------------------------------------------------------------------ 8327
T = '''Dear Jonas, dear colleagues,

Thank you for the pre-audit call today. Summary of agreed actions:

Action: Jonas to send the final pre-audit report within 5 working days.
Action: QA team to prepare the CAPA plan for the 3 minor findings \u2013 by 18 June.
Action: Kittipong to provide calibration certificates of the leak testers \u2013 by Monday.
Action: Helen to update the training matrix for line 5 operators \u2013 ASAP.

Decision: the stage-2 audit stays on 14\u201316 July.

Follow-up call: 23 June at 3 pm CEST (9 pm Beijing time).

Kind regards,
Nattaya Srisuk
QA Manager
'''
eml = build('sl', frm=addr('nattaya'), to=addr('jonasbecker'),
            cc=alist([addr('kittipong'), addr('Helen Huang', E('huanghaiyan')), addr('somchai'), addr('Minutes Bot', BOT['sl'])]),
            subject='Pre-audit call 10 June - agreed actions', date='Wed, 10 Jun 2026 19:45:10 +0800',
            mid='<SG2PR06MB5311F1E2D3C4B5A69788A0B1C2D3@SG2PR06MB5311.apcprd06.prod.outlook.example.com>', helo='NATTAYA-LT', ip='10.60.1.34', qid='4ZwZ2c7LhQz1',
            extra=OUT_EN + [('Thread-Index', 'AdzsrE0Ij6eQ1Yk3QUmB9cC1nP4Ttg==')], entity=outlook_alt(T, '_000_SG2PR06MB5311F1E2D3C4B5A6_'))
case(8327, 'sl-audit-action-lines-cest', 'minutes', eml, [
    it('jonasbecker', 'Send the final pre-audit report', '2026-06-17', ('workdays', 5)),
    it(None, 'Prepare the CAPA plan for the 3 minor findings', '2026-06-18', ('abs', '2026-06-18'), dept='QA'),
    it('kittipong', 'Provide calibration certificates of the leak testers', '2026-06-15', ('wd', 0)),
    it('huanghaiyan', 'Update the training matrix for line 5 operators', None, None, flags=['vague_due']),
], nf('2026-06-23', '21:00', ('tz', '2026-06-23 15:00', 2)),
    notes='Outlook English "Action:" lines after a call with an external auditor, sent Wed 2026-06-10. Jonas -> Jonas Becker (roster outsider, department null); within 5 working days from 06-11: 11, 12, 15, 16, 17 -> 06-17 (German and Chinese calendars agree here). '
          'QA team -> no_owner, department QA (our department). by Monday -> 06-15. Helen -> 黄海燕, ASAP -> vague_due. Decision line is not an item. Follow-up call 3 pm CEST = 21:00 Beijing on 06-23.',
    summary='4 items (Jonas Becker 06-17; QA no_owner 06-18; Kittipong 06-15; 黄海燕 vague), next 06-23 21:00',
    tests='Action: lines, external owner, team owner, within N working days in English, CEST follow-up call')

# ------------------------------------------------------------------ 8328
docx = make_docx([
    ('h', 'EHS Committee Meeting Minutes'),
    ('p', 'Date: 6 July 2026 (Mon), 14:00-15:00    Venue: Admin building, room 2'),
    ('p', 'Chair: Somchai Rattanakorn    Secretary: Qin Yongfu'),
    ('p', 'Attendees: Mo Zhenhua, Helen Huang, Kittipong Chaiyaporn, Nattaya Srisuk'),
    ('p', '1. June statistics: 0 LTI, 2 first-aid cases (minor cuts at stripping station).'),
    ('p', '2. Action list'),
    ('t', [['No.', 'Action', 'Owner', 'Due', 'Status'],
           ['1', 'Replace expired fire extinguishers in warehouse B', 'Mo Zhenhua', '10 Jul', 'Open'],
           ['2', 'Heat-stress training for night shift', 'Helen Huang', '15 Jul', 'Open'],
           ['3', 'Install local exhaust ventilation at chlorination area', 'Engineering', 'TBD', 'Open'],
           ['4', 'Chemical spill kit refill', 'Qin Yongfu', '3 Jul', 'Closed']]),
    ('p', '3. Next EHS committee meeting: 4 Aug 2026, 14:00.'),
], title='EHS Committee Meeting Minutes', author='Qin Yongfu')
T = '''Hi all,

Please find attached the minutes of yesterday's EHS committee meeting.

Thanks,
Qin Yongfu
EHS | Siam Latex Gloves (Beihai) Co., Ltd.
'''
alt = outlook_alt(T, '_000_SG2PR06MB3920A0B1C2D3E4F5_')
ent = multipart('mixed', '_004_SG2PR06MB3920A0B1C2D3E4F5_', [alt, binleaf(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'EHS_Committee_Minutes_2026-07-06.docx')],
                preamble='This is a multipart message in MIME format.')
eml = build('sl', frm=addr('Qin Yongfu', E('qinyongfu')), to=alist([addr('Mo Zhenhua', E('mozhenhua')), addr('Helen Huang', E('huanghaiyan')), addr('kittipong'), addr('nattaya')]),
            cc=alist([addr('somchai'), addr('Minutes Bot', BOT['sl'])]), subject='EHS committee minutes 6 July', date='Tue, 7 Jul 2026 11:05:38 +0800',
            mid='<SG2PR06MB3920A0B1C2D3E4F5A6B7C8D9E0F1@SG2PR06MB3920.apcprd06.prod.outlook.example.com>', helo='QINYF-PC', ip='10.60.1.77', qid='4ZyQ3h5MwNz7',
            extra=OUT_EN + [('X-MS-Has-Attach', 'yes'), ('Thread-Index', 'AdzxKk0xq3d7VmQ1R8e1F2a3b4c5dA==')], entity=ent)
case(8328, 'sl-docx-ehs-closed-row-tbd', 'minutes', eml, [
    it('mozhenhua', 'Replace expired fire extinguishers in warehouse B', '2026-07-10', ('abs', '2026-07-10')),
    it('huanghaiyan', 'Heat-stress training for night shift', '2026-07-15', ('abs', '2026-07-15')),
    it(None, 'Install local exhaust ventilation at chlorination area', None, None, flags=['vague_due'], dept='Engineering'),
], nf('2026-08-04', '14:00', ('abs', '2026-08-04', '14:00')),
    notes='Outlook English mail, sent Tue 2026-07-07, whose only content is a .docx with the EHS committee action table; a human reads the attachment. '
          'Mo Zhenhua -> 莫振华 (alias) 10 Jul; Helen Huang -> 黄海燕 15 Jul; Engineering (department) -> no_owner, department Engineering, TBD -> vague_due; row 4 Closed -> excluded. '
          'June statistics are facts. Next EHS committee meeting 4 Aug 2026 14:00 -> next_followup.',
    summary='3 items from the .docx (莫振华 07-10; 黄海燕 07-15; Engineering no_owner vague), next 08-04 14:00',
    tests='English .docx action table: Closed row, department owner with TBD, next meeting in the attachment')

# ------------------------------------------------------------------ 8332
T = '''Hi all,

Line 5 commissioning review \u2013 17 Jul

Status of actions from last week:
- Mould temperature controller calibration \u2013 Kit \u2013 DONE
- Water treatment dosing pump \u2013 Mo Gong \u2013 closed on Jul 15
- [x] Operator training records \u2013 Helen \u2013 completed

Decisions:
1. Line 5 goes to 2-shift operation from 20 July.
2. Target output 180k pcs/day in week 1, 250k from week 2.

No new actions this week.

Next review: Fri 24 Jul, 10:00

Kit
'''
html = html_wrap('<div style="font-family: Aptos, sans-serif; font-size: 12pt;">' + text_to_html(T) + '</div>')
B = 'B_3866982600_1480529163'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable'), leaf(html, 'html', 'utf-8', 'quoted-printable')],
                preamble='> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.')
eml = build('sl', frm=addr('Kittipong Chaiyaporn', E('kittipong')), to=alist([addr('somchai'), addr('mozhenhua'), addr('Helen Huang', E('huanghaiyan'))]),
            cc=addr('Minutes Bot', BOT['sl']), subject='Line 5 commissioning review 17 Jul', date='Fri, 17 Jul 2026 17:30:00 +0800',
            mid='<4E7A1C92-0B3D-4F58-A6E1-2C9D0F3B8A71@siamlatex-bh.example.com>', helo='[10.60.3.21]', ip='10.60.3.21', qid='4ZyW8t0DpGz3',
            extra=[('User-Agent', 'Microsoft-MacOutlook/16.98.25071012'), ('Thread-Topic', 'Line 5 commissioning review 17 Jul'), ('Thread-Index', 'AQHc9eC3mQ3L0Fv7b0aC3xV1c5b2Ww==')], entity=ent)
case(8332, 'sl-mac-outlook-all-closed-decisions', 'minutes', eml, [],
    nf('2026-07-24', '10:00', ('abs', '2026-07-24', '10:00')),
    notes='Outlook for Mac (UTF-8 QP) minutes, sent Fri 2026-07-17, whose action list is all DONE/closed/[x] and whose only other content is decisions (dates inside them). '
          '"No new actions this week" -> zero items. It is still minutes, with a next review Fri 24 Jul 10:00 -> next_followup.',
    summary='0 items, next 07-24 10:00', tests='minutes with only closed actions and decisions; next review still recorded')

# ------------------------------------------------------------------ 8335
T = '''Dear colleagues / 各位同事,

HR Corner \u2013 May 2026

1. Company Sports Day / 公司运动会
   Saturday 30 May at the Beihai Silver Beach sports ground. Please sign up with your line leader by 22 May.
   5月30日（周六）在银滩体育场举行，请于5月22日前向班组长报名。

2. Dragon Boat Festival / 端午节放假安排
   19\u201321 June off (no make-up working day). Rice dumplings will be given out on 18 June.
   6月19日至21日放假，共3天，不调休。6月18日发放粽子。

3. Payroll / 工资发放
   May salary will be paid on 10 June as usual.

4. Welcome / 新同事
   Welcome 23 new colleagues who joined Production and QA this month!

Have a great month,
Helen Huang 黄海燕
HR Department
'''
html = outlook_html(mso(T, 'Calibri'), 'utf-8').replace('lang=ZH-CN', 'lang=EN-US')
B = '_000_SG2PR06MB4410D7E8F9A0B1C2D3E4F5A6B7C8_'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')],
                preamble='This is a multipart message in MIME format.')
eml = build('sl', frm=addr('Helen Huang', E('huanghaiyan')), to=addr('All Staff Beihai', 'allstaff@siamlatex-bh.example.com'),
            cc=addr('Minutes Bot', BOT['sl']), subject='HR Corner - May 2026 / 五月人事通讯', date='Mon, 18 May 2026 09:02:31 +0800',
            mid='<SG2PR06MB4410D7E8F9A0B1C2D3E4F5A6B7C8@SG2PR06MB4410.apcprd06.prod.outlook.example.com>', helo='HELEN-PC', ip='10.60.1.52', qid='4ZvkR2c8NjZ1',
            extra=OUT_EN + [('Thread-Index', 'AdzmUf0x4c0p1zL2QnOaS0bX2vK9cA==')], entity=ent)
case(8335, 'sl-other-hr-newsletter-by-person', 'other', eml, [], None,
    notes='A monthly HR newsletter written by a person to the all-staff list (no bulk/list headers, Outlook), bot in Cc. Sign-up deadline (5月22日前), holiday dates and payroll date are announcements, not minutes: kind other (not auto: a person wrote and sent it), no items, no follow-up.',
    summary='other, no items', tests='person-written bilingual newsletter with deadlines and holiday dates')

# ------------------------------------------------------------------ 8338
T = '''Thank you for your email. I am on Songkran leave from 13 to 17 April 2026 with limited access to email and will be back on Monday 20 April.
For urgent export-sales matters please contact Anan Boonmee (anan.b@siamlatex-bh.example.com).

ขอบคุณสำหรับอีเมลของคุณ ดิฉันลาหยุดช่วงสงกรานต์ 13-17 เมษายน และจะกลับมาทำงานวันที่ 20 เมษายน

Pimchanok Wongsa
'''
html = html_wrap('<div style="font-family:Calibri">' + text_to_html(T) + '</div>')
B = '_000_TYZPR06MB5590AA11BB22CC33DD44EE55FF66_'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')])
eml = build('sl', frm=addr('pimchanok'), to=addr('Minutes Bot', BOT['sl']),
            subject='Automatic reply: [Minutes recap] Export sales weekly 13 Apr \u2013 please confirm', date='Mon, 13 Apr 2026 06:41:09 +0000',
            mid='<TYZPR06MB5590AA11BB22CC33DD44EE55FF66@TYZPR06MB5590.apcprd06.prod.outlook.example.com>', helo='APC01-TYZ-obe.outbound.protection.outlook.example.com', ip='52.101.128.44', qid='4ZrFw1b7VqZ5',
            extra=[('Thread-Topic', '[Minutes recap] Export sales weekly 13 Apr \u2013 please confirm'), ('Thread-Index', 'AQHcyw1a2b3c4d5e6f7g8h9i0j1k2l3m4n'),
                   ('In-Reply-To', '<recap.5d2a91.20260413143800@siamlatex-bh.example.com>'), ('References', '<recap.5d2a91.20260413143800@siamlatex-bh.example.com>'),
                   ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'pimchanok.w@siamlatex-bh.example.com'),
                   ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent'), ('Content-Language', 'en-US')], entity=ent)
case(8338, 'sl-auto-m365-songkran-ooo', 'auto', eml, [], None,
    notes='Microsoft 365 out-of-office ("Automatic reply:", Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop) to a bot recap, Date in +0000. English and Thai body with leave dates and a delegate; no person wrote it -> kind auto, no items, no command.',
    summary='auto (out-of-office)', tests='M365 OOO in English and Thai with dates and a delegate')
