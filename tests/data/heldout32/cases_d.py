"""Organisation D: Coral Bay Hotels & Resorts (Zhanjiang) — 湛江珊瑚湾酒店管理有限公司, foreign-invested."""
import io, html as H
from lib32 import *   # noqa

MX = 'mx.coralbay-hotels.example.com'

def register(M):
    T, I, p, case, hdrs, bot = M.T, M.I, M.p, M.case, M.hdrs, M.BOT['D']
    P_ = lambda n: M.P[n][1]
    def tr(frm, sent, helo, ip, qid, delay=5):
        return trace(frm, bot[1], sent, helo, ip, MX, qid, delay)
    o365 = 'mail-sgaapc01on2071.outbound.protection.outlook.com mail-sgaapc01on2071.outbound.protection.outlook.com'
    def mshdr(subj, tid, lang='en-US'):
        return [('Thread-Topic', ew(subj)), ('Thread-Index', tid), ('Accept-Language', lang), ('Content-Language', lang),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('MIME-Version', '1.0')]

    # ---------------------------------------------------------------- 6025
    sent = T(2026, 4, 9, 17, 20, 45)
    body = """Hi all,

Please find the minutes of today's commercial meeting below.

Attendees: Priya, Kelvin, Cindy, Marco, Ho (dial-in)
Apologies: Daniel

1. May Day (Labour Day) package
Decision: launch the 3-night "Coral Escape" package at RMB 2,688 net.
Action: Load the package rate codes in Opera and the booking engine
Owner: Ho
Due: Apr 14

2. Wedding show in the ballroom (25 Apr)
Action: Confirm the floor plan and the F&B tasting menu with the organiser
Owner: Marco
Due: by Friday

3. Group blocks – Canton Fair spillover
Action: Chase Nanhai Travel for the rooming list
Owner: Cindy
Due: next Wednesday

4. Front desk upselling
Action: Roll out the room-upgrade upsell script to all FO agents
Owner: Kelvin
Due: end of April

5. Last week's actions
OTA content refresh – Closed.

Next meeting: Thursday 16 April, 3pm, Executive Boardroom.

Best regards,
Priya Nair
Director of Sales & Marketing
Coral Bay Hotels & Resorts (Zhanjiang)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="EN-US"><div class="WordSection1">' +
            ''.join('<p class="MsoNormal">%s</p>' % (H.escape(l) or '<o:p>&nbsp;</o:p>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '_000_SG2PR06MB53108E4A7C1D2B3F9A6E5C4DSG2PR06MB5310apcp_'
    mime = multi('alternative', b, [text(body, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')])
    to = [p('梁志华', 'Kelvin Liang'), p('陈嘉欣', 'Cindy Chen'), p('Marco Rossi'), p('鄭家豪', 'Ho Cheng')]
    subj = 'Minutes: Weekly Commercial Meeting – 9 Apr 2026'
    h = hdrs(p('Priya Nair'), to, [p('Daniel Hughes'), bot], subj, sent,
             '<SG2PR06MB53108E4A7C1D2B3F9A6E5C4DSG2PR06MB5310@SG2PR06MB5310.apcprd06.prod.outlook.com>',
             extra_after=mshdr(subj, 'AQHcyAwP3Lk7mVn0TUG4Xr9o2bq1Zg=='))
    raw = message(tr(P_('Priya Nair'), sent, o365, '40.107.215.71', '4fH1kQ7nWtz5'), h, mime, crlf=True)
    case(6025, 'english-owner-due-blocks-outlook', 'minutes', sent, raw, [
        I('鄭家豪', 'Load the package rate codes in Opera and the booking engine', '2026-04-14', rule=('md', 4, 14)),
        I('Marco Rossi', 'Confirm the floor plan and the F&B tasting menu with the organiser', '2026-04-10', rule=('wd', 4)),
        I('陈嘉欣', 'Chase Nanhai Travel for the rooming list', '2026-04-15', rule=('next', 2)),
        I('梁志华', 'Roll out the room-upgrade upsell script to all FO agents', '2026-04-30', rule=('md', 4, 30)),
    ], {'date': '2026-04-16', 'time': '15:00'}, ('md', 4, 16, '15:00'),
        notes="Microsoft 365 Outlook (en-US), UTF-8 QP text + Word HTML. English Action/Owner/Due blocks. Sent Thu 2026-04-09. Owners by first name through roster aliases: Ho = 鄭家豪, Marco = Marco Rossi, Cindy = 陈嘉欣, Kelvin = 梁志华. Due: Apr 14 -> 04-14; by Friday -> 2026-04-10; next Wednesday -> 2026-04-15; end of April -> 04-30. 'Decision:' lines and the Closed action under 'Last week's actions' are not items; '(25 Apr)' in a heading is a fact. 'Next meeting: Thursday 16 April, 3pm' -> 2026-04-16 15:00.",
        summary='4 items; next 04-16 15:00',
        tests='Owner/Due blocks, first-name aliases, by Friday/next Wednesday/end of April, Closed and Decision lines')

    # ---------------------------------------------------------------- 6026
    sent = T(2026, 5, 31, 23, 40, 7, off=0)
    body = """Hi team,

Notes from Friday's month-end close prep meeting – sorry for the late send.

Actions
AI: Jay Cai – POS vs PMS revenue reconciliation for May, within 2 working days
Action: Meiling – submit the May linen loss report by next Monday
Action: Kelvin – clear the 14 open city-ledger folios by Friday
AI: Finance team – accrue the May utility invoices, EOD

FYI: the auditors (KPMG) will be on site from 15 June.

Next sync: Mon Jun 8, 9:30, Finance meeting room.

Thanks,
Linda

Linda Mai | Director of Finance
Coral Bay Hotels & Resorts (Zhanjiang)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '_000_TYZPR06MB6217C4E1A9B35D2F7E8A0B1CTYZPR06MB6217apcp_'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')])
    to = [p('蔡俊杰', 'Jay Cai'), p('吴美玲', 'Meiling Wu'), p('梁志华', 'Kelvin Liang')]
    subj = 'Month-end close meeting – notes & actions'
    h = hdrs(p('麦晓琳', 'Linda Mai'), to, [p('Daniel Hughes'), bot], subj, sent,
             '<TYZPR06MB6217C4E1A9B35D2F7E8A0B1CTYZPR06MB6217@TYZPR06MB6217.apcprd06.prod.outlook.com>',
             extra_after=mshdr(subj, 'AQHc8X2bq0mR3aT1Qk6P0Wd2hYc8ZA==') + [('X-MS-Exchange-Organization-SCL', '-1')])
    raw = message(tr(P_('麦晓琳'), sent, o365, '40.107.215.71', '4fS0Bq3yKmz7', 6), h, mime, crlf=True)
    case(6026, 'owa-utc-date-crosses-to-monday', 'minutes', sent, raw, [
        I('蔡俊杰', 'POS vs PMS revenue reconciliation for May', '2026-06-03', rule=('workdays', 2)),
        I('吴美玲', 'submit the May linen loss report', '2026-06-08', rule=('next', 0)),
        I('梁志华', 'clear the 14 open city-ledger folios', '2026-06-05', rule=('wd', 4)),
        I(None, 'accrue the May utility invoices', '2026-06-01', flags=['no_owner'], dept='Finance', rule=('rel', 0)),
    ], {'date': '2026-06-08', 'time': '09:30'}, ('md', 6, 8, '09:30'),
        notes="Outlook on the web (Microsoft 365) with a +0000 Date: Sun 2026-05-31 23:40 UTC = Mon 2026-06-01 07:40 in Shanghai; every phrase resolves from Monday 06-01. AI:/Action: lines mixed. Jay Cai = 蔡俊杰, within 2 working days counted from Tue 06-02: 06-02, 06-03 -> 2026-06-03 (from the UTC Sunday it would wrongly be 06-02). Meiling = 吴美玲, by next Monday -> 2026-06-08 (from Sunday it would wrongly be 06-01). Kelvin = 梁志华, by Friday -> 06-05. 'Finance team' is a unit of ours -> no_owner, department Finance; EOD -> the Shanghai send date 06-01, no time. The FYI about auditors is a fact. 'Next sync: Mon Jun 8, 9:30' -> 2026-06-08 09:30.",
        summary='4 items (1 unit-only); next 06-08 09:30',
        tests='+0000 Date crossing into Monday in Shanghai: working days, next Monday, EOD; AI:/Action: lines')

    # ---------------------------------------------------------------- 6027
    sent = T(2026, 4, 28, 15, 30, 52)
    body = """各位好，

今日（4/28）收益管理會議紀要如下：

一、五一期間（5/1-5/5）目前預訂率87%，5/2、5/3已滿房。

二、待辦事項：
1. 梁經理：4月30日前完成超訂（overbooking）應急方案，含外送合作酒店名單。
2. Cindy：節後第一個工作日提交五一期間團隊房實際入住報告。
3. 本人：下週四前完成5月下半月房價策略調整。

三、注意事項：五一期間 walk-in 一律按最新 BAR 執行，不得私自折扣。

四、下次會議：5月8日（週五）上午10:30

鄭家豪 Ho Cheng
Regional Revenue Manager
Coral Bay Hotels & Resorts
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="ZH-TW"><div class="WordSection1">' +
            ''.join('<p class="MsoNormal"><span lang="ZH-TW">%s</span></p>' % (H.escape(l) or '<o:p>&nbsp;</o:p>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '----=_NextPart_000_0031_01DCD6F0.9E2A4C10'
    mime = multi('alternative', b, [text(body, 'big5', 'base64'), text(html, 'big5', 'quoted-printable', 'html')],
                 preamble='This is a multipart message in MIME format.')
    to = [p('Priya Nair'), p('梁志华', 'Kelvin Liang'), p('陈嘉欣', 'Cindy Chen')]
    h = hdrs(p('鄭家豪'), to, [bot], '五一黃金週收益管理會議紀要', sent, '<003101dcd6f0$9e2a4c10$da6ee430$@coralbay-hotels.example.com>',
             cs='big5', extra_after=[('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
                                     ('Thread-Index', 'AdzW8J4qgE3Vb1TPRmK6xY9cX0d3lA=='), ('Content-Language', 'zh-tw')])
    raw = message(tr(P_('鄭家豪'), sent, o365, '40.107.215.86', '4fJ7mR1cXsz4'), h, mime, crlf=True)
    case(6027, 'outlook-zh-tw-big5-mayday', 'minutes', sent, raw, [
        I('梁志华', '完成超訂（overbooking）應急方案，含外送合作酒店名單', '2026-04-30', rule=('md', 4, 30)),
        I('陈嘉欣', '提交五一期間團隊房實際入住報告', '2026-05-06', rule=('after_holiday',)),
        I('鄭家豪', '完成5月下半月房價策略調整', '2026-05-07', rule=('next', 3)),
    ], {'date': '2026-05-08', 'time': '10:30'}, ('md', 5, 8, '10:30'),
        notes="Outlook zh-TW from the Hong Kong revenue manager: traditional Chinese, charset big5 (text base64, html QP), RFC 2047 big5 subject and names. Sent Tue 2026-04-28. 1 梁經理 = 梁志华 (traditional alias in roster), 4月30日前 -> 04-30. 2 Cindy = 陈嘉欣, 節後第一個工作日 after Labour Day (May 1-5) -> Wed 2026-05-06. 3 '本人' = the writer 鄭家豪, 下週四前 -> 2026-05-07. 一、 is a fact; 三、注意事項 is a standing rule. 下次會議 5月8日（週五）上午10:30 -> 2026-05-08 10:30. Task text is kept in traditional characters as written.",
        summary='3 items; next 05-08 10:30',
        tests='big5 traditional Chinese (節後/下週四/週五), 本人 = writer, traditional alias 梁經理')

    # ---------------------------------------------------------------- 6028
    sent = T(2026, 6, 19, 13, 5, 41)
    body = """Team,

Quick notes from this morning's briefing (holiday weekend, house at 96%):

- PN: send me the updated June forecast by Monday
- Kelvin: incident report on the 2 walked guests within 3 working days
- Chief Engineer: pool pump #2 back in service ASAP
- Marco: dumpling amenity count for Sunday, tomorrow EOD
- Sarah: casual-staff overtime approvals, next Tue

Next briefing: Mon 22 Jun, 9:00.

Dan

Sent from my iPhone
"""
    h = [('Content-Type', 'text/plain; charset=us-ascii'), ('Content-Transfer-Encoding', '7bit'),
         ('From', addr('Daniel Hughes', P_('Daniel Hughes'))), ('Mime-Version', '1.0 (1.0)'),
         ('Subject', 'Exec briefing notes - 19 Jun'), ('Date', rfcdate(sent)),
         ('Message-Id', '<C3E5A7B9-2D4F-4A6C-8E1B-3D5F7A9C0E2D@coralbay-hotels.example.com>'),
         ('To', addrs([p('Priya Nair'), p('梁志华', 'Kelvin Liang'), p('庞海', 'Hai Pang'), p('Marco Rossi'), p('Sarah Koh')])),
         ('Cc', addrs([bot])), ('X-Mailer', 'iPhone Mail (22F76)')]
    raw = message(tr(P_('Daniel Hughes'), sent, o365, '40.107.215.90', '4fVg6D8rBwz3'), h, b'\n' + body.encode('ascii'))
    case(6028, 'iphone-exec-notes-on-holiday', 'minutes', sent, raw, [
        I('Priya Nair', 'send me the updated June forecast', '2026-06-22', rule=('wd', 0)),
        I('梁志华', 'incident report on the 2 walked guests', '2026-06-24', rule=('workdays', 3)),
        I('庞海', 'pool pump #2 back in service', None, flags=['vague_due']),
        I('Marco Rossi', 'dumpling amenity count for Sunday', '2026-06-20', rule=('rel', 1)),
        I('Sarah Koh', 'casual-staff overtime approvals', '2026-06-23', rule=('next', 1)),
    ], {'date': '2026-06-22', 'time': '09:00'}, ('md', 6, 22, '09:00'),
        notes="iPhone Mail, text/plain us-ascii 7bit, short GM notes sent on Fri 2026-06-19, a Dragon Boat holiday (hotels work through it). Owners by initials and role through roster aliases: PN = Priya Nair, Chief Engineer = 庞海. by Monday -> 2026-06-22. within 3 working days counted from Sat 06-20: 06-20 and 06-21 are holidays, 06-22, 06-23, 06-24 -> 2026-06-24. ASAP -> vague_due. tomorrow EOD -> 2026-06-20 (a holiday Saturday; kept as written), no time. next Tue -> 2026-06-23. 'Next briefing: Mon 22 Jun, 9:00' -> 2026-06-22 09:00.",
        summary='5 items (1 vague); next 06-22 09:00',
        tests='sent on a public holiday: N working days skip the holiday; initials/role aliases; tomorrow EOD; us-ascii 7bit')

    # ---------------------------------------------------------------- 6029
    sent = T(2026, 7, 1, 18, 20, 16)
    rows = [('#', 'Action', 'Owner', 'Due', 'Status'),
            ('1', 'Finalise the summer FIT contract rates for Nanhai Travel', 'Cindy (lead) / Ivy Lam (support)', '7/3', 'Open'),
            ('2', 'Send the 2026 H2 allotment request', 'Ivy Lam', 'next Tue', 'Open'),
            ('3', 'Fam trip for 12 agents – room block and site inspection plan', 'Kelvin', 'end of month', 'Open'),
            ('4', 'Brochure translation (EN/KR)', 'Cindy', '6/26', 'Closed'),
            ('5', 'Co-op marketing budget split', 'TBD', 'TBD', 'Open')]
    intro = 'Hi Priya, Ivy, Kelvin,\n\nThanks for joining the summer travel-trade workshop today. Action tracker below.\n'
    outro = '\nNo follow-up meeting needed – we will track this by email.\n\nBest,\nCindy Chen 陈嘉欣\nSales Manager | Coral Bay Hotels & Resorts (Zhanjiang)\n'
    ttext = intro + '\n' + '\n'.join('\t'.join(r) for r in rows) + '\n' + outro
    td = lambda x, hd: ('<td style="border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt;%s"><p class="MsoNormal">%s%s%s<o:p></o:p></p></td>' % (
        'background:#1F4E79' if hd else '', '<b><span style="color:white">' if hd else '', H.escape(x), '</span></b>' if hd else ''))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US"><div class="WordSection1">' +
            ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (H.escape(l) or '&nbsp;') for l in intro.split('\n')) +
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
            ''.join('<tr>%s</tr>' % ''.join(td(x, i == 0) for x in r) for i, r in enumerate(rows)) + '</table>' +
            ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (H.escape(l) or '&nbsp;') for l in outro.split('\n')) + '</div></body></html>\n')
    b = '_000_SEYPR06MB5481A2C4E6F8B0D1C3E5A7B9SEYPR06MB5481apcp_'
    mime = multi('alternative', b, [text(ttext, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')])
    subj = 'Summer travel-trade workshop – action tracker'
    h = hdrs(p('陈嘉欣', 'Cindy Chen'), [p('Priya Nair'), p('Ivy Lam'), p('梁志华', 'Kelvin Liang')], [bot], subj, sent,
             '<SEYPR06MB5481A2C4E6F8B0D1C3E5A7B9SEYPR06MB5481@SEYPR06MB5481.apcprd06.prod.outlook.com>',
             extra_after=mshdr(subj, 'AQHdCUr3m9Zy0Fq2TXa4pL8nW1v6hQ=='))
    raw = message(tr(P_('陈嘉欣'), sent, o365, '40.107.215.71', '4fWb1T5qHcz9'), h, mime, crlf=True)
    case(6029, 'english-tracker-table-lead-support', 'minutes', sent, raw, [
        I('陈嘉欣', 'Finalise the summer FIT contract rates for Nanhai Travel', '2026-07-03', rule=('md', 7, 3)),
        I('Ivy Lam', 'Send the 2026 H2 allotment request', '2026-07-07', rule=('next', 1)),
        I('梁志华', 'Fam trip for 12 agents – room block and site inspection plan', '2026-07-31', rule=('month_end',)),
        I(None, 'Co-op marketing budget split', None, flags=['no_owner', 'vague_due']),
    ], None, None,
        notes="Outlook (M365) English action tracker as a Word HTML table (plain part tab-separated), UTF-8 QP. Sent Wed 2026-07-01. Row 1 'Cindy (lead) / Ivy Lam (support)' -> the lead owns (support is like 配合) -> 陈嘉欣; 7/3 -> 07-03. Row 2 Ivy Lam (the travel agency's contact, outsider in roster and in To), next Tue -> 2026-07-07. Row 3 Kelvin = 梁志华, end of month -> 07-31. Row 4 Closed -> not an item. Row 5 Owner TBD, Due TBD -> [no_owner, vague_due]. 'No follow-up meeting needed' -> next_followup null.",
        summary='4 items (closed row skipped; 1 external owner; 1 TBD); next null',
        tests='English table with lead/support cell, external owner, next Tue, end of month, Closed row, TBD/TBD')

    # ---------------------------------------------------------------- 6032
    sent = T(2026, 7, 14, 19, 45, 20, off=2)
    body = ("Hi all,\n\nMinutes of today's PMS migration workshop #3 (remote):\n\n"
            "Decisions\n- Go-live stays in the week of 3 August.\n- Legacy PMS runs read-only for 90 days after go-live.\n\n"
            "Action items\n"
            "1. Jay to export all guest profiles from the legacy PMS by Thursday.\n"
            "2. Tom to deliver the cut-over plan v2 by Jul 24.\n"
            "3. Linda to sign off the rate code mapping by next Monday.\n"
            "4. Owner TBD - train the night audit team on the new end-of-day \nroutine; date TBD.\n"
            "5. Kelvin: within 3 working days, confirm the go-live blackout dates \nwith Front Office.\n\n"
            "Next call: Wed Jul 22, 9:00 CEST / 15:00 CST\n\n"
            "Tom\n\n-- \nTom Becker\nSenior Consultant | HospiTech GmbH | Hamburg\n")
    mime = text(body, 'UTF-8', '7bit', params='; format=flowed')
    h = [('Message-ID', '<e41c7a2d-8b3f-4d6e-9a0c-5f2b1d8e7c34@hospitech.example.com>'), ('Date', rfcdate(sent)),
         ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB'),
         ('To', addrs([p('蔡俊杰', 'Jay Cai'), p('麦晓琳', 'Linda Mai'), p('梁志华', 'Kelvin Liang')])),
         ('Cc', addrs([bot])), ('From', addr('Tom Becker', P_('Tom Becker'))),
         ('Subject', 'PMS migration workshop #3 - minutes')]
    raw = message(trace(P_('Tom Becker'), bot[1], sent, 'mout.hospitech.example.com mout.hospitech.example.com', '185.70.41.23', MX, '4fXh3P9zQkz6', 7), h, mime)
    case(6032, 'thunderbird-consultant-cest-past-midnight', 'minutes', sent, raw, [
        I('蔡俊杰', 'export all guest profiles from the legacy PMS', '2026-07-16', rule=('wd', 3)),
        I('Tom Becker', 'deliver the cut-over plan v2', '2026-07-24', rule=('md', 7, 24)),
        I('麦晓琳', 'sign off the rate code mapping', '2026-07-20', rule=('next', 0)),
        I(None, 'train the night audit team on the new end-of-day routine', None, flags=['no_owner', 'vague_due']),
        I('梁志华', 'confirm the go-live blackout dates with Front Office', '2026-07-20', rule=('workdays', 3)),
    ], {'date': '2026-07-22', 'time': '15:00'}, ('md', 7, 22, '15:00'),
        notes="Thunderbird (format=flowed, 7bit) English minutes from an external consultant in Hamburg. Date Tue 2026-07-14 19:45 +0200 = Wed 2026-07-15 01:45 in Shanghai: every phrase resolves from Wednesday 07-15. Jay = 蔡俊杰, by Thursday -> 07-16. Tom Becker (outsider in roster, the From) by Jul 24 -> 07-24. Linda = 麦晓琳, by next Monday -> 2026-07-20. 'Owner TBD … date TBD' -> [no_owner, vague_due]. Kelvin = 梁志华, within 3 working days counted from Thu 07-16: 07-16, 07-17, 07-20 -> 2026-07-20 (from the Hamburg date it would be 07-17). Items 4 and 5 wrap onto a second line (flowed soft breaks). Decisions are not items. 'Next call: Wed Jul 22, 9:00 CEST / 15:00 CST' (CST = China Standard Time here) -> 2026-07-22 15:00.",
        summary='5 items (1 TBD); next 07-22 15:00',
        tests='+0200 Date that is already the next day in Shanghai: working-day count; numbered \"X to do Y by Z\" items; flowed wraps; CEST/CST next call')

    # ---------------------------------------------------------------- 6036
    sent = T(2026, 7, 2, 16, 50, 9)
    body = """各位：

今天下午3点客房质量提升会纪要如下：

1. 工程部庞工：7月10日前完成12-15层卫生间地漏异味整改。
2. 客房部吴经理牵头、前厅部配合：下周二前梳理近30天OTA差评中涉及卫生的条目，并逐条回复。
3. 前厅梁经理：本月底前上线"退房后满意度回访"短信。
4. 布草洗涤供应商更换评估：财务部麦经理负责比价，时间待定。

下周四同一时间再碰一次。

吴美玲
客房部 Housekeeping
Coral Bay Hotels & Resorts (Zhanjiang)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:PingFang SC;font-size:14px">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</body></html>\n')
    b = 'B_3866186209_1029384756'
    mime = multi('alternative', b, [text(body, 'UTF-8', 'quoted-printable'), text(html, 'UTF-8', 'quoted-printable', 'html')],
                 preamble='> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n')
    to = [p('庞海'), p('梁志华'), p('麦晓琳')]
    h = [('User-Agent', 'Microsoft-MacOutlook/16.98.25061517'), ('Date', rfcdate(sent)),
         ('Subject', ew('客房质量提升会纪要（7月2日）')), ('From', addr('吴美玲', P_('吴美玲'))),
         ('To', addrs(to)), ('CC', addrs([p('Daniel Hughes'), bot])),
         ('Message-ID', '<7B2E9C41-3A5D-4F8E-B1C6-0D9E2F4A6B83@coralbay-hotels.example.com>'),
         ('Thread-Topic', ew('客房质量提升会纪要（7月2日）')), ('Mime-version', '1.0')]
    raw = message(tr(P_('吴美玲'), sent, o365, '40.107.215.86', '4fWd0M2sJtz8'), h, mime, crlf=True)
    case(6036, 'outlook-mac-zh-role-owners-same-time', 'minutes', sent, raw, [
        I('庞海', '完成12-15层卫生间地漏异味整改', '2026-07-10', rule=('md', 7, 10)),
        I('吴美玲', '梳理近30天OTA差评中涉及卫生的条目，并逐条回复', '2026-07-07', rule=('next', 1)),
        I('梁志华', '上线"退房后满意度回访"短信', '2026-07-31', rule=('month_end',)),
        I('麦晓琳', '布草洗涤供应商更换评估比价', None, flags=['vague_due']),
    ], {'date': '2026-07-09', 'time': '15:00'}, ('next', 3, '15:00'),
        notes="Outlook for Mac (zh) UTF-8 QP, Chinese minutes in the English-speaking hotel. Owners by department + title: 工程部庞工 = 庞海, 客房部吴经理牵头 (前厅部配合 is not an owner) = 吴美玲, 前厅梁经理 = 梁志华, 财务部麦经理 = 麦晓琳; department values are the roster's (Engineering, Housekeeping, Front Office, Finance). Sent Thu 2026-07-02. 7月10日前 -> 07-10; 下周二前 -> 2026-07-07; 本月底前 -> 07-31; 时间待定 -> vague_due. '下周四同一时间' with the meeting time in the first line (今天下午3点) -> 2026-07-09 15:00.",
        summary='4 items (1 vague); next 07-09 15:00',
        tests='Chinese department+title owners mapped to English roster departments; 牵头/配合; 下周四同一时间')

    # ---------------------------------------------------------------- 6030
    sent = T(2026, 4, 9, 9, 21, 33, off=0)
    ndr_text = """Your message to events@harbourview-weddings.example.net couldn't be delivered.

events wasn't found at harbourview-weddings.example.net.

priya.nair          Office 365          harbourview-weddings...
Action Required                          Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: SG2PR06MB5310.apcprd06.prod.outlook.com
events@harbourview-weddings.example.net
Remote server returned '550 5.1.1 <events@harbourview-weddings.example.net>: Recipient address rejected: User unknown'

Original message headers: see attachment.
"""
    ds = ("Reporting-MTA: dns;SG2PR06MB5310.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;SG2PR06MB5310.apcprd06.prod.outlook.com\n"
          "Arrival-Date: Thu, 9 Apr 2026 09:21:25 +0000\n\nFinal-Recipient: rfc822;events@harbourview-weddings.example.net\n"
          "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 <events@harbourview-weddings.example.net>: Recipient address rejected: User unknown\n"
          "Remote-MTA: dns;mx.harbourview-weddings.example.net\n")
    orig = ("From: Priya Nair <priya.nair@coralbay-hotels.example.com>\nTo: events@harbourview-weddings.example.net\n"
            "Cc: Minutes Bot <minutes@coralbay-hotels.example.com>\nSubject: Wedding show 25 Apr - floor plan and action items\n"
            "Date: Thu, 9 Apr 2026 09:21:20 +0000\nMessage-ID: <SG2PR06MB53107A1C2E3D4F5A6B7C8D9ESG2PR06MB5310@SG2PR06MB5310.apcprd06.prod.outlook.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n")
    b = '_fe7c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c_'
    p1 = text(ndr_text, 'us-ascii', '7bit')
    p2 = b'Content-Type: message/delivery-status\n\n' + ds.encode()
    p3 = b'Content-Type: text/rfc822-headers\n\n' + orig.encode()
    mime = multi('report', b, [p1, p2, p3], extra_params=';\n report-type=delivery-status')
    h = [('From', addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@coralbay-hotels.example.com')),
         ('To', addr('Priya Nair', P_('Priya Nair'))), ('CC', addr('Minutes Bot', bot[1])),
         ('Date', rfcdate(sent)), ('Content-Language', 'en-US'),
         ('Message-ID', '<6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@SG2PR06MB5310.apcprd06.prod.outlook.com>'),
         ('In-Reply-To', '<SG2PR06MB53107A1C2E3D4F5A6B7C8D9ESG2PR06MB5310@SG2PR06MB5310.apcprd06.prod.outlook.com>'),
         ('References', '<SG2PR06MB53107A1C2E3D4F5A6B7C8D9ESG2PR06MB5310@SG2PR06MB5310.apcprd06.prod.outlook.com>'),
         ('Subject', 'Undeliverable: Wedding show 25 Apr - floor plan and action items'),
         ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''), ('X-MS-PublicTrafficType', 'Email'),
         ('MIME-Version', '1.0')]
    tr_ = [('Return-Path', '<>'), ('Delivered-To', bot[1]),
           ('Received', 'from %s (%s [40.107.215.71])\n\tby %s (Postfix) with ESMTPS id 4fH0a2Lw5pz1\n\tfor <%s>; %s (CST)' % (
               o365.split()[0], o365.split()[1], MX, bot[1], rfcdate((sent + __import__('datetime').timedelta(seconds=4)).astimezone(__import__('datetime').timezone(__import__('datetime').timedelta(hours=8))))))]
    raw = message(tr_, h, mime, crlf=True)
    case(6030, 'auto-m365-ndr-bounce', 'auto', sent, raw, [], None, None,
        notes="Microsoft 365 non-delivery report (multipart/report; report-type=delivery-status, Return-Path <>, X-MS-Exchange-Message-Is-Ndr, Auto-Submitted) for a mail that had the bot in Cc; the bot gets a copy of the NDR. The quoted original subject says 'action items' but nothing here is minutes -> kind auto.",
        summary='auto (NDR bounce)',
        tests='Exchange Online NDR with delivery-status part; +0000 Date')

    # ---------------------------------------------------------------- 6031
    sent = T(2026, 6, 11, 8, 12, 55)
    body = """Hi,

Could you please add our new Executive Sous Chef, Li Wenbo (li.wenbo@coralbay-hotels.example.com), to the F&B list for the meeting recaps? He starts on Monday 15 June and should get the F&B items from then on.

Thanks,
Marco

Get Outlook for iOS<https://aka.ms/o0ukef>
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' +
            ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in body.split('\n')) + '</div></body></html>\n')
    b = '_000_PSAPR06MB4023B1D3F5A7C9E0B2D4F6A8PSAPR06MB4023apcp_'
    mime = multi('alternative', b, [text(body, 'us-ascii', 'quoted-printable'), text(html, 'utf-8', 'base64', 'html')])
    subj = 'Please add our new sous chef to the recap list'
    h = hdrs(p('Marco Rossi'), [bot], None, subj, sent,
             '<PSAPR06MB4023B1D3F5A7C9E0B2D4F6A8PSAPR06MB4023@PSAPR06MB4023.apcprd06.prod.outlook.com>',
             extra_after=mshdr(subj, 'AQHc2lP0w7Rb3ZK1Sy6Ue4Nq8Xf5Cg=='))
    raw = message(tr(P_('Marco Rossi'), sent, o365, '40.107.215.90', '4fTx5V1qNbz2'), h, mime, crlf=True)
    case(6031, 'other-plain-request-to-bot', 'other', sent, raw, [], None, None,
        notes="A plain request addressed only to the bot mailbox (Outlook for iOS): add a new colleague to the recap list from 'Monday 15 June'. Not minutes, not a reply to a recap, not automated -> kind other, no items.",
        summary='other; no items',
        tests='plain person-written request to the bot with a date')
